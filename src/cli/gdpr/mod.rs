//! The data-protection commands: the right of access (`export person`), erasure,
//! the retention list, the audit log, case notes and consent withdrawal. Each asks
//! the privacy rule (`domain::access`) and writes its audit row.

use crate::i18n::errors::ErrMsg;
use std::process::ExitCode;

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{Value, json};

use super::staff::require;
use super::{AuditArgs, ConsentWhat, EraseWhat, NotesWhat};
use crate::domain::access::{Access, Kind, Scope, Viewer, access, sort_notes};
use crate::domain::dates::format_iso;
use crate::domain::records::{AuditEntry, CaseNote, Staff};
use crate::i18n::cli::{CliMsg, sayf};
use crate::store::{AuditFilter, NewCaseNote, Stamp, Store};

mod dossier;

pub use dossier::{Exported, dossier_json, dossier_text, export_person, write_export};

fn at_text(at: NaiveDateTime) -> String {
    super::json::time(at)
}

fn parse_day(text: &str) -> Result<NaiveDate, crate::Error> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| crate::Error::usage(ErrMsg::NotADay, &[&format!("{text:?}")]))
}

/// The case notes of `person_id` that `me` may read, and how many were withheld.
/// An administrator giving `break_glass` opens the others; the reason is recorded
/// (once) before anything is shown.
pub fn readable_notes(
    store: &mut Store,
    viewer: &Viewer,
    person_id: i64,
    break_glass: Option<&str>,
) -> Result<(Vec<CaseNote>, usize), crate::Error> {
    let notes = store.case_notes_of(person_id)?;
    let consent = store.shares_with(person_id, &viewer.organisation)?;
    let sorted = sort_notes(viewer, notes, consent);
    let mut shown = sorted.shown;
    let mut withheld = sorted.withheld;
    match break_glass {
        Some(reason) if !sorted.sealed.is_empty() => {
            store.break_glass(person_id, reason, &Stamp::now(&viewer.login))?;
            shown.extend(sorted.sealed);
            shown.sort_by(|a, b| {
                (b.noted_on, b.created_at, b.id).cmp(&(a.noted_on, a.created_at, a.id))
            });
        }
        _ => withheld += sorted.sealed.len(),
    }
    Ok((shown, withheld))
}

fn note_json(n: &CaseNote) -> Value {
    json!({
        "id": n.id,
        "noted_on": format_iso(n.noted_on),
        "visit_id": n.visit_id,
        "corrects": n.corrects,
        "organisation": n.organisation,
        "author": n.author,
        "created_at": at_text(n.created_at),
        "text": n.body,
    })
}

fn audit_json(a: &AuditEntry) -> Value {
    json!({
        "id": a.id,
        "at": at_text(a.at),
        "operator": a.operator,
        "action": a.action,
        "entity": a.entity,
        "entity_id": a.entity_id,
        "detail": a.detail,
    })
}

pub fn erase(store: &mut Store, me: &Staff, what: &EraseWhat) -> Result<ExitCode, crate::Error> {
    let EraseWhat::Person { id, yes } = *what;
    require(me, Kind::Erasure, "erasing a person")?;
    if !yes {
        return Err(crate::Error::usage(
            CliMsg::EraseNeedsYes,
            &[&id.to_string()],
        ));
    }
    let done = store.erase_person(id, &Stamp::now(&me.login))?;
    outln!("{}", sayf(CliMsg::PersonErased, &[&id.to_string()]));
    if !done.checkpointed {
        errln!("{}", sayf(CliMsg::ErasedAtCheckpoint, &[]));
    }
    Ok(ExitCode::SUCCESS)
}

/// The number of years without activity after which a person is listed for review.
pub fn retention_years(store: &Store) -> Result<u32, crate::Error> {
    store.retention_years().map_err(crate::Error::from)
}

pub fn retention(
    store: &mut Store,
    me: &Staff,
    years: Option<u32>,
    as_json: bool,
) -> Result<ExitCode, crate::Error> {
    require(me, Kind::Erasure, "the retention list")?;
    let years = match years {
        Some(y) => y,
        None => retention_years(store)?,
    };
    let today = chrono::Local::now().date_naive();
    let cutoff = today
        .checked_sub_months(chrono::Months::new(12 * years))
        .unwrap_or(NaiveDate::MIN);
    let dormant = store.dormant_since(cutoff)?;
    store.audit(
        &Stamp::now(&me.login),
        "report",
        "retention",
        None,
        &format!("years={years} rows={}", dormant.len()),
    )?;
    if as_json {
        let rows: Vec<Value> = dormant
            .iter()
            .map(
                |d| json!({"person_id": d.person_id, "last_activity": format_iso(d.last_activity)}),
            )
            .collect();
        super::json::print_rows(rows)?;
    } else {
        let text: String = dormant
            .iter()
            .map(|d| format!("{:>8}  {}\n", d.person_id, format_iso(d.last_activity)))
            .collect();
        super::print(&text)?;
        errln!(
            "{}",
            sayf(
                CliMsg::Dormant,
                &[
                    &dormant.len().to_string(),
                    &years.to_string(),
                    &format_iso(cutoff)
                ]
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn audit(store: &mut Store, me: &Staff, args: &AuditArgs) -> Result<ExitCode, crate::Error> {
    require(me, Kind::AuditLog, "reading the audit log")?;
    let day_start = |d: NaiveDate| d.and_hms_opt(0, 0, 0);
    let filter = AuditFilter {
        person: args.person,
        operator: args.operator.clone(),
        action: args.action.clone(),
        since: args
            .since
            .as_deref()
            .map(parse_day)
            .transpose()?
            .and_then(day_start),
        until: args
            .until
            .as_deref()
            .map(parse_day)
            .transpose()?
            .and_then(day_start),
        before: None,
        limit: args.limit,
    };
    let entries = store.audit_entries(&filter)?;
    store.audit(
        &Stamp::now(&me.login),
        "report",
        "audit_log",
        args.person,
        &format!("rows={}", entries.len()),
    )?;
    if args.json {
        let rows: Vec<Value> = entries.iter().map(audit_json).collect();
        super::json::print_rows(rows)?;
    } else {
        let text: String = entries
            .iter()
            .map(|a| {
                format!(
                    "{}  {:<16} {:<14} {:<12} {:>8}  {}\n",
                    a.at.format("%Y-%m-%d %H:%M:%S"),
                    a.operator,
                    a.action,
                    a.entity,
                    a.entity_id.map(|i| i.to_string()).unwrap_or_default(),
                    a.detail
                )
            })
            .collect();
        super::print(&text)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn notes(store: &mut Store, me: &Staff, what: &NotesWhat) -> Result<ExitCode, crate::Error> {
    let viewer = me.viewer();
    if access(&viewer, Kind::CaseNote, Scope::Centre) == Access::Hidden {
        return Err(crate::Error::refused(
            ErrMsg::CaseNotesForRoles,
            &[&me.login, me.role.code()],
        ));
    }
    match what {
        NotesWhat::List {
            person,
            break_glass,
            json: as_json,
        } => {
            if store.person(*person)?.is_none() {
                return Err(crate::Error::not_found(
                    ErrMsg::NoPerson,
                    &[&person.to_string()],
                ));
            }
            let (notes, withheld) =
                readable_notes(store, &me.viewer(), *person, break_glass.as_deref())?;
            store.audit(
                &Stamp::now(&me.login),
                "view",
                "person",
                Some(*person),
                &format!("case-notes={}", notes.len()),
            )?;
            if *as_json {
                let rows: Vec<Value> = notes.iter().map(note_json).collect();
                super::json::print_rows(rows)?;
            } else {
                let mut text = String::new();
                for n in &notes {
                    text.push_str(&format!(
                        "#{} {} {}{}{}\n  {}\n",
                        n.id,
                        format_iso(n.noted_on),
                        n.author,
                        n.corrects
                            .map(|c| format!(" (corrects #{c})"))
                            .unwrap_or_default(),
                        n.visit_id
                            .map(|v| format!(" (visit #{v})"))
                            .unwrap_or_default(),
                        n.body.replace('\n', "\n  ")
                    ));
                }
                super::print(&text)?;
            }
            if withheld > 0 {
                errln!("{}", sayf(CliMsg::NotesWithheld, &[&withheld.to_string()]));
            }
        }
        NotesWhat::Add {
            person,
            text,
            visit,
            corrects,
            date,
        } => {
            let today = chrono::Local::now().date_naive();
            let noted_on = match date {
                Some(d) => parse_day(d)?,
                None => today,
            };
            if noted_on > today {
                return Err(crate::Error::usage(ErrMsg::NoteInFuture, &[]));
            }
            let id = store.add_case_note(
                &NewCaseNote {
                    person_id: *person,
                    visit_id: *visit,
                    noted_on,
                    body: text.clone(),
                    corrects: *corrects,
                },
                &Stamp::now(&me.login),
            )?;
            outln!("{}", sayf(CliMsg::CaseNoteAdded, &[&id.to_string()]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn consent(
    store: &mut Store,
    me: &Staff,
    what: &ConsentWhat,
) -> Result<ExitCode, crate::Error> {
    let ConsentWhat::Withdraw { person } = *what;
    store.withdraw_consent(person, &Stamp::now(&me.login))?;
    outln!("{}", sayf(CliMsg::ConsentWithdrawn, &[&person.to_string()]));
    Ok(ExitCode::SUCCESS)
}
