//! Accessibility and languages in headless Chromium: axe-core on every page of every flow in
//! English, German and Arabic (light and dark), a reset read in German, a change in Arabic laid
//! out right to left, a reset with the keyboard alone, and where the focus goes after an error.
//! Screenshots go to `target/browser-artifacts/<test>/`, as in `browser.rs`.
//!
//! axe-core comes from npm (`tests/browser/package.json`): `scripts/test` installs it and
//! names its `axe.min.js` in `SSPR_TEST_AXE`. Without it the axe test fails rather than skips.

use std::time::{Duration, Instant};

use reqwest::redirect::Policy;
use serde_json::{json, Value};
use sspr::writeback::BindOutcome;

use crate::browser::artifacts;
use crate::harness::*;
use crate::portal::{portal, portal_with, register_email, Portal};
use crate::webdriver::{Browser, ENTER, TAB};

const NEW_PASSWORD: &str = "Lantern-Orchard-Willow-58";
const FOCUS_WAIT: Duration = Duration::from_secs(2);

/// The languages the pages are checked in, with their names in themselves: the source
/// language, another written left to right, and one written right to left.
const LANGUAGES: [(&str, &str); 3] = [("en", "English"), ("de", "Deutsch"), ("ar", "العربية")];

/// What the done page of a reset says in English. It answers a form, so unlike the other
/// pages it cannot be fetched again in English to compare with.
const ENGLISH_RESET_DONE: &str = "Your password has been reset";

/// A portal that offers English, German and Arabic (every shipped language, in fact).
async fn multilingual_portal() -> Portal {
    let shipped = sspr::i18n::Catalogues::shipped();
    for (code, _) in LANGUAGES {
        assert!(shipped.contains(&code), "{code} is not shipped");
    }
    // On a name, so that passkeys are offered and their pages are checked too.
    portal_with(
        &[dc().url()],
        &[("SSPR__SERVER__PUBLIC_URL", "http://localhost/")],
    )
    .await
}

/// The axe-core script, from `SSPR_TEST_AXE`.
fn axe_source() -> String {
    let path = std::env::var("SSPR_TEST_AXE").unwrap_or_default();
    assert!(
        !path.is_empty(),
        "SSPR_TEST_AXE is not set: it names axe-core's axe.min.js, which scripts/test installs \
         with `npm ci --prefix tests/browser`; run the tests with scripts/test"
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "reading axe-core from SSPR_TEST_AXE={path}: {e} \
             (scripts/test installs it with `npm ci --prefix tests/browser`)"
        )
    })
}

async fn js(b: &Browser, script: &str) -> Value {
    b.execute(script, Vec::new()).await
}

async fn js_string(b: &Browser, script: &str) -> String {
    match js(b, script).await {
        Value::String(s) => s,
        other => other.to_string(),
    }
}

async fn html_lang(b: &Browser) -> String {
    js_string(b, "return document.documentElement.lang").await
}

/// Picks `code` in the footer's language switcher, as a person does (a link: no script, no
/// form, no session), and checks that the page came back in it.
async fn choose_language(b: &Browser, code: &str) {
    if html_lang(b).await == code {
        return;
    }
    b.follow(&format!("nav.languages a[lang='{code}']")).await;
    assert_eq!(
        html_lang(b).await,
        code,
        "after choosing {code} in the switcher"
    );
}

/// Whether the focused element matches `css`.
async fn focus_is(b: &Browser, css: &str) -> bool {
    b.execute(
        "const a = document.activeElement; return a !== null && a.matches(arguments[0]);",
        vec![json!(css)],
    )
    .await
        == Value::Bool(true)
}

/// What has the focus, for a failure message.
async fn describe_focus(b: &Browser) -> String {
    js_string(
        b,
        "const a = document.activeElement;
         return a === null ? 'nothing' : a.outerHTML.slice(0, 200);",
    )
    .await
}

/// Waits (autofocus lands just after the load) until the focused element matches `css`.
async fn wait_for_focus(b: &Browser, css: &str) {
    let deadline = Instant::now() + FOCUS_WAIT;
    while !focus_is(b, css).await {
        if Instant::now() >= deadline {
            b.screenshot("failure-focus").await;
            panic!(
                "the focus is not on {css:?} on {}: it is on {}",
                b.current_url().await,
                describe_focus(b).await
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Presses Tab until the focus is on an element matching `css`, at most `max` times; returns
/// how many presses it took.
async fn tab_to(b: &Browser, css: &str, max: usize) -> usize {
    for n in 1..=max {
        b.keys(TAB).await;
        if focus_is(b, css).await {
            return n;
        }
    }
    b.screenshot("failure-tab").await;
    panic!(
        "{max} presses of Tab on {} did not reach {css:?}; the focus is on {}",
        b.current_url().await,
        describe_focus(b).await
    );
}

/// The text of the first `<h1>` in `html`, as a browser would show it (tags dropped, the
/// entities askama writes decoded, white space collapsed).
fn h1_text(html: &str) -> Option<String> {
    let start = html.find("<h1")?;
    let open_end = start + html[start..].find('>')? + 1;
    let close = open_end + html[open_end..].find("</h1>")?;
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[open_end..close].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&#x22;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The `<h1>` of `path` in English, fetched beside the browser with the browser's cookies (so
/// in the same session, at the same step of the flow) but the language cookie set to English.
async fn english_h1(p: &Portal, b: &Browser, path: &str) -> String {
    let lang_cookie = sspr::i18n::COOKIE;
    let mut cookie: String = b
        .cookies()
        .await
        .into_iter()
        .filter(|(name, _)| name != lang_cookie)
        .map(|(name, value)| format!("{name}={value}; "))
        .collect();
    cookie.push_str(&format!("{lang_cookie}=en"));
    let client = reqwest::Client::builder()
        .no_proxy()
        .redirect(Policy::none())
        .build()
        .unwrap();
    let r = client
        .get(format!("{}{path}", p.base))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    let status = r.status();
    let html = r.text().await.unwrap();
    h1_text(&html).unwrap_or_else(|| panic!("GET {path} in English: {status}, no <h1>:\n{html}"))
}

/// Text in inline SVG (the console's charts) whose contrast with what is behind it is under
/// WCAG's 4.5:1, one line each. axe-core's colour-contrast rule looks at HTML text only.
const SVG_TEXT_CONTRAST: &str = r#"
const rgb = (c) => {
  const m = /rgba?\(([^)]+)\)/.exec(c);
  return m ? m[1].split(/[\s,\/]+/).filter(Boolean).map(Number) : null;
};
const lum = (c) => {
  const [r, g, b] = c.slice(0, 3).map((v) => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const out = [];
for (const t of document.querySelectorAll('svg text')) {
  const words = t.textContent.trim();
  const fill = rgb(getComputedStyle(t).fill);
  if (!words || !fill) continue;
  let bg = null;
  for (let el = t.parentElement; el && !bg; el = el.parentElement) {
    const c = rgb(getComputedStyle(el).backgroundColor);
    if (c && (c.length < 4 || c[3] > 0)) bg = c;
  }
  // Nothing painted behind it: the canvas, white unless the page asks for a dark scheme.
  if (!bg) bg = [255, 255, 255];
  const [hi, lo] = [lum(fill), lum(bg)].sort((a, b) => b - a);
  const ratio = (hi + 0.05) / (lo + 0.05);
  if (ratio < 4.5) {
    out.push('svg-text-contrast: ' + ratio.toFixed(2) + ':1 for ' + JSON.stringify(words)
      + ' (fill ' + getComputedStyle(t).fill + ' on ' + 'rgb(' + bg.join(', ') + '))');
  }
}
return out;
"#;

/// Runs axe on pages, each in the light and the dark colour scheme, keeps a screenshot of
/// each, and collects what it finds so that one run reports every page at once.
struct Axe<'a> {
    b: &'a Browser,
    source: String,
    seq: u32,
    found: Vec<String>,
    checked: u32,
}

impl<'a> Axe<'a> {
    fn new(b: &'a Browser) -> Self {
        Axe {
            b,
            source: axe_source(),
            seq: 0,
            found: Vec::new(),
            checked: 0,
        }
    }

    /// Checks the current page, `page` of the flows, read in `lang`.
    async fn check(&mut self, lang: &str, page: &str) {
        self.seq += 1;
        let name = format!("{:02}-{lang}-{page}", self.seq);
        let url = self.b.current_url().await;
        for dark in [false, true] {
            self.b.emulate_dark(dark).await;
            let seen = js(
                self.b,
                "return matchMedia('(prefers-color-scheme: dark)').matches",
            )
            .await;
            assert_eq!(
                seen,
                Value::Bool(dark),
                "the emulated colour scheme did not reach the page"
            );
            let scheme = if dark { "dark" } else { "light" };
            let mut violations = self.b.axe(&self.source).await;
            let svg = js(self.b, SVG_TEXT_CONTRAST).await;
            violations.extend(
                svg.as_array()
                    .into_iter()
                    .flatten()
                    .map(|v| v.as_str().unwrap_or_default().to_owned()),
            );
            self.b.screenshot(&format!("{name}-{scheme}")).await;
            self.checked += 1;
            if !violations.is_empty() {
                self.found.push(format!(
                    "{name} ({scheme}, {url}):\n    {}",
                    violations.join("\n    ")
                ));
            }
        }
        self.b.emulate_dark(false).await;
    }
}

/// Every page of every flow, in each language, in light and dark, has no WCAG 2.1 A or AA
/// violation that axe-core can find.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_passes_axe_in_english_german_and_arabic() {
    let p = multilingual_portal().await;
    let b = Browser::start(&artifacts("axe")).await;
    let mut axe = Axe::new(&b);
    let base = p.base.clone();
    let mut people = Vec::new();

    // First, that the checks see anything at all: a page with known faults.
    b.goto(
        "data:text/html,<!doctype html><title>t</title><img src='x.png'>\
         <svg><text y='20' style='fill:%23eee'>faint</text></svg>",
    )
    .await;
    let known = b.axe(&axe.source).await;
    assert!(
        known.iter().any(|v| v.starts_with("image-alt"))
            && known.iter().any(|v| v.starts_with("html-has-lang")),
        "axe-core missed faults it should see: {known:?}"
    );
    let svg = js(&b, SVG_TEXT_CONTRAST).await;
    assert_eq!(
        svg.as_array().map(Vec::len),
        Some(1),
        "the SVG text check missed faint text: {svg}"
    );

    for (lang, _) in LANGUAGES {
        let u = create_user(&format!("ax{lang}")).await;
        let personal = format!("{}@personal.test", u.sam);
        let guid = register_email(&p.app, &u.sam, &personal).await;

        b.goto(&format!("{base}/")).await;
        choose_language(&b, lang).await;
        axe.check(lang, "home").await;
        for (path, page) in [
            ("/reset", "reset"),
            ("/unlock", "unlock"),
            ("/change", "change"),
            ("/register", "register"),
            ("/admin/login", "admin-login"),
            ("/no-such-page", "not-found"),
        ] {
            b.goto(&format!("{base}{path}")).await;
            b.find("main h1").await;
            axe.check(lang, page).await;
        }

        // A reset, with a wrong code and a mismatched confirmation on the way.
        b.goto(&format!("{base}/reset")).await;
        b.type_into("#username", &u.sam).await;
        b.submit_form("button[type=submit]").await;
        b.find("#code").await;
        axe.check(lang, "reset-verify").await;
        let code = p.app.smtp.code_to(&personal).await;
        let wrong = if code == "00000000" {
            "11111111"
        } else {
            "00000000"
        };
        b.type_into("#code", wrong).await;
        b.submit_form("form[action='/reset/verify'] button[type=submit]")
            .await;
        b.find("#code[aria-invalid='true']").await;
        axe.check(lang, "reset-verify-error").await;
        b.goto(&format!("{base}/reset/verify?method=passkey")).await;
        b.find("form[action='/reset/verify/passkey']").await;
        axe.check(lang, "reset-verify-passkey").await;
        b.submit_form("form[action='/reset/verify/passkey'] button[type=submit]")
            .await;
        b.find("#passkey-go").await;
        axe.check(lang, "reset-passkey").await;
        b.goto(&format!("{base}/reset/verify?method=email")).await;
        b.type_into("#code", &code).await;
        b.submit_form("form[action='/reset/verify'] button[type=submit]")
            .await;
        b.find("#new-password").await;
        axe.check(lang, "reset-password").await;
        b.type_into("#new-password", NEW_PASSWORD).await;
        b.type_into("#confirm-password", "Another-Thing-Entirely-93")
            .await;
        b.submit_form("form[action='/reset/password'] button[type=submit]")
            .await;
        b.find(".notice-error").await;
        axe.check(lang, "reset-password-error").await;
        b.type_into("#new-password", NEW_PASSWORD).await;
        b.type_into("#confirm-password", NEW_PASSWORD).await;
        b.submit_form("form[action='/reset/password'] button[type=submit]")
            .await;
        b.find(".notice-success").await;
        axe.check(lang, "reset-done").await;

        // A change refused: a user name that does not exist, so no lockout counter moves.
        b.goto(&format!("{base}/change")).await;
        b.type_into("#username", "nobody-here-a11y").await;
        b.type_into("#current-password", "Not-The-Password-1").await;
        b.type_into("#new-password", NEW_PASSWORD).await;
        b.type_into("#confirm-password", NEW_PASSWORD).await;
        b.submit_form("form[action='/change'] button[type=submit]")
            .await;
        b.find(".notice-error").await;
        axe.check(lang, "change-error").await;

        // The registration sign-in refused, the same way.
        b.goto(&format!("{base}/register")).await;
        b.type_into("#username", "nobody-here-a11y").await;
        b.type_into("#password", "Not-The-Password-1").await;
        b.submit_form("form[action='/register/signin'] button[type=submit]")
            .await;
        b.find(".notice-error").await;
        axe.check(lang, "register-error").await;

        people.push((u, guid));
    }

    // The helpdesk console, on a desktop-sized window as helpdesk staff use it. It has no
    // switcher of its own (yet): the portal's sets the language cookie it reads.
    b.set_window_size(1280, 900).await;
    b.goto(&format!("{base}/")).await;
    choose_language(&b, "en").await;
    b.goto(&format!("{base}/admin/login")).await;
    b.type_into("#username", "helen").await;
    b.type_into("#password", &dc().user_password()).await;
    b.submit_form("button[type=submit]").await;
    let key = b.text("#totp-key").await;
    let secret = sspr::verify::totp::parse_manual_key(&key).unwrap();
    axe.check("en", "admin-enrol").await;
    let emailed = p.app.smtp.code_to("helen@sspr.test").await;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    b.type_into("#enrol-code", &emailed).await;
    b.type_into("#code", &sspr::verify::totp::current_code(&secret, now))
        .await;
    b.submit_form("button[type=submit]").await;
    b.find("nav.admin-nav").await;
    let (someone, guid) = &people[0];
    for (lang, _) in LANGUAGES {
        b.goto(&format!("{base}/")).await;
        choose_language(&b, lang).await;
        for (path, page) in [
            ("/admin".to_string(), "admin-dashboard"),
            (format!("/admin/users?q={}", someone.sam), "admin-users"),
            (format!("/admin/users/{guid}"), "admin-user"),
            ("/admin/audit".to_string(), "admin-audit"),
            ("/admin/health".to_string(), "admin-health"),
        ] {
            b.goto(&format!("{base}{path}")).await;
            b.find("nav.admin-nav").await;
            b.find("main h1").await;
            axe.check(lang, page).await;
        }
    }
    let (found, checked) = (axe.found, axe.checked);
    b.quit().await;

    assert!(
        found.is_empty(),
        "axe-core found WCAG 2.1 A/AA violations on {} of {} page views (screenshots in \
         target/browser-artifacts/axe/):\n{}",
        found.len(),
        checked,
        found.join("\n")
    );
    for (u, _) in &people {
        assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
    }
}

/// A person picks Deutsch in the switcher, and every page after it, and the mail with the
/// code, reads German.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_resets_their_password_in_german_in_a_browser() {
    let p = multilingual_portal().await;
    let u = create_user("brde").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    let b = Browser::start(&artifacts("reset-german")).await;
    // Where a page (or the mail) still says what the English one says. Collected rather than
    // asserted at once, so that the reset itself is checked to the end either way.
    let mut english = Vec::new();
    async fn same_words(p: &Portal, b: &Browser, path: &str, english: &mut Vec<String>) {
        assert_eq!(html_lang(b).await, "de", "<html lang> of {path}");
        let h1 = b.text("h1").await;
        let en = english_h1(p, b, path).await;
        if h1 == en {
            english.push(format!("{path}: the h1 is the English one, {h1:?}"));
        }
    }

    b.goto(&format!("{}/", p.base)).await;
    b.screenshot("01-home-en").await;
    choose_language(&b, "de").await;
    b.screenshot("02-home-de").await;
    same_words(&p, &b, "/", &mut english).await;

    b.follow("main a[href='/reset']").await;
    b.find("#username").await;
    b.screenshot("03-identify").await;
    same_words(&p, &b, "/reset", &mut english).await;
    b.type_into("#username", &u.sam).await;
    b.submit_form("button[type=submit]").await;

    b.find("#code").await;
    b.screenshot("04-verify").await;
    same_words(&p, &b, "/reset/verify", &mut english).await;
    let mail = p.app.smtp.wait_for(&personal, MAIL_WAIT).await;
    let english_subject = format!(
        "Your {} verification code",
        p.app.config.server.organisation
    );
    if mail.subject() == english_subject {
        english.push(format!(
            "the code mail: its subject is the English one, {english_subject:?}"
        ));
    }
    if let Some(language) = mail.header("Content-Language") {
        assert_eq!(language, "de", "the code mail's Content-Language");
    }
    b.type_into("#code", &mail.find_code().unwrap()).await;
    b.submit_form("form[action='/reset/verify'] button[type=submit]")
        .await;

    b.find("#new-password").await;
    same_words(&p, &b, "/reset/password", &mut english).await;
    b.type_into("#new-password", NEW_PASSWORD).await;
    b.type_into("#confirm-password", NEW_PASSWORD).await;
    b.screenshot("05-new-password").await;
    b.submit_form("form[action='/reset/password'] button[type=submit]")
        .await;

    b.find(".notice-success").await;
    b.screenshot("06-done").await;
    assert_eq!(html_lang(&b).await, "de", "<html lang> of the done page");
    let h1 = b.text("h1").await;
    if h1 == ENGLISH_RESET_DONE {
        english.push(format!("the done page: the h1 is the English one, {h1:?}"));
    }
    b.quit().await;
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
    assert!(
        english.is_empty(),
        "chosen German, but these read English:\n{}",
        english.join("\n")
    );
}

/// Whether the page is laid out right to left: the document says so, and the body's
/// computed direction follows.
async fn assert_rtl(b: &Browser, what: &str) {
    let dir = js_string(b, "return document.documentElement.dir").await;
    assert_eq!(dir, "rtl", "<html dir> of {what}");
    let computed = js_string(b, "return getComputedStyle(document.body).direction").await;
    assert_eq!(computed, "rtl", "the body's computed direction on {what}");
}

/// A person picks العربية, and changes their password on a phone, right to left.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_changes_their_password_in_arabic_right_to_left() {
    let p = multilingual_portal().await;
    let u = create_user("brar").await;
    let b = Browser::start(&artifacts("change-arabic")).await;

    b.goto(&format!("{}/", p.base)).await;
    b.screenshot("01-home-en").await;
    choose_language(&b, "ar").await;
    b.screenshot("02-home-ar").await;
    assert_rtl(&b, "the home page").await;

    b.follow("main a[href='/change']").await;
    b.find("#new-password").await;
    assert_rtl(&b, "the change page").await;
    b.type_into("#username", &u.sam).await;
    b.type_into("#current-password", &u.password).await;
    b.type_into("#new-password", NEW_PASSWORD).await;
    b.type_into("#confirm-password", NEW_PASSWORD).await;
    // Right to left, the form's button sits on the right, where the reading starts (here on
    // a phone-sized window, the default).
    let edges = js(
        &b,
        "const f = document.querySelector(\"form[action='/change']\");
         const btn = f.querySelector('button[type=submit]');
         const a = f.getBoundingClientRect(), c = btn.getBoundingClientRect();
         return [a.left, a.right, c.left, c.right, window.innerWidth];",
    )
    .await;
    let edge = |i: usize| edges[i].as_f64().unwrap();
    let (form_right, button_right) = (edge(1), edge(3));
    assert!(
        (form_right - button_right).abs() <= 3.0,
        "the submit button's right edge ({button_right}) is not at the form's ({form_right}): \
         [form left, form right, button left, button right, viewport] = {edges}"
    );
    b.screenshot("03-change").await;
    b.submit_form("form[action='/change'] button[type=submit]")
        .await;

    b.find(".notice-success").await;
    assert_rtl(&b, "the done page").await;
    b.screenshot("04-done").await;
    b.quit().await;
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
}

/// From the home page to a new password with nothing but the keyboard: Tab, typing and
/// Enter on whatever has the focus, never a click.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reset_flow_works_with_the_keyboard_alone() {
    let p = portal().await;
    let u = create_user("brk").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    let b = Browser::start(&artifacts("keyboard")).await;

    b.goto(&format!("{}/", p.base)).await;
    let presses = tab_to(&b, "a[href='/reset']", 10).await;
    b.screenshot(&format!("01-home-after-{presses}-tabs")).await;
    b.keys_and_wait(ENTER).await;
    assert!(b.current_url().await.ends_with("/reset"));

    wait_for_focus(&b, "#username").await;
    b.keys(&u.sam).await;
    b.screenshot("02-identify").await;
    b.keys_and_wait(ENTER).await;

    b.find("#code").await;
    wait_for_focus(&b, "#code").await;
    let code = p.app.smtp.code_to(&personal).await;
    b.keys(&code).await;
    b.screenshot("03-verify").await;
    b.keys_and_wait(ENTER).await;

    b.find("#new-password").await;
    if !focus_is(&b, "#new-password").await {
        tab_to(&b, "#new-password", 20).await;
    }
    b.keys(NEW_PASSWORD).await;
    // Past the field's show/hide button to the confirmation.
    tab_to(&b, "#confirm-password", 3).await;
    b.keys(NEW_PASSWORD).await;
    b.screenshot("04-new-password").await;
    b.keys_and_wait(ENTER).await;

    b.find(".notice-success").await;
    b.screenshot("05-done").await;
    b.quit().await;
    assert_eq!(bind_as(&u.dn, NEW_PASSWORD).await, BindOutcome::Ok);
}

/// Waits until the first field marked `aria-invalid="true"` has the focus; returns its id.
async fn first_invalid_field_has_focus(b: &Browser) -> String {
    let deadline = Instant::now() + FOCUS_WAIT;
    loop {
        let seen = js(
            b,
            "const f = document.querySelector('[aria-invalid=\"true\"]');
             return [f === null ? null : f.id, f !== null && document.activeElement === f];",
        )
        .await;
        if seen[1] == Value::Bool(true) {
            return seen[0].as_str().unwrap_or_default().to_owned();
        }
        if Instant::now() >= deadline {
            b.screenshot("failure-invalid-focus").await;
            panic!(
                "on {}, the first field with aria-invalid=true is {} and the focus is on {}",
                b.current_url().await,
                seen[0],
                describe_focus(b).await
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// After a form comes back with an error, the focus is on the first field to fix, so that a
/// keyboard or screen-reader user starts there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_error_summary_focuses_the_first_invalid_field() {
    let p = portal().await;
    let u = create_user("brf").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    let b = Browser::start(&artifacts("error-focus")).await;

    // Who are you? Nothing typed.
    b.goto(&format!("{}/reset", p.base)).await;
    b.submit_form("button[type=submit]").await;
    assert_eq!(first_invalid_field_has_focus(&b).await, "username");
    b.screenshot("01-identify-empty").await;

    // A new password whose confirmation does not match.
    b.type_into("#username", &u.sam).await;
    b.submit_form("button[type=submit]").await;
    b.find("#code").await;
    let code = p.app.smtp.code_to(&personal).await;
    b.type_into("#code", &code).await;
    b.submit_form("form[action='/reset/verify'] button[type=submit]")
        .await;
    b.type_into("#new-password", NEW_PASSWORD).await;
    b.type_into("#confirm-password", "Another-Thing-Entirely-93")
        .await;
    b.submit_form("form[action='/reset/password'] button[type=submit]")
        .await;
    b.find(".notice-error").await;
    assert_eq!(first_invalid_field_has_focus(&b).await, "new-password");
    b.screenshot("02-password-mismatch").await;
    b.quit().await;
}
