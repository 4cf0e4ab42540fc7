//! Seeded history: many tickets, visits, referrals and appointments written at once,
//! with the lookup's recency refreshed once per batch instead of once per visit.

use chrono::NaiveDate;
use rusqlite::params;

use super::appointment::insert_appointment_in;
use super::referral::insert_referral_in;
use super::ticket::{insert_event_in, insert_ticket_in};
use super::{Stamp, Store, StoreError};
use crate::domain::records::{Appointment, Contact, Referral, TicketEvent};

impl Store {
    /// The highest ticket sequence used per (day, prefix), so seeded history can
    /// number its tickets after what is stored.
    pub fn used_ticket_numbers(&self) -> Result<Vec<(NaiveDate, String, i64)>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT t.day, s.ticket_prefix, max(t.seq) FROM ticket t \
             JOIN service s ON s.id = t.service_id GROUP BY t.day, s.ticket_prefix",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Writes one batch of seeded history in one transaction: each contact's booking,
    /// ticket and events, visit and referral (linked by the ids they get), the other
    /// bookings, then the last-visit date and lookup recency of `people` (an id range).
    pub fn insert_seed_history(
        &mut self,
        contacts: &[Contact],
        bookings: &[Appointment],
        people: std::ops::RangeInclusive<i64>,
        stamp: &Stamp,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            for contact in contacts {
                let appointment_id = match &contact.appointment {
                    Some(a) => Some(insert_appointment_in(tx, a, stamp)?),
                    None => None,
                };
                let mut ticket = contact.ticket.clone();
                ticket.appointment_id = appointment_id;
                let ticket_id = insert_ticket_in(tx, &ticket)?;
                for event in &contact.events {
                    insert_event_in(
                        tx,
                        &TicketEvent {
                            ticket_id,
                            ..event.clone()
                        },
                    )?;
                }
                if let Some(visit) = &contact.visit {
                    tx.prepare_cached(
                        "INSERT INTO visit (person_id, visited_on, service_id, reason, note, \
                         operator, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    )?
                    .execute(params![
                        visit.person_id,
                        visit.visited_on,
                        visit.service_id,
                        visit.reason,
                        visit.note,
                        visit.operator,
                        visit.created_at
                    ])?;
                }
                if let Some(referral) = &contact.referral {
                    insert_referral_in(
                        tx,
                        &Referral {
                            ticket_id: Some(ticket_id),
                            ..referral.clone()
                        },
                    )?;
                }
            }
            for booking in bookings {
                insert_appointment_in(tx, booking, stamp)?;
            }
            let (first, last) = (*people.start(), *people.end());
            tx.execute(
                "UPDATE person SET last_visit_on = \
                 (SELECT max(visited_on) FROM visit WHERE person_id = person.id) \
                 WHERE id BETWEEN ?1 AND ?2",
                [first, last],
            )?;
            for table in ["person_key", "person_pair"] {
                tx.execute(
                    &format!(
                        "UPDATE {table} SET recency = (SELECT ifnull(last_visit_on, '') \
                         FROM person WHERE id = {table}.person_id) \
                         WHERE person_id BETWEEN ?1 AND ?2"
                    ),
                    [first, last],
                )?;
            }
            Ok(())
        })
    }
}
