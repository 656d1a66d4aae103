//! HTTP: the router. Each use case owns its routes; this module merges them.

use axum::routing::get;
use axum::Router;

use crate::AppState;

/// The application's router.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .with_state(state)
}

/// Liveness: the process answers. Readiness (DC and database) is a separate endpoint.
async fn healthz() -> &'static str {
    "ok"
}
