//! The referrals screen's catalogue.

use crate::domain::codes::{ReferralState, Urgency};

catalogue! {
    /// Words of the referrals screen and its new-referral form.
    RMsg {
    Summary { el: "Ανοιχτές {}   εκπρόθεσμες {}   εισερχόμενες {}", en: "Open {}   overdue {}   incoming {}" }
    TitleBoth { el: "Παραπομπές: εξερχόμενες και ← εισερχόμενες", en: "Referrals: outgoing and ← incoming" }
    TitleIncoming { el: "Παραπομπές: μόνο ← εισερχόμενες (i)", en: "Referrals: ← incoming only (i)" }
    TitleOutgoing { el: "Παραπομπές: μόνο εξερχόμενες (i)", en: "Referrals: outgoing only (i)" }
    DetailIncoming { el: "← εισερχόμενη: a δεκτή, c ολοκληρώθηκε, x απορρίφθηκε· w: απάντηση σε αρχείο", en: "← incoming: a accepted, c completed, x declined; the answer goes to a file (w)" }
    DetailWithheld { el: "Ο λόγος ανήκει σε άλλον φορέα· το άτομο δεν έχει συναινέσει στην κοινοποίηση.", en: "The reason belongs to another organisation; the person has not consented to share it." }
    AnswerWritten { el: "Η απάντηση γράφτηκε: {} · στείλτε τη στον φορέα {}.", en: "Answer written: {} · send it to {}." }
    PacketWritten { el: "Το πακέτο της παραπομπής γράφτηκε: {}{}", en: "Referral packet written: {}{}" }
    PacketFailed { el: "Το πακέτο δεν γράφτηκε: {}", en: "The packet was not written: {}" }
    FilterAll { el: "όλες", en: "all" }
    FilterOpen { el: "ανοιχτές", en: "open only" }
    FilterLabel { el: "φίλτρο", en: "filter" }
    ColDue { el: "Έως", en: "Due" }
    ColPerson { el: "Άτομο", en: "Person" }
    ColTo { el: "Προς", en: "To" }
    ColStatus { el: "Κατάσταση", en: "Status" }
    ColSince { el: "Από", en: "Since" }
    Empty { el: "Καμία παραπομπή. r: νέα παραπομπή.", en: "No referrals. r: new referral." }
    EmptyIncoming { el: "Καμία εισερχόμενη παραπομπή εδώ (i: και οι εξερχόμενες, o: και οι κλειστές).", en: "No incoming referrals here (i: outgoing too, o: closed too)." }
    StateSent { el: "στάλθηκε", en: "sent" }
    StateAccepted { el: "δεκτή", en: "accepted" }
    StateCompleted { el: "ολοκληρώθηκε", en: "completed" }
    StateDeclined { el: "απορρίφθηκε", en: "declined" }
    StateNoShow { el: "δεν προσήλθε", en: "no-show" }
    StateCancelled { el: "ακυρώθηκε", en: "cancelled" }
    UrgRoutine { el: "κανονική", en: "routine" }
    UrgSoon { el: "σύντομα", en: "soon" }
    UrgUrgent { el: "επείγουσα", en: "urgent" }
    DetailBy { el: "από {} στις {}", en: "by {} on {}" }
    DetailFollow { el: "παρακολούθηση έως {}", en: "follow up by {}" }
    DetailReason { el: "λόγος: {}", en: "reason: {}" }
    DetailNote { el: "σημείωση: {}", en: "note: {}" }
    DetailStateReason { el: "αιτία: {}", en: "why: {}" }
    DetailOverride { el: "χωρίς καταγεγραμμένη συναίνεση (παράκαμψη)", en: "without recorded consent (override)" }
    PromptDecline { el: "Λόγος απόρριψης: ", en: "Reason for declining: " }
    PromptCancel { el: "Λόγος ακύρωσης: ", en: "Reason for cancelling: " }
    PromptFollowUp { el: "Παρακολούθηση έως (ΗΗ/ΜΜ/ΕΕΕΕ, κενό: καμία): ", en: "Follow up by (DD/MM/YYYY, empty: none): " }
    PromptFilter { el: "Φίλτρο (υπηρεσία, κατάσταση, χειριστής): ", en: "Filter (service, status, operator): " }
    PromptHint { el: "Enter: εντάξει  Esc: άκυρο", en: "Enter: OK  Esc: cancel" }
    Changed { el: "Η παραπομπή #{} έγινε: {}", en: "Referral #{} is now {}" }
    FollowUpSet { el: "Ορίστηκε παρακολούθηση για την #{}", en: "Follow-up set for #{}" }
    BadDate { el: "Η ημερομηνία δεν διαβάζεται: γράψτε ΗΗ/ΜΜ/ΕΕΕΕ", en: "Cannot read the date: write DD/MM/YYYY" }
    NoneSelected { el: "Δεν έχει επιλεγεί παραπομπή", en: "No referral selected" }
    SlipWritten { el: "Παραπεμπτικό: {}", en: "Slip written: {}" }
    SlipShown {
        el: "Δεν έχει οριστεί εκτυπωτής: το παραπεμπτικό στην οθόνη, για ανάγνωση ή αντιγραφή.",
        en: "No printer is set: the slip is on screen to read or copy.",
    }
    SlipViewerTitle { el: "Παραπεμπτικό της παραπομπής {}", en: "Slip of referral {}" }
    SlipPrinted { el: "Το παραπεμπτικό στάλθηκε στον εκτυπωτή.", en: "Slip sent to the printer." }
    SlipPrintFailed { el: "Το παραπεμπτικό δεν τυπώθηκε: {}", en: "The slip was not printed: {}" }
    SlipFailed { el: "Το παραπεμπτικό δεν γράφτηκε: {}", en: "The slip was not written: {}" }
    SlipNotYours { el: "Τα στοιχεία αυτής της παραπομπής ανήκουν σε άλλον φορέα και το άτομο δεν έχει συναινέσει στην κοινοποίηση: δεν εκτυπώνεται από εδώ.", en: "This referral's details belong to another organisation and the person has not consented to share them: no slip from here." }
    SlipCentreUnset { el: "Προσοχή: η διεύθυνση, το τηλέφωνο και το email του κέντρου δεν έχουν οριστεί και το παραπεμπτικό το γράφει. Ορίζονται στην καρτέλα του κέντρου: F7, v, Enter, e.", en: "Note: the centre's address, phone and e-mail are not set, and the slip says so. Set them on the centre's card: F7, v, Enter, e." }
    Refused { el: "Δεν επιτρέπεται: {}", en: "Refused: {}" }
    Conflict { el: "Άλλο γραφείο άλλαξε την παραπομπή· ξαναφορτώθηκε, δοκιμάστε ξανά", en: "Another desk changed this referral; reloaded, try again" }
    FormTitle { el: "Νέα παραπομπή", en: "New referral" }
    FieldPerson { el: "Άτομο", en: "Person" }
    FieldService { el: "Υπηρεσία", en: "Service" }
    FieldReason { el: "Λόγος", en: "Reason" }
    FieldUrgency { el: "Επείγον", en: "Urgency" }
    FieldNote { el: "Σημείωση", en: "Note" }
    FieldFollowUp { el: "Παρακολούθηση", en: "Follow-up" }
    FieldConsent { el: "Συναίνεση", en: "Consent" }
    FieldOverride { el: "Λόγος παράκαμψης", en: "Override reason" }
    TypeToFind { el: "πληκτρολογήστε για αναζήτηση", en: "type to search" }
    UrgencyHint { el: "←→ αλλαγή", en: "←→ change" }
    ConsentRecorded { el: "✓ έχει καταγραφεί για αυτή την υπηρεσία", en: "✓ recorded for this service" }
    ConsentAsk { el: "✗ δεν έχει καταγραφεί: y συναινεί τώρα · o παράκαμψη", en: "✗ not recorded: y agrees now · o override" }
    ConsentNow { el: "✓ συναινεί τώρα (θα καταγραφεί) · Backspace: αναίρεση", en: "✓ agrees now (will be recorded) · Backspace: undo" }
    ConsentOverride { el: "! παράκαμψη με λόγο (καταγράφεται στο ημερολόγιο ελέγχου)", en: "! override with a reason (kept in the audit log)" }
    ConsentPick { el: "επιλέξτε πρώτα άτομο και υπηρεσία", en: "pick the person and the service first" }
    FormHint { el: "Tab επόμενο  ↑↓ επιλογή  Enter διάλεξε  Ctrl-S αποστολή  Esc άκυρο", en: "Tab next  ↑↓ choose  Enter pick  Ctrl-S send  Esc cancel" }
    NeedPerson { el: "Διαλέξτε άτομο από τη λίστα", en: "Pick a person from the list" }
    NeedService { el: "Διαλέξτε υπηρεσία από τη λίστα", en: "Pick a service from the list" }
    NeedReason { el: "Γράψτε τον λόγο της παραπομπής", en: "Write the reason for the referral" }
    NeedConsent { el: "Χρειάζεται η συναίνεση του ατόμου για τη διαβίβαση (y) ή παράκαμψη με λόγο (o)", en: "The person's consent to share is needed (y), or an override with a reason (o)" }
    NeedOverrideReason { el: "Γράψτε τον λόγο της παράκαμψης", en: "Write the reason for the override" }
    Created { el: "Στάλθηκε η παραπομπή #{} · p: παραπεμπτικό", en: "Referral #{} sent · p: print slip" }
    NotAccepting { el: "Η υπηρεσία δεν δέχεται παραπομπές τώρα", en: "This service does not take referrals now" }
    History { el: "Ιστορικό", en: "History" }
    DraftKept { el: "Η παραπομπή κρατήθηκε ως πρόχειρο· με r συνεχίζετε.", en: "The referral was kept as a draft; r takes it up again." }
    DraftOffer { el: "μισοτελειωμένη παραπομπή ({}): F5 και r", en: "an unfinished referral ({}): F5, then r" }
    DraftResumed { el: "Συνέχεια της παραπομπής από το πρόχειρο.", en: "The referral is taken up from its draft." }
    }
}

/// The words for a referral's state.
pub fn state_msg(state: ReferralState) -> RMsg {
    match state {
        ReferralState::Sent => RMsg::StateSent,
        ReferralState::Accepted => RMsg::StateAccepted,
        ReferralState::Completed => RMsg::StateCompleted,
        ReferralState::Declined => RMsg::StateDeclined,
        ReferralState::NoShow => RMsg::StateNoShow,
        ReferralState::Cancelled => RMsg::StateCancelled,
    }
}

/// The words for a referral's urgency.
pub fn urgency_msg(urgency: Urgency) -> RMsg {
    match urgency {
        Urgency::Routine => RMsg::UrgRoutine,
        Urgency::Soon => RMsg::UrgSoon,
        Urgency::Urgent => RMsg::UrgUrgent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, t};

    #[test]
    fn every_message_has_both_languages() {
        for &m in RMsg::ALL {
            assert!(
                !t(Lang::El, m).is_empty() && !t(Lang::En, m).is_empty(),
                "{m:?}"
            );
        }
    }
}
