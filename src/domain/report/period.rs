//! The period report's counting rules: who was served, what happened to tickets and
//! referrals, and the breakdowns of the people served. The store streams facts in;
//! [`PeriodCounts`] adds them up. Counts are exact here: suppression happens when a
//! report is published ([`super::disclosure`]), after any merging.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::waits::WaitHistogram;
use crate::domain::codes::{Gender, ReferralState, TicketState, Vulnerability};
use crate::domain::referral::is_closed;

/// Bumped whenever a figure's definition changes: aggregates of different
/// definitions are never added together.
pub const DEFINITION_VERSION: u32 = 1;

/// Marks a file as a kentro period aggregate.
pub const AGGREGATE_KIND: &str = "kentro-period-aggregate";

/// A closed range of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, PeriodError> {
        if from > to {
            return Err(PeriodError::Reversed);
        }
        Ok(Period { from, to })
    }

    /// The calendar month `year-month`.
    pub fn month(year: i32, month: u32) -> Result<Period, PeriodError> {
        let from = NaiveDate::from_ymd_opt(year, month, 1).ok_or(PeriodError::NoSuchMonth)?;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        };
        let to = next
            .and_then(|d| d.pred_opt())
            .ok_or(PeriodError::NoSuchMonth)?;
        Ok(Period { from, to })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodError {
    Reversed,
    NoSuchMonth,
}

impl std::fmt::Display for PeriodError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PeriodError::Reversed => "the period ends before it starts",
            PeriodError::NoSuchMonth => "no such month (write YYYY-MM)",
        })
    }
}

/// Age bands of the period report, aligned with the ESF bands (under 18, 18–29,
/// 55 and over) so that both read the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AgeBand {
    Under18,
    From18To29,
    From30To54,
    From55To64,
    From65,
    Unknown,
}

impl AgeBand {
    pub const ALL: [AgeBand; 6] = [
        AgeBand::Under18,
        AgeBand::From18To29,
        AgeBand::From30To54,
        AgeBand::From55To64,
        AgeBand::From65,
        AgeBand::Unknown,
    ];

    /// The band of someone born on `dob` on the day `on` (a birthday counts from
    /// its own day: 18 on the 18th birthday).
    pub fn of(dob: Option<NaiveDate>, on: NaiveDate) -> AgeBand {
        match dob.and_then(|d| on.years_since(d)) {
            None => AgeBand::Unknown,
            Some(age) if age < 18 => AgeBand::Under18,
            Some(age) if age < 30 => AgeBand::From18To29,
            Some(age) if age < 55 => AgeBand::From30To54,
            Some(age) if age < 65 => AgeBand::From55To64,
            Some(_) => AgeBand::From65,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            AgeBand::Under18 => "0-17",
            AgeBand::From18To29 => "18-29",
            AgeBand::From30To54 => "30-54",
            AgeBand::From55To64 => "55-64",
            AgeBand::From65 => "65+",
            AgeBand::Unknown => "unknown",
        }
    }
}

/// Household sizes as reported: 1 to 5 and "6 or more"; a person with no household
/// recorded lives alone as far as the centre knows.
pub fn household_size_code(members: u32) -> &'static str {
    match members {
        0 | 1 => "1",
        2 => "2",
        3 => "3",
        4 => "4",
        5 => "5",
        _ => "6+",
    }
}

/// What the report needs of one person served in the period.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServedPerson {
    /// The first visit in the period (age is taken on that day).
    pub first_visit: Option<NaiveDate>,
    /// Had a visit before the period.
    pub returning: bool,
    pub visits: u64,
    pub date_of_birth: Option<NaiveDate>,
    pub gender: Option<Gender>,
    pub nationality: Option<String>,
    pub municipality: Option<String>,
    /// The language the person uses most (the first recorded).
    pub language: Option<String>,
    pub vulnerabilities: Vec<Vulnerability>,
    /// Members of the person's household, the person included (0: none recorded).
    pub household_size: u32,
}

/// The breakdowns of the people served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    Gender,
    AgeBand,
    Nationality,
    Municipality,
    Language,
    Vulnerability,
    HouseholdSize,
}

impl Dimension {
    pub const ALL: [Dimension; 7] = [
        Dimension::Gender,
        Dimension::AgeBand,
        Dimension::Nationality,
        Dimension::Municipality,
        Dimension::Language,
        Dimension::Vulnerability,
        Dimension::HouseholdSize,
    ];

    /// Whether every person falls in exactly one category, so the categories add up
    /// to the people served (vulnerability groups do not: one person may be in several).
    pub fn partitions(self) -> bool {
        self != Dimension::Vulnerability
    }
}

/// The key for a value that was not recorded.
pub const UNKNOWN: &str = "unknown";
/// The vulnerability key of people in no group.
pub const NONE: &str = "none";

/// A ticket of the period, as counted.
#[derive(Debug, Clone, PartialEq)]
pub struct TicketFact {
    pub service: String,
    pub state: TicketState,
    /// Whole minutes from arrival to call, for tickets that were called.
    pub wait_minutes: Option<u32>,
}

/// A referral sent in the period.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferralFact {
    pub destination: String,
    pub state: ReferralState,
    pub follow_up_on: Option<NaiveDate>,
}

/// The period's figures, exact and additive: an anonymous aggregate (no row is about
/// one person) that several centres' files can be merged into.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodCounts {
    pub kind: String,
    pub definition: u32,
    pub period: Period,
    /// Only this service line (its code), or every line.
    pub service: Option<String>,
    /// The centres added into this file (their names, one for a centre's own).
    pub centres: Vec<String>,
    pub people_served: u64,
    pub people_new: u64,
    pub people_returning: u64,
    pub visits: u64,
    /// dimension → category code → people.
    pub breakdowns: BTreeMap<Dimension, BTreeMap<String, u64>>,
    /// service code → ticket state code → tickets.
    pub tickets: BTreeMap<String, BTreeMap<String, u64>>,
    /// service code → waits of the tickets called.
    pub waits: BTreeMap<String, WaitHistogram>,
    /// destination service code → referral state code → referrals.
    pub referrals: BTreeMap<String, BTreeMap<String, u64>>,
    /// Referrals sent in the period still open whose follow-up date has passed.
    pub follow_ups_overdue: u64,
    /// The day overdue follow-ups were counted on.
    pub counted_on: NaiveDate,
}

impl PeriodCounts {
    pub fn new(
        period: Period,
        service: Option<String>,
        centre: &str,
        counted_on: NaiveDate,
    ) -> Self {
        PeriodCounts {
            kind: AGGREGATE_KIND.to_string(),
            definition: DEFINITION_VERSION,
            period,
            service,
            centres: vec![centre.to_string()],
            people_served: 0,
            people_new: 0,
            people_returning: 0,
            visits: 0,
            breakdowns: Dimension::ALL
                .iter()
                .map(|d| (*d, BTreeMap::new()))
                .collect(),
            tickets: BTreeMap::new(),
            waits: BTreeMap::new(),
            referrals: BTreeMap::new(),
            follow_ups_overdue: 0,
            counted_on,
        }
    }

    pub fn add_person(&mut self, person: &ServedPerson) {
        self.people_served += 1;
        if person.returning {
            self.people_returning += 1;
        } else {
            self.people_new += 1;
        }
        self.visits += person.visits;
        let on = person.first_visit.unwrap_or(self.period.from);
        let text = |value: &Option<String>| {
            value
                .as_deref()
                .filter(|v| !v.trim().is_empty())
                .unwrap_or(UNKNOWN)
                .to_string()
        };
        let gender = person.gender.map_or(UNKNOWN, Gender::code).to_string();
        self.count(Dimension::Gender, gender);
        self.count(
            Dimension::AgeBand,
            AgeBand::of(person.date_of_birth, on).code().to_string(),
        );
        self.count(Dimension::Nationality, text(&person.nationality));
        self.count(Dimension::Municipality, text(&person.municipality));
        self.count(Dimension::Language, text(&person.language));
        if person.vulnerabilities.is_empty() {
            self.count(Dimension::Vulnerability, NONE.to_string());
        }
        let mut groups = person.vulnerabilities.clone();
        groups.sort_unstable();
        groups.dedup();
        for group in groups {
            self.count(Dimension::Vulnerability, group.code().to_string());
        }
        self.count(
            Dimension::HouseholdSize,
            household_size_code(person.household_size).to_string(),
        );
    }

    fn count(&mut self, dimension: Dimension, key: String) {
        *self
            .breakdowns
            .entry(dimension)
            .or_default()
            .entry(key)
            .or_default() += 1;
    }

    pub fn add_ticket(&mut self, ticket: &TicketFact) {
        self.add_tickets(ticket, 1);
    }

    /// Adds `count` tickets with the same facts (the store groups them).
    pub fn add_tickets(&mut self, ticket: &TicketFact, count: u64) {
        *self
            .tickets
            .entry(ticket.service.clone())
            .or_default()
            .entry(ticket.state.code().to_string())
            .or_default() += count;
        if let Some(minutes) = ticket.wait_minutes {
            self.waits
                .entry(ticket.service.clone())
                .or_default()
                .add_many(minutes, count);
        }
    }

    pub fn add_referral(&mut self, referral: &ReferralFact) {
        *self
            .referrals
            .entry(referral.destination.clone())
            .or_default()
            .entry(referral.state.code().to_string())
            .or_default() += 1;
        if !is_closed(referral.state)
            && referral
                .follow_up_on
                .is_some_and(|due| due < self.counted_on)
        {
            self.follow_ups_overdue += 1;
        }
    }

    /// Adds another centre's aggregate of the same period and definition.
    pub fn merge(&mut self, other: &PeriodCounts) -> Result<(), MergeError> {
        if other.kind != AGGREGATE_KIND {
            return Err(MergeError::NotAnAggregate);
        }
        if other.definition != self.definition {
            return Err(MergeError::Definition(self.definition, other.definition));
        }
        if other.period != self.period {
            return Err(MergeError::Period(self.period, other.period));
        }
        if other.service != self.service {
            return Err(MergeError::Service);
        }
        self.centres.extend(other.centres.iter().cloned());
        self.people_served += other.people_served;
        self.people_new += other.people_new;
        self.people_returning += other.people_returning;
        self.visits += other.visits;
        for (dimension, categories) in &other.breakdowns {
            add_nested(self.breakdowns.entry(*dimension).or_default(), categories);
        }
        for (service, states) in &other.tickets {
            add_nested(self.tickets.entry(service.clone()).or_default(), states);
        }
        for (service, waits) in &other.waits {
            self.waits.entry(service.clone()).or_default().merge(waits);
        }
        for (service, states) in &other.referrals {
            add_nested(self.referrals.entry(service.clone()).or_default(), states);
        }
        self.follow_ups_overdue += other.follow_ups_overdue;
        self.counted_on = self.counted_on.max(other.counted_on);
        Ok(())
    }
}

fn add_nested(into: &mut BTreeMap<String, u64>, from: &BTreeMap<String, u64>) {
    for (key, count) in from {
        *into.entry(key.clone()).or_default() += count;
    }
}

/// Why two aggregates cannot be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    NotAnAggregate,
    Definition(u32, u32),
    Period(Period, Period),
    Service,
}

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MergeError::NotAnAggregate => f.write_str("not a kentro period aggregate"),
            MergeError::Definition(a, b) => write!(
                f,
                "counted with definition version {b}, the others with {a}: update kentro so all centres count alike"
            ),
            MergeError::Period(a, b) => write!(
                f,
                "covers {} to {}, the others {} to {}",
                b.from, b.to, a.from, a.to
            ),
            MergeError::Service => f.write_str("covers another service line than the others"),
        }
    }
}

#[cfg(test)]
mod tests;
