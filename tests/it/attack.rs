//! Attacks on the hardened portal, as an outsider and as someone holding one stolen password:
//! each test asserts the secure behaviour, so a failing one is an open defect. What each shows
//! is said above it.

use std::time::Duration;

use reqwest::StatusCode;
use sspr::audit::Activity;
use sspr::status::StatusReason;
use sspr::verify::totp;
use sspr::writeback::{BindOutcome, ResetOptions};

use crate::harness::*;
use crate::portal::{new_client, now, portal, portal_with, register_email, Client, Page, Portal};
use crate::security::{bad_pwd_count, browser};

/// A wrong password on /change for `who`, from browser `c`.
async fn wrong_change(c: &mut Client, who: &str) -> Page {
    c.get("/change").await;
    c.post(
        "/change",
        &[
            ("username", who),
            ("current_password", "Wrong-Guess-1"),
            ("new_password", "Quiet-Harbour-7431"),
            ("confirm_password", "Quiet-Harbour-7431"),
        ],
    )
    .await
}

/// A 6-digit code that is certainly not one `secret` accepts now.
fn wrong_code(secret: &[u8], n: u32) -> String {
    let t = now();
    let valid: Vec<String> = [t - 30, t, t + 30]
        .iter()
        .map(|s| totp::current_code(secret, *s))
        .collect();
    (n..1_000_000u32)
        .map(|n| format!("{:06}", (n * 7919 + 123_457) % 1_000_000))
        .find(|c| !valid.contains(c))
        .unwrap()
}

// ---- Privileged accounts ------------------------------------------------------------------

// Shows: the default `sspr.protected_groups` names only Domain Admins, Enterprise Admins,
// Administrators and Account Operators. Backup Operators, Server Operators, Print Operators
// and Schema Admins are just as privileged (Backup Operators can read NTDS.dit off a DC), and
// Samba sets no adminCount on their members (no SDProp; on Windows SDProp sets it only up to
// an hour later). The delegated Reset Password right reaches them, so the helpdesk (and
// self-service) resets them: a helpdesk admin takes over a Tier-0 account.
#[tokio::test]
async fn members_of_every_builtin_privileged_group_are_never_reset_under_the_default_config() {
    let p = portal().await;
    let s = &p.app.services;
    let base = dc().base();
    let mut reset = Vec::new();
    for group in [
        format!("CN=Backup Operators,CN=Builtin,{base}"),
        format!("CN=Server Operators,CN=Builtin,{base}"),
        format!("CN=Print Operators,CN=Builtin,{base}"),
        format!("CN=Schema Admins,CN=Users,{base}"),
    ] {
        let u = create_user("pvb").await;
        crate::admin::add_member(&group, &u.dn).await;
        let user = find(&p.app, &u.sam).await;
        let out = s
            .reset_password(
                &p.app.ctx(),
                Activity::ResetByAdmin,
                &user,
                &secret("Quiet-Harbour-7431"),
                ResetOptions::default(),
            )
            .await;
        if out.reason != StatusReason::ProtectedAccount {
            reset.push(format!("{group}: {:?}", out.reason));
        }
    }
    assert!(
        reset.is_empty(),
        "members of privileged groups were not refused: {reset:?}"
    );
}

// ---- Authenticator guessing --------------------------------------------------------------

// Shows: the consecutive-failure cap is a check-then-act. `authenticator_blocked` reads the
// count, the code is checked, and only then is the failure added, so wrong codes sent in
// parallel (over a few recovery flows, each with its own attempt limit) are all checked
// against the secret, far past the cap. The daily per-account cap in `over_failure_cap` is the
// same check-then-record. With the defaults (cap 20, 10 starts an hour per account, 5 tries
// per flow), flows gathered over hours and fired together buy many times the intended
// guesses.
#[tokio::test]
async fn wrong_authenticator_codes_sent_in_parallel_are_never_checked_past_the_cap() {
    let cap = 3;
    let p = portal_with(
        &[dc().url()],
        &[("SSPR__LIMITS__AUTHENTICATOR_FAILURES", "3")],
    )
    .await;
    let u = create_user("tfr").await;
    let secret = crate::portal::register_totp(&p.app, &u.sam).await;
    let guid = find(&p.app, &u.sam).await.guid;
    let mut flows = Vec::new();
    for _ in 0..3 {
        let mut c = browser(&p);
        c.identify("reset", &u.sam).await;
        flows.push(c);
    }
    let mut tasks = Vec::new();
    let mut n = 0;
    for c in &flows {
        for _ in 0..5 {
            n += 1;
            let mut c = Client {
                base: c.base.clone(),
                client: c.client.clone(),
                csrf: c.csrf.clone(),
            };
            let code = wrong_code(&secret, n * 17);
            tasks.push(tokio::spawn(async move {
                c.post("/reset/verify", &[("method", "totp"), ("code", &code)])
                    .await
                    .status
            }));
        }
    }
    for t in tasks {
        let _ = t.await.unwrap();
    }
    // Every try is audited as a wrong code; those past the cap also as "not checked".
    let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
    let mine = |needle: &str| {
        rows.iter()
            .filter(|r| {
                r.target_guid.as_deref() == Some(guid.as_str()) && r.detail.contains(needle)
            })
            .count() as i64
    };
    let tried = mine("wrong totp code");
    let unchecked = mine("code not checked");
    let checked = tried - unchecked;
    assert_eq!(tried, 15, "every try is audited");
    assert!(
        checked <= cap,
        "{checked} wrong codes were checked against the secret; the cap is {cap}"
    );
}

// ---- Lockout guard turned against the user ------------------------------------------------

// Shows: the per-account bind budget (`limits.per_account` binds an hour) is spent by anyone
// who types the account's name on /change, with any password and any spelling, and it is
// checked before the password: once spent, the owner's right password is answered "not
// right" too. Refused attempts count, so one request every few minutes keeps it spent. An
// outsider keeps a named helpdesk admin out of the console indefinitely (and anyone out of
// /change and /register), even after their successful Windows logons reset badPwdCount.
#[tokio::test]
async fn an_outsider_cannot_keep_a_helpdesk_admin_out_of_the_console_by_spending_the_bind_budget() {
    let p = portal().await;
    let a = crate::admin::new_admin().await;
    // Enrolled and able to sign in.
    let _ = crate::admin::admin_client(&p, &a.sam, &a.password).await;
    // An outsider, by another spelling (the UPN), ten wrong passwords on /change.
    let upn = format!("{}@sspr.test", a.sam);
    let mut outsider = browser(&p);
    for _ in 0..10 {
        let r = wrong_change(&mut outsider, &upn).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    }
    // The admin logs on to their workstation: the DC forgets the wrong passwords.
    assert_eq!(bind_as(&a.dn, &a.password).await, BindOutcome::Ok);
    assert_eq!(bad_pwd_count(&a.dn).await, 0);
    // Their right password at the console.
    let mut c = browser(&p);
    c.get("/admin/login").await;
    let r = c
        .post(
            "/admin/login",
            &[("username", &a.sam), ("password", &a.password)],
        )
        .await;
    assert_eq!(
        r.location.as_deref(),
        Some("/admin/login/totp"),
        "the admin's right password was refused after an outsider spent the budget: {}",
        r.body
    );
}

// ---- Recovery denied by an outsider ------------------------------------------------------

// Shows: the per-account start limit (`account:{guid}`, 10 an hour) and the per-destination
// limit (5 codes an hour) are spent by whoever types the user's name on /reset, and they are
// silent: past them the flow looks normal but no code is sent and no code can ever be
// accepted. Ten anonymous requests an hour, from one address, stop a named user from
// resetting or unlocking at all, and the user is never told why. The rolling window (refused
// starts count) keeps it shut.
/// A browser on `p` whose requests come, through the trusted proxy in front of the portal,
/// from `ip`.
fn browser_at(p: &Portal, ip: &str) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-forwarded-for", ip.parse().unwrap());
    Client {
        base: p.base.clone(),
        client: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(headers)
            .build()
            .unwrap(),
        csrf: String::new(),
    }
}

#[tokio::test]
async fn an_outsider_cannot_silently_stop_a_user_from_recovering_by_starting_flows_in_their_name() {
    // The portal sits behind a proxy (as in production), so the outsider and the user come from
    // different addresses: an outsider spends their own allowance, not the user's.
    let p = portal_with(
        &[dc().url()],
        &[("SSPR__SERVER__TRUSTED_PROXIES", "127.0.0.1/32")],
    )
    .await;
    let u = create_user("dos").await;
    let home = format!("{}@home.test", u.sam);
    register_email(&p.app, &u.sam, &home).await;
    for _ in 0..10 {
        let mut outsider = browser_at(&p, "203.0.113.66");
        outsider.identify("reset", &u.sam).await;
    }
    // Let the outsider's codes arrive, then the user starts, by their UPN.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let before = p.app.smtp.count_to(&home);
    let mut c = browser_at(&p, "198.51.100.7");
    c.identify("reset", &format!("{}@sspr.test", u.sam)).await;
    let deadline = std::time::Instant::now() + MAIL_WAIT;
    while p.app.smtp.count_to(&home) == before && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        p.app.smtp.count_to(&home) > before,
        "the user's own reset sent no code: an outsider's starts used up the account's limits"
    );
    // The user's code works in the user's flow.
    let code = loop {
        let m = p.app.smtp.messages();
        if let Some(code) = m
            .iter()
            .rev()
            .find(|m| m.to.iter().any(|t| t == &home))
            .and_then(|m| m.find_code())
        {
            break code;
        }
    };
    let r = c
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/reset/password"), "{}", r.body);
}

// ---- Fine-grained policies the service account cannot read ---------------------------------

// Shows (first half, as a control): with the PSO readable, the guard uses its threshold (2),
// so wrong passwords never lock the account. Then, bound as a service account that cannot
// read the Password Settings Container (a common set-up: doctor warns, the portal starts),
// `check_password` cannot read the lockout policy and answers "unavailable" (503) for that
// account, while an unknown name gets the ordinary "not right" (422): anyone can tell which
// accounts exist and carry a fine-grained policy (usually the admins). If the directory
// instead hides the PSO, the domain threshold (3) is used and the account is locked.
#[tokio::test]
async fn an_account_under_an_unreadable_fine_grained_policy_is_neither_revealed_nor_locked() {
    let u = create_user("pso").await;
    let n = std::process::id() % 10_000;
    let pso = create_pso(&format!("attack-{n}-{}", u.sam), 2, &u.dn).await;

    // Control: the delegated service account reads the PSO; two wrong passwords, no lockout.
    let p = portal().await;
    let mut c = browser(&p);
    for _ in 0..3 {
        let r = wrong_change(&mut c, &u.sam).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    }
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
    drop(p);

    // A service account without read on the Password Settings Container.
    let weak_dn = dc().get("SSPR_TEST_WEAK_SVC_DN");
    let weak_pw = dc().get("SSPR_TEST_WEAK_SVC_PASSWORD");
    let p = portal_with(
        &[dc().url()],
        &[
            ("SSPR__DIRECTORY__BIND_DN", weak_dn.as_str()),
            ("SSPR__DIRECTORY__BIND_PASSWORD", weak_pw.as_str()),
        ],
    )
    .await;
    let mut c = browser(&p);
    let unknown = wrong_change(&mut c, &format!("nosuch{n}x")).await;
    let mut statuses = Vec::new();
    for _ in 0..3 {
        statuses.push(wrong_change(&mut c, &u.sam).await.status);
    }
    let locked = bind_as(&u.dn, &u.password).await == BindOutcome::LockedOut;
    // Leave nothing behind for other tests.
    let mut ldap = admin().await;
    let _ = ldap.delete(&pso).await;
    assert!(
        statuses.iter().all(|s| *s == unknown.status),
        "a real account under an unreadable PSO answers {statuses:?}, an unknown name {}",
        unknown.status
    );
    assert!(!locked, "the portal locked the account out");
}

// ---- Sessions ----------------------------------------------------------------------------

/// The session cookie a response set, if any.
fn set_cookie(page: &Page) -> Option<String> {
    crate::portal::session_cookie(page)
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let a = s.find(start)? + start.len();
    s[a..].split(end).next()
}

/// Signs in to the console as a fresh admin and returns the client and its current cookie.
async fn console(p: &Portal) -> (Client, String, TestUser) {
    let a = crate::admin::new_admin().await;
    let mut c = browser(p);
    let mailbox = format!("{}@sspr.test", a.sam);
    let mut cookie = String::new();
    let mut track = |page: &Page| {
        if let Some(k) = set_cookie(page) {
            cookie = k;
        }
    };
    track(&c.get("/admin/login").await);
    let r = c
        .post(
            "/admin/login",
            &[("username", &a.sam), ("password", &a.password)],
        )
        .await;
    track(&r);
    let enrol = c.get("/admin/login/totp").await;
    track(&enrol);
    let key = between(&enrol.body, "id=\"totp-key\">", "<").unwrap();
    let secret = totp::parse_manual_key(key).unwrap();
    let emailed = loop {
        if let Some(code) = p.app.smtp.wait_for(&mailbox, MAIL_WAIT).await.find_code() {
            break code;
        }
    };
    let r = c
        .post(
            "/admin/login/totp",
            &[
                ("enrol_code", &emailed),
                ("code", &totp::current_code(&secret, now())),
            ],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/admin"), "{}", r.body);
    track(&r);
    track(&c.get("/admin").await);
    (c, cookie, a)
}

// Shows: tower-sessions saves a session with an upsert at the end of every request that
// changed it, and the console guard changes it on every request (`last_seen`). A request that
// loaded the session before the sign-out and ends after it writes the whole admin session
// back under the old id: whoever holds a copy of the cookie (the reason to sign out) keeps a
// signed-in console. The same holds for the id a sign-in or a verification cycles away.
#[tokio::test]
async fn signing_out_ends_the_console_session_even_with_a_request_in_flight() {
    let p = portal().await;
    let (mut c, cookie, _a) = console(&p).await;
    let target = find(&p.app, "alice").await.guid;
    // The guard stores `last_seen` in whole seconds: a request in a new second changes the
    // session, and is saved at its end. The thief's request starts just after a second
    // boundary (more than a second after the last one), and the owner signs out while it runs.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let into_second = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_millis();
    tokio::time::sleep(Duration::from_millis(u64::from(1030 - into_second))).await;
    let url = format!("{}/admin/users/{target}", p.base);
    let stolen = cookie.clone();
    let thief = tokio::spawn(async move {
        new_client()
            .get(url)
            .header("cookie", stolen)
            .send()
            .await
            .unwrap()
            .status()
    });
    tokio::time::sleep(Duration::from_millis(20)).await;
    let out = c.post("/admin/logout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER, "{}", out.body);
    assert_eq!(thief.await.unwrap(), StatusCode::OK);
    let after = new_client()
        .get(format!("{}/admin", p.base))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(
        after.status(),
        StatusCode::SEE_OTHER,
        "the signed-out console session still works with the old cookie"
    );
}
