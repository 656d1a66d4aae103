//! Password-expiry reminders against the real DC: each account's own expiry (fine-grained
//! policies, "never expires"), the nearest threshold only, once per password and threshold
//! across two instances on one database, the dry run listing the same, and the dashboard's
//! figures.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use reqwest::StatusCode;

use crate::admin::{admin_client, new_admin};
use crate::cli::{run, sspr, write_config};
use crate::harness::*;
use crate::portal::{portal_on, Portal, METRICS_ON};

/// FILETIME ticks (100 ns) in an hour.
const HOUR: i64 = 36_000_000_000;

/// Puts `user_dn` under a fine-grained policy of its own whose passwords last `hours`.
async fn expire_after(user_dn: &str, sam: &str, hours: i64) {
    password_lifetime(user_dn, sam, hours * HOUR).await;
}

/// Makes the self-service group `u`'s primary group (so `memberOf` no longer lists it, as
/// for everyone whose primary group is "Domain Users" when that is nested in scope).
async fn primary_group_is_the_sspr_group(u: &TestUser) {
    let group = dc().get("SSPR_TEST_SSPR_GROUP_DN");
    let mut ldap = admin().await;
    let (rs, _) = ldap
        .search(
            &group,
            ldap3::Scope::Base,
            "(objectClass=group)",
            vec!["objectSid"],
        )
        .await
        .unwrap()
        .success()
        .unwrap();
    let e = ldap3::SearchEntry::construct(rs.into_iter().next().unwrap());
    let sid = &e.bin_attrs["objectSid"][0];
    let rid = u32::from_le_bytes(sid[sid.len() - 4..].try_into().unwrap());
    admin_replace(&u.dn, "primaryGroupID", &rid.to_string()).await;
}

/// Takes `u` out of the self-service group.
async fn out_of_scope(u: &TestUser) {
    let mut ldap = admin().await;
    ldap.modify(
        &dc().get("SSPR_TEST_SSPR_GROUP_DN"),
        vec![ldap3::Mod::Delete("member", [u.dn.as_str()].into())],
    )
    .await
    .unwrap()
    .success()
    .unwrap();
}

/// One line of `sspr reminders --dry-run`, by account.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Listed {
    to: String,
    days: String,
    language: String,
    links: String,
}

/// `sspr reminders --dry-run`, reading the directory `page_size` accounts at a time.
async fn dry_run(config: &std::path::Path, page_size: u32) -> (String, BTreeMap<String, Listed>) {
    let out = run({
        let mut c = sspr();
        c.args(["reminders", "--dry-run", "--config"])
            .arg(config)
            .env("SSPR__REMINDERS__PAGE_SIZE", page_size.to_string());
        c
    })
    .await;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = text.lines().next().unwrap_or_default();
    assert!(first.contains("(dry run: nothing sent)"), "{text}");
    let mut listed = BTreeMap::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() == 6 {
            listed.insert(
                f[0].to_string(),
                Listed {
                    to: f[1].to_string(),
                    days: f[2].to_string(),
                    language: f[4].to_string(),
                    links: f[5].to_string(),
                },
            );
        }
    }
    (text, listed)
}

/// The sum of a counter's samples whose line starts with `prefix`.
fn counter(metrics: &str, prefix: &str) -> f64 {
    metrics
        .lines()
        .filter(|l| l.starts_with(prefix))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

async fn runs_done(p: &Portal) -> f64 {
    counter(
        &p.metrics().await,
        "sspr_reminder_runs_total{result=\"done\"}",
    ) + counter(
        &p.metrics().await,
        "sspr_reminder_runs_total{result=\"skipped\"}",
    )
}

// Shows the case: passwords expiring in 2, 6 and 20 days, one that never expires and
// one under a 10-day policy get exactly the 3-, 7- and 14-day reminders (the nearest threshold
// only), each once although two instances on one database look every second; the dry run
// lists the same before and nothing of them after; the German reader's mail is in German, and
// only the one without a registered method is pointed to /register. Then the dashboard counts
// the reminders and the one person who changed their password after theirs.
#[tokio::test]
async fn each_expiring_password_gets_its_reminder_once_across_two_instances() {
    let in2 = create_user("rem2d").await;
    let in6 = create_user("rem6d").await;
    let in20 = create_user("rem20d").await;
    let never = create_user("remnev").await;
    let pso = create_user("rem10d").await;
    // One hour of margin, so the whole-day thresholds do not move while the test runs.
    expire_after(&in2.dn, &in2.sam, 2 * 24 + 1).await;
    expire_after(&in6.dn, &in6.sam, 6 * 24 + 1).await;
    expire_after(&in20.dn, &in20.sam, 20 * 24 + 1).await;
    expire_after(&never.dn, &never.sam, 2 * 24 + 1).await;
    admin_replace(&never.dn, "userAccountControl", "66048").await;
    expire_after(&pso.dn, &pso.sam, 10 * 24 + 1).await;
    // In scope only through its primary group; and one out of scope.
    let primary = create_user("rempri").await;
    let outside = create_user("remout").await;
    expire_after(&primary.dn, &primary.sam, 2 * 24 + 1).await;
    expire_after(&outside.dn, &outside.sam, 2 * 24 + 1).await;
    primary_group_is_the_sspr_group(&primary).await;
    out_of_scope(&outside).await;
    // An account that expired yesterday (its password would be due a reminder).
    let gone = create_user("remgone").await;
    expire_after(&gone.dn, &gone.sam, 2 * 24 + 1).await;
    let yesterday =
        sspr::writeback::time::utc_to_filetime(chrono::Utc::now() - chrono::Duration::days(1));
    admin_replace(&gone.dn, "accountExpires", &yesterday.to_string()).await;

    let enabled = [
        ("SSPR__REMINDERS__ENABLED", "true"),
        ("SSPR__REMINDERS__INTERVAL", "1s"),
        ("SSPR__REMINDERS__PER_MINUTE", "6000"),
        METRICS_ON,
    ];
    let a = spawn_app_full(&[dc().url()], "", &enabled).await;
    // The 2-day reader uses the portal in German and has registered a personal address.
    let g2 = find(&a, &in2.sam).await.guid;
    a.store
        .put_language(&g2, "de", &sspr::audit::now_string())
        .await
        .unwrap();
    a.store
        .put_method(
            &g2,
            "email",
            "rem2d@home.example",
            &sspr::audit::now_string(),
        )
        .await
        .unwrap();
    let mail = |u: &TestUser| format!("{}@sspr.test", u.sam);

    // The dry run: who would get what, and nothing sent or recorded. Two accounts a page, so
    // the list is only whole if every page was read.
    let config = write_config(&a, "");
    let (text, listed) = dry_run(&config, 2).await;
    let scanned: usize = text.split(' ').next().unwrap().parse().unwrap();
    assert!(scanned > 2, "more than one page: {text}");
    let want = |u: &TestUser, days: u32, language: &str, links: &str| {
        (
            u.sam.clone(),
            Listed {
                to: mail(u),
                days: format!("{days}-day reminder"),
                language: language.to_string(),
                links: links.to_string(),
            },
        )
    };
    let expected: BTreeMap<String, Listed> = [
        want(&in2, 3, "de", "links to /change"),
        want(&in6, 7, "en", "links to /change and /register"),
        want(&pso, 14, "en", "links to /change and /register"),
        want(&primary, 3, "en", "links to /change and /register"),
    ]
    .into_iter()
    .collect();
    let ours = [&in2, &in6, &in20, &never, &pso, &primary, &outside, &gone];
    let mine = |l: &BTreeMap<String, Listed>| -> BTreeMap<String, Listed> {
        l.iter()
            .filter(|(k, _)| ours.iter().any(|u| &u.sam == *k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    assert_eq!(mine(&listed), expected, "{text}");
    assert!(text.contains(&format!("{}\t", in2.sam)), "{text}");
    assert!(a.smtp.messages().is_empty(), "a dry run sends nothing");
    assert!(
        a.store.audit_page(0, 1000).await.unwrap().is_empty(),
        "a dry run records nothing"
    );

    // Two instances on the one database, each with its own mail server, both looking every
    // second.
    let db = a.db_url().to_string();
    let b = spawn_app_on(
        tempfile::tempdir().unwrap(),
        starttls_sink().await,
        &db,
        &[dc().url()],
        "",
        &enabled,
    )
    .await;
    let pa = portal_on(a).await;
    let pb = portal_on(b).await;
    let to_ours = |p: &Portal| -> Vec<crate::smtp::Received> {
        p.app
            .smtp
            .messages()
            .into_iter()
            .filter(|m| {
                ours.iter()
                    .any(|u| m.to.iter().any(|t| t.eq_ignore_ascii_case(&mail(u))))
            })
            .collect()
    };
    let deadline = Instant::now() + Duration::from_secs(90);
    while to_ours(&pa).len() + to_ours(&pb).len() < expected.len() {
        assert!(
            Instant::now() < deadline,
            "reminders did not arrive: {} and {}",
            to_ours(&pa).len(),
            to_ours(&pb).len()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Let each instance look at least twice more: a duplicate would have gone out by then.
    let (ra, rb) = (runs_done(&pa).await, runs_done(&pb).await);
    let deadline = Instant::now() + Duration::from_secs(60);
    while runs_done(&pa).await < ra + 2.0 || runs_done(&pb).await < rb + 2.0 {
        assert!(Instant::now() < deadline, "the instances stopped looking");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut got: Vec<_> = to_ours(&pa);
    got.extend(to_ours(&pb));
    let mut per_user: BTreeMap<String, Vec<crate::smtp::Received>> = BTreeMap::new();
    for m in got {
        per_user.entry(m.to[0].to_lowercase()).or_default().push(m);
    }
    let counts: BTreeMap<_, _> = per_user.iter().map(|(k, v)| (k.clone(), v.len())).collect();
    let want_counts: BTreeMap<_, _> = [&in2, &in6, &pso, &primary]
        .iter()
        .map(|u| (mail(u).to_lowercase(), 1))
        .collect();
    assert_eq!(
        counts, want_counts,
        "exactly one reminder each, to the directory address"
    );

    // In the reader's language, with the right links.
    let m2 = &per_user[&mail(&in2).to_lowercase()][0];
    assert!(
        m2.subject().contains("Ihr Kennwort läuft in 2 Tagen ab"),
        "{}",
        m2.subject()
    );
    let body2 = m2.text_body();
    assert!(body2.contains("http://127.0.0.1/change"), "{body2}");
    assert!(!body2.contains("/register"), "{body2}");
    let m6 = &per_user[&mail(&in6).to_lowercase()][0];
    assert!(
        m6.subject().contains("your password expires in 6 days"),
        "{}",
        m6.subject()
    );
    let body6 = m6.text_body();
    assert!(body6.contains("http://127.0.0.1/change"), "{body6}");
    assert!(body6.contains("http://127.0.0.1/register"), "{body6}");
    let m10 = &per_user[&mail(&pso).to_lowercase()][0];
    assert!(
        m10.subject().contains("your password expires in 10 days"),
        "{}",
        m10.subject()
    );

    // One audit row each, by the scheduler, naming the threshold.
    let rows: Vec<_> = pa
        .app
        .store
        .audit_page(0, 10_000)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.activity == sspr::audit::Activity::ReminderSent.as_str())
        .collect();
    let all_sent = rows.len();
    for (u, days) in [(&in2, 3), (&in6, 7), (&pso, 14)] {
        let of_u: Vec<_> = rows
            .iter()
            .filter(|r| r.target_name.as_deref() == Some(u.sam.as_str()))
            .collect();
        assert_eq!(of_u.len(), 1, "{} {of_u:?}", u.sam);
        assert_eq!(of_u[0].status, "success");
        assert_eq!(of_u[0].actor, "[scheduled]");
        assert!(
            of_u[0].detail.contains(&format!("({days} days before)")),
            "{}",
            of_u[0].detail
        );
    }
    for u in [&in20, &never, &outside, &gone] {
        assert!(
            rows.iter()
                .all(|r| r.target_name.as_deref() != Some(u.sam.as_str())),
            "no reminder for {}",
            u.sam
        );
    }

    // The dry run now lists none of them: each was sent.
    let (text, listed) = dry_run(&config, 500).await;
    assert!(mine(&listed).is_empty(), "{text}");

    // Stop both (a new password of the 6-day account would be due its own 7-day reminder),
    // then the 6-day reader changes their password and the dashboard counts it.
    let (mut pa, mut pb) = (pa, pb);
    pa.stop().await;
    pb.stop().await;
    let dir = tempfile::tempdir().unwrap();
    let mut p =
        portal_on(spawn_app_on(dir, starttls_sink().await, &db, &[dc().url()], "", &[]).await)
            .await;
    p.get("/change").await;
    let r = p
        .post(
            "/change",
            &[
                ("username", &in6.sam),
                ("current_password", &in6.password),
                ("new_password", "Quiet-Harbour-7431"),
                ("confirm_password", "Quiet-Harbour-7431"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let (sent, changed) = p.app.store.reminder_figures("2000-01-01").await.unwrap();
    assert_eq!((sent, changed), (all_sent as i64, 1));
    let helpdesk = new_admin().await;
    let (mut c, _) = admin_client(&p, &helpdesk.sam, &helpdesk.password).await;
    let dash = c.get("/admin").await;
    // On the page itself (in <main>), not in the document's title.
    let main = dash.body.split("<main").nth(1).unwrap_or_default();
    assert!(
        main.contains(&format!("<p>{all_sent} reminders sent.</p>")),
        "{}",
        dash.body
    );
    assert!(
        main.contains("<p>1 person changed their password after a reminder.</p>"),
        "{}",
        dash.body
    );
    assert!(!dash
        .body
        .split("</title>")
        .next()
        .unwrap()
        .contains("reminder"));
}
