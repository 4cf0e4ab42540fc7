//! `kentro import FILE.csv` and `kentro export beneficiaries`.
//!
//! Import checks every row before writing anything: one bad row and nothing is
//! imported (unless `--skip-invalid`), and each bad row is reported as
//! `line N: column: reason`. Export writes `id` and then the columns import reads,
//! so an export imports back.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::{ExportArgs, ExportWhat, ImportArgs};
use crate::domain::dates::DateError;
use crate::domain::ids::IdError;
use crate::domain::intake::{self, ConsentPolicy, Entry, Field, Problem, Severity};
use crate::domain::person::Person;
use crate::domain::reference;
use crate::domain::text;
use crate::store::{Stamp, Store, StoreError};

/// The columns import reads and export writes (after `id`), in export order.
pub const COLUMNS: [&str; 12] = [
    "surname",
    "given_name",
    "father_name",
    "mother_name",
    "date_of_birth",
    "gender",
    "nationality",
    "phone",
    "amka",
    "afm",
    "languages",
    "notes",
];

/// One problem with one cell (or the header, or the whole row).
#[derive(Debug, Clone, PartialEq)]
pub struct RowProblem {
    pub line: u64,
    pub column: String,
    pub reason: String,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}: {}", self.line, self.column, self.reason)
    }
}

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

const NOT_A_DATE: &str = "not a date (use YYYY-MM-DD or DD/MM/YYYY)";

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
        Problem::NeedsConsent => one("kept only with consent".into()),
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

/// Reads one row into a person, or every problem the row has. The row is checked by
/// the intake form's own rules ([`intake::check`]), so a person is accepted or refused
/// the same way whichever door they come in by; only the date's shape is stricter.
pub fn person_from_row(
    cells: &HashMap<&str, &str>,
    line: u64,
    today: NaiveDate,
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
            _ => entry.set(field, cell(column)),
        }
    }
    let now = today.and_time(chrono::NaiveTime::MIN);
    let checked = intake::check(&entry, now, "import", &ConsentPolicy::everything());
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

/// The good rows (with their line numbers) and every problem found.
pub type CheckedRows = (Vec<(u64, Person)>, Vec<RowProblem>);

/// Reads and checks a whole CSV file. Returns the good rows with their line numbers
/// and every problem found.
pub fn read_people(bytes: &[u8], today: NaiveDate) -> Result<CheckedRows, String> {
    // Whatever Excel saved: UTF-8 (BOM or not), UTF-16, Windows-1253; `;` or `,`.
    let decoded = super::decoding::decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .delimiter(decoded.delimiter)
        .from_reader(decoded.text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("line 1: header: {e}"))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let mut header_problems = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if name != "id" && !COLUMNS.contains(&name.as_str()) {
            header_problems.push(RowProblem {
                line: 1,
                column: name.clone(),
                reason: format!("unknown column (known: id, {})", COLUMNS.join(", ")),
            });
        }
        if header[..i].contains(name) {
            header_problems.push(RowProblem {
                line: 1,
                column: name.clone(),
                reason: "column appears twice".into(),
            });
        }
    }
    for required in ["surname", "given_name"] {
        if !header.iter().any(|h| h == required) {
            header_problems.push(RowProblem {
                line: 1,
                column: required.into(),
                reason: "required column missing".into(),
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
                    csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".to_string(),
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => {
                        format!("{len} fields where the header has {expected_len}")
                    }
                    _ => e.to_string(),
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
        match person_from_row(&cells, line, today) {
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
                                reason: format!("same as line {first}"),
                            });
                            duplicate = true;
                        } else {
                            seen.insert(value.clone(), line);
                        }
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

/// Flags rows whose AMKA or AFM is already registered.
fn already_registered(
    store: &Store,
    rows: &mut Vec<(u64, Person)>,
    problems: &mut Vec<RowProblem>,
) -> Result<(), String> {
    let mut kept = Vec::with_capacity(rows.len());
    for (line, person) in rows.drain(..) {
        let mut clash = false;
        let existing_amka = match &person.amka {
            Some(amka) => store.person_by_amka(amka).map_err(|e| e.to_string())?,
            None => None,
        };
        let existing_afm = match &person.afm {
            Some(afm) => store.person_by_afm(afm).map_err(|e| e.to_string())?,
            None => None,
        };
        for (column, existing) in [("amka", existing_amka), ("afm", existing_afm)] {
            if let Some(existing) = existing {
                problems.push(RowProblem {
                    line,
                    column: column.into(),
                    reason: format!("already registered (person {})", existing.id),
                });
                clash = true;
            }
        }
        if !clash {
            kept.push((line, person));
        }
    }
    *rows = kept;
    Ok(())
}

pub fn import(store: &mut Store, args: &ImportArgs) -> Result<ExitCode, String> {
    let bytes = std::fs::read(&args.file)
        .map_err(|e| format!("cannot read {}: {e}", args.file.display()))?;
    let today = chrono::Local::now().date_naive();
    let (mut rows, mut problems) = read_people(&bytes, today)?;
    already_registered(store, &mut rows, &mut problems)?;
    problems.sort_by_key(|p| p.line);
    for problem in &problems {
        eprintln!("{problem}");
    }
    if !problems.is_empty() && !args.skip_invalid {
        eprintln!(
            "kentro: {} bad row(s) in {}; nothing was imported (fix them, or use --skip-invalid)",
            problems
                .iter()
                .map(|p| p.line)
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            args.file.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    let stamp = Stamp::now(&crate::identity::operator_login()?);
    let people: Vec<Person> = rows.into_iter().map(|(_, person)| person).collect();
    let ids = store.insert_people(&people, &stamp).map_err(|e| match e {
        StoreError::Duplicate { .. } => {
            format!("{e}: another desk registered it during the import; nothing was imported")
        }
        other => format!("{other}; nothing was imported"),
    })?;
    store
        .audit(
            &stamp,
            "import",
            "person",
            None,
            &format!("{} rows", ids.len()),
        )
        .map_err(|e| e.to_string())?;
    println!("imported {} people", ids.len());
    if !problems.is_empty() {
        println!("skipped {} bad row(s)", problems.len());
    }
    Ok(ExitCode::SUCCESS)
}

fn person_record(person: &Person) -> [String; 13] {
    [
        person.id.to_string(),
        person.surname.clone(),
        person.given_name.clone(),
        person.father_name.clone(),
        person.mother_name.clone(),
        person
            .date_of_birth
            .map(crate::domain::dates::format_iso)
            .unwrap_or_default(),
        person
            .gender
            .map(|g| g.code().to_string())
            .unwrap_or_default(),
        person.nationality.clone().unwrap_or_default(),
        person.phone.clone().unwrap_or_default(),
        person.amka.clone().unwrap_or_default(),
        person.afm.clone().unwrap_or_default(),
        person.languages.join(";"),
        person.notes.clone(),
    ]
}

/// What stops an export early: the reader of standard output went away (`| head`),
/// which is not a failure.
const READER_GONE: &str = "the reader went away";

fn csv_error(e: csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe => READER_GONE.into(),
        _ => e.to_string(),
    }
}

fn write_people(store: &Store, out: impl Write) -> Result<u64, String> {
    let mut writer = csv::Writer::from_writer(out);
    let header: Vec<&str> = std::iter::once("id").chain(COLUMNS).collect();
    writer.write_record(&header).map_err(csv_error)?;
    let mut count = 0;
    store.for_each_person(|person| {
        count += 1;
        writer
            .write_record(person_record(&person))
            .map_err(csv_error)
    })?;
    writer.flush().map_err(|e| csv_error(e.into()))?;
    Ok(count)
}

/// Writes to a temporary file beside `path` and renames it into place, so a failed
/// export never leaves half a file; the file is readable by its owner only.
fn export_to_file(store: &Store, path: &Path) -> Result<u64, String> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| format!("cannot write in {}: {e}", dir.display()))?;
    let count = write_people(store, std::io::BufWriter::new(tmp.as_file_mut()))?;
    tmp.as_file().sync_all().map_err(|e| e.to_string())?;
    tmp.persist(path)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(count)
}

pub fn export(store: &Store, args: &ExportArgs) -> Result<ExitCode, String> {
    let ExportWhat::Beneficiaries { out } = &args.what else {
        return Err("not a beneficiaries export".into());
    };
    let count = match out {
        Some(path) => export_to_file(store, path)?,
        None => match write_people(store, std::io::stdout().lock()) {
            Err(e) if e == READER_GONE => 0,
            other => other?,
        },
    };
    if out.is_some() {
        println!("exported {count} people");
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    /// What Greek Excel saves as "CSV": Windows-1253, `;`, CRLF, and an AMKA that lost
    /// its leading zero.
    #[test]
    fn excel_files_are_read_with_right_line_numbers() {
        let text = "surname;given_name;amka;afm\r\n\
                    Παπαδόπουλος;Γεώργιος;01013099997;090000045\r\n\
                    Καρίμι;Αχμάντ;1013099997;\r\n\
                    Ντιαλό;Μαμαντού;;90000045\r\n";
        let (bytes, _, _) = encoding_rs::WINDOWS_1253.encode(text);
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        for file in [bytes.to_vec(), utf16, text.as_bytes().to_vec()] {
            let (good, problems) = read_people(&file, today()).unwrap();
            assert_eq!(good.len(), 1);
            assert_eq!(good[0].0, 2, "CRLF lines counted once");
            assert_eq!(good[0].1.surname, "Παπαδόπουλος");
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            assert_eq!(lines.len(), 2, "{lines:?}");
            assert!(lines[0].starts_with("line 3: amka: AMKA has 10 digits: a spreadsheet (Excel) dropped its leading zero"), "{lines:?}");
            assert!(
                lines[1].starts_with("line 4: afm: AFM has 8 digits"),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn every_bad_cell_is_reported_with_its_line() {
        let csv = "\u{feff}surname,given_name,date_of_birth,gender,amka,afm\n\
                   Καρίμι,Αχμάντ,12/01/1990,M,01013099997,090000045\n\
                   ,Ali,2030-01-01,Q,01013099996,123\n\
                   Diallo,Mamadou,31/02/1990,M,,\n";
        let (good, problems) = read_people(csv.as_bytes(), today()).unwrap();
        assert_eq!(good.len(), 1);
        assert_eq!(good[0].1.surname, "Καρίμι");
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "line 3: surname: required",
                "line 3: date_of_birth: in the future",
                "line 3: gender: use F, M or X",
                "line 3: amka: AMKA check digit is wrong",
                "line 3: afm: AFM has the wrong number of digits",
                "line 4: date_of_birth: not a date (use YYYY-MM-DD or DD/MM/YYYY)",
            ]
        );
    }

    #[test]
    fn unknown_or_missing_columns_stop_at_the_header() {
        let (good, problems) = read_people(b"surname,shoe_size\nA,42\n", today()).unwrap();
        assert!(good.is_empty());
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            text[0].starts_with("line 1: shoe_size: unknown column"),
            "{text:?}"
        );
        assert_eq!(text[1], "line 1: given_name: required column missing");
    }

    #[test]
    fn repeated_identifiers_inside_the_file_are_bad_rows() {
        let csv = "surname,given_name,amka\nA,B,01013099997\nC,D,01013099997\n";
        let (good, problems) = read_people(csv.as_bytes(), today()).unwrap();
        assert_eq!(good.len(), 1);
        assert_eq!(problems[0].to_string(), "line 3: amka: same as line 2");
    }

    #[test]
    fn the_import_and_the_form_refuse_the_same_values() {
        let csv = "surname,given_name,date_of_birth,languages,gender\n\
                   A,B,1885-01-01,fas;xx;fas,female\n";
        let (good, problems) = read_people(csv.as_bytes(), today()).unwrap();
        assert!(good.is_empty());
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "line 2: date_of_birth: too far in the past",
                "line 2: languages: unknown language \"xx\"",
            ]
        );
        // The form's own check says the same of the same values.
        let mut entry = Entry::default();
        entry.set(Field::Surname, "A");
        entry.set(Field::GivenName, "B");
        entry.set(Field::DateOfBirth, "01/01/1885");
        entry.set(Field::Languages, "fas,xx");
        let now = today().and_time(chrono::NaiveTime::MIN);
        let checked = intake::check(&entry, now, "t", &ConsentPolicy::everything());
        let problem = |f| checked.issue_of(f).map(|i| i.problem);
        assert_eq!(problem(Field::DateOfBirth), Some(Problem::TooEarly));
        assert_eq!(problem(Field::Languages), Some(Problem::UnknownCode));
        // A good row comes out as the form would store it (each language once).
        let csv = "surname,given_name,languages,gender\nA,B,fas;prs;FAS,f\n";
        let (good, problems) = read_people(csv.as_bytes(), today()).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(good[0].1.languages, ["fas", "prs"]);
    }

    #[test]
    fn a_row_with_missing_fields_names_its_line() {
        let csv = "surname,given_name\nA,B\nC\n";
        let (_, problems) = read_people(csv.as_bytes(), today()).unwrap();
        assert_eq!(problems[0].line, 3);
        assert_eq!(problems[0].column, "row");
    }
}
