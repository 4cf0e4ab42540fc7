//! The retention review: people with no activity for the retention period (the
//! `retention.years` setting), and the administrator's decision to keep one, with a
//! reason. A decision counts as activity, so a kept person comes back to the review
//! only after another full period; erasing is `erase_person`.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::params;

use super::{Stamp, Store, StoreError, audit};

/// Someone with no activity since `last_activity`, for the retention review.
#[derive(Debug, Clone, PartialEq)]
pub struct Dormant {
    pub person_id: i64,
    pub last_activity: NaiveDate,
    /// The last decision to keep them (when, by whom), if any: older than the
    /// period, or they would not be listed.
    pub kept: Option<(NaiveDateTime, String)>,
}

/// How many years without activity put someone on the review when nothing is set.
pub const DEFAULT_YEARS: u32 = 5;

fn day(text: &str, column: usize) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, e.into())
    })
}

impl Store {
    /// The number of years without activity after which a person is listed for
    /// review (the `retention.years` setting).
    pub fn retention_years(&self) -> Result<u32, StoreError> {
        match self.setting("retention.years")? {
            Some(text) => text.trim().parse().map_err(|_| {
                StoreError::Corrupt(format!(
                    "setting retention.years is {text:?}, not a number of years"
                ))
            }),
            None => Ok(DEFAULT_YEARS),
        }
    }

    /// Sets the retention period (1 to 50 years; recorded).
    pub fn set_retention_years(&mut self, years: u32, stamp: &Stamp) -> Result<(), StoreError> {
        if !(1..=50).contains(&years) {
            return Err(StoreError::NotAllowed(format!(
                "a retention period of {years} years (1 to 50)"
            )));
        }
        self.set_setting("retention.years", &years.to_string(), stamp)
    }

    /// People (not erased) with no activity since `cutoff`: no visit, ticket,
    /// referral, case note, change of their record or decision to keep them.
    /// Oldest first.
    pub fn dormant_since(&self, cutoff: NaiveDate) -> Result<Vec<Dormant>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT id, last, kept_at, kept_by FROM (SELECT p.id AS id, max( \
                substr(p.updated_at, 1, 10), \
                coalesce(p.last_visit_on, ''), \
                coalesce((SELECT max(day) FROM ticket t WHERE t.person_id = p.id), ''), \
                coalesce((SELECT substr(max(updated_at), 1, 10) FROM referral r \
                          WHERE r.person_id = p.id), ''), \
                coalesce((SELECT substr(max(created_at), 1, 10) FROM case_note n \
                          WHERE n.person_id = p.id), ''), \
                coalesce((SELECT substr(max(at), 1, 10) FROM retention_keep k \
                          WHERE k.person_id = p.id), '')) AS last, \
                (SELECT max(at) FROM retention_keep k WHERE k.person_id = p.id) AS kept_at, \
                (SELECT operator FROM retention_keep k WHERE k.person_id = p.id \
                 ORDER BY at DESC, id DESC LIMIT 1) AS kept_by \
             FROM person p WHERE p.erased_at IS NULL) \
             WHERE last < ?1 ORDER BY last, id",
        )?;
        let rows = stmt.query_map([cutoff.format("%Y-%m-%d").to_string()], |r| {
            let last: String = r.get(1)?;
            let kept_at: Option<NaiveDateTime> = r.get(2)?;
            let kept_by: Option<String> = r.get(3)?;
            Ok(Dormant {
                person_id: r.get(0)?,
                last_activity: day(&last, 1)?,
                kept: kept_at.map(|at| (at, kept_by.unwrap_or_default())),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records the decision to keep a person's data after a retention review, and
    /// why (its own table; the audit row points at it). A reason is required.
    pub fn keep_on_review(
        &mut self,
        person_id: i64,
        reason: &str,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        let reason = super::case_note::reason_given(reason, "keeping a person's data")?;
        self.write(|tx| {
            let live: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1 AND erased_at IS NULL)",
                [person_id],
                |r| r.get(0),
            )?;
            if !live {
                return Err(StoreError::NotFound {
                    entity: "person",
                    id: person_id,
                });
            }
            tx.execute(
                "INSERT INTO retention_keep (person_id, reason, operator, at) \
                 VALUES (?1, ?2, ?3, ?4)",
                params![person_id, reason, stamp.operator, stamp.at],
            )?;
            let id = tx.last_insert_rowid();
            audit::record_in(
                tx,
                stamp,
                "retention-keep",
                "person",
                Some(person_id),
                &format!("retention_keep={id}"),
            )?;
            Ok(id)
        })
    }
}
