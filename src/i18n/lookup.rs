//! The lookup screen's and the person's card's catalogue.

catalogue! {
    /// Words of the lookup screen (F4) and the person's card.
    LMsg {
    Find { el: "Αναζήτηση:", en: "Find:" }
    Count { el: "{} από {}", en: "{} of {}" }
    CountMore { el: "{}+ από {}", en: "{}+ of {}" }
    Prompt {
        el: "Γράψτε επώνυμο, όνομα, ΑΜΚΑ, ΑΦΜ, ΠΑΑΥΠΑ, τηλέφωνο ή αριθμό εισιτηρίου, με ελληνικά ή λατινικά.",
        en: "Type a surname, given name, AMKA, AFM, PAAYPA, phone or ticket number, in Greek or Latin letters.",
    }
    NoMatch { el: "Κανείς δεν βρέθηκε. F3: νέο άτομο.", en: "Nobody found. F3: new person." }
    ListFocus { el: "Esc: πίσω στην αναζήτηση", en: "Esc: back to the query" }
    ColName { el: "Ονοματεπώνυμο", en: "Name" }
    ColFather { el: "Πατρώνυμο", en: "Father" }
    ColBorn { el: "Γέννηση (ηλικ.)", en: "Born (age)" }
    ColAmka { el: "ΑΜΚΑ", en: "AMKA" }
    ColPhone { el: "Τηλέφωνο", en: "Phone" }
    ColLast { el: "Επίσκ.", en: "Visit" }
    ColRefs { el: "Πρ", en: "Rf" }
    Household { el: "νοικοκυριό {} ατόμων", en: "household of {}" }
    Alone { el: "χωρίς νοικοκυριό", en: "no household" }
    LastVisit { el: "Τελευταία επίσκεψη {}", en: "Last visit {}" }
    NoVisit { el: "Καμία επίσκεψη", en: "No visits yet" }
    OpenRefs { el: "ανοιχτές παραπομπές: {}", en: "open referrals: {}" }
    NoOpenRefs { el: "καμία ανοιχτή παραπομπή", en: "no open referral" }
    FollowBy { el: "έως {}", en: "follow up {}" }
    BornWhy { el: "γέννηση: {}", en: "born: {}" }
    Interpreter { el: "≋ διερμηνέας", en: "≋ interpreter" }
    Father { el: "πατέρας", en: "father" }
    Mother { el: "μητέρα", en: "mother" }
    CardBack { el: "Esc: πίσω στα αποτελέσματα", en: "Esc: back to the results" }
    More { el: "↓ συνέχεια", en: "↓ more" }
    SecIdentity { el: "Ταυτότητα", en: "Identity" }
    SecDocuments { el: "Έγγραφα", en: "Documents" }
    SecContact { el: "Επικοινωνία", en: "Contact" }
    SecHousehold { el: "Νοικοκυριό", en: "Household" }
    SecVulnerability { el: "Ευαλωτότητα", en: "Vulnerability" }
    SecConsent { el: "Συναίνεση", en: "Consent" }
    SecVisits { el: "Επισκέψεις", en: "Visits" }
    SecReferrals { el: "Παραπομπές", en: "Referrals" }
    SecActivities { el: "Ομαδικές δραστηριότητες", en: "Group activities" }
    NoActivities { el: "Σε καμία δραστηριότητα.", en: "In no activity." }
    ActivityWaiting { el: "σε αναμονή", en: "on the waiting list" }
    ActivityEnrolled { el: "εγγεγραμμένος/η", en: "enrolled" }
    ActivityRate { el: "παρών/παρούσα {} από {} ({}%)", en: "present {} of {} ({}%)" }
    SecGoods { el: "Διανομή ειδών (νοικοκυριό)", en: "Goods (household)" }
    NoGoods { el: "Το νοικοκυριό δεν έχει ένταξη σε πρόγραμμα. h: παραλαβή.", en: "The household is in no programme. h: hand-out." }
    GoodsLeft { el: "διαθέσιμα {} από {} ({}) · έως {}", en: "{} of {} {} left · until {}" }
    GoodsExpired { el: "η ένταξη έληξε στις {}", en: "enrolment expired on {}" }
    GoodsFrom { el: "η ένταξη ισχύει από {}", en: "enrolment starts on {}" }
    SecToday { el: "Σήμερα στην ουρά", en: "Today's tickets" }
    FName { el: "Όνομα", en: "Name" }
    FFather { el: "Πατρώνυμο", en: "Father" }
    FMother { el: "Μητρώνυμο", en: "Mother" }
    FBorn { el: "Γέννηση", en: "Born" }
    FGender { el: "Φύλο", en: "Gender" }
    FNationality { el: "Υπηκοότητα", en: "Nationality" }
    FLanguages { el: "Γλώσσες", en: "Languages" }
    FAmka { el: "ΑΜΚΑ", en: "AMKA" }
    FAfm { el: "ΑΦΜ", en: "AFM" }
    FPaaypa { el: "ΠΑΑΥΠΑ", en: "PAAYPA" }
    FOther { el: "Άλλο", en: "Other" }
    FPhone { el: "Τηλέφωνο", en: "Phone" }
    FEmail { el: "Email", en: "Email" }
    FAddress { el: "Διεύθυνση", en: "Address" }
    GenShortF { el: "Γ", en: "F" }
    GenShortM { el: "Α", en: "M" }
    GenShortX { el: "Χ", en: "X" }
    Age { el: "{} ετών", en: "age {}" }
    Dash { el: "—", en: "—" }
    Masked { el: "(κρυφό· i: εμφάνιση)", en: "(hidden; i: show)" }
    Exported { el: "Γράφτηκαν: {} και {}", en: "Written: {} and {}" }
    ExportWithheld { el: "({} σημειώσεις άλλων φορέων εκτός, χωρίς συναίνεση)", en: "({} notes of other organisations left out, no consent)" }
    AskErase { el: "Διαγραφή όλων των προσωπικών δεδομένων του ατόμου #{}; Δεν αναιρείται. Μένουν μόνο ανώνυμα στοιχεία για τις αναφορές.", en: "Erase all personal data of person #{}? This cannot be undone. Only anonymous figures stay for the reports." }
    Erased { el: "Τα προσωπικά δεδομένα του ατόμου #{} διαγράφηκαν.", en: "The personal data of person #{} were erased." }
    AlreadyErased { el: "Τα δεδομένα αυτού του ατόμου έχουν ήδη διαγραφεί.", en: "This person's data were already erased." }
    MaskedRole { el: "(κρυφό για τον ρόλο σας)", en: "(hidden for your role)" }
    Shown { el: "(εμφανές· καταγράφηκε)", en: "(shown; recorded)" }
    NoHousehold { el: "Δεν έχει δηλωθεί νοικοκυριό.", en: "No household recorded." }
    NoFlags { el: "Καμία σημείωση ευαλωτότητας.", en: "No vulnerability recorded." }
    ConsentGiven { el: "Δόθηκε {} (καταγραφή: {})", en: "Given {} (recorded by {})" }
    NoConsent {
        el: "⚠ Δεν έχει καταγραφεί συναίνεση: κρατείται μόνο το ελάχιστο. e: διόρθωση.",
        en: "⚠ No consent recorded: only the minimum is kept. e: edit.",
    }
    NoVisits { el: "Καμία επίσκεψη.", en: "No visits." }
    ConsentWithdrawn { el: "Ανακλήθηκε {} (καταγραφή: {})", en: "Withdrawn {} (recorded by {})" }
    SecCaseNotes { el: "Σημειώσεις υπόθεσης", en: "Case notes" }
    NoCaseNotes { el: "Καμία σημείωση υπόθεσης.", en: "No case notes." }
    NoteTitle { el: "Νέα σημείωση υπόθεσης", en: "New case note" }
    NoteText { el: "Κείμενο", en: "Text" }
    NoteCorrectsField { el: "Διορθώνει τη σημείωση αρ. (προαιρετικό)", en: "Corrects note no. (optional)" }
    NoteVisitField { el: "Για την επίσκεψη της (ημερομηνία, προαιρετικό)", en: "On the visit of (date, optional)" }
    NoteBadVisit { el: "η ημερομηνία μιας επίσκεψης αυτού του ατόμου", en: "the date of one of this person's visits" }
    NoteOnVisit { el: "για την επίσκεψη της {}", en: "on the visit of {}" }
    NoteKept { el: "Η σημείωση κρατήθηκε ως πρόχειρο· με c συνεχίζετε.", en: "The case note was kept as a draft; c takes it up again." }
    NoteDraftOffer { el: "μισογραμμένη σημείωση υπόθεσης ({}): F4, καρτέλα, c", en: "an unfinished case note ({}): F4, the card, c" }
    NoteResumed { el: "Η σημείωση συνεχίζεται από το πρόχειρο.", en: "The case note is taken up from its draft." }
    NoteHint { el: "Tab: επόμενο · Ctrl-S: αποθήκευση · Esc: πρόχειρο · διόρθωση = νέα σημείωση", en: "Tab: next · Ctrl-S: save · Esc: keep as a draft · a correction is a new note" }
    NoteEmpty { el: "γράψτε το κείμενο της σημείωσης", en: "write the note's text" }
    NoteBadCorrects { el: "ο αριθμός μιας σημείωσης αυτού του ατόμου", en: "the number of one of this person's notes" }
    NoteSaved { el: "Η σημείωση υπόθεσης αποθηκεύτηκε.", en: "The case note was saved." }
    NotesWithheld {
        el: "{} σημειώσεις άλλων φορέων (χωρίς συναίνεση για διαβίβαση)",
        en: "{} notes of other organisations (no consent to share)",
    }
    NoteCorrects { el: "διορθώνει τη #{}", en: "corrects #{}" }
    GlassKey { el: "o: άνοιγμα με αιτιολογία", en: "o: open with a reason" }
    GlassTitle { el: "Άνοιγμα εγγραφών άλλων φορέων", en: "Open records of other organisations" }
    GlassAsk {
        el: "Σημειώσεις υπόθεσης: {} · στοιχεία παραπομπών: {}. Ανήκουν σε άλλους φορείς και το άτομο δεν έχει συναινέσει να διαβιβαστούν στον δικό σας. Το άνοιγμα καταγράφεται μαζί με την αιτιολογία σας.",
        en: "Case notes: {} · referral details: {}. They belong to other organisations and the person has not consented to share them with yours. Opening them is recorded with your reason.",
    }
    GlassReason { el: "Αιτιολογία:", en: "Reason:" }
    GlassNeedsReason { el: "γράψτε γιατί τα χρειάζεστε", en: "write why you need them" }
    GlassHint { el: "Enter: άνοιγμα (καταγράφεται) · Esc: ακύρωση", en: "Enter: open (recorded) · Esc: cancel" }
    GlassOpened { el: "Οι εγγραφές άλλων φορέων άνοιξαν· η αιτιολογία καταγράφηκε.", en: "Records of other organisations opened; the reason was recorded." }
    GlassNothing { el: "Δεν υπάρχει εδώ τίποτα κλειστό για εσάς.", en: "Nothing on this card is closed to you." }
    DetailsElsewhere { el: "(στοιχεία άλλου φορέα)", en: "(details of another organisation)" }
    NoReferrals { el: "Καμία παραπομπή.", en: "No referrals." }
    NoTickets { el: "Κανένα εισιτήριο σήμερα. q: στην ουρά.", en: "No ticket today. q: add to the queue." }
    Overdue { el: "⌚ εκπρόθεσμη", en: "⌚ overdue" }
    Self_ { el: "(αυτό το άτομο)", en: "(this person)" }
    Gone { el: "Το άτομο δεν υπάρχει πια (συγχωνεύτηκε ή διαγράφηκε).", en: "This person no longer exists (merged or removed)." }
    NotAllowed { el: "Ο ρόλος σας δεν επιτρέπει την εμφάνιση ολόκληρων αριθμών.", en: "Your role may not see full identifiers." }
    Revealed { el: "Οι πλήρεις αριθμοί εμφανίζονται (καταγράφηκε).", en: "Full identifiers shown (recorded)." }
    Hidden { el: "Οι αριθμοί κρύφτηκαν.", en: "Identifiers hidden again." }
    NothingSelected { el: "Δεν έχει επιλεγεί άτομο.", en: "No person selected." }
    DbError { el: "Σφάλμα βάσης δεδομένων: {}", en: "Database error: {}" }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, t};

    #[test]
    fn every_message_has_text_in_both_languages() {
        for &msg in LMsg::ALL {
            assert!(!t(Lang::El, msg).is_empty(), "{msg:?}");
            assert!(!t(Lang::En, msg).is_empty(), "{msg:?}");
        }
    }
}
