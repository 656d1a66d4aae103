//! What a person does, in headless Chromium on a phone-sized screen: reads the code from the
//! mail the SMTP server received, types it, sets a new password, and then the new password
//! binds against the DC. Screenshots of each page go to `target/browser-artifacts/<test>/`
//! (and, on a failure, the page that failed with its HTML).

use std::path::PathBuf;
use std::time::Duration;

use sspr::writeback::BindOutcome;

use crate::harness::*;
use crate::portal::{portal, register_email};
use crate::webdriver::Browser;

const NEW_PASSWORD: &str = "Lantern-Orchard-Willow-58";

/// A fresh artifacts directory for one test's screenshots.
pub fn artifacts(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target/browser-artifacts")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_resets_their_password_in_a_browser() {
    let p = portal().await;
    let u = create_user("brw").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    let b = Browser::start(&artifacts("reset")).await;

    b.goto(&format!("{}/", p.base)).await;
    b.screenshot("01-home").await;
    b.click("a[href='/reset']").await;
    b.find("#username").await;
    b.screenshot("02-identify").await;
    b.type_into("#username", &u.sam).await;
    b.submit_form("button[type=submit]").await;

    b.wait_for_text("h1", "Prove it", Duration::from_secs(5))
        .await;
    b.screenshot("03-verify").await;
    let code = p.app.smtp.code_to(&personal).await;
    b.type_into("#code", &code).await;
    b.submit_form("form[action='/reset/verify'] button[type=submit]")
        .await;

    b.wait_for_text("h1", "Choose a new password", Duration::from_secs(5))
        .await;
    b.type_into("#new-password", NEW_PASSWORD).await;
    b.type_into("#confirm-password", NEW_PASSWORD).await;
    // The live checklist ticks every rule the page can check (those with a data-rule; history
    // and the like only the DC knows) as the person types, without sending anything.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let v = b
            .execute(
                "return [document.querySelectorAll('ul.checklist li[data-rule]').length, \
                 document.querySelectorAll('ul.checklist li[data-rule].met').length]",
                vec![],
            )
            .await;
        let (all, met) = (v[0].as_u64().unwrap_or(0), v[1].as_u64().unwrap_or(0));
        if all >= 3 && met == all {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "checklist: {met} of {all} rules met"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    b.screenshot("04-new-password").await;
    b.submit_form("button[type=submit]").await;

    b.wait_for_text(
        "h1",
        "Your password has been reset",
        Duration::from_secs(10),
    )
    .await;
    b.screenshot("05-done").await;
    b.quit().await;
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_unlocks_their_account_in_a_browser() {
    let p = portal().await;
    let u = create_user("bru").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    lock_out(&u.dn).await;
    let b = Browser::start(&artifacts("unlock")).await;

    b.goto(&format!("{}/unlock", p.base)).await;
    b.type_into("#username", &u.sam).await;
    b.submit_form("button[type=submit]").await;
    b.wait_for_text("h1", "Prove it", Duration::from_secs(5))
        .await;
    let code = p.app.smtp.code_to(&personal).await;
    b.type_into("#code", &code).await;
    b.submit_form("form[action='/unlock/verify'] button[type=submit]")
        .await;
    b.wait_for_text("h1", "Your account is unlocked", Duration::from_secs(10))
        .await;
    b.screenshot("done").await;
    b.quit().await;
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_who_must_change_their_password_is_taken_to_change_it_in_a_browser() {
    let u = create_user("brc").await;
    admin_replace(&u.dn, "pwdLastSet", "0").await;
    change_in_a_browser(u, "change-must-change").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_whose_password_has_expired_is_taken_to_change_it_in_a_browser() {
    let u = create_user("brx").await;
    expire_password(&u).await;
    change_in_a_browser(u, "change-expired").await;
}

/// Signs in to /register with a password the DC no longer takes for a logon (must change, or
/// expired), follows the portal to the change page and changes it there.
async fn change_in_a_browser(u: TestUser, name: &str) {
    let p = portal().await;
    let b = Browser::start(&artifacts(name)).await;

    b.goto(&format!("{}/register", p.base)).await;
    b.type_into("#username", &u.sam).await;
    b.type_into("#password", &u.password).await;
    b.submit_form("button[type=submit]").await;
    // Not a dead end: the change page, with the user name filled in and the reason said.
    b.wait_for_text(".notice", "expired", Duration::from_secs(5))
        .await;
    let filled = b.find("#username").await.property("value").await;
    assert_eq!(filled.as_deref(), Some(u.sam.as_str()));
    b.screenshot("01-change").await;
    // The live checklist knows the user only from the name typed above: a password with it
    // inside leaves the rule unticked.
    b.type_into("#new-password", &format!("{}-Harbour-71", u.sam))
        .await;
    let name_rule = b
        .execute(
            "return document.querySelector('li[data-rule=name]').className",
            vec![],
        )
        .await;
    assert_eq!(name_rule.as_str(), Some("unmet"), "{name_rule}");
    b.type_into("#current-password", &u.password).await;
    b.type_into("#new-password", NEW_PASSWORD).await;
    b.type_into("#confirm-password", NEW_PASSWORD).await;
    b.submit_form("form[action='/change'] button[type=submit]")
        .await;
    b.wait_for_text(
        "h1",
        "Your password has been changed",
        Duration::from_secs(10),
    )
    .await;
    b.screenshot("02-done").await;
    b.quit().await;
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_helpdesk_person_unlocks_an_account_for_a_caller_in_a_browser() {
    let p = portal().await;
    let u = create_user("brh").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    lock_out(&u.dn).await;
    let b = Browser::start(&artifacts("helpdesk-unlock")).await;
    b.set_window_size(1280, 900).await;

    b.goto(&format!("{}/admin/login", p.base)).await;
    b.type_into("#username", "helen").await;
    b.type_into("#password", &dc().user_password()).await;
    b.submit_form("button[type=submit]").await;
    // First sign-in: enrol the authenticator (the test plays the phone app).
    let key = b.text("#totp-key").await;
    let secret = sspr::verify::totp::parse_manual_key(&key).unwrap();
    b.screenshot("01-enrol").await;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    // The set-up code mailed to helen's directory mailbox.
    let emailed = p.app.smtp.code_to("helen@sspr.test").await;
    b.type_into("#enrol-code", &emailed).await;
    b.type_into("#code", &sspr::verify::totp::current_code(&secret, now))
        .await;
    b.submit_form("button[type=submit]").await;
    b.wait_for_text("h1", "Dashboard", Duration::from_secs(5))
        .await;
    b.screenshot("02-dashboard").await;

    b.goto(&format!("{}/admin/users?q={}", p.base, u.sam)).await;
    b.screenshot("03-search").await;
    b.click(&format!("a[href$='{}']", find(&p.app, &u.sam).await.guid))
        .await;
    b.wait_for_text("main", "Locked out", Duration::from_secs(5))
        .await;
    b.screenshot("04-user").await;

    b.submit_form("form[action$='/caller/send'] button").await;
    let code = p.app.smtp.code_to(&personal).await;
    b.type_into("#caller-code", &code).await;
    b.submit_form("form[action$='/caller/check'] button").await;
    b.wait_for_text(".notice", "Caller verified", Duration::from_secs(5))
        .await;

    b.submit_form("form[action$='/unlock'] button").await;
    b.wait_for_text("h1", "Unlock account?", Duration::from_secs(5))
        .await;
    b.screenshot("05-confirm").await;
    b.submit_form("form[action$='/unlock'] button[type=submit]")
        .await;
    b.wait_for_text("h1", "Account unlocked", Duration::from_secs(10))
        .await;
    b.screenshot("06-done").await;
    b.quit().await;
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
}

/// A portal on a free loopback port whose public URL is `http://localhost:PORT/`, and that
/// address: the origin must be known before it starts (WebAuthn checks it), and browsers offer
/// passkeys to `localhost`, never to an IP address.
async fn localhost_portal() -> (crate::portal::Portal, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let bind = format!("127.0.0.1:{port}");
    let public = format!("http://localhost:{port}/");
    let p = crate::portal::portal_with(
        &[dc().url()],
        &[
            ("SSPR__SERVER__BIND", &bind),
            ("SSPR__SERVER__PUBLIC_URL", &public),
        ],
    )
    .await;
    (p, format!("http://localhost:{port}"))
}

// Shows: in Chromium with a WebDriver virtual authenticator (a platform authenticator with
// a screen lock), a person adds a passkey on /register, resets their password with it (the
// new password binds against the DC), and removes it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_adds_a_passkey_resets_with_it_and_removes_it_in_a_browser() {
    let (p, site) = localhost_portal().await;
    let u = create_user("brp").await;
    let b = Browser::start(&artifacts("passkey")).await;
    let authenticator = b.add_virtual_authenticator().await;

    b.goto(&format!("{site}/register")).await;
    b.type_into("#username", &u.sam).await;
    b.type_into("#password", &u.password).await;
    b.submit_form("button[type=submit]").await;
    b.type_into("#passkey-name", "This laptop").await;
    b.submit_form("form[action='/register/passkey/start'] button[type=submit]")
        .await;
    b.wait_for_text("h1", "Create your passkey", Duration::from_secs(5))
        .await;
    b.screenshot("01-create").await;
    b.submit_form("#passkey-go").await;
    b.wait_for_text(
        ".notice",
        "Your passkey is registered",
        Duration::from_secs(10),
    )
    .await;
    b.screenshot("02-registered").await;
    let creds = b.virtual_credentials(&authenticator).await;
    assert_eq!(creds.len(), 1, "{creds:?}");
    assert_eq!(creds[0]["isResidentCredential"], true, "{creds:?}");
    assert!(b.text("#passkeys").await.contains("This laptop"));

    b.goto(&format!("{site}/reset")).await;
    b.type_into("#username", &u.sam).await;
    b.submit_form("button[type=submit]").await;
    b.follow("a[href='/reset/verify?method=passkey']").await;
    b.submit_form("form[action='/reset/verify/passkey'] button[type=submit]")
        .await;
    b.wait_for_text("h1", "Use your passkey", Duration::from_secs(5))
        .await;
    b.screenshot("03-use").await;
    b.submit_form("#passkey-go").await;
    b.wait_for_text("h1", "Choose a new password", Duration::from_secs(10))
        .await;
    b.type_into("#new-password", NEW_PASSWORD).await;
    b.type_into("#confirm-password", NEW_PASSWORD).await;
    b.submit_form("button[type=submit]").await;
    b.wait_for_text(
        "h1",
        "Your password has been reset",
        Duration::from_secs(10),
    )
    .await;
    b.screenshot("04-reset").await;
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);

    b.goto(&format!("{site}/register")).await;
    assert!(b.text("#passkeys").await.contains("last used"));
    b.submit_form("#passkeys form button[type=submit]").await;
    b.wait_for_text(".notice", "Passkey removed", Duration::from_secs(5))
        .await;
    b.screenshot("05-removed").await;
    assert!(b.try_find("#passkeys").await.is_none());
    b.quit().await;
    let rows = p.app.store.audit_page(0, 1000).await.unwrap();
    let of_u: Vec<&str> = rows
        .iter()
        .filter(|r| r.target_name.as_deref() == Some(u.sam.as_str()))
        .map(|r| r.detail.as_str())
        .collect();
    for want in [
        "registered a passkey named \"This laptop\"",
        "verified passkey",
        "removed the passkey named \"This laptop\"",
    ] {
        assert!(of_u.contains(&want), "{want:?} not in {of_u:#?}");
    }
}

// Shows: in Chromium with a virtual authenticator, a helpdesk admin adds a passkey for the
// console (with the code mailed to their directory mailbox), signs out, and signs in again
// with the passkey instead of an authenticator code.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_helpdesk_admin_signs_in_with_a_passkey_in_a_browser() {
    let (p, site) = localhost_portal().await;
    let a = crate::admin::new_admin().await;
    let mailbox = format!("{}@sspr.test", a.sam);
    let b = Browser::start(&artifacts("console-passkey")).await;
    b.set_window_size(1280, 900).await;
    b.add_virtual_authenticator().await;

    b.goto(&format!("{site}/admin/login")).await;
    b.type_into("#username", &a.sam).await;
    b.type_into("#password", &a.password).await;
    b.submit_form("button[type=submit]").await;
    let secret = sspr::verify::totp::parse_manual_key(&b.text("#totp-key").await).unwrap();
    let emailed = p.app.smtp.code_to(&mailbox).await;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    b.type_into("#enrol-code", &emailed).await;
    b.type_into("#code", &sspr::verify::totp::current_code(&secret, now))
        .await;
    b.submit_form("button[type=submit]").await;
    b.wait_for_text("h1", "Dashboard", Duration::from_secs(5))
        .await;

    b.follow("a[href='/admin/passkeys']").await;
    b.type_into("#passkey-name", "Desk").await;
    let before = p.app.smtp.count_to(&mailbox);
    b.submit_form("form[action='/admin/passkeys/start'] button[type=submit]")
        .await;
    b.wait_for_text("h1", "Create your console passkey", Duration::from_secs(5))
        .await;
    let code = crate::admin::newest_code_to(&p, &mailbox, before).await;
    b.type_into("#code", &code).await;
    b.screenshot("01-create").await;
    b.submit_form("#passkey-go").await;
    b.wait_for_text(".notice", "Passkey added", Duration::from_secs(10))
        .await;
    b.screenshot("02-added").await;
    b.submit_form("form[action='/admin/logout'] button").await;

    b.goto(&format!("{site}/admin/login")).await;
    b.type_into("#username", &a.sam).await;
    b.type_into("#password", &a.password).await;
    b.submit_form("button[type=submit]").await;
    b.submit_form("#use-passkey").await;
    b.wait_for_text("h1", "Sign in with your passkey", Duration::from_secs(5))
        .await;
    b.screenshot("03-sign-in").await;
    b.submit_form("#passkey-go").await;
    b.wait_for_text("h1", "Dashboard", Duration::from_secs(10))
        .await;
    b.screenshot("04-dashboard").await;
    b.quit().await;
    let rows = p.app.store.audit_page(0, 1000).await.unwrap();
    assert!(rows
        .iter()
        .any(|r| r.target_name.as_deref() == Some(a.sam.as_str())
            && r.detail == "helpdesk sign-in: second factor passed (passkey \"Desk\")"));
}
