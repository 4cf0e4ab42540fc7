//! The retention review screen's words.

catalogue! {
    /// Words of the retention review (administrators).
    RMsg {
    Count {
        el: "{} άτομα χωρίς δραστηριότητα για {} έτη (από {})",
        en: "{} people with no activity for {} years (since {})",
    }
    ColPerson { el: "Άτομο", en: "Person" }
    ColBorn { el: "Γέννηση", en: "Born" }
    ColLast { el: "Τελ. δραστ.", en: "Last seen" }
    ColKept { el: "Προηγούμενη απόφαση", en: "Earlier decision" }
    KeptBy { el: "διατήρηση {} ({})", en: "kept {} ({})" }
    NoneDormant {
        el: "Κανείς δεν είναι χωρίς δραστηριότητα τόσο καιρό· δεν χρειάζεται επανεξέταση.",
        en: "Nobody has been inactive that long: nothing to review.",
    }
    Explain {
        el: "Enter: καρτέλα · k: διατήρηση με αιτιολογία · Shift-D: διαγραφή · p: έτη",
        en: "Enter: card · k: keep, giving a reason · Shift-D: erase (asks first) · p: years",
    }
    KeepTitle { el: "Διατήρηση δεδομένων του ατόμου #{}", en: "Keep the data of person #{}" }
    KeepAsk {
        el: "Γιατί πρέπει να διατηρηθούν; Η απόφαση καταγράφεται και το άτομο ξαναεμφανίζεται στην επανεξέταση μετά από {} έτη χωρίς δραστηριότητα.",
        en: "Why must they be kept? The decision is recorded, and the person comes back to the review after another {} years with no activity.",
    }
    KeepReason { el: "Αιτιολογία:", en: "Reason:" }
    KeepNeedsReason { el: "γράψτε την αιτιολογία", en: "write the reason" }
    KeepHint { el: "Enter: διατήρηση (καταγράφεται) · Esc: ακύρωση", en: "Enter: keep (recorded) · Esc: cancel" }
    YearsTitle { el: "Έτη διατήρησης", en: "Retention period" }
    YearsAsk {
        el: "Μετά από πόσα έτη χωρίς δραστηριότητα ένα άτομο μπαίνει στην επανεξέταση; Ισχύει για όλα τα γκισέ και καταγράφεται.",
        en: "After how many years with no activity does a person come to the review? For every desk; recorded.",
    }
    YearsField { el: "Έτη:", en: "Years:" }
    YearsBad { el: "ένας αριθμός ετών από 1 έως 50", en: "a number of years from 1 to 50" }
    YearsHint { el: "Enter: αλλαγή (καταγράφεται) · Esc: ακύρωση", en: "Enter: change (recorded) · Esc: cancel" }
    YearsSet { el: "Στην επανεξέταση μπαίνουν πλέον όσοι δεν έχουν δραστηριότητα για {} έτη.", en: "The review now lists people with no activity for {} years." }
    Kept { el: "Τα δεδομένα του ατόμου #{} διατηρούνται· η απόφαση και η αιτιολογία καταγράφηκαν.", en: "The data of person #{} are kept; the decision and its reason were recorded." }
    ErasedLater {
        el: "Τα δεδομένα του ατόμου #{} διαγράφηκαν· θα φύγουν και από το αρχείο καταγραφής στο επόμενο checkpoint (κάποιο γκισέ διάβαζε).",
        en: "The data of person #{} were erased; they leave the write-ahead log at the next checkpoint (a desk was reading).",
    }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, t};

    #[test]
    fn every_message_has_text_in_both_languages() {
        for &msg in RMsg::ALL {
            assert!(!t(Lang::El, msg).is_empty(), "{msg:?}");
            assert!(!t(Lang::En, msg).is_empty(), "{msg:?}");
        }
    }
}
