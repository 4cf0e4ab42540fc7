//! ESF monitoring: a person's ESF intake facts, entries into and exits from
//! operations, and the participants an indicator report counts.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::{Stamp, Store, StoreError, audit, decode};
use crate::domain::codes::{Education, Employment, Gender, Vulnerability, split_codes};
use crate::domain::report::esf::{Area, EsfFacts, Housing, Participant};
use crate::domain::report::period::Period;

const FACT_COLUMNS: &str = "e.unemployed_since, e.housing, e.area, e.born_abroad, e.parent_born_abroad, e.minority, \
     ifnull(e.version, 0)";

/// Reads the facts from `row` starting at column `at` (NULLs when no row exists).
fn facts_from(row: &Row<'_>, at: usize) -> rusqlite::Result<EsfFacts> {
    let housing: Option<String> = row.get(at + 1)?;
    let area: Option<String> = row.get(at + 2)?;
    Ok(EsfFacts {
        unemployed_since: row.get(at)?,
        housing: housing
            .map(|h| decode(&h, Housing::from_code))
            .transpose()?,
        area: area.map(|a| decode(&a, Area::from_code)).transpose()?,
        born_abroad: row.get(at + 3)?,
        parent_born_abroad: row.get(at + 4)?,
        minority: row.get(at + 5)?,
        version: row.get(at + 6)?,
    })
}

/// The person columns a participant needs, then the facts (see `participant_from`).
const PARTICIPANT_COLUMNS: &str = "p.id, p.date_of_birth, p.gender, p.nationality, \
     p.employment, p.education, p.vulnerabilities";

fn participant_from(
    row: &Row<'_>,
    entered_on: NaiveDate,
    left_on: Option<NaiveDate>,
) -> rusqlite::Result<Participant> {
    let code = |i: usize| row.get::<_, Option<String>>(i);
    Ok(Participant {
        person_id: row.get(0)?,
        entered_on,
        left_on,
        date_of_birth: row.get(1)?,
        gender: code(2)?
            .map(|g| decode(&g, Gender::from_code))
            .transpose()?,
        nationality: row.get(3)?,
        employment: code(4)?
            .map(|e| decode(&e, Employment::from_code))
            .transpose()?,
        education: code(5)?
            .map(|e| decode(&e, Education::from_code))
            .transpose()?,
        vulnerabilities: split_codes(&row.get::<_, String>(6)?, Vulnerability::from_code),
        facts: facts_from(row, 7)?,
    })
}

impl Store {
    /// The person's ESF facts (all unanswered, version 0, when none were recorded).
    pub fn esf_facts(&self, person_id: i64) -> Result<EsfFacts, StoreError> {
        let sql = format!(
            "SELECT {FACT_COLUMNS} FROM person p LEFT JOIN person_esf e ON e.person_id = p.id \
             WHERE p.id = ?1"
        );
        self.conn()
            .query_row(&sql, [person_id], |row| facts_from(row, 0))
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "person",
                id: person_id,
            })
    }

    /// Saves the facts read at `facts.version` (0: none yet). Fails with `Conflict` if
    /// another desk saved in between; returns the new version. Audited.
    pub fn save_esf_facts(
        &mut self,
        person_id: i64,
        facts: &EsfFacts,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        self.write(|tx| {
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1)",
                [person_id],
                |r| r.get(0),
            )?;
            if !exists {
                return Err(StoreError::NotFound {
                    entity: "person",
                    id: person_id,
                });
            }
            let values = params![
                person_id,
                facts.unemployed_since,
                facts.housing.map(Housing::code),
                facts.area.map(Area::code),
                facts.born_abroad,
                facts.parent_born_abroad,
                facts.minority,
                stamp.at,
                stamp.operator,
                facts.version
            ];
            let changed = if facts.version == 0 {
                tx.execute(
                    "INSERT OR IGNORE INTO person_esf (person_id, unemployed_since, housing, area, \
                     born_abroad, parent_born_abroad, minority, updated_at, updated_by, version) \
                     SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10 + 1",
                    values,
                )?
            } else {
                tx.execute(
                    "UPDATE person_esf SET unemployed_since = ?2, housing = ?3, area = ?4, \
                     born_abroad = ?5, parent_born_abroad = ?6, minority = ?7, updated_at = ?8, \
                     updated_by = ?9, version = version + 1 WHERE person_id = ?1 AND version = ?10",
                    values,
                )?
            };
            if changed == 0 {
                return Err(StoreError::Conflict {
                    entity: "person",
                    id: person_id,
                });
            }
            audit::record_in(tx, stamp, "update", "person", Some(person_id), "esf-facts")?;
            Ok(facts.version + 1)
        })
    }

    /// Records the person's entry into `operation` on `on`. Refused while an earlier
    /// entry into the same operation is still open.
    pub fn enter_operation(
        &mut self,
        person_id: i64,
        operation: &str,
        on: NaiveDate,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        self.write(|tx| {
            let open: Option<i64> = tx
                .query_row(
                    "SELECT id FROM participation WHERE person_id = ?1 AND operation = ?2 \
                     AND left_on IS NULL",
                    params![person_id, operation],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(id) = open {
                return Err(StoreError::Duplicate {
                    field: "participation",
                    existing_id: Some(id),
                });
            }
            tx.execute(
                "INSERT INTO participation (person_id, operation, entered_on, created_at, created_by) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![person_id, operation, on, stamp.at, stamp.operator],
            )?;
            let id = tx.last_insert_rowid();
            audit::record_in(tx, stamp, "create", "participation", Some(id), operation)?;
            Ok(id)
        })
    }

    /// Records the exit from the person's open entry into `operation`.
    pub fn exit_operation(
        &mut self,
        person_id: i64,
        operation: &str,
        on: NaiveDate,
        reason: &str,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        self.write(|tx| {
            let open: Option<(i64, NaiveDate)> = tx
                .query_row(
                    "SELECT id, entered_on FROM participation WHERE person_id = ?1 \
                     AND operation = ?2 AND left_on IS NULL",
                    params![person_id, operation],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((id, entered_on)) = open else {
                return Err(StoreError::NotFound {
                    entity: "participation",
                    id: person_id,
                });
            };
            if on < entered_on {
                return Err(StoreError::NotAllowed(format!(
                    "the exit ({on}) is before the entry ({entered_on})"
                )));
            }
            tx.execute(
                "UPDATE participation SET left_on = ?2, exit_reason = ?3, version = version + 1 \
                 WHERE id = ?1",
                params![id, on, reason],
            )?;
            audit::record_in(tx, stamp, "update", "participation", Some(id), "exit")?;
            Ok(id)
        })
    }

    /// Streams the participants entering in `period`: into `operation` when given,
    /// else into the centre as a whole (entry = the person's first visit ever).
    pub fn for_each_participant(
        &self,
        period: &Period,
        operation: Option<&str>,
        mut each: impl FnMut(Participant),
    ) -> Result<(), StoreError> {
        match operation {
            Some(operation) => {
                let sql = format!(
                    "SELECT {PARTICIPANT_COLUMNS}, {FACT_COLUMNS}, pa.entered_on, pa.left_on \
                     FROM participation pa JOIN person p ON p.id = pa.person_id \
                     LEFT JOIN person_esf e ON e.person_id = p.id \
                     WHERE pa.operation = ?1 AND pa.entered_on BETWEEN ?2 AND ?3 \
                     ORDER BY pa.entered_on, pa.id"
                );
                let mut stmt = self.conn().prepare_cached(&sql)?;
                let mut rows = stmt.query(params![operation, period.from, period.to])?;
                while let Some(row) = rows.next()? {
                    each(participant_from(row, row.get(14)?, row.get(15)?)?);
                }
            }
            None => {
                // One pass over the visits in person order (the index on person and
                // day alone): a person enters with their first visit ever, if it falls
                // in the period. No sorting, no probe per person.
                let sql = format!(
                    "WITH first AS ( \
                         SELECT person_id, min(visited_on) AS entered_on FROM visit \
                         INDEXED BY visit_person WHERE visited_on <= ?2 GROUP BY person_id \
                         HAVING min(visited_on) >= ?1) \
                     SELECT {PARTICIPANT_COLUMNS}, {FACT_COLUMNS}, f.entered_on \
                     FROM first f JOIN person p ON p.id = f.person_id \
                     LEFT JOIN person_esf e ON e.person_id = p.id"
                );
                let mut stmt = self.conn().prepare_cached(&sql)?;
                let mut rows = stmt.query(params![period.from, period.to])?;
                while let Some(row) = rows.next()? {
                    each(participant_from(row, row.get(14)?, None)?);
                }
            }
        }
        Ok(())
    }
}
