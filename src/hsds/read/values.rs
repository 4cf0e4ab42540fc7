//! Reading single values: language codes, yes/no, schedules, codes made from names.

use std::collections::{HashMap, HashSet};

use super::{Row, Tables};
use crate::domain::reference::find_language;

/// ISO 639-1 codes met in other systems' files, as the ISO 639-3 codes kentro keeps.
pub(super) fn language_code(code: &str, name: &str) -> Option<String> {
    let code = code.trim().to_lowercase();
    const TWO: &[(&str, &str)] = &[
        ("el", "ell"),
        ("en", "eng"),
        ("ar", "ara"),
        ("fa", "fas"),
        ("ur", "urd"),
        ("fr", "fra"),
        ("uk", "ukr"),
        ("ru", "rus"),
        ("sq", "sqi"),
        ("ka", "kat"),
        ("ps", "pus"),
        ("so", "som"),
        ("ti", "tir"),
        ("ku", "kur"),
        ("tr", "tur"),
        ("de", "deu"),
        ("es", "spa"),
        ("it", "ita"),
        ("bn", "ben"),
        ("pa", "pan"),
        ("zh", "zho"),
        ("ro", "ron"),
        ("pl", "pol"),
        ("sk", "slk"),
        ("hi", "hin"),
        ("bg", "bul"),
        ("am", "amh"),
        ("uz", "uzb"),
        ("tl", "tgl"),
        ("pt", "por"),
    ];
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_lowercase()) {
        return Some(code);
    }
    if let Some((_, three)) = TWO.iter().find(|(two, _)| *two == code) {
        return Some((*three).to_string());
    }
    find_language(name).map(|l| l.code.clone())
}

/// "true"/"yes"/"1" and their opposites; anything else is not a yes/no.
pub(super) fn parse_flag(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "y" => Some(true),
        "false" | "no" | "0" | "n" => Some(false),
        _ => None,
    }
}

/// A schedule row as words: its description, else its days and hours.
pub(super) fn schedule_text(row: &Row) -> String {
    let description = row.get("description");
    if !description.is_empty() {
        return description.to_string();
    }
    let hours = match (row.get("opens_at"), row.get("closes_at")) {
        ("", "") => String::new(),
        (o, c) => format!("{}–{}", o.get(..5).unwrap_or(o), c.get(..5).unwrap_or(c)),
    };
    [row.get("byday"), hours.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Rows of `table_name` grouped by the value of `column`.
pub(super) fn group<'a>(
    tables: &'a Tables,
    table_name: &str,
    column: &str,
) -> HashMap<&'a str, Vec<&'a Row>> {
    let mut map: HashMap<&str, Vec<&Row>> = HashMap::new();
    for r in tables.rows(table_name) {
        let key = r.get(column);
        if !key.is_empty() {
            map.entry(key).or_default().push(r);
        }
    }
    map
}

/// Lower-case Latin letters, digits and '-', at most 20: a code from any name.
pub fn slug(text: &str) -> String {
    let latin = crate::domain::names::elot743(text).to_lowercase();
    let mut out = String::new();
    for c in latin.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out: String = out.trim_end_matches('-').chars().take(20).collect();
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "entry".to_string()
    } else {
        out
    }
}

/// `base`, or `base-2`, `base-3`, ... whichever is not taken yet (and takes it).
pub fn unique_code(base: &str, taken: &mut HashSet<String>) -> String {
    let mut code = base.to_string();
    let mut n = 2;
    while taken.contains(&code) {
        let suffix = format!("-{n}");
        let keep = 20usize.saturating_sub(suffix.len());
        code = format!(
            "{}{suffix}",
            base.chars()
                .take(keep)
                .collect::<String>()
                .trim_end_matches('-')
        );
        n += 1;
    }
    taken.insert(code.clone());
    code
}
