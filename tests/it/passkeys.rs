//! Passkeys over HTTP, answered by a software authenticator ([`crate::softkey`]): register,
//! reset with one, remove one; and what an attacker tries: another account's passkey, a
//! replayed answer, another origin, an old counter, two copies at once, and telling names
//! apart by the challenge.

use reqwest::StatusCode;
use sspr::writeback::BindOutcome;

use crate::harness::*;
use crate::portal::{new_client, portal_with, Client, Page, Portal};
use crate::softkey::{options_in, SoftKey};

/// The portal's origin as the browser sees it (`server.public_url` below).
const ORIGIN: &str = "http://localhost";
const NEW_PASSWORD: &str = "Copper-Meadow-Lantern-83";

async fn passkey_portal(more: &[(&str, &str)]) -> Portal {
    let mut o = vec![("SSPR__SERVER__PUBLIC_URL", "http://localhost/")];
    o.extend_from_slice(more);
    portal_with(&[dc().url()], &o).await
}

fn client(p: &Portal) -> Client {
    Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    }
}

/// Signs `u` in to /register in a new browser.
async fn registration(p: &Portal, u: &TestUser) -> Client {
    let mut c = client(p);
    c.get("/register").await;
    let r = c
        .post(
            "/register/signin",
            &[("username", &u.sam), ("password", &u.password)],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"), "{}", r.body);
    c.get("/register").await;
    c
}

/// Adds a passkey named `name` with `key` in a signed-in registration: the answer page.
async fn add_passkey(c: &mut Client, name: &str, key: &mut SoftKey) -> Page {
    let page = c.post("/register/passkey/start", &[("name", name)]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let answer = key.create(&options_in(&page.body), ORIGIN);
    c.post("/register/passkey", &[("credential", &answer)])
        .await
}

/// A recovery of `who` in a new browser, up to the passkey challenge: its options.
async fn challenge(p: &Portal, purpose: &str, who: &str) -> (Client, String, Page) {
    let mut c = client(p);
    let verify = c.identify(purpose, who).await;
    assert!(
        verify.body.contains("Use a passkey instead"),
        "every name is offered a passkey: {}",
        verify.body
    );
    let (options, page) = next_challenge(&mut c, purpose).await;
    (c, options, page)
}

/// Another challenge in the same recovery.
async fn next_challenge(c: &mut Client, purpose: &str) -> (String, Page) {
    let v = c.get(&format!("/{purpose}/verify?method=passkey")).await;
    assert!(v.body.contains("Use a passkey"), "{}", v.body);
    let page = c.post(&format!("/{purpose}/verify/passkey"), &[]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    (options_in(&page.body), page)
}

async fn answer(c: &mut Client, purpose: &str, credential: &str) -> Page {
    c.post(
        &format!("/{purpose}/verify"),
        &[("method", "passkey"), ("credential", credential)],
    )
    .await
}

/// The audit details recorded about `sam`.
async fn details(p: &Portal, sam: &str) -> Vec<String> {
    let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
    rows.into_iter()
        .filter(|r| r.target_name.as_deref() == Some(sam))
        .map(|r| r.detail)
        .collect()
}

fn verified(page: &Page, purpose: &str) -> bool {
    page.status == StatusCode::SEE_OTHER
        && page.location.as_deref()
            == Some(if purpose == "reset" {
                "/reset/password"
            } else {
                "/unlock/verify"
            })
}

// Shows: a person registers two named passkeys on /register, resets their password with one
// of them (the new password binds against the DC), sees when each was added and last used,
// and, in a later visit, removes one only after a passkey proved it's them (the password alone
// is not enough); the removed one no longer proves anything. The helpdesk's user page lists
// them, and the audit has a row for each registration, use and removal.
#[tokio::test]
async fn a_person_registers_passkeys_resets_with_one_and_removes_another() {
    let p = passkey_portal(&[]).await;
    let u = create_user("pk").await;
    let mut laptop = SoftKey::new();
    let mut phone = SoftKey::new();
    let mut reg = registration(&p, &u).await;
    let r = add_passkey(&mut reg, "Work laptop", &mut laptop).await;
    assert_eq!(r.location.as_deref(), Some("/register"), "{}", r.body);
    let page = reg.get("/register").await;
    assert!(
        page.body.contains("Your passkey is registered."),
        "{}",
        page.body
    );
    assert!(page.body.contains("Work laptop") && page.body.contains("not used yet"));
    let r = add_passkey(&mut reg, "Phone", &mut phone).await;
    assert_eq!(r.location.as_deref(), Some("/register"), "{}", r.body);
    let guid = find(&p.app, &u.sam).await.guid;
    assert_eq!(
        laptop.user_handle,
        uuid_bytes(&guid),
        "the user handle is the objectGUID"
    );

    // Another visit with the password alone may not remove one: a passkey proves it's them
    // first (the step-up, on /register/verify).
    let phone_id = p
        .app
        .store
        .passkeys(&guid, sspr::store::passkeys::PasskeyScope::SelfService)
        .await
        .unwrap()
        .iter()
        .find(|r| r.name == "Phone")
        .unwrap()
        .id
        .to_string();
    let mut visit = registration(&p, &u).await;
    let locked = visit.get("/register").await;
    assert!(
        locked.body.contains("first prove one you already have")
            && !locked.body.contains("register/passkey/remove"),
        "{}",
        locked.body
    );
    let r = visit
        .post("/register/passkey/remove", &[("id", &phone_id)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"), "{}", r.body);
    assert!(!details(&p, &u.sam)
        .await
        .iter()
        .any(|d| d.starts_with("removed")));
    let r = visit.post("/register/prove", &[]).await;
    assert_eq!(
        r.location.as_deref(),
        Some("/register/verify"),
        "{}",
        r.body
    );
    let (options, _) = next_challenge(&mut visit, "register").await;
    let r = answer(&mut visit, "register", &phone.get(&options, ORIGIN)).await;
    assert_eq!(r.location.as_deref(), Some("/register"), "{}", r.body);
    let unlocked = visit.get("/register").await;
    assert!(
        unlocked.body.contains("register/passkey/remove"),
        "{}",
        unlocked.body
    );

    // Reset with the laptop's passkey.
    let (mut c, options, _) = challenge(&p, "reset", &u.sam).await;
    let r = answer(&mut c, "reset", &laptop.get(&options, ORIGIN)).await;
    assert!(
        verified(&r, "reset"),
        "{} {:?} {:#?}",
        r.status,
        r.location,
        details(&p, &u.sam).await
    );
    c.get("/reset/password").await;
    let done = c
        .post(
            "/reset/password",
            &[
                ("new_password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert!(
        done.body.contains("Your password has been reset"),
        "{}",
        done.body
    );
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
    let page = reg.get("/register").await;
    assert!(page.body.contains("last used"), "{}", page.body);

    // The helpdesk sees both.
    let a = crate::admin::new_admin().await;
    let (mut admin, _) = crate::admin::admin_client(&p, &a.sam, &a.password).await;
    let user_page = admin.get(&format!("/admin/users/{guid}")).await;
    assert!(
        user_page.body.contains("Work laptop") && user_page.body.contains("Phone"),
        "{}",
        user_page.body
    );

    // Remove the phone's: it is gone from the page, and it proves nothing any more.
    let id = crate::admin::between(&page.body, "name=\"id\" value=\"", "\"").unwrap();
    let rows = p
        .app
        .store
        .passkeys(&guid, sspr::store::passkeys::PasskeyScope::SelfService)
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    assert_ne!(id, phone_id, "the laptop's is listed first");
    let r = visit
        .post("/register/passkey/remove", &[("id", &phone_id)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"), "{}", r.body);
    let page = visit.get("/register").await;
    assert!(page.body.contains("Passkey removed.") && !page.body.contains("Phone"));
    let (mut c, options, _) = challenge(&p, "reset", &u.sam).await;
    let r = answer(&mut c, "reset", &phone.get(&options, ORIGIN)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.body.contains("That passkey did not prove it"),
        "{}",
        r.body
    );

    let d = details(&p, &u.sam).await;
    for want in [
        "registered a passkey named \"Work laptop\"",
        "registered a passkey named \"Phone\"",
        "verified passkey",
        "removed the passkey named \"Phone\"",
        "passkey the account has not registered (or removed)",
    ] {
        assert!(d.iter().any(|x| x == want), "{want:?} not in {d:#?}");
    }
    // Another account's passkey id cannot be removed by this one.
    let other = create_user("pko").await;
    let mut reg2 = registration(&p, &other).await;
    let r = reg2.post("/register/passkey/remove", &[("id", id)]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    assert_eq!(
        p.app
            .store
            .passkeys(&guid, sspr::store::passkeys::PasskeyScope::SelfService)
            .await
            .unwrap()
            .len(),
        1
    );
    // The helpdesk's "clear methods" removes the passkeys too: none proves anything after it.
    let cleared = crate::admin::confirm(
        &mut admin,
        &format!("/admin/users/{guid}/clear"),
        &[("override_reason", "lost phone")],
    )
    .await;
    assert!(cleared.body.contains("Methods cleared"), "{}", cleared.body);
    let self_service = sspr::store::passkeys::PasskeyScope::SelfService;
    assert!(p
        .app
        .store
        .passkeys(&guid, self_service)
        .await
        .unwrap()
        .is_empty());
    let (mut c, options, _) = challenge(&p, "reset", &u.sam).await;
    let r = answer(&mut c, "reset", &laptop.get(&options, ORIGIN)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
}

/// Another tab of the same browser: the same cookies.
fn twin(c: &Client) -> Client {
    Client {
        base: c.base.clone(),
        client: c.client.clone(),
        csrf: c.csrf.clone(),
    }
}

fn uuid_bytes(guid: &str) -> Vec<u8> {
    hex::decode(guid.replace('-', "")).unwrap()
}

// Shows: a passkey proves only the account it was registered for. Another account's passkey,
// the same passkey claiming the other account's user handle, an answer for another challenge
// (replayed into a new recovery), a second use of one challenge, an answer made for another
// origin, and an answer whose signature counter went back are all refused, each with its own
// audit reason; and the right passkey still works afterwards.
#[tokio::test]
async fn a_passkey_proves_only_its_own_account_once_from_its_own_origin() {
    let p = passkey_portal(&[]).await;
    let alice = create_user("pka").await;
    let bob = create_user("pkb").await;
    let mut ka = SoftKey::new();
    let mut kb = SoftKey::new();
    let mut r1 = registration(&p, &alice).await;
    add_passkey(&mut r1, "A", &mut ka).await;
    let mut r2 = registration(&p, &bob).await;
    add_passkey(&mut r2, "B", &mut kb).await;
    let bob_handle = kb.user_handle.clone();

    // Alice's passkey in Bob's recovery: as itself, and claiming to be Bob's.
    let (mut c, options, _) = challenge(&p, "reset", &bob.sam).await;
    let r = answer(&mut c, "reset", &ka.get(&options, ORIGIN)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let (options, _) = next_challenge(&mut c, "reset").await;
    let r = answer(&mut c, "reset", &ka.get_as(&options, ORIGIN, &bob_handle)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);

    // Another origin (a phishing site relaying the challenge).
    let (options, _) = next_challenge(&mut c, "reset").await;
    let r = answer(
        &mut c,
        "reset",
        &kb.get(&options, "https://sspr-login.example"),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);

    // A good answer, then the same answer again: in this recovery its challenge is spent;
    // in a new recovery it answers the wrong challenge.
    let (options, _) = next_challenge(&mut c, "reset").await;
    let good = kb.get(&options, ORIGIN);
    let (mut d, options2, _) = challenge(&p, "reset", &bob.sam).await;
    let r = answer(&mut c, "reset", &good).await;
    assert!(verified(&r, "reset"), "{} {}", r.status, r.body);
    let r = answer(&mut d, "reset", &good).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let again = answer(&mut d, "reset", &kb.get(&options2, ORIGIN)).await;
    assert_eq!(
        again.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        again.body
    );
    assert!(
        again.body.contains("That passkey answer was used already"),
        "the challenge was spent by the replay: {}",
        again.body
    );

    // A counter that went back (a cloned authenticator).
    let (mut e, options, _) = challenge(&p, "reset", &bob.sam).await;
    kb.counter -= 2;
    let r = answer(&mut e, "reset", &kb.get(&options, ORIGIN)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    kb.counter += 5;
    let (options, _) = next_challenge(&mut e, "reset").await;
    let r = answer(&mut e, "reset", &kb.get(&options, ORIGIN)).await;
    assert!(
        verified(&r, "reset"),
        "the real passkey still works: {}",
        r.body
    );

    let d = details(&p, &bob.sam).await;
    for want in [
        "passkey of another account offered",
        "passkey the account has not registered (or removed)",
        "passkey answer to a challenge already used: replayed",
    ] {
        assert!(d.iter().any(|x| x == want), "{want:?} not in {d:#?}");
    }
    for want in [
        "relying party origin",
        "signature counter went backwards",
        "challenge differs",
    ] {
        assert!(
            d.iter()
                .any(|x| x.starts_with("passkey \"B\" refused") && x.contains(want)),
            "a refusal naming {want:?} in {d:#?}"
        );
    }
    assert_eq!(
        d.iter().filter(|x| *x == "verified passkey").count(),
        2,
        "{d:#?}"
    );
    // Nothing reached Alice's account.
    assert!(!details(&p, &alice.sam)
        .await
        .iter()
        .any(|x| x == "verified passkey"));
    assert_eq!(bind_as(&bob.dn, &bob.password).await, BindOutcome::Ok);
}

// Shows: two copies of one passkey answer sent at the same instant (the same session, two
// tabs or a replaying proxy) are checked once: exactly one proves the account. The passkey
// keeps no counter (as synced passkeys do), so only the single-use challenge stops the copy.
#[tokio::test]
async fn two_copies_of_one_answer_at_once_prove_the_account_once() {
    let p = passkey_portal(&[]).await;
    let u = create_user("pkr").await;
    let mut k = SoftKey::synced();
    let mut reg = registration(&p, &u).await;
    add_passkey(&mut reg, "Key", &mut k).await;
    for _ in 0..3 {
        let (c, options, _) = challenge(&p, "unlock", &u.sam).await;
        let a = k.get(&options, ORIGIN);
        let (mut c1, mut c2) = (twin(&c), twin(&c));
        let (r1, r2) = tokio::join!(answer(&mut c1, "unlock", &a), answer(&mut c2, "unlock", &a));
        let passed = [&r1, &r2]
            .iter()
            .filter(|r| r.status.is_redirection() || r.status == StatusCode::OK)
            .count();
        assert_eq!(
            passed, 1,
            "{} {} / {} {}",
            r1.status, r1.body, r2.status, r2.body
        );
    }
    let d = details(&p, &u.sam).await;
    assert_eq!(
        d.iter().filter(|x| *x == "verified passkey").count(),
        3,
        "{d:#?}"
    );
}

// Shows: with passkeys on, a name with no account and a name with passkeys get the same
// pages: the verify page offers a passkey to both, the challenge has the same fields (no
// credential ids, nothing about the account), and an answer is refused in the same words.
#[tokio::test]
async fn unknown_and_known_names_get_the_same_passkey_pages() {
    let p = passkey_portal(&[]).await;
    let u = create_user("pks").await;
    let mut k = SoftKey::new();
    let mut reg = registration(&p, &u).await;
    add_passkey(&mut reg, "Key", &mut k).await;
    let mut seen = Vec::new();
    for who in [u.sam.as_str(), "nobody-by-this-name"] {
        let (mut c, options, page) = challenge(&p, "reset", who).await;
        let mut o: serde_json::Value = serde_json::from_str(&options).unwrap();
        assert!(o["publicKey"]["allowCredentials"]
            .as_array()
            .is_none_or(|a| a.is_empty()));
        o["publicKey"]["challenge"] = "-".into();
        let body = strip(&page.body, &options);
        // An answer from someone else's passkey: refused alike.
        let mut stranger = SoftKey::new();
        stranger.user_handle = vec![7; 16];
        let wrong = answer(&mut c, "reset", &stranger.get(&options, ORIGIN)).await;
        seen.push((o, body, wrong.status, strip(&wrong.body, "")));
    }
    assert_eq!(
        seen[0].0, seen[1].0,
        "the challenges differ in more than the challenge"
    );
    assert_eq!(seen[0].1, seen[1].1, "the passkey pages differ");
    assert_eq!(seen[0].2, seen[1].2);
    assert_eq!(seen[0].3, seen[1].3, "the refusals differ");
}

/// A page with its CSRF token and the given options text taken out.
fn strip(body: &str, options: &str) -> String {
    let mut b = body.to_string();
    if let Some(t) = crate::portal::csrf_in(&b) {
        b = b.replace(&t, "");
    }
    let at = b.find("data-options=\"");
    if let Some(at) = at {
        let end = b[at + 14..].find('"').unwrap() + at + 14;
        b.replace_range(at..end, "");
    }
    let _ = options;
    b
}

// Shows: sspr.passkey_counts_as decides what a passkey is worth when two methods are
// required: "one" asks for a second method after it, "two" lets it stand alone.
#[tokio::test]
async fn passkey_counts_as_decides_whether_one_passkey_is_enough_for_two_methods() {
    for (counts, alone) in [("one", false), ("two", true)] {
        let p = passkey_portal(&[
            ("SSPR__SSPR__METHODS_REQUIRED", "2"),
            ("SSPR__SSPR__PASSKEY_COUNTS_AS", counts),
        ])
        .await;
        let u = create_user("pkc").await;
        crate::portal::register_email(&p.app, &u.sam, &format!("{}@personal.test", u.sam)).await;
        let mut k = SoftKey::new();
        let mut reg = registration(&p, &u).await;
        // One method exists, so adding the passkey needs a proof first: the emailed code.
        reg.post("/register/prove", &[]).await;
        reg.get("/register/verify").await;
        let code = p
            .app
            .smtp
            .code_to(&format!("{}@personal.test", u.sam))
            .await;
        let r = reg
            .post("/register/verify", &[("method", "email"), ("code", &code)])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let r = add_passkey(&mut reg, "Key", &mut k).await;
        assert_eq!(
            r.location.as_deref(),
            Some("/register"),
            "{counts}: {}",
            r.body
        );
        let (mut c, options, _) = challenge(&p, "reset", &u.sam).await;
        let r = answer(&mut c, "reset", &k.get(&options, ORIGIN)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{counts}: {}", r.body);
        let to = r.location.as_deref().unwrap();
        if alone {
            assert_eq!(to, "/reset/password", "{counts}");
        } else {
            assert_eq!(to, "/reset/verify", "{counts}");
            let next = c.get("/reset/verify").await;
            assert!(next.body.contains("One more check"), "{}", next.body);
            let early = c.get("/reset/password").await;
            assert_ne!(early.status, StatusCode::OK, "{}", early.body);
            assert!(!early.body.contains("new-password"), "{}", early.body);
        }
    }
}

// Shows: a helpdesk admin adds a console passkey only with the code emailed to their
// directory mailbox (a wrong code adds nothing), the other helpdesk admins are told, and the
// next sign-in takes the passkey instead of an authenticator code. Another passkey, and the
// same answer replayed into a new sign-in, get no console. Self-service "clear methods" and
// the self-service list leave console passkeys alone.
#[tokio::test]
async fn a_helpdesk_admin_adds_a_console_passkey_and_signs_in_with_it() {
    let p = passkey_portal(&[]).await;
    let a = crate::admin::new_admin().await;
    let mailbox = format!("{}@sspr.test", a.sam);
    let (mut c, _) = crate::admin::admin_client(&p, &a.sam, &a.password).await;
    let mut key = SoftKey::new();

    let list = c.get("/admin/passkeys").await;
    assert!(
        list.body
            .contains("You have no passkey for console sign-in."),
        "{}",
        list.body
    );
    // A wrong emailed code: not added.
    let before = p.app.smtp.count_to(&mailbox);
    let page = c.post("/admin/passkeys/start", &[("name", "Desk")]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let _ = crate::admin::newest_code_to(&p, &mailbox, before).await;
    let answer = key.create(&options_in(&page.body), ORIGIN);
    let r = c
        .post(
            "/admin/passkeys",
            &[("code", "00000000"), ("credential", &answer)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let guid = find(&p.app, &a.sam).await.guid;
    let console = sspr::store::passkeys::PasskeyScope::Console;
    assert!(p
        .app
        .store
        .passkeys(&guid, console)
        .await
        .unwrap()
        .is_empty());
    // The right one.
    let before = p.app.smtp.count_to(&mailbox);
    let page = c.post("/admin/passkeys/start", &[("name", "Desk")]).await;
    let code = crate::admin::newest_code_to(&p, &mailbox, before).await;
    let answer = key.create(&options_in(&page.body), ORIGIN);
    let r = c
        .post(
            "/admin/passkeys",
            &[("code", &code), ("credential", &answer)],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/admin/passkeys"), "{}", r.body);
    let list = c.get("/admin/passkeys").await;
    assert!(
        list.body.contains("Passkey added") && list.body.contains("Desk"),
        "{}",
        list.body
    );
    // helen, another helpdesk admin, is told.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let heard = p.app.smtp.messages().into_iter().any(|m| {
            m.to.iter()
                .any(|t| t.eq_ignore_ascii_case("helen@sspr.test"))
                && m.subject().contains(&a.sam)
                && m.subject().contains("passkey")
        });
        if heard {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "helen was not told");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    // Signing in again: the passkey instead of the app.
    let sign_in = |p: &Portal| {
        let mut s = client(p);
        let (sam, pw) = (a.sam.clone(), a.password.clone());
        async move {
            s.get("/admin/login").await;
            s.post("/admin/login", &[("username", &sam), ("password", &pw)])
                .await;
            let totp = s.get("/admin/login/totp").await;
            assert!(
                totp.body.contains("Sign in with a passkey instead"),
                "{}",
                totp.body
            );
            let page = s.post("/admin/login/passkey", &[]).await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.body);
            (s, options_in(&page.body))
        }
    };
    let (mut s, options) = sign_in(&p).await;
    let o: serde_json::Value = serde_json::from_str(&options).unwrap();
    assert_eq!(
        o["publicKey"]["allowCredentials"].as_array().unwrap().len(),
        1
    );
    let good = key.get(&options, ORIGIN);
    let r = s
        .post("/admin/login/passkey/finish", &[("credential", &good)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/admin"), "{}", r.body);
    assert_eq!(s.get("/admin").await.status, StatusCode::OK);
    // The same answer in a new sign-in, and a passkey that is not theirs: no console.
    let (mut s2, options) = sign_in(&p).await;
    let r = s2
        .post("/admin/login/passkey/finish", &[("credential", &good)])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.body.contains("That passkey did not sign you in"),
        "{}",
        r.body
    );
    let _ = options;
    let mut stranger = SoftKey::new();
    stranger.user_handle = key.user_handle.clone();
    let options = options_in(&r.body);
    let r = s2
        .post(
            "/admin/login/passkey/finish",
            &[("credential", &stranger.get(&options, ORIGIN))],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_ne!(s2.get("/admin").await.status, StatusCode::OK);
    // Console passkeys are not self-service ones, and a clear leaves them.
    assert!(p.app.store.methods(&guid).await.unwrap().is_empty());
    p.app.store.delete_methods(&guid, None).await.unwrap();
    assert_eq!(p.app.store.passkeys(&guid, console).await.unwrap().len(), 1);

    let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
    let d: Vec<&str> = rows
        .iter()
        .filter(|r| r.target_name.as_deref() == Some(a.sam.as_str()))
        .map(|r| r.detail.as_str())
        .collect();
    for want in [
        "helpdesk console passkey not added: wrong emailed code",
        "helpdesk console passkey added: \"Desk\"",
        "helpdesk sign-in: second factor passed (passkey \"Desk\")",
    ] {
        assert!(d.contains(&want), "{want:?} not in {d:#?}");
    }
    assert!(
        d.iter()
            .filter(|x| x.starts_with("helpdesk sign-in: passkey refused"))
            .count()
            >= 2,
        "{d:#?}"
    );
}

async fn challenge_rows(p: &Portal) -> i64 {
    let sql = "SELECT COUNT(*) FROM passkey_challenges";
    match p.app.store.db() {
        sspr::store::Db::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        sspr::store::Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
    }
}

// Shows: one flow cannot fill the database with passkey challenges: asked for 15 at once, it
// gets at most 10 (the rest the block page), whatever the name; and housekeeping removes a
// challenge as soon as it has expired, not a day later.
#[tokio::test]
async fn challenges_are_bounded_per_flow_and_gone_once_expired() {
    let p = passkey_portal(&[]).await;
    let mut c = client(&p);
    c.identify("reset", "nobody-by-this-name-either").await;
    c.get("/reset/verify?method=passkey").await;
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..15 {
        let mut t = twin(&c);
        set.spawn(async move { t.post("/reset/verify/passkey", &[]).await.status });
    }
    let statuses: Vec<StatusCode> = set.join_all().await;
    let given = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    let blocked = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(given + blocked, 15, "{statuses:?}");
    assert!(given <= 10 && blocked >= 5, "{statuses:?}");
    assert!(challenge_rows(&p).await <= 10);

    let past = sspr::audit::time_string(chrono::Utc::now() - chrono::Duration::minutes(1));
    let later = sspr::audit::time_string(chrono::Utc::now() + chrono::Duration::minutes(5));
    let store = &p.app.store;
    store
        .put_challenge("old", "verify", None, "{}", &past)
        .await
        .unwrap();
    store
        .put_challenge("new", "verify", None, "{}", &later)
        .await
        .unwrap();
    let a_day_ago = sspr::audit::time_string(chrono::Utc::now() - chrono::Duration::days(1));
    store.prune(&a_day_ago).await.unwrap();
    assert!(store.take_challenge("old").await.unwrap().is_none());
    assert!(store.take_challenge("new").await.unwrap().is_some());
}
