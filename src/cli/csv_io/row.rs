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
use crate::i18n::cli_csv::CsvMsg;
use crate::i18n::{Lang, t, tf};

fn id_reason(e: IdError, what: CsvMsg, lang: Lang) -> String {
    let what = t(lang, what);
    match e {
        IdError::Length => tf(lang, CsvMsg::IdLength, &[what]),
        IdError::NotDigits => tf(lang, CsvMsg::IdNotDigits, &[what]),
        IdError::CheckDigit => tf(lang, CsvMsg::IdCheckDigit, &[what]),
        IdError::BadDate => tf(lang, CsvMsg::IdBadDate, &[what]),
        IdError::AllZeros => tf(lang, CsvMsg::IdAllZeros, &[what]),
        IdError::NotAPhone => t(lang, CsvMsg::NotAPhone).to_string(),
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

/// The words for a problem the shared intake check found in one cell, in `lang`.
fn reason(field: Field, problem: Problem, cell: &str, lang: Lang) -> Vec<String> {
    let one = |msg: CsvMsg| vec![t(lang, msg).to_string()];
    let id_name = match field {
        Field::Amka => CsvMsg::Amka,
        Field::Afm => CsvMsg::Afm,
        Field::Paaypa => CsvMsg::Paaypa,
        _ => CsvMsg::Phone,
    };
    match problem {
        Problem::Missing => one(CsvMsg::Required),
        Problem::TooLong { max } => vec![tf(lang, CsvMsg::TooLong, &[&max.to_string()])],
        Problem::Date(DateError::Future) => one(CsvMsg::Future),
        Problem::Date(_) => one(CsvMsg::NotADate),
        Problem::TooEarly => one(CsvMsg::TooEarly),
        Problem::Id(IdError::Length) if lost_leading_zero(field, cell) => vec![tf(
            lang,
            CsvMsg::LostLeadingZero,
            &[t(lang, id_name), &cell.trim().len().to_string()],
        )],
        Problem::Id(e) => vec![id_reason(e, id_name, lang)],
        Problem::UnknownCode => match field {
            Field::Gender => one(CsvMsg::UseGender),
            Field::Nationality => {
                vec![tf(lang, CsvMsg::UnknownCountry, &[&text::clean_line(cell)])]
            }
            Field::Languages => language_codes(cell)
                .into_iter()
                .filter(|code| reference::find_language(code).is_none())
                .map(|code| tf(lang, CsvMsg::UnknownLanguage, &[&text::clean_line(&code)]))
                .collect(),
            _ => one(CsvMsg::UnknownValue),
        },
        Problem::BadEmail => one(CsvMsg::BadEmail),
        Problem::AmkaDateDiffers | Problem::AmkaGenderDiffers => Vec::new(),
        Problem::NeedsConsent => one(CsvMsg::NeedsConsent),
        Problem::AlreadyRegistered { id } => {
            vec![tf(lang, CsvMsg::AlreadyRegistered, &[&id.to_string()])]
        }
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
/// The problems are said in `lang`.
pub fn person_from_row(
    cells: &HashMap<&str, &str>,
    line: u64,
    today: NaiveDate,
    policy: &ConsentPolicy,
    operator: &str,
    lang: Lang,
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
                    problems.push((field, t(lang, CsvMsg::NotADate).to_string()));
                } else {
                    entry.set(field, value);
                }
            }
            Field::Languages => entry.set(field, language_codes(cell(column)).join(",")),
            Field::Consent => match consent_cell(cell(column)) {
                Some(true) => entry.set(field, "1"),
                Some(false) => {}
                None => problems.push((field, t(lang, CsvMsg::UseYesNo).to_string())),
            },
            _ => entry.set(field, cell(column)),
        }
    }
    let now = today.and_time(chrono::NaiveTime::MIN);
    // The importing operator attests the consent a `consent` column records.
    let checked = intake::check(&entry, now, operator, policy);
    for issue in &checked.issues {
        if issue.severity == Severity::Error {
            for text in reason(issue.field, issue.problem, cell(issue.field.name()), lang) {
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
