//! Appointments: a service's opening hours and slots, the booking rules, and what may
//! happen to a booked appointment, when.
//!
//! The store loads a [`Calendar`] (hours, closed days, what is already taken) inside
//! the booking's own transaction and asks it; the rules themselves live here.

mod calendar;

pub use calendar::{Calendar, Slot, Span};

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use super::codes::AppointmentState;

/// Bookings start on a multiple of this many minutes and last a multiple of it; it is
/// also the grain the store holds people, staff and rooms at.
pub const GRAIN_MINUTES: u32 = 5;
/// The longest appointment: one working day.
pub const MAX_MINUTES: u32 = 8 * 60;
/// The most people one slot can take.
pub const MAX_CAPACITY: u32 = 50;

/// One opening period of a service on one weekday (a day may have two: morning and
/// evening shifts). Slots of `slot_minutes` run from `opens`; a last slot that would
/// end after `closes` is not offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpeningHours {
    pub weekday: Weekday,
    pub opens: NaiveTime,
    pub closes: NaiveTime,
    pub slot_minutes: u32,
    /// How many appointments one slot takes (two caseworkers: 2).
    pub capacity: u32,
}

/// Why a set of opening hours cannot be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoursError {
    /// Closing is not after opening.
    ClosesBeforeOpening,
    /// The slot length is not a multiple of five minutes between 5 and 480.
    BadSlotLength,
    /// The capacity is not between 1 and 50.
    BadCapacity,
    /// Two periods of the same weekday overlap.
    Overlap,
    /// Opening or closing not on a five-minute mark.
    OffGrain,
}

impl std::fmt::Display for HoursError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            HoursError::ClosesBeforeOpening => "closing time must be after opening time",
            HoursError::BadSlotLength => "slot length must be 5 to 480 minutes, in fives",
            HoursError::BadCapacity => "capacity must be 1 to 50",
            HoursError::Overlap => "two opening periods of one day overlap",
            HoursError::OffGrain => "times must be on a five-minute mark",
        })
    }
}

impl std::error::Error for HoursError {}

/// On a five-minute mark, to the second.
fn on_grain(time: NaiveTime) -> bool {
    use chrono::Timelike;
    time.minute().is_multiple_of(GRAIN_MINUTES) && time.second() == 0 && time.nanosecond() == 0
}

impl OpeningHours {
    /// The hours a new service line starts with: weekdays 09:00–17:00, 30-minute
    /// slots, one appointment each.
    pub fn default_week() -> Vec<OpeningHours> {
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN);
        let five = NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN);
        [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ]
        .into_iter()
        .map(|weekday| OpeningHours {
            weekday,
            opens: nine,
            closes: five,
            slot_minutes: 30,
            capacity: 1,
        })
        .collect()
    }

    /// Checks one service's whole week of hours.
    pub fn check_week(hours: &[OpeningHours]) -> Result<(), HoursError> {
        for h in hours {
            if !on_grain(h.opens) || !on_grain(h.closes) {
                return Err(HoursError::OffGrain);
            }
            if h.closes <= h.opens {
                return Err(HoursError::ClosesBeforeOpening);
            }
            if h.slot_minutes == 0
                || !h.slot_minutes.is_multiple_of(GRAIN_MINUTES)
                || h.slot_minutes > MAX_MINUTES
            {
                return Err(HoursError::BadSlotLength);
            }
            if h.capacity == 0 || h.capacity > MAX_CAPACITY {
                return Err(HoursError::BadCapacity);
            }
        }
        for (i, a) in hours.iter().enumerate() {
            for b in &hours[i + 1..] {
                if a.weekday == b.weekday && a.opens < b.closes && b.opens < a.closes {
                    return Err(HoursError::Overlap);
                }
            }
        }
        Ok(())
    }
}

/// A day a service (or, with no service, the whole centre) is closed besides the
/// public holidays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closure {
    pub day: NaiveDate,
    pub service_id: Option<i64>,
    pub name: String,
}

/// Why a booking (or a move) is refused. Each reason is shown to the receptionist
/// as it is, with the free slots offered instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The time has already passed.
    InPast,
    /// Not on a five-minute mark.
    OffGrain,
    /// The length is not 5 to 480 minutes in fives.
    BadLength,
    /// A public holiday, a closure, or a day the service does not open.
    Closed,
    /// The service is open that day, but not for the whole of that time.
    OutsideHours,
    /// Every place in the slot is taken.
    Full,
    /// The person already has an appointment at that time.
    PersonBusy,
    /// That member of staff is already booked at that time.
    StaffBusy,
    /// That room is already booked at that time.
    RoomBusy,
    /// Neither a registered person nor a name was given.
    NobodyNamed,
    /// The appointment is no longer booked (checked in, cancelled, no-show).
    NotBooked,
    /// A no-show can be marked only once the appointment's time has come.
    NotYet,
    /// Check-in is for the appointment's own day.
    NotToday,
    /// Cancelling needs a reason.
    ReasonRequired,
    /// The service takes no appointments (no queue line).
    NoSuchLine,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Refusal {
    /// A stable code for scripts (`--json`) and for the catalogues.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::InPast => "in-past",
            Refusal::OffGrain => "off-grain",
            Refusal::BadLength => "bad-length",
            Refusal::Closed => "closed",
            Refusal::OutsideHours => "outside-hours",
            Refusal::Full => "full",
            Refusal::PersonBusy => "person-busy",
            Refusal::StaffBusy => "staff-busy",
            Refusal::RoomBusy => "room-busy",
            Refusal::NobodyNamed => "nobody-named",
            Refusal::NotBooked => "not-booked",
            Refusal::NotYet => "not-yet",
            Refusal::NotToday => "not-today",
            Refusal::ReasonRequired => "reason-required",
            Refusal::NoSuchLine => "no-such-line",
        }
    }
}

/// What can happen to a booked appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppointmentMove {
    CheckIn,
    NoShow,
    Cancel,
    /// To another time (or length): it stays booked.
    Reschedule,
    /// The reminder call was made: it stays booked.
    Remind,
}

/// The state after `mv`, or why it is refused. `starts_at` is the appointment's time
/// and `now` the desk's clock.
pub fn after(
    state: AppointmentState,
    mv: AppointmentMove,
    starts_at: NaiveDateTime,
    now: NaiveDateTime,
    reason: &str,
) -> Result<AppointmentState, Refusal> {
    if state != AppointmentState::Booked {
        return Err(Refusal::NotBooked);
    }
    match mv {
        AppointmentMove::CheckIn if now.date() != starts_at.date() => Err(Refusal::NotToday),
        AppointmentMove::CheckIn => Ok(AppointmentState::CheckedIn),
        AppointmentMove::NoShow if now < starts_at => Err(Refusal::NotYet),
        AppointmentMove::NoShow => Ok(AppointmentState::NoShow),
        AppointmentMove::Cancel if reason.trim().is_empty() => Err(Refusal::ReasonRequired),
        AppointmentMove::Cancel => Ok(AppointmentState::Cancelled),
        AppointmentMove::Reschedule | AppointmentMove::Remind => Ok(AppointmentState::Booked),
    }
}

/// True for the states that occupy their time (a person, a room, a place in a slot).
pub fn occupies(state: AppointmentState) -> bool {
    matches!(
        state,
        AppointmentState::Booked | AppointmentState::CheckedIn
    )
}

/// The day reminder calls are made for: the next day after `today` on which the
/// centre opens (a weekday some service has hours on, not a public holiday nor a
/// centre-wide closure). At most five weeks ahead; after that `today + 1`.
pub fn next_working_day(
    today: NaiveDate,
    open_weekdays: &[Weekday],
    centre_closures: &[NaiveDate],
) -> NaiveDate {
    let mut day = today;
    for _ in 0..35 {
        day = day.succ_opt().unwrap_or(day);
        if open_weekdays.contains(&day.weekday())
            && super::holidays::public_holiday(day).is_none()
            && !centre_closures.contains(&day)
        {
            return day;
        }
    }
    today.succ_opt().unwrap_or(today)
}

#[cfg(test)]
mod tests;
