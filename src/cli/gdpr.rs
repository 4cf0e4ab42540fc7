//! The data-protection commands: the right of access (`export person`), erasure,
//! the retention list, the audit log, case notes and consent withdrawal. Each asks
//! the privacy rule (`domain::access`) and writes its audit row.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{Value, json};

use super::staff::require;
use super::{AuditArgs, ConsentWhat, EraseWhat, NotesWhat};
use crate::domain::access::{Access, Kind, Scope, access};
use crate::domain::dates::format_iso;
use crate::domain::records::{AuditEntry, CaseNote, Dossier, Staff};
use crate::store::{AuditFilter, NewCaseNote, Stamp, Store};

fn at_text(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M:%S").to_string()
}

fn parse_day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{text:?} is not a date: use YYYY-MM-DD"))
}

/// The case notes of `person_id` that `me` may read, and how many were withheld.
/// An administrator giving `break_glass` opens the others; the reason is recorded
/// (once) before anything is shown.
pub fn readable_notes(
    store: &mut Store,
    me: &Staff,
    person_id: i64,
    break_glass: Option<&str>,
) -> Result<(Vec<CaseNote>, usize), String> {
    let viewer = me.viewer();
    let notes = store.case_notes_of(person_id).map_err(|e| e.to_string())?;
    let consent = store
        .shares_with(person_id, &viewer.organisation)
        .map_err(|e| e.to_string())?;
    let mut shown = Vec::new();
    let mut sealed = Vec::new();
    let mut withheld = 0;
    for note in notes {
        let scope = Scope::Organisation {
            owner: &note.organisation,
            consent_to_share: consent,
        };
        match access(&viewer, Kind::CaseNote, scope) {
            Access::See => shown.push(note),
            Access::BreakGlass if break_glass.is_some() => sealed.push(note),
            _ => withheld += 1,
        }
    }
    if let (Some(reason), false) = (break_glass, sealed.is_empty()) {
        store
            .break_glass(person_id, reason, &Stamp::now(&me.login))
            .map_err(|e| e.to_string())?;
        shown.extend(sealed);
        shown.sort_by(|a, b| {
            (b.noted_on, b.created_at, b.id).cmp(&(a.noted_on, a.created_at, a.id))
        });
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

/// The right of access as JSON: every field held, in plain names.
pub fn dossier_json(d: &Dossier, notes: &[CaseNote], withheld: usize) -> Value {
    let p = &d.person;
    json!({
        "person": {
            "id": p.id,
            "surname": p.surname,
            "given_name": p.given_name,
            "father_name": p.father_name,
            "mother_name": p.mother_name,
            "date_of_birth": p.date_of_birth.map(format_iso),
            "gender": p.gender.map(|g| g.code()),
            "nationality": p.nationality,
            "languages": p.languages,
            "interpreter_needed": p.interpreter_needed,
            "amka": p.amka,
            "afm": p.afm,
            "paaypa": p.paaypa,
            "other_document": p.other_document,
            "phone": p.phone,
            "email": p.email,
            "address": p.address,
            "municipality": p.municipality,
            "vulnerabilities": p.vulnerabilities.iter().map(|v| v.code()).collect::<Vec<_>>(),
            "employment": p.employment.map(|e| e.code()),
            "education": p.education.map(|e| e.code()),
            "notes": p.notes,
            "created_at": p.created_at.map(at_text),
            "created_by": p.created_by,
            "updated_at": p.updated_at.map(at_text),
            "updated_by": p.updated_by,
        },
        "household": d.household.as_ref().map(|(h, members)| json!({
            "id": h.id,
            "label": h.label,
            "address": h.address,
            "relation": p.household_relation.map(|r| r.code()),
            "other_members": members.iter().map(|(id, rel)| json!({
                "person_id": id, "relation": rel.map(|r| r.code())
            })).collect::<Vec<_>>(),
        })),
        "consent": {
            "given_at": p.consent_at.map(at_text),
            "given_by": p.consent_by,
            "withdrawn_at": d.consent_withdrawn.as_ref().map(|(at, _)| at_text(*at)),
            "withdrawn_by": d.consent_withdrawn.as_ref().map(|(_, by)| by),
            "to_share": d.consents.iter().map(|c| json!({
                "service_id": c.service_id,
                "given_at": at_text(c.given_at),
                "given_by": c.given_by,
                "withdrawn_at": c.withdrawn_at.map(at_text),
                "withdrawn_by": c.withdrawn_by,
            })).collect::<Vec<_>>(),
        },
        "visits": d.visits.iter().map(|v| json!({
            "id": v.id,
            "visited_on": format_iso(v.visited_on),
            "service_id": v.service_id,
            "reason": v.reason,
            "note": v.note,
            "operator": v.operator,
        })).collect::<Vec<_>>(),
        "case_notes": notes.iter().map(note_json).collect::<Vec<_>>(),
        "case_notes_withheld": withheld,
        "referrals": d.referrals.iter().map(|r| json!({
            "id": r.id,
            "service_id": r.service_id,
            "state": r.state.code(),
            "urgency": r.urgency.code(),
            "reason": r.reason,
            "note": r.note,
            "follow_up_on": r.follow_up_on.map(format_iso),
            "consent_override": r.consent_override,
            "created_at": at_text(r.created_at),
            "created_by": r.created_by,
        })).collect::<Vec<_>>(),
        "tickets": d.tickets.iter().map(|t| json!({
            "id": t.id,
            "day": format_iso(t.day),
            "number": t.number,
            "service_id": t.service_id,
            "state": t.state.code(),
            "reason": t.reason,
            "label": t.label,
        })).collect::<Vec<_>>(),
        "audit": d.audit.iter().map(audit_json).collect::<Vec<_>>(),
    })
}

/// The same as readable text: one "label: value" a line, sections by heading.
pub fn dossier_text(value: &Value) -> String {
    fn walk(out: &mut String, key: &str, value: &Value, depth: usize) {
        let pad = "  ".repeat(depth);
        match value {
            Value::Object(map) => {
                if !key.is_empty() {
                    out.push_str(&format!("{pad}{key}:\n"));
                }
                for (k, v) in map {
                    walk(out, k, v, depth + usize::from(!key.is_empty()));
                }
            }
            Value::Array(items) if items.is_empty() => {
                out.push_str(&format!("{pad}{key}: (none)\n"));
            }
            Value::Array(items) => {
                out.push_str(&format!("{pad}{key}:\n"));
                for (i, item) in items.iter().enumerate() {
                    walk(out, &format!("#{}", i + 1), item, depth + 1);
                }
            }
            Value::Null => out.push_str(&format!("{pad}{key}: -\n")),
            Value::String(s) => {
                let s = s.replace('\n', &format!("\n{pad}  "));
                out.push_str(&format!("{pad}{key}: {s}\n"));
            }
            other => out.push_str(&format!("{pad}{key}: {other}\n")),
        }
    }
    let mut out = String::from(
        "Everything kentro holds about this person (right of access, GDPR art. 15)\n\n",
    );
    walk(&mut out, "", value, 0);
    out
}

/// Writes `text` to a new file readable by its owner only; never overwrites.
pub(crate) fn write_new_private(path: &Path, text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(nix::libc::O_NOFOLLOW);
    }
    let mut file = options
        .open(path)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `kentro export person ID`: writes person-ID.json and person-ID.txt.
pub fn export_person(
    store: &mut Store,
    me: &Staff,
    id: i64,
    out: Option<&Path>,
    break_glass: Option<&str>,
) -> Result<ExitCode, String> {
    require(me, Kind::PersonExport, "the export of a person's data")?;
    let dossier = store
        .dossier(id)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no person with id {id}"))?;
    let (notes, withheld) = readable_notes(store, me, id, break_glass)?;
    let value = dossier_json(&dossier, &notes, withheld);
    let dir = out
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let json_path = dir.join(format!("person-{id}.json"));
    let text_path = dir.join(format!("person-{id}.txt"));
    // Recorded before anything is written.
    store
        .audit(
            &Stamp::now(&me.login),
            "export",
            "person",
            Some(id),
            "access-request",
        )
        .map_err(|e| e.to_string())?;
    let pretty = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
    write_new_private(&json_path, &format!("{pretty}\n"))?;
    write_new_private(&text_path, &dossier_text(&value))?;
    super::print(&format!(
        "{}\n{}\n",
        json_path.display(),
        text_path.display()
    ))?;
    if withheld > 0 {
        eprintln!(
            "kentro: {withheld} case note(s) of other organisations were left out \
             (no consent to share); --break-glass REASON includes them, recorded"
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn erase(store: &mut Store, me: &Staff, what: &EraseWhat) -> Result<ExitCode, String> {
    let EraseWhat::Person { id, yes } = *what;
    require(me, Kind::Erasure, "erasing a person")?;
    if !yes {
        return Err(format!(
            "erasing person {id} cannot be undone; run again with --yes to confirm"
        ));
    }
    let done = store
        .erase_person(id, &Stamp::now(&me.login))
        .map_err(|e| e.to_string())?;
    super::print(&format!("person {id} erased\n"))?;
    if !done.checkpointed {
        eprintln!(
            "kentro: another desk is reading the database; the erased values leave the \
             write-ahead log at the next checkpoint (run `kentro erase` again is not needed)"
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The number of years without activity after which a person is listed for review.
pub fn retention_years(store: &Store) -> Result<u32, String> {
    match store
        .setting("retention.years")
        .map_err(|e| e.to_string())?
    {
        Some(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("setting retention.years is {text:?}, not a number of years")),
        None => Ok(5),
    }
}

pub fn retention(
    store: &mut Store,
    me: &Staff,
    years: Option<u32>,
    as_json: bool,
) -> Result<ExitCode, String> {
    require(me, Kind::Erasure, "the retention list")?;
    let years = match years {
        Some(y) => y,
        None => retention_years(store)?,
    };
    let today = chrono::Local::now().date_naive();
    let cutoff = today
        .checked_sub_months(chrono::Months::new(12 * years))
        .unwrap_or(NaiveDate::MIN);
    let dormant = store.dormant_since(cutoff).map_err(|e| e.to_string())?;
    store
        .audit(
            &Stamp::now(&me.login),
            "report",
            "retention",
            None,
            &format!("years={years} rows={}", dormant.len()),
        )
        .map_err(|e| e.to_string())?;
    if as_json {
        let rows: Vec<Value> = dormant
            .iter()
            .map(
                |d| json!({"person_id": d.person_id, "last_activity": format_iso(d.last_activity)}),
            )
            .collect();
        super::print(&format!("{}\n", Value::Array(rows)))?;
    } else {
        let text: String = dormant
            .iter()
            .map(|d| format!("{:>8}  {}\n", d.person_id, format_iso(d.last_activity)))
            .collect();
        super::print(&text)?;
        eprintln!(
            "{} people with no activity for {years} years (since {})",
            dormant.len(),
            format_iso(cutoff)
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn audit(store: &mut Store, me: &Staff, args: &AuditArgs) -> Result<ExitCode, String> {
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
        limit: args.limit,
    };
    let entries = store.audit_entries(&filter).map_err(|e| e.to_string())?;
    store
        .audit(
            &Stamp::now(&me.login),
            "report",
            "audit_log",
            args.person,
            &format!("rows={}", entries.len()),
        )
        .map_err(|e| e.to_string())?;
    if args.json {
        let rows: Vec<Value> = entries.iter().map(audit_json).collect();
        super::print(&format!("{}\n", Value::Array(rows)))?;
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

pub fn notes(store: &mut Store, me: &Staff, what: &NotesWhat) -> Result<ExitCode, String> {
    let viewer = me.viewer();
    if access(&viewer, Kind::CaseNote, Scope::Centre) == Access::Hidden {
        return Err(format!(
            "case notes are for social workers and administrators; {} is {}",
            me.login,
            me.role.code()
        ));
    }
    match what {
        NotesWhat::List {
            person,
            break_glass,
            json: as_json,
        } => {
            if store.person(*person).map_err(|e| e.to_string())?.is_none() {
                return Err(format!("no person with id {person}"));
            }
            let (notes, withheld) = readable_notes(store, me, *person, break_glass.as_deref())?;
            store
                .audit(
                    &Stamp::now(&me.login),
                    "view",
                    "person",
                    Some(*person),
                    &format!("case-notes={}", notes.len()),
                )
                .map_err(|e| e.to_string())?;
            if *as_json {
                let rows: Vec<Value> = notes.iter().map(note_json).collect();
                super::print(&format!(
                    "{}\n",
                    json!({"notes": rows, "withheld": withheld})
                ))?;
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
                if withheld > 0 {
                    eprintln!(
                        "{withheld} note(s) of other organisations are not shown \
                         (no consent to share)"
                    );
                }
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
                return Err("a case note cannot be dated in the future".into());
            }
            let id = store
                .add_case_note(
                    &NewCaseNote {
                        person_id: *person,
                        visit_id: *visit,
                        noted_on,
                        body: text.clone(),
                        corrects: *corrects,
                    },
                    &Stamp::now(&me.login),
                )
                .map_err(|e| e.to_string())?;
            super::print(&format!("case note {id}\n"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn consent(store: &mut Store, me: &Staff, what: &ConsentWhat) -> Result<ExitCode, String> {
    let ConsentWhat::Withdraw { person } = *what;
    store
        .withdraw_consent(person, &Stamp::now(&me.login))
        .map_err(|e| e.to_string())?;
    super::print(&format!("consent of person {person} withdrawn\n"))?;
    Ok(ExitCode::SUCCESS)
}
