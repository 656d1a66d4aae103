//! The audit store: what happened, to whom, by whom, from where, and why it ended as it did.
//!
//! Every activity is one append-only row carrying the hash of the previous row, keyed with a
//! key derived from `security.secret_key` (see [`chain`]), so `sspr audit verify` can tell an
//! edited or deleted row. Rows are exported as CSV or JSON lines (see [`export`]).

pub mod chain;
pub mod export;

use std::fmt;

use chrono::{SecondsFormat, Utc};

use crate::config::Config;
use crate::status::StatusReason;
pub use crate::store::audit::AuditRecord;
use crate::store::{Store, StoreError};
use chain::ChainKey;

/// Activity names, as Microsoft Entra writes them in its audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Activity {
    /// `Reset password (self-service)`
    ResetSelfService,
    /// `Change password (self-service)`
    ChangeSelfService,
    /// `Unlock user account (self-service)`
    UnlockSelfService,
    /// `User registered for self-service password reset`
    Registered,
    /// `Self-service password reset flow activity progress`
    FlowProgress,
    /// `Blocked from self-service password reset`
    Blocked,
    /// `Reset password (by admin)`
    ResetByAdmin,
    /// `Unlock user account (by admin)`
    UnlockByAdmin,
    /// `Password expiry reminder sent`
    ReminderSent,
}

impl Activity {
    /// Every activity.
    pub const ALL: [Activity; 9] = [
        Self::ResetSelfService,
        Self::ChangeSelfService,
        Self::UnlockSelfService,
        Self::Registered,
        Self::FlowProgress,
        Self::Blocked,
        Self::ResetByAdmin,
        Self::UnlockByAdmin,
        Self::ReminderSent,
    ];

    /// The stored name.
    pub fn as_str(&self) -> &'static str {
        self.as_str_const()
    }

    /// The stored name, usable in constants.
    pub const fn as_str_const(&self) -> &'static str {
        match self {
            Self::ResetSelfService => "Reset password (self-service)",
            Self::ChangeSelfService => "Change password (self-service)",
            Self::UnlockSelfService => "Unlock user account (self-service)",
            Self::Registered => "User registered for self-service password reset",
            Self::FlowProgress => "Self-service password reset flow activity progress",
            Self::Blocked => "Blocked from self-service password reset",
            Self::ResetByAdmin => "Reset password (by admin)",
            Self::UnlockByAdmin => "Unlock user account (by admin)",
            Self::ReminderSent => "Password expiry reminder sent",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The value of the `kind` label in metrics: snake_case, stable, no spaces.
    pub const fn metric_label(&self) -> &'static str {
        match self {
            Self::ResetSelfService => "reset_self_service",
            Self::ChangeSelfService => "change_self_service",
            Self::UnlockSelfService => "unlock_self_service",
            Self::Registered => "registered",
            Self::FlowProgress => "flow_progress",
            Self::Blocked => "blocked",
            Self::ResetByAdmin => "reset_by_admin",
            Self::UnlockByAdmin => "unlock_by_admin",
            Self::ReminderSent => "reminder_sent",
        }
    }
}

impl fmt::Display for Activity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who did it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// The user, for themselves.
    SelfService,
    /// A helpdesk admin (their sAMAccountName).
    Admin(String),
    /// The portal itself, on its own schedule (expiry reminders). Stored with brackets, which
    /// no sAMAccountName may contain.
    Scheduled,
}

impl Actor {
    /// The stored form.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SelfService => "self",
            Self::Admin(name) => name,
            Self::Scheduled => "[scheduled]",
        }
    }
}

/// Where a request came from, carried from the web layer into every audit row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestContext {
    /// Who acts.
    pub actor: Actor,
    /// The real client address (from trusted proxy headers only).
    pub client_ip: Option<String>,
    /// The User-Agent, truncated.
    pub user_agent: Option<String>,
    /// The flow id that ties the steps of one attempt together.
    pub flow_id: String,
    /// Appended to the detail of every row recorded with this context (e.g. how a helpdesk
    /// admin verified the caller).
    pub note: Option<String>,
    /// The language of the page the request came from (its code), for the mail a flow sends
    /// to the person making it. Not recorded in the audit.
    pub language: Option<String>,
}

impl RequestContext {
    /// A context with a fresh flow id.
    pub fn new(actor: Actor, client_ip: Option<String>, user_agent: Option<String>) -> Self {
        Self {
            actor,
            client_ip,
            user_agent: user_agent.map(|ua| ua.chars().take(256).collect()),
            flow_id: uuid::Uuid::new_v4().to_string(),
            note: None,
            language: None,
        }
    }

    /// The same context, for a reader of the language `code`.
    pub fn with_language(mut self, code: Option<&str>) -> Self {
        self.language = code.map(str::to_string);
        self
    }
}

/// The account an event concerns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Target {
    /// objectGUID, when the account was found.
    pub guid: Option<String>,
    /// sAMAccountName, or what was typed.
    pub name: Option<String>,
}

/// An event to record.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    /// What.
    pub activity: Activity,
    /// How it ended.
    pub reason: StatusReason,
    /// Plain words for admins; never a password, code or raw secret.
    pub detail: String,
    /// Whom it concerns.
    pub target: Target,
}

/// Records and reads the audit log.
#[derive(Clone)]
pub struct Audit {
    store: Store,
    key: ChainKey,
    retention_on: bool,
}

/// Current time in the stored format.
pub fn now_string() -> String {
    time_string(Utc::now())
}

/// A time as the database stores it (RFC 3339 UTC with microseconds: sorts as text).
pub fn time_string(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

impl Audit {
    /// An audit log over `store`, chained under `key`. `retention_on` says whether retention
    /// may remove old rows (verification reports removed rows otherwise).
    pub fn new(store: Store, key: ChainKey, retention_on: bool) -> Self {
        Self {
            store,
            key,
            retention_on,
        }
    }

    /// An audit log over `store` as `config` says: the chain key derived from
    /// `security.secret_key`, retention from `admin.audit_retention_days`.
    pub fn from_config(store: Store, config: &Config) -> Self {
        use secrecy::ExposeSecret;
        Self::new(
            store,
            ChainKey::derive(config.security.secret_key.expose_secret()),
            config.admin.audit_retention_days > 0,
        )
    }

    /// The underlying store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Appends an event. If the database refuses, the event is written to the log in full (it
    /// holds no secret) so that it is not lost, and the error is returned.
    pub async fn record(
        &self,
        ctx: &RequestContext,
        event: AuditEvent,
    ) -> Result<AuditRecord, StoreError> {
        let row = AuditRecord {
            id: 0,
            occurred_at: now_string(),
            activity: event.activity.as_str().to_string(),
            status: if event.reason.is_success() {
                "success"
            } else {
                "failure"
            }
            .to_string(),
            status_reason: event.reason.as_str().to_string(),
            policy_rule: event.reason.rule().map(|r| r.as_str().to_string()),
            detail: match &ctx.note {
                Some(note) => format!("{}; {note}", event.detail),
                None => event.detail,
            },
            target_guid: event.target.guid,
            target_name: event.target.name,
            actor: ctx.actor.as_str().to_string(),
            client_ip: ctx.client_ip.clone(),
            user_agent: ctx.user_agent.clone(),
            flow_id: Some(ctx.flow_id.clone()),
            prev_hash: String::new(),
            row_hash: String::new(),
            chain_version: chain::KEYED.to_string(),
        };
        let logged = row.clone();
        match self
            .store
            .append_audit(
                row,
                now_string,
                |r| self.key.row_hash(r),
                |h| self.key.seal(h),
            )
            .await
        {
            Ok(r) => {
                tracing::info!(
                    flow_id = %ctx.flow_id,
                    activity = %r.activity,
                    status_reason = %r.status_reason,
                    policy_rule = r.policy_rule.as_deref().unwrap_or(""),
                    target = r.target_name.as_deref().unwrap_or(""),
                    // In the log too, so a log shipped elsewhere anchors the chain: rewriting
                    // the database alone then no longer goes unnoticed.
                    audit_id = r.id,
                    row_hash = %r.row_hash,
                    "audit"
                );
                Ok(r)
            }
            Err(e) => {
                tracing::error!(
                    error = %e,
                    event = %serde_json::to_string(&logged).unwrap_or_default(),
                    "AUDIT ROW NOT STORED; the event is kept here"
                );
                Err(e)
            }
        }
    }

    /// Walks the whole chain.
    pub async fn verify(&self) -> Result<chain::VerifyReport, StoreError> {
        chain::verify(&self.store, &self.key, self.retention_on).await
    }

    /// Removes rows older than `before` (RFC 3339), leaving an anchor and a sealed head so
    /// the rest still verifies. Returns how many rows went.
    pub async fn retain(&self, before: &str) -> Result<u64, StoreError> {
        self.store.audit_retain(before, |h| self.key.seal(h)).await
    }

    /// [`Audit::retain`] in batches of `batch` rows.
    pub async fn retain_in_batches(&self, before: &str, batch: i64) -> Result<u64, StoreError> {
        self.store
            .audit_retain_in_batches(before, batch, |h| self.key.seal(h))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activities_round_trip() {
        for a in Activity::ALL {
            assert_eq!(Activity::parse(a.as_str()), Some(a));
        }
    }
}
