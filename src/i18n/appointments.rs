//! The words of appointments: refusals, the day and week views, reminders.

use crate::domain::appointments::Refusal;

catalogue! {
    /// Appointments: booking, the day and week views, reminders, the command line.
    AMsg {
    Refused { el: "Δεν έγινε: {}", en: "Refused: {}" }
    FreeSlots { el: "Ελεύθερες ώρες: {}", en: "Free: {}" }
    InPast { el: "Η ώρα αυτή έχει περάσει.", en: "That time has already passed." }
    OffGrain { el: "Η ώρα πρέπει να είναι σε πεντάλεπτο (10:00, 10:05, …).", en: "The time must be on a five-minute mark (10:00, 10:05, …)." }
    BadLength { el: "Η διάρκεια πρέπει να είναι 5 έως 480 λεπτά, σε πεντάλεπτα.", en: "The length must be 5 to 480 minutes, in fives." }
    Closed { el: "Η υπηρεσία είναι κλειστή εκείνη την ημέρα (αργία, κλείσιμο ή εκτός ωραρίου).", en: "The service is closed that day (holiday, closure or no hours)." }
    OutsideHours { el: "Εκτός ωραρίου της υπηρεσίας.", en: "Outside the service's opening hours." }
    Full { el: "Η θέση είναι πλήρης.", en: "That slot is full." }
    PersonBusy { el: "Το άτομο έχει ήδη ραντεβού εκείνη την ώρα.", en: "The person already has an appointment at that time." }
    StaffBusy { el: "Ο/η υπάλληλος έχει ήδη ραντεβού εκείνη την ώρα.", en: "That member of staff is already booked at that time." }
    RoomBusy { el: "Η αίθουσα είναι ήδη κλεισμένη εκείνη την ώρα.", en: "That room is already booked at that time." }
    NobodyNamed { el: "Επιλέξτε άτομο ή γράψτε όνομα.", en: "Choose a person or type a name." }
    NotBooked { el: "Το ραντεβού δεν είναι πια κλεισμένο.", en: "This appointment is no longer booked." }
    NotYet { el: "Η ώρα του ραντεβού δεν έχει έρθει ακόμη: δεν σημειώνεται ως μη προσέλευση.", en: "The appointment's time has not come yet: it cannot be marked as a no-show." }
    NotToday { el: "Άφιξη μόνο την ημέρα του ραντεβού.", en: "Check-in only on the appointment's day." }
    ReasonRequired { el: "Η ακύρωση χρειάζεται αιτιολογία.", en: "A cancellation needs a reason." }
    NoSuchLine { el: "Η υπηρεσία δεν κλείνει ραντεβού (δεν έχει γραμμή ουράς).", en: "That service takes no appointments (it has no queue line)." }
    }
}

/// The words for a refused booking or change.
pub fn refusal(r: Refusal) -> AMsg {
    match r {
        Refusal::InPast => AMsg::InPast,
        Refusal::OffGrain => AMsg::OffGrain,
        Refusal::BadLength => AMsg::BadLength,
        Refusal::Closed => AMsg::Closed,
        Refusal::OutsideHours => AMsg::OutsideHours,
        Refusal::Full => AMsg::Full,
        Refusal::PersonBusy => AMsg::PersonBusy,
        Refusal::StaffBusy => AMsg::StaffBusy,
        Refusal::RoomBusy => AMsg::RoomBusy,
        Refusal::NobodyNamed => AMsg::NobodyNamed,
        Refusal::NotBooked => AMsg::NotBooked,
        Refusal::NotYet => AMsg::NotYet,
        Refusal::NotToday => AMsg::NotToday,
        Refusal::ReasonRequired => AMsg::ReasonRequired,
        Refusal::NoSuchLine => AMsg::NoSuchLine,
    }
}
