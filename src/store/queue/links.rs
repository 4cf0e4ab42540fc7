//! Linking a ticket to a person: a registered one, or one registered for it at intake.

use super::*;

impl Store {
    /// Links a ticket to a registered person (an anonymous walk-in after intake).
    pub fn link_ticket(
        &mut self,
        id: i64,
        version: i64,
        person_id: i64,
        stamp: &Stamp,
    ) -> Result<Ticket, StoreError> {
        self.write(|tx| {
            let ticket = ticket_in(tx, id)?;
            let changed = tx.execute(
                "UPDATE ticket SET person_id = ?2, version = version + 1 \
                 WHERE id = ?1 AND version = ?3",
                params![id, person_id, version],
            )?;
            if changed == 0 {
                return Err(StoreError::Conflict {
                    entity: "ticket",
                    id,
                });
            }
            insert_event_in(
                tx,
                &event(
                    id,
                    stamp,
                    Some(ticket.state),
                    ticket.state,
                    ticket.desk,
                    "link",
                ),
            )?;
            audit::record_in(tx, stamp, "link", "ticket", Some(id), &ticket.number)?;
            ticket_in(tx, id)
        })
    }

    /// Links a ticket to a person just registered from it, unless another desk linked
    /// it to someone meanwhile (then `Conflict`). No version is needed: the check is
    /// that the ticket still has no person.
    pub fn link_new_person(
        &mut self,
        id: i64,
        person_id: i64,
        stamp: &Stamp,
    ) -> Result<Ticket, StoreError> {
        let Some(ticket) = self.ticket(id)? else {
            return Err(StoreError::NotFound {
                entity: "ticket",
                id,
            });
        };
        match ticket.person_id {
            Some(p) if p == person_id => return Ok(ticket),
            Some(_) => {
                return Err(StoreError::Conflict {
                    entity: "ticket",
                    id,
                });
            }
            None => {}
        }
        self.link_ticket(id, ticket.version, person_id, stamp)
    }
}
