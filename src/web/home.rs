//! The landing page, which routes a person to what they need, and the 404 page.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use super::{message, render, PageCtx, PortalSession};
use crate::AppState;

/// Routes of this module.
pub fn routes() -> Router<AppState> {
    Router::new().route("/", get(home_get))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomeView {
    page: PageCtx,
}

async fn home_get(State(state): State<AppState>, session: PortalSession) -> Response {
    let page = PageCtx::new(&state, &session).await;
    render(StatusCode::OK, &HomeView { page })
}

/// Anything else.
pub async fn not_found(State(state): State<AppState>, session: PortalSession) -> Response {
    not_found_page(PageCtx::new(&state, &session).await)
}

/// The page for an address that is no page (404), whichever route found it out.
pub fn not_found_page(mut page: PageCtx) -> Response {
    // A page that does not exist is not one to come back to in another language; and every
    // address that is not a page gets the same bytes.
    page.here.clear();
    let home = (page.base.clone(), page.t("go-to-start"));
    let (title, text, next) = (
        page.t("not-found-title"),
        page.t("not-found-message"),
        page.t("not-found-next"),
    );
    message(
        page,
        StatusCode::NOT_FOUND,
        "info",
        &title,
        &text,
        &next,
        Some(home),
    )
}
