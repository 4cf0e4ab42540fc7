//! Reading appointments: one, a day's, a period's, a person's next ones, the reminder
//! calls of a day.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::params;

use super::*;

/// An appointment with the name and phone to call for its reminder.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder {
    pub appointment: Appointment,
    pub name: String,
    pub phone: Option<String>,
}

impl Store {
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
