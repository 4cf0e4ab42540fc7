//! The headless commands' own words: what they print and the refusals they give.
//! The language is the operator's (`--lang`, else the config, else the locale), set
//! once at start with [`set_lang`]: a command's messages follow it without every
//! function carrying it.

use std::sync::OnceLock;

use super::Lang;

static LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the command line's language (the first call wins).
pub fn set_lang(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The command line's language: as set at start, else Greek.
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// The text of `msg` in the command line's language.
pub fn say(msg: CliMsg) -> &'static str {
    super::t(lang(), msg)
}

/// The text of `msg` in the command line's language, with its `{}` filled in.
pub fn sayf(msg: CliMsg, args: &[&str]) -> String {
    super::tf(lang(), msg, args)
}

catalogue! {
    /// Messages of the headless commands.
    CliMsg {
    NobodyWaiting { el: "Δεν περιμένει κανείς.", en: "Nobody is waiting." }
    CallNeedsDesk {
        el: "Για την κλήση χρειάζεται γραφείο: ορίστε KENTRO_DESK=N ή προσθέστε --desk N.",
        en: "Calling needs a desk: set KENTRO_DESK=N or add --desk N.",
    }
    ClosedNotSeen { el: "{} εισιτήρια σε αναμονή έκλεισαν ως «δεν εξυπηρετήθηκε».", en: "{} waiting ticket(s) closed as not seen." }
    SchemaVersion { el: "έκδοση σχήματος {} (αυτό το kentro υποστηρίζει {})", en: "schema version {} (this kentro supports {})" }
    People { el: "άτομα: {}", en: "people: {}" }
    Integrity { el: "ακεραιότητα: {}", en: "integrity: {}" }
    ForeignKeyProblems { el: "προβλήματα αναφορών: {}", en: "foreign key problems: {}" }
    CheckOk { el: "εντάξει", en: "ok" }
    CheckFailed { el: "Το {} απέτυχε στον έλεγχο ακεραιότητας.", en: "{} failed its integrity check." }
    BackupWritten { el: "Το αντίγραφο γράφτηκε στο {} και ελέγχθηκε.", en: "backup written to {} and checked" }
    BackupRemoved { el: "αφαιρέθηκε το παλιό αντίγραφο {}", en: "removed old backup {}" }
    BackupKept {
        el: "κρατήθηκε το νεότερο αντίγραφο καθεμιάς από τις τελευταίες {} ημέρες και {} εβδομάδες ({} αφαιρέθηκαν)",
        en: "kept the newest backup of each of the last {} days and {} weeks ({} removed)",
    }
    RotateNeedsDirectory { el: "Τα --keep-daily και --keep-weekly χρειάζονται φάκελο αντιγράφων.", en: "--keep-daily and --keep-weekly need a directory to rotate." }
    BackupChecked { el: "Το αντίγραφο {} ελέγχθηκε:", en: "backup {} checked:" }
    RestoreConfirmWithYes { el: "Η επαναφορά αντικαθιστά τη βάση: επιβεβαιώστε με --yes.", en: "restore replaces the database: confirm with --yes" }
    RestoreAsk {
        el: "Να αντικατασταθεί το {} από αυτό το αντίγραφο; Το τρέχον αρχείο φυλάσσεται στην άκρη. Γράψτε ναι: ",
        en: "Replace {} with this backup? The current file is kept aside. Type yes: ",
    }
    NothingChanged { el: "δεν άλλαξε τίποτα", en: "nothing changed" }
    KeptAside { el: "η βάση που αντικαταστάθηκε φυλάσσεται στο {}", en: "the database that was replaced is kept at {}" }
    Restored { el: "Το {} επανήλθε από το {}:", en: "{} restored from {}:" }
    NotesWithheld {
        el: "{} σημειώσεις άλλων φορέων δεν εμφανίζονται (χωρίς συναίνεση για κοινοποίηση)",
        en: "{} note(s) of other organisations are not shown (no consent to share)",
    }
    PersonErased { el: "τα στοιχεία του ατόμου {} διαγράφηκαν", en: "person {} erased" }
    EraseNeedsYes {
        el: "Η διαγραφή του ατόμου {} δεν αναιρείται· τρέξτε ξανά με --yes για επιβεβαίωση.",
        en: "erasing person {} cannot be undone; run again with --yes to confirm",
    }
    NotStaff {
        el: "Ο χρήστης {} δεν είναι ενεργό μέλος του προσωπικού αυτού του κέντρου· ένας διαχειριστής μπορεί να τον προσθέσει με: {}",
        en: "{} is not an active member of staff of this centre; an administrator can add them with: {}",
    }
    SeeLog { el: "Το ίδιο μήνυμα είναι και στο αρχείο καταγραφής: {}", en: "The same message is in the log: {}" }
    PressEnter { el: "Πατήστε Enter για να κλείσει.", en: "Press Enter to close." }
    KeysCurrent { el: "Τα κλειδιά αναζήτησης είναι ενημερωμένα (κανόνες έκδοσης {}).", en: "The search keys are current (rules version {})." }
    KeysRebuilt { el: "Τα κλειδιά αναζήτησης ξαναφτιάχτηκαν για {} άτομα (κανόνες έκδοσης {}).", en: "Search keys rebuilt for {} people (rules version {})." }
    SlipNotYours {
        el: "Τα στοιχεία της παραπομπής {} ανήκουν σε άλλον φορέα και το άτομο δεν έχει συναινέσει στην κοινοποίηση: δεν εκτυπώνεται από εδώ.",
        en: "Referral {}'s details belong to another organisation and the person has not consented to share them: no slip from here.",
    }
    SlipCentreUnset {
        el: "Προσοχή: η διεύθυνση, το τηλέφωνο και το email του κέντρου δεν έχουν οριστεί και το παραπεμπτικό το γράφει· ορίζονται με: kentro directory centre --address … --phone … (ή στην καρτέλα του κέντρου, F7).",
        en: "Note: the centre's address, phone and e-mail are not set, and the slip says so; set them with: kentro directory centre --address … --phone … (or on the centre's card, F7).",
    }
    SlipPrinted { el: "Το παραπεμπτικό {} στάλθηκε στον εκτυπωτή.", en: "Slip of referral {} sent to the printer." }
    TicketPrinted { el: "Το εισιτήριο {} στάλθηκε στον εκτυπωτή.", en: "Ticket {} sent to the printer." }
    NoPrinter { el: "Δεν έχει οριστεί εκτυπωτής (print_command στο config.toml).", en: "No printer is configured (print_command in config.toml)." }
    ArgTooLong { el: "Το {} έχει {} χαρακτήρες· επιτρέπονται έως {}.", en: "{} is {} characters long; at most {} are allowed." }
    ExportWithheld {
        el: "kentro: {} σημειώσεις άλλων φορέων δεν περιλήφθηκαν (χωρίς συναίνεση για κοινοποίηση)· το --break-glass ΑΙΤΙΟΛΟΓΙΑ τις περιλαμβάνει, με καταγραφή",
        en: "kentro: {} case note(s) of other organisations were left out (no consent to share); --break-glass REASON includes them, recorded",
    }
    ErasedAtCheckpoint {
        el: "kentro: άλλη θέση εργασίας διαβάζει τη βάση· οι διαγραμμένες τιμές φεύγουν από το αρχείο καταγραφής εγγραφών (WAL) στο επόμενο σημείο ελέγχου (δεν χρειάζεται να ξανατρέξει το kentro erase)",
        en: "kentro: another desk is reading the database; the erased values leave the write-ahead log at the next checkpoint (running `kentro erase` again is not needed)",
    }
    Dormant { el: "{} άτομα χωρίς δραστηριότητα για {} έτη (από {})", en: "{} people with no activity for {} years (since {})" }
    CaseNoteAdded { el: "σημείωση υπόθεσης {}", en: "case note {}" }
    ConsentWithdrawn { el: "η συναίνεση του ατόμου {} ανακλήθηκε", en: "consent of person {} withdrawn" }
    PeopleUnit { el: "άτομα", en: "people" }
    WriteFailed { el: "δεν είναι δυνατή η εγγραφή της εξόδου: {}", en: "cannot write output: {}" }
    CannotRead { el: "δεν διαβάζεται το {}: {}", en: "cannot read {}: {}" }
    Imported { el: "Άτομα που καταχωρίστηκαν: {}", en: "imported {} people" }
    SkippedRows { el: "Γραμμές που παραλείφθηκαν: {} ({})", en: "skipped {} rows ({})" }
    ImportRefused {
        el: "kentro: {} γραμμή/-ές του {} δεν μπορούν να καταχωριστούν ({})· δεν καταχωρίστηκε τίποτα (διορθώστε τις ή δώστε --skip-invalid για να καταχωριστούν οι υπόλοιπες)",
        en: "kentro: {} row(s) of {} cannot be imported ({}); nothing was imported (fix them, or use --skip-invalid to import the others)",
    }
    NothingImported { el: "{}· δεν καταχωρίστηκε τίποτα", en: "{}; nothing was imported" }
    ImportRaced {
        el: "{}: άλλο γκισέ το καταχώρισε κατά την εισαγωγή· δεν καταχωρίστηκε τίποτα",
        en: "{}: another desk registered it during the import; nothing was imported",
    }
    ImportLeftovers {
        el: "kentro: όσοι γράφτηκαν ως τώρα δεν αφαιρέθηκαν ακόμη ({})· τους αφαιρεί η επόμενη εισαγωγή",
        en: "kentro: the people written so far could not be removed yet ({}); the next import removes them",
    }
    ImportInterrupted {
        el: "kentro: μια προηγούμενη εισαγωγή σταμάτησε στη μέση (δέσμη {})· άτομα που αφαιρέθηκαν: {}",
        en: "kentro: an earlier import stopped midway (batch {}); its {} people were removed",
    }
    LineOne { el: "γραμμή {}", en: "line {}" }
    LinesMany { el: "γραμμές {}", en: "lines {}" }
    LinesMore { el: "γραμμές {} και {} ακόμη", en: "lines {} and {} more" }
    RowProblem { el: "γραμμή {}: {}: {}", en: "line {}: {}: {}" }
    ExportedPeople { el: "Άτομα που εξήχθησαν: {} (στο {})", en: "exported {} people to {}" }
    ExportedRows { el: "Γραμμές που εξήχθησαν: {} (στο {})", en: "exported {} rows to {}" }
    ExportedServices { el: "Υπηρεσίες που εξήχθησαν: {} (στο {})", en: "exported {} services to {}" }
    CellsWithheld {
        el: "Κελιά που δεν περιλήφθηκαν: {} (στοιχεία παραπομπών άλλου φορέα χωρίς τη συναίνεση του ατόμου για κοινοποίηση, ή στοιχεία που ο ρόλος σας δεν βλέπει)",
        en: "{} cells withheld: another organisation's referral details without the person's consent to share, or data your role does not see",
    }
    Seeded {
        el: "Άτομα που προστέθηκαν: {}, με {} παλαιότερες αφίξεις, σε {} s (σπόρος {})",
        en: "added {} people and {} past arrivals in {} s (seed {})",
    }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Text;

    #[test]
    fn every_message_has_as_many_blanks_in_both_languages() {
        for msg in CliMsg::ALL {
            let count = |lang| msg.text(lang).matches("{}").count();
            assert_eq!(count(Lang::El), count(Lang::En), "{msg:?}");
        }
    }
}
