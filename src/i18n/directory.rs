//! The directory screen's catalogue.

catalogue! {
    /// Words of the service directory.
    DMsg {
    Shown { el: "{} από {}", en: "{} of {}" }
    Search { el: "Αναζήτηση: ", en: "Search: " }
    SearchHint { el: "αναζήτηση με όνομα, πόλη, κατηγορία ή γλώσσα", en: "search by name, city, category or language" }
    TitleServices { el: "Κατάλογος: υπηρεσίες (v: φορείς)", en: "Directory: services (v: organisations)" }
    TitleOrganisations { el: "Κατάλογος: φορείς (v: υπηρεσίες)", en: "Directory: organisations (v: services)" }
    AllCategories { el: "όλες", en: "all" }
    CategoryTitle { el: "Κατηγορία υπηρεσιών", en: "Category of services" }
    CategoryHint { el: "ονόματα ή κωδικοί κατηγοριών, με κόμμα", en: "category names or codes, with commas" }
    ColCity { el: "Πόλη", en: "City" }
    ColServices { el: "Υπηρ.", en: "Serv." }
    EmptyOrgs { el: "Κανένας φορέας δεν ταιριάζει.", en: "No organisation matches." }
    OwnCentre { el: "Αυτό το κέντρο", en: "This centre" }
    Member { el: "Μέλος του δικτύου", en: "Member of the network" }
    Outside { el: "Εκτός δικτύου", en: "Outside the network" }
    CardKey { el: "Κλειδί πακέτων", en: "Packet key" }
    CardPlaces { el: "Σημεία εξυπηρέτησης", en: "Places" }
    CardContacts { el: "Υπεύθυνοι επικοινωνίας", en: "Contacts" }
    CardServices { el: "Υπηρεσίες", en: "Services" }
    CardNoServices { el: "καμία υπηρεσία ακόμη", en: "no services yet" }
    CardHint { el: "(Enter: καρτέλα)", en: "(Enter: card)" }
    CardGone { el: "Ο φορέας δεν υπάρχει πια στον κατάλογο (Esc).", en: "The organisation is no longer in the directory (Esc)." }
    PhoneFax { el: "φαξ", en: "fax" }
    PhoneCell { el: "κινητό", en: "mobile" }
    PhoneText { el: "SMS", en: "text" }
    Internal { el: "εσωτ.", en: "intern." }
    External { el: "εξωτ.", en: "extern." }
    NoReferrals { el: "όχι παραπομπές", en: "no referrals" }
    Inactive { el: "ανενεργή", en: "inactive" }
    Interpretation { el: "διερμηνεία", en: "interpretation" }
    ColName { el: "Όνομα", en: "Name" }
    ColCategory { el: "Κατηγορία", en: "Category" }
    ColLangs { el: "Γλώσσες", en: "Languages" }
    Empty { el: "Καμία υπηρεσία δεν ταιριάζει.", en: "No service matches." }
    EditTitle { el: "Διόρθωση: {}", en: "Edit: {}" }
    NewTitle { el: "Νέα καταχώριση", en: "New entry" }
    FormHint { el: "Tab επόμενο  Ctrl-S αποθήκευση  Esc άκυρο", en: "Tab next  Ctrl-S save  Esc cancel" }
    FCode { el: "Κωδικός", en: "Code" }
    FNameEl { el: "Όνομα (ελλ.)", en: "Name (Greek)" }
    FNameEn { el: "Όνομα (αγγλ.)", en: "Name (English)" }
    FKind { el: "Είδος", en: "Kind" }
    FCategory { el: "Κατηγορία", en: "Category" }
    FOrganisation { el: "Φορέας", en: "Organisation" }
    FAddress { el: "Διεύθυνση", en: "Address" }
    FPhone { el: "Τηλέφωνο", en: "Phone" }
    FEmail { el: "Email", en: "Email" }
    FHours { el: "Ωράριο", en: "Hours" }
    FLanguages { el: "Γλώσσες", en: "Languages" }
    FInterpretation { el: "Διερμηνεία", en: "Interpretation" }
    FEligibility { el: "Δικαιούχοι", en: "Eligibility" }
    FDocuments { el: "Έγγραφα", en: "Documents" }
    FAccepts { el: "Δέχεται παραπ.", en: "Takes referrals" }
    FActive { el: "Ενεργή", en: "Active" }
    FOrgName { el: "Επωνυμία", en: "Name" }
    FAltName { el: "Άλλη ονομασία", en: "Other name" }
    FDescription { el: "Περιγραφή", en: "Description" }
    FWebsite { el: "Ιστότοπος", en: "Website" }
    FStreet { el: "Οδός και αριθμός", en: "Street" }
    FPostalCode { el: "Τ.Κ.", en: "Postal code" }
    FCity { el: "Πόλη", en: "City" }
    FAfm { el: "ΑΦΜ", en: "Tax number (ΑΦΜ)" }
    FMember { el: "Μέλος δικτύου", en: "Network member" }
    NewOrgTitle { el: "Νέος φορέας", en: "New organisation" }
    BadUrl { el: "η διεύθυνση αρχίζει με https://", en: "the address starts with https://" }
    BadAfm { el: "ο ΑΦΜ δεν είναι έγκυρος", en: "not a valid tax number (ΑΦΜ)" }
    BadCategory { el: "άγνωστη κατηγορία: {}", en: "unknown category: {}" }
    KindHint { el: "internal ή external", en: "internal or external" }
    YesNoHint { el: "ναι/όχι", en: "yes/no" }
    Yes { el: "ναι", en: "yes" }
    No { el: "όχι", en: "no" }
    LangHint { el: "κωδικοί ISO 639-3, π.χ. ell, ara, fas", en: "ISO 639-3 codes, e.g. ell, ara, fas" }
    Saved { el: "Αποθηκεύτηκε: {}", en: "Saved: {}" }
    DraftOffer { el: "μισογραμμένη καταχώριση ευρετηρίου ({}): F7, και n ή e πάνω της", en: "an unfinished directory entry ({}): F7, then n, or e on it" }
    DraftsOffer { el: "μισογραμμένες καταχωρίσεις ευρετηρίου ({}): F7, και n ή e πάνω σε καθεμία", en: "unfinished directory entries ({}): F7, then n, or e on each" }
    DraftResumed { el: "Συνέχεια της καταχώρισης από το πρόχειρο.", en: "The entry is taken up from its draft." }
    Conflict { el: "Άλλο γραφείο άλλαξε την καταχώριση· ξαναφορτώστε (Esc) και διορθώστε ξανά", en: "Another desk changed this entry; reload (Esc) and edit again" }
    NeedCode { el: "ο κωδικός θέλει πεζά λατινικά γράμματα, ψηφία ή -", en: "the code needs lower-case Latin letters, digits or -" }
    NeedName { el: "το όνομα χρειάζεται", en: "the name is required" }
    BadKind { el: "γράψτε internal ή external", en: "write internal or external" }
    BadYesNo { el: "γράψτε ναι ή όχι", en: "write yes or no" }
    BadLanguage { el: "άγνωστη γλώσσα: {}", en: "unknown language: {}" }
    BadEmail { el: "δεν είναι διεύθυνση email", en: "not an email address" }
    DupCode { el: "ο κωδικός υπάρχει ήδη", en: "this code is already taken" }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, t};

    #[test]
    fn every_message_has_both_languages() {
        for &m in DMsg::ALL {
            assert!(
                !t(Lang::El, m).is_empty() && !t(Lang::En, m).is_empty(),
                "{m:?}"
            );
        }
    }
}
