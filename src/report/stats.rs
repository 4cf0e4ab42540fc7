//! The statistics screen's refresh: every figure it draws, read in a handful of
//! grouped queries (no row about any person leaves the store). The screen calls
//! [`statistics`] and nothing else; the "busy day" part of `cargo bench --bench
//! reports` times the same call.

use chrono::NaiveDate;

use crate::domain::report::stats::{Span, Statistics, visit_days};
use crate::store::{Store, StoreError};

/// The figures of `today` and of `span` up to today.
pub fn statistics(store: &Store, today: NaiveDate, span: Span) -> Result<Statistics, StoreError> {
    let centre = store
        .setting(super::CENTRE_NAME_SETTING)?
        .unwrap_or_else(|| "kentro".to_string());
    let mut figures = Statistics::new(today, span, &centre);
    for (hour, count) in store.arrivals_by_hour(today)? {
        figures.add_arrivals(hour, count);
    }
    let period = span.period(today);
    for (ticket, count) in store.ticket_facts(&period, None)? {
        figures.add_tickets(&ticket, count);
    }
    for referral in store.referral_facts(&period, None)? {
        figures.add_referral(&referral);
    }
    let (new, returning) = store.people_new_returning(&period)?;
    figures.set_people(new, returning);
    for (state, follow_up_on, count) in store.referrals_still_open()? {
        figures.add_open_referrals(state, follow_up_on, count);
    }
    figures.set_visits(&store.visits_by_day(&visit_days(today))?);
    Ok(figures)
}
