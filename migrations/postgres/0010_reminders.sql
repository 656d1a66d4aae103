-- Password-expiry reminders (twin of migrations/sqlite/0010_reminders.sql): one row per
-- account, password and threshold, claimed before the mail goes out, so several instances
-- send each reminder once. A new password (another pwdLastSet) starts a new set.
CREATE TABLE reminders_sent (
    user_guid     TEXT    NOT NULL,
    pwd_last_set  BIGINT  NOT NULL,
    days          BIGINT  NOT NULL,
    claimed_at    TEXT    COLLATE "C" NOT NULL,
    sent_at       TEXT    COLLATE "C",
    PRIMARY KEY (user_guid, pwd_last_set, days)
);
CREATE INDEX reminders_sent_claimed ON reminders_sent (claimed_at);
