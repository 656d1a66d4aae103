//! The reader's language: chosen per request from the switcher's cookie or `Accept-Language`,
//! with no server-side state, and the switcher's route that sets the cookie.

use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

use crate::i18n::{Tr, COOKIE};
use crate::AppState;

/// The request's language, and where the switcher comes back to: the page being read when it
/// was reached by GET, else the start (a form's answer cannot be fetched again).
#[derive(Clone, Debug)]
pub struct Lang {
    /// The language.
    pub tr: Tr,
    /// Path (and query) under the portal of the page, for the switcher's links.
    pub here: String,
}

/// Routes of this module.
pub fn routes() -> Router<AppState> {
    Router::new().route("/language", get(switch))
}

/// A cookie's value from the request's `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Chooses the language of every request and says it in `Content-Language`. Pages differ by
/// the cookie and `Accept-Language`, which `Vary` tells any cache.
pub async fn language(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let headers = req.headers();
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let tr = state.i18n.negotiate(cookie(headers, COOKIE), accept);
    // Inside the router nested under the public path prefix, the path no longer carries it.
    // A path the switcher would not go back to (too long, or not one of ours) is not echoed
    // into the page's links: it comes back to the start instead.
    let here = match req.uri().path_and_query() {
        Some(pq) if req.method() == Method::GET => {
            let rest = pq.as_str().trim_start_matches('/');
            if is_local_path(rest) {
                rest.to_string()
            } else {
                String::new()
            }
        }
        _ => String::new(),
    };
    let code = HeaderValue::from_str(tr.code()).ok();
    req.extensions_mut().insert(Lang { tr, here });
    let mut res = next.run(req).await;
    // Only pages have words: an asset is the same for everyone, and caches may keep one copy.
    let page = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("text/plain"));
    if page {
        let h = res.headers_mut();
        if let Some(code) = code {
            h.insert(header::CONTENT_LANGUAGE, code);
        }
        h.append(
            header::VARY,
            HeaderValue::from_static("accept-language, cookie"),
        );
    }
    res
}

#[derive(Deserialize)]
struct Switch {
    #[serde(default)]
    to: String,
    #[serde(default)]
    back: String,
}

/// `GET /language?to=de&back=reset`: remembers the choice in a cookie for a year and goes
/// back to the page. Works without JavaScript and without a session. `back` is a path under
/// the portal only: never another site (no open redirect).
async fn switch(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<Switch>,
) -> Response {
    let public = &state.config.server.public_url;
    let base = public.path();
    let back = if is_local_path(&q.back) {
        q.back.as_str()
    } else {
        ""
    };
    let mut res = Redirect::to(&format!("{base}{back}")).into_response();
    // Another site may link here, but not choose a language for our visitors: a browser says
    // where a navigation came from (Sec-Fetch-Site), and only our own pages or a typed
    // address set the cookie.
    let from_elsewhere = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|site| !matches!(site, "same-origin" | "none"));
    if state.i18n.get(&q.to).is_none() || from_elsewhere {
        return res;
    }
    let secure = if public.scheme() == "https" {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{COOKIE}={}; Path={base}; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
        q.to
    );
    match HeaderValue::from_str(&cookie) {
        Ok(v) => {
            res.headers_mut().insert(header::SET_COOKIE, v);
            res
        }
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}

/// A relative path under the portal: no scheme, no host, no `//` or `\` (which browsers read
/// as another host), no `.` or `..` segment (which would climb out of the path prefix),
/// nothing but URL path and query characters.
pub fn is_local_path(p: &str) -> bool {
    let path = p.split('?').next().unwrap_or("");
    let dots = path.split('/').any(|seg| {
        let seg = seg.to_ascii_lowercase().replace("%2e", ".");
        seg == "." || seg == ".."
    });
    p.len() <= 512
        && !p.starts_with('/')
        && !p.contains("//")
        && !p.contains(':')
        && !dots
        && p.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~/?=&%+".contains(c))
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn the_switcher_only_goes_back_under_the_portal() {
        assert!(is_local_path(""));
        assert!(is_local_path("reset"));
        assert!(is_local_path("reset/verify?method=totp"));
        for bad in [
            "//evil.example",
            "/\\evil",
            "https://evil.example",
            "\\\\evil",
            "/x",
            "a//b",
            "javascript:alert(1)",
            "a\r\nb",
            "../x",
            "a/../../x",
            "%2e%2E/x",
            ".",
            "a/./b",
        ] {
            assert!(!is_local_path(bad), "{bad}");
        }
    }
}
