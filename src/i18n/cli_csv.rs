//! The reasons `kentro import` gives for refusing a CSV line: a cell, the header or the
//! whole row, in the operator's language (the caller passes it, so the reading of a
//! file can be tested in both).

catalogue! {
    /// Why a line of a people CSV is refused.
    CsvMsg {
    Amka { el: "ΑΜΚΑ", en: "AMKA" }
    Afm { el: "ΑΦΜ", en: "AFM" }
    Paaypa { el: "ΠΑΑΥΠΑ", en: "PAAYPA" }
    Phone { el: "Τηλέφωνο", en: "phone" }
    IdLength { el: "{}: λάθος πλήθος ψηφίων", en: "{} has the wrong number of digits" }
    IdNotDigits { el: "{}: μόνο ψηφία", en: "{} must be digits" }
    IdCheckDigit { el: "{}: λάθος ψηφίο ελέγχου", en: "{} check digit is wrong" }
    IdBadDate {
        el: "{}: δεν αρχίζει με πραγματική ημερομηνία (ΗΗΜΜΕΕ)",
        en: "{} does not start with a real date (DDMMYY)",
    }
    IdAllZeros { el: "{}: δεν γίνεται να είναι μόνο μηδενικά", en: "{} cannot be all zeros" }
    NotAPhone {
        el: "δεν είναι ελληνικός ή διεθνής αριθμός τηλεφώνου",
        en: "not a Greek or international phone number",
    }
    LostLeadingZero {
        el: "{} με {} ψηφία: το υπολογιστικό φύλλο (Excel) έκοψε το αρχικό μηδενικό· ορίστε τη στήλη ως «Κείμενο» πριν πληκτρολογήσετε ή επικολλήσετε και αποθηκεύστε ξανά",
        en: "{} has {} digits: a spreadsheet (Excel) dropped its leading zero; format the column as Text before typing or pasting, and save again",
    }
    NotADate {
        el: "δεν είναι ημερομηνία (γράψτε ΕΕΕΕ-ΜΜ-ΗΗ ή ΗΗ/ΜΜ/ΕΕΕΕ)",
        en: "not a date (use YYYY-MM-DD or DD/MM/YYYY)",
    }
    Required { el: "υποχρεωτικό", en: "required" }
    TooLong { el: "πάνω από {} χαρακτήρες", en: "longer than {} characters" }
    Future { el: "στο μέλλον", en: "in the future" }
    TooEarly { el: "πολύ παλιά ημερομηνία", en: "too far in the past" }
    UseGender { el: "γράψτε F, M ή X", en: "use F, M or X" }
    UnknownCountry { el: "άγνωστη χώρα «{}»", en: "unknown country \"{}\"" }
    UnknownLanguage { el: "άγνωστη γλώσσα «{}»", en: "unknown language \"{}\"" }
    UnknownValue { el: "άγνωστη τιμή", en: "unknown value" }
    BadEmail { el: "δεν είναι διεύθυνση email", en: "not an e-mail address" }
    NeedsConsent {
        el: "φυλάσσεται μόνο με τη συναίνεση του ατόμου (στήλη consent με «ναι», αλλιώς αφήστε το κελί κενό)",
        en: "kept only with the person's consent (a consent column saying yes, or leave the cell empty)",
    }
    UseYesNo { el: "γράψτε ναι ή όχι", en: "use yes or no" }
    AlreadyRegistered { el: "έχει ήδη καταχωριστεί (άτομο {})", en: "already registered (person {})" }
    AlreadyRegisteredBecause {
        el: "έχει ήδη καταχωριστεί (άτομο {}, {})",
        en: "already registered (person {}, {})",
    }
    SameNameAndBirth { el: "ίδιο ονοματεπώνυμο και ημερομηνία γέννησης", en: "same name and date of birth" }
    SameBirthOtherSpelling {
        el: "ίδια ημερομηνία γέννησης, το όνομα με άλλη γραφή",
        en: "same date of birth, name in another spelling",
    }
    SameNameNoBirth {
        el: "ίδιο ονοματεπώνυμο και στοιχεία, χωρίς ημερομηνία γέννησης",
        en: "same name and details, no date of birth",
    }
    SameAsLine { el: "ίδιο με τη γραμμή {}", en: "same as line {}" }
    SamePersonAsLine {
        el: "ίδιο άτομο με τη γραμμή {} (ίδιο ονοματεπώνυμο και ημερομηνία γέννησης)",
        en: "same person as line {} (same name and date of birth)",
    }
    UnknownColumn { el: "άγνωστη στήλη (γνωστές: id, {})", en: "unknown column (known: id, {})" }
    ColumnTwice { el: "η στήλη υπάρχει δύο φορές", en: "column appears twice" }
    ColumnMissing { el: "λείπει υποχρεωτική στήλη", en: "required column missing" }
    HeaderUnreadable { el: "γραμμή 1: επικεφαλίδα: {}", en: "line 1: header: {}" }
    NotUtf8 { el: "δεν είναι έγκυρο UTF-8", en: "not valid UTF-8" }
    FieldCount { el: "{} πεδία, ενώ η επικεφαλίδα έχει {}", en: "{} fields where the header has {}" }
    RowUnreadable { el: "η γραμμή δεν διαβάζεται ({})", en: "{}" }
    RowsChecked { el: "γραμμές ελέγχθηκαν", en: "rows checked" }
    PeopleWritten { el: "άτομα γράφτηκαν", en: "people written" }
    }
}
