//! Basic-goods distribution: programmes, households' enrolments, hand-outs counted
//! against the allowance of the period they fall in, and the monthly lists.
//!
//! A hand-out reads what the period has used and writes itself in one IMMEDIATE
//! transaction, so two desks handing out to one household at once cannot both spend
//! the last of the allowance.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, params};

use super::{Stamp, Store, StoreError, audit, decode};
use crate::domain::distribution::{
    Enrolment, HandoutLine, OverLimit, Period, Programme, Unit, Verdict, check, counted,
};

/// Why a hand-out or an enrolment did not happen.
#[derive(Debug)]
pub enum DistributionFailure {
    /// The allowance check said no (Stop, NotValid, Empty), or said Warn and the
    /// operator has not confirmed going over.
    Refused(Verdict),
    /// Dates or allowance that make no sense.
    BadEnrolment,
    Store(StoreError),
}

impl std::fmt::Display for DistributionFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DistributionFailure::Refused(v) => write!(f, "refused: {v:?}"),
            DistributionFailure::BadEnrolment => {
                write!(
                    f,
                    "an enrolment needs valid dates and an allowance above zero"
                )
            }
            DistributionFailure::Store(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for DistributionFailure {}

impl From<StoreError> for DistributionFailure {
    fn from(e: StoreError) -> Self {
        DistributionFailure::Store(e)
    }
}

impl From<rusqlite::Error> for DistributionFailure {
    fn from(e: rusqlite::Error) -> Self {
        DistributionFailure::Store(StoreError::Sql(e))
    }
}

/// Where a household stands in one programme on a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    pub programme: Programme,
    pub enrolment: Enrolment,
    /// The period the day falls in.
    pub period: (NaiveDate, NaiveDate),
    pub used: u32,
    pub left: u32,
    pub valid: bool,
}

/// One row of a programme's monthly list: a hand-out to a household.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthlyRow {
    pub household_id: i64,
    pub household: String,
    pub given_at: NaiveDateTime,
    pub given_by: String,
    pub lines: Vec<HandoutLine>,
    pub counted: u32,
    pub over: bool,
}

pub(super) const PROGRAMME_COLUMNS: &str =
    "id, code, name_el, name_en, unit, period, over_limit, service_id, active, version";
pub(super) const ENROLMENT_COLUMNS: &str =
    "id, programme_id, household_id, decided_on, valid_from, valid_to, allowance, note, version";

fn programme_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Programme> {
    Ok(Programme {
        id: r.get(0)?,
        code: r.get(1)?,
        name_el: r.get(2)?,
        name_en: r.get(3)?,
        unit: decode(&r.get::<_, String>(4)?, Unit::from_code)?,
        period: decode(&r.get::<_, String>(5)?, Period::from_code)?,
        over_limit: decode(&r.get::<_, String>(6)?, OverLimit::from_code)?,
        service_id: r.get(7)?,
        categories: Vec::new(),
        active: r.get(8)?,
        version: r.get(9)?,
    })
}

pub(super) fn enrolment_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Enrolment> {
    Ok(Enrolment {
        id: r.get(0)?,
        programme_id: r.get(1)?,
        household_id: r.get(2)?,
        decided_on: r.get(3)?,
        valid_from: r.get(4)?,
        valid_to: r.get(5)?,
        allowance: r.get(6)?,
        note: r.get(7)?,
        version: r.get(8)?,
    })
}

fn with_categories(conn: &Connection, mut p: Programme) -> Result<Programme, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, points FROM programme_category WHERE programme_id = ?1 ORDER BY position, name",
    )?;
    p.categories = stmt
        .query_map([p.id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(p)
}

fn programme_in(conn: &Connection, id: i64) -> Result<Programme, StoreError> {
    let p = conn
        .prepare_cached(&format!(
            "SELECT {PROGRAMME_COLUMNS} FROM programme WHERE id = ?1"
        ))?
        .query_row([id], programme_from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            entity: "programme",
            id,
        })?;
    with_categories(conn, p)
}

pub(super) fn enrolment_in(conn: &Connection, id: i64) -> Result<Enrolment, StoreError> {
    conn.prepare_cached(&format!(
        "SELECT {ENROLMENT_COLUMNS} FROM programme_enrolment WHERE id = ?1"
    ))?
    .query_row([id], enrolment_from_row)
    .optional()?
    .ok_or(StoreError::NotFound {
        entity: "programme enrolment",
        id,
    })
}

/// What the enrolment's hand-outs count in the period around `day`.
fn used_in(
    conn: &Connection,
    enrolment: &Enrolment,
    period: Period,
    day: NaiveDate,
) -> Result<u32, StoreError> {
    let (first, last) = period.around(day);
    Ok(conn
        .prepare_cached(
            "SELECT ifnull(sum(counted), 0) FROM handout WHERE enrolment_id = ?1 \
             AND date(given_at) BETWEEN ?2 AND ?3",
        )?
        .query_row(params![enrolment.id, first, last], |r| r.get(0))?)
}

pub(super) fn standing_in(
    conn: &Connection,
    enrolment: Enrolment,
    day: NaiveDate,
) -> Result<Standing, StoreError> {
    let programme = programme_in(conn, enrolment.programme_id)?;
    let used = used_in(conn, &enrolment, programme.period, day)?;
    Ok(Standing {
        period: programme.period.around(day),
        left: enrolment.allowance.saturating_sub(used),
        valid: enrolment.is_valid_on(day),
        used,
        programme,
        enrolment,
    })
}

/// Dates and allowance that make sense: valid from before valid to, decided by the
/// end, an allowance above zero.
pub(super) fn check_enrolment(e: &Enrolment) -> Result<(), DistributionFailure> {
    if e.valid_to < e.valid_from || e.allowance == 0 || e.decided_on > e.valid_to {
        return Err(DistributionFailure::BadEnrolment);
    }
    Ok(())
}

pub(super) fn insert_enrolment_in(
    tx: &rusqlite::Transaction<'_>,
    e: &Enrolment,
    stamp: &Stamp,
) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO programme_enrolment (programme_id, household_id, decided_on, \
         valid_from, valid_to, allowance, note, created_by, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            e.programme_id,
            e.household_id,
            e.decided_on,
            e.valid_from,
            e.valid_to,
            e.allowance,
            e.note.trim(),
            stamp.operator,
            stamp.at
        ],
    )?;
    let id = tx.last_insert_rowid();
    audit::record_in(
        tx,
        stamp,
        "create",
        "programme_enrolment",
        Some(id),
        &e.programme_id.to_string(),
    )?;
    Ok(id)
}

impl Store {
    /// The programmes, active first, by code.
    pub fn programmes(&self) -> Result<Vec<Programme>, StoreError> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {PROGRAMME_COLUMNS} FROM programme ORDER BY active DESC, id"
        ))?;
        let list = stmt
            .query_map([], programme_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        list.into_iter()
            .map(|p| with_categories(self.conn(), p))
            .collect()
    }

    pub fn programme_by_code(&self, code: &str) -> Result<Option<Programme>, StoreError> {
        Ok(self.programmes()?.into_iter().find(|p| p.code == code))
    }

    /// The programme whose queue line is `service_id` (a ticket there opens the
    /// hand-out form).
    pub fn programme_for_service(&self, service_id: i64) -> Result<Option<Programme>, StoreError> {
        Ok(self
            .programmes()?
            .into_iter()
            .find(|p| p.active && p.service_id == Some(service_id)))
    }

    /// Enrols a household in a programme by a decision.
    pub fn enrol_household(
        &mut self,
        e: &Enrolment,
        stamp: &Stamp,
    ) -> Result<Enrolment, DistributionFailure> {
        check_enrolment(e)?;
        let id = self.write(|tx| insert_enrolment_in(tx, e, stamp))?;
        Ok(enrolment_in(self.conn(), id)?)
    }

    /// A household's enrolments (the latest per programme first), where each stands
    /// on `day`.
    pub fn household_standing(
        &self,
        household_id: i64,
        day: NaiveDate,
    ) -> Result<Vec<Standing>, StoreError> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {ENROLMENT_COLUMNS} FROM programme_enrolment WHERE household_id = ?1 \
             ORDER BY programme_id, valid_to DESC, id DESC"
        ))?;
        let list = stmt
            .query_map([household_id], enrolment_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        let mut seen = std::collections::HashSet::new();
        list.into_iter()
            .filter(|e| seen.insert(e.programme_id))
            .map(|e| standing_in(self.conn(), e, day))
            .collect()
    }

    /// Where one enrolment stands on `day`.
    pub fn standing(&self, enrolment_id: i64, day: NaiveDate) -> Result<Standing, StoreError> {
        standing_in(self.conn(), enrolment_in(self.conn(), enrolment_id)?, day)
    }

    /// Records a hand-out against the allowance of its period. Over the allowance, a
    /// programme that stops refuses; one that warns refuses too unless `confirm_over`
    /// (the operator saw the warning and went ahead), and the hand-out is marked as
    /// over. Returns the hand-out's id and the verdict.
    pub fn hand_out(
        &mut self,
        enrolment_id: i64,
        lines: &[HandoutLine],
        collected_by: Option<i64>,
        ticket_id: Option<i64>,
        confirm_over: bool,
        stamp: &Stamp,
    ) -> Result<(i64, Verdict), DistributionFailure> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let enrolment = enrolment_in(&tx, enrolment_id)?;
        let programme = programme_in(&tx, enrolment.programme_id)?;
        let lines: Vec<HandoutLine> = lines.iter().filter(|l| l.quantity > 0).cloned().collect();
        let amount = counted(programme.unit, &lines);
        let day = stamp.at.date();
        let used = used_in(&tx, &enrolment, programme.period, day)?;
        let verdict = check(&enrolment, programme.over_limit, used, amount, day);
        let over = match verdict {
            Verdict::Within { .. } => false,
            Verdict::Warn { .. } if confirm_over => true,
            other => return Err(DistributionFailure::Refused(other)),
        };
        tx.execute(
            "INSERT INTO handout (enrolment_id, given_at, given_by, person_id, counted, over, ticket_id) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![enrolment_id, stamp.at, stamp.operator, collected_by, amount, over, ticket_id],
        )?;
        let id = tx.last_insert_rowid();
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO handout_line (handout_id, category, quantity, points) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for l in &lines {
                stmt.execute(params![id, l.category, l.quantity, l.points])?;
            }
        }
        audit::record_in(
            &tx,
            stamp,
            if over { "hand-out-over" } else { "hand-out" },
            "handout",
            Some(id),
            &format!("{}:{amount}", programme.code),
        )?;
        tx.commit()?;
        Ok((id, verdict))
    }

    /// Who received what in a programme in the month of `month` (any day of it), by
    /// household then time: the list the programme reports with.
    pub fn monthly_list(
        &self,
        programme_id: i64,
        month: NaiveDate,
    ) -> Result<Vec<MonthlyRow>, StoreError> {
        let (first, last) = Period::Month.around(month);
        let mut stmt = self.conn().prepare_cached(
            "SELECT h.id, e.household_id, ifnull(hh.label, ''), h.given_at, h.given_by, h.counted, h.over \
             FROM handout h JOIN programme_enrolment e ON e.id = h.enrolment_id \
             LEFT JOIN household hh ON hh.id = e.household_id \
             WHERE e.programme_id = ?1 AND date(h.given_at) BETWEEN ?2 AND ?3 \
             ORDER BY e.household_id, h.given_at, h.id",
        )?;
        let rows = stmt
            .query_map(params![programme_id, first, last], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    MonthlyRow {
                        household_id: r.get(1)?,
                        household: r.get(2)?,
                        given_at: r.get(3)?,
                        given_by: r.get(4)?,
                        lines: Vec::new(),
                        counted: r.get(5)?,
                        over: r.get(6)?,
                    },
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut lines = self.conn().prepare_cached(
            "SELECT category, quantity, points FROM handout_line WHERE handout_id = ?1 ORDER BY rowid",
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, mut row) in rows {
            row.lines = lines
                .query_map([id], |r| {
                    Ok(HandoutLine {
                        category: r.get(0)?,
                        quantity: r.get(1)?,
                        points: r.get(2)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
            out.push(row);
        }
        Ok(out)
    }
}
