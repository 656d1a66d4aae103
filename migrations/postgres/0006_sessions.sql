-- The session store's schema and table (tower-sessions' PostgresStore reads and writes them;
-- twin of migrations/sqlite/0006_sessions.sql). Created here, under the migrator's advisory
-- lock, so several instances starting at once never race to create them.
CREATE SCHEMA IF NOT EXISTS tower_sessions;
CREATE TABLE IF NOT EXISTS tower_sessions.session (
    id           TEXT        PRIMARY KEY NOT NULL,
    data         BYTEA       NOT NULL,
    expiry_date  TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS session_expiry ON tower_sessions.session (expiry_date);
