-- The helpdesk console's second factor, apart from the self-service methods: /register and
-- "clear methods" never touch it, so neither a user's registration nor another helpdesk admin
-- can replace the authenticator that guards a helpdesk account. Written once (insert only);
-- replacing it is a directory administrator's act (delete the row).
CREATE TABLE admin_factors (
    user_guid   TEXT    PRIMARY KEY,
    secret      TEXT    NOT NULL,   -- TOTP secret sealed with the portal's key (AEAD)
    created_at  TEXT    NOT NULL
);
