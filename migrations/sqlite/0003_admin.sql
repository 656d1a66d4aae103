-- The helpdesk console's state.

-- Writeback heartbeat: each run of the diagnostics, with its checks as JSON, so the health page
-- shows the last result and its age without re-running them on every view.
CREATE TABLE health_runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT    NOT NULL,
    fails       INTEGER NOT NULL,
    warns       INTEGER NOT NULL,
    dc_usable   INTEGER NOT NULL,   -- 1 when at least one DC accepted the service account
    checks      TEXT    NOT NULL    -- JSON array of {name, level, detail, fix}
);
CREATE INDEX health_runs_at ON health_runs (at);

-- Audit views filter and count by time, activity and reason.
CREATE INDEX audit_events_activity ON audit_events (activity, occurred_at);
