//! The person's card as one read: what it shows, and the audit row of the viewing,
//! in one transaction, so the row exists exactly when the card was read.

use chrono::NaiveDate;
use rusqlite::{Transaction, TransactionBehavior};

use super::{Stamp, Store, StoreError, audit};
use crate::domain::access::Viewer;
use crate::domain::records::PersonCard;

impl Store {
    /// Opens the card of person `id` for `viewer`: reads it and writes the `view`
    /// audit row in one IMMEDIATE transaction. `None` when nobody has that id (and
    /// then nothing is written). `today` picks the tickets shown.
    pub fn person_card(
        &mut self,
        id: i64,
        viewer: &Viewer,
        at: chrono::NaiveDateTime,
        today: NaiveDate,
    ) -> Result<Option<PersonCard>, StoreError> {
        // An unchecked transaction on the shared connection lets the reads below use
        // the store's own read queries inside it.
        let tx = Transaction::new_unchecked(self.conn(), TransactionBehavior::Immediate)?;
        let Some(card) = self.reread_person_card(id, today)? else {
            return Ok(None); // dropping the transaction rolls it back
        };
        let stamp = Stamp {
            at,
            operator: viewer.login.clone(),
        };
        audit::record_in(&tx, &stamp, "view", "person", Some(id), "")?;
        tx.commit()?;
        Ok(Some(card))
    }

    /// The card of person `id` read again for an opening already recorded (another
    /// desk changed something): no audit row.
    pub fn reread_person_card(
        &self,
        id: i64,
        today: NaiveDate,
    ) -> Result<Option<PersonCard>, StoreError> {
        let Some(person) = self.person(id)? else {
            return Ok(None);
        };
        Ok(Some(PersonCard {
            person,
            household: self.household_of(id)?,
            visits: self.visits_of(id)?,
            referrals: self.referrals_of(id)?,
            tickets: self
                .tickets_on(today)?
                .into_iter()
                .filter(|t| t.person_id == Some(id))
                .collect(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::codes::Role;
    use crate::domain::person::Person;

    #[test]
    fn opening_a_card_reads_it_and_writes_one_view_row_together() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 15)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap();
        let stamp = Stamp {
            at,
            operator: "maria".into(),
        };
        let person = Person {
            surname: "Rezaei".into(),
            given_name: "Mohammad".into(),
            ..Person::default()
        };
        let id = store.insert_person(&person, &stamp).unwrap();
        let viewer = Viewer::new("maria", Role::Receptionist, "");
        let views = |store: &Store| {
            store
                .audit_trail("person", id)
                .unwrap()
                .iter()
                .filter(|e| e.action == "view")
                .count()
        };
        let card = store
            .person_card(id, &viewer, at, at.date())
            .unwrap()
            .unwrap();
        assert_eq!(card.person.surname, "Rezaei");
        assert_eq!(views(&store), 1);
        assert!(store.reread_person_card(id, at.date()).unwrap().is_some());
        assert_eq!(views(&store), 1);
        assert!(
            store
                .person_card(id + 100, &viewer, at, at.date())
                .unwrap()
                .is_none()
        );
        assert_eq!(store.audit_trail("person", id + 100).unwrap().len(), 0);
    }
}
