//! The words of appointments: refusals, the day and week views, reminders.

use chrono::Weekday;

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

    BookedOfPlaces { el: "{} από {} θέσεις κλεισμένες", en: "{} of {} places booked" }
    TodayMark { el: "σήμερα", en: "today" }
    Week { el: "Εβδομάδα", en: "Week" }
    NoLines { el: "Δεν υπάρχουν γραμμές εξυπηρέτησης που κλείνουν ραντεβού.", en: "No service line takes appointments." }
    ClosedDay { el: "Κλειστά αυτή την ημέρα (αργία, κλείσιμο ή χωρίς ωράριο).", en: "Closed this day (holiday, closure or no hours)." }
    NoSlots { el: "Καμία ώρα για ραντεβού αυτή την ημέρα.", en: "No appointment times this day." }
    NoSlotsWeek { el: "Καμία ώρα για ραντεβού αυτή την εβδομάδα.", en: "No appointment times this week." }
    FreeOne { el: "ελεύθερη", en: "free" }
    FreeMany { el: "{} ελεύθερες θέσεις", en: "{} places free" }
    SlotPassed { el: "πέρασε", en: "past" }
    ClosedShort { el: "κλειστά", en: "closed" }
    ShortMinor { el: "ΑΣΥΝ", en: "UAM" }
    ShortDisability { el: "ΑμεΑ", en: "DIS" }
    ShortPregnancy { el: "ΕΓΚ", en: "PREG" }
    ShortElderly { el: "65+", en: "65+" }
    ShortViolence { el: "ΒΙΑ", en: "VIOL" }
    ShortSingleParent { el: "ΜΟΝ", en: "1PAR" }
    ShortOther { el: "ΑΛΛΟ", en: "OTHER" }
    NotRegistered { el: "χωρίς φάκελο", en: "not registered" }
    Details { el: "Στοιχεία ραντεβού", en: "Appointment" }
    NoneSelected { el: "Επιλέξτε ραντεβού (↑ ↓)· n για νέο ραντεβού.", en: "Choose an appointment (↑ ↓); n books a new one." }
    NobodyBooked { el: "Κανένα ραντεβού σε αυτή την ώρα.", en: "Nothing booked at this time." }
    WeekHint { el: "← → ημέρα · PgUp PgDn εβδομάδα · Enter ή w: προβολή ημέρας · n νέο ραντεβού", en: "← → day · PgUp PgDn week · Enter or w: day view · n books" }
    Amka { el: "ΑΜΚΑ", en: "AMKA" }
    RemindedAt { el: "υπενθύμιση {}", en: "reminded {}" }
    AppointmentNo { el: "Ραντεβού", en: "Appointment" }
    Priority { el: "Προτεραιότητα", en: "Priority" }
    Interpreter { el: "Διερμηνέας", en: "Interpreter" }
    Staff { el: "Με", en: "With" }
    Room { el: "Αίθουσα", en: "Room" }
    Note { el: "Σημείωση", en: "Note" }
    Mon { el: "Δευτέρα", en: "Monday" }
    Tue { el: "Τρίτη", en: "Tuesday" }
    Wed { el: "Τετάρτη", en: "Wednesday" }
    Thu { el: "Πέμπτη", en: "Thursday" }
    Fri { el: "Παρασκευή", en: "Friday" }
    Sat { el: "Σάββατο", en: "Saturday" }
    Sun { el: "Κυριακή", en: "Sunday" }
    MonShort { el: "Δευ", en: "Mon" }
    TueShort { el: "Τρι", en: "Tue" }
    WedShort { el: "Τετ", en: "Wed" }
    ThuShort { el: "Πεμ", en: "Thu" }
    FriShort { el: "Παρ", en: "Fri" }
    SatShort { el: "Σαβ", en: "Sat" }
    SunShort { el: "Κυρ", en: "Sun" }
    Conflict { el: "Άλλο γραφείο άλλαξε αυτό το ραντεβού στο μεταξύ· διαβάστηκε ξανά: δείτε το και δοκιμάστε πάλι.", en: "Another desk changed this appointment meanwhile; it was read again: look at it and try again." }
    BadDate { el: "Γράψτε ημερομηνία (ηη/μμ/εεεε).", en: "Type a date (dd/mm/yyyy)." }
    BadTime { el: "Γράψτε ώρα (ωω:λλ) ή διαλέξτε ελεύθερη ώρα (↑ ↓).", en: "Type a time (hh:mm) or choose a free slot (↑ ↓)." }
    MoveTitle { el: "Μετάθεση ραντεβού", en: "Move appointment" }
    MoveHint { el: "↑ ↓ ελεύθερη ώρα · Tab ημερομηνία/ώρα · Enter μετάθεση · Esc πίσω", en: "↑ ↓ free slot · Tab date/time · Enter moves · Esc back" }
    CancelTitle { el: "Ακύρωση ραντεβού", en: "Cancel appointment" }
    FieldReason { el: "Αιτιολογία:", en: "Reason:" }
    CancelHint { el: "Enter ακύρωση · Esc πίσω (το ραντεβού μένει)", en: "Enter cancels · Esc back (the appointment stays)" }
    ChooseInDay { el: "Στην προβολή ημέρας (w) επιλέγετε ραντεβού.", en: "Choose an appointment in the day view (w)." }
    NotBookedState { el: "Το ραντεβού δεν είναι πια κλεισμένο ({}).", en: "This appointment is no longer booked ({})." }
    CheckedIn { el: "Άφιξη καταχωρίστηκε: εισιτήριο {}.", en: "Checked in: ticket {}." }
    CheckedInPriority { el: "Άφιξη καταχωρίστηκε: εισιτήριο {} με προτεραιότητα ({}).", en: "Checked in: ticket {} with priority ({})." }
    MarkedNoShow { el: "Το ραντεβού #{} σημειώθηκε ως μη προσέλευση.", en: "Appointment #{} marked as a no-show." }
    Moved { el: "Το ραντεβού #{} μετατέθηκε στις {}.", en: "Appointment #{} moved to {}." }
    Cancelled { el: "Το ραντεβού #{} ακυρώθηκε.", en: "Appointment #{} cancelled." }
    RemindersTitle { el: "Υπενθυμίσεις για {} {}: {} από {} κλήσεις έγιναν", en: "Reminder calls for {} {}: {} of {} made" }
    RemindersHint { el: "Enter ή d: έγινε η κλήση · Esc πίσω", en: "Enter or d: call made · Esc back" }
    NoReminders { el: "Κανένα κλεισμένο ραντεβού την επόμενη εργάσιμη.", en: "Nothing booked on the next working day." }
    Reminded { el: "έγινε κλήση", en: "reminded" }
    ToCall { el: "για κλήση", en: "to call" }
    AlreadyReminded { el: "Η κλήση έχει ήδη σημειωθεί.", en: "That call is already marked." }
    MarkedReminded { el: "Σημειώθηκε η κλήση για το ραντεβού #{}.", en: "Call marked for appointment #{}." }
    PhoneNeeded { el: "Χρειάζεται τηλέφωνο επικοινωνίας (όνομα χωρίς φάκελο).", en: "A contact phone is needed (a name not registered)." }
    BadPhone { el: "Μη έγκυρο τηλέφωνο.", en: "Not a valid phone number." }
    UnknownLanguage { el: "Άγνωστη γλώσσα (γράψτε κωδικό, π.χ. fas, ara, prs).", en: "Unknown language (type a code, e.g. fas, ara, prs)." }
    DraftOffer { el: "Έμεινε μισό ραντεβού ({}): n στα Ραντεβού (Alt-A) για συνέχεια.", en: "An unfinished booking ({}) was kept: n on Appointments (Alt-A) takes it up." }
    DraftResumed { el: "Συνεχίζετε το ραντεβού που είχε μείνει στη μέση.", en: "Taking up the unfinished booking." }
    DraftKept { el: "Η φόρμα κρατήθηκε ως πρόχειρο: n τη συνεχίζει.", en: "The form was kept as a draft: n takes it up." }
    PersonGone { el: "Το άτομο δεν βρέθηκε (ίσως διαγράφηκε).", en: "That person was not found (erased?)." }
    FormWrong { el: "Το ραντεβού δεν κλείστηκε: δείτε τα σημειωμένα πεδία.", en: "Not booked: see the marked fields." }
    Booked { el: "Κλείστηκε το ραντεβού #{}: {}, {}.", en: "Appointment #{} booked: {}, {}." }
    FieldPerson { el: "Άτομο", en: "Person" }
    FieldPhone { el: "Τηλέφωνο", en: "Phone" }
    FieldLine { el: "Γραμμή", en: "Line" }
    FieldDate { el: "Ημερομηνία", en: "Date" }
    FieldTime { el: "Ώρα", en: "Time" }
    FieldLength { el: "Διάρκεια", en: "Length" }
    FieldStaff { el: "Με (χρήστης)", en: "With (login)" }
    FieldRoom { el: "Αίθουσα", en: "Room" }
    FieldFlags { el: "Προτεραιότ.", en: "Priority" }
    FieldLanguage { el: "Διερμηνέας", en: "Interpreter" }
    FieldNote { el: "Σημείωση", en: "Note" }
    TypeName { el: "γράψτε όνομα, ΑΜΚΑ ή τηλέφωνο", en: "type a name, AMKA or phone" }
    PhoneOfRecord { el: "από τον φάκελο", en: "from the record" }
    SlotLength { el: "όσο η θέση", en: "the slot's" }
    NoFlags { el: "καμία (1–7 στο πεδίο)", en: "none (1–7 on this field)" }
    FormTitle { el: "Νέο ραντεβού", en: "New appointment" }
    FormTitleTicket { el: "Νέο ραντεβού (από εισιτήριο: «ελάτε ξανά…»)", en: "New appointment (from a ticket: \"come back on…\")" }
    FormHint { el: "Tab πεδίο · ↑ ↓ ελεύθερη ώρα · Ctrl-S καταχώριση · Esc πίσω (μένει πρόχειρο)", en: "Tab field · ↑ ↓ free slot · Ctrl-S books · Esc back (kept as a draft)" }
    PeopleFound { el: "Καταγεγραμμένα άτομα (Enter)", en: "Registered people (Enter)" }
    NewNameHint { el: "Δεν βρίσκεται; Tab: νέο όνομα χωρίς φάκελο, με τηλέφωνο.", en: "Not found? Tab: a new name, not registered, with a phone." }
    FlagKeys { el: "Πλήκτρα 1–7", en: "Keys 1–7" }
    FreeFirst { el: "Ελεύθερες ώρες (↑ ↓)", en: "Free slots (↑ ↓)" }
    NoFreeSlots { el: "Καμία ελεύθερη ώρα τις επόμενες εβδομάδες.", en: "No free slot in the coming weeks." }
    NextAppointment { el: "Επόμενο ραντεβού", en: "Next appointment" }
    NoNextAppointment { el: "Δεν έχει κλεισμένο ραντεβού· b για νέο.", en: "None booked; b books one." }
    MoreAppointments { el: "και {} ακόμη", en: "and {} more" }
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

/// "Δευ", "Mon".
pub fn weekday_short(day: Weekday) -> AMsg {
    match day {
        Weekday::Mon => AMsg::MonShort,
        Weekday::Tue => AMsg::TueShort,
        Weekday::Wed => AMsg::WedShort,
        Weekday::Thu => AMsg::ThuShort,
        Weekday::Fri => AMsg::FriShort,
        Weekday::Sat => AMsg::SatShort,
        Weekday::Sun => AMsg::SunShort,
    }
}

/// "Δευτέρα", "Monday".
pub fn weekday_long(day: Weekday) -> AMsg {
    match day {
        Weekday::Mon => AMsg::Mon,
        Weekday::Tue => AMsg::Tue,
        Weekday::Wed => AMsg::Wed,
        Weekday::Thu => AMsg::Thu,
        Weekday::Fri => AMsg::Fri,
        Weekday::Sat => AMsg::Sat,
        Weekday::Sun => AMsg::Sun,
    }
}
