//! The writeback engine and the flow steps over it, against the fixture DC.

use std::time::Duration;

use sspr::audit::Activity;
use sspr::policy::{PolicySource, Violation};
use sspr::status::{PolicyRule, StatusReason};
use sspr::writeback::{BindOutcome, ResetOptions, WritebackError};

use crate::harness::*;

const NEW_PASSWORD: &str = "Quiet-Harbour-7431";

/// Asserts the flow left exactly one audit row, with this reason.
async fn assert_one_audit_row(app: &TestApp, flow_id: &str, reason: StatusReason) {
    let rows = app.store.audit_for_flow(flow_id).await.unwrap();
    assert_eq!(
        rows.len(),
        1,
        "exactly one audit row per attempt: {rows:#?}"
    );
    assert_eq!(rows[0].status_reason, reason.as_str(), "{rows:#?}");
    assert_eq!(
        rows[0].policy_rule.as_deref(),
        reason.rule().map(|r| r.as_str())
    );
    assert_eq!(rows[0].client_ip.as_deref(), Some("192.0.2.10"));
}

#[tokio::test]
async fn a_user_changes_their_password_and_only_the_new_one_binds() {
    let app = spawn_app().await;
    let u = create_user("chg").await;
    let ctx = app.ctx();
    let out = app
        .services
        .change_password(&ctx, &u.sam, &secret(&u.password), &secret(NEW_PASSWORD))
        .await;
    assert_eq!(out.reason, StatusReason::Success);
    assert_one_audit_row(&app, &ctx.flow_id, StatusReason::Success).await;
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
    assert_eq!(
        bind_as(&u.dn, &u.password).await,
        BindOutcome::InvalidCredentials
    );
    let rows = app.store.audit_for_flow(&ctx.flow_id).await.unwrap();
    assert_eq!(rows[0].activity, Activity::ChangeSelfService.as_str());
    assert_eq!(rows[0].target_name.as_deref(), Some(u.sam.as_str()));
    assert!(rows[0].target_guid.is_some());
}

#[tokio::test]
async fn a_wrong_current_password_is_invalid_current_password() {
    let app = spawn_app().await;
    let u = create_user("wrong").await;
    let ctx = app.ctx();
    let out = app
        .services
        .change_password(
            &ctx,
            &u.sam,
            &secret("Not-The-Password-1"),
            &secret(NEW_PASSWORD),
        )
        .await;
    assert_eq!(out.reason, StatusReason::InvalidCurrentPassword);
    assert_one_audit_row(&app, &ctx.flow_id, StatusReason::InvalidCurrentPassword).await;
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
}

/// The DC's own answers, bypassing the pre-check, map to the rule that failed.
#[tokio::test]
async fn the_dc_names_each_policy_rule_it_enforces() {
    let app = spawn_app().await;
    let u = create_user("rules").await;
    let user = find(&app, &u.sam).await;
    let dir = app.directory();
    let cur = secret(&u.password);
    let cases = [
        ("Ab1-x", PolicyRule::TooShort),
        ("alllowercaseletters", PolicyRule::NotComplex),
    ];
    for (pw, rule) in cases {
        let e = dir
            .change_password(&user, &cur, &secret(pw))
            .await
            .unwrap_err();
        assert_eq!(
            e.reason(),
            StatusReason::OnPremisesPolicyViolation(rule),
            "{pw}: {e}"
        );
    }
    // History: change away, then try to change back to the original.
    dir.change_password(&user, &cur, &secret(NEW_PASSWORD))
        .await
        .unwrap();
    let user = find(&app, &u.sam).await;
    let e = dir
        .change_password(&user, &secret(NEW_PASSWORD), &cur)
        .await
        .unwrap_err();
    assert_eq!(
        e.reason(),
        StatusReason::OnPremisesPolicyViolation(PolicyRule::InHistory),
        "{e}"
    );
}

#[tokio::test]
async fn the_pre_check_refuses_before_writing_with_the_same_rule() {
    let app = spawn_app().await;
    let u = create_user("pre").await;
    for (pw, reason) in [
        (
            "Ab1-x",
            StatusReason::OnPremisesPolicyViolation(PolicyRule::TooShort),
        ),
        (
            "alllowercaseletters",
            StatusReason::OnPremisesPolicyViolation(PolicyRule::NotComplex),
        ),
        ("Summer2024!", StatusReason::PasswordBanned),
    ] {
        let ctx = app.ctx();
        let out = app
            .services
            .change_password(&ctx, &u.sam, &secret(&u.password), &secret(pw))
            .await;
        assert_eq!(out.reason, reason, "{pw}");
        assert!(!out.violations.is_empty());
        assert_one_audit_row(&app, &ctx.flow_id, reason).await;
    }
    // Nothing was written: the original password still binds.
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
}

#[tokio::test]
async fn a_user_under_a_pso_sees_its_rules_and_is_too_young_to_change() {
    let app = spawn_app().await;
    let frank = find(&app, "frank").await;
    let policy = app.directory().effective_policy(&frank).await.unwrap();
    assert_eq!(policy.min_length, 14);
    assert_eq!(policy.min_age, Duration::from_secs(86_400));
    assert!(matches!(policy.source, PolicySource::Pso { .. }));
    assert!(policy.can_change_at(frank.pwd_last_set_unix()).is_some());

    // The DC's answer, without the pre-check.
    let new = secret("Lantern-Orchard-Willow-58");
    let e = app
        .directory()
        .change_password(&frank, &secret(&dc().user_password()), &new)
        .await
        .unwrap_err();
    assert_eq!(
        e.reason(),
        StatusReason::OnPremisesPolicyViolation(PolicyRule::TooYoung),
        "{e}"
    );
    // Through the flow: the pre-check says so first, with when.
    let ctx = app.ctx();
    let out = app
        .services
        .change_password(&ctx, "frank", &secret(&dc().user_password()), &new)
        .await;
    assert_eq!(
        out.reason,
        StatusReason::OnPremisesPolicyViolation(PolicyRule::TooYoung)
    );
    assert!(matches!(out.violations[0], Violation::TooYoung { .. }));

    let alice = find(&app, "alice").await;
    let domain = app.directory().effective_policy(&alice).await.unwrap();
    assert_eq!(domain.source, PolicySource::Domain);
    assert_eq!(domain.history_length, 24);
    assert_eq!(domain.lockout_threshold, 3);
    assert!(domain.complexity);
}

#[tokio::test]
async fn a_user_whose_password_expired_can_change_it() {
    let app = spawn_app().await;
    assert_eq!(
        bind_as(&format!("CN=erin,{}", dc().users()), &dc().user_password()).await,
        BindOutcome::PasswordExpired
    );
    let erin = find(&app, "erin").await;
    assert!(erin.state(chrono::Utc::now()).password_expired);
    let ctx = app.ctx();
    let out = app
        .services
        .change_password(
            &ctx,
            "erin",
            &secret(&dc().user_password()),
            &secret(NEW_PASSWORD),
        )
        .await;
    assert_eq!(out.reason, StatusReason::Success);
    assert_eq!(bind_as(&erin.dn, NEW_PASSWORD).await, BindOutcome::Ok);
}

#[tokio::test]
async fn a_user_who_must_change_can_change() {
    let app = spawn_app().await;
    let u = create_user("must").await;
    admin_replace(&u.dn, "pwdLastSet", "0").await;
    assert_eq!(
        bind_as(&u.dn, &u.password).await,
        BindOutcome::MustChangePassword
    );
    let user = find(&app, &u.sam).await;
    assert!(user.state(chrono::Utc::now()).must_change);
    // The verify step proves the password even though logon is refused.
    let v = app
        .directory()
        .verify_password(&user, &secret(&u.password))
        .await
        .unwrap();
    assert!(v.password_correct());
    let ctx = app.ctx();
    let out = app
        .services
        .change_password(&ctx, &u.upn(), &secret(&u.password), &secret(NEW_PASSWORD))
        .await;
    assert_eq!(out.reason, StatusReason::Success);
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
}

trait Upn {
    fn upn(&self) -> String;
}
impl Upn for TestUser {
    fn upn(&self) -> String {
        format!("{}@sspr.test", self.sam)
    }
}

#[tokio::test]
async fn a_reset_with_must_change_makes_the_next_logon_answer_773() {
    let app = spawn_app().await;
    let u = create_user("rst").await;
    let user = find(&app, &u.sam).await;
    let ctx = app.ctx();
    let out = app
        .services
        .reset_password(
            &ctx,
            Activity::ResetSelfService,
            &user,
            &secret(NEW_PASSWORD),
            ResetOptions {
                must_change: true,
                unlock: false,
                enforce_policy: true,
            },
        )
        .await;
    assert_eq!(out.reason, StatusReason::Success);
    assert_one_audit_row(&app, &ctx.flow_id, StatusReason::Success).await;
    assert_eq!(
        bind_as(&u.dn, NEW_PASSWORD).await,
        BindOutcome::MustChangePassword
    );
    assert_eq!(
        bind_as(&u.dn, &u.password).await,
        BindOutcome::InvalidCredentials
    );
}

#[tokio::test]
async fn unlock_lets_a_locked_user_bind_again() {
    let app = spawn_app().await;
    let u = create_user("lck").await;
    lock_out(&u.dn).await;
    let user = find(&app, &u.sam).await;
    let state = user.state(chrono::Utc::now());
    assert!(state.locked && state.locked_since.is_some(), "{state:?}");
    let ctx = app.ctx();
    let out = app
        .services
        .unlock(&ctx, Activity::UnlockSelfService, &user)
        .await;
    assert_eq!(out.reason, StatusReason::Success);
    assert_one_audit_row(&app, &ctx.flow_id, StatusReason::Success).await;
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
    assert!(!find(&app, &u.sam).await.state(chrono::Utc::now()).locked);
}

#[tokio::test]
async fn a_reset_can_unlock_in_the_same_write() {
    let app = spawn_app().await;
    let u = create_user("rsu").await;
    lock_out(&u.dn).await;
    let user = find(&app, &u.sam).await;
    let opts = ResetOptions {
        must_change: false,
        unlock: true,
        enforce_policy: true,
    };
    app.directory()
        .reset_password(&user, &secret(NEW_PASSWORD), opts)
        .await
        .unwrap();
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
}

#[tokio::test]
async fn an_account_locked_by_wrong_passwords_is_seen_locked() {
    // The test makes its own lockout (the fixture's, made when the DC started, lasts only
    // the domain's 30-minute lockout duration).
    let app = spawn_app().await;
    let u = create_user("lkd").await;
    assert!(!find(&app, &u.sam).await.state(chrono::Utc::now()).locked);
    lock_out(&u.dn).await;
    assert!(find(&app, &u.sam).await.state(chrono::Utc::now()).locked);
}

#[tokio::test]
async fn a_protected_account_is_refused_in_code_whatever_the_directory_allows() {
    let app = spawn_app().await;
    let grace = find(&app, "grace").await;
    assert!(grace.state(chrono::Utc::now()).protected);
    let ctx = app.ctx();
    let out = app
        .services
        .reset_password(
            &ctx,
            Activity::ResetSelfService,
            &grace,
            &secret(NEW_PASSWORD),
            ResetOptions::default(),
        )
        .await;
    assert_eq!(out.reason, StatusReason::ProtectedAccount);
    assert_one_audit_row(&app, &ctx.flow_id, StatusReason::ProtectedAccount).await;
    let ctx = app.ctx();
    let out = app
        .services
        .unlock(&ctx, Activity::UnlockSelfService, &grace)
        .await;
    assert_eq!(out.reason, StatusReason::ProtectedAccount);
    // The delegation does not reach her either (AdminSDHolder): sspr refuses before asking.
    let missing = sspr::writeback::diagnostics::cannot_manage(
        app.directory(),
        &dc().get("SSPR_TEST_SVC_DN"),
        &grace.dn,
    )
    .await
    .unwrap();
    assert!(missing.contains(&"Reset Password"), "{missing:?}");
}

#[tokio::test]
async fn a_disabled_account_is_refused_without_writing() {
    let app = spawn_app().await;
    let carol = find(&app, "carol").await;
    assert!(carol.state(chrono::Utc::now()).disabled);
    let ctx = app.ctx();
    let out = app
        .services
        .reset_password(
            &ctx,
            Activity::ResetSelfService,
            &carol,
            &secret(NEW_PASSWORD),
            ResetOptions::default(),
        )
        .await;
    assert_eq!(out.reason, StatusReason::AccountDisabled);
    assert_one_audit_row(&app, &ctx.flow_id, StatusReason::AccountDisabled).await;
    let ctx = app.ctx();
    let out = app
        .services
        .change_password(
            &ctx,
            "carol",
            &secret(&dc().user_password()),
            &secret(NEW_PASSWORD),
        )
        .await;
    assert_eq!(out.reason, StatusReason::AccountDisabled);
    assert_eq!(
        bind_as(&carol.dn, &dc().user_password()).await,
        BindOutcome::AccountDisabled
    );
}

#[tokio::test]
async fn a_user_who_cannot_change_their_password_is_told_so() {
    let app = spawn_app().await;
    let heidi = find(&app, "heidi").await;
    // Samba keeps no 0x40 bit; the fixture denies Change Password to Everyone and SELF, as
    // Windows does, and the engine reads it from the DACL.
    assert!(app.directory().user_cannot_change(&heidi).await.unwrap());
    let alice = find(&app, "alice").await;
    assert!(!app.directory().user_cannot_change(&alice).await.unwrap());
    let e = app
        .directory()
        .change_password(
            &heidi,
            &secret(&dc().user_password()),
            &secret(NEW_PASSWORD),
        )
        .await
        .unwrap_err();
    assert_eq!(
        e.reason(),
        StatusReason::OnPremisesPolicyViolation(PolicyRule::CannotChange),
        "{e}"
    );
    // Through the flow: refused before writing, with the rule.
    let ctx = app.ctx();
    let out = app
        .services
        .change_password(
            &ctx,
            "heidi",
            &secret(&dc().user_password()),
            &secret(NEW_PASSWORD),
        )
        .await;
    assert_eq!(
        out.reason,
        StatusReason::OnPremisesPolicyViolation(PolicyRule::CannotChange)
    );
    assert_one_audit_row(
        &app,
        &ctx.flow_id,
        StatusReason::OnPremisesPolicyViolation(PolicyRule::CannotChange),
    )
    .await;
}

#[tokio::test]
async fn users_are_found_by_account_name_upn_mail_and_down_level_name() {
    let app = spawn_app().await;
    // A mail address that is not the UPN, as in most organisations.
    let u = create_user("look").await;
    let mail = format!("first.last.{}@corp.example", u.sam);
    admin_replace(&u.dn, "mail", &mail).await;
    let by_sam = find(&app, &u.sam).await;
    let upn = format!("{}@sspr.test", u.sam);
    let down_level = format!("SSPR\\{}", u.sam);
    let upper = u.sam.to_uppercase();
    for id in [&upn, &mail, &mail.to_uppercase(), &down_level, &upper] {
        assert_eq!(find(&app, id).await.guid, by_sam.guid, "{id}");
    }
    assert_eq!(by_sam.mail.as_deref(), Some(mail.as_str()));
    assert_eq!(by_sam.guid.len(), 36);
}

#[tokio::test]
async fn a_filter_injection_username_finds_nothing() {
    let app = spawn_app().await;
    for id in [
        "*",
        "a*",
        "alice)(|(sAMAccountName=*",
        "*)(objectClass=*",
        "alice\\2a",
        "\0alice",
    ] {
        match app.directory().find_user(id).await {
            Err(WritebackError::UserNotFound) => {}
            other => panic!("{id:?} should find nothing, got {other:?}"),
        }
    }
    let ctx = app.ctx();
    let out = app
        .services
        .change_password(
            &ctx,
            "*)(objectClass=*",
            &secret("x"),
            &secret(NEW_PASSWORD),
        )
        .await;
    assert_eq!(out.reason, StatusReason::UserNotFound);
    assert_one_audit_row(&app, &ctx.flow_id, StatusReason::UserNotFound).await;
}

#[tokio::test]
async fn nested_group_membership_counts() {
    let app = spawn_app().await;
    let alice = find(&app, "alice").await;
    let sspr_users = dc().get("SSPR_TEST_SSPR_GROUP_DN");
    assert!(!alice
        .member_of
        .iter()
        .any(|g| g.eq_ignore_ascii_case(&sspr_users)));
    assert!(app
        .directory()
        .is_member_of(&alice.dn, &sspr_users)
        .await
        .unwrap());
    let groups = app.directory().groups(&alice.dn).await.unwrap();
    assert!(
        groups.iter().any(|g| g.eq_ignore_ascii_case(&sspr_users)),
        "{groups:?}"
    );
    let ivan = find(&app, "ivan").await;
    assert!(!app
        .directory()
        .is_member_of(&ivan.dn, &sspr_users)
        .await
        .unwrap());
}

#[tokio::test]
async fn verify_password_maps_bind_answers() {
    let app = spawn_app().await;
    let alice = find(&app, "alice").await;
    let dir = app.directory();
    assert_eq!(
        dir.verify_password(&alice, &secret(&dc().user_password()))
            .await
            .unwrap(),
        BindOutcome::Ok
    );
    assert_eq!(
        dir.verify_password(&alice, &secret("Wrong-Password-9"))
            .await
            .unwrap(),
        BindOutcome::InvalidCredentials
    );
    // An empty password is never sent: it would be an anonymous bind that "succeeds".
    assert_eq!(
        dir.verify_password(&alice, &secret("")).await.unwrap(),
        BindOutcome::InvalidCredentials
    );
    let carol = find(&app, "carol").await;
    assert_eq!(
        dir.verify_password(&carol, &secret(&dc().user_password()))
            .await
            .unwrap(),
        BindOutcome::AccountDisabled
    );
}

/// A TCP listener that accepts connections and never says anything (a DC that hangs), and
/// the number of connections it has accepted.
async fn blackhole() -> (
    String,
    tokio::task::JoinHandle<()>,
    std::sync::Arc<std::sync::atomic::AtomicUsize>,
) {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = accepted.clone();
    let task = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((s, _)) = l.accept().await {
            seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            held.push(s);
        }
    });
    (format!("ldaps://localhost:{}", addr.port()), task, accepted)
}

/// A port on which nothing listens.
fn closed_port() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    drop(l);
    format!("ldaps://localhost:{port}")
}

#[tokio::test]
async fn when_every_dc_is_down_the_answer_is_a_connectivity_error_within_the_timeout() {
    let (hung, task, accepted) = blackhole().await;
    let app = spawn_app_with(&[closed_port(), hung], "").await;
    let ctx = app.ctx();
    // The answer comes (the hung DC is given up after directory.connect_timeout, not waited
    // on); the minute is only a guard against a hang, not a measure of speed.
    let out = tokio::time::timeout(
        Duration::from_secs(60),
        app.services
            .change_password(&ctx, "alice", &secret("x"), &secret(NEW_PASSWORD)),
    )
    .await
    .expect("an answer, not a hang");
    assert_eq!(out.reason, StatusReason::OnPremisesConnectivityError);
    assert_one_audit_row(
        &app,
        &ctx.flow_id,
        StatusReason::OnPremisesConnectivityError,
    )
    .await;
    // Both DCs were tried: the refused one, then the hung one.
    assert!(accepted.load(std::sync::atomic::Ordering::SeqCst) >= 1);
    task.abort();
}

#[tokio::test]
async fn when_the_first_dc_is_down_the_second_serves() {
    let app = spawn_app_with(&[closed_port(), dc().url()], "").await;
    let u = create_user("fo").await;
    let ctx = app.ctx();
    let out = app
        .services
        .change_password(&ctx, &u.sam, &secret(&u.password), &secret(NEW_PASSWORD))
        .await;
    assert_eq!(out.reason, StatusReason::Success);
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
    // The failed DC is backed off and now tried last.
    assert!(app.directory().pool().dcs()[0].is_backed_off());
    assert_eq!(app.directory().pool().order(), vec![1, 0]);
}

#[tokio::test]
async fn a_wrong_ca_is_a_clear_tls_error_never_a_fallback() {
    let dir = tempfile::tempdir().unwrap();
    let text = dc()
        .config_toml(&sqlite_url(&dir.path().join("db")), &[dc().url()], "")
        .replace(&dc().ca(), &dc().get("SSPR_TEST_OTHER_CA_FILE"));
    let config = sspr::config::Config::from_toml_with_env(&text, Vec::new()).unwrap();
    let directory = sspr::writeback::Directory::new(&config.directory).unwrap();
    match directory.find_user("alice").await {
        Err(e @ WritebackError::Tls { .. }) => {
            assert_eq!(e.reason(), StatusReason::OnPremisesAdminActionRequired);
            assert!(e.to_string().contains("certificate"), "{e}");
        }
        other => panic!("expected a TLS error, got {other:?}"),
    }
}

#[tokio::test]
async fn starttls_with_an_untrusted_ca_is_refused_too() {
    let dir = tempfile::tempdir().unwrap();
    let text = dc()
        .config_toml(
            &sqlite_url(&dir.path().join("db")),
            &[dc().get("SSPR_TEST_DC_STARTTLS_URL")],
            "starttls = true",
        )
        .replace(&dc().ca(), &dc().get("SSPR_TEST_OTHER_CA_FILE"));
    let config = sspr::config::Config::from_toml_with_env(&text, Vec::new()).unwrap();
    let directory = sspr::writeback::Directory::new(&config.directory).unwrap();
    match directory.find_user("alice").await {
        Err(WritebackError::Tls { .. }) => {}
        other => panic!("expected a TLS error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_wrong_current_password_reveals_nothing_about_the_account() {
    let app = spawn_app().await;
    // frank is too young to change, heidi may not change: with the right password the flow
    // says so, with a wrong one it says only "wrong password".
    for who in ["frank", "heidi"] {
        let ctx = app.ctx();
        let out = app
            .services
            .change_password(
                &ctx,
                who,
                &secret("Not-The-Password-1"),
                &secret("Lantern-Orchard-Willow-58"),
            )
            .await;
        assert_eq!(out.reason, StatusReason::InvalidCurrentPassword, "{who}");
        assert!(out.violations.is_empty(), "{who}");
        assert_one_audit_row(&app, &ctx.flow_id, StatusReason::InvalidCurrentPassword).await;
    }
}

#[tokio::test]
async fn starttls_on_389_works_too() {
    let app = spawn_app_with(&[dc().get("SSPR_TEST_DC_STARTTLS_URL")], "starttls = true").await;
    let alice = find(&app, "alice").await;
    assert_eq!(alice.sam_account_name, "alice");
}

#[tokio::test]
async fn the_samba_dc_does_not_advertise_policy_hints() {
    let app = spawn_app().await;
    find(&app, "alice").await;
    // Samba 4.17 lacks the control: resets cannot enforce history, and doctor warns.
    assert!(!app.directory().policy_hints_supported());
}

#[tokio::test]
async fn writes_past_the_queue_bound_are_answered_busy_with_their_own_reason() {
    // One write slot and a 1 ms queue: past it, "busy", never a connectivity error.
    let app = spawn_app_with(
        &[dc().url()],
        "max_concurrent_writes = 1\nwrite_queue_timeout = \"1ms\"",
    )
    .await;
    let mut users = Vec::new();
    for _ in 0..6 {
        let u = create_user("busy").await;
        users.push(find(&app, &u.sam).await);
    }
    let dir = app.directory();
    let pw = secret(NEW_PASSWORD);
    let results = futures_join_all(
        users
            .iter()
            .map(|u| dir.reset_password(u, &pw, ResetOptions::default())),
    )
    .await;
    let ok = results.iter().filter(|r| r.is_ok()).count();
    let busy = results
        .iter()
        .filter(|r| matches!(r, Err(WritebackError::Busy { .. })))
        .count();
    assert!(ok >= 1, "{results:?}");
    assert!(busy >= 1, "{results:?}");
    assert_eq!(ok + busy, results.len(), "{results:?}");
    for r in &results {
        if let Err(e @ WritebackError::Busy { retry_after }) = r {
            assert_eq!(e.reason(), StatusReason::DirectoryBusy);
            assert!(
                *retry_after >= std::time::Duration::from_secs(5),
                "{retry_after:?}"
            );
        }
    }
}

/// Runs futures concurrently on this task (no extra dependency for join_all).
async fn futures_join_all<F: std::future::Future>(futs: impl Iterator<Item = F>) -> Vec<F::Output> {
    let mut set = Vec::new();
    for f in futs {
        set.push(Box::pin(f));
    }
    let mut out: Vec<Option<F::Output>> = (0..set.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in set.iter_mut().enumerate() {
            if out[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => out[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter().map(|o| o.unwrap()).collect()
}

/// A TCP relay in front of the DC that freezes the connections it already has at a chosen
/// request: either only the DC's answers from then on (the write reaches the DC, its answer is
/// lost) or the request itself (the write never arrives). Connections opened later pass
/// normally, so the engine can re-read on a fresh one. TLS goes through it untouched; on
/// loopback each LDAP request arrives as one chunk.
struct FreezingRelay {
    url: String,
    state: std::sync::Arc<RelayState>,
    task: tokio::task::JoinHandle<()>,
}

#[derive(Default)]
struct RelayState {
    next_id: std::sync::atomic::AtomicU64,
    armed_below: std::sync::atomic::AtomicU64,
    pass_requests: std::sync::atomic::AtomicU64,
    hold_request: std::sync::atomic::AtomicBool,
}

impl FreezingRelay {
    async fn start() -> Self {
        use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::SeqCst};
        use std::sync::Arc;
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = l.local_addr().unwrap().port();
        let state = Arc::new(RelayState::default());
        let st = state.clone();
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = l.accept().await {
                let id = st.next_id.fetch_add(1, SeqCst);
                let server = tokio::net::TcpStream::connect("127.0.0.1:636")
                    .await
                    .unwrap();
                let (mut cr, mut cw) = client.into_split();
                let (mut sr, mut sw) = server.into_split();
                let frozen = Arc::new(AtomicBool::new(false));
                let (st1, frozen1, frozen2) = (st.clone(), frozen.clone(), frozen.clone());
                let seen = AtomicU64::new(0);
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 16384];
                    while let Ok(n) = cr.read(&mut buf).await {
                        if n == 0 {
                            break;
                        }
                        if id < st1.armed_below.load(SeqCst)
                            && seen.fetch_add(1, SeqCst) + 1 > st1.pass_requests.load(SeqCst)
                        {
                            frozen1.store(true, SeqCst);
                            if st1.hold_request.load(SeqCst) {
                                std::future::pending::<()>().await;
                            }
                        }
                        if sw.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                    }
                });
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 16384];
                    while let Ok(n) = sr.read(&mut buf).await {
                        if n == 0 {
                            break;
                        }
                        if frozen2.load(SeqCst) {
                            std::future::pending::<()>().await;
                        }
                        if cw.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                    }
                });
            }
        });
        Self {
            url: format!("ldaps://localhost:{port}"),
            state,
            task,
        }
    }

    /// Arms every connection open now: it passes `pass` more requests, then freezes at the
    /// next one, holding that request too when `hold_request`.
    fn arm(&self, pass: u64, hold_request: bool) {
        use std::sync::atomic::Ordering::SeqCst;
        self.state.pass_requests.store(pass, SeqCst);
        self.state.hold_request.store(hold_request, SeqCst);
        self.state
            .armed_below
            .store(self.state.next_id.load(SeqCst), SeqCst);
    }
}

/// `user` as if read longer ago than `writeback::FRESH`: the engine reads it again before a
/// write, as it does for any copy that is not brand new.
fn stale(mut user: sspr::writeback::DirectoryUser) -> sspr::writeback::DirectoryUser {
    user.read_at = std::time::Instant::now()
        .checked_sub(sspr::writeback::FRESH * 2)
        .expect("the machine has been up for a few seconds");
    user
}

#[tokio::test]
async fn a_write_whose_answer_is_lost_is_checked_and_reported_as_done() {
    let relay = FreezingRelay::start().await;
    let app = spawn_app_with(
        std::slice::from_ref(&relay.url),
        "pool_size = 1\noperation_timeout = \"1s\"",
    )
    .await;
    let u = create_user("lost").await;
    // Opens the pooled connection through the relay. A copy older than writeback::FRESH,
    // so the engine reads the entry again before writing: that request passes, and the
    // modify is the next.
    let user = stale(find(&app, &u.sam).await);
    relay.arm(1, false);
    app.directory()
        .reset_password(&user, &secret(NEW_PASSWORD), ResetOptions::default())
        .await
        .expect("the DC applied the reset; the re-read must see it");
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
    relay.task.abort();
}

#[tokio::test]
async fn a_write_that_never_arrived_is_reported_as_not_done() {
    let relay = FreezingRelay::start().await;
    let app = spawn_app_with(
        std::slice::from_ref(&relay.url),
        "pool_size = 1\noperation_timeout = \"1s\"",
    )
    .await;
    let u = create_user("never").await;
    let user = stale(find(&app, &u.sam).await);
    relay.arm(1, true);
    let e = app
        .directory()
        .reset_password(&user, &secret(NEW_PASSWORD), ResetOptions::default())
        .await
        .unwrap_err();
    assert_eq!(e.reason(), StatusReason::OnPremisesConnectivityError, "{e}");
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
    relay.task.abort();
}
