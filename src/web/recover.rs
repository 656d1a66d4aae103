//! `/reset` and `/unlock`: who are you -> prove it -> new password (reset) or unlock.

use std::time::Instant;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use secrecy::SecretString;
use serde::Deserialize;

use super::middleware::ClientIp;
use super::policy::{policy_panel, PolicyPanel};
use super::{
    blocked_page, input, message, render, request_context, session_ended_page, step_error_page, to,
    unavailable_page, Fields, PageCtx, PortalSession,
};
use crate::flows::recovery::{CodeCheck, Purpose, Recovery};
use crate::flows::Outcome;
use crate::flows::StepError;
use crate::status::{PolicyRule, StatusReason};
use crate::verify::MethodKind;
use crate::AppState;

/// Routes of this module.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{purpose}", get(identify_get).post(identify_post))
        .route("/{purpose}/verify", get(verify_get).post(verify_post))
        .route("/{purpose}/resend", post(resend_post))
        .route("/{purpose}/verify/passkey", post(passkey_post))
        .route("/{purpose}/password", get(password_get).post(password_post))
}

fn purpose_of(s: &str) -> Option<Purpose> {
    match s {
        "reset" => Some(Purpose::Reset),
        "unlock" => Some(Purpose::Unlock),
        // Only its verify and resend steps: /register itself belongs to the register module.
        "register" => Some(Purpose::Register),
        _ => None,
    }
}

/// Step indicator: which step is current.
pub struct Steps {
    /// 1, 2 or 3.
    pub current: u8,
    /// Label of the last step.
    pub last: String,
}

#[derive(Template)]
#[template(path = "identify.html")]
struct IdentifyView {
    page: PageCtx,
    purpose: &'static str,
    title: String,
    lead: String,
    username: String,
    error: Option<String>,
    steps: Steps,
}

fn steps(page: &PageCtx, purpose: Purpose, current: u8) -> Steps {
    Steps {
        current,
        last: page.t(match purpose {
            Purpose::Reset => "reset-step-last",
            Purpose::Unlock => "unlock-step-last",
            Purpose::Register => "register-step-last",
        }),
    }
}

fn identify_view(
    page: PageCtx,
    purpose: Purpose,
    username: String,
    error: Option<String>,
) -> IdentifyView {
    let (title, lead) = match purpose {
        Purpose::Reset => ("reset-title", "reset-lead"),
        Purpose::Unlock => ("unlock-title", "unlock-lead"),
        Purpose::Register => ("register-prove-title", "register-prove-lead"),
    };
    IdentifyView {
        title: page.t(title),
        lead: page.t(lead),
        steps: steps(&page, purpose, 1),
        page,
        purpose: purpose.as_str(),
        username,
        error,
    }
}

/// Resolves the purpose from the path, refusing unlock when it is switched off.
async fn purpose_or_page(state: &AppState, page: &PageCtx, raw: &str) -> Result<Purpose, Response> {
    match purpose_of(raw) {
        None => Err(super::home::not_found_page(page.clone())),
        Some(Purpose::Unlock) if !state.config.sspr.allow_unlock => Err(message(
            page.clone(),
            StatusCode::NOT_FOUND,
            "info",
            &page.t("unlock-not-offered-title"),
            &page.t("unlock-not-offered-message"),
            &page.t1("unlock-not-offered-next", "helpdesk", &page.helpdesk),
            Some((
                format!("{}reset", page.base),
                page.t("unlock-not-offered-link"),
            )),
        )),
        Some(p) => Ok(p),
    }
}

async fn identify_get(
    State(state): State<AppState>,
    session: PortalSession,
    Path(raw): Path<String>,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let purpose = match purpose_or_page(&state, &page, &raw).await {
        Ok(Purpose::Register) => return super::home::not_found(State(state), session).await,
        Ok(p) => p,
        Err(r) => return r,
    };
    render(
        StatusCode::OK,
        &identify_view(page, purpose, String::new(), None),
    )
}

async fn identify_post(
    State(state): State<AppState>,
    session: PortalSession,
    Path(raw): Path<String>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let started = Instant::now();
    let page = PageCtx::new(&state, &session).await;
    let purpose = match purpose_or_page(&state, &page, &raw).await {
        Ok(Purpose::Register) => return super::home::not_found(State(state), session).await,
        Ok(p) => p,
        Err(r) => return r,
    };
    let typed = form.raw("username").to_string();
    let username = match input::username(&typed) {
        Ok(u) => u,
        Err(e) => {
            let error = page.t(e);
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &identify_view(
                    page,
                    purpose,
                    typed.chars().take(256).collect(),
                    Some(error),
                ),
            );
        }
    };
    let ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    let result = state
        .services
        .begin_recovery(&ctx, purpose, &username)
        .await;
    // Every answer to "who are you?" takes the same time, found or not: the work that differs
    // (storing and mailing a code) happens after the answer, and the rest fits in the deadline.
    super::pad_to_deadline(&state, started).await;
    match result {
        Ok(rec) => {
            if session.set_recovery(&rec).await.is_err() || session.renew().await.is_err() {
                return unavailable_page(page);
            }
            to(&page.base, &format!("{}/verify", purpose.as_str()))
        }
        Err(e) => {
            let a = again(&page, purpose);
            step_error_page(page, &e, a)
        }
    }
}

#[derive(Template)]
#[template(path = "verify.html")]
struct VerifyView {
    page: PageCtx,
    purpose: &'static str,
    title: String,
    method: &'static str,
    others: Vec<(&'static str, String)>,
    verified_one: bool,
    error: Option<String>,
    info: Option<String>,
    steps: Steps,
}

#[derive(Deserialize)]
struct MethodQuery {
    method: Option<String>,
}

async fn load(session: &PortalSession, purpose: Purpose) -> Option<Recovery> {
    session.recovery(purpose).await
}

/// Where a recovery starts over.
fn again(page: &PageCtx, purpose: Purpose) -> (String, String) {
    (
        format!("{}{}", page.base, purpose.as_str()),
        page.t("recover-start-again"),
    )
}

fn restart(page: PageCtx, purpose: Purpose) -> Response {
    let link = again(&page, purpose);
    session_ended_page(page, link)
}

fn verify_view(
    page: PageCtx,
    rec: &Recovery,
    method: MethodKind,
    error: Option<String>,
    info: Option<String>,
) -> VerifyView {
    let others = rec
        .remaining()
        .into_iter()
        .filter(|m| *m != method)
        .map(|m| match m {
            MethodKind::Email => ("email", page.t("verify-use-email")),
            MethodKind::Totp => ("totp", page.t("verify-use-totp")),
            MethodKind::Passkey => ("passkey", page.t("verify-use-passkey")),
        })
        .collect();
    VerifyView {
        title: page.t(if rec.verified_methods().is_empty() {
            "verify-title"
        } else {
            "verify-title-second"
        }),
        steps: steps(&page, rec.purpose, 2),
        page,
        purpose: rec.purpose.as_str(),
        method: method.as_str(),
        others,
        verified_one: !rec.verified_methods().is_empty(),
        error,
        info,
    }
}

fn pick_method(rec: &Recovery, wanted: Option<&str>) -> MethodKind {
    let remaining = rec.remaining();
    let wanted = wanted
        .and_then(MethodKind::parse)
        .filter(|m| remaining.contains(m));
    wanted
        .or_else(|| remaining.first().copied())
        .unwrap_or(MethodKind::Email)
}

async fn verify_get(
    State(state): State<AppState>,
    session: PortalSession,
    Path(raw): Path<String>,
    Query(q): Query<MethodQuery>,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let purpose = match purpose_or_page(&state, &page, &raw).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let Some(rec) = load(&session, purpose).await else {
        return restart(page, purpose);
    };
    if rec.complete() && purpose == Purpose::Reset {
        return to(&page.base, "reset/password");
    }
    let method = pick_method(&rec, q.method.as_deref());
    render(StatusCode::OK, &verify_view(page, &rec, method, None, None))
}

async fn verify_post(
    State(state): State<AppState>,
    session: PortalSession,
    Path(raw): Path<String>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let started = Instant::now();
    let page = PageCtx::new(&state, &session).await;
    let purpose = match purpose_or_page(&state, &page, &raw).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let Some(mut rec) = load(&session, purpose).await else {
        return restart(page, purpose);
    };
    let method = pick_method(&rec, Some(form.raw("method")));
    let field = if method == MethodKind::Passkey {
        input::passkey_answer(form.raw("credential"))
    } else {
        input::code(form.raw("code"))
    };
    let typed = match field {
        Ok(c) => c,
        Err(e) => {
            let error = page.t(e);
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &verify_view(page, &rec, method, Some(error), None),
            );
        }
    };
    let mut ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    ctx.flow_id = rec.flow_id.clone();
    let checked = state
        .services
        .check_code(&ctx, &mut rec, method, &typed)
        .await;
    // A wrong code for a real account and for an unknown name take the same time.
    super::pad_to_deadline(&state, started).await;
    // A passkey answer used up its challenge, whatever came of it: the session says so.
    if method == MethodKind::Passkey
        && !matches!(checked, Ok(CodeCheck::Accepted { .. }) | Err(_))
        && session.set_recovery(&rec).await.is_err()
    {
        return unavailable_page(page);
    }
    let wrong_id = |method: MethodKind, plain: &'static str, passkey: &'static str| {
        if method == MethodKind::Passkey {
            passkey
        } else {
            plain
        }
    };
    match checked {
        Ok(CodeCheck::Accepted { complete }) => {
            // A new session id after each verification step (no fixation across steps).
            if session.set_recovery(&rec).await.is_err() || session.renew().await.is_err() {
                return unavailable_page(page);
            }
            if !complete {
                return to(&page.base, &format!("{}/verify", purpose.as_str()));
            }
            match purpose {
                Purpose::Reset => to(&page.base, "reset/password"),
                Purpose::Unlock => {
                    let out = state.services.finish_unlock(&ctx, &rec).await;
                    session.end_recovery().await;
                    outcome_page(page, &out, purpose)
                }
                Purpose::Register => {
                    session.end_recovery().await;
                    super::register::finish_step_up(&state, &session, &page, &rec).await
                }
            }
        }
        Ok(CodeCheck::Wrong { left }) => {
            let msg = page.t1(
                wrong_id(method, "verify-wrong", "verify-passkey-wrong"),
                "left",
                left,
            );
            render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &verify_view(page, &rec, method, Some(msg), None),
            )
        }
        Ok(CodeCheck::Expired) => {
            let msg = page.t(wrong_id(method, "verify-expired", "verify-passkey-expired"));
            render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &verify_view(page, &rec, method, Some(msg), None),
            )
        }
        Ok(CodeCheck::Replayed) => {
            let msg = page.t(wrong_id(
                method,
                "verify-replayed",
                "verify-passkey-replayed",
            ));
            render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &verify_view(page, &rec, method, Some(msg), None),
            )
        }
        Err(StepError::Blocked(b)) => {
            session.end_recovery().await;
            blocked_page(page, b.until)
        }
        Err(e) => {
            let a = again(&page, purpose);
            step_error_page(page, &e, a)
        }
    }
}

#[derive(Template)]
#[template(path = "passkey.html")]
pub(super) struct PasskeyView {
    pub page: PageCtx,
    pub title: String,
    pub lead: String,
    pub steps: Option<Steps>,
    pub error: Option<String>,
    /// `create` (registration) or `get` (proving who one is).
    pub mode: &'static str,
    /// The WebAuthn options, as JSON.
    pub options: String,
    pub action: String,
    pub method: Option<&'static str>,
    pub button: String,
    pub back: (String, String),
}

/// Starts proving who one is with a passkey: a challenge, the same for every name, on a page
/// whose script hands it to the browser.
async fn passkey_post(
    State(state): State<AppState>,
    session: PortalSession,
    Path(raw): Path<String>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let purpose = match purpose_or_page(&state, &page, &raw).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let Some(mut rec) = load(&session, purpose).await else {
        return restart(page, purpose);
    };
    if !rec.remaining().contains(&MethodKind::Passkey) {
        return to(&page.base, &format!("{}/verify", purpose.as_str()));
    }
    let mut ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    ctx.flow_id = rec.flow_id.clone();
    let options = match state.services.begin_passkey_check(&ctx, &mut rec).await {
        Ok(o) => o,
        Err(e) => {
            let a = again(&page, purpose);
            return step_error_page(page, &e, a);
        }
    };
    if session.set_recovery(&rec).await.is_err() {
        return unavailable_page(page);
    }
    let view = PasskeyView {
        title: page.t("verify-passkey-title"),
        lead: page.t("verify-passkey-lead"),
        steps: Some(steps(&page, purpose, 2)),
        error: None,
        mode: "get",
        options,
        action: format!("{}{}/verify", page.base, purpose.as_str()),
        method: Some("passkey"),
        button: page.t("verify-passkey-go"),
        back: (
            format!("{}{}/verify", page.base, purpose.as_str()),
            page.t("passkey-back-to-methods"),
        ),
        page,
    };
    render(StatusCode::OK, &view)
}

async fn resend_post(
    State(state): State<AppState>,
    session: PortalSession,
    Path(raw): Path<String>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
) -> Response {
    let started = Instant::now();
    let page = PageCtx::new(&state, &session).await;
    let purpose = match purpose_or_page(&state, &page, &raw).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let Some(rec) = load(&session, purpose).await else {
        return restart(page, purpose);
    };
    let mut ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    ctx.flow_id = rec.flow_id.clone();
    let result = state.services.send_recovery_code(&ctx, &rec).await;
    super::pad_to_deadline(&state, started).await;
    match result {
        Ok(()) => {
            let info = page.t("verify-resent");
            render(
                StatusCode::OK,
                &verify_view(page, &rec, MethodKind::Email, None, Some(info)),
            )
        }
        Err(e) => {
            let a = again(&page, purpose);
            step_error_page(page, &e, a)
        }
    }
}

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordView {
    page: PageCtx,
    purpose: &'static str,
    policy: PolicyPanel,
    errors: Vec<String>,
    steps: Steps,
}

async fn password_view(
    state: &AppState,
    page: PageCtx,
    rec: &Recovery,
    errors: Vec<String>,
) -> PasswordView {
    let subject = rec.subject.as_ref();
    let user = match subject {
        Some(s) => state.services.directory.read_user(&s.dn).await.ok(),
        None => None,
    };
    let policy = match &user {
        Some(u) => state.services.directory.effective_policy(u).await.ok(),
        None => None,
    };
    let names: Vec<&str> = user
        .iter()
        .flat_map(|u| [Some(u.sam_account_name.as_str()), u.display_name.as_deref()])
        .flatten()
        .collect();
    PasswordView {
        steps: steps(&page, rec.purpose, 3),
        page,
        purpose: rec.purpose.as_str(),
        policy: policy_panel(
            policy.as_ref(),
            &names,
            None,
            state.services.portal_checks(),
        ),
        errors,
    }
}

async fn password_get(
    State(state): State<AppState>,
    session: PortalSession,
    Path(raw): Path<String>,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    if purpose_of(&raw) != Some(Purpose::Reset) {
        return super::home::not_found(State(state), session).await;
    }
    let Some(rec) = load(&session, Purpose::Reset)
        .await
        .filter(Recovery::complete)
    else {
        return restart(page, Purpose::Reset);
    };
    let view = password_view(&state, page, &rec, Vec::new()).await;
    render(StatusCode::OK, &view)
}

async fn password_post(
    State(state): State<AppState>,
    session: PortalSession,
    Path(raw): Path<String>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    if purpose_of(&raw) != Some(Purpose::Reset) {
        return super::home::not_found(State(state), session).await;
    }
    let Some(rec) = load(&session, Purpose::Reset)
        .await
        .filter(Recovery::complete)
    else {
        return restart(page, Purpose::Reset);
    };
    let (new, confirm) = (form.raw("new_password"), form.raw("confirm_password"));
    let mut errors = Vec::new();
    if let Err(e) = input::password(new, "input-new-password-empty") {
        errors.push(page.t(e));
    } else if new != confirm {
        errors.push(page.t("reset-mismatch"));
    }
    if !errors.is_empty() {
        let view = password_view(&state, page, &rec, errors).await;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let mut ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    ctx.flow_id = rec.flow_id.clone();
    let out = state
        .services
        .finish_reset(&ctx, &rec, &SecretString::from(new.to_string()))
        .await;
    if let Some(errors) = refusal_messages(&out, &page) {
        let view = password_view(&state, page, &rec, errors).await;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    session.end_recovery().await;
    outcome_page(page, &out, Purpose::Reset)
}

/// For a refused password: the messages to show on the form (the user can try another one).
/// `None` when the outcome is not about the password.
pub fn refusal_messages(out: &Outcome, page: &PageCtx) -> Option<Vec<String>> {
    if !out.violations.is_empty() {
        return Some(
            out.violations
                .iter()
                .map(|v| super::policy::violation_message(&page.tr, v))
                .collect(),
        );
    }
    let msg = match out.reason {
        StatusReason::PasswordBanned => page.t("policy-refused-banned"),
        StatusReason::PasswordBreached => page.t("policy-breached"),
        StatusReason::PasswordTooWeak => page.t("policy-too-weak"),
        StatusReason::OnPremisesPolicyViolation(rule) => match rule {
            PolicyRule::TooShort => page.t("policy-refused-too-short"),
            PolicyRule::NotComplex => page.t("policy-refused-not-complex"),
            PolicyRule::InHistory => page.t("policy-refused-in-history"),
            PolicyRule::TooYoung => page.t("policy-refused-too-young"),
            PolicyRule::CannotChange => {
                page.t1("policy-refused-cannot-change", "helpdesk", &page.helpdesk)
            }
            PolicyRule::Unknown => page.t("policy-refused-unknown"),
        },
        _ => return None,
    };
    Some(vec![msg])
}

/// The page after a final step.
pub fn outcome_page(page: PageCtx, out: &Outcome, purpose: Purpose) -> Response {
    let page_of =
        |page: PageCtx, status: StatusCode, tone: &'static str, key: &str, next: String| {
            let home = (page.base.clone(), page.t("back-to-start"));
            let title = page.t(&format!("{key}-title"));
            let text = page.t(&format!("{key}-message"));
            message(page, status, tone, &title, &text, &next, Some(home))
        };
    match out.reason {
        StatusReason::Success => {
            let key = match purpose {
                Purpose::Reset => "reset-done",
                Purpose::Unlock => "unlock-done",
                Purpose::Register => "register-verified",
            };
            let next = match purpose {
                Purpose::Reset => page.after_new_password(key),
                _ => page.t(&format!("{key}-next")),
            };
            page_of(page, StatusCode::OK, "success", key, next)
        }
        StatusReason::OnPremisesConnectivityError => unavailable_page(page),
        StatusReason::DirectoryBusy => super::busy_page(page, out.retry_after.unwrap_or_default()),
        StatusReason::AccountDisabled => {
            let next = page.t1("recover-disabled-next", "helpdesk", &page.helpdesk);
            page_of(
                page,
                StatusCode::FORBIDDEN,
                "error",
                "recover-disabled",
                next,
            )
        }
        _ => {
            let next = page.t1("recover-refused-next", "helpdesk", &page.helpdesk);
            page_of(
                page,
                StatusCode::FORBIDDEN,
                "error",
                "recover-refused",
                next,
            )
        }
    }
}
