//! The audit chain: verify passes on an intact log and names the row an attacker touched.

use sspr::audit::{Activity, Actor, AuditEvent, RequestContext, Target};
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

#[tokio::test]
async fn retention_removes_old_rows_and_the_chain_still_verifies() {
    let app = spawn_app().await;
    record_some(&app, 6).await;
    let rows = app.store.audit_page(0, 100).await.unwrap();
    // Everything older than the 4th row goes.
    let removed = app.store.audit_retain(&rows[3].occurred_at).await.unwrap();
    assert_eq!(removed, 3);
    let r = app.services.audit.verify().await.unwrap();
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!(r.rows, 3);
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
    let app = spawn_app().await;
    record_some(&app, 7).await;
    let rows = app.store.audit_page(0, 100).await.unwrap();
    // Rows 1..=5 are old; batches of 2 take three transactions.
    let removed = app
        .store
        .audit_retain_in_batches(&rows[5].occurred_at, 2)
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
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
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
