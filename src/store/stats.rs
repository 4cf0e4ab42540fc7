//! The statistics screen's reads: grouped counts only, each on an index (a busy
//! day's refresh must stay far below a tenth of a second on the million-person
//! database; `cargo bench --bench reports` measures it). Tickets and referrals of the
//! span are read by the period report's own queries (`store::report`).

use chrono::NaiveDate;
use rusqlite::params;

use super::{Store, StoreError, decode};
use crate::domain::codes::ReferralState;
use crate::domain::report::period::Period;

impl Store {
    /// Tickets that arrived on `day`, by hour of arrival: (hour, tickets).
    pub fn arrivals_by_hour(&self, day: NaiveDate) -> Result<Vec<(u32, u64)>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT CAST(substr(arrived_at, 12, 2) AS INTEGER), count(*) \
             FROM ticket WHERE day = ?1 GROUP BY 1",
        )?;
        let rows = stmt.query_map(params![day], |row| {
            Ok((
                row.get::<_, i64>(0)?.clamp(0, 23) as u32,
                row.get::<_, i64>(1)?.max(0) as u64,
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Visits per day in `period`, days with visits only: (day, visits).
    pub fn visits_by_day(&self, period: &Period) -> Result<Vec<(NaiveDate, u64)>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT visited_on, count(*) FROM visit \
             WHERE visited_on BETWEEN ?1 AND ?2 GROUP BY 1",
        )?;
        let rows = stmt.query_map(params![period.from, period.to], |row| {
            Ok((row.get(0)?, row.get::<_, i64>(1)?.max(0) as u64))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// People with a visit in `period`: (new, returning), where returning people had
    /// a visit before it.
    pub fn people_new_returning(&self, period: &Period) -> Result<(u64, u64), StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT count(*), ifnull(sum(EXISTS (SELECT 1 FROM visit b \
                 WHERE b.person_id = s.person_id AND b.visited_on < ?1)), 0) \
             FROM (SELECT DISTINCT person_id FROM visit \
                   WHERE visited_on BETWEEN ?1 AND ?2) s",
        )?;
        let (people, returning) = stmt.query_row(params![period.from, period.to], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?))
        })?;
        let returning = returning.max(0) as u64;
        Ok(((people.max(0) as u64).saturating_sub(returning), returning))
    }

    /// Open referrals (sent or accepted, whenever), grouped by state and follow-up
    /// date: (state, follow-up date, referrals).
    pub fn referrals_still_open(
        &self,
    ) -> Result<Vec<(ReferralState, Option<NaiveDate>, u64)>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT state, follow_up_on, count(*) FROM referral \
             WHERE state IN ('sent', 'accepted') GROUP BY 1, 2",
        )?;
        let rows = stmt.query_map([], |row| {
            let state: String = row.get(0)?;
            Ok((
                decode(&state, ReferralState::from_code)?,
                row.get(1)?,
                row.get::<_, i64>(2)?.max(0) as u64,
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::domain::report::stats::Span;
    use crate::report::stats::statistics;
    use crate::store::Store;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    /// A hand-counted centre on Sunday 15 March 2026: who came when, what happened.
    fn centre() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        let sql = "
            INSERT INTO person (id, surname, given_name, created_at, created_by, updated_at, updated_by)
            VALUES (1, 'A', 'A', '2026-01-01', 't', '2026-01-01', 't'),
                   (2, 'B', 'B', '2026-01-01', 't', '2026-01-01', 't'),
                   (3, 'C', 'C', '2026-01-01', 't', '2026-01-01', 't');
            -- 1 came before March and today (returning today); 2 only today (new);
            -- 3 on 10 March (this week) and 2 March (this month, not this week).
            INSERT INTO visit (person_id, visited_on, operator, created_at) VALUES
                (1, '2026-02-20', 't', 'x'), (1, '2026-03-15', 't', 'x'),
                (2, '2026-03-15', 't', 'x'), (2, '2026-03-15', 't', 'x'),
                (3, '2026-03-10', 't', 'x'), (3, '2026-03-02', 't', 'x'),
                (3, '2026-01-01', 't', 'x');
            -- Today: two at 9 (one called after 10 minutes, done; one after 30,
            -- referred), one at 11 still waiting; on 10 March one not seen.
            INSERT INTO ticket (day, seq, number, service_id, state, arrived_at, called_at, created_by) VALUES
                ('2026-03-15', 1, 'A1', 1, 'done', '2026-03-15T09:05:00', '2026-03-15T09:15:00', 't'),
                ('2026-03-15', 2, 'A2', 1, 'referred', '2026-03-15T09:40:00', '2026-03-15T10:10:00', 't'),
                ('2026-03-15', 3, 'A3', 1, 'waiting', '2026-03-15T11:01:00', NULL, 't'),
                ('2026-03-10', 1, 'A1', 1, 'not-seen', '2026-03-10T12:00:00', NULL, 't');
            -- Referrals: one sent today, follow-up tomorrow; one sent on 2 March,
            -- accepted, follow-up passed; one completed on 11 March.
            INSERT INTO referral (person_id, service_id, urgency, state, follow_up_on,
                                  created_at, created_by, updated_at, updated_by) VALUES
                (1, 2, 'routine', 'sent', '2026-03-16', '2026-03-15T09:30:00', 't', 'x', 't'),
                (2, 2, 'routine', 'accepted', '2026-03-14', '2026-03-02T10:00:00', 't', 'x', 't'),
                (3, 2, 'routine', 'completed', '2026-03-01', '2026-03-11T10:00:00', 't', 'x', 't');
        ";
        store.conn().execute_batch(sql).unwrap();
        (dir, store)
    }

    #[test]
    fn the_screens_figures_against_a_hand_counted_centre() {
        let (_dir, store) = centre();
        let line = store.services().unwrap()[0].code.clone();
        let destination = store.services().unwrap()[1].code.clone();

        let s = statistics(&store, day(15), Span::Today).unwrap();
        assert_eq!(s.arrivals_by_hour[9], 2);
        assert_eq!(s.arrivals_by_hour[11], 1);
        assert_eq!(s.arrivals_today(), 3);
        let waits = &s.period.waits[&line];
        assert_eq!(
            (waits.total(), waits.median(), waits.p90()),
            (2, Some(10), Some(30))
        );
        assert_eq!(s.period.tickets[&line]["waiting"], 1);
        assert!(
            !s.period.tickets[&line].contains_key("not-seen"),
            "10 March is not today"
        );
        assert_eq!((s.period.people_new, s.period.people_returning), (1, 1));
        assert_eq!(s.period.referrals[&destination]["sent"], 1);
        assert_eq!((s.referrals_open, s.referrals_overdue), (2, 1));
        assert_eq!(s.visits_by_day.last(), Some(&(day(15), 3)));
        assert_eq!(
            s.visits_by_day.iter().map(|d| d.1).sum::<u64>(),
            6,
            "1 January is older"
        );

        let week = statistics(&store, day(15), Span::Week).unwrap();
        assert_eq!(week.period.tickets[&line]["not-seen"], 1);
        // Person 3 came on the 10th and before it (the 2nd): returning.
        assert_eq!(
            (week.period.people_new, week.period.people_returning),
            (1, 2)
        );
        assert_eq!(week.period.referrals[&destination].values().sum::<u64>(), 2);
        assert_eq!(
            week.arrivals_by_hour, s.arrivals_by_hour,
            "arrivals are always today's"
        );

        let month = statistics(&store, day(15), Span::Month).unwrap();
        assert_eq!(
            month.period.referrals[&destination].values().sum::<u64>(),
            3
        );
        assert_eq!(month.period.people_served, 3);
    }
}
