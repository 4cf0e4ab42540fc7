//! The words of the distribution desk: programmes, households, the hand-out form, the
//! household's enrolment.

use crate::domain::distribution::{OverLimit, Period, Programme, Unit};

use super::Lang;

catalogue! {
    /// The goods distribution desk.
    DMsgs {
    Title { el: "Διανομή ειδών · προγράμματα", en: "Goods distribution · programmes" }
    HeadProgramme { el: "Πρόγραμμα", en: "Programme" }
    HeadAllowance { el: "Όριο", en: "Allowance" }
    HeadRule { el: "Πέρα από το όριο", en: "Over the allowance" }
    HeadHouseholds { el: "Νοικοκ.", en: "Househ." }
    PerMonth { el: "τον μήνα", en: "a month" }
    PerQuarter { el: "το τρίμηνο", en: "a quarter" }
    PerYear { el: "τον χρόνο", en: "a year" }
    Points { el: "πόντοι", en: "points" }
    Items { el: "τεμάχια", en: "items" }
    RuleStop { el: "σταματά", en: "stops" }
    RuleWarn { el: "προειδοποιεί", en: "warns" }
    NoProgrammes { el: "Δεν υπάρχουν προγράμματα.", en: "No programmes." }
    Inactive { el: "(ανενεργό)", en: "(inactive)" }
    OnLine { el: "γραμμή ουράς: {}", en: "queue line: {}" }
    HeadHousehold { el: "Νοικοκυριό", en: "Household" }
    HeadDecided { el: "Απόφαση", en: "Decided" }
    HeadValid { el: "Ισχύει έως", en: "Valid to" }
    HeadUsedLeft { el: "Χρήση/όριο", en: "Used/allow." }
    HeadLeft { el: "Μένουν", en: "Left" }
    Expired { el: "✗ έληξε", en: "✗ expired" }
    NotBegun { el: "✗ από {}", en: "✗ from {}" }
    ExpiresIn { el: "⌛ {} ημ.", en: "⌛ {} days" }
    NoHouseholds { el: "Κανένα νοικοκυριό στο πρόγραμμα. e: ένταξη νοικοκυριού.", en: "No household in the programme. e: enrol a household." }
    PeriodLine { el: "Περίοδος {}–{} · {} νοικοκυριά · {} έληξαν ή λήγουν σύντομα", en: "Period {}–{} · {} households · {} expired or ending soon" }
    HandTitle { el: "Παραλαβή · {} · {}", en: "Hand-out · {} · {}" }
    HandDecision { el: "Απόφαση {} · ισχύει {}–{} · όριο {} {} {}", en: "Decision {} · valid {}–{} · allowance {} {} {}" }
    HandNumbers { el: "Διαθέσιμα πριν: {} · αυτή η παραλαβή: {} · μένουν μετά: {}", en: "Left before: {} · this hand-out: {} · left after: {}" }
    HeadCategory { el: "Κατηγορία", en: "Category" }
    HeadEach { el: "Πόντοι/τεμ.", en: "Points each" }
    HeadQuantity { el: "Ποσότητα", en: "Quantity" }
    HeadCounted { el: "Μετράει", en: "Counts" }
    CollectedBy { el: "Παρέλαβε", en: "Collected by" }
    CollectedKeys { el: "(Tab, ← →)", en: "(Tab, ← →)" }
    Nobody { el: "—", en: "—" }
    HandKeys { el: "↑↓ κατηγορία · ψηφία/+/−: ποσότητα · Ctrl-S: καταχώριση · Esc: πίσω", en: "↑↓ category · digits/+/−: quantity · Ctrl-S: record · Esc: back" }
    WouldStop { el: "✗ Πέρα από το όριο κατά {}: το πρόγραμμα δεν το επιτρέπει.", en: "✗ Over the allowance by {}: the programme does not allow it." }
    WouldWarn { el: "⚠ Πέρα από το όριο κατά {}: θα ζητηθεί επιβεβαίωση.", en: "⚠ Over the allowance by {}: you will be asked to confirm." }
    ExpiredOn { el: "Η ένταξη έληξε στις {}: δεν γίνεται παραλαβή. Χρειάζεται νέα απόφαση (e στη λίστα του προγράμματος).", en: "The enrolment expired on {}: no hand-out. A new decision is needed (e in the programme's list)." }
    BeginsOn { el: "Η ένταξη ισχύει από {}: δεν γίνεται παραλαβή πριν.", en: "The enrolment starts on {}: no hand-out before then." }
    NotValidToday { el: "Η ένταξη δεν ισχύει σήμερα: δεν γίνεται παραλαβή.", en: "The enrolment is not valid today: no hand-out." }
    Empty { el: "Δεν σημειώθηκε τίποτα για παραλαβή.", en: "Nothing entered to hand out." }
    StopRefused { el: "Δεν έγινε: πέρα από το όριο κατά {} (μένουν {}). Το πρόγραμμα σταματά στο όριο· η φόρμα μένει.", en: "Refused: over the allowance by {} ({} left). The programme stops at the allowance; the form stays." }
    AskOver { el: "Πέρα από το όριο κατά {} (μένουν {}). Να γίνει η παραλαβή παρ' όλα αυτά;", en: "Over the allowance by {} ({} left). Hand out anyway?" }
    Given { el: "Καταχωρίστηκε: {} {}. Μένουν {} για την περίοδο.", en: "Recorded: {} {}. {} left this period." }
    GivenOver { el: "Καταχωρίστηκε πέρα από το όριο: {} {} (σημειώθηκε).", en: "Recorded over the allowance: {} {} (marked)." }
    NotEnrolled { el: "Το νοικοκυριό δεν έχει ένταξη στο «{}»: συμπληρώστε την απόφαση ένταξης.", en: "The household is not enrolled in “{}”: fill in the enrolment decision." }
    NoProgramme { el: "Το νοικοκυριό δεν έχει ένταξη σε πρόγραμμα διανομής.", en: "The household is not enrolled in any distribution programme." }
    LinkFirst { el: "Συνδέστε πρώτα το εισιτήριο με άτομο (l στην ουρά).", en: "Link the ticket to a person first (l in the queue)." }
    EnrolTitle { el: "Ένταξη νοικοκυριού · {}", en: "Enrol a household · {}" }
    EnrolWho { el: "Ποιο νοικοκυριό: γράψτε όνομα μέλους ή αριθμό", en: "Which household: type a member's name or number" }
    EnrolFor { el: "Νοικοκυριό του/της {}", en: "The household of {}" }
    FDecided { el: "Ημ. απόφασης", en: "Decision date" }
    FFrom { el: "Ισχύει από", en: "Valid from" }
    FTo { el: "Ισχύει έως", en: "Valid to" }
    FAllowance { el: "Όριο ανά περίοδο", en: "Allowance" }
    FNote { el: "Σημείωση", en: "Note" }
    HintDate { el: "ηη/μμ/εεεε", en: "dd/mm/yyyy" }
    BadDate { el: "ημερομηνία ηη/μμ/εεεε", en: "a date dd/mm/yyyy" }
    BeforeFrom { el: "πριν από την έναρξη", en: "before the start" }
    AfterTo { el: "μετά τη λήξη", en: "after the end" }
    BadAllowance { el: "αριθμός πάνω από 0", en: "a number above 0" }
    FixMarked { el: "Διορθώστε τα σημειωμένα πεδία· η φόρμα μένει ανοιχτή.", en: "Correct the marked fields; the form stays open." }
    Enrolled { el: "Το νοικοκυριό εντάχθηκε στο «{}» έως {}.", en: "The household is enrolled in “{}” until {}." }
    FormKeys { el: "Tab: επόμενο · Ctrl-S: αποθήκευση · Esc: ακύρωση", en: "Tab: next · Ctrl-S: save · Esc: cancel" }
    NotAllowed { el: "Η ένταξη με απόφαση είναι για την κοινωνική υπηρεσία και τους διαχειριστές.", en: "Enrolment by decision is for the social service and administrators." }
    BadEnrolment { el: "Η ένταξη χρειάζεται σωστές ημερομηνίες και όριο πάνω από 0.", en: "An enrolment needs valid dates and an allowance above 0." }
    }
}

/// "50 points a month" and the like.
pub fn allowance(lang: Lang, amount: u32, p: &Programme) -> String {
    format!(
        "{amount} {} {}",
        super::t(lang, unit(p.unit)),
        super::t(lang, period(p.period))
    )
}

pub fn unit(u: Unit) -> DMsgs {
    match u {
        Unit::Points => DMsgs::Points,
        Unit::Items => DMsgs::Items,
    }
}

pub fn period(p: Period) -> DMsgs {
    match p {
        Period::Month => DMsgs::PerMonth,
        Period::Quarter => DMsgs::PerQuarter,
        Period::Year => DMsgs::PerYear,
    }
}

pub fn rule(o: OverLimit) -> DMsgs {
    match o {
        OverLimit::Stop => DMsgs::RuleStop,
        OverLimit::Warn => DMsgs::RuleWarn,
    }
}

/// A programme's name in `lang`.
pub fn programme_name(p: &Programme, lang: Lang) -> &str {
    match lang {
        Lang::En if !p.name_en.is_empty() => &p.name_en,
        _ => &p.name_el,
    }
}
