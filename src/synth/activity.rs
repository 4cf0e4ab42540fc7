//! Two years of a centre's history for seeded people: tickets with their waits and
//! outcomes, the visits they record, referrals and appointments.
//!
//! Like the people, every person's history is a pure function of `(seed, today,
//! index)` (its own random stream), so the same seed gives the same history whatever
//! the batch size. Ticket numbers are the only thing that depends on what is already
//! stored (they are unique per day and prefix): [`TicketNumbers`] hands them out.
//!
//! Only weekdays before today are used; today's queue belongs to the desks.

use std::collections::HashMap;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};
use rand::Rng;

use super::centre::reasons_for;
use super::people::random_operator;
use super::rng::{SplitMix64, pick, pick_weighted};
use crate::domain::codes::{AppointmentState, ReferralState, TicketState, Urgency};
use crate::domain::queue::ticket_number;
use crate::domain::records::{Appointment, Contact, Referral, Ticket, TicketEvent, Visit};

/// The random stream of histories (people use 1, the demo centre 2).
const ACTIVITY_STREAM: u64 = 3;
/// How far back the history goes.
pub const HISTORY_DAYS: u64 = 730;
/// A referral's follow-up is due this many days after it is sent.
const FOLLOW_UP_DAYS: u64 = 14;

/// A service as the history generator needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct SeedService {
    pub id: i64,
    pub code: String,
    /// Empty for services without a queue line (outside bodies).
    pub ticket_prefix: String,
    pub accepts_referrals: bool,
}

/// A person's whole seeded history.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeededHistory {
    pub contacts: Vec<Contact>,
    /// Bookings without a ticket: missed, cancelled, or still to come.
    pub appointments: Vec<Appointment>,
}

pub struct ActivityGenerator {
    seed: u64,
    today: NaiveDate,
    /// Services with a queue line, where people arrive.
    lines: Vec<SeedService>,
    /// Services that take referrals, where people are sent.
    destinations: Vec<SeedService>,
}

impl ActivityGenerator {
    pub fn new(seed: u64, today: NaiveDate, services: &[SeedService]) -> Self {
        ActivityGenerator {
            seed,
            today,
            lines: services
                .iter()
                .filter(|s| !s.ticket_prefix.is_empty())
                .cloned()
                .collect(),
            destinations: services
                .iter()
                .filter(|s| s.accepts_referrals)
                .cloned()
                .collect(),
        }
    }

    /// The history of the person generated with `index`, stored as `person_id`.
    pub fn history(&self, index: u64, person_id: i64) -> SeededHistory {
        let mut history = SeededHistory::default();
        if self.lines.is_empty() {
            return history;
        }
        let mut rng = SplitMix64::for_item(self.seed, ACTIVITY_STREAM, index);
        let rng = &mut rng;
        // Most people come a few times; some come back every six months (KEA renewals).
        let count = [0usize, 1, 2, 3, 4, 6, 9][pick_weighted(rng, &[8, 30, 22, 16, 10, 9, 5])];
        let kea_rhythm = rng.random_bool(0.15);
        let first = rng.random_range(1..=HISTORY_DAYS);
        let mut days: Vec<u64> = (0..count)
            .map(|i| {
                if kea_rhythm {
                    first.saturating_sub(i as u64 * 182).max(1)
                } else {
                    rng.random_range(1..=HISTORY_DAYS)
                }
            })
            .collect();
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        // One usual line per person (most come for the same thing), sometimes another.
        let usual = rng.random_range(0..self.lines.len());
        for days_ago in days {
            let Some(day) = self.weekday(days_ago) else {
                continue;
            };
            let line = if kea_rhythm {
                self.lines
                    .iter()
                    .position(|s| s.code == "kea")
                    .unwrap_or(usual)
            } else if rng.random_bool(0.7) {
                usual
            } else {
                rng.random_range(0..self.lines.len())
            };
            let contact = self.contact(rng, person_id, day, &self.lines[line]);
            history.contacts.push(contact);
        }
        // A few bookings that never became a ticket, and some still to come.
        if rng.random_bool(0.04) {
            let days_ago = rng.random_range(1..=HISTORY_DAYS);
            if let Some(day) = self.weekday(days_ago) {
                let state = if rng.random_bool(0.7) {
                    AppointmentState::NoShow
                } else {
                    AppointmentState::Cancelled
                };
                let line = &self.lines[usual];
                history
                    .appointments
                    .push(booking(rng, person_id, line, day, state));
            }
        }
        if rng.random_bool(0.02) {
            let ahead = rng.random_range(1..=21);
            if let Some(day) = self.today.checked_add_days(Days::new(ahead))
                && day.weekday().number_from_monday() <= 5
            {
                let line = &self.lines[usual];
                let appointment = booking(rng, person_id, line, day, AppointmentState::Booked);
                history.appointments.push(appointment);
            }
        }
        history
    }

    /// The weekday `days_ago` days before today, moved back to Friday from a weekend.
    fn weekday(&self, days_ago: u64) -> Option<NaiveDate> {
        let day = self.today.checked_sub_days(Days::new(days_ago))?;
        let back = match day.weekday() {
            Weekday::Sat => 1,
            Weekday::Sun => 2,
            _ => 0,
        };
        day.checked_sub_days(Days::new(back))
    }

    fn contact(
        &self,
        rng: &mut SplitMix64,
        person_id: i64,
        day: NaiveDate,
        line: &SeedService,
    ) -> Contact {
        let operator = random_operator(rng);
        let arrived_at = arrival_time(rng, day);
        let reasons = reasons_for(&line.code);
        let reason = if reasons.is_empty() {
            String::new()
        } else {
            (*pick(rng, reasons)).to_owned()
        };
        let appointment = rng
            .random_bool(0.08)
            .then(|| booking(rng, person_id, line, day, AppointmentState::CheckedIn));
        let arrived_at = appointment.as_ref().map_or(arrived_at, |a| {
            a.starts_at - TimeDelta::minutes(rng.random_range(0..15))
        });
        let state = [
            TicketState::Done,
            TicketState::Referred,
            TicketState::NotSeen,
            TicketState::Cancelled,
        ][pick_weighted(rng, &[74, 12, 10, 4])];
        let desk = rng.random_range(1..=4);
        let wait = wait_minutes(rng, appointment.is_some());
        let called_at = arrived_at + TimeDelta::minutes(wait);
        let finished_at = called_at + TimeDelta::minutes(rng.random_range(5..=40));
        let seen = matches!(state, TicketState::Done | TicketState::Referred);
        let event = |at, from, to, desk| TicketEvent {
            ticket_id: 0,
            at,
            from_state: from,
            to_state: to,
            desk,
            operator: operator.to_owned(),
            note: String::new(),
        };
        let mut events = vec![event(arrived_at, None, TicketState::Waiting, None)];
        let (called, finished) = if seen {
            events.push(event(
                called_at,
                Some(TicketState::Waiting),
                TicketState::Called,
                Some(desk),
            ));
            events.push(event(
                called_at,
                Some(TicketState::Called),
                TicketState::InService,
                Some(desk),
            ));
            events.push(event(
                finished_at,
                Some(TicketState::InService),
                state,
                Some(desk),
            ));
            (Some(called_at), Some(finished_at))
        } else {
            // Closed at the end of the day, or given up by the person.
            let closed = if state == TicketState::NotSeen {
                day.and_time(NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN))
            } else {
                called_at
            };
            events.push(event(closed, Some(TicketState::Waiting), state, None));
            (None, Some(closed))
        };
        let ticket = Ticket {
            id: 0,
            day,
            number: String::new(),
            seq: 0,
            service_id: line.id,
            person_id: Some(person_id),
            label: String::new(),
            reason: reason.clone(),
            priority: Vec::new(),
            urgent: false,
            triage_note: String::new(),
            interpreter_language: None,
            appointment_id: None,
            state,
            desk: seen.then_some(desk),
            arrived_at,
            called_at: called,
            finished_at: finished,
            created_by: operator.to_owned(),
            version: 1,
        };
        let visit = seen.then(|| Visit {
            id: 0,
            person_id,
            visited_on: day,
            service_id: Some(line.id),
            reason,
            note: String::new(),
            operator: operator.to_owned(),
            created_at: Some(finished_at),
        });
        let referral = (state == TicketState::Referred && !self.destinations.is_empty())
            .then(|| self.referral(rng, person_id, line, finished_at, operator));
        Contact {
            ticket,
            events,
            appointment,
            visit,
            referral,
        }
    }

    /// A referral sent at `at`; how far it got depends on how long ago that was.
    fn referral(
        &self,
        rng: &mut SplitMix64,
        person_id: i64,
        from: &SeedService,
        at: NaiveDateTime,
        operator: &str,
    ) -> Referral {
        let destination = pick(rng, &self.destinations);
        let age = (self.today - at.date()).num_days();
        let state = if age > 60 {
            [
                ReferralState::Completed,
                ReferralState::Declined,
                ReferralState::NoShow,
                ReferralState::Cancelled,
                ReferralState::Sent,
                ReferralState::Accepted,
            ][pick_weighted(rng, &[60, 12, 13, 5, 4, 6])]
        } else {
            [
                ReferralState::Sent,
                ReferralState::Accepted,
                ReferralState::Completed,
                ReferralState::Declined,
            ][pick_weighted(rng, &[45, 30, 20, 5])]
        };
        let answered = at + TimeDelta::days(rng.random_range(1..=age.clamp(1, 30)));
        let answered = answered.min(self.today.and_time(NaiveTime::MIN));
        let open = matches!(state, ReferralState::Sent | ReferralState::Accepted);
        let reasons = reasons_for(&destination.code);
        Referral {
            id: 0,
            person_id,
            service_id: destination.id,
            ticket_id: None,
            reason: if reasons.is_empty() {
                reasons_for(&from.code)
                    .first()
                    .copied()
                    .unwrap_or("")
                    .to_owned()
            } else {
                (*pick(rng, reasons)).to_owned()
            },
            urgency: [Urgency::Routine, Urgency::Soon, Urgency::Urgent]
                [pick_weighted(rng, &[75, 20, 5])],
            note: String::new(),
            state,
            state_reason: String::new(),
            follow_up_on: open
                .then(|| at.date().checked_add_days(Days::new(FOLLOW_UP_DAYS)))
                .flatten(),
            consent_override: false,
            created_at: at,
            created_by: operator.to_owned(),
            updated_at: if state == ReferralState::Sent {
                at
            } else {
                answered.max(at)
            },
            updated_by: operator.to_owned(),
            version: 1,
        }
    }
}

/// A booking on `day` at a half-hour slot between 09:00 and 15:30.
fn booking(
    rng: &mut SplitMix64,
    person_id: i64,
    line: &SeedService,
    day: NaiveDate,
    state: AppointmentState,
) -> Appointment {
    let slot = rng.random_range(0..14u32);
    let time = NaiveTime::from_hms_opt(9 + slot / 2, (slot % 2) * 30, 0).unwrap_or(NaiveTime::MIN);
    Appointment {
        person_id: Some(person_id),
        state,
        ..Appointment::booked(line.id, day.and_time(time), 30, random_operator(rng))
    }
}

/// Walk-ins crowd the morning: most arrive between 09:00 and 12:00.
fn arrival_time(rng: &mut SplitMix64, day: NaiveDate) -> NaiveDateTime {
    let hour =
        [9u32, 10, 11, 12, 13, 14, 15, 16][pick_weighted(rng, &[22, 20, 16, 12, 10, 9, 7, 4])];
    let seconds = hour * 3600 + rng.random_range(0..3600u32);
    day.and_time(
        NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0).unwrap_or(NaiveTime::MIN),
    )
}

/// Minutes from arrival to call: a long tail for walk-ins, short for bookings.
fn wait_minutes(rng: &mut SplitMix64, booked: bool) -> i64 {
    if booked {
        return rng.random_range(0..=15);
    }
    let base: i64 = rng.random_range(0..=25);
    match pick_weighted(rng, &[60, 30, 10]) {
        0 => base,
        1 => base + rng.random_range(15..=45),
        _ => base + rng.random_range(45..=120),
    }
}

/// Hands out ticket numbers for history, unique per day and prefix, continuing after
/// whatever is already stored (another seed run, real tickets).
#[derive(Debug, Default)]
pub struct TicketNumbers {
    last: HashMap<(NaiveDate, String), i64>,
}

impl TicketNumbers {
    /// Starts from the highest sequence already used per (day, prefix).
    pub fn continuing(used: impl IntoIterator<Item = (NaiveDate, String, i64)>) -> Self {
        TicketNumbers {
            last: used
                .into_iter()
                .map(|(day, prefix, seq)| ((day, prefix), seq))
                .collect(),
        }
    }

    /// Gives `ticket` the next number of its day on the line with `prefix`.
    pub fn assign(&mut self, ticket: &mut Ticket, prefix: &str) {
        let seq = self
            .last
            .entry((ticket.day, prefix.to_owned()))
            .and_modify(|s| *s += 1)
            .or_insert(1);
        ticket.seq = *seq;
        ticket.number = ticket_number(prefix, *seq);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn services() -> Vec<SeedService> {
        ["reception", "kea", "legal", "social"]
            .iter()
            .enumerate()
            .map(|(i, code)| SeedService {
                id: i as i64 + 1,
                code: (*code).to_owned(),
                ticket_prefix: ["Α", "Κ", "Ν", "Σ"][i].to_owned(),
                accepts_referrals: true,
            })
            .chain(std::iter::once(SeedService {
                id: 9,
                code: "dypa".into(),
                ticket_prefix: String::new(),
                accepts_referrals: true,
            }))
            .collect()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_history() {
        let a = ActivityGenerator::new(7, today(), &services());
        let b = ActivityGenerator::new(7, today(), &services());
        let c = ActivityGenerator::new(8, today(), &services());
        let all_a: Vec<_> = (0..200).map(|i| a.history(i, i as i64 + 1)).collect();
        let all_b: Vec<_> = (0..200).rev().map(|i| b.history(i, i as i64 + 1)).collect();
        let all_c: Vec<_> = (0..200).map(|i| c.history(i, i as i64 + 1)).collect();
        assert_eq!(all_a, all_b.into_iter().rev().collect::<Vec<_>>());
        assert_ne!(all_a, all_c);
    }

    #[test]
    fn histories_are_consistent_and_spread_over_two_years() {
        let generator = ActivityGenerator::new(3, today(), &services());
        let mut earliest = today();
        let mut contacts = 0;
        let mut referrals = 0;
        for i in 0..2000 {
            let history = generator.history(i, 1);
            for c in &history.contacts {
                contacts += 1;
                let t = &c.ticket;
                assert!(t.day < today(), "history stops before today");
                assert!(t.day.weekday().number_from_monday() <= 5, "weekdays only");
                assert_eq!(t.arrived_at.date(), t.day);
                if let (Some(called), Some(finished)) = (t.called_at, t.finished_at) {
                    assert!(t.arrived_at <= called && called <= finished);
                }
                let seen = matches!(t.state, TicketState::Done | TicketState::Referred);
                assert_eq!(c.visit.is_some(), seen, "a visit for every ticket seen");
                assert_eq!(c.referral.is_some(), t.state == TicketState::Referred);
                assert_eq!(c.events.last().map(|e| e.to_state), Some(t.state));
                if let Some(r) = &c.referral {
                    referrals += 1;
                    assert_ne!(r.service_id, 0);
                    assert!(r.updated_at >= r.created_at);
                    let open = matches!(r.state, ReferralState::Sent | ReferralState::Accepted);
                    assert_eq!(r.follow_up_on.is_some(), open);
                }
                earliest = earliest.min(t.day);
            }
        }
        assert!(contacts > 3000, "about two contacts a person: {contacts}");
        assert!(referrals > 200, "{referrals}");
        assert!((today() - earliest).num_days() >= 700, "{earliest}");
    }

    #[test]
    fn ticket_numbers_continue_after_stored_ones() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let mut numbers = TicketNumbers::continuing([(day, "Κ".to_owned(), 14)]);
        let generator = ActivityGenerator::new(1, today(), &services());
        let mut ticket = (0..100)
            .flat_map(|i| generator.history(i, 1).contacts)
            .next()
            .unwrap()
            .ticket;
        ticket.day = day;
        numbers.assign(&mut ticket, "Κ");
        assert_eq!(ticket.number, "Κ015");
        numbers.assign(&mut ticket, "Α");
        assert_eq!(ticket.number, "Α001");
    }
}
