//! Words of the interface kit's parts (pickers, questions) and of store errors as the
//! status line shows them.

catalogue! {
    /// Words shared by every screen's parts.
    KMsg {
    TypeMore { el: "Γράψτε τουλάχιστον δύο γράμματα.", en: "Type at least two letters." }
    NoHits { el: "Κανείς δεν βρέθηκε.", en: "Nobody found." }
    NoMatches { el: "Καμία αντιστοιχία.", en: "No match." }
    QuestionYesNo { el: "y: ναι · n/Esc: όχι", en: "y: yes · n/Esc: no" }
    QuestionKeep { el: "y: κράτηση πρόχειρου · x: απόρριψη · Esc: πίσω", en: "y: keep a draft · x: throw away · Esc: back" }
    DraftNotKept { el: "Το πρόχειρο δεν κρατήθηκε: {} Η φόρμα μένει ανοιχτή.", en: "The draft was not kept: {} The form stays open." }
    DraftNotRemoved { el: "Το πρόχειρο δεν διαγράφηκε ({}) και μπορεί να προταθεί ξανά· μην το αποθηκεύσετε δεύτερη φορά.", en: "The draft could not be removed ({}) and may be offered again; do not save it a second time." }
    DraftsKept { el: "Κρατήθηκαν από την προηγούμενη φορά: {}", en: "Kept from last time: {}" }
    DraftUnreadable { el: "ένα πρόχειρο δεν διαβάζεται πια", en: "a draft can no longer be read" }
    VisitKept { el: "Η επίσκεψη κρατήθηκε ως πρόχειρο· με v συνεχίζετε.", en: "The visit was kept as a draft; v takes it up again." }
    VisitResumed { el: "Η επίσκεψη συνεχίζεται από το πρόχειρο.", en: "The visit is taken up from its draft." }
    VisitDraftOffer { el: "μισογραμμένη επίσκεψη ({}): F4, καρτέλα, v", en: "an unfinished visit ({}): F4, the card, v" }
    CheckFailed { el: "Ο έλεγχος για ήδη καταχωρισμένα άτομα απέτυχε", en: "The check for people already registered failed" }
    ErrCannotOpen { el: "Η βάση δεδομένων δεν ανοίγει: {}", en: "The database cannot be opened: {}" }
    ErrNotKentro { el: "Το αρχείο δεν είναι βάση δεδομένων του kentro· δεν άλλαξε τίποτα.", en: "The file is not a kentro database; nothing was changed." }
    ErrNewer { el: "Η βάση γράφτηκε από νεότερη έκδοση του kentro· χρειάζεται αναβάθμιση.", en: "The database was written by a newer kentro; an upgrade is needed." }
    ErrReadOnly { el: "Η βάση δεδομένων είναι μόνο για ανάγνωση· ό,τι γράψατε κρατιέται ως πρόχειρο.", en: "The database is read-only; what you typed is kept as a draft." }
    ErrMigration { el: "Η αναβάθμιση της βάσης απέτυχε: {}", en: "The database upgrade failed: {}" }
    ErrConflict { el: "Η εγγραφή άλλαξε από άλλο γκισέ μετά την ανάγνωσή της· ξαναδείτε την και δοκιμάστε πάλι.", en: "The record was changed at another desk since it was read; look again and retry." }
    ErrDuplicate { el: "Το {} είναι ήδη καταχωρισμένο.", en: "The {} is already registered." }
    ErrNotFound { el: "Η εγγραφή δεν υπάρχει πια.", en: "The record no longer exists." }
    ErrCorrupt { el: "Μη αναγνώσιμη τιμή στη βάση: {}", en: "Unreadable stored value: {}" }
    ErrNotAllowed { el: "Δεν επιτρέπεται: {}", en: "Not allowed: {}" }
    ErrBusy { el: "Η βάση είναι απασχολημένη (γράφει άλλο γκισέ)· δοκιμάστε ξανά.", en: "The database is busy (another desk is writing); try again." }
    ErrSql { el: "Σφάλμα βάσης δεδομένων: {}", en: "Database error: {}" }
    }
}
