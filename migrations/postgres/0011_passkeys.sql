-- Passkeys (twin of migrations/sqlite/0011_passkeys.sql). `scope` keeps the console's apart
-- from self-service ones; `credential` is the relying party's record of the credential (public
-- key, signature counter, flags) as JSON. A credential id belongs to one account only.
CREATE TABLE passkeys (
    id             BIGSERIAL PRIMARY KEY,
    user_guid      TEXT    NOT NULL,
    scope          TEXT    NOT NULL CHECK (scope IN ('self', 'console')),
    credential_id  TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    credential     TEXT    NOT NULL,
    sign_count     BIGINT  NOT NULL DEFAULT 0,
    created_at     TEXT    NOT NULL,
    last_used_at   TEXT
);
CREATE INDEX passkeys_user ON passkeys (user_guid, scope);

-- A ceremony under way; taking it deletes it (an answer is checked once at most).
CREATE TABLE passkey_challenges (
    id          TEXT    PRIMARY KEY,
    purpose     TEXT    NOT NULL,
    user_guid   TEXT,
    state       TEXT    NOT NULL,
    expires_at  TEXT    COLLATE "C" NOT NULL
);
CREATE INDEX passkey_challenges_expires ON passkey_challenges (expires_at);
