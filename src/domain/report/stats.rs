//! The statistics screen's figures: counts of the centre's own work, no row about any
//! person. The store reads them in a few grouped queries; this module says which days
//! a span covers and holds the figures the way the screen draws them.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use super::period::{Period, PeriodCounts, ReferralFact, TicketFact};
use crate::domain::codes::{ReferralState, TicketState};

/// Days drawn in "visits per day".
pub const VISIT_DAYS: u64 = 30;

/// The span the period figures (waits, tickets, referrals, new and returning
/// people) cover; one key on the screen moves to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Span {
    #[default]
    Today,
    /// Monday of this week to today.
    Week,
    /// The first of this month to today.
    Month,
}

impl Span {
    pub const ALL: [Span; 3] = [Span::Today, Span::Week, Span::Month];

    /// The days this span covers on `today`.
    pub fn period(self, today: NaiveDate) -> Period {
        let from = match self {
            Span::Today => today,
            Span::Week => today
                .checked_sub_days(Days::new(u64::from(today.weekday().num_days_from_monday())))
                .unwrap_or(today),
            Span::Month => today.with_day(1).unwrap_or(today),
        };
        Period { from, to: today }
    }

    pub fn next(self) -> Span {
        match self {
            Span::Today => Span::Week,
            Span::Week => Span::Month,
            Span::Month => Span::Today,
        }
    }
}

/// The days of "visits per day": the last [`VISIT_DAYS`] days up to `today`.
pub fn visit_days(today: NaiveDate) -> Period {
    Period {
        from: today
            .checked_sub_days(Days::new(VISIT_DAYS - 1))
            .unwrap_or(today),
        to: today,
    }
}

/// Everything the statistics screen shows, counted on one day.
#[derive(Debug, Clone, PartialEq)]
pub struct Statistics {
    pub today: NaiveDate,
    pub span: Span,
    /// Tickets that arrived today, by the hour of arrival (0–23).
    pub arrivals_by_hour: [u64; 24],
    /// The span's tickets (by service and outcome, waits) and referrals sent (by
    /// destination and outcome), and its new and returning people: the period
    /// report's own counting, so both always agree.
    pub period: PeriodCounts,
    /// Referrals still open (sent or accepted), whenever they were sent.
    pub referrals_open: u64,
    /// Of those, the ones whose follow-up date has passed.
    pub referrals_overdue: u64,
    /// Visits on each of the last [`VISIT_DAYS`] days, oldest first (days without a
    /// visit included, as zero).
    pub visits_by_day: Vec<(NaiveDate, u64)>,
}

impl Statistics {
    pub fn new(today: NaiveDate, span: Span, centre: &str) -> Statistics {
        Statistics {
            today,
            span,
            arrivals_by_hour: [0; 24],
            period: PeriodCounts::new(span.period(today), None, centre, today),
            referrals_open: 0,
            referrals_overdue: 0,
            visits_by_day: Vec::new(),
        }
    }

    pub fn add_arrivals(&mut self, hour: u32, count: u64) {
        if let Some(slot) = self.arrivals_by_hour.get_mut(hour as usize) {
            *slot += count;
        }
    }

    pub fn add_tickets(&mut self, ticket: &TicketFact, count: u64) {
        self.period.add_tickets(ticket, count);
    }

    pub fn add_referral(&mut self, referral: &ReferralFact) {
        self.period.add_referral(referral);
    }

    /// The span's people with a visit: `new` had none before the span.
    pub fn set_people(&mut self, new: u64, returning: u64) {
        self.period.people_new = new;
        self.period.people_returning = returning;
        self.period.people_served = new + returning;
    }

    /// Open referrals by state and follow-up date (grouped by the store).
    pub fn add_open_referrals(
        &mut self,
        state: ReferralState,
        follow_up_on: Option<NaiveDate>,
        count: u64,
    ) {
        if crate::domain::referral::is_closed(state) {
            return;
        }
        self.referrals_open += count;
        if follow_up_on.is_some_and(|due| due < self.today) {
            self.referrals_overdue += count;
        }
    }

    /// Visits per day from the store's (day, count) rows: every day of the last
    /// [`VISIT_DAYS`] in order, missing days as zero.
    pub fn set_visits(&mut self, rows: &[(NaiveDate, u64)]) {
        let counted: BTreeMap<NaiveDate, u64> = rows.iter().copied().collect();
        let days = visit_days(self.today);
        self.visits_by_day = days
            .from
            .iter_days()
            .take_while(|d| *d <= days.to)
            .map(|d| (d, counted.get(&d).copied().unwrap_or(0)))
            .collect();
    }

    /// Tickets today, all hours.
    pub fn arrivals_today(&self) -> u64 {
        self.arrivals_by_hour.iter().sum()
    }

    /// Each service line's tickets in the span by outcome, in the order of
    /// [`TicketState::ALL`], with the line's total.
    pub fn tickets_by_service(&self) -> Vec<(String, Vec<u64>, u64)> {
        self.period
            .tickets
            .iter()
            .map(|(service, states)| {
                let row: Vec<u64> = TicketState::ALL
                    .iter()
                    .map(|s| states.get(s.code()).copied().unwrap_or(0))
                    .collect();
                let total = row.iter().sum();
                (service.clone(), row, total)
            })
            .collect()
    }

    /// Each destination's referrals sent in the span by outcome, in the order of
    /// [`ReferralState::ALL`], with the destination's total.
    pub fn referrals_by_destination(&self) -> Vec<(String, Vec<u64>, u64)> {
        self.period
            .referrals
            .iter()
            .map(|(service, states)| {
                let row: Vec<u64> = ReferralState::ALL
                    .iter()
                    .map(|s| states.get(s.code()).copied().unwrap_or(0))
                    .collect();
                let total = row.iter().sum();
                (service.clone(), row, total)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn spans_start_on_monday_and_on_the_first() {
        let sunday = day(2026, 3, 15);
        assert_eq!(Span::Today.period(sunday).from, sunday);
        assert_eq!(Span::Week.period(sunday).from, day(2026, 3, 9));
        assert_eq!(Span::Week.period(day(2026, 3, 9)).from, day(2026, 3, 9));
        assert_eq!(Span::Month.period(sunday).from, day(2026, 3, 1));
        assert_eq!(Span::Month.period(sunday).to, sunday);
        assert_eq!(Span::Today.next().next().next(), Span::Today);
    }

    #[test]
    fn visits_fill_every_day_and_open_referrals_count_overdue() {
        let today = day(2026, 3, 15);
        let mut s = Statistics::new(today, Span::Today, "A");
        s.set_visits(&[
            (day(2026, 3, 15), 7),
            (day(2026, 2, 14), 2),
            (day(2026, 1, 1), 9),
        ]);
        assert_eq!(s.visits_by_day.len(), VISIT_DAYS as usize);
        assert_eq!(s.visits_by_day[0], (day(2026, 2, 14), 2));
        assert_eq!(s.visits_by_day[29], (today, 7));
        assert_eq!(s.visits_by_day.iter().map(|v| v.1).sum::<u64>(), 9);

        s.add_open_referrals(ReferralState::Sent, Some(day(2026, 3, 14)), 3);
        s.add_open_referrals(ReferralState::Accepted, Some(today), 2);
        s.add_open_referrals(ReferralState::Accepted, None, 1);
        s.add_open_referrals(ReferralState::Completed, Some(day(2026, 3, 1)), 5);
        assert_eq!((s.referrals_open, s.referrals_overdue), (6, 3));

        s.add_arrivals(9, 4);
        s.add_arrivals(24, 1);
        assert_eq!(s.arrivals_today(), 4, "no 25th hour");
    }
}
