//! Benchmarks, not tests: ignored by default, run with `scripts/test -- --ignored bench_`.
//! They print medians; nothing is asserted about time.

use std::time::{Duration, Instant};

use sspr::audit::RequestContext;
use sspr::writeback::ResetOptions;

use crate::harness::*;

fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let med = samples[samples.len() / 2];
    let p90 = samples[samples.len() * 9 / 10];
    println!(
        "bench {name}: n={} median={:.2} ms p90={:.2} ms min={:.2} ms",
        samples.len(),
        med.as_secs_f64() * 1e3,
        p90.as_secs_f64() * 1e3,
        samples[0].as_secs_f64() * 1e3
    );
}

#[tokio::test]
#[ignore = "benchmark; run with --ignored"]
async fn bench_writeback_operations() {
    let app = spawn_app().await;
    let u = create_user("bench").await;
    let user = find(&app, &u.sam).await;
    let dir = app.directory();

    let mut t = Vec::new();
    for _ in 0..100 {
        let s = Instant::now();
        dir.find_user(&u.sam).await.unwrap();
        t.push(s.elapsed());
    }
    report("find_user", t);

    let mut t = Vec::new();
    for i in 0..40 {
        let s = Instant::now();
        dir.reset_password(
            &user,
            &secret(&format!("Quiet-Pass-{i}x")),
            ResetOptions::default(),
        )
        .await
        .unwrap();
        t.push(s.elapsed());
    }
    report("engine reset (one LDAP modify)", t);

    // The same reset through the flow: lookup of policy, pre-check, write, audit row.
    let mut t = Vec::new();
    for i in 0..40 {
        let ctx = app.ctx();
        let s = Instant::now();
        let out = app
            .services
            .reset_password(
                &ctx,
                sspr::audit::Activity::ResetSelfService,
                &user,
                &secret(&format!("Quiet-Flow-{i}x")),
                ResetOptions::default(),
            )
            .await;
        t.push(s.elapsed());
        assert!(out.ok(), "{out:?}");
    }
    report("flow reset (pre-check + write + audit)", t);

    let mut t = Vec::new();
    for _ in 0..40 {
        let s = Instant::now();
        dir.verify_password(&user, &secret("Wrong-Pass-1x"))
            .await
            .unwrap();
        t.push(s.elapsed());
    }
    report("verify_password (fresh TLS connection + bind)", t);

    let ctx = app.ctx();
    let mut t = Vec::new();
    for _ in 0..200 {
        let s = Instant::now();
        app.services
            .audit
            .record(
                &ctx,
                plain_event(sspr::audit::Activity::FlowProgress, "bench"),
            )
            .await
            .unwrap();
        t.push(s.elapsed());
    }
    report("audit append", t);

    // Two instances' stores appending at once, 8 tasks each: rows per second into one chain.
    let audits = [app.services.audit.clone(), second_audit(&app).await];
    let s = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..16 {
        let audit = audits[i % 2].clone();
        tasks.push(tokio::spawn(async move {
            let ctx = RequestContext::new(sspr::audit::Actor::SelfService, None, None);
            for _ in 0..25 {
                audit
                    .record(
                        &ctx,
                        plain_event(sspr::audit::Activity::FlowProgress, "bench"),
                    )
                    .await
                    .unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let took = s.elapsed();
    println!(
        "bench audit append, 2 stores x 8 tasks: 400 rows in {:.0} ms = {:.0} rows/s",
        took.as_secs_f64() * 1e3,
        400.0 / took.as_secs_f64()
    );
    assert!(app.services.audit.verify().await.unwrap().ok());
}
