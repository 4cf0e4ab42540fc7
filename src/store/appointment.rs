//! Appointments: booking against a service's hours and slots, moving, cancelling,
//! no-shows, check-in (a waiting ticket carrying the appointment's priority), the
//! reminder calls; the opening hours and the centre's closed days.
//!
//! A booking reads the service's calendar and writes the appointment in ONE
//! IMMEDIATE transaction, so two desks booking at once are served one after the
//! other. Behind that, `appointment_hold` has one row per person, member of staff
//! and room per five minutes with a primary key on (resource, time): a double booking
//! cannot be stored whatever path wrote it.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use super::queue::{NewTicket, create_in};
use super::{Batch, Stamp, Store, StoreError, audit, decode};
use crate::domain::appointments::{
    AppointmentMove, Calendar, Closure, GRAIN_MINUTES, HoursError, OpeningHours, Refusal, Span,
    after, next_working_day, occupies,
};
use crate::domain::codes::{AppointmentState, Vulnerability, join_codes, split_codes};
use crate::domain::records::{Appointment, Ticket};
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

/// An appointment with the name and phone to call for its reminder.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder {
    pub appointment: Appointment,
    pub name: String,
    pub phone: Option<String>,
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

/// The hold keys of an appointment: its person, member of staff and room.
fn resources(person_id: Option<i64>, staff: Option<&str>, room: Option<&str>) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(p) = person_id {
        keys.push(format!("p:{p}"));
    }
    if let Some(s) = staff.map(str::trim).filter(|s| !s.is_empty()) {
        keys.push(format!("s:{s}"));
    }
    if let Some(r) = room.map(str::trim).filter(|r| !r.is_empty()) {
        keys.push(format!("r:{}", r.to_lowercase()));
    }
    keys
}

fn hold_time(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

/// Holds the appointment's person, staff and room for its time. `strict`: a clash is
/// a refusal (bookings); otherwise history is taken as given (imports, seeds).
fn hold_in(tx: &Transaction<'_>, a: &Appointment, strict: bool) -> Result<(), BookingError> {
    if !occupies(a.state) {
        return Ok(());
    }
    let sql = if strict {
        "INSERT INTO appointment_hold (resource, at, appointment_id) VALUES (?1, ?2, ?3)"
    } else {
        "INSERT OR IGNORE INTO appointment_hold (resource, at, appointment_id) VALUES (?1, ?2, ?3)"
    };
    let mut stmt = tx.prepare_cached(sql)?;
    for key in resources(a.person_id, a.staff.as_deref(), a.room.as_deref()) {
        let mut at = a.starts_at;
        while at < a.ends_at() {
            match stmt.execute(params![key, hold_time(at), a.id]) {
                Ok(_) => {}
                Err(e)
                    if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
                {
                    return Err(BookingError::Refused(match key.as_bytes()[0] {
                        b'p' => Refusal::PersonBusy,
                        b's' => Refusal::StaffBusy,
                        _ => Refusal::RoomBusy,
                    }));
                }
                Err(e) => return Err(e.into()),
            }
            at += Duration::minutes(i64::from(GRAIN_MINUTES));
        }
    }
    Ok(())
}

fn release_in(tx: &Transaction<'_>, id: i64) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM appointment_hold WHERE appointment_id = ?1")?
        .execute([id])?;
    Ok(())
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

fn weekday_of(n: i64) -> Option<Weekday> {
    match n {
        1 => Some(Weekday::Mon),
        2 => Some(Weekday::Tue),
        3 => Some(Weekday::Wed),
        4 => Some(Weekday::Thu),
        5 => Some(Weekday::Fri),
        6 => Some(Weekday::Sat),
        7 => Some(Weekday::Sun),
        _ => None,
    }
}

fn hours_in(conn: &Connection, service_id: i64) -> Result<Vec<OpeningHours>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT weekday, opens, closes, slot_minutes, capacity FROM service_hours \
         WHERE service_id = ?1 ORDER BY weekday, opens",
    )?;
    let rows = stmt.query_map([service_id], |r| {
        let weekday = r.get::<_, i64>(0)?;
        Ok(OpeningHours {
            weekday: decode(&weekday.to_string(), |t| {
                t.parse().ok().and_then(weekday_of)
            })?,
            opens: r.get::<_, NaiveTime>(1)?,
            closes: r.get::<_, NaiveTime>(2)?,
            slot_minutes: r.get(3)?,
            capacity: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn closures_in(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Closure>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT day, service_id, name FROM closure WHERE day >= ?1 AND day <= ?2 ORDER BY day",
    )?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok(Closure {
            day: r.get(0)?,
            service_id: r.get(1)?,
            name: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn midnight(day: NaiveDate) -> NaiveDateTime {
    day.and_time(NaiveTime::MIN)
}

fn day_after(day: NaiveDate) -> NaiveDate {
    day.succ_opt().unwrap_or(day)
}

fn busy_in(
    conn: &Connection,
    key: &str,
    from: NaiveDate,
    to: NaiveDate,
    except: i64,
) -> Result<Vec<Span>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT at FROM appointment_hold WHERE resource = ?1 AND at >= ?2 AND at < ?3 \
         AND appointment_id <> ?4",
    )?;
    let rows = stmt.query_map(
        params![
            key,
            hold_time(midnight(from)),
            hold_time(midnight(day_after(to))),
            except
        ],
        |r| r.get::<_, String>(0),
    )?;
    let mut spans = Vec::new();
    for text in rows {
        let text = text?;
        let at = NaiveDateTime::parse_from_str(&text, "%Y-%m-%d %H:%M")
            .map_err(|_| StoreError::Corrupt(format!("appointment hold time {text:?}")))?;
        spans.push(Span::new(at, GRAIN_MINUTES));
    }
    Ok(spans)
}

/// Who is to be booked, so their other appointments count.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attendees {
    pub person_id: Option<i64>,
    pub staff: Option<String>,
    pub room: Option<String>,
}

/// The service's calendar from `from` to `to` (both included), leaving out
/// appointment `except` (the one being moved).
fn calendar_in(
    conn: &Connection,
    service_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    who: &Attendees,
    except: i64,
) -> Result<Calendar, StoreError> {
    let hours = hours_in(conn, service_id)?;
    let closures = closures_in(conn, from, to)?;
    let mut stmt = conn.prepare_cached(
        "SELECT starts_at, minutes FROM appointment WHERE service_id = ?1 \
         AND starts_at >= ?2 AND starts_at < ?3 AND state IN ('booked', 'checked-in') \
         AND id <> ?4",
    )?;
    let taken = stmt
        .query_map(
            params![service_id, midnight(from), midnight(day_after(to)), except],
            |r| Ok(Span::new(r.get(0)?, r.get(1)?)),
        )?
        .collect::<Result<Vec<_>, _>>()?;
    let busy = |key: Option<String>| -> Result<Vec<Span>, StoreError> {
        match key {
            Some(key) => busy_in(conn, &key, from, to, except),
            None => Ok(Vec::new()),
        }
    };
    let person = busy(who.person_id.map(|p| format!("p:{p}")))?;
    let staff = busy(resources(None, who.staff.as_deref(), None).pop())?;
    let room = busy(resources(None, None, who.room.as_deref()).pop())?;
    Ok(Calendar::new(service_id, hours, closures, taken).with_busy(person, staff, room))
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

    pub fn appointment(&self, id: i64) -> Result<Option<Appointment>, StoreError> {
        match appointment_in(self.conn(), id) {
            Ok(a) => Ok(Some(a)),
            Err(StoreError::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A day's appointments (every service) by start time.
    pub fn appointments_on(&self, day: NaiveDate) -> Result<Vec<Appointment>, StoreError> {
        self.appointments_between(None, day, day)
    }

    /// Appointments from `from` to `to` (both included), of one service or all, by
    /// start time.
    pub fn appointments_between(
        &self,
        service_id: Option<i64>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<Appointment>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM appointment WHERE starts_at >= ?1 AND starts_at < ?2 \
             AND (?3 IS NULL OR service_id = ?3) ORDER BY starts_at, id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![midnight(from), midnight(day_after(to)), service_id],
            from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A person's appointments still to come (booked, from `now`), soonest first.
    pub fn upcoming_appointments_of(
        &self,
        person_id: i64,
        now: NaiveDateTime,
    ) -> Result<Vec<Appointment>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM appointment WHERE person_id = ?1 AND starts_at >= ?2 \
             AND state = 'booked' ORDER BY starts_at, id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![person_id, midnight(now.date())], from_row)?;
        Ok(rows
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter(|a| a.ends_at() > now)
            .collect())
    }

    /// A service's opening hours, by weekday.
    pub fn opening_hours(&self, service_id: i64) -> Result<Vec<OpeningHours>, StoreError> {
        hours_in(self.conn(), service_id)
    }

    /// Replaces a service's opening hours (all weekdays at once), checked first.
    /// Appointments already booked stay as they are.
    pub fn set_opening_hours(
        &mut self,
        service_id: i64,
        hours: &[OpeningHours],
        stamp: &Stamp,
    ) -> Result<(), BookingError> {
        OpeningHours::check_week(hours).map_err(BookingError::Hours)?;
        self.write(|tx| {
            tx.execute(
                "DELETE FROM service_hours WHERE service_id = ?1",
                [service_id],
            )?;
            let mut stmt = tx.prepare_cached(
                "INSERT INTO service_hours (service_id, weekday, opens, closes, slot_minutes, \
                 capacity) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for h in hours {
                stmt.execute(params![
                    service_id,
                    h.weekday.number_from_monday(),
                    h.opens.format("%H:%M").to_string(),
                    h.closes.format("%H:%M").to_string(),
                    h.slot_minutes,
                    h.capacity
                ])?;
            }
            audit::record_in(
                tx,
                stamp,
                "edit",
                "service_hours",
                Some(service_id),
                &hours.len().to_string(),
            )?;
            Ok(())
        })
        .map_err(BookingError::Store)
    }

    /// The centre's own closed days from `from` to `to`.
    pub fn closures(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Closure>, StoreError> {
        closures_in(self.conn(), from, to)
    }

    /// Closes a day for one service or (`service_id` None) the whole centre.
    /// Appointments already booked that day stay: the desk moves or cancels them.
    pub fn add_closure(&mut self, closure: &Closure, stamp: &Stamp) -> Result<(), StoreError> {
        self.write(|tx| {
            let changed = tx.execute(
                "INSERT OR IGNORE INTO closure (day, service_id, name, created_by, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    closure.day,
                    closure.service_id,
                    closure.name.trim(),
                    stamp.operator,
                    stamp.at
                ],
            )?;
            if changed == 0 {
                return Err(StoreError::Duplicate {
                    field: "closed day",
                    existing_id: None,
                });
            }
            audit::record_in(
                tx,
                stamp,
                "create",
                "closure",
                closure.service_id,
                &closure.day.to_string(),
            )
        })
    }

    /// The service's calendar over `from..=to` as the booking rules see it.
    pub fn calendar(
        &self,
        service_id: i64,
        from: NaiveDate,
        to: NaiveDate,
        who: &Attendees,
    ) -> Result<Calendar, StoreError> {
        calendar_in(self.conn(), service_id, from, to, who, 0)
    }

    /// The first free slots from `from` over the next `days` days for `who`.
    pub fn free_slots(
        &self,
        service_id: i64,
        from: NaiveDateTime,
        days: u32,
        minutes: Option<u32>,
        who: &Attendees,
        limit: usize,
    ) -> Result<Vec<crate::domain::appointments::Slot>, StoreError> {
        let last = from.date() + Duration::days(i64::from(days.max(1)) - 1);
        let calendar = calendar_in(self.conn(), service_id, from.date(), last, who, 0)?;
        Ok(calendar.free_slots(from, last, minutes, limit))
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

    /// Cancels a booked appointment; the reason is kept with it.
    pub fn cancel_appointment(
        &mut self,
        id: i64,
        version: i64,
        reason: &str,
        stamp: &Stamp,
    ) -> Result<Appointment, BookingError> {
        self.finish(id, version, AppointmentMove::Cancel, reason, stamp)
    }

    /// Marks a booked appointment as not come: only once its time has come.
    pub fn mark_no_show(
        &mut self,
        id: i64,
        version: i64,
        stamp: &Stamp,
    ) -> Result<Appointment, BookingError> {
        self.finish(id, version, AppointmentMove::NoShow, "", stamp)
    }

    fn finish(
        &mut self,
        id: i64,
        version: i64,
        mv: AppointmentMove,
        reason: &str,
        stamp: &Stamp,
    ) -> Result<Appointment, BookingError> {
        self.write_booking(|tx| {
            let old = for_change(tx, id, version)?;
            let state = after(old.state, mv, old.starts_at, stamp.at, reason)?;
            let done = Appointment {
                state,
                state_reason: reason.trim().to_string(),
                ..old
            };
            touch_in(tx, &done, stamp)?;
            release_in(tx, id)?;
            audit::record_in(tx, stamp, state.code(), "appointment", Some(id), "")?;
            Ok(appointment_in(tx, id)?)
        })
    }

    /// The person has arrived: the appointment is checked in and a waiting ticket of
    /// its service is made, carrying its priority flags, urgency, interpreter language
    /// and (through the link) its time, in one transaction.
    pub fn check_in(
        &mut self,
        id: i64,
        version: i64,
        stamp: &Stamp,
    ) -> Result<Ticket, BookingError> {
        self.write_booking(|tx| {
            let old = for_change(tx, id, version)?;
            let state = after(
                old.state,
                AppointmentMove::CheckIn,
                old.starts_at,
                stamp.at,
                "",
            )?;
            touch_in(
                tx,
                &Appointment {
                    state,
                    ..old.clone()
                },
                stamp,
            )?;
            let new = NewTicket {
                service_id: old.service_id,
                person_id: old.person_id,
                label: old.label.clone(),
                reason: old.note.clone(),
                priority: old.priority.clone(),
                urgent: old.urgent,
                triage_note: String::new(),
                interpreter_language: old.interpreter_language.clone(),
            };
            let ticket = create_in(tx, &new, Some(id), stamp)?;
            audit::record_in(
                tx,
                stamp,
                "check-in",
                "appointment",
                Some(id),
                &ticket.number,
            )?;
            Ok(ticket)
        })
    }

    /// The reminder call was made.
    pub fn mark_reminded(
        &mut self,
        id: i64,
        version: i64,
        stamp: &Stamp,
    ) -> Result<Appointment, BookingError> {
        self.write_booking(|tx| {
            let old = for_change(tx, id, version)?;
            after(
                old.state,
                AppointmentMove::Remind,
                old.starts_at,
                stamp.at,
                "",
            )?;
            touch_in(
                tx,
                &Appointment {
                    reminded_at: Some(stamp.at),
                    ..old
                },
                stamp,
            )?;
            audit::record_in(tx, stamp, "remind", "appointment", Some(id), "")?;
            Ok(appointment_in(tx, id)?)
        })
    }

    /// The day reminder calls are made for, seen from `today`: the next day the centre
    /// opens.
    pub fn next_working_day(&self, today: NaiveDate) -> Result<NaiveDate, StoreError> {
        let weekdays = self
            .conn()
            .prepare_cached("SELECT DISTINCT weekday FROM service_hours")?
            .query_map([], |r| r.get::<_, i64>(0))?
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter_map(weekday_of)
            .collect::<Vec<_>>();
        let closed: Vec<NaiveDate> = closures_in(self.conn(), today, today + Duration::days(40))?
            .into_iter()
            .filter(|c| c.service_id.is_none())
            .map(|c| c.day)
            .collect();
        Ok(next_working_day(today, &weekdays, &closed))
    }

    /// The booked appointments of `day` with the name and phone to call, by time.
    /// Callers audit the viewing (it lists many people's phones).
    pub fn reminders(&self, day: NaiveDate) -> Result<Vec<Reminder>, StoreError> {
        let cols = COLUMNS
            .split(", ")
            .map(|c| format!("a.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {cols}, p.surname, p.given_name, p.phone FROM appointment a \
             LEFT JOIN person p ON p.id = a.person_id \
             WHERE a.starts_at >= ?1 AND a.starts_at < ?2 AND a.state = 'booked' \
             ORDER BY a.starts_at, a.id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![midnight(day), midnight(day_after(day))], |r| {
            let appointment = from_row(r)?;
            let surname: Option<String> = r.get(18)?;
            let given: Option<String> = r.get(19)?;
            let person_phone: Option<String> = r.get(20)?;
            let name = match (surname, given) {
                (Some(s), Some(g)) => format!("{s} {g}"),
                _ => appointment.label.clone(),
            };
            let phone = person_phone.or_else(|| appointment.phone.clone());
            Ok(Reminder {
                appointment,
                name,
                phone,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many appointments are stored (benchmarks, `check`).
    pub fn appointment_count(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn()
            .query_row("SELECT count(*) FROM appointment", [], |r| r.get(0))?)
    }
}
