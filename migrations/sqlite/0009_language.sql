-- The language each account's owner last used the portal in, for the notices someone else
-- causes (a helpdesk action, a password being guessed): those have no request of theirs to
-- take it from. Keyed by objectGUID, like `methods`; one row per account, not per method.
-- Written when the owner registers or completes a reset, change or unlock.
CREATE TABLE user_languages (
    user_guid   TEXT    PRIMARY KEY,
    language    TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
