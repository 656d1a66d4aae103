//! Test helpers: the fixture DC's facts, an admin connection to create per-test users, an app
//! with a fresh database per test.

#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, Mod};
use secrecy::SecretString;
use sspr::audit::{Activity, Actor, Audit, AuditEvent, RequestContext, Target};
use sspr::config::Config;
use sspr::flows::Services;
use sspr::store::{Backend, Store};
use sspr::writeback::{encode_password, BindOutcome, Directory, DirectoryUser};

use crate::smtp::SmtpSink;
pub use crate::smtp::MAIL_WAIT;

/// The test key for sealing TOTP secrets.
pub const TEST_KEY: &str = "6b1d3f0a9c2e4b7d8f0a1c3e5b7d9f1a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2d";

/// The fixture DC, as written by `scripts/samba-dc provision` into its `env` file.
pub struct Dc {
    env: HashMap<String, String>,
}

/// The fixture DC. Panics with a pointer to `scripts/test` when it is not there.
pub fn dc() -> &'static Dc {
    static DC: OnceLock<Dc> = OnceLock::new();
    DC.get_or_init(|| {
        let path = std::env::var("SSPR_TEST_DC_ENV").expect(
            "SSPR_TEST_DC_ENV is not set: the integration tests need the fixture DC; run them with scripts/test",
        );
        let text = std::fs::read_to_string(&path).expect("read the DC env file");
        let env = text
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.trim().to_string(), v.trim().trim_matches('"').to_string()))
            .collect();
        Dc { env }
    })
}

impl Dc {
    /// A value from the env file.
    pub fn get(&self, key: &str) -> String {
        self.env
            .get(key)
            .unwrap_or_else(|| panic!("{key} missing from the DC env file"))
            .clone()
    }

    pub fn url(&self) -> String {
        self.get("SSPR_TEST_DC_URL")
    }
    pub fn ca(&self) -> String {
        self.get("SSPR_TEST_CA_FILE")
    }
    pub fn base(&self) -> String {
        self.get("SSPR_TEST_BASE_DN")
    }
    pub fn users(&self) -> String {
        self.get("SSPR_TEST_USERS_DN")
    }
    pub fn user_password(&self) -> String {
        self.get("SSPR_TEST_USER_PASSWORD")
    }

    /// A configuration for the fixture DC with the delegated service account. `extra` is TOML
    /// appended to the `[directory]` table.
    pub fn config_toml(&self, db_url: &str, urls: &[String], extra: &str) -> String {
        let urls = urls
            .iter()
            .map(|u| format!("{u:?}"))
            .collect::<Vec<_>>()
            .join(", ");
        // Defaults for the suite, unless the test sets its own.
        let timeouts = ["connect_timeout = \"2s\"", "operation_timeout = \"5s\""]
            .iter()
            .filter(|line| !extra.contains(line.split(' ').next().unwrap_or("")))
            .copied()
            .collect::<Vec<_>>()
            .join("\n");
        format!(
            r#"
[server]
bind = "127.0.0.1:0"
public_url = "http://127.0.0.1/"

[directory]
urls = [{urls}]
base_dn = "{base}"
bind_dn = "{svc}"
bind_password = "{svc_pw}"
ca_file = "{ca}"
{timeouts}
{extra}

[sspr]
enabled_for = "group"
group_dn = "{sspr_group}"
helpdesk_group_dn = "{helpdesk}"

[database]
url = "{db_url}"

[security]
secret_key = "{key}"
identify_deadline = "300ms"

[mail]
smtp_url = "smtp://127.0.0.1:9"
from = "Password Service <sspr@sspr.test>"
ca_file = "{ca}"
"#,
            base = self.base(),
            svc = self.get("SSPR_TEST_SVC_DN"),
            svc_pw = self.get("SSPR_TEST_SVC_PASSWORD"),
            ca = self.ca(),
            sspr_group = self.get("SSPR_TEST_SSPR_GROUP_DN"),
            helpdesk = self.get("SSPR_TEST_HELPDESK_GROUP_DN"),
            key = TEST_KEY,
        )
    }

    /// A loaded configuration (no environment overrides).
    pub fn config(&self, db_url: &str, urls: &[String], extra: &str) -> Config {
        Config::from_toml_with_env(&self.config_toml(db_url, urls, extra), Vec::new())
            .expect("test config is valid")
    }
}

/// A fresh database, a mail server, and the services over the fixture DC.
pub struct TestApp {
    pub dir: tempfile::TempDir,
    pub config: Config,
    pub store: Store,
    pub services: Services,
    pub state: sspr::AppState,
    pub smtp: SmtpSink,
}

impl TestApp {
    pub fn directory(&self) -> &Directory {
        &self.services.directory
    }

    /// The database URL this app uses (a SQLite file in `dir`, or its own PostgreSQL
    /// database).
    pub fn db_url(&self) -> &str {
        &self.config.database.url
    }

    /// SQL that removes one of the audit table's append-only triggers, as someone with write
    /// access to the database could.
    pub fn drop_trigger(&self, name: &str) -> String {
        match Backend::of_url(self.db_url()) {
            Some(Backend::Postgres) => format!("DROP TRIGGER {name} ON audit_events;"),
            _ => format!("DROP TRIGGER {name};"),
        }
    }

    /// A self-service request context with a fresh flow id.
    pub fn ctx(&self) -> RequestContext {
        RequestContext::new(
            Actor::SelfService,
            Some("192.0.2.10".into()),
            Some("integration-test".into()),
        )
    }
}

/// An app on the fixture DC with the given DC URLs and extra `[directory]` TOML.
pub async fn spawn_app_with(urls: &[String], extra: &str) -> TestApp {
    spawn_app_full(urls, extra, &[]).await
}

/// Like [`spawn_app_with`], with environment-style overrides, e.g.
/// `("SSPR__SSPR__METHODS_REQUIRED", "2")`. Mail goes to a real SMTP server on loopback.
pub async fn spawn_app_full(urls: &[String], extra: &str, overrides: &[(&str, &str)]) -> TestApp {
    let dir = tempfile::tempdir().expect("tempdir");
    let smtp = starttls_sink().await;
    let db_url = fresh_database(dir.path()).await;
    spawn_app_on(dir, smtp, &db_url, urls, extra, overrides).await
}

/// The suite's mail server: it offers STARTTLS with the fixture DC's certificate (issued by
/// the test CA for 127.0.0.1, which `mail.ca_file` names), since the portal requires STARTTLS
/// by default. `SmtpSink::start()` is a server without it.
pub async fn starttls_sink() -> SmtpSink {
    let tls = std::path::PathBuf::from(dc().get("SSPR_TEST_DC_DIR")).join("tls");
    SmtpSink::start_with_starttls(&tls.join("cert.pem"), &tls.join("key.pem")).await
}

/// An app on an existing database (for several instances sharing one).
pub async fn spawn_app_on(
    dir: tempfile::TempDir,
    smtp: SmtpSink,
    db_url: &str,
    urls: &[String],
    extra: &str,
    overrides: &[(&str, &str)],
) -> TestApp {
    let mut env: Vec<(String, String)> = vec![
        ("SSPR__MAIL__SMTP_URL".into(), smtp.url()),
        ("SSPR__POLICY__BANNED_TERMS".into(), "sspr".into()),
    ];
    env.extend(
        overrides
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    let text = dc().config_toml(db_url, urls, extra);
    let config = Config::from_toml_with_env(&text, env).expect("test config is valid");
    let state = sspr::AppState::build(config.clone())
        .await
        .expect("app state");
    TestApp {
        dir,
        config,
        store: state.store.clone(),
        services: state.services.clone(),
        state,
        smtp,
    }
}

/// The PostgreSQL server the suite runs against, when `scripts/test` runs it on PostgreSQL:
/// an administrator's URL (`SSPR_TEST_POSTGRES`) from which each test gets its own database.
pub fn postgres_admin_url() -> Option<String> {
    std::env::var("SSPR_TEST_POSTGRES")
        .ok()
        .filter(|v| !v.is_empty())
}

/// A database URL for a SQLite file.
pub fn sqlite_url(path: &std::path::Path) -> String {
    format!("sqlite://{}", path.display())
}

/// A new, empty database for one test: a SQLite file in `dir`, or, when the suite runs on
/// PostgreSQL, a database of its own on that server, owned by a role of its own that is not a
/// superuser (as the README tells operators to set it up).
pub async fn fresh_database(dir: &std::path::Path) -> String {
    let Some(admin) = postgres_admin_url() else {
        return sqlite_url(&dir.join("sspr.db"));
    };
    use sqlx::Connection;
    static N: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "sspr_t{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    );
    let password = format!("Pw-{}", uuid::Uuid::new_v4().simple());
    let mut conn = sqlx::PgConnection::connect(&admin)
        .await
        .expect("connect to the test PostgreSQL server");
    sqlx::raw_sql(&format!(
        "CREATE ROLE {name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '{password}'"
    ))
    .execute(&mut conn)
    .await
    .expect("create a test role");
    sqlx::raw_sql(&format!("CREATE DATABASE {name} OWNER {name}"))
        .execute(&mut conn)
        .await
        .expect("create a test database");
    let _ = conn.close().await;
    let mut url = url::Url::parse(&admin).expect("SSPR_TEST_POSTGRES is a URL");
    url.set_path(&name);
    url.set_username(&name).expect("a user in the URL");
    url.set_password(Some(&password))
        .expect("a password in the URL");
    url.to_string()
}

/// Takes `db_url`'s database away from everyone using it, as a failed disk or server would:
/// a SQLite file (and its WAL and index) overwritten with zeros; on PostgreSQL, its role
/// refused logins and its connections ended.
pub async fn take_database_away(db_url: &str) {
    if let Some(path) = db_url.strip_prefix("sqlite://") {
        for f in [
            path.to_string(),
            format!("{path}-wal"),
            format!("{path}-shm"),
        ] {
            if let Ok(len) = std::fs::metadata(&f).map(|m| m.len()) {
                std::fs::write(&f, vec![0u8; len as usize]).unwrap();
            }
        }
        return;
    }
    use sqlx::Connection;
    let admin = postgres_admin_url().expect("a PostgreSQL URL needs the test server");
    let role = url::Url::parse(db_url).unwrap().username().to_string();
    let mut conn = sqlx::PgConnection::connect(&admin).await.unwrap();
    sqlx::raw_sql(&format!(
        "ALTER ROLE {role} NOLOGIN; \
         SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}';"
    ))
    .execute(&mut conn)
    .await
    .unwrap();
    let _ = conn.close().await;
}

/// A successful `activity` row with `detail` and no target: filler for the chain tests.
pub fn plain_event(activity: Activity, detail: impl Into<String>) -> AuditEvent {
    AuditEvent {
        activity,
        reason: sspr::status::StatusReason::Success,
        detail: detail.into(),
        target: Target::default(),
    }
}

/// A second audit writer on the app's database, with its own pool and lock, as another
/// instance would have.
pub async fn second_audit(app: &TestApp) -> Audit {
    Audit::from_config(
        Store::connect(&app.config.database)
            .await
            .expect("a second store on the same database"),
        &app.config,
    )
}

/// An app on the fixture DC over LDAPS.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[dc().url()], "").await
}

pub fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

/// Opens a verified LDAPS connection to the fixture DC.
async fn connect() -> Ldap {
    let tls = sspr::writeback::connection::tls_config(Some(std::path::Path::new(&dc().ca())))
        .expect("tls");
    let settings = LdapConnSettings::new()
        .set_config(tls)
        .set_conn_timeout(Duration::from_secs(5));
    let (conn, ldap) = LdapConnAsync::with_settings(settings, &dc().url())
        .await
        .expect("connect to the fixture DC");
    ldap3::drive!(conn);
    ldap
}

/// A connection bound as the domain Administrator (test setup only).
pub async fn admin() -> Ldap {
    let mut ldap = connect().await;
    ldap.simple_bind(
        &dc().get("SSPR_TEST_ADMIN_DN"),
        &dc().get("SSPR_TEST_ADMIN_PASSWORD"),
    )
    .await
    .expect("admin bind")
    .success()
    .expect("admin bind succeeds");
    ldap
}

/// Binds as `dn` with `password` on a fresh connection and maps the answer, independently of
/// the engine under test.
pub async fn bind_as(dn: &str, password: &str) -> BindOutcome {
    let mut ldap = connect().await;
    let r = ldap.simple_bind(dn, password).await.expect("bind answered");
    let _ = ldap.unbind().await;
    sspr::writeback::errors::map_bind_answer(r.rc, &r.text)
}

/// A user created for one test.
pub struct TestUser {
    pub sam: String,
    pub dn: String,
    pub password: String,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Creates a normal, enabled user with a unique name, a mail address and the fixture password,
/// under the domain policy (min age 0, history 24, complexity on, lockout after 3).
pub async fn create_user(prefix: &str) -> TestUser {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let sam = format!("{prefix}{}{n}", std::process::id() % 1000);
    let sam: String = sam.chars().take(20).collect();
    let dn = format!("CN={sam},{}", dc().users());
    let password = dc().user_password();
    let mut ldap = admin().await;
    let upn = format!("{sam}@sspr.test");
    let display = format!("Test {prefix} User");
    let pw = encode_password(&password).to_vec();
    let attrs: Vec<(Vec<u8>, std::collections::HashSet<Vec<u8>>)> = vec![
        (
            b"objectClass".to_vec(),
            ["top", "person", "organizationalPerson", "user"]
                .iter()
                .map(|s| s.as_bytes().to_vec())
                .collect(),
        ),
        (b"sAMAccountName".to_vec(), [sam.as_bytes().to_vec()].into()),
        (
            b"userPrincipalName".to_vec(),
            [upn.as_bytes().to_vec()].into(),
        ),
        (b"mail".to_vec(), [upn.as_bytes().to_vec()].into()),
        (
            b"displayName".to_vec(),
            [display.as_bytes().to_vec()].into(),
        ),
        (b"unicodePwd".to_vec(), [pw].into()),
        (b"userAccountControl".to_vec(), [b"512".to_vec()].into()),
    ];
    ldap.add(&dn, attrs)
        .await
        .expect("add answered")
        .success()
        .unwrap_or_else(|e| panic!("create {dn}: {e}"));
    // In self-service scope, as most users are.
    ldap.modify(
        &dc().get("SSPR_TEST_SSPR_GROUP_DN"),
        vec![Mod::Add("member", [dn.as_str()].into())],
    )
    .await
    .expect("modify answered")
    .success()
    .unwrap_or_else(|e| panic!("add {dn} to the SSPR group: {e}"));
    TestUser { sam, dn, password }
}

/// Creates a PSO (precedence 1) with lockout after `threshold` wrong passwords (0: never), applied to
/// `user_dn`.
pub async fn create_pso(name: &str, threshold: u32, user_dn: &str) -> String {
    let dn = format!(
        "CN={name},CN=Password Settings Container,CN=System,{}",
        dc().base()
    );
    let thirty_minutes = "-18000000000";
    let t = threshold.to_string();
    let mut ldap = admin().await;
    ldap.add(
        &dn,
        vec![
            ("objectClass", ["top", "msDS-PasswordSettings"].into()),
            ("msDS-PasswordSettingsPrecedence", ["1"].into()),
            ("msDS-PasswordReversibleEncryptionEnabled", ["FALSE"].into()),
            ("msDS-PasswordHistoryLength", ["0"].into()),
            ("msDS-PasswordComplexityEnabled", ["TRUE"].into()),
            ("msDS-MinimumPasswordLength", ["7"].into()),
            ("msDS-MinimumPasswordAge", ["0"].into()),
            ("msDS-MaximumPasswordAge", ["-36288000000000"].into()),
            ("msDS-LockoutThreshold", [t.as_str()].into()),
            ("msDS-LockoutObservationWindow", [thirty_minutes].into()),
            ("msDS-LockoutDuration", [thirty_minutes].into()),
            ("msDS-PSOAppliesTo", [user_dn].into()),
        ],
    )
    .await
    .unwrap()
    .success()
    .unwrap_or_else(|e| panic!("create PSO {dn}: {e}"));
    dn
}

/// Puts `user_dn` under a fine-grained policy of its own (precedence 5, no lockout) whose
/// passwords last `max_age` (in 100 ns ticks, positive). Returns the policy's DN.
pub async fn password_lifetime(user_dn: &str, tag: &str, max_age: i64) -> String {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dn = format!(
        "CN=life-{}-{n}-{tag},CN=Password Settings Container,CN=System,{}",
        std::process::id() % 10_000,
        dc().base()
    );
    let max_age = (-max_age).to_string();
    let mut ldap = admin().await;
    ldap.add(
        &dn,
        vec![
            ("objectClass", ["top", "msDS-PasswordSettings"].into()),
            ("msDS-PasswordSettingsPrecedence", ["5"].into()),
            ("msDS-PasswordReversibleEncryptionEnabled", ["FALSE"].into()),
            ("msDS-PasswordHistoryLength", ["0"].into()),
            ("msDS-PasswordComplexityEnabled", ["TRUE"].into()),
            ("msDS-MinimumPasswordLength", ["7"].into()),
            ("msDS-MinimumPasswordAge", ["0"].into()),
            ("msDS-MaximumPasswordAge", [max_age.as_str()].into()),
            ("msDS-LockoutThreshold", ["0"].into()),
            ("msDS-LockoutObservationWindow", ["-18000000000"].into()),
            ("msDS-LockoutDuration", ["-18000000000"].into()),
            ("msDS-PSOAppliesTo", [user_dn].into()),
        ],
    )
    .await
    .unwrap()
    .success()
    .unwrap_or_else(|e| panic!("create PSO {dn}: {e}"));
    dn
}

/// Makes `u`'s password expire for real (not "must change": the DC answers 532): its
/// pwdLastSet moved 50 days back, past the domain's 42-day maximum age. Over LDAP pwdLastSet
/// takes only 0 and -1, so this is a local modify of the running DC's database with the
/// control Samba's own upgrade tools use (as `scripts/samba-dc` does for erin).
pub async fn expire_password(u: &TestUser) {
    const SCRIPT: &str = r#"
import os, sys, time
import ldb
from samba.auth import system_session
from samba.param import LoadParm
from samba.samdb import SamDB
d = os.environ["DC_DIR"]
lp = LoadParm()
lp.load(os.path.join(d, "etc", "smb.conf"))
db = SamDB(url=os.path.join(d, "private", "sam.ldb"), session_info=system_session(), lp=lp)
m = ldb.Message()
m.dn = ldb.Dn(db, os.environ["USER_DN"])
then = int((time.time() - 50 * 86400 + 11644473600) * 10**7)
m["pwdLastSet"] = ldb.MessageElement(str(then), ldb.FLAG_MOD_REPLACE, "pwdLastSet")
db.modify(m, controls=["local_oid:1.3.6.1.4.1.7165.4.3.12:0"])
"#;
    let out = tokio::process::Command::new("/usr/bin/python3")
        .arg("-c")
        .arg(SCRIPT)
        .env("DC_DIR", dc().get("SSPR_TEST_DC_DIR"))
        .env("USER_DN", &u.dn)
        .output()
        .await
        .expect("the system python3 (with Samba's modules) runs");
    assert!(
        out.status.success(),
        "back-dating pwdLastSet of {}: {}",
        u.dn,
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        bind_as(&u.dn, &u.password).await,
        BindOutcome::PasswordExpired
    );
}

/// Deletes an entry (test clean-up).
pub async fn delete_entry(dn: &str) {
    let mut ldap = admin().await;
    ldap.delete(dn)
        .await
        .unwrap()
        .success()
        .unwrap_or_else(|e| panic!("delete {dn}: {e}"));
}

/// Admin-side modify for test setup (e.g. pwdLastSet = 0, disable).
pub async fn admin_replace(dn: &str, attr: &str, value: &str) {
    let mut ldap = admin().await;
    ldap.modify(dn, vec![Mod::Replace(attr, [value].into())])
        .await
        .expect("modify answered")
        .success()
        .unwrap_or_else(|e| panic!("set {attr} on {dn}: {e}"));
}

/// Locks a user out by failing binds past the lockout threshold (3).
pub async fn lock_out(dn: &str) {
    for _ in 0..4 {
        let _ = bind_as(dn, "Definitely-Wrong-1").await;
    }
    assert_eq!(
        bind_as(dn, &dc().user_password()).await,
        BindOutcome::LockedOut
    );
}

/// Finds a user through the engine.
pub async fn find(app: &TestApp, id: &str) -> DirectoryUser {
    app.directory()
        .find_user(id)
        .await
        .unwrap_or_else(|e| panic!("find {id}: {e}"))
}

/// Registers an authenticator for `sam` in `state`'s store; returns its secret.
pub async fn enrol_totp(state: &sspr::AppState, sam: &str) -> Vec<u8> {
    let user = state
        .services
        .directory
        .find_user(sam)
        .await
        .unwrap_or_else(|e| panic!("find {sam}: {e}"));
    let secret = sspr::verify::totp::new_secret();
    let sealed = state.services.cipher.seal(&secret, &user.guid).unwrap();
    state
        .store
        .put_method(&user.guid, "totp", &sealed, &sspr::audit::now_string())
        .await
        .unwrap();
    secret.to_vec()
}
