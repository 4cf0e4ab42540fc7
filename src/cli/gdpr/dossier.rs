//! The right of access (GDPR art. 15): everything held about one person, as JSON and
//! as text, written to new owner-only files.

use crate::i18n::errors::ErrMsg;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{Value, json};

use super::{at_text, audit_json, note_json, readable_notes};
use crate::cli::staff::require;
use crate::domain::access::{Kind, Viewer};
use crate::domain::dates::format_iso;
use crate::domain::records::{CaseNote, Dossier, Staff};
use crate::store::{Stamp, Store};

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

/// What [`write_export`] wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub json: PathBuf,
    pub text: PathBuf,
    /// Case notes of other organisations left out (no consent to share).
    pub withheld: usize,
}

/// The right of access, for the command line and the card alike: writes everything
/// held about person `id` that `viewer` may read into `dir` as person-ID.json and
/// person-ID.txt (owner-only files; `existing` says what happens to a file already
/// there). Refused unless the privacy rule allows the export; recorded in the audit
/// log before anything is written.
pub fn write_export(
    store: &mut Store,
    viewer: &Viewer,
    id: i64,
    dir: &Path,
    existing: crate::fsio::Existing,
    break_glass: Option<&str>,
) -> Result<Exported, crate::Error> {
    if !viewer.may(Kind::PersonExport) {
        return Err(crate::Error::refused(
            ErrMsg::PersonExportForAdmins,
            &[&viewer.login, viewer.role.code()],
        ));
    }
    let dossier = store
        .dossier(id)?
        .ok_or_else(|| crate::Error::not_found(ErrMsg::NoPerson, &[&id.to_string()]))?;
    let (notes, withheld) = readable_notes(store, viewer, id, break_glass)?;
    let value = dossier_json(&dossier, &notes, withheld);
    // Recorded before anything is written.
    store.audit(
        &Stamp::now(&viewer.login),
        "export",
        "person",
        Some(id),
        "access-request",
    )?;
    let pretty = serde_json::to_string_pretty(&value)?;
    let write = |name: String, text: &str| {
        crate::fsio::write_bytes(&dir.join(name), existing, text.as_bytes())
    };
    let json = write(format!("person-{id}.json"), &format!("{pretty}\n"))?;
    let text = write(format!("person-{id}.txt"), &dossier_text(&value))?;
    Ok(Exported {
        json,
        text,
        withheld,
    })
}

/// `kentro export person ID`: writes person-ID.json and person-ID.txt.
pub fn export_person(
    store: &mut Store,
    me: &Staff,
    id: i64,
    out: Option<&Path>,
    break_glass: Option<&str>,
) -> Result<ExitCode, crate::Error> {
    require(me, Kind::PersonExport, "the export of a person's data")?;
    let dir = out
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let Exported {
        json: json_path,
        text: text_path,
        withheld,
    } = write_export(
        store,
        &me.viewer(),
        id,
        &dir,
        crate::fsio::Existing::Refuse,
        break_glass,
    )?;
    crate::cli::print(&format!(
        "{}\n{}\n",
        json_path.display(),
        text_path.display()
    ))?;
    if withheld > 0 {
        errln!(
            "{}",
            crate::i18n::cli::sayf(
                crate::i18n::cli::CliMsg::ExportWithheld,
                &[&withheld.to_string()]
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}
