//! `/change`: a user who knows their password (or whose password expired, or must be
//! changed) chooses a new one.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::{Extension, Router};
use secrecy::SecretString;
use serde::Deserialize;

use super::middleware::ClientIp;
use super::policy::{policy_panel, PolicyPanel};
use super::recover::refusal_messages;
use super::{
    input, message, render, request_context, unavailable_page, Fields, PageCtx, PortalSession,
};
use crate::status::StatusReason;
use crate::AppState;

/// Routes of this module.
pub fn routes() -> Router<AppState> {
    Router::new().route("/change", get(change_get).post(change_post))
}

#[derive(Template)]
#[template(path = "change.html")]
struct ChangeView {
    page: PageCtx,
    username: String,
    expired: bool,
    errors: Vec<String>,
    policy: PolicyPanel,
}

#[derive(Deserialize)]
struct ChangeQuery {
    user: Option<String>,
    expired: Option<String>,
}

async fn view(
    state: &AppState,
    page: PageCtx,
    username: String,
    expired: bool,
    errors: Vec<String>,
) -> ChangeView {
    // Before the user is known, the domain policy is what most people are under; the exact
    // rules of a fine-grained policy are checked (and named) when the form is sent. The page
    // never waits on the directory for it: a busy DC must not slow showing a form.
    let domain = crate::writeback::policy_read::domain_policy_now(&state.services.directory);
    ChangeView {
        page,
        username,
        expired,
        errors,
        policy: policy_panel(domain.as_ref(), &[], None),
    }
}

async fn change_get(
    State(state): State<AppState>,
    session: PortalSession,
    Query(q): Query<ChangeQuery>,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let username = q
        .user
        .and_then(|u| input::username(&u).ok())
        .unwrap_or_default();
    let v = view(&state, page, username, q.expired.is_some(), Vec::new()).await;
    render(StatusCode::OK, &v)
}

async fn change_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let started = std::time::Instant::now();
    let page = PageCtx::new(&state, &session).await;
    let typed = form.raw("username").chars().take(256).collect::<String>();
    let (current, new, confirm) = (
        form.raw("current_password"),
        form.raw("new_password"),
        form.raw("confirm_password"),
    );
    let mut errors = Vec::new();
    let username = match input::username(&typed) {
        Ok(u) => u,
        Err(e) => {
            errors.push(e.to_string());
            String::new()
        }
    };
    if let Err(e) = input::password(current, "Enter your current password.") {
        errors.push(e.to_string());
    }
    if let Err(e) = input::password(new, "Enter a new password.") {
        errors.push(e.to_string());
    } else if new != confirm {
        errors.push(
            "The two new passwords don't match. Type the same password in both boxes.".into(),
        );
    }
    if !errors.is_empty() {
        let v = view(&state, page, typed, false, errors).await;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &v);
    }
    let ctx = request_context(&ip, &headers);
    let out = state
        .services
        .change_password(
            &ctx,
            &username,
            &SecretString::from(current.to_string()),
            &SecretString::from(new.to_string()),
        )
        .await;
    super::pad_to_deadline(&state, started).await;
    let home = (page.base.clone(), "Back to the start".to_string());
    if let Some(until) = out.blocked_until {
        return super::blocked_page(page, until);
    }
    // Before the current password is proven nothing about the account is said: an unknown
    // name, a wrong password, and an account the portal would not even try (locked, past a
    // limit, under a policy it cannot read) all read the same.
    if out.reason == StatusReason::DirectoryBusy {
        return super::busy_page(page, out.retry_after.unwrap_or_default());
    }
    if !out.identity_proven && out.reason != StatusReason::OnPremisesConnectivityError {
        let v = view(&state, page, typed, false, vec![super::NOT_RIGHT.into()]).await;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &v);
    }
    match out.reason {
        StatusReason::Success => message(
            page,
            StatusCode::OK,
            "success",
            "Your password has been changed",
            "Your new password works now.",
            "Sign in with your new password. We've emailed you a note of this change.",
            Some(home),
        ),
        // Unknown user and wrong password read the same: the page never says which.
        // Unknown name, wrong password, locked or disabled account: one answer. The directory
        // reports a lockout (775) or a disabled account (533) whatever password was typed, so
        // saying so would describe the account to anyone who knows its name.
        StatusReason::InvalidCurrentPassword
        | StatusReason::UserNotFound
        | StatusReason::TooManyAttempts
        | StatusReason::AccountDisabled => {
            let v = view(&state, page, typed, false, vec![super::NOT_RIGHT.into()]).await;
            render(StatusCode::UNPROCESSABLE_ENTITY, &v)
        }
        StatusReason::OnPremisesConnectivityError => unavailable_page(page),
        _ => match refusal_messages(&out, &page) {
            Some(errors) => {
                let v = view(&state, page, typed, false, errors).await;
                render(StatusCode::UNPROCESSABLE_ENTITY, &v)
            }
            None => message(
                page.clone(),
                StatusCode::FORBIDDEN,
                "error",
                "We can't change this password here",
                "This account can't be changed through self-service.",
                &format!("Contact {}.", page.helpdesk),
                Some(home),
            ),
        },
    }
}
