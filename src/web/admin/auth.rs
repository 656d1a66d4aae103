//! Helpdesk sign-in: directory password and group, then an authenticator code (enrolled on the
//! first sign-in).

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Extension;
use secrecy::SecretString;
use tower_sessions::Session;

use super::ADMIN;
use crate::flows::admin::{AdminSession, AdminSignIn};
use crate::flows::registration::PendingTotp;
use crate::flows::StepError;
use crate::web::middleware::ClientIp;
use crate::web::{
    blocked_page, input, pad_to_deadline, render, request_context, to, unavailable_page, Fields,
    PageCtx,
};
use crate::AppState;

/// Session key of a helpdesk sign-in waiting for its second factor.
const PENDING: &str = "admin_pending";
const ENROL: &str = "admin_enrol";

/// A sign-in between the password and the second factor. It expires: a password check is
/// not a standing permission to enrol or to try codes later.
#[derive(serde::Serialize, serde::Deserialize)]
struct Pending {
    admin: AdminSession,
    enrolled: bool,
    at: i64,
    /// The emailed enrolment code's flow, for a first sign-in.
    enrol_flow: Option<String>,
}

const PENDING_FOR_SECS: i64 = 5 * 60;

async fn pending(session: &Session) -> Option<Pending> {
    session
        .get::<Pending>(PENDING)
        .await
        .ok()
        .flatten()
        .filter(|p| chrono::Utc::now().timestamp() - p.at <= PENDING_FOR_SECS)
}

/// A new CSRF token after signing in (the one issued before belongs to an anonymous page).
async fn rotate_csrf(session: &Session) {
    let _ = session.remove::<String>("csrf").await;
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
}

/// GET /admin/login
pub async fn login_get(State(state): State<AppState>, session: Session) -> Response {
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
    session: Session,
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
        input::password(password, "Enter your password."),
    ) else {
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &LoginView {
                page,
                username: typed,
                error: Some("Enter your user name and password.".into()),
            },
        );
    };
    let ctx = request_context(&ip, &headers);
    let result = state
        .services
        .admin_sign_in(&ctx, &username, &SecretString::from(password.to_string()))
        .await;
    pad_to_deadline(&state, started).await;
    match result {
        Ok(AdminSignIn::Ok(admin, enrolled)) => {
            let _ = session.remove::<AdminSession>(ADMIN).await;
            let _ = session.remove::<PendingTotp>(ENROL).await;
            let enrol_flow = if enrolled {
                None
            } else {
                match state.services.begin_admin_enrolment(&ctx, &admin).await {
                    Ok(Some(flow)) => Some(flow),
                    Ok(None) => {
                        return crate::web::message(
                            page,
                            StatusCode::FORBIDDEN,
                            "warning",
                            "No mailbox to confirm the set-up",
                            "Setting up your helpdesk authenticator needs a code sent to your directory mailbox, and your account has none.",
                            "Ask a directory administrator to add a mail address to your account.",
                            None,
                        )
                    }
                    Err(_) => return unavailable_page(page),
                }
            };
            let p = Pending { admin: *admin, enrolled, at: chrono::Utc::now().timestamp(), enrol_flow };
            if session.insert(PENDING, &p).await.is_err() || session.cycle_id().await.is_err() {
                return unavailable_page(page);
            }
            rotate_csrf(&session).await;
            to(&page.base, "admin/login/totp")
        }
        Ok(AdminSignIn::Refused) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &LoginView { page, username: typed, error: Some("The user name or password is not right, or this account is not a helpdesk account.".into()) },
        ),
        Err(StepError::Blocked(b)) => blocked_page(page, b.until),
        Err(StepError::Unavailable) => unavailable_page(page),
    }
}

/// GET /admin/login/totp: the second factor, or enrolment on the first sign-in.
pub async fn totp_get(State(state): State<AppState>, session: Session) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Some(Pending {
        admin, enrolled, ..
    }) = pending(&session).await
    else {
        return to(&page.base, "admin/login");
    };
    if enrolled {
        return render(
            StatusCode::OK,
            &TotpView {
                page,
                enrol: None,
                error: None,
            },
        );
    }
    let member = admin.as_member();
    let shown = match session.get::<PendingTotp>(ENROL).await.ok().flatten() {
        Some(p) => state.services.totp_display(&member, &p),
        None => match state.services.start_totp(&member) {
            Ok((p, qr, key)) => {
                let _ = session.insert(ENROL, &p).await;
                Ok((qr, key))
            }
            Err(e) => Err(e),
        },
    };
    match shown {
        Ok(pair) => render(
            StatusCode::OK,
            &TotpView {
                page,
                enrol: Some(pair),
                error: None,
            },
        ),
        Err(_) => unavailable_page(page),
    }
}

/// POST /admin/login/totp
pub async fn totp_post(
    State(state): State<AppState>,
    session: Session,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Some(Pending {
        mut admin,
        enrolled,
        enrol_flow,
        ..
    }) = pending(&session).await
    else {
        return to(&page.base, "admin/login");
    };
    let typed = input::code(form.raw("code")).unwrap_or_default();
    let ctx = request_context(&ip, &headers);
    let ok = if enrolled {
        state
            .services
            .admin_second_factor(&ctx, &admin, &typed)
            .await
    } else {
        match (
            session.get::<PendingTotp>(ENROL).await.ok().flatten(),
            enrol_flow,
        ) {
            (Some(p), Some(flow)) => {
                let emailed = input::code(form.raw("enrol_code")).unwrap_or_default();
                state
                    .services
                    .confirm_admin_enrolment(&ctx, &admin, &flow, &emailed, &p.sealed, &typed)
                    .await
            }
            _ => Ok(false),
        }
    };
    match ok {
        Ok(true) => {
            admin.totp_ok = true;
            admin.last_seen = chrono::Utc::now().timestamp();
            admin.signed_in_at = admin.last_seen;
            let _ = session.remove::<Pending>(PENDING).await;
            let _ = session.remove::<PendingTotp>(ENROL).await;
            if session.insert(ADMIN, &admin).await.is_err() || session.cycle_id().await.is_err() {
                return unavailable_page(page);
            }
            rotate_csrf(&session).await;
            to(&page.base, "admin")
        }
        Ok(false) => {
            let enrol = if enrolled {
                None
            } else {
                session
                    .get::<PendingTotp>(ENROL)
                    .await
                    .ok()
                    .flatten()
                    .and_then(|p| state.services.totp_display(&admin.as_member(), &p).ok())
            };
            render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &TotpView {
                    page,
                    enrol,
                    error: Some("That code is not right. Type the code your app shows now.".into()),
                },
            )
        }
        Err(StepError::Blocked(b)) => {
            let _ = session.remove::<Pending>(PENDING).await;
            blocked_page(page, b.until)
        }
        Err(StepError::Unavailable) => unavailable_page(page),
    }
}

/// POST /admin/logout
pub async fn logout_post(State(state): State<AppState>, session: Session) -> Response {
    let _ = session.flush().await;
    let base = state.config.server.public_url.path().to_string();
    to(&base, "admin/login")
}
