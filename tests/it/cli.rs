//! The `sspr` binary as an operator runs it.

use std::process::Command;

use crate::harness::*;

pub fn sspr() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sspr"))
}

/// Runs the binary off the async runtime: the test's own servers (SMTP) live on that runtime
/// and must keep answering while the child runs.
pub async fn run(mut cmd: Command) -> std::process::Output {
    tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap()
}

pub fn write_config(app: &TestApp, extra: &str) -> std::path::PathBuf {
    let path = app.dir.path().join("sspr.toml");
    std::fs::write(
        &path,
        dc().config_toml(app.db_url(), &[dc().url()], extra)
            .replace("smtp://127.0.0.1:9", &app.smtp.url()),
    )
    .unwrap();
    path
}

#[tokio::test]
async fn doctor_exits_zero_against_the_fixture_dc_and_non_zero_without_rights() {
    let app = spawn_app().await;
    let cfg = write_config(&app, "probe_user = \"alice\"");
    let out = run({
        let mut c = sspr();
        c.args(["doctor", "--config"]).arg(&cfg);
        c
    })
    .await;
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("[PASS] service account rights on users"),
        "{text}"
    );

    let out = run({
        let mut c = sspr();
        c.args(["doctor", "--config"])
            .arg(&cfg)
            .env(
                "SSPR__DIRECTORY__BIND_DN",
                dc().get("SSPR_TEST_WEAK_SVC_DN"),
            )
            .env(
                "SSPR__DIRECTORY__BIND_PASSWORD",
                dc().get("SSPR_TEST_WEAK_SVC_PASSWORD"),
            );
        c
    })
    .await;
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("[FAIL] service account rights on users"),
        "{text}"
    );
    assert!(text.contains("Reset Password"), "{text}");
}

#[tokio::test]
async fn a_bad_config_names_the_key_and_exits_2() {
    let app = spawn_app().await;
    let cfg = write_config(&app, "");
    let out = run({
        let mut c = sspr();
        c.args(["doctor", "--config"])
            .arg(&cfg)
            .env("SSPR__SSPR__METHODS_REQUIRED", "5");
        c
    })
    .await;
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("sspr.methods_required"));
}

#[tokio::test]
async fn audit_verify_passes_then_fails_after_a_hand_edit_and_export_writes_every_row() {
    let app = spawn_app().await;
    let u = create_user("cli").await;
    let ctx = app.ctx();
    app.services
        .change_password(
            &ctx,
            &u.sam,
            &secret(&u.password),
            &secret("Quiet-Harbour-7431"),
        )
        .await;
    app.services
        .change_password(
            &app.ctx(),
            &u.sam,
            &secret("wrong"),
            &secret("Other-Harbour-7431"),
        )
        .await;
    let cfg = write_config(&app, "");

    let out = run({
        let mut c = sspr();
        c.args(["audit", "verify", "--config"]).arg(&cfg);
        c
    })
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let out = run({
        let mut c = sspr();
        c.args(["audit", "export", "--format", "csv", "--config"])
            .arg(&cfg);
        c
    })
    .await;
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.starts_with("id,occurred_at,activity,"));
    assert!(csv.contains("InvalidCurrentPassword"));

    let out = run({
        let mut c = sspr();
        c.args(["audit", "export", "--format", "jsonl", "--config"])
            .arg(&cfg);
        c
    })
    .await;
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["status_reason"], "Success");

    // Someone with the database file edits a row by hand.
    app.store
        .execute_raw(&format!(
            "{} UPDATE audit_events SET client_ip = '10.9.9.9' WHERE id = 1",
            app.drop_trigger("audit_events_no_update")
        ))
        .await
        .unwrap();
    let out = run({
        let mut c = sspr();
        c.args(["audit", "verify", "--config"]).arg(&cfg);
        c
    })
    .await;
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("row 1"), "{text}");
}

/// Runs `sspr audit verify` on `cfg` with extra environment: (exit code, stdout).
async fn audit_verify(cfg: &std::path::Path, env: &[(&str, &str)]) -> (Option<i32>, String) {
    let out = run({
        let mut c = sspr();
        c.args(["audit", "verify", "--config"]).arg(cfg);
        for (k, v) in env {
            c.env(k, v);
        }
        c
    })
    .await;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

async fn record_n(app: &TestApp, n: usize) {
    for i in 0..n {
        app.services
            .audit
            .record(
                &app.ctx(),
                plain_event(sspr::audit::Activity::FlowProgress, format!("event {i}")),
            )
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn audit_verify_fails_when_the_first_row_was_deleted_while_retention_is_off() {
    let app = spawn_app().await;
    record_n(&app, 3).await;
    let cfg = write_config(&app, "");
    let (code, text) = audit_verify(&cfg, &[]).await;
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("audit chain intact: 3 rows"), "{text}");

    // Someone with write access drops the trigger, deletes the first row and moves the anchor
    // after it, as retention would have.
    let first = app.store.audit_page(0, 1).await.unwrap().remove(0);
    app.store
        .execute_raw(&format!(
            "{} DELETE FROM audit_events WHERE id = {}; \
             UPDATE audit_chain_head SET anchor_hash = '{}', removed = 1 WHERE id = 1;",
            app.drop_trigger("audit_events_no_delete"),
            first.id,
            first.row_hash
        ))
        .await
        .unwrap();
    let (code, text) = audit_verify(&cfg, &[]).await;
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("admin.audit_retention_days = 0"), "{text}");
    assert!(text.contains("audit chain BROKEN"), "{text}");
}

#[tokio::test]
async fn audit_verify_accepts_retentions_own_removal_when_retention_is_on() {
    let retention = ("SSPR__ADMIN__AUDIT_RETENTION_DAYS", "30");
    let app = spawn_app_full(&[dc().url()], "", &[retention]).await;
    record_n(&app, 4).await;
    let rows = app.store.audit_page(0, 10).await.unwrap();
    assert_eq!(
        app.services
            .audit
            .retain(&rows[2].occurred_at)
            .await
            .unwrap(),
        2
    );
    let cfg = write_config(&app, "");
    let (code, text) = audit_verify(&cfg, &[retention]).await;
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("audit chain intact: 2 rows"), "{text}");
    // Run as if retention had never been on, the removed rows are reported.
    let (code, text) = audit_verify(&cfg, &[]).await;
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("retention is off"), "{text}");
}

#[tokio::test]
async fn audit_verify_needs_the_key_the_portal_writes_with() {
    let app = spawn_app().await;
    record_n(&app, 2).await;
    let cfg = write_config(&app, "");
    let other = "9f1c2e7a44b03d58e6a1f0c9b27d4e83a5c60f1b9d2e7a4c83b05f16e9d2a7c4";
    let (code, text) = audit_verify(&cfg, &[("SSPR__SECURITY__SECRET_KEY", other)]).await;
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("security.secret_key"), "{text}");
    assert!(!text.contains(other) && !text.contains(TEST_KEY), "{text}");
}

/// `audit verify` changes nothing, so a role that may only read runs it: on PostgreSQL a
/// role with SELECT on the audit tables and read-only transactions, on SQLite a read-only
/// open of the file.
#[tokio::test]
async fn audit_verify_runs_with_read_only_access() {
    let app = spawn_app().await;
    record_n(&app, 2).await;
    let cfg = write_config(&app, "");
    let read_only = match postgres_admin_url() {
        None => format!("{}?mode=ro", app.db_url()),
        Some(admin) => {
            use sqlx::Connection;
            let url = url::Url::parse(app.db_url()).unwrap();
            let db = url.path().trim_start_matches('/').to_string();
            let (role, password) = (
                format!("{db}_ro"),
                format!("Ro-{}", uuid::Uuid::new_v4().simple()),
            );
            let mut admin_url = url::Url::parse(&admin).unwrap();
            admin_url.set_path(&db);
            let mut c = sqlx::PgConnection::connect(admin_url.as_str())
                .await
                .unwrap();
            sqlx::raw_sql(&format!(
                "CREATE ROLE {role} LOGIN PASSWORD '{password}'; \
                 ALTER ROLE {role} SET default_transaction_read_only = on; \
                 GRANT CONNECT ON DATABASE {db} TO {role}; \
                 GRANT USAGE ON SCHEMA public TO {role}; \
                 GRANT SELECT ON audit_events, audit_chain_head TO {role};"
            ))
            .execute(&mut c)
            .await
            .unwrap();
            let _ = c.close().await;
            let mut ro = url.clone();
            ro.set_username(&role).unwrap();
            ro.set_password(Some(&password)).unwrap();
            ro.to_string()
        }
    };
    // Really read-only: a write through the same URL is refused.
    let store = sspr::store::Store::connect_existing(&sspr::config::DatabaseConfig {
        url: read_only.clone(),
        password: None,
    })
    .await
    .unwrap();
    assert!(store
        .execute_raw("INSERT INTO health_probe (checked) VALUES ('x')")
        .await
        .is_err());
    store.close().await;
    let (code, text) = audit_verify(&cfg, &[("SSPR__DATABASE__URL", &read_only)]).await;
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("audit chain intact: 2 rows"), "{text}");
}

#[tokio::test]
async fn audit_verify_refuses_a_database_that_does_not_exist() {
    let app = spawn_app().await;
    let cfg = write_config(&app, "");
    let out = run({
        let mut c = sspr();
        c.args(["audit", "verify", "--config"])
            .arg(&cfg)
            .env("SSPR__DATABASE__URL", "sqlite:///nonexistent/typo.db");
        c
    })
    .await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    assert!(!std::path::Path::new("/nonexistent/typo.db").exists());
}

/// A database that exists but is not sspr's (a wrong name in the URL): verify refuses it and
/// creates nothing there.
#[tokio::test]
async fn audit_verify_refuses_a_database_without_an_audit_log_and_changes_nothing() {
    let app = spawn_app().await;
    let cfg = write_config(&app, "");
    let other = tempfile::tempdir().unwrap();
    let empty = fresh_database(other.path()).await;
    if let Some(path) = empty.strip_prefix("sqlite://") {
        std::fs::write(path, b"").unwrap(); // exists, empty
    }
    let out = run({
        let mut c = sspr();
        c.args(["audit", "verify", "--config"])
            .arg(&cfg)
            .env("SSPR__DATABASE__URL", &empty);
        c
    })
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("holds no sspr audit log"), "{stderr}");
    // Still no audit log there: nothing was migrated into it.
    let config = sspr::config::DatabaseConfig {
        url: empty,
        password: None,
    };
    assert!(sspr::store::Store::connect_existing(&config).await.is_err());
}

#[tokio::test]
async fn serve_answers_healthz() {
    let app = spawn_app().await;
    let application = sspr::Application::build(app.config.clone()).await.unwrap();
    let addr = application.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(application.run_until(async {
        let _ = rx.await;
    }));
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).await.unwrap();
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    assert!(resp.ends_with("ok"), "{resp}");
    let _ = tx.send(());
    server.await.unwrap().unwrap();
}
