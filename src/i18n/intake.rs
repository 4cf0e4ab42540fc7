//! The intake screen's catalogue (and the visit form's), and the words for the
//! person's coded fields, which the card shows too.

use crate::domain::codes::{Education, Employment, Gender, Relation, Vulnerability};

catalogue! {
    /// Words of the intake form, its panels and the visit form.
    Im {
    NewPerson { el: "Νέο άτομο", en: "New person" }
    Editing { el: "Διόρθωση: {}", en: "Editing: {}" }
    SecEssentials { el: "Βασικά", en: "Essentials" }
    SecNeeds { el: "Γλώσσα, ανάγκες", en: "Language, needs" }
    SecDetails { el: "Λοιπά στοιχεία", en: "More details" }
    SecHousehold { el: "Νοικοκυριό", en: "Household" }
    SecWork { el: "Εργασία, εκπαίδευση", en: "Employment, education" }
    SecConsent { el: "Συναίνεση", en: "Consent" }
    SecNotes { el: "Σημειώσεις", en: "Notes" }
    FSurname { el: "Επώνυμο", en: "Surname" }
    FGivenName { el: "Όνομα", en: "Given name" }
    FFatherName { el: "Πατρώνυμο", en: "Father's name" }
    FMotherName { el: "Μητρώνυμο", en: "Mother's name" }
    FDateOfBirth { el: "Ημ. γέννησης", en: "Date of birth" }
    FGender { el: "Φύλο", en: "Gender" }
    FNationality { el: "Υπηκοότητα", en: "Nationality" }
    FAmka { el: "ΑΜΚΑ", en: "AMKA" }
    FAfm { el: "ΑΦΜ", en: "AFM (tax no.)" }
    FPaaypa { el: "ΠΑΑΥΠΑ", en: "PAAYPA" }
    FOtherDocument { el: "Άλλο έγγραφο", en: "Other document" }
    FPhone { el: "Τηλέφωνο", en: "Phone" }
    FEmail { el: "Email", en: "Email" }
    FAddress { el: "Διεύθυνση", en: "Address" }
    FMunicipality { el: "Δήμος", en: "Municipality" }
    FHouseholdWith { el: "Μαζί με", en: "Lives with" }
    FRelation { el: "Σχέση", en: "Relation" }
    FLanguages { el: "Γλώσσες", en: "Languages" }
    FInterpreter { el: "Διερμηνέας", en: "Interpreter" }
    FVulnerabilities { el: "Ευαλωτότητα", en: "Vulnerability" }
    FEmployment { el: "Απασχόληση", en: "Employment" }
    FEducation { el: "Εκπαίδευση", en: "Education" }
    FConsent { el: "Συναίνεση", en: "Consent" }
    FNotes { el: "Σημειώσεις", en: "Notes" }
    Yes { el: "ναι", en: "yes" }
    No { el: "όχι", en: "no" }
    InterpreterNeeded { el: "χρειάζεται διερμηνέα", en: "needs an interpreter" }
    ConsentText {
        el: "Ενημερώθηκε για την επεξεργασία των στοιχείων του/της και συναίνεσε",
        en: "Was informed about the processing of their data and consented",
    }
    ConsentRecorded { el: "καταγράφηκε {} από {}", en: "recorded {} by {}" }
    ConsentNow { el: "θα καταγραφεί τώρα από {}", en: "will be recorded now by {}" }
    ConsentMinimum {
        el: "Χωρίς συναίνεση κρατούνται μόνο: {}",
        en: "Without consent only this is kept: {}",
    }
    SpaceToggles { el: "Διάστημα: ναι/όχι", en: "Space: yes/no" }
    PickHint { el: "γράψτε για αναζήτηση · ↑↓ · Enter", en: "type to search · ↑↓ · Enter" }
    MultiHint {
        el: "γράψτε για αναζήτηση · ↑↓ · Διάστημα/Enter: επιλογή · Tab: επόμενο",
        en: "type to search · ↑↓ · Space/Enter: tick · Tab: next",
    }
    NoMatch { el: "καμία αντιστοιχία", en: "no match" }
    Dash { el: "—", en: "—" }
    Age { el: "{} ετών", en: "age {}" }
    FromAmka { el: "συμπληρώθηκε από τον ΑΜΚΑ", en: "filled in from the AMKA" }
    KeptMasked { el: "καταχωρισμένο {} · γράψτε για αλλαγή", en: "on file {} · type to replace" }
    Valid { el: "✓", en: "✓" }
    ErrMissing { el: "✗ υποχρεωτικό", en: "✗ required" }
    ErrTooLong { el: "✗ μέχρι {} χαρακτήρες", en: "✗ at most {} characters" }
    ErrDateFormat { el: "✗ ημερομηνία; π.χ. 12/1/90", en: "✗ a date, e.g. 12/1/90" }
    ErrNotADate { el: "✗ δεν υπάρχει αυτή η ημέρα", en: "✗ no such day" }
    ErrFuture { el: "✗ στο μέλλον", en: "✗ in the future" }
    ErrTooEarly { el: "✗ πολύ παλιά ημερομηνία", en: "✗ too far in the past" }
    ErrLength { el: "✗ λάθος πλήθος ψηφίων", en: "✗ wrong number of digits" }
    ErrNotDigits { el: "✗ μόνο ψηφία", en: "✗ digits only" }
    ErrCheckDigit { el: "✗ λάθος ψηφίο ελέγχου", en: "✗ check digit wrong" }
    ErrBadDate { el: "✗ τα 6 πρώτα ψηφία δεν είναι ημερομηνία", en: "✗ first 6 digits are not a date" }
    ErrAllZeros { el: "✗ μόνο μηδενικά", en: "✗ all zeros" }
    ErrNotAPhone { el: "✗ κινητό 69…, σταθερό 2… ή +…", en: "✗ mobile 69…, landline 2… or +…" }
    ErrEmail { el: "✗ όχι έγκυρο email", en: "✗ not an email address" }
    ErrUnknown { el: "✗ άγνωστη τιμή", en: "✗ unknown value" }
    ErrNeedsConsent { el: "✗ μόνο με συναίνεση", en: "✗ only with consent" }
    ErrRegistered { el: "✗ ήδη καταγεγραμμένος/η (Ctrl-D)", en: "✗ already registered (Ctrl-D)" }
    WarnAmkaDate { el: "! ο ΑΜΚΑ λέει άλλη ημ. γέννησης", en: "! AMKA says another birth date" }
    WarnAmkaGender { el: "! ο ΑΜΚΑ λέει άλλο φύλο", en: "! AMKA says the other gender" }
    DupesTitle { el: "Πιθανώς ήδη καταγεγραμμένοι", en: "Possibly already registered" }
    DupesHint {
        el: "Ctrl-D: στη λίστα · Enter: άνοιγμα εγγραφής · n: άλλο άτομο",
        en: "Ctrl-D: to the list · Enter: open that record · n: not the same",
    }
    ReasonAmka { el: "ίδιος ΑΜΚΑ", en: "same AMKA" }
    ReasonAfm { el: "ίδιος ΑΦΜ", en: "same AFM" }
    ReasonPaaypa { el: "ίδιος ΠΑΑΥΠΑ", en: "same PAAYPA" }
    ReasonPhone { el: "ίδιο τηλέφωνο", en: "same phone" }
    DupDateExact { el: "ίδια ημερομηνία", en: "same date" }
    DupDateSwapped { el: "ημέρα και μήνας ανάποδα", en: "day and month swapped" }
    DupDateOneDigit { el: "ημερομηνία με ένα ψηφίο διαφορά", en: "date one digit apart" }
    DupDateYearOff { el: "έτος με διαφορά ενός", en: "year one apart" }
    DupDateCentury { el: "έτος σε άλλον αιώνα", en: "year in the other century" }
    DupDateYearOnly { el: "καταχωρισμένο μόνο το έτος", en: "only the year on record" }
    DupSameName { el: "ίδιο όνομα", en: "same name" }
    DupNameSpelled { el: "όνομα με άλλη γραφή", en: "name spelled differently" }
    MembersTitle { el: "Μέλη του νοικοκυριού", en: "Household members" }
    NoHousehold {
        el: "Γράψτε στο «Μαζί με» όνομα ή ΑΜΚΑ ενός καταγεγραμμένου μέλους.",
        en: "Type a registered member's name or AMKA in \"Lives with\".",
    }
    OptionsTitle { el: "Επιλογές", en: "Choices" }
    DraftSaved { el: "Πρόχειρο αποθηκεύτηκε {}", en: "Draft saved {}" }
    DraftFailed {
        el: "Το πρόχειρο ΔΕΝ αποθηκεύτηκε (η βάση δεν γράφεται)· όσα γράψατε μένουν στην οθόνη",
        en: "Draft NOT saved (database cannot be written); what you typed stays on screen",
    }
    DraftsOffer {
        el: "Ημιτελείς καταγραφές σας: {} · Ctrl-R στη φόρμα (F3): συνέχεια «{}»",
        en: "Your unfinished intake forms: {} · Ctrl-R in the form (F3) resumes \"{}\"",
    }
    DraftsAside { el: "Ctrl-R: {}", en: "Ctrl-R: {}" }
    DraftsAsideMore { el: "Ctrl-R: {} (+{})", en: "Ctrl-R: {} (+{})" }
    DraftsTitle { el: "Ημιτελείς καταγραφές σας", en: "Your unfinished forms" }
    DraftsNone { el: "Καμία ημιτελής καταγραφή.", en: "No unfinished forms." }
    DraftsKeys {
        el: "Enter: συνέχεια · n: νέο άτομο · x x: απόρριψη",
        en: "Enter: resume · n: new person · x x: discard",
    }
    DraftEdit { el: "(διόρθωση)", en: "(edit)" }
    DraftUnnamed { el: "(χωρίς όνομα)", en: "(no name yet)" }
    DiscardAgain { el: "Πατήστε x ξανά για απόρριψη του προχείρου", en: "Press x again to discard this draft" }
    Discarded { el: "Το πρόχειρο απορρίφθηκε", en: "Draft discarded" }
    LeaveQuestion {
        el: "Φεύγετε από τη φόρμα χωρίς αποθήκευση;",
        en: "Leave the form without saving?",
    }
    LeaveChoices {
        el: "y: ναι, κράτα πρόχειρο (συνέχεια με Ctrl-R) · x: απόρριψη όσων γράψατε · Esc: πίσω στη φόρμα",
        en: "y: yes, keep a draft (Ctrl-R resumes it) · x: throw away what was typed · Esc: back to the form",
    }
    ConsentQuestion {
        el: "Δεν έχει καταγραφεί συναίνεση. Ενημερώθηκε το άτομο και συναινεί;",
        en: "No consent recorded. Was the person informed, and do they consent?",
    }
    ConsentChoices {
        el: "y: ναι, καταγραφή συναίνεσης και αποθήκευση · n ή Esc: όχι, πίσω στη φόρμα",
        en: "y: yes, record consent and save · n or Esc: no, back to the form",
    }
    Left { el: "Η φόρμα κρατήθηκε ως πρόχειρο", en: "The form was kept as a draft" }
    Thrown { el: "Όσα γράψατε απορρίφθηκαν", en: "What was typed was thrown away" }
    CannotSave { el: "✗ {}: {}", en: "✗ {}: {}" }
    SavedNew { el: "Καταγράφηκε: {}", en: "Registered: {}" }
    SavedEdit { el: "Αποθηκεύτηκε: {}", en: "Saved: {}" }
    SavedMerged {
        el: "Αποθηκεύτηκε μαζί με τις αλλαγές άλλου γραφείου: {}",
        en: "Saved together with another desk's changes: {}",
    }
    DbError {
        el: "Η βάση δεν γράφεται: {} — όσα γράψατε μένουν στη φόρμα",
        en: "The database cannot be written: {} — what you typed stays in the form",
    }
    Gone { el: "Το άτομο δεν υπάρχει πια", en: "This person no longer exists" }
    ConflictTitle {
        el: "Άλλο γραφείο άλλαξε τα ίδια πεδία· επιλέξτε ανά πεδίο",
        en: "Another desk changed the same fields: choose field by field",
    }
    ConflictMine { el: "Εδώ", en: "This desk" }
    ConflictTheirs { el: "Άλλο γραφείο", en: "Other desk" }
    ConflictKeys {
        el: "↑↓ πεδίο · m: το δικό μου · t: του άλλου · Ctrl-S: αποθήκευση · Esc: πίσω",
        en: "↑↓ field · m: mine · t: theirs · Ctrl-S: save · Esc: back",
    }
    SavedTitle { el: "Αποθηκεύτηκε", en: "Saved" }
    SavedKeys {
        el: "v: επίσκεψη · h: άλλο μέλος νοικοκυριού · e: διόρθωση · n: νέο άτομο · Enter: καρτέλα",
        en: "v: visit · h: another household member · e: edit · n: new person · Enter: card",
    }
    NotSameDone { el: "Δεν θα ξαναπροταθεί για αυτό το άτομο", en: "Will not be suggested for this person again" }
    RelHead { el: "υπεύθυνος/η", en: "head" }
    RelSpouse { el: "σύζυγος", en: "spouse" }
    RelChild { el: "τέκνο", en: "child" }
    RelParent { el: "γονέας", en: "parent" }
    RelSibling { el: "αδελφός/ή", en: "sibling" }
    RelOther { el: "άλλο", en: "other" }
    GenF { el: "Γυναίκα", en: "Female" }
    GenM { el: "Άνδρας", en: "Male" }
    GenX { el: "Άλλο / δεν δηλώνεται", en: "Other / not stated" }
    VUnaccompaniedMinor { el: "ασυνόδευτος ανήλικος", en: "unaccompanied minor" }
    VDisability { el: "αναπηρία (ΑμεΑ)", en: "disability" }
    VPregnancy { el: "εγκυμοσύνη", en: "pregnancy" }
    VElderly { el: "ηλικιωμένος/η", en: "elderly" }
    VViolenceVictim { el: "θύμα βίας", en: "victim of violence" }
    VSingleParent { el: "μονογονεϊκή οικογένεια", en: "single parent" }
    VHomeless { el: "άστεγος/η", en: "homeless" }
    VRoma { el: "Ρομά", en: "Roma" }
    VMigrant { el: "μετανάστης/τρια", en: "migrant" }
    VAsylumSeeker { el: "αιτών/ούσα άσυλο", en: "asylum seeker" }
    VChronicIllness { el: "χρόνια ασθένεια", en: "chronic illness" }
    VLongTermUnemployed { el: "μακροχρόνια άνεργος/η", en: "long-term unemployed" }
    EmpEmployed { el: "εργαζόμενος/η", en: "employed" }
    EmpSelfEmployed { el: "αυτοαπασχολούμενος/η", en: "self-employed" }
    EmpUnemployed { el: "άνεργος/η", en: "unemployed" }
    EmpLongTermUnemployed { el: "μακροχρόνια άνεργος/η", en: "long-term unemployed" }
    EmpInactive { el: "οικονομικά μη ενεργός/ή", en: "inactive" }
    EmpStudent { el: "μαθητής/φοιτητής", en: "student" }
    EmpRetired { el: "συνταξιούχος", en: "retired" }
    EduNone { el: "χωρίς εκπαίδευση", en: "no schooling" }
    EduPrimary { el: "δημοτικό (ISCED 1)", en: "primary (ISCED 1)" }
    EduLower { el: "γυμνάσιο (ISCED 2)", en: "lower secondary (ISCED 2)" }
    EduUpper { el: "λύκειο, ΙΕΚ (ISCED 3-4)", en: "upper secondary (ISCED 3-4)" }
    EduTertiary { el: "τριτοβάθμια (ISCED 5-8)", en: "tertiary (ISCED 5-8)" }
    VisitTitle { el: "Επίσκεψη: {}", en: "Visit: {}" }
    VDate { el: "Ημερομηνία", en: "Date" }
    VService { el: "Υπηρεσία", en: "Service" }
    VReason { el: "Λόγος", en: "Reason" }
    VNote { el: "Σημείωση", en: "Note" }
    VOperator { el: "Χειριστής", en: "Operator" }
    VisitKeys {
        el: "Tab: επόμενο · Ctrl-S: αποθήκευση · Esc: άκυρο",
        en: "Tab: next · Ctrl-S: save · Esc: cancel",
    }
    VisitSaved { el: "Η επίσκεψη καταγράφηκε", en: "Visit recorded" }
    }
}

/// The words for each coded field of a person.
pub fn gender_label(g: Gender) -> Im {
    match g {
        Gender::Female => Im::GenF,
        Gender::Male => Im::GenM,
        Gender::Other => Im::GenX,
    }
}

pub fn relation_label(r: Relation) -> Im {
    match r {
        Relation::Head => Im::RelHead,
        Relation::Spouse => Im::RelSpouse,
        Relation::Child => Im::RelChild,
        Relation::Parent => Im::RelParent,
        Relation::Sibling => Im::RelSibling,
        Relation::Other => Im::RelOther,
    }
}

pub fn vulnerability_label(v: Vulnerability) -> Im {
    match v {
        Vulnerability::UnaccompaniedMinor => Im::VUnaccompaniedMinor,
        Vulnerability::Disability => Im::VDisability,
        Vulnerability::Pregnancy => Im::VPregnancy,
        Vulnerability::Elderly => Im::VElderly,
        Vulnerability::ViolenceVictim => Im::VViolenceVictim,
        Vulnerability::SingleParent => Im::VSingleParent,
        Vulnerability::Homeless => Im::VHomeless,
        Vulnerability::Roma => Im::VRoma,
        Vulnerability::Migrant => Im::VMigrant,
        Vulnerability::AsylumSeeker => Im::VAsylumSeeker,
        Vulnerability::ChronicIllness => Im::VChronicIllness,
        Vulnerability::LongTermUnemployed => Im::VLongTermUnemployed,
    }
}

pub fn employment_label(e: Employment) -> Im {
    match e {
        Employment::Employed => Im::EmpEmployed,
        Employment::SelfEmployed => Im::EmpSelfEmployed,
        Employment::Unemployed => Im::EmpUnemployed,
        Employment::LongTermUnemployed => Im::EmpLongTermUnemployed,
        Employment::Inactive => Im::EmpInactive,
        Employment::Student => Im::EmpStudent,
        Employment::Retired => Im::EmpRetired,
    }
}

pub fn education_label(e: Education) -> Im {
    match e {
        Education::None => Im::EduNone,
        Education::Primary => Im::EduPrimary,
        Education::LowerSecondary => Im::EduLower,
        Education::UpperSecondary => Im::EduUpper,
        Education::Tertiary => Im::EduTertiary,
    }
}
