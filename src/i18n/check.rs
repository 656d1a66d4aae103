//! Checks a translation against the English catalogue: the same messages, each with the same
//! placeholders, and no English left in it. The test of the shipped catalogues runs this; so
//! can an operator's folder (`sspr doctor`).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

/// What is wrong with one translated area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file does not parse.
    Syntax(String),
    /// English has this message; the translation does not.
    Missing(String),
    /// The translation has a message English does not.
    Extra(String),
    /// The message's placeholders differ from English's (English's, the translation's).
    Placeholders(String, Vec<String>, Vec<String>),
    /// The message reads exactly as in English, with more than one word.
    Untranslated(String),
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Syntax(e) => write!(f, "not valid Fluent: {e}"),
            Self::Missing(id) => write!(f, "`{id}` is missing"),
            Self::Extra(id) => write!(f, "`{id}` is not an English message"),
            Self::Placeholders(id, en, tr) => {
                write!(
                    f,
                    "`{id}` uses {{{}}} where English uses {{{}}}",
                    tr.join(", "),
                    en.join(", ")
                )
            }
            Self::Untranslated(id) => write!(f, "`{id}` is still the English text"),
        }
    }
}

/// One message's placeholders (variables and the messages or terms it references) and its
/// plain text.
struct Entry {
    placeholders: BTreeSet<String>,
    text: String,
}

fn entries(source: &str) -> Result<BTreeMap<String, Entry>, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| format!("{e:?}"))
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let (id, pattern) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value)),
            _ => continue,
        };
        let mut e = Entry {
            placeholders: BTreeSet::new(),
            text: String::new(),
        };
        if let Some(p) = &pattern {
            walk(p, &mut e);
        }
        out.insert(id, e);
    }
    Ok(out)
}

fn walk(p: &ast::Pattern<&str>, e: &mut Entry) {
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => e.text.push_str(value),
            ast::PatternElement::Placeable { expression } => expression_refs(expression, e),
        }
    }
}

fn expression_refs(x: &ast::Expression<&str>, e: &mut Entry) {
    match x {
        ast::Expression::Select { selector, variants } => {
            inline_refs(selector, e);
            for v in variants {
                walk(&v.value, e);
            }
        }
        ast::Expression::Inline(i) => inline_refs(i, e),
    }
}

fn inline_refs(x: &ast::InlineExpression<&str>, e: &mut Entry) {
    match x {
        ast::InlineExpression::VariableReference { id } => {
            e.placeholders.insert(format!("${}", id.name));
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            e.placeholders.insert(id.name.to_string());
        }
        ast::InlineExpression::TermReference { id, .. } => {
            e.placeholders.insert(format!("-{}", id.name));
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_refs(a, e);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_refs(expression, e),
        _ => {}
    }
}

/// Compares a translated area with the English one.
pub fn compare(english: &str, translated: &str) -> Vec<Problem> {
    let en = match entries(english) {
        Ok(en) => en,
        Err(e) => return vec![Problem::Syntax(format!("English: {e}"))],
    };
    let tr = match entries(translated) {
        Ok(tr) => tr,
        Err(e) => return vec![Problem::Syntax(e)],
    };
    let mut problems = Vec::new();
    for (id, e) in &en {
        let Some(t) = tr.get(id) else {
            problems.push(Problem::Missing(id.clone()));
            continue;
        };
        if e.placeholders != t.placeholders {
            problems.push(Problem::Placeholders(
                id.clone(),
                e.placeholders.iter().cloned().collect(),
                t.placeholders.iter().cloned().collect(),
            ));
        }
        // A single word may rightly be the same ("Status", "OK"); a sentence may not. The
        // strftime layouts are not words.
        let words = e
            .text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if words > 1 && !id.starts_with("format-") && e.text.trim() == t.text.trim() {
            problems.push(Problem::Untranslated(id.clone()));
        }
    }
    for id in tr.keys() {
        if !en.contains_key(id) {
            problems.push(Problem::Extra(id.clone()));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Catalogues, SHIPPED, SOURCE_LANGUAGE};

    #[test]
    fn a_translation_is_checked_for_missing_extra_and_changed_placeholders() {
        let en = "a = Hello { $name }\nb = Two words\nc = One\n";
        assert!(compare(en, "a = Hallo { $name }\nb = Zwei Wörter\nc = One\n").is_empty());
        let p = compare(en, "a = Hallo { $nom }\nb = Two words\nd = Extra\n");
        assert!(p.contains(&Problem::Placeholders(
            "a".into(),
            vec!["$name".into()],
            vec!["$nom".into()]
        )));
        assert!(p.contains(&Problem::Untranslated("b".into())));
        assert!(p.contains(&Problem::Missing("c".into())));
        assert!(p.contains(&Problem::Extra("d".into())));
        assert!(matches!(compare(en, "a = {")[..], [Problem::Syntax(_)]));
    }

    #[test]
    fn every_shipped_catalogue_matches_english() {
        let mut failures = Vec::new();
        let english_areas: BTreeSet<&str> = SHIPPED
            .iter()
            .filter(|(c, _, _)| *c == SOURCE_LANGUAGE)
            .map(|(_, a, _)| *a)
            .collect();
        for code in Catalogues::shipped() {
            if code == SOURCE_LANGUAGE {
                continue;
            }
            for area in &english_areas {
                let english = Catalogues::shipped_text(SOURCE_LANGUAGE, area).unwrap_or_default();
                let Some(text) = Catalogues::shipped_text(code, area) else {
                    failures.push(format!("{code}/{area}.ftl is missing"));
                    continue;
                };
                for p in compare(english, text) {
                    failures.push(format!("{code}/{area}.ftl: {p}"));
                }
            }
            for (c, area, _) in SHIPPED {
                if *c == code && !english_areas.contains(area) {
                    failures.push(format!("{code}/{area}.ftl has no English counterpart"));
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

    #[test]
    fn english_parses_and_every_message_has_a_value() {
        for (code, area, text) in SHIPPED {
            let parsed = entries(text);
            assert!(parsed.is_ok(), "{code}/{area}.ftl: {:?}", parsed.err());
        }
    }
}
