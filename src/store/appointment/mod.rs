//! Appointments: booking against a service's hours and slots, moving, cancelling,
//! no-shows, check-in (a waiting ticket carrying the appointment's priority), the
//! reminder calls; the opening hours and the centre's closed days.
//!
//! A booking reads the service's calendar and writes the appointment in ONE
//! IMMEDIATE transaction, so two desks booking at once are served one after the
//! other. Behind that, `appointment_hold` has one row per person, member of staff
//! and room per five minutes with a primary key on (resource, time): a double booking
//! cannot be stored whatever path wrote it.

mod calendar;
mod day_of;
mod holds;
mod reads;

pub use reads::Reminder;

pub use calendar::Attendees;
use calendar::{calendar_in, day_after, midnight};
use holds::{hold_in, hold_time, release_in};

use chrono::NaiveDateTime;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use super::{Batch, Stamp, Store, StoreError, audit, decode};
use crate::domain::appointments::{AppointmentMove, HoursError, Refusal, after};
use crate::domain::codes::{AppointmentState, Vulnerability, join_codes, split_codes};
use crate::domain::records::Appointment;
use crate::domain::text;

const COLUMNS: &str = "id, service_id, person_id, label, starts_at, minutes, staff, room, \
    priority, urgent, interpreter_language, phone, state, state_reason, note, reminded_at, \
    created_by, version";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Appointment> {
    let state: String = row.get(12)?;
    Ok(Appointment {
        id: row.get(0)?,
        service_id: row.get(1)?,
        person_id: row.get(2)?,
        label: row.get(3)?,
        starts_at: row.get(4)?,
        minutes: row.get(5)?,
        staff: row.get(6)?,
        room: row.get(7)?,
        priority: split_codes(&row.get::<_, String>(8)?, Vulnerability::from_code),
        urgent: row.get(9)?,
        interpreter_language: row.get(10)?,
        phone: row.get(11)?,
        state: decode(&state, AppointmentState::from_code)?,
        state_reason: row.get(13)?,
        note: row.get(14)?,
        reminded_at: row.get(15)?,
        created_by: row.get(16)?,
        version: row.get(17)?,
    })
}

/// What the receptionist fills in to book.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewAppointment {
    pub service_id: i64,
    pub person_id: Option<i64>,
    /// The name of someone not yet registered.
    pub label: String,
    pub phone: Option<String>,
    pub starts_at: Option<NaiveDateTime>,
    /// The length; the slot's own when not given.
    pub minutes: Option<u32>,
    pub staff: Option<String>,
    pub room: Option<String>,
    pub priority: Vec<Vulnerability>,
    pub urgent: bool,
    pub interpreter_language: Option<String>,
    pub note: String,
}

/// Why a booking or a change of an appointment did not happen.
#[derive(Debug)]
pub enum BookingError {
    /// The rules refuse it (see [`Refusal`]).
    Refused(Refusal),
    /// Opening hours that cannot be saved.
    Hours(HoursError),
    Store(StoreError),
}

impl std::fmt::Display for BookingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BookingError::Refused(r) => write!(f, "refused: {r}"),
            BookingError::Hours(e) => write!(f, "{e}"),
            BookingError::Store(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for BookingError {}

impl From<StoreError> for BookingError {
    fn from(e: StoreError) -> Self {
        BookingError::Store(e)
    }
}

impl From<rusqlite::Error> for BookingError {
    fn from(e: rusqlite::Error) -> Self {
        BookingError::Store(StoreError::Sql(e))
    }
}

impl From<Refusal> for BookingError {
    fn from(r: Refusal) -> Self {
        BookingError::Refused(r)
    }
}

fn trimmed(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn insert_row_in(tx: &Transaction<'_>, a: &Appointment, stamp: &Stamp) -> Result<i64, StoreError> {
    tx.prepare_cached(
        "INSERT INTO appointment (service_id, person_id, label, starts_at, minutes, ends_at, \
         staff, room, priority, urgent, interpreter_language, phone, state, state_reason, note, \
         reminded_at, created_by, created_at, updated_at, updated_by) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, \
         ?18, ?18, ?19)",
    )?
    .execute(params![
        a.service_id,
        a.person_id,
        a.label,
        a.starts_at,
        a.minutes,
        a.ends_at(),
        a.staff,
        a.room,
        join_codes(&a.priority, Vulnerability::code),
        a.urgent,
        a.interpreter_language,
        a.phone,
        a.state.code(),
        a.state_reason,
        a.note,
        a.reminded_at,
        a.created_by,
        stamp.at,
        stamp.operator,
    ])?;
    Ok(tx.last_insert_rowid())
}

/// Stores an appointment exactly as given (demo data, seeds, imports): its holds are
/// written where free, never refused.
pub(crate) fn insert_appointment_in(
    tx: &Transaction<'_>,
    appointment: &Appointment,
    stamp: &Stamp,
) -> Result<i64, StoreError> {
    let id = insert_row_in(tx, appointment, stamp)?;
    let stored = Appointment {
        id,
        ..appointment.clone()
    };
    match hold_in(tx, &stored, false) {
        Ok(()) => Ok(id),
        Err(BookingError::Store(e)) => Err(e),
        Err(other) => Err(StoreError::NotAllowed(other.to_string())),
    }
}

fn appointment_in(conn: &Connection, id: i64) -> Result<Appointment, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM appointment WHERE id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            entity: "appointment",
            id,
        })
}

/// The appointment as read for a change, refused if another desk changed it since
/// `version` was read.
fn for_change(tx: &Transaction<'_>, id: i64, version: i64) -> Result<Appointment, BookingError> {
    let a = appointment_in(tx, id)?;
    if a.version != version {
        return Err(StoreError::Conflict {
            entity: "appointment",
            id,
        }
        .into());
    }
    Ok(a)
}

/// The service must be a queue line (check-in makes a ticket on it).
fn check_line(conn: &Connection, service_id: i64) -> Result<(), BookingError> {
    let prefix: Option<String> = conn
        .prepare_cached("SELECT ticket_prefix FROM service WHERE id = ?1 AND active = 1")?
        .query_row([service_id], |r| r.get(0))
        .optional()?;
    match prefix {
        Some(p) if !p.is_empty() => Ok(()),
        _ => Err(Refusal::NoSuchLine.into()),
    }
}

/// Sets the fields a change touches and bumps the version.
fn touch_in(tx: &Transaction<'_>, a: &Appointment, stamp: &Stamp) -> Result<(), StoreError> {
    tx.prepare_cached(
        "UPDATE appointment SET starts_at = ?2, minutes = ?3, ends_at = ?4, state = ?5, \
         state_reason = ?6, reminded_at = ?7, reminded_by = CASE WHEN ?7 IS NULL THEN NULL \
         ELSE ifnull(reminded_by, ?9) END, updated_at = ?8, updated_by = ?9, \
         version = version + 1 WHERE id = ?1",
    )?
    .execute(params![
        a.id,
        a.starts_at,
        a.minutes,
        a.ends_at(),
        a.state.code(),
        a.state_reason,
        a.reminded_at,
        stamp.at,
        stamp.operator,
    ])?;
    Ok(())
}

impl Batch<'_> {
    /// Stores an appointment as given (demo data, seeds): see [`insert_appointment_in`].
    pub fn insert_appointment(&mut self, appointment: &Appointment) -> Result<i64, StoreError> {
        insert_appointment_in(self.tx, appointment, self.stamp)
    }
}

impl Store {
    /// Stores an appointment as given, audited (imports and tests).
    pub fn insert_appointment(
        &mut self,
        appointment: &Appointment,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        self.write(|tx| {
            let id = insert_appointment_in(tx, appointment, stamp)?;
            audit::record_in(tx, stamp, "create", "appointment", Some(id), "")?;
            Ok(id)
        })
    }

    /// Books an appointment: refused (with the reason) if the service is closed then,
    /// the slot is full, or the person, staff member or room is already booked.
    pub fn book(
        &mut self,
        new: &NewAppointment,
        stamp: &Stamp,
    ) -> Result<Appointment, BookingError> {
        // Text from outside (the command line, a form) is cleaned once, here.
        let line = |v: &Option<String>| v.as_deref().map(text::clean_line);
        let cleaned = NewAppointment {
            label: text::clean_line(&new.label),
            phone: line(&new.phone),
            staff: line(&new.staff),
            room: line(&new.room),
            note: text::clean_note(&new.note),
            ..new.clone()
        };
        let new = &cleaned;
        let label = new.label.clone();
        if new.person_id.is_none() && label.is_empty() {
            return Err(Refusal::NobodyNamed.into());
        }
        let Some(starts_at) = new.starts_at else {
            return Err(Refusal::OutsideHours.into());
        };
        self.write_booking(|tx| {
            check_line(tx, new.service_id)?;
            let who = Attendees {
                person_id: new.person_id,
                staff: trimmed(&new.staff),
                room: trimmed(&new.room),
            };
            let day = starts_at.date();
            let calendar = calendar_in(tx, new.service_id, day, day, &who, 0)?;
            // Outside the hours there is no slot length; the check then says why.
            let minutes = new
                .minutes
                .or_else(|| calendar.default_minutes(starts_at))
                .unwrap_or(30);
            calendar.check(starts_at, minutes, stamp.at)?;
            let mut a = Appointment::booked(new.service_id, starts_at, minutes, &stamp.operator);
            a.person_id = new.person_id;
            a.label = if new.person_id.is_some() {
                String::new()
            } else {
                label.clone()
            };
            a.phone = trimmed(&new.phone);
            a.staff = who.staff.clone();
            a.room = who.room.clone();
            a.priority = new.priority.clone();
            a.urgent = new.urgent;
            a.interpreter_language = trimmed(&new.interpreter_language);
            a.note = new.note.trim().to_string();
            a.id = insert_row_in(tx, &a, stamp)?;
            hold_in(tx, &a, true)?;
            audit::record_in(
                tx,
                stamp,
                "book",
                "appointment",
                Some(a.id),
                &hold_time(starts_at),
            )?;
            Ok(appointment_in(tx, a.id)?)
        })
    }

    /// Runs a booking-kind write: like `write`, but with the booking's own error.
    fn write_booking<T>(
        &mut self,
        work: impl FnOnce(&Transaction<'_>) -> Result<T, BookingError>,
    ) -> Result<T, BookingError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Moves a booked appointment to another time (and length), under the same rules
    /// as a new booking; its own old time does not count against it.
    pub fn move_appointment(
        &mut self,
        id: i64,
        version: i64,
        starts_at: NaiveDateTime,
        minutes: Option<u32>,
        stamp: &Stamp,
    ) -> Result<Appointment, BookingError> {
        self.write_booking(|tx| {
            let old = for_change(tx, id, version)?;
            after(
                old.state,
                AppointmentMove::Reschedule,
                old.starts_at,
                stamp.at,
                "",
            )?;
            let who = Attendees {
                person_id: old.person_id,
                staff: old.staff.clone(),
                room: old.room.clone(),
            };
            let day = starts_at.date();
            let calendar = calendar_in(tx, old.service_id, day, day, &who, id)?;
            let minutes = minutes.unwrap_or(old.minutes);
            calendar.check(starts_at, minutes, stamp.at)?;
            release_in(tx, id)?;
            let moved = Appointment {
                starts_at,
                minutes,
                // A new time needs a new reminder call.
                reminded_at: None,
                ..old.clone()
            };
            touch_in(tx, &moved, stamp)?;
            hold_in(tx, &moved, true)?;
            audit::record_in(
                tx,
                stamp,
                "move",
                "appointment",
                Some(id),
                &format!("{}>{}", hold_time(old.starts_at), hold_time(starts_at)),
            )?;
            Ok(appointment_in(tx, id)?)
        })
    }
}
