//! The queue's writes: new tickets with the day's next number, the atomic call of the
//! next ticket, every state change with its event, the end of the day, the service lines and the queue's settings.
//!
//! Every change is one IMMEDIATE transaction that also writes a `ticket_event` (time,
//! operator, desk): history is only ever added to. Edits of a ticket name the version
//! they read and are refused if another desk changed it since.

mod links;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, Transaction, params};

use super::referral::insert_referral_in;
use super::ticket::{TICKET_COLUMNS, insert_event_in, ticket_from_row};
use super::{Stamp, Store, StoreError, audit};
use crate::domain::codes::{ReferralState, TicketState, Urgency, Vulnerability, join_codes};
use crate::domain::queue::{Move, QueueSettings, keeps_desk, next_state, ticket_number};
use crate::domain::records::{Referral, Ticket, TicketEvent};

/// What the receptionist fills in for a new ticket.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewTicket {
    pub service_id: i64,
    pub person_id: Option<i64>,
    /// A first name or a short description, for a walk-in not (yet) registered.
    pub label: String,
    pub reason: String,
    pub priority: Vec<Vulnerability>,
    pub urgent: bool,
    pub triage_note: String,
    pub interpreter_language: Option<String>,
}

/// A ticket the waiting-room board shows: number and desk, nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Called {
    pub number: String,
    pub desk: Option<i64>,
    pub called_at: NaiveDateTime,
}

/// The ORDER BY of waiting tickets; the same rule as `domain::queue::order_key`.
/// `?lead` is the priority lead in seconds.
const WAITING_ORDER: &str = "t.urgent DESC, \
    CAST(strftime('%s', COALESCE(a.starts_at, t.arrived_at)) AS INTEGER) \
      - CASE WHEN t.priority <> '' THEN :lead ELSE 0 END, \
    t.id";

fn ticket_in(tx: &Transaction<'_>, id: i64) -> Result<Ticket, StoreError> {
    let sql = format!("SELECT {TICKET_COLUMNS} FROM ticket WHERE id = ?1");
    tx.query_row(&sql, [id], ticket_from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            entity: "ticket",
            id,
        })
}

/// The ticket as read for a move, and the state the move leads to: refused if another
/// desk changed it since `version` was read, or if the move is not allowed from its
/// state.
fn ticket_for_move(
    tx: &Transaction<'_>,
    id: i64,
    version: i64,
    mv: Move,
) -> Result<(Ticket, TicketState), StoreError> {
    let ticket = ticket_in(tx, id)?;
    if ticket.version != version {
        return Err(StoreError::Conflict {
            entity: "ticket",
            id,
        });
    }
    let to = next_state(ticket.state, mv).ok_or_else(|| {
        StoreError::NotAllowed(format!(
            "ticket {} cannot go from {} by {}",
            ticket.number,
            ticket.state,
            mv.code()
        ))
    })?;
    Ok((ticket, to))
}

fn event(
    ticket_id: i64,
    stamp: &Stamp,
    from: Option<TicketState>,
    to: TicketState,
    desk: Option<i64>,
    note: &str,
) -> TicketEvent {
    TicketEvent {
        ticket_id,
        at: stamp.at,
        from_state: from,
        to_state: to,
        desk,
        operator: stamp.operator.clone(),
        note: note.to_string(),
    }
}

/// A referral was made from ticket `id` for `person_id`: if the ticket is at a desk
/// (called or in service) and is that person's (or nobody's), it becomes referred,
/// with its event, in the referral's own transaction. Returns the new state, or
/// `None` when the ticket was left as it was (already finished, still waiting, or
/// another person's).
pub(crate) fn refer_ticket_in(
    tx: &Transaction<'_>,
    id: i64,
    person_id: i64,
    stamp: &Stamp,
) -> Result<Option<TicketState>, StoreError> {
    let ticket = ticket_in(tx, id)?;
    if ticket.person_id.is_some_and(|p| p != person_id) {
        return Ok(None);
    }
    let Some(to) = next_state(ticket.state, Move::Refer) else {
        return Ok(None);
    };
    tx.execute(
        "UPDATE ticket SET state = ?2, person_id = ?3, finished_at = ?4, \
         version = version + 1 WHERE id = ?1",
        params![id, to.code(), person_id, stamp.at],
    )?;
    insert_event_in(
        tx,
        &event(
            id,
            stamp,
            Some(ticket.state),
            to,
            ticket.desk,
            Move::Refer.code(),
        ),
    )?;
    Ok(Some(to))
}

/// Inserts a waiting ticket with the day's next number for its service's prefix.
pub(super) fn create_in(
    tx: &Transaction<'_>,
    new: &NewTicket,
    appointment_id: Option<i64>,
    stamp: &Stamp,
) -> Result<Ticket, StoreError> {
    let prefix: String = tx
        .query_row(
            "SELECT ticket_prefix FROM service WHERE id = ?1",
            [new.service_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(StoreError::NotFound {
            entity: "service",
            id: new.service_id,
        })?;
    let day = stamp.at.date();
    // The numbers of this prefix today (Α031, not ΑΣ03): GLOB on the prefix and a digit.
    let last: i64 = tx.query_row(
        "SELECT COALESCE(MAX(CAST(substr(number, length(?2) + 1) AS INTEGER)), 0) \
         FROM ticket WHERE day = ?1 AND number GLOB ?2 || '[0-9]*'",
        params![day, prefix],
        |r| r.get(0),
    )?;
    let seq = last + 1;
    let ticket = Ticket {
        id: 0,
        day,
        number: ticket_number(&prefix, seq),
        seq,
        service_id: new.service_id,
        person_id: new.person_id,
        label: new.label.trim().to_string(),
        reason: new.reason.trim().to_string(),
        priority: new.priority.clone(),
        urgent: new.urgent,
        triage_note: new.triage_note.trim().to_string(),
        interpreter_language: new
            .interpreter_language
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        appointment_id,
        state: TicketState::Waiting,
        desk: None,
        arrived_at: stamp.at,
        called_at: None,
        finished_at: None,
        created_by: stamp.operator.clone(),
        version: 1,
    };
    let id = super::ticket::insert_ticket_in(tx, &ticket)?;
    insert_event_in(
        tx,
        &event(id, stamp, None, TicketState::Waiting, None, "new"),
    )?;
    audit::record_in(tx, stamp, "create", "ticket", Some(id), &ticket.number)?;
    Ok(Ticket { id, ..ticket })
}

impl Store {
    /// The queue's settings (defaults for missing or unreadable values).
    pub fn queue_settings(&self) -> Result<QueueSettings, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT key, value FROM setting WHERE key LIKE 'queue.%'")?;
        let pairs = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(QueueSettings::from_pairs(
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        ))
    }

    /// A new waiting ticket with the day's next number for its service's prefix; the
    /// number is taken inside the same IMMEDIATE transaction, so two desks never get
    /// the same one.
    pub fn create_ticket(&mut self, new: &NewTicket, stamp: &Stamp) -> Result<Ticket, StoreError> {
        self.write(|tx| create_in(tx, new, None, stamp))
    }

    pub fn ticket(&self, id: i64) -> Result<Option<Ticket>, StoreError> {
        let sql = format!("SELECT {TICKET_COLUMNS} FROM ticket WHERE id = ?1");
        Ok(self
            .conn()
            .query_row(&sql, [id], ticket_from_row)
            .optional()?)
    }

    /// Claims the next waiting ticket of `day` for `desk`, among `service_ids` (all
    /// lines when empty). The claim is ONE statement — an UPDATE whose WHERE picks the
    /// first waiting ticket and checks it is still waiting — so two desks calling at
    /// the same instant never get the same ticket. `None` when nobody waits.
    pub fn call_next(
        &mut self,
        day: NaiveDate,
        desk: Option<i64>,
        service_ids: &[i64],
        stamp: &Stamp,
    ) -> Result<Option<Ticket>, StoreError> {
        let lead = self.queue_settings()?.priority_lead_minutes * 60;
        let lines = serde_json::to_string(service_ids).unwrap_or_else(|_| "[]".into());
        self.write(|tx| {
            let sql = format!(
                "UPDATE ticket SET state = 'called', desk = :desk, called_at = :at, \
                 version = version + 1 \
                 WHERE id = (SELECT t.id FROM ticket t \
                     LEFT JOIN appointment a ON a.id = t.appointment_id \
                     WHERE t.state = 'waiting' AND t.day = :day \
                       AND (json_array_length(:lines) = 0 \
                            OR t.service_id IN (SELECT value FROM json_each(:lines))) \
                     ORDER BY {WAITING_ORDER} LIMIT 1) \
                   AND state = 'waiting' \
                 RETURNING id"
            );
            let id: Option<i64> = tx
                .prepare_cached(&sql)?
                .query_row(
                    rusqlite::named_params! {
                        ":desk": desk,
                        ":at": stamp.at,
                        ":day": day,
                        ":lines": lines,
                        ":lead": lead,
                    },
                    |r| r.get(0),
                )
                .optional()?;
            let Some(id) = id else {
                return Ok(None);
            };
            insert_event_in(
                tx,
                &event(
                    id,
                    stamp,
                    Some(TicketState::Waiting),
                    TicketState::Called,
                    desk,
                    Move::Call.code(),
                ),
            )?;
            Ok(Some(ticket_in(tx, id)?))
        })
    }

    /// Waiting tickets of `day` in the order call-next takes them.
    pub fn waiting_in_order(&self, day: NaiveDate) -> Result<Vec<Ticket>, StoreError> {
        let lead = self.queue_settings()?.priority_lead_minutes * 60;
        let cols = TICKET_COLUMNS
            .split(", ")
            .map(|c| format!("t.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {cols} FROM ticket t LEFT JOIN appointment a ON a.id = t.appointment_id \
             WHERE t.state = 'waiting' AND t.day = :day ORDER BY {WAITING_ORDER}"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(
            rusqlite::named_params! { ":day": day, ":lead": lead },
            ticket_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One state change of a ticket (not transfer: see [`Store::transfer_ticket`]),
    /// refused if the move is not allowed from its state or if it changed since
    /// `version` was read.
    pub fn move_ticket(
        &mut self,
        id: i64,
        version: i64,
        mv: Move,
        desk: Option<i64>,
        stamp: &Stamp,
    ) -> Result<Ticket, StoreError> {
        self.write(|tx| {
            let (ticket, to) = ticket_for_move(tx, id, version, mv)?;
            let desk = if keeps_desk(to) {
                desk.or(ticket.desk)
            } else {
                None
            };
            let called_at = match mv {
                Move::Call | Move::Recall => Some(stamp.at),
                _ => ticket.called_at,
            };
            let finished_at = if crate::domain::queue::is_final(to) {
                Some(stamp.at)
            } else {
                None
            };
            tx.execute(
                "UPDATE ticket SET state = ?2, desk = ?3, called_at = ?4, finished_at = ?5, \
                 version = version + 1 WHERE id = ?1 AND version = ?6",
                params![id, to.code(), desk, called_at, finished_at, version],
            )?;
            insert_event_in(
                tx,
                &event(id, stamp, Some(ticket.state), to, desk, mv.code()),
            )?;
            ticket_in(tx, id)
        })
    }

    /// Moves a ticket to another service line, waiting again there with its arrival
    /// time and number kept. Recorded as an event and, for a registered person, as an
    /// internal referral (accepted: the line has taken the person into its queue).
    pub fn transfer_ticket(
        &mut self,
        id: i64,
        version: i64,
        to_service: i64,
        stamp: &Stamp,
    ) -> Result<Ticket, StoreError> {
        self.write(|tx| {
            let (ticket, to) = ticket_for_move(tx, id, version, Move::Transfer)?;
            let codes: (String, String) = tx.query_row(
                "SELECT (SELECT code FROM service WHERE id = ?1), code FROM service WHERE id = ?2",
                params![ticket.service_id, to_service],
                |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                        r.get(1)?,
                    ))
                },
            )?;
            tx.execute(
                "UPDATE ticket SET state = ?2, desk = NULL, service_id = ?3, called_at = NULL, \
                 version = version + 1 WHERE id = ?1 AND version = ?4",
                params![id, to.code(), to_service, version],
            )?;
            let note = format!("transfer:{}>{}", codes.0, codes.1);
            insert_event_in(
                tx,
                &event(id, stamp, Some(ticket.state), to, ticket.desk, &note),
            )?;
            if let Some(person_id) = ticket.person_id {
                insert_referral_in(
                    tx,
                    &Referral {
                        id: 0,
                        person_id,
                        service_id: to_service,
                        ticket_id: Some(id),
                        reason: ticket.reason.clone(),
                        urgency: if ticket.urgent {
                            Urgency::Urgent
                        } else {
                            Urgency::Routine
                        },
                        note: String::new(),
                        state: ReferralState::Accepted,
                        state_reason: "queue transfer".into(),
                        follow_up_on: None,
                        consent_override: false,
                        created_at: stamp.at,
                        created_by: stamp.operator.clone(),
                        updated_at: stamp.at,
                        updated_by: stamp.operator.clone(),
                        version: 1,
                    },
                )?;
            }
            audit::record_in(tx, stamp, "transfer", "ticket", Some(id), &note)?;
            ticket_in(tx, id)
        })
    }

    /// The end of `day`: every ticket still waiting (on that day or before) is closed
    /// as not seen, with its event, and booked appointments of the day are marked as
    /// no-shows. Returns how many tickets were closed.
    pub fn close_day(&mut self, day: NaiveDate, stamp: &Stamp) -> Result<usize, StoreError> {
        self.write(|tx| {
            let ids: Vec<i64> = tx
                .prepare("SELECT id FROM ticket WHERE state = 'waiting' AND day <= ?1")?
                .query_map([day], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            for &id in &ids {
                tx.execute(
                    "UPDATE ticket SET state = 'not-seen', finished_at = ?2, \
                     version = version + 1 WHERE id = ?1",
                    params![id, stamp.at],
                )?;
                insert_event_in(
                    tx,
                    &event(
                        id,
                        stamp,
                        Some(TicketState::Waiting),
                        TicketState::NotSeen,
                        None,
                        "end-of-day",
                    ),
                )?;
            }
            // Only appointments whose time has come: a no-show is never marked early.
            let cutoff = stamp
                .at
                .min(day.and_time(chrono::NaiveTime::MIN) + chrono::Duration::days(1));
            tx.execute(
                "DELETE FROM appointment_hold WHERE appointment_id IN \
                 (SELECT id FROM appointment WHERE state = 'booked' AND starts_at <= ?1)",
                [cutoff],
            )?;
            tx.execute(
                "UPDATE appointment SET state = 'no-show', updated_at = ?2, updated_by = ?3, \
                 version = version + 1 WHERE state = 'booked' AND starts_at <= ?1",
                params![cutoff, stamp.at, stamp.operator],
            )?;
            audit::record_in(
                tx,
                stamp,
                "close-day",
                "queue",
                None,
                &format!("{day} {}", ids.len()),
            )?;
            Ok(ids.len())
        })
    }

    /// The last tickets called on `day`, most recent first (the waiting-room board).
    pub fn last_called(&self, day: NaiveDate, limit: usize) -> Result<Vec<Called>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT number, desk, called_at FROM ticket \
             WHERE day = ?1 AND called_at IS NOT NULL AND state IN ('called', 'in-service', 'done', 'referred') \
             ORDER BY called_at DESC, id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![day, limit as i64], |r| {
            Ok(Called {
                number: r.get(0)?,
                desk: r.get(1)?,
                called_at: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Joins a ticket's flags for display (`single-parent,pregnancy`).
    pub fn priority_codes(ticket: &Ticket) -> String {
        join_codes(&ticket.priority, Vulnerability::code)
    }
}
