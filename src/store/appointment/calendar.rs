//! A service's calendar: opening hours, the centre's closed days, what is already
//! booked and who is busy, read for the booking rules (`domain::appointments`).

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use rusqlite::{Connection, params};

use super::BookingError;
use super::holds::{hold_time, resources};
use crate::domain::appointments::{
    Calendar, Closure, GRAIN_MINUTES, OpeningHours, Span, next_working_day,
};
use crate::store::{Stamp, Store, StoreError, audit, decode};

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

pub(super) fn hours_in(
    conn: &Connection,
    service_id: i64,
) -> Result<Vec<OpeningHours>, StoreError> {
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

pub(super) fn closures_in(
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

pub(super) fn midnight(day: NaiveDate) -> NaiveDateTime {
    day.and_time(NaiveTime::MIN)
}

pub(super) fn day_after(day: NaiveDate) -> NaiveDate {
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
pub(super) fn calendar_in(
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

impl Store {
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
}
