//! Intake: saving a person from the form in one transaction (household link and "not
//! the same person" decisions included), and the centre's intake settings.

use rusqlite::{OptionalExtension, params};

use super::{Stamp, Store, StoreError, audit, person};
use crate::domain::codes::Relation;
use crate::domain::person::Person;

/// What one save of the intake form writes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntakeSave {
    /// The person; `id == 0` registers a new one, else an edit from `person.version`.
    pub person: Person,
    /// Join the household of this person (created around them if they have none).
    pub household_with: Option<i64>,
    /// People the operator said are not this person.
    pub distinct_from: Vec<i64>,
}

/// The setting that lists the fields kept without consent (comma-separated names).
pub const CONSENT_MINIMUM_SETTING: &str = "consent_minimum";

impl Store {
    /// Saves the form: all of it or nothing. Returns the person's id and new version.
    /// An edit from a stale version fails with `Conflict` and changes nothing.
    pub fn save_intake(
        &mut self,
        save: &IntakeSave,
        stamp: &Stamp,
    ) -> Result<(i64, i64), StoreError> {
        self.write(|tx| {
            let mut p = save.person.clone();
            if let Some(anchor) = save.household_with.filter(|a| *a != p.id) {
                let found: Option<(Option<i64>, String, Option<String>)> = tx
                    .query_row(
                        "SELECT household_id, surname, address FROM person WHERE id = ?1",
                        [anchor],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()?;
                let Some((household, surname, address)) = found else {
                    return Err(StoreError::NotFound {
                        entity: "person",
                        id: anchor,
                    });
                };
                let household = match household {
                    Some(h) => h,
                    None => {
                        tx.execute(
                            "INSERT INTO household (label, address, created_at) VALUES (?1, ?2, ?3)",
                            params![surname, address, stamp.at],
                        )?;
                        let h = tx.last_insert_rowid();
                        tx.execute(
                            "UPDATE person SET household_id = ?1, \
                             household_relation = ifnull(household_relation, ?2), \
                             updated_at = ?3, updated_by = ?4, version = version + 1 WHERE id = ?5",
                            params![h, Relation::Head.code(), stamp.at, stamp.operator, anchor],
                        )?;
                        audit::record_in(tx, stamp, "create", "household", Some(h), "")?;
                        h
                    }
                };
                p.household_id = Some(household);
            }
            let (id, version) = if p.id == 0 {
                let id = person::insert_in(tx, &p, stamp)?;
                audit::record_in(tx, stamp, "create", "person", Some(id), "")?;
                (id, 1)
            } else {
                (p.id, person::update_in(tx, &p, stamp)?)
            };
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO person_distinct (a, b, decided_by, decided_at) \
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for other in &save.distinct_from {
                if *other != id {
                    let (a, b) = (id.min(*other), id.max(*other));
                    insert.execute(params![a, b, stamp.operator, stamp.at])?;
                }
            }
            Ok((id, version))
        })
    }

    /// Records that two people are not the same person.
    pub fn mark_distinct(&mut self, a: i64, b: i64, stamp: &Stamp) -> Result<(), StoreError> {
        if a == b {
            return Ok(());
        }
        self.write(|tx| {
            tx.execute(
                "INSERT OR IGNORE INTO person_distinct (a, b, decided_by, decided_at) \
                 VALUES (?1, ?2, ?3, ?4)",
                params![a.min(b), a.max(b), stamp.operator, stamp.at],
            )?;
            Ok(())
        })
    }

    /// The people an operator said are not `id`.
    pub fn distinct_from(&self, id: i64) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT b FROM person_distinct WHERE a = ?1 UNION SELECT a FROM person_distinct WHERE b = ?1",
        )?;
        let ids = stmt.query_map([id], |r| r.get(0))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }

    /// The household of a person and its members (for the person's card), head first.
    pub fn household_of(&self, person_id: i64) -> Result<Vec<Person>, StoreError> {
        let household: Option<Option<i64>> = self
            .conn()
            .query_row(
                "SELECT household_id FROM person WHERE id = ?1",
                [person_id],
                |r| r.get(0),
            )
            .optional()?;
        match household.flatten() {
            Some(h) => self.household_members(h),
            None => Ok(Vec::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        (dir, store)
    }

    fn named(surname: &str, given: &str) -> Person {
        Person {
            surname: surname.into(),
            given_name: given.into(),
            ..Person::default()
        }
    }

    #[test]
    fn joining_a_household_creates_it_around_the_first_member() {
        let (_d, mut store) = store();
        let stamp = Stamp::now("tester");
        let (head, _) = store
            .save_intake(
                &IntakeSave {
                    person: named("Rezaei", "Mohammad"),
                    ..Default::default()
                },
                &stamp,
            )
            .unwrap();
        let mut child = named("Rezaei", "Sara");
        child.household_relation = Some(Relation::Child);
        let (kid, version) = store
            .save_intake(
                &IntakeSave {
                    person: child,
                    household_with: Some(head),
                    distinct_from: vec![head],
                },
                &stamp,
            )
            .unwrap();
        assert_eq!(version, 1);
        let members = store.household_of(kid).unwrap();
        let ids: Vec<i64> = members.iter().map(|p| p.id).collect();
        assert_eq!(ids, vec![head, kid]);
        assert_eq!(members[0].household_relation, Some(Relation::Head));
        assert_eq!(store.household_of(head).unwrap().len(), 2);
        assert_eq!(store.distinct_from(head).unwrap(), vec![kid]);
        assert_eq!(store.distinct_from(kid).unwrap(), vec![head]);
    }

    #[test]
    fn a_stale_edit_writes_nothing() {
        let (_d, mut store) = store();
        let stamp = Stamp::now("tester");
        let (id, _) = store
            .save_intake(
                &IntakeSave {
                    person: named("A", "B"),
                    ..Default::default()
                },
                &stamp,
            )
            .unwrap();
        let mut first = store.person(id).unwrap().unwrap();
        let mut second = first.clone();
        first.notes = "one".into();
        assert_eq!(
            store
                .save_intake(
                    &IntakeSave {
                        person: first,
                        ..Default::default()
                    },
                    &stamp
                )
                .unwrap(),
            (id, 2)
        );
        second.notes = "two".into();
        let other = store
            .save_intake(
                &IntakeSave {
                    person: named("C", "D"),
                    ..Default::default()
                },
                &stamp,
            )
            .unwrap()
            .0;
        let err = store
            .save_intake(
                &IntakeSave {
                    person: second,
                    distinct_from: vec![other],
                    ..Default::default()
                },
                &stamp,
            )
            .unwrap_err();
        assert!(matches!(err, StoreError::Conflict { .. }), "{err:?}");
        assert_eq!(store.person(id).unwrap().unwrap().notes, "one");
        assert!(store.distinct_from(id).unwrap().is_empty());
    }

    #[test]
    fn settings_round_trip() {
        let (_d, mut store) = store();
        assert_eq!(store.setting(CONSENT_MINIMUM_SETTING).unwrap(), None);
        store
            .set_setting(CONSENT_MINIMUM_SETTING, "phone", &Stamp::now("admin"))
            .unwrap();
        assert_eq!(
            store.setting(CONSENT_MINIMUM_SETTING).unwrap().as_deref(),
            Some("phone")
        );
    }
}
