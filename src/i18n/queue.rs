//! The queue screen's and the waiting-room board's catalogue.

use crate::domain::codes::TicketState;

catalogue! {
    /// Words of the queue screen, its forms and the board.
    QMsg {
    Waiting { el: "Αναμονή", en: "Waiting" }
    Called { el: "Κλήση", en: "Called" }
    InService { el: "Εξυπηρέτηση", en: "In service" }
    Done { el: "Ολοκλ.", en: "Done" }
    MedianWait { el: "διάμεσος", en: "median wait" }
    Longest { el: "μέγιστη", en: "longest" }
    ColNo { el: "Αρ.", en: "No." }
    ColWait { el: "Αναμ.", en: "Wait" }
    ColService { el: "Υπηρεσία", en: "Service" }
    ColName { el: "Όνομα / σημείωση", en: "Name / note" }
    ColLang { el: "Γλώσσα", en: "Lang" }
    ColState { el: "Κατάσταση", en: "State" }
    StWaiting { el: "αναμονή", en: "waiting" }
    StCalled { el: "κλήση", en: "called" }
    StInService { el: "εξυπηρετ.", en: "in service" }
    StDone { el: "ολοκληρώθηκε", en: "done" }
    StReferred { el: "παραπέμφθηκε", en: "referred" }
    StNotSeen { el: "δεν εξυπηρ.", en: "not seen" }
    StCancelled { el: "ακυρώθηκε", en: "cancelled" }
    Empty { el: "Κανείς στην ουρά σήμερα. n: νέο εισιτήριο.", en: "Nobody in today's queue. n: new ticket." }
    NoMatch { el: "Κανένα εισιτήριο δεν ταιριάζει στο φίλτρο.", en: "No ticket matches the filter." }
    Arrived { el: "ήρθε", en: "arrived" }
    Appointment { el: "ραντεβού", en: "appointment" }
    PriorityLabel { el: "προτεραιότητα", en: "priority" }
    Urgent { el: "επείγον", en: "urgent" }
    Note { el: "σημ.", en: "note" }
    Interpreter { el: "διερμηνέας", en: "interpreter" }
    Filter { el: "Φίλτρο", en: "Filter" }
    FlagMinor { el: "ασυνόδευτος ανήλικος", en: "unaccompanied minor" }
    FlagDisability { el: "ΑμεΑ", en: "disability" }
    FlagPregnancy { el: "εγκυμοσύνη", en: "pregnancy" }
    FlagElderly { el: "65+", en: "elderly 65+" }
    FlagViolence { el: "θύμα βίας", en: "victim of violence" }
    FlagSingleParent { el: "μονογονεϊκή", en: "single parent" }
    NewTicketTitle { el: "Νέο εισιτήριο", en: "New ticket" }
    FieldService { el: "Υπηρεσία", en: "Service" }
    FieldPerson { el: "Άτομο", en: "Person" }
    FieldLabel { el: "Όνομα/περιγρ.", en: "Name/descr." }
    FieldReason { el: "Λόγος", en: "Reason" }
    FieldFlags { el: "Προτεραιότ.", en: "Priority" }
    FieldNote { el: "Σημείωση", en: "Triage note" }
    FieldLanguage { el: "Διερμηνεία", en: "Interpreter" }
    FormHint {
        el: "Enter: έκδοση  Tab: επόμενο  ↑↓: υπηρεσία  1-7: προτεραιότητα  Esc: άκυρο",
        en: "Enter: issue  Tab: next  ↑↓: service  1-7 (on Priority): flags  Esc: cancel",
    }
    ErrNoService { el: "✗ καμία υπηρεσία με αυτό το όνομα", en: "✗ no service line by that name" }
    ErrLanguage { el: "✗ άγνωστη γλώσσα (κωδικός ISO, π.χ. ara, fas)", en: "✗ unknown language (ISO code, e.g. ara, fas)" }
    ErrTooLong { el: "✗ πολύ μεγάλο", en: "✗ too long" }
    ErrLabelNeeded { el: "✗ γράψτε ένα όνομα ή μια σύντομη περιγραφή", en: "✗ type a first name or a short description" }
    Issued { el: "Εισιτήριο {} εκδόθηκε", en: "Ticket {} issued" }
    CalledTo { el: "Κλήση {} στο γραφείο {}", en: "Called {} to desk {}" }
    NobodyWaiting { el: "Κανείς δεν περιμένει για αυτό το γραφείο.", en: "Nobody is waiting for this desk." }
    NoDeskSet { el: "Δεν έχει οριστεί γραφείο: ξεκινήστε με --desk N.", en: "No desk set: start with --desk N." }
    Moved { el: "{}: {}", en: "{}: {}" }
    NotAllowed { el: "Δεν γίνεται από την κατάσταση «{}».", en: "Not possible from \"{}\"." }
    Stale { el: "Άλλο γραφείο άλλαξε το εισιτήριο· η λίστα ανανεώθηκε.", en: "Another desk changed this ticket; the list was reloaded." }
    NoPerson { el: "Το εισιτήριο δεν έχει συνδεθεί με άτομο.", en: "This ticket is not linked to a person." }
    NothingSelected { el: "Δεν έχει επιλεγεί εισιτήριο.", en: "No ticket selected." }
    TicketPrinted { el: "Το εισιτήριο {} στάλθηκε στον εκτυπωτή.", en: "Ticket {} sent to the printer." }
    TicketPrintFailed { el: "Το εισιτήριο δεν τυπώθηκε: {}", en: "The ticket was not printed: {}" }
    TicketShown {
        el: "Δεν έχει οριστεί εκτυπωτής: το εισιτήριο στην οθόνη, για ανάγνωση ή αντιγραφή.",
        en: "No printer is set: the ticket is on screen to read or copy.",
    }
    TicketViewerTitle { el: "Εισιτήριο {}", en: "Ticket {}" }
    TransferTitle { el: "Μεταφορά του {} σε", en: "Transfer {} to" }
    Transferred { el: "Το {} μεταφέρθηκε: {}", en: "{} transferred to {}" }
    PickHint { el: "↑↓ ή γράμμα (Κ, Ν): επιλογή  Enter: εντάξει  Esc: άκυρο", en: "↑↓ or a letter (Κ, k): choose  Enter: OK  Esc: cancel" }
    AppointmentsTitle { el: "Ραντεβού σήμερα", en: "Today's appointments" }
    NoAppointments { el: "Κανένα ραντεβού σήμερα.", en: "No appointments today." }
    ApptBooked { el: "κλεισμένο", en: "booked" }
    ApptCheckedIn { el: "ήρθε", en: "checked in" }
    ApptNoShow { el: "δεν ήρθε", en: "no-show" }
    ApptCancelled { el: "ακυρώθηκε", en: "cancelled" }
    ApptHint { el: "Enter: άφιξη  x: δεν ήρθε  Esc: πίσω", en: "Enter: check in  x: no-show  Esc: back" }
    CheckedIn { el: "Άφιξη: εισιτήριο {}", en: "Checked in: ticket {}" }
    MarkedNoShow { el: "Σημειώθηκε ότι δεν ήρθε.", en: "Marked as no-show." }
    ApptNotBooked { el: "Το ραντεβού δεν είναι πια κλεισμένο.", en: "This appointment is no longer booked." }
    CloseTitle { el: "Τέλος ημέρας", en: "End of day" }
    CloseQuestion {
        el: "{} εισιτήρια σε αναμονή θα κλείσουν ως «δεν εξυπηρετήθηκε». Πατήστε y για επιβεβαίωση· οποιοδήποτε άλλο πλήκτρο ακυρώνει.",
        en: "{} waiting tickets will be closed as not seen. Press y to confirm; any other key cancels.",
    }
    Closed { el: "Τέλος ημέρας: έκλεισαν {} εισιτήρια.", en: "End of day: {} tickets closed." }
    CloseCancelled { el: "Το τέλος ημέρας ακυρώθηκε.", en: "End of day cancelled." }
    LinesTitle { el: "Γραμμές εξυπηρέτησης", en: "Service lines" }
    LinesHint { el: "Enter: αλλαγή  a: νέα  Esc: πίσω", en: "Enter: edit  a: add  Esc: back" }
    LineCode { el: "Κωδικός", en: "Code" }
    LinePrefix { el: "Πρόθεμα", en: "Prefix" }
    LineNameEl { el: "Όνομα (ελ.)", en: "Name (Greek)" }
    LineNameEn { el: "Όνομα (αγγλ.)", en: "Name (English)" }
    LineFormHint { el: "Tab: επόμενο  Ctrl-S: αποθήκευση  Esc: άκυρο", en: "Tab: next  Ctrl-S: save  Esc: cancel" }
    ErrCode { el: "✗ πεζά λατινικά, ψηφία και -", en: "✗ lower-case letters, digits and -" }
    ErrPrefix { el: "✗ 1–3 γράμματα", en: "✗ 1–3 letters" }
    ErrName { el: "✗ υποχρεωτικό", en: "✗ required" }
    ErrDuplicateCode { el: "✗ ο κωδικός υπάρχει ήδη", en: "✗ this code is taken" }
    LineSaved { el: "Η γραμμή {} αποθηκεύτηκε.", en: "Service line {} saved." }
    Recalled { el: "Νέα κλήση: {} στο γραφείο {}", en: "Called {} to desk {} again" }
    SameLine { el: "Το εισιτήριο είναι ήδη σε αυτή τη γραμμή.", en: "The ticket is on this line already." }
    LinkTitle { el: "Σύνδεση του {} με άτομο", en: "Link {} to a person" }
    DraftOffer { el: "μισογραμμένο εισιτήριο ({}): F2 και n", en: "an unfinished ticket ({}): F2, then n" }
    DraftResumed { el: "Συνέχεια του εισιτηρίου από το πρόχειρο.", en: "The ticket is taken up from its draft." }
    LinkFind { el: "Αναζήτηση:", en: "Find:" }
    LinkTypeName { el: "Γράψτε όνομα, ΑΜΚΑ ή τηλέφωνο.", en: "Type a name, AMKA or phone." }
    LinkNoHits { el: "Κανείς δεν βρέθηκε· Ctrl-N: καταγραφή νέου ατόμου.", en: "Nobody found; Ctrl-N: register a new person." }
    LinkHint { el: "↑↓ Enter: σύνδεση  Ctrl-N: νέο άτομο  Esc: άκυρο", en: "↑↓ Enter: link  Ctrl-N: register a new person  Esc: cancel" }
    Linked { el: "Το {} συνδέθηκε με: {}", en: "{} linked to {}" }
    LinkFirst { el: "Συνδέστε πρώτα το εισιτήριο με άτομο (l).", en: "Link the ticket to a person first (l)." }
    ReferWhen { el: "Παραπομπή μόνο από εισιτήριο σε γραφείο (κλήση ή εξυπηρέτηση), όχι από «{}».", en: "Refer from a ticket at a desk (called or in service), not from \"{}\"." }
    RegisterFor { el: "Νέο άτομο για το εισιτήριο {}: θα συνδεθεί μόλις αποθηκευτεί.", en: "New person for ticket {}: linked to it once saved." }
    LinkedOnSave { el: "{} · εισιτήριο {} συνδέθηκε", en: "{} · ticket {} linked" }
    LinkFailed { el: "{} · το εισιτήριο {} ΔΕΝ συνδέθηκε: {}", en: "{} · ticket {} NOT linked: {}" }
    BoardNow { el: "ΚΑΛΕΙΤΑΙ", en: "NOW CALLING" }
    BoardDesk { el: "ΓΡΑΦΕΙΟ", en: "DESK" }
    BoardEarlier { el: "Προηγούμενα", en: "Earlier" }
    BoardNobody { el: "Παρακαλούμε περιμένετε να ακουστεί ο αριθμός σας.", en: "Please wait for your number to be called." }
    }
}

/// A priority flag's full name (its code for a flag without words of its own).
pub fn flag_name(lang: super::Lang, flag: crate::domain::codes::Vulnerability) -> String {
    use crate::domain::codes::Vulnerability;
    let msg = match flag {
        Vulnerability::UnaccompaniedMinor => QMsg::FlagMinor,
        Vulnerability::Disability => QMsg::FlagDisability,
        Vulnerability::Pregnancy => QMsg::FlagPregnancy,
        Vulnerability::Elderly => QMsg::FlagElderly,
        Vulnerability::ViolenceVictim => QMsg::FlagViolence,
        Vulnerability::SingleParent => QMsg::FlagSingleParent,
        other => return other.code().to_string(),
    };
    super::t(lang, msg).to_string()
}

/// The words for a ticket's state.
pub fn ticket_state(state: TicketState) -> QMsg {
    match state {
        TicketState::Waiting => QMsg::StWaiting,
        TicketState::Called => QMsg::StCalled,
        TicketState::InService => QMsg::StInService,
        TicketState::Done => QMsg::StDone,
        TicketState::Referred => QMsg::StReferred,
        TicketState::NotSeen => QMsg::StNotSeen,
        TicketState::Cancelled => QMsg::StCancelled,
    }
}
