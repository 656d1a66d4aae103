//! A small W3C WebDriver client for browser tests: it drives Debian's headless Chromium
//! through `chromedriver`, so a test can do what a person does (open a page, type, click,
//! read) and keep screenshots of what the person would have seen.
//!
//! Each [`Browser`] owns one `chromedriver` on a free loopback port and one Chromium session
//! with a throw-away profile. Everything stays on 127.0.0.1, so it works inside the private
//! network namespace the suite runs in (`unshare -n` with only `lo` up).
//!
//! Needs `apt-get install -y chromium chromium-driver` (`/usr/bin/chromium`,
//! `/usr/bin/chromedriver`).
//!
//! Failures panic with a message that names the selector or command, and the waiting
//! helpers ([`Browser::find`], [`Browser::wait_for_text`], [`Browser::submit_form`]) first
//! save a screenshot and the page source into the artifacts directory, because a headless
//! browser leaves nothing else to look at afterwards.
//!
//! Clean-up: `chromedriver` is started as the leader of its own process group, which
//! Chromium inherits, and every Chromium process (even the crash handler, which leaves the
//! group) names the browser's scratch directory on its command line. [`Browser::quit`] ends
//! the session politely, then kills the group and any straggler found by that name, and
//! waits until none is left; dropping a [`Browser`] without `quit` (a test that panicked)
//! does the same, so no browser outlives its test either way.

// Not every test uses every helper, and an unused one should not fail `clippy -D warnings`.
#![allow(dead_code)]

use std::fs::File;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{json, Value};

/// The W3C name of the key that marks a JSON object as a web element reference.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// The Tab key, for [`Browser::keys`] (a W3C WebDriver key code point).
pub const TAB: &str = "\u{E004}";
/// The Enter key, for [`Browser::keys`].
pub const ENTER: &str = "\u{E007}";

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

/// A phone-sized window by default: the portal is mostly used from phones, so that is the
/// layout the tests should see first. [`Browser::set_window_size`] changes it.
const DEFAULT_WINDOW: (u32, u32) = (412, 915);

const DRIVER_READY_TIMEOUT: Duration = Duration::from_secs(15);
const FIND_TIMEOUT: Duration = Duration::from_secs(5);
const SUBMIT_TIMEOUT: Duration = Duration::from_secs(15);
const POLL: Duration = Duration::from_millis(50);

/// Page loads and scripts give up well before the HTTP client does, so a hung page turns
/// into a readable WebDriver `timeout` error rather than a bare HTTP timeout.
const PAGE_LOAD_TIMEOUT_MS: u64 = 30_000;
const HTTP_TIMEOUT: Duration = Duration::from_secs(60);

/// Set on `window` before a form is submitted. A navigation replaces the `Window` object
/// of the page, so the property's absence proves that a new document was loaded.
const SUBMIT_MARKER: &str = "__ssprWebdriverSubmitMarker";

/// Numbers artifact files, so two failures with the same label do not overwrite each other.
static ARTIFACT_SEQ: AtomicU32 = AtomicU32::new(0);

/// One headless Chromium behind its own `chromedriver`.
#[derive(Debug)]
pub struct Browser {
    session: Arc<Session>,
    /// Dropped before `_scratch` (fields drop in order), so every process is dead
    /// before the directories it writes to are removed.
    driver: Driver,
    /// Holds `profile/`, Chromium's `--user-data-dir`, and `home/`, the `HOME` of the
    /// driver and browser: a fresh profile per browser, so no cookie, cache or saved form
    /// value leaks between tests, and nothing is written to the real `~/.config`.
    _scratch: tempfile::TempDir,
}

/// What a [`Browser`] and its [`Element`]s share to talk to the driver.
#[derive(Debug)]
struct Session {
    http: reqwest::Client,
    /// `http://127.0.0.1:PORT/session/ID`; every command path is appended to it.
    base: String,
    artifacts: PathBuf,
}

/// A reference to an element of the current page. It goes stale when the page is replaced:
/// find it again after a navigation.
#[derive(Debug, Clone)]
pub struct Element {
    id: String,
    session: Arc<Session>,
}

/// A WebDriver error response: `error` is the W3C error code, such as `no such element`.
#[derive(Debug)]
struct WdError {
    status: u16,
    error: String,
    message: String,
}

impl std::fmt::Display for WdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HTTP {} {}: {}", self.status, self.error, self.message)
    }
}

/// Sends one WebDriver command and unwraps the W3C `{"value": ...}` envelope.
/// Transport failures panic: with the driver on loopback they mean it died.
async fn command(
    http: &reqwest::Client,
    method: reqwest::Method,
    url: &str,
    body: Option<Value>,
) -> Result<Value, WdError> {
    let mut req = http.request(method.clone(), url);
    if let Some(body) = body {
        req = req.json(&body);
    }
    let resp = req
        .send()
        .await
        .unwrap_or_else(|e| panic!("webdriver {method} {url}: {e}"));
    let status = resp.status();
    let mut body: Value = resp
        .json()
        .await
        .unwrap_or_else(|e| panic!("webdriver {method} {url}: unreadable reply: {e}"));
    let value = body["value"].take();
    if status.is_success() {
        return Ok(value);
    }
    Err(WdError {
        status: status.as_u16(),
        error: value["error"]
            .as_str()
            .unwrap_or("unknown error")
            .to_owned(),
        message: value["message"].as_str().unwrap_or_default().to_owned(),
    })
}

impl Session {
    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, WdError> {
        let url = format!("{}{path}", self.base);
        command(&self.http, method, &url, body).await
    }

    async fn get(&self, path: &str) -> Value {
        self.call(reqwest::Method::GET, path, None)
            .await
            .unwrap_or_else(|e| panic!("webdriver GET {path}: {e}"))
    }

    async fn post(&self, path: &str, body: Value) -> Value {
        self.call(reqwest::Method::POST, path, Some(body))
            .await
            .unwrap_or_else(|e| panic!("webdriver POST {path}: {e}"))
    }
}

/// One attempt to find `css`: `Ok(None)` when nothing matches; any other error is the
/// caller's to judge. A free function because the element needs its own `Arc<Session>`.
async fn find_once(session: &Arc<Session>, css: &str) -> Result<Option<Element>, WdError> {
    let body = json!({ "using": "css selector", "value": css });
    match session
        .call(reqwest::Method::POST, "/element", Some(body))
        .await
    {
        Ok(value) => {
            let id = value[ELEMENT_KEY]
                .as_str()
                .unwrap_or_else(|| panic!("webdriver find {css:?}: no element in {value}"));
            Ok(Some(Element {
                id: id.to_owned(),
                session: Arc::clone(session),
            }))
        }
        Err(e) if e.error == "no such element" => Ok(None),
        Err(e) => Err(e),
    }
}

impl Element {
    fn path(&self, rest: &str) -> String {
        format!("/element/{}{rest}", self.id)
    }

    /// The W3C JSON form of this element, to pass it to [`Browser::execute`] as an argument.
    pub fn to_json(&self) -> Value {
        json!({ ELEMENT_KEY: self.id })
    }

    pub async fn click(&self) {
        self.session.post(&self.path("/click"), json!({})).await;
    }

    /// Types `text` as key presses into the element, after whatever it already holds.
    pub async fn send_keys(&self, text: &str) {
        self.session
            .post(&self.path("/value"), json!({ "text": text }))
            .await;
    }

    pub async fn clear(&self) {
        self.session.post(&self.path("/clear"), json!({})).await;
    }

    /// The rendered text, as a person sees it (hidden parts left out).
    pub async fn text(&self) -> String {
        value_string(self.session.get(&self.path("/text")).await)
    }

    /// The HTML attribute `name` as written in the markup (`None` if absent). This is the
    /// W3C meaning, which chromedriver follows: for an input, `value` stays the initial
    /// value whatever is typed; use [`Element::property`] for the live one.
    pub async fn attr(&self, name: &str) -> Option<String> {
        nullable_string(
            self.session
                .get(&self.path(&format!("/attribute/{name}")))
                .await,
        )
    }

    /// The live DOM property `name` (`None` if it is null or undefined), such as the
    /// `value` of a field after typing or `checked` of a checkbox.
    pub async fn property(&self, name: &str) -> Option<String> {
        nullable_string(
            self.session
                .get(&self.path(&format!("/property/{name}")))
                .await,
        )
    }

    pub async fn is_displayed(&self) -> bool {
        self.session
            .get(&self.path("/displayed"))
            .await
            .as_bool()
            .unwrap_or(false)
    }
}

fn nullable_string(value: Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s),
        other => Some(other.to_string()),
    }
}

fn value_string(value: Value) -> String {
    match value {
        Value::String(s) => s,
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

impl Browser {
    /// Starts `chromedriver` on a free loopback port and opens a Chromium session with a
    /// phone-sized window. The driver's output goes to `chromedriver-PORT.log` in
    /// `artifacts_dir` (created if missing), where screenshots and failure dumps go too.
    pub async fn start(artifacts_dir: &Path) -> Browser {
        std::fs::create_dir_all(artifacts_dir)
            .unwrap_or_else(|e| panic!("creating {}: {e}", artifacts_dir.display()));
        let http = reqwest::Client::builder()
            // A proxy from the environment must never see loopback WebDriver traffic.
            .no_proxy()
            .connect_timeout(Duration::from_secs(5))
            .timeout(HTTP_TIMEOUT)
            .build()
            .expect("building the WebDriver HTTP client");

        let scratch = tempfile::Builder::new()
            .prefix("sspr-chromium-")
            .tempdir()
            .expect("creating a Chromium scratch directory");
        let profile = scratch.path().join("profile");
        std::fs::create_dir(&profile).expect("creating the Chromium profile directory");
        std::fs::create_dir(scratch.path().join("home"))
            .expect("creating the Chromium home directory");

        let (driver, port, log_path) = spawn_driver(&http, artifacts_dir, scratch.path()).await;
        let (w, h) = DEFAULT_WINDOW;
        let args = vec![
            "--headless=new".to_owned(),
            // Root in a VM or container: Chromium's sandbox cannot start there.
            "--no-sandbox".to_owned(),
            // No GPU on these machines; software rendering gives stable screenshots.
            "--disable-gpu".to_owned(),
            // /dev/shm is small in containers; a full one crashes renderers.
            "--disable-dev-shm-usage".to_owned(),
            // With no network beyond loopback, Chromium's own background fetches (QUIC
            // probes, component and sync updates, first-run pings) get refused, and some of
            // them stall start-up or spam the log; none of them is wanted in a test anyway.
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            // Same reason as `no_proxy` above: the pages under test are on loopback.
            "--no-proxy-server".to_owned(),
            format!("--window-size={w},{h}"),
            format!("--user-data-dir={}", profile.display()),
        ];
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "pageLoadStrategy": "normal",
            // No implicit wait: `try_find` must answer at once, and `find` does its own
            // polling so that it can dump the page when it gives up.
            "timeouts": {
                "implicit": 0,
                "pageLoad": PAGE_LOAD_TIMEOUT_MS,
                "script": PAGE_LOAD_TIMEOUT_MS,
            },
            "goog:chromeOptions": { "binary": CHROMIUM, "args": args },
        }}});
        let root = format!("http://127.0.0.1:{port}");
        let created = command(
            &http,
            reqwest::Method::POST,
            &format!("{root}/session"),
            Some(caps),
        )
        .await
        .unwrap_or_else(|e| {
            panic!(
                "chromedriver could not start Chromium: {e}\n--- {} (tail) ---\n{}",
                log_path.display(),
                log_tail(&log_path)
            )
        });
        let id = created["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("new session reply has no sessionId: {created}"));
        let browser = Browser {
            session: Arc::new(Session {
                http,
                base: format!("{root}/session/{id}"),
                artifacts: artifacts_dir.to_owned(),
            }),
            driver,
            _scratch: scratch,
        };
        browser.set_window_size(w, h).await;
        browser
    }

    /// Opens `url` and waits for it to load (the `normal` page-load strategy).
    pub async fn goto(&self, url: &str) {
        let body = json!({ "url": url });
        if let Err(e) = self
            .session
            .call(reqwest::Method::POST, "/url", Some(body))
            .await
        {
            panic!("opening {url}: {e}");
        }
    }

    pub async fn current_url(&self) -> String {
        value_string(self.session.get("/url").await)
    }

    pub async fn title(&self) -> String {
        value_string(self.session.get("/title").await)
    }

    /// Waits up to 5 s for an element matching `css` to exist (not necessarily visible).
    pub async fn find(&self, css: &str) -> Element {
        let deadline = Instant::now() + FIND_TIMEOUT;
        loop {
            match find_once(&self.session, css).await {
                Ok(Some(element)) => return element,
                Ok(None) => {}
                Err(e) => {
                    let saved = self.save_failure(css).await;
                    panic!("finding {css:?}: {e}\n{saved}");
                }
            }
            if Instant::now() >= deadline {
                let url = self.current_url().await;
                let saved = self.save_failure(css).await;
                panic!("no element matches {css:?} after {FIND_TIMEOUT:?} on {url}\n{saved}");
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The element matching `css` right now, if any; never waits.
    pub async fn try_find(&self, css: &str) -> Option<Element> {
        find_once(&self.session, css)
            .await
            .unwrap_or_else(|e| panic!("finding {css:?}: {e}"))
    }

    /// Polls the text of the element matching `css` until it contains `needle`, and returns
    /// that text. The element may appear, or be replaced, while waiting.
    pub async fn wait_for_text(&self, css: &str, needle: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        let mut last = None;
        loop {
            match find_once(&self.session, css).await {
                Ok(Some(element)) => {
                    // A stale element (the page changed between find and read) is just a
                    // retry.
                    if let Ok(text) = element.try_text().await {
                        if text.contains(needle) {
                            return text;
                        }
                        last = Some(text);
                    }
                }
                Ok(None) => {}
                Err(e) => {
                    let saved = self.save_failure(css).await;
                    panic!("finding {css:?}: {e}\n{saved}");
                }
            }
            if Instant::now() >= deadline {
                let saved = self.save_failure(css).await;
                let seen = match last {
                    Some(text) => format!("its text was {text:?}"),
                    None => "no element matched".to_owned(),
                };
                panic!("waiting {timeout:?} for {css:?} to contain {needle:?}: {seen}\n{saved}");
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Replaces the content of the field matching `css` with `text`, typed as key presses.
    pub async fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css).await;
        element.clear().await;
        element.send_keys(text).await;
    }

    /// Clicks the element matching `css`. While it is covered, not yet interactable or
    /// replaced (an animation, a re-render), the click is retried for up to 5 s, as a
    /// person would simply click again.
    pub async fn click(&self, css: &str) {
        let deadline = Instant::now() + FIND_TIMEOUT;
        loop {
            let element = self.find(css).await;
            let err = match element
                .session
                .call(
                    reqwest::Method::POST,
                    &element.path("/click"),
                    Some(json!({})),
                )
                .await
            {
                Ok(_) => return,
                Err(e) => e,
            };
            let transient = matches!(
                err.error.as_str(),
                "element click intercepted"
                    | "element not interactable"
                    | "stale element reference"
            );
            if !transient || Instant::now() >= deadline {
                let saved = self.save_failure(css).await;
                panic!("clicking {css:?}: {err}\n{saved}");
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Clicks `button_css` and waits until the browser has loaded the document the form
    /// submission led to.
    ///
    /// Detection: before the click, a marker property is set on `window`. Loading a new
    /// document replaces the `Window` object, so the submission has landed once a poll
    /// sees `document.readyState == "complete"` and either the marker gone or a different
    /// URL. The marker catches a POST that renders at the same URL, which a URL
    /// comparison alone would miss. Poll errors while the old document is being torn down
    /// are expected and retried.
    pub async fn submit_form(&self, button_css: &str) {
        let before = self.mark_document().await;
        self.click(button_css).await;
        self.wait_for_new_document(&before, button_css).await;
    }

    /// Clicks the link matching `css` and waits until the page it leads to has loaded, as
    /// [`Browser::submit_form`] does for a form.
    pub async fn follow(&self, css: &str) {
        self.submit_form(css).await;
    }

    /// Presses `keys` (see [`Browser::keys`]) and waits until the browser has loaded the
    /// document they led to, as [`Browser::submit_form`] does for a click: Enter in a form
    /// field or on a link.
    pub async fn keys_and_wait(&self, keys: &str) {
        let before = self.mark_document().await;
        self.keys(keys).await;
        self.wait_for_new_document(&before, &format!("keys {keys:?}"))
            .await;
    }

    /// Marks the current document (see [`Browser::submit_form`]) and returns its URL.
    async fn mark_document(&self) -> String {
        let before = self.current_url().await;
        self.execute(&format!("window.{SUBMIT_MARKER} = true;"), Vec::new())
            .await;
        before
    }

    /// Waits until a document other than the one [`Browser::mark_document`] marked at
    /// `before` has loaded; `label` names what should have led there.
    async fn wait_for_new_document(&self, before: &str, label: &str) {
        let probe = format!(
            "return [document.readyState, window.{SUBMIT_MARKER} === true, location.href];"
        );
        let deadline = Instant::now() + SUBMIT_TIMEOUT;
        loop {
            let body = json!({ "script": probe, "args": [] });
            if let Ok(v) = self
                .session
                .call(reqwest::Method::POST, "/execute/sync", Some(body))
                .await
            {
                let complete = v[0] == "complete";
                let same_document = v[1] == true;
                let moved = v[2].as_str().is_some_and(|url| url != before);
                if complete && (!same_document || moved) {
                    return;
                }
            }
            if Instant::now() >= deadline {
                let saved = self.save_failure(label).await;
                panic!(
                    "{label:?} did not load a new page within {SUBMIT_TIMEOUT:?} \
                     (still on {before}; did the form fail its own validation?)\n{saved}"
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The element that has the keyboard focus (`document.activeElement`: the body when
    /// nothing has it).
    pub async fn active(&self) -> Element {
        let value = self.session.get("/element/active").await;
        let id = value[ELEMENT_KEY]
            .as_str()
            .unwrap_or_else(|| panic!("webdriver active element: no element in {value}"));
        Element {
            id: id.to_owned(),
            session: Arc::clone(&self.session),
        }
    }

    /// Presses `keys` on whatever has the focus, as a person at a keyboard does: each
    /// character is a key down and up, through the Actions API, so nothing is aimed at an
    /// element first (element send-keys would focus it). Special keys are the W3C code
    /// points: [`TAB`], [`ENTER`].
    pub async fn keys(&self, keys: &str) {
        let actions: Vec<Value> = keys
            .chars()
            .flat_map(|c| {
                let c = c.to_string();
                [
                    json!({ "type": "keyDown", "value": c }),
                    json!({ "type": "keyUp", "value": c }),
                ]
            })
            .collect();
        self.session
            .post(
                "/actions",
                json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] }),
            )
            .await;
    }

    /// The browser's cookies for the current page, as name and value.
    pub async fn cookies(&self) -> Vec<(String, String)> {
        let value = self.session.get("/cookie").await;
        value
            .as_array()
            .map(|all| {
                all.iter()
                    .filter_map(|c| {
                        Some((
                            c["name"].as_str()?.to_owned(),
                            c["value"].as_str()?.to_owned(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Runs axe-core (`axe_src`, the text of its `axe.min.js`) on the current page against
    /// WCAG 2.0 and 2.1, levels A and AA, and returns one line per violated rule: its id, what
    /// it asks for, and the CSS paths of the offending elements. Empty: no violation found.
    ///
    /// The source is injected into the page on each call (a navigation drops it), through
    /// WebDriver, which the page's Content Security Policy does not govern; W3C execute
    /// script waits for the promise `axe.run` returns.
    pub async fn axe(&self, axe_src: &str) -> Vec<String> {
        let loaded = self
            .execute(
                &format!("{axe_src}\n;return typeof window.axe === 'object';"),
                Vec::new(),
            )
            .await;
        assert_eq!(
            loaded,
            Value::Bool(true),
            "axe-core did not load into the page"
        );
        let found = self
            .execute(
                // Colours that are still moving (a transition after a change of colour
                // scheme) are not what a person reads: let them settle first.
                "return Promise.all(document.getAnimations()
                    .filter(a => a instanceof CSSTransition)
                    .map(a => a.finished.catch(() => null)))
                .then(() => axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                    resultTypes: ['violations'],
                })).then(r => r.violations.map(v =>
                    v.id + ' (' + v.impact + '): ' + v.help + ' @ '
                        + v.nodes.map(n => n.target.join(' ')).join(', ')));",
                Vec::new(),
            )
            .await;
        found
            .as_array()
            .unwrap_or_else(|| panic!("axe.run did not return a list: {found}"))
            .iter()
            .map(|v| value_string(v.clone()))
            .collect()
    }

    /// Makes the page see `prefers-color-scheme: dark` (`true`) or `light` (`false`),
    /// through Chrome's media emulation (chromedriver's CDP endpoint). It stays in force
    /// across navigations in this tab, until changed again.
    pub async fn emulate_dark(&self, dark: bool) {
        let scheme = if dark { "dark" } else { "light" };
        self.session
            .post(
                "/goog/cdp/execute",
                json!({
                    "cmd": "Emulation.setEmulatedMedia",
                    "params": { "features": [{ "name": "prefers-color-scheme", "value": scheme }] },
                }),
            )
            .await;
    }

    /// The rendered text of the element matching `css` (waiting for it as [`Browser::find`]).
    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await
    }

    /// An HTML attribute of the element matching `css` (waiting for it as
    /// [`Browser::find`]); see [`Element::attr`] for why it is not what was typed.
    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.find(css).await.attr(name).await
    }

    pub async fn page_source(&self) -> String {
        value_string(self.session.get("/source").await)
    }

    /// Saves what the viewport shows as `<artifacts_dir>/<name>.png` and returns the path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let path = self.session.artifacts.join(format!("{name}.png"));
        let png = self
            .try_screenshot_png()
            .await
            .unwrap_or_else(|e| panic!("screenshot {name:?}: {e}"));
        std::fs::write(&path, png).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        path
    }

    /// Runs `script` as the body of a function in the page (`arguments[i]` are `args`;
    /// pass an element as [`Element::to_json`]) and returns what it returns.
    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Value {
        self.session
            .post("/execute/sync", json!({ "script": script, "args": args }))
            .await
    }

    /// Makes the page see a `w` x `h` CSS-pixel viewport, and sizes the window to match.
    ///
    /// The window size alone is not enough: `--headless=new` keeps desktop Chrome's limits,
    /// so a window is at least 500 px wide, and its simulated toolbar takes ~140 px of the
    /// height (`--window-size=412,915` gives a 500 x 772 viewport). Chrome's device-metrics
    /// override (through chromedriver's CDP endpoint) sets the viewport exactly, and stays
    /// in force across navigations in this tab. `mobile: false` keeps desktop semantics
    /// (no viewport-meta zooming, no touch), so `innerWidth` is exactly `w`.
    pub async fn set_window_size(&self, w: u32, h: u32) {
        self.session
            .post("/window/rect", json!({ "width": w, "height": h }))
            .await;
        self.session
            .post(
                "/goog/cdp/execute",
                json!({
                    "cmd": "Emulation.setDeviceMetricsOverride",
                    "params": {
                        "width": w,
                        "height": h,
                        "deviceScaleFactor": 1,
                        "mobile": false,
                    },
                }),
            )
            .await;
    }

    /// Adds a WebAuthn virtual authenticator (W3C WebAuthn "Virtual Authenticators", as
    /// chromedriver implements them): a platform authenticator that keeps resident keys and
    /// verifies its user, as a phone or laptop with a screen lock does. Its id.
    pub async fn add_virtual_authenticator(&self) -> String {
        let v = self
            .session
            .post(
                "/webauthn/authenticator",
                json!({
                    "protocol": "ctap2",
                    "transport": "internal",
                    "hasResidentKey": true,
                    "hasUserVerification": true,
                    "isUserConsenting": true,
                    "isUserVerified": true,
                }),
            )
            .await;
        value_string(v)
    }

    /// The credentials a virtual authenticator holds.
    pub async fn virtual_credentials(&self, authenticator: &str) -> Vec<Value> {
        match self
            .session
            .get(&format!(
                "/webauthn/authenticator/{authenticator}/credentials"
            ))
            .await
        {
            Value::Array(a) => a,
            other => panic!("credentials of {authenticator}: {other}"),
        }
    }

    /// Ends the session, which lets Chromium shut down cleanly, then stops `chromedriver`
    /// and waits until none of their processes is left.
    pub async fn quit(self) {
        if let Err(e) = self.session.call(reqwest::Method::DELETE, "", None).await {
            // `Driver`'s drop still kills everything; say why it had to.
            eprintln!("webdriver: ending the session failed ({e}); killing the browser");
        }
        drop(self);
    }

    async fn try_screenshot_png(&self) -> Result<Vec<u8>, String> {
        let value = self
            .session
            .call(reqwest::Method::GET, "/screenshot", None)
            .await
            .map_err(|e| e.to_string())?;
        let b64 = value.as_str().ok_or("the reply is not a string")?;
        base64::engine::general_purpose::STANDARD
            .decode(b64)
            .map_err(|e| e.to_string())
    }

    /// Best effort: saves a screenshot and the page source for a failure about `label`,
    /// and says where they went. Never panics, as the caller is about to, with a better
    /// message than anything that could go wrong here.
    async fn save_failure(&self, label: &str) -> String {
        let seq = ARTIFACT_SEQ.fetch_add(1, Ordering::Relaxed);
        let slug: String = label
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .take(60)
            .collect();
        let stem = self
            .session
            .artifacts
            .join(format!("failure-{seq:02}-{slug}"));
        let png = stem.with_extension("png");
        let html = stem.with_extension("html");
        let shot = match self.try_screenshot_png().await {
            Ok(bytes) => std::fs::write(&png, bytes).map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        let source = match self
            .session
            .call(reqwest::Method::GET, "/source", None)
            .await
        {
            Ok(value) => std::fs::write(&html, value_string(value)).map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        let describe = |path: &Path, result: Result<(), String>| match result {
            Ok(()) => path.display().to_string(),
            Err(e) => format!("not saved ({e})"),
        };
        format!(
            "screenshot: {}\npage source: {}",
            describe(&png, shot),
            describe(&html, source)
        )
    }
}

impl Element {
    async fn try_text(&self) -> Result<String, WdError> {
        self.session
            .call(reqwest::Method::GET, &self.path("/text"), None)
            .await
            .map(value_string)
    }
}

/// `chromedriver` and every Chromium process under it.
///
/// Two ways to find them, because neither alone catches all: `chromedriver` leads its own
/// process group and Chromium inherits it, except `chrome_crashpad_handler`, which starts
/// its own session; but that one's command line names the scratch directory (its crash
/// database is under `HOME`), as does every Chromium process's (`--user-data-dir`).
#[derive(Debug)]
struct Driver {
    child: Child,
    /// The scratch directory, which names this browser's processes in `/proc/*/cmdline`.
    scratch: PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let pgid = self.child.id();
        // std can only signal its own child, and Chromium's processes are grandchildren;
        // the shell's `kill` with a negative id signals the whole group, without unsafe code.
        kill(&[format!("-{pgid}")]);
        let _ = self.child.kill();
        let _ = self.child.wait();
        // Chromium's processes are reaped by init, not by us: wait until they are gone so
        // that the profile directory can be removed, and so that a test checking for
        // leftovers sees none. Stragglers outside the group are killed by pid.
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let left = our_processes(pgid, &self.scratch);
            if left.is_empty() || Instant::now() >= deadline {
                break;
            }
            kill(&left.iter().map(u32::to_string).collect::<Vec<_>>());
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Sends SIGKILL to `targets` (pids, or `-PGID` for a group); errors are ignored, as the
/// targets may have exited already. Through `/bin/sh`'s built-in `kill`, which is always
/// there, unlike procps' `/usr/bin/kill`.
fn kill(targets: &[String]) {
    let _ = Command::new("/bin/sh")
        .args(["-c", r#"kill -s KILL -- "$@""#, "sh"])
        .args(targets)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Live (not zombie) processes in group `pgid` or whose command line mentions `scratch`.
fn our_processes(pgid: u32, scratch: &Path) -> Vec<u32> {
    let needle = scratch.to_string_lossy().into_owned();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.flatten()
        .filter_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            // The command name in parentheses may hold spaces; the fields after it are
            // "state ppid pgrp ...".
            let (_, rest) = stat.rsplit_once(')')?;
            let mut fields = rest.split_whitespace();
            let state = fields.next()?;
            let pgrp: u32 = fields.nth(1)?.parse().ok()?;
            if state == "Z" || state == "X" {
                return None;
            }
            let ours = pgrp == pgid || {
                let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
                String::from_utf8_lossy(&cmdline).contains(&needle)
            };
            ours.then_some(pid)
        })
        .collect()
}

/// Spawns `chromedriver` and waits until it reports ready. The free port is found by
/// binding port 0 and letting it go, so another process can take it in between: then
/// the driver exits at once, and another port is tried.
async fn spawn_driver(
    http: &reqwest::Client,
    artifacts: &Path,
    scratch: &Path,
) -> (Driver, u16, PathBuf) {
    let mut attempt = 0;
    loop {
        attempt += 1;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("finding a free loopback port")
            .port();
        let log_path = artifacts.join(format!("chromedriver-{port}.log"));
        let log = File::create(&log_path)
            .unwrap_or_else(|e| panic!("creating {}: {e}", log_path.display()));
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            // Chromium keeps crash reports, NSS databases and caches under HOME and XDG.
            .env("HOME", scratch.join("home"))
            .env("XDG_CONFIG_HOME", scratch.join("home/.config"))
            .env("XDG_CACHE_HOME", scratch.join("home/.cache"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("duplicating the log file handle"))
            .stderr(log)
            // Its own process group, which Chromium inherits: see `Driver`'s drop.
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| {
                panic!("starting {CHROMEDRIVER} ({e}); apt-get install -y chromium-driver")
            });
        let mut driver = Driver {
            child,
            scratch: scratch.to_owned(),
        };

        let status_url = format!("http://127.0.0.1:{port}/status");
        let deadline = Instant::now() + DRIVER_READY_TIMEOUT;
        loop {
            if let Ok(Some(exit)) = driver.child.try_wait() {
                if attempt < 3 {
                    break;
                }
                panic!(
                    "chromedriver exited ({exit}) before it was ready\n--- {} (tail) ---\n{}",
                    log_path.display(),
                    log_tail(&log_path)
                );
            }
            if driver_ready(http, &status_url).await {
                return (driver, port, log_path);
            }
            if Instant::now() >= deadline {
                panic!(
                    "chromedriver was not ready within {DRIVER_READY_TIMEOUT:?}\n--- {} (tail) ---\n{}",
                    log_path.display(),
                    log_tail(&log_path)
                );
            }
            tokio::time::sleep(POLL).await;
        }
        eprintln!("webdriver: chromedriver on port {port} exited at once; trying another port");
    }
}

/// Whether `GET /status` answers `ready: true`. Not `command`: refused connections are
/// expected here while the driver is still starting.
async fn driver_ready(http: &reqwest::Client, status_url: &str) -> bool {
    let Ok(resp) = http
        .get(status_url)
        .timeout(Duration::from_secs(2))
        .send()
        .await
    else {
        return false;
    };
    resp.json::<Value>()
        .await
        .is_ok_and(|body| body["value"]["ready"] == true)
}

/// The last lines of a log file, for a panic message.
fn log_tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| format!("(unreadable: {e})"));
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}
