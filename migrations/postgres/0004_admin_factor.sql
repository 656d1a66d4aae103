-- The helpdesk console's second factor, apart from the self-service methods (twin of
-- migrations/sqlite/0004_admin_factor.sql). Written once (insert only).
CREATE TABLE admin_factors (
    user_guid   TEXT    PRIMARY KEY,
    secret      TEXT    NOT NULL,   -- TOTP secret sealed with the portal's key (AEAD)
    created_at  TEXT    NOT NULL
);
