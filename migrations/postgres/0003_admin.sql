-- The helpdesk console's state (twin of migrations/sqlite/0003_admin.sql).

-- Writeback heartbeat: each run of the diagnostics, with its checks as JSON.
CREATE TABLE health_runs (
    id          BIGSERIAL PRIMARY KEY,
    at          TEXT    COLLATE "C" NOT NULL,
    fails       BIGINT  NOT NULL,
    warns       BIGINT  NOT NULL,
    dc_usable   BOOLEAN NOT NULL,   -- at least one DC accepted the service account
    checks      TEXT    NOT NULL    -- JSON array of {name, level, detail, fix}
);
CREATE INDEX health_runs_at ON health_runs (at);

-- Audit views filter and count by time, activity and reason.
CREATE INDEX audit_events_activity ON audit_events (activity, occurred_at);
