//! Holds: one row per person, member of staff and room per five minutes of an
//! appointment, under a primary key on (resource, time), so that a double booking
//! cannot be stored whatever path wrote it.

use chrono::{Duration, NaiveDateTime};
use rusqlite::{Transaction, params};

use super::BookingError;
use crate::domain::appointments::{GRAIN_MINUTES, Refusal, occupies};
use crate::domain::records::Appointment;
use crate::store::StoreError;

/// The hold keys of an appointment: its person, member of staff and room.
pub(super) fn resources(
    person_id: Option<i64>,
    staff: Option<&str>,
    room: Option<&str>,
) -> Vec<String> {
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

pub(super) fn hold_time(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

/// Holds the appointment's person, staff and room for its time. `strict`: a clash is
/// a refusal (bookings); otherwise history is taken as given (imports, seeds).
pub(super) fn hold_in(
    tx: &Transaction<'_>,
    a: &Appointment,
    strict: bool,
) -> Result<(), BookingError> {
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

pub(super) fn release_in(tx: &Transaction<'_>, id: i64) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM appointment_hold WHERE appointment_id = ?1")?
        .execute([id])?;
    Ok(())
}
