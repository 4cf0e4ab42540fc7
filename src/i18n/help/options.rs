//! The Greek of the options' and arguments' own help texts (English as clap shows
//! it from the doc comment, Greek). `cli::help_tests` checks that every option of
//! every command has its line here or in the other tables.

pub const OPTIONS: &[(&str, &str)] = &[
    ("Global options", "Γενικές επιλογές"),
    (
        "Print help (see more with '--help')",
        "Εμφάνιση βοήθειας (περισσότερα με '--help')",
    ),
    (
        "The person's number (as `kentro search` prints it)",
        "Ο αριθμός του ατόμου (όπως τον δείχνει το `kentro search`)",
    ),
    ("The referral's number", "Ο αριθμός της παραπομπής"),
    ("The appointment's number", "Ο αριθμός του ραντεβού"),
    (
        "Their system login",
        "Το όνομα χρήστη του εργαζομένου στο σύστημα",
    ),
    (
        "The name shown to colleagues",
        "Το όνομα που βλέπουν οι συνάδελφοι",
    ),
    ("The operation's code", "Ο κωδικός της πράξης"),
    (
        "The programme's code (see `kentro distribution programmes`)",
        "Ο κωδικός του προγράμματος (βλ. `kentro distribution programmes`)",
    ),
    ("Output format", "Μορφή εξόδου"),
    (
        "The aggregates to add (JSON files written by `kentro report --aggregate`)",
        "Τα συγκεντρωτικά που προστίθενται (αρχεία JSON από το `kentro report --aggregate`)",
    ),
    (
        "First day of the period (YYYY-MM-DD)",
        "Πρώτη ημέρα της περιόδου (ΕΕΕΕ-ΜΜ-ΗΗ)",
    ),
    (
        "Last day of the period, included (YYYY-MM-DD)",
        "Τελευταία ημέρα της περιόδου, μαζί (ΕΕΕΕ-ΜΜ-ΗΗ)",
    ),
    (
        "The day (YYYY-MM-DD; default: today)",
        "Η ημέρα (ΕΕΕΕ-ΜΜ-ΗΗ· προεπιλογή: σήμερα)",
    ),
    (
        "The first day (YYYY-MM-DD; default: today)",
        "Η πρώτη ημέρα (ΕΕΕΕ-ΜΜ-ΗΗ· προεπιλογή: σήμερα)",
    ),
    (
        "The day (YYYY-MM-DD; default: the next working day)",
        "Η ημέρα (ΕΕΕΕ-ΜΜ-ΗΗ· προεπιλογή: η επόμενη εργάσιμη)",
    ),
    (
        "The day to close (YYYY-MM-DD)",
        "Η ημέρα που κλείνει (ΕΕΕΕ-ΜΜ-ΗΗ)",
    ),
    (
        "What the day is, as the calendar shows it (\"Staff training\")",
        "Τι είναι η ημέρα, όπως τη δείχνει το ημερολόγιο («Εκπαίδευση προσωπικού»)",
    ),
    (
        "Only this service line (default: the whole centre)",
        "Μόνο αυτή η γραμμή εξυπηρέτησης (προεπιλογή: όλο το κέντρο)",
    ),
    (
        "Only this service line (its code)",
        "Μόνο αυτή η γραμμή εξυπηρέτησης (ο κωδικός της)",
    ),
    (
        "How many days ahead to look",
        "Πόσες ημέρες μπροστά να ψάξει",
    ),
    (
        "Leave out the times this person is already booked",
        "Χωρίς τις ώρες που το άτομο έχει ήδη ραντεβού",
    ),
    ("At most this many slots", "Το πολύ τόσες ελεύθερες ώρες"),
    (
        "The new hours, one --set per group of days",
        "Το νέο ωράριο, ένα --set για κάθε ομάδα ημερών",
    ),
    ("The room", "Η αίθουσα"),
    (
        "Urgent: the ticket made at check-in is called before the others",
        "Επείγον: το εισιτήριο της άφιξης καλείται πριν από τα άλλα",
    ),
    ("A short note", "Σύντομη σημείωση"),
    ("Why it is cancelled", "Γιατί ακυρώνεται"),
    ("How many tickets to claim", "Πόσα εισιτήρια να καλέσει"),
    (
        "The service: its code, or its Open Referral (HSDS) id",
        "Η υπηρεσία: ο κωδικός της ή το αναγνωριστικό της στο Open Referral (HSDS)",
    ),
    ("Why the person is referred", "Γιατί παραπέμπεται το άτομο"),
    (
        "accepted, completed or declined",
        "accepted (δεκτή), completed (ολοκληρώθηκε) ή declined (απορρίφθηκε)",
    ),
    (
        "The reason given with the answer (why it was declined, say)",
        "Η αιτιολογία της απάντησης (π.χ. γιατί απορρίφθηκε)",
    ),
    (
        "The packet file to write",
        "Το αρχείο πακέτου που θα γραφτεί",
    ),
    (
        "The packet file received",
        "Το αρχείο πακέτου που παραλάβατε",
    ),
    (
        "A folder of CSV tables, a folder of JSON files, or one JSON file",
        "Φάκελος με πίνακες CSV, φάκελος με αρχεία JSON ή ένα αρχείο JSON",
    ),
    (
        "The folder to write into",
        "Ο φάκελος όπου γράφονται τα αρχεία",
    ),
    (
        "csv: CSV tables and datapackage.json; json: the service and organisation packages",
        "csv: πίνακες CSV και datapackage.json· json: τα πακέτα υπηρεσιών και φορέων",
    ),
    (
        "The centre's name, as its slips and packets give it",
        "Η επωνυμία του κέντρου, όπως τη γράφουν τα σημειώματα και τα πακέτα",
    ),
    ("Postal code", "Ταχυδρομικός κώδικας"),
    ("Town or city", "Πόλη"),
    ("Phone number", "Τηλέφωνο"),
    ("E-mail address", "Διεύθυνση email"),
    ("Website address", "Ιστότοπος"),
    (
        "Why the person left the operation",
        "Γιατί το άτομο αποχώρησε από την πράξη",
    ),
    (
        "Years without activity (default: the centre's setting)",
        "Έτη χωρίς δραστηριότητα (προεπιλογή: η ρύθμιση του κέντρου)",
    ),
    ("bash, zsh or fish", "bash, zsh ή fish"),
];
