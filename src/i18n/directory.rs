//! The directory screen's catalogue.

catalogue! {
    /// Words of the service directory.
    DMsg {
    Count { el: "{} υπηρεσίες και φορείς", en: "{} services and organisations" }
    Shown { el: "{} από {}", en: "{} of {}" }
    Search { el: "Αναζήτηση: ", en: "Search: " }
    SearchHint { el: "όνομα, κατηγορία ή γλώσσα", en: "name, category or language" }
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
    KindHint { el: "internal ή external", en: "internal or external" }
    YesNoHint { el: "ναι/όχι", en: "yes/no" }
    Yes { el: "ναι", en: "yes" }
    No { el: "όχι", en: "no" }
    LangHint { el: "κωδικοί ISO 639-3, π.χ. ell, ara, fas", en: "ISO 639-3 codes, e.g. ell, ara, fas" }
    Saved { el: "Αποθηκεύτηκε: {}", en: "Saved: {}" }
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
