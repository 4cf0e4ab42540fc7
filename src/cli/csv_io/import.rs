//! The import command: read and check the file, set aside the people already
//! registered, then write the rest as one import batch in short transactions.

use std::collections::BTreeSet;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use super::RowProblem;
use super::read::read_people;
use crate::cli::ImportArgs;
use crate::cli::progress::Progress;
use crate::domain::intake::ConsentPolicy;
use crate::domain::person::Person;
use crate::i18n::cli::{CliMsg, sayf};
use crate::i18n::cli_csv::CsvMsg;
use crate::i18n::{Lang, t, tf};
use crate::search::DateMatch;
use crate::search::duplicates::{self, Probe, Reason, Spelling};
use crate::store::{ABANDONED_AFTER, CONSENT_MINIMUM_SETTING, Stamp, Store, StoreError};

/// How long one import transaction may hold the write lock. A desk's save waits at
/// most about this long (plus its own write) while an import runs.
pub const BATCH_BUDGET: Duration = Duration::from_millis(50);

/// The gap left between two import transactions, long enough for a waiting desk
/// (which polls every 1-4 ms) to take the lock first.
const BATCH_GAP: Duration = Duration::from_millis(5);

/// How many times a batch is tried again when desks kept the lock past the wait.
const LOCKED_RETRIES: usize = 3;

/// What writing an import took.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportFigures {
    pub people: usize,
    pub transactions: usize,
    /// The longest single transaction: how long a desk could have had to wait.
    pub longest: Duration,
}

/// Writes `rows` as one import batch: transactions of at most `budget` each, the
/// audit row (`detail`) with the last people. If any transaction fails, the people
/// already written are removed again and the error is returned: the import is all or
/// nothing for the operator.
pub fn write_batches(
    store: &mut Store,
    rows: &[(u64, Person)],
    detail: &str,
    stamp: &Stamp,
    budget: Duration,
) -> Result<ImportFigures, StoreError> {
    write_batches_counting(store, rows, detail, stamp, budget, &mut |_| {})
}

/// [`write_batches`], telling `written` how many people are written after each
/// transaction (for a progress bar).
fn write_batches_counting(
    store: &mut Store,
    rows: &[(u64, Person)],
    detail: &str,
    stamp: &Stamp,
    budget: Duration,
    written_so_far: &mut dyn FnMut(usize),
) -> Result<ImportFigures, StoreError> {
    let batch = store.begin_import(stamp)?;
    let mut figures = ImportFigures::default();
    let mut retries = 0;
    loop {
        let started = Instant::now();
        match store.import_some(batch, &rows[figures.people..], budget, detail, stamp) {
            Ok(written) => {
                figures.people += written;
                written_so_far(figures.people);
                figures.transactions += 1;
                figures.longest = figures.longest.max(started.elapsed());
                if figures.people == rows.len() {
                    return Ok(figures);
                }
                std::thread::sleep(BATCH_GAP);
            }
            Err(StoreError::Locked { .. }) if retries < LOCKED_RETRIES => retries += 1,
            Err(e) => {
                // If the removal fails too, the batch stops beating and the next
                // import removes it (see `clean_interrupted`).
                if let Err(removal) = store.abandon_import(batch, stamp) {
                    crate::cli::warn(&sayf(
                        CliMsg::ImportLeftovers,
                        &[&crate::cli::store_error(removal)],
                    ));
                }
                return Err(e);
            }
        }
    }
}

/// Removes the people of imports whose process died midway (killed, machine off).
fn clean_interrupted(store: &mut Store, stamp: &Stamp) -> Result<(), StoreError> {
    for batch in store.stale_imports(ABANDONED_AFTER)? {
        let removed = store.abandon_import(batch, stamp)?;
        crate::cli::warn(&sayf(
            CliMsg::ImportInterrupted,
            &[&batch.to_string(), &removed.to_string()],
        ));
    }
    Ok(())
}

/// Whether an existing person found by the duplicate rule is this row's person.
fn same_person(row: &Person, candidate: &duplicates::Candidate) -> Option<CsvMsg> {
    match candidate.reason {
        Reason::NameAndBirth {
            date: DateMatch::Exact,
            spelling: Spelling::Same,
        } => Some(CsvMsg::SameNameAndBirth),
        Reason::NameAndBirth {
            date: DateMatch::Exact,
            spelling: Spelling::Different,
        } => Some(CsvMsg::SameBirthOtherSpelling),
        // Neither has a date of birth: the same record only if every other detail
        // that tells people apart agrees (what a re-import of the same file gives).
        Reason::Name {
            spelling: Spelling::Same,
        } if row.date_of_birth.is_none()
            && candidate.person.date_of_birth.is_none()
            && candidate.person.father_name == row.father_name
            && candidate.person.mother_name == row.mother_name
            && candidate.person.phone == row.phone =>
        {
            Some(CsvMsg::SameNameNoBirth)
        }
        _ => None,
    }
}

/// Sets aside rows whose person is already registered: the same AMKA or AFM, or for
/// rows without either, the intake duplicate panel's rule by name and date of birth.
/// The problems are said in `lang`.
fn already_registered(
    store: &Store,
    rows: &mut Vec<(u64, Person)>,
    problems: &mut Vec<RowProblem>,
    checked: &dyn Fn(u64),
    lang: Lang,
) -> Result<(), StoreError> {
    let mut kept = Vec::with_capacity(rows.len());
    for (n, (line, person)) in rows.drain(..).enumerate() {
        if n.is_multiple_of(100) {
            checked(n as u64);
        }
        let mut clash = false;
        for (column, found) in [
            (
                "amka",
                person.amka.as_deref().map(|a| store.person_by_amka(a)),
            ),
            ("afm", person.afm.as_deref().map(|a| store.person_by_afm(a))),
        ] {
            if let Some(existing) = found.transpose()?.flatten() {
                problems.push(RowProblem {
                    line,
                    column: column.into(),
                    reason: tf(lang, CsvMsg::AlreadyRegistered, &[&existing.id.to_string()]),
                });
                clash = true;
            }
        }
        if !clash && person.amka.is_none() && person.afm.is_none() {
            let probe = Probe {
                surname: person.surname.clone(),
                given_name: person.given_name.clone(),
                date_of_birth: person.date_of_birth,
                ..Probe::default()
            };
            for candidate in duplicates::duplicates(store, &probe, &[], 5)? {
                if let Some(why) = same_person(&person, &candidate) {
                    problems.push(RowProblem {
                        line,
                        column: "row".into(),
                        reason: tf(
                            lang,
                            CsvMsg::AlreadyRegisteredBecause,
                            &[&candidate.person.id.to_string(), t(lang, why)],
                        ),
                    });
                    clash = true;
                    break;
                }
            }
        }
        if !clash {
            kept.push((line, person));
        }
    }
    *rows = kept;
    Ok(())
}

/// `lines 3, 7, 12` (at most 20 numbers, then how many more).
fn line_list(lines: &BTreeSet<u64>) -> String {
    let shown: Vec<String> = lines.iter().take(20).map(u64::to_string).collect();
    let more = lines.len().saturating_sub(shown.len());
    let numbers = shown.join(", ");
    match (lines.len(), more) {
        (1, _) => sayf(CliMsg::LineOne, &[&numbers]),
        (_, 0) => sayf(CliMsg::LinesMany, &[&numbers]),
        _ => sayf(CliMsg::LinesMore, &[&numbers, &more.to_string()]),
    }
}

pub fn import(store: &mut Store, args: &ImportArgs) -> Result<ExitCode, crate::Error> {
    let bytes = std::fs::read(&args.file).map_err(|e| {
        crate::Error::failure(
            CliMsg::CannotRead,
            &[&args.file.display().to_string(), &e.to_string()],
        )
    })?;
    let today = chrono::Local::now().date_naive();
    let stamp = Stamp::now(&crate::identity::operator_login()?);
    // The form's consent minimum: what may be kept about someone without consent.
    let setting = store.setting(CONSENT_MINIMUM_SETTING)?;
    let policy = ConsentPolicy::from_setting(setting.as_deref());
    clean_interrupted(store, &stamp)?;

    let lang = crate::i18n::cli::lang();
    let (mut rows, mut problems) = read_people(&bytes, today, &policy, &stamp.operator, lang)?;
    // Bars on a terminal only: the duplicate check, then the writing.
    let checking = Progress::new(rows.len() as u64, t(lang, CsvMsg::RowsChecked));
    let checked = already_registered(store, &mut rows, &mut problems, &|n| checking.set(n), lang);
    checking.finish();
    checked?;
    problems.sort_by_key(|p| p.line);
    for problem in &problems {
        crate::cli::warn(&sayf(
            CliMsg::RowProblem,
            &[&problem.line.to_string(), &problem.column, &problem.reason],
        ));
    }
    let skipped: BTreeSet<u64> = problems.iter().map(|p| p.line).collect();
    if !problems.is_empty() && !args.skip_invalid {
        crate::cli::warn(&sayf(
            CliMsg::ImportRefused,
            &[
                &skipped.len().to_string(),
                &args.file.display().to_string(),
                &line_list(&skipped),
            ],
        ));
        return Ok(ExitCode::FAILURE);
    }
    let consented = rows.iter().filter(|(_, p)| p.consent_at.is_some()).count();
    let detail = format!(
        "{} rows imported, {} rows skipped, consent attested by the importer for {consented}",
        rows.len(),
        skipped.len()
    );
    let writing = Progress::new(rows.len() as u64, t(lang, CsvMsg::PeopleWritten));
    let written = write_batches_counting(store, &rows, &detail, &stamp, BATCH_BUDGET, &mut |n| {
        writing.set(n as u64)
    });
    writing.finish();
    let figures = written.map_err(|e| {
        let said = match e {
            StoreError::Duplicate { .. } => CliMsg::ImportRaced,
            _ => CliMsg::NothingImported,
        };
        crate::Error::Refused(crate::error::Words::each(|lang| {
            tf(
                lang,
                said,
                &[&crate::ui::kit::fail::store_error_text(lang, &e)],
            )
        }))
    })?;
    outln!("{}", sayf(CliMsg::Imported, &[&figures.people.to_string()]));
    if !skipped.is_empty() {
        outln!(
            "{}",
            sayf(
                CliMsg::SkippedRows,
                &[&skipped.len().to_string(), &line_list(&skipped)]
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}
