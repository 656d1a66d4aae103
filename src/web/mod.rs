//! HTTP: the router, the page context every view shares, and the pieces each use case uses.
//! Each use case owns its routes ([`recover`], [`change`], [`register`], [`home`]); this
//! module merges them behind the security middleware ([`middleware`]).

pub mod admin;
pub mod change;
pub mod csrf;
pub mod home;
pub mod internal;
pub mod language;
pub mod middleware;
pub mod policy;
pub mod recover;
pub mod register;
pub mod server;
pub mod session;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use askama::Template;
use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use sha2::Digest;
use tower_sessions::SessionStore;
use tower_sessions::{Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

use crate::store::Db;

use crate::audit::{Actor, RequestContext};
use crate::flows::StepError;
use crate::i18n::Tr;
use crate::AppState;
pub use session::PortalSession;

/// Embedded assets: the binary needs no files beside it.
const APP_CSS: &str = include_str!("../../static/app.css");
const PASSWORD_JS: &str = include_str!("../../static/password.js");
const PASSKEY_JS: &str = include_str!("../../static/passkey.js");

/// A short content hash, appended to asset URLs so they can be cached for a year.
fn asset_version() -> &'static str {
    static V: OnceLock<String> = OnceLock::new();
    V.get_or_init(|| {
        let mut h = sha2::Sha256::new();
        h.update(APP_CSS);
        h.update(PASSWORD_JS);
        h.update(PASSKEY_JS);
        hex::encode(&h.finalize()[..6])
    })
}

/// What every page needs: where the portal lives, whose it is, the CSRF token.
#[derive(Debug, Clone)]
pub struct PageCtx {
    /// The public path prefix, always ending in `/` (links are `{{ page.base }}reset`).
    pub base: String,
    /// Organisation name.
    pub org: String,
    /// Whether a logo is configured.
    pub has_logo: bool,
    /// The session's CSRF token, for the hidden field of every form.
    pub csrf: String,
    /// How to reach the helpdesk.
    pub helpdesk: String,
    /// Asset version (cache busting).
    pub v: &'static str,
    /// Whether unlock is offered.
    pub allow_unlock: bool,
    /// The reader's language: every word on the page comes from it.
    pub tr: Tr,
    /// This page's path under the portal, for the language switcher to come back to.
    pub here: String,
    /// Minutes the DCs keep accepting a previous password over NTLM (0: say nothing).
    pub old_password_minutes: u64,
}

impl PageCtx {
    /// The context for this request, creating the session's CSRF token if needed.
    pub async fn new(state: &AppState, session: &PortalSession) -> Self {
        let csrf = session.csrf_token();
        let (tr, here) = match session.lang() {
            Some(l) => (l.tr.clone(), l.here.clone()),
            None => (state.i18n.default_tr(), String::new()),
        };
        Self {
            tr,
            here,
            base: state.config.server.public_url.path().to_string(),
            org: state.config.server.organisation.clone(),
            has_logo: state.logo.is_some(),
            csrf,
            helpdesk: state.config.server.helpdesk_contact.clone(),
            v: asset_version(),
            allow_unlock: state.config.sspr.allow_unlock,
            old_password_minutes: state
                .config
                .directory
                .old_password_allowed_period
                .as_secs()
                .div_ceil(60),
        }
    }

    /// What to do after a password was set (`key` is `change-done` or `reset-done`): sign in
    /// with the new one, and, where the DCs still accept the previous one over NTLM for a
    /// while, that this is expected.
    pub fn after_new_password(&self, key: &str) -> String {
        let next = self.t(&format!("{key}-next"));
        if self.old_password_minutes == 0 {
            return next;
        }
        format!(
            "{next} {}",
            self.t1("done-old-password", "minutes", self.old_password_minutes)
        )
    }
}

impl PageCtx {
    /// A message in the reader's language.
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    /// A message with one argument.
    pub fn t1(&self, id: &str, k: &str, v: impl crate::i18n::IntoArg) -> String {
        self.tr.t1(id, k, v)
    }

    /// A message with two arguments.
    pub fn t2(
        &self,
        id: &str,
        k1: &str,
        v1: impl crate::i18n::IntoArg,
        k2: &str,
        v2: impl crate::i18n::IntoArg,
    ) -> String {
        self.tr.t2(id, k1, v1, k2, v2)
    }

    /// The switcher's link to this page in another language.
    pub fn switch_href(&self, code: &str) -> String {
        let back: String = url::form_urlencoded::byte_serialize(self.here.as_bytes()).collect();
        format!("{}language?to={code}&back={back}", self.base)
    }
}

/// Renders a template, or a plain 500 if rendering itself fails (a bug).
pub fn render(status: StatusCode, t: &impl Template) -> Response {
    match t.render() {
        Ok(html) => (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html,
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed to render");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please try again.",
            )
                .into_response()
        }
    }
}

/// A page that says what happened and what to do next.
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessageView {
    /// Shared context.
    pub page: PageCtx,
    /// Title.
    pub title: String,
    /// `info`, `success`, `warning` or `error`.
    pub tone: &'static str,
    /// What happened.
    pub message: String,
    /// What to do next.
    pub next: String,
    /// A link to go on with (href, label).
    pub link: Option<(String, String)>,
}

/// Renders a message page.
pub fn message(
    page: PageCtx,
    status: StatusCode,
    tone: &'static str,
    title: &str,
    message: &str,
    next: &str,
    link: Option<(String, String)>,
) -> Response {
    render(
        status,
        &MessageView {
            page,
            title: title.to_string(),
            tone,
            message: message.to_string(),
            next: next.to_string(),
            link,
        },
    )
}

/// A message page whose words are all catalogue messages: `{key}-title`, `{key}-message`,
/// `{key}-next`, and the link back to the start.
fn standard(
    page: PageCtx,
    status: StatusCode,
    tone: &'static str,
    key: &str,
    next: String,
) -> Response {
    let home = (page.base.clone(), page.t("back-to-start"));
    let title = page.t(&format!("{key}-title"));
    let text = page.t(&format!("{key}-message"));
    message(page, status, tone, &title, &text, &next, Some(home))
}

/// "Too many attempts" page (429).
pub fn blocked_page(page: PageCtx, until: chrono::DateTime<chrono::Utc>) -> Response {
    let next = page.t1("blocked-next", "when", page.tr.datetime(until));
    standard(
        page,
        StatusCode::TOO_MANY_REQUESTS,
        "warning",
        "blocked",
        next,
    )
}

/// "The directory is busy" page (503 with Retry-After): it answers, but too many people are
/// changing passwords at this moment. Not an outage, and not said to be one.
pub fn busy_page(page: PageCtx, retry_after: std::time::Duration) -> Response {
    let secs = retry_after.as_secs().max(1);
    let next = page.t1("busy-next", "seconds", secs);
    let mut res = standard(
        page,
        StatusCode::SERVICE_UNAVAILABLE,
        "warning",
        "busy",
        next,
    );
    if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

/// "Directory unavailable" page (503).
pub fn unavailable_page(page: PageCtx) -> Response {
    let next = page.t("unavailable-next");
    standard(
        page,
        StatusCode::SERVICE_UNAVAILABLE,
        "error",
        "unavailable",
        next,
    )
}

/// "Your session has ended" (400): the step needs state this session does not hold, or holds
/// for another account. `again` is where to start over (href, label).
pub fn session_ended_page(page: PageCtx, again: (String, String)) -> Response {
    let (title, text, next) = (
        page.t("session-ended-title"),
        page.t("session-ended-message"),
        page.t("session-ended-next"),
    );
    message(
        page,
        StatusCode::BAD_REQUEST,
        "info",
        &title,
        &text,
        &next,
        Some(again),
    )
}

/// The page for a step that could not go on, whatever the flow. `again` is where to start
/// over when the session no longer fits the step.
pub fn step_error_page(page: PageCtx, e: &StepError, again: (String, String)) -> Response {
    match e {
        StepError::Blocked(b) => blocked_page(page, b.until),
        StepError::Unavailable => unavailable_page(page),
        StepError::StepUpNeeded | StepError::WrongAccount => session_ended_page(page, again),
        StepError::Busy(after) => busy_page(page, *after),
    }
}

/// Waits until `started + deadline`. Every page that looks at an account answers no sooner,
/// found or not, so its timing does not tell whether the account exists. A page that took
/// longer than the deadline is logged: the deadline is then too short for this directory.
pub async fn pad_to_deadline(state: &AppState, started: std::time::Instant) {
    let deadline = state.config.security.identify_deadline;
    if started.elapsed() > deadline {
        tracing::warn!(
            took_ms = started.elapsed().as_millis() as u64,
            "page slower than security.identify_deadline: timing may differ between accounts"
        );
    }
    tokio::time::sleep_until((started + deadline).into()).await;
}

/// The message id of the one answer to a failed sign-in or change, whatever the cause
/// (unknown name, wrong password, locked or disabled account): telling them apart would tell
/// a stranger about the account.
pub const NOT_RIGHT: &str = "not-right";

/// A redirect (303) to a path under the portal's base.
pub fn to(page_base: &str, path: &str) -> Response {
    Redirect::to(&format!("{page_base}{path}")).into_response()
}

/// Form fields, leniently parsed: a missing field is an empty string that validation then
/// names, rather than a bare 422 from the framework.
pub struct Fields(pub HashMap<String, String>);

impl Fields {
    /// A field, trimmed of nothing (passwords keep their spaces).
    pub fn raw(&self, name: &str) -> &str {
        self.0.get(name).map(String::as_str).unwrap_or("")
    }
}

impl<S: Send + Sync> FromRequest<S> for Fields {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let lang = req
            .extensions()
            .get::<language::Lang>()
            .map(|l| l.tr.clone());
        match axum::Form::<HashMap<String, String>>::from_request(req, state).await {
            Ok(axum::Form(m)) => Ok(Fields(m)),
            Err(_) => Err((
                StatusCode::BAD_REQUEST,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                lang.map_or_else(|| "bad-form".to_string(), |tr| tr.t("bad-form")),
            )
                .into_response()),
        }
    }
}

/// Validation of what people type, at the edge: every field has a length and charset limit.
/// An error is the id of the message that says what to fix (`page.t(e)` shows it).
pub mod input {
    /// A user name as typed: sAMAccountName, DOMAIN\name, UPN or email.
    pub fn username(s: &str) -> Result<String, &'static str> {
        let t = s.trim();
        if t.is_empty() {
            return Err("input-username-empty");
        }
        if t.chars().count() > 256 || t.chars().any(char::is_control) {
            return Err("input-username-bad");
        }
        Ok(t.to_string())
    }

    /// A password as typed (kept exactly, spaces included); `what` is the message id that
    /// asks for it when it is empty.
    pub fn password(s: &str, what: &'static str) -> Result<(), &'static str> {
        if s.is_empty() {
            return Err(what);
        }
        if s.chars().count() > 256 || s.chars().any(char::is_control) {
            return Err("input-password-bad");
        }
        Ok(())
    }

    /// An email address.
    pub fn email(s: &str) -> Result<String, &'static str> {
        let t = s.trim();
        if t.is_empty() {
            return Err("input-email-empty");
        }
        if t.len() > 254 || t.parse::<lettre::Address>().is_err() {
            return Err("input-email-bad");
        }
        Ok(t.to_string())
    }

    /// The browser's answer to a passkey challenge (JSON the relying party reads): present
    /// and of a sensible size. An empty one means the browser gave none.
    pub fn passkey_answer(s: &str) -> Result<String, &'static str> {
        if s.trim().is_empty() {
            return Err("passkey-none");
        }
        if s.len() > 12 * 1024 || s.chars().any(char::is_control) {
            return Err("passkey-bad");
        }
        Ok(s.to_string())
    }

    /// The name someone gives a passkey: shown to them and to the helpdesk, so no control
    /// characters and none of the invisible ones that reorder or hide text (bidi overrides,
    /// zero-width characters).
    pub fn passkey_name(s: &str) -> Result<String, &'static str> {
        let t = s.trim();
        if t.is_empty() {
            return Err("register-passkey-name-empty");
        }
        let invisible = |c: char| {
            matches!(c, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
        };
        if t.chars().count() > crate::flows::passkeys::NAME_MAX
            || t.chars().any(|c| c.is_control() || invisible(c))
        {
            return Err("register-passkey-name-bad");
        }
        Ok(t.to_string())
    }

    /// A one-time code field: digits, spaces and dashes, short.
    pub fn code(s: &str) -> Result<String, &'static str> {
        let t = s.trim();
        if t.is_empty() {
            return Err("input-code-empty");
        }
        if t.len() > 16
            || !t
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
        {
            return Err("input-code-bad");
        }
        Ok(t.chars().filter(char::is_ascii_digit).collect())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn fields_are_checked_for_length_and_charset() {
            assert!(username(" alice ").is_ok());
            assert!(username("").is_err());
            assert!(username("a\u{0}b").is_err());
            assert!(username(&"a".repeat(257)).is_err());
            assert!(password("", "Enter it.").is_err());
            assert!(password("with space ok", "x").is_ok());
            assert!(password("tab\there", "x").is_err());
            assert!(email("a@example.com").is_ok());
            assert!(email("not-an-address").is_err());
            assert_eq!(code("1234 5678").unwrap(), "12345678");
            assert_eq!(passkey_name(" Work laptop ").unwrap(), "Work laptop");
            assert!(passkey_name("").is_err());
            assert!(passkey_name("Phone\u{202E}gnp.exe").is_err());
            assert!(passkey_name("a\u{200B}b").is_err());
            assert!(passkey_name(&"x".repeat(65)).is_err());
            assert!(code("12ab").is_err());
        }
    }
}

/// The audit context of this request.
pub fn request_context(
    ip: &middleware::ClientIp,
    headers: &axum::http::HeaderMap,
) -> RequestContext {
    let ua = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(String::from);
    RequestContext::new(Actor::SelfService, ip.0.map(|i| i.to_string()), ua)
}

async fn css() -> Response {
    asset(APP_CSS, "text/css; charset=utf-8")
}

async fn js() -> Response {
    asset(PASSWORD_JS, "text/javascript; charset=utf-8")
}

async fn passkey_js() -> Response {
    asset(PASSKEY_JS, "text/javascript; charset=utf-8")
}

fn asset(body: &'static str, ty: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(ty)),
            // Versioned URLs (?v=hash): safe to cache for a year.
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        body,
    )
        .into_response()
}

async fn logo(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    match &state.logo {
        Some(l) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(l.1)),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=86400"),
                ),
            ],
            l.0.clone(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Liveness: the process answers.
async fn healthz() -> &'static str {
    "ok"
}

/// Readiness: the database answers and at least one DC accepts the service account. A load
/// balancer sends no users to an instance that could only show "try again later".
async fn readyz(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    let db = state.store.ping().await.is_ok();
    let dc = tokio::time::timeout(
        state.config.directory.connect_timeout,
        state.services.directory.pool().lease(),
    )
    .await
    .is_ok_and(|r| r.is_ok());
    let body = format!(
        "database: {}\ndirectory: {}\n",
        if db { "ok" } else { "unavailable" },
        if dc { "ok" } else { "unavailable" }
    );
    let status = if db && dc {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response()
}

/// Counts each request by its matched route (never the raw path: unbounded series).
async fn count_requests(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    let method = req.method().to_string();
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let res = next.run(req).await;
    state
        .services
        .metrics
        .request(&method, &route, res.status().as_u16());
    res
}

/// The application's router, with sessions stored in the database.
pub async fn router(state: AppState) -> anyhow::Result<Router> {
    let public = &state.config.server.public_url;
    let base = public.path().to_string();
    let pages = Router::new()
        .merge(home::routes())
        .merge(language::routes())
        .merge(recover::routes())
        .merge(change::routes())
        .merge(register::routes())
        .merge(admin::routes(state.clone()))
        .route("/static/app.css", get(css))
        .route("/static/password.js", get(js))
        .route("/static/passkey.js", get(passkey_js))
        .route("/static/logo", get(logo))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        // No /metrics here: it is served on server.metrics_bind only (see `internal`).
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            count_requests,
        ))
        .fallback(home::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::csrf,
        ));
    // Sessions live in the same database, so every instance sharing it sees every session.
    let pages = match state.store.db() {
        // Their tables come with the database's migrations (0006_sessions).
        Db::Sqlite(pool) => pages.layer(session_layer(SqliteStore::new(pool.clone()), &state)),
        Db::Postgres(pool) => pages.layer(session_layer(PostgresStore::new(pool.clone()), &state)),
    };
    let pages = pages
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::client_ip,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::request_timeout,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::security_headers,
        ))
        // Outermost: every answer, even a timeout's, is in the reader's language.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            language::language,
        ))
        .with_state(state);
    let trimmed = base.trim_end_matches('/');
    Ok(if trimmed.is_empty() {
        pages
    } else {
        Router::new().nest(trimmed, pages)
    })
}

/// The session cookie's settings, for either backend's session store.
fn session_layer<S: SessionStore + Clone>(store: S, state: &AppState) -> SessionManagerLayer<S> {
    let public = &state.config.server.public_url;
    let idle = tower_sessions::cookie::time::Duration::seconds(
        state.config.security.session_idle.as_secs() as i64,
    );
    SessionManagerLayer::new(store)
        .with_name("sspr_session")
        // Secure unless the portal is served over plain http (a local demo).
        .with_secure(public.scheme() == "https")
        .with_http_only(true)
        .with_same_site(tower_sessions::cookie::SameSite::Strict)
        .with_path(public.path().to_string())
        .with_expiry(Expiry::OnInactivity(idle))
}

/// A logo: its bytes and content type.
pub type Logo = Arc<(Vec<u8>, &'static str)>;

/// Loads the configured logo at start-up.
pub fn load_logo(path: Option<&std::path::Path>) -> anyhow::Result<Option<Logo>> {
    let Some(path) = path else { return Ok(None) };
    let bytes = std::fs::read(path)?;
    let ty = match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("svg") => "image/svg+xml",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        _ => "image/png",
    };
    Ok(Some(Arc::new((bytes, ty))))
}
