//! The words of `kentro::Error` that belong to no one command: what a file operation
//! was doing, configuration problems, and the command line's own refusals.

catalogue! {
    /// Messages of errors (see `crate::error`).
    ErrMsg {
    CannotRead { el: "Δεν είναι δυνατή η ανάγνωση του", en: "cannot read" }
    CannotWrite { el: "Δεν είναι δυνατή η εγγραφή του", en: "cannot write" }
    CannotCreate { el: "Δεν είναι δυνατή η δημιουργία του", en: "cannot create" }
    CannotRemove { el: "Δεν είναι δυνατή η διαγραφή του", en: "cannot remove" }
    CannotList { el: "Δεν είναι δυνατή η ανάγνωση του φακέλου", en: "cannot list" }
    NoDataDirectory {
        el: "Ο χρήστης δεν έχει φάκελο δεδομένων· δώστε --db ΔΙΑΔΡΟΜΗ ή ορίστε KENTRO_DB.",
        en: "no data directory for this user; pass --db PATH or set KENTRO_DB",
    }
    UnknownTheme {
        el: "Άγνωστο θέμα {}: χρησιμοποιήστε default, high-contrast ή mono",
        en: "unknown theme {}: use default, high-contrast or mono",
    }
    ConfigLine {
        el: "{}, γραμμή {}: {}",
        en: "{}:{}: {}",
    }
    CannotSwitchUser {
        el: "Δεν είναι δυνατή η αλλαγή στον χρήστη {}: {}",
        en: "cannot switch to user {}: {}",
    }
    CannotSwitchGroup {
        el: "Δεν είναι δυνατή η αλλαγή στην ομάδα {}: {}",
        en: "cannot switch to group {}: {}",
    }
    NeedsTerminal {
        el: "Η οθόνη χρειάζεται τερματικό· για σενάρια υπάρχουν οι εντολές (kentro --help)",
        en: "the interface needs a terminal; for scripts use the commands (kentro --help)",
    }
    StoppedBy { el: "Διακόπηκε από το σήμα {}", en: "stopped by {}" }
    CannotHandleSignals { el: "Δεν είναι δυνατός ο χειρισμός των σημάτων: {}", en: "cannot handle signals: {}" }
    CannotSetUpTerminal { el: "Δεν είναι δυνατή η προετοιμασία του τερματικού: {}", en: "cannot set up the terminal: {}" }
    CannotReadTerminal { el: "Δεν είναι δυνατή η ανάγνωση του τερματικού: {}", en: "cannot read the terminal: {}" }
    BoardNeedsTerminal { el: "Ο πίνακας αναμονής χρειάζεται τερματικό", en: "the board needs a terminal" }
    CannotMakeManual { el: "Δεν είναι δυνατή η δημιουργία της σελίδας εγχειριδίου: {}", en: "cannot make the manual page: {}" }
    WorkbookNeedsFile { el: "Ένα βιβλίο εργασίας Excel χρειάζεται αρχείο: προσθέστε --out ΑΡΧΕΙΟ.xlsx", en: "an Excel workbook needs a file: add --out FILE.xlsx" }
    RevealNotForRole { el: "Ο ρόλος {} δεν βλέπει ολόκληρα τα αναγνωριστικά", en: "whole identifiers are not shown to the {} role" }
    CannotEncodeJson { el: "Δεν είναι δυνατή η γραφή JSON: {}", en: "cannot write JSON: {}" }
    CannotAskQuestion { el: "Δεν είναι δυνατή η ερώτηση: {}", en: "cannot ask: {}" }
    CannotReadAnswer { el: "Δεν είναι δυνατή η ανάγνωση της απάντησης: {}", en: "cannot read the answer: {}" }
    RestoreNeedsRoot {
        el: "{}· η επαναφορά βάσης που δεν ανοίγει γίνεται μόνο από τον root (sudo kentro restore {})",
        en: "{}; restoring a database that cannot be opened is for root (sudo kentro restore {})",
    }
    NoDirectory { el: "{}: δεν βρίσκεται σε φάκελο", en: "{}: no directory" }
    NotAMonth { el: "το «{}» δεν είναι μήνας: γράψτε ΕΕΕΕ-ΜΜ", en: "\"{}\" is not a month: use YYYY-MM" }
    NotADate { el: "το «{}» δεν είναι ημερομηνία: γράψτε ΕΕΕΕ-ΜΜ-ΗΗ", en: "\"{}\" is not a date: use YYYY-MM-DD" }
    NotATime { el: "το «{}» δεν είναι ώρα: γράψτε «ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ»", en: "\"{}\" is not a time: use \"YYYY-MM-DD HH:MM\"" }
    NotADirectory { el: "{}: δεν είναι φάκελος", en: "{}: not a directory" }
    CannotRun { el: "Δεν είναι δυνατή η εκτέλεση του {}: {}", en: "cannot run {}: {}" }
    CommandFailed { el: "Το {} απέτυχε ({})", en: "{} failed ({})" }
    AccountNotFoundAfter {
        el: "Το useradd ολοκληρώθηκε αλλά ο λογαριασμός {} δεν βρίσκεται",
        en: "useradd succeeded but {} cannot be found",
    }
    CannotGive { el: "Δεν είναι δυνατή η παράδοση του {} στον {}: {}", en: "cannot give {} to {}: {}" }
    CannotRotate { el: "Δεν είναι δυνατή η εναλλαγή των αντιγράφων στο {}: {}", en: "cannot rotate backups in {}: {}" }
    NoQueueLine {
        el: "Η υπηρεσία {} δεν έχει γραμμή αναμονής (κανένα πρόθεμα εισιτηρίου)",
        en: "service {} has no queue line (no ticket prefix)",
    }
    NoService {
        el: "Δεν υπάρχει υπηρεσία {}· το `kentro queue services` τις δείχνει",
        en: "no service {}; `kentro queue services` lists them",
    }
    UnknownPriority { el: "Άγνωστη ένδειξη προτεραιότητας {}· χρησιμοποιήστε μία από: {}", en: "unknown priority flag {}; use one of {}" }
    ForAdministrators { el: "Το {} είναι για διαχειριστές· ο χρήστης {} έχει ρόλο {}", en: "{} is for administrators; {} is {}" }
    UnknownRole { el: "Άγνωστος ρόλος {}: χρησιμοποιήστε {}", en: "unknown role {}: use {}" }
    NotALogin {
        el: "Το {} δεν είναι όνομα χρήστη (γράμματα, ψηφία, . _ - @)",
        en: "{} is not a login name (letters, digits, . _ - @)",
    }
    AlreadyStaff {
        el: "Ο χρήστης {} είναι ήδη στο προσωπικό· αλλάξτε τον με `kentro staff set`",
        en: "{} is already on the staff list; change them with `kentro staff set`",
    }
    NotOnStaff { el: "Ο χρήστης {} δεν είναι στο προσωπικό", en: "{} is not on the staff list" }
    BadDesk { el: "KENTRO_DESK={}: δεν είναι αριθμός γκισέ (1 έως 999)", en: "KENTRO_DESK={} is not a desk number (1 to 999)" }
    BadClock { el: "KENTRO_CLOCK={}: αναμενόταν \"ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ\"", en: "KENTRO_CLOCK={}: expected \"YYYY-MM-DD HH:MM\"" }
    NoAppointmentLine {
        el: "Η υπηρεσία {} δεν δέχεται ραντεβού (δεν έχει γραμμή αναμονής)",
        en: "service {} takes no appointments (no queue line)",
    }
    NoAppointment { el: "Δεν υπάρχει ραντεβού {}", en: "no appointment {}" }
    BadHours {
        el: "{}: γράψτε \"mon-fri 09:00-17:00 30 1\" (ημέρες, ώρες, λεπτά ανά ραντεβού, θέσεις)",
        en: "{}: use \"mon-fri 09:00-17:00 30 1\" (days, hours, slot minutes, places)",
    }
    DemoGroups {
        el: "Οι δραστηριότητες και τα προγράμματα της επίδειξης: {}",
        en: "the demo's activities and programmes: {}",
    }
    DirectoryImportRefused {
        el: "Βρέθηκαν {} προβλήματα· δεν εισήχθη τίποτα",
        en: "{} problem(s) found; nothing was imported",
    }
    CannotWriteCsv { el: "Δεν είναι δυνατή η γραφή CSV: {}", en: "cannot write CSV: {}" }
    CannotWriteList { el: "Δεν είναι δυνατή η γραφή της λίστας: {}", en: "cannot write the list: {}" }
    MonthlyListsForAdmins { el: "Οι μηνιαίες λίστες είναι για διαχειριστές", en: "the monthly lists are for administrators" }
    NoProgramme {
        el: "Δεν υπάρχει πρόγραμμα {}· το `kentro distribution programmes` τα δείχνει",
        en: "no programme {}; `kentro distribution programmes` lists them",
    }
    BadDateOption { el: "--{} {}: γράψτε ΕΕΕΕ-ΜΜ-ΗΗ ή ΗΗ/ΜΜ/ΕΕΕΕ", en: "--{} {}: write YYYY-MM-DD or DD/MM/YYYY" }
    NoSuchDayOption { el: "--{} {}: δεν υπάρχει τέτοια ημέρα", en: "--{} {}: no such day" }
    BadPastDateOption { el: "--{} {}: μια περασμένη ημερομηνία, ΕΕΕΕ-ΜΜ-ΗΗ ή ΗΗ/ΜΜ/ΕΕΕΕ", en: "--{} {}: a past date, YYYY-MM-DD or DD/MM/YYYY" }
    OptionChoices { el: "--{} {}: χρησιμοποιήστε {}", en: "--{} {}: use {}" }
    AnswerYesNo { el: "{}: απαντήστε yes, no ή unknown", en: "{}: answer yes, no or unknown" }
    BadMonthOption { el: "--month {}: γράψτε ΕΕΕΕ-ΜΜ, π.χ. 2026-03", en: "--month {}: write YYYY-MM, e.g. 2026-03" }
    PeriodReversed { el: "Η περίοδος τελειώνει πριν αρχίσει", en: "the period ends before it starts" }
    NoSuchMonth { el: "--month: δεν υπάρχει τέτοιος μήνας (γράψτε ΕΕΕΕ-ΜΜ)", en: "--month: no such month (write YYYY-MM)" }
    AggregateNeedsJson { el: "Ένα συγκεντρωτικό γράφεται σε JSON: προσθέστε --format json", en: "an aggregate is written as JSON: add --format json" }
    NotAnAggregate {
        el: "{}: δεν είναι συγκεντρωτικό του kentro (το `kentro report --aggregate --format json` γράφει ένα): {}",
        en: "{}: not a kentro aggregate (`kentro report --aggregate --format json` writes one): {}",
    }
    NotAPeriodAggregate { el: "{}: δεν είναι συγκεντρωτικό περιόδου του kentro", en: "{}: not a kentro period aggregate" }
    NameAnAggregate { el: "Δώστε τουλάχιστον ένα αρχείο συγκεντρωτικού", en: "name at least one aggregate file" }
    NotADay { el: "{}: δεν είναι ημερομηνία· γράψτε ΕΕΕΕ-ΜΜ-ΗΗ", en: "{} is not a date: use YYYY-MM-DD" }
    CaseNotesForRoles {
        el: "Οι σημειώσεις υπόθεσης είναι για κοινωνικούς λειτουργούς και διαχειριστές· ο χρήστης {} έχει ρόλο {}",
        en: "case notes are for social workers and administrators; {} is {}",
    }
    NoteInFuture { el: "Μια σημείωση υπόθεσης δεν μπορεί να έχει μελλοντική ημερομηνία", en: "a case note cannot be dated in the future" }
    PersonExportForAdmins {
        el: "Η εξαγωγή των στοιχείων ενός ατόμου γίνεται από διαχειριστές· ο χρήστης {} έχει ρόλο {}",
        en: "the export of a person's data is for administrators; {} is {}",
    }
    CannotMakeTempDir { el: "Δεν είναι δυνατή η δημιουργία προσωρινού φακέλου: {}", en: "cannot create a temporary directory: {}" }
    ExportForAdmins { el: "Η εξαγωγή του {} γίνεται από διαχειριστές· ο χρήστης {} έχει ρόλο {}", en: "exporting {} is for administrators; {} is {}" }
    XlsxNeedsFile {
        el: "Ένα βιβλίο εργασίας xlsx γράφεται σε αρχείο: δώστε το με --out ΑΡΧΕΙΟ.xlsx",
        en: "an xlsx workbook is written to a file: name it with --out FILE.xlsx",
    }
    NoRecord { el: "Δεν υπάρχει {} {}", en: "no {} {}" }
    DirRequired { el: "{}: υποχρεωτικό", en: "{}: required" }
    DirBadCode {
        el: "code: πεζά λατινικά γράμματα, ψηφία και -, έως 20",
        en: "code: use lower-case Latin letters, digits and -, at most 20",
    }
    DirBadPrefix { el: "ticket_prefix: ένα έως τρία γράμματα", en: "ticket_prefix: one to three letters" }
    DirBadEmail { el: "{}: δεν είναι διεύθυνση e-mail", en: "{}: not an e-mail address" }
    DirBadUrl { el: "url: πρέπει να αρχίζει με http:// ή https://", en: "url: must start with http:// or https://" }
    DirBadLanguage { el: "languages: το {} δεν είναι κωδικός ISO 639-3", en: "languages: {} is not an ISO 639-3 code" }
    DirBadAfm { el: "identifier: το {} δεν είναι έγκυρο ΑΦΜ (ψηφίο ελέγχου)", en: "identifier: {} is not a valid ΑΦΜ (check digit)" }
    MergeNotAggregate { el: "{}: δεν είναι συγκεντρωτικό περιόδου του kentro", en: "{}: not a kentro period aggregate" }
    MergeDefinition {
        el: "{}: μετρήθηκε με την έκδοση ορισμών {}, τα άλλα με την {}: αναβαθμίστε το kentro ώστε όλα τα κέντρα να μετρούν το ίδιο",
        en: "{}: counted with definition version {}, the others with {}: update kentro so all centres count alike",
    }
    MergePeriod { el: "{}: καλύπτει {} έως {}, τα άλλα {} έως {}", en: "{}: covers {} to {}, the others {} to {}" }
    MergeService { el: "{}: καλύπτει άλλη γραμμή υπηρεσίας από τα άλλα", en: "{}: covers another service line than the others" }
    WriteSymlink {
        el: "{}: είναι συμβολικός σύνδεσμος· απορρίφθηκε, δεν γράφτηκε τίποτα μέσω αυτού",
        en: "{}: is a symbolic link; refused, nothing was written through it",
    }
    WriteExists {
        el: "{}: υπάρχει ήδη και δεν αντικαθίσταται ποτέ· επιλέξτε άλλο όνομα",
        en: "{}: already exists and is never overwritten; choose another name",
    }
    WriteSideFileName {
        el: "{}: έχει όνομα σαν αρχείο -wal, -journal ή -shm βάσης, που το SQLite διαγράφει· επιλέξτε άλλο όνομα",
        en: "{}: is named like a database's -wal, -journal or -shm file, which SQLite deletes; choose another name",
    }
    WriteNotOwner { el: "{}: ανήκει σε άλλον χρήστη· δεν αντικαταστάθηκε", en: "{}: belongs to another user; not replaced" }
    WriteNotAFile { el: "{}: δεν είναι κανονικό αρχείο· δεν αντικαταστάθηκε", en: "{}: is not a regular file; not replaced" }
    PrintStart {
        el: "Δεν είναι δυνατή η εκτέλεση της εντολής εκτύπωσης `{}`: {}",
        en: "cannot run the print command `{}`: {}",
    }
    PrintWrite {
        el: "Η εντολή εκτύπωσης `{}` δεν δέχτηκε το κείμενο: {}",
        en: "the print command `{}` did not take the text: {}",
    }
    PrintFailed { el: "Η εντολή εκτύπωσης `{}` απέτυχε ({}){}", en: "the print command `{}` failed ({}){}" }
    NoPerson { el: "Δεν υπάρχει άτομο με αριθμό {}.", en: "no person with id {}" }
    BookingRefused { el: "Δεν έγινε: {}", en: "refused: {}" }
    HoursClosesBeforeOpening { el: "Η ώρα λήξης πρέπει να είναι μετά την ώρα έναρξης", en: "closing time must be after opening time" }
    HoursBadSlotLength { el: "Η διάρκεια της θέσης πρέπει να είναι 5 έως 480 λεπτά, σε πεντάλεπτα", en: "slot length must be 5 to 480 minutes, in fives" }
    HoursBadCapacity { el: "Η χωρητικότητα κάθε θέσης πρέπει να είναι από 1 έως 50 άτομα", en: "capacity must be 1 to 50" }
    HoursOverlap { el: "Δύο διαστήματα ωραρίου της ίδιας ημέρας επικαλύπτονται", en: "two opening periods of one day overlap" }
    HoursOffGrain { el: "Οι ώρες πρέπει να είναι σε πεντάλεπτο (09:00, 09:05, …)", en: "times must be on a five-minute mark" }
    ReferralNoConsent {
        el: "Δεν έχει καταγραφεί η συναίνεση του ατόμου για τη διαβίβαση των στοιχείων του σε αυτή την υπηρεσία",
        en: "the person's consent to share their data with this service is not recorded",
    }
    ReferralNotAccepting { el: "Η υπηρεσία δεν δέχεται παραπομπές τώρα", en: "this service does not take referrals now" }
    ReferralReasonRequired { el: "Η παραπομπή χρειάζεται λόγο", en: "a referral needs a reason" }
    ReferralClosed {
        el: "Η παραπομπή έχει ήδη κατάσταση «{}»: μια κλειστή παραπομπή δεν αλλάζει (κάντε νέα)",
        en: "the referral is already {}: a closed referral cannot change (make a new one)",
    }
    ReferralForbidden { el: "Μια παραπομπή με κατάσταση «{}» δεν μπορεί να γίνει «{}»", en: "a referral that is {} cannot become {}" }
    ReferralStateNeedsReason { el: "Η κατάσταση «{}» χρειάζεται αιτιολογία", en: "a referral marked {} needs a reason" }
    ReferralUnchanged { el: "Η παραπομπή έχει ήδη κατάσταση «{}»", en: "the referral is already {}" }
    SlipNotYours {
        el: "Τα στοιχεία της παραπομπής ανήκουν σε άλλον φορέα και το άτομο δεν έχει συναινέσει στην κοινοποίησή τους",
        en: "the referral's details belong to another organisation and the person has not consented to share them",
    }
    NoReferralNumbered { el: "Δεν υπάρχει παραπομπή με αριθμό {}", en: "no referral {}" }
    NoPersonNumbered { el: "Δεν υπάρχει άτομο με αριθμό {}", en: "no person {}" }
    NoServiceNumbered { el: "Δεν υπάρχει υπηρεσία με αριθμό {}", en: "no service {}" }
    NoServiceLine {
        el: "Δεν υπάρχει γραμμή υπηρεσίας {}· το `kentro queue services` τις δείχνει",
        en: "no service line {} (see `kentro queue services`)",
    }
    NoPasswdEntry {
        el: "Ο αριθμός χρήστη {} δεν έχει εγγραφή στη βάση χρηστών του συστήματος (getent passwd {})· το kentro χρειάζεται επώνυμο λογαριασμό για κάθε χειριστή",
        en: "user id {} has no entry in the password database (getent passwd {}); kentro needs a named login for every operator",
    }
    PasswdLookup {
        el: "Δεν είναι δυνατή η αναζήτηση του αριθμού χρήστη {} στη βάση χρηστών του συστήματος: {}",
        en: "cannot look up user id {} in the password database: {}",
    }
    KeymapUnreadable { el: "Ο χάρτης πλήκτρων {} δεν διαβάζεται: {}", en: "keymap {}: {}" }
    KeymapUnknownContext { el: "άγνωστο πλαίσιο [{}] (γνωστά: {})", en: "unknown context [{}] (known: {})" }
    KeymapUnknownAction { el: "άγνωστη ενέργεια {}", en: "unknown action {}" }
    KeymapNoKey { el: "κανένα πλήκτρο στο `on`", en: "no key in `on`" }
    KeymapClash { el: "το {} είναι ήδη δεσμευμένο στο {} στο [{}] (γραμμή {})", en: "{} is already bound to {} in [{}] (line {})" }
    KeyEmpty { el: "κενό πλήκτρο", en: "empty key" }
    KeySequence { el: "{}: οι ακολουθίες πλήκτρων δεν υποστηρίζονται", en: "{}: key sequences are not supported" }
    KeyUnknownName { el: "{}: άγνωστο όνομα πλήκτρου", en: "{}: unknown key name" }
    RenderFailed { el: "Δεν ήταν δυνατή η γραφή του αποτελέσματος: {}", en: "{}" }
    JsonFailed { el: "Δεν ήταν δυνατή η γραφή JSON: {}", en: "{}" }
    }
}

/// The words for opening hours that cannot be saved.
pub fn hours_problem(e: crate::domain::appointments::HoursError) -> ErrMsg {
    use crate::domain::appointments::HoursError;
    match e {
        HoursError::ClosesBeforeOpening => ErrMsg::HoursClosesBeforeOpening,
        HoursError::BadSlotLength => ErrMsg::HoursBadSlotLength,
        HoursError::BadCapacity => ErrMsg::HoursBadCapacity,
        HoursError::Overlap => ErrMsg::HoursOverlap,
        HoursError::OffGrain => ErrMsg::HoursOffGrain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Text};

    #[test]
    fn every_error_text_has_both_languages() {
        for &m in ErrMsg::ALL {
            assert!(!m.text(Lang::El).is_empty() && !m.text(Lang::En).is_empty());
        }
    }
}
