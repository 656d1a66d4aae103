-- State behind the portal's flows. Keyed by the user's objectGUID, never by DN: DNs move.

-- Registered verification methods. `value` is the confirmed email address, or for an
-- authenticator the TOTP secret encrypted with the portal's key (AEAD; base64 of nonce||ct).
CREATE TABLE methods (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_guid   TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('email', 'totp')),
    value       TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    UNIQUE (user_guid, kind)
);

-- One-time codes sent by mail. Only a hash is kept. A code belongs to one flow (whose id lives
-- only in that browser's session) and one purpose, so a code from another flow or another
-- browser never matches.
CREATE TABLE otp_codes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    flow_id     TEXT    NOT NULL,
    purpose     TEXT    NOT NULL,
    code_hash   TEXT    NOT NULL,
    destination TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    used        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX otp_codes_flow ON otp_codes (flow_id, purpose);

-- The last TOTP time step accepted per user: a code is never accepted twice.
CREATE TABLE totp_steps (
    user_guid   TEXT    PRIMARY KEY,
    last_step   INTEGER NOT NULL
);

-- Rate-limit events: one row per counted action, per key ("ip:203.0.113.9",
-- "account:<guid>", "dest:<address>", "block:<key>"). Counting rows in a window is enough at
-- a help desk's scale, and it works the same across several instances sharing a database.
CREATE TABLE rate_events (
    key         TEXT    NOT NULL,
    at          TEXT    NOT NULL
);
CREATE INDEX rate_events_key ON rate_events (key, at);
