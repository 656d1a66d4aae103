-- The audit log: one row per activity, append-only, hash-chained. The PostgreSQL twin of
-- migrations/sqlite/0001_audit.sql: same tables, columns and meaning, so the same queries and
-- the same chain verification serve both.
--
-- Times are TEXT in RFC 3339 UTC with microseconds ("2026-11-22T08:00:00.123456Z"): they sort
-- as text, read the same in every tool, and hash to the same bytes on SQLite and PostgreSQL.
-- Integers are BIGINT throughout (the portal reads them as 64-bit). Time columns compare in
-- byte order (COLLATE "C"), as SQLite's do, whatever the database's collation.
CREATE TABLE audit_events (
    id             BIGSERIAL PRIMARY KEY,            -- never reused
    occurred_at    TEXT    COLLATE "C" NOT NULL, -- byte order: RFC 3339 sorts as time
    activity       TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('success', 'failure')),
    status_reason  TEXT    NOT NULL,
    policy_rule    TEXT,
    detail         TEXT    NOT NULL DEFAULT '',
    target_guid    TEXT,
    target_name    TEXT,
    actor          TEXT    NOT NULL,
    client_ip      TEXT,
    user_agent     TEXT,
    flow_id        TEXT,
    prev_hash      TEXT    NOT NULL,
    row_hash       TEXT    NOT NULL
);

CREATE INDEX audit_events_time ON audit_events (occurred_at);
CREATE INDEX audit_events_target ON audit_events (target_guid);
CREATE INDEX audit_events_flow ON audit_events (flow_id);

-- The chain's head, updated in the same transaction as each append. Appends lock this row
-- (SELECT ... FOR UPDATE), which is what orders appends from several instances.
CREATE TABLE audit_chain_head (
    id         BIGINT  PRIMARY KEY CHECK (id = 1),
    last_id    BIGINT  NOT NULL,
    last_hash  TEXT    NOT NULL,
    row_count  BIGINT  NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash, row_count) VALUES (1, 0, '', 0);

-- Append-only in the database itself. Someone who owns the tables can still drop these
-- triggers; `sspr audit verify` is what detects that.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
-- TRUNCATE skips row triggers; it has its own (SQLite has no TRUNCATE).
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

-- Written and rolled back by `sspr doctor` to prove the database is writable.
CREATE TABLE health_probe (
    id      BIGSERIAL PRIMARY KEY,
    checked TEXT NOT NULL
);
