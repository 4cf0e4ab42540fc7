//! `kentro doctor`'s words: what each check is called, what it found, and the
//! command that fixes a problem.

catalogue! {
    /// Messages of `kentro doctor`.
    DoctorMsg {
    Title { el: "kentro doctor: έλεγχος της εγκατάστασης ({})", en: "kentro doctor: checking the installation ({})" }
    Shared { el: "κοινή εγκατάσταση", en: "shared install" }
    SingleUser { el: "εγκατάσταση ενός χρήστη", en: "single-user install" }
    StatusOk { el: "εντάξει", en: "ok" }
    StatusInfo { el: "σημείωση", en: "note" }
    StatusProblem { el: "ΠΡΟΒΛΗΜΑ", en: "PROBLEM" }
    Fix { el: "διόρθωση: {}", en: "fix: {}" }
    NoProblems { el: "Κανένα πρόβλημα.", en: "No problems found." }
    Problems { el: "Προβλήματα: {}. Κάθε διόρθωση γράφεται κάτω από το πρόβλημα.", en: "Problems: {}. Each fix is written under its problem." }

    CheckDatabase { el: "Βάση δεδομένων", en: "Database" }
    CheckWal { el: "Αρχείο WAL", en: "WAL file" }
    CheckShm { el: "Αρχείο SHM", en: "SHM file" }
    CheckDirectory { el: "Φάκελος βάσης", en: "Database directory" }
    CheckSlips { el: "Δελτία παραπομπής", en: "Referral slips" }
    CheckBackups { el: "Αντίγραφα ασφαλείας", en: "Backups" }
    CheckInstall { el: "Εγκατάσταση set-user-id", en: "Set-user-id install" }
    CheckThisRun { el: "Αυτή η εκτέλεση", en: "This run" }
    CheckUmask { el: "umask", en: "umask" }
    CheckLocale { el: "Τοπικές ρυθμίσεις", en: "Locale" }
    CheckTerminal { el: "Τερματικό", en: "Terminal" }
    CheckFileSystem { el: "Σύστημα αρχείων", en: "File system" }
    CheckSpace { el: "Ελεύθερος χώρος", en: "Free space" }
    CheckSchema { el: "Έκδοση σχήματος", en: "Schema version" }
    CheckKeys { el: "Κλειδιά αναζήτησης", en: "Search keys" }
    CheckEncryption { el: "Κρυπτογράφηση", en: "Encryption" }

    Missing { el: "{}: δεν υπάρχει", en: "{}: does not exist" }
    NotYet { el: "{}: δεν υπάρχει ακόμη (δημιουργείται όταν χρειαστεί)", en: "{}: not there yet (made when first needed)" }
    FileState { el: "{}: {} {}", en: "{}: {} {}" }
    WrongOwner { el: "{}: ανήκει στον {}, πρέπει στον {}", en: "{}: owned by {}, should be {}" }
    WrongMode { el: "{}: δικαιώματα {}, πρέπει {} (άλλοι χρήστες έχουν πρόσβαση)", en: "{}: mode {}, should be {} (others have access)" }
    NotAFile { el: "{}: δεν είναι κανονικό αρχείο", en: "{}: not a regular file" }
    BackupFiles { el: "{}: {} αντίγραφα, όλα {} 0600", en: "{}: {} backups, all {} 0600" }
    BackupsElsewhere { el: "{}: δεν υπάρχει· τα αντίγραφα γράφονται όπου ορίσει το kentro backup", en: "{}: not there; backups go wherever kentro backup is told" }

    Installed { el: "{}: {} {}", en: "{}: {} {}" }
    NotSetUserId { el: "{}: {} {}, χωρίς set-user-id: οι θέσεις εργασίας δεν μπορούν να ανοίξουν τη βάση", en: "{}: {} {}, not set-user-id: desks cannot open the database" }
    NotInstalled { el: "{}: δεν υπάρχει", en: "{}: not installed" }
    RunSetUserId { el: "set-user-id: πραγματικός χρήστης {}, δικαιώματα του {}· περιβάλλον καθαρό, χωρίς core dump: {}", en: "set-user-id: real user {}, rights of {}; environment cleared, core dumps forbidden: {}" }
    RunPlain { el: "κανονική εκτέλεση ως {}", en: "plain run as {}" }
    Yes { el: "ναι", en: "yes" }
    No { el: "όχι", en: "no" }

    Umask { el: "{} (το kentro φτιάχνει τα αρχεία του 0600 όποια κι αν είναι)", en: "{} (kentro makes its files 0600 whatever it is)" }
    LocaleUtf8 { el: "{} (UTF-8)", en: "{} (UTF-8)" }
    LocaleNotUtf8 { el: "{}: όχι UTF-8· τα ελληνικά και τα πλαίσια θα βγαίνουν λάθος", en: "{}: not UTF-8; Greek letters and box lines will come out wrong" }
    LocaleUnset { el: "καμία (LANG, LC_ALL κενά)", en: "none (LANG, LC_ALL empty)" }
    TerminalOk { el: "{}×{}, TERM={}", en: "{}×{}, TERM={}" }
    TerminalSmall { el: "{}×{}, TERM={}: το kentro χρειάζεται τουλάχιστον 80×24", en: "{}×{}, TERM={}: kentro needs at least 80×24" }
    NotATerminal { el: "η έξοδος δεν είναι τερματικό (TERM={})", en: "output is not a terminal (TERM={})" }
    LocalFs { el: "{}: τοπικό ({})", en: "{}: local ({})" }
    NetworkFs { el: "{}: {} — δικτυακό σύστημα αρχείων, όπου τα κλειδώματα της SQLite δεν είναι ασφαλή", en: "{}: {}, a network file system, where SQLite's locks are not safe" }
    Space { el: "{}: {} ελεύθερα (η βάση: {})", en: "{}: {} free (the database: {})" }
    SpaceLow { el: "{}: μόνο {} ελεύθερα, λιγότερα από το διπλάσιο της βάσης ({}): αντίγραφο ή αναβάθμιση δεν θα χωρέσει", en: "{}: only {} free, less than twice the database ({}): a backup or an upgrade will not fit" }
    SchemaCurrent { el: "{} (όσο και αυτό το kentro)", en: "{} (as this kentro)" }
    SchemaOlder { el: "{}, αυτό το kentro: {} — αναβαθμίζεται στην επόμενη εκκίνηση, με αντίγραφο πριν", en: "{}, this kentro: {}; upgraded at the next start, with a backup first" }
    SchemaNewer { el: "{}, νεότερο από αυτό το kentro ({})", en: "{}, newer than this kentro ({})" }
    CannotOpen { el: "δεν ανοίγει: {}", en: "cannot be opened: {}" }
    KeysCurrent { el: "ενημερωμένα (κανόνες {})", en: "up to date (rules {})" }
    KeysPending { el: "χτισμένα με τους κανόνες {}, ισχύουν οι {}: ξαναχτίζονται στην επόμενη εκκίνηση", en: "built with rules {}, current rules {}: rebuilt at the next start" }
    Plain { el: "όχι (απλή SQLite)", en: "no (plain SQLite)" }
    Encrypted { el: "ναι (το αρχείο δεν αρχίζει με την κεφαλίδα της SQLite)", en: "yes (the file does not begin with SQLite's header)" }

    FixChown { el: "chown {} {}", en: "chown {} {}" }
    FixInit { el: "kentro init --db {}", en: "kentro init --db {}" }
    FixPackageInstall { el: "dpkg-statoverride --update --add kentro kentro 4755 {}", en: "dpkg-statoverride --update --add kentro kentro 4755 {}" }
    FixInstall { el: "install -o kentro -g kentro -m 4755 target/release/kentro {}", en: "install -o kentro -g kentro -m 4755 target/release/kentro {}" }
    FixLocale { el: "export LANG=el_GR.UTF-8 (και AcceptEnv LANG LC_* στο sshd)", en: "export LANG=en_GB.UTF-8 (and AcceptEnv LANG LC_* in sshd)" }
    FixTerminal { el: "μεγαλώστε το παράθυρο σε 80×24, ή στο tmux: set -g status off (contrib/tmux.conf)", en: "make the window 80×24, or in tmux: set -g status off (contrib/tmux.conf)" }
    FixNetworkFs { el: "μεταφέρετε τη βάση σε τοπικό δίσκο: kentro backup /τοπικός/kentro.db, και db = εκείνη στο /etc/kentro/config.toml", en: "move the database to a local disk: kentro backup /local/kentro.db, and name it as db in /etc/kentro/config.toml" }
    FixSpace { el: "ελευθερώστε χώρο στον δίσκο του {} (df -h {})", en: "free space on the disk of {} (df -h {})" }
    FixNewer { el: "εγκαταστήστε το νεότερο kentro που αναβάθμισε τη βάση", en: "install the newer kentro that upgraded the database" }
    FixRestore { el: "kentro restore ΑΝΤΙΓΡΑΦΟ (από το πιο πρόσφατο καλό αντίγραφο)", en: "kentro restore BACKUP (the latest good backup)" }
    }
}
