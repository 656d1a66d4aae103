//! Words, in the reader's language: Project Fluent catalogues, one file per language per area
//! (`locales/<lang>/<area>.ftl`), compiled into the binary and overlaid by an operator's own
//! folder (`server.locales_dir`) at start.
//!
//! The flows layer never builds a sentence: it returns typed outcomes, and the web and mail
//! layers turn them into words here, with [`Tr::t`] or the [`tr!`](crate::tr) macro for
//! messages with arguments. A message missing from a language falls back to the default
//! language, then English; a test (`tests/it/i18n.rs`) keeps every shipped catalogue complete.
//!
//! Why a loader of our own over `fluent-bundle` rather than `fluent-templates`: that crate
//! loads either catalogues compiled in or a folder at run time, while operators here override
//! single messages of a shipped language, or add one, without a rebuild. The loading is the
//! only part written by hand; parsing, plurals and formatting are Fluent's.

pub mod check;
mod datetime;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentResource;
pub use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::config::ServerConfig;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

/// The language every catalogue is checked against, and the last fallback.
pub const SOURCE_LANGUAGE: &str = "en";

/// The cookie the language switcher sets.
pub const COOKIE: &str = "sspr_lang";

/// A catalogue could not be loaded; the server does not start.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// A file is not valid Fluent.
    #[error("{file}: not valid Fluent: {errors}")]
    Syntax {
        /// Which file.
        file: String,
        /// What the parser said.
        errors: String,
    },
    /// A configured language has no catalogue, shipped or in `server.locales_dir`.
    #[error("server.languages: `{0}` has no catalogue (shipped: {1}; or add {0}/*.ftl to server.locales_dir)")]
    Unknown(String, String),
    /// A folder or file could not be read.
    #[error("{0}: {1}")]
    Io(String, std::io::Error),
}

/// One offered language.
pub struct Language {
    /// Its tag as configured and as the folder is named (`pt-BR`).
    pub code: String,
    /// Its name in itself (`Deutsch`), from its own `language-name` message.
    pub name: String,
    /// Whether it is written right to left.
    pub rtl: bool,
    id: LanguageIdentifier,
    /// Its files (name, text), later ones overriding earlier messages.
    sources: Vec<(String, Cow<'static, str>)>,
    /// Built on first use: a process serves mostly one or two languages, and twelve parsed
    /// catalogues cost about 10 MiB that an idle portal should not hold.
    bundle: OnceLock<Bundle>,
}

impl Language {
    fn bundle(&self) -> &Bundle {
        self.bundle.get_or_init(|| {
            let mut bundle = Bundle::new_concurrent(vec![self.id.clone()]);
            // Unicode isolation marks keep an embedded name or number from reordering the
            // sentence around it in right-to-left text; in left-to-right text they only get
            // in the way (of plain-text mail, of copying a code).
            bundle.set_use_isolating(self.rtl);
            for (file, text) in &self.sources {
                match FluentResource::try_new(text.to_string()) {
                    Ok(resource) => bundle.add_resource_overriding(resource),
                    // Every file parsed at start ([`language`]): this does not happen.
                    Err(_) => tracing::error!(%file, "catalogue no longer parses"),
                }
            }
            bundle
        })
    }
}

/// Every offered language, loaded once at start.
pub struct Catalogues {
    languages: Vec<Language>,
    default: usize,
    source: Option<usize>,
    zone: chrono_tz::Tz,
}

impl Catalogues {
    /// The shipped catalogues' language codes.
    pub fn shipped() -> Vec<&'static str> {
        let mut codes: Vec<&str> = SHIPPED.iter().map(|(code, _, _)| *code).collect();
        codes.dedup();
        codes
    }

    /// Every shipped catalogue file: (language, area, text).
    pub fn shipped_files() -> &'static [(&'static str, &'static str, &'static str)] {
        SHIPPED
    }

    /// The shipped text of one area of one language.
    pub fn shipped_text(code: &str, area: &str) -> Option<&'static str> {
        SHIPPED
            .iter()
            .find(|(c, a, _)| *c == code && *a == area)
            .map(|(_, _, text)| *text)
    }

    /// Loads the languages the configuration offers.
    pub fn load(server: &ServerConfig) -> Result<Arc<Self>, CatalogueError> {
        // Every file of every language: shipped first, the operator's after (overriding).
        let mut files: BTreeMap<String, Vec<(String, Cow<'static, str>)>> = BTreeMap::new();
        for (code, area, text) in SHIPPED {
            files
                .entry((*code).to_string())
                .or_default()
                .push((format!("locales/{code}/{area}.ftl"), Cow::Borrowed(*text)));
        }
        if let Some(dir) = &server.locales_dir {
            for (code, file, text) in read_folder(dir)? {
                files
                    .entry(code)
                    .or_default()
                    .push((file, Cow::Owned(text)));
            }
        }
        let wanted: Vec<String> = if server.languages.is_empty() {
            // Shipped languages in a stable order, the source language first.
            let mut all: Vec<String> = files.keys().cloned().collect();
            all.sort_by_key(|c| (c != SOURCE_LANGUAGE, c.clone()));
            all
        } else {
            server.languages.clone()
        };
        let mut languages = Vec::new();
        for code in &wanted {
            let Some(sources) = files.get(code) else {
                let shipped = Self::shipped().join(", ");
                return Err(CatalogueError::Unknown(code.clone(), shipped));
            };
            languages.push(language(code, sources)?);
        }
        let default = languages
            .iter()
            .position(|l| l.code == server.default_language)
            .ok_or_else(|| {
                CatalogueError::Unknown(server.default_language.clone(), Self::shipped().join(", "))
            })?;
        let source = languages.iter().position(|l| l.code == SOURCE_LANGUAGE);
        // The languages every other one falls back to are built now; the rest on first use.
        for i in [Some(default), source].into_iter().flatten() {
            languages[i].bundle();
        }
        Ok(Arc::new(Self {
            languages,
            default,
            source,
            zone: server.time_zone,
        }))
    }

    /// The offered languages, in the switcher's order.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// The default language.
    pub fn default_tr(self: &Arc<Self>) -> Tr {
        Tr {
            cat: self.clone(),
            idx: self.default,
        }
    }

    /// One offered language by its exact code.
    pub fn get(self: &Arc<Self>, code: &str) -> Option<Tr> {
        let idx = self.languages.iter().position(|l| l.code == code)?;
        Some(Tr {
            cat: self.clone(),
            idx,
        })
    }

    /// The language for a request: the switcher's cookie when it names an offered language,
    /// else the best match for `Accept-Language`, else the default.
    pub fn negotiate(self: &Arc<Self>, cookie: Option<&str>, accept: Option<&str>) -> Tr {
        if let Some(tr) = cookie.and_then(|c| self.get(c)) {
            return tr;
        }
        let Some(accept) = accept else {
            return self.default_tr();
        };
        let requested = accepted(accept);
        let available: Vec<&LanguageIdentifier> = self.languages.iter().map(|l| &l.id).collect();
        let default = &self.languages[self.default].id;
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        let idx = chosen
            .first()
            .and_then(|id| self.languages.iter().position(|l| &&l.id == *id))
            .unwrap_or(self.default);
        Tr {
            cat: self.clone(),
            idx,
        }
    }
}

/// The languages an `Accept-Language` header asks for, best first: at most
/// [`MAX_ACCEPTED`] entries of the header's first [`MAX_ACCEPT_LEN`] bytes (a header is the
/// client's to make as long as it likes; the work per request stays small), ordered by their
/// `q` (stable, so equal weights keep the header's order), without those of `q=0`.
fn accepted(header: &str) -> Vec<LanguageIdentifier> {
    let mut end = header.len().min(MAX_ACCEPT_LEN);
    while !header.is_char_boundary(end) {
        end -= 1;
    }
    let mut weighted: Vec<(u16, LanguageIdentifier)> = header[..end]
        .split(',')
        .take(MAX_ACCEPTED)
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), |q| {
                    q.trim()
                        .parse::<f32>()
                        .ok()
                        .map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16)
                })?;
            if q == 0 || tag == "*" {
                return None;
            }
            Some((q, tag.parse().ok()?))
        })
        .collect();
    weighted.sort_by_key(|w| std::cmp::Reverse(w.0));
    weighted.into_iter().map(|(_, id)| id).collect()
}

/// How much of an `Accept-Language` header is read.
const MAX_ACCEPT_LEN: usize = 256;
/// How many of its languages are considered.
const MAX_ACCEPTED: usize = 16;

/// `<dir>/<lang>/*.ftl`, as (lang, file name, text).
fn read_folder(dir: &Path) -> Result<Vec<(String, String, String)>, CatalogueError> {
    let io = |p: &Path, e| CatalogueError::Io(p.display().to_string(), e);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| io(dir, e))? {
        let lang = entry.map_err(|e| io(dir, e))?.path();
        let Some(code) = lang
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if !lang.is_dir() || code.parse::<LanguageIdentifier>().is_err() {
            continue;
        }
        let mut names: Vec<_> = std::fs::read_dir(&lang)
            .map_err(|e| io(&lang, e))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        names.sort();
        for file in names {
            let text = std::fs::read_to_string(&file).map_err(|e| io(&file, e))?;
            out.push((code.clone(), file.display().to_string(), text));
        }
    }
    Ok(out)
}

/// Checks one language's files (every one must parse: a broken file stops the start, by
/// name) and reads its name; its bundle is built on first use.
fn language(
    code: &str,
    sources: &[(String, Cow<'static, str>)],
) -> Result<Language, CatalogueError> {
    let id: LanguageIdentifier = code.parse().map_err(|_| CatalogueError::Syntax {
        file: format!("locales/{code}"),
        errors: "the folder name is not a language tag".into(),
    })?;
    let rtl = id.character_direction() == CharacterDirection::RTL;
    let mut name = None;
    for (file, text) in sources {
        let resource = fluent_syntax::parser::parse(text.as_ref()).map_err(|(_, errors)| {
            CatalogueError::Syntax {
                file: file.clone(),
                errors: errors
                    .iter()
                    .map(|e| format!("{e:?}"))
                    .collect::<Vec<_>>()
                    .join("; "),
            }
        })?;
        // The switcher shows every language's own name without building its bundle.
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                if m.id.name == "language-name" {
                    let text: String = m
                        .value
                        .iter()
                        .flat_map(|p| &p.elements)
                        .filter_map(|e| match e {
                            fluent_syntax::ast::PatternElement::TextElement { value } => {
                                Some(*value)
                            }
                            _ => None,
                        })
                        .collect();
                    name = Some(text.trim().to_string());
                }
            }
        }
    }
    Ok(Language {
        code: code.to_string(),
        name: name.unwrap_or_else(|| code.to_string()),
        rtl,
        id,
        sources: sources.to_vec(),
        bundle: OnceLock::new(),
    })
}

/// One language, for one request or one mail: cheap to clone.
#[derive(Clone)]
pub struct Tr {
    cat: Arc<Catalogues>,
    idx: usize,
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Tr {
    fn lang(&self) -> &Language {
        &self.cat.languages[self.idx]
    }

    /// The language's tag, for `<html lang>` and `Content-Language`.
    pub fn code(&self) -> &str {
        &self.lang().code
    }

    /// `rtl` or `ltr`, for `<html dir>`.
    pub fn dir(&self) -> &'static str {
        if self.lang().rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Every offered language (for the switcher).
    pub fn languages(&self) -> &[Language] {
        self.cat.languages()
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with arguments (see [`tr!`](crate::tr)).
    pub fn with(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    /// A message with one argument (for templates).
    pub fn t1(&self, id: &str, k: &str, v: impl IntoArg) -> String {
        let mut args = FluentArgs::new();
        args.set(k.to_string(), v.into_arg());
        self.with(id, &args)
    }

    /// A message with two arguments (for templates).
    pub fn t2(&self, id: &str, k1: &str, v1: impl IntoArg, k2: &str, v2: impl IntoArg) -> String {
        let mut args = FluentArgs::new();
        args.set(k1.to_string(), v1.into_arg());
        args.set(k2.to_string(), v2.into_arg());
        self.with(id, &args)
    }

    /// Whether the language (or its fallbacks) has this message.
    pub fn has(&self, id: &str) -> bool {
        self.bundles().any(|b| b.has_message(id))
    }

    fn bundles(&self) -> impl Iterator<Item = &Bundle> {
        let c = &*self.cat;
        [Some(self.idx), Some(c.default), c.source]
            .into_iter()
            .flatten()
            .map(move |i| c.languages[i].bundle())
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in self.bundles() {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(
                    message_id = id,
                    language = self.code(),
                    ?errors,
                    "message formatted with errors"
                );
            }
            return text.into_owned();
        }
        tracing::warn!(
            message_id = id,
            language = self.code(),
            "no such message in any catalogue"
        );
        id.to_string()
    }
}

/// A value a message can take as an argument.
pub trait IntoArg {
    /// The Fluent value.
    fn into_arg(self) -> FluentValue<'static>;
}

impl IntoArg for &str {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::String(self.to_string().into())
    }
}

impl IntoArg for String {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::String(self.into())
    }
}

impl IntoArg for &String {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::String(self.clone().into())
    }
}

impl IntoArg for &&str {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::String(self.to_string().into())
    }
}

macro_rules! numeric_arg {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
        impl IntoArg for &$t {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
numeric_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// A message with named arguments: `tr!(tr, "policy-min-length", n = 14, typed = 9)`.
#[macro_export]
macro_rules! tr {
    ($tr:expr, $id:expr) => { $tr.t($id) };
    ($tr:expr, $id:expr, $($k:ident = $v:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($k), $crate::i18n::IntoArg::into_arg($v)); )+
        $tr.with($id, &args)
    }};
}

/// A minimal configuration for unit tests, with `server_extra` lines added to `[server]`.
#[cfg(test)]
#[allow(clippy::expect_used)]
pub(crate) fn test_config(server_extra: &str) -> crate::config::Config {
    let text = format!(
        r#"
[server]
public_url = "https://sspr.example.com"
{server_extra}
[directory]
urls = ["ldaps://dc1.example.com"]
base_dn = "DC=example,DC=com"
bind_dn = "CN=svc-sspr,CN=Users,DC=example,DC=com"
bind_password = "s3cret"
[security]
secret_key = "289b91f8f6f30d93c46839b787e1e94930335e1a97bc11e1ea6e7688e0093bfb"
"#
    );
    crate::config::Config::from_toml_with_env(&text, std::iter::empty())
        .expect("a minimal configuration")
}

/// The shipped English catalogue, for unit tests.
#[cfg(test)]
#[allow(clippy::expect_used)]
pub(crate) fn english() -> Tr {
    Catalogues::load(&test_config("").server)
        .expect("the shipped catalogues")
        .get(SOURCE_LANGUAGE)
        .expect("English")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(extra: &str) -> ServerConfig {
        test_config(extra).server
    }

    #[test]
    fn every_shipped_language_loads_and_english_comes_first() {
        let cat = Catalogues::load(&server("")).unwrap();
        let codes: Vec<&str> = cat.languages().iter().map(|l| l.code.as_str()).collect();
        assert_eq!(
            codes,
            Catalogues::shipped()
                .into_iter()
                .fold(vec!["en"], |mut v, c| {
                    if c != "en" {
                        v.push(c)
                    }
                    v
                })
        );
        assert_eq!(cat.default_tr().t("language-name"), "English");
    }

    #[test]
    fn the_cookie_wins_then_accept_language_then_the_default() {
        let cat = Catalogues::load(&server(r#"languages = ["en", "xx-test"]"#));
        // A language neither shipped nor in a folder is refused at start, by name.
        assert!(matches!(cat, Err(CatalogueError::Unknown(c, _)) if c == "xx-test"));

        let dir = tempfile::tempdir().unwrap();
        for (code, name) in [
            ("de", "Deutsch"),
            ("pt-BR", "Português (Brasil)"),
            ("ar", "العربية"),
        ] {
            std::fs::create_dir(dir.path().join(code)).unwrap();
            std::fs::write(
                dir.path().join(code).join("common.ftl"),
                format!("language-name = {name}\nservice-name = {name} service\n"),
            )
            .unwrap();
        }
        let extra = format!(
            "languages = [\"en\", \"de\", \"pt-BR\", \"ar\"]\nlocales_dir = {:?}",
            dir.path().display().to_string()
        );
        let cat = Catalogues::load(&server(&extra)).unwrap();
        let pick = |cookie, accept| cat.negotiate(cookie, accept).code().to_string();
        assert_eq!(pick(None, None), "en");
        assert_eq!(pick(None, Some("de-CH, de;q=0.9, en;q=0.5")), "de");
        assert_eq!(pick(None, Some("fr-FR, fr;q=0.9")), "en");
        assert_eq!(pick(None, Some("pt")), "pt-BR");
        // The weights decide, not the order; q=0 means "not this one".
        assert_eq!(pick(None, Some("de;q=0.1, ar;q=0.8, fr")), "ar");
        assert_eq!(pick(None, Some("ar;q=0, de;q=0.5")), "de");
        // A header of any length costs the same: only its start is read.
        let long = format!("{}de", "zz,".repeat(100_000));
        assert_eq!(pick(None, Some(&long)), "en");
        assert_eq!(pick(Some("ar"), Some("de")), "ar");
        assert_eq!(pick(Some("nonsense"), Some("de")), "de");
        // The operator's file overrides a shipped message and the rest falls back.
        let de = cat.get("de").unwrap();
        assert_eq!(de.t("service-name"), "Deutsch service");
        assert_eq!(de.dir(), "ltr");
        let ar = cat.get("ar").unwrap();
        assert_eq!(ar.dir(), "rtl");
        assert_eq!(ar.t("no-such-message"), "no-such-message");
    }

    #[test]
    fn an_operator_can_add_a_language_without_a_rebuild() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("eo")).unwrap();
        std::fs::write(
            dir.path().join("eo").join("common.ftl"),
            "language-name = Esperanto\nhome-title = Kion vi bezonas fari?\n",
        )
        .unwrap();
        let extra = format!("locales_dir = {:?}", dir.path().display().to_string());
        let cat = Catalogues::load(&server(&extra)).unwrap();
        let eo = cat.get("eo").unwrap();
        assert_eq!(eo.t("home-title"), "Kion vi bezonas fari?");
        // What the operator did not translate falls back to the default language.
        assert_eq!(eo.t("skip-to-content"), "Skip to content");
        assert!(cat.languages().iter().any(|l| l.name == "Esperanto"));
        // A broken file stops the start, naming the file.
        std::fs::write(
            dir.path().join("eo").join("bad.ftl"),
            "this is = { not fluent",
        )
        .unwrap();
        let err = Catalogues::load(&server(&extra)).err().unwrap().to_string();
        assert!(err.contains("bad.ftl"), "{err}");
    }

    #[test]
    fn times_are_shown_in_the_configured_zone_with_plurals_and_arguments() {
        use chrono::{TimeZone, Utc};
        let at = Utc.with_ymd_and_hms(2026, 12, 2, 9, 30, 0).unwrap();
        let cat = Catalogues::load(&server(r#"time_zone = "Europe/Berlin""#)).unwrap();
        let en = cat.default_tr();
        assert_eq!(en.datetime(at), "2 Dec 2026, 10:30 CET");
        assert_eq!(
            crate::tr!(en, "busy-next", seconds = 1u64),
            "Please try again in 1 second."
        );
        assert_eq!(
            crate::tr!(en, "busy-next", seconds = 30u64),
            "Please try again in 30 seconds."
        );
        let utc = Catalogues::load(&server("")).unwrap().default_tr();
        assert_eq!(utc.date(at), "2 Dec 2026");
        assert!(utc.datetime(at).ends_with("09:30 UTC"));
    }
}
