//! The people's rights: access (everything held about one person), erasure (an
//! anonymous remainder that reports still count). The retention review is in
//! `retention.rs`.

use chrono::{Datelike, NaiveDate};
use rusqlite::{Transaction, params};

use super::ticket::{TICKET_COLUMNS, ticket_from_row};
use super::{Stamp, Store, StoreError, audit};
use crate::domain::records::{Dossier, ShareConsent, Ticket};

/// Whether an erasure reached the file itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Erased {
    /// The write-ahead log was copied into the database and emptied, so the erased
    /// values are in neither file. False when another desk was reading at that moment:
    /// the next checkpoint finishes the job.
    pub checkpointed: bool,
}

impl Store {
    /// A person's tickets, newest first.
    pub fn tickets_of(&self, person_id: i64) -> Result<Vec<Ticket>, StoreError> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {TICKET_COLUMNS} FROM ticket WHERE person_id = ?1 ORDER BY arrived_at DESC, id DESC"
        ))?;
        let rows = stmt.query_map([person_id], ticket_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A person's consents to share, oldest first (withdrawn ones too).
    pub fn share_consents_of(&self, person_id: i64) -> Result<Vec<ShareConsent>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT id, person_id, service_id, given_at, given_by, withdrawn_at, withdrawn_by \
             FROM share_consent WHERE person_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([person_id], |r| {
            Ok(ShareConsent {
                id: r.get(0)?,
                person_id: r.get(1)?,
                service_id: r.get(2)?,
                given_at: r.get(3)?,
                given_by: r.get(4)?,
                withdrawn_at: r.get(5)?,
                withdrawn_by: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Whether the person's record was erased.
    pub fn is_erased(&self, person_id: i64) -> Result<bool, StoreError> {
        Ok(self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1 AND erased_at IS NOT NULL)",
            [person_id],
            |r| r.get(0),
        )?)
    }

    /// Everything held about one person (all case notes: the caller applies the
    /// privacy rule). `None` when nobody has that id.
    pub fn dossier(&self, person_id: i64) -> Result<Option<Dossier>, StoreError> {
        let Some(person) = self.person(person_id)? else {
            return Ok(None);
        };
        let household = match person.household_id {
            Some(h) => match self.household(h)? {
                Some(household) => {
                    let members = self
                        .household_of(person_id)?
                        .into_iter()
                        .filter(|m| m.id != person_id)
                        .map(|m| (m.id, m.household_relation))
                        .collect();
                    Some((household, members))
                }
                None => None,
            },
            None => None,
        };
        Ok(Some(Dossier {
            household,
            visits: self.visits_of(person_id)?,
            case_notes: self.case_notes_of(person_id)?,
            referrals: self.referrals_of(person_id)?,
            tickets: self.tickets_of(person_id)?,
            consents: self.share_consents_of(person_id)?,
            consent_withdrawn: self.consent_withdrawal(person_id)?,
            audit: self.audit_trail("person", person_id)?,
            person,
        }))
    }

    /// Erases a person: names, identifiers, contact, free text and case notes go;
    /// what reports count stays (gender, year of birth as an age band, nationality,
    /// groups, employment, education, languages, ESF categories, and the visits,
    /// tickets, referrals, appointments, activities, operations and hand-outs as
    /// service use without their text). Drafts about the person go too. One transaction, then a
    /// checkpoint that empties the write-ahead log; `secure_delete` (always on)
    /// overwrites the freed bytes.
    pub fn erase_person(&mut self, person_id: i64, stamp: &Stamp) -> Result<Erased, StoreError> {
        self.write(|tx| erase_in(tx, person_id, stamp))?;
        Ok(Erased {
            checkpointed: self.checkpoint()?,
        })
    }

    /// Copies the write-ahead log into the database file and truncates it. False
    /// when a reader kept some frames in use.
    pub fn checkpoint(&self) -> Result<bool, StoreError> {
        let (busy, _, _): (i64, i64, i64) =
            self.conn()
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?;
        Ok(busy == 0)
    }
}

fn erase_in(tx: &Transaction<'_>, id: i64, stamp: &Stamp) -> Result<(), StoreError> {
    let found: Option<(Option<NaiveDate>, Option<i64>, Option<String>)> = tx
        .query_row(
            "SELECT date_of_birth, household_id, erased_at FROM person WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            other => Err(other),
        })?;
    let Some((born, household, erased)) = found else {
        return Err(StoreError::NotFound {
            entity: "person",
            id,
        });
    };
    if erased.is_some() {
        return Err(StoreError::NotAllowed(format!(
            "person {id} was already erased"
        )));
    }
    // Only the year of birth stays (the middle of it), enough for an age band.
    let year_only = born.and_then(|d| NaiveDate::from_ymd_opt(d.year(), 7, 1));
    let statements: &[&str] = &[
        "DELETE FROM case_note WHERE person_id = ?1",
        "UPDATE visit SET reason = '', note = '' WHERE person_id = ?1",
        "UPDATE ticket_event SET note = '' WHERE ticket_id IN \
            (SELECT id FROM ticket WHERE person_id = ?1)",
        "UPDATE ticket SET label = '', reason = '', triage_note = '' WHERE person_id = ?1",
        "UPDATE referral_event SET note = '' WHERE referral_id IN \
            (SELECT id FROM referral WHERE person_id = ?1)",
        "UPDATE referral SET reason = '', note = '', state_reason = '' WHERE person_id = ?1",
        "UPDATE appointment SET label = '', note = '', phone = NULL, state_reason = '' \
            WHERE person_id = ?1",
        "DELETE FROM share_consent WHERE person_id = ?1",
        "DELETE FROM person_distinct WHERE a = ?1 OR b = ?1",
        // Forms in progress on this person: the visit and edit forms name them as
        // their target, a referral form in what was typed.
        "DELETE FROM draft WHERE kind IN ('visit', 'intake', 'case-note') AND target_id = ?1",
        "DELETE FROM draft WHERE kind = 'referral' AND \
            CASE WHEN json_valid(payload) THEN json_extract(payload, '$.person[0]') END = ?1",
        "UPDATE break_glass SET reason = '' WHERE person_id = ?1",
        "UPDATE retention_keep SET reason = '' WHERE person_id = ?1",
        // ESF facts: the categories the indicators count stay; the area goes and the
        // start of unemployment keeps only its month (enough for its duration band).
        "UPDATE person_esf SET area = NULL, \
            unemployed_since = substr(unemployed_since, 1, 7) || '-01' \
            WHERE person_id = ?1",
        // Service use stays (operation, activity, dates, attendance, hand-outs); the
        // words typed about the person go.
        "UPDATE participation SET exit_reason = '' WHERE person_id = ?1",
        "UPDATE enrolment SET left_reason = '' WHERE person_id = ?1",
        // Which import line the person came from points back into a file of names.
        "DELETE FROM import_batch_person WHERE person_id = ?1",
    ];
    for sql in statements {
        tx.execute(sql, [id])?;
    }
    // The name keys: this person's, then any vocabulary entry nobody else uses.
    let keys: Vec<String> = {
        let mut stmt = tx.prepare("SELECT DISTINCT key FROM person_key WHERE person_id = ?1")?;
        stmt.query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    for table in ["person_key", "person_pair", "person_born"] {
        if table_exists(tx, table)? {
            tx.execute(&format!("DELETE FROM {table} WHERE person_id = ?1"), [id])?;
        }
    }
    for key in &keys {
        let unused: bool = tx.query_row(
            "SELECT NOT EXISTS (SELECT 1 FROM person_key WHERE key = ?1)",
            [key],
            |r| r.get(0),
        )?;
        if unused {
            tx.execute("DELETE FROM name_key WHERE key = ?1", [key])?;
            tx.execute("DELETE FROM name_key_near WHERE key = ?1", [key])?;
        }
    }
    tx.execute(
        "UPDATE person SET surname = '', given_name = '', father_name = '', mother_name = '', \
         date_of_birth = ?2, amka = NULL, afm = NULL, paaypa = NULL, other_document = NULL, \
         phone = NULL, email = NULL, address = NULL, municipality = NULL, household_id = NULL, \
         household_relation = NULL, notes = '', consent_at = NULL, consent_by = NULL, \
         consent_withdrawn_at = NULL, consent_withdrawn_by = NULL, phone_key = NULL, \
         erased_at = ?3, updated_at = ?3, updated_by = ?4, version = version + 1 \
         WHERE id = ?1",
        params![id, year_only, stamp.at, stamp.operator],
    )?;
    // A household left with nobody: its label, address and the notes on its
    // distribution enrolments were this person's.
    if let Some(h) = household {
        tx.execute(
            "UPDATE household SET label = '', address = NULL, notes = '', version = version + 1 \
             WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM person WHERE household_id = ?1)",
            [h],
        )?;
        tx.execute(
            "UPDATE programme_enrolment SET note = '', version = version + 1 \
             WHERE household_id = ?1 AND NOT EXISTS (SELECT 1 FROM person WHERE household_id = ?1)",
            [h],
        )?;
    }
    audit::record_in(tx, stamp, "erase", "person", Some(id), "")
}

fn table_exists(tx: &Transaction<'_>, name: &str) -> Result<bool, StoreError> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1)",
        [name],
        |r| r.get(0),
    )?)
}
