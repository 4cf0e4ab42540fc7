//! The words of the group activities screen: the list, an activity's page, the roll
//! call and the new-activity form.

use chrono::Weekday;

use crate::domain::activities::ActivityError;

catalogue! {
    /// Group activities: list, page, roll call, new activity.
    GMsg {
    Title { el: "Ομαδικές δραστηριότητες", en: "Group activities" }
    HeadName { el: "Δραστηριότητα", en: "Activity" }
    HeadLine { el: "Υπηρεσία", en: "Line" }
    HeadSchedule { el: "Πρόγραμμα", en: "Schedule" }
    HeadPlaces { el: "Θέσεις", en: "Places" }
    HeadWaiting { el: "Αναμ.", en: "Wait" }
    HeadTerm { el: "Έως", en: "Until" }
    NoActivities { el: "Δεν υπάρχουν ενεργές δραστηριότητες. n: νέα δραστηριότητα.", en: "No running activities. n: a new activity." }
    Count { el: "{} δραστηριότητες", en: "{} activities" }
    Ages { el: "ηλικίες {}", en: "ages {}" }
    AnyAge { el: "όλες οι ηλικίες", en: "any age" }
    DefaultPresent { el: "παρόντες εξ ορισμού", en: "present by default" }
    DefaultAbsent { el: "απόντες εξ ορισμού", en: "absent by default" }
    PageCounts { el: "Θέσεις {} · εγγεγραμμένοι {} · σε αναμονή {} · συναντήσεις: {} έγιναν από {}", en: "Places {} · enrolled {} · waiting {} · sessions: {} taken of {}" }
    HeadPerson { el: "Όνομα", en: "Name" }
    HeadState { el: "Κατάσταση", en: "State" }
    HeadAttended { el: "Παρουσίες", en: "Attended" }
    HeadRate { el: "Ποσ.", en: "Rate" }
    Enrolled { el: "εγγεγραμμένος/η", en: "enrolled" }
    WaitingAt { el: "αναμονή {}", en: "waiting {}" }
    MissedLast { el: "✗ απουσίες: {} τελευταίες", en: "✗ missed the last {}" }
    NobodyEnrolled { el: "Κανείς εγγεγραμμένος. e: εγγραφή ατόμου.", en: "Nobody enrolled. e: enrol a person." }
    EnrolTitle { el: "Εγγραφή στη δραστηριότητα: γράψτε όνομα ή αριθμό", en: "Enrol: type a name or a number" }
    EnrolledOk { el: "{}: εγγράφηκε.", en: "{}: enrolled." }
    EnrolledWaiting { el: "Οι θέσεις είναι πλήρεις: {} — στη λίστα αναμονής, σειρά {}.", en: "The places are full: {} is on the waiting list, number {}." }
    AskLeave { el: "Να αποχωρήσει από τη δραστηριότητα: {};", en: "Take {} out of the activity?" }
    Unsaved { el: "δεν αποθηκεύτηκαν", en: "not saved" }
    SaveFirst { el: "Αποθηκεύστε πρώτα τις παρουσίες (Ctrl-S) ή κλείστε με Esc.", en: "Save the roll first (Ctrl-S), or leave it with Esc." }
    Left { el: "{}: αποχώρησε.", en: "{}: taken out." }
    MovedUp { el: "Από την αναμονή πήρε θέση: {}.", en: "Moved up from the waiting list: {}." }
    CapacityTitle { el: "Θέσεις (σήμερα {}): νέος αριθμός και Enter", en: "Places (now {}): the new number, then Enter" }
    CapacityBad { el: "Γράψτε αριθμό από 1 έως 999.", en: "Type a number from 1 to 999." }
    CapacitySet { el: "Θέσεις: {}.", en: "Places: {}." }
    RollTitle { el: "Παρουσιολόγιο · {}", en: "Roll call · {}" }
    RollSession { el: "Συνάντηση {} από {} · {}", en: "Session {} of {} · {}" }
    RollTaken { el: "καταγράφηκε {}", en: "taken {}" }
    RollNotTaken { el: "δεν έχει καταγραφεί", en: "not taken yet" }
    RollCounts { el: "Παρόντες {} από {} · {}", en: "Present {} of {} · {}" }
    Present { el: "παρών/παρούσα", en: "present" }
    Absent { el: "απών/απούσα", en: "absent" }
    NoSessions { el: "Η δραστηριότητα δεν έχει συναντήσεις.", en: "The activity has no sessions." }
    NobodyOnRoll { el: "Κανείς εγγεγραμμένος: δεν υπάρχει παρουσιολόγιο.", en: "Nobody is enrolled: there is no roll to call." }
    RollSaved { el: "Οι παρουσίες αποθηκεύτηκαν: {} παρόντες από {}.", en: "Roll saved: {} present of {}." }
    RollConflict { el: "Άλλο γκισέ αποθήκευσε τις παρουσίες αυτής της συνάντησης στο μεταξύ. Οι δικές σας μένουν στην οθόνη· Ctrl-S ξανά τις αποθηκεύει στη θέση εκείνων.", en: "Another desk saved this session's roll meanwhile. Yours stays on screen; Ctrl-S again saves it in place of theirs." }
    RollNotOnRoll { el: "Κάποιος στη λίστα δεν είναι πια εγγεγραμμένος· η λίστα ξαναδιαβάστηκε με τις σημειώσεις σας. Ctrl-S ξανά.", en: "Someone on the list is no longer enrolled; the list was read again with your marks. Ctrl-S again." }
    RollFuture { el: "Η συνάντηση αυτή δεν έχει γίνει ακόμη.", en: "This session has not happened yet." }
    RollUnsaved { el: "Οι παρουσίες δεν αποθηκεύτηκαν. Να κλείσει χωρίς αποθήκευση;", en: "The roll is not saved. Close it without saving?" }
    NewTitle { el: "Νέα δραστηριότητα", en: "New activity" }
    FName { el: "Όνομα", en: "Name" }
    FLine { el: "Υπηρεσία", en: "Line" }
    FPlaces { el: "Θέσεις", en: "Places" }
    FAges { el: "Ηλικίες", en: "Ages" }
    FFrom { el: "Από", en: "From" }
    FTo { el: "Έως", en: "To" }
    FDays { el: "Ημέρες", en: "Days" }
    FTime { el: "Ώρα", en: "Time" }
    FMinutes { el: "Διάρκεια (λεπτά)", en: "Length (minutes)" }
    FDefault { el: "Εξ ορισμού", en: "By default" }
    HintLine { el: "κωδικός: {}", en: "code: {}" }
    HintAges { el: "π.χ. 16-  ή  4-12 (κενό: όλες)", en: "e.g. 16-  or  4-12 (empty: any)" }
    HintDate { el: "ηη/μμ/εεεε", en: "dd/mm/yyyy" }
    HintDays { el: "π.χ. Δε Τε  ή  mon wed  ή  1 3", en: "e.g. mon wed  or  Δε Τε  or  1 3" }
    HintTime { el: "ωω:λλ", en: "hh:mm" }
    HintDefault { el: "π: παρόντες · α: απόντες", en: "p: present · a: absent" }
    Required { el: "υποχρεωτικό", en: "required" }
    NotANumber { el: "αριθμός", en: "a number" }
    BadDate { el: "ημερομηνία ηη/μμ/εεεε", en: "a date dd/mm/yyyy" }
    BeforeStart { el: "πριν από την αρχή", en: "before the start" }
    BadDays { el: "ημέρες όπως Δε Τε ή mon wed", en: "days such as mon wed" }
    BadTime { el: "ώρα ωω:λλ", en: "a time hh:mm" }
    BadAges { el: "ηλικίες όπως 16- ή 4-12", en: "ages such as 16- or 4-12" }
    BadDefault { el: "π ή α", en: "p or a" }
    NoSuchLine { el: "δεν υπάρχει τέτοια υπηρεσία", en: "no such line" }
    FixMarked { el: "Διορθώστε τα σημειωμένα πεδία· η φόρμα μένει ανοιχτή.", en: "Correct the marked fields; the form stays open." }
    Created { el: "Η δραστηριότητα «{}» δημιουργήθηκε με {} συναντήσεις.", en: "Activity “{}” created with {} sessions." }
    FormKeys { el: "Tab: επόμενο · Ctrl-S: αποθήκευση · Esc: ακύρωση", en: "Tab: next · Ctrl-S: save · Esc: cancel" }
    NotAllowed { el: "Νέες δραστηριότητες και αλλαγή θέσεων: κοινωνική υπηρεσία και διαχειριστές.", en: "New activities and places: the social service and administrators." }
    ErrBadDefinition { el: "Η δραστηριότητα χρειάζεται όνομα, θέσεις, ημέρες και διάστημα.", en: "The activity needs a name, places, days and a term." }
    ErrOutsideAge { el: "Η ηλικία του ατόμου είναι εκτός του ορίου της δραστηριότητας (ή δεν είναι γνωστή).", en: "The person's age is outside the activity's range (or not known)." }
    ErrAlready { el: "Είναι ήδη εγγεγραμμένος/η ή σε αναμονή.", en: "Already enrolled or on the waiting list." }
    ErrNotEnrolled { el: "Δεν είναι εγγεγραμμένος/η.", en: "Not enrolled." }
    ErrNotOnRoll { el: "Δεν είναι στο παρουσιολόγιο αυτής της συνάντησης.", en: "Not on this session's roll." }
    Mon { el: "Δε", en: "Mon" }
    Tue { el: "Τρ", en: "Tue" }
    Wed { el: "Τε", en: "Wed" }
    Thu { el: "Πε", en: "Thu" }
    Fri { el: "Πα", en: "Fri" }
    Sat { el: "Σα", en: "Sat" }
    Sun { el: "Κυ", en: "Sun" }
    }
}

/// A weekday's short name.
pub fn weekday(day: Weekday) -> GMsg {
    match day {
        Weekday::Mon => GMsg::Mon,
        Weekday::Tue => GMsg::Tue,
        Weekday::Wed => GMsg::Wed,
        Weekday::Thu => GMsg::Thu,
        Weekday::Fri => GMsg::Fri,
        Weekday::Sat => GMsg::Sat,
        Weekday::Sun => GMsg::Sun,
    }
}

/// The words for a refused activity change.
pub fn refusal(e: ActivityError) -> GMsg {
    match e {
        ActivityError::BadDefinition => GMsg::ErrBadDefinition,
        ActivityError::OutsideAgeRange => GMsg::ErrOutsideAge,
        ActivityError::AlreadyEnrolled => GMsg::ErrAlready,
        ActivityError::NotEnrolled => GMsg::ErrNotEnrolled,
        ActivityError::NotOnRoll => GMsg::ErrNotOnRoll,
    }
}
