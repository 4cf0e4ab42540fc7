//! clap's own words (usage errors, the usage line's placeholders, the possible and
//! default values in `--help`), said by kentro from this catalogue in the operator's
//! language: `cli::args::usage` renders a `clap::Error` from its kind and context. The
//! English is clap's own phrasing, so scripts and habits built on it keep working.

catalogue! {
    /// clap's words.
    ClapMsg {
    Version { el: "{} (σχήμα βάσης δεδομένων {})", en: "{} (database schema {})" }
    Error { el: "σφάλμα: ", en: "error: " }
    UsageTitle { el: "Χρήση:", en: "Usage:" }
    Options { el: "[ΕΠΙΛΟΓΕΣ]", en: "[OPTIONS]" }
    Command { el: "ΕΝΤΟΛΗ", en: "COMMAND" }
    TryHelp { el: "Για περισσότερες πληροφορίες: «{}».", en: "For more information, try '{}'." }
    Tip { el: "συμβουλή: ", en: "tip: " }
    PossibleValues { el: "δυνατές τιμές", en: "possible values" }
    Default { el: "προεπιλογή", en: "default" }
    Aliases { el: "και ως", en: "aliases" }
    Subcommands { el: "εντολές", en: "subcommands" }
    UnknownArgument { el: "άγνωστο όρισμα «{}»", en: "unexpected argument '{}' found" }
    PassAsValue { el: "για να δοθεί το «{}» ως τιμή, γράψτε «{}»", en: "to pass '{}' as a value, use '{}'" }
    SimilarArgument { el: "υπάρχει παρόμοιο όρισμα: «{}»", en: "a similar argument exists: '{}'" }
    SimilarArguments { el: "υπάρχουν παρόμοια ορίσματα: {}", en: "some similar arguments exist: {}" }
    SimilarSubcommand { el: "υπάρχει παρόμοια εντολή: «{}»", en: "a similar subcommand exists: '{}'" }
    SimilarSubcommands { el: "υπάρχουν παρόμοιες εντολές: {}", en: "some similar subcommands exist: {}" }
    SimilarValue { el: "υπάρχει παρόμοια τιμή: «{}»", en: "a similar value exists: '{}'" }
    SimilarValues { el: "υπάρχουν παρόμοιες τιμές: {}", en: "some similar values exist: {}" }
    ExistsAs { el: "υπάρχει το «{}»", en: "'{}' exists" }
    RemoveDashes {
        el: "υπάρχει η εντολή «{}»· για να τη δώσετε, σβήστε το «--» πριν από αυτήν",
        en: "subcommand '{}' exists; to use it, remove the '--' before it",
    }
    InvalidSubcommand { el: "άγνωστη εντολή «{}»", en: "unrecognized subcommand '{}'" }
    ValueRequired {
        el: "το «{}» χρειάζεται τιμή, αλλά δεν δόθηκε καμία",
        en: "a value is required for '{}' but none was supplied",
    }
    InvalidValue { el: "μη έγκυρη τιμή «{}» για το «{}»", en: "invalid value '{}' for '{}'" }
    MissingRequired {
        el: "λείπουν τα υποχρεωτικά ορίσματα:",
        en: "the following required arguments were not provided:",
    }
    MissingSubcommand {
        el: "το «{}» χρειάζεται εντολή, αλλά δεν δόθηκε καμία",
        en: "'{}' requires a subcommand but one was not provided",
    }
    CannotRepeat { el: "το «{}» δεν δίνεται πάνω από μία φορά", en: "the argument '{}' cannot be used multiple times" }
    CannotUseWith { el: "το «{}» δεν δίνεται μαζί με", en: "the argument '{}' cannot be used with" }
    CannotUseWithOthers { el: "άλλα ορίσματα που δόθηκαν", en: "one or more of the other specified arguments" }
    NoEquals {
        el: "η τιμή του «{}» δίνεται με =",
        en: "equal sign is needed when assigning values to '{}'",
    }
    TooManyValues {
        el: "περιττή τιμή «{}» για το «{}»· δεν χρειάζονται άλλες",
        en: "unexpected value '{}' for '{}' found; no more were expected",
    }
    TooFewValues {
        el: "το «{}» χρειάζεται {} τιμές· δόθηκαν μόνο {}",
        en: "'{}' requires {} values; only {} were provided",
    }
    WrongNumberOfValues {
        el: "το «{}» χρειάζεται {} τιμές, αλλά δόθηκαν {}",
        en: "'{}' requires {} values but {} were provided",
    }
    InvalidUtf8 { el: "όρισμα που δεν είναι έγκυρο UTF-8", en: "invalid UTF-8 was detected in one or more arguments" }
    SeeHelpForFormat { el: "η μορφή της τιμής περιγράφεται στο --help", en: "the value's format is in --help" }
    WholeNumber { el: "χρειάζεται ακέραιος αριθμός", en: "a whole number is needed" }
    WriteAs { el: "γράψτε {}", en: "use {}" }
    Unknown { el: "μη έγκυρη γραμμή εντολών", en: "invalid command line" }
    }
}
