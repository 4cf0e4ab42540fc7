//! What the program says about the database's key and encryption at rest: a key
//! file's problems, a wrong key, `kentro encrypt`, and the key typed at start.

catalogue! {
    /// Words about the database key and `kentro encrypt`.
    EncMsg {
    KeyTooShort { el: "το κλειδί της βάσης έχει λιγότερους από 8 χαρακτήρες", en: "the database key is shorter than 8 characters" }
    KeyFileUnreadable { el: "δεν διαβάζεται το αρχείο κλειδιού {}: {}", en: "cannot read key file {}: {}" }
    KeyFileOpen {
        el: "το αρχείο κλειδιού {} διαβάζεται και από άλλους· κάντε το ιδιωτικό: chmod 600 {}",
        en: "key file {} is readable by others; make it private: chmod 600 {}",
    }
    KeyFileBad { el: "{}: {}", en: "{}: {}" }
    WrongKey {
        el: "δεν ανοίγει η {}: λάθος κλειδί ή δεν είναι βάση του kentro (δεν γράφτηκε τίποτα)",
        en: "cannot open {}: wrong key, or not a kentro database (nothing was written)",
    }
    NoEncryption {
        el: "δόθηκε κλειδί βάσης, αλλά αυτό το kentro χτίστηκε χωρίς κρυπτογράφηση (χτίστε το με --features encryption)",
        en: "a database key was given, but this kentro was built without encryption (build with --features encryption)",
    }
    EncryptedNoKey {
        el: "η {} είναι κρυπτογραφημένη (ή δεν είναι βάση δεδομένων): δηλώστε το αρχείο κλειδιού της με key_file στις ρυθμίσεις ή με KENTRO_KEY_FILE",
        en: "{} is encrypted (or not a database): name its key file with key_file in the config or KENTRO_KEY_FILE",
    }
    KeyPrompt { el: "Κλειδί για τη {}: ", en: "Key for {}: " }
    NoKeyGiven { el: "δεν δόθηκε κλειδί", en: "no key given" }
    CannotReadKey { el: "δεν διαβάστηκε το κλειδί: {}", en: "cannot read the key: {}" }
    NeedsKeyFile {
        el: "δηλώστε πρώτα το αρχείο κλειδιού (key_file στις ρυθμίσεις ή KENTRO_KEY_FILE): με αυτό θα ανοίγει η βάση σε κάθε επόμενη έναρξη",
        en: "name the key file first (key_file in the config, or KENTRO_KEY_FILE): every later start opens the database with it",
    }
    AlreadyEncrypted { el: "η {} είναι ήδη κρυπτογραφημένη (ή δεν είναι βάση δεδομένων)", en: "{} is already encrypted (or not a database)" }
    FailsCheck {
        el: "η {} δεν περνά τον έλεγχο ακεραιότητας· επισκευάστε την πριν την κρυπτογραφήσετε",
        en: "{} fails its integrity check; repair it before encrypting",
    }
    InUse {
        el: "η {} χρησιμοποιείται από κάποιο γκισέ: κλείστε κάθε kentro που την έχει ανοιχτή και κρυπτογραφήστε μετά",
        en: "{} is in use by a desk: stop every kentro using it, then encrypt",
    }
    CopyFailed {
        el: "δεν γράφτηκε το κρυπτογραφημένο αντίγραφο (η απλή βάση έμεινε όπως ήταν): {}",
        en: "cannot write the encrypted copy (the plain database was left as it was): {}",
    }
    LeftAsItWas { el: "η απλή βάση έμεινε όπως ήταν: {}", en: "the plain database was left as it was: {}" }
    Encrypted { el: "η {} είναι πλέον κρυπτογραφημένη", en: "{} is now encrypted" }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, t};

    #[test]
    fn every_message_has_text_in_both_languages() {
        for &msg in EncMsg::ALL {
            assert!(!t(Lang::El, msg).is_empty(), "{msg:?}");
            assert!(!t(Lang::En, msg).is_empty(), "{msg:?}");
            assert_ne!(
                t(Lang::El, msg),
                t(Lang::En, msg).replace("{}: {}", "x"),
                "{msg:?}"
            );
        }
    }
}
