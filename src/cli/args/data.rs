//! Arguments of the commands that move data in and out: seeding, CSV import and
//! export, backup and restore.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct SeedArgs {
    /// How many people to add.
    #[arg(long)]
    pub count: u64,
    /// Seed for the generator: the same seed gives the same people.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Only people: no tickets, visits, referrals or appointments.
    #[arg(long)]
    pub people_only: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV file in UTF-8, with a header row.
    pub file: PathBuf,
    /// Import the good rows and report the bad ones (default: import nothing if any row is bad).
    #[arg(long)]
    pub skip_invalid: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: ExportWhat,
}

/// Where and how a table is written.
#[derive(Debug, Clone, Args)]
pub struct TableArgs {
    /// Output file (default: standard output; an xlsx workbook needs one).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;`
    /// between fields, CRLF line ends, identifiers and phones as text (="...").
    #[arg(long, conflicts_with = "format")]
    pub excel: bool,
    /// csv (default) or xlsx: a workbook, identifiers as text cells.
    #[arg(long, value_enum)]
    pub format: Option<TableFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TableFormat {
    Csv,
    Xlsx,
}

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// Every person, in the columns `kentro import` reads (plus `id` first), so the
    /// file imports back (administrators).
    #[command(visible_alias = "beneficiaries")]
    People(TableArgs),
    /// Households: label, address, members, notes (administrators).
    Households(TableArgs),
    /// Visits: person, day, service line, reason and note (administrators).
    Visits(TableArgs),
    /// Queue tickets: day, number, line, person, state, times, wait (administrators).
    Tickets(TableArgs),
    /// Referrals: person, destination, state, follow-up; another organisation's
    /// reason and notes only with the person's consent to share (administrators).
    Referrals(TableArgs),
    /// The centre's service lines (anyone: no personal data).
    Services(TableArgs),
    /// Appointments: line, person or name, time, staff, room, state (administrators).
    Appointments(TableArgs),
    /// Group activities: line, name, places, term, schedule (anyone: no personal data).
    Activities(TableArgs),
    /// Enrolment in activities and their waiting lists (administrators).
    Enrolments(TableArgs),
    /// Attendance at each session of an activity (administrators).
    Attendance(TableArgs),
    /// Goods handed out, one row per category of a hand-out (administrators).
    Handouts(TableArgs),
    /// Everything held about one person (the right of access), as JSON and as text,
    /// into DIR/person-ID.json and DIR/person-ID.txt (administrators).
    Person {
        /// The person's number (as `kentro search` prints it).
        id: i64,
        /// Directory to write into (default: the current one).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Include other organisations' case notes shared without consent, for this
        /// reason (recorded).
        #[arg(long, value_name = "REASON")]
        break_glass: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy: a new file, or a directory (the copy is then named
    /// kentro-YYYY-MM-DD-HHMMSS.db inside it).
    pub path: PathBuf,
    /// With a directory: keep the newest backup of each of the last N days that have one.
    #[arg(long, value_name = "N", requires = "keep_weekly")]
    pub keep_daily: Option<usize>,
    /// With a directory: keep the newest backup of each of the last M weeks that have one.
    #[arg(long, value_name = "M", requires = "keep_daily")]
    pub keep_weekly: Option<usize>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup to restore (checked before anything changes).
    pub path: PathBuf,
    /// Do not ask for confirmation.
    #[arg(long)]
    pub yes: bool,
}
