-- The audit log: one row per activity, append-only, hash-chained.
--
-- Times are TEXT in RFC 3339 UTC with microseconds ("2026-11-22T08:00:00.123456Z"): they sort
-- as text, read the same in every tool, and hash to the same bytes on SQLite and PostgreSQL.
-- Each row's row_hash covers its fields and the previous row's hash (prev_hash), so an edited
-- row no longer matches its hash and a deleted row breaks the link to the next one.
CREATE TABLE audit_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: ids are never reused
    occurred_at    TEXT    NOT NULL,
    activity       TEXT    NOT NULL,                  -- Entra's activity names
    status         TEXT    NOT NULL CHECK (status IN ('success', 'failure')),
    status_reason  TEXT    NOT NULL,                  -- StatusReason identifier
    policy_rule    TEXT,                              -- for OnPremisesPolicyViolation
    detail         TEXT    NOT NULL DEFAULT '',
    target_guid    TEXT,                              -- objectGUID: DNs move, GUIDs do not
    target_name    TEXT,                              -- sAMAccountName, or what was typed
    actor          TEXT    NOT NULL,                  -- 'self' or the admin's account name
    client_ip      TEXT,
    user_agent     TEXT,
    flow_id        TEXT,
    prev_hash      TEXT    NOT NULL,
    row_hash       TEXT    NOT NULL
);

CREATE INDEX audit_events_time ON audit_events (occurred_at);
CREATE INDEX audit_events_target ON audit_events (target_guid);
CREATE INDEX audit_events_flow ON audit_events (flow_id);

-- The chain's head, updated in the same transaction as each append. Without it, deleting the
-- newest rows would leave a shorter chain that still verifies.
CREATE TABLE audit_chain_head (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    last_id    INTEGER NOT NULL,
    last_hash  TEXT    NOT NULL,
    row_count  INTEGER NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash, row_count) VALUES (1, 0, '', 0);

-- Append-only in the database itself: the portal never updates or deletes audit rows (retention
-- is a separate, audited job). Someone with write access to the file can still drop these
-- triggers; `sspr audit verify` is what detects that.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;

-- Written and rolled back by `sspr doctor` to prove the database is writable.
CREATE TABLE health_probe (
    id      INTEGER PRIMARY KEY,
    checked TEXT NOT NULL
);
