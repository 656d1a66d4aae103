//! The portal's own password rules beyond the directory's, against the fixture DC: the
//! offline breached-password list (built with the real `sspr breach import`) and the minimum
//! strength, on every path that sets a password.

use reqwest::StatusCode;
use sha1::{Digest, Sha1};
use sspr::verify::totp;
use sspr::writeback::BindOutcome;

use crate::admin::{admin_client, nonce_in};
use crate::harness::*;
use crate::portal::{now, portal_with, register_totp, Portal};

/// Complex, not on the banned list, strong by zxcvbn: only the breach list refuses it.
const BREACHED: &str = "Breached-Harbour-7431";
const CLEAN: &str = "Quiet-Lantern-8520";

/// A list in the Pwned Passwords format (`SHA1:COUNT`), with `BREACHED` among 5,000 others,
/// made into a filter by `sspr breach import`; returns the filter's path.
fn breach_filter(dir: &std::path::Path) -> String {
    use rand::Rng;
    let mut rng = rand::thread_rng();
    let mut lines: Vec<String> = (0..5_000)
        .map(|i| format!("{}:{}", hex::encode_upper(rng.gen::<[u8; 20]>()), i + 1))
        .collect();
    lines.insert(
        2_500,
        format!(
            "{}:17",
            hex::encode_upper(Sha1::digest(BREACHED.as_bytes()))
        ),
    );
    let list = dir.join("pwned.txt");
    std::fs::write(&list, lines.join("\n")).unwrap();
    let out = dir.join("breached.bin");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_sspr"))
        .args(["breach", "import"])
        .arg(&list)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{said} {}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        said.contains("5001 SHA-1 hashes (5001 distinct)"),
        "the import says what it built: {said}"
    );
    out.to_str().unwrap().to_string()
}

async fn change(p: &mut Portal, u: &TestUser, new: &str) -> crate::portal::Page {
    p.get("/change").await;
    p.post(
        "/change",
        &[
            ("username", &u.sam),
            ("current_password", &u.password),
            ("new_password", new),
            ("confirm_password", new),
        ],
    )
    .await
}

async fn verified_reset(p: &mut Portal, u: &TestUser) {
    let secret = register_totp(&p.app, &u.sam).await;
    p.identify("reset", &u.sam).await;
    let code = totp::current_code(&secret, now());
    let r = p
        .post("/reset/verify", &[("method", "totp"), ("code", &code)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

async fn reset(p: &mut Portal, new: &str) -> crate::portal::Page {
    p.post(
        "/reset/password",
        &[("new_password", new), ("confirm_password", new)],
    )
    .await
}

fn reasons_for(rows: &[sspr::store::audit::AuditRecord], sam: &str) -> Vec<String> {
    rows.iter()
        .filter(|r| r.target_name.as_deref() == Some(sam))
        .map(|r| format!("{}: {}", r.activity, r.status_reason))
        .collect()
}

#[tokio::test]
async fn a_breached_password_is_refused_on_change_reset_and_helpdesk_reset() {
    let dir = tempfile::tempdir().unwrap();
    let filter = breach_filter(dir.path());
    let mut p = portal_with(
        &[dc().url()],
        &[("SSPR__POLICY__BREACHED_PASSWORDS_FILE", filter.as_str())],
    )
    .await;

    // Change: refused with its own words, nothing written; a clean password goes through.
    let u = create_user("brc").await;
    let form = p.get("/change").await;
    assert!(
        form.body
            .contains("Not a password known from a data breach"),
        "the checklist names the rule"
    );
    let r = change(&mut p, &u, BREACHED).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.body.contains("has appeared in a data breach"),
        "{}",
        r.body
    );
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
    let r = change(&mut p, &u, CLEAN).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(bind_as(&u.dn, CLEAN).await, BindOutcome::Ok);
    // The done page says the previous password may still work over NTLM for a while (the
    // shipped directory.old_password_allowed_period, Windows' default).
    assert!(
        r.body
            .contains("previous password may keep working for up to 60 minutes"),
        "{}",
        r.body
    );

    // Self-service reset, after verification.
    let v = create_user("brr").await;
    verified_reset(&mut p, &v).await;
    let r = reset(&mut p, BREACHED).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.body.contains("has appeared in a data breach"),
        "{}",
        r.body
    );
    assert_eq!(
        bind_as(&v.dn, BREACHED).await,
        BindOutcome::InvalidCredentials
    );
    let r = reset(&mut p, CLEAN).await;
    assert!(
        r.body.contains("Your password has been reset"),
        "{}",
        r.body
    );
    assert!(r.body.contains("up to 60 minutes"), "{}", r.body);

    // Helpdesk reset with a typed password.
    let w = create_user("brh").await;
    let guid = find(&p.app, &w.sam).await.guid;
    let (mut c, _) = admin_client(&p, "helen", &dc().user_password()).await;
    let path = format!("/admin/users/{guid}/reset");
    let ask = c
        .post(&path, &[("mode", "typed"), ("password", BREACHED)])
        .await;
    let refused = c
        .post(
            &path,
            &[
                ("mode", "typed"),
                ("confirm", "yes"),
                ("nonce", &nonce_in(&ask)),
                ("override_reason", "call-back to the number on file"),
                ("password", BREACHED),
            ],
        )
        .await;
    assert!(
        refused.body.contains("has appeared in a data breach"),
        "{}",
        refused.body
    );
    assert_eq!(
        bind_as(&w.dn, BREACHED).await,
        BindOutcome::InvalidCredentials
    );
    assert_eq!(bind_as(&w.dn, &w.password).await, BindOutcome::Ok);

    let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
    for (sam, activity) in [
        (&u.sam, "Change password (self-service)"),
        (&v.sam, "Reset password (self-service)"),
        (&w.sam, "Reset password (by admin)"),
    ] {
        let got = reasons_for(&rows, sam);
        assert!(
            got.contains(&format!("{activity}: PasswordBreached")),
            "{sam}: {got:?}"
        );
    }
}

#[tokio::test]
async fn min_strength_refuses_a_weak_but_complex_password_on_the_server() {
    // Meets the test DC's length and complexity rules and is on no banned list, but zxcvbn
    // scores it 1. A plain form post: no JavaScript ran.
    let weak = "Elephant1!";
    let mut p = portal_with(&[dc().url()], &[("SSPR__POLICY__MIN_STRENGTH", "3")]).await;
    let u = create_user("str").await;
    let form = p.get("/change").await;
    assert!(
        form.body
            .contains("Hard to guess: at least “Good” on the strength meter"),
        "the checklist names the rule and the meter's word for it"
    );
    let r = change(&mut p, &u, weak).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("would be too easy to guess"), "{}", r.body);
    // zxcvbn's own advice, in the page's words.
    assert!(
        r.body.contains("Add another word or two"),
        "the suggestion is shown: {}",
        r.body
    );
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
    let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
    assert!(reasons_for(&rows, &u.sam)
        .contains(&"Change password (self-service): PasswordTooWeak".to_string()));

    // A strong one passes; the same weak one passes on a portal without the rule.
    let r = change(&mut p, &u, CLEAN).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // (That portal says nothing of the previous password: its DCs are set not to keep it.)
    let mut plain = portal_with(
        &[dc().url()],
        &[("SSPR__DIRECTORY__OLD_PASSWORD_ALLOWED_PERIOD", "0s")],
    )
    .await;
    let v = create_user("stp").await;
    let r = change(&mut plain, &v, weak).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(!r.body.contains("previous password"), "{}", r.body);
}
