//! Reports for people outside the desk: the period report (centre, municipality,
//! observatory) and the ESF+ indicators. Facts are read from the store, counted by the
//! domain's rules, labelled in the operator's language ([`tables`]) and written as
//! Markdown, CSV, JSON or an Excel workbook ([`render`]).

pub mod render;
pub mod stats;
pub mod tables;

use chrono::NaiveDate;

use crate::domain::report::period::{Period, PeriodCounts};
use crate::store::{Store, StoreError};

/// The setting that names the centre in aggregates sent to an observatory.
pub const CENTRE_NAME_SETTING: &str = "centre.name";

/// Counts the period's figures (at one service line, if `service` is given). `tick`
/// is called with the number of people counted so far, for a progress bar.
pub fn period_counts(
    store: &Store,
    period: Period,
    service: Option<&str>,
    today: NaiveDate,
    mut tick: impl FnMut(u64),
) -> Result<PeriodCounts, ReportError> {
    let service_id = match service {
        Some(code) => Some(
            store
                .service_id_by_code(code)?
                .ok_or_else(|| ReportError::UnknownService(code.to_string()))?,
        ),
        None => None,
    };
    let centre = store
        .setting(CENTRE_NAME_SETTING)?
        .unwrap_or_else(|| "kentro".to_string());
    let mut counts = PeriodCounts::new(period, service.map(str::to_string), &centre, today);
    store.for_each_served(&period, service_id, |person| {
        counts.add_person(&person);
        if counts.people_served.is_multiple_of(10_000) {
            tick(counts.people_served);
        }
    })?;
    for (ticket, count) in store.ticket_facts(&period, service_id)? {
        counts.add_tickets(&ticket, count);
    }
    for referral in store.referral_facts(&period, service_id)? {
        counts.add_referral(&referral);
    }
    Ok(counts)
}

#[derive(Debug)]
pub enum ReportError {
    UnknownService(String),
    Store(StoreError),
}

impl From<StoreError> for ReportError {
    fn from(e: StoreError) -> Self {
        ReportError::Store(e)
    }
}

impl std::error::Error for ReportError {}

impl std::fmt::Display for ReportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReportError::UnknownService(code) => {
                write!(f, "no service line {code:?} (see `kentro queue services`)")
            }
            ReportError::Store(e) => write!(f, "{e}"),
        }
    }
}
