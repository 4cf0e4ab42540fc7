//! Imports in short transactions: each import is a batch whose people are recorded with
//! it, so an import that stops midway can be removed whole.

/// An import batch (running, done or abandoned, with a heartbeat so a batch whose
/// process died can be told from one still writing) and the people it registered,
/// with the line of the file each came from.
pub(super) const V16_IMPORT_BATCH: &str = r#"
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    operator    TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'done', 'abandoned')),
    heartbeat   INTEGER NOT NULL,
    rows        INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE import_batch_person (
    batch_id   INTEGER NOT NULL REFERENCES import_batch(id),
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    line       INTEGER NOT NULL,
    PRIMARY KEY (batch_id, person_id)
) WITHOUT ROWID;
CREATE INDEX import_batch_person_person ON import_batch_person(person_id);
"#;
