//! `/register`: sign in with the directory password, then add, see and remove verification
//! methods (an alternate email, an authenticator app).

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use secrecy::SecretString;

use super::middleware::ClientIp;
use super::session::Notice;
use super::{
    input, message, render, request_context, step_error_page, to, unavailable_page, Fields,
    PageCtx, PortalSession,
};
use crate::flows::registration::{MethodView, Registration, SignIn};
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
        .route("/register/passkey/start", post(passkey_start_post))
        .route("/register/passkey", post(passkey_post))
        .route("/register/passkey/remove", post(passkey_remove_post))
}

/// After a `register` verification: the member may now change their methods, if the
/// verification was of their own account.
pub(super) async fn finish_step_up(
    state: &AppState,
    session: &PortalSession,
    page: &PageCtx,
    rec: &crate::flows::recovery::Recovery,
) -> Response {
    let Some(mut reg) = session.registration().await else {
        return to(&page.base, "register");
    };
    if let Err(e) = state.services.finish_step_up(rec, &mut reg) {
        session.end().await;
        return step_error_page(page.clone(), &e, again(page));
    }
    if session.set_registration(&reg).await.is_err() || session.renew().await.is_err() {
        return unavailable_page(page.clone());
    }
    session.set_notice(Notice::SteppedUp).await;
    to(&page.base, "register")
}

/// Where a registration starts over.
fn again(page: &PageCtx) -> (String, String) {
    (
        format!("{}register", page.base),
        page.t("register-sign-in-again"),
    )
}

/// The page for a registration step that could not go on. A session whose items do not
/// belong to its member is ended.
async fn refused(session: &PortalSession, page: PageCtx, e: &StepError) -> Response {
    match e {
        // Not signed in far enough for this step: back to the methods page, which says what
        // to do (prove a method first).
        StepError::StepUpNeeded => to(&page.base, "register"),
        StepError::WrongAccount => {
            session.end().await;
            let a = again(&page);
            step_error_page(page, e, a)
        }
        _ => {
            let a = again(&page);
            step_error_page(page, e, a)
        }
    }
}

fn notice_text(page: &PageCtx, n: Notice) -> String {
    page.t(match n {
        // The console's own notices never reach this page.
        Notice::ConsolePasskeyAdded | Notice::ConsolePasskeyRemoved => return String::new(),
        Notice::SteppedUp => "register-notice-stepped-up",
        Notice::EmailRegistered => "register-notice-email",
        Notice::TotpRegistered => "register-notice-totp",
        Notice::PasskeyRegistered => "register-notice-passkey",
        Notice::Removed(MethodKind::Email) => "register-notice-removed-email",
        Notice::Removed(MethodKind::Totp) => "register-notice-removed-totp",
        Notice::Removed(MethodKind::Passkey) => "register-notice-removed-passkey",
    })
}

/// The message id of a method's name.
pub fn method_name_id(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Email => "method-email",
        MethodKind::Totp => "method-totp",
        MethodKind::Passkey => "method-passkey",
    }
}

/// One registered passkey, in the reader's words.
struct PasskeyRow {
    id: i64,
    name: String,
    added: String,
    /// When it was last used, or that it never was.
    used: String,
}

fn passkey_row(page: &PageCtx, p: crate::flows::passkeys::PasskeyView) -> PasskeyRow {
    PasskeyRow {
        id: p.id,
        name: p.name,
        added: p.added.map(|d| page.tr.date(d)).unwrap_or_default(),
        used: match p.last_used {
            Some(d) => page.t1("register-passkey-used", "date", page.tr.date(d).as_str()),
            None => page.t("register-passkey-never-used"),
        },
    }
}

/// One registered method, in the reader's words.
struct MethodRow {
    /// Stored form, for the remove form.
    kind: &'static str,
    /// What it is.
    name: String,
    /// The masked address, or the method's name for an app.
    shown: String,
    /// When it was added.
    added: String,
}

fn method_row(page: &PageCtx, m: MethodView) -> MethodRow {
    let name = page.t(method_name_id(m.kind));
    MethodRow {
        kind: m.kind.as_str(),
        shown: m.address.unwrap_or_else(|| name.clone()),
        name,
        added: m.added.map_or(m.since, |d| page.tr.date(d)),
    }
}

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
    methods: Vec<MethodRow>,
    has_email: bool,
    has_totp: bool,
    required: u8,
    notice: Option<String>,
    email_error: Option<String>,
    locked: bool,
    /// Whether passkeys are offered.
    passkeys_on: bool,
    passkeys: Vec<PasskeyRow>,
    passkey_error: Option<String>,
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

/// A message for the methods page's forms: about the email form, or the passkey form.
enum FormError {
    None,
    Email(String),
    Passkey(String),
}

async fn methods_page(
    state: &AppState,
    page: PageCtx,
    reg: &Registration,
    notice: Option<String>,
    email_error: Option<String>,
    status: StatusCode,
) -> Response {
    let error = match email_error {
        Some(e) => FormError::Email(e),
        None => FormError::None,
    };
    methods_page_with(state, page, reg, notice, error, status).await
}

async fn methods_page_with(
    state: &AppState,
    page: PageCtx,
    reg: &Registration,
    notice: Option<String>,
    error: FormError,
    status: StatusCode,
) -> Response {
    let (methods, may_change, passkeys) = match (
        state.services.member_methods(&reg.member).await,
        state.services.may_change_methods(reg).await,
        state.services.passkeys_of(&reg.member.guid).await,
    ) {
        (Ok(v), Ok(may), Ok(keys)) => (v, may, keys),
        _ => return unavailable_page(page),
    };
    let (email_error, passkey_error) = match error {
        FormError::None => (None, None),
        FormError::Email(e) => (Some(e), None),
        FormError::Passkey(e) => (None, Some(e)),
    };
    let has = |k: MethodKind| methods.iter().any(|x| x.kind == k);
    let view = MethodsView {
        passkeys_on: state.services.passkeys.is_some(),
        passkeys: passkeys
            .into_iter()
            .map(|p| passkey_row(&page, p))
            .collect(),
        passkey_error,
        locked: !may_change,
        has_email: has(MethodKind::Email),
        has_totp: has(MethodKind::Totp),
        methods: methods.into_iter().map(|m| method_row(&page, m)).collect(),
        page,
        name: reg.member.name.clone(),
        required: state.config.sspr.methods_required,
        notice,
        email_error,
    };
    render(status, &view)
}

async fn register_get(State(state): State<AppState>, session: PortalSession) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let notice = session
        .take_notice()
        .await
        .map(|n| notice_text(&page, n))
        .filter(|t| !t.is_empty());
    match session.registration().await {
        Some(reg) => methods_page(&state, page, &reg, notice, None, StatusCode::OK).await,
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
    session: PortalSession,
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
                    error: Some(page.t(e)),
                    page,
                    username: typed,
                },
            )
        }
    };
    if let Err(e) = input::password(password, "input-password-empty") {
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &SignInView {
                error: Some(page.t(e)),
                page,
                username: typed,
            },
        );
    }
    let ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    let result = state
        .services
        .sign_in(&ctx, &username, &SecretString::from(password.to_string()))
        .await;
    super::pad_to_deadline(&state, started).await;
    match result {
        Ok(SignIn::Ok(m)) => {
            // A fresh session under a new id: nothing another account (or an earlier visit)
            // left in this browser's session carries over into this one.
            if session.start_fresh().await.is_err()
                || session
                    .set_registration(&Registration::new(m))
                    .await
                    .is_err()
            {
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
                error: Some(page.t(super::NOT_RIGHT)),
                page,
                username: typed,
            },
        ),
        // Said only after the password proved who is asking.
        Ok(SignIn::NotAllowed(reason)) => {
            let next = page.t1("register-unavailable-next", "helpdesk", &page.helpdesk);
            let home = (page.base.clone(), page.t("back-to-start"));
            let why = page.t(if reason == StatusReason::ProtectedAccount {
                "register-unavailable-privileged"
            } else {
                "register-unavailable-not-enabled"
            });
            let title = page.t("register-unavailable-title");
            message(
                page,
                StatusCode::FORBIDDEN,
                "info",
                &title,
                &why,
                &next,
                Some(home),
            )
        }
        Err(e) => refused(&session, page, &e).await,
    }
}

async fn signout_post(State(state): State<AppState>, session: PortalSession) -> Response {
    session.end().await;
    let base = state.config.server.public_url.path().to_string();
    to(&base, "")
}

/// The registration visit, or the sign-in page to go to.
async fn visit(session: &PortalSession, page: &PageCtx) -> Result<Registration, Response> {
    session
        .registration()
        .await
        .ok_or_else(|| to(&page.base, "register"))
}

async fn email_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let mut reg = match visit(&session, &page).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let address = match input::email(form.raw("email")) {
        Ok(a) => a,
        Err(e) => {
            let error = page.t(e);
            return methods_page(
                &state,
                page,
                &reg,
                None,
                Some(error),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    match state.services.start_email(&ctx, &mut reg, &address).await {
        Ok(()) => {
            if session.set_registration(&reg).await.is_err() {
                return unavailable_page(page);
            }
            to(&page.base, "register/email")
        }
        Err(e) => refused(&session, page, &e).await,
    }
}

async fn email_get(State(state): State<AppState>, session: PortalSession) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Some(p) = session.registration().await.and_then(|r| r.pending_email) else {
        return to(&page.base, "register");
    };
    render(
        StatusCode::OK,
        &EmailView {
            page,
            masked: p.address,
            error: None,
        },
    )
}

async fn email_confirm_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let mut reg = match visit(&session, &page).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let Some(shown) = reg.pending_email.as_ref().map(|p| p.address.clone()) else {
        return to(&page.base, "register");
    };
    let typed = match input::code(form.raw("code")) {
        Ok(c) => c,
        Err(e) => {
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &EmailView {
                    error: Some(page.t(e)),
                    page,
                    masked: shown,
                },
            )
        }
    };
    let ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    let result = state.services.confirm_email(&ctx, &mut reg, &typed).await;
    // The visit changed (a registered method, a proof, or a pending address given up).
    if !matches!(result, Err(StepError::WrongAccount))
        && session.set_registration(&reg).await.is_err()
    {
        return unavailable_page(page);
    }
    match result {
        Ok(true) => {
            session.set_notice(Notice::EmailRegistered).await;
            to(&page.base, "register")
        }
        Ok(false) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &EmailView {
                error: Some(page.t("register-email-wrong")),
                page,
                masked: shown,
            },
        ),
        Err(e) => refused(&session, page, &e).await,
    }
}

async fn totp_get(State(state): State<AppState>, session: PortalSession) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let mut reg = match visit(&session, &page).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let had_one = reg.pending_totp.is_some();
    match state.services.pending_totp(&mut reg).await {
        Ok((qr, key)) => {
            // Stored once, when made: reloading the page shows the same secret, writing nothing.
            if !had_one && session.set_registration(&reg).await.is_err() {
                return unavailable_page(page);
            }
            render(
                StatusCode::OK,
                &TotpView {
                    page,
                    qr,
                    key,
                    error: None,
                },
            )
        }
        Err(e) => refused(&session, page, &e).await,
    }
}

async fn totp_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let reg = match visit(&session, &page).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let Some(pending) = reg.pending_totp.clone() else {
        return to(&page.base, "register");
    };
    let again =
        |page: PageCtx, error: &str| match state.services.totp_display(&reg.member, &pending) {
            Ok((qr, key)) => render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &TotpView {
                    error: Some(page.t(error)),
                    page,
                    qr,
                    key,
                },
            ),
            Err(_) => unavailable_page(page),
        };
    let typed = match input::code(form.raw("code")) {
        Ok(c) => c,
        Err(e) => return again(page, e),
    };
    let ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    let mut next = reg.clone();
    match state.services.confirm_totp(&ctx, &mut next, &typed).await {
        Ok(true) => {
            if session.set_registration(&next).await.is_err() {
                return unavailable_page(page);
            }
            session.set_notice(Notice::TotpRegistered).await;
            to(&page.base, "register")
        }
        Ok(false) => again(page, "register-totp-wrong"),
        Err(e) => refused(&session, page, &e).await,
    }
}

/// Starts proving an existing method (a code to the registered address, or the app).
async fn prove_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let reg = match visit(&session, &page).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    match state.services.begin_step_up(&ctx, &reg).await {
        Ok(rec) => {
            if session.set_recovery(&rec).await.is_err() {
                return unavailable_page(page);
            }
            to(&page.base, "register/verify")
        }
        Err(e) => refused(&session, page, &e).await,
    }
}

async fn remove_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let reg = match visit(&session, &page).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let Some(kind) = MethodKind::parse(form.raw("kind")) else {
        return methods_page(&state, page, &reg, None, None, StatusCode::BAD_REQUEST).await;
    };
    let ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    match state.services.remove_method(&ctx, &reg, kind).await {
        Ok(()) => {
            session.set_notice(Notice::Removed(kind)).await;
            to(&page.base, "register")
        }
        Err(e) => refused(&session, page, &e).await,
    }
}

/// The methods page with `error` at the passkey form (422).
async fn passkey_refused(
    state: &AppState,
    page: PageCtx,
    reg: &Registration,
    error: String,
) -> Response {
    let error = FormError::Passkey(error);
    methods_page_with(
        state,
        page,
        reg,
        None,
        error,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// Starts registering a passkey: the name it is to have, then the page that asks the
/// browser to create it.
async fn passkey_start_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let mut reg = match visit(&session, &page).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    if state.services.passkeys.is_none() {
        return to(&page.base, "register");
    }
    let ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    let name = match input::passkey_name(form.raw("name")) {
        Ok(n) => n,
        Err(id) => {
            let error = page.t(id);
            return passkey_refused(&state, page, &reg, error).await;
        }
    };
    let name = name.as_str();
    let options = match state
        .services
        .begin_passkey_registration(&ctx, &mut reg, name)
        .await
    {
        Ok(Some(o)) => o,
        Ok(None) => {
            let error = page.t1(
                "register-passkey-too-many",
                "n",
                crate::flows::passkeys::MAX_PER_ACCOUNT,
            );
            return passkey_refused(&state, page, &reg, error).await;
        }
        Err(e) => return refused(&session, page, &e).await,
    };
    if session.set_registration(&reg).await.is_err() {
        return unavailable_page(page);
    }
    let view = super::recover::PasskeyView {
        title: page.t("register-passkey-title"),
        lead: page.t1("register-passkey-lead", "name", name),
        steps: None,
        error: None,
        mode: "create",
        options,
        action: format!("{}register/passkey", page.base),
        method: None,
        button: page.t("register-passkey-go"),
        back: (format!("{}register", page.base), page.t("register-back")),
        page,
    };
    render(StatusCode::OK, &view)
}

/// The browser's new passkey: checked and registered.
async fn passkey_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    use crate::flows::passkeys::PasskeyAdded;
    let page = PageCtx::new(&state, &session).await;
    let mut reg = match visit(&session, &page).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    if reg.pending_passkey.is_none() || state.services.passkeys.is_none() {
        return to(&page.base, "register");
    }
    let answer = match input::passkey_answer(form.raw("credential")) {
        Ok(a) => a,
        Err(e) => {
            // Nothing came from the browser: the ceremony stays open for another try.
            let error = page.t(e);
            return passkey_refused(&state, page, &reg, error).await;
        }
    };
    let ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    let result = state
        .services
        .finish_passkey_registration(&ctx, &mut reg, &answer)
        .await;
    if !matches!(result, Err(StepError::WrongAccount))
        && session.set_registration(&reg).await.is_err()
    {
        return unavailable_page(page);
    }
    let problem = match result {
        Ok(PasskeyAdded::Added) => {
            session.set_notice(Notice::PasskeyRegistered).await;
            return to(&page.base, "register");
        }
        Ok(PasskeyAdded::NotRegistered) => page.t("register-passkey-failed"),
        Ok(PasskeyAdded::AlreadyRegistered) => page.t("register-passkey-already"),
        Ok(PasskeyAdded::TooMany) => page.t1(
            "register-passkey-too-many",
            "n",
            crate::flows::passkeys::MAX_PER_ACCOUNT,
        ),
        Err(e) => return refused(&session, page, &e).await,
    };
    passkey_refused(&state, page, &reg, problem).await
}

async fn passkey_remove_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let reg = match visit(&session, &page).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let Ok(id) = form.raw("id").parse::<i64>() else {
        return methods_page(&state, page, &reg, None, None, StatusCode::BAD_REQUEST).await;
    };
    let ctx = request_context(&ip, &headers).with_language(session.lang().map(|l| l.tr.code()));
    match state.services.remove_passkey(&ctx, &reg, id).await {
        Ok(true) => {
            session
                .set_notice(Notice::Removed(MethodKind::Passkey))
                .await;
            to(&page.base, "register")
        }
        // Not one of the member's passkeys (another account's, or removed already).
        Ok(false) => methods_page(&state, page, &reg, None, None, StatusCode::NOT_FOUND).await,
        Err(e) => refused(&session, page, &e).await,
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Catalogues, FluentArgs};
    use fluent_bundle::{FluentBundle, FluentResource};

    fn format(id: &str, args: &FluentArgs) -> String {
        let text = Catalogues::shipped_text("en", "portal").expect("portal.ftl is shipped");
        let res = FluentResource::try_new(text.to_string()).expect("portal.ftl parses");
        let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(res).expect("no duplicate ids");
        let msg = bundle.get_message(id).and_then(|m| m.value()).expect(id);
        let mut errors = vec![];
        let out = bundle
            .format_pattern(msg, Some(args), &mut errors)
            .into_owned();
        assert!(errors.is_empty(), "{id}: {errors:?}");
        out
    }

    #[test]
    fn counts_read_as_before() {
        let mut a = FluentArgs::new();
        a.set("name", "Alice");
        a.set("required", 1);
        assert_eq!(
            format("register-lead", &a),
            "Signed in as Alice. One method is enough to reset your password; two are better."
        );
        a.set("required", 2);
        assert_eq!(
            format("register-lead", &a),
            "Signed in as Alice. You need two methods to reset your password."
        );
        let mut a = FluentArgs::new();
        a.set("left", 1);
        assert_eq!(
            format("verify-wrong", &a),
            "That code is not right. You have 1 try left."
        );
        a.set("left", 4);
        assert_eq!(
            format("verify-wrong", &a),
            "That code is not right. You have 4 tries left."
        );
    }
}
