//! The metrics listener (`server.metrics_bind`): what an operator's monitoring reads and a
//! user must not. It serves `/metrics` and nothing else; the public router has no such route.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::AppState;

/// The metrics listener's router.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(metrics))
        .fallback(|| async { (StatusCode::NOT_FOUND, "not found\n") })
        .with_state(state)
}

/// Prometheus metrics; DC availability is read now, at scrape time.
async fn metrics(State(state): State<AppState>) -> Response {
    let dcs: Vec<(String, bool)> = state
        .services
        .directory
        .pool()
        .dcs()
        .iter()
        .map(|dc| (dc.url.to_string(), !dc.is_backed_off()))
        .collect();
    (
        [
            (header::CONTENT_TYPE, crate::metrics::CONTENT_TYPE),
            (header::CACHE_CONTROL, "no-store"),
        ],
        state.services.metrics.render(&dcs),
    )
        .into_response()
}
