//! Attacks across accounts and sessions, against the fixture DC and a real SMTP server: a
//! stolen password used to take over another account's recovery methods, the portal used to
//! lock accounts out of the directory, and the other ways an outsider would try.

use std::time::Duration;

use reqwest::StatusCode;
use sspr::verify::totp;
use sspr::writeback::BindOutcome;

use crate::harness::*;
use crate::portal::{new_client, now, portal, register_email, session_cookie, Client, Portal};

/// Another browser on the same portal.
pub fn browser(p: &Portal) -> Client {
    Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    }
}

/// Signs `c` in at /register as `who`.
pub async fn sign_in(c: &mut Client, who: &str, password: &str) {
    c.get("/register").await;
    let r = c
        .post(
            "/register/signin",
            &[("username", who), ("password", password)],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"), "{}", r.body);
    c.get("/register").await;
}

async fn methods(p: &Portal, sam: &str) -> Vec<(String, String)> {
    let user = find(&p.app, sam).await;
    p.app
        .store
        .methods(&user.guid)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.kind, m.value))
        .collect()
}

#[tokio::test]
async fn an_address_started_for_one_account_cannot_be_confirmed_for_another() {
    let p = portal().await;
    let a = create_user("tka").await;
    let b = create_user("tkb").await;
    // B has a registered method: with B's password alone, nobody may change B's methods.
    register_email(&p.app, &b.sam, &format!("{}@home.test", b.sam)).await;
    let before_b = methods(&p, &b.sam).await;
    let mut c = browser(&p);
    // The attacker's own account has no methods, so adding one needs no step-up.
    sign_in(&mut c, &a.sam, &a.password).await;
    let r = c
        .post("/register/email", &[("email", "attacker@evil.test")])
        .await;
    assert_eq!(r.location.as_deref(), Some("/register/email"));
    let code = p.app.smtp.code_to("attacker@evil.test").await;
    // Then B's password, in the same browser session.
    sign_in(&mut c, &b.sam, &b.password).await;
    let r = c.post("/register/email/confirm", &[("code", &code)]).await;
    assert_ne!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        methods(&p, &b.sam).await,
        before_b,
        "B's methods are unchanged"
    );
    assert!(
        methods(&p, &a.sam).await.is_empty(),
        "and the address did not land on A either (it was never confirmed there)"
    );
    // Nothing pending survived the sign-in.
    let r = c.get("/register/email").await;
    assert_eq!(r.location.as_deref(), Some("/register"));
}

#[tokio::test]
async fn a_step_up_proved_for_one_account_does_not_unlock_another() {
    let p = portal().await;
    let a = create_user("sua").await;
    let b = create_user("sub").await;
    let a_home = format!("{}@home.test", a.sam);
    register_email(&p.app, &a.sam, &a_home).await;
    register_email(&p.app, &b.sam, &format!("{}@home.test", b.sam)).await;
    let before_b = methods(&p, &b.sam).await;

    // Proved for A, then B signs in: B is not stepped up.
    let mut c = browser(&p);
    sign_in(&mut c, &a.sam, &a.password).await;
    let r = c.post("/register/prove", &[]).await;
    assert_eq!(r.location.as_deref(), Some("/register/verify"));
    c.get("/register/verify").await;
    let code = p.app.smtp.code_to(&a_home).await;
    let r = c
        .post("/register/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"), "{}", r.body);
    sign_in(&mut c, &b.sam, &b.password).await;
    let page = c.get("/register").await;
    assert!(
        page.body.contains("first prove one you already have"),
        "B must prove a method of B's: {}",
        page.body
    );
    let r = c
        .post("/register/email", &[("email", "attacker@evil.test")])
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"));
    assert_eq!(p.app.smtp.count_to("attacker@evil.test"), 0);

    // A step-up begun for A and finished after B signed in does not apply to B either.
    let mut c = browser(&p);
    sign_in(&mut c, &a.sam, &a.password).await;
    c.post("/register/prove", &[]).await;
    c.get("/register/verify").await;
    let code = p.app.smtp.code_to(&a_home).await;
    sign_in(&mut c, &b.sam, &b.password).await;
    let r = c
        .post("/register/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "the session no longer holds that step: {}",
        r.body
    );
    let r = c
        .post("/register/email", &[("email", "attacker@evil.test")])
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"));
    assert_eq!(p.app.smtp.count_to("attacker@evil.test"), 0);
    assert_eq!(methods(&p, &b.sam).await, before_b);
}

#[tokio::test]
async fn a_pending_authenticator_does_not_carry_over_to_another_account() {
    let p = portal().await;
    let a = create_user("pta").await;
    let b = create_user("ptb").await;
    let mut c = browser(&p);
    sign_in(&mut c, &a.sam, &a.password).await;
    let setup = c.get("/register/totp").await;
    let start = setup.body.find("id=\"totp-key\">").unwrap() + "id=\"totp-key\">".len();
    let key = setup.body[start..].split('<').next().unwrap().to_string();
    let secret = totp::parse_manual_key(&key).unwrap();
    sign_in(&mut c, &b.sam, &b.password).await;
    let r = c
        .post(
            "/register/totp",
            &[("code", &totp::current_code(&secret, now()))],
        )
        .await;
    assert_ne!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(methods(&p, &b.sam).await.is_empty());
    assert!(methods(&p, &a.sam).await.is_empty());
    // B's set-up page shows a secret of B's own, not A's.
    let mine = c.get("/register/totp").await;
    assert!(!mine.body.contains(&key));
}

#[tokio::test]
async fn signing_in_starts_a_fresh_session_under_a_new_id() {
    let p = portal().await;
    let a = create_user("fsa").await;
    let home = format!("{}@home.test", a.sam);
    register_email(&p.app, &a.sam, &home).await;
    let mut c = browser(&p);
    // A recovery in progress in this browser...
    c.get("/reset").await;
    let started = c.post("/reset", &[("username", &a.sam)]).await;
    let anonymous = session_cookie(&started).expect("a session cookie");
    // ...does not survive a sign-in, and neither does the session id.
    c.get("/register").await;
    let r = c
        .post(
            "/register/signin",
            &[("username", &a.sam), ("password", &a.password)],
        )
        .await;
    let signed_in = session_cookie(&r).expect("a new cookie on sign-in");
    assert_ne!(anonymous, signed_in);
    let old_id = anonymous.trim_start_matches("sspr_session=");
    assert!(!p.app.store.session_exists(old_id).await.unwrap());
    let r = c.get("/reset/verify").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);

    // A console sign-in in the same browser ends the registration visit too.
    c.get("/register").await;
    c.get("/admin/login").await;
    let r = c
        .post(
            "/admin/login",
            &[("username", "helen"), ("password", &dc().user_password())],
        )
        .await;
    assert_eq!(
        r.location.as_deref(),
        Some("/admin/login/totp"),
        "{}",
        r.body
    );
    let page = c.get("/register").await;
    assert!(
        page.body.contains("name=\"password\""),
        "back to the sign-in form: {}",
        page.body
    );
}

/// How many wrong passwords the DC counts for `dn` right now (read as the domain admin).
pub async fn bad_pwd_count(dn: &str) -> u32 {
    let mut ldap = admin().await;
    let (rs, _) = ldap
        .search(
            dn,
            ldap3::Scope::Base,
            "(objectClass=user)",
            vec!["badPwdCount"],
        )
        .await
        .unwrap()
        .success()
        .unwrap();
    let e = ldap3::SearchEntry::construct(rs.into_iter().next().unwrap());
    e.attrs
        .get("badPwdCount")
        .and_then(|v| v.first())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

#[tokio::test]
async fn ten_wrong_passwords_through_every_page_never_lock_the_account() {
    // The fixture domain locks an account at the third wrong password.
    let p = portal().await;
    let u = create_user("nlk").await;
    let mut c = browser(&p);
    for round in 0..10 {
        let r = match round % 3 {
            0 => {
                c.get("/change").await;
                c.post(
                    "/change",
                    &[
                        ("username", &u.sam),
                        ("current_password", "Wrong-Guess-1"),
                        ("new_password", "Quiet-Harbour-7431"),
                        ("confirm_password", "Quiet-Harbour-7431"),
                    ],
                )
                .await
            }
            1 => {
                c.get("/register").await;
                c.post(
                    "/register/signin",
                    &[("username", &u.sam), ("password", "Wrong-Guess-1")],
                )
                .await
            }
            _ => {
                c.get("/admin/login").await;
                c.post(
                    "/admin/login",
                    &[("username", &u.sam), ("password", "Wrong-Guess-1")],
                )
                .await
            }
        };
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    }
    let counted = bad_pwd_count(&u.dn).await;
    assert!(counted < 3, "the DC counted {counted} wrong passwords");
    assert_eq!(
        bind_as(&u.dn, &u.password).await,
        BindOutcome::Ok,
        "the real password still binds: the account is not locked"
    );
    // The audit says why the later attempts never reached the DC, and the account's own
    // mailbox heard once that someone is guessing.
    let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
    assert!(
        rows.iter()
            .any(|r| r.detail.contains("one more wrong password would lock")),
        "{:?}",
        rows.iter().map(|r| &r.detail).collect::<Vec<_>>()
    );
    let mailbox = format!("{}@sspr.test", u.sam);
    let notice = p.app.smtp.wait_for(&mailbox, MAIL_WAIT).await;
    assert!(notice.subject().contains("guess"), "{}", notice.subject());
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(p.app.smtp.count_to(&mailbox), 1);
}

#[tokio::test]
async fn wrong_passwords_in_parallel_cannot_race_the_account_into_a_lockout() {
    let p = portal().await;
    let u = create_user("nlp").await;
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let mut c = browser(&p);
        let sam = u.sam.clone();
        tasks.push(tokio::spawn(async move {
            c.get("/change").await;
            c.post(
                "/change",
                &[
                    ("username", &sam),
                    ("current_password", "Wrong-Guess-1"),
                    ("new_password", "Quiet-Harbour-7431"),
                    ("confirm_password", "Quiet-Harbour-7431"),
                ],
            )
            .await
            .status
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert!(bad_pwd_count(&u.dn).await < 3);
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
}

/// Creates a group under CN=Users and returns its DN.
async fn create_group(name: &str) -> String {
    let dn = format!("CN={name},{}", dc().users());
    let mut ldap = admin().await;
    ldap.add(
        &dn,
        vec![
            ("objectClass", ["top", "group"].into()),
            ("sAMAccountName", [name].into()),
        ],
    )
    .await
    .unwrap()
    .success()
    .unwrap();
    dn
}

/// The privilege check at the last step of a reset uses the token read with the account right
/// then (one search for both), not the one seen when the person started: joining a protected
/// group, through nesting, between verifying and choosing the password stops the reset.
#[tokio::test]
async fn joining_a_protected_group_after_verifying_stops_the_reset() {
    use sspr::flows::recovery::{CodeCheck, Purpose};
    use sspr::status::StatusReason;
    use sspr::verify::MethodKind;

    let n = std::process::id() % 10_000;
    let tier0 = create_group(&format!("Tier0-late-{n}")).await;
    let nested = create_group(&format!("Tier0-late-ops-{n}")).await;
    crate::admin::add_member(&tier0, &nested).await;
    let who = create_user("pvl").await;
    let groups = format!("[\"{tier0}\"]");
    let p = crate::portal::portal_with(
        &[dc().url()],
        &[("SSPR__SSPR__PROTECTED_GROUPS", groups.as_str())],
    )
    .await;
    let s = &p.app.services;
    let totp_secret = enrol_totp(&p.app.state, &who.sam).await;
    let ctx = p.app.ctx();
    let mut rec = s
        .begin_recovery(&ctx, Purpose::Reset, &who.sam)
        .await
        .expect("a recovery begins");
    let code = totp::current_code(&totp_secret, now());
    let check = s
        .check_code(&ctx, &mut rec, MethodKind::Totp, &code)
        .await
        .expect("the code is checked");
    assert_eq!(check, CodeCheck::Accepted { complete: true });

    crate::admin::add_member(&nested, &who.dn).await;
    let out = s
        .finish_reset(&ctx, &rec, &secret("Quiet-Harbour-7431"))
        .await;
    assert_eq!(out.reason, StatusReason::ProtectedAccount);
    assert_eq!(bind_as(&who.dn, &who.password).await, BindOutcome::Ok);
    assert_eq!(
        bind_as(&who.dn, "Quiet-Harbour-7431").await,
        BindOutcome::InvalidCredentials
    );
    let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
    assert!(
        rows.iter()
            .any(|r| r.target_name.as_deref() == Some(who.sam.as_str())
                && r.activity == "Reset password (self-service)"
                && r.status_reason == "ProtectedAccount"),
        "{:?}",
        rows.iter()
            .filter(|r| r.target_name.as_deref() == Some(who.sam.as_str()))
            .map(|r| (&r.activity, &r.status_reason))
            .collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn privileged_accounts_are_never_reset_or_unlocked_whatever_the_directory_allows() {
    use sspr::audit::Activity;
    use sspr::status::StatusReason;
    use sspr::writeback::ResetOptions;

    // An operator-named group, held through nesting, and a built-in one matched by its SID.
    let n = std::process::id() % 10_000;
    let tier0 = create_group(&format!("Tier0-{n}")).await;
    let nested = create_group(&format!("Tier0-ops-{n}")).await;
    crate::admin::add_member(&tier0, &nested).await;
    let in_tier0 = create_user("pvt").await;
    crate::admin::add_member(&nested, &in_tier0.dn).await;
    let operator = create_user("pvo").await;
    crate::admin::add_member(
        &format!("CN=Account Operators,CN=Builtin,{}", dc().base()),
        &operator.dn,
    )
    .await;
    let helpdesk = create_user("pvh").await;
    crate::admin::add_member(&dc().get("SSPR_TEST_HELPDESK_GROUP_DN"), &helpdesk.dn).await;
    let plain = create_user("pvp").await;
    // A TOML list: a DN holds commas, so the comma-separated form cannot carry one.
    let groups = format!(
        "[\"Domain Admins\", \"Enterprise Admins\", \"Administrators\", \"Account Operators\", \"{tier0}\"]"
    );
    let p = crate::portal::portal_with(
        &[dc().url()],
        &[("SSPR__SSPR__PROTECTED_GROUPS", groups.as_str())],
    )
    .await;
    let s = &p.app.services;

    // Each would be reset by the directory (the delegation reaches them), and sspr refuses.
    for (who, why) in [
        (&in_tier0, "protected group"),
        (&operator, "Account Operators"),
        (&helpdesk, "helpdesk group"),
    ] {
        let user = find(&p.app, &who.sam).await;
        assert!(
            !user.admin_count,
            "{}: refused in code, not by adminCount",
            who.sam
        );
        for activity in [Activity::ResetSelfService, Activity::ResetByAdmin] {
            let ctx = p.app.ctx();
            let out = s
                .reset_password(
                    &ctx,
                    activity,
                    &user,
                    &secret("Quiet-Harbour-7431"),
                    ResetOptions::default(),
                )
                .await;
            assert_eq!(out.reason, StatusReason::ProtectedAccount, "{}", who.sam);
        }
        let out = s.unlock(&p.app.ctx(), Activity::UnlockByAdmin, &user).await;
        assert_eq!(out.reason, StatusReason::ProtectedAccount, "{}", who.sam);
        assert_eq!(
            bind_as(&who.dn, &who.password).await,
            BindOutcome::Ok,
            "{}",
            who.sam
        );
        let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
        assert!(
            rows.iter()
                .any(|r| r.target_name.as_deref() == Some(who.sam.as_str())
                    && r.status_reason == "ProtectedAccount"
                    && r.detail.contains(why)),
            "{}: {:?}",
            who.sam,
            rows.iter().map(|r| &r.detail).collect::<Vec<_>>()
        );
    }
    // The service account itself, and the domain's Administrator.
    for sam in ["svc-sspr", "Administrator"] {
        let user = find(&p.app, sam).await;
        let out = s
            .reset_password(
                &p.app.ctx(),
                Activity::ResetByAdmin,
                &user,
                &secret("Quiet-Harbour-7431"),
                ResetOptions::default(),
            )
            .await;
        assert_eq!(out.reason, StatusReason::ProtectedAccount, "{sam}");
    }
    // Someone in no such group is reset as before.
    let user = find(&p.app, &plain.sam).await;
    let out = s
        .reset_password(
            &p.app.ctx(),
            Activity::ResetByAdmin,
            &user,
            &secret("Quiet-Harbour-7431"),
            ResetOptions::default(),
        )
        .await;
    assert!(out.ok(), "{:?}", out.reason);

    // Self-service: a privileged name reads like any other, and no code is sent; the account's
    // own mailbox is told to ask the helpdesk. Registration says it is not available.
    let home = format!("{}@home.test", operator.sam);
    register_email(&p.app, &operator.sam, &home).await;
    let mut c = browser(&p);
    let page = c.identify("reset", &operator.sam).await;
    assert_eq!(page.status, StatusCode::OK);
    let told = p
        .app
        .smtp
        .wait_for(&format!("{}@sspr.test", operator.sam), MAIL_WAIT)
        .await;
    assert!(
        told.text_body().contains("privileged"),
        "{}",
        told.text_body()
    );
    assert_eq!(
        p.app.smtp.count_to(&home),
        0,
        "no code for a privileged account"
    );
    c.get("/register").await;
    let r = c
        .post(
            "/register/signin",
            &[
                ("username", &operator.sam),
                ("password", &operator.password),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    assert!(r.body.contains("privileged accounts"), "{}", r.body);
}

#[tokio::test]
async fn a_helpdesk_member_cannot_reset_another_through_the_console() {
    let p = portal().await;
    let (mut c, _) = crate::admin::admin_client(&p, "helen", &dc().user_password()).await;
    let colleague = create_user("hdc").await;
    crate::admin::add_member(&dc().get("SSPR_TEST_HELPDESK_GROUP_DN"), &colleague.dn).await;
    let guid = find(&p.app, &colleague.sam).await.guid;
    let page = c.get(&format!("/admin/users/{guid}")).await;
    assert!(
        page.body
            .contains("does not reset or unlock privileged accounts"),
        "{}",
        page.body
    );
    assert!(
        !page.body.contains("Reset…"),
        "no reset button for a privileged account"
    );
    // Posting the form anyway changes nothing.
    let r = crate::admin::confirm(
        &mut c,
        &format!("/admin/users/{guid}/reset"),
        &[("mode", "generate"), ("override_reason", "in person")],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(
        bind_as(&colleague.dn, &colleague.password).await,
        BindOutcome::Ok
    );
}

/// A 6-digit code that is certainly not one `secret` accepts now.
fn wrong_code(secret: &[u8]) -> String {
    let t = now();
    let valid: Vec<String> = [t - 30, t, t + 30]
        .iter()
        .map(|s| totp::current_code(secret, *s))
        .collect();
    (0..1_000_000u32)
        .map(|n| format!("{:06}", (n * 7919 + 123_457) % 1_000_000))
        .find(|c| !valid.contains(c))
        .unwrap()
}

#[tokio::test]
async fn an_authenticator_stops_counting_after_wrong_codes_in_a_row_until_an_emailed_code() {
    let p = crate::portal::portal_with(
        &[dc().url()],
        &[("SSPR__LIMITS__AUTHENTICATOR_FAILURES", "3")],
    )
    .await;
    let u = create_user("tfb").await;
    let secret = crate::portal::register_totp(&p.app, &u.sam).await;
    let home = format!("{}@home.test", u.sam);
    register_email(&p.app, &u.sam, &home).await;
    // Three wrong codes in a row, over two flows (no flow's own limit is reached).
    for tries in [2, 1] {
        let mut c = browser(&p);
        c.identify("reset", &u.sam).await;
        p.app.smtp.wait_for(&home, MAIL_WAIT).await;
        for _ in 0..tries {
            let r = c
                .post(
                    "/reset/verify",
                    &[("method", "totp"), ("code", &wrong_code(&secret))],
                )
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        }
    }
    let told = p
        .app
        .smtp
        .wait_for(&format!("{}@sspr.test", u.sam), MAIL_WAIT)
        .await;
    assert!(
        told.subject().contains("authenticator was blocked"),
        "{}",
        told.subject()
    );
    // Now even the right code is refused, in a new flow too, and reads like a wrong one.
    let mut c = browser(&p);
    c.identify("reset", &u.sam).await;
    // The registered address got the notice of the block too; the code comes after it.
    let code = loop {
        if let Some(code) = p.app.smtp.wait_for(&home, MAIL_WAIT).await.find_code() {
            break code;
        }
    };
    let r = c
        .post(
            "/reset/verify",
            &[
                ("method", "totp"),
                ("code", &totp::current_code(&secret, now())),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("That code is not right"), "{}", r.body);
    // An emailed code proves the account another way, and unblocks the app.
    let r = c
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/reset/password"), "{}", r.body);
    let mut c = browser(&p);
    c.identify("unlock", &u.sam).await;
    let r = c
        .post(
            "/unlock/verify",
            &[
                ("method", "totp"),
                ("code", &totp::current_code(&secret, now() + 30)),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Your account is unlocked"), "{}", r.body);
}

#[tokio::test]
async fn a_console_authenticator_blocks_after_wrong_codes_and_another_admin_unblocks_it() {
    let p = crate::portal::portal_with(
        &[dc().url()],
        &[("SSPR__LIMITS__CONSOLE_AUTHENTICATOR_FAILURES", "3")],
    )
    .await;
    let a = crate::admin::new_admin().await;
    let (_, secret) = crate::admin::admin_client(&p, &a.sam, &a.password).await;
    let sign_in_with = |code: String| {
        let mut c = browser(&p);
        let (sam, pw) = (a.sam.clone(), a.password.clone());
        async move {
            c.get("/admin/login").await;
            c.post("/admin/login", &[("username", &sam), ("password", &pw)])
                .await;
            c.get("/admin/login/totp").await;
            c.post("/admin/login/totp", &[("code", &code)]).await
        }
    };
    for _ in 0..3 {
        let r = sign_in_with(wrong_code(&secret)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    // The right code (of the next time step, so not a replay of the enrolment's) is refused.
    let r = sign_in_with(totp::current_code(&secret, now() + 30)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let told = p
        .app
        .smtp
        .messages()
        .into_iter()
        .filter(|m| {
            m.to.iter()
                .any(|t| t.eq_ignore_ascii_case(&format!("{}@sspr.test", a.sam)))
        })
        .any(|m| m.subject().contains("authenticator was blocked"));
    assert!(told, "the admin's mailbox hears of the block");
    // Another admin unblocks it, after saying how they verified them.
    let (mut other, _) = crate::admin::admin_client(&p, "helen", &dc().user_password()).await;
    let guid = find(&p.app, &a.sam).await.guid;
    let page = other.get(&format!("/admin/users/{guid}")).await;
    assert!(
        page.body.contains("Console authenticator blocked"),
        "{}",
        page.body
    );
    let done = crate::admin::confirm(
        &mut other,
        &format!("/admin/users/{guid}/unblock"),
        &[("override_reason", "called back on their desk phone")],
    )
    .await;
    assert!(
        done.body.contains("Authenticator unblocked"),
        "{}",
        done.body
    );
    let r = sign_in_with(totp::current_code(&secret, now() + 30)).await;
    assert_eq!(r.location.as_deref(), Some("/admin"), "{}", r.body);
}

#[tokio::test]
async fn a_console_session_ends_when_the_admins_account_is_disabled_locked_or_expired() {
    let p = portal().await;
    for (what, setup, expected) in [
        ("disabled", "disable", "has been disabled"),
        ("locked", "lock", "is locked out"),
        ("expired", "expire", "has expired"),
        ("must change", "must-change", "must be changed"),
    ] {
        let a = crate::admin::new_admin().await;
        let (mut c, _) = crate::admin::admin_client(&p, &a.sam, &a.password).await;
        assert_eq!(c.get("/admin/users").await.status, StatusCode::OK, "{what}");
        match setup {
            "disable" => admin_replace(&a.dn, "userAccountControl", "514").await,
            "lock" => lock_out(&a.dn).await,
            // accountExpires in the past (1 January 2000).
            "expire" => admin_replace(&a.dn, "accountExpires", "125911584000000000").await,
            _ => admin_replace(&a.dn, "pwdLastSet", "0").await,
        }
        let r = c.get("/admin/users").await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{what}: {}", r.body);
        assert!(r.body.contains(expected), "{what}: {}", r.body);
        // And it stays ended: the console session is gone, not just refused once.
        let again = c.get("/admin").await;
        assert_ne!(again.status, StatusCode::OK, "{what}");
    }
}
