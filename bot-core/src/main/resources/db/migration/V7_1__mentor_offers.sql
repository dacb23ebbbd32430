-- What a mentor offers: 'short', 'long' or 'both'. NULL (every mentor before this column) reads as
-- 'both', the default. The member's own `format` column stays the mentee's wish.
ALTER TABLE member ADD COLUMN offers_format TEXT;
