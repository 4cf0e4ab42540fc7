//! One service's calendar over a few days: its slots, what is taken, who is busy,
//! and whether a time can be booked.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

use super::{Closure, GRAIN_MINUTES, MAX_MINUTES, OpeningHours, Refusal, on_grain};
use crate::domain::holidays::public_holiday;

/// A stretch of time, start included, end excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
}

impl Span {
    pub fn new(start: NaiveDateTime, minutes: u32) -> Span {
        Span {
            start,
            end: start + Duration::minutes(i64::from(minutes)),
        }
    }

    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// One bookable slot of a day, with how many of its places are taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub capacity: u32,
    pub taken: u32,
}

impl Slot {
    pub fn is_free(&self) -> bool {
        self.taken < self.capacity
    }
}

/// What the booking rules need to know about one service over a few days. The store
/// fills it inside the booking's transaction; every list may cover more days than
/// asked about.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    pub service_id: i64,
    pub hours: Vec<OpeningHours>,
    /// The centre's own closures (centre-wide or this service's); public holidays are
    /// always closed.
    pub closures: Vec<Closure>,
    /// The service's appointments that occupy their time.
    taken: Vec<Span>,
    /// Times the person, the member of staff and the room are already booked
    /// (any service).
    person_busy: Vec<Span>,
    staff_busy: Vec<Span>,
    room_busy: Vec<Span>,
}

/// Sorted spans: those that may overlap `span` (appointments last at most a day).
fn near<'a>(sorted: &'a [Span], span: &Span) -> impl Iterator<Item = &'a Span> {
    let from = span.start - Duration::minutes(i64::from(MAX_MINUTES));
    let lo = sorted.partition_point(|s| s.start < from);
    let hi = sorted.partition_point(|s| s.start < span.end);
    sorted[lo..hi.max(lo)].iter().filter(|s| s.overlaps(span))
}

impl Calendar {
    pub fn new(
        service_id: i64,
        hours: Vec<OpeningHours>,
        closures: Vec<Closure>,
        taken: Vec<Span>,
    ) -> Calendar {
        let mut calendar = Calendar {
            service_id,
            hours,
            closures,
            taken,
            ..Calendar::default()
        };
        calendar.taken.sort();
        calendar
            .hours
            .sort_by_key(|h| (h.weekday.num_days_from_monday(), h.opens));
        calendar
    }

    /// The times the person, the staff member and the room are already booked.
    pub fn with_busy(mut self, person: Vec<Span>, staff: Vec<Span>, room: Vec<Span>) -> Self {
        self.person_busy = person;
        self.staff_busy = staff;
        self.room_busy = room;
        self.person_busy.sort();
        self.staff_busy.sort();
        self.room_busy.sort();
        self
    }

    /// Closed for a public holiday, a closure of the centre or of this service, or
    /// because the service has no hours that weekday.
    pub fn is_closed(&self, day: NaiveDate) -> bool {
        public_holiday(day).is_some()
            || self
                .closures
                .iter()
                .any(|c| c.day == day && c.service_id.is_none_or(|s| s == self.service_id))
            || !self.hours.iter().any(|h| h.weekday == day.weekday())
    }

    fn periods(&self, day: NaiveDate) -> impl Iterator<Item = &OpeningHours> {
        self.hours
            .iter()
            .filter(move |h| h.weekday == day.weekday())
    }

    /// The day's slots in time order, each with its places taken; none on a closed day.
    pub fn slots_on(&self, day: NaiveDate) -> Vec<Slot> {
        if self.is_closed(day) {
            return Vec::new();
        }
        let mut slots = Vec::new();
        for period in self.periods(day) {
            let closes = day.and_time(period.closes);
            let mut start = day.and_time(period.opens);
            let step = Duration::minutes(i64::from(period.slot_minutes));
            while start + step <= closes {
                let span = Span {
                    start,
                    end: start + step,
                };
                slots.push(Slot {
                    start,
                    end: span.end,
                    capacity: period.capacity,
                    taken: near(&self.taken, &span).count() as u32,
                });
                start += step;
            }
        }
        slots
    }

    /// The usual length at `at`: the slot length of the opening period it falls in.
    pub fn default_minutes(&self, at: NaiveDateTime) -> Option<u32> {
        self.periods(at.date())
            .find(|h| h.opens <= at.time() && at.time() < h.closes)
            .map(|h| h.slot_minutes)
    }

    /// Whether `minutes` from `start` can be booked at `now`; the first reason if not.
    pub fn check(
        &self,
        start: NaiveDateTime,
        minutes: u32,
        now: NaiveDateTime,
    ) -> Result<(), Refusal> {
        if minutes == 0 || !minutes.is_multiple_of(GRAIN_MINUTES) || minutes > MAX_MINUTES {
            return Err(Refusal::BadLength);
        }
        if !on_grain(start.time()) {
            return Err(Refusal::OffGrain);
        }
        if start < now {
            return Err(Refusal::InPast);
        }
        let day = start.date();
        if self.is_closed(day) {
            return Err(Refusal::Closed);
        }
        let span = Span::new(start, minutes);
        let Some(period) = self
            .periods(day)
            .find(|h| day.and_time(h.opens) <= span.start && span.end <= day.and_time(h.closes))
        else {
            return Err(Refusal::OutsideHours);
        };
        let step = Duration::minutes(i64::from(period.slot_minutes));
        let mut slot_start = day.and_time(period.opens);
        while slot_start < span.end {
            let slot = Span {
                start: slot_start,
                end: slot_start + step,
            };
            if slot.overlaps(&span) && near(&self.taken, &slot).count() as u32 >= period.capacity {
                return Err(Refusal::Full);
            }
            slot_start += step;
        }
        if near(&self.person_busy, &span).next().is_some() {
            return Err(Refusal::PersonBusy);
        }
        if near(&self.staff_busy, &span).next().is_some() {
            return Err(Refusal::StaffBusy);
        }
        if near(&self.room_busy, &span).next().is_some() {
            return Err(Refusal::RoomBusy);
        }
        Ok(())
    }

    /// Slot starts from `from` up to the end of `last_day` where `minutes` (else the
    /// slot's own length) can be booked, earliest first, at most `limit`.
    pub fn free_slots(
        &self,
        from: NaiveDateTime,
        last_day: NaiveDate,
        minutes: Option<u32>,
        limit: usize,
    ) -> Vec<Slot> {
        let mut found = Vec::new();
        let mut day = from.date();
        while day <= last_day && found.len() < limit {
            for slot in self.slots_on(day) {
                if slot.start < from {
                    continue;
                }
                let length = minutes.unwrap_or_else(|| {
                    ((slot.end - slot.start).num_minutes()).clamp(0, i64::from(MAX_MINUTES)) as u32
                });
                if self.check(slot.start, length, from).is_ok() {
                    found.push(slot);
                    if found.len() == limit {
                        break;
                    }
                }
            }
            let Some(next) = day.succ_opt() else { break };
            day = next;
        }
        found
    }
}
