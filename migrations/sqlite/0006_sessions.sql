-- The session store's table (tower-sessions' SqliteStore reads and writes it), created here
-- under the migration lock rather than by the store at start-up, so both backends keep their
-- whole schema in migrations. IF NOT EXISTS: databases from before this migration already have
-- it, created by the store itself with this same definition.
CREATE TABLE IF NOT EXISTS tower_sessions (
    id           TEXT    PRIMARY KEY NOT NULL,
    data         BLOB    NOT NULL,
    expiry_date  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tower_sessions_expiry ON tower_sessions (expiry_date);
