//! What the program says when the database or a file fails it: waits for another
//! desk, and errors named for what happened.

catalogue! {
    /// Words for faults: locks, full disks, read-only and damaged files.
    Fault {
    WaitingForLock {
        el: "Άλλο γκισέ αποθηκεύει· αναμονή {} δευτ. (Esc: διακοπή αναμονής)",
        en: "Another desk is saving; waiting {} s (Esc: stop waiting)",
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
}
