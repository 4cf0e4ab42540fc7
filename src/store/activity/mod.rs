//! Group activities: the activity and its sessions, enrolment with a waiting list
//! that moves up when someone leaves, roll calls, attendance rates and the figures
//! reports count (participants, hours).
//!
//! Enrolment changes read the roster and write it back in one IMMEDIATE transaction,
//! so two desks enrolling the last place at once never put one person too many in.

use chrono::{NaiveDate, NaiveTime, Weekday};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

mod sessions;

pub use sessions::{Attendance, RollLine, Session};

use super::{Stamp, Store, StoreError, audit, decode};
use crate::domain::activities::{
    Activity, ActivityError, Placement, RollDefault, Roster, missed_last, rate,
};

/// Why an activity change did not happen.
#[derive(Debug)]
pub enum ActivityFailure {
    Rule(ActivityError),
    Store(StoreError),
}

impl std::fmt::Display for ActivityFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ActivityFailure::Rule(e) => write!(f, "{e}"),
            ActivityFailure::Store(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ActivityFailure {}

impl From<StoreError> for ActivityFailure {
    fn from(e: StoreError) -> Self {
        ActivityFailure::Store(e)
    }
}

impl From<rusqlite::Error> for ActivityFailure {
    fn from(e: rusqlite::Error) -> Self {
        ActivityFailure::Store(StoreError::Sql(e))
    }
}

impl From<ActivityError> for ActivityFailure {
    fn from(e: ActivityError) -> Self {
        ActivityFailure::Rule(e)
    }
}

/// A person's part in an activity, for the card.
#[derive(Debug, Clone, PartialEq)]
pub struct Membership {
    pub activity_id: i64,
    pub name: String,
    pub waiting: bool,
    pub present: u32,
    pub taken: u32,
}

/// What reports count of one activity over a period.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityFigures {
    pub activity_id: i64,
    pub service_id: i64,
    pub name: String,
    pub sessions: u32,
    /// Different people present at least once.
    pub participants: u32,
    /// Person-hours of attendance (present × session length).
    pub hours: f64,
}

const COLUMNS: &str = "id, service_id, name, capacity, min_age, max_age, starts_on, ends_on, \
    weekdays, time, minutes, roll_default, active, version";

fn weekday_of(n: u32) -> Option<Weekday> {
    Weekday::try_from(u8::try_from(n.checked_sub(1)?).ok()?).ok()
}

fn activity_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Activity> {
    let days: String = row.get(8)?;
    let roll: String = row.get(11)?;
    Ok(Activity {
        id: row.get(0)?,
        service_id: row.get(1)?,
        name: row.get(2)?,
        capacity: row.get(3)?,
        min_age: row.get(4)?,
        max_age: row.get(5)?,
        starts_on: row.get(6)?,
        ends_on: row.get(7)?,
        weekdays: days
            .split(',')
            .filter(|d| !d.is_empty())
            .map(|d| decode(d, |t| t.parse().ok().and_then(weekday_of)))
            .collect::<rusqlite::Result<_>>()?,
        time: row.get::<_, NaiveTime>(9)?,
        minutes: row.get(10)?,
        roll_default: decode(&roll, RollDefault::from_code)?,
        active: row.get(12)?,
        version: row.get(13)?,
    })
}

fn activity_in(conn: &Connection, id: i64) -> Result<Activity, StoreError> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM activity WHERE id = ?1"))?
        .query_row([id], activity_from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            entity: "activity",
            id,
        })
}

fn roster_in(conn: &Connection, activity: &Activity) -> Result<Roster, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT person_id, state FROM enrolment WHERE activity_id = ?1 AND state <> 'left' \
         ORDER BY joined_at, id",
    )?;
    let mut roster = Roster {
        capacity: activity.capacity as usize,
        ..Roster::default()
    };
    for row in stmt.query_map([activity.id], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })? {
        let (person, state) = row?;
        if state == "enrolled" {
            roster.enrolled.push(person);
        } else {
            roster.waiting.push(person);
        }
    }
    Ok(roster)
}

fn promote_in(
    tx: &Transaction<'_>,
    activity_id: i64,
    moved: &[i64],
    stamp: &Stamp,
) -> Result<(), StoreError> {
    for &person in moved {
        tx.execute(
            "UPDATE enrolment SET state = 'enrolled', enrolled_at = ?3, version = version + 1 \
             WHERE activity_id = ?1 AND person_id = ?2 AND state = 'waiting'",
            params![activity_id, person, stamp.at],
        )?;
        audit::record_in(
            tx,
            stamp,
            "promote",
            "enrolment",
            Some(person),
            &activity_id.to_string(),
        )?;
    }
    Ok(())
}

fn person_name(surname: String, given: String) -> String {
    format!("{surname} {given}")
}

impl Store {
    /// A new activity with its term's sessions (public holidays left out).
    pub fn create_activity(
        &mut self,
        a: &Activity,
        stamp: &Stamp,
    ) -> Result<Activity, ActivityFailure> {
        a.check()?;
        let days = a
            .weekdays
            .iter()
            .map(|d| d.number_from_monday().to_string())
            .collect::<Vec<_>>()
            .join(",");
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO activity (service_id, name, capacity, min_age, max_age, starts_on, \
                 ends_on, weekdays, time, minutes, roll_default, created_by, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                params![
                    a.service_id,
                    a.name.trim(),
                    a.capacity,
                    a.min_age,
                    a.max_age,
                    a.starts_on,
                    a.ends_on,
                    days,
                    a.time.format("%H:%M").to_string(),
                    a.minutes,
                    a.roll_default.code(),
                    stamp.operator,
                    stamp.at
                ],
            )?;
            let id = tx.last_insert_rowid();
            let mut stmt = tx.prepare_cached(
                "INSERT INTO activity_session (activity_id, starts_at, minutes) VALUES (?1, ?2, ?3)",
            )?;
            for at in a.session_times() {
                stmt.execute(params![id, at, a.minutes])?;
            }
            audit::record_in(tx, stamp, "create", "activity", Some(id), "")?;
            Ok(id)
        })?;
        Ok(activity_in(self.conn(), id)?)
    }

    pub fn activity(&self, id: i64) -> Result<Option<Activity>, StoreError> {
        match activity_in(self.conn(), id) {
            Ok(a) => Ok(Some(a)),
            Err(StoreError::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Activities running on `day` or later, by name.
    pub fn activities(&self, day: NaiveDate) -> Result<Vec<Activity>, StoreError> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM activity WHERE active = 1 AND ends_on >= ?1 ORDER BY name, id"
        ))?;
        let rows = stmt.query_map([day], activity_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn roster(&self, activity_id: i64) -> Result<Roster, StoreError> {
        let a = activity_in(self.conn(), activity_id)?;
        roster_in(self.conn(), &a)
    }

    /// Enrols a person: in if there is a place, else on the waiting list. Refused if
    /// their age on the first day is outside the range, or they are already there.
    pub fn enrol(
        &mut self,
        activity_id: i64,
        person_id: i64,
        stamp: &Stamp,
    ) -> Result<Placement, ActivityFailure> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let a = activity_in(&tx, activity_id)?;
        let born: Option<NaiveDate> = tx
            .query_row(
                "SELECT date_of_birth FROM person WHERE id = ?1",
                [person_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "person",
                id: person_id,
            })?;
        let age = born.and_then(|b| a.starts_on.years_since(b));
        if !a.accepts_age(age) {
            return Err(ActivityError::OutsideAgeRange.into());
        }
        let mut roster = roster_in(&tx, &a)?;
        let placement = roster
            .enrol(person_id)
            .ok_or(ActivityError::AlreadyEnrolled)?;
        let state = match placement {
            Placement::Enrolled => "enrolled",
            Placement::Waiting(_) => "waiting",
        };
        tx.execute(
            "INSERT INTO enrolment (activity_id, person_id, state, joined_at, enrolled_at, created_by) \
             VALUES (?1, ?2, ?3, ?4, CASE WHEN ?3 = 'enrolled' THEN ?4 END, ?5)",
            params![activity_id, person_id, state, stamp.at, stamp.operator],
        )?;
        audit::record_in(
            &tx,
            stamp,
            state,
            "enrolment",
            Some(person_id),
            &activity_id.to_string(),
        )?;
        tx.commit()?;
        Ok(placement)
    }

    /// Takes a person out of an activity (or its waiting list); the first waiting move
    /// up into any free place. Returns who moved up.
    pub fn leave_activity(
        &mut self,
        activity_id: i64,
        person_id: i64,
        reason: &str,
        stamp: &Stamp,
    ) -> Result<Vec<i64>, ActivityFailure> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let a = activity_in(&tx, activity_id)?;
        let mut roster = roster_in(&tx, &a)?;
        let moved = roster.leave(person_id).ok_or(ActivityError::NotEnrolled)?;
        tx.execute(
            "UPDATE enrolment SET state = 'left', left_at = ?3, left_reason = ?4, \
             version = version + 1 WHERE activity_id = ?1 AND person_id = ?2 AND state <> 'left'",
            params![activity_id, person_id, stamp.at, reason.trim()],
        )?;
        audit::record_in(
            &tx,
            stamp,
            "leave",
            "enrolment",
            Some(person_id),
            &activity_id.to_string(),
        )?;
        promote_in(&tx, activity_id, &moved, stamp)?;
        tx.commit()?;
        Ok(moved)
    }

    /// Changes the number of places (checked against the activity's version); more
    /// places move the waiting list up.
    pub fn set_activity_capacity(
        &mut self,
        activity_id: i64,
        version: i64,
        capacity: u32,
        stamp: &Stamp,
    ) -> Result<Vec<i64>, ActivityFailure> {
        if capacity == 0 {
            return Err(ActivityError::BadDefinition.into());
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let a = activity_in(&tx, activity_id)?;
        if a.version != version {
            return Err(StoreError::Conflict {
                entity: "activity",
                id: activity_id,
            }
            .into());
        }
        let mut roster = roster_in(&tx, &a)?;
        let moved = roster.set_capacity(capacity as usize);
        tx.execute(
            "UPDATE activity SET capacity = ?2, version = version + 1 WHERE id = ?1",
            params![activity_id, capacity],
        )?;
        audit::record_in(
            &tx,
            stamp,
            "edit",
            "activity",
            Some(activity_id),
            &format!("capacity={capacity}"),
        )?;
        promote_in(&tx, activity_id, &moved, stamp)?;
        tx.commit()?;
        Ok(moved)
    }

    /// The activities a person is in or waiting for, with their attendance.
    pub fn activities_of(&self, person_id: i64) -> Result<Vec<Membership>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.id, a.name, e.state, \
               (SELECT count(*) FROM attendance att JOIN activity_session s ON s.id = att.session_id \
                WHERE s.activity_id = a.id AND att.person_id = e.person_id AND att.present = 1), \
               (SELECT count(*) FROM attendance att JOIN activity_session s ON s.id = att.session_id \
                WHERE s.activity_id = a.id AND att.person_id = e.person_id) \
             FROM enrolment e JOIN activity a ON a.id = e.activity_id \
             WHERE e.person_id = ?1 AND e.state <> 'left' ORDER BY a.starts_on, a.name",
        )?;
        let rows = stmt.query_map([person_id], |r| {
            Ok(Membership {
                activity_id: r.get(0)?,
                name: r.get(1)?,
                waiting: r.get::<_, String>(2)? == "waiting",
                present: r.get(3)?,
                taken: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Per activity, over sessions from `from` to `to`: sessions held, different
    /// people present, person-hours. What the period reports count.
    pub fn activity_figures(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ActivityFigures>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.id, a.service_id, a.name, \
               (SELECT count(*) FROM activity_session s WHERE s.activity_id = a.id \
                AND s.taken_at IS NOT NULL AND date(s.starts_at) BETWEEN ?1 AND ?2), \
               (SELECT count(DISTINCT att.person_id) FROM attendance att \
                JOIN activity_session s ON s.id = att.session_id WHERE s.activity_id = a.id \
                AND att.present = 1 AND date(s.starts_at) BETWEEN ?1 AND ?2), \
               (SELECT ifnull(sum(s.minutes), 0) FROM attendance att \
                JOIN activity_session s ON s.id = att.session_id WHERE s.activity_id = a.id \
                AND att.present = 1 AND date(s.starts_at) BETWEEN ?1 AND ?2) \
             FROM activity a ORDER BY a.name, a.id",
        )?;
        let rows = stmt.query_map(params![from, to], |r| {
            Ok(ActivityFigures {
                activity_id: r.get(0)?,
                service_id: r.get(1)?,
                name: r.get(2)?,
                sessions: r.get(3)?,
                participants: r.get(4)?,
                hours: r.get::<_, i64>(5)? as f64 / 60.0,
            })
        })?;
        Ok(rows
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter(|f| f.sessions > 0)
            .collect())
    }
}
