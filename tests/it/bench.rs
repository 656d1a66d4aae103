//! Benchmarks, not tests: ignored by default. `scripts/bench` runs them on a release build in a
//! network namespace of its own, against a freshly provisioned DC, and turns the `BENCH
//! key=value ...` lines they print into its table. Alone:
//! `scripts/test -- --ignored bench_ --nocapture --test-threads=1` (one at a time: they share
//! the DC, and the point is to measure it).
//!
//! Nothing is asserted about time. What they compare:
//! - the same password write done raw (a small LDAP driver straight to the DC) and through
//!   sspr's flows, one at a time and in batches of simultaneous writes;
//! - bursts of simultaneous changes and resets through a real `sspr serve` process over HTTP,
//!   with what each person was told and what the audit says;
//! - page throughput while such a burst keeps the DC busy, against the same load when idle.
//!
//! `scripts/bench` passes its own `sspr serve` in `SSPR_BENCH_URL` (with its configuration in
//! `SSPR_BENCH_CONFIG`); without them the HTTP benchmarks start one like `ops.rs` does.

use std::collections::{BTreeMap, HashSet};
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, LdapResult, Mod};
use reqwest::StatusCode;
use sspr::audit::{Actor, RequestContext};
use sspr::flows::recovery::{CodeCheck, Purpose};
use sspr::status::StatusReason;
use sspr::verify::{totp, MethodKind};
use sspr::writeback::{encode_password, ResetOptions};
use tokio::sync::{Barrier, Semaphore};

use crate::harness::*;
use crate::portal::{new_client, now};

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

// --- sizes ---------------------------------------------------------------------------------

/// Writes done one after another at concurrency 1 (`SSPR_BENCH_SEQUENTIAL`, default 20).
fn sequential_n() -> usize {
    env_usize("SSPR_BENCH_SEQUENTIAL", 20)
}

/// The concurrency levels compared (`SSPR_BENCH_CONCURRENCY`, default `1,32,100`). At level 1
/// the writes run one after another; above it, that many start at once.
fn levels() -> Vec<usize> {
    std::env::var("SSPR_BENCH_CONCURRENCY")
        .ok()
        .map(|v| {
            v.split(',')
                .filter_map(|s| s.trim().parse().ok())
                .filter(|&c| c > 0)
                .collect()
        })
        .filter(|v: &Vec<usize>| !v.is_empty())
        .unwrap_or_else(|| vec![1, 32, 100])
}

/// Simultaneous requests in an HTTP burst (`SSPR_BENCH_BURST`, default 100).
fn burst_n() -> usize {
    env_usize("SSPR_BENCH_BURST", 100)
}

fn env_usize(key: &str, default: usize) -> usize {
    std::env::var(key)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(default)
}

/// Operations in a batch at concurrency `c`.
fn batch_size(c: usize) -> usize {
    if c == 1 {
        sequential_n()
    } else {
        c
    }
}

/// A new password that passes the fixture domain's policy (length, complexity) and the
/// suite's banned terms, different for every write.
fn fresh_password(i: usize) -> String {
    format!("Harbour-Quiet-{i}7x")
}

// --- measuring -----------------------------------------------------------------------------

/// One finished operation: how long it took, and what came of it (`Success`, a status
/// reason, or what the DC or the page answered).
struct Op {
    took: Duration,
    outcome: String,
}

/// A status reason as one token: `OnPremisesPolicyViolation/InHistory`.
fn reason_token(r: &StatusReason) -> String {
    r.to_string().replace(" (", "/").replace(')', "")
}

/// `Success:98,OnPremisesConnectivityError:2`, most frequent first.
fn tally<'a>(outcomes: impl IntoIterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for o in outcomes {
        *counts.entry(o).or_default() += 1;
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if v.is_empty() {
        return "none".into();
    }
    v.iter()
        .map(|(k, n)| format!("{k}:{n}"))
        .collect::<Vec<_>>()
        .join(",")
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1e3)
}

/// `n` in `wall`, per second.
fn per_second(n: usize, wall: Duration) -> String {
    format!("{:.1}", n as f64 / wall.as_secs_f64().max(1e-9))
}

/// The `q` quantile of the operations' durations.
fn quantile(ops: &[Op], q: f64) -> Duration {
    let mut t: Vec<Duration> = ops.iter().map(|o| o.took).collect();
    t.sort();
    if t.is_empty() {
        return Duration::ZERO;
    }
    let at = ((t.len() as f64 * q).ceil() as usize).clamp(1, t.len()) - 1;
    t[at]
}

/// Prints one machine-readable line: `BENCH k=v k=v ...` (values hold no spaces).
fn bench_line(fields: &[(&str, String)]) {
    let text = fields
        .iter()
        .map(|(k, v)| format!("{k}={}", v.replace(' ', "_")))
        .collect::<Vec<_>>()
        .join(" ");
    println!("BENCH {text}");
}

/// The line of one batch of writes.
fn batch_line(kind: &str, op: &str, path: &str, c: usize, wall: Duration, ops: &[Op]) {
    let ok = ops.iter().filter(|o| o.outcome == "Success").count();
    bench_line(&[
        ("kind", kind.into()),
        ("op", op.into()),
        ("path", path.into()),
        ("c", c.to_string()),
        ("n", ops.len().to_string()),
        ("ok", ok.to_string()),
        ("wall_ms", ms(wall)),
        ("ok_per_s", per_second(ok, wall)),
        ("p50_ms", ms(quantile(ops, 0.5))),
        ("p99_ms", ms(quantile(ops, 0.99))),
        ("max_ms", ms(quantile(ops, 1.0))),
        ("outcomes", tally(ops.iter().map(|o| o.outcome.as_str()))),
    ]);
}

/// Runs `f` over `inputs`: one after another when `c` is 1, otherwise all at once (every
/// task waits at a barrier, so none gets a head start). Returns the batch's wall time, from
/// the start of the first to the end of the last, and every operation.
async fn run_batch<T, F, Fut>(c: usize, inputs: Vec<T>, f: F) -> (Duration, Vec<Op>)
where
    T: Send + 'static,
    F: Fn(T) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = Op> + Send,
{
    if c == 1 {
        let started = Instant::now();
        let mut ops = Vec::new();
        for x in inputs {
            ops.push(f(x).await);
        }
        return (started.elapsed(), ops);
    }
    let barrier = Arc::new(Barrier::new(inputs.len() + 1));
    let mut tasks = Vec::new();
    for x in inputs {
        let (f, barrier) = (f.clone(), barrier.clone());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            f(x).await
        }));
    }
    barrier.wait().await;
    let started = Instant::now();
    let mut ops = Vec::new();
    for t in tasks {
        ops.push(t.await.unwrap());
    }
    (started.elapsed(), ops)
}

/// Maps `f` over `items`, at most `limit` at a time, keeping their order (set-up work).
async fn in_parallel<T, R, F, Fut>(items: Vec<T>, limit: usize, f: F) -> Vec<R>
where
    T: Send + 'static,
    R: Send + 'static,
    F: Fn(T) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = R> + Send,
{
    let slots = Arc::new(Semaphore::new(limit));
    let mut tasks = Vec::new();
    for x in items {
        let (f, slots) = (f.clone(), slots.clone());
        tasks.push(tokio::spawn(async move {
            let _slot = slots.acquire().await.unwrap();
            f(x).await
        }));
    }
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}

/// `n` fresh users (see [`create_user`]), made a few at a time.
async fn users(prefix: &'static str, n: usize) -> Vec<TestUser> {
    in_parallel((0..n).collect(), 4, move |_| create_user(prefix)).await
}

// --- the raw driver ------------------------------------------------------------------------

/// A verified LDAPS connection to the fixture DC, or why not (counted, not a panic: under a
/// burst a connection may be refused, and that is a result).
async fn ldaps() -> Result<Ldap, String> {
    let tls = sspr::writeback::connection::tls_config(Some(std::path::Path::new(&dc().ca())))?;
    let settings = LdapConnSettings::new()
        .set_config(tls)
        .set_conn_timeout(Duration::from_secs(10));
    let (conn, ldap) = LdapConnAsync::with_settings(settings, &dc().url())
        .await
        .map_err(|e| match e {
            // TCP and TLS handshake within the 10 s connect timeout.
            ldap3::LdapError::Timeout { .. } => "connect-timeout-10s".to_string(),
            _ => "connect-failed".to_string(),
        })?;
    ldap3::drive!(conn);
    Ok(ldap)
}

/// `Success`, or the result code with AD's hex code when there is one: `ldap19:0000052D`.
fn ldap_outcome(r: &LdapResult) -> String {
    if r.rc == 0 {
        return "Success".into();
    }
    let code: String = r.text.chars().take(8).collect();
    if code.len() == 8 && code.chars().all(|c| c.is_ascii_hexdigit()) {
        format!("ldap{}:{code}", r.rc)
    } else {
        format!("ldap{}", r.rc)
    }
}

/// A user change done directly: a fresh TLS connection, a bind as the user, ONE modify with
/// Delete(old) + Add(new), unbind (what a client changing its own password does).
async fn raw_change(u: TestUser, new: String) -> Op {
    let started = Instant::now();
    let outcome = async {
        let mut ldap = ldaps().await?;
        let bound = ldap
            .simple_bind(&u.dn, &u.password)
            .await
            .map_err(|_| "bind-failed".to_string())?;
        if bound.rc != 0 {
            return Err(format!("bind-{}", ldap_outcome(&bound)));
        }
        let mods = vec![
            Mod::Delete(
                b"unicodePwd".to_vec(),
                HashSet::from([encode_password(&u.password).to_vec()]),
            ),
            Mod::Add(
                b"unicodePwd".to_vec(),
                HashSet::from([encode_password(&new).to_vec()]),
            ),
        ];
        let r = ldap
            .modify(&u.dn, mods)
            .await
            .map_err(|_| "modify-failed".to_string())?;
        let _ = ldap.unbind().await;
        Ok(ldap_outcome(&r))
    }
    .await
    .unwrap_or_else(|e| e);
    Op {
        took: started.elapsed(),
        outcome,
    }
}

/// A reset done directly on a service-account connection opened and bound beforehand: ONE
/// modify replacing unicodePwd and lockoutTime (what sspr's self-service reset sends).
async fn raw_reset(u: TestUser, mut svc: Ldap, new: String) -> Op {
    let started = Instant::now();
    let mods = vec![
        Mod::Replace(
            b"unicodePwd".to_vec(),
            HashSet::from([encode_password(&new).to_vec()]),
        ),
        Mod::Replace(b"lockoutTime".to_vec(), HashSet::from([b"0".to_vec()])),
    ];
    let outcome = match svc.modify(&u.dn, mods).await {
        Ok(r) => ldap_outcome(&r),
        Err(_) => "modify-failed".into(),
    };
    Op {
        took: started.elapsed(),
        outcome,
    }
}

/// A service-account connection, bound.
async fn service_connection() -> Ldap {
    let mut ldap = ldaps().await.expect("a service connection");
    ldap.simple_bind(
        &dc().get("SSPR_TEST_SVC_DN"),
        &dc().get("SSPR_TEST_SVC_PASSWORD"),
    )
    .await
    .expect("service bind answered")
    .success()
    .expect("service bind succeeds");
    ldap
}

// --- through sspr's flows, in process ------------------------------------------------------

/// The flows over the fixture DC with the shipped directory defaults (the suite's own are
/// shorter), and no per-address limit: every request of a benchmark comes from one address.
async fn bench_app() -> TestApp {
    spawn_app_full(
        &[dc().url()],
        "connect_timeout = \"5s\"\noperation_timeout = \"10s\"",
        &[("SSPR__LIMITS__PER_IP", "100000")],
    )
    .await
}

fn bench_ctx() -> RequestContext {
    RequestContext::new(
        Actor::SelfService,
        Some("192.0.2.10".into()),
        Some("sspr-bench".into()),
    )
}

// Two worker threads, like `sspr serve` on this 2-core machine (the flows run in process).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark; run with --ignored"]
async fn bench_change_raw_and_through_the_flows() {
    let app = bench_app().await;
    let mut i = 0;
    for c in levels() {
        let n = batch_size(c);
        let raw_users = users("bcr", n).await;
        let inputs: Vec<_> = raw_users
            .into_iter()
            .map(|u| {
                i += 1;
                (u, fresh_password(i))
            })
            .collect();
        let (wall, ops) = run_batch(c, inputs, |(u, new)| raw_change(u, new)).await;
        batch_line("write", "change", "raw", c, wall, &ops);

        let flow_users = users("bcf", n).await;
        let inputs: Vec<_> = flow_users
            .into_iter()
            .map(|u| {
                i += 1;
                (u, fresh_password(i))
            })
            .collect();
        let services = app.services.clone();
        let (wall, ops) = run_batch(c, inputs, move |(u, new)| {
            let services = services.clone();
            async move {
                let started = Instant::now();
                let out = services
                    .change_password(&bench_ctx(), &u.sam, &secret(&u.password), &secret(&new))
                    .await;
                Op {
                    took: started.elapsed(),
                    outcome: reason_token(&out.reason),
                }
            }
        })
        .await;
        batch_line("write", "change", "sspr", c, wall, &ops);
    }
}

// Two worker threads, like `sspr serve` on this 2-core machine (the flows run in process).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark; run with --ignored"]
async fn bench_reset_raw_and_through_the_flows() {
    let app = bench_app().await;
    let mut i = 0;
    for c in levels() {
        let n = batch_size(c);
        // Raw: one service connection per simultaneous write, opened and bound beforehand.
        let raw_users = users("brr", n).await;
        let conns = in_parallel((0..c.min(n)).collect(), 8, |_| service_connection()).await;
        let inputs: Vec<_> = if c == 1 {
            // One connection, one write after another.
            let shared = conns.into_iter().next().unwrap();
            raw_users
                .into_iter()
                .map(|u| {
                    i += 1;
                    (u, shared.clone(), fresh_password(i))
                })
                .collect()
        } else {
            raw_users
                .into_iter()
                .zip(conns)
                .map(|(u, l)| {
                    i += 1;
                    (u, l, fresh_password(i))
                })
                .collect()
        };
        let (wall, ops) = run_batch(c, inputs, |(u, l, new)| raw_reset(u, l, new)).await;
        batch_line("write", "reset", "raw", c, wall, &ops);

        // Through the flows: each user has an authenticator and has proved it in a recovery
        // (identify, then a code), untimed; the batch times the last step, the reset.
        let flow_users = users("brf", n).await;
        let state = app.state.clone();
        let verified = in_parallel(flow_users, 8, move |u| {
            let state = state.clone();
            async move {
                let secret = enrol_totp(&state, &u.sam).await;
                let ctx = bench_ctx();
                let services = &state.services;
                let mut rec = services
                    .begin_recovery(&ctx, Purpose::Reset, &u.sam)
                    .await
                    .unwrap_or_else(|e| panic!("begin a recovery for {}: {e:?}", u.sam));
                let code = totp::current_code(&secret, now());
                let check = services
                    .check_code(&ctx, &mut rec, MethodKind::Totp, &code)
                    .await
                    .unwrap_or_else(|e| panic!("check a code for {}: {e:?}", u.sam));
                assert_eq!(check, CodeCheck::Accepted { complete: true }, "{}", u.sam);
                (ctx, rec)
            }
        })
        .await;
        let inputs: Vec<_> = verified
            .into_iter()
            .map(|v| {
                i += 1;
                (v, fresh_password(i))
            })
            .collect();
        let services = app.services.clone();
        let (wall, ops) = run_batch(c, inputs, move |((ctx, rec), new)| {
            let services = services.clone();
            async move {
                let started = Instant::now();
                let out = services.finish_reset(&ctx, &rec, &secret(&new)).await;
                Op {
                    took: started.elapsed(),
                    outcome: reason_token(&out.reason),
                }
            }
        })
        .await;
        batch_line("write", "reset", "sspr", c, wall, &ops);
    }
}

// --- through a real `sspr serve` over HTTP -------------------------------------------------

/// The `sspr serve` process under test: the one `scripts/bench` runs, or one of our own.
struct Served {
    base: String,
    /// State over the same database and key as the process (to enrol authenticators and read
    /// the audit), never serving.
    state: sspr::AppState,
    _child: Option<tokio::process::Child>,
    _app: Option<TestApp>,
}

async fn served() -> Served {
    if let (Ok(base), Ok(cfg)) = (
        std::env::var("SSPR_BENCH_URL"),
        std::env::var("SSPR_BENCH_CONFIG"),
    ) {
        let config = sspr::config::Config::load(std::path::Path::new(&cfg))
            .unwrap_or_else(|e| panic!("SSPR_BENCH_CONFIG {cfg}: {e}"));
        let state = sspr::AppState::build(config).await.unwrap();
        return Served {
            base: base.trim_end_matches('/').to_string(),
            state,
            _child: None,
            _app: None,
        };
    }
    let app = bench_app().await;
    let env = [
        ("SSPR__LIMITS__PER_IP", "100000"),
        ("SSPR__DIRECTORY__CONNECT_TIMEOUT", "5s"),
        ("SSPR__DIRECTORY__OPERATION_TIMEOUT", "10s"),
    ];
    let (child, base, _logs) = crate::ops::serve_env(&app, &[dc().url()], &env).await;
    Served {
        base,
        state: app.state.clone(),
        _child: Some(child),
        _app: Some(app),
    }
}

/// A browser-like client of the served portal, holding the CSRF token of the last page.
struct Browser {
    base: String,
    client: reqwest::Client,
    csrf: String,
}

/// What a page answered: status and body, or no answer at all.
type Answer = Result<(StatusCode, String), String>;

impl Browser {
    fn new(base: &str) -> Self {
        Self {
            base: base.to_string(),
            client: new_client(),
            csrf: String::new(),
        }
    }

    async fn get(&mut self, path: &str) -> Answer {
        let r = self
            .client
            .get(format!("{}{path}", self.base))
            .timeout(Duration::from_secs(120))
            .send()
            .await;
        self.answer(r).await
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf", &self.csrf)
            .extend_pairs(fields)
            .finish();
        let r = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .timeout(Duration::from_secs(120))
            .send()
            .await;
        self.answer(r).await
    }

    async fn answer(&mut self, r: reqwest::Result<reqwest::Response>) -> Answer {
        let r = r.map_err(|e| {
            if e.is_timeout() {
                "no-answer-in-120s".to_string()
            } else {
                "no-answer".to_string()
            }
        })?;
        let status = r.status();
        let body = r.text().await.map_err(|_| "body-lost".to_string())?;
        let marker = "name=\"csrf\" value=\"";
        if let Some(at) = body.find(marker) {
            if let Some(t) = body[at + marker.len()..].split('"').next() {
                self.csrf = t.to_string();
            }
        }
        Ok((status, body))
    }
}

/// What the person was told, as one token: `Success`, or which page they got.
fn told(answer: &Answer, success: &str) -> String {
    match answer {
        Err(e) => e.clone(),
        Ok((StatusCode::OK, body)) if body.contains(success) => "Success".into(),
        Ok((StatusCode::SERVICE_UNAVAILABLE, _)) => "TryAgainLater(503)".into(),
        Ok((StatusCode::TOO_MANY_REQUESTS, _)) => "TooManyAttempts(429)".into(),
        Ok((StatusCode::UNPROCESSABLE_ENTITY, body)) if body.contains(sspr::web::NOT_RIGHT) => {
            "NotRight(422)".into()
        }
        Ok((StatusCode::UNPROCESSABLE_ENTITY, _)) => "PasswordRefused(422)".into(),
        Ok((StatusCode::FORBIDDEN, _)) => "CannotDoThisHere(403)".into(),
        Ok((s, _)) => format!("Http{}", s.as_u16()),
    }
}

/// The audit's status reasons for `activity` rows about `names`.
async fn audit_tally(state: &sspr::AppState, activity: &str, names: &HashSet<String>) -> String {
    let mut reasons = Vec::new();
    let mut after = 0;
    loop {
        let rows = state.store.audit_page(after, 1000).await.unwrap();
        let Some(last) = rows.last() else { break };
        after = last.id;
        for r in rows {
            if r.activity == activity && r.target_name.as_ref().is_some_and(|n| names.contains(n)) {
                reasons.push(match &r.policy_rule {
                    Some(rule) => format!("{}/{rule}", r.status_reason),
                    None => r.status_reason.clone(),
                });
            }
        }
    }
    tally(reasons.iter().map(String::as_str))
}

/// People about to change their password: each has loaded `/change`.
type ChangeForms = Vec<(Browser, TestUser, String)>;

async fn change_forms(s: &Served, users: Vec<TestUser>, first: usize) -> ChangeForms {
    let mut forms = Vec::new();
    for (k, u) in users.into_iter().enumerate() {
        let mut b = Browser::new(&s.base);
        b.get("/change").await.expect("the change page");
        forms.push((b, u, fresh_password(first + k)));
    }
    forms
}

/// A burst of simultaneous changes over HTTP: everyone submits their form at once.
async fn change_burst(forms: ChangeForms) -> (Duration, Vec<Op>) {
    run_batch(forms.len().max(2), forms, |(mut b, u, new)| async move {
        let started = Instant::now();
        let answer = b
            .post(
                "/change",
                &[
                    ("username", u.sam.as_str()),
                    ("current_password", u.password.as_str()),
                    ("new_password", new.as_str()),
                    ("confirm_password", new.as_str()),
                ],
            )
            .await;
        Op {
            took: started.elapsed(),
            outcome: told(&answer, "Your password has been changed"),
        }
    })
    .await
}

/// The line of an HTTP burst: the batch as people saw it, and the audit's reasons.
async fn burst_line(
    s: &Served,
    op: &str,
    activity: &str,
    names: &HashSet<String>,
    wall: Duration,
    ops: &[Op],
) {
    let ok = ops.iter().filter(|o| o.outcome == "Success").count();
    bench_line(&[
        ("kind", "burst".into()),
        ("op", op.into()),
        ("path", "http".into()),
        ("c", ops.len().to_string()),
        ("n", ops.len().to_string()),
        ("ok", ok.to_string()),
        ("wall_ms", ms(wall)),
        ("ok_per_s", per_second(ok, wall)),
        ("p50_ms", ms(quantile(ops, 0.5))),
        ("p99_ms", ms(quantile(ops, 0.99))),
        ("max_ms", ms(quantile(ops, 1.0))),
        ("told", tally(ops.iter().map(|o| o.outcome.as_str()))),
        ("audit", audit_tally(&s.state, activity, names).await),
    ]);
}

fn names_of(users: &[TestUser]) -> HashSet<String> {
    users.iter().map(|u| u.sam.clone()).collect()
}

// Two worker threads, like `sspr serve` on this 2-core machine (the flows run in process).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark; run with --ignored"]
async fn bench_http_bursts() {
    let s = served().await;
    let n = burst_n();

    // Changes.
    let burst = users("bhc", n).await;
    let names = names_of(&burst);
    let forms = change_forms(&s, burst, 0).await;
    let (wall, ops) = change_burst(forms).await;
    burst_line(
        &s,
        "change",
        "Change password (self-service)",
        &names,
        wall,
        &ops,
    )
    .await;

    // Resets: each person has proved an authenticator over HTTP (identify, code), untimed;
    // then all choose their new password at once.
    let burst = users("bhr", n).await;
    let names = names_of(&burst);
    let state = s.state.clone();
    let base = s.base.clone();
    let ready = in_parallel(burst, 16, move |u| {
        let (state, base) = (state.clone(), base.clone());
        async move {
            let secret = enrol_totp(&state, &u.sam).await;
            let mut b = Browser::new(&base);
            b.get("/reset").await.expect("the reset page");
            let (status, body) = b
                .post("/reset", &[("username", u.sam.as_str())])
                .await
                .expect("identify answered");
            assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
            b.get("/reset/verify?method=totp")
                .await
                .expect("verify page");
            let code = totp::current_code(&secret, now());
            let (status, body) = b
                .post(
                    "/reset/verify",
                    &[("method", "totp"), ("code", code.as_str())],
                )
                .await
                .expect("verify answered");
            assert_eq!(status, StatusCode::SEE_OTHER, "{}: {body}", u.sam);
            let (status, body) = b.get("/reset/password").await.expect("password page");
            assert_eq!(status, StatusCode::OK, "{}: {body}", u.sam);
            b
        }
    })
    .await;
    let inputs: Vec<_> = ready
        .into_iter()
        .enumerate()
        .map(|(k, b)| (b, fresh_password(1000 + k)))
        .collect();
    let (wall, ops) = run_batch(inputs.len().max(2), inputs, |(mut b, new)| async move {
        let started = Instant::now();
        let answer = b
            .post(
                "/reset/password",
                &[
                    ("new_password", new.as_str()),
                    ("confirm_password", new.as_str()),
                ],
            )
            .await;
        Op {
            took: started.elapsed(),
            outcome: told(&answer, "Your password has been reset"),
        }
    })
    .await;
    burst_line(
        &s,
        "reset",
        "Reset password (self-service)",
        &names,
        wall,
        &ops,
    )
    .await;

    // Pages while a burst of changes keeps the DC busy, then the same load with nothing else
    // going on, for as long as the burst took.
    let burst = users("bhp", n).await;
    let names = names_of(&burst);
    let pages = [
        format!("{}/change", s.base),
        format!("{}/static/app.css?v={}", s.base, asset_version(&s).await),
    ];
    let forms = change_forms(&s, burst, 2000).await;
    // In production the DC is another machine: for this comparison the DC and this process
    // (the burst's clients) keep CPU 0, and sspr serve with the page load gets the others
    // (scripts/bench says which, in SSPR_BENCH_SPLIT), during the burst and the idle run alike.
    let split = CpuSplit::apply();
    let load = PageLoad::start(&pages);
    // wrk's connections are up before the burst starts (this bit of idle time is in its
    // figures too).
    tokio::time::sleep(Duration::from_millis(200)).await;
    let who = CpuGroups::of(&load);
    let before = who.snapshot();
    let (wall, ops) = change_burst(forms).await;
    let cpu_busy = who.snapshot().since(&before);
    let busy = load.stop().await;
    burst_line(
        &s,
        "change_with_page_load",
        "Change password (self-service)",
        &names,
        wall,
        &ops,
    )
    .await;
    let idle_load = PageLoad::start(&pages);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let who = CpuGroups::of(&idle_load);
    let before = who.snapshot();
    tokio::time::sleep(busy.elapsed.max(Duration::from_secs(2))).await;
    let cpu_idle = who.snapshot().since(&before);
    let idle = idle_load.stop().await;
    drop(split);
    for (state, used) in [("burst", &cpu_busy), ("idle", &cpu_idle)] {
        let mut fields = vec![
            ("kind", "cpu_during_burst".to_string()),
            ("state", state.to_string()),
        ];
        fields.extend(used.fields());
        bench_line(&fields);
    }
    for (state, load) in [("burst", &busy), ("idle", &idle)] {
        for (url, result) in pages.iter().zip(&load.results) {
            let path = url.trim_start_matches(&s.base);
            let mut fields = vec![
                ("kind", "pages_during_burst".to_string()),
                ("state", state.to_string()),
                ("url", path.split('?').next().unwrap_or(path).to_string()),
                ("secs", format!("{:.1}", load.elapsed.as_secs_f64())),
            ];
            match result {
                Ok(w) => fields.extend([
                    ("rps", format!("{:.0}", w.rps)),
                    ("p99_ms", format!("{:.1}", w.p99_ms)),
                    ("requests", w.requests.to_string()),
                    ("non2xx", w.non2xx.to_string()),
                ]),
                Err(why) => fields.push(("na", why.clone())),
            }
            bench_line(&fields);
        }
    }
}

/// The `?v=` of the stylesheet, as the pages link it.
async fn asset_version(s: &Served) -> String {
    let (_, body) = Browser::new(&s.base)
        .get("/change")
        .await
        .expect("the change page");
    body.split("app.css?v=")
        .nth(1)
        .and_then(|t| t.split('"').next())
        .unwrap_or("")
        .to_string()
}

// --- the DC's CPU and the portal's ------------------------------------------------------------

/// `SSPR_BENCH_SPLIT="<portal cpus>;<sspr pid>;<dc pids, space-separated>;<all cpus>"`, from
/// scripts/bench: while this lives, the DC and this process run on CPU 0 and sspr serve on
/// the portal's CPUs (the page load's wrk is started there too); dropped, everyone gets every
/// CPU again.
struct CpuSplit {
    all: String,
    pids: Vec<String>,
}

impl CpuSplit {
    fn apply() -> Option<Self> {
        let spec = std::env::var("SSPR_BENCH_SPLIT").ok()?;
        let mut parts = spec.split(';');
        let (portal, sspr, dc, all) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        let own = std::process::id().to_string();
        let mut pids: Vec<String> = dc.split_whitespace().map(String::from).collect();
        pids.push(own);
        for pid in &pids {
            taskset("0", pid);
        }
        taskset(portal, sspr);
        pids.push(sspr.to_string());
        std::env::set_var("SSPR_BENCH_PAGE_CPUS", portal);
        Some(Self {
            all: all.to_string(),
            pids,
        })
    }
}

impl Drop for CpuSplit {
    fn drop(&mut self) {
        for pid in &self.pids {
            taskset(&self.all, pid);
        }
        std::env::remove_var("SSPR_BENCH_PAGE_CPUS");
    }
}

/// Who used the CPU while pages were measured: the processes of each part, and each CPU.
struct CpuGroups {
    groups: Vec<(&'static str, Vec<String>)>,
}

/// CPU time so far: per group (clock ticks), per CPU (busy, total ticks), and when.
struct CpuSnapshot {
    at: Instant,
    groups: Vec<(&'static str, u64)>,
    cpus: Vec<(u64, u64)>,
}

/// CPU used between two snapshots, in cores (1.0 = one CPU all the time).
struct CpuUsed {
    groups: Vec<(&'static str, f64)>,
    cpus: Vec<f64>,
}

/// Linux reports process and CPU times in USER_HZ, 100 on every architecture it runs on.
const TICKS_PER_SECOND: f64 = 100.0;

impl CpuGroups {
    /// sspr serve and the DC from `SSPR_BENCH_SPLIT` (scripts/bench), this process (the
    /// burst's clients) and the page load's wrk processes.
    fn of(load: &PageLoad) -> Self {
        let spec = std::env::var("SSPR_BENCH_SPLIT").unwrap_or_default();
        let parts: Vec<&str> = spec.split(';').collect();
        let pids = |i: usize| -> Vec<String> {
            parts
                .get(i)
                .map(|p| p.split_whitespace().map(String::from).collect())
                .unwrap_or_default()
        };
        Self {
            groups: vec![
                ("sspr", pids(1)),
                ("dc", pids(2)),
                ("clients", vec![std::process::id().to_string()]),
                ("wrk", load.pids()),
            ],
        }
    }

    fn snapshot(&self) -> CpuSnapshot {
        let ticks = |pid: &str| -> u64 {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // Fields after the command name (which may hold spaces): utime is the 12th, stime
            // the 13th.
            let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
            let f: Vec<u64> = rest
                .split_whitespace()
                .map(|v| v.parse().unwrap_or(0))
                .collect();
            f.get(11).copied().unwrap_or(0) + f.get(12).copied().unwrap_or(0)
        };
        let cpus = std::fs::read_to_string("/proc/stat")
            .unwrap_or_default()
            .lines()
            .filter(|l| l.starts_with("cpu") && !l.starts_with("cpu "))
            .map(|l| {
                let v: Vec<u64> = l
                    .split_whitespace()
                    .skip(1)
                    .map(|v| v.parse().unwrap_or(0))
                    .collect();
                let total: u64 = v.iter().take(8).sum();
                // idle and iowait
                let idle = v.get(3).copied().unwrap_or(0) + v.get(4).copied().unwrap_or(0);
                (total - idle, total)
            })
            .collect();
        CpuSnapshot {
            at: Instant::now(),
            groups: self
                .groups
                .iter()
                .map(|(name, pids)| (*name, pids.iter().map(|p| ticks(p)).sum()))
                .collect(),
            cpus,
        }
    }
}

impl CpuSnapshot {
    fn since(&self, before: &CpuSnapshot) -> CpuUsed {
        let secs = self.at.duration_since(before.at).as_secs_f64().max(1e-3);
        CpuUsed {
            groups: self
                .groups
                .iter()
                .zip(&before.groups)
                .map(|((name, t), (_, t0))| {
                    (
                        *name,
                        t.saturating_sub(*t0) as f64 / TICKS_PER_SECOND / secs,
                    )
                })
                .collect(),
            cpus: self
                .cpus
                .iter()
                .zip(&before.cpus)
                .map(|((b, t), (b0, t0))| {
                    b.saturating_sub(*b0) as f64 / (t.saturating_sub(*t0).max(1)) as f64
                })
                .collect(),
        }
    }
}

impl CpuUsed {
    fn fields(&self) -> Vec<(&'static str, String)> {
        let mut out: Vec<(&'static str, String)> = self
            .groups
            .iter()
            .map(|(name, cores)| (*name, format!("{cores:.2}")))
            .collect();
        out.push((
            "cpus",
            self.cpus
                .iter()
                .map(|b| format!("{b:.2}"))
                .collect::<Vec<_>>()
                .join("/"),
        ));
        out
    }
}

fn taskset(cpus: &str, pid: &str) {
    let _ = std::process::Command::new("taskset")
        .args(["-a", "-p", "-c", cpus, pid])
        .stdout(std::process::Stdio::null())
        .status();
}

// --- page load with wrk --------------------------------------------------------------------

/// What wrk measured.
struct Wrk {
    rps: f64,
    p99_ms: f64,
    requests: u64,
    non2xx: u64,
}

/// One wrk per URL (1 thread, 32 connections each), running until stopped.
struct PageLoad {
    started: Instant,
    children: Vec<Result<tokio::process::Child, String>>,
}

/// What a [`PageLoad`] measured, per URL, over `elapsed`.
struct PageResults {
    elapsed: Duration,
    results: Vec<Result<Wrk, String>>,
}

impl PageLoad {
    fn start(urls: &[String]) -> Self {
        let children = urls
            .iter()
            .map(|url| {
                // scripts/bench may give the portal's side CPUs of their own (SSPR_BENCH_PAGE_CPUS):
                // the load on its pages runs there, apart from the DC's.
                let mut cmd = match std::env::var("SSPR_BENCH_PAGE_CPUS") {
                    Ok(cpus) if !cpus.is_empty() => {
                        let mut c = tokio::process::Command::new("taskset");
                        c.args(["-c", &cpus, "wrk"]);
                        c
                    }
                    _ => tokio::process::Command::new("wrk"),
                };
                cmd.args(["-t1", "-c32", "-d600s", "--latency", url])
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::null())
                    .kill_on_drop(true)
                    .spawn()
                    .map_err(|e| format!("wrk-not-started:{}", e.kind()))
            })
            .collect();
        Self {
            started: Instant::now(),
            children,
        }
    }

    /// The wrk processes' ids.
    fn pids(&self) -> Vec<String> {
        self.children
            .iter()
            .filter_map(|c| c.as_ref().ok()?.id())
            .map(|p| p.to_string())
            .collect()
    }

    /// Stops every wrk with SIGINT, on which it prints what it measured so far.
    async fn stop(self) -> PageResults {
        let elapsed = self.started.elapsed();
        let mut results = Vec::new();
        for child in self.children {
            results.push(match child {
                Err(e) => Err(e),
                Ok(child) => {
                    if let Some(pid) = child.id() {
                        let _ = std::process::Command::new("kill")
                            .args(["-INT", &pid.to_string()])
                            .status();
                    }
                    match tokio::time::timeout(Duration::from_secs(20), child.wait_with_output())
                        .await
                    {
                        Ok(Ok(out)) => parse_wrk(&String::from_utf8_lossy(&out.stdout)),
                        _ => Err("wrk-did-not-stop".into()),
                    }
                }
            });
        }
        PageResults { elapsed, results }
    }
}

/// Reads wrk's report (`--latency`): requests per second, the 99th percentile, requests, and
/// answers that were not 2xx/3xx.
fn parse_wrk(out: &str) -> Result<Wrk, String> {
    let mut w = Wrk {
        rps: f64::NAN,
        p99_ms: f64::NAN,
        requests: 0,
        non2xx: 0,
    };
    for line in out.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["Requests/sec:", v] => w.rps = v.parse().unwrap_or(f64::NAN),
            ["99%", v] => w.p99_ms = wrk_ms(v),
            [n, "requests", "in", ..] => w.requests = n.parse().unwrap_or(0),
            ["Non-2xx", "or", "3xx", "responses:", n] => w.non2xx = n.parse().unwrap_or(0),
            _ => {}
        }
    }
    if w.rps.is_nan() {
        return Err("wrk-printed-no-result".into());
    }
    Ok(w)
}

/// A wrk duration (`812.00us`, `3.41ms`, `1.02s`, `2.00m`) in milliseconds.
fn wrk_ms(v: &str) -> f64 {
    let split = v.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(v.len());
    let (n, unit) = v.split_at(split);
    let n: f64 = n.parse().unwrap_or(f64::NAN);
    match unit {
        "us" => n / 1e3,
        "ms" => n,
        "s" => n * 1e3,
        "m" => n * 60e3,
        _ => f64::NAN,
    }
}

#[test]
fn wrk_reports_are_read() {
    let out = "Running 10s test @ http://127.0.0.1:8080/change
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    10.12ms    2.01ms  40.00ms   90.00%
    Req/Sec     3.10k   200.00     3.50k    70.00%
  Latency Distribution
     50%    9.80ms
     75%   10.50ms
     90%   12.00ms
     99%    1.20s
  61234 requests in 10.00s, 300.00MB read
  Non-2xx or 3xx responses: 12
Requests/sec:   6123.40
Transfer/sec:     30.00MB
";
    let w = parse_wrk(out).unwrap();
    assert_eq!(w.rps, 6123.4);
    assert_eq!(w.p99_ms, 1200.0);
    assert_eq!((w.requests, w.non2xx), (61234, 12));
    assert_eq!(wrk_ms("812.00us"), 0.812);
    assert!(parse_wrk("wrk: connection refused").is_err());
}
