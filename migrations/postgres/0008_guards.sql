-- Guards added for the security review (twin of migrations/sqlite/0008_guards.sql): consecutive
-- wrong authenticator codes, and password writes recorded before they are sent.

-- Wrong codes in a row, per account and method ('totp' for the self-service authenticator,
-- 'admin-totp' for the console's). Not a time window: the count only falls back to zero on a
-- right code, an emailed-code recovery or the helpdesk, so guessing a 6-digit code slowly,
-- across many flows and days, still ends at the cap.
CREATE TABLE method_failures (
    user_guid   TEXT    NOT NULL,
    method      TEXT    NOT NULL,
    failures    BIGINT  NOT NULL,
    updated_at  TEXT    COLLATE "C" NOT NULL,
    PRIMARY KEY (user_guid, method)
);

-- Password writes (change, reset, unlock) about to be sent to the directory, committed before
-- the LDAP modify and removed once the attempt's audit row is written. A row left behind means
-- the process stopped in between: the entry is then re-read (pwdLastSet, uSNChanged,
-- lockoutTime against the values below, taken right before the write) and the audit row
-- written from it, so every write the DC accepted is in the audit. Not part of the hash
-- chain: it is a work list, and the chain only ever gets the one final row.
CREATE TABLE pending_writes (
    id               BIGSERIAL PRIMARY KEY,
    -- The audit context of the final row.
    flow_id          TEXT    NOT NULL,
    activity         TEXT    NOT NULL,
    actor            TEXT    NOT NULL,
    client_ip        TEXT,
    user_agent       TEXT,
    note             TEXT,
    -- The account and what is being done to it.
    target_guid      TEXT    NOT NULL,
    target_name      TEXT    NOT NULL,
    dn               TEXT    NOT NULL,
    op               TEXT    NOT NULL CHECK (op IN ('change', 'reset', 'unlock')),
    success_detail   TEXT    NOT NULL,
    sets_must_change BIGINT  NOT NULL,
    -- The entry right before the write.
    pwd_last_set     BIGINT  NOT NULL,
    usn_changed      BIGINT  NOT NULL,
    lockout_time     BIGINT  NOT NULL,
    -- Who wrote it and when; who is settling it after a crash.
    instance         TEXT    NOT NULL,
    started_at       TEXT    COLLATE "C" NOT NULL,
    claimed_by       TEXT,
    claimed_at       TEXT    COLLATE "C"
);
CREATE INDEX pending_writes_started ON pending_writes (started_at);

-- Helpdesk console sessions that are signed in now. The browser session holds the id; the
-- console checks it here on every request, and signing out (or an idle or absolute timeout)
-- deletes it. A request still running when the browser session is deleted may store that
-- session back; its console id names nothing here any more.
CREATE TABLE console_sessions (
    id          TEXT    PRIMARY KEY,
    admin_guid  TEXT    NOT NULL,
    created_at  TEXT    COLLATE "C" NOT NULL
);
