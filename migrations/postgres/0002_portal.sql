-- State behind the portal's flows (twin of migrations/sqlite/0002_portal.sql). Keyed by the
-- user's objectGUID, never by DN: DNs move. Shared by every instance on this database, so a
-- flow, a code or a rate limit started on one instance holds on the others.

-- Registered verification methods. `value` is the confirmed email address, or for an
-- authenticator the TOTP secret encrypted with the portal's key (AEAD; base64 of nonce||ct).
CREATE TABLE methods (
    id          BIGSERIAL PRIMARY KEY,
    user_guid   TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('email', 'totp')),
    value       TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    UNIQUE (user_guid, kind)
);

-- One-time codes sent by mail. Only a keyed hash is kept.
CREATE TABLE otp_codes (
    id          BIGSERIAL PRIMARY KEY,
    flow_id     TEXT    NOT NULL,
    purpose     TEXT    NOT NULL,
    code_hash   TEXT    NOT NULL,
    destination TEXT    NOT NULL,
    expires_at  TEXT    COLLATE "C" NOT NULL,
    attempts    BIGINT  NOT NULL DEFAULT 0,
    used        BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX otp_codes_flow ON otp_codes (flow_id, purpose);

-- The last TOTP time step accepted per user: a code is never accepted twice.
CREATE TABLE totp_steps (
    user_guid   TEXT    PRIMARY KEY,
    last_step   BIGINT  NOT NULL
);

-- Rate-limit events: one row per counted action, per key.
CREATE TABLE rate_events (
    key         TEXT    NOT NULL,
    at          TEXT    COLLATE "C" NOT NULL
);
CREATE INDEX rate_events_key ON rate_events (key, at);
