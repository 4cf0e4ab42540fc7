//! The administrators' screens' catalogue: staff and the audit log.

catalogue! {
    /// Words of the staff screen (F8) and the audit screen (F10).
    AMsg {
    StaffCount { el: "{} χρήστες, {} ενεργοί", en: "{} operators, {} active" }
    ColLogin { el: "Χρήστης", en: "Login" }
    ColName { el: "Όνομα", en: "Name" }
    ColRole { el: "Ρόλος", en: "Role" }
    ColOrganisation { el: "Φορέας", en: "Organisation" }
    ColDesk { el: "Γρ.", en: "Desk" }
    Inactive { el: "ανενεργός", en: "disabled" }
    NoStaff { el: "Κανένας χρήστης.", en: "No operators." }
    RoleReceptionist { el: "υποδοχή", en: "receptionist" }
    RoleSocialWorker { el: "κοινωνική λειτουργός", en: "social worker" }
    RolePsychologist { el: "ψυχολόγος", en: "psychologist" }
    RoleAdmin { el: "διαχειριστής", en: "administrator" }
    NewTitle { el: "Νέος χρήστης", en: "New operator" }
    EditTitle { el: "Αλλαγή: {}", en: "Change: {}" }
    FLogin { el: "Χρήστης (login)", en: "Login" }
    FName { el: "Όνομα", en: "Name" }
    FRole { el: "Ρόλος", en: "Role" }
    FOrganisation { el: "Φορέας", en: "Organisation" }
    FDesk { el: "Γραφείο", en: "Desk" }
    RoleHint { el: "υ(ποδοχή), κ(οινωνική λειτουργός), ψ(υχολόγος), δ(ιαχειριστής)", en: "r(eceptionist), s(ocial worker), p(sychologist), a(dmin)" }
    OrganisationHint { el: "κενό: το ίδιο το κέντρο", en: "empty: the centre itself" }
    DeskHint { el: "αριθμός, ή κενό", en: "a number, or empty" }
    FormHint { el: "Tab: επόμενο πεδίο · Ctrl-S: αποθήκευση · Esc: ακύρωση", en: "Tab: next field · Ctrl-S: save · Esc: cancel" }
    BadLogin { el: "γράμματα, ψηφία, . _ - @", en: "letters, digits, . _ - @" }
    BadRole { el: "άγνωστος ρόλος", en: "unknown role" }
    BadDesk { el: "αριθμός από 1 έως 999", en: "a number from 1 to 999" }
    NeedName { el: "συμπληρώστε το όνομα", en: "fill in the name" }
    LoginTaken { el: "υπάρχει ήδη", en: "already on the list" }
    Added { el: "Ο χρήστης {} προστέθηκε.", en: "{} was added." }
    Changed { el: "Ο χρήστης {} άλλαξε.", en: "{} was changed." }
    AskDisable { el: "Απενεργοποίηση του χρήστη {}; Δεν θα μπορεί να ανοίξει το πρόγραμμα.", en: "Disable {}? They will no longer be able to open the program." }
    AskEnable { el: "Επανενεργοποίηση του χρήστη {};", en: "Enable {} again?" }
    Disabled { el: "Ο χρήστης {} απενεργοποιήθηκε.", en: "{} was disabled." }
    Enabled { el: "Ο χρήστης {} ενεργοποιήθηκε ξανά.", en: "{} was enabled again." }
    NotYourself { el: "Δεν μπορείτε να απενεργοποιήσετε τον εαυτό σας.", en: "You cannot disable yourself." }
    LastAdmin { el: "Δεν γίνεται: θα έμενε χωρίς ενεργό διαχειριστή.", en: "Not possible: no active administrator would be left." }
    AuditCount { el: "{} εγγραφές", en: "{} entries" }
    AuditCountMore { el: "{}+ εγγραφές (↓ στο τέλος: περισσότερες)", en: "{}+ entries (↓ at the end: more)" }
    AuditHint { el: "Esc: καθαρισμός", en: "Esc: clear" }
    AuditNone { el: "Καμία εγγραφή.", en: "No entries." }
    ColWhen { el: "Πότε", en: "When" }
    ColOperator { el: "Χρήστης", en: "Operator" }
    ColAction { el: "Ενέργεια", en: "Action" }
    ColRecord { el: "Εγγραφή", en: "Record" }
    ColDetail { el: "Λεπτομέρεια", en: "Detail" }
    FilterTitle { el: "Φίλτρα ιστορικού", en: "Audit filters" }
    FPerson { el: "Άτομο (αρ.)", en: "Person (id)" }
    FOperator { el: "Χρήστης", en: "Operator" }
    FAction { el: "Ενέργεια", en: "Action" }
    FFrom { el: "Από", en: "From" }
    FUntil { el: "Έως", en: "Until" }
    ActionHint { el: "π.χ. view, reveal, update, erase, export", en: "e.g. view, reveal, update, erase, export" }
    DateHint { el: "ΗΗ/ΜΜ/ΕΕΕΕ, ή κενό", en: "DD/MM/YYYY, or empty" }
    BadPerson { el: "αριθμός ατόμου", en: "a person's number" }
    BadDate { el: "ημερομηνία ΗΗ/ΜΜ/ΕΕΕΕ", en: "a date DD/MM/YYYY" }
    FilterHint { el: "Tab: επόμενο · Enter: εφαρμογή · Esc: ακύρωση", en: "Tab: next · Enter: apply · Esc: cancel" }
    Filters { el: "Φίλτρα: {}", en: "Filters: {}" }
    NoFilters { el: "όλες οι εγγραφές", en: "all entries" }
    }
}
