//! What a crowd finds: pages that write nothing to show, a burst of changes that waits its turn
//! and succeeds, and, past the queue's bound, an honest "busy" with its own status reason.
//! (How fast is for `scripts/bench`; these assert behaviour only.)

use std::time::Duration;

use reqwest::StatusCode;
use sspr::writeback::BindOutcome;

use crate::harness::*;
use crate::portal::{new_client, portal, portal_with, Client, Portal};

const NEW: &str = "Quiet-Harbour-7431";

fn browser(p: &Portal) -> Client {
    Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    }
}

#[tokio::test]
async fn showing_a_page_creates_no_session_and_writes_nothing() {
    let p = portal().await;
    let pages = [
        "/",
        "/reset",
        "/unlock",
        "/change",
        "/register",
        "/admin/login",
        "/reset/verify",
        "/register/email",
        "/no-such-page",
        "/healthz",
        "/readyz",
    ];
    for path in pages {
        // A first visit (no cookie at all), then a second with the CSRF cookie it was given.
        let mut c = browser(&p);
        for _ in 0..2 {
            let page = c.get(path).await;
            assert!(!page.status.is_server_error(), "{path}: {}", page.status);
            let session_cookie = page
                .headers
                .get_all("set-cookie")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .any(|v| v.starts_with("sspr_session="));
            assert!(!session_cookie, "{path} set a session cookie");
        }
        assert_eq!(
            p.app.store.session_count().await.unwrap(),
            0,
            "{path} stored a session"
        );
    }
    // A form still works with the cookie alone, and starting a flow is what makes a session.
    let mut c = browser(&p);
    let r = c.identify("reset", "nobody-in-particular").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(p.app.store.session_count().await.unwrap(), 1);
}

#[tokio::test]
async fn a_form_needs_the_token_of_its_own_cookie() {
    let p = portal().await;
    let mut a = browser(&p);
    let mut b = browser(&p);
    a.get("/reset").await;
    b.get("/reset").await;
    // b posts with a's token: refused, as is a post with no cookie at all.
    b.csrf = a.csrf.clone();
    let r = b.post("/reset", &[("username", "someone")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let bare = new_client()
        .post(format!("{}/reset", p.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("csrf={}&username=someone", a.csrf))
        .send()
        .await
        .unwrap();
    assert_eq!(bare.status(), StatusCode::FORBIDDEN);
    // a's own token works.
    let r = a.post("/reset", &[("username", "someone")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

/// Changes each user's password at once, each from its own browser; returns the pages.
async fn burst(p: &Portal, users: &[TestUser]) -> Vec<(StatusCode, String, bool)> {
    let mut tasks = Vec::new();
    for u in users {
        let mut c = browser(p);
        let (sam, current) = (u.sam.clone(), u.password.clone());
        tasks.push(tokio::spawn(async move {
            c.get("/change").await;
            let r = c
                .post(
                    "/change",
                    &[
                        ("username", sam.as_str()),
                        ("current_password", current.as_str()),
                        ("new_password", NEW),
                        ("confirm_password", NEW),
                    ],
                )
                .await;
            let retry_after = r.headers.contains_key("retry-after");
            (r.status, r.body, retry_after)
        }));
    }
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}

#[tokio::test]
async fn a_burst_of_changes_waits_its_turn_and_every_one_succeeds() {
    // The default queue bound (30 s) is long enough for a burst of a few hundred at the test
    // DC's rate; forty at once is well inside it.
    let p = portal_with(&[dc().url()], &[("SSPR__LIMITS__PER_IP", "1000")]).await;
    let mut users = Vec::new();
    for _ in 0..40 {
        users.push(create_user("bst").await);
    }
    let pages = burst(&p, &users).await;
    for (u, (status, body, _)) in users.iter().zip(&pages) {
        assert_eq!(*status, StatusCode::OK, "{}: {body}", u.sam);
        assert!(body.contains("Your password has been changed"), "{}", u.sam);
        assert_eq!(bind_as(&u.dn, NEW).await, BindOutcome::Ok, "{}", u.sam);
    }
}

#[tokio::test]
async fn past_the_queue_bound_the_answer_is_busy_with_its_own_reason_and_the_rest_succeed() {
    // One write at a time and a short wait: a burst of twelve overflows it.
    let app = spawn_app_full(
        &[dc().url()],
        "max_concurrent_writes = 1\nwrite_queue_timeout = \"150ms\"",
        &[("SSPR__LIMITS__PER_IP", "1000")],
    )
    .await;
    let p = crate::portal::portal_on(app).await;
    let mut users = Vec::new();
    for _ in 0..12 {
        users.push(create_user("ovf").await);
    }
    let pages = burst(&p, &users).await;
    let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
    let (mut changed, mut busy) = (0, 0);
    for (u, (status, body, retry_after)) in users.iter().zip(&pages) {
        let on_dc = bind_as(&u.dn, NEW).await == BindOutcome::Ok;
        let row = rows
            .iter()
            .find(|r| {
                r.activity == "Change password (self-service)"
                    && r.target_name.as_deref() == Some(u.sam.as_str())
            })
            .unwrap_or_else(|| panic!("{}: no audit row", u.sam));
        match *status {
            StatusCode::OK => {
                assert!(on_dc, "{}: the page said changed", u.sam);
                assert_eq!(row.status_reason, "Success");
                changed += 1;
            }
            StatusCode::SERVICE_UNAVAILABLE => {
                assert!(!on_dc, "{}: the page said busy but it changed", u.sam);
                assert!(body.contains("Very busy right now"), "{}: {body}", u.sam);
                assert!(body.contains("try again in"), "{body}");
                assert!(retry_after, "a Retry-After header");
                assert_eq!(row.status_reason, "DirectoryBusy", "{}", u.sam);
                busy += 1;
            }
            other => panic!("{}: {other}: {body}", u.sam),
        }
    }
    assert!(changed >= 1 && busy >= 1, "{changed} changed, {busy} busy");
    // Busy is not broken: the writeback's health counts no failure for it.
    let health = p.app.services.health().await;
    assert_eq!(health.failed_24h, 0, "{health:?}");
}

#[tokio::test]
async fn the_change_page_does_not_wait_for_a_directory_that_does_not_answer() {
    // A "DC" that accepts connections and never says a word.
    let hung = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = hung.local_addr().unwrap().port();
    let keep = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((s, _)) = hung.accept().await {
            held.push(s);
        }
    });
    let app = spawn_app_full(
        &[format!("ldaps://localhost:{port}")],
        "connect_timeout = \"20s\"",
        &[],
    )
    .await;
    let mut p = crate::portal::portal_on(app).await;
    // Far less than the 20 s a read would wait: the page is served from what is known.
    let page = tokio::time::timeout(Duration::from_secs(5), p.get("/change"))
        .await
        .expect("the change page waited on the directory");
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("password rules apply"),
        "the general rules, until the policy is known: {}",
        page.body
    );
    keep.abort();
}
