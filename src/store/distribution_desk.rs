//! What the distribution desk reads and writes beyond the rules' own calls: the
//! households enrolled in a programme with where each stands this period, and
//! enrolling the household of a person (a household of one made for someone who has
//! none, in the same transaction).

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::distribution::{
    ENROLMENT_COLUMNS, check_enrolment, enrolment_from_row, enrolment_in, insert_enrolment_in,
    standing_in,
};
use super::{DistributionFailure, Stamp, Standing, Store, StoreError, audit};
use crate::domain::distribution::Enrolment;

/// A household enrolled in a programme, as the desk lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct EnrolledHousehold {
    /// The household's label, else its first member's name.
    pub name: String,
    pub members: u32,
    /// A member to stand for the household (the first registered).
    pub person_id: Option<i64>,
    pub standing: Standing,
}

impl Store {
    /// Every household enrolled in the programme (its latest enrolment), where each
    /// stands on `day`, by name.
    pub fn programme_households(
        &self,
        programme_id: i64,
        day: NaiveDate,
    ) -> Result<Vec<EnrolledHousehold>, StoreError> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {ENROLMENT_COLUMNS} FROM programme_enrolment WHERE programme_id = ?1 \
             ORDER BY household_id, valid_to DESC, id DESC"
        ))?;
        let list = stmt
            .query_map([programme_id], enrolment_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        let mut about = self.conn().prepare_cached(
            "SELECT h.label, (SELECT count(*) FROM person p WHERE p.household_id = h.id), \
               (SELECT p.id FROM person p WHERE p.household_id = h.id ORDER BY p.id LIMIT 1), \
               (SELECT p.surname || ' ' || p.given_name FROM person p \
                WHERE p.household_id = h.id ORDER BY p.id LIMIT 1) \
             FROM household h WHERE h.id = ?1",
        )?;
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for e in list {
            if !seen.insert(e.household_id) {
                continue;
            }
            let (label, members, person_id, first): (String, u32, Option<i64>, Option<String>) =
                about
                    .query_row([e.household_id], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                    })
                    .optional()?
                    .unwrap_or((String::new(), 0, None, None));
            let name = if label.trim().is_empty() {
                first.unwrap_or_else(|| format!("#{}", e.household_id))
            } else {
                label
            };
            out.push(EnrolledHousehold {
                name,
                members,
                person_id,
                standing: standing_in(self.conn(), e, day)?,
            });
        }
        out.sort_by(|a, b| {
            a.name
                .cmp(&b.name)
                .then(a.standing.enrolment.id.cmp(&b.standing.enrolment.id))
        });
        Ok(out)
    }

    /// Enrols the household of `person_id` (`e.household_id` is ignored): someone
    /// without a household gets one of their own, in the same transaction, so the
    /// decision is never stored without the household it is about.
    pub fn enrol_household_of(
        &mut self,
        person_id: i64,
        e: &Enrolment,
        stamp: &Stamp,
    ) -> Result<Enrolment, DistributionFailure> {
        check_enrolment(e)?;
        let id = self.write(|tx| {
            let (household, surname): (Option<i64>, String) = tx
                .query_row(
                    "SELECT household_id, surname FROM person WHERE id = ?1",
                    [person_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or(StoreError::NotFound {
                    entity: "person",
                    id: person_id,
                })?;
            let household = match household {
                Some(h) => h,
                None => {
                    tx.execute(
                        "INSERT INTO household (label, notes, created_at) VALUES (?1, '', ?2)",
                        params![surname, stamp.at],
                    )?;
                    let h = tx.last_insert_rowid();
                    tx.execute(
                        "UPDATE person SET household_id = ?2, version = version + 1, \
                         updated_at = ?3, updated_by = ?4 WHERE id = ?1",
                        params![person_id, h, stamp.at, stamp.operator],
                    )?;
                    audit::record_in(tx, stamp, "create", "household", Some(h), "")?;
                    h
                }
            };
            let e = Enrolment {
                household_id: household,
                ..e.clone()
            };
            insert_enrolment_in(tx, &e, stamp)
        })?;
        Ok(enrolment_in(self.conn(), id)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::person::Person;

    #[test]
    fn a_person_without_a_household_gets_one_with_the_enrolment() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        let stamp = Stamp::now("t");
        let id = store
            .insert_person(
                &Person {
                    surname: "Ρεζάι".into(),
                    given_name: "Αλί".into(),
                    ..Person::default()
                },
                &stamp,
            )
            .unwrap();
        let grocery = store.programme_by_code("grocery").unwrap().unwrap();
        let day = stamp.at.date();
        let e = Enrolment {
            id: 0,
            programme_id: grocery.id,
            household_id: 0,
            decided_on: day,
            valid_from: day,
            valid_to: day + chrono::Duration::days(30),
            allowance: 50,
            note: String::new(),
            version: 0,
        };
        let made = store.enrol_household_of(id, &e, &stamp).unwrap();
        let person = store.person(id).unwrap().unwrap();
        assert_eq!(person.household_id, Some(made.household_id));
        let listed = store.programme_households(grocery.id, day).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].name, "Ρεζάι");
        assert_eq!(listed[0].members, 1);
        assert_eq!(listed[0].standing.left, 50);
        // Nonsense dates are refused before anything is written.
        let bad = Enrolment {
            valid_to: day - chrono::Duration::days(1),
            ..e
        };
        assert!(matches!(
            store.enrol_household_of(id, &bad, &stamp),
            Err(DistributionFailure::BadEnrolment)
        ));
        assert_eq!(
            store.programme_households(grocery.id, day).unwrap().len(),
            1
        );
    }
}
