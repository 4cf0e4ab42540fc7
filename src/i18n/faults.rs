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
