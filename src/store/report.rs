//! The facts reports count: people served in a period, its tickets and referrals.
//! Counting itself is domain's (`domain::report`); these queries only read.

use chrono::{Days, NaiveDate};
use rusqlite::params;

use super::{Store, StoreError, decode};
use crate::domain::codes::{Gender, ReferralState, TicketState, Vulnerability, split_codes};
use crate::domain::report::period::{Period, ReferralFact, ServedPerson, TicketFact};

impl Store {
    /// The id of the service line with `code`, for a report limited to it.
    pub fn service_id_by_code(&self, code: &str) -> Result<Option<i64>, StoreError> {
        Ok(self.service_by_code(code)?.map(|s| s.id))
    }

    /// Streams each person with a visit in `period` (at `service`, if given) with the
    /// facts the period report counts.
    pub fn for_each_served(
        &self,
        period: &Period,
        service: Option<i64>,
        mut each: impl FnMut(ServedPerson),
    ) -> Result<(), StoreError> {
        // Without a line: one pass over the visits in person order (the index on
        // person and day alone), which gives each person's first visit in the period,
        // their visits in it and whether they came before, with no sorting and no probe
        // per person. With a line the visits of the period are taken by day and line.
        let sql = match service {
            None => {
                "WITH served AS ( \
                     SELECT person_id, \
                         min(visited_on) FILTER (WHERE visited_on >= ?1) AS first_on, \
                         count(*) FILTER (WHERE visited_on >= ?1) AS visits, \
                         max(visited_on < ?1) AS before \
                     FROM visit INDEXED BY visit_person WHERE visited_on <= ?2 \
                     AND ?3 IS NULL GROUP BY person_id \
                     HAVING count(*) FILTER (WHERE visited_on >= ?1) > 0) \
                 SELECT s.first_on, s.visits, s.before, \
                     p.date_of_birth, p.gender, p.nationality, p.municipality, p.languages, \
                     p.vulnerabilities, \
                     CASE WHEN p.household_id IS NULL THEN 0 ELSE \
                         (SELECT count(*) FROM person m WHERE m.household_id = p.household_id) END \
                 FROM served s JOIN person p ON p.id = s.person_id"
            }
            Some(_) => {
                "WITH served AS ( \
                     SELECT person_id, min(visited_on) AS first_on, count(*) AS visits \
                     FROM visit WHERE visited_on BETWEEN ?1 AND ?2 \
                     AND service_id = ?3 GROUP BY person_id) \
                 SELECT s.first_on, s.visits, \
                     EXISTS (SELECT 1 FROM visit b WHERE b.person_id = s.person_id AND b.visited_on < ?1), \
                     p.date_of_birth, p.gender, p.nationality, p.municipality, p.languages, \
                     p.vulnerabilities, \
                     CASE WHEN p.household_id IS NULL THEN 0 ELSE \
                         (SELECT count(*) FROM person m WHERE m.household_id = p.household_id) END \
                 FROM served s JOIN person p ON p.id = s.person_id"
            }
        };
        let mut stmt = self.conn().prepare_cached(sql)?;
        let mut rows = stmt.query(params![period.from, period.to, service])?;
        while let Some(row) = rows.next()? {
            let gender: Option<String> = row.get(4)?;
            let languages: String = row.get(7)?;
            let vulnerabilities: String = row.get(8)?;
            each(ServedPerson {
                first_visit: row.get(0)?,
                visits: row.get::<_, i64>(1)?.max(0) as u64,
                returning: row.get(2)?,
                date_of_birth: row.get(3)?,
                gender: gender.map(|g| decode(&g, Gender::from_code)).transpose()?,
                nationality: row.get(5)?,
                municipality: row.get(6)?,
                language: languages
                    .split(',')
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .map(str::to_string),
                vulnerabilities: split_codes(&vulnerabilities, Vulnerability::from_code),
                household_size: row.get::<_, i64>(9)?.clamp(0, i64::from(u32::MAX)) as u32,
            });
        }
        Ok(())
    }

    /// The period's tickets grouped by service, state and whole minutes waited, with
    /// how many share them.
    pub fn ticket_facts(
        &self,
        period: &Period,
        service: Option<i64>,
    ) -> Result<Vec<(TicketFact, u64)>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT s.code, t.state, \
                 CASE WHEN t.called_at IS NULL THEN NULL \
                 ELSE max(0, unixepoch(t.called_at) - unixepoch(t.arrived_at)) / 60 END AS wait, \
                 count(*) \
             FROM ticket t JOIN service s ON s.id = t.service_id \
             WHERE t.day BETWEEN ?1 AND ?2 AND (?3 IS NULL OR t.service_id = ?3) \
             GROUP BY 1, 2, 3",
        )?;
        let rows = stmt.query_map(params![period.from, period.to, service], |row| {
            let state: String = row.get(1)?;
            let wait: Option<i64> = row.get(2)?;
            Ok((
                TicketFact {
                    service: row.get(0)?,
                    state: decode(&state, TicketState::from_code)?,
                    wait_minutes: wait.map(|w| w.clamp(0, i64::from(u32::MAX)) as u32),
                },
                row.get::<_, i64>(3)?.max(0) as u64,
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Referrals sent in the period (from tickets of `service`, if given).
    pub fn referral_facts(
        &self,
        period: &Period,
        service: Option<i64>,
    ) -> Result<Vec<ReferralFact>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT s.code, r.state, r.follow_up_on \
             FROM referral r JOIN service s ON s.id = r.service_id \
             WHERE r.created_at >= ?1 AND r.created_at < ?2 \
             AND (?3 IS NULL OR r.ticket_id IN (SELECT id FROM ticket WHERE service_id = ?3))",
        )?;
        let rows = stmt.query_map(params![period.from, day_after(period.to), service], |row| {
            let state: String = row.get(1)?;
            Ok(ReferralFact {
                destination: row.get(0)?,
                state: decode(&state, ReferralState::from_code)?,
                follow_up_on: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// The first moment after `day`, as the text bound that compares with timestamps.
fn day_after(day: NaiveDate) -> NaiveDate {
    day.checked_add_days(Days::new(1)).unwrap_or(day)
}
