//! The console's pages: dashboard, user search, the user page with its diagnosis and actions,
//! caller verification, the audit log, writeback health.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use chrono::{Duration, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::charts::{horizontal_bars, stacked_bars, Series};
use super::words;
use crate::audit::export::{self, Format};
use crate::audit::Activity;
use crate::flows::admin::{
    generate_password, AdminSession, Severity, UserDetail, CALLER_WINDOW_SECS,
};
use crate::flows::health::{Health, WRITE_ACTIVITIES};
use crate::i18n::Tr;
use crate::status::StatusReason;
use crate::store::admin::AuditFilter;
use crate::store::audit::AuditRecord;
use crate::verify::MethodKind;
use crate::web::middleware::ClientIp;
use crate::web::recover::refusal_messages;
use crate::web::session::Confirmation;
use crate::web::{
    message, render, request_context, step_error_page, to, unavailable_page, Fields, PageCtx,
    PortalSession,
};
use crate::writeback::diagnostics::Level;
use crate::writeback::DirectoryUser;
use crate::AppState;

/// What every console page shows in its bar.
pub struct Bar {
    /// The signed-in admin.
    pub name: String,
    /// Which nav item is current.
    pub current: &'static str,
}

pub(super) fn bar(a: &AdminSession, current: &'static str) -> Bar {
    Bar {
        name: a.name.clone(),
        current,
    }
}

// ---- Dashboard ---------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardView {
    page: PageCtx,
    bar: Bar,
    activity_chart: String,
    reasons_chart: String,
    /// The health headline's code (`active`…), for its class and its words.
    status: &'static str,
    why: String,
    /// Expiry reminders sent in the period, and changes after one (sentences).
    reminders: Option<(String, String)>,
}

/// GET /admin
pub async fn dashboard_get(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(a): Extension<AdminSession>,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let today = Utc::now().date_naive();
    let days: Vec<String> = (0..30)
        .rev()
        .map(|d| (today - Duration::days(d)).format("%Y-%m-%d").to_string())
        .collect();
    let since = format!("{}T00:00:00Z", days[0]);
    let counts = state
        .services
        .store
        .daily_counts(&since)
        .await
        .unwrap_or_default();
    let mut resets = vec![0u32; 30];
    let mut changes = vec![0u32; 30];
    let mut unlocks = vec![0u32; 30];
    let mut failures = vec![0u32; 30];
    for (day, activity, status, n) in counts {
        let Some(i) = days.iter().position(|d| *d == day) else {
            continue;
        };
        let n = u32::try_from(n).unwrap_or(u32::MAX);
        if status == "failure" && WRITE_ACTIVITIES.contains(&activity.as_str()) {
            failures[i] += n;
            continue;
        }
        match Activity::parse(&activity) {
            Some(Activity::ResetSelfService | Activity::ResetByAdmin) => resets[i] += n,
            Some(Activity::ChangeSelfService) => changes[i] += n,
            Some(Activity::UnlockSelfService | Activity::UnlockByAdmin) => unlocks[i] += n,
            _ => {}
        }
    }
    let names = [
        page.t("chart-resets"),
        page.t("chart-changes"),
        page.t("chart-unlocks"),
        page.t("chart-failures"),
    ];
    let activity_chart = stacked_bars(
        &page.tr,
        &page.t("chart-activity-title"),
        &days,
        &[
            Series {
                name: &names[0],
                class: "bar-reset",
                values: &resets,
            },
            Series {
                name: &names[1],
                class: "bar-change",
                values: &changes,
            },
            Series {
                name: &names[2],
                class: "bar-unlock",
                values: &unlocks,
            },
            Series {
                name: &names[3],
                class: "bar-failure",
                values: &failures,
            },
        ],
    );
    let reasons: Vec<(String, u32)> = state
        .services
        .store
        .failures_by_reason(&since, &WRITE_ACTIVITIES)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|(r, n)| (r, u32::try_from(n).unwrap_or(u32::MAX)))
        .collect();
    let reasons_chart = horizontal_bars(
        &page.tr,
        &page.t("chart-reasons-title"),
        &reasons,
        "bar-reason",
    );
    let health = state.services.health().await;
    let why = words::health_why(&page.tr, health.why);
    let reminders = state
        .services
        .store
        .reminder_figures(&since)
        .await
        .ok()
        .map(|(sent, changed)| {
            (
                crate::tr!(page.tr, "console-reminders-sent", n = sent),
                crate::tr!(
                    page.tr,
                    "console-reminders-changed",
                    n = changed,
                    sent = sent
                ),
            )
        });
    render(
        StatusCode::OK,
        &DashboardView {
            page,
            bar: bar(&a, "dashboard"),
            activity_chart,
            reasons_chart,
            status: health.status.as_str(),
            why,
            reminders,
        },
    )
}

// ---- Users -------------------------------------------------------------------------------

#[derive(Deserialize)]
pub struct SearchQuery {
    q: Option<String>,
    page: Option<usize>,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersView {
    page: PageCtx,
    bar: Bar,
    q: String,
    rows: Vec<UserRow>,
    total: usize,
    page_no: usize,
    pages: usize,
    error: Option<String>,
}

struct UserRow {
    guid: String,
    sam: String,
    name: String,
    mail: String,
    flags: Vec<(&'static str, String)>,
}

const PER_PAGE: usize = 25;

fn flags(tr: &Tr, u: &DirectoryUser) -> Vec<(&'static str, String)> {
    let s = u.state(Utc::now());
    let mut f = Vec::new();
    if s.disabled {
        f.push(("badge-muted", "console-flag-disabled"));
    }
    if s.locked {
        f.push(("badge-bad", "console-flag-locked"));
    }
    if s.password_expired || s.must_change {
        f.push(("badge-warn", "console-flag-must-change"));
    }
    if s.protected {
        f.push(("badge-warn", "console-flag-protected"));
    }
    if f.is_empty() {
        f.push(("badge-ok", "console-flag-ok"));
    }
    f.into_iter().map(|(class, id)| (class, tr.t(id))).collect()
}

/// GET /admin/users?q=
pub async fn users_get(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(a): Extension<AdminSession>,
    Query(q): Query<SearchQuery>,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let text: String =
        q.q.unwrap_or_default()
            .chars()
            .filter(|c| !c.is_control())
            .take(128)
            .collect();
    let (found, error) = if text.trim().is_empty() {
        (Vec::new(), None)
    } else if text.trim().chars().count() < 2 {
        (
            Vec::new(),
            Some(page.t1("console-search-too-short", "n", 2u32)),
        )
    } else {
        match state.services.admin_search(&text).await {
            Ok(v) => (v, None),
            Err(_) => (Vec::new(), Some(page.t("console-search-unavailable"))),
        }
    };
    let total = found.len();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page_no = q.page.unwrap_or(1).clamp(1, pages);
    let rows = found
        .iter()
        .skip((page_no - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|u| UserRow {
            guid: u.guid.clone(),
            sam: u.sam_account_name.clone(),
            name: u.display_name.clone().unwrap_or_default(),
            mail: u.mail.clone().unwrap_or_default(),
            flags: flags(&page.tr, u),
        })
        .collect();
    render(
        StatusCode::OK,
        &UsersView {
            page,
            bar: bar(&a, "users"),
            q: text,
            rows,
            total,
            page_no,
            pages,
            error,
        },
    )
}

#[derive(Template)]
#[template(path = "admin/user.html")]
struct UserView {
    page: PageCtx,
    bar: Bar,
    d: UserDetail,
    facts: Vec<(String, String)>,
    policy: Vec<String>,
    findings: Vec<(&'static str, String, String, String)>,
    /// Why sspr does not reset or unlock this account, when it is privileged.
    privileged: Option<String>,
    /// How long a caller verification counts, in minutes.
    caller_minutes: i64,
    caller_ok: bool,
    caller_code_sent: bool,
    has_email: bool,
    has_totp: bool,
    /// The account's self-service passkeys: name, added, last used (in the reader's words).
    passkeys: Vec<(String, String, String)>,
    notice: Option<(String, String)>,
}

/// The privileged notice's words, when the account is privileged.
fn privileged_notice(tr: &Tr, d: &UserDetail) -> Option<String> {
    d.privilege
        .as_ref()
        .map(|p| words::privilege(tr, "console-privileged-notice", p))
}

async fn user_page(
    state: &AppState,
    session: &PortalSession,
    a: &AdminSession,
    guid: &str,
    notice: Option<(&'static str, String)>,
    status: StatusCode,
) -> Response {
    let notice = notice.map(|(tone, text)| (tone.to_string(), text));
    let page = PageCtx::new(state, session).await;
    let d = match state.services.admin_user(guid).await {
        Ok(d) => d,
        Err(crate::writeback::WritebackError::UserNotFound) => {
            let link = (
                format!("{}admin/users", page.base),
                page.t("console-users-heading"),
            );
            let (title, text, next) = (
                page.t("console-no-such-user-title"),
                page.t("console-no-such-user-message"),
                page.t("console-no-such-user-next"),
            );
            return message(
                page,
                StatusCode::NOT_FOUND,
                "info",
                &title,
                &text,
                &next,
                Some(link),
            );
        }
        Err(_) => return unavailable_page(page),
    };
    let s = &d.state;
    let tr = &page.tr;
    let when = |t| words::when(tr, t);
    let yes_no = |b: bool| tr.t(if b { "console-yes" } else { "console-no" });
    let facts = vec![
        (
            tr.t("console-account"),
            tr.t2(
                "console-account-value",
                "sam",
                &d.user.sam_account_name,
                "upn",
                d.user.upn.clone().unwrap_or_default(),
            ),
        ),
        (
            tr.t("console-fact-name"),
            d.user.display_name.clone().unwrap_or_default(),
        ),
        (
            tr.t("console-fact-mail"),
            d.user.mail.clone().unwrap_or_else(|| tr.t("console-none")),
        ),
        (
            tr.t("console-fact-locked"),
            if s.locked {
                tr.t2(
                    "console-fact-locked-yes",
                    "since",
                    when(s.locked_since),
                    "until",
                    when(d.unlocks_at),
                )
            } else {
                yes_no(false)
            },
        ),
        (tr.t("console-fact-bad-count"), s.bad_pwd_count.to_string()),
        (tr.t("console-fact-disabled"), yes_no(s.disabled)),
        (
            tr.t("console-fact-password"),
            if s.must_change {
                tr.t("console-password-must-change")
            } else if s.password_expired {
                tr.t("console-password-expired")
            } else if s.never_expires {
                tr.t("console-password-never-expires")
            } else {
                tr.t1("console-password-expires", "when", when(s.password_expires))
            },
        ),
        (
            tr.t("console-fact-password-last-set"),
            when(s.password_last_set),
        ),
        (tr.t("console-fact-protected"), yes_no(s.protected)),
        (
            tr.t("console-fact-privileged"),
            match &d.privilege {
                Some(p) => words::privilege(tr, "console-fact-privileged-yes", p),
                None => yes_no(false),
            },
        ),
    ];
    let policy = d
        .policy
        .as_ref()
        .map(|p| {
            let mut v = crate::web::policy::rule_lines(&page.tr, p);
            v.insert(
                0,
                match &p.source {
                    crate::policy::PolicySource::Pso { dn } => {
                        tr.t1("console-policy-pso", "dn", dn)
                    }
                    crate::policy::PolicySource::Domain => tr.t("console-policy-domain"),
                },
            );
            v
        })
        .unwrap_or_else(|| vec![tr.t("console-policy-unreadable")]);
    let findings = d
        .findings
        .iter()
        .map(|f| {
            let level = match f.severity {
                Severity::Blocks => "level-fail",
                Severity::Warns => "level-warn",
                Severity::Info => "level-warn",
            };
            let (title, detail, fix) = words::finding(tr, &page.helpdesk, f);
            (level, title, detail, fix)
        })
        .collect();
    let privileged = privileged_notice(tr, &d);
    let mut d = d;
    for e in &mut d.events {
        e.occurred_at = show_time(tr, &e.occurred_at);
    }
    let has = |k: MethodKind| d.methods.iter().any(|m| m.kind == k);
    let passkeys = match state.services.passkeys_of(&d.user.guid).await {
        Ok(keys) => keys
            .into_iter()
            .map(|k| {
                let (added, used) = super::passkeys::passkey_words(tr, &k);
                (k.name, added, used)
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    let view = UserView {
        passkeys,
        caller_ok: a.caller_verified(&d.user.guid, CALLER_WINDOW_SECS),
        caller_code_sent: a
            .caller_code
            .as_ref()
            .is_some_and(|(g, _)| *g == d.user.guid),
        has_email: has(MethodKind::Email),
        has_totp: has(MethodKind::Totp),
        page,
        bar: bar(a, "users"),
        facts,
        policy,
        findings,
        privileged,
        caller_minutes: CALLER_WINDOW_SECS / 60,
        d,
        notice,
    };
    render(status, &view)
}

/// GET /admin/users/{guid}
pub async fn user_get(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(a): Extension<AdminSession>,
    Path(guid): Path<String>,
) -> Response {
    user_page(&state, &session, &a, &guid, None, StatusCode::OK).await
}

#[derive(Template)]
#[template(path = "admin/confirm.html")]
struct ConfirmView {
    page: PageCtx,
    bar: Bar,
    title: String,
    what: String,
    action: String,
    fields: Vec<(String, String)>,
    needs_reason: bool,
    nonce: String,
    ask_password: bool,
}

/// Whether the action may proceed: confirmed, and the caller verified (or an override with a
/// reason, which goes into the audit detail). Otherwise the confirmation page to show.
/// What a confirmation page asks.
struct Ask<'a> {
    title: &'a str,
    what: &'a str,
    action: &'a str,
}

async fn confirmed(
    state: &AppState,
    session: &PortalSession,
    a: &AdminSession,
    user: &DirectoryUser,
    form: &Fields,
    ask: Ask<'_>,
) -> Result<String, Response> {
    let Ask {
        title,
        what,
        action,
    } = ask;
    let verified = a.caller_verified(&user.guid, CALLER_WINDOW_SECS);
    let reason: String = form
        .raw("override_reason")
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    // A confirmation is good once: its nonce is used up here, so reloading the result page
    // (which re-posts the form) does not repeat the action.
    // It is also good only for the account and the action it was shown for.
    let expected = session.take_confirmation().await;
    let nonce_ok = expected.is_some_and(|c| {
        !c.nonce.is_empty()
            && c.nonce == form.raw("nonce")
            && c.guid == user.guid
            && c.action == action
    });
    if form.raw("confirm") == "yes" && nonce_ok && (verified || !reason.is_empty()) {
        return Ok(if verified {
            "caller verified".into()
        } else {
            format!("caller not verified by code; override: {reason}")
        });
    }
    let page = PageCtx::new(state, session).await;
    let nonce = crate::web::middleware::new_token();
    let shown = Confirmation {
        nonce: nonce.clone(),
        guid: user.guid.clone(),
        action: action.to_string(),
    };
    if session.set_confirmation(&shown).await.is_err() {
        return Err(unavailable_page(page));
    }
    let fields = form
        .0
        .iter()
        // Never echo a typed password into the page: it is asked for again on the
        // confirmation page instead.
        .filter(|(k, _)| {
            !matches!(
                k.as_str(),
                "csrf" | "confirm" | "override_reason" | "nonce" | "password"
            )
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Err(render(
        StatusCode::OK,
        &ConfirmView {
            page,
            bar: bar(a, "users"),
            title: title.to_string(),
            what: what.to_string(),
            action: action.to_string(),
            fields,
            needs_reason: !verified,
            nonce,
            ask_password: form.raw("mode") == "typed",
        },
    ))
}

#[derive(Template)]
#[template(path = "admin/result.html")]
struct ResultView {
    page: PageCtx,
    bar: Bar,
    guid: String,
    sam: String,
    tone: &'static str,
    title: String,
    text: String,
    secret: Option<String>,
}

async fn target(state: &AppState, guid: &str) -> Result<DirectoryUser, StatusCode> {
    state
        .services
        .directory
        .find_by_guid(guid)
        .await
        .map_err(|e| match e {
            crate::writeback::WritebackError::UserNotFound => StatusCode::NOT_FOUND,
            _ => StatusCode::SERVICE_UNAVAILABLE,
        })
}

/// The result page of a helpdesk action that succeeded (200).
fn done_page(
    page: PageCtx,
    a: &AdminSession,
    guid: String,
    sam: String,
    title: &str,
    text: String,
) -> Response {
    render(
        StatusCode::OK,
        &ResultView {
            page,
            bar: bar(a, "users"),
            guid,
            sam,
            tone: "success",
            title: title.into(),
            text,
            secret: None,
        },
    )
}

/// The result page of a writeback the helpdesk asked for: `done` (title, text and a
/// shown-once secret) when it succeeded (200), else `failed` and what went wrong (422).
fn action_result(
    page: PageCtx,
    a: &AdminSession,
    guid: String,
    sam: String,
    out: &crate::flows::Outcome,
    done: (&str, String, Option<String>),
    failed: &str,
) -> Response {
    let (status, tone, title, text, secret) = if out.ok() {
        (StatusCode::OK, "success", done.0, done.1, done.2)
    } else {
        let text = outcome_text(out, &page);
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            "error",
            failed,
            text,
            None,
        )
    };
    render(
        status,
        &ResultView {
            page,
            bar: bar(a, "users"),
            guid,
            sam,
            tone,
            title: title.into(),
            text,
            secret,
        },
    )
}

fn outcome_text(out: &crate::flows::Outcome, page: &PageCtx) -> String {
    if let Some(msgs) = refusal_messages(out, page) {
        return msgs.join(" ");
    }
    words::explain_fix(&page.tr, &out.reason)
}

/// POST /admin/users/{guid}/reset
pub async fn reset_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(a): Extension<AdminSession>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    Path(guid): Path<String>,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let user = match target(&state, &guid).await {
        Ok(u) => u,
        Err(_) => return unavailable_page(page),
    };
    let generate = form.raw("mode") != "typed";
    if !generate {
        if let Err(e) =
            crate::web::input::password(form.raw("password"), "console-typed-password-empty")
        {
            return user_page(
                &state,
                &session,
                &a,
                &guid,
                Some(("error", page.t(e))),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    }
    let must_change = form.raw("must_change") == "on";
    let unlock = form.raw("unlock") == "on";
    let yes = |b: bool| if b { "yes" } else { "no" };
    let what = crate::tr!(
        page.tr,
        "console-reset-confirm",
        name = user.display_name.clone().unwrap_or_default(),
        sam = &user.sam_account_name,
        must_change = yes(must_change),
        unlock = yes(unlock),
    );
    let how = match confirmed(
        &state,
        &session,
        &a,
        &user,
        &form,
        Ask {
            title: &page.t("console-reset-confirm-title"),
            what: &what,
            action: &format!("admin/users/{guid}/reset"),
        },
    )
    .await
    {
        Ok(h) => h,
        Err(r) => return r,
    };
    let password = if generate {
        generate_password()
    } else {
        SecretString::from(form.raw("password").to_string())
    };
    let mut ctx = request_context(&ip, &headers);
    ctx.note = Some(how.clone());
    let out = state
        .services
        .admin_reset(&ctx, &a, &user, &password, must_change, unlock)
        .await;
    tracing::info!(target_user = %user.sam_account_name, admin = %a.sam, how = %how, reason = %out.reason, "helpdesk reset");
    let done = crate::tr!(
        page.tr,
        "console-reset-done",
        sam = &user.sam_account_name,
        must_change = yes(must_change),
    );
    let (title, failed) = (
        page.t("console-reset-done-title"),
        page.t("console-reset-failed"),
    );
    action_result(
        page,
        &a,
        guid,
        user.sam_account_name,
        &out,
        (
            &title,
            done,
            generate.then(|| password.expose_secret().to_string()),
        ),
        &failed,
    )
}

/// POST /admin/users/{guid}/unlock
pub async fn unlock_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(a): Extension<AdminSession>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    Path(guid): Path<String>,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Ok(user) = target(&state, &guid).await else {
        return unavailable_page(page);
    };
    let what = page.t2(
        "console-unlock-confirm",
        "name",
        user.display_name.clone().unwrap_or_default(),
        "sam",
        &user.sam_account_name,
    );
    let how = match confirmed(
        &state,
        &session,
        &a,
        &user,
        &form,
        Ask {
            title: &page.t("console-unlock-confirm-title"),
            what: &what,
            action: &format!("admin/users/{guid}/unlock"),
        },
    )
    .await
    {
        Ok(h) => h,
        Err(r) => return r,
    };
    let mut ctx = request_context(&ip, &headers);
    ctx.note = Some(how);
    let out = state.services.admin_unlock(&ctx, &a, &user).await;
    let done = page.t1("console-unlock-done", "sam", &user.sam_account_name);
    let (title, failed) = (
        page.t("console-unlock-done-title"),
        page.t("console-unlock-failed"),
    );
    action_result(
        page,
        &a,
        guid,
        user.sam_account_name,
        &out,
        (&title, done, None),
        &failed,
    )
}

/// POST /admin/users/{guid}/clear
pub async fn clear_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(a): Extension<AdminSession>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    Path(guid): Path<String>,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Ok(user) = target(&state, &guid).await else {
        return unavailable_page(page);
    };
    let what = page.t1("console-clear-confirm", "sam", &user.sam_account_name);
    let how = match confirmed(
        &state,
        &session,
        &a,
        &user,
        &form,
        Ask {
            title: &page.t("console-clear-confirm-title"),
            what: &what,
            action: &format!("admin/users/{guid}/clear"),
        },
    )
    .await
    {
        Ok(h) => h,
        Err(r) => return r,
    };
    let mut ctx = request_context(&ip, &headers);
    ctx.note = Some(how);
    match state.services.admin_clear_methods(&ctx, &a, &user).await {
        Ok(n) => {
            let text = page.t2("console-clear-done", "n", n, "sam", &user.sam_account_name);
            let title = page.t("console-clear-done-title");
            done_page(page, &a, guid, user.sam_account_name, &title, text)
        }
        Err(_) => unavailable_page(page),
    }
}

/// POST /admin/users/{guid}/unblock: unblocks an authenticator after too many wrong codes.
pub async fn unblock_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(a): Extension<AdminSession>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    Path(guid): Path<String>,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Ok(user) = target(&state, &guid).await else {
        return unavailable_page(page);
    };
    let what = page.t1("console-unblock-confirm", "sam", &user.sam_account_name);
    let how = match confirmed(
        &state,
        &session,
        &a,
        &user,
        &form,
        Ask {
            title: &page.t("console-unblock-confirm-title"),
            what: &what,
            action: &format!("admin/users/{guid}/unblock"),
        },
    )
    .await
    {
        Ok(h) => h,
        Err(r) => return r,
    };
    let mut ctx = request_context(&ip, &headers);
    ctx.note = Some(how);
    match state
        .services
        .admin_unblock_authenticator(&ctx, &a, &user)
        .await
    {
        Ok(()) => {
            let text = page.t1("console-unblock-done", "sam", &user.sam_account_name);
            let title = page.t("console-unblock-done-title");
            let sam = user.sam_account_name;
            done_page(page, &a, guid, sam, &title, text)
        }
        Err(_) => unavailable_page(page),
    }
}

/// POST /admin/users/{guid}/caller/send: emails the caller a code to read back.
pub async fn caller_send_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(mut a): Extension<AdminSession>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    Path(guid): Path<String>,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Ok(user) = target(&state, &guid).await else {
        return unavailable_page(page);
    };
    let ctx = request_context(&ip, &headers);
    match state.services.send_caller_code(&ctx, &a, &user).await {
        Ok(Some(flow)) => {
            a.caller_code = Some((user.guid.clone(), flow));
            let _ = session.set_admin(&a).await;
            let text = page.t("console-caller-code-sent");
            user_page(
                &state,
                &session,
                &a,
                &guid,
                Some(("success", text)),
                StatusCode::OK,
            )
            .await
        }
        Ok(None) => {
            let text = page.t("console-caller-no-email");
            user_page(
                &state,
                &session,
                &a,
                &guid,
                Some(("error", text)),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => {
            let again = (
                format!("{}admin/users/{guid}", page.base),
                page.t("console-back-to-user"),
            );
            step_error_page(page, &e, again)
        }
    }
}

/// POST /admin/users/{guid}/caller/check: checks what the caller read back.
pub async fn caller_check_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(mut a): Extension<AdminSession>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    Path(guid): Path<String>,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Ok(user) = target(&state, &guid).await else {
        return unavailable_page(page);
    };
    let method = if form.raw("method") == "totp" {
        MethodKind::Totp
    } else {
        MethodKind::Email
    };
    let typed = crate::web::input::code(form.raw("code")).unwrap_or_default();
    let flow = a
        .caller_code
        .as_ref()
        .filter(|(g, _)| *g == user.guid)
        .map(|(_, f)| f.clone());
    let ctx = request_context(&ip, &headers);
    match state
        .services
        .check_caller(&ctx, &a, &user, method, flow.as_deref(), &typed)
        .await
    {
        Ok(true) => {
            a.caller = Some((user.guid.clone(), Utc::now().timestamp()));
            a.caller_code = None;
            let _ = session.set_admin(&a).await;
            user_page(
                &state,
                &session,
                &a,
                &guid,
                Some((
                    "success",
                    page.t1(
                        "console-caller-verified",
                        "minutes",
                        CALLER_WINDOW_SECS / 60,
                    ),
                )),
                StatusCode::OK,
            )
            .await
        }
        Ok(false) => {
            user_page(
                &state,
                &session,
                &a,
                &guid,
                Some(("error", page.t("console-caller-wrong"))),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => {
            let again = (
                format!("{}admin/users/{guid}", page.base),
                page.t("console-back-to-user"),
            );
            step_error_page(page, &e, again)
        }
    }
}

// ---- Audit log ---------------------------------------------------------------------------

/// Filters as they come in the query string.
#[derive(Deserialize, Default)]
pub struct AuditQuery {
    user: Option<String>,
    activity: Option<String>,
    status: Option<String>,
    reason: Option<String>,
    from: Option<String>,
    to: Option<String>,
    page: Option<i64>,
    format: Option<String>,
    verify: Option<String>,
}

impl AuditQuery {
    fn filter(&self) -> AuditFilter {
        let clean = |v: &Option<String>, max: usize| {
            v.as_ref()
                .map(|s| {
                    s.trim()
                        .chars()
                        .filter(|c| !c.is_control())
                        .take(max)
                        .collect::<String>()
                })
                .filter(|s| !s.is_empty())
        };
        let date = |v: &Option<String>, end: bool| {
            clean(v, 10)
                .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
                .map(|d| {
                    let d = if end { d + Duration::days(1) } else { d };
                    format!("{}T00:00:00Z", d.format("%Y-%m-%d"))
                })
        };
        AuditFilter {
            user: clean(&self.user, 64),
            activity: clean(&self.activity, 80).filter(|a| Activity::parse(a).is_some()),
            status: clean(&self.status, 10).filter(|s| s == "success" || s == "failure"),
            reason: clean(&self.reason, 64)
                .filter(|r| StatusReason::ALL.iter().any(|x| x.as_str() == r)),
            from: date(&self.from, false),
            to: date(&self.to, true),
            target_guid: None,
        }
    }

    fn query_string(&self) -> String {
        let mut s = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("user", &self.user),
            ("activity", &self.activity),
            ("status", &self.status),
            ("reason", &self.reason),
            ("from", &self.from),
            ("to", &self.to),
        ] {
            if let Some(v) = v.as_ref().filter(|v| !v.is_empty()) {
                s.append_pair(k, v);
            }
        }
        s.finish()
    }
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditView {
    page: PageCtx,
    bar: Bar,
    q: AuditQueryView,
    rows: Vec<AuditRecord>,
    total: i64,
    page_no: i64,
    pages: i64,
    qs: String,
    activities: Vec<&'static str>,
    reasons: Vec<&'static str>,
    chain_ok: bool,
    chain_rows: u64,
    /// Rows from before the keyed chain, and whether a keyed row or the sealed head covers
    /// them.
    chain_legacy: u64,
    chain_keyed: bool,
    chain_problems: Vec<String>,
    verified: bool,
}

struct AuditQueryView {
    user: String,
    activity: String,
    status: String,
    reason: String,
    from: String,
    to: String,
}

/// GET /admin/audit
pub async fn audit_get(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(a): Extension<AdminSession>,
    Query(q): Query<AuditQuery>,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let f = q.filter();
    let per = 50;
    let page_no = q.page.unwrap_or(1).clamp(1, 1_000_000);
    let Ok((mut rows, total)) = state
        .services
        .store
        .audit_search(&f, per, (page_no - 1) * per)
        .await
    else {
        return unavailable_page(page);
    };
    let pages = ((total + per - 1) / per).max(1);
    // Verifying the chain reads every row: done when asked, not on every view.
    let report = if q.verify.is_some() {
        state.services.audit.verify().await.ok()
    } else {
        None
    };
    let verified = report.is_some();
    for r in &mut rows {
        r.occurred_at = show_time(&page.tr, &r.occurred_at);
    }
    let mut reasons: Vec<&'static str> = StatusReason::ALL.iter().map(|r| r.as_str()).collect();
    reasons.dedup();
    let view = AuditView {
        page,
        bar: bar(&a, "audit"),
        qs: q.query_string(),
        q: AuditQueryView {
            user: q.user.clone().unwrap_or_default(),
            activity: f.activity.clone().unwrap_or_default(),
            status: f.status.clone().unwrap_or_default(),
            reason: f.reason.clone().unwrap_or_default(),
            from: q.from.clone().unwrap_or_default(),
            to: q.to.clone().unwrap_or_default(),
        },
        rows,
        total,
        page_no,
        pages,
        activities: Activity::ALL.iter().map(|a| a.as_str()).collect(),
        reasons,
        chain_ok: report.as_ref().is_some_and(|r| r.ok()),
        verified,
        chain_rows: report.as_ref().map(|r| r.rows).unwrap_or(0),
        chain_legacy: report.as_ref().map(|r| r.legacy_rows).unwrap_or(0),
        chain_keyed: report.as_ref().is_none_or(|r| r.keyed),
        chain_problems: report
            .map(|r| r.problems.into_iter().take(5).collect())
            .unwrap_or_default(),
    };
    render(StatusCode::OK, &view)
}

/// GET /admin/audit/export?format=csv|jsonl&filters: the filtered view as a download.
pub async fn audit_export_get(
    State(state): State<AppState>,
    Extension(a): Extension<AdminSession>,
    Query(q): Query<AuditQuery>,
) -> Response {
    let format = if q.format.as_deref() == Some("jsonl") {
        Format::Jsonl
    } else {
        Format::Csv
    };
    let Ok(rows) = state.services.store.audit_search_all(&q.filter()).await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let mut out = Vec::new();
    if export::write_records(&rows, format, &mut out).is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    tracing::info!(admin = %a.sam, rows = rows.len(), "audit export");
    let (ty, ext) = match format {
        Format::Csv => ("text/csv; charset=utf-8", "csv"),
        Format::Jsonl => ("application/x-ndjson", "jsonl"),
    };
    let name = format!(
        "attachment; filename=\"sspr-audit-{}.{ext}\"",
        Utc::now().format("%Y%m%d-%H%M%S")
    );
    (
        [
            (header::CONTENT_TYPE, ty.to_string()),
            (header::CONTENT_DISPOSITION, name),
        ],
        out,
    )
        .into_response()
}

// ---- Health ------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "admin/health.html")]
struct HealthView {
    page: PageCtx,
    bar: Bar,
    h: Health,
    /// The headline's code (`active`…), for its class and its words.
    status: &'static str,
    why: String,
    checked_at: String,
    last_success: String,
    /// The checks in the reader's words.
    checks: Vec<ShownCheck>,
}

/// One check as the health page shows it.
struct ShownCheck {
    /// `pass`, `warn` or `fail`, for its class.
    level: &'static str,
    name: String,
    detail: String,
    fix: Option<String>,
}

/// GET /admin/health
pub async fn health_get(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(a): Extension<AdminSession>,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let h = state.services.health().await;
    let tr = &page.tr;
    let why = words::health_why(tr, h.why);
    let checked_at = h
        .checked_at
        .as_deref()
        .map_or_else(|| tr.t("console-never"), |t| show_time(tr, t));
    let last_success = h
        .last_success
        .as_deref()
        .map_or_else(|| tr.t("console-none-yet"), |t| show_time(tr, t));
    let checks = h
        .checks
        .iter()
        .map(|c| {
            let (name, detail, fix) = words::check(tr, c);
            ShownCheck {
                level: match c.level {
                    Level::Pass => "pass",
                    Level::Warn => "warn",
                    Level::Fail => "fail",
                },
                name,
                detail,
                fix,
            }
        })
        .collect();
    render(
        StatusCode::OK,
        &HealthView {
            page,
            bar: bar(&a, "health"),
            status: h.status.as_str(),
            why,
            checked_at,
            last_success,
            checks,
            h,
        },
    )
}

/// POST /admin/health/run: runs the checks now.
pub async fn health_run_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(_admin): Extension<AdminSession>,
) -> Response {
    // At most one manual run per 30 seconds: each run costs the DCs a round of checks.
    let recent = state
        .services
        .store
        .last_health_run()
        .await
        .ok()
        .flatten()
        .and_then(|r| chrono::DateTime::parse_from_rfc3339(&r.at).ok())
        .is_some_and(|t| Utc::now().signed_duration_since(t) < Duration::seconds(30));
    if !recent {
        state.services.heartbeat().await;
    }
    let base = PageCtx::new(&state, &session).await.base;
    to(&base, "admin/health")
}

/// A stored time (RFC 3339), in the reader's layout and the configured zone; as stored when
/// it does not parse.
pub fn show_time(tr: &Tr, s: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|t| tr.datetime(t.with_timezone(&Utc)))
        .unwrap_or_else(|_| s.to_string())
}
