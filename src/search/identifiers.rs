//! Queries that are identifiers: AMKA, AFM, ΠΑΑΥΠΑ, phones, today's ticket numbers.

use chrono::NaiveDate;

use crate::domain::ids;
use crate::domain::names;
use crate::store::{Store, StoreError};

/// An identifier the query may be, normalised for lookup.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum IdQuery {
    /// Digits: AMKA, AFM or a phone (exact values to try, then a prefix).
    Digits { exact: Vec<String>, prefix: String },
    /// A ΠΑΑΥΠΑ in the forms it may be stored in.
    Paaypa(Vec<String>),
    /// One of today's ticket numbers ("Κ014").
    Ticket(Vec<String>),
}

/// The Greek capital a Latin letter of a ticket prefix stands for.
fn ticket_letter(c: char) -> Option<char> {
    let greek = names::fold(&c.to_string());
    let greek = greek.chars().next()?;
    let mapped = match greek {
        'a' => 'Α',
        'b' | 'v' => 'Β',
        'g' => 'Γ',
        'd' => 'Δ',
        'e' => 'Ε',
        'z' => 'Ζ',
        'h' => 'Η',
        'i' => 'Ι',
        'k' => 'Κ',
        'l' => 'Λ',
        'm' => 'Μ',
        'n' => 'Ν',
        'o' => 'Ο',
        'p' => 'Π',
        'r' => 'Ρ',
        's' => 'Σ',
        't' => 'Τ',
        'y' | 'u' => 'Υ',
        'f' => 'Φ',
        'x' => 'Χ',
        'w' => 'Ω',
        c if ('α'..='ω').contains(&c) => c.to_uppercase().next()?,
        _ => return None,
    };
    Some(mapped)
}

/// The AFM of a Greek VAT number (`EL067171041`, `ΕΛ 067 171 041`, `GR…`), if the
/// nine digits are a valid AFM.
fn vat_afm(compact: &str) -> Option<String> {
    let prefix: String = compact.chars().take(2).collect();
    if !matches!(names::fold(&prefix).as_str(), "el" | "ελ" | "gr") {
        return None;
    }
    let digits: String = compact.chars().skip(2).collect();
    ids::check_afm(&digits).ok()
}

pub(super) fn identifier_query(query: &str) -> Option<IdQuery> {
    let compact: String = ids::strip_separators(query.trim())
        .chars()
        .filter(|c| !matches!(c, '(' | ')'))
        .collect();
    if compact.is_empty() {
        return None;
    }
    // An AFM in its VAT form: EL (or ΕΛ, GR) and the nine digits.
    if let Some(afm) = vat_afm(&compact) {
        return Some(IdQuery::Digits {
            exact: vec![afm.clone()],
            prefix: afm,
        });
    }
    // Today's ticket: one or two letters and up to three digits.
    let letters: String = compact.chars().take_while(|c| c.is_alphabetic()).collect();
    let digits: String = compact.chars().skip(letters.chars().count()).collect();
    let letter_count = letters.chars().count();
    if (1..=2).contains(&letter_count)
        && (1..=3).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && let Some(prefix) = letters
            .chars()
            .map(ticket_letter)
            .collect::<Option<String>>()
        && let Ok(n) = digits.parse::<u32>()
    {
        let mut numbers = vec![format!("{prefix}{n:03}")];
        let typed = format!("{}{digits}", letters.to_uppercase());
        if !numbers.contains(&typed) {
            numbers.push(typed);
        }
        return Some(IdQuery::Ticket(numbers));
    }
    // ΠΑΑΥΠΑ: 11 letters and digits, some of each.
    if compact.chars().count() == 11
        && compact.chars().any(|c| c.is_ascii_digit())
        && compact.chars().any(char::is_alphabetic)
        && let Ok(upper) = ids::check_paaypa(&compact)
    {
        let greek: String = upper
            .chars()
            .map(|c| {
                ticket_letter(c)
                    .filter(|_| c.is_ascii_alphabetic())
                    .unwrap_or(c)
            })
            .collect();
        let latin = names::fold(&upper).to_uppercase();
        let mut forms = vec![upper];
        for f in [greek, latin] {
            if !forms.contains(&f) {
                forms.push(f);
            }
        }
        return Some(IdQuery::Paaypa(forms));
    }
    // Digits: a phone in any format, AMKA, AFM.
    let international = compact.starts_with('+') || compact.starts_with("00");
    let digits = compact.trim_start_matches('+');
    if digits.len() >= 5 && digits.chars().all(|c| c.is_ascii_digit()) {
        let mut exact = Vec::new();
        if !international {
            exact.push(digits.to_string());
        }
        if let Some(key) = ids::phone_search_key(&compact)
            && !exact.contains(&key)
        {
            exact.push(key);
        }
        let national = if international {
            let rest = digits.strip_prefix("00").unwrap_or(digits);
            rest.strip_prefix("30").unwrap_or(rest).to_string()
        } else if digits.len() == 12 && digits.starts_with("30") {
            digits[2..].to_string()
        } else {
            digits.to_string()
        };
        return Some(IdQuery::Digits {
            exact,
            prefix: national,
        });
    }
    None
}

/// Ids for an identifier query, exact ones first, and whether they were exact.
pub(super) fn identifier_candidates(
    store: &Store,
    query: &IdQuery,
    today: NaiveDate,
) -> Result<Vec<(i64, bool)>, StoreError> {
    let mut out: Vec<(i64, bool)> = Vec::new();
    let add = |id: i64, exact: bool, out: &mut Vec<(i64, bool)>| {
        if !out.iter().any(|(known, _)| *known == id) {
            out.push((id, exact));
        }
    };
    match query {
        IdQuery::Ticket(numbers) => {
            for number in numbers {
                if let Some(id) = store.person_with_ticket(today, number)? {
                    add(id, true, &mut out);
                }
            }
        }
        IdQuery::Paaypa(forms) => {
            for f in forms {
                for id in store.people_with_identifier(f)? {
                    add(id, true, &mut out);
                }
            }
        }
        IdQuery::Digits { exact, prefix } => {
            for value in exact {
                for id in store.people_with_identifier(value)? {
                    add(id, true, &mut out);
                }
            }
            if out.is_empty() && prefix.len() >= 5 {
                for id in store.people_with_identifier_prefix(prefix, 50)? {
                    add(id, false, &mut out);
                }
            }
        }
    }
    Ok(out)
}
