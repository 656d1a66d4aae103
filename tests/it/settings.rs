//! Settings the README promises, each doing what it says: unlock switched off, self-service
//! for nobody, the idle limits of a flow and of a console session, and the file outbox.

use std::time::Duration;

use reqwest::StatusCode;

use crate::admin::{admin_client, new_admin};
use crate::harness::*;
use crate::portal::{audit_reasons, portal_from, portal_with, register_email, without_token};

// Shows: with sspr.allow_unlock = false the unlock pages say so (404, pointing to reset) for
// GET and POST alike, nothing is looked up or mailed, and reset still works.
#[tokio::test]
async fn allow_unlock_false_offers_no_unlock_but_reset() {
    let mut p = portal_with(&[dc().url()], &[("SSPR__SSPR__ALLOW_UNLOCK", "false")]).await;
    let u = create_user("nounl").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    let page = p.get("/unlock").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(
        page.body.contains("Unlocking is not offered here"),
        "{}",
        page.body
    );
    assert!(page.body.contains("href=\"/reset\""), "{}", page.body);
    p.get("/reset").await;
    let r = p.post("/unlock", &[("username", &u.sam)]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    assert!(audit_reasons(&p.app).await.is_empty(), "nothing looked up");
    assert_eq!(p.app.smtp.count_to(&personal), 0);
    // Reset is offered as before.
    p.identify("reset", &u.sam).await;
    p.app.smtp.code_to(&personal).await;
}

// Shows: with sspr.enabled_for = "none" nobody gets self-service: a registered account reads
// exactly like an unknown name, gets no mail, and the audit says why.
#[tokio::test]
async fn enabled_for_none_lets_nobody_recover_and_reads_like_an_unknown_name() {
    let mut p = portal_with(&[dc().url()], &[("SSPR__SSPR__ENABLED_FOR", "none")]).await;
    let u = create_user("nosc").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    let known = p.identify("reset", &u.sam).await;
    let unknown = portal_from(&p)
        .identify("reset", "nobody-here-at-all")
        .await;
    assert_eq!(known.status, unknown.status);
    assert_eq!(without_token(&known.body), without_token(&unknown.body));
    // The refusal is decided and audited before the page is answered; no code goes out.
    let reasons = audit_reasons(&p.app).await;
    assert!(
        reasons.iter().any(|r| r.1 == "UserNotEnabledForSSPR"),
        "{reasons:?}"
    );
    let code = p
        .post(
            "/reset/verify",
            &[("method", "email"), ("code", "00000000")],
        )
        .await;
    assert!(code.status.is_client_error(), "{}", code.body);
    assert_eq!(p.app.smtp.count_to(&personal), 0);
}

// Shows: security.session_idle ends a flow left alone that long: the next step says the
// session has ended, and the flow cannot go on.
#[tokio::test]
async fn session_idle_ends_a_flow_left_alone() {
    let mut p = portal_with(&[dc().url()], &[("SSPR__SECURITY__SESSION_IDLE", "2s")]).await;
    let u = create_user("idle").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    p.identify("reset", &u.sam).await;
    let code = p.app.smtp.code_to(&personal).await;
    // Waiting out the configured idle time (not measuring anything).
    tokio::time::sleep(Duration::from_secs(3)).await;
    let r = p
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert!(r.status.is_client_error(), "{}", r.body);
    assert!(r.body.contains("Your session has ended"), "{}", r.body);
    assert_ne!(r.location.as_deref(), Some("/reset/password"));
}

// Shows: admin.idle_timeout signs a helpdesk admin out after that long without a request:
// the console answers 401 "signed out after a period of inactivity", and stays closed.
#[tokio::test]
async fn the_console_signs_an_idle_admin_out() {
    let p = portal_with(&[dc().url()], &[("SSPR__ADMIN__IDLE_TIMEOUT", "2s")]).await;
    let a = new_admin().await;
    let (mut c, _) = admin_client(&p, &a.sam, &a.password).await;
    assert_eq!(c.get("/admin").await.status, StatusCode::OK);
    // Waiting out the configured idle time (whole seconds: the console's clock).
    tokio::time::sleep(Duration::from_secs(4)).await;
    // An action says why it is refused; the console session is then closed for good, so a
    // page sends the browser to sign in again.
    let r = c.post("/admin/health/run", &[]).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.body);
    assert!(
        r.body
            .contains("You were signed out after a period of inactivity"),
        "{}",
        r.body
    );
    let again = c.get("/admin").await;
    assert_eq!(again.location.as_deref(), Some("/admin/login"));
}

// Shows: mail.smtp_url = "file://DIR" puts each mail in DIR as .eml and .txt (and
// latest.txt) instead of sending it, and a reset goes through with the code read from there.
#[tokio::test]
async fn a_file_outbox_holds_the_mail_and_the_flow_works_from_it() {
    let outbox = tempfile::tempdir().unwrap();
    let url = format!("file://{}", outbox.path().display());
    let mut p = portal_with(&[dc().url()], &[("SSPR__MAIL__SMTP_URL", &url)]).await;
    let u = create_user("outb").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    p.identify("reset", &u.sam).await;
    let latest = outbox.path().join("latest.txt");
    let deadline = std::time::Instant::now() + MAIL_WAIT;
    while !latest.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "no mail in the outbox"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let text = std::fs::read_to_string(&latest).unwrap();
    assert!(text.starts_with(&format!("To: {personal}\n")), "{text}");
    let names: Vec<String> = std::fs::read_dir(outbox.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(
        names.iter().filter(|n| n.ends_with(".eml")).count(),
        1,
        "{names:?}"
    );
    assert_eq!(
        names.iter().filter(|n| n.ends_with(".txt")).count(),
        2,
        "{names:?}"
    );
    let code: String = text
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 8)
        .unwrap()
        .to_string();
    let r = p
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/reset/password"), "{}", r.body);
    assert_eq!(p.app.smtp.messages().len(), 0, "nothing went over SMTP");
}

// Shows: admin.max_session ends a console session after that long in all, however active,
// and says that is why (not "inactivity").
#[tokio::test]
async fn the_console_session_ends_at_its_time_limit_however_active() {
    let p = portal_with(
        &[dc().url()],
        &[
            ("SSPR__ADMIN__MAX_SESSION", "3s"),
            ("SSPR__ADMIN__IDLE_TIMEOUT", "1h"),
        ],
    )
    .await;
    let a = new_admin().await;
    let (mut c, _) = admin_client(&p, &a.sam, &a.password).await;
    // Active all along: a page every second, each answered, until the limit has passed.
    for _ in 0..2 {
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert_eq!(c.get("/admin").await.status, StatusCode::OK);
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    let r = c.post("/admin/health/run", &[]).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.body);
    assert!(
        r.body
            .contains("Your console session reached its time limit"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("inactivity"), "{}", r.body);
    assert_eq!(
        c.get("/admin").await.location.as_deref(),
        Some("/admin/login")
    );
}
