//! The console's words for what the flows layer returns typed: diagnosis findings, the
//! writeback health headline, why an account is privileged, why a session ended.

use crate::flows::admin::{Finding, FindingKind, RoleLost};
use crate::flows::authenticator::Authenticator;
use crate::flows::health::Why;
use crate::flows::protection::Privilege;
use crate::i18n::{FluentArgs, FluentValue, Tr};
use crate::status::StatusReason;
use crate::tr;
use crate::writeback::diagnostics::Check;

/// The `$kind` (and `$group`) the catalogue's privilege messages select on.
pub fn privilege_args(p: &Privilege) -> (&'static str, String) {
    match p {
        Privilege::Protected => ("protected", String::new()),
        Privilege::ServiceAccount => ("service", String::new()),
        Privilege::Helpdesk => ("helpdesk", String::new()),
        Privilege::Group(g) => ("group", g.clone()),
    }
}

/// A privilege message (`console-fact-privileged-yes`, `finding-privileged-detail`…).
pub fn privilege(tr: &Tr, id: &str, p: &Privilege) -> String {
    let (kind, group) = privilege_args(p);
    tr!(tr, id, kind = kind, group = group)
}

/// A date for the console, or a dash.
pub fn when(tr: &Tr, t: Option<chrono::DateTime<chrono::Utc>>) -> String {
    t.map(|t| tr.datetime(t))
        .unwrap_or_else(|| tr.t("console-none"))
}

/// A finding's title, facts and fix. `helpdesk` is how users reach the helpdesk.
pub fn finding(tr: &Tr, helpdesk: &str, f: &Finding) -> (String, String, String) {
    let plain = |stem: &str| {
        (
            tr.t(&format!("{stem}-title")),
            tr.t(&format!("{stem}-detail")),
            tr.t(&format!("{stem}-fix")),
        )
    };
    match &f.kind {
        FindingKind::Privileged(p) => (
            tr.t("finding-privileged-title"),
            privilege(tr, "finding-privileged-detail", p),
            tr.t(&StatusReason::ProtectedAccount.fix_id()),
        ),
        FindingKind::NotInScope { group } => (
            tr.t("finding-not-in-scope-title"),
            tr!(
                tr,
                "finding-not-in-scope-detail",
                scope = if group.is_some() { "group" } else { "none" },
                group = group.clone().unwrap_or_default()
            ),
            tr.t("finding-not-in-scope-fix"),
        ),
        FindingKind::DirectoryUnreachable { error } => (
            tr.t("finding-directory-unreachable-title"),
            tr!(tr, "finding-directory-unreachable-detail", error = error),
            tr.t("finding-directory-unreachable-fix"),
        ),
        FindingKind::NotRegistered {
            registered,
            required,
        } => (
            tr.t("finding-not-registered-title"),
            tr!(
                tr,
                "finding-not-registered-detail",
                registered = registered,
                required = required
            ),
            tr.t("finding-not-registered-fix"),
        ),
        FindingKind::Disabled => plain("finding-disabled"),
        FindingKind::Expired => plain("finding-expired"),
        FindingKind::MissingRights { missing } => (
            tr.t("finding-missing-rights-title"),
            tr!(
                tr,
                "finding-missing-rights-detail",
                rights = missing.join(", ")
            ),
            tr.t("finding-missing-rights-fix"),
        ),
        FindingKind::RightsUnchecked { error } => (
            tr.t("finding-rights-unchecked-title"),
            tr!(tr, "finding-rights-unchecked-detail", error = error),
            tr.t("finding-rights-unchecked-fix"),
        ),
        FindingKind::TooYoung {
            until,
            fine_grained,
        } => (
            tr.t("finding-too-young-title"),
            tr!(
                tr,
                "finding-too-young-detail",
                policy = if *fine_grained {
                    "fine-grained"
                } else {
                    "domain"
                },
                when = until.map(|t| tr.datetime(t)).unwrap_or_default()
            ),
            tr.t("finding-too-young-fix"),
        ),
        FindingKind::CannotChange => plain("finding-cannot-change"),
        FindingKind::Locked { since } => (
            tr.t("finding-locked-title"),
            tr!(
                tr,
                "finding-locked-detail",
                since = since.map(|t| tr.datetime(t)).unwrap_or_default()
            ),
            tr.t("finding-locked-fix"),
        ),
        FindingKind::MustChange => (
            tr.t("finding-must-change-title"),
            tr.t("finding-must-change-detail"),
            tr!(tr, "finding-must-change-fix", helpdesk = helpdesk),
        ),
        FindingKind::AuthenticatorBlocked {
            which,
            failures,
            cap,
        } => {
            let stem = match which {
                Authenticator::SelfService => "finding-app-blocked",
                Authenticator::Console => "finding-console-blocked",
            };
            (
                tr.t(&format!("{stem}-title")),
                tr!(tr, "finding-blocked-detail", failures = failures, cap = cap),
                tr.t(&format!("{stem}-fix")),
            )
        }
    }
}

/// A writeback check's name, detail and fix in the reader's words: from the catalogue
/// (`checks.ftl`) when the check carries its messages and the catalogue has them, else the
/// check's own English (checks stored by an older version, or from `sspr doctor`).
pub fn check(tr: &Tr, c: &Check) -> (String, String, Option<String>) {
    let english = (c.name.clone(), c.detail.clone(), c.fix.clone());
    let Some(w) = &c.words else {
        return english;
    };
    if !tr.has(&format!("{}-name", w.id)) {
        return english;
    }
    let mut args = FluentArgs::new();
    for (k, v) in &w.args {
        // Counts and days arrive as text: as numbers, they choose the plural form.
        let value = match v.parse::<i64>() {
            Ok(n) if v.bytes().all(|b| b.is_ascii_digit()) => FluentValue::from(n),
            _ => FluentValue::from(v.clone()),
        };
        args.set(k.clone(), value);
    }
    let say = |part: &str, fallback: &str| {
        let id = format!("{}-{part}", w.id);
        if tr.has(&id) {
            tr.with(&id, &args)
        } else {
            fallback.to_string()
        }
    };
    (
        say("name", &c.name),
        say("detail", &c.detail),
        c.fix.as_deref().map(|f| say("fix", f)),
    )
}

/// Why writeback health is what it is, in one sentence.
pub fn health_why(tr: &Tr, why: Why) -> String {
    match why {
        Why::NotRun => tr.t("health-not-run"),
        Why::NoDomainController => tr.t("health-no-domain-controller"),
        Why::ChecksFailed(n) => tr!(tr, "health-checks-failed", n = n),
        Why::FailureRate { failed, attempts } => {
            tr!(
                tr,
                "health-failure-rate",
                failed = failed,
                attempts = attempts
            )
        }
        Why::AllPassed => tr.t("health-all-passed"),
    }
}

/// Why a helpdesk session ended when the account lost its role.
pub fn role_lost(why: RoleLost) -> &'static str {
    match why {
        RoleLost::NotInGroup => "console-role-lost-not-in-group",
        RoleLost::AccountDisabled => "console-role-lost-disabled",
        RoleLost::AccountExpired => "console-role-lost-expired",
        RoleLost::LockedOut => "console-role-lost-locked",
        RoleLost::PasswordExpired => "console-role-lost-password-expired",
        RoleLost::Unverifiable => "console-role-lost-unverifiable",
    }
}

/// What happened to a writeback and what to do, for a failed helpdesk action.
pub fn explain_fix(tr: &Tr, reason: &StatusReason) -> String {
    tr!(
        tr,
        "console-explain-fix",
        explain = tr.t(&reason.explain_id()),
        fix = tr.t(&reason.fix_id())
    )
}

/// The shipped English catalogues, for tests.
#[cfg(test)]
pub(crate) use crate::i18n::english;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flows::admin::Severity;

    fn f(kind: FindingKind) -> Finding {
        Finding {
            severity: Severity::Blocks,
            reason: None,
            kind,
        }
    }

    #[test]
    fn findings_read_as_before() {
        let tr = english();
        let (title, detail, fix) = finding(
            &tr,
            "the IT desk",
            &f(FindingKind::Privileged(Privilege::Group(
                "Backup Operators".into(),
            ))),
        );
        assert_eq!(title, "Privileged account");
        assert_eq!(detail, "This is a member of the protected group Backup Operators. sspr never resets or unlocks privileged accounts, by self-service or here.");
        assert_eq!(fix, tr.t("status-ProtectedAccount-fix"));
        let (title, detail, _) = finding(
            &tr,
            "",
            &f(FindingKind::NotInScope {
                group: Some("CN=SSPR".into()),
            }),
        );
        assert_eq!(title, "Not in self-service scope");
        assert_eq!(detail, "Self-service is enabled for members of CN=SSPR; this user is not one (directly or through nesting).");
        let (_, detail, _) = finding(&tr, "", &f(FindingKind::NotInScope { group: None }));
        assert_eq!(
            detail,
            "Self-service is switched off (sspr.enabled_for = \"none\")."
        );
        let (title, detail, _) = finding(
            &tr,
            "",
            &f(FindingKind::NotRegistered {
                registered: 0,
                required: 2,
            }),
        );
        assert_eq!(title, "Not registered");
        assert_eq!(detail, "0 of 2 required verification methods registered.");
        let (title, detail, _) = finding(&tr, "", &f(FindingKind::Disabled));
        assert_eq!(title, "Account disabled");
        assert_eq!(
            detail,
            "The account is disabled in Active Directory: nothing can sign in with it."
        );
        let (_, _, fix) = finding(&tr, "the IT desk", &f(FindingKind::MustChange));
        assert_eq!(fix, "The user can change it at /change with their current password, or contact the IT desk.");
        let (title, detail, _) = finding(
            &tr,
            "",
            &f(FindingKind::AuthenticatorBlocked {
                which: Authenticator::Console,
                failures: 5,
                cap: 5,
            }),
        );
        assert_eq!(title, "Console authenticator blocked");
        assert!(detail.starts_with("5 wrong codes in a row (the cap is 5)"));
        let (title, detail, _) = finding(
            &tr,
            "",
            &f(FindingKind::TooYoung {
                until: None,
                fine_grained: true,
            }),
        );
        assert_eq!(title, "Minimum password age not reached");
        assert!(detail.contains("under their fine-grained policy the user"));
    }

    #[test]
    fn sentences_with_choices_read_as_before() {
        let tr = english();
        assert_eq!(
            health_why(
                &tr,
                Why::FailureRate {
                    failed: 3,
                    attempts: 9
                }
            ),
            "3 of 9 writebacks failed in 24 hours for connectivity or rights."
        );
        assert_eq!(
            health_why(&tr, Why::NotRun),
            "The heartbeat has not run yet."
        );
        let confirm = |m: &str, u: &str| {
            tr!(
                tr,
                "console-reset-confirm",
                name = "Ann Lee",
                sam = "ann",
                must_change = m,
                unlock = u
            )
        };
        assert_eq!(
            confirm("yes", "yes"),
            "Reset the password of Ann Lee (ann), who must change it at next logon, and unlock the account."
        );
        assert_eq!(confirm("no", "no"), "Reset the password of Ann Lee (ann).");
        assert_eq!(
            tr!(tr, "console-writeback-status", status = "active"),
            "Writeback: active"
        );
        assert_eq!(
            explain_fix(&tr, &StatusReason::OnPremisesConnectivityError),
            "No domain controller could be reached, or it did not answer in time. Check that the domain controllers are up and reachable on 636/389; run `sspr doctor`."
        );
    }

    /// Every `check-*` stem the diagnostics can emit, with whether its check has a fix.
    fn emitted_stems() -> Vec<(String, bool)> {
        let source = include_str!("../../writeback/diagnostics.rs");
        let mut stems = Vec::new();
        let mut rest = 0;
        while let Some(at) = source[rest..].find("\"check-") {
            let start = rest + at + 1;
            let end = start + source[start..].find('"').unwrap();
            let before = &source[..start];
            let pass = before.rfind("Check::pass(");
            let other = ["Check::warn(", "Check::fail("]
                .iter()
                .filter_map(|c| before.rfind(c))
                .max();
            assert!(pass.is_some() || other.is_some(), "{}", &source[start..end]);
            stems.push((source[start..end].to_string(), other > pass));
            rest = end;
        }
        stems
    }

    #[test]
    fn every_check_the_diagnostics_emit_has_its_messages() {
        let tr = english();
        let stems = emitted_stems();
        assert!(stems.len() >= 30, "{stems:?}");
        for (stem, has_fix) in &stems {
            assert!(tr.has(&format!("{stem}-name")), "{stem}-name");
            assert!(tr.has(&format!("{stem}-detail")), "{stem}-detail");
            assert_eq!(tr.has(&format!("{stem}-fix")), *has_fix, "{stem}-fix");
        }
        // And the catalogue has nothing the code no longer emits.
        let text = crate::i18n::Catalogues::shipped_text("en", "checks").unwrap();
        for line in text.lines().filter(|l| l.starts_with("check-")) {
            let id = line.split(" =").next().unwrap();
            let stem = ["-name", "-detail", "-fix"]
                .iter()
                .find_map(|s| id.strip_suffix(s))
                .unwrap_or(id);
            assert!(stems.iter().any(|(s, _)| s == stem), "{id} is not emitted");
        }
    }

    #[test]
    fn checks_read_as_their_english() {
        let tr = english();
        let same = |c: Check| {
            assert!(c.words.is_some(), "{c:?}");
            assert_eq!(
                check(&tr, &c),
                (c.name.clone(), c.detail.clone(), c.fix.clone())
            );
        };
        same(crate::writeback::diagnostics::cert_check(
            "ldaps://dc1.example.com",
            None,
        ));
        same(
            Check::warn(
                "DC ldaps://dc1.example.com: certificate",
                "verified; CN=dc1.example.com expires in 12 days",
                "Renew the DC certificate before it expires, or every writeback will fail.",
            )
            .words(
                "check-cert-expiring",
                &[
                    ("url", "ldaps://dc1.example.com"),
                    ("subject", "CN=dc1.example.com"),
                    ("days", "12"),
                ],
            ),
        );
        same(
            Check::fail(
                "DC ldaps://dc1.example.com: service account binds",
                "wrong password or no such account (check bind_dn and the password): \
                 80090308: LdapErr: DSID-0C09041C, data 52e",
                "Fix directory.bind_dn / the bind password, and make sure the account is \
                 enabled, not locked, and its password does not expire.",
            )
            .words(
                "check-bind-refused",
                &[
                    ("url", "ldaps://dc1.example.com"),
                    ("reason", "credentials"),
                    ("error", "80090308: LdapErr: DSID-0C09041C, data 52e"),
                ],
            ),
        );
        let policy = [
            ("min_length", "12"),
            ("complexity", "on"),
            ("history", "24"),
            ("min_age_hours", "24"),
            ("lockout", "5"),
        ];
        same(
            Check::warn(
                "domain password policy readable",
                "min length 12, complexity on, history 24, min age 24 h, lockout after 5: \
                 users cannot change their password twice within the minimum age",
                "Consider a minimum password age of 0 (or 1 day at most); users who change \
                 and then forget must use reset, which a helpdesk reset always allows.",
            )
            .words("check-policy-min-age", &policy),
        );
        same(
            Check::pass(
                "fine-grained password policies (PSOs) readable",
                "3 PSO(s) found",
            )
            .words("check-pso-ok", &[("count", "3")]),
        );
        same(
            Check::fail(
                "service account rights on users (probe: CN=Ann Lee,OU=Staff,DC=example,DC=com)",
                "missing: Reset Password, Write lockoutTime",
                "Delegate to CN=svc-sspr,CN=Users,DC=example,DC=com on the users' OU (Delegation \
                 of Control: \"Reset user passwords and force password change at next logon\", \
                 plus Write lockoutTime), inherited to descendant User objects.",
            )
            .words(
                "check-rights-missing",
                &[
                    ("probe", "CN=Ann Lee,OU=Staff,DC=example,DC=com"),
                    ("missing", "Reset Password, Write lockoutTime"),
                    ("bind_dn", "CN=svc-sspr,CN=Users,DC=example,DC=com"),
                ],
            ),
        );
        same(
            Check::warn(
                "protected accounts (adminCount=1)",
                "2 protected account(s) the service account cannot reset or unlock: adm1, adm2",
                "These accounts get their ACL from AdminSDHolder and ignore delegations: keep \
                 them out of self-service scope (their users see \"contact your administrator\"), \
                 or delegate on CN=AdminSDHolder,CN=System if policy allows.",
            )
            .words(
                "check-protected-unmanaged",
                &[("count", "2"), ("accounts", "adm1, adm2")],
            ),
        );
        // One of a kind reads as one; a run stored before the checks had messages, or a
        // check without them, reads as its English.
        let one = Check::pass(
            "fine-grained password policies (PSOs) readable",
            "1 PSO(s) found",
        )
        .words("check-pso-ok", &[("count", "1")]);
        assert_eq!(check(&tr, &one).1, "1 PSO found");
        let old: Check = serde_json::from_str(
            r#"{"name":"directory usable","level":"fail","detail":"d","fix":"f"}"#,
        )
        .unwrap();
        assert_eq!(
            check(&tr, &old),
            ("directory usable".into(), "d".into(), Some("f".into()))
        );
        let json = serde_json::to_string(&one).unwrap();
        assert_eq!(serde_json::from_str::<Check>(&json).unwrap(), one);
    }
}
