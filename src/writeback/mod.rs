//! The writeback engine: everything sspr does to Active Directory, and nothing of HTTP.
//!
//! [`Directory`] finds users, reads their state and effective password policy, verifies a
//! password by binding as the user, and writes: a user **change** (delete old + add new, done by
//! the service account so that expired and must-change users can change too), an admin-style
//! **reset** (replace, with the policy hints control when the DC supports it, optionally with
//! must-change and unlock in the same modify), and **unlock**. Every failure is a
//! [`WritebackError`] that maps to one status reason. See `AD-WRITEBACK` notes in the docs for the
//! directory facts this relies on.

pub mod acl;
pub mod connection;
pub mod diagnostics;
pub mod errors;
pub mod expiry;
pub mod policy_read;
pub mod queue;
pub mod time;
pub mod user;

use std::collections::HashSet;
use std::future::Future;
use std::time::Duration;

use ldap3::controls::RawControl;
use ldap3::{ldap_escape, Ldap, LdapError, Mod, Scope, SearchEntry};
use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::config::DirectoryConfig;
use crate::policy::PasswordPolicy;
pub use connection::{ConnectParams, Pool};
pub use errors::{BindOutcome, WriteOp, WritebackError};
pub use user::{AccountState, DirectoryUser};

use connection::is_connection_error;
use errors::{map_bind_answer, map_write_result};

/// LDAP_MATCHING_RULE_IN_CHAIN: membership through any depth of nesting, evaluated by the DC.
/// How long a copy of an entry stands in for a fresh read of it before a write (its record of
/// the entry, its token for the privilege check): the flows read the account right before
/// they write, and reading it again a few milliseconds later would only cost the DC a search.
pub const FRESH: std::time::Duration = std::time::Duration::from_secs(2);

const IN_CHAIN: &str = "1.2.840.113556.1.4.1941";

/// Where a built-in group's SID comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WellKnown {
    /// `S-1-5-32-<rid>`, the same in every domain (Administrators, the operator groups).
    Builtin(u32),
    /// `<domain SID>-<rid>` (Domain Admins, Schema Admins, Enterprise Admins in the forest
    /// root domain).
    Domain(u32),
}

/// The privileged built-in groups by their English names, matched by SID: a renamed or
/// translated group ("Domänen-Admins") is still the same group. These are the groups
/// AdminSDHolder protects (MS-ADTS 3.1.1.6.1.2), which sspr never resets or unlocks members of.
pub const WELL_KNOWN_GROUPS: &[(&str, WellKnown)] = &[
    ("Administrators", WellKnown::Builtin(544)),
    ("Account Operators", WellKnown::Builtin(548)),
    ("Server Operators", WellKnown::Builtin(549)),
    ("Print Operators", WellKnown::Builtin(550)),
    ("Backup Operators", WellKnown::Builtin(551)),
    ("Replicator", WellKnown::Builtin(552)),
    ("Domain Admins", WellKnown::Domain(512)),
    ("Domain Controllers", WellKnown::Domain(516)),
    ("Schema Admins", WellKnown::Domain(518)),
    ("Enterprise Admins", WellKnown::Domain(519)),
    ("Read-only Domain Controllers", WellKnown::Domain(521)),
    ("Key Admins", WellKnown::Domain(526)),
    ("Enterprise Key Admins", WellKnown::Domain(527)),
];

/// Accounts AdminSDHolder protects by their own RID: the domain's Administrator and krbtgt.
pub const PROTECTED_ACCOUNT_RIDS: &[u32] = &[500, 502];

/// The built-in group `name` (case-insensitive), if it is one.
pub fn well_known_group(name: &str) -> Option<WellKnown> {
    WELL_KNOWN_GROUPS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()))
        .map(|(_, w)| *w)
}

/// Options of an admin-style reset.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ResetOptions {
    /// Set pwdLastSet = 0 in the same modify: the user must change at next logon.
    pub must_change: bool,
    /// Set lockoutTime = 0 in the same modify.
    pub unlock: bool,
    /// Ask the DC to enforce history and minimum age (policy hints), when it supports it.
    /// Self-service resets do; helpdesk resets, like ADUC, do not.
    pub enforce_policy: bool,
}

/// What the domain controllers know of an account's recent wrong passwords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadPasswords {
    /// The highest `badPwdCount` any reachable DC reports (each DC counts the failures it
    /// saw; the PDC emulator, which decides lockouts on Windows, sees them all).
    pub count: u32,
    /// The latest `badPasswordTime` among them.
    pub last: Option<chrono::DateTime<chrono::Utc>>,
    /// Locked out now, according to any DC.
    pub locked: bool,
}

/// What a password write compares against to tell whether it applied: the entry right before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Before {
    /// The entry's DN.
    pub dn: String,
    /// pwdLastSet.
    pub pwd_last_set: i64,
    /// uSNChanged.
    pub usn_changed: i64,
    /// lockoutTime.
    pub lockout_time: i64,
}

impl Before {
    fn of(u: &DirectoryUser) -> Self {
        Self {
            dn: u.dn.clone(),
            pwd_last_set: u.pwd_last_set,
            usn_changed: u.usn_changed,
            lockout_time: u.lockout_time,
        }
    }
}

/// A password write ready to send ([`Directory::send`]), with what the entry looked like
/// right before, so that a write whose answer is lost (or a process that stopped) can be
/// settled by re-reading the entry.
pub struct PreparedWrite {
    /// Which operation.
    pub op: WriteOp,
    /// The entry right before.
    pub before: Before,
    /// Whether it sets pwdLastSet = 0.
    pub sets_must_change: bool,
    mods: Vec<Mod<Vec<u8>>>,
    policy_hints: bool,
}

/// The writeback engine. Cheap to share behind an `Arc`.
pub struct Directory {
    pool: Pool,
    base_dn: String,
    user_base_dn: String,
    op_timeout: Duration,
    write_queue_timeout: Duration,
    policy_cache: policy_read::PolicyCache,
    /// A background refresh of the domain policy is under way (see
    /// [`policy_read::domain_policy_now`]).
    policy_refreshing: std::sync::atomic::AtomicBool,
    /// User binds (password checks) in flight: a fair queue, since they are what a crowd, or
    /// an attacker, sends most of.
    binds: queue::Queue,
}

/// How many user binds run at once (per DC, and in all): four per write slot.
fn binds_for(cfg: &DirectoryConfig) -> usize {
    cfg.max_concurrent_writes.saturating_mul(4).max(4)
}

/// The value AD wants in `unicodePwd`: the password in double quotes, UTF-16LE. Zeroized on drop.
pub fn encode_password(password: &str) -> Zeroizing<Vec<u8>> {
    let quoted = Zeroizing::new(format!("\"{password}\""));
    Zeroizing::new(
        quoted
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect(),
    )
}

/// A user identifier as typed: `DOMAIN\user` is reduced to `user`.
fn normalise_identifier(id: &str) -> &str {
    id.trim().rsplit_once('\\').map_or(id.trim(), |(_, u)| u)
}

impl Directory {
    /// Builds the engine from configuration. Connects lazily: a DC that is down at start-up
    /// does not stop the portal from serving pages.
    pub fn new(cfg: &DirectoryConfig) -> Result<Self, WritebackError> {
        let tls = connection::tls_config(cfg.ca_file.as_deref()).map_err(|detail| {
            WritebackError::Tls {
                url: "(all)".into(),
                detail,
            }
        })?;
        let params = ConnectParams {
            tls,
            starttls: cfg.starttls,
            connect_timeout: cfg.connect_timeout,
        };
        Ok(Self {
            pool: Pool::new(
                &cfg.urls,
                params,
                cfg.bind_dn.clone(),
                cfg.bind_password.clone(),
                connection::Sizes {
                    pool: cfg.pool_size,
                    writes: cfg.max_concurrent_writes,
                    binds: binds_for(cfg),
                },
                cfg.operation_timeout,
            ),
            base_dn: cfg.base_dn.clone(),
            user_base_dn: cfg.user_base_dn.clone(),
            op_timeout: cfg.operation_timeout,
            write_queue_timeout: cfg.write_queue_timeout,
            policy_cache: policy_read::PolicyCache::default(),
            policy_refreshing: std::sync::atomic::AtomicBool::new(false),
            binds: queue::Queue::new(binds_for(cfg), Duration::from_millis(20)),
        })
    }

    /// The connection pool (diagnostics use it).
    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Whether the DCs serving us advertise the policy hints control (known after the first
    /// connection; self-service resets then enforce history and minimum age).
    pub fn policy_hints_supported(&self) -> bool {
        self.pool
            .dcs()
            .iter()
            .any(|dc| dc.features().policy_hints_oid.is_some())
    }

    /// The domain's base DN.
    pub fn base_dn(&self) -> &str {
        &self.base_dn
    }

    /// Runs a read on a service connection, retrying once on another connection (possibly
    /// another DC) when the connection itself failed. Reads are idempotent, so that is safe.
    pub async fn read<T, F, Fut>(&self, op: F) -> Result<T, WritebackError>
    where
        F: Fn(Ldap) -> Fut,
        Fut: Future<Output = Result<T, LdapError>>,
    {
        let mut last = None;
        for _ in 0..2 {
            let lease = self.pool.lease().await?;
            match tokio::time::timeout(self.op_timeout, op(lease.ldap.clone())).await {
                Ok(Ok(v)) => return Ok(v),
                Ok(Err(e)) if is_connection_error(&e) => {
                    tracing::warn!(dc = %lease.dc.url, error = %e, "LDAP connection failed during a read; retrying");
                    self.pool.discard(&lease).await;
                    last = Some(WritebackError::Unreachable(format!(
                        "{}: {e}",
                        lease.dc.url
                    )));
                }
                Ok(Err(LdapError::LdapResult { result })) => {
                    return Err(WritebackError::Ldap {
                        code: result.rc,
                        raw: errors::clean_text(&result.text),
                    })
                }
                Ok(Err(e)) => {
                    return Err(WritebackError::Ldap {
                        code: 0,
                        raw: e.to_string(),
                    })
                }
                Err(_) => {
                    tracing::warn!(dc = %lease.dc.url, "read timed out; trying another connection");
                    self.pool.discard_unresponsive(&lease).await;
                    last = Some(WritebackError::Timeout(self.op_timeout));
                }
            }
        }
        Err(last.unwrap_or(WritebackError::Timeout(self.op_timeout)))
    }

    /// A search returning entries, with the retry and timeout of [`Directory::read`].
    pub async fn search(
        &self,
        base: &str,
        scope: Scope,
        filter: &str,
        attrs: &[&str],
    ) -> Result<Vec<SearchEntry>, WritebackError> {
        self.read(|mut l| async move {
            let (rs, _) = l
                .search(base, scope, filter, attrs.to_vec())
                .await?
                .success()?;
            Ok(rs.into_iter().map(SearchEntry::construct).collect())
        })
        .await
    }

    /// Finds a user by sAMAccountName (also `DOMAIN\name`), userPrincipalName or mail. The value
    /// is escaped, so filter metacharacters match literally. More than one match counts as not
    /// found: we never guess which account a person meant.
    #[tracing::instrument(skip_all)]
    pub async fn find_user(&self, identifier: &str) -> Result<DirectoryUser, WritebackError> {
        let id = normalise_identifier(identifier);
        if id.is_empty() {
            return Err(WritebackError::UserNotFound);
        }
        let v = ldap_escape(id);
        let filter = format!(
            "(&(objectCategory=person)(objectClass=user)(|(sAMAccountName={v})(userPrincipalName={v})(mail={v})))"
        );
        let entries = self
            .search(
                &self.user_base_dn,
                Scope::Subtree,
                &filter,
                user::USER_ATTRS,
            )
            .await?;
        match entries.as_slice() {
            [one] => DirectoryUser::from_entry(one).ok_or(WritebackError::UserNotFound),
            [] => Err(WritebackError::UserNotFound),
            many => {
                tracing::warn!(
                    matches = many.len(),
                    "identifier matches several accounts; refusing to guess"
                );
                Err(WritebackError::UserNotFound)
            }
        }
    }

    /// Users whose name, account name, UPN or mail contains `text` (escaped: `*` and `(`
    /// match literally), at most `limit`, sorted by account name.
    pub async fn search_users(
        &self,
        text: &str,
        limit: usize,
    ) -> Result<Vec<DirectoryUser>, WritebackError> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(Vec::new());
        }
        let v = ldap_escape(normalise_identifier(t));
        let filter = format!(
            "(&(objectCategory=person)(objectClass=user)(|(sAMAccountName=*{v}*)(userPrincipalName=*{v}*)(mail=*{v}*)(displayName=*{v}*)(cn=*{v}*)))"
        );
        let entries = self
            .read(|mut l| {
                let filter = filter.clone();
                async move {
                    let opts = ldap3::SearchOptions::new().sizelimit(limit as i32);
                    let r = l
                        .with_search_options(opts)
                        .search(
                            &self.user_base_dn,
                            Scope::Subtree,
                            &filter,
                            user::USER_ATTRS.to_vec(),
                        )
                        .await?;
                    // A size-limit answer (4) still carries the first entries.
                    Ok(r.0
                        .into_iter()
                        .map(SearchEntry::construct)
                        .collect::<Vec<_>>())
                }
            })
            .await?;
        let mut users: Vec<DirectoryUser> = entries
            .iter()
            .filter_map(DirectoryUser::from_entry)
            .collect();
        users.sort_by_key(|u| u.sam_account_name.to_lowercase());
        Ok(users)
    }

    /// A user by objectGUID (canonical string form).
    pub async fn find_by_guid(&self, guid: &str) -> Result<DirectoryUser, WritebackError> {
        let g = acl::Guid::parse(guid).map_err(|_| WritebackError::UserNotFound)?;
        // Binary values in a filter are written byte by byte as \hh escapes.
        let escaped: String = g.as_bytes().iter().map(|b| format!("\\{b:02x}")).collect();
        // People only: a GUID typed into a URL must not reach computer or service accounts.
        let filter = format!("(&(objectCategory=person)(objectClass=user)(objectGUID={escaped}))");
        let entries = self
            .search(
                &self.user_base_dn,
                Scope::Subtree,
                &filter,
                user::USER_ATTRS,
            )
            .await?;
        entries
            .first()
            .and_then(DirectoryUser::from_entry)
            .ok_or(WritebackError::UserNotFound)
    }

    /// Mail addresses of the members (nested) of `group_dn`, with their account names.
    pub async fn group_member_mails(
        &self,
        group_dn: &str,
    ) -> Result<Vec<(String, String)>, WritebackError> {
        let filter = format!(
            "(&(objectCategory=person)(objectClass=user)(memberOf:{IN_CHAIN}:={})(mail=*))",
            ldap_escape(group_dn)
        );
        let entries = self
            .search(
                &self.base_dn,
                Scope::Subtree,
                &filter,
                &["sAMAccountName", "mail"],
            )
            .await?;
        Ok(entries
            .into_iter()
            .filter_map(|mut e| {
                let sam = e.attrs.remove("sAMAccountName")?.into_iter().next()?;
                let mail = e.attrs.remove("mail")?.into_iter().next()?;
                Some((sam, mail))
            })
            .collect())
    }

    /// Re-reads a user by DN (state after a write).
    pub async fn read_user(&self, dn: &str) -> Result<DirectoryUser, WritebackError> {
        self.read_user_with(dn, user::USER_ATTRS).await
    }

    /// Reads a user by DN right before a write to it: the entry and its token in one search,
    /// so that the privilege check ([`Self::token_of_user`]) and the write's record of the
    /// entry ([`Self::prepare_reset`] and the others) need no read of their own.
    pub async fn read_user_for_write(&self, dn: &str) -> Result<DirectoryUser, WritebackError> {
        let mut attrs = user::USER_ATTRS.to_vec();
        attrs.push(user::TOKEN_ATTR);
        self.read_user_with(dn, &attrs).await
    }

    async fn read_user_with(
        &self,
        dn: &str,
        attrs: &[&str],
    ) -> Result<DirectoryUser, WritebackError> {
        let entries = self
            .search(dn, Scope::Base, "(objectClass=user)", attrs)
            .await
            .map_err(|e| match e {
                WritebackError::Ldap {
                    code: errors::rc::NO_SUCH_OBJECT,
                    ..
                } => WritebackError::UserNotFound,
                other => other,
            })?;
        entries
            .first()
            .and_then(DirectoryUser::from_entry)
            .ok_or(WritebackError::UserNotFound)
    }

    /// Whether `user_dn` is a member of `group_dn`, through any nesting and including the
    /// primary group: compares the user's `tokenGroups` (computed by the DC) with the group's
    /// objectSid, so no DN goes into a filter and "Domain Users" works as a scope.
    pub async fn is_member_of(
        &self,
        user_dn: &str,
        group_dn: &str,
    ) -> Result<bool, WritebackError> {
        let group = match self
            .search(group_dn, Scope::Base, "(objectClass=group)", &["objectSid"])
            .await
        {
            Ok(entries) => entries,
            // A group that does not exist has no members; the diagnostics report the bad DN.
            Err(WritebackError::Ldap {
                code: errors::rc::NO_SUCH_OBJECT,
                ..
            }) => return Ok(false),
            Err(e) => return Err(e),
        };
        let Some(group_sid) = group
            .first()
            .and_then(|e| user::binary(e, "objectSid"))
            .and_then(|b| acl::Sid::from_bytes(&b).ok())
            .map(|(sid, _)| sid)
        else {
            return Ok(false);
        };
        Ok(self.token_of(user_dn).await?.contains(&group_sid))
    }

    /// Every group the user belongs to, nested ones included (DNs).
    pub async fn groups(&self, user_dn: &str) -> Result<Vec<String>, WritebackError> {
        // For display: group names through any nesting (the primary group is not a `member`).
        let filter = format!(
            "(&(objectClass=group)(member:{IN_CHAIN}:={}))",
            ldap_escape(user_dn)
        );
        let entries = self
            .search(&self.base_dn, Scope::Subtree, &filter, &["1.1"])
            .await?;
        let mut dns: Vec<String> = entries.into_iter().map(|e| e.dn).collect();
        dns.sort();
        Ok(dns)
    }

    /// The policy that applies to this user: their resultant PSO if any, else the domain's.
    pub async fn effective_policy(
        &self,
        user: &DirectoryUser,
    ) -> Result<PasswordPolicy, WritebackError> {
        policy_read::effective_policy(self, user).await
    }

    /// Asks every configured DC how many wrong passwords it has counted for `user` lately.
    /// A DC that cannot be reached is skipped; at least one must answer.
    pub async fn bad_passwords(
        &self,
        user: &DirectoryUser,
    ) -> Result<BadPasswords, WritebackError> {
        const ATTRS: &[&str] = &[
            "badPwdCount",
            "badPasswordTime",
            "msDS-User-Account-Control-Computed",
        ];
        let mut seen: Option<BadPasswords> = None;
        let mut last_error = None;
        for index in 0..self.pool.dcs().len() {
            let lease = match self.pool.lease_on(index).await {
                Ok(l) => l,
                Err(e) => {
                    last_error = Some(e);
                    continue;
                }
            };
            let mut ldap = lease.ldap.clone();
            let read = async {
                let (rs, _) = ldap
                    .search(&user.dn, Scope::Base, "(objectClass=user)", ATTRS.to_vec())
                    .await?
                    .success()?;
                Ok::<_, LdapError>(rs.into_iter().next().map(SearchEntry::construct))
            };
            let entry = match tokio::time::timeout(self.op_timeout, read).await {
                Ok(Ok(Some(e))) => e,
                Ok(Ok(None)) => return Err(WritebackError::UserNotFound),
                Ok(Err(e)) => {
                    if is_connection_error(&e) {
                        self.pool.discard(&lease).await;
                    }
                    last_error = Some(WritebackError::Unreachable(format!(
                        "{}: {e}",
                        lease.dc.url
                    )));
                    continue;
                }
                Err(_) => {
                    self.pool.discard_unresponsive(&lease).await;
                    last_error = Some(WritebackError::Timeout(self.op_timeout));
                    continue;
                }
            };
            let int = |name: &str| -> i64 {
                entry
                    .attrs
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(name))
                    .and_then(|(_, v)| v.first())
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0)
            };
            let here = BadPasswords {
                count: u32::try_from(int("badPwdCount")).unwrap_or(0),
                last: time::filetime_to_utc(int("badPasswordTime")),
                locked: int("msDS-User-Account-Control-Computed") as u32 & user::uac::UF_LOCKOUT
                    != 0,
            };
            seen = Some(match seen {
                None => here,
                Some(s) => BadPasswords {
                    count: s.count.max(here.count),
                    last: s.last.max(here.last),
                    locked: s.locked || here.locked,
                },
            });
        }
        seen.ok_or_else(|| {
            last_error.unwrap_or_else(|| WritebackError::Unreachable("no DC configured".into()))
        })
    }

    /// Takes and gives back a turn in the bind queue without binding: for a name that matches no
    /// account, so that a saturated directory answers it as it answers a real one (busy, after
    /// the same wait) and the difference does not tell which names exist.
    pub async fn wait_like_a_bind(&self) -> Result<(), WritebackError> {
        self.binds
            .enter(self.write_queue_timeout)
            .await
            .map(drop)
            .map_err(|retry_after| WritebackError::Busy { retry_after })
    }

    /// Verifies a user's password by binding as them on the DC that currently serves writes
    /// (so a password just written is seen), over a connection kept for user binds (opened
    /// when there is none). Never sends an empty password: that would be an unauthenticated
    /// bind that "succeeds".
    #[tracing::instrument(skip_all, fields(dn = %user.dn))]
    pub async fn verify_password(
        &self,
        user: &DirectoryUser,
        password: &SecretString,
    ) -> Result<BindOutcome, WritebackError> {
        if password.expose_secret().is_empty() {
            return Ok(BindOutcome::InvalidCredentials);
        }
        let _turn = self
            .binds
            .enter(self.write_queue_timeout)
            .await
            .map_err(|retry_after| WritebackError::Busy { retry_after })?;
        let mut errors = Vec::new();
        for index in self.pool.order() {
            let dc = &self.pool.dcs()[index];
            // The queue lets in no more binds than there are connections: one is free.
            let Some(mut slot) = dc.bind_conns.iter().find_map(|c| c.try_lock().ok()) else {
                errors.push(WritebackError::Busy {
                    retry_after: self.binds.retry_after(),
                });
                continue;
            };
            // A kept connection may have been closed by the DC meanwhile: one fresh retry.
            for fresh in [false, true] {
                let reuse = slot.take().filter(|_| !fresh).and_then(|mut l| {
                    if l.is_closed() {
                        None
                    } else {
                        Some(l)
                    }
                });
                let mut ldap = match reuse {
                    Some(l) => l,
                    None => match connection::open(&dc.url, self.pool.params()).await {
                        Ok(l) => l,
                        Err(e) => {
                            errors.push(e);
                            break;
                        }
                    },
                };
                let res = tokio::time::timeout(
                    self.op_timeout,
                    ldap.simple_bind(&user.dn, password.expose_secret()),
                )
                .await;
                match res {
                    Err(_) => return Err(WritebackError::Timeout(self.op_timeout)),
                    Ok(Err(e)) if !fresh && is_connection_error(&e) => continue,
                    Ok(Err(e)) => {
                        return Err(WritebackError::Unreachable(format!("{}: {e}", dc.url)))
                    }
                    Ok(Ok(r)) => {
                        *slot = Some(ldap);
                        return Ok(map_bind_answer(r.rc, &r.text));
                    }
                }
            }
        }
        Err(errors
            .into_iter()
            .next()
            .unwrap_or_else(|| WritebackError::Unreachable("no DC configured".into())))
    }

    /// Whether the user may not change their own password: the stored 0x40 bit, or (as AD
    /// records it, and as ADUC reads its checkbox) a deny of the Change Password right to
    /// Everyone or SELF in the user's DACL.
    pub async fn user_cannot_change(&self, user: &DirectoryUser) -> Result<bool, WritebackError> {
        if user.uac & user::uac::PASSWD_CANT_CHANGE != 0 {
            return Ok(true);
        }
        let sd = diagnostics::read_dacl(self, &user.dn).await?;
        // Evaluated as the user changing their own password: their own SIDs, their groups,
        // Everyone, Authenticated Users, and SELF (the object is their own account).
        let mut token = self.token_of(&user.dn).await?;
        token.extend(acl::Sid::parse(acl::SID_SELF).ok());
        Ok(acl::evaluate(&sd, &token, &acl::Right::CHANGE_PASSWORD) == acl::Access::Denied)
    }

    /// A user change: the DC checks the old password and enforces history and minimum age.
    /// Performed by the service account (the Change Password right belongs to Everyone), so
    /// users whose password expired or must be changed, who cannot bind, can still change.
    #[tracing::instrument(skip_all, fields(dn = %user.dn))]
    pub async fn change_password(
        &self,
        user: &DirectoryUser,
        current: &SecretString,
        new: &SecretString,
    ) -> Result<(), WritebackError> {
        let w = self.prepare_change(user, current, new).await?;
        self.send(w).await
    }

    /// An admin-style reset (after self-service verification, or by the helpdesk).
    #[tracing::instrument(skip_all, fields(dn = %user.dn))]
    pub async fn reset_password(
        &self,
        user: &DirectoryUser,
        new: &SecretString,
        options: ResetOptions,
    ) -> Result<(), WritebackError> {
        let w = self.prepare_reset(user, new, options).await?;
        self.send(w).await
    }

    /// Unlocks an account: lockoutTime = 0 (which also clears badPwdCount).
    #[tracing::instrument(skip_all, fields(dn = %user.dn))]
    pub async fn unlock(&self, user: &DirectoryUser) -> Result<(), WritebackError> {
        let w = self.prepare_unlock(user).await?;
        self.send(w).await
    }

    /// A change, ready to [`send`](Self::send).
    pub async fn prepare_change(
        &self,
        user: &DirectoryUser,
        current: &SecretString,
        new: &SecretString,
    ) -> Result<PreparedWrite, WritebackError> {
        // Moved, not copied, into the request: one fewer unzeroized copy of each password.
        let old = std::mem::take(&mut *encode_password(current.expose_secret()));
        let new = std::mem::take(&mut *encode_password(new.expose_secret()));
        let mods = vec![
            Mod::Delete(b"unicodePwd".to_vec(), HashSet::from([old])),
            Mod::Add(b"unicodePwd".to_vec(), HashSet::from([new])),
        ];
        self.prepare(WriteOp::Change, user, mods, false, false)
            .await
    }

    /// A reset, ready to [`send`](Self::send).
    pub async fn prepare_reset(
        &self,
        user: &DirectoryUser,
        new: &SecretString,
        options: ResetOptions,
    ) -> Result<PreparedWrite, WritebackError> {
        let new = std::mem::take(&mut *encode_password(new.expose_secret()));
        let mut mods = vec![Mod::Replace(b"unicodePwd".to_vec(), HashSet::from([new]))];
        if options.must_change {
            mods.push(Mod::Replace(
                b"pwdLastSet".to_vec(),
                HashSet::from([b"0".to_vec()]),
            ));
        }
        if options.unlock {
            mods.push(Mod::Replace(
                b"lockoutTime".to_vec(),
                HashSet::from([b"0".to_vec()]),
            ));
        }
        self.prepare(
            WriteOp::Reset,
            user,
            mods,
            options.enforce_policy,
            options.must_change,
        )
        .await
    }

    /// An unlock, ready to [`send`](Self::send).
    pub async fn prepare_unlock(
        &self,
        user: &DirectoryUser,
    ) -> Result<PreparedWrite, WritebackError> {
        let mods = vec![Mod::Replace(
            b"lockoutTime".to_vec(),
            HashSet::from([b"0".to_vec()]),
        )];
        self.prepare(WriteOp::Unlock, user, mods, false, false)
            .await
    }

    async fn prepare(
        &self,
        op: WriteOp,
        user: &DirectoryUser,
        mods: Vec<Mod<Vec<u8>>>,
        policy_hints: bool,
        sets_must_change: bool,
    ) -> Result<PreparedWrite, WritebackError> {
        // What the entry looks like right before the write: the caller's copy may be stale, and
        // reconciling against a stale pwdLastSet could call someone else's write ours. A copy
        // read within FRESH is as good as a new read: the write waits its turn in the queue
        // after this point anyway, for up to `directory.write_queue_timeout`.
        let before = if user.is_fresh() {
            Before::of(user)
        } else {
            Before::of(&self.read_user(&user.dn).await?)
        };
        Ok(PreparedWrite {
            op,
            before,
            sets_must_change,
            mods,
            policy_hints,
        })
    }

    /// Runs one prepared modify on a service connection, bounded in concurrency and time. A
    /// write is never retried blindly: when its outcome is unknown (timeout, connection lost)
    /// the entry is re-read and the write counts as done only if the DC shows it applied.
    pub async fn send(&self, w: PreparedWrite) -> Result<(), WritebackError> {
        let PreparedWrite {
            op,
            before,
            sets_must_change,
            mods,
            policy_hints,
        } = w;
        let lease = self.pool.lease().await?;
        let _turn = lease
            .dc
            .writes
            .enter(self.write_queue_timeout)
            .await
            .map_err(|retry_after| WritebackError::Busy { retry_after })?;
        let controls: Vec<RawControl> = match (policy_hints, lease.dc.features().policy_hints_oid) {
            (true, Some(oid)) => vec![RawControl {
                ctype: oid.to_string(),
                // Critical: if the DC advertised it but will not honour it, we want to know
                // rather than silently skip history enforcement.
                crit: true,
                // BER SEQUENCE { INTEGER 1 }: enforce.
                val: Some(vec![0x30, 0x03, 0x02, 0x01, 0x01]),
            }],
            _ => Vec::new(),
        };
        let mut ldap = lease.ldap.clone();
        let attempt = async { ldap.with_controls(controls).modify(&before.dn, mods).await };
        match tokio::time::timeout(self.op_timeout, attempt).await {
            Ok(Ok(res)) if res.rc == errors::rc::SUCCESS => Ok(()),
            Ok(Ok(res)) => Err(map_write_result(op, &res)),
            Ok(Err(e)) => {
                tracing::warn!(dc = %lease.dc.url, error = %e, "connection lost during a write; checking whether it applied");
                self.pool.discard(&lease).await;
                self.reconcile(op, &before, sets_must_change).await
            }
            Err(_) => {
                tracing::warn!(dc = %lease.dc.url, "write timed out; checking whether it applied");
                self.pool.discard_unresponsive(&lease).await;
                self.reconcile(op, &before, sets_must_change).await
            }
        }
    }

    /// After a write with an unknown outcome: did it apply? ldap3 sends no Abandon on timeout,
    /// and a DC serialises password writes, so the write may still be queued: look a few times
    /// before concluding.
    async fn reconcile(
        &self,
        op: WriteOp,
        before: &Before,
        sets_must_change: bool,
    ) -> Result<(), WritebackError> {
        const LOOKS: u32 = 3;
        for look in 0..LOOKS {
            if look > 0 {
                tokio::time::sleep(self.op_timeout / (LOOKS * 2)).await;
            }
            if let Ok(true) = self.applied(op, before, sets_must_change).await {
                tracing::info!(dn = %before.dn, "the write applied despite the lost answer");
                return Ok(());
            }
        }
        Err(WritebackError::Unconfirmed(self.op_timeout))
    }

    /// Whether a write of `op` made from `before` shows in the entry now. A must-change reset
    /// of an account already at pwdLastSet = 0 leaves pwdLastSet unchanged; then an advanced
    /// uSNChanged is taken as the sign.
    pub async fn applied(
        &self,
        op: WriteOp,
        before: &Before,
        sets_must_change: bool,
    ) -> Result<bool, WritebackError> {
        let after = self.read_user(&before.dn).await?;
        Ok(match op {
            WriteOp::Change | WriteOp::Reset => {
                after.pwd_last_set != before.pwd_last_set
                    || (sets_must_change
                        && after.pwd_last_set == 0
                        && after.usn_changed > before.usn_changed)
            }
            WriteOp::Unlock => after.lockout_time == 0,
        })
    }

    /// An account's token: objectSid, tokenGroups (every security group through nesting,
    /// primary group included, computed by the DC), Everyone and Authenticated Users.
    pub async fn token_of(&self, dn: &str) -> Result<Vec<acl::Sid>, WritebackError> {
        let entries = self
            .search(
                dn,
                Scope::Base,
                "(objectClass=*)",
                &["objectSid", "tokenGroups"],
            )
            .await?;
        let entry = entries.first().ok_or(WritebackError::UserNotFound)?;
        let sids = |name: &str| -> Vec<acl::Sid> {
            user::binaries(entry, name)
                .iter()
                .filter_map(|b| acl::Sid::from_bytes(b).ok().map(|(s, _)| s))
                .collect()
        };
        let object_sid =
            sids("objectSid")
                .into_iter()
                .next()
                .ok_or_else(|| WritebackError::Ldap {
                    code: 0,
                    raw: format!("{dn} has no readable objectSid"),
                })?;
        Ok(acl::token_sids(&object_sid, &sids("tokenGroups")))
    }

    /// `user`'s token: the one read with the entry when there is one (and it is recent, see
    /// [`FRESH`]), else [`Self::token_of`] asks the DC.
    pub async fn token_of_user(
        &self,
        user: &DirectoryUser,
    ) -> Result<Vec<acl::Sid>, WritebackError> {
        let object_sid = user.sid.as_deref().and_then(|s| acl::Sid::parse(s).ok());
        match (&user.token_groups, object_sid) {
            (Some(groups), Some(sid)) if user.is_fresh() => Ok(acl::token_sids(&sid, groups)),
            _ => self.token_of(&user.dn).await,
        }
    }

    /// The SID of the object at `dn`.
    pub async fn sid_of(&self, dn: &str) -> Result<acl::Sid, WritebackError> {
        let entries = self
            .search(dn, Scope::Base, "(objectClass=*)", &["objectSid"])
            .await?;
        entries
            .first()
            .and_then(|e| user::binary(e, "objectSid"))
            .and_then(|b| acl::Sid::from_bytes(&b).ok())
            .map(|(sid, _)| sid)
            .ok_or_else(|| WritebackError::Ldap {
                code: 0,
                raw: format!("{dn} has no readable objectSid"),
            })
    }

    /// The SIDs of `groups` (DNs, SIDs or built-in names, as `sspr.protected_groups` holds
    /// them), each with the name it was given by. A DN that does not exist is skipped with a
    /// warning: it protects nobody, and `doctor` reports it.
    pub async fn resolve_groups(
        &self,
        groups: &[String],
    ) -> Result<Vec<(acl::Sid, String)>, WritebackError> {
        let mut out = Vec::new();
        let mut domain: Option<acl::Sid> = None;
        for g in groups {
            let sid = if let Some(w) = well_known_group(g) {
                match w {
                    WellKnown::Builtin(rid) => acl::Sid::new(5, &[32, rid]).ok(),
                    WellKnown::Domain(rid) => {
                        if domain.is_none() {
                            domain = Some(self.sid_of(&self.base_dn).await?);
                        }
                        domain.as_ref().and_then(|d| {
                            let mut subs = d.sub_authorities().to_vec();
                            subs.push(rid);
                            acl::Sid::new(d.identifier_authority(), &subs).ok()
                        })
                    }
                }
            } else if g.starts_with("S-1-") {
                acl::Sid::parse(g).ok()
            } else {
                match self.sid_of(g).await {
                    Ok(s) => Some(s),
                    Err(WritebackError::Ldap {
                        code: errors::rc::NO_SUCH_OBJECT,
                        ..
                    }) => {
                        tracing::warn!(group = %g, "protected group not found in the directory");
                        None
                    }
                    Err(e) => return Err(e),
                }
            };
            if let Some(sid) = sid {
                out.push((sid, g.clone()));
            }
        }
        Ok(out)
    }

    /// The service account's token, for rights evaluation.
    pub async fn service_token(&self, bind_dn: &str) -> Result<Vec<acl::Sid>, WritebackError> {
        self.token_of(bind_dn).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_quoted_utf16le() {
        let v = encode_password("Ab1");
        assert_eq!(v.as_slice(), &[b'"', 0, b'A', 0, b'b', 0, b'1', 0, b'"', 0]);
        let v = encode_password("é");
        assert_eq!(v.as_slice(), &[b'"', 0, 0xE9, 0, b'"', 0]);
    }

    #[test]
    fn down_level_names_are_reduced_to_the_account_name() {
        assert_eq!(normalise_identifier("SSPR\\alice"), "alice");
        assert_eq!(normalise_identifier(" alice@sspr.test "), "alice@sspr.test");
    }
}
