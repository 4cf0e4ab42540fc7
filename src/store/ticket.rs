//! Queue tickets and their history.

use chrono::NaiveDate;
use rusqlite::{Row, Transaction, params};

use super::{Batch, Stamp, Store, StoreError, audit, decode};
use crate::domain::codes::{TicketState, Vulnerability, join_codes, split_codes};
use crate::domain::records::{Ticket, TicketEvent};

pub(crate) const TICKET_COLUMNS: &str = "id, day, number, seq, service_id, person_id, label, reason, \
    priority, urgent, triage_note, interpreter_language, appointment_id, state, desk, \
    arrived_at, called_at, finished_at, created_by, version";

fn state_of(text: String) -> rusqlite::Result<TicketState> {
    decode(&text, TicketState::from_code)
}

pub(crate) fn ticket_from_row(row: &Row<'_>) -> rusqlite::Result<Ticket> {
    Ok(Ticket {
        id: row.get(0)?,
        day: row.get(1)?,
        number: row.get(2)?,
        seq: row.get(3)?,
        service_id: row.get(4)?,
        person_id: row.get(5)?,
        label: row.get(6)?,
        reason: row.get(7)?,
        priority: split_codes(&row.get::<_, String>(8)?, Vulnerability::from_code),
        urgent: row.get(9)?,
        triage_note: row.get(10)?,
        interpreter_language: row.get(11)?,
        appointment_id: row.get(12)?,
        state: state_of(row.get(13)?)?,
        desk: row.get(14)?,
        arrived_at: row.get(15)?,
        called_at: row.get(16)?,
        finished_at: row.get(17)?,
        created_by: row.get(18)?,
        version: row.get(19)?,
    })
}

/// Inserts a ticket exactly as given (number, state and times) with its first event.
pub(crate) fn insert_ticket_in(tx: &Transaction<'_>, ticket: &Ticket) -> Result<i64, StoreError> {
    tx.prepare_cached(
        "INSERT INTO ticket (day, number, seq, service_id, person_id, label, reason, priority, \
         urgent, triage_note, interpreter_language, appointment_id, state, desk, arrived_at, \
         called_at, finished_at, created_by) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    )?
    .execute(params![
        ticket.day,
        ticket.number,
        ticket.seq,
        ticket.service_id,
        ticket.person_id,
        ticket.label,
        ticket.reason,
        join_codes(&ticket.priority, Vulnerability::code),
        ticket.urgent,
        ticket.triage_note,
        ticket.interpreter_language,
        ticket.appointment_id,
        ticket.state.code(),
        ticket.desk,
        ticket.arrived_at,
        ticket.called_at,
        ticket.finished_at,
        ticket.created_by
    ])?;
    Ok(tx.last_insert_rowid())
}

pub(crate) fn insert_event_in(tx: &Transaction<'_>, event: &TicketEvent) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO ticket_event (ticket_id, at, from_state, to_state, desk, operator, note) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        event.ticket_id,
        event.at,
        event.from_state.map(TicketState::code),
        event.to_state.code(),
        event.desk,
        event.operator,
        event.note
    ])?;
    Ok(())
}

impl Batch<'_> {
    /// Stores a ticket exactly as given, with the events that led to its state.
    pub fn insert_ticket_with_history(
        &mut self,
        ticket: &Ticket,
        history: &[TicketEvent],
    ) -> Result<i64, StoreError> {
        let id = insert_ticket_in(self.tx, ticket)?;
        for event in history {
            insert_event_in(
                self.tx,
                &TicketEvent {
                    ticket_id: id,
                    ..event.clone()
                },
            )?;
        }
        Ok(id)
    }
}

impl Store {
    /// Stores a ticket with the events that led to its state (demo data, imports).
    pub fn insert_ticket_with_history(
        &mut self,
        ticket: &Ticket,
        history: &[TicketEvent],
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        self.write(|tx| {
            let id = insert_ticket_in(tx, ticket)?;
            for event in history {
                insert_event_in(
                    tx,
                    &TicketEvent {
                        ticket_id: id,
                        ..event.clone()
                    },
                )?;
            }
            audit::record_in(tx, stamp, "create", "ticket", Some(id), &ticket.number)?;
            Ok(id)
        })
    }

    /// A day's tickets in arrival order.
    pub fn tickets_on(&self, day: NaiveDate) -> Result<Vec<Ticket>, StoreError> {
        let sql =
            format!("SELECT {TICKET_COLUMNS} FROM ticket WHERE day = ?1 ORDER BY arrived_at, id");
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map([day], ticket_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A ticket's history, oldest first.
    pub fn ticket_history(&self, ticket_id: i64) -> Result<Vec<TicketEvent>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT ticket_id, at, from_state, to_state, desk, operator, note FROM ticket_event \
             WHERE ticket_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([ticket_id], |row| {
            Ok(TicketEvent {
                ticket_id: row.get(0)?,
                at: row.get(1)?,
                from_state: row.get::<_, Option<String>>(2)?.map(state_of).transpose()?,
                to_state: state_of(row.get(3)?)?,
                desk: row.get(4)?,
                operator: row.get(5)?,
                note: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
