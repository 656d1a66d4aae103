//! The database: connection pool, migrations, and the repositories. Nothing outside this
//! module writes SQL.
//!
//! SQLite is the default (one file, no server); PostgreSQL serves several instances that share
//! state. Every query is written once, with `$n` placeholders (which SQLite understands too) and
//! types both map alike (TEXT times, 64-bit integers), and runs on either pool through
//! [`on_db!`]. The backends differ only in their migration files, in how an audit append takes
//! the chain lock, and in the session store's table.

pub mod admin;
pub mod audit;
pub mod passkeys;
pub mod portal;
pub mod reminders;
pub mod writes;

use std::str::FromStr;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, SqlitePool};

pub use crate::config::Backend;
use crate::config::DatabaseConfig;

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

/// The pool of one backend.
#[derive(Clone, Debug)]
pub enum Db {
    /// A SQLite file.
    Sqlite(SqlitePool),
    /// A PostgreSQL server.
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to the pool inside `$db` (a [`Db`]). The body is compiled
/// once per backend, so a query that does not type-check on both does not build.
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match &$db {
            $crate::store::Db::Sqlite($pool) => $body,
            $crate::store::Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use on_db;

impl Db {
    /// Which backend this is.
    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// The statement that opens a transaction which will write. SQLite takes its write lock at
    /// once (a deferred transaction that later upgrades fails fast instead of waiting);
    /// PostgreSQL locks rows as they are touched.
    fn begin_write(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "BEGIN IMMEDIATE",
            // Named, not left to the server's default: under REPEATABLE READ or SERIALIZABLE a
            // queued `FOR UPDATE` on the chain head fails instead of reading the new head.
            Db::Postgres(_) => "BEGIN ISOLATION LEVEL READ COMMITTED",
        }
    }

    /// Appended to a SELECT of the chain head inside a write transaction: on PostgreSQL it
    /// takes the row lock that orders appends from every instance; SQLite's write transaction
    /// already holds the whole database.
    fn for_update(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "",
            Db::Postgres(_) => " FOR UPDATE",
        }
    }
}

/// The migrations of one backend, embedded so the binary needs no files beside it (`build.rs`
/// rebuilds when a file is added). Both folders have the same versions and names: a schema
/// change is made in both.
///
/// Databases migrated before this list was generated recorded each file under the same version
/// and checksum (SHA-384 of its text), which is all the migrator compares; the description then
/// kept its underscores ("admin_factor", here "admin factor") and is never compared.
fn migrator(backend: Backend) -> &'static Migrator {
    static SQLITE: Migrator = sqlx::migrate!("migrations/sqlite");
    static POSTGRES: Migrator = sqlx::migrate!("migrations/postgres");
    match backend {
        Backend::Sqlite => &SQLITE,
        Backend::Postgres => &POSTGRES,
    }
}

/// A lock held across instances (see [`Store::cross_instance_lock`]); dropping it releases it.
pub struct CrossInstanceLock {
    // Held for its drop: rolling the transaction back releases the advisory lock.
    _tx: Option<sqlx::Transaction<'static, sqlx::Postgres>>,
}

/// The database handle. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    db: Db,
    /// Serialises audit appends in this process, so the chain is extended one row at a time
    /// without relying on SQLite's lock upgrade (which fails fast instead of waiting).
    append_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl Store {
    /// Opens (creating a SQLite file if needed) and migrates the configured database. A
    /// PostgreSQL database must exist; its tables are created here.
    pub async fn connect(config: &DatabaseConfig) -> Result<Self, StoreError> {
        Self::open(config, true).await
    }

    /// Opens an existing sspr database only, changing nothing: for `audit verify` and `audit
    /// export`, where a mistyped path must be an error, not a new empty log that "verifies".
    pub async fn connect_existing(config: &DatabaseConfig) -> Result<Self, StoreError> {
        Self::open(config, false).await
    }

    async fn open(config: &DatabaseConfig, create: bool) -> Result<Self, StoreError> {
        let url = config.url.as_str();
        let redacted = crate::config::redact_url(url);
        let fail = |e: String| StoreError::Open(redacted.clone(), e);
        let db = match Backend::of_url(url) {
            Some(Backend::Sqlite) => Db::Sqlite(open_sqlite(url, create).await.map_err(fail)?),
            Some(Backend::Postgres) => Db::Postgres(
                open_postgres(url, config.password.as_ref())
                    .await
                    .map_err(fail)?,
            ),
            None => return Err(fail("is neither sqlite: nor postgres:".into())),
        };
        if create {
            // Several instances may start at once: the migrator takes the database's migration
            // lock (an advisory lock on PostgreSQL), so one applies and the others wait.
            let migrations = migrator(db.backend());
            on_db!(db, pool => migrations.run(pool).await)
                .map_err(|e| fail(format!("migrations: {e}")))?;
        } else {
            // Read-only tools (audit verify, export) change nothing: a database that is not
            // sspr's, or not yet migrated, is an error, not an empty log that "verifies". This
            // also lets a read-only role run them.
            // The newest column of the head: a database not yet migrated to it is refused
            // with a message, not with a query error halfway through.
            let sql = "SELECT seal FROM audit_chain_head WHERE id = 1";
            on_db!(db, pool => sqlx::query(sql).fetch_optional(pool).await.map(|r| r.is_some()))
                .ok()
                .filter(|found| *found)
                .ok_or_else(|| {
                    fail(
                        "holds no sspr audit log of this version (start `sspr serve` or run \
                         `sspr doctor` once to create or migrate it)"
                            .into(),
                    )
                })?;
        }
        Ok(Self {
            db,
            append_lock: Default::default(),
        })
    }

    /// The backend's pool (for the session store, which keeps its own table).
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Proves the database accepts writes (for diagnostics), leaving nothing behind.
    pub async fn check_writable(&self) -> Result<(), StoreError> {
        let err = |e| StoreError::Query("write check", e);
        on_db!(self.db, pool => {
            let mut tx = pool.begin_with(self.db.begin_write()).await.map_err(err)?;
            sqlx::query("INSERT INTO health_probe (checked) VALUES ($1)")
                .bind(chrono::Utc::now().to_rfc3339())
                .execute(&mut *tx)
                .await
                .map_err(err)?;
            tx.rollback().await.map_err(err)
        })
    }

    /// Holds a lock named `key` across every instance sharing the database, until the guard
    /// is dropped. On PostgreSQL it is a transaction-scoped advisory lock (released when the
    /// guard's transaction ends, also if the process dies); SQLite serves one instance, whose
    /// own in-process locks are enough, so there it holds nothing.
    pub async fn cross_instance_lock(&self, key: &str) -> Result<CrossInstanceLock, StoreError> {
        match &self.db {
            Db::Sqlite(_) => Ok(CrossInstanceLock { _tx: None }),
            Db::Postgres(pool) => {
                let mut tx = pool
                    .begin()
                    .await
                    .map_err(|e| StoreError::Query("lock", e))?;
                sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                    .bind(key)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| StoreError::Query("lock", e))?;
                Ok(CrossInstanceLock { _tx: Some(tx) })
            }
        }
    }

    /// Whether the database answers (readiness).
    pub async fn ping(&self) -> Result<(), StoreError> {
        // A read of a table, not `SELECT 1`: SQLite answers that without opening the file, so a
        // lost or corrupted database file would still look ready.
        on_db!(self.db, pool => sqlx::query("SELECT COUNT(*) FROM _sqlx_migrations").execute(pool).await.map(|_| ()))
            .map_err(|e| StoreError::Query("ping", e))
    }

    /// Runs a statement directly. For tests that tamper with the database on purpose.
    #[doc(hidden)]
    pub async fn execute_raw(&self, sql: &str) -> Result<u64, StoreError> {
        on_db!(self.db, pool => sqlx::raw_sql(sql).execute(pool).await.map(|r| r.rows_affected()))
            .map_err(|e| StoreError::Query("raw statement", e))
    }

    /// Closes the pool, waiting for connections to finish.
    pub async fn close(&self) {
        on_db!(self.db, pool => pool.close().await);
    }
}

async fn open_sqlite(url: &str, create: bool) -> Result<SqlitePool, String> {
    let opts = SqliteConnectOptions::from_str(url)
        .map_err(|e| e.to_string())?
        .create_if_missing(create)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(Duration::from_secs(5))
        .foreign_keys(true);
    let path = opts.get_filename().to_path_buf();
    if !create && !path.exists() {
        return Err(format!("{} does not exist", path.display()));
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(opts)
        .await
        .map_err(|e| e.to_string())
}

async fn open_postgres(url: &str, password: Option<&SecretString>) -> Result<PgPool, String> {
    // TLS, host and user come from the URL (`?sslmode=verify-full&sslrootcert=...`).
    let mut opts = PgConnectOptions::from_str(url).map_err(|e| e.to_string())?;
    if opts.get_application_name().is_none() {
        // How the server's views (pg_stat_activity) name these connections.
        opts = opts.application_name("sspr");
    }
    if let Some(p) = password {
        opts = opts.password(p.expose_secret());
    }
    // One connection holds the instance's liveness lock for its whole life, and a password
    // check holds one (its per-account advisory lock) while it binds: room for both beside the
    // ordinary queries.
    PgPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(opts)
        .await
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

    /// The `.sql` files of one backend's folder, sorted.
    fn migration_files(dir: &str) -> Vec<String> {
        let path = format!("{}/migrations/{dir}", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<String> = std::fs::read_dir(path)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        files
    }

    #[test]
    fn every_migration_file_is_embedded_and_the_backends_match() {
        let listed = |backend| -> Vec<(i64, String)> {
            migrator(backend)
                .iter()
                .map(|m| (m.version, m.description.to_string()))
                .collect()
        };
        let sqlite = listed(Backend::Sqlite);
        assert_eq!(sqlite, listed(Backend::Postgres), "the backends differ");
        for dir in ["sqlite", "postgres"] {
            // migrate! skips a file not named <version>_<name>.sql without a word.
            let embedded: Vec<String> = sqlite
                .iter()
                .map(|(v, d)| format!("{v:04}_{}.sql", d.replace(' ', "_")))
                .collect();
            assert_eq!(
                embedded,
                migration_files(dir),
                "{dir}: a file is not embedded"
            );
        }
    }

    /// Each file as the hand-written list before `migrate!` recorded it in `_sqlx_migrations`:
    /// the version before the first `_`, the checksum of the file's text, run in a transaction.
    /// The migrator refuses a database whose applied version has another checksum.
    #[test]
    fn embedded_migrations_keep_the_versions_and_checksums_databases_recorded() {
        use sqlx::migrate::{Migration, MigrationType};
        for (backend, dir) in [(Backend::Sqlite, "sqlite"), (Backend::Postgres, "postgres")] {
            let embedded = migrator(backend);
            let files = migration_files(dir);
            assert_eq!(embedded.iter().count(), files.len(), "{dir}");
            for (m, file) in embedded.iter().zip(&files) {
                let stem = file.trim_end_matches(".sql");
                let (version, name) = stem.split_once('_').unwrap();
                let path = format!("{}/migrations/{dir}/{file}", env!("CARGO_MANIFEST_DIR"));
                let sql = std::fs::read_to_string(path).unwrap();
                let old = Migration::new(
                    version.parse().unwrap(),
                    Cow::Owned(name.to_string()),
                    MigrationType::Simple,
                    Cow::Owned(sql),
                    false,
                );
                assert_eq!(m.version, old.version, "{dir}/{file}");
                assert_eq!(m.checksum, old.checksum, "{dir}/{file}: checksum");
                assert_eq!(m.migration_type, MigrationType::Simple, "{dir}/{file}");
                assert!(!m.no_tx, "{dir}/{file}: starts with -- no-transaction");
            }
        }
    }

    #[test]
    fn backends_are_told_by_the_url_scheme() {
        assert_eq!(Backend::of_url("sqlite://data/x.db"), Some(Backend::Sqlite));
        assert_eq!(Backend::of_url("sqlite::memory:"), Some(Backend::Sqlite));
        assert_eq!(
            Backend::of_url("postgres://u@h/db"),
            Some(Backend::Postgres)
        );
        assert_eq!(
            Backend::of_url("PostgreSQL://u@h/db"),
            Some(Backend::Postgres)
        );
        assert_eq!(Backend::of_url("mysql://u@h/db"), None);
        assert_eq!(Backend::of_url("data/x.db"), None);
    }
}
