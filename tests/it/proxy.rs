//! sspr behind nginx under a path prefix, as operators run it: the shipped
//! `deploy/nginx/sspr.conf`, run for real with TLS, carries a whole reset and keeps `/metrics`
//! to itself; the audit holds the client's address, not nginx's; a forged `X-Forwarded-For`
//! from an untrusted peer is ignored; on a dual-stack listener an IPv4 client is its IPv4
//! address, for the audit, the limits and the trusted-proxy match.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::redirect::Policy;
use reqwest::StatusCode;
use sspr::writeback::BindOutcome;

use crate::harness::*;

/// The client's own address: different from nginx's (127.0.0.1), so the audit can tell them.
const CLIENT: &str = "127.0.0.2";

/// nginx running the shipped server block, with the test's ports and certificate.
struct Nginx {
    child: std::process::Child,
    _dir: tempfile::TempDir,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // TERM, not KILL: the master then stops its workers. A killed master leaves them
        // running, holding the port and the test run's output pipe.
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        for _ in 0..100 {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

// The child is owned by `Nginx`, whose Drop kills and waits for it; only the start-up
// failure path panics without it, and the test process ends then anyway.
#[allow(clippy::zombie_processes)]
fn start_nginx(listen: u16, upstream: &str) -> Nginx {
    let shipped = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/deploy/nginx/sspr.conf"
    ))
    .unwrap();
    let tls = PathBuf::from(dc().get("SSPR_TEST_DC_DIR")).join("tls");
    // The DC's test certificate names localhost and 127.0.0.1, which is what the client uses.
    let server = shipped
        .replace(
            "listen 443 ssl;",
            &format!("listen 127.0.0.1:{listen} ssl;"),
        )
        .replace(
            "server_name intranet.example.com;",
            "server_name localhost;",
        )
        .replace(
            "/etc/ssl/certs/intranet.example.com.pem",
            tls.join("cert.pem").to_str().unwrap(),
        )
        .replace(
            "/etc/ssl/private/intranet.example.com.key",
            tls.join("key.pem").to_str().unwrap(),
        )
        .replace(
            "proxy_pass http://127.0.0.1:8080;",
            &format!("proxy_pass http://{upstream};"),
        );
    assert!(
        server.contains(&format!("listen 127.0.0.1:{listen}")),
        "the shipped file changed shape"
    );
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("sspr.conf"), server).unwrap();
    let main = format!(
        "pid {pid};\nerror_log {err} warn;\ndaemon off;\nevents {{}}\nhttp {{\n access_log off;\n \
         client_body_temp_path {t}/body; proxy_temp_path {t}/proxy; fastcgi_temp_path {t}/fcgi; \
         uwsgi_temp_path {t}/uwsgi; scgi_temp_path {t}/scgi;\n include {server};\n}}\n",
        pid = p.join("nginx.pid").display(),
        err = p.join("error.log").display(),
        t = p.display(),
        server = p.join("sspr.conf").display(),
    );
    std::fs::write(p.join("nginx.conf"), main).unwrap();
    let child = std::process::Command::new("nginx")
        .arg("-c")
        .arg(p.join("nginx.conf"))
        .arg("-p")
        .arg(p)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("nginx installed (scripts/test installs it)");
    // Wait until it listens.
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", listen)).is_ok() {
            return Nginx { child, _dir: dir };
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "nginx did not start: {}",
        std::fs::read_to_string(p.join("error.log")).unwrap_or_default()
    );
}

fn client_from(ip: &str, ca: &Path) -> reqwest::Client {
    let pem = std::fs::read(ca).unwrap();
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .local_address(ip.parse::<IpAddr>().unwrap())
        .add_root_certificate(reqwest::Certificate::from_pem(&pem).unwrap())
        .build()
        .unwrap()
}

fn csrf(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

async fn get(c: &reqwest::Client, url: &str) -> (StatusCode, reqwest::header::HeaderMap, String) {
    let r = c.get(url).send().await.unwrap();
    (r.status(), r.headers().clone(), r.text().await.unwrap())
}

async fn post(
    c: &reqwest::Client,
    url: &str,
    form: &[(&str, &str)],
) -> (StatusCode, reqwest::header::HeaderMap, String) {
    let r = c.post(url).form(form).send().await.unwrap();
    (r.status(), r.headers().clone(), r.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_through_nginx_under_a_path_prefix_audits_the_clients_address() {
    let listen = free_port();
    let public = format!("https://localhost:{listen}/sspr/");
    let app = spawn_app_full(
        &[dc().url()],
        "",
        &[
            ("SSPR__SERVER__PUBLIC_URL", &public),
            ("SSPR__SERVER__TRUSTED_PROXIES", "127.0.0.1/32"),
            ("SSPR__SERVER__METRICS_BIND", "127.0.0.1:0"),
        ],
    )
    .await;
    let application = sspr::Application::build(app.config.clone()).await.unwrap();
    let upstream = application.local_addr().unwrap().to_string();
    let metrics = application.metrics_addr().unwrap();
    let server = tokio::spawn(async move {
        let _ = application.run_until(std::future::pending()).await;
    });
    let _nginx = start_nginx(listen, &upstream);

    let u = create_user("ngx").await;
    let personal = format!("{}@personal.test", u.sam);
    let guid = find(&app, &u.sam).await.guid;
    app.store
        .put_method(&guid, "email", &personal, &sspr::audit::now_string())
        .await
        .unwrap();

    let c = client_from(CLIENT, Path::new(&dc().ca()));
    let base = public.trim_end_matches('/');
    let (status, headers, page) = get(&c, &format!("{base}/reset")).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    // Every link, form, asset and cookie carries the prefix; the cookie is Secure behind https.
    assert!(page.contains("action=\"/sspr/reset\""), "{page}");
    assert!(page.contains("href=\"/sspr/static/app.css?v="));
    let cookie = headers["set-cookie"].to_str().unwrap();
    assert!(
        cookie.contains("Path=/sspr/") && cookie.contains("Secure"),
        "{cookie}"
    );
    let (css, _, _) = get(&c, &format!("{base}/static/app.css")).await;
    assert_eq!(css, StatusCode::OK);
    // Metrics are not forwarded, though sspr serves them on its metrics listener.
    for path in ["/metrics", "/metrics?x=1", "/metrics/"] {
        let (status, _, body) = get(&c, &format!("{base}{path}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {body}");
        assert!(!body.contains("sspr_"), "{path}: {body}");
    }
    let direct = reqwest::get(format!("http://{metrics}/metrics"))
        .await
        .unwrap();
    assert_eq!(direct.status(), StatusCode::OK);

    let (status, headers, _) = post(
        &c,
        &format!("{base}/reset"),
        &[("csrf", &csrf(&page)), ("username", &u.sam)],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/sspr/reset/verify");
    let (_, _, page) = get(&c, &format!("{base}/reset/verify")).await;
    let mail = app.smtp.wait_for(&personal, MAIL_WAIT).await;
    let code = mail.find_code().unwrap();
    let (status, headers, _) = post(
        &c,
        &format!("{base}/reset/verify"),
        &[("csrf", &csrf(&page)), ("method", "email"), ("code", &code)],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/sspr/reset/password");
    let (_, _, page) = get(&c, &format!("{base}/reset/password")).await;
    let new = "Quiet-Harbour-7431";
    let (status, _, done) = post(
        &c,
        &format!("{base}/reset/password"),
        &[
            ("csrf", &csrf(&page)),
            ("new_password", new),
            ("confirm_password", new),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert!(done.contains("Your password has been reset"));
    assert_eq!(bind_as(&u.dn, new).await, BindOutcome::Ok);

    // The mail's link uses public_url, never a Host header.
    let notice = app.smtp.wait_for(&personal, MAIL_WAIT).await;
    assert!(
        notice.text_body().contains(&public),
        "{}",
        notice.text_body()
    );

    let rows = app.store.audit_page(0, 1000).await.unwrap();
    assert!(!rows.is_empty());
    assert!(
        rows.iter().all(|r| r.client_ip.as_deref() == Some(CLIENT)),
        "the audit holds the client's address: {rows:#?}"
    );
    server.abort();
}

#[tokio::test]
async fn a_forged_forwarded_for_from_an_untrusted_peer_is_not_believed() {
    let app = spawn_app_full(
        &[dc().url()],
        "",
        &[("SSPR__SERVER__TRUSTED_PROXIES", "127.0.0.1/32")],
    )
    .await;
    let application = sspr::Application::build(app.config.clone()).await.unwrap();
    let base = format!("http://{}", application.local_addr().unwrap());
    let server = tokio::spawn(async move {
        let _ = application.run_until(std::future::pending()).await;
    });
    // Straight to the portal from 127.0.0.2 (not a trusted proxy), claiming to be 6.6.6.6.
    let c = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .local_address(CLIENT.parse::<IpAddr>().unwrap())
        .build()
        .unwrap();
    let page = c
        .get(format!("{base}/reset"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let r = c
        .post(format!("{base}/reset"))
        .header("x-forwarded-for", "6.6.6.6")
        .form(&[("csrf", csrf(&page).as_str()), ("username", "nobody-here")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let rows = app.store.audit_page(0, 100).await.unwrap();
    assert!(!rows.is_empty());
    assert!(
        rows.iter().all(|r| r.client_ip.as_deref() == Some(CLIENT)),
        "{rows:#?}"
    );
    server.abort();
}

/// Whether this network namespace has a dual-stack IPv6 socket that IPv4 clients reach, and
/// what address such a socket reports for one: `::ffff:127.0.0.1` on Linux. `None` (with the
/// reason) when IPv6 is off in the namespace or sockets are IPv6-only (`bindv6only`).
fn dual_stack_peer() -> Result<IpAddr, String> {
    let l = std::net::TcpListener::bind("[::]:0")
        .map_err(|e| format!("no IPv6 socket in this network namespace: {e}"))?;
    let port = l.local_addr().unwrap().port();
    std::net::TcpStream::connect(("127.0.0.1", port))
        .map_err(|e| format!("a [::] socket does not take IPv4 clients here (bindv6only?): {e}"))?;
    Ok(l.accept().unwrap().1.ip())
}

#[tokio::test]
async fn an_ipv4_client_of_a_dual_stack_listener_is_audited_and_limited_by_its_ipv4_address() {
    // What the server sees on the socket is the mapped form; everything it records must not be.
    let peer = match dual_stack_peer() {
        Ok(peer) => peer,
        Err(why) => {
            // Nothing to test without a dual-stack socket: say so rather than fake one.
            eprintln!("skipped: {why}");
            return;
        }
    };
    assert_eq!(peer, "::ffff:127.0.0.1".parse::<IpAddr>().unwrap());
    let app = spawn_app_full(&[dc().url()], "", &[("SSPR__SERVER__BIND", "[::]:0")]).await;
    let application = sspr::Application::build(app.config.clone()).await.unwrap();
    let port = application.local_addr().unwrap().port();
    let server = tokio::spawn(async move {
        let _ = application.run_until(std::future::pending()).await;
    });
    let base = format!("http://127.0.0.1:{port}");
    let c = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap();
    let page = c.get(format!("{base}/reset")).send().await.unwrap();
    let page = page.text().await.unwrap();
    let r = c
        .post(format!("{base}/reset"))
        .form(&[("csrf", csrf(&page).as_str()), ("username", "nobody-here")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let rows = app.store.audit_page(0, 100).await.unwrap();
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r.client_ip.as_deref() == Some("127.0.0.1")),
        "{rows:#?}"
    );
    // Counted under its own address, not in the /64 every mapped IPv4 address falls into.
    let since = "2000-01-01T00:00:00.000000Z";
    let (own, _) = app.store.rate_count("ip:127.0.0.1", since).await.unwrap();
    let (shared, _) = app
        .store
        .rate_count("ip:0:0:0:0::/64", since)
        .await
        .unwrap();
    assert_eq!((own, shared), (1, 0));
    server.abort();
}

#[tokio::test]
async fn a_trusted_proxy_on_a_dual_stack_listener_is_recognised_and_its_ports_ignored() {
    if let Err(why) = dual_stack_peer() {
        eprintln!("skipped: {why}");
        return;
    }
    // The proxy is 127.0.0.1, as configured, though the socket reports ::ffff:127.0.0.1; it
    // forwards the client with a port, as IIS/ARR does.
    let app = spawn_app_full(
        &[dc().url()],
        "",
        &[
            ("SSPR__SERVER__BIND", "[::]:0"),
            ("SSPR__SERVER__TRUSTED_PROXIES", "127.0.0.1"),
        ],
    )
    .await;
    let application = sspr::Application::build(app.config.clone()).await.unwrap();
    let port = application.local_addr().unwrap().port();
    let server = tokio::spawn(async move {
        let _ = application.run_until(std::future::pending()).await;
    });
    let base = format!("http://127.0.0.1:{port}");
    let c = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap();
    let page = c
        .get(format!("{base}/reset"))
        .header("x-forwarded-for", "203.0.113.7:51234")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let r = c
        .post(format!("{base}/reset"))
        .header("x-forwarded-for", "[2001:db8::7]:443")
        .form(&[("csrf", csrf(&page).as_str()), ("username", "nobody-here")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let rows = app.store.audit_page(0, 100).await.unwrap();
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r.client_ip.as_deref() == Some("2001:db8::7")),
        "{rows:#?}"
    );
    server.abort();
}
