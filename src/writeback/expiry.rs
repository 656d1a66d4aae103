//! Finding the passwords about to expire, for the reminders: one paged search (RFC 2696 Simple
//! Paged Results) over every enabled account in scope, reading each account's own expiry as the
//! DC computes it (`msDS-UserPasswordExpiryTimeComputed`: the domain policy or the account's
//! PSO, and "never" for password-never-expires), so 100,000 accounts cost a few hundred pages
//! and keep only the few whose password expires soon.

use chrono::{DateTime, Utc};
use ldap3::adapters::{Adapter, EntriesOnly, PagedResults};
use ldap3::{LdapError, Scope, SearchEntry};

use super::acl::Guid;
use super::connection::is_connection_error;
use super::time::{filetime_to_utc, utc_to_filetime};
use super::user::{binary, first, int, uac};
use super::{errors, Directory, WritebackError};

/// What the reminder run needs of an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpiringUser {
    /// objectGUID (canonical string form).
    pub guid: String,
    /// Distinguished name (for the scope check).
    pub dn: String,
    /// adminCount is set: a privileged account, which self-service will not help.
    pub privileged: bool,
    /// sAMAccountName.
    pub sam: String,
    /// displayName.
    pub display_name: Option<String>,
    /// mail.
    pub mail: Option<String>,
    /// pwdLastSet (FILETIME): which password the reminder is about.
    pub pwd_last_set: i64,
    /// When that password expires.
    pub expires: DateTime<Utc>,
}

/// A scan's result.
#[derive(Debug, Clone, Default)]
pub struct ExpiryScan {
    /// Accounts looked at (enabled, in scope, password that can expire).
    pub scanned: usize,
    /// Those whose password expires after now and before the horizon, soonest first.
    pub expiring: Vec<ExpiringUser>,
}

const ATTRS: &[&str] = &[
    "objectGUID",
    "sAMAccountName",
    "displayName",
    "mail",
    "userAccountControl",
    "pwdLastSet",
    "msDS-UserPasswordExpiryTimeComputed",
    "adminCount",
];

/// Why a scan stopped.
enum ScanError {
    /// The connection failed or stopped answering: worth one more try on another.
    Connection(WritebackError),
    /// The DC answered with an error.
    Answer(WritebackError),
}

/// The search filter: people, enabled, whose account has not expired (`accountExpires` is
/// never or later than `now`), whose password can expire and is not "must change". Scope by
/// group is not in the filter: `memberOf` leaves out the members whose primary group it is
/// (often "Domain Users" nested in the self-service group), so it is asked of each account
/// due a reminder the way the portal asks it (tokenGroups).
pub fn filter(now: DateTime<Utc>) -> String {
    let now_ft = utc_to_filetime(now);
    format!(
        "(&(objectCategory=person)(objectClass=user)\
         (!(userAccountControl:1.2.840.113556.1.4.803:={disabled}))\
         (!(userAccountControl:1.2.840.113556.1.4.803:={never}))\
         (!(pwdLastSet=0))\
         (|(accountExpires=0)(accountExpires=9223372036854775807)(accountExpires>={now_ft})))",
        disabled = uac::ACCOUNTDISABLE,
        never = uac::DONT_EXPIRE_PASSWD,
    )
}

fn from_entry(e: &SearchEntry) -> Option<(ExpiringUser, u32)> {
    let first = |name: &str| first(e, name);
    let int = |name: &str| int(e, name);
    let guid = Guid::from_bytes(&binary(e, "objectGUID")?)
        .ok()?
        .to_string();
    let expires = filetime_to_utc(int("msDS-UserPasswordExpiryTimeComputed")?)?;
    Some((
        ExpiringUser {
            guid,
            dn: e.dn.clone(),
            privileged: int("adminCount").unwrap_or(0) > 0,
            sam: first("sAMAccountName")?.to_string(),
            display_name: first("displayName").map(String::from),
            mail: first("mail").map(String::from),
            pwd_last_set: int("pwdLastSet")?,
            expires,
        },
        int("userAccountControl").unwrap_or(0) as u32,
    ))
}

impl Directory {
    /// Accounts under the user base whose password expires after `now` and no later than
    /// `horizon` (the caller checks scope). A connection that fails
    /// midway is retried once from the start, on another connection; each page must come
    /// within `directory.operation_timeout`.
    pub async fn expiring_passwords(
        &self,
        now: DateTime<Utc>,
        horizon: DateTime<Utc>,
        page_size: u32,
    ) -> Result<ExpiryScan, WritebackError> {
        let filter = filter(now);
        let mut last = None;
        for _ in 0..2 {
            let lease = self.pool.lease().await?;
            match self
                .scan(lease.ldap.clone(), &filter, now, horizon, page_size)
                .await
            {
                Ok(found) => return Ok(found),
                Err(ScanError::Answer(e)) => return Err(e),
                Err(ScanError::Connection(e)) => {
                    tracing::warn!(dc = %lease.dc.url, error = %e, "expiry scan interrupted; retrying");
                    // Only this connection goes: a slow page of a large scan is not a DC
                    // that is down for the portal's users.
                    self.pool.discard(&lease).await;
                    last = Some(e);
                }
            }
        }
        Err(last.unwrap_or(WritebackError::Timeout(self.op_timeout)))
    }

    async fn scan(
        &self,
        mut ldap: ldap3::Ldap,
        filter: &str,
        now: DateTime<Utc>,
        horizon: DateTime<Utc>,
        page_size: u32,
    ) -> Result<ExpiryScan, ScanError> {
        let timeout = self.op_timeout;
        let failed = |e: LdapError| {
            if is_connection_error(&e) {
                ScanError::Connection(WritebackError::Unreachable(e.to_string()))
            } else if let LdapError::LdapResult { result } = e {
                ScanError::Answer(WritebackError::Ldap {
                    code: result.rc,
                    raw: errors::clean_text(&result.text),
                })
            } else {
                ScanError::Answer(WritebackError::Ldap {
                    code: 0,
                    raw: e.to_string(),
                })
            }
        };
        let late = || ScanError::Connection(WritebackError::Timeout(timeout));
        let adapters: Vec<Box<dyn Adapter<_, _>>> = vec![
            Box::new(EntriesOnly::new()),
            Box::new(PagedResults::new(page_size as i32)),
        ];
        let mut stream = tokio::time::timeout(
            timeout,
            ldap.streaming_search_with(
                adapters,
                &self.user_base_dn,
                Scope::Subtree,
                filter,
                ATTRS.to_vec(),
            ),
        )
        .await
        .map_err(|_| late())?
        .map_err(failed)?;
        let mut found = ExpiryScan::default();
        loop {
            let next = tokio::time::timeout(timeout, stream.next())
                .await
                .map_err(|_| late())?
                .map_err(failed)?;
            let Some(entry) = next else { break };
            let entry = SearchEntry::construct(entry);
            let Some((user, uac_bits)) = from_entry(&entry) else {
                continue;
            };
            found.scanned += 1;
            // The filter already leaves these out; a DC that ignores the bitwise rule must not
            // get a reminder sent for a password that never expires.
            if uac_bits & (uac::DONT_EXPIRE_PASSWD | uac::ACCOUNTDISABLE) != 0 {
                continue;
            }
            if user.expires > now && user.expires <= horizon {
                found.expiring.push(user);
            }
        }
        let done = stream.finish().await;
        if done.rc != 0 {
            return Err(ScanError::Answer(WritebackError::Ldap {
                code: done.rc,
                raw: errors::clean_text(&done.text),
            }));
        }
        found.expiring.sort_by_key(|u| u.expires);
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_leaves_out_disabled_never_expiring_and_must_change() {
        let now = DateTime::parse_from_rfc3339("2026-12-02T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let f = filter(now);
        assert!(f.contains("(accountExpires>=134406432000000000)"), "{f}");
        assert!(
            f.contains("(!(userAccountControl:1.2.840.113556.1.4.803:=2))"),
            "{f}"
        );
        assert!(
            f.contains("(!(userAccountControl:1.2.840.113556.1.4.803:=65536))"),
            "{f}"
        );
        assert!(f.contains("(!(pwdLastSet=0))"), "{f}");
        assert!(!f.contains("memberOf"));
    }
}
