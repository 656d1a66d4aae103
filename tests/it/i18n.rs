//! Every page and mail in every shipped language: the switcher and `Accept-Language` choose
//! it without a session, and a walk through the flows in each language finds no raw message
//! id and no sentence left in English.

use std::collections::BTreeSet;

use reqwest::StatusCode;
use sspr::i18n::Catalogues;

use crate::harness::*;
use crate::portal::{new_client, portal, register_email, Client, Page, Portal};

/// The visible words of a page: text between tags and the attributes a screen reader or a
/// browser shows (aria-label, placeholder, alt, title), whitespace folded. Scripts and styles
/// are not words.
fn words(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    let mut text = String::new();
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        let push = |t: &mut String, out: &mut Vec<String>| {
            let folded = t.split_whitespace().collect::<Vec<_>>().join(" ");
            let folded = folded
                .replace("&amp;", "&")
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
            if !folded.is_empty() {
                out.push(folded);
            }
            t.clear();
        };
        push(&mut text, &mut out);
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        for attr in ["aria-label=\"", "placeholder=\"", "alt=\"", "title=\""] {
            if let Some(at) = tag.find(attr) {
                let v = &tag[at + attr.len()..];
                let mut value = v.split('"').next().unwrap_or("").to_string();
                push(&mut value, &mut out);
            }
        }
        rest = &rest[lt + gt + 1..];
        for skip in ["script", "style"] {
            if tag.starts_with(skip) && !tag.ends_with('/') {
                if let Some(end) = rest.find(&format!("</{skip}>")) {
                    rest = &rest[end..];
                }
            }
        }
    }
    out
}

/// Segments of `english` that `translated` still shows word for word: sentences of two words
/// or more, less the names that are the same in every language.
fn english_left(
    english: &[String],
    translated: &[String],
    same_everywhere: &[&str],
) -> Vec<String> {
    let theirs: BTreeSet<&String> = translated.iter().collect();
    english
        .iter()
        .filter(|s| {
            s.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                > 1
        })
        .filter(|s| theirs.contains(s))
        .filter(|s| !same_everywhere.iter().any(|n| s.contains(n)))
        .cloned()
        .collect()
}

/// A message id shown instead of its text: what a missing message looks like on a page.
fn raw_ids(page: &[String]) -> Vec<String> {
    let ids: BTreeSet<&str> = Catalogues::shipped_files()
        .iter()
        .filter(|(code, _, _)| *code == "en")
        .flat_map(|(_, _, text)| text.lines())
        .filter(|l| !l.starts_with([' ', '#', '*', '[']))
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim()))
        .collect();
    page.iter()
        .flat_map(|s| s.split_whitespace())
        .filter(|w| ids.contains(w.trim_matches(|c: char| c.is_ascii_punctuation() && c != '-')))
        .map(String::from)
        .collect()
}

/// One walk through the flows, each page's words kept in order.
async fn walk(p: &Portal, lang: &str) -> Vec<(String, Vec<String>)> {
    let mut c = Client {
        base: p.base.clone(),
        client: new_client(),
        csrf: String::new(),
    };
    let mut pages = Vec::new();
    let keep = |pages: &mut Vec<(String, Vec<String>)>, name: &str, page: &Page| {
        assert!(
            page.status.is_success() || page.status.is_client_error(),
            "{lang} {name}: {}",
            page.status
        );
        pages.push((name.to_string(), words(&page.body)));
    };
    let switched = c.get(&format!("/language?to={lang}&back=reset")).await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    for path in [
        "/",
        "/reset",
        "/unlock",
        "/change",
        "/register",
        "/admin/login",
        "/no-such-page",
    ] {
        let page = c.get(path).await;
        let html_lang = format!("<html lang=\"{lang}\"");
        assert!(
            page.body.contains(&html_lang),
            "{lang} {path} is not marked {lang}"
        );
        keep(&mut pages, path, &page);
    }
    // The flows, with what people get wrong on the way.
    let u = create_user("lang").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    keep(
        &mut pages,
        "identify empty",
        &c.post("/reset", &[("username", "")]).await,
    );
    keep(&mut pages, "verify", &c.identify("reset", &u.sam).await);
    let mail = p.app.smtp.wait_for(&personal, MAIL_WAIT).await;
    pages.push(("code mail subject".into(), vec![mail.subject()]));
    pages.push(("code mail text".into(), words(&mail.text_body())));
    pages.push((
        "code mail html".into(),
        words(&mail.html_body().unwrap_or_default()),
    ));
    keep(
        &mut pages,
        "verify wrong code",
        &c.post("/reset/verify", &[("method", "email"), ("code", "12")])
            .await,
    );
    keep(
        &mut pages,
        "verify with a passkey",
        &c.get("/reset/verify?method=passkey").await,
    );
    keep(
        &mut pages,
        "passkey challenge",
        &c.post("/reset/verify/passkey", &[]).await,
    );
    keep(
        &mut pages,
        "passkey not understood",
        &c.post(
            "/reset/verify",
            &[("method", "passkey"), ("credential", "{}")],
        )
        .await,
    );
    let code = mail.find_code().unwrap();
    c.post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    keep(&mut pages, "new password", &c.get("/reset/password").await);
    keep(
        &mut pages,
        "new password mismatch",
        &c.post(
            "/reset/password",
            &[
                ("new_password", "Aa1-aaaaaaaa"),
                ("confirm_password", "other"),
            ],
        )
        .await,
    );
    keep(
        &mut pages,
        "new password too short",
        &c.post(
            "/reset/password",
            &[("new_password", "Ab1-"), ("confirm_password", "Ab1-")],
        )
        .await,
    );
    let done = c
        .post(
            "/reset/password",
            &[
                ("new_password", "Amber-Window-4471"),
                ("confirm_password", "Amber-Window-4471"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{lang}: {}", done.body);
    keep(&mut pages, "done", &done);
    let notice = p.app.smtp.wait_for(&personal, MAIL_WAIT).await;
    pages.push(("notice mail subject".into(), vec![notice.subject()]));
    pages.push(("notice mail text".into(), words(&notice.text_body())));
    // A name nobody has: the change page's one answer, without a bind against anyone.
    c.get("/change").await;
    keep(
        &mut pages,
        "change not right",
        &c.post(
            "/change",
            &[
                ("username", "nobody-here-at-all"),
                ("current_password", "x"),
                ("new_password", "Amber-Window-4472"),
                ("confirm_password", "Amber-Window-4472"),
            ],
        )
        .await,
    );
    keep(
        &mut pages,
        "register empty",
        &c.post("/register", &[("username", ""), ("password", "")])
            .await,
    );
    // The expiry reminder, as the scheduled run sends it in the owner's language.
    for (days_left, register) in [(6, true), (0, false)] {
        let to = format!("{}-remind-{days_left}@personal.test", u.sam);
        let reminder = sspr::mail::Mail::Reminder {
            name: "Test".into(),
            expires: chrono::Utc::now() + chrono::Duration::days(days_left.into()),
            days_left,
            register,
        };
        p.app
            .services
            .mailer
            .send_in(&to, Some(lang), &reminder)
            .await
            .unwrap();
        let mail = p.app.smtp.wait_for(&to, MAIL_WAIT).await;
        let name = format!("reminder mail ({days_left} days)");
        pages.push((format!("{name} subject"), vec![mail.subject()]));
        pages.push((format!("{name} text"), words(&mail.text_body())));
        pages.push((
            format!("{name} html"),
            words(&mail.html_body().unwrap_or_default()),
        ));
    }
    pages
}

#[tokio::test]
async fn every_page_and_mail_reads_in_every_language_with_no_raw_id_and_no_english_left() {
    // On a name, so that passkeys are offered and their pages are walked too.
    let p = crate::portal::portal_with(
        &[dc().url()],
        &[("SSPR__SERVER__PUBLIC_URL", "http://localhost/")],
    )
    .await;
    let english = walk(&p, "en").await;
    let org = p.app.config.server.organisation.clone();
    let helpdesk = p.app.config.server.helpdesk_contact.clone();
    // Names that are the same in every language: the organisation, the helpdesk contact, the
    // languages' own names in the switcher.
    let names: Vec<String> = sspr::i18n::Catalogues::load(&p.app.config.server)
        .unwrap()
        .languages()
        .iter()
        .map(|l| l.name.clone())
        .chain([org, helpdesk])
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut failures = Vec::new();
    for (_, page) in &english {
        for id in raw_ids(page) {
            failures.push(format!("en: raw id {id}"));
        }
    }
    for lang in Catalogues::shipped().into_iter().filter(|c| *c != "en") {
        let theirs = walk(&p, lang).await;
        assert_eq!(theirs.len(), english.len());
        for ((name, en), (_, tr)) in english.iter().zip(&theirs) {
            for s in english_left(en, tr, &names) {
                failures.push(format!("{lang} {name}: still English: {s:?}"));
            }
            for id in raw_ids(tr) {
                failures.push(format!("{lang} {name}: raw id {id}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn the_switcher_and_accept_language_choose_the_language_without_a_session() {
    let mut p = portal().await;
    // Accept-Language alone.
    let r = new_client()
        .get(format!("{}/reset", p.base))
        .header("accept-language", "de-AT, de;q=0.9, en;q=0.3")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-language"], "de");
    assert!(r.headers()["vary"]
        .to_str()
        .unwrap()
        .contains("accept-language"));
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("<html lang=\"de\" dir=\"ltr\""));
    // The switcher: a cookie, a redirect back, no session.
    let s = p.get("/language?to=ar&back=reset%3Fx%3D1").await;
    assert_eq!(s.status, StatusCode::SEE_OTHER);
    assert_eq!(s.location.as_deref(), Some("/reset?x=1"));
    let cookie = s.headers["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("sspr_lang=ar;"), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let page = p.get("/reset").await;
    assert!(page.body.contains("<html lang=\"ar\" dir=\"rtl\""));
    // Every page links to every language, in its own name, and marks the current one.
    assert!(
        page.body.contains("aria-current=\"true\">العربية</span>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("hreflang=\"de\">Deutsch</a>"));
    assert_eq!(p.app.store.session_count().await.unwrap(), 0);
    // The switcher never sends anyone to another site, and ignores a language it lacks.
    for back in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "%2F%2Fevil.example",
    ] {
        let r = p.get(&format!("/language?to=de&back={back}")).await;
        assert_eq!(r.location.as_deref(), Some("/"), "{back}");
    }
    let r = p.get("/language?to=xx&back=reset").await;
    assert_eq!(r.location.as_deref(), Some("/reset"));
    assert!(!r.headers.contains_key("set-cookie"));
    // Nor out of a path prefix, nor does a link on another site choose for the visitor.
    let r = p.get("/language?to=de&back=..%2F..%2Fother-app").await;
    assert_eq!(r.location.as_deref(), Some("/"));
    let r = new_client()
        .get(format!("{}/language?to=de&back=reset", p.base))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(r.headers().get("set-cookie").is_none());
    // A page reached with a long or foreign query links back to the start, not to it.
    let long = p.get(&format!("/reset?{}", "a".repeat(600))).await;
    assert!(long.body.contains("back=\""), "{}", long.body);
}

#[tokio::test]
async fn mail_is_in_the_owners_language_whoever_asks_for_it() {
    let p = portal().await;
    let cat = Catalogues::load(&p.app.config.server).unwrap();
    let org = p.app.config.server.organisation.clone();
    let subject = |code: &str| {
        sspr::tr!(
            cat.get(code).unwrap(),
            "mail-code-subject",
            org = org.as_str()
        )
    };
    let u = create_user("owner").await;
    let personal = format!("{}@personal.test", u.sam);
    register_email(&p.app, &u.sam, &personal).await;
    let client = |lang: &str| {
        let c = Client {
            base: p.base.clone(),
            client: new_client(),
            csrf: String::new(),
        };
        (c, lang.to_string())
    };

    // The owner, in German, with nothing stored yet: their code and their notice are German.
    let (mut owner, lang) = client("de");
    owner.get(&format!("/language?to={lang}&back=reset")).await;
    owner.identify("reset", &u.sam).await;
    let mail = p.app.smtp.wait_for(&personal, MAIL_WAIT).await;
    assert_eq!(mail.subject(), subject("de"));
    let code = mail.find_code().unwrap();
    owner
        .post("/reset/verify", &[("method", "email"), ("code", &code)])
        .await;
    let done = owner
        .post(
            "/reset/password",
            &[
                ("new_password", "Amber-Window-4473"),
                ("confirm_password", "Amber-Window-4473"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let notice = p.app.smtp.wait_for(&personal, MAIL_WAIT).await;
    let de = cat.get("de").unwrap();
    assert!(
        notice.text_body().contains(&de.t("mail-notice-was-you")),
        "{}",
        notice.text_body()
    );

    // Someone else asks for a code for the same account, in Japanese: the mail stays German.
    let (mut stranger, lang) = client("ja");
    stranger
        .get(&format!("/language?to={lang}&back=reset"))
        .await;
    let page = stranger.identify("reset", &u.sam).await;
    assert!(page.body.contains("<html lang=\"ja\""));
    let mail = p.app.smtp.wait_for(&personal, MAIL_WAIT).await;
    assert_eq!(
        mail.subject(),
        subject("de"),
        "the stranger chose the owner's language"
    );

    // Asking stores nothing: only proving who you are makes a language the account's.
    let v = create_user("nolang").await;
    let vmail = format!("{}@personal.test", v.sam);
    register_email(&p.app, &v.sam, &vmail).await;
    stranger.identify("reset", &v.sam).await;
    p.app.smtp.wait_for(&vmail, MAIL_WAIT).await;
    let guid = find(&p.app, &v.sam).await.guid;
    assert_eq!(p.app.store.language(&guid).await.unwrap(), None);
    let guid = find(&p.app, &u.sam).await.guid;
    assert_eq!(
        p.app.store.language(&guid).await.unwrap().as_deref(),
        Some("de")
    );
}

/// The helpdesk console in every language: its own words are all translated, the writeback
/// checks of the health page included. What it shows from the audit log (activity names,
/// details, status reason codes) are records, kept as they were written.
#[tokio::test]
async fn the_console_reads_in_every_language_but_for_its_records() {
    let p = portal().await;
    let admin = crate::admin::new_admin().await;
    let (mut c, _) = crate::admin::admin_client(&p, &admin.sam, &admin.password).await;
    let u = create_user("conlang").await;
    register_email(&p.app, &u.sam, &format!("{}@personal.test", u.sam)).await;
    let guid = find(&p.app, &u.sam).await.guid;
    let pages = [
        "/admin".to_string(),
        format!("/admin/users?q={}", &u.sam[..6]),
        format!("/admin/users/{guid}"),
        "/admin/audit".to_string(),
        "/admin/health".to_string(),
    ];
    let english = console_walk(&mut c, "en", &pages).await;
    let records: Vec<String> = p
        .app
        .store
        .audit_page(0, 10_000)
        .await
        .unwrap()
        .into_iter()
        .flat_map(|r| [r.activity, r.detail, r.status_reason])
        .collect();
    let mut same: Vec<String> = records;
    same.extend(
        Catalogues::load(&p.app.config.server)
            .unwrap()
            .languages()
            .iter()
            .map(|l| l.name.clone()),
    );
    same.extend([
        p.app.config.server.organisation.clone(),
        p.app.config.server.helpdesk_contact.clone(),
        admin.sam.clone(),
        u.sam.clone(),
        "Test conlang User".into(),
        "Test adm User".into(),
        // Distinguished names are the directory's, in every language.
        dc().base(),
    ]);
    // The audit filter offers the activities by their recorded (Entra) names.
    same.extend(
        sspr::audit::Activity::ALL
            .iter()
            .map(|a| a.as_str().to_string()),
    );
    let same: Vec<&str> = same.iter().map(String::as_str).collect();
    let mut failures = Vec::new();
    for lang in Catalogues::shipped().into_iter().filter(|c| *c != "en") {
        let theirs = console_walk(&mut c, lang, &pages).await;
        for ((path, en), (_, tr)) in english.iter().zip(&theirs) {
            for s in english_left(en, tr, &same) {
                failures.push(format!("{lang} {path}: still English: {s:?}"));
            }
            for id in raw_ids(tr) {
                failures.push(format!("{lang} {path}: raw id {id}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

async fn console_walk(c: &mut Client, lang: &str, pages: &[String]) -> Vec<(String, Vec<String>)> {
    c.get(&format!("/language?to={lang}&back=admin")).await;
    let mut out = Vec::new();
    for path in pages {
        let page = c.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{lang} {path}");
        assert!(
            page.body.contains(&format!("<html lang=\"{lang}\"")),
            "{lang} {path}"
        );
        out.push((path.clone(), words(&page.body)));
    }
    out
}
