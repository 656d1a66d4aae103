//! The portal over HTTP, as a browser speaks to it, against the fixture DC and a real SMTP
//! server on loopback: reset, unlock, change, register, and the ways they fail.

use std::time::{Duration, Instant};

use reqwest::redirect::Policy;
use reqwest::StatusCode;
use sspr::verify::totp;
use sspr::writeback::BindOutcome;

use crate::harness::*;

const NEW_PASSWORD: &str = "Quiet-Harbour-7431";

/// A running portal, with one client.
pub struct Portal {
    pub app: TestApp,
    pub base: String,
    /// The metrics listener, when the test set `server.metrics_bind` (see [`METRICS_ON`]).
    pub metrics_base: Option<String>,
    pub c: Client,
    server: tokio::task::JoinHandle<()>,
}

/// The override that turns the metrics listener on, on a free loopback port.
pub const METRICS_ON: (&str, &str) = ("SSPR__SERVER__METRICS_BIND", "127.0.0.1:0");

/// A browser-like client: keeps cookies, follows no redirects, sends the page's CSRF token.
pub struct Client {
    pub base: String,
    pub client: reqwest::Client,
    pub csrf: String,
}

impl Drop for Portal {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// Starts the portal over the fixture DC with environment-style overrides.
pub async fn portal_with(urls: &[String], overrides: &[(&str, &str)]) -> Portal {
    portal_on(spawn_app_full(urls, "", overrides).await).await
}

/// Serves `app` over HTTP on a free port.
pub async fn portal_on(app: TestApp) -> Portal {
    let application = sspr::Application::build(app.config.clone()).await.unwrap();
    let addr = application.local_addr().unwrap();
    let metrics_base = application.metrics_addr().map(|a| format!("http://{a}"));
    let server = tokio::spawn(async move {
        let _ = application.run_until(std::future::pending()).await;
    });
    let base = format!("http://{addr}");
    Portal {
        app,
        c: Client {
            base: base.clone(),
            client: new_client(),
            csrf: String::new(),
        },
        base,
        metrics_base,
        server,
    }
}

pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap()
}

pub async fn portal() -> Portal {
    portal_with(&[dc().url()], &[]).await
}

/// The CSRF token in a page, as a browser would submit it.
pub fn csrf_in(html: &str) -> Option<String> {
    let at = html.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    Some(html[at..].split('"').next()?.to_string())
}

pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
    pub headers: reqwest::header::HeaderMap,
}

impl Portal {
    /// Stops serving (and the server's schedules) but keeps the app and its database.
    pub async fn stop(&mut self) {
        self.server.abort();
        let _ = (&mut self.server).await;
    }

    pub async fn get(&mut self, path: &str) -> Page {
        self.c.get(path).await
    }

    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        self.c.post(path, fields).await
    }

    pub async fn identify(&mut self, purpose: &str, who: &str) -> Page {
        self.c.identify(purpose, who).await
    }

    /// The metrics text, from the metrics listener (the public one has none).
    pub async fn metrics(&self) -> String {
        let base = self
            .metrics_base
            .as_ref()
            .expect("this portal was started with METRICS_ON");
        let r = new_client()
            .get(format!("{base}/metrics"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        assert!(r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text"));
        r.text().await.unwrap()
    }
}

impl Client {
    pub async fn get(&mut self, path: &str) -> Page {
        let r = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        self.page(r).await
    }

    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut form: Vec<(&str, &str)> = vec![("csrf", self.csrf.as_str())];
        form.extend_from_slice(fields);
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let r = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        self.page(r).await
    }

    async fn page(&mut self, r: reqwest::Response) -> Page {
        let status = r.status();
        let headers = r.headers().clone();
        let location = headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(String::from);
        let body = r.text().await.unwrap();
        if let Some(t) = csrf_in(&body) {
            self.csrf = t;
        }
        Page {
            status,
            location,
            body,
            headers,
        }
    }

    /// Starts a recovery for `who` and lands on the verify page.
    pub async fn identify(&mut self, purpose: &str, who: &str) -> Page {
        self.get(&format!("/{purpose}")).await;
        let p = self
            .post(&format!("/{purpose}"), &[("username", who)])
            .await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
        assert_eq!(
            p.location.as_deref(),
            Some(format!("/{purpose}/verify").as_str())
        );
        self.get(&format!("/{purpose}/verify")).await
    }
}

/// Registers an email method for a user directly (the registration pages have their own test).
pub async fn register_email(app: &TestApp, sam: &str, address: &str) -> String {
    let user = find(app, sam).await;
    app.store
        .put_method(&user.guid, "email", address, &sspr::audit::now_string())
        .await
        .unwrap();
    user.guid
}

/// Registers an authenticator for a user directly; returns its secret.
pub async fn register_totp(app: &TestApp, sam: &str) -> Vec<u8> {
    let user = find(app, sam).await;
    let secret = totp::new_secret();
    let sealed = app.services.cipher.seal(&secret, &user.guid).unwrap();
    app.store
        .put_method(&user.guid, "totp", &sealed, &sspr::audit::now_string())
        .await
        .unwrap();
    secret.to_vec()
}

pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

pub async fn audit_reasons(app: &TestApp) -> Vec<(String, String)> {
    app.store
        .audit_page(0, 10_000)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.activity, r.status_reason))
        .collect()
}

#[tokio::test]
async fn a_user_resets_a_forgotten_password_with_an_emailed_code() {
    let mut p = portal_with(&[dc().url()], &[METRICS_ON]).await;
    let u = create_user("web").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    lock_out(&u.dn).await;

    let verify = p.identify("reset", &u.sam).await;
    assert!(verify.body.contains("autocomplete=\"one-time-code\""));
    assert!(verify.body.contains("inputmode=\"numeric\""));
    let mail = p.app.smtp.wait_for(&personal, MAIL_WAIT).await;
    let code = mail.find_code().expect("a code in the mail");
    assert!(mail.html_body().unwrap().contains(&code));

    let r = p
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/reset/password"), "{}", r.body);
    let form = p.get("/reset/password").await;
    assert!(form.body.contains("At least 7 characters"), "{}", form.body);
    assert!(form.body.contains("Not one of your last 24 passwords"));
    assert!(form.body.contains("autocomplete=\"new-password\""));

    let done = p
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
    // The reset also unlocked the account.
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
    let notice = p.app.smtp.wait_for(&personal, MAIL_WAIT).await;
    assert!(
        notice.subject().contains("Your password was reset"),
        "{}",
        notice.subject()
    );
    assert!(notice.text_body().contains("If this wasn't you"));
    // The writeback counter moved, on the metrics listener.
    let metrics = p.metrics().await;
    assert!(
        metrics.contains("sspr_writeback_total{kind=\"reset_self_service\",reason=\"success\"} 1"),
        "{metrics}"
    );

    let reasons = audit_reasons(&p.app).await;
    let progress = "Self-service password reset flow activity progress";
    assert!(
        reasons.contains(&(progress.into(), "Success".into())),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&("Reset password (self-service)".into(), "Success".into())),
        "{reasons:?}"
    );
    let rows = p.app.store.audit_page(0, 100).await.unwrap();
    assert!(rows
        .iter()
        .all(|r| r.client_ip.as_deref() == Some("127.0.0.1")));
    assert!(rows
        .iter()
        .any(|r| r.detail.contains("verified email code")));
}

#[tokio::test]
async fn a_locked_user_unlocks_with_an_authenticator_code_and_a_replay_is_refused() {
    let mut p = portal().await;
    let u = create_user("unl").await;
    let secret = register_totp(&p.app, &u.sam).await;
    lock_out(&u.dn).await;

    p.identify("unlock", &u.sam).await;
    let page = p.get("/unlock/verify?method=totp").await;
    assert!(page.body.contains("authenticator app"), "{}", page.body);
    let code = totp::current_code(&secret, now());
    let done = p
        .post("/unlock/verify", &[("method", "totp"), ("code", &code)])
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("Your account is unlocked"));
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);

    // Locked again, the same code in a new flow is refused and changes nothing: the account
    // stays locked, and the audit has the replay and no second unlock.
    lock_out(&u.dn).await;
    let mut other = portal_from(&p);
    other.identify("unlock", &u.sam).await;
    let again = other
        .post("/unlock/verify", &[("method", "totp"), ("code", &code)])
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("already used"), "{}", again.body);
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::LockedOut);
    let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
    let unlocks = rows
        .iter()
        .filter(|r| r.activity == "Unlock user account (self-service)" && r.status == "success")
        .count();
    assert_eq!(unlocks, 1, "{rows:?}");
    assert!(
        rows.iter().any(|r| r.detail.contains("replayed")),
        "{:?}",
        rows.iter().map(|r| &r.detail).collect::<Vec<_>>()
    );
}

/// A second browser on the same running portal.
pub fn portal_from(p: &Portal) -> Client {
    Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    }
}

#[tokio::test]
async fn five_wrong_codes_block_the_flow_with_a_clear_page_and_an_audit_row() {
    let mut p = portal().await;
    let u = create_user("blk").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    p.identify("reset", &u.sam).await;
    let right = p.app.smtp.code_to(&personal).await;
    for left in (1..5).rev() {
        let r = p
            .post(
                "/reset/verify",
                &[("method", "email"), ("code", "00000000")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains(&format!("{left} tr")), "{left}: {}", r.body);
    }
    let r = p
        .post(
            "/reset/verify",
            &[("method", "email"), ("code", "00000000")],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
    assert!(r.body.contains("Try again after"));
    let reasons = audit_reasons(&p.app).await;
    assert!(
        reasons.contains(&(
            "Blocked from self-service password reset".into(),
            "TooManyAttempts".into()
        )),
        "{reasons:?}"
    );
    assert_eq!(
        reasons
            .iter()
            .filter(|r| r.1 == "VerificationFailed")
            .count(),
        5
    );
    // Blocked means blocked: the flow has ended, and the right code does not pass now.
    let r = p
        .post("/reset/verify", &[("method", "email"), ("code", &right)])
        .await;
    assert!(r.status.is_client_error(), "{}", r.body);
    assert!(r.body.contains("Your session has ended"), "{}", r.body);
    // The block is the flow's, not the account's (else anyone could keep a person out of
    // self-service by typing wrong codes for their name): a new flow gets a new code at once,
    // and it works.
    let mut again = portal_from(&p);
    again.identify("reset", &u.sam).await;
    // (Each mail is claimed once: this is the new one.)
    let code = p.app.smtp.code_to(&personal).await;
    assert_ne!(code, right);
    let r = again
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/reset/password"), "{}", r.body);
}

#[tokio::test]
async fn an_expired_code_is_refused_as_expired() {
    let mut p = portal_with(&[dc().url()], &[("SSPR__LIMITS__CODE_TTL", "1s")]).await;
    let u = create_user("exp").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    p.identify("reset", &u.sam).await;
    let code = p.app.smtp.code_to(&personal).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let r = p
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("expired"), "{}", r.body);
}

#[tokio::test]
async fn a_code_from_another_flow_is_refused() {
    let mut a = portal().await;
    let u = create_user("oth").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&a.app, &u.sam, &personal).await;
    a.identify("reset", &u.sam).await;
    let code_a = a.app.smtp.code_to(&personal).await;
    // Another browser starts its own flow for the same account, and tries A's code.
    let mut b = portal_from(&a);
    b.identify("reset", &u.sam).await;
    let _code_b = a.app.smtp.wait_for(&personal, MAIL_WAIT).await;
    let r = b
        .post("/reset/verify", &[("method", "email"), ("code", &code_a)])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("not right"));
    // And an unlock flow does not accept a reset flow's code either.
    let mut c = portal_from(&a);
    c.identify("unlock", &u.sam).await;
    let r = c
        .post("/unlock/verify", &[("method", "email"), ("code", &code_a)])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

/// The verify page with the per-request token taken out, for comparing two pages.
pub fn without_token(html: &str) -> String {
    match csrf_in(html) {
        Some(t) => html.replace(&t, "TOKEN"),
        None => html.to_string(),
    }
}

#[tokio::test]
async fn an_unknown_user_is_indistinguishable_from_a_real_one() {
    let p = portal().await;
    let u = create_user("enum").await;
    register_email(&p.app, &u.sam, &format!("{}@personal.test", u.sam)).await;
    let unregistered = create_user("enum").await;
    let deadline = p.app.config.security.identify_deadline;
    let mut pages = Vec::new();
    for who in [
        u.sam.as_str(),
        "no-such-user-anywhere",
        unregistered.sam.as_str(),
        "ivan",
    ] {
        let mut c = portal_from(&p);
        c.get("/reset").await;
        let started = Instant::now();
        let r = c.post("/reset", &[("username", who)]).await;
        let took = started.elapsed();
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{who}");
        assert_eq!(r.location.as_deref(), Some("/reset/verify"), "{who}");
        // Every answer waits for the same deadline, found or not.
        assert!(took >= deadline, "{who}: {took:?}");
        let v = c.get("/reset/verify").await;
        pages.push(without_token(&v.body));
        // Wrong codes read the same too.
        let w = c
            .post(
                "/reset/verify",
                &[("method", "email"), ("code", "12345678")],
            )
            .await;
        pages.push(without_token(&w.body));
    }
    for pair in pages.chunks(2).skip(1) {
        assert_eq!(pair[0], pages[0]);
        assert_eq!(pair[1], pages[1]);
    }
    // What the pages do not say, the audit does.
    let reasons = audit_reasons(&p.app).await;
    assert!(reasons.iter().any(|r| r.1 == "UserNotFound"), "{reasons:?}");
    assert!(
        reasons.iter().any(|r| r.1 == "UserNotProperlyConfigured"),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.1 == "UserNotEnabledForSSPR"),
        "{reasons:?}"
    );
    // And the unregistered user is told by mail what to do.
    let mail = p
        .app
        .smtp
        .wait_for(&format!("{}@sspr.test", unregistered.sam), MAIL_WAIT)
        .await;
    assert!(
        mail.text_body().contains("register"),
        "{}",
        mail.text_body()
    );
}

#[tokio::test]
async fn a_post_without_the_csrf_token_is_refused() {
    let mut p = portal().await;
    p.get("/reset").await;
    let r =
        p.c.client
            .post(format!("{}/reset", p.base))
            .form(&[("username", "alice")])
            .send()
            .await
            .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r =
        p.c.client
            .post(format!("{}/change", p.base))
            .form(&[("csrf", "forged"), ("username", "alice")])
            .send()
            .await
            .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // No audit row: the request never reached a flow.
    assert!(audit_reasons(&p.app).await.is_empty());
}

#[tokio::test]
async fn a_refused_password_shows_the_exact_rule() {
    let mut p = portal().await;
    let u = create_user("rule").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    p.identify("reset", &u.sam).await;
    let code = p.app.smtp.code_to(&personal).await;
    p.post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    for (pw, says) in [
        ("Ab1-x", "at least 7 characters"),
        ("alllowercaseletters", "3 of"),
        ("Summer2024!", "common"),
    ] {
        let r = p
            .post(
                "/reset/password",
                &[("new_password", pw), ("confirm_password", pw)],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{pw}");
        assert!(r.body.to_lowercase().contains(says), "{pw}: {}", r.body);
        assert!(!r.body.contains("0000052D") && !r.body.contains("Constraint"));
    }
    let r = p
        .post(
            "/reset/password",
            &[
                ("new_password", NEW_PASSWORD),
                ("confirm_password", "different"),
            ],
        )
        .await;
    assert!(
        r.body.contains("match. Type the same password"),
        "{}",
        r.body
    );
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
}

#[tokio::test]
async fn when_the_directory_is_down_the_page_says_try_again_later_and_the_audit_says_why() {
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("ldaps://localhost:{}", l.local_addr().unwrap().port())
    };
    let mut p = portal_with(&[closed], &[]).await;
    p.get("/reset").await;
    let r = p.post("/reset", &[("username", "alice")]).await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        r.body.contains("try again in a few minutes")
            || r.body.contains("Try again in a few minutes"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Nothing was changed"));
    let reasons = audit_reasons(&p.app).await;
    assert!(
        reasons.iter().any(|r| r.1 == "OnPremisesConnectivityError"),
        "{reasons:?}"
    );
}

#[tokio::test]
async fn too_many_starts_from_one_address_are_blocked() {
    let mut p = portal_with(&[dc().url()], &[("SSPR__LIMITS__PER_IP", "2")]).await;
    for _ in 0..2 {
        p.get("/reset").await;
        assert_eq!(
            p.post("/reset", &[("username", "nobody-here")])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
    }
    p.get("/reset").await;
    let r = p.post("/reset", &[("username", "nobody-here")]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.body.contains("Try again after"));
    assert!(audit_reasons(&p.app)
        .await
        .iter()
        .any(|r| r.0 == "Blocked from self-service password reset"));
}

#[tokio::test]
async fn bad_input_gets_a_clear_4xx() {
    let mut p = portal().await;
    p.get("/reset").await;
    let r = p.post("/reset", &[("username", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Enter your user name"));
    let r = p.post("/reset", &[("username", &"x".repeat(300))]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = p.post("/reset", &[("username", "a\u{1}b")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    p.identify("reset", "nobody-at-all").await;
    let r = p
        .post("/reset/verify", &[("method", "email"), ("code", "12ab")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("digits only"));
    // A step out of order: a clear page, not an error.
    let mut fresh = portal_from(&p);
    let r = fresh.get("/reset/password").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("Start again"));
    let r = fresh.get("/nowhere").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // Not a form at all.
    let r =
        p.c.client
            .post(format!("{}/change", p.base))
            .body("{")
            .send()
            .await
            .unwrap();
    assert!(r.status().is_client_error());
}

#[tokio::test]
async fn pages_carry_security_headers_and_safe_cookies() {
    let mut p = portal().await;
    let r = p.get("/reset").await;
    let h = &r.headers;
    assert!(h["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
    assert_eq!(h["x-frame-options"], "DENY");
    assert_eq!(h["cache-control"], "no-store");
    assert_eq!(h["x-content-type-options"], "nosniff");
    let cookie = h["set-cookie"].to_str().unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    // Plain http demo: no Secure flag (the browser would drop the cookie).
    assert!(!cookie.contains("Secure"), "{cookie}");
    let css = p.get("/static/app.css").await;
    assert!(css.headers["cache-control"]
        .to_str()
        .unwrap()
        .contains("max-age=31536000"));
}

#[tokio::test]
async fn an_expired_password_is_changed_on_the_change_page() {
    let mut p = portal().await;
    let u = create_user("chw").await;
    admin_replace(&u.dn, "pwdLastSet", "0").await;
    // Signing in to register sends a must-change user to the change page.
    p.get("/register").await;
    let r = p
        .post(
            "/register/signin",
            &[("username", &u.sam), ("password", &u.password)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let to = r.location.unwrap();
    assert!(to.starts_with("/change?user="), "{to}");
    let form = p.get(&to).await;
    assert!(form.body.contains("has expired"), "{}", form.body);
    let r = p
        .post(
            "/change",
            &[
                ("username", &u.sam),
                ("current_password", &u.password),
                ("new_password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Your password has been changed"));
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
    // A wrong current password reads like an unknown user.
    let a = p
        .post(
            "/change",
            &[
                ("username", &u.sam),
                ("current_password", "Wrong-One-1"),
                ("new_password", "Other-Harbour-7431"),
                ("confirm_password", "Other-Harbour-7431"),
            ],
        )
        .await;
    let b = p
        .post(
            "/change",
            &[
                ("username", "nobody-at-all"),
                ("current_password", "Wrong-One-1"),
                ("new_password", "Other-Harbour-7431"),
                ("confirm_password", "Other-Harbour-7431"),
            ],
        )
        .await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        without_token(&a.body).replace(&u.sam, "X"),
        without_token(&b.body).replace("nobody-at-all", "X")
    );
}

// Shows: a password that has truly expired (the DC answers 532, not the 773 of "must change
// at next logon") is not a dead end either: signing in sends the person to the change page,
// which says so, and the change there works with the expired password.
#[tokio::test]
async fn a_truly_expired_password_is_changed_on_the_change_page() {
    let mut p = portal().await;
    let u = create_user("chx").await;
    expire_password(&u).await;
    p.get("/register").await;
    let r = p
        .post(
            "/register/signin",
            &[("username", &u.sam), ("password", &u.password)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let to = r.location.unwrap();
    assert!(to.starts_with("/change?user="), "{to}");
    let form = p.get(&to).await;
    assert!(form.body.contains("has expired"), "{}", form.body);
    let r = p
        .post(
            "/change",
            &[
                ("username", &u.sam),
                ("current_password", &u.password),
                ("new_password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Your password has been changed"));
    // The new password binds and the old one does not.
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
    assert_eq!(
        bind_as(&u.dn, &u.password).await,
        BindOutcome::InvalidCredentials
    );
}

#[tokio::test]
async fn a_user_registers_an_email_and_an_authenticator_then_removes_one() {
    let mut p = portal().await;
    let u = create_user("reg").await;
    p.get("/register").await;
    let r = p
        .post(
            "/register/signin",
            &[("username", &u.sam), ("password", &u.password)],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"));
    let page = p.get("/register").await;
    assert!(page.body.contains("no methods yet"), "{}", page.body);

    let personal = format!("{}@home.test", u.sam);
    let r = p.post("/register/email", &[("email", &personal)]).await;
    assert_eq!(r.location.as_deref(), Some("/register/email"));
    p.get("/register/email").await;
    let code = p.app.smtp.code_to(&personal).await;
    let r = p.post("/register/email/confirm", &[("code", &code)]).await;
    assert_eq!(r.location.as_deref(), Some("/register"), "{}", r.body);
    let page = p.get("/register").await;
    assert!(page.body.contains("Your email address is registered"));
    assert!(
        !page.body.contains(&personal),
        "the address is shown masked"
    );

    let setup = p.get("/register/totp").await;
    assert!(setup.body.contains("<svg"));
    let key_start = setup.body.find("id=\"totp-key\">").unwrap() + "id=\"totp-key\">".len();
    let key = &setup.body[key_start..].split('<').next().unwrap();
    let secret = totp::parse_manual_key(key).unwrap();
    let r = p.post("/register/totp", &[("code", "000000")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = p
        .post(
            "/register/totp",
            &[("code", &totp::current_code(&secret, now()))],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"), "{}", r.body);
    let page = p.get("/register").await;
    assert!(page.body.contains("Authenticator app"));

    let user = find(&p.app, &u.sam).await;
    let stored = p.app.store.methods(&user.guid).await.unwrap();
    assert_eq!(stored.len(), 2);
    let sealed = stored.iter().find(|m| m.kind == "totp").unwrap();
    assert!(
        !sealed.value.contains(key.trim()),
        "the TOTP secret is stored encrypted"
    );

    p.post("/register/remove", &[("kind", "email")]).await;
    assert_eq!(p.app.store.methods(&user.guid).await.unwrap().len(), 1);
    let reasons = audit_reasons(&p.app).await;
    assert_eq!(
        reasons
            .iter()
            .filter(|r| r.0 == "User registered for self-service password reset")
            .count(),
        3,
        "{reasons:?}"
    );
    // The user's directory mailbox hears about each change.
    let notice = p
        .app
        .smtp
        .wait_for(&format!("{}@sspr.test", u.sam), MAIL_WAIT)
        .await;
    assert!(
        notice.subject().contains("methods changed"),
        "{}",
        notice.subject()
    );
}

#[tokio::test]
async fn two_methods_are_needed_when_configured() {
    let mut p = portal_with(&[dc().url()], &[("SSPR__SSPR__METHODS_REQUIRED", "2")]).await;
    let u = create_user("two").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    let secret = register_totp(&p.app, &u.sam).await;
    p.identify("reset", &u.sam).await;
    let code = p.app.smtp.code_to(&personal).await;
    let r = p
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/reset/verify"));
    let second = p.get("/reset/verify").await;
    assert!(second.body.contains("One more check"), "{}", second.body);
    let r = p.get("/reset/password").await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "the password page needs both"
    );
    let r = p
        .post(
            "/reset/verify",
            &[
                ("method", "totp"),
                ("code", &totp::current_code(&secret, now())),
            ],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/reset/password"), "{}", r.body);
}

#[tokio::test]
async fn mail_goes_over_starttls_verified_against_the_configured_ca() {
    let tls = std::path::PathBuf::from(dc().get("SSPR_TEST_DC_DIR")).join("tls");
    let sink =
        crate::smtp::SmtpSink::start_with_starttls(&tls.join("cert.pem"), &tls.join("key.pem"))
            .await;
    let mut p = portal_with(
        &[dc().url()],
        &[
            ("SSPR__MAIL__SMTP_URL", &sink.url()),
            ("SSPR__MAIL__CA_FILE", &dc().ca()),
        ],
    )
    .await;
    let u = create_user("tls").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    p.identify("reset", &u.sam).await;
    let mail = sink.wait_for(&personal, MAIL_WAIT).await;
    assert!(mail.used_tls, "the code went over STARTTLS");
    assert!(mail.find_code().is_some());
}

#[tokio::test]
async fn a_dead_mail_server_changes_nothing_on_the_page_and_loses_no_audit_row() {
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("smtp://127.0.0.1:{}", l.local_addr().unwrap().port())
    };
    let mut p = portal_with(
        &[dc().url()],
        &[("SSPR__MAIL__SMTP_URL", &closed), METRICS_ON],
    )
    .await;
    let u = create_user("nomail").await;
    register_email(&p.app, &u.sam, &format!("{}@personal.test", u.sam)).await;
    let page = p.identify("reset", &u.sam).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("If this account can use self-service"));
    // The mail goes from the background: wait until it has failed, and was counted so.
    let failed = "sspr_mail_total{result=\"failed\"} 1";
    let deadline = std::time::Instant::now() + MAIL_WAIT;
    while !p.metrics().await.contains(failed) {
        assert!(
            std::time::Instant::now() < deadline,
            "the failure was not counted"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(!p
        .app
        .services
        .metrics
        .render(&[])
        .contains("result=\"sent\"} 1"));
    // The flow is still there and answers as usual: a wrong code is wrong, with tries left.
    let r = p
        .post(
            "/reset/verify",
            &[("method", "email"), ("code", "00000000")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("4 tr"), "{}", r.body);
    // And every step is in the audit: the start, the verification page's wrong code.
    let reasons = audit_reasons(&p.app).await;
    assert!(
        reasons.contains(&(
            "Self-service password reset flow activity progress".into(),
            "Success".into()
        )),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.1 == "VerificationFailed"),
        "{reasons:?}"
    );
}

pub fn session_cookie(page: &Page) -> Option<String> {
    page.headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("sspr_session="))
        .map(|c| c.split(';').next().unwrap_or("").to_string())
}

#[tokio::test]
async fn the_session_id_is_renewed_after_each_step() {
    let mut p = portal().await;
    let u = create_user("cyc").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    // Showing the form makes no session; starting the flow does.
    let first = p.get("/reset").await;
    assert_eq!(session_cookie(&first), None);
    let r = p.post("/reset", &[("username", &u.sam)]).await;
    let after_identify = session_cookie(&r).expect("a session cookie after identify");
    p.get("/reset/verify").await;
    let code = p.app.smtp.code_to(&personal).await;
    let r = p
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    let after_verify = session_cookie(&r).expect("a new cookie after verification");
    assert_ne!(after_identify, after_verify);
    let old_id = after_identify.trim_start_matches("sspr_session=");
    assert!(
        !p.app.store.session_exists(old_id).await.unwrap(),
        "the old session is gone from the store"
    );
    // The old session id no longer carries the flow.
    let stale = new_client();
    let r = stale
        .get(format!("{}/reset/password", p.base))
        .header("cookie", &after_identify)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_organisation_name_and_logo_come_from_the_configuration() {
    let dir = tempfile::tempdir().unwrap();
    let logo = dir.path().join("logo.svg");
    std::fs::write(&logo, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").unwrap();
    let mut p = portal_with(
        &[dc().url()],
        &[
            ("SSPR__SERVER__ORGANISATION", "Contoso Ltd"),
            ("SSPR__SERVER__LOGO_FILE", logo.to_str().unwrap()),
            (
                "SSPR__SERVER__HELPDESK_CONTACT",
                "the service desk on 555-0100",
            ),
        ],
    )
    .await;
    let home = p.get("/").await;
    assert!(home.body.contains("Contoso Ltd"));
    assert!(home.body.contains("class=\"logo\""));
    assert!(home.body.contains("555-0100"));
    let img = p.get("/static/logo").await;
    assert_eq!(img.status, StatusCode::OK);
    assert_eq!(img.headers["content-type"], "image/svg+xml");
}

#[tokio::test]
async fn change_is_rate_limited_per_account_without_reaching_the_dc() {
    let mut p = portal_with(&[dc().url()], &[("SSPR__LIMITS__PER_ACCOUNT", "1")]).await;
    let u = create_user("chl").await;
    // Under a policy with no lockout threshold the DC stops no guessing, so the portal's own
    // per-account budget must (with a threshold, the lockout guard stops binds first).
    create_pso(
        &format!("nolock-{}-{}", std::process::id() % 10_000, u.sam),
        0,
        &u.dn,
    )
    .await;
    let wrong = [
        ("username", u.sam.as_str()),
        ("current_password", "Wrong-One-1"),
        ("new_password", NEW_PASSWORD),
        ("confirm_password", NEW_PASSWORD),
    ];
    p.get("/change").await;
    // The one wrong password the budget allows, then one past it: the same answer. (Samba
    // keeps no badPwdCount where no threshold is set, so the DC cannot show the binds; the
    // right password below can.)
    for _ in 0..2 {
        let r = p.post("/change", &wrong).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("not right"), "{}", r.body);
    }
    // Past the budget even the right password gets the ordinary answer: had it been bound,
    // the change would have gone through.
    let right = [
        ("username", u.sam.as_str()),
        ("current_password", u.password.as_str()),
        ("new_password", NEW_PASSWORD),
        ("confirm_password", NEW_PASSWORD),
    ];
    let r = p.post("/change", &right).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("not right"), "{}", r.body);
    assert_eq!(bind_as(&u.dn, &u.password).await, BindOutcome::Ok);
    assert_eq!(
        bind_as(&u.dn, NEW_PASSWORD).await,
        BindOutcome::InvalidCredentials
    );
    let reasons = audit_reasons(&p.app).await;
    assert_eq!(
        reasons
            .iter()
            .filter(|r| r.0 == "Change password (self-service)" && r.1 == "TooManyAttempts")
            .count(),
        2,
        "{reasons:?}"
    );
}

async fn wrong_change(p: &mut Portal, who: &str) -> Page {
    p.post(
        "/change",
        &[
            ("username", who),
            ("current_password", "Wrong-One-1"),
            ("new_password", NEW_PASSWORD),
            ("confirm_password", NEW_PASSWORD),
        ],
    )
    .await
}

#[tokio::test]
async fn a_locked_account_reads_like_a_wrong_password_on_change_and_sign_in() {
    let mut p = portal().await;
    let u = create_user("lkd").await;
    lock_out(&u.dn).await;
    p.get("/change").await;
    let locked = wrong_change(&mut p, &u.sam).await;
    let unknown = wrong_change(&mut p, "nobody-at-all").await;
    assert_eq!(locked.status, unknown.status);
    assert_eq!(
        without_token(&locked.body).replace(&u.sam, "X"),
        without_token(&unknown.body).replace("nobody-at-all", "X")
    );
    p.get("/register").await;
    let a = p
        .post(
            "/register/signin",
            &[("username", &u.sam), ("password", "Wrong-One-1")],
        )
        .await;
    let b = p
        .post(
            "/register/signin",
            &[("username", "nobody-at-all"), ("password", "Wrong-One-1")],
        )
        .await;
    assert_eq!(a.status, b.status);
    assert_eq!(
        without_token(&a.body).replace(&u.sam, "X"),
        without_token(&b.body).replace("nobody-at-all", "X")
    );
}

#[tokio::test]
async fn per_account_and_per_address_limits_are_silent() {
    let mut p = portal_with(
        &[dc().url()],
        &[
            ("SSPR__LIMITS__PER_ACCOUNT", "1"),
            ("SSPR__LIMITS__PER_DESTINATION", "1"),
        ],
    )
    .await;
    // The page with what differs between any two clients (the CSRF token) and names taken out.
    let same = |page: &Page, names: &[&str]| {
        let mut body = page.body.clone();
        if let Some(token) = csrf_in(&body) {
            body = body.replace(&token, "CSRF");
        }
        for n in names {
            body = body.replace(n, "NAME");
        }
        (page.status, body)
    };
    // Per account: the second start for the account looks exactly like the first.
    let u = create_user("sil").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    let first = p.identify("reset", &u.sam).await;
    p.app.smtp.wait_for(&personal, MAIL_WAIT).await;
    let second = portal_from(&p).identify("reset", &u.sam).await;
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(same(&first, &[]), same(&second, &[]));
    // Per destination: two accounts with one personal address; the second account's first
    // start looks like the first account's, and mails nothing.
    let (v, w) = (create_user("sild").await, create_user("sild").await);
    let shared = format!("{}-shared@personal.test", v.sam);
    register_email(&p.app, &v.sam, &shared).await;
    register_email(&p.app, &w.sam, &shared).await;
    let to_v = portal_from(&p).identify("reset", &v.sam).await;
    p.app.smtp.wait_for(&shared, MAIL_WAIT).await;
    let to_w = portal_from(&p).identify("reset", &w.sam).await;
    assert_eq!(
        same(&to_v, &[&v.sam, &w.sam]),
        same(&to_w, &[&v.sam, &w.sam])
    );
    // Both refusals were decided and audited before their pages were answered; a flow started
    // after them, for an account of its own, has its mail delivered, so a mail either of them
    // had set off would have been sent by now as well.
    let blocks = audit_reasons(&p.app)
        .await
        .into_iter()
        .filter(|r| r.0 == "Blocked from self-service password reset" && r.1 == "TooManyAttempts")
        .count();
    assert_eq!(blocks, 2);
    let x = create_user("silx").await;
    let own = format!("{}@personal.test", x.sam);
    register_email(&p.app, &x.sam, &own).await;
    portal_from(&p).identify("reset", &x.sam).await;
    p.app.smtp.wait_for(&own, MAIL_WAIT).await;
    assert_eq!(p.app.smtp.count_to(&personal), 1);
    assert_eq!(p.app.smtp.count_to(&shared), 1);
}

// Shows: twelve wrong codes sent at once on one flow of a real, registered account get only
// "wrong" (at most 4, the attempts left), "blocked", or (once the block has ended the flow)
// "session ended" answers, never a 500 or a pass; every one that reached the code is
// counted in the database; and afterwards even the right code is refused.
#[tokio::test]
async fn parallel_guesses_cannot_race_past_the_attempt_limit() {
    let mut p = portal().await;
    let u = create_user("race").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    p.identify("reset", &u.sam).await;
    let right = p.app.smtp.code_to(&personal).await;
    let (base, csrf, client) = (p.base.clone(), p.c.csrf.clone(), p.c.client.clone());
    let mut tasks = Vec::new();
    for i in 0..12 {
        let (base, csrf, client) = (base.clone(), csrf.clone(), client.clone());
        let mut guess = format!("{:08}", 10_000_000 + i);
        if guess == right {
            guess = format!("{:08}", 20_000_000 + i);
        }
        tasks.push(tokio::spawn(async move {
            client
                .post(format!("{base}/reset/verify"))
                .form(&[
                    ("csrf", csrf.as_str()),
                    ("method", "email"),
                    ("code", guess.as_str()),
                ])
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    let mut answers = std::collections::BTreeMap::new();
    for t in tasks {
        *answers.entry(t.await.unwrap().as_u16()).or_insert(0) += 1;
    }
    let wrong = answers.get(&422).copied().unwrap_or(0);
    let blocked = answers.get(&429).copied().unwrap_or(0);
    // The block ends the flow's session: a guess that arrives after that is told the session
    // has ended (400) without reaching the code at all.
    let ended = answers.get(&400).copied().unwrap_or(0);
    assert_eq!(
        wrong + blocked + ended,
        12,
        "only 'wrong', 'blocked' and 'session ended': {answers:?}"
    );
    assert!(blocked >= 1, "the limit was reached: {answers:?}");
    assert!(
        wrong <= 4,
        "at most 4 'wrong, tries left' for 5 attempts: {answers:?}"
    );
    // Every attempt was counted against the flow before its code was looked at.
    let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
    let flow = rows
        .iter()
        .find(|r| r.target_name.as_deref() == Some(u.sam.as_str()))
        .and_then(|r| r.flow_id.clone())
        .unwrap();
    let (attempts, _) = p
        .app
        .store
        .rate_count(&format!("verify:{flow}"), "2000-01-01")
        .await
        .unwrap();
    assert_eq!(attempts, (wrong + blocked) as i64, "{answers:?}");
    // The right code, now: the blocked flow has ended, and nothing was ever verified.
    let r = p
        .post("/reset/verify", &[("method", "email"), ("code", &right)])
        .await;
    assert!(r.status.is_client_error(), "{}", r.body);
    assert!(r.body.contains("Your session has ended"), "{}", r.body);
    let rows = p.app.store.audit_page(0, 10_000).await.unwrap();
    assert!(
        rows.iter().all(|r| !r.detail.starts_with("verified")),
        "{:?}",
        rows.iter().map(|r| &r.detail).collect::<Vec<_>>()
    );
    let form = p.get("/reset/password").await;
    assert!(!form.body.contains("new_password"), "{}", form.body);
}

#[tokio::test]
async fn slow_guessing_across_flows_hits_the_cap_on_wrong_codes_in_a_row() {
    let mut p = portal_with(
        &[dc().url()],
        &[
            ("SSPR__LIMITS__CODE_ATTEMPTS", "2"),
            ("SSPR__LIMITS__AUTHENTICATOR_FAILURES", "8"),
        ],
    )
    .await;
    let u = create_user("cap").await;
    let secret = register_totp(&p.app, &u.sam).await;
    // 4 flows x 2 wrong codes = 8 wrong codes in a row: the cap for this account, however
    // slowly they come.
    for _ in 0..4 {
        let mut c = portal_from(&p);
        c.identify("reset", &u.sam).await;
        c.post("/reset/verify", &[("method", "totp"), ("code", "000000")])
            .await;
        let r = c
            .post("/reset/verify", &[("method", "totp"), ("code", "000001")])
            .await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    }
    // Now even the right code is not accepted, in a new flow too.
    p.identify("reset", &u.sam).await;
    let r = p
        .post(
            "/reset/verify",
            &[
                ("method", "totp"),
                ("code", &totp::current_code(&secret, now())),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
}

#[tokio::test]
async fn changing_existing_methods_needs_one_of_them_not_just_the_password() {
    let mut p = portal().await;
    let u = create_user("stp").await;
    let secret = register_totp(&p.app, &u.sam).await;
    p.get("/register").await;
    p.post(
        "/register/signin",
        &[("username", &u.sam), ("password", &u.password)],
    )
    .await;
    let page = p.get("/register").await;
    assert!(
        page.body.contains("first prove one you already have"),
        "{}",
        page.body
    );
    // With the password alone, nothing changes.
    let r = p
        .post("/register/email", &[("email", "attacker@evil.test")])
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"));
    let r = p.post("/register/remove", &[("kind", "totp")]).await;
    assert_eq!(r.location.as_deref(), Some("/register"));
    let user = find(&p.app, &u.sam).await;
    assert_eq!(p.app.store.methods(&user.guid).await.unwrap().len(), 1);
    assert_eq!(p.app.smtp.count_to("attacker@evil.test"), 0);
    // Proving the app unlocks changes.
    let r = p.post("/register/prove", &[]).await;
    assert_eq!(r.location.as_deref(), Some("/register/verify"));
    p.get("/register/verify?method=totp").await;
    let r = p
        .post(
            "/register/verify",
            &[
                ("method", "totp"),
                ("code", &totp::current_code(&secret, now())),
            ],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/register"), "{}", r.body);
    let page = p.get("/register").await;
    assert!(page.body.contains("Verified"), "{}", page.body);
    let r = p
        .post(
            "/register/email",
            &[("email", &format!("{}@home.test", u.sam))],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/register/email"));
}
