//! One row of a people CSV: its cells checked by the intake form's own rules and
//! turned into a person, or every problem the row has in words an operator can act on.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{COLUMNS, RowProblem};
use crate::domain::dates::DateError;
use crate::domain::ids::IdError;
use crate::domain::intake::{self, ConsentPolicy, Entry, Field, Problem, Severity};
use crate::domain::person::Person;
use crate::domain::reference;
use crate::domain::text;

fn id_reason(e: IdError, what: &str) -> String {
    match e {
        IdError::Length => format!("{what} has the wrong number of digits"),
        IdError::NotDigits => format!("{what} must be digits"),
        IdError::CheckDigit => format!("{what} check digit is wrong"),
        IdError::BadDate => format!("{what} does not start with a real date (DDMMYY)"),
        IdError::AllZeros => format!("{what} cannot be all zeros"),
        IdError::NotAPhone => "not a Greek or international phone number".to_string(),
    }
}

/// Dates as the CSV format allows them: `YYYY-MM-DD` or `DD/MM/YYYY` (a file is no
/// place for two-digit years). Only the shape is checked here; whether the date is
/// real, past and plausible is the shared intake rule.
fn csv_date_shape(value: &str) -> bool {
    NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok()
        || NaiveDate::parse_from_str(value, "%d/%m/%Y").is_ok()
        || shaped(value, "dddd-dd-dd")
        || shaped(value, "dd/dd/dddd")
}

/// `d` stands for any ASCII digit; everything else must match exactly.
fn shaped(value: &str, pattern: &str) -> bool {
    value.len() == pattern.len()
        && value.bytes().zip(pattern.bytes()).all(|(v, p)| {
            if p == b'd' {
                v.is_ascii_digit()
            } else {
                v == p
            }
        })
}

pub(super) const NOT_A_DATE: &str = "not a date (use YYYY-MM-DD or DD/MM/YYYY)";

/// The English words for a problem the shared intake check found in one cell.
fn reason(field: Field, problem: Problem, cell: &str) -> Vec<String> {
    let one = |s: String| vec![s];
    match problem {
        Problem::Missing => one("required".into()),
        Problem::TooLong { max } => one(format!("longer than {max} characters")),
        Problem::Date(DateError::Future) => one("in the future".into()),
        Problem::Date(_) => one(NOT_A_DATE.into()),
        Problem::TooEarly => one("too far in the past".into()),
        Problem::Id(IdError::Length) if lost_leading_zero(field, cell) => one(format!(
            "{} has {} digits: a spreadsheet (Excel) dropped its leading zero; \
             format the column as Text before typing or pasting, and save again",
            if field == Field::Amka { "AMKA" } else { "AFM" },
            cell.trim().len()
        )),
        Problem::Id(e) => one(id_reason(
            e,
            match field {
                Field::Amka => "AMKA",
                Field::Afm => "AFM",
                Field::Paaypa => "PAAYPA",
                _ => "phone",
            },
        )),
        Problem::UnknownCode => match field {
            Field::Gender => one("use F, M or X".into()),
            Field::Nationality => one(format!("unknown country {:?}", text::clean_line(cell))),
            Field::Languages => language_codes(cell)
                .into_iter()
                .filter(|code| reference::find_language(code).is_none())
                .map(|code| format!("unknown language {code:?}"))
                .collect(),
            _ => one("unknown value".into()),
        },
        Problem::BadEmail => one("not an e-mail address".into()),
        Problem::AmkaDateDiffers | Problem::AmkaGenderDiffers => Vec::new(),
        Problem::NeedsConsent => one(
            "kept only with the person's consent (a consent column saying yes, \
             or leave the cell empty)"
                .into(),
        ),
        Problem::AlreadyRegistered { id } => one(format!("already registered (person {id})")),
    }
}

/// An AMKA of 10 digits or an AFM of 8: what a spreadsheet leaves of one that began
/// with 0 after treating it as a number.
fn lost_leading_zero(field: Field, cell: &str) -> bool {
    let cell = cell.trim();
    let digits = cell.bytes().all(|b| b.is_ascii_digit());
    match field {
        Field::Amka => digits && cell.len() == 10,
        Field::Afm => digits && cell.len() == 8,
        _ => false,
    }
}

/// The language codes of a cell: separated by `;`, `,` or spaces.
fn language_codes(cell: &str) -> Vec<String> {
    cell.split([';', ',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// A `consent` cell: yes or no in English or Greek; empty is no. `None`: neither.
fn consent_cell(cell: &str) -> Option<bool> {
    match text::clean_line(cell).to_lowercase().as_str() {
        "yes" | "y" | "1" | "true" | "ναι" | "ν" => Some(true),
        "" | "no" | "n" | "0" | "false" | "όχι" | "οχι" | "ο" => Some(false),
        _ => None,
    }
}

/// Reads one row into a person, or every problem the row has. The row is checked by
/// the intake form's own rules ([`intake::check`]), so a person is accepted or refused
/// the same way whichever door they come in by; only the date's shape is stricter.
pub fn person_from_row(
    cells: &HashMap<&str, &str>,
    line: u64,
    today: NaiveDate,
    policy: &ConsentPolicy,
    operator: &str,
) -> Result<Person, Vec<RowProblem>> {
    let cell = |column: &str| cells.get(column).copied().unwrap_or("");
    let mut problems = Vec::new();
    let mut entry = Entry::default();
    for column in COLUMNS {
        let Some(field) = Field::from_name(column) else {
            continue;
        };
        match field {
            Field::DateOfBirth => {
                let value = text::clean_line(cell(column));
                if !value.is_empty() && !csv_date_shape(&value) {
                    problems.push((field, NOT_A_DATE.to_string()));
                } else {
                    entry.set(field, value);
                }
            }
            Field::Languages => entry.set(field, language_codes(cell(column)).join(",")),
            Field::Consent => match consent_cell(cell(column)) {
                Some(true) => entry.set(field, "1"),
                Some(false) => {}
                None => problems.push((field, "use yes or no".to_string())),
            },
            _ => entry.set(field, cell(column)),
        }
    }
    let now = today.and_time(chrono::NaiveTime::MIN);
    // The importing operator attests the consent a `consent` column records.
    let checked = intake::check(&entry, now, operator, policy);
    for issue in &checked.issues {
        if issue.severity == Severity::Error {
            for text in reason(issue.field, issue.problem, cell(issue.field.name())) {
                problems.push((issue.field, text));
            }
        }
    }
    if problems.is_empty() {
        return Ok(checked.person);
    }
    // In the order of the columns, as a person reads the file.
    problems.sort_by_key(|(field, _)| COLUMNS.iter().position(|c| *c == field.name()));
    Err(problems
        .into_iter()
        .map(|(field, reason)| RowProblem {
            line,
            column: field.name().to_string(),
            reason,
        })
        .collect())
}
