//! `/admin/passkeys`: a signed-in helpdesk admin's own passkeys for console sign-in.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Extension;

use super::pages::{bar, Bar};
use crate::flows::admin::AdminSession;
use crate::flows::console_passkeys::ConsolePasskeyStart;
use crate::flows::passkeys::PasskeyView;
use crate::flows::StepError;
use crate::web::middleware::ClientIp;
use crate::web::session::Notice;
use crate::web::{
    blocked_page, input, render, request_context, step_error_page, to, unavailable_page, Fields,
    PageCtx, PortalSession,
};
use crate::AppState;

#[derive(Template)]
#[template(path = "admin/passkeys.html")]
struct PasskeysView {
    page: PageCtx,
    bar: Bar,
    /// id, name, added, last used.
    keys: Vec<(i64, String, String, String)>,
    /// Whether passkeys are on (the add form).
    offered: bool,
    notice: Option<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "admin/passkey_create.html")]
struct CreateView {
    page: PageCtx,
    bar: Bar,
    name: String,
    options: String,
}

/// When a passkey was added and last used, in the console's words.
pub(super) fn passkey_words(tr: &crate::i18n::Tr, k: &PasskeyView) -> (String, String) {
    let added = k.added.map(|t| tr.date(t)).unwrap_or_default();
    let used = match k.last_used {
        Some(t) => tr.t1("console-passkey-last-used", "date", tr.date(t).as_str()),
        None => tr.t("console-passkey-never-used"),
    };
    (
        tr.t1("console-passkey-added-on", "date", added.as_str()),
        used,
    )
}

fn again(page: &PageCtx) -> (String, String) {
    (
        format!("{}admin/passkeys", page.base),
        page.t("console-passkeys-title"),
    )
}

async fn list_page(
    state: &AppState,
    page: PageCtx,
    a: &AdminSession,
    notice: Option<(&'static str, String)>,
    status: StatusCode,
) -> Response {
    let keys = match state.services.console_passkeys(&a.guid).await {
        Ok(k) => k,
        Err(_) => return unavailable_page(page),
    };
    let keys = keys
        .into_iter()
        .map(|k| {
            let (added, used) = passkey_words(&page.tr, &k);
            (k.id, k.name, added, used)
        })
        .collect();
    let view = PasskeysView {
        bar: bar(a, "passkeys"),
        keys,
        offered: state.services.passkeys.is_some(),
        notice,
        page,
    };
    render(status, &view)
}

/// GET /admin/passkeys
pub async fn passkeys_get(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(a): Extension<AdminSession>,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let notice = match session.take_notice().await {
        Some(Notice::ConsolePasskeyAdded) => Some(("success", page.t("console-passkey-added"))),
        Some(Notice::ConsolePasskeyRemoved) => Some(("success", page.t("console-passkey-removed"))),
        _ => None,
    };
    list_page(&state, page, &a, notice, StatusCode::OK).await
}

/// POST /admin/passkeys/start: a code to the admin's mailbox, and the page that creates it.
pub async fn start_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(mut a): Extension<AdminSession>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Ok(name) = input::passkey_name(form.raw("name")) else {
        let notice = Some(("error", page.t("console-passkey-name-bad")));
        return list_page(&state, page, &a, notice, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let ctx = a.ctx(&request_context(&ip, &headers));
    match state
        .services
        .begin_console_passkey(&ctx, &mut a, &name)
        .await
    {
        Ok(ConsolePasskeyStart::Options(options)) => {
            if session.set_admin(&a).await.is_err() {
                return unavailable_page(page);
            }
            let view = CreateView {
                bar: bar(&a, "passkeys"),
                name,
                options,
                page,
            };
            render(StatusCode::OK, &view)
        }
        Ok(ConsolePasskeyStart::NoMailbox) => {
            let notice = Some(("warning", page.t("console-passkey-no-mailbox")));
            list_page(&state, page, &a, notice, StatusCode::FORBIDDEN).await
        }
        Ok(ConsolePasskeyStart::TooMany) => {
            let notice = Some((
                "error",
                page.t1(
                    "register-passkey-too-many",
                    "n",
                    crate::flows::passkeys::MAX_PER_ACCOUNT,
                ),
            ));
            list_page(&state, page, &a, notice, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => {
            let link = again(&page);
            step_error_page(page, &e, link)
        }
    }
}

/// POST /admin/passkeys: the emailed code and the browser's new passkey.
pub async fn finish_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(mut a): Extension<AdminSession>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let code = input::code(form.raw("code")).unwrap_or_default();
    let answer = input::passkey_answer(form.raw("credential")).unwrap_or_default();
    let ctx = a.ctx(&request_context(&ip, &headers));
    let result = state
        .services
        .finish_console_passkey(&ctx, &mut a, &code, &answer)
        .await;
    if !matches!(result, Err(StepError::WrongAccount)) && session.set_admin(&a).await.is_err() {
        return unavailable_page(page);
    }
    match result {
        Ok(true) => {
            session.set_notice(Notice::ConsolePasskeyAdded).await;
            to(&page.base, "admin/passkeys")
        }
        Ok(false) => {
            let notice = Some(("error", page.t("console-passkey-not-added")));
            list_page(&state, page, &a, notice, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(StepError::Blocked(b)) => blocked_page(page, b.until),
        Err(e) => {
            if e == StepError::WrongAccount {
                session.end().await;
            }
            let link = again(&page);
            step_error_page(page, &e, link)
        }
    }
}

/// POST /admin/passkeys/remove
pub async fn remove_post(
    State(state): State<AppState>,
    session: PortalSession,
    Extension(a): Extension<AdminSession>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    form: Fields,
) -> Response {
    let page = PageCtx::new(&state, &session).await;
    let Ok(id) = form.raw("id").parse::<i64>() else {
        return list_page(&state, page, &a, None, StatusCode::BAD_REQUEST).await;
    };
    let ctx = a.ctx(&request_context(&ip, &headers));
    match state.services.remove_console_passkey(&ctx, &a, id).await {
        Ok(true) => {
            session.set_notice(Notice::ConsolePasskeyRemoved).await;
            to(&page.base, "admin/passkeys")
        }
        Ok(false) => list_page(&state, page, &a, None, StatusCode::NOT_FOUND).await,
        Err(e) => {
            let link = again(&page);
            step_error_page(page, &e, link)
        }
    }
}
