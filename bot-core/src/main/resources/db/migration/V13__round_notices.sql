-- Round notices (issue 11): whether a member gets a DM when a round opens and a reminder before
-- its sign-up closes. On by default (`/mentor edit notify:rounds`); `notify:off` stops them. A
-- column of the member row, so leaving the roster's data (forget-me) takes it along.

ALTER TABLE member ADD COLUMN round_notices INTEGER NOT NULL DEFAULT 1;
