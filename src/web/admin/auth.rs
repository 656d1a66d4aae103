//! Helpdesk sign-in: directory password and group, then an authenticator code (enrolled on the
//! first sign-in).

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Extension;
use secrecy::SecretString;

use crate::flows::admin::{AdminSignIn, PendingSignIn};
use crate::flows::StepError;
use crate::web::middleware::ClientIp;
use crate::web::{
    blocked_page, input, pad_to_deadline, render, request_context, step_error_page, to,
    unavailable_page, Fields, PageCtx, PortalSession,
};
use crate::AppState;

fn again(page: &PageCtx) -> (String, String) {
    (
        format!("{}admin/login", page.base),
        page.t("console-sign-in"),
    )
}

#[derive(Template)]
#[template(path = "admin/login.html")]
struct LoginView {
    page: PageCtx,
    username: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/totp.html")]
struct TotpView {
    page: PageCtx,
    enrol: Option<(String, String)>,
    error: Option<String>,
    /// Whether "sign in with a passkey instead" is offered.
    passkey: bool,
}

/// GET /admin/login
pub async fn login_get(State(state): State<AppState>, session: PortalSession) -> Response {
    let page = PageCtx::new(&state, &session).await;
    render(
        StatusCode::OK,
        &LoginView {
            page,
            username: String::new(),
            error: None,
        },
    )
}

/// POST /admin/login
pub async fn login_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let started = std::time::Instant::now();
    let page = PageCtx::new(&state, &session).await;
    let typed: String = form.raw("username").chars().take(256).collect();
    let password = form.raw("password");
    let (Ok(username), Ok(())) = (
        input::username(&typed),
        input::password(password, "input-password-empty"),
    ) else {
        let error = Some(page.t("console-login-incomplete"));
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &LoginView {
                page,
                username: typed,
                error,
            },
        );
    };
    let ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    let result = state
        .services
        .admin_sign_in(&ctx, &username, &SecretString::from(password.to_string()))
        .await;
    pad_to_deadline(&state, started).await;
    match result {
        Ok(AdminSignIn::Ok(admin, enrolled)) => {
            // A fresh session under a new id: nothing from before this sign-in carries over
            // (another console sign-in, a registration, a recovery), nor does the id.
            if session.start_fresh().await.is_err() {
                return unavailable_page(page);
            }
            let enrol_flow = if enrolled {
                None
            } else {
                match state.services.begin_admin_enrolment(&ctx, &admin).await {
                    Ok(Some(flow)) => Some(flow),
                    Ok(None) => {
                        let (title, text, next) = (
                            page.t("console-no-mailbox-title"),
                            page.t("console-no-mailbox-message"),
                            page.t("console-no-mailbox-next"),
                        );
                        return crate::web::message(
                            page,
                            StatusCode::FORBIDDEN,
                            "warning",
                            &title,
                            &text,
                            &next,
                            None,
                        );
                    }
                    Err(_) => return unavailable_page(page),
                }
            };
            let p = PendingSignIn {
                admin: *admin,
                enrolled,
                at: chrono::Utc::now().timestamp(),
                enrol_flow,
                enrol_totp: None,
                passkey_challenge: None,
            };
            if session.set_admin_sign_in(&p).await.is_err() {
                return unavailable_page(page);
            }
            to(&page.base, "admin/login/totp")
        }
        Ok(AdminSignIn::Refused) => {
            let error = Some(page.t("console-login-refused"));
            render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &LoginView {
                    page,
                    username: typed,
                    error,
                },
            )
        }
        Err(e) => {
            let a = again(&page);
            step_error_page(page, &e, a)
        }
    }
}

/// GET /admin/login/totp: the second factor, or enrolment on the first sign-in.
pub async fn totp_get(State(state): State<AppState>, session: PortalSession) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Some(mut p) = session.admin_sign_in().await else {
        return to(&page.base, "admin/login");
    };
    if p.enrolled {
        let passkey = state.services.console_passkey_offered(&p).await;
        return render(
            StatusCode::OK,
            &TotpView {
                page,
                enrol: None,
                error: None,
                passkey,
            },
        );
    }
    let had_one = p.enrol_totp.is_some();
    match state.services.admin_enrol_totp(&mut p) {
        Ok(pair) => {
            if !had_one && session.set_admin_sign_in(&p).await.is_err() {
                return unavailable_page(page);
            }
            render(
                StatusCode::OK,
                &TotpView {
                    page,
                    enrol: Some(pair),
                    error: None,
                    passkey: false,
                },
            )
        }
        Err(_) => unavailable_page(page),
    }
}

/// POST /admin/login/totp
pub async fn totp_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Some(mut p) = session.admin_sign_in().await else {
        return to(&page.base, "admin/login");
    };
    let typed = input::code(form.raw("code")).unwrap_or_default();
    let ctx = request_context(&ip, &headers);
    let ok = if p.enrolled {
        state.services.admin_second_factor(&ctx, &p, &typed).await
    } else {
        let emailed = input::code(form.raw("enrol_code")).unwrap_or_default();
        state
            .services
            .confirm_admin_enrolment(&ctx, &p, &emailed, &typed)
            .await
    };
    match ok {
        Ok(true) => signed_in(&state, &session, page, p).await,
        Ok(false) => {
            let enrol = if p.enrolled {
                None
            } else {
                state.services.admin_enrol_totp(&mut p).ok()
            };
            let passkey = state.services.console_passkey_offered(&p).await;
            let error = Some(page.t("console-totp-wrong"));
            render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &TotpView {
                    page,
                    enrol,
                    error,
                    passkey,
                },
            )
        }
        Err(StepError::Blocked(b)) => {
            session.end_admin_sign_in().await;
            blocked_page(page, b.until)
        }
        Err(e) => {
            if e == StepError::WrongAccount {
                session.end().await;
            }
            let a = again(&page);
            step_error_page(page, &e, a)
        }
    }
}

/// POST /admin/logout
pub async fn logout_post(State(state): State<AppState>, session: PortalSession) -> Response {
    if let Some(a) = session.admin().await {
        state.services.close_console(&a).await;
    }
    session.end().await;
    let base = state.config.server.public_url.path().to_string();
    to(&base, "admin/login")
}

/// The second factor passed: the console session starts, under a new session id.
async fn signed_in(
    state: &AppState,
    session: &PortalSession,
    page: PageCtx,
    p: crate::flows::admin::PendingSignIn,
) -> Response {
    let admin = p.into_session();
    session.end_admin_sign_in().await;
    if state.services.open_console(&admin).await.is_err()
        || session.set_admin(&admin).await.is_err()
        || session.renew().await.is_err()
    {
        return unavailable_page(page);
    }
    to(&page.base, "admin")
}

/// POST /admin/login/passkey: a challenge for the admin's console passkeys.
pub async fn passkey_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Some(mut p) = session.admin_sign_in().await else {
        return to(&page.base, "admin/login");
    };
    let ctx = request_context(&ip, &headers);
    let options = match state
        .services
        .begin_console_passkey_sign_in(&ctx, &mut p)
        .await
    {
        Ok(Some(o)) => o,
        Ok(None) => return to(&page.base, "admin/login/totp"),
        Err(e) => {
            let a = again(&page);
            return step_error_page(page, &e, a);
        }
    };
    if session.set_admin_sign_in(&p).await.is_err() {
        return unavailable_page(page);
    }
    passkey_page(page, options, None)
}

fn passkey_page(page: PageCtx, options: String, error: Option<String>) -> Response {
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let view = crate::web::recover::PasskeyView {
        title: page.t("console-passkey-title"),
        lead: page.t("console-passkey-lead"),
        steps: None,
        error,
        mode: "get",
        options,
        action: format!("{}admin/login/passkey/finish", page.base),
        method: None,
        button: page.t("console-passkey-go"),
        back: (
            format!("{}admin/login/totp", page.base),
            page.t("console-passkey-back"),
        ),
        page,
    };
    render(status, &view)
}

/// POST /admin/login/passkey/finish: the browser's answer.
pub async fn passkey_finish_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Some(mut p) = session.admin_sign_in().await else {
        return to(&page.base, "admin/login");
    };
    let answer = input::passkey_answer(form.raw("credential")).unwrap_or_default();
    let ctx = request_context(&ip, &headers);
    match state
        .services
        .admin_passkey_factor(&ctx, &mut p, &answer)
        .await
    {
        Ok(true) => signed_in(&state, &session, page, p).await,
        Ok(false) => {
            // The challenge is spent: the next try gets a new one.
            let next = state
                .services
                .begin_console_passkey_sign_in(&ctx, &mut p)
                .await;
            if session.set_admin_sign_in(&p).await.is_err() {
                return unavailable_page(page);
            }
            match next {
                Ok(Some(options)) => {
                    let error = Some(page.t("console-passkey-wrong"));
                    passkey_page(page, options, error)
                }
                _ => to(&page.base, "admin/login/totp"),
            }
        }
        Err(StepError::Blocked(b)) => {
            session.end_admin_sign_in().await;
            blocked_page(page, b.until)
        }
        Err(e) => {
            let a = again(&page);
            step_error_page(page, &e, a)
        }
    }
}
