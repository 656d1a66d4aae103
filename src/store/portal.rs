//! The portal's state: registered methods, one-time codes, TOTP replay guard, rate limits.

use super::{Store, StoreError};

/// A registered verification method.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MethodRow {
    /// `email` or `totp`.
    pub kind: String,
    /// The address, or the encrypted TOTP secret.
    pub value: String,
    /// When it was registered (RFC 3339).
    pub created_at: String,
}

/// A stored one-time code.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CodeRow {
    /// Row id.
    pub id: i64,
    /// Argon2 PHC string.
    pub code_hash: String,
    /// Where it was sent.
    pub destination: String,
    /// RFC 3339 expiry.
    pub expires_at: String,
    /// Wrong tries so far.
    pub attempts: i64,
}

fn q(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError::Query(what, e)
}

impl Store {
    /// The user's registered methods.
    pub async fn methods(&self, user_guid: &str) -> Result<Vec<MethodRow>, StoreError> {
        sqlx::query_as(
            "SELECT kind, value, created_at FROM methods WHERE user_guid = ? ORDER BY kind",
        )
        .bind(user_guid)
        .fetch_all(&self.pool)
        .await
        .map_err(q("methods read"))
    }

    /// Registers (or replaces) a method.
    pub async fn put_method(
        &self,
        user_guid: &str,
        kind: &str,
        value: &str,
        now: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO methods (user_guid, kind, value, created_at) VALUES (?, ?, ?, ?) \
             ON CONFLICT (user_guid, kind) DO UPDATE SET value = excluded.value, created_at = excluded.created_at",
        )
        .bind(user_guid)
        .bind(kind)
        .bind(value)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(q("method write"))?;
        Ok(())
    }

    /// Removes a method (or all, when `kind` is None). Returns how many were removed.
    pub async fn delete_methods(
        &self,
        user_guid: &str,
        kind: Option<&str>,
    ) -> Result<u64, StoreError> {
        let r = match kind {
            Some(k) => {
                sqlx::query("DELETE FROM methods WHERE user_guid = ? AND kind = ?")
                    .bind(user_guid)
                    .bind(k)
                    .execute(&self.pool)
                    .await
            }
            None => {
                sqlx::query("DELETE FROM methods WHERE user_guid = ?")
                    .bind(user_guid)
                    .execute(&self.pool)
                    .await
            }
        };
        Ok(r.map_err(q("method delete"))?.rows_affected())
    }

    /// Stores a new code for a flow, retiring any earlier code of the same flow and purpose
    /// (only the newest code works).
    pub async fn put_code(
        &self,
        flow_id: &str,
        purpose: &str,
        code_hash: &str,
        destination: &str,
        expires_at: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(q("code write"))?;
        sqlx::query("UPDATE otp_codes SET used = 1 WHERE flow_id = ? AND purpose = ?")
            .bind(flow_id)
            .bind(purpose)
            .execute(&mut *tx)
            .await
            .map_err(q("code write"))?;
        sqlx::query(
            "INSERT INTO otp_codes (flow_id, purpose, code_hash, destination, expires_at) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(flow_id)
        .bind(purpose)
        .bind(code_hash)
        .bind(destination)
        .bind(expires_at)
        .execute(&mut *tx)
        .await
        .map_err(q("code write"))?;
        tx.commit().await.map_err(q("code write"))
    }

    /// The live (unused) code of a flow and purpose.
    pub async fn live_code(
        &self,
        flow_id: &str,
        purpose: &str,
    ) -> Result<Option<CodeRow>, StoreError> {
        sqlx::query_as(
            "SELECT id, code_hash, destination, expires_at, attempts FROM otp_codes \
             WHERE flow_id = ? AND purpose = ? AND used = 0 ORDER BY id DESC LIMIT 1",
        )
        .bind(flow_id)
        .bind(purpose)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("code read"))
    }

    /// Counts a wrong try; returns the new count.
    pub async fn code_attempt(&self, id: i64) -> Result<i64, StoreError> {
        sqlx::query_scalar(
            "UPDATE otp_codes SET attempts = attempts + 1 WHERE id = ? RETURNING attempts",
        )
        .bind(id)
        .fetch_one(&self.pool)
        .await
        .map_err(q("code attempt"))
    }

    /// Marks a code used. Returns false when it was already used (a concurrent double submit
    /// loses), so a code is accepted at most once.
    pub async fn use_code(&self, id: i64) -> Result<bool, StoreError> {
        let r = sqlx::query("UPDATE otp_codes SET used = 1 WHERE id = ? AND used = 0")
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(q("code use"))?;
        Ok(r.rows_affected() == 1)
    }

    /// Records a TOTP step as used if it is newer than the last one; false means a replay.
    pub async fn use_totp_step(&self, user_guid: &str, step: i64) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "INSERT INTO totp_steps (user_guid, last_step) VALUES (?, ?) \
             ON CONFLICT (user_guid) DO UPDATE SET last_step = excluded.last_step \
             WHERE totp_steps.last_step < excluded.last_step",
        )
        .bind(user_guid)
        .bind(step)
        .execute(&self.pool)
        .await
        .map_err(q("totp step"))?;
        Ok(r.rows_affected() == 1)
    }

    /// Records one rate-limited event.
    pub async fn rate_hit(&self, key: &str, at: &str) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO rate_events (key, at) VALUES (?, ?)")
            .bind(key)
            .bind(at)
            .execute(&self.pool)
            .await
            .map_err(q("rate write"))?;
        Ok(())
    }

    /// Events of `key` since `since`, and the oldest of them (to say when the window frees).
    pub async fn rate_count(
        &self,
        key: &str,
        since: &str,
    ) -> Result<(i64, Option<String>), StoreError> {
        sqlx::query_as("SELECT COUNT(*), MIN(at) FROM rate_events WHERE key = ? AND at >= ?")
            .bind(key)
            .bind(since)
            .fetch_one(&self.pool)
            .await
            .map_err(q("rate read"))
    }

    /// Deletes rate events and codes older than `before` (housekeeping).
    pub async fn prune(&self, before: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM rate_events WHERE at < ?")
            .bind(before)
            .execute(&self.pool)
            .await
            .map_err(q("prune"))?;
        sqlx::query("DELETE FROM otp_codes WHERE expires_at < ?")
            .bind(before)
            .execute(&self.pool)
            .await
            .map_err(q("prune"))?;
        Ok(())
    }

    /// Deletes sessions past their expiry (the session store's own table).
    pub async fn delete_expired_sessions(&self) -> Result<u64, StoreError> {
        sqlx::query("DELETE FROM tower_sessions WHERE expiry_date < ?")
            .bind(chrono::Utc::now().timestamp())
            .execute(&self.pool)
            .await
            .map(|r| r.rows_affected())
            .map_err(q("session cleanup"))
    }

    /// The underlying pool, for the session store (same database file).
    pub fn sqlite_pool(&self) -> &sqlx::SqlitePool {
        &self.pool
    }
}
