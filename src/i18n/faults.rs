//! What the program says when the database or a file fails it: waits for another
//! desk, and errors named for what happened.

catalogue! {
    /// Words for faults: locks, full disks, read-only and damaged files.
    Fault {
    WaitingForLock {
        el: "Άλλο γκισέ αποθηκεύει· αναμονή {} δευτ. (Esc: διακοπή αναμονής)",
        en: "Another desk is saving; waiting {} s (Esc: stop waiting)",
    }
    LockedFor {
        el: "Άλλο γκισέ κρατά τη βάση κλειδωμένη εδώ και {} δευτ.· δεν αποθηκεύτηκε τίποτα, δοκιμάστε ξανά.",
        en: "Another desk has held the database locked for {} s; nothing was saved, try again.",
    }
    KeptAside {
        el: "Το πρόχειρο φυλάχτηκε σε ιδιωτικό αρχείο και θα προταθεί ξανά στην επόμενη έναρξη· η βάση δεν το δέχεται: {}",
        en: "Draft kept in a private file, offered again at the next start; the database cannot take it: {}",
    }
    ReadOnlyFile {
        el: "Το αρχείο της βάσης {} είναι μόνο για ανάγνωση για αυτόν τον χρήστη· δεν άλλαξε τίποτα. Ζητήστε από τον διαχειριστή δικαίωμα εγγραφής.",
        en: "The database file {} is read-only for this user; nothing was changed. Ask the administrator for write permission.",
    }
    ReadOnlyDirectory {
        el: "Ο φάκελος {} της βάσης είναι μόνο για ανάγνωση· εκεί δημιουργούνται τα αρχεία -wal και -shm της βάσης, οπότε δεν άλλαξε τίποτα. Ζητήστε από τον διαχειριστή δικαίωμα εγγραφής στον φάκελο.",
        en: "The database's folder {} is read-only; the database's -wal and -shm files are made there, so nothing was changed. Ask the administrator for write permission on the folder.",
    }
    ReadOnlyFileSystem {
        el: "Ο δίσκος της βάσης {} είναι προσαρτημένος μόνο για ανάγνωση· δεν άλλαξε τίποτα.",
        en: "The disk holding the database {} is mounted read-only; nothing was changed.",
    }
    ReadOnlySideFile {
        el: "Το αρχείο {} δίπλα στη βάση δεν μπορεί να γραφτεί από αυτόν τον χρήστη (το άφησε άλλος χρήστης ή πρόγραμμα)· δεν άλλαξε τίποτα. Όταν δεν είναι ανοιχτό κανένα γκισέ, ο διαχειριστής μπορεί να το διαγράψει.",
        en: "The file {} beside the database cannot be written by this user (another user or program left it); nothing was changed. With no desk open, the administrator can remove it.",
    }
    DiskFull {
        el: "Ο δίσκος της βάσης είναι γεμάτος· δεν αποθηκεύτηκε τίποτα. Ελευθερώστε χώρο και δοκιμάστε ξανά.",
        en: "The disk holding the database is full; nothing was saved. Free some space and try again.",
    }
    DamagedHeader {
        el: "Η κεφαλίδα του αρχείου της βάσης {} έχει αλλοιωθεί· δεν γράφτηκε τίποτα σε αυτό. Επαναφέρετε το πιο πρόσφατο αντίγραφο ασφαλείας (kentro restore).",
        en: "The header of the database file {} is damaged; nothing was written to it. Restore the latest backup (kentro restore).",
    }
    DamagedContents {
        el: "Το αρχείο της βάσης {} έχει αλλοιωθεί· δεν γράφτηκε τίποτα σε αυτό. Το kentro check δείχνει τι έχει χαλάσει· επαναφέρετε το πιο πρόσφατο αντίγραφο ασφαλείας (kentro restore).",
        en: "The database file {} is damaged; nothing was written to it. kentro check shows what is damaged; restore the latest backup (kentro restore).",
    }
    NotKentro {
        el: "Το αρχείο {} δεν είναι βάση δεδομένων του kentro· δεν άλλαξε τίποτα. Ελέγξτε τη διαδρομή.",
        en: "The file {} is not a kentro database; nothing was changed. Check the path.",
    }
    Newer {
        el: "Η βάση {} γράφτηκε από νεότερη έκδοση του kentro (σχήμα {}· αυτή η έκδοση διαβάζει έως το {})· δεν άλλαξε τίποτα. Αναβαθμίστε το kentro.",
        en: "The database {} was written by a newer kentro (schema {}; this one reads up to {}); nothing was changed. Upgrade kentro.",
    }
    WaitCancelled {
        el: "Η αναμονή διακόπηκε· δεν αποθηκεύτηκε τίποτα.",
        en: "Stopped waiting for another desk; nothing was saved.",
    }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Text};

    #[test]
    fn every_fault_has_both_languages() {
        for &m in Fault::ALL {
            assert!(!m.text(Lang::El).is_empty() && !m.text(Lang::En).is_empty());
            assert_ne!(m.text(Lang::El), m.text(Lang::En));
        }
    }

    #[test]
    fn a_lock_held_too_long_is_told_in_full_with_its_seconds() {
        let locked = crate::store::StoreError::Locked {
            waited: std::time::Duration::from_millis(5_200),
        };
        let el = crate::ui::kit::fail::store_error_text(Lang::El, &locked);
        assert!(
            el.contains("εδώ και 5 δευτ.") && el.ends_with("δοκιμάστε ξανά."),
            "{el}"
        );
    }
}
