//! The retention review's decisions to keep someone: dated, by whom, and why.

/// An administrator reviewing people with no activity for the retention period may
/// keep one with a reason (free text, so in its own table: the audit row points
/// here, and erasure blanks it). A decision counts as activity: the person comes back
/// to the review only after another full period.
pub(super) const V18_RETENTION: &str = r#"
CREATE TABLE retention_keep (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    operator   TEXT NOT NULL,
    at         TEXT NOT NULL
);
CREATE INDEX retention_keep_person ON retention_keep(person_id, at);
"#;
