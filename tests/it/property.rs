//! A property (state-machine) test of the portal's one promise about accounts: random sequences
//! of requests by two browsers over two real accounts never end with a password write, an
//! unlock or a method change for an account unless that same browser session proved what the
//! account requires (its registered methods; its password, for a change of password; its
//! password alone only while it has no methods).
//!
//! Each browser "owns" one account (it reads that account's registered mailbox) and knows the
//! *other* account's password too, as someone with a stolen password would. Both also read a
//! mailbox of their own that nobody registered. Steps are drawn with a fixed seed (printed on
//! failure; `SSPR_PROPERTY_SEED` picks another), half of them the natural next step of the
//! browser's flow and half anything at all (out of order, the other account, a sign-out).
//! After every step the directory and the database are read back, and every change is checked
//! against what that browser could have proved.

use std::collections::HashMap;
use std::time::Duration;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sspr::writeback::BindOutcome;

use crate::harness::*;
use crate::portal::{new_client, portal_with, register_email, Client, Page, Portal};

/// Steps per case, and cases per run.
const STEPS: usize = 80;
const CASES: u64 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Who {
    A,
    B,
}

#[derive(Debug, Clone)]
enum Step {
    SignIn(Who),
    SignOut,
    AddEmail,
    ConfirmEmail,
    Prove,
    VerifyStepUp,
    RemoveEmail,
    Identify(&'static str, Who),
    Verify(&'static str),
    Resend(&'static str),
    SetPassword,
    Change(Who),
    Look(&'static str),
}

/// What the test knows of one browser: what it reads and what it was told it holds.
struct Browser {
    c: Client,
    owns: Who,
    /// The mailbox only this browser reads (an attacker's, registered by nobody at first).
    own_box: String,
    /// The account it is signed in to at /register, as the pages said.
    member: Option<Who>,
    /// The account of its last /reset or /unlock start, and that account's registered
    /// address at that moment.
    identified: Option<(Who, Option<String>)>,
    last: Option<Step>,
}

/// The world as read back after each step.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Snapshot {
    methods: HashMap<Who, Vec<(String, String)>>,
    pwd_last_set: HashMap<Who, i64>,
    unlocks: HashMap<Who, usize>,
}

struct World {
    p: Portal,
    sam: HashMap<Who, String>,
    dn: HashMap<Who, String>,
    guid: HashMap<Who, String>,
    home: HashMap<Who, String>,
    password: HashMap<Who, String>,
    n: u32,
}

impl World {
    async fn snapshot(&self) -> Snapshot {
        let mut methods = HashMap::new();
        let mut pwd = HashMap::new();
        let mut unlocks = HashMap::new();
        let rows = self.p.app.store.audit_page(0, 100_000).await.unwrap();
        for who in [Who::A, Who::B] {
            let mut m: Vec<(String, String)> = self
                .p
                .app
                .store
                .methods(&self.guid[&who])
                .await
                .unwrap()
                .into_iter()
                .map(|r| (r.kind, r.value))
                .collect();
            m.sort();
            methods.insert(who, m);
            pwd.insert(who, find(&self.p.app, &self.sam[&who]).await.pwd_last_set);
            unlocks.insert(
                who,
                rows.iter()
                    .filter(|r| {
                        r.activity == "Unlock user account (self-service)"
                            && r.status_reason == "Success"
                            && r.target_guid.as_deref() == Some(self.guid[&who].as_str())
                    })
                    .count(),
            );
        }
        Snapshot {
            methods,
            pwd_last_set: pwd,
            unlocks,
        }
    }

    /// Mailboxes browser `b` reads.
    fn reads(&self, b: &Browser) -> Vec<String> {
        vec![self.home[&b.owns].clone(), b.own_box.clone()]
    }

    /// The address registered for `who`, as the snapshot shows it.
    fn registered(s: &Snapshot, who: Who) -> Option<String> {
        s.methods[&who]
            .iter()
            .find(|(k, _)| k == "email")
            .map(|(_, v)| v.clone())
    }

    /// The newest code in the mailboxes `b` reads.
    fn newest_code(&self, b: &Browser) -> Option<String> {
        let boxes = self.reads(b);
        self.p
            .app
            .smtp
            .messages()
            .iter()
            .rev()
            .filter(|m| {
                m.to.iter()
                    .any(|t| boxes.iter().any(|x| x.eq_ignore_ascii_case(t)))
            })
            .find_map(|m| m.find_code())
    }
}

fn draw(rng: &mut StdRng, b: &Browser) -> Step {
    let any = |rng: &mut StdRng| -> Who {
        if rng.gen_bool(0.5) {
            Who::A
        } else {
            Who::B
        }
    };
    let purpose = |rng: &mut StdRng| if rng.gen_bool(0.7) { "reset" } else { "unlock" };
    // Half the time, the step a person would take next.
    if rng.gen_bool(0.6) {
        if let Some(last) = &b.last {
            let next = match last {
                Step::SignIn(_) => Some(if rng.gen_bool(0.5) {
                    Step::AddEmail
                } else {
                    Step::Prove
                }),
                Step::Prove => Some(Step::VerifyStepUp),
                Step::VerifyStepUp => Some(Step::AddEmail),
                Step::AddEmail => Some(if rng.gen_bool(0.5) {
                    Step::ConfirmEmail
                } else {
                    Step::SignIn(any(rng))
                }),
                Step::Identify(p, _) => Some(Step::Verify(p)),
                Step::Verify("reset") => Some(Step::SetPassword),
                Step::Verify(p) => Some(Step::Identify(p, any(rng))),
                _ => None,
            };
            if let Some(next) = next {
                return next;
            }
        }
    }
    match rng.gen_range(0..13) {
        0 | 1 => Step::SignIn(any(rng)),
        2 => Step::SignOut,
        3 => Step::AddEmail,
        4 => Step::ConfirmEmail,
        5 => Step::Prove,
        6 => Step::VerifyStepUp,
        7 => Step::RemoveEmail,
        8 => Step::Identify(purpose(rng), any(rng)),
        9 => Step::Verify(purpose(rng)),
        10 => Step::Resend(purpose(rng)),
        11 => {
            if rng.gen_bool(0.5) {
                Step::SetPassword
            } else {
                Step::Change(any(rng))
            }
        }
        _ => Step::Look(
            [
                "/register",
                "/reset/verify",
                "/register/email",
                "/reset/password",
            ][rng.gen_range(0..4)],
        ),
    }
}

/// Performs `step` for browser `i`; returns the page and, for a change of password, the
/// account whose (right) current password was used.
async fn perform(w: &mut World, b: &mut Browser, step: &Step) -> Page {
    w.n += 1;
    let fresh = format!("Quiet-Harbour-{}{}q", w.n, std::process::id() % 1000);
    let code = w.newest_code(b).unwrap_or_else(|| "00000000".into());
    let page = match step {
        Step::SignIn(who) => {
            b.c.get("/register").await;
            let page =
                b.c.post(
                    "/register/signin",
                    &[("username", &w.sam[who]), ("password", &w.password[who])],
                )
                .await;
            if page.location.as_deref() == Some("/register") {
                b.member = Some(*who);
            }
            page
        }
        Step::SignOut => {
            b.c.get("/register").await;
            let page = b.c.post("/register/signout", &[]).await;
            b.member = None;
            page
        }
        Step::AddEmail => {
            b.c.get("/register").await;
            let own = b.own_box.clone();
            b.c.post("/register/email", &[("email", &own)]).await
        }
        Step::ConfirmEmail => {
            b.c.post("/register/email/confirm", &[("code", &code)])
                .await
        }
        Step::Prove => {
            b.c.get("/register").await;
            b.c.post("/register/prove", &[]).await
        }
        Step::VerifyStepUp => {
            b.c.get("/register/verify").await;
            b.c.post("/register/verify", &[("method", "email"), ("code", &code)])
                .await
        }
        Step::RemoveEmail => {
            b.c.get("/register").await;
            b.c.post("/register/remove", &[("kind", "email")]).await
        }
        Step::Identify(purpose, who) => {
            b.c.get(&format!("/{purpose}")).await;
            let s = w.snapshot().await;
            b.identified = Some((*who, World::registered(&s, *who)));
            b.c.post(&format!("/{purpose}"), &[("username", &w.sam[who])])
                .await
        }
        Step::Verify(purpose) => {
            b.c.get(&format!("/{purpose}/verify")).await;
            b.c.post(
                &format!("/{purpose}/verify"),
                &[("method", "email"), ("code", &code)],
            )
            .await
        }
        Step::Resend(purpose) => {
            b.c.get(&format!("/{purpose}/verify")).await;
            b.c.post(&format!("/{purpose}/resend"), &[]).await
        }
        Step::SetPassword => {
            b.c.get("/reset/password").await;
            let page =
                b.c.post(
                    "/reset/password",
                    &[("new_password", &fresh), ("confirm_password", &fresh)],
                )
                .await;
            if page.body.contains("Your password has been reset") {
                if let Some((who, _)) = b.identified {
                    w.password.insert(who, fresh.clone());
                }
            }
            page
        }
        Step::Change(who) => {
            b.c.get("/change").await;
            let current = w.password[who].clone();
            let page =
                b.c.post(
                    "/change",
                    &[
                        ("username", &w.sam[who]),
                        ("current_password", &current),
                        ("new_password", &fresh),
                        ("confirm_password", &fresh),
                    ],
                )
                .await;
            if page.body.contains("Your password has been changed") {
                w.password.insert(*who, fresh.clone());
            }
            page
        }
        Step::Look(path) => b.c.get(path).await,
    };
    // Codes go out after the page is answered: give them a moment to arrive.
    tokio::time::sleep(Duration::from_millis(60)).await;
    page
}

/// Checks every change between `before` and `after` against what browser `b` could prove.
fn check(
    w: &World,
    b: &Browser,
    step: &Step,
    before: &Snapshot,
    after: &Snapshot,
) -> Result<(), String> {
    let reads = w.reads(b);
    let can_read = |addr: &Option<String>| addr.as_ref().is_some_and(|a| reads.contains(a));
    for who in [Who::A, Who::B] {
        if before.methods[&who] != after.methods[&who] {
            // Methods change only for the account the browser is signed in to, and only if it
            // had none, or the browser can read the address registered for it (so it could
            // prove it).
            let allowed = b.member == Some(who)
                && (before.methods[&who].is_empty() || can_read(&World::registered(before, who)));
            if !allowed {
                return Err(format!(
                    "{step:?}: methods of {who:?} changed from {:?} to {:?} for a browser signed in as {:?} that reads {reads:?}",
                    before.methods[&who], after.methods[&who], b.member
                ));
            }
        }
        if before.pwd_last_set[&who] != after.pwd_last_set[&who] {
            let allowed = match step {
                // A change needs the current password; the test only ever sends the right one.
                Step::Change(target) => *target == who,
                // A reset needs the methods of the account this browser identified as, proved
                // from a mailbox it reads.
                Step::SetPassword => b
                    .identified
                    .as_ref()
                    .is_some_and(|(target, addr)| *target == who && can_read(addr)),
                _ => false,
            };
            if !allowed {
                return Err(format!(
                    "{step:?}: the password of {who:?} was written for a browser that identified {:?} and reads {reads:?}",
                    b.identified
                ));
            }
        }
        if after.unlocks[&who] > before.unlocks[&who] {
            let allowed = matches!(step, Step::Verify("unlock"))
                && b.identified
                    .as_ref()
                    .is_some_and(|(target, addr)| *target == who && can_read(addr));
            if !allowed {
                return Err(format!(
                    "{step:?}: {who:?} was unlocked for a browser that identified {:?} and reads {reads:?}",
                    b.identified
                ));
            }
        }
    }
    Ok(())
}

/// What a case made happen (so a run that changed nothing does not pass for one that held).
#[derive(Default, Debug)]
struct Effects {
    method_changes: usize,
    password_writes: usize,
    unlocks: usize,
}

async fn run_case(seed: u64, effects: &mut Effects) -> Result<(), String> {
    // Limits high enough that the walk explores the flows rather than the limits (those have
    // tests of their own).
    let p = portal_with(
        &[dc().url()],
        &[
            ("SSPR__LIMITS__PER_IP", "1000"),
            ("SSPR__LIMITS__PER_ACCOUNT", "100"),
            ("SSPR__LIMITS__PER_DESTINATION", "100"),
        ],
    )
    .await;
    let (ua, ub) = (create_user("pra").await, create_user("prb").await);
    let mut w = World {
        sam: HashMap::from([(Who::A, ua.sam.clone()), (Who::B, ub.sam.clone())]),
        dn: HashMap::from([(Who::A, ua.dn.clone()), (Who::B, ub.dn.clone())]),
        guid: HashMap::new(),
        home: HashMap::from([
            (Who::A, format!("{}@home.test", ua.sam)),
            (Who::B, format!("{}@home.test", ub.sam)),
        ]),
        password: HashMap::from([(Who::A, ua.password.clone()), (Who::B, ub.password.clone())]),
        n: 0,
        p,
    };
    for who in [Who::A, Who::B] {
        let guid = register_email(&w.p.app, &w.sam[&who], &w.home[&who]).await;
        w.guid.insert(who, guid);
    }
    let mut browsers: Vec<Browser> = [Who::A, Who::B]
        .into_iter()
        .enumerate()
        .map(|(i, owns)| Browser {
            c: Client {
                base: w.p.base.clone(),
                client: new_client(),
                csrf: String::new(),
            },
            owns,
            own_box: format!("browser{i}-{seed}@elsewhere.test"),
            member: None,
            identified: None,
            last: None,
        })
        .collect();
    let mut rng = StdRng::seed_from_u64(seed);
    let mut trace = Vec::new();
    for _ in 0..STEPS {
        let i = rng.gen_range(0..browsers.len());
        let step = draw(&mut rng, &browsers[i]);
        let before = w.snapshot().await;
        let page = perform(&mut w, &mut browsers[i], &step).await;
        trace.push(format!(
            "browser {i} ({:?}'s owner): {step:?} -> {}",
            browsers[i].owns, page.status
        ));
        if page.status.is_server_error() {
            return Err(format!(
                "{step:?} answered {}: {}\n{}",
                page.status,
                page.body,
                trace.join("\n")
            ));
        }
        let after = w.snapshot().await;
        check(&w, &browsers[i], &step, &before, &after)
            .map_err(|e| format!("{e}\nsteps:\n{}", trace.join("\n")))?;
        for who in [Who::A, Who::B] {
            effects.method_changes += usize::from(before.methods[&who] != after.methods[&who]);
            effects.password_writes +=
                usize::from(before.pwd_last_set[&who] != after.pwd_last_set[&who]);
            effects.unlocks += after.unlocks[&who] - before.unlocks[&who];
        }
        browsers[i].last = Some(step);
    }
    // The accounts still work with the passwords the test believes they have.
    for who in [Who::A, Who::B] {
        let ok = bind_as(&w.dn[&who], &w.password[&who]).await == BindOutcome::Ok;
        if !ok {
            return Err(format!(
                "{who:?} does not bind with its last password\n{}",
                trace.join("\n")
            ));
        }
    }
    eprintln!("property case {seed}: {STEPS} steps\n{}", trace.join("\n"));
    Ok(())
}

#[tokio::test]
async fn no_account_changes_unless_the_same_session_proved_it() {
    let seed: u64 = std::env::var("SSPR_PROPERTY_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_201);
    let mut effects = Effects::default();
    for case in 0..CASES {
        if let Err(e) = run_case(seed + case, &mut effects).await {
            panic!(
                "property failed with seed {} (rerun with SSPR_PROPERTY_SEED={}): {e}",
                seed + case,
                seed + case
            );
        }
    }
    eprintln!("property: {effects:?}");
    // The walk must have made the things it guards happen, or it proved nothing.
    assert!(
        effects.method_changes > 0 && effects.password_writes > 0,
        "seed {seed}: the walk changed too little to show anything: {effects:?}"
    );
}
