//! The three-way merge used when two desks edited the same person.

use super::{Entry, Field};

/// The outcome of merging two edits of one person.
#[derive(Debug, Clone, PartialEq)]
pub struct Merge {
    /// Every field changed on one side only, taken from that side; for conflicts,
    /// ours (until the operator chooses).
    pub merged: Entry,
    /// Fields both sides changed to different values.
    pub conflicts: Vec<Field>,
}

/// Three-way merge of the form (`ours`) and the record as another desk saved it
/// (`theirs`), both edited from `base`.
pub fn merge(base: &Entry, ours: &Entry, theirs: &Entry) -> Merge {
    let mut merged = Entry::default();
    let mut conflicts = Vec::new();
    for field in Field::ALL {
        let (b, o, t) = (base.get(*field), ours.get(*field), theirs.get(*field));
        let value = if o == b || o == t {
            t
        } else if t == b {
            o
        } else {
            conflicts.push(*field);
            o
        };
        merged.set(*field, value);
    }
    Merge { merged, conflicts }
}
