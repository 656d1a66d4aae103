-- Password-expiry reminders: one row per account, password and threshold, claimed before the
-- mail goes out, so several instances (or `sspr reminders` beside a running portal) send each
-- reminder once. A new password (another pwdLastSet) starts a new set of reminders. A claim
-- whose mail was never marked sent (the process died) is released by the next run after a
-- while; a failed mail releases its claim at once.
CREATE TABLE reminders_sent (
    user_guid     TEXT    NOT NULL,
    pwd_last_set  INTEGER NOT NULL,   -- FILETIME of the password the reminder is about
    days          INTEGER NOT NULL,   -- the threshold: "expires within this many days"
    claimed_at    TEXT    NOT NULL,
    sent_at       TEXT,               -- NULL while the mail is on its way
    PRIMARY KEY (user_guid, pwd_last_set, days)
);
CREATE INDEX reminders_sent_claimed ON reminders_sent (claimed_at);
