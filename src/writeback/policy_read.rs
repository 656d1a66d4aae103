//! Reading the effective password policy: the domain policy on the domain root, or the
//! resultant PSO named by the user's `msDS-ResultantPSO`.
//!
//! Both change rarely and are read on every password page, so they are cached briefly. A PSO
//! the service account cannot read is an error, not a silent fall-back to the domain policy:
//! showing a user the wrong rules is worse than saying the policy is unknown.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ldap3::{Scope, SearchEntry};

use super::errors::{rc, WritebackError};
use super::time::interval;
use super::{Directory, DirectoryUser};
use crate::policy::{PasswordPolicy, PolicySource};

/// How long a policy read is reused.
const CACHE_TTL: Duration = Duration::from_secs(60);

const DOMAIN_ATTRS: &[&str] = &[
    "minPwdLength",
    "pwdProperties",
    "pwdHistoryLength",
    "minPwdAge",
    "maxPwdAge",
    "lockoutThreshold",
    "lockoutDuration",
    "lockOutObservationWindow",
];

const PSO_ATTRS: &[&str] = &[
    "msDS-MinimumPasswordLength",
    "msDS-PasswordComplexityEnabled",
    "msDS-PasswordHistoryLength",
    "msDS-MinimumPasswordAge",
    "msDS-MaximumPasswordAge",
    "msDS-LockoutThreshold",
    "msDS-LockoutDuration",
    "msDS-LockoutObservationWindow",
];

/// `pwdProperties` bit: complexity required.
const DOMAIN_PASSWORD_COMPLEX: i64 = 0x1;

/// Cached policies, keyed by "" for the domain and by DN for PSOs.
#[derive(Default)]
pub struct PolicyCache {
    entries: Mutex<HashMap<String, (Instant, PasswordPolicy)>>,
}

impl PolicyCache {
    fn get(&self, key: &str) -> Option<PasswordPolicy> {
        let map = self.entries.lock().ok()?;
        map.get(key)
            .filter(|(at, _)| at.elapsed() < CACHE_TTL)
            .map(|(_, p)| p.clone())
    }

    /// The cached policy whatever its age, and whether it is fresh.
    fn get_any(&self, key: &str) -> Option<(PasswordPolicy, bool)> {
        let map = self.entries.lock().ok()?;
        map.get(key)
            .map(|(at, p)| (p.clone(), at.elapsed() < CACHE_TTL))
    }

    fn put(&self, key: &str, p: &PasswordPolicy) {
        if let Ok(mut map) = self.entries.lock() {
            map.insert(key.to_string(), (Instant::now(), p.clone()));
        }
    }
}

fn int(e: &SearchEntry, name: &str) -> Option<i64> {
    e.attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.first())
        .and_then(|v| v.trim().parse().ok())
}

fn flag(e: &SearchEntry, name: &str) -> Option<bool> {
    e.attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.first())
        .map(|v| v.eq_ignore_ascii_case("TRUE"))
}

fn count(v: Option<i64>) -> u32 {
    v.unwrap_or(0).clamp(0, i64::from(u32::MAX)) as u32
}

/// Max age 0 also means "never expires" in AD.
fn max_age(ticks: Option<i64>) -> Option<Duration> {
    interval(ticks.unwrap_or(0)).filter(|d| !d.is_zero())
}

/// Lockout duration 0 (or "forever") means an admin must unlock.
fn lockout_duration(ticks: Option<i64>) -> Option<Duration> {
    interval(ticks.unwrap_or(0)).filter(|d| !d.is_zero())
}

/// Parses the domain root's policy attributes.
pub fn domain_policy_from_entry(e: &SearchEntry) -> PasswordPolicy {
    PasswordPolicy {
        source: PolicySource::Domain,
        min_length: count(int(e, "minPwdLength")),
        complexity: int(e, "pwdProperties").unwrap_or(0) & DOMAIN_PASSWORD_COMPLEX != 0,
        history_length: count(int(e, "pwdHistoryLength")),
        min_age: interval(int(e, "minPwdAge").unwrap_or(0)).unwrap_or(Duration::ZERO),
        max_age: max_age(int(e, "maxPwdAge")),
        lockout_threshold: count(int(e, "lockoutThreshold")),
        lockout_duration: lockout_duration(int(e, "lockoutDuration")),
        lockout_window: interval(int(e, "lockOutObservationWindow").unwrap_or(0))
            .unwrap_or(Duration::ZERO),
    }
}

/// Parses a PSO's attributes.
pub fn pso_from_entry(e: &SearchEntry) -> PasswordPolicy {
    PasswordPolicy {
        source: PolicySource::Pso { dn: e.dn.clone() },
        min_length: count(int(e, "msDS-MinimumPasswordLength")),
        complexity: flag(e, "msDS-PasswordComplexityEnabled").unwrap_or(true),
        history_length: count(int(e, "msDS-PasswordHistoryLength")),
        min_age: interval(int(e, "msDS-MinimumPasswordAge").unwrap_or(0)).unwrap_or(Duration::ZERO),
        max_age: max_age(int(e, "msDS-MaximumPasswordAge")),
        lockout_threshold: count(int(e, "msDS-LockoutThreshold")),
        lockout_duration: lockout_duration(int(e, "msDS-LockoutDuration")),
        lockout_window: interval(int(e, "msDS-LockoutObservationWindow").unwrap_or(0))
            .unwrap_or(Duration::ZERO),
    }
}

/// The domain policy (cached).
pub async fn domain_policy(dir: &Directory) -> Result<PasswordPolicy, WritebackError> {
    if let Some(p) = dir.policy_cache.get("") {
        return Ok(p);
    }
    let base = dir.base_dn.clone();
    let entries = dir
        .search(&base, Scope::Base, "(objectClass=*)", DOMAIN_ATTRS)
        .await?;
    let entry = entries.first().ok_or_else(|| WritebackError::Ldap {
        code: rc::NO_SUCH_OBJECT,
        raw: format!("domain root {base} not readable"),
    })?;
    let p = domain_policy_from_entry(entry);
    dir.policy_cache.put("", &p);
    Ok(p)
}

/// The domain policy for a page, without waiting on the directory: the cached one (however
/// old), refreshed in the background when it is stale or missing. `None` until the first read
/// has come back; the page then shows the organisation's rules in general terms.
pub fn domain_policy_now(dir: &std::sync::Arc<Directory>) -> Option<PasswordPolicy> {
    let cached = dir.policy_cache.get_any("");
    if !cached.as_ref().is_some_and(|(_, fresh)| *fresh)
        && !dir
            .policy_refreshing
            .swap(true, std::sync::atomic::Ordering::AcqRel)
    {
        let dir = dir.clone();
        tokio::spawn(async move {
            if let Err(e) = domain_policy(&dir).await {
                tracing::warn!(error = %e, "domain policy not refreshed");
            }
            dir.policy_refreshing
                .store(false, std::sync::atomic::Ordering::Release);
        });
    }
    cached.map(|(p, _)| p)
}

/// A PSO by DN (cached).
pub async fn pso(dir: &Directory, dn: &str) -> Result<PasswordPolicy, WritebackError> {
    if let Some(p) = dir.policy_cache.get(dn) {
        return Ok(p);
    }
    let entries = dir
        .search(dn, Scope::Base, "(objectClass=msDS-PasswordSettings)", PSO_ATTRS)
        .await
        .map_err(|e| match e {
            WritebackError::Ldap { code: rc::NO_SUCH_OBJECT, .. } => WritebackError::AccessDenied(
                format!("PSO {dn} is not readable by the service account (grant read on the Password Settings Container)"),
            ),
            other => other,
        })?;
    let entry = entries.first().ok_or_else(|| {
        WritebackError::AccessDenied(format!("PSO {dn} is not readable by the service account"))
    })?;
    // A PSO read without rights comes back with no attributes at all rather than an error.
    if int(entry, "msDS-MinimumPasswordLength").is_none() {
        return Err(WritebackError::AccessDenied(format!(
            "PSO {dn} attributes are not readable by the service account"
        )));
    }
    let p = pso_from_entry(entry);
    dir.policy_cache.put(dn, &p);
    Ok(p)
}

/// The policy in force for `user`.
pub async fn effective_policy(
    dir: &Directory,
    user: &DirectoryUser,
) -> Result<PasswordPolicy, WritebackError> {
    match &user.resultant_pso {
        Some(dn) => pso(dir, dn).await,
        None => domain_policy(dir).await,
    }
}
