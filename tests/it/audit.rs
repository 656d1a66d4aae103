//! The audit chain: verify passes on an intact log and names the row an attacker touched,
//! including an attacker who can write the database and recompute hashes but has no key.

use sspr::audit::chain::{legacy_row_hash, ChainKey};
use sspr::audit::{Activity, Actor, Audit, AuditEvent, AuditRecord, RequestContext, Target};
use sspr::status::{PolicyRule, StatusReason};

use crate::harness::*;

async fn record_some(app: &TestApp, n: usize) {
    for i in 0..n {
        let ctx = RequestContext::new(Actor::SelfService, Some("198.51.100.7".into()), None);
        app.services
            .audit
            .record(
                &ctx,
                AuditEvent {
                    activity: Activity::ChangeSelfService,
                    reason: if i % 2 == 0 {
                        StatusReason::Success
                    } else {
                        StatusReason::OnPremisesPolicyViolation(PolicyRule::InHistory)
                    },
                    detail: format!("event {i}, with \"quotes\", commas"),
                    target: Target {
                        guid: Some(format!("guid-{i}")),
                        name: Some(format!("user{i}")),
                    },
                },
            )
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn an_intact_chain_verifies() {
    let app = spawn_app().await;
    record_some(&app, 5).await;
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!(r.rows, 5);
}

#[tokio::test]
async fn the_database_refuses_updates_and_deletes_of_audit_rows() {
    let app = spawn_app().await;
    record_some(&app, 2).await;
    assert!(app
        .store
        .execute_raw("UPDATE audit_events SET detail = 'x'")
        .await
        .is_err());
    assert!(app
        .store
        .execute_raw("DELETE FROM audit_events")
        .await
        .is_err());
    // PostgreSQL's TRUNCATE skips row triggers: it has its own.
    if sspr::store::Backend::of_url(app.db_url()) == Some(sspr::store::Backend::Postgres) {
        assert!(app
            .store
            .execute_raw("TRUNCATE audit_events")
            .await
            .is_err());
        // A temporary table named like the chain head (searched first) does not open the
        // retention guard: the trigger looks in the audit table's own schema.
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(app.db_url()).await.unwrap();
        let shadow = sqlx::raw_sql(
            "CREATE TEMP TABLE audit_chain_head (id BIGINT, retention_open BIGINT); \
             INSERT INTO audit_chain_head VALUES (1, 1); DELETE FROM audit_events;",
        )
        .execute(&mut c)
        .await;
        assert!(shadow.is_err());
    }
    assert_eq!(app.store.audit_page(0, 100).await.unwrap().len(), 2);
}

#[tokio::test]
async fn an_edited_row_is_detected() {
    let app = spawn_app().await;
    record_some(&app, 4).await;
    app.store
        .execute_raw(
            &format!(
            "{} UPDATE audit_events SET status = 'success', status_reason = 'Success', policy_rule = NULL WHERE id = 2",
            app.drop_trigger("audit_events_no_update")
        ))
        .await
        .unwrap();
    let r = app.services.audit.verify().await.unwrap();
    assert!(!r.ok());
    assert!(
        r.problems
            .iter()
            .any(|p| p.starts_with("row 2:") && p.contains("edited")),
        "{:?}",
        r.problems
    );
}

#[tokio::test]
async fn a_deleted_row_is_detected_in_the_middle_and_at_the_end() {
    let app = spawn_app().await;
    record_some(&app, 4).await;
    app.store
        .execute_raw(&format!(
            "{} DELETE FROM audit_events WHERE id = 2",
            app.drop_trigger("audit_events_no_delete")
        ))
        .await
        .unwrap();
    let r = app.services.audit.verify().await.unwrap();
    assert!(
        r.problems.iter().any(|p| p.starts_with("row 3:")),
        "{:?}",
        r.problems
    );

    let app = spawn_app().await;
    record_some(&app, 4).await;
    app.store
        .execute_raw(&format!(
            "{} DELETE FROM audit_events WHERE id = 4",
            app.drop_trigger("audit_events_no_delete")
        ))
        .await
        .unwrap();
    let r = app.services.audit.verify().await.unwrap();
    assert!(
        r.problems.iter().any(|p| p.contains("chain head")),
        "{:?}",
        r.problems
    );
}

#[tokio::test]
async fn concurrent_appends_keep_the_chain_intact() {
    let app = spawn_app().await;
    let mut tasks = Vec::new();
    for i in 0..40 {
        let audit = app.services.audit.clone();
        tasks.push(tokio::spawn(async move {
            let ctx = RequestContext::new(Actor::Admin("helen".into()), None, None);
            audit
                .record(&ctx, plain_event(Activity::UnlockByAdmin, format!("{i}")))
                .await
                .unwrap();
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!(r.rows, 40);
}

#[tokio::test]
async fn two_stores_on_one_database_keep_the_chain_intact() {
    let app = spawn_app().await;
    let audits = [app.services.audit.clone(), second_audit(&app).await];
    let mut tasks = Vec::new();
    for i in 0..40 {
        let audit = audits[i % 2].clone();
        tasks.push(tokio::spawn(async move {
            let ctx = RequestContext::new(Actor::SelfService, None, None);
            audit
                .record(&ctx, plain_event(Activity::FlowProgress, format!("{i}")))
                .await
                .unwrap();
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!(r.rows, 40);
}

/// An app whose operator turned retention on, as retention runs only then.
async fn app_with_retention() -> TestApp {
    spawn_app_full(
        &[dc().url()],
        "",
        &[("SSPR__ADMIN__AUDIT_RETENTION_DAYS", "30")],
    )
    .await
}

#[tokio::test]
async fn retention_removes_old_rows_and_the_chain_still_verifies() {
    let app = app_with_retention().await;
    record_some(&app, 6).await;
    let rows = app.store.audit_page(0, 100).await.unwrap();
    // Everything older than the 4th row goes.
    let removed = app
        .services
        .audit
        .retain(&rows[3].occurred_at)
        .await
        .unwrap();
    assert_eq!(removed, 3);
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!(r.rows, 3);
    // The same removal, verified by someone who believes retention is off, is reported.
    let strict = Audit::new(app.store.clone(), key_of(&app), false);
    let r = strict.verify().await.unwrap();
    assert!(
        r.problems.iter().any(|p| p.contains("retention is off")),
        "{:?}",
        r.problems
    );
    // Appending goes on from the same chain.
    record_some(&app, 1).await;
    assert!(app.services.audit.verify().await.unwrap().ok());
    // Outside retention the table is still append-only, and tampering still shows.
    assert!(app
        .store
        .execute_raw("DELETE FROM audit_events")
        .await
        .is_err());
    app.store
        .execute_raw(&format!(
            "{} UPDATE audit_events SET actor = 'x' WHERE id = 5",
            app.drop_trigger("audit_events_no_update")
        ))
        .await
        .unwrap();
    let r = app.services.audit.verify().await.unwrap();
    assert!(
        r.problems.iter().any(|p| p.starts_with("row 5:")),
        "{:?}",
        r.problems
    );
}

#[tokio::test]
async fn retention_in_small_batches_leaves_the_same_verifiable_chain() {
    let app = app_with_retention().await;
    record_some(&app, 7).await;
    let rows = app.store.audit_page(0, 100).await.unwrap();
    // Rows 1..=5 are old; batches of 2 take three transactions.
    let removed = app
        .services
        .audit
        .retain_in_batches(&rows[5].occurred_at, 2)
        .await
        .unwrap();
    assert_eq!(removed, 5);
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!(r.rows, 2);
    let head = app.store.audit_head().await.unwrap();
    assert_eq!(
        (head.removed, head.anchor_hash),
        (5, rows[4].row_hash.clone())
    );
}

/// An append waits for whoever holds the chain head, in this process or another: here a
/// separate connection (as another instance would be) holds it in an open transaction.
#[tokio::test]
async fn an_append_waits_while_another_connection_holds_the_chain_lock() {
    use sqlx::Connection;
    let app = spawn_app().await;
    record_some(&app, 1).await;
    let url = app.db_url().to_string();
    let postgres = sspr::store::Backend::of_url(&url) == Some(sspr::store::Backend::Postgres);
    // The other holder: SQLite's write lock, or PostgreSQL's row lock on the head.
    let mut sqlite_conn = None;
    let mut pg_conn = None;
    if postgres {
        let mut c = sqlx::PgConnection::connect(&url).await.unwrap();
        sqlx::raw_sql("BEGIN; SELECT * FROM audit_chain_head WHERE id = 1 FOR UPDATE;")
            .execute(&mut c)
            .await
            .unwrap();
        pg_conn = Some(c);
    } else {
        let mut c = sqlx::SqliteConnection::connect(&url).await.unwrap();
        sqlx::raw_sql("BEGIN IMMEDIATE; SELECT * FROM audit_chain_head;")
            .execute(&mut c)
            .await
            .unwrap();
        sqlite_conn = Some(c);
    }
    let audit = app.services.audit.clone();
    let append = tokio::spawn(async move {
        let ctx = RequestContext::new(Actor::SelfService, None, None);
        audit
            .record(&ctx, plain_event(Activity::FlowProgress, "waits"))
            .await
    });
    if postgres {
        // The barrier: PostgreSQL shows the app's append waiting on the lock.
        let role = url::Url::parse(&url).unwrap().username().to_string();
        let mut watch = sqlx::PgConnection::connect(&postgres_admin_url().unwrap())
            .await
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let waiting: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE usename = $1 AND wait_event_type = 'Lock'",
            )
            .bind(&role)
            .fetch_one(&mut watch)
            .await
            .unwrap();
            if waiting >= 1 {
                break;
            }
            assert!(
                !append.is_finished(),
                "the append did not wait for the lock"
            );
            assert!(
                std::time::Instant::now() < deadline,
                "no append waits on the lock"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    } else {
        // SQLite shows no waiter from outside: give the append a moment, well inside the
        // 5-second busy timeout it waits with.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    assert!(
        !append.is_finished(),
        "the append did not wait for the lock"
    );
    if let Some(mut c) = pg_conn {
        sqlx::raw_sql("COMMIT").execute(&mut c).await.unwrap();
    }
    if let Some(mut c) = sqlite_conn {
        sqlx::raw_sql("COMMIT").execute(&mut c).await.unwrap();
    }
    append.await.unwrap().unwrap();
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!(r.rows, 2);
}

/// The chain key the app writes with.
fn key_of(app: &TestApp) -> ChainKey {
    use secrecy::ExposeSecret;
    ChainKey::derive(app.config.security.secret_key.expose_secret())
}

/// SQL text for an optional value.
fn sql_text(v: &Option<String>) -> String {
    match v {
        Some(s) => format!("'{}'", s.replace('\'', "''")),
        None => "NULL".into(),
    }
}

/// What an attacker with write access but without the key does: changes rows from `from_id`
/// on (`edit`), recomputes every hash from there with plain SHA-256 (the only hash they can
/// compute), optionally relabels those rows as legacy, and points the head at the new last
/// hash, leaving the seal alone unless `clear_seal`.
async fn rewrite_without_the_key(
    app: &TestApp,
    from_id: i64,
    relabel: bool,
    clear_seal: bool,
    edit: impl Fn(&mut AuditRecord),
) {
    let rows = app.store.audit_page(0, 10_000).await.unwrap();
    let mut sql = app.drop_trigger("audit_events_no_update");
    let mut prev = String::new();
    for mut row in rows {
        if row.id >= from_id {
            edit(&mut row);
            row.prev_hash = prev.clone();
            if relabel {
                row.chain_version = "v1".into();
            }
            row.row_hash = legacy_row_hash(&row);
            sql.push_str(&format!(
                " UPDATE audit_events SET detail = {}, actor = {}, prev_hash = '{}', \
                 row_hash = '{}', chain_version = '{}' WHERE id = {};",
                sql_text(&Some(row.detail.clone())),
                sql_text(&Some(row.actor.clone())),
                row.prev_hash,
                row.row_hash,
                row.chain_version,
                row.id
            ));
        }
        prev = row.row_hash;
    }
    sql.push_str(&format!(
        " UPDATE audit_chain_head SET last_hash = '{prev}'{} WHERE id = 1;",
        if clear_seal { ", seal = ''" } else { "" }
    ));
    app.store.execute_raw(&sql).await.unwrap();
}

#[tokio::test]
async fn a_chain_rewritten_consistently_with_plain_sha256_fails_verification() {
    let edit = |r: &mut AuditRecord| {
        if r.id == 2 {
            r.detail = "nothing happened".into();
        }
    };
    // Rows kept as keyed rows: their hashes are not the keyed ones.
    let app = spawn_app().await;
    record_some(&app, 4).await;
    rewrite_without_the_key(&app, 2, false, false, edit).await;
    let r = app.services.audit.verify().await.unwrap();
    assert!(
        r.problems
            .iter()
            .any(|p| p.starts_with("row 2:") && p.contains("keyed hash")),
        "{:?}",
        r.problems
    );
    assert!(
        r.problems.iter().any(|p| p.contains("seal does not match")),
        "{:?}",
        r.problems
    );

    // Relabelled as legacy rows: legacy rows after a keyed one are written without the key.
    let app = spawn_app().await;
    record_some(&app, 4).await;
    rewrite_without_the_key(&app, 2, true, true, edit).await;
    let r = app.services.audit.verify().await.unwrap();
    assert!(
        r.problems
            .iter()
            .any(|p| p.starts_with("row 2:") && p.contains("unkeyed (v1) row after keyed rows")),
        "{:?}",
        r.problems
    );
    assert!(
        r.problems.iter().any(|p| p.contains("not sealed")),
        "{:?}",
        r.problems
    );

    // Every row relabelled, the seal left: the head's seal gives it away.
    let app = spawn_app().await;
    record_some(&app, 4).await;
    rewrite_without_the_key(&app, 1, true, false, edit).await;
    let r = app.services.audit.verify().await.unwrap();
    assert!(
        r.problems.iter().any(|p| p.contains("seal does not match")),
        "{:?}",
        r.problems
    );

    // What the key cannot prove: every row relabelled and the seal cleared looks like a
    // database from before the keyed chain. Verify says that nothing is keyed and counts the
    // legacy rows, so the operator can compare them with the count at the upgrade.
    let app = spawn_app().await;
    record_some(&app, 4).await;
    rewrite_without_the_key(&app, 1, true, true, edit).await;
    let r = app.services.audit.verify().await.unwrap();
    assert_eq!((r.keyed, r.legacy_rows), (false, 4), "{r:?}");
    // The next keyed append cannot hide it: it covers four legacy rows.
    record_some(&app, 1).await;
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!((r.keyed, r.legacy_rows, r.rows), (true, 4, 5));
}

#[tokio::test]
async fn a_chain_written_under_another_secret_key_fails_verification() {
    let app = spawn_app().await;
    record_some(&app, 3).await;
    assert!(app.services.audit.verify().await.unwrap().ok());
    let other = Audit::new(app.store.clone(), ChainKey::derive(&[0x5a; 32]), false);
    let r = other.verify().await.unwrap();
    assert!(
        r.problems
            .iter()
            .any(|p| p.contains("no keyed row matches under this key")),
        "{:?}",
        r.problems
    );
    assert!(
        r.problems.iter().any(|p| p.contains("seal does not match")),
        "{:?}",
        r.problems
    );
}

#[tokio::test]
async fn deleting_the_first_row_and_moving_the_anchor_fails_while_retention_is_off() {
    let app = spawn_app().await;
    assert_eq!(app.config.admin.audit_retention_days, 0);
    record_some(&app, 3).await;
    let first = app.store.audit_page(0, 1).await.unwrap().remove(0);
    // As retention would leave it: the anchor at the deleted row, one row counted removed.
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
    let r = app.services.audit.verify().await.unwrap();
    assert_eq!(r.rows, 2);
    assert!(
        r.problems.iter().any(|p| p.contains("retention is off")
            && p.contains("admin.audit_retention_days = 0")),
        "{:?}",
        r.problems
    );
    assert!(
        r.problems.iter().any(|p| p.contains("seal does not match")),
        "{:?}",
        r.problems
    );
}

/// Rows written before the keyed chain (as the previous version wrote them: plain SHA-256,
/// no version named, so the column's default marks them v1) verify and are counted; the
/// first keyed row covers them, and a legacy row after it is refused.
#[tokio::test]
async fn legacy_rows_verify_before_the_keyed_chain_and_never_after_it() {
    let app = spawn_app().await;
    let mut prev = String::new();
    let mut sql = String::new();
    for i in 0..3 {
        let mut row = AuditRecord {
            id: 0,
            occurred_at: format!("2024-01-0{}T00:00:00.000000Z", i + 1),
            activity: Activity::FlowProgress.as_str().into(),
            status: "success".into(),
            status_reason: "Success".into(),
            policy_rule: None,
            detail: format!("before the upgrade {i}"),
            target_guid: None,
            target_name: Some(format!("old{i}")),
            actor: "self".into(),
            client_ip: None,
            user_agent: None,
            flow_id: None,
            prev_hash: prev.clone(),
            row_hash: String::new(),
            chain_version: "v1".into(),
        };
        row.row_hash = legacy_row_hash(&row);
        sql.push_str(&format!(
            "INSERT INTO audit_events (occurred_at, activity, status, status_reason, detail, \
             target_name, actor, prev_hash, row_hash) VALUES ('{}', '{}', 'success', 'Success', \
             '{}', '{}', 'self', '{}', '{}');",
            row.occurred_at,
            row.activity,
            row.detail,
            row.target_name.as_deref().unwrap(),
            row.prev_hash,
            row.row_hash
        ));
        prev = row.row_hash;
    }
    app.store.execute_raw(&sql).await.unwrap();
    let last = app.store.audit_page(0, 10).await.unwrap().pop().unwrap();
    assert_eq!(last.chain_version, "v1");
    app.store
        .execute_raw(&format!(
            "UPDATE audit_chain_head SET last_id = {}, last_hash = '{prev}', row_count = 3 \
             WHERE id = 1",
            last.id
        ))
        .await
        .unwrap();
    // Before the first keyed row: intact, but nothing keyed yet.
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!((r.rows, r.legacy_rows, r.keyed), (3, 3, false));

    record_some(&app, 2).await;
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!((r.rows, r.legacy_rows, r.keyed), (5, 3, true));
    let rows = app.store.audit_page(0, 10).await.unwrap();
    assert_eq!(rows[3].chain_version, "v2");

    // A legacy row edited and its plain hash recomputed: the first keyed row no longer links.
    let mut edited = rows[2].clone();
    edited.detail = "rewritten".into();
    let new_hash = legacy_row_hash(&edited);
    app.store
        .execute_raw(&format!(
            "{} UPDATE audit_events SET detail = 'rewritten', row_hash = '{new_hash}' \
             WHERE id = {};",
            app.drop_trigger("audit_events_no_update"),
            edited.id
        ))
        .await
        .unwrap();
    let r = app.services.audit.verify().await.unwrap();
    assert!(
        r.problems
            .iter()
            .any(|p| p.starts_with(&format!("row {}:", rows[3].id)) && p.contains("link")),
        "{:?}",
        r.problems
    );
}

#[tokio::test]
async fn a_legacy_row_appended_after_keyed_rows_is_tampering() {
    let app = spawn_app().await;
    record_some(&app, 2).await;
    let head = app.store.audit_head().await.unwrap();
    let mut row = app.store.audit_page(0, 10).await.unwrap().pop().unwrap();
    row.prev_hash = head.last_hash.clone();
    row.detail = "slipped in".into();
    row.chain_version = "v1".into();
    row.row_hash = legacy_row_hash(&row);
    // Inserted as the previous version would have, without naming a chain version.
    app.store
        .execute_raw(&format!(
            "INSERT INTO audit_events (occurred_at, activity, status, status_reason, detail, \
             actor, prev_hash, row_hash) VALUES ('{}', '{}', 'success', 'Success', \
             'slipped in', 'self', '{}', '{}'); \
             UPDATE audit_chain_head SET last_id = (SELECT max(id) FROM audit_events), \
             last_hash = '{}', row_count = row_count + 1 WHERE id = 1;",
            row.occurred_at, row.activity, row.prev_hash, row.row_hash, row.row_hash
        ))
        .await
        .unwrap();
    let r = app.services.audit.verify().await.unwrap();
    assert!(
        r.problems
            .iter()
            .any(|p| p.contains("unkeyed (v1) row after keyed rows")),
        "{:?}",
        r.problems
    );
}

/// A database the previous version wrote (migrations up to 0006, rows hashed with plain
/// SHA-256, no chain version named), opened by this one: 0007 marks its rows legacy, they
/// verify, and the chain goes on keyed from them.
#[tokio::test]
async fn an_upgraded_database_keeps_its_rows_as_legacy_and_chains_on_keyed() {
    use sspr::store::Backend;
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(dir.path()).await;
    let backend = Backend::of_url(&url).unwrap();
    // The previous version's migrations, as it applied them.
    let old = tempfile::tempdir().unwrap();
    let folder = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(folder);
    for entry in std::fs::read_dir(&src).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.as_str() < "0007" {
            std::fs::copy(src.join(&name), old.path().join(&name)).unwrap();
        }
    }
    let migrator = sqlx::migrate::Migrator::new(old.path()).await.unwrap();
    // Three rows as the previous version wrote them.
    let mut sql = String::new();
    let mut prev = String::new();
    let mut last_id = 0;
    for i in 0..3 {
        let mut row = AuditRecord {
            id: 0,
            occurred_at: format!("2025-06-0{}T12:00:00.000000Z", i + 1),
            activity: Activity::UnlockSelfService.as_str().into(),
            status: "success".into(),
            status_reason: "Success".into(),
            policy_rule: None,
            detail: format!("unlocked {i}"),
            target_guid: Some(format!("guid-{i}")),
            target_name: Some(format!("olduser{i}")),
            actor: "self".into(),
            client_ip: Some("192.0.2.1".into()),
            user_agent: None,
            flow_id: Some(format!("flow-{i}")),
            prev_hash: prev.clone(),
            row_hash: String::new(),
            chain_version: "v1".into(),
        };
        row.row_hash = legacy_row_hash(&row);
        sql.push_str(&format!(
            "INSERT INTO audit_events (occurred_at, activity, status, status_reason, detail, \
             target_guid, target_name, actor, client_ip, flow_id, prev_hash, row_hash) VALUES \
             ('{}', '{}', 'success', 'Success', '{}', '{}', '{}', 'self', '192.0.2.1', '{}', \
             '{}', '{}');",
            row.occurred_at,
            row.activity,
            row.detail,
            row.target_guid.as_deref().unwrap(),
            row.target_name.as_deref().unwrap(),
            row.flow_id.as_deref().unwrap(),
            row.prev_hash,
            row.row_hash
        ));
        prev = row.row_hash;
        last_id += 1;
    }
    sql.push_str(&format!(
        "UPDATE audit_chain_head SET last_id = {last_id}, last_hash = '{prev}', row_count = 3 \
         WHERE id = 1;"
    ));
    match backend {
        Backend::Sqlite => {
            let pool = sqlx::SqlitePool::connect(&format!("{url}?mode=rwc"))
                .await
                .unwrap();
            migrator.run(&pool).await.unwrap();
            sqlx::raw_sql(&sql).execute(&pool).await.unwrap();
            pool.close().await;
        }
        Backend::Postgres => {
            let pool = sqlx::PgPool::connect(&url).await.unwrap();
            migrator.run(&pool).await.unwrap();
            sqlx::raw_sql(&sql).execute(&pool).await.unwrap();
            pool.close().await;
        }
    }

    // This version opens it (and applies 0007).
    let app = spawn_app_on(dir, starttls_sink().await, &url, &[dc().url()], "", &[]).await;
    let rows = app.store.audit_page(0, 10).await.unwrap();
    assert!(rows.iter().all(|r| r.chain_version == "v1"), "{rows:?}");
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!((r.rows, r.legacy_rows, r.keyed), (3, 3, false));
    record_some(&app, 2).await;
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!((r.rows, r.legacy_rows, r.keyed), (5, 3, true));
}

/// A database migrated by the earlier hand-written migration list (each file recorded under its
/// version, its name with underscores and the checksum of its text) opens with the list that
/// `sqlx::migrate!` builds: the applied versions are accepted as they are, none is run again,
/// and any file added since is applied on top.
#[tokio::test]
async fn a_database_migrated_by_the_hand_written_list_opens_with_the_embedded_one() {
    use std::borrow::Cow;

    use sqlx::migrate::{Migration, MigrationType, Migrator};
    use sspr::config::DatabaseConfig;
    use sspr::store::{Backend, Db, Store};

    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(dir.path()).await;
    let backend = Backend::of_url(&url).unwrap();
    let folder = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(folder);
    let mut files: Vec<String> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    // The hand-written list ended at 0008_guards; it built each entry like this.
    let old: Vec<Migration> = files
        .iter()
        .filter(|f| f.as_str() < "0009")
        .map(|file| {
            let (version, name) = file.trim_end_matches(".sql").split_once('_').unwrap();
            Migration::new(
                version.parse().unwrap(),
                Cow::Owned(name.to_string()),
                MigrationType::Simple,
                Cow::Owned(std::fs::read_to_string(src.join(file)).unwrap()),
                false,
            )
        })
        .collect();
    assert_eq!(old.len(), 8);
    let old = Migrator {
        migrations: Cow::Owned(old),
        ..Migrator::DEFAULT
    };
    let applied = "SELECT version, description, checksum FROM _sqlx_migrations \
                   WHERE success ORDER BY version";
    type Applied = Vec<(i64, String, Vec<u8>)>;
    let before: Applied = match backend {
        Backend::Sqlite => {
            let pool = sqlx::SqlitePool::connect(&format!("{url}?mode=rwc"))
                .await
                .unwrap();
            old.run(&pool).await.unwrap();
            let rows = sqlx::query_as(applied).fetch_all(&pool).await.unwrap();
            pool.close().await;
            rows
        }
        Backend::Postgres => {
            let pool = sqlx::PgPool::connect(&url).await.unwrap();
            old.run(&pool).await.unwrap();
            let rows = sqlx::query_as(applied).fetch_all(&pool).await.unwrap();
            pool.close().await;
            rows
        }
    };
    assert!(
        before.iter().any(|(_, d, _)| d == "admin_factor"),
        "{before:?}"
    );

    let config = DatabaseConfig {
        url: url.clone(),
        password: None,
    };
    let store = Store::connect(&config).await.unwrap();
    let after: Applied = match store.db() {
        Db::Sqlite(pool) => sqlx::query_as(applied).fetch_all(pool).await,
        Db::Postgres(pool) => sqlx::query_as(applied).fetch_all(pool).await,
    }
    .unwrap();
    // What the old list applied is kept as it was recorded, and every file is applied now.
    assert_eq!(after[..before.len()], before[..]);
    assert_eq!(after.len(), files.len(), "{after:?}");
    // And it works: the audit log of the opened database verifies.
    drop(store);
    let app = spawn_app_on(dir, starttls_sink().await, &url, &[dc().url()], "", &[]).await;
    record_some(&app, 1).await;
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
}
