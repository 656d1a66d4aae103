//! What an operator relies on: readiness, metrics on their own listener, JSON logs, timeouts
//! that keep slow clients from holding connections, and a graceful stop that lets a running
//! writeback finish and keeps its audit row.

use std::process::Stdio;
use std::time::Duration;

use reqwest::StatusCode;
use sspr::writeback::BindOutcome;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

use crate::harness::*;
use crate::portal::{new_client, portal, portal_with, Client, Page, METRICS_ON};

/// A self-service change through the portal's public listener.
async fn change(p: &mut crate::portal::Portal, user: &str, current: &str, new: &str) -> Page {
    p.get("/change").await;
    p.post(
        "/change",
        &[
            ("username", user),
            ("current_password", current),
            ("new_password", new),
            ("confirm_password", new),
        ],
    )
    .await
}

#[tokio::test]
async fn metrics_on_their_own_listener_count_writebacks_and_requests() {
    let mut p = portal_with(&[dc().url()], &[METRICS_ON]).await;
    let before = p.metrics().await;
    assert!(!before.contains("sspr_writeback_total{kind=\"change_self_service\""));
    // A writeback through the public listener.
    let u = create_user("met").await;
    let r = change(&mut p, &u.sam, &u.password, "Quiet-Harbour-7431").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let after = p.metrics().await;
    assert!(
        after.contains("sspr_writeback_total{kind=\"change_self_service\",reason=\"success\"} 1"),
        "{after}"
    );
    assert!(
        after.contains("sspr_writeback_duration_seconds_count{kind=\"change_self_service\"} 1"),
        "{after}"
    );
    assert!(after
        .contains("sspr_http_requests_total{method=\"POST\",route=\"/change\",status=\"200\"} 1"));
    assert!(after.contains(&format!("sspr_dc_up{{url=\"{}\"}} 1", dc().url())));
    // The metrics listener serves metrics and nothing of the portal.
    let other = new_client()
        .get(format!("{}/change", p.metrics_base.as_ref().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_public_listener_answers_metrics_with_the_ordinary_not_found_page() {
    for overrides in [&[][..], &[METRICS_ON][..]] {
        let mut p = portal_with(&[dc().url()], overrides).await;
        let ordinary = p.get("/no-such-page").await;
        assert_eq!(ordinary.status, StatusCode::NOT_FOUND);
        assert!(
            ordinary.body.contains("Page not found"),
            "{}",
            ordinary.body
        );
        let metrics = p.get("/metrics").await;
        assert_eq!(metrics.status, StatusCode::NOT_FOUND, "{overrides:?}");
        assert_eq!(metrics.body, ordinary.body, "{overrides:?}");
        assert!(!metrics.body.contains("sspr_"), "{}", metrics.body);
    }
}

#[tokio::test]
async fn an_unknown_name_and_a_wrong_password_look_alike_on_the_public_listener() {
    let mut p = portal_with(&[dc().url()], &[METRICS_ON]).await;
    let u = create_user("orc").await;
    // Everything operational the public listener answers, before and after each attempt.
    async fn public_view(p: &mut crate::portal::Portal) -> Vec<(StatusCode, String)> {
        let mut seen = Vec::new();
        for path in ["/metrics", "/healthz", "/readyz"] {
            let r = p.get(path).await;
            seen.push((r.status, r.body));
        }
        seen
    }
    let start = public_view(&mut p).await;
    let unknown = change(
        &mut p,
        "nobody-here-at-all",
        "Some-Guess-2024x",
        "Quiet-Harbour-7431",
    )
    .await;
    let after_unknown = public_view(&mut p).await;
    let wrong = change(&mut p, &u.sam, "Definitely-Wrong-1", "Quiet-Harbour-7431").await;
    let after_wrong = public_view(&mut p).await;
    assert_eq!(unknown.status, wrong.status);
    assert_eq!(
        start, after_unknown,
        "an unknown name moved something public"
    );
    assert_eq!(
        start, after_wrong,
        "a wrong password moved something public"
    );
    // The difference exists, and only the metrics listener shows it.
    let internal = p.metrics().await;
    for reason in ["user_not_found", "invalid_current_password"] {
        assert!(
            internal.contains(&format!(
                "sspr_writeback_total{{kind=\"change_self_service\",reason=\"{reason}\"}} 1"
            )),
            "{internal}"
        );
    }
}

#[tokio::test]
async fn a_metrics_bind_that_cannot_be_bound_stops_start_up_naming_the_key() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let app = spawn_app_full(&[dc().url()], "", &[("SSPR__SERVER__METRICS_BIND", &addr)]).await;
    let e = match sspr::Application::build(app.config.clone()).await {
        Ok(_) => panic!("started on a taken metrics address"),
        Err(e) => format!("{e:#}"),
    };
    assert!(
        e.contains("server.metrics_bind") && e.contains(&addr),
        "{e}"
    );
}

#[tokio::test]
async fn the_metrics_listener_stops_with_the_application() {
    let app = spawn_app_full(&[dc().url()], "", &[METRICS_ON]).await;
    let application = sspr::Application::build(app.config.clone()).await.unwrap();
    let metrics = application.metrics_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(application.run_until(async move {
        let _ = stopped.await;
    }));
    let r = new_client()
        .get(format!("http://{metrics}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(20), server)
        .await
        .expect("run_until returns after the shutdown signal")
        .unwrap()
        .unwrap();
    assert!(
        tokio::net::TcpStream::connect(metrics).await.is_err(),
        "the metrics listener is closed"
    );
}

#[tokio::test]
async fn readiness_needs_the_database_and_a_dc() {
    let mut p = portal().await;
    let r = p.get("/readyz").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("ldaps://localhost:{}", l.local_addr().unwrap().port())
    };
    let mut down = portal_with(&[closed], &[]).await;
    let r = down.get("/readyz").await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(r.body.contains("directory: unavailable"));
    assert_eq!(
        down.get("/healthz").await.status,
        StatusCode::OK,
        "alive even when not ready"
    );
    // The directory up and the database gone: not ready either, and it says which.
    take_database_away(p.app.db_url()).await;
    let r = p.get("/readyz").await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", r.body);
    assert!(r.body.contains("database: unavailable"), "{}", r.body);
    assert!(r.body.contains("directory: ok"), "{}", r.body);
    assert_eq!(p.get("/healthz").await.status, StatusCode::OK);
}

/// A relay in front of the DC that delays each of the DC's answers, so a writeback takes long
/// enough to be interrupted.
async fn slow_relay(delay: Duration) -> (String, tokio::task::JoinHandle<()>) {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    let task = tokio::spawn(async move {
        while let Ok((client, _)) = l.accept().await {
            let server = tokio::net::TcpStream::connect("127.0.0.1:636")
                .await
                .unwrap();
            let (mut cr, mut cw) = client.into_split();
            let (mut sr, mut sw) = server.into_split();
            tokio::spawn(async move {
                let _ = tokio::io::copy(&mut cr, &mut sw).await;
            });
            tokio::spawn(async move {
                let mut buf = vec![0u8; 16384];
                while let Ok(n) = sr.read(&mut buf).await {
                    if n == 0 {
                        break;
                    }
                    tokio::time::sleep(delay).await;
                    if cw.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                }
            });
        }
    });
    (format!("ldaps://localhost:{port}"), task)
}

/// Starts `sspr serve` on a config for `urls`, returns the child, its address and a reader of
/// its (JSON) log lines.
async fn serve(
    app: &TestApp,
    urls: &[String],
) -> (
    tokio::process::Child,
    String,
    tokio::sync::mpsc::UnboundedReceiver<String>,
) {
    serve_env(app, urls, &[]).await
}

/// [`serve`] with environment overrides for the process.
pub async fn serve_env(
    app: &TestApp,
    urls: &[String],
    env: &[(&str, &str)],
) -> (
    tokio::process::Child,
    String,
    tokio::sync::mpsc::UnboundedReceiver<String>,
) {
    let cfg = app.dir.path().join("serve.toml");
    std::fs::write(
        &cfg,
        dc().config_toml(app.db_url(), urls, "")
            .replace("smtp://127.0.0.1:9", &app.smtp.url()),
    )
    .unwrap();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_sspr"))
        .args(["serve", "--config"])
        .arg(&cfg)
        .env("SSPR__SERVER__LOG_FORMAT", "json")
        // Both listeners run, and both must let the process stop.
        .env("SSPR__SERVER__METRICS_BIND", "127.0.0.1:0")
        .envs(env.iter().copied())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok(Some(line)) = lines.next_line().await {
            let _ = tx.send(line);
        }
    });
    let addr = loop {
        let line = tokio::time::timeout(Duration::from_secs(20), rx.recv())
            .await
            .unwrap()
            .expect("serve exited before listening");
        let v: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|_| panic!("log line is not JSON: {line}"));
        if v["fields"]["message"] == "listening" {
            break v["fields"]["addr"].as_str().unwrap().to_string();
        }
    };
    (child, format!("http://{addr}"), rx)
}

/// A relay in front of the DC that the test can make hold the DC's answers: while held, the
/// portal's LDAP operations wait (the DC has done nothing it has not answered yet: the request
/// has not been read back), and `holding` says when an answer is waiting.
struct HoldingRelay {
    url: String,
    hold: tokio::sync::watch::Sender<bool>,
    held: std::sync::Arc<tokio::sync::Notify>,
    task: tokio::task::JoinHandle<()>,
}

impl HoldingRelay {
    async fn start() -> HoldingRelay {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = l.local_addr().unwrap().port();
        let (hold, watch) = tokio::sync::watch::channel(false);
        let held = std::sync::Arc::new(tokio::sync::Notify::new());
        let notify = held.clone();
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = l.accept().await {
                let server = tokio::net::TcpStream::connect("127.0.0.1:636")
                    .await
                    .unwrap();
                let (mut cr, mut cw) = client.into_split();
                let (mut sr, mut sw) = server.into_split();
                tokio::spawn(async move {
                    let _ = tokio::io::copy(&mut cr, &mut sw).await;
                });
                let (mut watch, notify) = (watch.clone(), notify.clone());
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 16384];
                    while let Ok(n) = sr.read(&mut buf).await {
                        if n == 0 {
                            break;
                        }
                        if *watch.borrow() {
                            notify.notify_one();
                            if watch.wait_for(|h| !*h).await.is_err() {
                                break;
                            }
                        }
                        if cw.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                    }
                });
            }
        });
        HoldingRelay {
            url: format!("ldaps://localhost:{port}"),
            hold,
            held,
            task,
        }
    }
}

impl Drop for HoldingRelay {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Sends SIGTERM to `child`, then shows that the server takes no new request while the one
/// under way is held: fresh connections get no answer from some point on, and until then
/// each is answered in full.
async fn terminate_and_see_new_requests_refused(child: &tokio::process::Child, base: &str) {
    let pid = child.id().unwrap();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let fresh = reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .build()
            .unwrap();
        match fresh.get(format!("{base}/healthz")).send().await {
            // Refused: the connection is not taken, or (queued by the kernel before the
            // listener closed) reset unanswered. Either way no answer, and no wait.
            Err(e) => {
                assert!(!e.is_timeout(), "{e}");
                break;
            }
            Ok(r) => assert_eq!(r.status(), StatusCode::OK),
        }
        assert!(
            std::time::Instant::now() < deadline,
            "new requests still taken after SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The SIGTERM case of a write: waits until `request`'s answer from the DC is held, sends
/// SIGTERM, sees new requests refused while the write is still held, releases it, and checks
/// that the write ends with 200, the process exits 0 and the audit has exactly one
/// successful `activity` row. Returns the page.
async fn sigterm_while_held(
    app: &TestApp,
    relay: &HoldingRelay,
    child: &mut tokio::process::Child,
    base: &str,
    request: tokio::task::JoinHandle<Page>,
    activity: &str,
) -> Page {
    tokio::time::timeout(Duration::from_secs(20), relay.held.notified())
        .await
        .expect("the write reached the DC");
    terminate_and_see_new_requests_refused(child, base).await;
    assert!(!request.is_finished(), "the write is still held");
    relay.hold.send(false).unwrap();
    let page = request.await.unwrap();
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let exit = tokio::time::timeout(Duration::from_secs(20), child.wait())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(exit.code(), Some(0), "graceful exit");
    let rows = app.store.audit_page(0, 1000).await.unwrap();
    let done: Vec<_> = rows.iter().filter(|r| r.activity == activity).collect();
    assert_eq!(done.len(), 1, "{rows:#?}");
    assert_eq!(done[0].status_reason, "Success");
    page
}

/// Waits until the served instance's first heartbeat (LDAP in the background) is recorded,
/// so the only LDAP traffic after it is the test's.
async fn wait_for_first_heartbeat(app: &TestApp) {
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while app.store.last_health_run().await.unwrap().is_none() {
        assert!(std::time::Instant::now() < deadline, "no heartbeat");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

const QUIET: &[(&str, &str)] = &[("SSPR__ADMIN__HEARTBEAT_INTERVAL", "1h")];

// Shows: SIGTERM while a change waits on the DC (held there by the test, not by a sleep):
// the server refuses new connections at once, the change then finishes with its page and
// its audit row, and the process exits 0. Also: every log line is JSON, the flow id is on
// them, no password is.
#[tokio::test]
async fn sigterm_lets_a_running_change_finish_with_its_audit_row_and_exits_zero() {
    let app = spawn_app().await;
    let relay = HoldingRelay::start().await;
    let (mut child, base, mut logs) =
        serve_env(&app, std::slice::from_ref(&relay.url), QUIET).await;
    let u = create_user("term").await;
    let new = "Quiet-Harbour-7431";
    let mut c = Client {
        base: base.clone(),
        client: crate::portal::new_client(),
        csrf: String::new(),
    };
    c.get("/change").await;
    wait_for_first_heartbeat(&app).await;
    relay.hold.send(true).unwrap();
    let (sam, current) = (u.sam.clone(), u.password.clone());
    let request = tokio::spawn(async move {
        let form = [
            ("username", sam.as_str()),
            ("current_password", current.as_str()),
            ("new_password", new),
            ("confirm_password", new),
        ];
        c.post("/change", &form).await
    });
    let page = sigterm_while_held(
        &app,
        &relay,
        &mut child,
        &base,
        request,
        "Change password (self-service)",
    )
    .await;
    assert!(page.body.contains("Your password has been changed"));
    assert_eq!(bind_as(&u.dn, new).await, BindOutcome::Ok);
    // Every log line was JSON, the flow id is on the writeback's lines, and no password is.
    let mut all = Vec::new();
    while let Ok(line) = logs.try_recv() {
        all.push(line);
    }
    assert!(
        all.iter()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()),
        "{all:#?}"
    );
    assert!(all.iter().any(|l| l.contains("flow_id")), "{all:#?}");
    assert!(
        all.iter().any(|l| l.contains("metrics listening")),
        "{all:#?}"
    );
    assert!(all
        .iter()
        .all(|l| !l.contains(new) && !l.contains(&u.password)));
}

// Shows: the same for a self-service reset: verified by an emailed code, the reset held at
// the DC when SIGTERM comes; new connections refused; the reset finishes (the new password
// binds, one audit row) and the process exits 0.
#[tokio::test]
async fn sigterm_lets_a_running_reset_finish_with_its_audit_row_and_exits_zero() {
    let app = spawn_app().await;
    let relay = HoldingRelay::start().await;
    let (mut child, base, _logs) = serve_env(&app, std::slice::from_ref(&relay.url), QUIET).await;
    let u = create_user("termr").await;
    let personal = format!("{}@personal.test", u.sam);
    crate::portal::register_email(&app, &u.sam, &personal).await;
    let mut c = Client {
        base: base.clone(),
        client: crate::portal::new_client(),
        csrf: String::new(),
    };
    c.identify("reset", &u.sam).await;
    let code = app.smtp.code_to(&personal).await;
    let r = c
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/reset/password"), "{}", r.body);
    c.get("/reset/password").await;
    wait_for_first_heartbeat(&app).await;
    relay.hold.send(true).unwrap();
    let new = "Quiet-Harbour-7432";
    let request = tokio::spawn(async move {
        c.post(
            "/reset/password",
            &[("new_password", new), ("confirm_password", new)],
        )
        .await
    });
    let page = sigterm_while_held(
        &app,
        &relay,
        &mut child,
        &base,
        request,
        "Reset password (self-service)",
    )
    .await;
    assert!(
        page.body.contains("Your password has been reset"),
        "{}",
        page.body
    );
    assert_eq!(bind_as(&u.dn, new).await, BindOutcome::Ok);
}

// Shows: a full reset (emailed code) and a change through `sspr serve`, logging at debug
// level, put no one-time code, password, CSRF token or session id in any log line.
#[tokio::test]
async fn no_code_password_or_session_reaches_a_log_line_of_a_full_flow() {
    let app = spawn_app().await;
    let (mut child, base, mut logs) =
        serve_env(&app, &[dc().url()], &[("SSPR_LOG", "debug")]).await;
    let u = create_user("nolog").await;
    let personal = format!("{}@personal.test", u.sam);
    crate::portal::register_email(&app, &u.sam, &personal).await;
    let cookies = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let mut c = Client {
        base: base.clone(),
        client: reqwest::Client::builder()
            .cookie_provider(cookies.clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        csrf: String::new(),
    };
    c.identify("reset", &u.sam).await;
    let code = app.smtp.code_to(&personal).await;
    let r = c
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    assert_eq!(r.location.as_deref(), Some("/reset/password"), "{}", r.body);
    let mut secrets = vec![code.clone(), u.password.clone(), c.csrf.clone()];
    use reqwest::cookie::CookieStore;
    let url: reqwest::Url = base.parse().unwrap();
    let jar = cookies
        .cookies(&url)
        .map(|h| h.to_str().unwrap().to_string())
        .unwrap_or_default();
    for kv in jar.split("; ") {
        if let Some((_, v)) = kv.split_once('=') {
            secrets.push(v.to_string());
        }
    }
    c.get("/reset/password").await;
    let reset_to = "Quiet-Harbour-7433";
    let done = c
        .post(
            "/reset/password",
            &[("new_password", reset_to), ("confirm_password", reset_to)],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let changed_to = "Amber-Window-4471";
    c.get("/change").await;
    let done = c
        .post(
            "/change",
            &[
                ("username", u.sam.as_str()),
                ("current_password", reset_to),
                ("new_password", changed_to),
                ("confirm_password", changed_to),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(bind_as(&u.dn, changed_to).await, BindOutcome::Ok);
    secrets.extend([reset_to.to_string(), changed_to.to_string(), c.csrf.clone()]);
    secrets.retain(|s| s.len() >= 6);
    let pid = child.id().unwrap();
    std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    let _ = tokio::time::timeout(Duration::from_secs(20), child.wait()).await;
    let mut all = Vec::new();
    while let Ok(line) = logs.try_recv() {
        all.push(line);
    }
    assert!(all.len() > 20, "debug logging was on: {}", all.len());
    for s in &secrets {
        let leaks: Vec<&String> = all.iter().filter(|l| l.contains(s.as_str())).collect();
        assert!(leaks.is_empty(), "{s:?} is in the log: {leaks:#?}");
    }
}

#[tokio::test]
async fn housekeeping_removes_expired_sessions_codes_and_rate_events() {
    let mut p = portal().await;
    // A recovery begun: that is what makes a session.
    p.identify("reset", "nobody-here").await;
    let store = p.app.store.clone();
    // Age every session past its expiry, in the session store's own table.
    let expire = match sspr::store::Backend::of_url(p.app.db_url()) {
        Some(sspr::store::Backend::Postgres) => {
            "UPDATE tower_sessions.session SET expiry_date = now() - interval '1 hour'"
        }
        _ => "UPDATE tower_sessions SET expiry_date = 0",
    };
    assert!(store.execute_raw(expire).await.unwrap() >= 1);
    assert!(store.delete_expired_sessions().await.unwrap() >= 1);
    assert_eq!(store.delete_expired_sessions().await.unwrap(), 0);
    // The old session is gone, and the recovery with it.
    let r = p.get("/reset/verify").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);

    let old = "2020-01-01T00:00:00.000000Z";
    let now = sspr::audit::now_string();
    store.rate_hit("ip:192.0.2.77", old).await.unwrap();
    store.rate_hit("ip:192.0.2.77", &now).await.unwrap();
    store
        .put_code("flow-old", "reset", "h", "a@b.test", old)
        .await
        .unwrap();
    store.prune(&now).await.unwrap();
    let (n, oldest) = store.rate_count("ip:192.0.2.77", old).await.unwrap();
    assert_eq!((n, oldest.as_deref()), (1, Some(now.as_str())));
    assert!(store
        .live_code("flow-old", "reset")
        .await
        .unwrap()
        .is_none());
}

// Shows: the running server schedules housekeeping every admin.housekeeping_interval (old
// rate events and codes pruned, expired sessions deleted) and the heartbeat every
// admin.heartbeat_interval, without anyone calling them.
#[tokio::test]
async fn the_server_runs_housekeeping_and_the_heartbeat_on_their_intervals() {
    let mut p = portal_with(
        &[dc().url()],
        &[
            ("SSPR__ADMIN__HOUSEKEEPING_INTERVAL", "1s"),
            ("SSPR__ADMIN__HEARTBEAT_INTERVAL", "1s"),
        ],
    )
    .await;
    let store = p.app.store.clone();
    p.identify("reset", "nobody-here").await;
    let (aged, still_aged) = match sspr::store::Backend::of_url(p.app.db_url()) {
        Some(sspr::store::Backend::Postgres) => (
            "UPDATE tower_sessions.session SET expiry_date = now() - interval '1 hour'",
            "UPDATE tower_sessions.session SET expiry_date = expiry_date \
             WHERE expiry_date < now() - interval '30 minutes'",
        ),
        _ => (
            "UPDATE tower_sessions SET expiry_date = 0",
            "UPDATE tower_sessions SET expiry_date = 0 WHERE expiry_date = 0",
        ),
    };
    assert!(store.execute_raw(aged).await.unwrap() >= 1);
    let old = "2020-01-01T00:00:00.000000Z";
    store.rate_hit("ip:192.0.2.78", old).await.unwrap();
    store
        .put_code("flow-old-2", "reset", "h", "a@b.test", old)
        .await
        .unwrap();
    let first_beat =
        |s: sspr::store::Store| async move { s.last_health_run().await.unwrap().map(|h| h.at) };
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let mut beats = std::collections::BTreeSet::new();
    loop {
        let pruned = store.rate_count("ip:192.0.2.78", old).await.unwrap().0 == 0
            && store
                .live_code("flow-old-2", "reset")
                .await
                .unwrap()
                .is_none();
        let sessions_gone = store.execute_raw(still_aged).await.unwrap() == 0;
        if let Some(at) = first_beat(store.clone()).await {
            beats.insert(at);
        }
        if pruned && sessions_gone && beats.len() >= 3 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "pruned {pruned}, sessions gone {sessions_gone}, heartbeats {beats:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Reads from `stream` until the server closes it, or gives up after `guard` (a hang guard,
/// far longer than the timeout under test). Returns what was read, or None if still open.
async fn read_until_closed(stream: &mut tokio::net::TcpStream, guard: Duration) -> Option<Vec<u8>> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    let read_all = async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => seen.extend_from_slice(&buf[..n]),
            }
        }
    };
    tokio::time::timeout(guard, read_all).await.ok()?;
    Some(seen)
}

#[tokio::test]
async fn a_client_that_sends_half_a_request_line_is_disconnected() {
    let p = portal_with(
        &[dc().url()],
        &[("SSPR__SERVER__HEADER_READ_TIMEOUT", "1s"), METRICS_ON],
    )
    .await;
    let metrics = p.metrics_base.clone().unwrap();
    for base in [&p.base, &metrics] {
        let addr = base.trim_start_matches("http://");
        let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
        slow.write_all(b"GET /healthz HT").await.unwrap();
        // Meanwhile the server answers everyone else.
        let r = new_client()
            .get(format!("{base}/healthz"))
            .send()
            .await
            .unwrap();
        assert!(r.status() == StatusCode::OK || r.status() == StatusCode::NOT_FOUND);
        let seen = read_until_closed(&mut slow, Duration::from_secs(30))
            .await
            .unwrap_or_else(|| panic!("{base}: the half-sent request still holds its connection"));
        // Closed without a response to the half request (hyper may write a bare 408 first).
        let text = String::from_utf8_lossy(&seen);
        assert!(
            text.is_empty() || text.starts_with("HTTP/1.1 408"),
            "{text}"
        );
    }
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed() {
    let p = portal_with(
        &[dc().url()],
        &[("SSPR__SERVER__HEADER_READ_TIMEOUT", "1s")],
    )
    .await;
    let mut conn = tokio::net::TcpStream::connect(p.base.trim_start_matches("http://"))
        .await
        .unwrap();
    conn.write_all(b"GET /healthz HTTP/1.1\r\nHost: sspr\r\n\r\n")
        .await
        .unwrap();
    let seen = read_until_closed(&mut conn, Duration::from_secs(30))
        .await
        .expect("an idle connection is not held open");
    let text = String::from_utf8_lossy(&seen);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.ends_with("ok"), "{text}");
}

#[tokio::test]
async fn a_form_body_that_never_arrives_is_answered_408() {
    let p = portal_with(&[dc().url()], &[("SSPR__SERVER__BODY_READ_TIMEOUT", "1s")]).await;
    let mut conn = tokio::net::TcpStream::connect(p.base.trim_start_matches("http://"))
        .await
        .unwrap();
    // Promises 100 bytes, sends 9.
    conn.write_all(
        b"POST /reset HTTP/1.1\r\nHost: sspr\r\nContent-Type: application/x-www-form-urlencoded\r\n\
          Content-Length: 100\r\n\r\ncsrf=abcd",
    )
    .await
    .unwrap();
    let seen = read_until_closed(&mut conn, Duration::from_secs(30))
        .await
        .expect("the server answers and closes");
    let text = String::from_utf8_lossy(&seen);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("took too long to arrive"), "{text}");
}

#[tokio::test]
async fn a_change_past_the_request_timeout_is_answered_503_and_still_lands_with_its_audit_row() {
    // Each DC answer comes 700 ms late, so a whole change takes about six seconds (twice the
    // request timeout) while every single operation stays within its own timeout.
    let (relay, task) = slow_relay(Duration::from_millis(700)).await;
    let app = spawn_app_full(
        &[relay],
        "operation_timeout = \"1400ms\"\nwrite_queue_timeout = \"100ms\"",
        &[("SSPR__SERVER__REQUEST_TIMEOUT", "3100ms"), METRICS_ON],
    )
    .await;
    let mut p = crate::portal::portal_on(app).await;
    let u = create_user("slow").await;
    let new = "Quiet-Harbour-7431";
    p.get("/change").await;
    let started = std::time::Instant::now();
    let r = p
        .post(
            "/change",
            &[
                ("username", &u.sam),
                ("current_password", &u.password),
                ("new_password", new),
                ("confirm_password", new),
            ],
        )
        .await;
    eprintln!("answered after {:?}", started.elapsed());
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", r.body);
    assert!(r.body.contains("may have worked anyway"), "{}", r.body);
    assert!(r.headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    // The change carries on in its own task: it reaches AD and the audit.
    let mut landed = false;
    for _ in 0..120 {
        let rows = p.app.store.audit_page(0, 1000).await.unwrap();
        if rows
            .iter()
            .any(|r| r.activity == "Change password (self-service)" && r.status_reason == "Success")
        {
            landed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    eprintln!("landed after {:?}", started.elapsed());
    assert!(landed, "the change's audit row never came");
    assert_eq!(bind_as(&u.dn, new).await, BindOutcome::Ok);
    let metrics = p.metrics().await;
    assert!(
        metrics.contains("sspr_http_request_timeouts_total 1"),
        "{metrics}"
    );
    task.abort();
}

#[tokio::test]
async fn a_kill_in_the_middle_of_a_burst_of_changes_loses_no_audit_row_of_a_write_the_dc_made() {
    const USERS: usize = 40;
    let app = spawn_app().await;
    let mut users = Vec::new();
    for _ in 0..USERS {
        users.push(create_user("kil").await);
    }
    // Long enough a queue that the burst waits rather than being turned away as busy.
    let env = [
        ("SSPR__DIRECTORY__WRITE_QUEUE_TIMEOUT", "30s"),
        ("SSPR__SERVER__REQUEST_TIMEOUT", "90s"),
        // Forty people, one address (this test's).
        ("SSPR__LIMITS__PER_IP", "1000"),
    ];
    let (mut child, base, _logs) = serve_env(&app, &[dc().url()], &env).await;
    let new = "Quiet-Harbour-7431";
    let mut tasks = Vec::new();
    for u in &users {
        let mut c = Client {
            base: base.clone(),
            client: new_client(),
            csrf: String::new(),
        };
        let (sam, current) = (u.sam.clone(), u.password.clone());
        tasks.push(tokio::spawn(async move {
            c.get("/change").await;
            let form = [
                ("username", sam.as_str()),
                ("current_password", current.as_str()),
                ("new_password", new),
                ("confirm_password", new),
            ];
            // The kill cuts some of these off: no page then, and that is the point.
            let body = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("csrf", &c.csrf)
                .extend_pairs(form)
                .finish();
            let _ = c
                .client
                .post(format!("{}/change", c.base))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await;
        }));
    }
    // Kill the process while writes are in flight: some changes recorded, some still pending.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let pending = app.store.unsettled_writes("9999").await.unwrap().len();
        let done = app
            .store
            .audit_page(0, 10_000)
            .await
            .unwrap()
            .iter()
            .filter(|r| r.activity == "Change password (self-service)")
            .count();
        if pending >= 2 && done >= 3 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the burst never got going"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.start_kill().unwrap();
    let _ = child.wait().await;
    let left = app.store.unsettled_writes("9999").await.unwrap().len();
    assert!(left > 0, "the kill left writes without their audit row");
    for t in tasks {
        let _ = t.await;
    }
    // A new process on the same database settles them at start.
    let (mut again, _, _) = serve(&app, &[dc().url()]).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !app.store.unsettled_writes("9999").await.unwrap().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "left-over writes were never settled"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    again.start_kill().unwrap();
    let _ = again.wait().await;
    // What the DC did and what the audit says agree, user by user.
    let rows = app.store.audit_page(0, 10_000).await.unwrap();
    let mut changed_on_dc = 0;
    let mut settled_after_kill = 0;
    for u in &users {
        let on_dc = bind_as(&u.dn, new).await == BindOutcome::Ok;
        let mine: Vec<_> = rows
            .iter()
            .filter(|r| {
                r.activity == "Change password (self-service)"
                    && r.target_name.as_deref() == Some(u.sam.as_str())
            })
            .collect();
        assert!(mine.len() <= 1, "{}: one row per attempt: {mine:#?}", u.sam);
        let audited = mine.iter().any(|r| r.status_reason == "Success");
        assert_eq!(
            on_dc, audited,
            "{}: DC changed = {on_dc}, audit: {mine:#?}",
            u.sam
        );
        changed_on_dc += usize::from(on_dc);
        settled_after_kill += mine
            .iter()
            .filter(|r| r.detail.contains("portal stopped"))
            .count();
    }
    assert!(
        changed_on_dc > 0,
        "{:#?}",
        rows.iter()
            .map(|r| (&r.activity, &r.status_reason, &r.detail))
            .collect::<Vec<_>>()
    );
    assert!(
        settled_after_kill > 0,
        "some rows came from the write-ahead records"
    );
    let report = app.services.audit.verify().await.unwrap();
    assert!(report.ok(), "{report:?}");
    eprintln!(
        "{changed_on_dc} of {USERS} changed on the DC; {settled_after_kill} audited after the kill"
    );
}
