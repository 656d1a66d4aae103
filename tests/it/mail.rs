//! Mail goes to the server as `mail.tls` says. By default STARTTLS is required, so a server
//! that does not offer it (or a network attacker who strips the offer from its EHLO reply,
//! which looks the same from here) gets no one-time code, while the page the user sees stays
//! the one every name gets. `opportunistic` and `none` are the operator's explicit choice of
//! plain text. Certificates are verified whatever the setting.

use std::time::Duration;

use reqwest::StatusCode;
use sspr::flows::recovery::Purpose;
use sspr::mail::{CodePurpose, Mail, MailError};

use crate::harness::*;
use crate::portal::{portal_with, register_email};
use crate::smtp::SmtpSink;

fn code_mail() -> Mail {
    Mail::Code {
        name: "Test".into(),
        purpose: CodePurpose::Reset,
        code: "12345678".into(),
        minutes: 10,
    }
}

/// The `sspr_mail_total{result=...}` counter of `app`.
fn mail_count(app: &TestApp, result: &str) -> u64 {
    let prefix = format!("sspr_mail_total{{result=\"{result}\"}} ");
    app.services
        .metrics
        .render(&[])
        .lines()
        .find_map(|l| l.strip_prefix(&prefix).map(|n| n.parse().unwrap()))
        .unwrap_or(0)
}

/// Waits until `app` has counted `n` mails with `result` (mail goes from background tasks).
async fn wait_mail_count(app: &TestApp, result: &str, n: u64) {
    let deadline = tokio::time::Instant::now() + MAIL_WAIT;
    while mail_count(app, result) < n {
        assert!(
            tokio::time::Instant::now() < deadline,
            "no {n} mail(s) counted as {result}: {}",
            app.services.metrics.render(&[])
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn without_starttls_no_code_is_sent_and_the_reset_page_looks_the_same() {
    let plain = SmtpSink::start().await;
    let mut p = portal_with(&[dc().url()], &[("SSPR__MAIL__SMTP_URL", &plain.url())]).await;
    assert_eq!(p.app.config.mail.tls, sspr::config::MailTls::Required);
    let u = create_user("clear").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;

    // Over HTTP: the page every name gets, mail or no mail.
    let page = p.identify("reset", &u.sam).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("If this account can use self-service"));

    // The same step through the app's own services, whose counter the test can read: the
    // send fails and is counted, and the server never sees a message.
    p.app
        .services
        .begin_recovery(&p.app.ctx(), Purpose::Reset, &u.sam)
        .await
        .unwrap();
    wait_mail_count(&p.app, "failed", 1).await;
    assert_eq!(mail_count(&p.app, "sent"), 0);
    // What the log line says: the setting that stopped it.
    let e = p
        .app
        .services
        .mailer
        .send(&personal, &code_mail())
        .await
        .unwrap_err();
    assert!(matches!(e, MailError::StartTlsMissing), "{e}");
    assert!(e.to_string().contains("mail.tls"), "{e}");
    assert_eq!(plain.count_to(&personal), 0, "a code went out in clear");
}

#[tokio::test]
async fn opportunistic_and_none_send_in_clear_to_a_server_without_starttls() {
    for tls in ["opportunistic", "none"] {
        let plain = SmtpSink::start().await;
        let app = spawn_app_full(
            &[dc().url()],
            "",
            &[
                ("SSPR__MAIL__SMTP_URL", &plain.url()),
                ("SSPR__MAIL__TLS", tls),
            ],
        )
        .await;
        let u = create_user("plain").await;
        let personal = format!("{}@personal.test", u.sam);
        register_email(&app, &u.sam, &personal).await;
        app.services
            .begin_recovery(&app.ctx(), Purpose::Reset, &u.sam)
            .await
            .unwrap();
        let mail = plain.wait_for(&personal, MAIL_WAIT).await;
        assert!(!mail.used_tls, "{tls}");
        assert!(mail.find_code().is_some(), "{tls}");
        wait_mail_count(&app, "sent", 1).await;
    }
}

#[tokio::test]
async fn starttls_is_used_when_offered_unless_tls_is_none() {
    for (tls, over_tls) in [("required", true), ("opportunistic", true), ("none", false)] {
        let app = spawn_app_full(&[dc().url()], "", &[("SSPR__MAIL__TLS", tls)]).await;
        let to = format!("{tls}@personal.test");
        app.services.mailer.send(&to, &code_mail()).await.unwrap();
        let mail = app.smtp.wait_for(&to, MAIL_WAIT).await;
        assert_eq!(mail.used_tls, over_tls, "{tls}");
    }
}

#[tokio::test]
async fn a_certificate_that_does_not_verify_stops_the_mail_even_when_opportunistic() {
    for tls in ["required", "opportunistic"] {
        let app = spawn_app_full(
            &[dc().url()],
            "",
            &[
                ("SSPR__MAIL__TLS", tls),
                ("SSPR__MAIL__CA_FILE", &dc().get("SSPR_TEST_OTHER_CA_FILE")),
            ],
        )
        .await;
        let to = format!("{tls}@personal.test");
        let e = app.services.mailer.send(&to, &code_mail()).await;
        assert!(
            matches!(e, Err(MailError::Send(_))),
            "{tls}: an unverified certificate was accepted: {e:?}"
        );
        assert_eq!(app.smtp.count_to(&to), 0, "{tls}");
    }
}

fn tls_files() -> (std::path::PathBuf, std::path::PathBuf) {
    let tls = std::path::PathBuf::from(dc().get("SSPR_TEST_DC_DIR")).join("tls");
    (tls.join("cert.pem"), tls.join("key.pem"))
}

// Shows: an smtps:// URL speaks TLS from the first byte (to a server that offers no
// STARTTLS and reads nothing in the clear), its certificate verified.
#[tokio::test]
async fn smtps_sends_over_tls_from_the_first_byte() {
    let (cert, key) = tls_files();
    let sink = SmtpSink::start_smtps(&cert, &key, None).await;
    let app = spawn_app_full(
        &[dc().url()],
        "",
        &[("SSPR__MAIL__SMTP_URL", &sink.smtps_url())],
    )
    .await;
    tokio::time::timeout(
        Duration::from_secs(30),
        app.services
            .mailer
            .send("wrapped@personal.test", &code_mail()),
    )
    .await
    .expect("smtps send hangs")
    .unwrap();
    let mail = sink.wait_for("wrapped@personal.test", MAIL_WAIT).await;
    assert!(mail.used_tls);
    // The same server is useless to a client that starts in the clear.
    let plain = spawn_app_full(&[dc().url()], "", &[("SSPR__MAIL__SMTP_URL", &sink.url())]).await;
    let clear = tokio::time::timeout(
        Duration::from_secs(60),
        plain
            .services
            .mailer
            .send("clear@personal.test", &code_mail()),
    )
    .await
    .expect("the plain send hangs");
    assert!(clear.is_err());
}

// Shows: with mail.username and mail.password_file the portal authenticates (AUTH PLAIN, only
// after STARTTLS, on smtps:// too), and a wrong password sends nothing and says why.
#[tokio::test]
async fn smtp_auth_with_the_configured_user_and_password_file() {
    let (cert, key) = tls_files();
    let dir = tempfile::tempdir().unwrap();
    let pw_file = dir.path().join("smtp-password");
    std::fs::write(&pw_file, "Mail-Secret-42\n").unwrap();
    let pw = pw_file.to_string_lossy().to_string();
    let starttls =
        SmtpSink::start_with_starttls_and_auth(&cert, &key, "sspr-mailer", "Mail-Secret-42").await;
    let smtps = SmtpSink::start_smtps(&cert, &key, Some(("sspr-mailer", "Mail-Secret-42"))).await;
    for (sink, url) in [(&starttls, starttls.url()), (&smtps, smtps.smtps_url())] {
        let app = spawn_app_full(
            &[dc().url()],
            "",
            &[
                ("SSPR__MAIL__SMTP_URL", &url),
                ("SSPR__MAIL__USERNAME", "sspr-mailer"),
                ("SSPR__MAIL__PASSWORD_FILE", &pw),
            ],
        )
        .await;
        let to = format!("auth-{}@personal.test", sink.port);
        app.services.mailer.send(&to, &code_mail()).await.unwrap();
        let mail = sink.wait_for(&to, MAIL_WAIT).await;
        assert_eq!(
            mail.authenticated_as.as_deref(),
            Some("sspr-mailer"),
            "{url}"
        );
    }
    // Without credentials, or with the wrong password: refused, nothing delivered.
    let wrong = dir.path().join("wrong");
    std::fs::write(&wrong, "not-it").unwrap();
    let wrong = wrong.to_string_lossy().to_string();
    for extra in [
        vec![],
        vec![
            ("SSPR__MAIL__USERNAME", "sspr-mailer"),
            ("SSPR__MAIL__PASSWORD_FILE", wrong.as_str()),
        ],
    ] {
        let mut overrides = vec![("SSPR__MAIL__SMTP_URL", starttls.url())];
        overrides.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
        let overrides: Vec<(&str, &str)> =
            overrides.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let app = spawn_app_full(&[dc().url()], "", &overrides).await;
        let e = app
            .services
            .mailer
            .send("refused@personal.test", &code_mail())
            .await;
        assert!(matches!(e, Err(MailError::Send(_))), "{e:?}");
    }
    assert_eq!(starttls.count_to("refused@personal.test"), 0);
}
