//! Writeback diagnostics: the checks Microsoft's and LTB's troubleshooting guides have an admin
//! make by hand, run for them. Each check passes, warns or fails, and says what to do.
//!
//! Rights are evaluated from the objects' security descriptors against the service account's
//! token (see [`super::acl`]) rather than by trying a write, so diagnostics never change a
//! user. `allowedAttributesEffective` (computed by the DC) cross-checks the attribute rights.

use chrono::Utc;
use ldap3::controls::RawControl;
use ldap3::{ldap_escape, Scope, SearchEntry};
use secrecy::ExposeSecret;

use super::acl::{self, Access, Right, SecurityDescriptor, Sid};
use super::connection::{self, read_features};
use super::errors::{bind_data_code, rc, WritebackError};
use super::user::binary;
use super::Directory;
use crate::config::DirectoryConfig;

/// Outcome of one check.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Fine.
    Pass,
    /// Works, but something will bite users or admins.
    Warn,
    /// Broken: writeback will fail.
    Fail,
}

impl Level {
    /// Fixed-width label.
    pub fn label(&self) -> &'static str {
        match self {
            Self::Pass => "PASS",
            Self::Warn => "WARN",
            Self::Fail => "FAIL",
        }
    }
}

/// One check's result.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Check {
    /// What was checked.
    pub name: String,
    /// How it went.
    pub level: Level,
    /// What was found.
    pub detail: String,
    /// What to do about it (for WARN and FAIL).
    pub fix: Option<String>,
    /// The same in the catalogue's words (`locales/<lang>/checks.ftl`), for the console; the
    /// English fields above stay what `sspr doctor` prints. Absent in runs stored before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<CheckWords>,
}

/// A check's messages: `{id}-name`, `{id}-detail` and (with a fix) `{id}-fix`, with their
/// arguments (all text; digits-only values are numbers, for plurals).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CheckWords {
    /// The message stem (`check-bind-ok`).
    pub id: String,
    /// Argument name and value.
    pub args: Vec<(String, String)>,
}

impl Check {
    /// A passing check.
    pub fn pass(name: impl Into<String>, detail: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            level: Level::Pass,
            detail: detail.into(),
            fix: None,
            words: None,
        }
    }

    /// A warning with its fix.
    pub fn warn(
        name: impl Into<String>,
        detail: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            level: Level::Warn,
            detail: detail.into(),
            fix: Some(fix.into()),
            words: None,
        }
    }

    /// A failure with its fix.
    pub fn fail(
        name: impl Into<String>,
        detail: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            level: Level::Fail,
            detail: detail.into(),
            fix: Some(fix.into()),
            words: None,
        }
    }

    /// The check's catalogue messages (stem `id`) and their arguments.
    pub fn words(mut self, id: &'static str, args: &[(&'static str, &str)]) -> Self {
        self.words = Some(CheckWords {
            id: id.to_string(),
            args: args
                .iter()
                .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
                .collect(),
        });
        self
    }
}

/// Days a certificate warns before it expires.
const CERT_WARN_DAYS: i64 = 30;

/// What a service bind's `data` code means.
fn bind_hint(text: &str) -> &'static str {
    match bind_data_code(text) {
        Some(0x52e | 0x525) => "wrong password or no such account (check bind_dn and the password)",
        Some(0x532) => "the service account's password has expired",
        Some(0x533) => "the service account is disabled",
        Some(0x701) => "the service account has expired",
        Some(0x773) => "the service account must change its password",
        Some(0x775) => "the service account is locked out",
        _ => "the DC refused the bind",
    }
}

/// The same, as the key the catalogue's `check-bind-refused-detail` selects on.
fn bind_reason(text: &str) -> &'static str {
    match bind_data_code(text) {
        Some(0x52e | 0x525) => "credentials",
        Some(0x532) => "password-expired",
        Some(0x533) => "disabled",
        Some(0x701) => "expired",
        Some(0x773) => "must-change",
        Some(0x775) => "locked",
        _ => "refused",
    }
}

/// Checks each DC: TCP + TLS (with the certificate's remaining validity), service bind, and
/// the controls it supports.
async fn check_dcs(dir: &Directory, cfg: &DirectoryConfig) -> Vec<Check> {
    let mut out = Vec::new();
    for dc in dir.pool().dcs() {
        let url = dc.url.to_string();
        let name = format!("DC {url}: reachable over TLS");
        let mut ldap = match connection::open(&dc.url, dir.pool().params()).await {
            Ok(l) => l,
            Err(WritebackError::Tls { detail, .. }) => {
                out.push(Check::fail(
                    name,
                    format!("the certificate could not be verified: {detail}"),
                    "Set directory.ca_file to the CA (PEM) that issued the DC's certificate, and \
                     use a host name in the URL that the certificate's SAN lists. Verification is \
                     never switched off.",
                ).words("check-dc-tls-unverified", &[("url", &url), ("detail", &detail)]));
                continue;
            }
            Err(e) => {
                out.push(Check::fail(
                    name,
                    e.to_string(),
                    "Check that the DC is up and that this host can reach it on 636 (ldaps) or \
                     389 (StartTLS); check the URL and firewalls.",
                ).words("check-dc-unreachable", &[("url", &url), ("error", &e.to_string())]));
                continue;
            }
        };
        out.push(cert_check(
            &url,
            ldap.get_peer_certificate().await.ok().flatten(),
        ));
        let bind = tokio::time::timeout(
            cfg.connect_timeout,
            ldap.simple_bind(&cfg.bind_dn, cfg.bind_password.expose_secret()),
        )
        .await;
        let bind_name = format!("DC {url}: service account binds");
        match bind {
            Ok(Ok(r)) if r.rc == rc::SUCCESS => out.push(
                Check::pass(bind_name, format!("bound as {}", cfg.bind_dn))
                    .words("check-bind-ok", &[("url", &url), ("bind_dn", &cfg.bind_dn)]),
            ),
            Ok(Ok(r)) => out.push(
                Check::fail(
                    bind_name,
                    format!(
                        "{}: {}",
                        bind_hint(&r.text),
                        super::errors::clean_text(&r.text)
                    ),
                    "Fix directory.bind_dn / the bind password, and make sure the account is \
                 enabled, not locked, and its password does not expire.",
                )
                .words(
                    "check-bind-refused",
                    &[
                        ("url", &url),
                        ("reason", bind_reason(&r.text)),
                        ("error", &super::errors::clean_text(&r.text)),
                    ],
                ),
            ),
            Ok(Err(e)) => out.push(
                Check::fail(bind_name, e.to_string(), "Check the DC's logs.").words(
                    "check-bind-error",
                    &[("url", &url), ("error", &e.to_string())],
                ),
            ),
            Err(_) => out.push(
                Check::fail(
                    bind_name,
                    "no answer in time",
                    "The DC is overloaded or a firewall drops traffic after the handshake.",
                )
                .words("check-bind-timeout", &[("url", &url)]),
            ),
        }
        let hints_name = format!("DC {url}: policy hints control");
        match read_features(&mut ldap).await {
            Ok(f) => match f.policy_hints_oid {
                Some(oid) => out.push(Check::pass(
                    hints_name,
                    format!(
                        "supported ({oid}): self-service resets enforce history and minimum age"
                    ),
                ).words("check-hints-ok", &[("url", &url), ("oid", oid)])),
                None => out.push(Check::warn(
                    hints_name,
                    "not supported by this DC: self-service resets cannot enforce password \
                     history or minimum age (changes still do)",
                    "Use Windows Server 2012 R2 or later DCs for writeback if resets must honour \
                     history; Samba does not support the control.",
                ).words("check-hints-unsupported", &[("url", &url)])),
            },
            Err(e) => out.push(Check::fail(
                hints_name,
                format!("rootDSE not readable: {e}"),
                "Check the DC.",
            ).words("check-hints-unreadable", &[("url", &url), ("error", &e.to_string())])),
        }
        let _ = ldap.unbind().await;
    }
    out
}

pub(crate) fn cert_check(url: &str, der: Option<Vec<u8>>) -> Check {
    let name = format!("DC {url}: certificate");
    let Some(der) = der else {
        return Check::warn(
            name,
            "no peer certificate to inspect",
            "Check the TLS setup.",
        )
        .words("check-cert-missing", &[("url", url)]);
    };
    let Ok((_, cert)) = x509_parser::parse_x509_certificate(&der) else {
        return Check::warn(
            name,
            "the certificate could not be parsed",
            "Check the certificate.",
        )
        .words("check-cert-unparsable", &[("url", url)]);
    };
    let not_after = cert.validity().not_after.timestamp();
    let days = (not_after - Utc::now().timestamp()).div_euclid(86_400);
    let subject = cert.subject().to_string();
    if days < 0 {
        Check::fail(
            name,
            format!("{subject} expired {} days ago", -days),
            "Renew the DC certificate.",
        )
        .words(
            "check-cert-expired",
            &[
                ("url", url),
                ("subject", &subject),
                ("days", &(-days).to_string()),
            ],
        )
    } else if days < CERT_WARN_DAYS {
        Check::warn(
            name,
            format!("verified; {subject} expires in {days} days"),
            "Renew the DC certificate before it expires, or every writeback will fail.",
        )
        .words(
            "check-cert-expiring",
            &[
                ("url", url),
                ("subject", &subject),
                ("days", &days.to_string()),
            ],
        )
    } else {
        Check::pass(name, format!("verified; {subject} expires in {days} days")).words(
            "check-cert-ok",
            &[
                ("url", url),
                ("subject", &subject),
                ("days", &days.to_string()),
            ],
        )
    }
}

async fn check_policies(dir: &Directory) -> Vec<Check> {
    let mut out = Vec::new();
    match super::policy_read::domain_policy(dir).await {
        Ok(p) => {
            let summary = format!(
                "min length {}, complexity {}, history {}, min age {} h, lockout after {}",
                p.min_length,
                if p.complexity { "on" } else { "off" },
                p.history_length,
                p.min_age.as_secs() / 3600,
                p.lockout_threshold
            );
            let args = [
                p.min_length.to_string(),
                if p.complexity { "on" } else { "off" }.to_string(),
                p.history_length.to_string(),
                (p.min_age.as_secs() / 3600).to_string(),
                p.lockout_threshold.to_string(),
            ];
            let args = [
                ("min_length", args[0].as_str()),
                ("complexity", args[1].as_str()),
                ("history", args[2].as_str()),
                ("min_age_hours", args[3].as_str()),
                ("lockout", args[4].as_str()),
            ];
            if p.min_age.is_zero() {
                out.push(
                    Check::pass("domain password policy readable", summary)
                        .words("check-policy-ok", &args),
                );
            } else {
                out.push(Check::warn(
                    "domain password policy readable",
                    format!("{summary}: users cannot change their password twice within the minimum age"),
                    "Consider a minimum password age of 0 (or 1 day at most); users who change \
                     and then forget must use reset, which a helpdesk reset always allows.",
                ).words("check-policy-min-age", &args));
            }
        }
        Err(e) => out.push(
            Check::fail(
                "domain password policy readable",
                e.to_string(),
                "Authenticated users can normally read the domain root; check the service account.",
            )
            .words("check-policy-unreadable", &[("error", &e.to_string())]),
        ),
    }
    let container = format!("CN=Password Settings Container,CN=System,{}", dir.base_dn());
    let found = dir
        .search(
            &container,
            Scope::OneLevel,
            "(objectClass=msDS-PasswordSettings)",
            &[
                "msDS-MinimumPasswordLength",
                "msDS-PasswordSettingsPrecedence",
            ],
        )
        .await;
    match found {
        Ok(psos) => {
            let unreadable = psos
                .iter()
                .filter(|e| {
                    !e.attrs
                        .keys()
                        .any(|k| k.eq_ignore_ascii_case("msDS-MinimumPasswordLength"))
                })
                .count();
            if unreadable > 0 {
                out.push(
                    Check::warn(
                        "fine-grained password policies (PSOs) readable",
                        format!(
                            "{unreadable} of {} PSOs have unreadable settings",
                            psos.len()
                        ),
                        format!("Grant the service account read on {container}."),
                    )
                    .words(
                        "check-pso-unreadable",
                        &[
                            ("unreadable", &unreadable.to_string()),
                            ("total", &psos.len().to_string()),
                            ("container", &container),
                        ],
                    ),
                );
            } else {
                out.push(
                    Check::pass(
                        "fine-grained password policies (PSOs) readable",
                        format!("{} PSO(s) found", psos.len()),
                    )
                    .words("check-pso-ok", &[("count", &psos.len().to_string())]),
                );
            }
        }
        Err(e) => out.push(
            Check::warn(
                "fine-grained password policies (PSOs) readable",
                format!(
                    "the Password Settings Container is not readable ({e}); users under a PSO \
                     would be shown the domain policy"
                ),
                format!("Grant the service account read (RP, LC) on {container}."),
            )
            .words(
                "check-pso-container-unreadable",
                &[("error", &e.to_string()), ("container", &container)],
            ),
        ),
    }
    out
}

/// Reads an object's DACL (only the DACL, so no SACL right is needed).
pub async fn read_dacl(dir: &Directory, dn: &str) -> Result<SecurityDescriptor, WritebackError> {
    let control = RawControl {
        ctype: acl::LDAP_SERVER_SD_FLAGS_OID.to_string(),
        crit: true,
        val: Some(acl::security_descriptor_flags_control_value(
            acl::DACL_SECURITY_INFORMATION,
        )),
    };
    let entries = dir
        .read(|mut l| {
            let control = control.clone();
            async move {
                let (rs, _) = l
                    .with_controls(control)
                    .search(
                        dn,
                        Scope::Base,
                        "(objectClass=*)",
                        vec!["nTSecurityDescriptor"],
                    )
                    .await?
                    .success()?;
                Ok(rs
                    .into_iter()
                    .map(SearchEntry::construct)
                    .collect::<Vec<_>>())
            }
        })
        .await?;
    let bytes = entries
        .first()
        .and_then(|e| binary(e, "nTSecurityDescriptor"))
        .ok_or_else(|| {
            WritebackError::AccessDenied(format!("security descriptor of {dn} not readable"))
        })?;
    SecurityDescriptor::parse(&bytes).map_err(|e| WritebackError::Ldap {
        code: 0,
        raw: format!("security descriptor of {dn}: {e}"),
    })
}

/// The writeback rights `token` lacks on the object `dn`, named for people.
pub async fn missing_rights(
    dir: &Directory,
    token: &[Sid],
    dn: &str,
) -> Result<Vec<&'static str>, WritebackError> {
    let sd = read_dacl(dir, dn).await?;
    Ok(Right::WRITEBACK_REQUIRED
        .iter()
        .filter(|r| acl::evaluate(&sd, token, r) != Access::Allowed)
        .map(right_name)
        .collect())
}

/// A right as the delegation wizard names it.
pub fn right_name(r: &Right) -> &'static str {
    if *r == Right::RESET_PASSWORD {
        "Reset Password"
    } else if *r == Right::WRITE_LOCKOUT_TIME {
        "Write lockoutTime"
    } else if *r == Right::WRITE_PWD_LAST_SET {
        "Write pwdLastSet"
    } else {
        "a writeback right"
    }
}

async fn allowed_attributes(dir: &Directory, dn: &str) -> Result<Vec<String>, WritebackError> {
    let entries = dir
        .search(
            dn,
            Scope::Base,
            "(objectClass=*)",
            &["allowedAttributesEffective"],
        )
        .await?;
    Ok(entries
        .into_iter()
        .next()
        .and_then(|mut e| e.attrs.remove("allowedAttributesEffective"))
        .unwrap_or_default())
}

/// Enabled, non-protected users, for the probe.
const PROBE_FILTER: &str = "(&(objectCategory=person)(objectClass=user)(!(adminCount=1))(!(userAccountControl:1.2.840.113556.1.4.803:=2)))";

async fn check_rights(dir: &Directory, cfg: &DirectoryConfig) -> Vec<Check> {
    let mut out = Vec::new();
    let token = match dir.service_token(&cfg.bind_dn).await {
        Ok(t) => t,
        Err(e) => {
            out.push(
                Check::fail(
                    "service account rights on users",
                    format!("the service account's own entry is not readable: {e}"),
                    "Check directory.bind_dn.",
                )
                .words("check-rights-own-entry", &[("error", &e.to_string())]),
            );
            return out;
        }
    };
    let filter = match &cfg.probe_user {
        Some(u) => format!(
            "(&(objectCategory=person)(objectClass=user)(sAMAccountName={}))",
            ldap_escape(u)
        ),
        None => PROBE_FILTER.to_string(),
    };
    let probe = dir
        .search(
            &cfg.user_base_dn,
            Scope::Subtree,
            &filter,
            &["sAMAccountName"],
        )
        .await;
    let probe = match probe {
        Ok(entries) => entries
            .into_iter()
            .find(|e| !e.dn.eq_ignore_ascii_case(&cfg.bind_dn)),
        Err(e) => {
            out.push(
                Check::fail(
                    "service account rights on users",
                    e.to_string(),
                    "Check the DC.",
                )
                .words("check-rights-probe-search", &[("error", &e.to_string())]),
            );
            return out;
        }
    };
    let Some(probe) = probe else {
        out.push(
            Check::warn(
                "service account rights on users",
                "no user found to probe the rights on",
                "Set directory.probe_user to a typical (non-admin) user's sAMAccountName.",
            )
            .words("check-rights-no-probe", &[]),
        );
        return out;
    };
    let name = format!("service account rights on users (probe: {})", probe.dn);
    match missing_rights(dir, &token, &probe.dn).await {
        Ok(missing) if missing.is_empty() => {
            let attrs = allowed_attributes(dir, &probe.dn).await.unwrap_or_default();
            let has = |a: &str| attrs.iter().any(|x| x.eq_ignore_ascii_case(a));
            if has("lockoutTime") && has("pwdLastSet") {
                out.push(
                    Check::pass(
                        name,
                        "Reset Password, write lockoutTime, write pwdLastSet: granted",
                    )
                    .words("check-rights-ok", &[("probe", &probe.dn)]),
                );
            } else {
                out.push(Check::warn(
                    name,
                    "the ACL grants the rights but the DC does not list lockoutTime/pwdLastSet as writable",
                    "Check for deny entries or a schema-level restriction on the OU.",
                ).words("check-rights-not-writable", &[("probe", &probe.dn)]));
            }
        }
        Ok(missing) => out.push(
            Check::fail(
                name,
                format!("missing: {}", missing.join(", ")),
                format!(
                "Delegate to {} on the users' OU (Delegation of Control: \"Reset user passwords \
                 and force password change at next logon\", plus Write lockoutTime), inherited \
                 to descendant User objects.",
                cfg.bind_dn
            ),
            )
            .words(
                "check-rights-missing",
                &[
                    ("probe", &probe.dn),
                    ("missing", &missing.join(", ")),
                    ("bind_dn", &cfg.bind_dn),
                ],
            ),
        ),
        Err(e) => out.push(
            Check::fail(
                name,
                e.to_string(),
                "Authenticated users can normally read user ACLs; check for hardened permissions.",
            )
            .words(
                "check-rights-acl-unreadable",
                &[("probe", &probe.dn), ("error", &e.to_string())],
            ),
        ),
    }
    out.push(check_protected(dir, cfg, &token).await);
    out
}

async fn check_protected(dir: &Directory, cfg: &DirectoryConfig, token: &[Sid]) -> Check {
    let name = "protected accounts (adminCount=1)";
    let found = dir
        .search(
            &cfg.user_base_dn,
            Scope::Subtree,
            "(&(objectCategory=person)(objectClass=user)(adminCount=1))",
            &["sAMAccountName"],
        )
        .await;
    let entries = match found {
        Ok(e) => e,
        Err(e) => {
            return Check::warn(name, e.to_string(), "Check the DC.")
                .words("check-protected-unreadable", &[("error", &e.to_string())])
        }
    };
    let mut unmanaged = Vec::new();
    for e in entries.iter().take(200) {
        let sam = e
            .attrs
            .get("sAMAccountName")
            .and_then(|v| v.first())
            .cloned()
            .unwrap_or_else(|| e.dn.clone());
        match missing_rights(dir, token, &e.dn).await {
            Ok(m) if m.is_empty() => {}
            _ => unmanaged.push(sam),
        }
    }
    if unmanaged.is_empty() {
        Check::pass(
            name,
            format!("{} protected account(s), all manageable", entries.len()),
        )
        .words(
            "check-protected-ok",
            &[("count", &entries.len().to_string())],
        )
    } else {
        unmanaged.sort();
        Check::warn(
            name,
            format!(
                "{} protected account(s) the service account cannot reset or unlock: {}",
                unmanaged.len(),
                unmanaged.join(", ")
            ),
            "These accounts get their ACL from AdminSDHolder and ignore delegations: keep them \
             out of self-service scope (their users see \"contact your administrator\"), or \
             delegate on CN=AdminSDHolder,CN=System if policy allows.",
        )
        .words(
            "check-protected-unmanaged",
            &[
                ("count", &unmanaged.len().to_string()),
                ("accounts", &unmanaged.join(", ")),
            ],
        )
    }
}

async fn check_groups(dir: &Directory, groups: &[(&str, &str)]) -> Vec<Check> {
    let mut out = Vec::new();
    for (key, dn) in groups.iter().filter(|(_, dn)| !dn.is_empty()) {
        let found = dir
            .search(dn, Scope::Base, "(objectClass=group)", &["1.1"])
            .await
            .map(|entries| entries.len());
        let name = format!("{key} exists");
        match found {
            Ok(1) => out.push(
                Check::pass(name, dn.to_string())
                    .words("check-group-ok", &[("key", key), ("dn", dn)]),
            ),
            Ok(_)
            | Err(WritebackError::Ldap {
                code: rc::NO_SUCH_OBJECT,
                ..
            }) => out.push(
                Check::fail(
                    name,
                    format!("{dn} is not a group the service account can see"),
                    format!(
                        "Fix {key} (copy the DN from the group's distinguishedName attribute)."
                    ),
                )
                .words("check-group-missing", &[("key", key), ("dn", dn)]),
            ),
            Err(e) => out.push(Check::fail(name, e.to_string(), "Check the DC.").words(
                "check-group-error",
                &[("key", key), ("error", &e.to_string())],
            )),
        }
    }
    out
}

/// Runs every writeback check.
pub async fn run(dir: &Directory, cfg: &DirectoryConfig, groups: &[(&str, &str)]) -> Vec<Check> {
    let mut out = check_dcs(dir, cfg).await;
    // Without a working service connection the remaining checks would only repeat the failure.
    if dir.pool().lease().await.is_err() {
        out.push(
            Check::fail(
                "directory usable",
                "no DC accepted the service account over a verified connection",
                "Fix the failures above first.",
            )
            .words("check-directory-unusable", &[]),
        );
        return out;
    }
    out.extend(check_policies(dir).await);
    out.extend(check_rights(dir, cfg).await);
    out.extend(check_groups(dir, groups).await);
    out
}

/// Whether a user is a protected account the service account cannot manage (for the
/// helpdesk's diagnosis).
pub async fn cannot_manage(
    dir: &Directory,
    bind_dn: &str,
    user_dn: &str,
) -> Result<Vec<&'static str>, WritebackError> {
    let token = dir.service_token(bind_dn).await?;
    missing_rights(dir, &token, user_dn).await
}
