//! `doctor` against the fixture DC: passes with the delegated account, names what is missing
//! with an account that has no delegation.

use sspr::writeback::diagnostics::Level;

use crate::harness::*;

fn find<'a>(
    checks: &'a [sspr::writeback::diagnostics::Check],
    name: &str,
) -> &'a sspr::writeback::diagnostics::Check {
    checks
        .iter()
        .find(|c| c.name.starts_with(name))
        .unwrap_or_else(|| panic!("no check named {name}: {checks:#?}"))
}

#[tokio::test]
async fn doctor_passes_with_the_delegated_service_account() {
    let app = spawn_app_with(&[dc().url()], "probe_user = \"alice\"").await;
    let checks = sspr::doctor::run(&app.config).await;
    let failed: Vec<_> = checks.iter().filter(|c| c.level == Level::Fail).collect();
    assert!(failed.is_empty(), "{failed:#?}");
    assert_eq!(
        find(&checks, "service account rights on users").level,
        Level::Pass
    );
    assert!(find(&checks, &format!("DC {}", dc().url()))
        .detail
        .contains("expires in"));
    // Samba: no policy hints -> a warning, not a failure.
    assert_eq!(
        find(&checks, &format!("DC {}: policy hints", dc().url())).level,
        Level::Warn
    );
    // grace is protected and the delegation does not reach her.
    let protected = find(&checks, "protected accounts");
    assert_eq!(protected.level, Level::Warn);
    assert!(protected.detail.contains("grace"), "{protected:?}");
    assert_eq!(find(&checks, "database writable").level, Level::Pass);
    assert_eq!(find(&checks, "sspr.group_dn exists").level, Level::Pass);
}

#[tokio::test]
async fn doctor_fails_naming_the_rights_an_undelegated_account_lacks() {
    let app = spawn_app_with(&[dc().url()], "probe_user = \"alice\"").await;
    let mut config = app.config.clone();
    config.directory.bind_dn = dc().get("SSPR_TEST_WEAK_SVC_DN");
    config.directory.bind_password = secret(&dc().get("SSPR_TEST_WEAK_SVC_PASSWORD"));
    let checks = sspr::doctor::run(&config).await;
    let rights = find(&checks, "service account rights on users");
    assert_eq!(rights.level, Level::Fail, "{rights:?}");
    for right in ["Reset Password", "Write lockoutTime", "Write pwdLastSet"] {
        assert!(rights.detail.contains(right), "{rights:?}");
    }
    assert!(rights.fix.as_deref().unwrap_or("").contains("svc-weak"));
}

#[tokio::test]
async fn doctor_fails_on_a_wrong_service_password_and_an_untrusted_dc() {
    let app = spawn_app().await;
    // svc-weak, not the shared svc-sspr: a bad bind counts towards lockout (threshold 3).
    let mut config = app.config.clone();
    config.directory.bind_dn = dc().get("SSPR_TEST_WEAK_SVC_DN");
    config.directory.bind_password = secret("Not-The-Password-1");
    let checks = sspr::doctor::run(&config).await;
    let bind = find(
        &checks,
        &format!("DC {}: service account binds", dc().url()),
    );
    assert_eq!(bind.level, Level::Fail);
    assert!(bind.detail.contains("wrong password"), "{bind:?}");

    let mut config = app.config.clone();
    config.directory.ca_file = Some(dc().get("SSPR_TEST_OTHER_CA_FILE").into());
    let checks = sspr::doctor::run(&config).await;
    let tls = find(&checks, &format!("DC {}: reachable", dc().url()));
    assert_eq!(tls.level, Level::Fail);
    assert!(tls.detail.contains("certificate"), "{tls:?}");
}

#[tokio::test]
async fn doctor_checks_the_mail_server_offers_starttls_with_a_certificate_it_trusts() {
    // The suite's mail server offers STARTTLS with a certificate from the test CA.
    let app = spawn_app_with(&[dc().url()], "probe_user = \"alice\"").await;
    let checks = sspr::doctor::run(&app.config).await;
    let mail = find(&checks, "mail server");
    assert_eq!(mail.level, Level::Pass, "{mail:?}");
    assert!(
        mail.detail.contains("STARTTLS, certificate verified"),
        "{mail:?}"
    );

    let mut config = app.config.mail.clone();
    let check = |config: sspr::config::MailConfig| async move {
        sspr::doctor::check_mail(&config).await.unwrap()
    };
    config.ca_file = Some(dc().get("SSPR_TEST_OTHER_CA_FILE").into());
    let untrusted = check(config.clone()).await;
    assert_eq!(untrusted.level, Level::Fail, "{untrusted:?}");
    assert!(
        untrusted
            .fix
            .as_deref()
            .unwrap_or("")
            .contains("mail.ca_file"),
        "{untrusted:?}"
    );

    // A server without STARTTLS: no mail would go under the default, in clear otherwise.
    let plain = crate::smtp::SmtpSink::start().await;
    config.ca_file = app.config.mail.ca_file.clone();
    config.smtp_url = Some(plain.url().parse().unwrap());
    let required = check(config.clone()).await;
    assert_eq!(required.level, Level::Fail, "{required:?}");
    assert!(
        required.detail.contains("does not offer STARTTLS"),
        "{required:?}"
    );
    assert!(required.detail.contains("mail.tls"), "{required:?}");
    config.tls = sspr::config::MailTls::Opportunistic;
    assert_eq!(check(config.clone()).await.level, Level::Warn);
    config.tls = sspr::config::MailTls::None;
    assert_eq!(check(config.clone()).await.level, Level::Pass);

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    config.smtp_url = Some(format!("smtp://127.0.0.1:{port}").parse().unwrap());
    assert_eq!(check(config).await.level, Level::Fail);
}
