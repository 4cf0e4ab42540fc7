//! The command line's operational words: errors, `init`, `doctor`, start-up.

catalogue! {
    /// Messages of the command line itself (not of one screen).
    OpsMsg {
    ErrorPrefix { el: "kentro: σφάλμα: {}", en: "kentro: error: {}" }
    NoDatabase {
        el: "Δεν υπάρχει βάση δεδομένων στο {}. Ελέγξτε τη διαδρομή ή δημιουργήστε τη με: kentro init --db {}",
        en: "No database at {}. Check the path, or create one with: kentro init --db {}",
    }
    AskCreate {
        el: "Δεν υπάρχει ακόμη βάση δεδομένων. Να δημιουργηθεί στο {}; (y: ναι, Enter: όχι) ",
        en: "There is no database yet. Create one at {}? [y/N] ",
    }
    NotCreated { el: "Δεν δημιουργήθηκε βάση δεδομένων.", en: "No database was created." }
    Created { el: "Δημιουργήθηκε η βάση δεδομένων {} ({}).", en: "Created the database {} ({})." }
    NextCentre {
        el: "Στη συνέχεια: η επωνυμία, η διεύθυνση και το τηλέφωνο του κέντρου, που γράφουν τα παραπεμπτικά ως αποστολέα: kentro directory centre --name … --address … --postal-code … --city … --phone …",
        en: "Next: the centre's name, address and phone, which its referral slips name as the sender: kentro directory centre --name … --address … --postal-code … --city … --phone …",
    }
    InitExists {
        el: "Υπάρχει ήδη αρχείο στο {}: το init δεν γράφει ποτέ πάνω σε υπάρχον αρχείο.",
        en: "A file already exists at {}: init never writes over an existing file.",
    }
    InitSharedNeedsRoot {
        el: "Η κοινή εγκατάσταση στήνεται από τον root: sudo kentro init --shared --db {}",
        en: "A shared install is set up by root: sudo kentro init --shared --db {}",
    }
    AccountCreated { el: "Δημιουργήθηκε ο λογαριασμός συστήματος {}.", en: "Created the system account {}." }
    AccountExists { el: "Ο λογαριασμός συστήματος {} υπάρχει ήδη.", en: "The system account {} already exists." }
    DirectoryReady {
        el: "Φάκελος {}: ιδιοκτήτης {}, δικαιώματα 2700 (τα νέα αρχεία παίρνουν την ομάδα του).",
        en: "Directory {}: owner {}, mode 2700 (new files take its group).",
    }
    DirectoryNotOwn {
        el: "Ο φάκελος {} περιέχει ήδη άλλα αρχεία και δεν ανήκει στον {}: βάλτε τη βάση σε δικό της φάκελο (π.χ. /srv/kentro/kentro.db).",
        en: "The directory {} already holds other files and is not owned by {}: give the database a directory of its own (e.g. /srv/kentro/kentro.db).",
    }
    ConfigWritten { el: "Γράφτηκε το {} (db = {}).", en: "Wrote {} (db = {})." }
    ConfigDiffers {
        el: "Προσοχή: το {} ορίζει άλλη βάση ({}). Οι θέσεις εργασίας θα ανοίγουν εκείνη· διορθώστε τη γραμμή db.",
        en: "Note: {} names another database ({}). The desks will open that one; correct its db line.",
    }
    NextSetUserId {
        el: "Επόμενο βήμα: install -o kentro -g kentro -m 4755 target/release/kentro /usr/local/bin/kentro",
        en: "Next: install -o kentro -g kentro -m 4755 target/release/kentro /usr/local/bin/kentro",
    }
    IgnoredInSetUserId {
        el: "Το {} αγνοείται: αυτό το kentro τρέχει ως set-user-id και ανοίγει μόνο τη βάση του /etc/kentro/config.toml.",
        en: "{} is ignored: this kentro runs set-user-id and opens only the database named in /etc/kentro/config.toml.",
    }
    NoSharedDb {
        el: "Το /etc/kentro/config.toml δεν ορίζει βάση (db = ...): ζητήστε από τον διαχειριστή να τρέξει το kentro init --shared.",
        en: "/etc/kentro/config.toml names no database (db = ...): ask the administrator to run kentro init --shared.",
    }
    NothingFound { el: "Δεν βρέθηκε κανείς.", en: "No one found." }
    }
}
