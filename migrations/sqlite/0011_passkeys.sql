-- Passkeys (WebAuthn credentials). `scope` keeps the console's apart from self-service ones:
-- /register and the helpdesk's "clear methods" touch only `self`; the console's second factor
-- is `console`. `credential` is the relying party's record of the credential (its public key,
-- signature counter and flags, as JSON): public data, but its counter and flags are checked
-- at every use. A credential id belongs to one account only.
CREATE TABLE passkeys (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_guid      TEXT    NOT NULL,
    scope          TEXT    NOT NULL CHECK (scope IN ('self', 'console')),
    credential_id  TEXT    NOT NULL UNIQUE,   -- base64url, as the browser sends it
    name           TEXT    NOT NULL,
    credential     TEXT    NOT NULL,
    sign_count     INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT    NOT NULL,
    last_used_at   TEXT
);
CREATE INDEX passkeys_user ON passkeys (user_guid, scope);

-- A ceremony under way: the challenge the browser was given and the relying party's state for
-- it. Only its id lives in the browser's session; taking it deletes it, so an answer is
-- checked against its challenge once at most, whatever runs in parallel.
CREATE TABLE passkey_challenges (
    id          TEXT    PRIMARY KEY,
    purpose     TEXT    NOT NULL,   -- register, verify, console-enrol, console
    user_guid   TEXT,               -- whom it is for; NULL for a name with no account
    state       TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL
);
CREATE INDEX passkey_challenges_expires ON passkey_challenges (expires_at);
