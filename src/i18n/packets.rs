//! The words of `kentro referrals` (add, set, export, import of packets between
//! centres) when it refuses. Organisations and services are named; a person never is.

catalogue! {
    /// Refusals of referrals and their packets.
    PktMsg {
    NoServiceKey { el: "Δεν υπάρχει υπηρεσία με κωδικό ή αναγνωριστικό {}", en: "no service with code or id {}" }
    BadUrgency { el: "Επείγον {}: χρησιμοποιήστε routine, soon ή urgent", en: "urgency {}: use routine, soon or urgent" }
    BadAnswerState { el: "{}: χρησιμοποιήστε accepted, completed ή declined", en: "{}: use accepted, completed or declined" }
    NoReferral { el: "Δεν υπάρχει παραπομπή με αριθμό {}", en: "no referral with id {}" }
    ServiceWithoutOrganisation { el: "Η υπηρεσία {} δεν ανήκει σε φορέα", en: "service {} has no organisation" }
    OrganisationMissing { el: "Ο φορέας {} λείπει", en: "organisation {} is missing" }
    ServiceMissing { el: "Η υπηρεσία {} λείπει", en: "service {} is missing" }
    PersonMissing { el: "Το άτομο {} λείπει", en: "person {} is missing" }
    SenderMissing { el: "Ο φορέας που έστειλε την παραπομπή λείπει", en: "the sending organisation is missing" }
    NoAnswerYet {
        el: "Η παραπομπή {} δεν έχει ακόμη απάντηση: ορίστε πρώτα accepted, completed ή declined",
        en: "referral {} has no answer yet: set it accepted, completed or declined first",
    }
    OwnService {
        el: "Η {} είναι υπηρεσία του ίδιου του κέντρου: δεν υπάρχει πακέτο για αποστολή",
        en: "{} is this centre's own service: there is no packet to send",
    }
    NoShareConsent {
        el: "Δεν έχει καταγραφεί συναίνεση του ατόμου για κοινοποίηση στον φορέα {}· δεν γράφτηκε τίποτα",
        en: "no consent to share with {} is recorded for this person; nothing was written",
    }
    NotAPacket { el: "Δεν είναι πακέτο παραπομπής του kentro: {}", en: "not a kentro referral packet: {}" }
    SenderUnknown {
        el: "Το πακέτο απορρίφθηκε: ο αποστολέας {} δεν υπάρχει σε αυτόν τον κατάλογο",
        en: "packet refused: the sender {} is not in this directory",
    }
    SenderWithoutKey {
        el: "Το πακέτο απορρίφθηκε: ο αποστολέας {} δεν έχει δημόσιο κλειδί σε αυτόν τον κατάλογο",
        en: "packet refused: the sender {} has no public key in this directory",
    }
    BadSignature {
        el: "Το πακέτο απορρίφθηκε: δεν επαληθεύεται με το κλειδί του {} (άλλαξε ή το υπέγραψε άλλος)",
        en: "packet refused: it does not verify with the key of {} (changed, or signed by someone else)",
    }
    BadKey {
        el: "Το πακέτο απορρίφθηκε: το κλειδί του {} σε αυτόν τον κατάλογο δεν είναι έγκυρο",
        en: "packet refused: the key of {} in this directory is not valid",
    }
    Refused { el: "Το πακέτο απορρίφθηκε: {}", en: "packet refused: {}" }
    NoName {
        el: "Το πακέτο απορρίφθηκε: λείπουν το επώνυμο και το όνομα του ατόμου",
        en: "packet refused: the person's surname and given name are missing",
    }
    BadBirthDate {
        el: "Το πακέτο απορρίφθηκε: το date_of_birth δεν είναι ημερομηνία",
        en: "packet refused: date_of_birth is not a date",
    }
    AnswerMissing {
        el: "Το πακέτο απορρίφθηκε: πακέτο απάντησης χωρίς την απάντησή του",
        en: "packet refused: an answer packet without its answer",
    }
    NotSentFromHere {
        el: "Καμία παραπομπή {} δεν στάλθηκε από εδώ",
        en: "no referral {} was sent from here",
    }
    BadAnswer {
        el: "Το πακέτο απορρίφθηκε: η απάντηση {} δεν είναι accepted, completed ή declined",
        en: "packet refused: answer {} is not accepted, completed or declined",
    }
    AlreadyImported { el: "Η παραπομπή {} έχει ήδη εισαχθεί", en: "referral {} was already imported" }
    ServiceUnknown {
        el: "Το πακέτο απορρίφθηκε: η υπηρεσία που αναφέρει ({}) δεν υπάρχει σε αυτόν τον κατάλογο",
        en: "packet refused: the service it names ({}) is not in this directory",
    }
    CannotSign { el: "Δεν είναι δυνατή η υπογραφή του πακέτου: {}", en: "cannot sign the packet: {}" }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Text};

    #[test]
    fn every_packet_text_has_both_languages() {
        for &m in PktMsg::ALL {
            assert!(!m.text(Lang::El).is_empty() && !m.text(Lang::En).is_empty());
            assert_ne!(m.text(Lang::El), m.text(Lang::En));
        }
    }
}
