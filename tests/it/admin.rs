//! The helpdesk console against the fixture DC: sign-in (bind + group + TOTP), finding a
//! locked user, diagnosis, caller verification, unlock and reset, the audit trail, and the
//! refusal of every console route to anyone who is not a signed-in, second-factor admin.

use reqwest::StatusCode;
use sspr::verify::totp;
use sspr::writeback::BindOutcome;

use crate::harness::*;
use crate::portal::{new_client, portal, Client, Page, Portal};

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

pub fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let a = s.find(start)? + start.len();
    s[a..].split(end).next()
}

/// A browser for `p`, signed in to the console as `who` (enrolling the authenticator).
/// Returns the client and the admin's TOTP secret.
pub async fn admin_client(p: &Portal, who: &str, password: &str) -> (Client, Vec<u8>) {
    let mut c = Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    };
    let mailbox = format!("{who}@sspr.test");
    c.get("/admin/login").await;
    let before = p.app.smtp.count_to(&mailbox);
    let r = c
        .post("/admin/login", &[("username", who), ("password", password)])
        .await;
    assert_eq!(
        r.location.as_deref(),
        Some("/admin/login/totp"),
        "{}",
        r.body
    );
    let enrol = c.get("/admin/login/totp").await;
    assert!(
        enrol.body.contains("Set up your authenticator"),
        "first sign-in enrols: {}",
        enrol.body
    );
    let key = between(&enrol.body, "id=\"totp-key\">", "<").unwrap();
    let secret = totp::parse_manual_key(key).unwrap();
    // The password alone is not enough: a set-up code goes to the directory mailbox.
    let emailed = newest_code_to(p, &mailbox, before).await;
    let code = totp::current_code(&secret, now());
    let r = c
        .post(
            "/admin/login/totp",
            &[("enrol_code", &emailed), ("code", &code)],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/admin"), "{}", r.body);
    // Signing in issues a new CSRF token: load the next page, as a browser does.
    c.get("/admin").await;
    (c, secret)
}

/// The code in the newest mail to `to`, once more than `before` mails have arrived there.
pub async fn newest_code_to(p: &Portal, to: &str, before: usize) -> String {
    let deadline = std::time::Instant::now() + MAIL_WAIT;
    loop {
        let mails: Vec<_> = p
            .app
            .smtp
            .messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(to)))
            .collect();
        if mails.len() > before {
            if let Some(code) = mails.last().and_then(|m| m.find_code()) {
                return code;
            }
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no new code mail to {to}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// A helpdesk admin of its own (so tests can change its group membership).
pub async fn new_admin() -> TestUser {
    let u = create_user("adm").await;
    add_member(&dc().get("SSPR_TEST_HELPDESK_GROUP_DN"), &u.dn).await;
    u
}

pub async fn add_member(group: &str, dn: &str) {
    let mut l = admin().await;
    l.modify(group, vec![ldap3::Mod::Add("member", [dn].into())])
        .await
        .unwrap()
        .success()
        .unwrap();
}

async fn remove_member(group: &str, dn: &str) {
    let mut l = admin().await;
    l.modify(group, vec![ldap3::Mod::Delete("member", [dn].into())])
        .await
        .unwrap()
        .success()
        .unwrap();
}

async fn guid_of(p: &Portal, sam: &str) -> String {
    find(&p.app, sam).await.guid
}

pub fn nonce_in(page: &Page) -> String {
    between(&page.body, "name=\"nonce\" value=\"", "\"")
        .unwrap_or_default()
        .to_string()
}

pub async fn confirm(c: &mut Client, path: &str, fields: &[(&str, &str)]) -> Page {
    let first = c.post(path, fields).await;
    assert!(
        first.body.contains("Yes, do it"),
        "an action asks for confirmation first: {}",
        first.body
    );
    let nonce = nonce_in(&first);
    let mut with: Vec<(&str, &str)> = fields.to_vec();
    with.push(("confirm", "yes"));
    with.push(("nonce", &nonce));
    c.post(path, &with).await
}

#[tokio::test]
async fn a_helpdesk_admin_unlocks_and_resets_a_caller_after_verifying_them() {
    let p = portal().await;
    // helen is in the helpdesk group; henry only through a nested group.
    let _nested = admin_client(&p, "henry", &dc().user_password()).await;
    let (mut c, _) = admin_client(&p, "helen", &dc().user_password()).await;

    let u = create_user("caller").await;
    let personal = format!("{}@personal.test", u.sam);
    let guid = guid_of(&p, &u.sam).await;
    p.app
        .store
        .put_method(&guid, "email", &personal, &sspr::audit::now_string())
        .await
        .unwrap();
    lock_out(&u.dn).await;

    let found = c.get(&format!("/admin/users?q={}", &u.sam[..6])).await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(
        found.body.contains(&u.sam) && found.body.contains("Locked"),
        "{}",
        found.body
    );
    let page = c.get(&format!("/admin/users/{guid}")).await;
    assert!(page.body.contains("Locked out"), "diagnosis: {}", page.body);
    assert!(page.body.contains("Bad password count"));

    // Verify the caller with a code sent to their registered email.
    let r = c
        .post(&format!("/admin/users/{guid}/caller/send"), &[])
        .await;
    assert!(r.body.contains("A code is on its way"), "{}", r.body);
    let code = p.app.smtp.code_to(&personal).await;
    let r = c
        .post(
            &format!("/admin/users/{guid}/caller/check"),
            &[("method", "email"), ("code", "00000000")],
        )
        .await;
    assert!(r.body.contains("not right"));
    let r = c
        .post(
            &format!("/admin/users/{guid}/caller/check"),
            &[("method", "email"), ("code", &code)],
        )
        .await;
    assert!(r.body.contains("Caller verified"), "{}", r.body);

    let done = confirm(&mut c, &format!("/admin/users/{guid}/unlock"), &[]).await;
    assert!(done.body.contains("Account unlocked"), "{}", done.body);
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);

    let done = confirm(
        &mut c,
        &format!("/admin/users/{guid}/reset"),
        &[
            ("mode", "generate"),
            ("must_change", "on"),
            ("unlock", "on"),
        ],
    )
    .await;
    assert!(done.body.contains("Password reset"), "{}", done.body);
    let generated = between(&done.body, "id=\"generated-password\">", "<")
        .unwrap()
        .to_string();
    assert_eq!(generated.chars().count(), 16);
    assert_eq!(
        bind_as(&u.dn, &generated).await,
        BindOutcome::MustChangePassword
    );
    let notice = p.app.smtp.wait_for(&personal, MAIL_WAIT).await;
    assert!(
        notice.subject().contains("helpdesk"),
        "{}",
        notice.subject()
    );

    // The audit shows each step with the admin as actor.
    let rows = p.app.store.audit_page(0, 1000).await.unwrap();
    let by_helen: Vec<_> = rows.iter().filter(|r| r.actor == "helen").collect();
    for (activity, detail) in [
        (
            "Self-service password reset flow activity progress",
            "sent the caller",
        ),
        (
            "Self-service password reset flow activity progress",
            "caller verified",
        ),
        ("Unlock user account (by admin)", "unlocked"),
        ("Reset password (by admin)", "must change"),
    ] {
        assert!(
            by_helen
                .iter()
                .any(|r| r.activity == activity && r.detail.contains(detail)),
            "{activity} / {detail}: {by_helen:#?}"
        );
    }
}

#[tokio::test]
async fn acting_without_a_verified_caller_needs_a_stated_reason() {
    let p = portal().await;
    let (mut c, _) = admin_client(&p, "helen", &dc().user_password()).await;
    let u = create_user("noverify").await;
    lock_out(&u.dn).await;
    let guid = guid_of(&p, &u.sam).await;
    let ask = c.post(&format!("/admin/users/{guid}/unlock"), &[]).await;
    assert!(
        ask.body.contains("How you verified the caller"),
        "{}",
        ask.body
    );
    let refused = c
        .post(
            &format!("/admin/users/{guid}/unlock"),
            &[("confirm", "yes"), ("nonce", &nonce_in(&ask))],
        )
        .await;
    assert!(
        refused.body.contains("How you verified the caller"),
        "no reason, no action"
    );
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::LockedOut);
    let nonce = nonce_in(&refused);
    let form = [
        ("confirm", "yes"),
        ("nonce", nonce.as_str()),
        ("override_reason", "in person, badge checked"),
    ];
    let done = c.post(&format!("/admin/users/{guid}/unlock"), &form).await;
    assert!(done.body.contains("Account unlocked"), "{}", done.body);
    // The reason is in the audit row of the unlock.
    let rows = p.app.store.audit_page(0, 1000).await.unwrap();
    assert!(
        rows.iter()
            .any(|r| r.activity == "Unlock user account (by admin)"
                && r.detail.contains("in person, badge checked")),
        "{rows:#?}"
    );
    // Reloading the result page re-posts the same form: it asks again, and nothing repeats.
    let again = c.post(&format!("/admin/users/{guid}/unlock"), &form).await;
    assert!(again.body.contains("Yes, do it"), "{}", again.body);
    let rows = p.app.store.audit_page(0, 1000).await.unwrap();
    assert_eq!(
        rows.iter()
            .filter(|r| r.activity == "Unlock user account (by admin)")
            .count(),
        1
    );
}

#[tokio::test]
async fn every_console_route_refuses_anyone_but_a_signed_in_admin_with_a_second_factor() {
    let p = portal().await;
    let guid = guid_of(&p, "alice").await;
    let path_of = |route: &str| route.replace("{guid}", &guid);

    // Anonymous.
    let mut anon = Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    };
    anon.get("/admin/login").await;
    // A signed-in self-service user (not an admin).
    let mut user = Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    };
    user.get("/register").await;
    let r = user
        .post(
            "/register/signin",
            &[("username", "alice"), ("password", &dc().user_password())],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"));
    user.get("/register").await;
    // A non-admin trying the console sign-in with the right password.
    let mut nonadmin = Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    };
    nonadmin.get("/admin/login").await;
    let r = nonadmin
        .post(
            "/admin/login",
            &[("username", "alice"), ("password", &dc().user_password())],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "alice is not in the helpdesk group"
    );
    // An admin who passed the password but not the second factor.
    let mut half = Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    };
    half.get("/admin/login").await;
    let r = half
        .post(
            "/admin/login",
            &[("username", "helen"), ("password", &dc().user_password())],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/admin/login/totp"));
    half.get("/admin/login/totp").await;

    assert!(!sspr::web::admin::GUARDED_ROUTES.is_empty());
    for (method, route) in sspr::web::admin::GUARDED_ROUTES {
        for (who, c) in [
            ("anonymous", &mut anon),
            ("self-service user", &mut user),
            ("admin without TOTP", &mut half),
            ("non-admin", &mut nonadmin),
        ] {
            let page = if *method == "get" {
                c.get(&path_of(route)).await
            } else {
                c.post(
                    &path_of(route),
                    &[
                        ("confirm", "yes"),
                        ("override_reason", "x"),
                        ("code", "123456"),
                    ],
                )
                .await
            };
            assert!(
                page.status == StatusCode::SEE_OTHER
                    && page.location.as_deref() == Some("/admin/login")
                    || page.status == StatusCode::UNAUTHORIZED
                    || page.status == StatusCode::FORBIDDEN,
                "{who} {method} {route}: {} {:?}",
                page.status,
                page.location
            );
            assert!(
                !page.body.contains("Sign out"),
                "{who} {method} {route} saw the console"
            );
        }
    }
    // Nothing was done to alice.
    assert_eq!(
        bind_as(&find(&p.app, "alice").await.dn, &dc().user_password()).await,
        BindOutcome::Ok
    );
    assert!(!p
        .app
        .store
        .audit_page(0, 1000)
        .await
        .unwrap()
        .iter()
        .any(|r| r.actor != "self"));
}

#[tokio::test]
async fn an_admin_removed_from_the_group_is_refused_at_the_next_request() {
    let p = portal().await;
    let a = new_admin().await;
    let (mut c, _) = admin_client(&p, &a.sam, &a.password).await;
    assert_eq!(c.get("/admin/users").await.status, StatusCode::OK);
    remove_member(&dc().get("SSPR_TEST_HELPDESK_GROUP_DN"), &a.dn).await;
    let r = c.get("/admin/users").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    assert!(r.body.contains("no longer a member"));
}

/// A new browser signing in again as an enrolled admin `a`: the password step, then the
/// authenticator page it leads to.
async fn second_sign_in(p: &Portal, a: &TestUser) -> (Client, Page) {
    let mut c = Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    };
    c.get("/admin/login").await;
    c.post(
        "/admin/login",
        &[("username", &a.sam), ("password", &a.password)],
    )
    .await;
    let page = c.get("/admin/login/totp").await;
    (c, page)
}

#[tokio::test]
async fn the_second_sign_in_asks_for_the_enrolled_authenticator() {
    let p = portal().await;
    let a = new_admin().await;
    let (_, secret) = admin_client(&p, &a.sam, &a.password).await;
    let (mut c, page) = second_sign_in(&p, &a).await;
    assert!(
        page.body.contains("Authenticator code") && !page.body.contains("<svg"),
        "{}",
        page.body
    );
    // The code used to enrol cannot be used again; wait for the next step.
    tokio::time::sleep(std::time::Duration::from_secs(31 - now() % 30)).await;
    let r = c
        .post(
            "/admin/login/totp",
            &[("code", &totp::current_code(&secret, now()))],
        )
        .await;
    if r.location.as_deref() != Some("/admin") {
        // What the portal decided, from its audit, and what the page said.
        let rows: Vec<String> = p
            .app
            .store
            .audit_page(0, 1000)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.target_name.as_deref() == Some(a.sam.as_str()))
            .map(|e| {
                format!(
                    "{} {} {} {}",
                    e.occurred_at, e.activity, e.status_reason, e.detail
                )
            })
            .collect();
        let title = between(&r.body, "<title>", "</title>").unwrap_or_default();
        panic!(
            "second sign-in refused at {}: {} to {:?} {title:?}\n{}",
            now(),
            r.status,
            r.location,
            rows.join("\n")
        );
    }
}

// Shows: the code that signed an admin in cannot sign anyone in again (a phished or
// shoulder-surfed console code is spent): a second sign-in with it, within its 30 seconds, is
// refused, gets no console, and the audit says it was replayed.
#[tokio::test]
async fn a_console_code_cannot_be_replayed() {
    // Start early in a 30-second step, so the enrolment and the replay share it.
    if now() % 30 > 15 {
        tokio::time::sleep(std::time::Duration::from_secs(31 - now() % 30)).await;
    }
    let p = portal().await;
    let a = new_admin().await;
    let (_, secret) = admin_client(&p, &a.sam, &a.password).await;
    let used = totp::current_code(&secret, now());
    let (mut c, _) = second_sign_in(&p, &a).await;
    let r = c.post("/admin/login/totp", &[("code", &used)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let console = c.get("/admin").await;
    assert_ne!(console.status, StatusCode::OK, "{}", console.body);
    let rows = p.app.store.audit_page(0, 1000).await.unwrap();
    let of_a: Vec<_> = rows
        .iter()
        .filter(|r| r.target_name.as_deref() == Some(a.sam.as_str()))
        .map(|r| r.detail.as_str())
        .collect();
    assert!(
        of_a.contains(&"helpdesk sign-in: authenticator code replayed"),
        "{of_a:?}"
    );
    assert!(
        !of_a.contains(&"helpdesk sign-in: second factor passed"),
        "{of_a:?}"
    );
}

#[tokio::test]
async fn the_diagnosis_names_the_real_cause_for_each_fixture_user() {
    let p = portal().await;
    let s = &p.app.services;
    let tr = p.app.state.i18n.get("en").unwrap();
    let cases = [
        ("grace", "Privileged account"),
        ("carol", "Account disabled"),
        ("alice", "Not registered"),
        ("frank", "Minimum password age not reached"),
        ("ivan", "Not in self-service scope"),
        ("heidi", "User cannot change password"),
    ];
    // A lockout of its own: the fixture's lasts only 30 minutes from the DC's start.
    let locked = create_user("dlk").await;
    lock_out(&locked.dn).await;
    let cases = cases
        .into_iter()
        .chain([(locked.sam.as_str(), "Locked out")]);
    for (who, expected) in cases {
        let guid = guid_of(&p, who).await;
        let d = s.admin_user(&guid).await.unwrap();
        let titles: Vec<String> = d
            .findings
            .iter()
            .map(|f| sspr::web::admin::words::finding(&tr, "", f).0)
            .collect();
        assert!(titles.iter().any(|t| t == expected), "{who}: {titles:?}");
    }
    // A registered, in-scope, healthy user has nothing blocking.
    let u = create_user("fine").await;
    let guid = guid_of(&p, &u.sam).await;
    p.app
        .store
        .put_method(
            &guid,
            "email",
            "x@personal.test",
            &sspr::audit::now_string(),
        )
        .await
        .unwrap();
    let d = s.admin_user(&guid).await.unwrap();
    assert!(
        d.findings
            .iter()
            .all(|f| f.severity != sspr::flows::admin::Severity::Blocks),
        "{:?}",
        d.findings
    );
}

#[tokio::test]
async fn the_audit_log_filters_pages_exports_and_shows_the_chain() {
    let p = portal().await;
    // Some activity: a failed change and a reset.
    let u = create_user("aud").await;
    let ctx = sspr::audit::RequestContext::new(
        sspr::audit::Actor::SelfService,
        Some("192.0.2.1".into()),
        None,
    );
    p.app
        .services
        .change_password(
            &ctx,
            &u.sam,
            &secret("wrong"),
            &secret("Quiet-Harbour-7431"),
        )
        .await;
    let (mut c, _) = admin_client(&p, "helen", &dc().user_password()).await;
    let all = c.get("/admin/audit").await;
    assert!(
        all.body.contains("Verify the hash chain"),
        "verified on request only"
    );
    let all = c.get("/admin/audit?verify=1").await;
    assert!(all.body.contains("Hash chain intact"), "{}", all.body);
    let failures = c
        .get(&format!("/admin/audit?status=failure&user={}", u.sam))
        .await;
    assert!(
        failures.body.contains("InvalidCurrentPassword"),
        "{}",
        failures.body
    );
    assert!(failures.body.contains("1 row"));
    let csv = c
        .get(&format!(
            "/admin/audit/export?format=csv&status=failure&user={}",
            u.sam
        ))
        .await;
    assert_eq!(
        csv.body.lines().count(),
        2,
        "header + one row: {}",
        csv.body
    );
    assert!(csv.headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("attachment"));
    let jsonl = c
        .get(&format!("/admin/audit/export?format=jsonl&user={}", u.sam))
        .await;
    for line in jsonl.body.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["target_name"], u.sam.as_str());
    }
    // Nonsense filters are ignored, not errors.
    assert_eq!(
        c.get("/admin/audit?status=maybe&reason=%27;drop&from=yesterday&page=-3")
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_dashboard_and_health_pages_show_activity_and_writeback_status() {
    let p = portal().await;
    let u = create_user("dash").await;
    let user = find(&p.app, &u.sam).await;
    let ctx = sspr::audit::RequestContext::new(sspr::audit::Actor::SelfService, None, None);
    p.app
        .services
        .reset_password(
            &ctx,
            sspr::audit::Activity::ResetSelfService,
            &user,
            &secret("Quiet-Harbour-7431"),
            Default::default(),
        )
        .await;
    let (mut c, _) = admin_client(&p, "helen", &dc().user_password()).await;
    let dash = c.get("/admin").await;
    assert!(dash.body.contains("role=\"img\""), "{}", dash.body);
    assert!(
        dash.body.contains("Resets 1"),
        "chart summary counts the reset: {}",
        dash.body
    );
    let r = c.post("/admin/health/run", &[]).await;
    assert_eq!(r.location.as_deref(), Some("/admin/health"));
    let h = c.get("/admin/health").await;
    assert!(h.body.contains("Writeback: active"), "{}", h.body);
    assert!(h.body.contains("service account binds"));
    assert!(h.body.contains("Last successful writeback"));

    // With every DC unreachable, the heartbeat says down.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("ldaps://localhost:{}", l.local_addr().unwrap().port())
    };
    let down = crate::portal::portal_with(&[closed], &[]).await;
    down.app.services.heartbeat().await;
    assert_eq!(
        down.app.services.health().await.status,
        sspr::flows::health::Status::Down
    );
}

#[tokio::test]
async fn a_typed_password_is_asked_again_on_the_confirmation_page_not_echoed() {
    let p = portal().await;
    let (mut c, _) = admin_client(&p, "helen", &dc().user_password()).await;
    let u = create_user("typed").await;
    let guid = guid_of(&p, &u.sam).await;
    let typed = "Quiet-Lantern-7431";
    let ask = c
        .post(
            &format!("/admin/users/{guid}/reset"),
            &[
                ("mode", "typed"),
                ("password", typed),
                ("must_change", "on"),
            ],
        )
        .await;
    assert!(
        !ask.body.contains(typed),
        "the typed password is not in the confirmation page"
    );
    assert!(ask.body.contains("type it again"), "{}", ask.body);
    let form = [
        ("mode", "typed"),
        ("must_change", "on"),
        ("confirm", "yes"),
        ("nonce", &nonce_in(&ask)),
        ("override_reason", "call-back to the number on file"),
        ("password", typed),
    ];
    let done = c.post(&format!("/admin/users/{guid}/reset"), &form).await;
    assert!(done.body.contains("Password reset"), "{}", done.body);
    assert!(!done.body.contains(typed));
    assert_eq!(bind_as(&u.dn, typed).await, BindOutcome::MustChangePassword);
}

#[tokio::test]
async fn enrolment_needs_the_emailed_code_and_the_console_factor_survives_a_clear() {
    let p = portal().await;
    let a = new_admin().await;
    let mut c = Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    };
    c.get("/admin/login").await;
    c.post(
        "/admin/login",
        &[("username", &a.sam), ("password", &a.password)],
    )
    .await;
    let enrol = c.get("/admin/login/totp").await;
    let key = between(&enrol.body, "id=\"totp-key\">", "<").unwrap();
    let secret = totp::parse_manual_key(key).unwrap();
    // Password + authenticator but a wrong emailed code: refused.
    let r = c
        .post(
            "/admin/login/totp",
            &[
                ("enrol_code", "00000000"),
                ("code", &totp::current_code(&secret, now())),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let guid = guid_of(&p, &a.sam).await;
    assert!(p.app.store.admin_factor(&guid).await.unwrap().is_none());
    drop(c);
    // Enrolled properly, then another admin clears the user's self-service methods:
    // the console factor stays, so the next sign-in asks for it rather than enrolling anew.
    let (_, _) = admin_client(&p, &a.sam, &a.password).await;
    let (mut helen, _) = admin_client(&p, "helen", &dc().user_password()).await;
    let cleared = confirm(
        &mut helen,
        &format!("/admin/users/{guid}/clear"),
        &[("override_reason", "test")],
    )
    .await;
    assert!(cleared.body.contains("Methods cleared"), "{}", cleared.body);
    assert!(p.app.store.admin_factor(&guid).await.unwrap().is_some());
    let mut again = Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    };
    again.get("/admin/login").await;
    again
        .post(
            "/admin/login",
            &[("username", &a.sam), ("password", &a.password)],
        )
        .await;
    let page = again.get("/admin/login/totp").await;
    assert!(
        page.body.contains("Authenticator code") && !page.body.contains("<svg"),
        "{}",
        page.body
    );
}
