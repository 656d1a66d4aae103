//! The database: connection pool, migrations, and the repositories. Nothing outside this
//! module writes SQL.
//!
//! SQLite is the default (one file, no server). The schema is kept portable so that the
//! PostgreSQL backend differs only in its migration files and in how an append takes the
//! chain lock, both of which live here.

pub mod admin;
pub mod audit;
pub mod portal;

use std::borrow::Cow;
use std::str::FromStr;
use std::time::Duration;

use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

/// Database errors, with the operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Opening or migrating the database failed.
    #[error("database {0}: {1}")]
    Open(String, String),
    /// A query failed.
    #[error("database error during {0}: {1}")]
    Query(&'static str, #[source] sqlx::Error),
}

/// The SQLite migrations, embedded so the binary needs no files beside it.
fn migrator() -> Migrator {
    let sqlite: &[(i64, &str, &str)] = &[
        (
            1,
            "audit",
            include_str!("../../migrations/sqlite/0001_audit.sql"),
        ),
        (
            2,
            "portal",
            include_str!("../../migrations/sqlite/0002_portal.sql"),
        ),
        (
            3,
            "admin",
            include_str!("../../migrations/sqlite/0003_admin.sql"),
        ),
        (
            4,
            "admin_factor",
            include_str!("../../migrations/sqlite/0004_admin_factor.sql"),
        ),
        (
            5,
            "audit_retention",
            include_str!("../../migrations/sqlite/0005_audit_retention.sql"),
        ),
    ];
    Migrator {
        migrations: Cow::Owned(
            sqlite
                .iter()
                .map(|(v, d, sql)| {
                    Migration::new(
                        *v,
                        Cow::Borrowed(*d),
                        MigrationType::Simple,
                        Cow::Borrowed(*sql),
                        false,
                    )
                })
                .collect(),
        ),
        ..Migrator::DEFAULT
    }
}

/// The database handle. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
    /// Serialises audit appends in this process, so the chain is extended one row at a time
    /// without relying on SQLite's lock upgrade (which fails fast instead of waiting).
    append_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `url` (`sqlite://path`).
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::open(url, true).await
    }

    /// Opens an existing database only: for `audit verify` and `audit export`, where a
    /// mistyped path must be an error, not a new empty log that "verifies".
    pub async fn connect_existing(url: &str) -> Result<Self, StoreError> {
        Self::open(url, false).await
    }

    async fn open(url: &str, create: bool) -> Result<Self, StoreError> {
        let redacted = crate::config::redact_url(url);
        let opts = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Open(redacted.clone(), e.to_string()))?
            .create_if_missing(create)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5))
            .foreign_keys(true);
        let path = opts.get_filename().to_path_buf();
        if !create && !path.exists() {
            return Err(StoreError::Open(
                redacted,
                format!("{} does not exist", path.display()),
            ));
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| {
                StoreError::Open(
                    redacted.clone(),
                    format!("cannot create {}: {e}", parent.display()),
                )
            })?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(opts)
            .await
            .map_err(|e| StoreError::Open(redacted.clone(), e.to_string()))?;
        migrator()
            .run(&pool)
            .await
            .map_err(|e| StoreError::Open(redacted, format!("migrations: {e}")))?;
        Ok(Self {
            pool,
            append_lock: Default::default(),
        })
    }

    /// Proves the database accepts writes (for diagnostics), leaving nothing behind.
    pub async fn check_writable(&self) -> Result<(), StoreError> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(|e| StoreError::Query("write check", e))?;
        sqlx::query("INSERT INTO health_probe (checked) VALUES (?)")
            .bind(chrono::Utc::now().to_rfc3339())
            .execute(&mut *tx)
            .await
            .map_err(|e| StoreError::Query("write check", e))?;
        tx.rollback()
            .await
            .map_err(|e| StoreError::Query("write check", e))
    }

    /// Whether the database answers (readiness).
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map(|_| ())
            .map_err(|e| StoreError::Query("ping", e))
    }

    /// Runs a statement directly. For tests that tamper with the database on purpose.
    #[doc(hidden)]
    pub async fn execute_raw(&self, sql: &str) -> Result<u64, StoreError> {
        sqlx::raw_sql(sql)
            .execute(&self.pool)
            .await
            .map(|r| r.rows_affected())
            .map_err(|e| StoreError::Query("raw statement", e))
    }

    /// Closes the pool, waiting for connections to finish.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_file_is_embedded() {
        let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite"))
            .unwrap()
            .count();
        assert_eq!(
            migrator().iter().count(),
            files,
            "a migration file is not in migrator()"
        );
    }
}
