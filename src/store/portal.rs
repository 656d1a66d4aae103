//! The portal's state: registered methods, one-time codes, TOTP replay guard, rate limits.

use super::{on_db, Db, Store, StoreError};

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
        // Passkeys (any number of them) count as one method, `passkey`, registered when the
        // first of them was; its value is empty (the passkeys are read on their own).
        let sql = "SELECT kind, value, created_at FROM methods WHERE user_guid = $1 \
             UNION ALL SELECT 'passkey', '', MIN(created_at) FROM passkeys \
             WHERE user_guid = $1 AND scope = 'self' HAVING COUNT(*) > 0 ORDER BY kind";
        on_db!(self.db, pool => sqlx::query_as(sql).bind(user_guid).fetch_all(pool).await)
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
        let sql = "INSERT INTO methods (user_guid, kind, value, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (user_guid, kind) DO UPDATE SET value = excluded.value, created_at = excluded.created_at";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(user_guid)
            .bind(kind)
            .bind(value)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ()))
        .map_err(q("method write"))
    }

    /// The language the account's owner last used the portal in, if any.
    pub async fn language(&self, user_guid: &str) -> Result<Option<String>, StoreError> {
        let sql = "SELECT language FROM user_languages WHERE user_guid = $1";
        on_db!(self.db, pool => sqlx::query_scalar(sql).bind(user_guid).fetch_optional(pool).await)
            .map_err(q("language read"))
    }

    /// Remembers the language the account's owner uses the portal in.
    pub async fn put_language(
        &self,
        user_guid: &str,
        language: &str,
        now: &str,
    ) -> Result<(), StoreError> {
        let sql = "INSERT INTO user_languages (user_guid, language, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_guid) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(user_guid)
            .bind(language)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ()))
        .map_err(q("language write"))
    }

    /// Removes a method (or all, when `kind` is None; `passkey` is every self-service
    /// passkey). Returns how many were removed.
    pub async fn delete_methods(
        &self,
        user_guid: &str,
        kind: Option<&str>,
    ) -> Result<u64, StoreError> {
        let sql =
            "DELETE FROM methods WHERE user_guid = $1 AND (CAST($2 AS TEXT) IS NULL OR kind = $2)";
        let keys = "DELETE FROM passkeys WHERE user_guid = $1 AND scope = 'self' \
             AND (CAST($2 AS TEXT) IS NULL OR $2 = 'passkey')";
        on_db!(self.db, pool => async {
            let a = sqlx::query(sql).bind(user_guid).bind(kind).execute(pool).await?.rows_affected();
            let b = sqlx::query(keys).bind(user_guid).bind(kind).execute(pool).await?.rows_affected();
            Ok::<u64, sqlx::Error>(a + b)
        }
        .await)
        .map_err(q("method delete"))
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
        on_db!(self.db, pool => async {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE otp_codes SET used = 1 WHERE flow_id = $1 AND purpose = $2")
                .bind(flow_id)
                .bind(purpose)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO otp_codes (flow_id, purpose, code_hash, destination, expires_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(flow_id)
            .bind(purpose)
            .bind(code_hash)
            .bind(destination)
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
            tx.commit().await
        }
        .await)
        .map_err(q("code write"))
    }

    /// The live (unused) code of a flow and purpose.
    pub async fn live_code(
        &self,
        flow_id: &str,
        purpose: &str,
    ) -> Result<Option<CodeRow>, StoreError> {
        let sql = "SELECT id, code_hash, destination, expires_at, attempts FROM otp_codes \
             WHERE flow_id = $1 AND purpose = $2 AND used = 0 ORDER BY id DESC LIMIT 1";
        on_db!(self.db, pool => sqlx::query_as(sql)
            .bind(flow_id)
            .bind(purpose)
            .fetch_optional(pool)
            .await)
        .map_err(q("code read"))
    }

    /// Counts a wrong try; returns the new count.
    pub async fn code_attempt(&self, id: i64) -> Result<i64, StoreError> {
        let sql = "UPDATE otp_codes SET attempts = attempts + 1 WHERE id = $1 RETURNING attempts";
        on_db!(self.db, pool => sqlx::query_scalar(sql).bind(id).fetch_one(pool).await)
            .map_err(q("code attempt"))
    }

    /// Marks a code used. Returns false when it was already used (a concurrent double submit
    /// loses), so a code is accepted at most once.
    pub async fn use_code(&self, id: i64) -> Result<bool, StoreError> {
        let sql = "UPDATE otp_codes SET used = 1 WHERE id = $1 AND used = 0";
        on_db!(self.db, pool => sqlx::query(sql).bind(id).execute(pool).await.map(|r| r.rows_affected()))
            .map(|n| n == 1)
            .map_err(q("code use"))
    }

    /// Records a TOTP step as used if it is newer than the last one; false means a replay.
    pub async fn use_totp_step(&self, user_guid: &str, step: i64) -> Result<bool, StoreError> {
        let sql = "INSERT INTO totp_steps (user_guid, last_step) VALUES ($1, $2) \
             ON CONFLICT (user_guid) DO UPDATE SET last_step = excluded.last_step \
             WHERE totp_steps.last_step < excluded.last_step";
        on_db!(self.db, pool => sqlx::query(sql).bind(user_guid).bind(step).execute(pool).await.map(|r| r.rows_affected()))
            .map(|n| n == 1)
            .map_err(q("totp step"))
    }

    /// Wrong codes in a row for `user_guid`'s `method`.
    pub async fn method_failures(&self, user_guid: &str, method: &str) -> Result<i64, StoreError> {
        let sql = "SELECT failures FROM method_failures WHERE user_guid = $1 AND method = $2";
        let n: Option<i64> = on_db!(self.db, pool => sqlx::query_scalar(sql)
            .bind(user_guid)
            .bind(method)
            .fetch_optional(pool)
            .await)
        .map_err(q("method failures read"))?;
        Ok(n.unwrap_or(0))
    }

    /// Counts one more attempt against `user_guid`'s `method` (before the code is looked at,
    /// so parallel attempts each see the others); returns the count after it.
    pub async fn add_method_failure(
        &self,
        user_guid: &str,
        method: &str,
        now: &str,
    ) -> Result<i64, StoreError> {
        let sql = "INSERT INTO method_failures (user_guid, method, failures, updated_at)              VALUES ($1, $2, 1, $3)              ON CONFLICT (user_guid, method) DO UPDATE              SET failures = method_failures.failures + 1, updated_at = excluded.updated_at              RETURNING failures";
        on_db!(self.db, pool => sqlx::query_scalar(sql)
            .bind(user_guid)
            .bind(method)
            .bind(now)
            .fetch_one(pool)
            .await)
        .map_err(q("method failure write"))
    }

    /// Gives back one counted attempt (a right code that was a replay: not a guess).
    pub async fn release_method_failure(
        &self,
        user_guid: &str,
        method: &str,
    ) -> Result<(), StoreError> {
        let sql = "UPDATE method_failures SET failures = failures - 1 \
             WHERE user_guid = $1 AND method = $2 AND failures > 0";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(user_guid)
            .bind(method)
            .execute(pool)
            .await
            .map(|_| ()))
        .map_err(q("method failure release"))
    }

    /// Clears the wrong-code count of `user_guid`'s `method` (every method when `None`).
    pub async fn clear_method_failures(
        &self,
        user_guid: &str,
        method: Option<&str>,
    ) -> Result<(), StoreError> {
        let sql = "DELETE FROM method_failures WHERE user_guid = $1              AND (CAST($2 AS TEXT) IS NULL OR method = $2)";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(user_guid)
            .bind(method)
            .execute(pool)
            .await
            .map(|_| ()))
        .map_err(q("method failures clear"))
    }

    /// Records one rate-limited event.
    pub async fn rate_hit(&self, key: &str, at: &str) -> Result<(), StoreError> {
        let sql = "INSERT INTO rate_events (key, at) VALUES ($1, $2)";
        on_db!(self.db, pool => sqlx::query(sql).bind(key).bind(at).execute(pool).await.map(|_| ()))
            .map_err(q("rate write"))
    }

    /// Events of `key` since `since`, and the oldest of them (to say when the window frees).
    pub async fn rate_count(
        &self,
        key: &str,
        since: &str,
    ) -> Result<(i64, Option<String>), StoreError> {
        let sql = "SELECT COUNT(*), MIN(at) FROM rate_events WHERE key = $1 AND at >= $2";
        on_db!(self.db, pool => sqlx::query_as(sql).bind(key).bind(since).fetch_one(pool).await)
            .map_err(q("rate read"))
    }

    /// Deletes rate events and codes older than `before` (housekeeping).
    pub async fn prune(&self, before: &str) -> Result<(), StoreError> {
        on_db!(self.db, pool => async {
            sqlx::query("DELETE FROM rate_events WHERE at < $1")
                .bind(before)
                .execute(pool)
                .await?;
            sqlx::query("DELETE FROM otp_codes WHERE expires_at < $1")
                .bind(before)
                .execute(pool)
                .await?;
            // A challenge is good for minutes: gone once expired, whatever the cutoff.
            sqlx::query("DELETE FROM passkey_challenges WHERE expires_at < $1")
                .bind(crate::audit::now_string())
                .execute(pool)
                .await
                .map(|_| ())
        }
        .await)
        .map_err(q("prune"))
    }

    /// Deletes sessions past their expiry from the session store's own table, which differs
    /// by backend (SQLite keeps Unix seconds, PostgreSQL a timestamptz in its own schema).
    pub async fn delete_expired_sessions(&self) -> Result<u64, StoreError> {
        match &self.db {
            Db::Sqlite(pool) => sqlx::query("DELETE FROM tower_sessions WHERE expiry_date < $1")
                .bind(chrono::Utc::now().timestamp())
                .execute(pool)
                .await
                .map(|r| r.rows_affected()),
            Db::Postgres(pool) => {
                sqlx::query("DELETE FROM tower_sessions.session WHERE expiry_date < now()")
                    .execute(pool)
                    .await
                    .map(|r| r.rows_affected())
            }
        }
        .map_err(q("session cleanup"))
    }

    /// Whether a session with this id is stored (expired or not).
    pub async fn session_exists(&self, id: &str) -> Result<bool, StoreError> {
        let n: i64 = match &self.db {
            Db::Sqlite(pool) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM tower_sessions WHERE id = $1")
                    .bind(id)
                    .fetch_one(pool)
                    .await
            }
            Db::Postgres(pool) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM tower_sessions.session WHERE id = $1")
                    .bind(id)
                    .fetch_one(pool)
                    .await
            }
        }
        .map_err(q("session lookup"))?;
        Ok(n > 0)
    }

    /// How many sessions are stored (expired ones included).
    pub async fn session_count(&self) -> Result<i64, StoreError> {
        match &self.db {
            Db::Sqlite(pool) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM tower_sessions")
                    .fetch_one(pool)
                    .await
            }
            Db::Postgres(pool) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM tower_sessions.session")
                    .fetch_one(pool)
                    .await
            }
        }
        .map_err(q("session count"))
    }
}
