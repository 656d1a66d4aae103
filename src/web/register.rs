//! `/register`: sign in with the directory password, then add, see and remove verification
//! methods (an alternate email, an authenticator app).

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use secrecy::SecretString;
use tower_sessions::Session;

use super::middleware::ClientIp;
use super::{
    blocked_page, input, message, render, request_context, to, unavailable_page, Fields, PageCtx,
};
use crate::audit::RequestContext;
use crate::flows::registration::{Member, MethodView, PendingEmail, PendingTotp, SignIn};
use crate::flows::StepError;
use crate::status::StatusReason;
use crate::verify::MethodKind;
use crate::AppState;

/// Routes of this module.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/register", get(register_get))
        .route("/register/signin", post(signin_post))
        .route("/register/signout", post(signout_post))
        .route("/register/email", get(email_get).post(email_post))
        .route("/register/email/confirm", post(email_confirm_post))
        .route("/register/totp", get(totp_get).post(totp_post))
        .route("/register/remove", post(remove_post))
        .route("/register/prove", post(prove_post))
}

const MEMBER: &str = "member";

/// After a `register` verification: the member may now change their methods.
pub(super) async fn finish_step_up(session: &Session, page: &PageCtx) -> Response {
    if let Some(mut m) = member(session).await {
        m.stepped_up = true;
        if session.insert(MEMBER, &m).await.is_err() || session.cycle_id().await.is_err() {
            return unavailable_page(page.clone());
        }
        let _ = session
            .insert("notice", "Verified. You can change your methods now.")
            .await;
    }
    to(&page.base, "register")
}

/// Whether the member must prove an existing method before changing methods.
fn needs_step_up(m: &Member, methods: &[MethodView]) -> bool {
    !methods.is_empty() && !m.stepped_up
}

/// Guards a method change: `Some(redirect)` when the member is not signed in or must first
/// prove an existing method.
async fn change_guard(
    state: &AppState,
    session: &Session,
    page: &PageCtx,
) -> Result<Member, Response> {
    let Some(m) = member(session).await else {
        return Err(to(&page.base, "register"));
    };
    let methods = state
        .services
        .member_methods(&m)
        .await
        .map_err(|_| unavailable_page(page.clone()))?;
    if needs_step_up(&m, &methods) {
        return Err(to(&page.base, "register"));
    }
    Ok(m)
}

/// Marks the member as having just proved a method (by confirming a new one).
async fn mark_stepped_up(session: &Session, mut m: Member) {
    m.stepped_up = true;
    let _ = session.insert(MEMBER, &m).await;
}
const PENDING_EMAIL: &str = "pending_email";
const PENDING_TOTP: &str = "pending_totp";

#[derive(Template)]
#[template(path = "register_signin.html")]
struct SignInView {
    page: PageCtx,
    username: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "register.html")]
struct MethodsView {
    page: PageCtx,
    name: String,
    methods: Vec<MethodView>,
    has_email: bool,
    has_totp: bool,
    required: u8,
    notice: Option<String>,
    email_error: Option<String>,
    locked: bool,
}

#[derive(Template)]
#[template(path = "register_email.html")]
struct EmailView {
    page: PageCtx,
    masked: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "register_totp.html")]
struct TotpView {
    page: PageCtx,
    qr: String,
    key: String,
    error: Option<String>,
}

async fn member(session: &Session) -> Option<Member> {
    session.get::<Member>(MEMBER).await.ok().flatten()
}

fn ctx_for(ip: &ClientIp, headers: &HeaderMap) -> RequestContext {
    request_context(ip, headers)
}

async fn methods_page(
    state: &AppState,
    page: PageCtx,
    m: &Member,
    notice: Option<String>,
    email_error: Option<String>,
    status: StatusCode,
) -> Response {
    let methods = match state.services.member_methods(m).await {
        Ok(v) => v,
        Err(_) => return unavailable_page(page),
    };
    let has = |k: MethodKind| methods.iter().any(|x| x.kind == k);
    let view = MethodsView {
        locked: needs_step_up(m, &methods),
        has_email: has(MethodKind::Email),
        has_totp: has(MethodKind::Totp),
        page,
        name: m.name.clone(),
        methods,
        required: state.config.sspr.methods_required,
        notice,
        email_error,
    };
    render(status, &view)
}

async fn register_get(State(state): State<AppState>, session: Session) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let notice = session.remove::<String>("notice").await.ok().flatten();
    match member(&session).await {
        Some(m) => methods_page(&state, page, &m, notice, None, StatusCode::OK).await,
        None => render(
            StatusCode::OK,
            &SignInView {
                page,
                username: String::new(),
                error: None,
            },
        ),
    }
}

async fn signin_post(
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
    let username = match input::username(&typed) {
        Ok(u) => u,
        Err(e) => {
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &SignInView {
                    page,
                    username: typed,
                    error: Some(e.into()),
                },
            )
        }
    };
    if let Err(e) = input::password(password, "Enter your password.") {
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &SignInView {
                page,
                username: typed,
                error: Some(e.into()),
            },
        );
    }
    let ctx = ctx_for(&ip, &headers);
    let result = state
        .services
        .sign_in(&ctx, &username, &SecretString::from(password.to_string()))
        .await;
    super::pad_to_deadline(&state, started).await;
    match result {
        Ok(SignIn::Ok(m)) => {
            if session.insert(MEMBER, &m).await.is_err() || session.cycle_id().await.is_err() {
                return unavailable_page(page);
            }
            to(&page.base, "register")
        }
        Ok(SignIn::MustChange) => {
            let q: String = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("user", &username)
                .append_pair("expired", "1")
                .finish();
            to(&page.base, &format!("change?{q}"))
        }
        // Wrong password, unknown name, locked or disabled: one answer (see `NOT_RIGHT`).
        Ok(
            SignIn::Invalid | SignIn::LockedOut | SignIn::NotAllowed(StatusReason::AccountDisabled),
        ) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &SignInView {
                page,
                username: typed,
                error: Some(super::NOT_RIGHT.into()),
            },
        ),
        // Said only after the password proved who is asking.
        Ok(SignIn::NotAllowed(_)) => {
            let next = format!("Contact {} for help with your password.", page.helpdesk);
            let home = (page.base.clone(), "Back to the start".to_string());
            message(
                page,
                StatusCode::FORBIDDEN,
                "info",
                "Registration is not available",
                "Self-service password reset is not enabled for your account.",
                &next,
                Some(home),
            )
        }
        Err(StepError::Blocked(b)) => blocked_page(page, b.until),
        Err(StepError::Unavailable) => unavailable_page(page),
    }
}

async fn signout_post(State(state): State<AppState>, session: Session) -> Response {
    let _ = session.flush().await;
    let base = state.config.server.public_url.path().to_string();
    to(&base, "")
}

async fn email_post(
    State(state): State<AppState>,
    session: Session,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let m = match change_guard(&state, &session, &page).await {
        Ok(m) => m,
        Err(r) => return r,
    };
    let address = match input::email(form.raw("email")) {
        Ok(a) => a,
        Err(e) => {
            return methods_page(
                &state,
                page,
                &m,
                None,
                Some(e.into()),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    };
    let ctx = ctx_for(&ip, &headers);
    match state.services.start_email(&ctx, &m, &address).await {
        Ok(p) => {
            if session.insert(PENDING_EMAIL, &p).await.is_err() {
                return unavailable_page(page);
            }
            to(&page.base, "register/email")
        }
        Err(StepError::Blocked(b)) => blocked_page(page, b.until),
        Err(StepError::Unavailable) => unavailable_page(page),
    }
}

async fn email_get(State(state): State<AppState>, session: Session) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let (Some(_), Some(p)) = (
        member(&session).await,
        session
            .get::<PendingEmail>(PENDING_EMAIL)
            .await
            .ok()
            .flatten(),
    ) else {
        return to(&page.base, "register");
    };
    render(
        StatusCode::OK,
        &EmailView {
            page,
            masked: p.address.clone(),
            error: None,
        },
    )
}

async fn email_confirm_post(
    State(state): State<AppState>,
    session: Session,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let (Some(m), Some(p)) = (
        member(&session).await,
        session
            .get::<PendingEmail>(PENDING_EMAIL)
            .await
            .ok()
            .flatten(),
    ) else {
        return to(&page.base, "register");
    };
    let typed = match input::code(form.raw("code")) {
        Ok(c) => c,
        Err(e) => {
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &EmailView {
                    page,
                    masked: p.address,
                    error: Some(e.into()),
                },
            )
        }
    };
    let ctx = ctx_for(&ip, &headers);
    match state.services.confirm_email(&ctx, &m, &p, &typed).await {
        Ok(true) => {
            mark_stepped_up(&session, m).await;
            let _ = session.remove::<PendingEmail>(PENDING_EMAIL).await;
            let _ = session.insert("notice", "Your email address is registered.").await;
            to(&page.base, "register")
        }
        Ok(false) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &EmailView { page, masked: p.address, error: Some("That code is not right, or it has expired. Check the newest email, or go back and send a new code.".into()) },
        ),
        Err(StepError::Blocked(b)) => {
            let _ = session.remove::<PendingEmail>(PENDING_EMAIL).await;
            blocked_page(page, b.until)
        }
        Err(StepError::Unavailable) => unavailable_page(page),
    }
}

async fn totp_get(State(state): State<AppState>, session: Session) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let m = match change_guard(&state, &session, &page).await {
        Ok(m) => m,
        Err(r) => return r,
    };
    let existing = session
        .get::<PendingTotp>(PENDING_TOTP)
        .await
        .ok()
        .flatten();
    let shown = match existing {
        Some(p) => state.services.totp_display(&m, &p),
        None => match state.services.start_totp(&m) {
            Ok((p, qr, key)) => {
                if session.insert(PENDING_TOTP, &p).await.is_err() {
                    return unavailable_page(page);
                }
                Ok((qr, key))
            }
            Err(e) => Err(e),
        },
    };
    match shown {
        Ok((qr, key)) => render(
            StatusCode::OK,
            &TotpView {
                page,
                qr,
                key,
                error: None,
            },
        ),
        Err(_) => unavailable_page(page),
    }
}

async fn totp_post(
    State(state): State<AppState>,
    session: Session,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let (Some(m), Some(p)) = (
        member(&session).await,
        session
            .get::<PendingTotp>(PENDING_TOTP)
            .await
            .ok()
            .flatten(),
    ) else {
        return to(&page.base, "register");
    };
    let again = |page: PageCtx, error: &str| match state.services.totp_display(&m, &p) {
        Ok((qr, key)) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &TotpView {
                page,
                qr,
                key,
                error: Some(error.to_string()),
            },
        ),
        Err(_) => unavailable_page(page),
    };
    let typed = match input::code(form.raw("code")) {
        Ok(c) => c,
        Err(e) => return again(page, e),
    };
    let ctx = ctx_for(&ip, &headers);
    match state.services.confirm_totp(&ctx, &m, &p, &typed).await {
        Ok(true) => {
            mark_stepped_up(&session, m.clone()).await;
            let _ = session.remove::<PendingTotp>(PENDING_TOTP).await;
            let _ = session
                .insert("notice", "Your authenticator app is registered.")
                .await;
            to(&page.base, "register")
        }
        Ok(false) => again(
            page,
            "That code is not right. Check the app's clock, and type the code it shows now.",
        ),
        Err(_) => unavailable_page(page),
    }
}

/// Starts proving an existing method (a code to the registered address, or the app).
async fn prove_post(
    State(state): State<AppState>,
    session: Session,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Some(m) = member(&session).await else {
        return to(&page.base, "register");
    };
    let ctx = ctx_for(&ip, &headers);
    match state.services.begin_step_up(&ctx, &m).await {
        Ok(rec) => {
            if session.insert("recovery", &rec).await.is_err() {
                return unavailable_page(page);
            }
            to(&page.base, "register/verify")
        }
        Err(StepError::Blocked(b)) => blocked_page(page, b.until),
        Err(StepError::Unavailable) => unavailable_page(page),
    }
}

async fn remove_post(
    State(state): State<AppState>,
    session: Session,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let m = match change_guard(&state, &session, &page).await {
        Ok(m) => m,
        Err(r) => return r,
    };
    let Some(kind) = MethodKind::parse(form.raw("kind")) else {
        return methods_page(&state, page, &m, None, None, StatusCode::BAD_REQUEST).await;
    };
    let ctx = ctx_for(&ip, &headers);
    match state.services.remove_method(&ctx, &m, kind).await {
        Ok(()) => {
            let _ = session
                .insert("notice", format!("{} removed.", kind.label()))
                .await;
            to(&page.base, "register")
        }
        Err(_) => unavailable_page(page),
    }
}
