//! Households and visits: the person's family and their contacts with the centre.

use rusqlite::{OptionalExtension, params};

use super::{Batch, Stamp, Store, StoreError};
use crate::domain::person::Person;
use crate::domain::records::{Household, Visit};

impl Batch<'_> {
    pub fn insert_household(&mut self, household: &Household) -> Result<i64, StoreError> {
        self.tx.execute(
            "INSERT INTO household (label, address, notes, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![
                household.label,
                household.address,
                household.notes,
                self.stamp.at
            ],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Records a visit and keeps the person's last-visit date (used to rank lookups).
    pub fn insert_visit(&mut self, visit: &Visit) -> Result<i64, StoreError> {
        self.tx
            .prepare_cached(
                "INSERT INTO visit (person_id, visited_on, service_id, reason, note, operator, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                visit.person_id,
                visit.visited_on,
                visit.service_id,
                visit.reason,
                visit.note,
                visit.operator,
                self.stamp.at
            ])?;
        let id = self.tx.last_insert_rowid();
        self.tx
            .prepare_cached(
                "UPDATE person SET last_visit_on = max(ifnull(last_visit_on, ''), ?2) WHERE id = ?1",
            )?
            .execute(params![visit.person_id, visit.visited_on])?;
        // The lookup keys are ordered by last visit: move this person up.
        self.tx
            .prepare_cached(
                "UPDATE person_key SET recency = \
                 (SELECT ifnull(last_visit_on, '') FROM person WHERE id = ?1) WHERE person_id = ?1",
            )?
            .execute([visit.person_id])?;
        self.tx
            .prepare_cached(
                "UPDATE person_pair SET recency = \
                 (SELECT ifnull(last_visit_on, '') FROM person WHERE id = ?1) WHERE person_id = ?1",
            )?
            .execute([visit.person_id])?;
        Ok(id)
    }
}

impl Store {
    pub fn insert_household(
        &mut self,
        household: &Household,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        self.batch(stamp, |b| {
            let id = b.insert_household(household)?;
            b.audit("create", "household", Some(id), "")?;
            Ok(id)
        })
    }

    pub fn household(&self, id: i64) -> Result<Option<Household>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id, label, address, notes, created_at, version FROM household WHERE id = ?1",
                [id],
                |row| {
                    Ok(Household {
                        id: row.get(0)?,
                        label: row.get(1)?,
                        address: row.get(2)?,
                        notes: row.get(3)?,
                        created_at: row.get(4)?,
                        version: row.get(5)?,
                    })
                },
            )
            .optional()?)
    }

    /// Everyone in a household, head first.
    pub fn household_members(&self, household_id: i64) -> Result<Vec<Person>, StoreError> {
        let sql = format!(
            "SELECT {} FROM person WHERE household_id = ?1 \
             ORDER BY household_relation IS NOT 'head', date_of_birth",
            super::person::PERSON_COLUMNS
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map([household_id], super::person::person_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records a visit (made by `visit.operator`).
    pub fn insert_visit(&mut self, visit: &Visit, stamp: &Stamp) -> Result<i64, StoreError> {
        self.batch(stamp, |b| {
            let id = b.insert_visit(visit)?;
            b.audit("create", "visit", Some(id), "")?;
            Ok(id)
        })
    }

    /// A person's visits, newest first.
    pub fn visits_of(&self, person_id: i64) -> Result<Vec<Visit>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT id, person_id, visited_on, service_id, reason, note, operator, created_at \
             FROM visit WHERE person_id = ?1 ORDER BY visited_on DESC, id DESC",
        )?;
        let rows = stmt.query_map([person_id], |row| {
            Ok(Visit {
                id: row.get(0)?,
                person_id: row.get(1)?,
                visited_on: row.get(2)?,
                service_id: row.get(3)?,
                reason: row.get(4)?,
                note: row.get(5)?,
                operator: row.get(6)?,
                created_at: row.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
