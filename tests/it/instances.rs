//! Two portal instances on one database, as operators run them for availability behind a load
//! balancer: a flow begun on one continues on the other, rate limits hold across both, and the
//! audit chain stays valid while both append at once.
//!
//! The suite runs these on SQLite (two pools on one file) and on PostgreSQL (two pools on one
//! server), where the chain lock is the head row's `FOR UPDATE` rather than the file lock.

use reqwest::StatusCode;
use sspr::store::{Backend, Store};
use sspr::writeback::BindOutcome;

use crate::harness::*;
use crate::portal::{new_client, portal_on, Client, Portal};

const NEW_PASSWORD: &str = "Quiet-Meadow-5820";

/// Two instances on one fresh database, both sending mail to the first one's SMTP server.
/// On PostgreSQL the second is given its password apart from the URL, as `database.password`
/// (how operators keep it out of the URL).
async fn two_instances(overrides: &[(&str, &str)]) -> (Portal, Portal) {
    let a = spawn_app_full(&[dc().url()], "", overrides).await;
    let mut url = a.db_url().to_string();
    let mut second: Vec<(String, String)> = overrides
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    second.push(("SSPR__MAIL__SMTP_URL".into(), a.smtp.url()));
    if Backend::of_url(&url) == Some(Backend::Postgres) {
        let mut parsed = url::Url::parse(&url).unwrap();
        let password = parsed
            .password()
            .expect("test URL has a password")
            .to_string();
        parsed.set_password(None).unwrap();
        url = parsed.to_string();
        second.push(("SSPR__DATABASE__PASSWORD".into(), password));
    }
    let second: Vec<(&str, &str)> = second
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let b = spawn_app_on(
        tempfile::tempdir().unwrap(),
        starttls_sink().await,
        &url,
        &[dc().url()],
        "",
        &second,
    )
    .await;
    (portal_on(a).await, portal_on(b).await)
}

/// One browser whose requests the load balancer sends to either instance.
fn browser(to: &Portal) -> Client {
    Client {
        base: to.base.clone(),
        client: new_client(),
        csrf: String::new(),
    }
}

#[tokio::test]
async fn a_reset_begun_on_one_instance_finishes_on_the_other() {
    let (a, b) = two_instances(&[]).await;
    let u = create_user("two").await;
    let personal = format!("{}@personal.test", u.sam);
    crate::portal::register_email(&a.app, &u.sam, &personal).await;

    let mut c = browser(&a);
    c.identify("reset", &u.sam).await; // on A: the code is sent, the flow is in the session
    let code = a.app.smtp.code_to(&personal).await;

    c.base = b.base.clone(); // the next request lands on B
    let r = c
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/reset/password"), "{}", r.body);
    c.base = a.base.clone();
    let form = c.get("/reset/password").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    c.base = b.base.clone();
    let done = c
        .post(
            "/reset/password",
            &[
                ("new_password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("Your password has been reset"));
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);

    // Both instances wrote into one chain, and it verifies.
    let rows = a.app.store.audit_page(0, 1000).await.unwrap();
    assert!(rows
        .iter()
        .any(|r| r.activity == "Reset password (self-service)" && r.status_reason == "Success"));
    let report = b.app.services.audit.verify().await.unwrap();
    assert!(report.ok(), "{:?}", report.problems);
}

#[tokio::test]
async fn rate_limits_hold_across_both_instances() {
    let (a, b) = two_instances(&[("SSPR__LIMITS__PER_IP", "4")]).await;
    let mut c = browser(&a);
    // Four starts from one address, alternating instances: all accepted.
    for i in 0..4 {
        c.base = if i % 2 == 0 { &a } else { &b }.base.clone();
        c.get("/reset").await;
        let r = c.post("/reset", &[("username", "nobody-here")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "start {i}: {}", r.body);
    }
    // The fifth is refused by whichever instance gets it.
    for p in [&a, &b] {
        c.base = p.base.clone();
        c.get("/reset").await;
        let r = c.post("/reset", &[("username", "nobody-here")]).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
    }
}

#[tokio::test]
async fn concurrent_flows_on_both_instances_keep_one_valid_chain() {
    let (a, b) = two_instances(&[("SSPR__LIMITS__PER_IP", "1000")]).await;
    let before = a.app.store.audit_head().await.unwrap().row_count;
    let mut tasks = Vec::new();
    for i in 0..24 {
        let mut c = browser(if i % 2 == 0 { &a } else { &b });
        tasks.push(tokio::spawn(async move {
            // Each start writes its audit rows from the instance that served it.
            c.get("/unlock").await;
            let r = c
                .post("/unlock", &[("username", &format!("nobody-{i}"))])
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    // Wait until every start's rows are in (some audit rows are written by detached tasks).
    let mut head = a.app.store.audit_head().await.unwrap();
    for _ in 0..100 {
        if head.row_count - before >= 24 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        head = a.app.store.audit_head().await.unwrap();
    }
    assert!(head.row_count - before >= 24, "{head:?}");
    // A third, independent reader sees one intact chain with every row.
    let reader = Store::connect(&a.app.config.database).await.unwrap();
    let report = sspr::audit::Audit::from_config(reader.clone(), &a.app.config)
        .verify()
        .await
        .unwrap();
    assert!(report.ok(), "{:?}", report.problems);
    assert_eq!(report.rows as i64, head.row_count);
    let rows = reader.audit_page(0, 10_000).await.unwrap();
    for i in 0..24 {
        let name = format!("nobody-{i}");
        assert!(
            rows.iter().any(|r| r.target_name.as_deref() == Some(&name)),
            "no row for {name}"
        );
    }
}

// Shows: the silent limits and the code limits hold across both instances: a second start
// for an account, and a second account's mail to the same address, are silent whichever
// instance gets them (no mail, audited); wrong codes of one flow count on both; the cap on
// wrong authenticator codes in a row counts flows on both, and then even the right code is
// refused on either. And an authenticator secret sealed by one instance is opened by the
// other (one key, one store).
#[tokio::test]
async fn account_destination_and_code_limits_hold_across_both_instances() {
    let (a, b) = two_instances(&[
        ("SSPR__LIMITS__PER_ACCOUNT", "1"),
        ("SSPR__LIMITS__PER_DESTINATION", "1"),
        ("SSPR__LIMITS__CODE_ATTEMPTS", "2"),
        ("SSPR__LIMITS__AUTHENTICATOR_FAILURES", "4"),
    ])
    .await;
    let blocks = |rows: &[sspr::store::audit::AuditRecord], sam: &str| {
        rows.iter()
            .filter(|r| {
                r.target_name.as_deref() == Some(sam) && r.status_reason == "TooManyAttempts"
            })
            .count()
    };
    // Per account: the start on B after one on A is silent.
    let u = create_user("lima").await;
    let personal = format!("{}@personal.test", u.sam);
    crate::portal::register_email(&a.app, &u.sam, &personal).await;
    browser(&a).identify("reset", &u.sam).await;
    a.app.smtp.code_to(&personal).await;
    browser(&b).identify("reset", &u.sam).await;
    // Per destination: two accounts, one address; the second account's start on B is silent.
    let (v, w) = (create_user("limd").await, create_user("limd").await);
    let shared = format!("{}-shared@personal.test", v.sam);
    crate::portal::register_email(&a.app, &v.sam, &shared).await;
    crate::portal::register_email(&a.app, &w.sam, &shared).await;
    browser(&a).identify("reset", &v.sam).await;
    a.app.smtp.code_to(&shared).await;
    browser(&b).identify("reset", &w.sam).await;
    let rows = a.app.store.audit_page(0, 10_000).await.unwrap();
    assert_eq!(blocks(&rows, &u.sam), 1, "{rows:#?}");
    assert_eq!(blocks(&rows, &w.sam), 1, "{rows:#?}");

    // Wrong codes of one flow: one on A, one on B, and the flow is blocked.
    let x = create_user("limc").await;
    let xmail = format!("{}@personal.test", x.sam);
    crate::portal::register_email(&a.app, &x.sam, &xmail).await;
    let mut c = browser(&a);
    c.identify("reset", &x.sam).await;
    let right = a.app.smtp.code_to(&xmail).await;
    let wrong = if right == "00000000" {
        "11111111"
    } else {
        "00000000"
    };
    let r = c
        .post("/reset/verify", &[("method", "email"), ("code", wrong)])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    c.base = b.base.clone();
    let r = c
        .post("/reset/verify", &[("method", "email"), ("code", wrong)])
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
    c.base = a.base.clone();
    let r = c
        .post("/reset/verify", &[("method", "email"), ("code", &right)])
        .await;
    assert_ne!(r.location.as_deref(), Some("/reset/password"), "{}", r.body);

    // The authenticator: sealed by A's services, the right code opens on B.
    let t = create_user("limt").await;
    let secret = crate::portal::register_totp(&a.app, &t.sam).await;
    let now = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
    };
    let mut c = browser(&b);
    c.identify("reset", &t.sam).await;
    let r = c
        .post(
            "/reset/verify",
            &[
                ("method", "totp"),
                ("code", &sspr::verify::totp::current_code(&secret, now())),
            ],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/reset/password"), "{}", r.body);
    // Wrong authenticator codes in a row, two flows on A and two on B: the cap (4) is reached,
    // and the right code (of the next step, never used) is refused on either instance.
    let s = create_user("lims").await;
    let secret = crate::portal::register_totp(&a.app, &s.sam).await;
    for p in [&a, &b, &a, &b] {
        let mut c = browser(p);
        c.identify("reset", &s.sam).await;
        let r = c
            .post("/reset/verify", &[("method", "totp"), ("code", "000000")])
            .await;
        assert!(r.status.is_client_error(), "{}", r.body);
    }
    for p in [&a, &b] {
        let mut c = browser(p);
        c.identify("reset", &s.sam).await;
        let r = c
            .post(
                "/reset/verify",
                &[
                    ("method", "totp"),
                    ("code", &sspr::verify::totp::current_code(&secret, now())),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    }
    // No mail went where the silent limits held.
    assert_eq!(a.app.smtp.count_to(&personal), 1);
    assert_eq!(a.app.smtp.count_to(&shared), 1);
}
