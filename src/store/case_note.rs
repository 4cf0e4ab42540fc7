//! Case notes: written once, read by those the privacy rule allows, removed only
//! with the person (a trigger refuses any UPDATE).

use chrono::NaiveDate;
use rusqlite::{Row, params};

use super::{Stamp, Store, StoreError, audit};
use crate::domain::records::CaseNote;

const COLUMNS: &str =
    "id, person_id, visit_id, noted_on, body, corrects, organisation, author, created_at";

fn note_from(row: &Row<'_>) -> rusqlite::Result<CaseNote> {
    Ok(CaseNote {
        id: row.get(0)?,
        person_id: row.get(1)?,
        visit_id: row.get(2)?,
        noted_on: row.get(3)?,
        body: row.get(4)?,
        corrects: row.get(5)?,
        organisation: row.get(6)?,
        author: row.get(7)?,
        created_at: row.get(8)?,
    })
}

/// A note to write.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCaseNote {
    pub person_id: i64,
    pub visit_id: Option<i64>,
    pub noted_on: NaiveDate,
    pub body: String,
    pub corrects: Option<i64>,
}

impl Store {
    /// Writes a case note; it belongs to the author's organisation. A note that
    /// corrects another must be about the same person; a visit must be theirs.
    pub fn add_case_note(&mut self, note: &NewCaseNote, stamp: &Stamp) -> Result<i64, StoreError> {
        let body = crate::domain::text::clean_note(&note.body);
        if body.is_empty() {
            return Err(StoreError::NotAllowed("a case note needs some text".into()));
        }
        self.write(|tx| {
            let person: Option<i64> = tx
                .query_row(
                    "SELECT id FROM person WHERE id = ?1 AND erased_at IS NULL",
                    [note.person_id],
                    |r| r.get(0),
                )
                .map(Some)
                .or_else(none_if_missing)?;
            if person.is_none() {
                return Err(StoreError::NotFound {
                    entity: "person",
                    id: note.person_id,
                });
            }
            for (table, id) in [("case_note", note.corrects), ("visit", note.visit_id)] {
                let Some(id) = id else { continue };
                let owner: Option<i64> = tx
                    .query_row(
                        &format!("SELECT person_id FROM {table} WHERE id = ?1"),
                        [id],
                        |r| r.get(0),
                    )
                    .map(Some)
                    .or_else(none_if_missing)?;
                if owner != Some(note.person_id) {
                    return Err(StoreError::NotAllowed(format!(
                        "{table} {id} is not about person {}",
                        note.person_id
                    )));
                }
            }
            tx.execute(
                "INSERT INTO case_note (person_id, visit_id, noted_on, body, corrects, \
                 organisation, author, created_at) VALUES (?1, ?2, ?3, ?4, ?5, \
                 coalesce((SELECT organisation FROM staff WHERE login = ?6), ''), ?6, ?7)",
                params![
                    note.person_id,
                    note.visit_id,
                    note.noted_on,
                    body,
                    note.corrects,
                    stamp.operator,
                    stamp.at
                ],
            )?;
            let id = tx.last_insert_rowid();
            audit::record_in(
                tx,
                stamp,
                "create",
                "case_note",
                Some(id),
                &format!("person={}", note.person_id),
            )?;
            Ok(id)
        })
    }

    /// A person's case notes, newest first (all of them: the caller applies the
    /// privacy rule to each).
    pub fn case_notes_of(&self, person_id: i64) -> Result<Vec<CaseNote>, StoreError> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM case_note WHERE person_id = ?1 \
             ORDER BY noted_on DESC, created_at DESC, id DESC"
        ))?;
        let rows = stmt.query_map([person_id], note_from)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records that an administrator opened records of another organisation without
    /// the person's consent, and why. The reason is kept in its own table (it is free
    /// text); the audit row points at it.
    pub fn break_glass(
        &mut self,
        person_id: i64,
        reason: &str,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        let reason = reason_given(reason, "opening another organisation's notes")?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO break_glass (person_id, reason, operator, at) VALUES (?1, ?2, ?3, ?4)",
                params![person_id, reason, stamp.operator, stamp.at],
            )?;
            let id = tx.last_insert_rowid();
            audit::record_in(
                tx,
                stamp,
                "break-glass",
                "person",
                Some(person_id),
                &format!("break_glass={id}"),
            )?;
            Ok(id)
        })
    }
}

fn none_if_missing<T>(e: rusqlite::Error) -> rusqlite::Result<Option<T>> {
    match e {
        rusqlite::Error::QueryReturnedNoRows => Ok(None),
        other => Err(other),
    }
}

/// `reason` cleaned, or refused when nothing is left: the writes that record why an
/// administrator did something (break-glass, keeping on review) need one.
pub(super) fn reason_given(reason: &str, doing: &str) -> Result<String, StoreError> {
    let reason = crate::domain::text::clean_note(reason);
    if reason.is_empty() {
        return Err(StoreError::NotAllowed(format!("{doing} needs a reason")));
    }
    Ok(reason)
}
