//! The operator's contract: one TOML file, every key overridable by `SSPR__SECTION__KEY`
//! environment variables, secrets also readable from files.
//!
//! Loading happens in two stages. The file (plus overrides) is deserialised into `Raw*` structs
//! that mirror the TOML exactly, then validated into the typed [`Config`] the rest of the program
//! uses. Every problem found in either stage names the key (`directory.urls`) and says what is
//! wrong, because the person reading it is an operator at start-up, not a developer.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use url::Url;

/// Prefix of environment variables that override file keys: `SSPR__DIRECTORY__BIND_DN`.
pub const ENV_PREFIX: &str = "SSPR__";

/// A configuration problem, naming the key it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// Dotted key, e.g. `directory.urls`; empty when the problem is the file itself.
    pub key: String,
    /// What is wrong and, where it helps, what to write instead.
    pub problem: String,
}

impl ConfigError {
    fn new(key: impl Into<String>, problem: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            problem: problem.into(),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.key.is_empty() {
            write!(f, "configuration: {}", self.problem)
        } else {
            write!(f, "configuration key `{}`: {}", self.key, self.problem)
        }
    }
}

impl std::error::Error for ConfigError {}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// `[server]`: where the portal listens and how it is reached.
    pub server: ServerConfig,
    /// `[directory]`: the Active Directory domain controllers and the service account.
    pub directory: DirectoryConfig,
    /// `[sspr]`: who may use self-service and how.
    pub sspr: SsprConfig,
    /// `[mail]`: outgoing mail.
    pub mail: MailConfig,
    /// `[database]`: the audit and state store.
    pub database: DatabaseConfig,
    /// `[policy]`: the portal's own password rules on top of AD's.
    pub policy: PortalPolicyConfig,
    /// `[security]`: the encryption key and anti-enumeration timing.
    pub security: SecurityConfig,
    /// `[limits]`: rate limits and code lifetimes.
    pub limits: LimitsConfig,
    /// `[admin]`: the helpdesk console.
    pub admin: AdminConfig,
    /// `[reminders]`: mails before a password expires.
    pub reminders: RemindersConfig,
}

/// Where a password-expiry reminder goes (`reminders.send_to`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderTo {
    /// The account's directory `mail` (the default).
    Directory,
    /// The alternate address the user registered, else the directory `mail`.
    Alternate,
}

/// `[reminders]`
#[derive(Debug, Clone)]
pub struct RemindersConfig {
    /// Whether the portal mails reminders on its own schedule (`sspr reminders` works either
    /// way).
    pub enabled: bool,
    /// Days before expiry at which a reminder goes out, largest first (each at most once per
    /// password).
    pub days: Vec<u32>,
    /// How often a serving instance looks for passwords about to expire.
    pub interval: Duration,
    /// At most this many reminder mails a minute.
    pub per_minute: u32,
    /// Which address.
    pub send_to: ReminderTo,
    /// Entries per page of the directory search (Simple Paged Results).
    pub page_size: u32,
}

/// `[admin]`
#[derive(Debug, Clone)]
pub struct AdminConfig {
    /// A helpdesk session ends after this much inactivity.
    pub idle_timeout: Duration,
    /// And after this long in all, however active.
    pub max_session: Duration,
    /// How often the writeback heartbeat runs the diagnostics.
    pub heartbeat_interval: Duration,
    /// How often housekeeping runs (expired sessions, codes and rate events; audit
    /// retention); the first run comes after the smaller of this and a minute.
    pub housekeeping_interval: Duration,
    /// Audit rows older than this many days are removed (0 keeps them all).
    pub audit_retention_days: u32,
}

/// `[security]`
#[derive(Clone)]
pub struct SecurityConfig {
    /// 32 random bytes: the keys encrypting TOTP secrets at rest (AEAD), hashing one-time
    /// codes and chaining the audit log are derived from it.
    pub secret_key: std::sync::Arc<secrecy::SecretBox<[u8; 32]>>,
    /// Every "who are you?" answer takes at least this long, found or not, so response time
    /// does not tell whether an account exists.
    pub identify_deadline: Duration,
    /// Sessions end after this much inactivity.
    pub session_idle: Duration,
}

impl fmt::Debug for SecurityConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecurityConfig")
            .field("secret_key", &"[redacted]")
            .field("identify_deadline", &self.identify_deadline)
            .field("session_idle", &self.session_idle)
            .finish()
    }
}

/// `[limits]`
#[derive(Debug, Clone)]
pub struct LimitsConfig {
    /// Flows one client address may start per 15 minutes.
    pub per_ip: u32,
    /// Flows (and codes) per account per hour.
    pub per_account: u32,
    /// Mails to one address per hour.
    pub per_destination: u32,
    /// Wrong codes before a flow is blocked.
    pub code_attempts: u32,
    /// How long an emailed code is valid.
    pub code_ttl: Duration,
    /// How long a block lasts.
    pub block_for: Duration,
    /// Wrong self-service authenticator codes in a row before the authenticator stops
    /// working for recovery (until a right emailed code or the helpdesk clears it).
    pub authenticator_failures: u32,
    /// The same for a helpdesk admin's console authenticator (another admin clears it).
    pub console_authenticator_failures: u32,
}

/// `[server]`
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Socket address to listen on.
    pub bind: SocketAddr,
    /// Where `/metrics` is served (loopback or an internal address); `None`: nowhere. Never
    /// the public listener, whose visitors must not watch the counters move.
    pub metrics_bind: Option<SocketAddr>,
    /// The URL users reach the portal at; always ends with `/`. May carry a path prefix.
    pub public_url: Url,
    /// Reverse proxies whose forwarding headers are believed (a bare address is a /32 or
    /// /128). Compared with client addresses in canonical form: an IPv4 client reaching a
    /// dual-stack listener is its IPv4 address, never `::ffff:a.b.c.d`.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Organisation name shown on pages and in mail.
    pub organisation: String,
    /// A logo (PNG, SVG or JPEG) shown above every page.
    pub logo_file: Option<PathBuf>,
    /// How users reach the helpdesk, shown where self-service cannot help.
    pub helpdesk_contact: String,
    /// The language of a visitor whose browser asks for none that is offered, and of notices
    /// to an account whose owner never chose one (a BCP 47 tag such as `en` or `pt-BR`).
    pub default_language: String,
    /// The languages offered, in the switcher's order; empty: every shipped one plus any
    /// found in `locales_dir`.
    pub languages: Vec<String>,
    /// Operators' catalogues, `<dir>/<lang>/<area>.ftl`: messages here override the shipped
    /// ones, and a folder for a language that is not shipped adds it (no rebuild).
    pub locales_dir: Option<PathBuf>,
    /// The zone dates and times are shown in (an IANA name such as `Europe/Berlin`; UTC by
    /// default).
    pub time_zone: chrono_tz::Tz,
    /// Log lines as JSON (for a log shipper) or pretty text.
    pub log_json: bool,
    /// How long a client may take to send a request's headers (and how long an idle
    /// keep-alive connection stays open): a slow client cannot hold a connection forever.
    pub header_read_timeout: Duration,
    /// How long a client may take to send a form's body.
    pub body_read_timeout: Duration,
    /// How long a request may take in all before it is answered 503. Longer than a writeback
    /// can take (directory.write_queue_timeout + directory.operation_timeout).
    pub request_timeout: Duration,
}

/// `[directory]`
#[derive(Debug, Clone)]
pub struct DirectoryConfig {
    /// Domain controllers in order of preference (`ldaps://` or `ldap://` with StartTLS).
    pub urls: Vec<Url>,
    /// Upgrade `ldap://` URLs with StartTLS. Plain LDAP is never used for anything.
    pub starttls: bool,
    /// Domain naming context, e.g. `DC=example,DC=com`.
    pub base_dn: String,
    /// Where users are searched; defaults to `base_dn`.
    pub user_base_dn: String,
    /// The service account's DN.
    pub bind_dn: String,
    /// The service account's password.
    pub bind_password: SecretString,
    /// CA certificates (PEM) that sign the DCs' certificates; system roots when absent.
    pub ca_file: Option<PathBuf>,
    /// Bound on TCP connect + TLS handshake + service bind, per DC.
    pub connect_timeout: Duration,
    /// Bound on a single LDAP operation.
    pub operation_timeout: Duration,
    /// Service connections kept per DC (each multiplexes many operations).
    pub pool_size: usize,
    /// Password writes in flight at once; a DC serialises them anyway.
    pub max_concurrent_writes: usize,
    /// How long a write waits for a slot before answering "busy, try again".
    pub write_queue_timeout: Duration,
    /// A user (sAMAccountName) the diagnostics use to check the service account's rights.
    pub probe_user: Option<String>,
    /// How long the DCs keep accepting the previous password over NTLM after a change
    /// (Windows: the registry value `OldPasswordAllowedPeriod`, 60 minutes unless changed;
    /// Samba: `old password allowed period`). Not readable over LDAP: the done pages say so
    /// for this long, and zero says nothing.
    pub old_password_allowed_period: Duration,
}

/// Who self-service is enabled for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Nobody: the portal only shows a page saying so.
    None,
    /// Every user the service account can see.
    All,
    /// Members (direct or nested) of a group.
    Group(String),
}

/// `[sspr]`
#[derive(Debug, Clone)]
pub struct SsprConfig {
    /// Who may use self-service.
    pub enabled_for: Scope,
    /// Verification methods required for a reset or unlock (1 or 2).
    pub methods_required: u8,
    /// Whether `/unlock` is offered.
    pub allow_unlock: bool,
    /// Members of this group (nested counts) may use `/admin`; empty disables `/admin`.
    pub helpdesk_group_dn: String,
    /// More groups whose members sspr never resets or unlocks (self-service or helpdesk), on
    /// top of those it always refuses: protected (adminCount=1) accounts, members of every
    /// group AdminSDHolder protects, helpdesk staff and the service account. Group DNs, SIDs,
    /// or built-in names resolved by their well-known SIDs.
    pub protected_groups: Vec<String>,
    /// Whether passkeys are offered (registration, recovery, the console). Needs a
    /// `server.public_url` whose host is a name, not an IP address.
    pub passkeys: bool,
    /// What a verified passkey counts for when `methods_required = 2`.
    pub passkey_counts_as: PasskeyCountsAs,
}

/// `sspr.passkey_counts_as`: a passkey proves possession of a device *and* (user verification
/// is required) its unlock by PIN or biometrics, so an organisation may let it stand for two
/// methods on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasskeyCountsAs {
    /// One method, like an emailed code or an app (the default).
    One,
    /// Enough on its own, whatever `methods_required` says.
    Two,
}

/// How an `smtp://` connection is protected (`mail.tls`). `smtps://` is always TLS from the
/// first byte, whatever this says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailTls {
    /// STARTTLS with a verified certificate, or no mail at all: someone on the network who
    /// strips STARTTLS from the server's answer gets nothing (the default).
    Required,
    /// STARTTLS (verified) when the server offers it, plain text when it does not: one-time
    /// codes go in clear to anyone who can strip the offer.
    Opportunistic,
    /// Plain SMTP, never TLS: only for a relay on this host or a socket nobody else can reach.
    None,
}

/// `[mail]`
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// `smtp://host:port` (see `tls`), `smtps://host:port` (implicit TLS), or `file:///dir` (an
    /// outbox for demos). `None` disables mail.
    pub smtp_url: Option<Url>,
    /// How `smtp://` is protected.
    pub tls: MailTls,
    /// The From header.
    pub from: String,
    /// SMTP user name, when the server wants authentication.
    pub username: Option<String>,
    /// SMTP password.
    pub password: Option<SecretString>,
    /// CA certificates (PEM) for the mail server's certificate; system roots when absent.
    pub ca_file: Option<PathBuf>,
}

/// Which backend a database URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// `sqlite:` URLs.
    Sqlite,
    /// `postgres:` and `postgresql:` URLs.
    Postgres,
}

impl Backend {
    /// The backend of `url`, or None for any other scheme.
    pub fn of_url(url: &str) -> Option<Self> {
        let scheme = url.split_once(':')?.0.to_ascii_lowercase();
        match scheme.as_str() {
            "sqlite" => Some(Backend::Sqlite),
            "postgres" | "postgresql" => Some(Backend::Postgres),
            _ => None,
        }
    }
}

/// `[database]`
#[derive(Clone)]
pub struct DatabaseConfig {
    /// `sqlite://path` (default) or `postgres://user@host/db?sslmode=verify-full&...`.
    pub url: String,
    /// The PostgreSQL password, kept out of the URL (from `password` or `password_file`).
    pub password: Option<SecretString>,
}

impl std::fmt::Debug for DatabaseConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatabaseConfig")
            .field("url", &redact_url(&self.url))
            .field("password", &self.password.as_ref().map(|_| "***"))
            .finish()
    }
}

/// `[policy]`
#[derive(Debug, Clone, Default)]
pub struct PortalPolicyConfig {
    /// Extra banned passwords, one per line, on top of the built-in list.
    pub banned_passwords_file: Option<PathBuf>,
    /// Words that must not form the core of a password (organisation name, products).
    pub banned_terms: Vec<String>,
    /// The breached-password filter `sspr breach import` wrote; none: no breach screening.
    pub breached_passwords_file: Option<PathBuf>,
    /// The lowest zxcvbn score (0-4) a new password may have; none: no strength rule.
    pub min_strength: Option<u8>,
}

// ---- Raw, as written in the file -------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    server: RawServer,
    directory: RawDirectory,
    #[serde(default)]
    sspr: RawSspr,
    #[serde(default)]
    mail: RawMail,
    #[serde(default)]
    database: RawDatabase,
    #[serde(default)]
    policy: RawPolicy,
    #[serde(default)]
    security: RawSecurity,
    #[serde(default)]
    limits: RawLimits,
    #[serde(default)]
    admin: RawAdmin,
    #[serde(default)]
    reminders: RawReminders,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawReminders {
    #[serde(default)]
    enabled: bool,
    days: Option<Vec<i64>>,
    interval: Option<String>,
    per_minute: Option<i64>,
    send_to: Option<String>,
    page_size: Option<i64>,
}

impl RawReminders {
    fn validate(self) -> Result<RemindersConfig, ConfigError> {
        let mut days = Vec::new();
        for d in self.days.unwrap_or_else(|| vec![14, 7, 3, 1]) {
            days.push(positive("reminders.days", d, 365)? as u32);
        }
        if days.is_empty() {
            return Err(ConfigError::new(
                "reminders.days",
                "needs at least one number of days (the default is [14, 7, 3, 1])",
            ));
        }
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        let interval = match &self.interval {
            Some(v) => duration("reminders.interval", v)?,
            None => Duration::from_secs(3600),
        };
        if interval < Duration::from_secs(1) {
            return Err(ConfigError::new(
                "reminders.interval",
                "must be at least 1s",
            ));
        }
        let send_to = match self.send_to.as_deref().unwrap_or("directory") {
            "directory" => ReminderTo::Directory,
            "alternate" => ReminderTo::Alternate,
            other => {
                return Err(ConfigError::new(
                    "reminders.send_to",
                    format!("`{other}` is not one of \"directory\", \"alternate\""),
                ))
            }
        };
        Ok(RemindersConfig {
            enabled: self.enabled,
            days,
            interval,
            per_minute: positive(
                "reminders.per_minute",
                self.per_minute.unwrap_or(60),
                100_000,
            )? as u32,
            send_to,
            page_size: positive("reminders.page_size", self.page_size.unwrap_or(500), 5_000)?
                as u32,
        })
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawAdmin {
    idle_timeout: Option<String>,
    max_session: Option<String>,
    heartbeat_interval: Option<String>,
    housekeeping_interval: Option<String>,
    audit_retention_days: Option<i64>,
}

impl RawAdmin {
    fn validate(self) -> Result<AdminConfig, ConfigError> {
        Ok(AdminConfig {
            idle_timeout: match &self.idle_timeout {
                Some(v) => duration("admin.idle_timeout", v)?,
                None => Duration::from_secs(600),
            },
            max_session: match &self.max_session {
                Some(v) => duration("admin.max_session", v)?,
                None => Duration::from_secs(8 * 3600),
            },
            heartbeat_interval: match &self.heartbeat_interval {
                Some(v) => duration("admin.heartbeat_interval", v)?,
                None => Duration::from_secs(300),
            },
            housekeeping_interval: match &self.housekeeping_interval {
                Some(v) => duration("admin.housekeeping_interval", v)?,
                None => Duration::from_secs(600),
            },
            audit_retention_days: match self.audit_retention_days {
                None | Some(0) => 0,
                Some(d) => positive("admin.audit_retention_days", d, 36_500)? as u32,
            },
        })
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawSecurity {
    secret_key: Option<SecretString>,
    secret_key_file: Option<PathBuf>,
    identify_deadline: Option<String>,
    session_idle: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    per_ip: Option<i64>,
    per_account: Option<i64>,
    per_destination: Option<i64>,
    code_attempts: Option<i64>,
    code_ttl: Option<String>,
    block_for: Option<String>,
    authenticator_failures: Option<i64>,
    console_authenticator_failures: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServer {
    #[serde(default = "default_bind")]
    bind: String,
    metrics_bind: Option<String>,
    public_url: Option<String>,
    #[serde(default, deserialize_with = "string_or_list")]
    trusted_proxies: Vec<String>,
    #[serde(default = "default_organisation")]
    organisation: String,
    logo_file: Option<PathBuf>,
    #[serde(default = "default_helpdesk")]
    helpdesk_contact: String,
    #[serde(default = "default_language")]
    default_language: String,
    #[serde(default, deserialize_with = "string_or_list")]
    languages: Vec<String>,
    locales_dir: Option<PathBuf>,
    #[serde(default = "default_time_zone")]
    time_zone: String,
    #[serde(default = "default_log_format")]
    log_format: String,
    header_read_timeout: Option<String>,
    body_read_timeout: Option<String>,
    request_timeout: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDirectory {
    #[serde(default, deserialize_with = "string_or_list")]
    urls: Vec<String>,
    #[serde(default)]
    starttls: bool,
    #[serde(default)]
    base_dn: String,
    user_base_dn: Option<String>,
    #[serde(default)]
    bind_dn: String,
    bind_password: Option<SecretString>,
    bind_password_file: Option<PathBuf>,
    ca_file: Option<PathBuf>,
    #[serde(default = "default_connect_timeout")]
    connect_timeout: String,
    #[serde(default = "default_operation_timeout")]
    operation_timeout: String,
    #[serde(default = "default_pool_size")]
    pool_size: i64,
    #[serde(default = "default_max_writes")]
    max_concurrent_writes: i64,
    #[serde(default = "default_write_queue_timeout")]
    write_queue_timeout: String,
    probe_user: Option<String>,
    #[serde(default = "default_old_password_allowed_period")]
    old_password_allowed_period: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSspr {
    #[serde(default = "default_enabled_for")]
    enabled_for: String,
    #[serde(default)]
    group_dn: String,
    #[serde(default = "default_methods_required")]
    methods_required: i64,
    #[serde(default = "default_true")]
    allow_unlock: bool,
    #[serde(default)]
    helpdesk_group_dn: String,
    #[serde(
        default = "default_protected_groups",
        deserialize_with = "string_or_list"
    )]
    protected_groups: Vec<String>,
    /// Unset: on when the public URL's host is a name.
    #[serde(default)]
    passkeys: Option<bool>,
    #[serde(default = "default_passkey_counts_as")]
    passkey_counts_as: String,
}

fn default_passkey_counts_as() -> String {
    "one".into()
}

impl Default for RawSspr {
    fn default() -> Self {
        Self {
            enabled_for: default_enabled_for(),
            group_dn: String::new(),
            methods_required: default_methods_required(),
            allow_unlock: true,
            helpdesk_group_dn: String::new(),
            protected_groups: default_protected_groups(),
            passkeys: None,
            passkey_counts_as: default_passkey_counts_as(),
        }
    }
}

fn default_protected_groups() -> Vec<String> {
    [
        "Domain Admins",
        "Enterprise Admins",
        "Administrators",
        "Account Operators",
    ]
    .map(String::from)
    .to_vec()
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawMail {
    smtp_url: Option<String>,
    tls: Option<String>,
    from: Option<String>,
    username: Option<String>,
    password: Option<SecretString>,
    password_file: Option<PathBuf>,
    ca_file: Option<PathBuf>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDatabase {
    #[serde(default = "default_database_url")]
    url: String,
    password: Option<SecretString>,
    password_file: Option<PathBuf>,
}

impl Default for RawDatabase {
    fn default() -> Self {
        Self {
            url: default_database_url(),
            password: None,
            password_file: None,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    banned_passwords_file: Option<PathBuf>,
    #[serde(default, deserialize_with = "string_or_list")]
    banned_terms: Vec<String>,
    breached_passwords_file: Option<PathBuf>,
    min_strength: Option<u8>,
}

fn default_bind() -> String {
    "127.0.0.1:8080".into()
}
fn default_organisation() -> String {
    "Password Service".into()
}
fn default_log_format() -> String {
    "pretty".into()
}
fn default_language() -> String {
    "en".into()
}

fn default_time_zone() -> String {
    "UTC".into()
}

fn default_helpdesk() -> String {
    "your IT helpdesk".into()
}
fn default_connect_timeout() -> String {
    "5s".into()
}
fn default_operation_timeout() -> String {
    "10s".into()
}
fn default_old_password_allowed_period() -> String {
    // Windows' default for OldPasswordAllowedPeriod, and Samba's.
    "60m".into()
}
fn default_write_queue_timeout() -> String {
    // A test DC sustains about a dozen password changes a second: a burst of a few hundred
    // people at once clears within this.
    "30s".into()
}
fn default_pool_size() -> i64 {
    2
}
fn default_max_writes() -> i64 {
    4
}
fn default_enabled_for() -> String {
    "all".into()
}
fn default_methods_required() -> i64 {
    1
}
fn default_true() -> bool {
    true
}
fn default_database_url() -> String {
    "sqlite://data/sspr.db".into()
}

/// Accepts `["a", "b"]` or `"a, b"`: the second form is what fits in an environment variable.
fn string_or_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(s) => s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect(),
        OneOrMany::Many(v) => v,
    })
}

// ---- Loading ---------------------------------------------------------------------------------

impl Config {
    /// Reads `path`, applies `SSPR__*` overrides from the process environment, validates.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError::new("", format!("cannot read {}: {e}", path.display())))?;
        Self::from_toml_with_env(&text, std::env::vars())
    }

    /// Parses TOML text with the given environment overrides (testable without a process env).
    pub fn from_toml_with_env(
        text: &str,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, ConfigError> {
        let mut table: toml::Table = toml::from_str(text)
            .map_err(|e| ConfigError::new("", format!("not valid TOML: {}", e.message().trim())))?;
        apply_env_overrides(&mut table, env)?;
        let raw: RawConfig =
            serde_path_to_error::deserialize(toml::Value::Table(table)).map_err(|e| {
                let key = e.path().to_string();
                let key = if key == "." { String::new() } else { key };
                ConfigError::new(key, e.into_inner().message().trim().to_string())
            })?;
        raw.validate()
    }
}

/// `SSPR__DIRECTORY__BIND_DN=...` sets `directory.bind_dn`. Values are read as TOML when they
/// parse as a TOML value (numbers, booleans, arrays) and as plain strings otherwise, so that
/// `SSPR__SERVER__BIND=0.0.0.0:8080` needs no quoting.
fn apply_env_overrides(
    table: &mut toml::Table,
    env: impl IntoIterator<Item = (String, String)>,
) -> Result<(), ConfigError> {
    let overrides: BTreeMap<String, String> = env
        .into_iter()
        .filter(|(k, _)| k.starts_with(ENV_PREFIX))
        .collect();
    for (name, value) in overrides {
        let path: Vec<String> = name[ENV_PREFIX.len()..]
            .split("__")
            .map(str::to_ascii_lowercase)
            .collect();
        let [section, key] = path.as_slice() else {
            return Err(ConfigError::new(
                name.clone(),
                "environment overrides take the form SSPR__SECTION__KEY",
            ));
        };
        let parsed = if is_secret_key(key) {
            // A secret is taken verbatim: never reinterpreted (quotes, digits) and never in a
            // type error that would print it.
            toml::Value::String(value.clone())
        } else {
            toml::from_str::<toml::Table>(&format!("v = {value}"))
                .ok()
                .and_then(|mut t| t.remove("v"))
                .filter(|v| !matches!(v, toml::Value::Datetime(_)))
                .unwrap_or_else(|| toml::Value::String(value.clone()))
        };
        let entry = table
            .entry(section.clone())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        let toml::Value::Table(section_table) = entry else {
            return Err(ConfigError::new(section.clone(), "must be a table"));
        };
        section_table.insert(key.clone(), parsed);
    }
    Ok(())
}

/// Keys whose values are secrets.
fn is_secret_key(key: &str) -> bool {
    (key.contains("password") || key.contains("secret") || key.ends_with("_key"))
        && !key.ends_with("_file")
}

/// Parses a duration as humantime reads it (`500ms`, `5s`, `2m`, `1h`, `1h 30m`, `1.5s`), or
/// a bare number of seconds, which humantime refuses and older configs may hold.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok().map(Duration::from_secs);
    }
    humantime::parse_duration(s).ok()
}

fn duration(key: &str, value: &str) -> Result<Duration, ConfigError> {
    match parse_duration(value) {
        Some(d) if !d.is_zero() => Ok(d),
        _ => Err(ConfigError::new(
            key,
            format!("`{value}` is not a duration; write e.g. \"500ms\", \"5s\" or \"2m\""),
        )),
    }
}

fn read_secret_file(key: &str, path: &Path) -> Result<SecretString, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConfigError::new(key, format!("cannot read {}: {e}", path.display())))?;
    // Files written by `echo` or editors end in a newline that is not part of the secret.
    let trimmed = text.trim_end_matches(['\r', '\n']);
    Ok(SecretString::from(trimmed.to_string()))
}

/// A secret given inline (`name`, usually from the environment) or in a file (`name_file`),
/// never both.
fn secret_or_file(
    section: &str,
    name: &str,
    value: Option<SecretString>,
    file: &Option<PathBuf>,
) -> Result<Option<SecretString>, ConfigError> {
    match (value, file) {
        (Some(_), Some(_)) => Err(ConfigError::new(
            format!("{section}.{name}"),
            format!("set either {name} or {name}_file, not both"),
        )),
        (Some(v), None) => Ok(Some(v)),
        (None, Some(path)) => read_secret_file(&format!("{section}.{name}_file"), path).map(Some),
        (None, None) => Ok(None),
    }
}

fn looks_like_dn(s: &str) -> bool {
    s.contains('=') && !s.trim().is_empty()
}

impl RawConfig {
    fn validate(self) -> Result<Config, ConfigError> {
        let server = self.server.validate()?;
        let sspr = self.sspr.validate(&server.public_url)?;
        let config = Config {
            server,
            directory: self.directory.validate()?,
            sspr,
            mail: self.mail.validate()?,
            database: self.database.validate()?,
            policy: self.policy.validate()?,
            security: self.security.validate()?,
            limits: self.limits.validate()?,
            admin: self.admin.validate()?,
            reminders: self.reminders.validate()?,
        };
        config.check_request_timeout()?;
        if config.reminders.enabled && config.mail.smtp_url.is_none() {
            return Err(ConfigError::new(
                "reminders.enabled",
                "reminders go by mail: set mail.smtp_url too",
            ));
        }
        Ok(config)
    }
}

/// `1.5s`, `12s`, `300ms`: a duration as an operator would write it back.
fn show(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else if d.as_secs() == 0 {
        format!("{}ms", d.as_millis())
    } else {
        format!("{}s", d.as_secs_f64())
    }
}

impl Config {
    /// A request cut off while its writeback waits for a slot and runs would answer "try
    /// again" for a password that may have changed; and a request timeout shorter than the
    /// identify deadline would cut every "who are you?" page.
    fn check_request_timeout(&self) -> Result<(), ConfigError> {
        let request = self.server.request_timeout;
        let d = &self.directory;
        // A change waits its turn twice (to check the current password, then to write) and
        // runs both.
        let write = (d.write_queue_timeout + d.operation_timeout) * 2;
        if request <= write {
            return Err(ConfigError::new(
                "server.request_timeout",
                format!(
                    "({}) must be longer than twice directory.write_queue_timeout + \
                     directory.operation_timeout (2 x ({} + {}) = {}), the longest a change \
                     waits and runs",
                    show(request),
                    show(d.write_queue_timeout),
                    show(d.operation_timeout),
                    show(write)
                ),
            ));
        }
        if request <= self.security.identify_deadline {
            return Err(ConfigError::new(
                "server.request_timeout",
                format!(
                    "({}) must be longer than security.identify_deadline ({}), which every \
                     \"who are you?\" page waits for",
                    show(request),
                    show(self.security.identify_deadline)
                ),
            ));
        }
        Ok(())
    }
}

impl RawServer {
    fn validate(self) -> Result<ServerConfig, ConfigError> {
        let bind = self.bind.parse().map_err(|_| {
            ConfigError::new(
                "server.bind",
                format!(
                    "`{}` is not an address:port such as 127.0.0.1:8080",
                    self.bind
                ),
            )
        })?;
        let metrics_bind = match self.metrics_bind.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(v) => {
                let addr: SocketAddr = v.parse().map_err(|_| {
                    ConfigError::new(
                        "server.metrics_bind",
                        format!(
                            "`{v}` is not an address:port such as 127.0.0.1:9090 (loopback or an \
                             internal address, never the public one)"
                        ),
                    )
                })?;
                if addr == bind && addr.port() != 0 {
                    return Err(ConfigError::new(
                        "server.metrics_bind",
                        format!("`{v}` is server.bind; metrics need an address of their own"),
                    ));
                }
                Some(addr)
            }
        };
        let Some(public_url) = self.public_url else {
            return Err(ConfigError::new(
                "server.public_url",
                "is required: the URL users reach the portal at, e.g. \"https://sspr.example.com/\"",
            ));
        };
        let mut url = Url::parse(&public_url).map_err(|e| {
            ConfigError::new(
                "server.public_url",
                format!("`{public_url}` is not a URL ({e})"),
            )
        })?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(ConfigError::new(
                "server.public_url",
                "must be an http:// or https:// URL with a host",
            ));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(ConfigError::new(
                "server.public_url",
                "must not carry a query or a fragment",
            ));
        }
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        let trusted_proxies = self
            .trusted_proxies
            .iter()
            .map(|cidr| {
                trusted_net(cidr).ok_or_else(|| {
                    ConfigError::new(
                        "server.trusted_proxies",
                        format!("`{cidr}` is not an address or CIDR such as 10.0.0.0/8"),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if let Some(logo) = &self.logo_file {
            if !logo.is_file() {
                return Err(ConfigError::new(
                    "server.logo_file",
                    format!("{} does not exist or is not a file", logo.display()),
                ));
            }
        }
        let tag = |key: &str, code: &str| -> Result<String, ConfigError> {
            code.parse::<unic_langid::LanguageIdentifier>()
                .map(|_| code.to_string())
                .map_err(|_| {
                    ConfigError::new(
                        key,
                        format!("`{code}` is not a language tag such as \"de\" or \"pt-BR\""),
                    )
                })
        };
        let default_language = tag("server.default_language", &self.default_language)?;
        let languages = self
            .languages
            .iter()
            .map(|code| tag("server.languages", code))
            .collect::<Result<Vec<_>, _>>()?;
        if !languages.is_empty() && !languages.contains(&default_language) {
            return Err(ConfigError::new(
                "server.languages",
                format!("must include server.default_language (`{default_language}`)"),
            ));
        }
        if let Some(dir) = &self.locales_dir {
            if !dir.is_dir() {
                return Err(ConfigError::new(
                    "server.locales_dir",
                    format!("{} does not exist or is not a folder", dir.display()),
                ));
            }
        }
        let time_zone = self.time_zone.parse::<chrono_tz::Tz>().map_err(|_| {
            ConfigError::new(
                "server.time_zone",
                format!(
                    "`{}` is not an IANA time zone such as \"UTC\" or \"Europe/Berlin\"",
                    self.time_zone
                ),
            )
        })?;
        let timeout = |key: &str, v: &Option<String>, default: u64| match v {
            Some(v) => duration(key, v),
            None => Ok(Duration::from_secs(default)),
        };
        let header_read_timeout =
            timeout("server.header_read_timeout", &self.header_read_timeout, 10)?;
        let body_read_timeout = timeout("server.body_read_timeout", &self.body_read_timeout, 10)?;
        let request_timeout = timeout("server.request_timeout", &self.request_timeout, 90)?;
        Ok(ServerConfig {
            bind,
            metrics_bind,
            header_read_timeout,
            body_read_timeout,
            request_timeout,
            public_url: url,
            trusted_proxies,
            organisation: self.organisation,
            logo_file: self.logo_file,
            helpdesk_contact: self.helpdesk_contact,
            default_language,
            languages,
            locales_dir: self.locales_dir,
            time_zone,
            log_json: match self.log_format.as_str() {
                "json" => true,
                "pretty" => false,
                other => {
                    return Err(ConfigError::new(
                        "server.log_format",
                        format!("`{other}` is not \"json\" or \"pretty\""),
                    ))
                }
            },
        })
    }
}

/// A trusted proxy entry: a CIDR, or a bare address (a /32 or /128). An IPv4-mapped IPv6
/// network (`::ffff:10.0.0.0/104`) is taken as the IPv4 one (`10.0.0.0/8`), since client
/// addresses are compared in canonical form.
fn trusted_net(s: &str) -> Option<ipnet::IpNet> {
    use ipnet::{IpNet, Ipv4Net};
    let s = s.trim();
    let net = match s.parse::<IpNet>() {
        Ok(net) => net,
        Err(_) => IpNet::from(s.parse::<std::net::IpAddr>().ok()?),
    };
    let net = match net {
        IpNet::V6(v6) if v6.prefix_len() >= 96 => match v6.addr().to_ipv4_mapped() {
            Some(v4) => IpNet::V4(Ipv4Net::new(v4, v6.prefix_len() - 96).ok()?),
            None => net,
        },
        _ => net,
    };
    Some(net.trunc())
}

impl RawDirectory {
    fn validate(self) -> Result<DirectoryConfig, ConfigError> {
        if self.urls.is_empty() {
            return Err(ConfigError::new(
                "directory.urls",
                "is required: at least one domain controller, e.g. [\"ldaps://dc1.example.com\"]",
            ));
        }
        let mut urls = Vec::new();
        for u in &self.urls {
            let url = Url::parse(u).map_err(|e| {
                ConfigError::new("directory.urls", format!("`{u}` is not a URL ({e})"))
            })?;
            match url.scheme() {
                "ldaps" => {}
                "ldap" if self.starttls => {}
                "ldap" => {
                    return Err(ConfigError::new(
                        "directory.urls",
                        format!(
                            "`{u}` is plain LDAP, which would send passwords in clear and which AD \
                             refuses for password writes; use ldaps:// or set directory.starttls = true"
                        ),
                    ))
                }
                other => {
                    return Err(ConfigError::new(
                        "directory.urls",
                        format!("`{u}`: scheme `{other}` is not ldaps:// or ldap://"),
                    ))
                }
            }
            if url.host_str().is_none() {
                return Err(ConfigError::new(
                    "directory.urls",
                    format!("`{u}` has no host name"),
                ));
            }
            urls.push(url);
        }
        if !looks_like_dn(&self.base_dn) {
            return Err(ConfigError::new(
                "directory.base_dn",
                "is required: the domain's DN, e.g. \"DC=example,DC=com\"",
            ));
        }
        if !looks_like_dn(&self.bind_dn) {
            return Err(ConfigError::new(
                "directory.bind_dn",
                "is required: the service account's DN, e.g. \"CN=svc-sspr,CN=Users,DC=example,DC=com\"",
            ));
        }
        let bind_password = secret_or_file(
            "directory",
            "bind_password",
            self.bind_password,
            &self.bind_password_file,
        )?
        .ok_or_else(|| {
            ConfigError::new(
                "directory.bind_password_file",
                "is required (or directory.bind_password, e.g. from SSPR__DIRECTORY__BIND_PASSWORD)",
            )
        })?;
        // A DN with an empty password is an unauthenticated bind that "succeeds" (RFC 4513
        // 5.1.2): refuse it here rather than run with no identity.
        if bind_password.expose_secret().is_empty() {
            return Err(ConfigError::new(
                "directory.bind_password",
                "is empty; an empty password would be an anonymous bind",
            ));
        }
        if let Some(ca) = &self.ca_file {
            if !ca.is_file() {
                return Err(ConfigError::new(
                    "directory.ca_file",
                    format!("{} does not exist or is not a file", ca.display()),
                ));
            }
        }
        let pool_size = positive("directory.pool_size", self.pool_size, 64)?;
        let max_concurrent_writes = positive(
            "directory.max_concurrent_writes",
            self.max_concurrent_writes,
            256,
        )?;
        Ok(DirectoryConfig {
            urls,
            starttls: self.starttls,
            user_base_dn: self
                .user_base_dn
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| self.base_dn.clone()),
            base_dn: self.base_dn,
            bind_dn: self.bind_dn,
            bind_password,
            ca_file: self.ca_file,
            connect_timeout: duration("directory.connect_timeout", &self.connect_timeout)?,
            operation_timeout: duration("directory.operation_timeout", &self.operation_timeout)?,
            pool_size,
            max_concurrent_writes,
            write_queue_timeout: duration(
                "directory.write_queue_timeout",
                &self.write_queue_timeout,
            )?,
            probe_user: self.probe_user.filter(|s| !s.trim().is_empty()),
            // Zero is allowed here: DCs set not to keep the previous password.
            old_password_allowed_period: parse_duration(&self.old_password_allowed_period)
                .ok_or_else(|| {
                    ConfigError::new(
                        "directory.old_password_allowed_period",
                        format!(
                            "`{}` is not a duration; write e.g. \"60m\", or \"0s\" for none",
                            self.old_password_allowed_period
                        ),
                    )
                })?,
        })
    }
}

fn positive(key: &str, v: i64, max: i64) -> Result<usize, ConfigError> {
    if (1..=max).contains(&v) {
        Ok(v as usize)
    } else {
        Err(ConfigError::new(
            key,
            format!("must be between 1 and {max}, not {v}"),
        ))
    }
}

impl RawSspr {
    fn validate(self, public_url: &Url) -> Result<SsprConfig, ConfigError> {
        let enabled_for = match self.enabled_for.as_str() {
            "none" => Scope::None,
            "all" => Scope::All,
            "group" if looks_like_dn(&self.group_dn) => Scope::Group(self.group_dn),
            "group" => {
                return Err(ConfigError::new(
                    "sspr.group_dn",
                    "is required when enabled_for = \"group\": the DN of the group whose members may use self-service",
                ))
            }
            other => {
                return Err(ConfigError::new(
                    "sspr.enabled_for",
                    format!("`{other}` is not one of \"none\", \"all\", \"group\""),
                ))
            }
        };
        if !(1..=2).contains(&self.methods_required) {
            return Err(ConfigError::new(
                "sspr.methods_required",
                format!("must be 1 or 2, not {}", self.methods_required),
            ));
        }
        if !self.helpdesk_group_dn.is_empty() && !looks_like_dn(&self.helpdesk_group_dn) {
            return Err(ConfigError::new(
                "sspr.helpdesk_group_dn",
                "must be a group DN such as \"CN=SSPR Helpdesk,CN=Users,DC=example,DC=com\"",
            ));
        }
        for g in &self.protected_groups {
            let ok = crate::writeback::well_known_group(g).is_some()
                || (g.starts_with("S-1-") && crate::writeback::acl::Sid::parse(g).is_ok())
                || looks_like_dn(g);
            if !ok {
                return Err(ConfigError::new(
                    "sspr.protected_groups",
                    format!(
                        "`{g}` is not a group DN, a SID (S-1-5-...), or one of the built-in names {}",
                        crate::writeback::WELL_KNOWN_GROUPS
                            .iter()
                            .map(|(n, _)| format!("\"{n}\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
        }
        let passkey_counts_as = match self.passkey_counts_as.as_str() {
            "one" => PasskeyCountsAs::One,
            "two" => PasskeyCountsAs::Two,
            other => {
                return Err(ConfigError::new(
                    "sspr.passkey_counts_as",
                    format!("`{other}` is not one of \"one\", \"two\""),
                ))
            }
        };
        let passkeys = match (self.passkeys, public_url.domain()) {
            (Some(true), None) => {
                return Err(ConfigError::new(
                    "sspr.passkeys",
                    "needs a server.public_url whose host is a name: browsers refuse passkeys for an IP address",
                ))
            }
            (Some(on), _) => on,
            (None, host) => host.is_some(),
        };
        Ok(SsprConfig {
            enabled_for,
            methods_required: self.methods_required as u8,
            allow_unlock: self.allow_unlock,
            helpdesk_group_dn: self.helpdesk_group_dn,
            protected_groups: self.protected_groups,
            passkeys,
            passkey_counts_as,
        })
    }
}

impl RawMail {
    fn validate(self) -> Result<MailConfig, ConfigError> {
        let smtp_url = match self.smtp_url.filter(|s| !s.trim().is_empty()) {
            None => None,
            Some(s) => {
                let url = Url::parse(&s)
                    .map_err(|e| ConfigError::new("mail.smtp_url", format!("not a URL ({e})")))?;
                if !matches!(url.scheme(), "smtp" | "smtps" | "file") {
                    return Err(ConfigError::new(
                        "mail.smtp_url",
                        "must start with smtp://, smtps:// or file:// (an outbox directory)",
                    ));
                }
                Some(url)
            }
        };
        let from = self
            .from
            .unwrap_or_else(|| "Password Service <sspr@localhost>".into());
        if smtp_url.is_some() && !from.contains('@') {
            return Err(ConfigError::new(
                "mail.from",
                "must hold an address, e.g. \"Password Service <sspr@example.com>\"",
            ));
        }
        let tls = match self.tls.as_deref().map(str::trim) {
            None | Some("required") => MailTls::Required,
            Some("opportunistic") => MailTls::Opportunistic,
            Some("none") => MailTls::None,
            Some(other) => {
                return Err(ConfigError::new(
                    "mail.tls",
                    format!(
                        "`{other}` is not one of \"required\" (STARTTLS or no mail, the \
                         default), \"opportunistic\" (STARTTLS when offered, else in clear) or \
                         \"none\" (plain SMTP, for a relay on this host only)"
                    ),
                ))
            }
        };
        let password = secret_or_file("mail", "password", self.password, &self.password_file)?;
        if password.is_some() && self.username.is_none() {
            return Err(ConfigError::new(
                "mail.username",
                "is required when a mail password is set",
            ));
        }
        let smtp_in_clear = smtp_url.as_ref().is_some_and(|u| u.scheme() == "smtp");
        if password.is_some() && smtp_in_clear && tls != MailTls::Required {
            return Err(ConfigError::new(
                "mail.tls",
                "must be \"required\" (or mail.smtp_url smtps://) when a mail password is set: \
                 without TLS the password would cross the network in clear",
            ));
        }
        if let Some(ca) = &self.ca_file {
            if !ca.is_file() {
                return Err(ConfigError::new(
                    "mail.ca_file",
                    format!("{} does not exist or is not a file", ca.display()),
                ));
            }
        }
        Ok(MailConfig {
            smtp_url,
            tls,
            from,
            username: self.username,
            password,
            ca_file: self.ca_file,
        })
    }
}

/// Decodes a 32-byte key written as 64 hex digits or as base64.
fn decode_key(text: &str) -> Option<[u8; 32]> {
    use base64::Engine as _;
    let t = text.trim();
    let bytes = if t.len() == 64 && t.chars().all(|c| c.is_ascii_hexdigit()) {
        hex::decode(t).ok()?
    } else {
        base64::engine::general_purpose::STANDARD.decode(t).ok()?
    };
    bytes.try_into().ok()
}

/// Why `key` cannot have come from a random source, or None when it may have. A placeholder
/// (all zeros, "0123...", a pasted pattern) passes the length check but protects nothing, and
/// random 32 bytes fail these tests with a probability far below 2^-100: 32 random bytes have
/// about 30 distinct values, never a period of 4 or less, never a constant step.
fn weak_key(key: &[u8; 32]) -> Option<&'static str> {
    if key.iter().all(|b| *b == key[0]) {
        return Some("every byte is the same");
    }
    if (1..=4).any(|period| key.iter().zip(&key[period..]).all(|(a, b)| a == b)) {
        return Some("it repeats a pattern of a few bytes");
    }
    let step = key[1].wrapping_sub(key[0]);
    if key.windows(2).all(|w| w[1].wrapping_sub(w[0]) == step) {
        return Some("it counts up or down in equal steps");
    }
    let mut seen = [false; 256];
    for b in key {
        seen[usize::from(*b)] = true;
    }
    if seen.iter().filter(|s| **s).count() < 8 {
        return Some("it has fewer than 8 distinct bytes");
    }
    None
}

impl RawSecurity {
    fn validate(self) -> Result<SecurityConfig, ConfigError> {
        let (key, text) = match (self.secret_key, &self.secret_key_file) {
            (Some(_), Some(_)) => {
                return Err(ConfigError::new(
                    "security.secret_key",
                    "set either secret_key or secret_key_file, not both",
                ))
            }
            (Some(k), None) => ("security.secret_key", k),
            (None, Some(path)) => (
                "security.secret_key_file",
                read_secret_file("security.secret_key_file", path)?,
            ),
            (None, None) => {
                return Err(ConfigError::new(
                    "security.secret_key_file",
                    "is required: a file holding 32 random bytes as 64 hex digits \
                     (e.g. `openssl rand -hex 32 > /etc/sspr/secret.key`); it encrypts \
                     authenticator secrets at rest",
                ))
            }
        };
        let Some(bytes) = decode_key(text.expose_secret()) else {
            return Err(ConfigError::new(
                key,
                "must be 32 bytes written as 64 hex digits or base64 (`openssl rand -hex 32`)",
            ));
        };
        if let Some(why) = weak_key(&bytes) {
            return Err(ConfigError::new(
                key,
                format!(
                    "is not a random key ({why}); it encrypts authenticator secrets, keys the \
                     one-time codes and the audit chain, so a guessable one gives them away. \
                     Make one with `openssl rand -hex 32`"
                ),
            ));
        }
        let identify_deadline = match &self.identify_deadline {
            Some(v) => duration("security.identify_deadline", v)?,
            None => Duration::from_millis(600),
        };
        let session_idle = match &self.session_idle {
            Some(v) => duration("security.session_idle", v)?,
            None => Duration::from_secs(15 * 60),
        };
        Ok(SecurityConfig {
            secret_key: std::sync::Arc::new(secrecy::SecretBox::new(Box::new(bytes))),
            identify_deadline,
            session_idle,
        })
    }
}

/// A consecutive-failure cap: at least 1, at most NIST SP 800-63B's 100.
fn capped(key: &str, v: i64) -> Result<u32, ConfigError> {
    if (1..=100).contains(&v) {
        Ok(v as u32)
    } else {
        Err(ConfigError::new(
            key,
            format!("must be between 1 and 100 (NIST SP 800-63B's ceiling), not {v}"),
        ))
    }
}

impl RawLimits {
    fn validate(self) -> Result<LimitsConfig, ConfigError> {
        let n = |key: &str, v: Option<i64>, default: i64| -> Result<u32, ConfigError> {
            positive(key, v.unwrap_or(default), 100_000).map(|v| v as u32)
        };
        let d = |key: &str, v: &Option<String>, default: Duration| match v {
            Some(v) => duration(key, v),
            None => Ok(default),
        };
        Ok(LimitsConfig {
            per_ip: n("limits.per_ip", self.per_ip, 30)?,
            per_account: n("limits.per_account", self.per_account, 10)?,
            per_destination: n("limits.per_destination", self.per_destination, 5)?,
            code_attempts: n("limits.code_attempts", self.code_attempts, 5)?,
            code_ttl: d("limits.code_ttl", &self.code_ttl, Duration::from_secs(600))?,
            block_for: d(
                "limits.block_for",
                &self.block_for,
                Duration::from_secs(900),
            )?,
            // NIST SP 800-63B allows at most 100 consecutive failures; a 6-digit code guessed
            // at this cap succeeds with odds of about 1 in 16,000 (3 codes are valid at once).
            authenticator_failures: capped(
                "limits.authenticator_failures",
                self.authenticator_failures.unwrap_or(20),
            )?,
            console_authenticator_failures: capped(
                "limits.console_authenticator_failures",
                self.console_authenticator_failures.unwrap_or(10),
            )?,
        })
    }
}

impl RawDatabase {
    fn validate(self) -> Result<DatabaseConfig, ConfigError> {
        let backend = Backend::of_url(&self.url).ok_or_else(|| {
            ConfigError::new(
                "database.url",
                format!(
                    "`{}` is not supported; use sqlite://path/to/file.db or postgres://user@host/database",
                    redact_url(&self.url)
                ),
            )
        })?;
        let password = secret_or_file("database", "password", self.password, &self.password_file)?;
        if backend == Backend::Postgres {
            let url = Url::parse(&self.url).map_err(|e| {
                ConfigError::new(
                    "database.url",
                    format!("`{}` is not a URL: {e}", redact_url(&self.url)),
                )
            })?;
            if url.host_str().unwrap_or("").is_empty()
                && !url.query().unwrap_or("").contains("host=")
            {
                return Err(ConfigError::new(
                    "database.url",
                    "names no server; write postgres://user@host/database",
                ));
            }
            let query = |name: &str| {
                url.query_pairs()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.into_owned())
            };
            if postgres_over_network(&url)
                && !matches!(
                    query("sslmode").as_deref(),
                    Some("verify-full" | "verify-ca")
                )
            {
                return Err(ConfigError::new(
                    "database.url",
                    "reaches PostgreSQL over the network without a verified TLS connection: add \
                     ?sslmode=verify-full (and &sslrootcert=/path/to/ca.pem unless the system \
                     trusts the server's CA). Sessions and codes travel on this connection.",
                ));
            }
            if (url.password().is_some() || query("password").is_some()) && password.is_some() {
                return Err(ConfigError::new(
                    "database.password",
                    "is also in database.url; keep it in one place (preferably password_file)",
                ));
            }
        } else if password.is_some() {
            return Err(ConfigError::new(
                "database.password",
                "is only used with a postgres:// url",
            ));
        }
        Ok(DatabaseConfig {
            url: self.url,
            password,
        })
    }
}

impl RawPolicy {
    fn validate(self) -> Result<PortalPolicyConfig, ConfigError> {
        if let Some(path) = &self.banned_passwords_file {
            if !path.is_file() {
                return Err(ConfigError::new(
                    "policy.banned_passwords_file",
                    format!("{} does not exist or is not a file", path.display()),
                ));
            }
        }
        if let Some(path) = &self.breached_passwords_file {
            if !path.is_file() {
                return Err(ConfigError::new(
                    "policy.breached_passwords_file",
                    format!(
                        "{} does not exist or is not a file (build it with `sspr breach import`)",
                        path.display()
                    ),
                ));
            }
        }
        if let Some(n) = self.min_strength {
            if n > 4 {
                return Err(ConfigError::new(
                    "policy.min_strength",
                    format!("{n} is not a zxcvbn score: use 0 to 4 (3 is a good minimum)"),
                ));
            }
        }
        Ok(PortalPolicyConfig {
            banned_passwords_file: self.banned_passwords_file,
            banned_terms: self.banned_terms,
            breached_passwords_file: self.breached_passwords_file,
            min_strength: self.min_strength,
        })
    }
}

/// A URL with any password replaced, for messages and logs: the user-info password and any
/// secret-looking query parameter (PostgreSQL accepts `?password=`). A string that does not
/// parse as a URL but could carry credentials (it has an `@`) keeps only its scheme, since a
/// password with `/`, `#` or `?` in it is exactly what stops it from parsing.
pub fn redact_url(s: &str) -> String {
    match Url::parse(s) {
        Ok(mut u) => {
            if u.password().is_some() {
                let _ = u.set_password(Some("***"));
            }
            if u.query().is_some() {
                let pairs: Vec<(String, String)> = u
                    .query_pairs()
                    .map(|(k, v)| {
                        let v = if is_secret_key(&k.to_ascii_lowercase()) {
                            "***".to_string()
                        } else {
                            v.into_owned()
                        };
                        (k.into_owned(), v)
                    })
                    .collect();
                u.query_pairs_mut().clear().extend_pairs(pairs);
            }
            u.to_string()
        }
        Err(_) if s.contains('@') => match s.split_once("://") {
            Some((scheme, _)) => format!("{scheme}://***"),
            None => "***".into(),
        },
        Err(_) => s.to_string(),
    }
}

/// Whether a PostgreSQL URL reaches its server over the network (not a Unix socket, not
/// loopback), where TLS with a verified server is required.
fn postgres_over_network(url: &Url) -> bool {
    let query_host = url
        .query_pairs()
        .find(|(k, _)| k == "host")
        .map(|(_, v)| v.into_owned());
    let host = query_host.unwrap_or_else(|| url.host_str().unwrap_or("").to_string());
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() || host.starts_with('/') || host.eq_ignore_ascii_case("localhost") {
        return false;
    }
    match host.parse::<std::net::IpAddr>() {
        Ok(ip) => !ip.is_loopback(),
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
[server]
public_url = "https://sspr.example.com"
[directory]
urls = ["ldaps://dc1.example.com", "ldaps://dc2.example.com"]
base_dn = "DC=example,DC=com"
bind_dn = "CN=svc-sspr,CN=Users,DC=example,DC=com"
bind_password = "s3cret"
[security]
secret_key = "289b91f8f6f30d93c46839b787e1e94930335e1a97bc11e1ea6e7688e0093bfb"
"#;

    fn load(text: &str, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::from_toml_with_env(
            text,
            env.iter().map(|(k, v)| (k.to_string(), v.to_string())),
        )
    }

    #[test]
    fn passkeys_follow_the_public_url_unless_set() {
        let c = load(MINIMAL, &[]).unwrap();
        assert!(c.sspr.passkeys, "on for a name");
        assert_eq!(c.sspr.passkey_counts_as, PasskeyCountsAs::One);
        let ip = MINIMAL.replace("https://sspr.example.com", "http://10.0.0.5:8080");
        assert!(
            !load(&ip, &[]).unwrap().sspr.passkeys,
            "off for an IP address"
        );
        let e = load(&ip, &[("SSPR__SSPR__PASSKEYS", "true")]).unwrap_err();
        assert_eq!(e.key, "sspr.passkeys", "{e}");
        let off = load(MINIMAL, &[("SSPR__SSPR__PASSKEYS", "false")]).unwrap();
        assert!(!off.sspr.passkeys);
        let two = load(MINIMAL, &[("SSPR__SSPR__PASSKEY_COUNTS_AS", "two")]).unwrap();
        assert_eq!(two.sspr.passkey_counts_as, PasskeyCountsAs::Two);
        let e = load(MINIMAL, &[("SSPR__SSPR__PASSKEY_COUNTS_AS", "three")]).unwrap_err();
        assert_eq!(e.key, "sspr.passkey_counts_as", "{e}");
        // doctor: https passes, plain http warns (but for localhost).
        assert_eq!(
            crate::doctor::check_passkeys(&c).level,
            crate::writeback::diagnostics::Level::Pass
        );
        let http = MINIMAL.replace("https://sspr.example.com", "http://sspr.example.com");
        let w = crate::doctor::check_passkeys(&load(&http, &[]).unwrap());
        assert_eq!(w.level, crate::writeback::diagnostics::Level::Warn, "{w:?}");
        let prefix = MINIMAL.replace("https://sspr.example.com", "https://example.com/sspr/");
        assert_eq!(
            crate::doctor::check_passkeys(&load(&prefix, &[]).unwrap()).level,
            crate::writeback::diagnostics::Level::Warn
        );
        let local = MINIMAL.replace("https://sspr.example.com", "http://localhost:8080");
        assert_eq!(
            crate::doctor::check_passkeys(&load(&local, &[]).unwrap()).level,
            crate::writeback::diagnostics::Level::Pass
        );
    }

    #[test]
    fn a_minimal_file_loads_with_defaults() {
        let c = load(MINIMAL, &[]).unwrap();
        assert_eq!(c.server.public_url.as_str(), "https://sspr.example.com/");
        assert_eq!(c.directory.urls.len(), 2);
        assert_eq!(c.directory.user_base_dn, "DC=example,DC=com");
        assert_eq!(c.directory.connect_timeout, Duration::from_secs(5));
        assert_eq!(c.sspr.enabled_for, Scope::All);
        assert_eq!(c.sspr.methods_required, 1);
        assert_eq!(c.database.url, "sqlite://data/sspr.db");
    }

    #[test]
    fn environment_variables_override_file_keys() {
        let c = load(
            MINIMAL,
            &[
                (
                    "SSPR__DIRECTORY__URLS",
                    "ldaps://a.example.com, ldaps://b.example.com",
                ),
                ("SSPR__DIRECTORY__POOL_SIZE", "3"),
                ("SSPR__SERVER__BIND", "0.0.0.0:9000"),
                ("SSPR__SSPR__ENABLED_FOR", "none"),
                ("OTHER", "ignored"),
            ],
        )
        .unwrap();
        assert_eq!(c.directory.urls[1].as_str(), "ldaps://b.example.com");
        assert_eq!(c.directory.pool_size, 3);
        assert_eq!(c.server.bind.port(), 9000);
        assert_eq!(c.sspr.enabled_for, Scope::None);
    }

    #[test]
    fn a_missing_public_url_names_the_key() {
        let text = MINIMAL.replace("public_url = \"https://sspr.example.com\"", "");
        let e = load(&text, &[]).unwrap_err();
        assert_eq!(e.key, "server.public_url");
    }

    #[test]
    fn reminders_need_a_mail_server() {
        let e = load(MINIMAL, &[("SSPR__REMINDERS__ENABLED", "true")]).unwrap_err();
        assert_eq!(e.key, "reminders.enabled", "{e}");
        let c = load(
            MINIMAL,
            &[
                ("SSPR__REMINDERS__ENABLED", "true"),
                ("SSPR__MAIL__SMTP_URL", "smtps://mail.example.com"),
                ("SSPR__MAIL__FROM", "sspr@example.com"),
            ],
        )
        .unwrap();
        assert!(c.reminders.enabled);
    }

    #[test]
    fn an_unknown_key_is_named() {
        let text = format!("{MINIMAL}\n[sspr]\nmethods_requird = 2\n");
        let e = load(&text, &[]).unwrap_err();
        assert!(e.problem.contains("methods_requird"), "{e}");
        assert_eq!(e.key, "sspr.methods_requird");
    }

    #[test]
    fn a_wrong_type_names_the_key() {
        let e = load(MINIMAL, &[("SSPR__SSPR__ALLOW_UNLOCK", "\"maybe\"")]).unwrap_err();
        assert_eq!(e.key, "sspr.allow_unlock", "{e}");
    }

    #[test]
    fn plain_ldap_without_starttls_is_refused() {
        let e = load(
            MINIMAL,
            &[("SSPR__DIRECTORY__URLS", "ldap://dc1.example.com")],
        )
        .unwrap_err();
        assert_eq!(e.key, "directory.urls");
        assert!(e.problem.contains("starttls"));
        let ok = load(
            MINIMAL,
            &[
                ("SSPR__DIRECTORY__URLS", "ldap://dc1.example.com"),
                ("SSPR__DIRECTORY__STARTTLS", "true"),
            ],
        );
        assert!(ok.is_ok());
    }

    #[test]
    fn an_empty_bind_password_is_refused() {
        let e = load(MINIMAL, &[("SSPR__DIRECTORY__BIND_PASSWORD", "")]).unwrap_err();
        assert_eq!(e.key, "directory.bind_password");
    }

    #[test]
    fn the_bind_password_can_come_from_a_file_without_its_newline() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pw");
        std::fs::write(&path, "from-file\n").unwrap();
        let text = MINIMAL.replace(
            "bind_password = \"s3cret\"",
            &format!("bind_password_file = {:?}", path.display().to_string()),
        );
        let c = load(&text, &[]).unwrap();
        assert_eq!(c.directory.bind_password.expose_secret(), "from-file");
    }

    #[test]
    fn group_scope_needs_a_group() {
        let e = load(MINIMAL, &[("SSPR__SSPR__ENABLED_FOR", "group")]).unwrap_err();
        assert_eq!(e.key, "sspr.group_dn");
    }

    #[test]
    fn metrics_are_off_unless_given_an_address_of_their_own() {
        assert_eq!(load(MINIMAL, &[]).unwrap().server.metrics_bind, None);
        let c = load(MINIMAL, &[("SSPR__SERVER__METRICS_BIND", "127.0.0.1:9090")]).unwrap();
        assert_eq!(
            c.server.metrics_bind,
            Some("127.0.0.1:9090".parse().unwrap())
        );
        let c = load(MINIMAL, &[("SSPR__SERVER__METRICS_BIND", "")]).unwrap();
        assert_eq!(c.server.metrics_bind, None);
        for bad in ["localhost", "127.0.0.1", "9090", "127.0.0.1:8080"] {
            let e = load(MINIMAL, &[("SSPR__SERVER__METRICS_BIND", bad)]).unwrap_err();
            assert_eq!(e.key, "server.metrics_bind", "{bad}: {e}");
            assert!(e.to_string().contains(bad), "{e}");
        }
    }

    #[test]
    fn server_timeouts_have_defaults_and_name_their_keys() {
        let c = load(MINIMAL, &[]).unwrap();
        assert_eq!(c.server.header_read_timeout, Duration::from_secs(10));
        assert_eq!(c.server.body_read_timeout, Duration::from_secs(10));
        assert_eq!(c.server.request_timeout, Duration::from_secs(90));
        assert_eq!(c.directory.write_queue_timeout, Duration::from_secs(30));
        let c = load(
            MINIMAL,
            &[
                ("SSPR__SERVER__HEADER_READ_TIMEOUT", "500ms"),
                ("SSPR__SERVER__BODY_READ_TIMEOUT", "2s"),
                ("SSPR__SERVER__REQUEST_TIMEOUT", "2m"),
            ],
        )
        .unwrap();
        assert_eq!(c.server.header_read_timeout, Duration::from_millis(500));
        assert_eq!(c.server.body_read_timeout, Duration::from_secs(2));
        assert_eq!(c.server.request_timeout, Duration::from_secs(120));
        for key in [
            "header_read_timeout",
            "body_read_timeout",
            "request_timeout",
        ] {
            let env = format!("SSPR__SERVER__{}", key.to_uppercase());
            for bad in ["0s", "soon"] {
                let e = load(MINIMAL, &[(env.as_str(), bad)]).unwrap_err();
                assert_eq!(e.key, format!("server.{key}"), "{bad}: {e}");
            }
        }
    }

    #[test]
    fn the_request_timeout_must_outlast_a_writeback_and_the_identify_deadline() {
        // Defaults: 30s queue + 10s operation, twice (a change waits to bind, then to write).
        let e = load(MINIMAL, &[("SSPR__SERVER__REQUEST_TIMEOUT", "80s")]).unwrap_err();
        assert_eq!(e.key, "server.request_timeout");
        for named in [
            "directory.write_queue_timeout",
            "directory.operation_timeout",
            "2 x (30s + 10s) = 80s",
        ] {
            assert!(e.to_string().contains(named), "{e}");
        }
        assert!(load(MINIMAL, &[("SSPR__SERVER__REQUEST_TIMEOUT", "81s")]).is_ok());
        let e = load(
            MINIMAL,
            &[
                ("SSPR__SERVER__REQUEST_TIMEOUT", "100s"),
                ("SSPR__DIRECTORY__OPERATION_TIMEOUT", "25s"),
            ],
        )
        .unwrap_err();
        assert!(e.to_string().contains("directory.operation_timeout"), "{e}");
        let e = load(
            MINIMAL,
            &[
                ("SSPR__SERVER__REQUEST_TIMEOUT", "90s"),
                ("SSPR__SECURITY__IDENTIFY_DEADLINE", "90s"),
            ],
        )
        .unwrap_err();
        assert_eq!(e.key, "server.request_timeout");
        assert!(e.to_string().contains("security.identify_deadline"), "{e}");
    }

    #[test]
    fn methods_required_is_one_or_two() {
        let e = load(MINIMAL, &[("SSPR__SSPR__METHODS_REQUIRED", "3")]).unwrap_err();
        assert_eq!(e.key, "sspr.methods_required");
    }

    #[test]
    fn bad_durations_and_cidrs_are_named() {
        let e = load(MINIMAL, &[("SSPR__DIRECTORY__CONNECT_TIMEOUT", "soon")]).unwrap_err();
        assert_eq!(e.key, "directory.connect_timeout");
        let e = load(MINIMAL, &[("SSPR__SERVER__TRUSTED_PROXIES", "10.0.0.0/33")]).unwrap_err();
        assert_eq!(e.key, "server.trusted_proxies");
    }

    #[test]
    fn trusted_proxies_are_parsed_once_into_networks() {
        let c = load(
            MINIMAL,
            &[(
                "SSPR__SERVER__TRUSTED_PROXIES",
                "127.0.0.1, 10.1.2.3/8, ::1, 2001:db8::/32, ::ffff:192.0.2.0/120",
            )],
        )
        .unwrap();
        let nets: Vec<String> = c
            .server
            .trusted_proxies
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            nets,
            [
                "127.0.0.1/32",
                "10.0.0.0/8",
                "::1/128",
                "2001:db8::/32",
                "192.0.2.0/24"
            ]
        );
        for bad in [
            "10.0.0.0/33",
            "::1/129",
            "10.0.0",
            "proxy.example.com",
            "10.0.0.0/x",
        ] {
            let e = load(MINIMAL, &[("SSPR__SERVER__TRUSTED_PROXIES", bad)]).unwrap_err();
            assert_eq!(e.key, "server.trusted_proxies", "{bad}");
            assert!(e.to_string().contains(bad), "{e}");
        }
    }

    #[test]
    fn the_secret_key_is_required_and_must_be_32_bytes() {
        let without = MINIMAL.split("[security]").next().unwrap();
        let e = load(without, &[]).unwrap_err();
        assert_eq!(e.key, "security.secret_key_file", "{e}");
        let e = load(MINIMAL, &[("SSPR__SECURITY__SECRET_KEY", "abcd")]).unwrap_err();
        assert_eq!(e.key, "security.secret_key");
        let ok = load(
            MINIMAL,
            &[(
                "SSPR__SECURITY__SECRET_KEY",
                "8yG87KI+nkZCOcyywVCYeSubhwpErdOIfVy6hbetNJI=",
            )],
        );
        assert!(ok.is_ok());
    }

    #[test]
    fn a_key_that_is_not_random_is_refused_without_being_shown() {
        let hex_of = |bytes: &[u8]| hex::encode(bytes);
        let pattern = |p: &[u8]| -> Vec<u8> { p.iter().copied().cycle().take(32).collect() };
        let counting: Vec<u8> = (0u8..32).collect();
        let down: Vec<u8> = (0u8..32).map(|i| 200 - 3 * i).collect();
        let few: Vec<u8> = (0..32)
            .map(|i| [1, 9, 17, 42, 77, 99, 200][i * 5 % 7])
            .collect();
        let weak = [
            "0".repeat(64),
            "ff".repeat(32),
            hex_of(&pattern(&[0xde, 0xad])),
            hex_of(&pattern(&[0xde, 0xad, 0xbe, 0xef])),
            hex_of(&counting),
            hex_of(&down),
            hex_of(&few),
            // base64 of 32 zero bytes: the same key, written the other way.
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=".to_string(),
        ];
        for key in &weak {
            let e = load(MINIMAL, &[("SSPR__SECURITY__SECRET_KEY", key)]).unwrap_err();
            assert_eq!(e.key, "security.secret_key", "{key}: {e}");
            assert!(e.problem.contains("openssl rand -hex 32"), "{e}");
            assert!(!e.to_string().contains(key.as_str()), "{e}");
        }
        // From a file, the message names the file's key.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret.key");
        std::fs::write(&path, format!("{}\n", "ab".repeat(32))).unwrap();
        let text = MINIMAL.replace(
            "secret_key = \"289b91f8f6f30d93c46839b787e1e94930335e1a97bc11e1ea6e7688e0093bfb\"",
            &format!("secret_key_file = {:?}", path.display().to_string()),
        );
        let e = load(&text, &[]).unwrap_err();
        assert_eq!(e.key, "security.secret_key_file", "{e}");
        assert!(!e.to_string().contains(&"ab".repeat(32)), "{e}");
        // Seven distinct values in a longer cycle are still too few.
        let seven: Vec<u8> = (0..32).map(|i| (i % 7) as u8 * 31 + 5).collect();
        assert!(weak_key(seven.as_slice().try_into().unwrap()).is_some());
        let random =
            hex::decode("289b91f8f6f30d93c46839b787e1e94930335e1a97bc11e1ea6e7688e0093bfb")
                .unwrap();
        assert_eq!(weak_key(random.as_slice().try_into().unwrap()), None);
    }

    #[test]
    fn random_keys_are_never_refused() {
        use rand::RngCore;
        let mut key = [0u8; 32];
        for _ in 0..10_000 {
            rand::thread_rng().fill_bytes(&mut key);
            assert_eq!(weak_key(&key), None, "{}", hex::encode(key));
        }
    }

    #[test]
    fn mail_tls_is_required_unless_the_operator_says_otherwise() {
        let c = load(
            MINIMAL,
            &[("SSPR__MAIL__SMTP_URL", "smtp://mail.example.com")],
        )
        .unwrap();
        assert_eq!(c.mail.tls, MailTls::Required);
        for (value, want) in [
            ("required", MailTls::Required),
            ("opportunistic", MailTls::Opportunistic),
            ("none", MailTls::None),
        ] {
            let c = load(MINIMAL, &[("SSPR__MAIL__TLS", value)]).unwrap();
            assert_eq!(c.mail.tls, want);
        }
        let e = load(MINIMAL, &[("SSPR__MAIL__TLS", "starttls")]).unwrap_err();
        assert_eq!(e.key, "mail.tls", "{e}");
        assert!(e.problem.contains("\"required\""), "{e}");
        // A mail password never goes over a connection that may be plain.
        let with_password = |tls: &str, url: &str| {
            load(
                MINIMAL,
                &[
                    ("SSPR__MAIL__SMTP_URL", url),
                    ("SSPR__MAIL__USERNAME", "sspr"),
                    ("SSPR__MAIL__PASSWORD", "mail-secret"),
                    ("SSPR__MAIL__TLS", tls),
                ],
            )
        };
        for tls in ["none", "opportunistic"] {
            let e = with_password(tls, "smtp://mail.example.com").unwrap_err();
            assert_eq!(e.key, "mail.tls", "{e}");
            assert!(!e.to_string().contains("mail-secret"), "{e}");
            assert!(with_password(tls, "smtps://mail.example.com").is_ok());
        }
        assert!(with_password("required", "smtp://mail.example.com").is_ok());
    }

    #[test]
    fn durations_parse_with_units() {
        let ms = Duration::from_millis;
        let secs = Duration::from_secs;
        for (text, want) in [
            ("500ms", ms(500)),
            ("5s", secs(5)),
            ("2m", secs(120)),
            ("1h", secs(3600)),
            ("1h 30m", secs(5400)),
            ("1m30s", secs(90)),
            ("1.5s", ms(1500)),
            (" 15m ", secs(900)),
            // A bare number is seconds, as it always was.
            ("7", secs(7)),
            ("600", secs(600)),
        ] {
            assert_eq!(parse_duration(text), Some(want), "{text:?}");
        }
        for text in [
            "",
            " ",
            "x",
            "5x",
            "ms",
            "-5s",
            "5 s s",
            "99999999999999999999",
        ] {
            assert_eq!(parse_duration(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_bad_or_zero_duration_names_the_key_and_shows_an_example() {
        assert_eq!(
            duration("limits.code_ttl", "10m").unwrap(),
            Duration::from_secs(600)
        );
        for value in ["0", "0s", "0ms", "soon", "10 minutes please"] {
            let e = duration("limits.code_ttl", value).unwrap_err();
            assert_eq!(e.key, "limits.code_ttl", "{value:?}");
            let text = e.to_string();
            assert!(text.contains(value) && text.contains("\"500ms\""), "{text}");
        }
        let e = load(
            MINIMAL,
            &[("SSPR__SECURITY__SESSION_IDLE", "15 mins of fame")],
        )
        .unwrap_err();
        assert_eq!(e.key, "security.session_idle", "{e}");
    }

    #[test]
    fn secrets_from_the_environment_are_taken_verbatim() {
        for pw in ["12345678", "\"quoted\"", "true", "1979-05-27"] {
            let c = load(MINIMAL, &[("SSPR__DIRECTORY__BIND_PASSWORD", pw)]).unwrap();
            assert_eq!(c.directory.bind_password.expose_secret(), pw);
        }
    }

    #[test]
    fn errors_never_show_a_database_password() {
        let e = load(
            MINIMAL,
            &[("SSPR__DATABASE__URL", "mysql://u:hunter2@db/sspr")],
        )
        .unwrap_err();
        assert!(!e.to_string().contains("hunter2"), "{e}");
    }

    #[test]
    fn postgres_urls_are_accepted_with_the_password_apart() {
        let dir = tempfile::tempdir().unwrap();
        let pw_file = dir.path().join("db-password");
        std::fs::write(&pw_file, "s3cret-db\n").unwrap();
        let c = load(
            MINIMAL,
            &[
                (
                    "SSPR__DATABASE__URL",
                    "postgres://sspr@db.example.com/sspr?sslmode=verify-full",
                ),
                ("SSPR__DATABASE__PASSWORD_FILE", pw_file.to_str().unwrap()),
            ],
        )
        .unwrap();
        assert_eq!(
            c.database.password.as_ref().unwrap().expose_secret(),
            "s3cret-db"
        );
        assert!(!format!("{:?}", c.database).contains("s3cret"));
        // postgresql:// is the same scheme; a password in the URL is redacted in Debug.
        let c = load(
            MINIMAL,
            &[(
                "SSPR__DATABASE__URL",
                "postgresql://sspr:hunter2@127.0.0.1/sspr",
            )],
        )
        .unwrap();
        assert!(!format!("{:?}", c).contains("hunter2"));
    }

    #[test]
    fn database_passwords_never_reach_a_message() {
        for url in [
            "postgres://sspr:pa/ss#w?rd@db.example.com/sspr",
            "postgres://sspr@db.example.com/sspr?password=hunter2&sslmode=require",
            "postgres://sspr:hunter2@db.example.com/sspr",
        ] {
            let r = redact_url(url);
            assert!(!r.contains("hunter2") && !r.contains("pa/ss"), "{r}");
            let e = load(MINIMAL, &[("SSPR__DATABASE__URL", url)]).unwrap_err();
            assert!(
                !e.to_string().contains("hunter2") && !e.to_string().contains("pa/ss"),
                "{e}"
            );
        }
        assert_eq!(redact_url("data/sspr.db"), "data/sspr.db");
    }

    #[test]
    fn postgres_over_the_network_needs_verified_tls() {
        for url in [
            "postgres://sspr@db.example.com/sspr",
            "postgres://sspr@db.example.com/sspr?sslmode=require",
            "postgres://sspr@10.0.0.5/sspr?sslmode=prefer",
        ] {
            let e = load(MINIMAL, &[("SSPR__DATABASE__URL", url)]).unwrap_err();
            assert!(e.to_string().contains("sslmode=verify-full"), "{url}: {e}");
        }
        for url in [
            "postgres://sspr@db.example.com/sspr?sslmode=verify-full&sslrootcert=/etc/ca.pem",
            "postgres://sspr@db.example.com/sspr?sslmode=verify-ca",
            "postgres://sspr@127.0.0.1/sspr",
            "postgres://sspr@[::1]/sspr",
            "postgres://sspr@localhost/sspr",
            "postgres:///sspr?host=/run/postgresql",
        ] {
            assert!(
                load(MINIMAL, &[("SSPR__DATABASE__URL", url)]).is_ok(),
                "{url}"
            );
        }
    }

    #[test]
    fn database_settings_that_cannot_work_name_the_key() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (
                &[("SSPR__DATABASE__URL", "postgres:///sspr")],
                "database.url",
            ),
            (
                &[
                    ("SSPR__DATABASE__URL", "postgres://u:a@127.0.0.1/sspr"),
                    ("SSPR__DATABASE__PASSWORD", "b"),
                ],
                "database.password",
            ),
            (&[("SSPR__DATABASE__PASSWORD", "b")], "database.password"),
            (&[("SSPR__DATABASE__URL", "db.sqlite")], "database.url"),
        ];
        for (env, key) in cases {
            let e = load(MINIMAL, env).unwrap_err();
            assert!(e.to_string().contains(key), "{env:?}: {e}");
        }
        // A socket directory given as host= is a server too.
        assert!(load(
            MINIMAL,
            &[(
                "SSPR__DATABASE__URL",
                "postgres:///sspr?host=/run/postgresql"
            )]
        )
        .is_ok());
    }
}
