//! The command line's `--help` in Greek: clap builds the help from the English doc
//! comments of `cli::Cli` and its subcommands; with `--lang el` (or a Greek locale)
//! `cli::command_in` replaces each text found here by its Greek, and the headings by
//! [`HEADINGS`]. A text not found stays English; `tests/cli_ops/language.rs` checks that every
//! command and the global options have their Greek.

mod options;
mod others;

/// (English as in the doc comment, Greek): what kentro is, the global options, the
/// commands, the queue's and maintenance; [`others::OTHERS`] holds the rest.
pub const GREEK: &[(&str, &str)] = &[
    // What kentro is.
    (
        "Reception desk for community and solidarity centres",
        "Γραφείο υποδοχής για Κέντρα Κοινότητας και κέντρα αλληλεγγύης",
    ),
    // The global options.
    (
        "Database file (else KENTRO_DB, else the config file, else the user's data directory)",
        "Αρχείο βάσης δεδομένων (αλλιώς KENTRO_DB, αλλιώς το αρχείο ρυθμίσεων, αλλιώς ο φάκελος δεδομένων του χρήστη)",
    ),
    ("Interface language", "Γλώσσα (el ή en)"),
    (
        "This desk's number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)",
        "Ο αριθμός αυτού του γραφείου (τον βλέπουν όσοι καλούνται από την ουρά· σε αυτό καλεί το `queue call`· το συνηθισμένο γραφείο στο `staff add`/`staff set`)",
    ),
    (
        "Open the interface on a fresh database of sample data in a temporary directory",
        "Άνοιγμα σε νέα βάση με δοκιμαστικά δεδομένα, σε προσωρινό φάκελο",
    ),
    (
        "Key bindings: a built-in map (default, vim) or a keymap file",
        "Πλήκτρα: ενσωματωμένος χάρτης (default, vim) ή αρχείο πλήκτρων",
    ),
    (
        "Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono",
        "Χρώματα: default (16 χρώματα), high-contrast ή mono. Με NO_COLOR πάντα mono",
    ),
    (
        "Draw borders with + - | for consoles without box-drawing characters",
        "Πλαίσια με + - | για κονσόλες χωρίς χαρακτήρες γραμμών",
    ),
    ("Print help", "Εμφάνιση βοήθειας"),
    (
        "Print help (see a summary with '-h')",
        "Εμφάνιση βοήθειας (σύνοψη με -h)",
    ),
    (
        "Print help (see more with '--help')",
        "Εμφάνιση βοήθειας (περισσότερα με --help)",
    ),
    ("Print version", "Εμφάνιση έκδοσης"),
    (
        "Print this message or the help of the given subcommand(s)",
        "Εμφάνιση αυτού του μηνύματος ή της βοήθειας των εντολών που δίνονται",
    ),
    // The commands.
    (
        "Create a new database (the only command that does): single-user, or --shared (as root) owned by the system account `kentro` in its own 0700 directory",
        "Δημιουργία νέας βάσης (η μόνη εντολή που δημιουργεί): για έναν χρήστη, ή --shared (από τον root) με ιδιοκτήτη τον λογαριασμό συστήματος `kentro`, σε δικό της φάκελο 0700",
    ),
    (
        "Fill the database with synthetic people and two years of their visits, tickets, referrals and appointments (the same seed gives the same data)",
        "Γέμισμα της βάσης με συνθετικά άτομα και δύο χρόνια επισκέψεων, εισιτηρίων, παραπομπών και ραντεβού (ο ίδιος σπόρος δίνει τα ίδια δεδομένα)",
    ),
    (
        "Import beneficiaries from a CSV file (all rows or none, unless --skip-invalid)",
        "Καταχώριση ωφελούμενων από αρχείο CSV (όλες οι γραμμές ή καμία, εκτός αν δοθεί --skip-invalid)",
    ),
    ("Export data as CSV", "Εξαγωγή δεδομένων σε CSV"),
    (
        "Find people, as the lookup screen does",
        "Αναζήτηση ατόμων, όπως στην οθόνη αναζήτησης",
    ),
    (
        "Check the database's integrity and schema version",
        "Έλεγχος ακεραιότητας της βάσης και της έκδοσης σχήματος",
    ),
    (
        "Check the installation: the database's files, owners and modes, the set-user-id install, this session's umask, locale and terminal, the file system, free space, schema, search keys, encryption; each problem with the command that fixes it",
        "Έλεγχος της εγκατάστασης: αρχεία της βάσης, ιδιοκτήτες και δικαιώματα, εγκατάσταση set-user-id, umask, locale και τερματικό της συνεδρίας, σύστημα αρχείων, ελεύθερος χώρος, σχήμα, κλειδιά αναζήτησης, κρυπτογράφηση· κάθε πρόβλημα με την εντολή που το διορθώνει",
    ),
    (
        "Print the active key bindings (the chosen map with the user's overrides)",
        "Εμφάνιση των πλήκτρων σε χρήση (ο επιλεγμένος χάρτης με τις αλλαγές του χρήστη)",
    ),
    (
        "The service directory as Open Referral HSDS 3.0 (CSV tables or JSON)",
        "Ο κατάλογος υπηρεσιών ως Open Referral HSDS 3.0 (πίνακες CSV ή JSON)",
    ),
    (
        "Referrals to internal services and outside bodies",
        "Παραπομπές σε υπηρεσίες του κέντρου και σε άλλους φορείς",
    ),
    (
        "Write a consistent copy of the database while others go on working",
        "Συνεπές αντίγραφο ασφαλείας της βάσης ενώ τα γραφεία συνεχίζουν να δουλεύουν",
    ),
    (
        "Replace the database with a checked backup (only while no desk has it open)",
        "Αντικατάσταση της βάσης από ελεγμένο αντίγραφο (μόνο όταν κανένα γραφείο δεν την έχει ανοιχτή)",
    ),
    (
        "Today's queue: service lines, new tickets, calling the next one",
        "Η σημερινή ουρά: γραμμές εξυπηρέτησης, νέα εισιτήρια, κλήση του επόμενου",
    ),
    (
        "The waiting-room board: the last called tickets and their desks, full screen",
        "Η οθόνη της αίθουσας αναμονής: τα τελευταία εισιτήρια που κλήθηκαν και τα γραφεία τους, σε πλήρη οθόνη",
    ),
    (
        "Appointments: book, list, cancel, check in, free slots, reminders, hours",
        "Ραντεβού: κλείσιμο, κατάλογος, ακύρωση, άφιξη, ελεύθερες ώρες, υπενθυμίσεις, ωράριο",
    ),
    (
        "Goods distribution: programmes and their monthly lists",
        "Διανομή ειδών: προγράμματα και οι μηνιαίες λίστες τους",
    ),
    (
        "Operators: who may use kentro, with which role (administrators only)",
        "Χειριστές: ποιοι χρησιμοποιούν το kentro και με ποιον ρόλο (μόνο διαχειριστές)",
    ),
    (
        "Who looked at or changed what (administrators)",
        "Ποιος είδε ή άλλαξε τι (διαχειριστές)",
    ),
    (
        "Erasure of a person's data (administrators)",
        "Διαγραφή των στοιχείων ενός ατόμου (διαχειριστές)",
    ),
    (
        "People with no activity for YEARS years (default: the centre's setting), for review before erasure (administrators)",
        "Άτομα χωρίς δραστηριότητα για YEARS έτη (προεπιλογή: η ρύθμιση του κέντρου), για έλεγχο πριν από τη διαγραφή (διαχειριστές)",
    ),
    (
        "Case notes (social workers and administrators)",
        "Σημειώσεις υπόθεσης (κοινωνικοί λειτουργοί και διαχειριστές)",
    ),
    ("A person's consent", "Η συναίνεση ενός ατόμου"),
    (
        "Period reports (a month for the municipality: --month), anonymous aggregates for an observatory (--aggregate) and their merge (report merge FILE...)",
        "Αναφορές περιόδου (μήνας για τον δήμο: --month), ανώνυμα σύνολα για παρατηρητήριο (--aggregate) και η συγχώνευσή τους (report merge ΑΡΧΕΙΟ...)",
    ),
    (
        "ESF monitoring: intake facts, entries and exits, indicators, participant records",
        "Παρακολούθηση ΕΚΤ+: στοιχεία καταγραφής, είσοδοι και έξοδοι, δείκτες, μητρώο συμμετεχόντων",
    ),
    (
        "Rebuilds the search keys after the name-key rules changed (the package's upgrade step), in short transactions while desks keep working",
        "Ξαναφτιάχνει τα κλειδιά αναζήτησης όταν αλλάξουν οι κανόνες των ονομάτων (βήμα αναβάθμισης του πακέτου), σε σύντομες συναλλαγές ενώ τα γραφεία δουλεύουν",
    ),
    (
        "Shell completions (bash, zsh or fish) on standard output, e.g. `kentro completions bash > /etc/bash_completion.d/kentro`",
        "Συμπληρώσεις για το κέλυφος (bash, zsh ή fish) στην τυπική έξοδο, π.χ. `kentro completions bash > /etc/bash_completion.d/kentro`",
    ),
    (
        "Encrypts a plain database in place with the configured key (builds with the `encryption` feature; administrators; stop the desks first)",
        "Κρυπτογραφεί επί τόπου μη κρυπτογραφημένη βάση με το ρυθμισμένο κλειδί (εκδόσεις με το χαρακτηριστικό `encryption`· διαχειριστές· σταματήστε πρώτα τα γραφεία)",
    ),
    (
        "The manual page (roff) on standard output, for packaging",
        "Η σελίδα εγχειριδίου (roff) στην τυπική έξοδο, για τη συσκευασία",
    ),
    // The queue's commands, the ones kiosks and scripts use most.
    (
        "The service lines: code, ticket prefix, name",
        "Οι γραμμές εξυπηρέτησης: κωδικός, πρόθεμα εισιτηρίου, όνομα",
    ),
    (
        "A new ticket; prints its number",
        "Νέο εισιτήριο· εμφανίζει τον αριθμό του",
    ),
    (
        "Claims the next waiting ticket for a desk; prints its number (exit status 3 when nobody is waiting)",
        "Καλεί το επόμενο εισιτήριο σε ένα γραφείο· εμφανίζει τον αριθμό του (κωδικός εξόδου 3 όταν δεν περιμένει κανείς)",
    ),
    (
        "Today's tickets: number, state, service, minutes waited, desk, priority flags",
        "Τα σημερινά εισιτήρια: αριθμός, κατάσταση, υπηρεσία, λεπτά αναμονής, γραφείο, προτεραιότητες",
    ),
    (
        "End of day: every ticket still waiting is closed as not seen",
        "Τέλος ημέρας: όσα εισιτήρια περιμένουν ακόμη κλείνουν ως «δεν εξυπηρετήθηκε»",
    ),
    ("Only this service line", "Μόνο αυτή η γραμμή εξυπηρέτησης"),
    (
        "The service line's code (see `kentro queue services`)",
        "Ο κωδικός της γραμμής εξυπηρέτησης (βλ. `kentro queue services`)",
    ),
    (
        "A priority flag (unaccompanied-minor, disability, pregnancy, elderly, violence-victim, single-parent, ...); repeat for several",
        "Ένδειξη προτεραιότητας (unaccompanied-minor, disability, pregnancy, elderly, violence-victim, single-parent, ...)· επαναλάβετε για περισσότερες",
    ),
    (
        "Urgent need: called before everyone else",
        "Επείγουσα ανάγκη: καλείται πριν από όλους",
    ),
    ("A short triage note", "Σύντομη σημείωση διαλογής"),
    (
        "A first name or short description of the person",
        "Μικρό όνομα ή σύντομη περιγραφή του ατόμου",
    ),
    (
        "Also print the ticket on the desk's printer (`print_command`)",
        "Εκτύπωση και του εισιτηρίου στον εκτυπωτή του γραφείου (`print_command`)",
    ),
    // Maintenance: backups, restore, init, doctor, keys, reindex, slips.
    (
        "Where to write the copy: a new file, or a directory (the copy is then named kentro-YYYY-MM-DD-HHMMSS.db inside it)",
        "Πού γράφεται το αντίγραφο: νέο αρχείο ή φάκελος (τότε το αντίγραφο ονομάζεται kentro-ΕΕΕΕ-ΜΜ-ΗΗ-ΩΩΛΛΔΔ.db μέσα του)",
    ),
    (
        "With a directory: keep the newest backup of each of the last N days that have one",
        "Με φάκελο: κρατιέται το νεότερο αντίγραφο καθεμιάς από τις τελευταίες N ημέρες που έχουν",
    ),
    (
        "With a directory: keep the newest backup of each of the last M weeks that have one",
        "Με φάκελο: κρατιέται το νεότερο αντίγραφο καθεμιάς από τις τελευταίες M εβδομάδες που έχουν",
    ),
    (
        "The backup to restore (checked before anything changes)",
        "Το αντίγραφο που επαναφέρεται (ελέγχεται πριν αλλάξει οτιδήποτε)",
    ),
    ("Do not ask for confirmation", "Χωρίς ερώτηση επιβεβαίωσης"),
    (
        "A shared server: run as root; creates the system account `kentro`, its 2700 directory and the database owned by it, and names it in /etc/kentro/config.toml",
        "Κοινός διακομιστής: από τον root· δημιουργεί τον λογαριασμό συστήματος `kentro`, τον φάκελό του (2700) και τη βάση με ιδιοκτήτη αυτόν, και την ορίζει στο /etc/kentro/config.toml",
    ),
    (
        "One JSON object: {\"ok\": bool, \"checks\": [{\"check\", \"status\", \"detail\", \"fix\"}]}",
        "Ένα αντικείμενο JSON: {\"ok\": bool, \"checks\": [{\"check\", \"status\", \"detail\", \"fix\"}]}",
    ),
    (
        "Show it here even when a printer is configured",
        "Εμφάνιση εδώ ακόμη κι αν έχει οριστεί εκτυπωτής",
    ),
    (
        "One JSON array: context, key, action, hint, help_el, help_en per binding",
        "Ένας πίνακας JSON: context, key, action, hint, help_el, help_en ανά πλήκτρο",
    ),
    (
        "Rebuild even if the keys are current",
        "Ξαναφτιάχνονται ακόμη κι αν τα κλειδιά είναι ενημερωμένα",
    ),
];

/// clap's headings, in Greek: (the help's usage line, commands, options, arguments).
pub const HEADINGS: (&str, &str, &str, &str) = ("Χρήση:", "Εντολές", "Επιλογές", "Ορίσματα");

/// The Greek of `english`, if this table has it.
pub fn greek(english: &str) -> Option<&'static str> {
    GREEK
        .iter()
        .chain(others::OTHERS)
        .chain(options::OPTIONS)
        .find(|(en, _)| *en == english)
        .map(|(_, el)| *el)
}
