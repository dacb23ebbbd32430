/**
 * Storage: the SQLite {@link org.mentorbot.core.storage.Database} (Jdbi, WAL, foreign keys, busy
 * timeout, one writer at a time) and the Flyway migrations under {@code db/migration}. SQL stays
 * portable so a PostgreSQL dialect can follow (DESIGN §9); times are epoch milliseconds.
 */
package org.mentorbot.core.storage;
