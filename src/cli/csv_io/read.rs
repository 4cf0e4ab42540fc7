//! Reading a whole people CSV: the header, each record with its right line number
//! (Excel's CRLF files included), and rows repeated inside the file.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::row::person_from_row;
use super::{COLUMNS, RowProblem};
use crate::domain::intake::ConsentPolicy;
use crate::domain::person::Person;
use crate::i18n::cli_csv::CsvMsg;
use crate::i18n::{Lang, t, tf};

/// The good rows (with their line numbers) and every problem found.
pub type CheckedRows = (Vec<(u64, Person)>, Vec<RowProblem>);

/// Reads and checks a whole CSV file. Returns the good rows with their line numbers
/// and every problem found, said in `lang`.
pub fn read_people(
    bytes: &[u8],
    today: NaiveDate,
    policy: &ConsentPolicy,
    operator: &str,
    lang: Lang,
) -> Result<CheckedRows, crate::Error> {
    // Whatever Excel saved: UTF-8 (BOM or not), UTF-16, Windows-1253; `;` or `,`.
    let decoded = crate::cli::decoding::decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .delimiter(decoded.delimiter)
        .from_reader(decoded.text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| crate::Error::refused(CsvMsg::HeaderUnreadable, &[&e.to_string()]))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let mut header_problems = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if name != "id" && !COLUMNS.contains(&name.as_str()) {
            header_problems.push(RowProblem {
                line: 1,
                column: name.clone(),
                reason: tf(lang, CsvMsg::UnknownColumn, &[&COLUMNS.join(", ")]),
            });
        }
        if header[..i].contains(name) {
            header_problems.push(RowProblem {
                line: 1,
                column: name.clone(),
                reason: t(lang, CsvMsg::ColumnTwice).into(),
            });
        }
    }
    for required in ["surname", "given_name"] {
        if !header.iter().any(|h| h == required) {
            header_problems.push(RowProblem {
                line: 1,
                column: required.into(),
                reason: t(lang, CsvMsg::ColumnMissing).into(),
            });
        }
    }
    if !header_problems.is_empty() {
        return Ok((Vec::new(), header_problems));
    }

    let mut good = Vec::new();
    let mut problems = Vec::new();
    let mut seen_amka: HashMap<String, u64> = HashMap::new();
    let mut seen_afm: HashMap<String, u64> = HashMap::new();
    let mut seen_name_born: HashMap<(String, String, NaiveDate), u64> = HashMap::new();
    // The reader's own line count goes wrong on CRLF files (Excel's): count the line
    // feeds before each record's first byte instead, moving forward through the text.
    let text = decoded.text.as_bytes();
    let mut counted = (0usize, 1u64);
    let mut line_at = |position: Option<&csv::Position>| -> u64 {
        let Some(byte) = position.map(|p| p.byte() as usize) else {
            return 0;
        };
        let (from, line) = counted;
        // With CRLF the reader puts a record's start on the line feed that ends the
        // line before: a record never starts with a line break, so step over them.
        let mut byte = byte.min(text.len()).max(from);
        while byte < text.len() && matches!(text[byte], b'\r' | b'\n') {
            byte += 1;
        }
        let more = text[from..byte].iter().filter(|b| **b == b'\n').count() as u64;
        counted = (byte, line + more);
        line + more
    };
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = line_at(e.position());
                let reason = match e.kind() {
                    csv::ErrorKind::Utf8 { .. } => t(lang, CsvMsg::NotUtf8).to_string(),
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => tf(
                        lang,
                        CsvMsg::FieldCount,
                        &[&len.to_string(), &expected_len.to_string()],
                    ),
                    _ => tf(lang, CsvMsg::RowUnreadable, &[&e.to_string()]),
                };
                problems.push(RowProblem {
                    line,
                    column: "row".into(),
                    reason,
                });
                continue;
            }
        };
        let line = line_at(record.position());
        let cells: HashMap<&str, &str> = header
            .iter()
            .map(String::as_str)
            .zip(record.iter())
            .collect();
        match person_from_row(&cells, line, today, policy, operator, lang) {
            Ok(person) => {
                let mut duplicate = false;
                for (column, value, seen) in [
                    ("amka", &person.amka, &mut seen_amka),
                    ("afm", &person.afm, &mut seen_afm),
                ] {
                    if let Some(value) = value {
                        if let Some(first) = seen.get(value) {
                            problems.push(RowProblem {
                                line,
                                column: column.into(),
                                reason: tf(lang, CsvMsg::SameAsLine, &[&first.to_string()]),
                            });
                            duplicate = true;
                        } else {
                            seen.insert(value.clone(), line);
                        }
                    }
                }
                // Without AMKA or AFM: the same name and date of birth twice.
                if !duplicate
                    && person.amka.is_none()
                    && person.afm.is_none()
                    && let Some(born) = person.date_of_birth
                {
                    let key = (
                        person.surname.to_lowercase(),
                        person.given_name.to_lowercase(),
                        born,
                    );
                    if let Some(first) = seen_name_born.get(&key) {
                        problems.push(RowProblem {
                            line,
                            column: "row".into(),
                            reason: tf(lang, CsvMsg::SamePersonAsLine, &[&first.to_string()]),
                        });
                        duplicate = true;
                    } else {
                        seen_name_born.insert(key, line);
                    }
                }
                if !duplicate {
                    good.push((line, person));
                }
            }
            Err(row_problems) => problems.extend(row_problems),
        }
    }
    Ok((good, problems))
}
