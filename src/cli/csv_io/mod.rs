//! `kentro import FILE.csv` (its export, `kentro export people`, is in `cli::tables`).
//!
//! Import checks every row before writing anything: one bad row and nothing is
//! imported (unless `--skip-invalid`), and each bad row is reported as
//! `line N: column: reason`. The rows are then written in short transactions that
//! share the lock with the desks, as one import batch removed whole if it stops.
//! `kentro export people` writes `id` and then the columns import reads, so an export
//! imports back.

mod import;
mod read;
mod row;
#[cfg(test)]
mod tests;

pub use import::{BATCH_BUDGET, ImportFigures, import, write_batches};
pub use read::{CheckedRows, read_people};
pub use row::person_from_row;

/// The columns import reads and export writes (after `id`), in export order.
pub const COLUMNS: [&str; 13] = [
    "surname",
    "given_name",
    "father_name",
    "mother_name",
    "date_of_birth",
    "gender",
    "nationality",
    "phone",
    "amka",
    "afm",
    "languages",
    "notes",
    "consent",
];

/// One problem with one cell (or the header, or the whole row).
#[derive(Debug, Clone, PartialEq)]
pub struct RowProblem {
    pub line: u64,
    pub column: String,
    pub reason: String,
}

impl std::fmt::Display for RowProblem {
    /// The column is the file's own text (a header cell): never a raw control
    /// character or escape sequence on the operator's terminal.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let column = crate::domain::text::clean_line(&self.column);
        write!(f, "line {}: {column}: {}", self.line, self.reason)
    }
}
