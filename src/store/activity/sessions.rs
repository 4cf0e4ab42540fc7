//! An activity's sessions and roll calls: who was present, attendance rates and who
//! missed the last sessions.

use chrono::NaiveDateTime;
use rusqlite::params;

use super::*;

/// One session of an activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub id: i64,
    pub activity_id: i64,
    pub starts_at: NaiveDateTime,
    pub minutes: u32,
    /// When the roll was taken (None: not yet).
    pub taken_at: Option<NaiveDateTime>,
    pub version: i64,
}

/// One line of a roll call: an enrolled person and whether they are marked present
/// (as stored, or the activity's default before the roll is taken).
#[derive(Debug, Clone, PartialEq)]
pub struct RollLine {
    pub person_id: i64,
    pub name: String,
    pub present: bool,
}

/// An enrolled person's attendance in an activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Attendance {
    pub person_id: i64,
    pub name: String,
    /// "enrolled" or "waiting" (with its place).
    pub waiting_place: Option<usize>,
    pub present: u32,
    pub taken: u32,
    pub rate: Option<u32>,
    /// Missed each of the last N sessions taken (N as asked).
    pub missed_recent: bool,
}

pub(super) fn session_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Session> {
    Ok(Session {
        id: r.get(0)?,
        activity_id: r.get(1)?,
        starts_at: r.get(2)?,
        minutes: r.get(3)?,
        taken_at: r.get(4)?,
        version: r.get(5)?,
    })
}

impl Store {
    /// An activity's sessions in time order.
    pub fn sessions(&self, activity_id: i64) -> Result<Vec<Session>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, activity_id, starts_at, minutes, taken_at, version FROM activity_session \
             WHERE activity_id = ?1 ORDER BY starts_at",
        )?;
        let rows = stmt.query_map([activity_id], session_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The session of the day nearest `now` (the one to call the roll for): today's
    /// if any, else the last one before.
    pub fn session_for_roll(
        &self,
        activity_id: i64,
        now: NaiveDateTime,
    ) -> Result<Option<Session>, StoreError> {
        let sessions = self.sessions(activity_id)?;
        let today = sessions.iter().find(|s| s.starts_at.date() == now.date());
        Ok(today
            .or_else(|| sessions.iter().rev().find(|s| s.starts_at <= now))
            .cloned())
    }

    /// The roll of a session: everyone enrolled, present as stored or by the
    /// activity's default if the roll was not taken; by name.
    pub fn roll(&self, session_id: i64) -> Result<Vec<RollLine>, StoreError> {
        let (activity_id, taken): (i64, Option<NaiveDateTime>) = self.conn().query_row(
            "SELECT activity_id, taken_at FROM activity_session WHERE id = ?1",
            [session_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let a = activity_in(self.conn(), activity_id)?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT e.person_id, p.surname, p.given_name, att.present FROM enrolment e \
             JOIN person p ON p.id = e.person_id \
             LEFT JOIN attendance att ON att.session_id = ?2 AND att.person_id = e.person_id \
             WHERE e.activity_id = ?1 AND e.state = 'enrolled' \
             ORDER BY p.surname, p.given_name, p.id",
        )?;
        let rows = stmt.query_map(params![activity_id, session_id], |r| {
            let stored: Option<bool> = r.get(3)?;
            Ok(RollLine {
                person_id: r.get(0)?,
                name: person_name(r.get(1)?, r.get(2)?),
                present: match (stored, taken) {
                    (Some(p), _) => p,
                    (None, Some(_)) => false,
                    (None, None) => a.roll_default.assumed(),
                },
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Saves a session's roll call (everyone on it, present or not), checked against
    /// the session's version; taking it again replaces the marks.
    pub fn take_roll(
        &mut self,
        session_id: i64,
        version: i64,
        marks: &[(i64, bool)],
        stamp: &Stamp,
    ) -> Result<(), ActivityFailure> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let (activity_id, current): (i64, i64) = tx.query_row(
            "SELECT activity_id, version FROM activity_session WHERE id = ?1",
            [session_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if current != version {
            return Err(StoreError::Conflict {
                entity: "session",
                id: session_id,
            }
            .into());
        }
        let a = activity_in(&tx, activity_id)?;
        let roster = roster_in(&tx, &a)?;
        for (person, _) in marks {
            if !roster.enrolled.contains(person) {
                return Err(ActivityError::NotOnRoll.into());
            }
        }
        tx.execute("DELETE FROM attendance WHERE session_id = ?1", [session_id])?;
        let mut stmt = tx.prepare_cached(
            "INSERT INTO attendance (session_id, person_id, present) VALUES (?1, ?2, ?3)",
        )?;
        for (person, present) in marks {
            stmt.execute(params![session_id, person, present])?;
        }
        drop(stmt);
        tx.execute(
            "UPDATE activity_session SET taken_at = ?2, taken_by = ?3, version = version + 1 \
             WHERE id = ?1",
            params![session_id, stamp.at, stamp.operator],
        )?;
        let present = marks.iter().filter(|(_, p)| *p).count();
        audit::record_in(
            &tx,
            stamp,
            "roll",
            "session",
            Some(session_id),
            &format!("{present}/{}", marks.len()),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Everyone enrolled or waiting, with attendance over the sessions taken since
    /// they joined, and whether they missed each of the last `n`.
    pub fn attendance(&self, activity_id: i64, n: usize) -> Result<Vec<Attendance>, StoreError> {
        let a = activity_in(self.conn(), activity_id)?;
        let roster = roster_in(self.conn(), &a)?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT att.present FROM activity_session s \
             JOIN attendance att ON att.session_id = s.id AND att.person_id = ?2 \
             WHERE s.activity_id = ?1 AND s.taken_at IS NOT NULL ORDER BY s.starts_at",
        )?;
        let mut names = self
            .conn()
            .prepare_cached("SELECT surname, given_name FROM person WHERE id = ?1")?;
        let mut out = Vec::new();
        let people = roster.enrolled.iter().map(|&p| (p, None)).chain(
            roster
                .waiting
                .iter()
                .enumerate()
                .map(|(i, &p)| (p, Some(i + 1))),
        );
        for (person, waiting_place) in people {
            let history = stmt
                .query_map(params![activity_id, person], |r| r.get::<_, bool>(0))?
                .collect::<Result<Vec<_>, _>>()?;
            let name = names.query_row([person], |r| Ok(person_name(r.get(0)?, r.get(1)?)))?;
            let present = history.iter().filter(|p| **p).count() as u32;
            let taken = history.len() as u32;
            out.push(Attendance {
                person_id: person,
                name,
                waiting_place,
                present,
                taken,
                rate: rate(present, taken),
                missed_recent: missed_last(&history, n),
            });
        }
        Ok(out)
    }
}
