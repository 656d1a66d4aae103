//! Passkeys and the ceremonies under way (migration 0011).

use super::{on_db, Store, StoreError};

/// Whose passkeys: self-service recovery, or the helpdesk console's second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasskeyScope {
    /// Registered on `/register`, used on `/reset` and `/unlock`.
    SelfService,
    /// The console's second factor.
    Console,
}

impl PasskeyScope {
    fn as_str(self) -> &'static str {
        match self {
            Self::SelfService => "self",
            Self::Console => "console",
        }
    }
}

/// A stored passkey.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PasskeyRow {
    /// Row id (what a remove form names).
    pub id: i64,
    /// The credential id, base64url.
    pub credential_id: String,
    /// The name its owner gave it.
    pub name: String,
    /// The relying party's record of it (JSON).
    pub credential: String,
    /// The signature counter last seen.
    pub sign_count: i64,
    /// When it was added (RFC 3339).
    pub created_at: String,
    /// When it last proved its owner (RFC 3339).
    pub last_used_at: Option<String>,
}

/// A ceremony taken from the table: what it was for, whom, and the relying party's state.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ChallengeRow {
    /// register, verify, console-enrol, console.
    pub purpose: String,
    /// Whom it is for (`None`: a name with no account behind it).
    pub user_guid: Option<String>,
    /// The relying party's state (JSON).
    pub state: String,
    /// RFC 3339 expiry.
    pub expires_at: String,
}

fn q(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError::Query(what, e)
}

impl Store {
    /// The account's passkeys of one scope, oldest first.
    pub async fn passkeys(
        &self,
        user_guid: &str,
        scope: PasskeyScope,
    ) -> Result<Vec<PasskeyRow>, StoreError> {
        let sql =
            "SELECT id, credential_id, name, credential, sign_count, created_at, last_used_at \
             FROM passkeys WHERE user_guid = $1 AND scope = $2 ORDER BY id";
        on_db!(self.db, pool => sqlx::query_as(sql).bind(user_guid).bind(scope.as_str()).fetch_all(pool).await)
            .map_err(q("passkeys read"))
    }

    /// Adds a passkey. `Ok(false)`: its credential id is registered already (to this account
    /// or any other), and nothing was written.
    pub async fn put_passkey(
        &self,
        user_guid: &str,
        scope: PasskeyScope,
        credential_id: &str,
        name: &str,
        credential: &str,
        now: &str,
    ) -> Result<bool, StoreError> {
        let sql =
            "INSERT INTO passkeys (user_guid, scope, credential_id, name, credential, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (credential_id) DO NOTHING";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(user_guid)
            .bind(scope.as_str())
            .bind(credential_id)
            .bind(name)
            .bind(credential)
            .bind(now)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1))
        .map_err(q("passkey write"))
    }

    /// Records a use: the new record and counter, only if the counter moved forward (or both
    /// are 0, for passkeys that keep no counter). `Ok(false)`: another use got there first
    /// with this counter or a later one (a replayed or cloned assertion).
    pub async fn passkey_used(
        &self,
        id: i64,
        seen_count: i64,
        credential: &str,
        new_count: i64,
        now: &str,
    ) -> Result<bool, StoreError> {
        let sql = "UPDATE passkeys SET credential = $3, sign_count = $4, last_used_at = $5 \
             WHERE id = $1 AND sign_count = $2 AND ($4 > $2 OR ($4 = 0 AND $2 = 0))";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(id)
            .bind(seen_count)
            .bind(credential)
            .bind(new_count)
            .bind(now)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1))
        .map_err(q("passkey use"))
    }

    /// Removes one of the account's passkeys. `Ok(false)`: it has no such passkey.
    pub async fn delete_passkey(
        &self,
        user_guid: &str,
        scope: PasskeyScope,
        id: i64,
    ) -> Result<bool, StoreError> {
        let sql = "DELETE FROM passkeys WHERE id = $1 AND user_guid = $2 AND scope = $3";
        on_db!(self.db, pool => sqlx::query(sql).bind(id).bind(user_guid).bind(scope.as_str()).execute(pool).await.map(|r| r.rows_affected() == 1))
            .map_err(q("passkey delete"))
    }

    /// Stores a ceremony under `id` until `expires_at`.
    pub async fn put_challenge(
        &self,
        id: &str,
        purpose: &str,
        user_guid: Option<&str>,
        state: &str,
        expires_at: &str,
    ) -> Result<(), StoreError> {
        let sql = "INSERT INTO passkey_challenges (id, purpose, user_guid, state, expires_at) \
             VALUES ($1, $2, $3, $4, $5)";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(id)
            .bind(purpose)
            .bind(user_guid)
            .bind(state)
            .bind(expires_at)
            .execute(pool)
            .await
            .map(|_| ()))
        .map_err(q("challenge write"))
    }

    /// Takes a ceremony: returns it and deletes it in one statement, so two requests with the
    /// same challenge never both get it.
    pub async fn take_challenge(&self, id: &str) -> Result<Option<ChallengeRow>, StoreError> {
        let sql = "DELETE FROM passkey_challenges WHERE id = $1 \
             RETURNING purpose, user_guid, state, expires_at";
        on_db!(self.db, pool => sqlx::query_as(sql).bind(id).fetch_optional(pool).await)
            .map_err(q("challenge take"))
    }
}
