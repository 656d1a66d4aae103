//! `/admin`: the helpdesk console. Every route but sign-in sits behind [`guard`], which checks
//! the session, the second factor, the idle timeout and, on every request, that the account is
//! still in the helpdesk group.

pub mod auth;
pub mod charts;
pub mod pages;
pub mod passkeys;
pub mod words;

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::Utc;

use super::{message, to, PageCtx, PortalSession};
use crate::flows::admin::AdminSession;
use crate::AppState;

/// How stale the recorded last activity of a console session may get before it is written.
const LAST_SEEN_GRAIN_SECS: i64 = 60;

/// Declares the guarded routes once, producing both the router and the list the access test
/// walks, so no route can be added without the test seeing it.
macro_rules! guarded_routes {
    ($($method:ident $path:literal => $handler:path),* $(,)?) => {
        /// Every guarded route, as (method, path).
        pub const GUARDED_ROUTES: &[(&str, &str)] = &[$((stringify!($method), $path)),*];

        fn guarded_router() -> Router<AppState> {
            Router::new()$(.route($path, $method($handler)))*
        }
    };
}

guarded_routes! {
    get "/admin" => pages::dashboard_get,
    get "/admin/users" => pages::users_get,
    get "/admin/users/{guid}" => pages::user_get,
    post "/admin/users/{guid}/reset" => pages::reset_post,
    post "/admin/users/{guid}/unlock" => pages::unlock_post,
    post "/admin/users/{guid}/clear" => pages::clear_post,
    post "/admin/users/{guid}/unblock" => pages::unblock_post,
    post "/admin/users/{guid}/caller/send" => pages::caller_send_post,
    post "/admin/users/{guid}/caller/check" => pages::caller_check_post,
    get "/admin/audit" => pages::audit_get,
    get "/admin/audit/export" => pages::audit_export_get,
    get "/admin/health" => pages::health_get,
    post "/admin/health/run" => pages::health_run_post,
    get "/admin/passkeys" => passkeys::passkeys_get,
    post "/admin/passkeys/start" => passkeys::start_post,
    post "/admin/passkeys" => passkeys::finish_post,
    post "/admin/passkeys/remove" => passkeys::remove_post,
}

/// The console's routes.
pub fn routes(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/admin/login", get(auth::login_get).post(auth::login_post))
        .route(
            "/admin/login/totp",
            get(auth::totp_get).post(auth::totp_post),
        )
        .route("/admin/login/passkey", post(auth::passkey_post))
        .route(
            "/admin/login/passkey/finish",
            post(auth::passkey_finish_post),
        )
        .route("/admin/logout", post(auth::logout_post))
        .merge(guarded_router().route_layer(axum::middleware::from_fn_with_state(state, guard)))
}

/// The page for a refused console request; `why` is a message id.
fn refuse(page: PageCtx, method: &Method, status: StatusCode, why: &str) -> Response {
    if method == Method::GET && status == StatusCode::UNAUTHORIZED {
        return to(&page.base, "admin/login");
    }
    let link = (
        format!("{}admin/login", page.base),
        page.t("console-sign-in"),
    );
    let (title, text, next) = (
        page.t("console-refused-title"),
        page.t(why),
        page.t("console-refused-next"),
    );
    message(page, status, "warning", &title, &text, &next, Some(link))
}

/// The gate of every guarded route.
pub async fn guard(
    State(state): State<AppState>,
    session: PortalSession,
    mut req: Request,
    next: Next,
) -> Response {
    let method = req.method().clone();
    let admin: Option<AdminSession> = session.admin().await;
    let Some(mut admin) = admin.filter(|a| a.totp_ok) else {
        let page = PageCtx::new(&state, &session).await;
        return refuse(
            page,
            &method,
            StatusCode::UNAUTHORIZED,
            "console-refused-not-signed-in",
        );
    };
    // Signed out (or timed out) already: a browser session stored back by a request that was
    // still running when it ended holds a console id that names nothing any more.
    if !state.services.console_open(&admin).await {
        session.end_admin().await;
        let page = PageCtx::new(&state, &session).await;
        return refuse(
            page,
            &method,
            StatusCode::UNAUTHORIZED,
            "console-refused-signed-out",
        );
    }
    let now = Utc::now().timestamp();
    // An idle timeout, and an absolute one: a session kept alive by activity still ends.
    let idle = now - admin.last_seen > state.config.admin.idle_timeout.as_secs() as i64;
    let over = now - admin.signed_in_at > state.config.admin.max_session.as_secs() as i64;
    if idle || over {
        state.services.close_console(&admin).await;
        session.end_admin().await;
        let page = PageCtx::new(&state, &session).await;
        let why = if over {
            "console-refused-session-over"
        } else {
            "console-refused-idle"
        };
        return refuse(page, &method, StatusCode::UNAUTHORIZED, why);
    }
    if let Some(why) = state.services.admin_still_allowed(&admin).await.err() {
        state.services.close_console(&admin).await;
        session.end_admin().await;
        let page = PageCtx::new(&state, &session).await;
        return refuse(page, &method, StatusCode::FORBIDDEN, words::role_lost(why));
    }
    // Activity is written back at most once a minute: the idle timeout does not need a finer
    // clock, and showing a console page should not write the session every time.
    if now - admin.last_seen >= LAST_SEEN_GRAIN_SECS {
        admin.last_seen = now;
        if session.set_admin(&admin).await.is_err() {
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    }
    req.extensions_mut().insert(admin);
    next.run(req).await
}
