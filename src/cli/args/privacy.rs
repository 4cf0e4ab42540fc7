//! Arguments of the administrators' and data-protection commands: staff, the audit
//! log, erasure, case notes and consent.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct StaffArgs {
    #[command(subcommand)]
    pub what: StaffWhat,
}

#[derive(Debug, Subcommand)]
pub enum StaffWhat {
    /// Every operator: login, role, organisation, desk, active, name.
    List {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// A new operator (their system login); the global --desk N is their usual desk.
    Add {
        /// Their system login.
        login: String,
        /// receptionist, social-worker, psychologist or admin.
        #[arg(long)]
        role: String,
        /// The name shown to colleagues (default: the login).
        #[arg(long)]
        name: Option<String>,
        /// The organisation they work for, in a centre hosting several.
        #[arg(long)]
        organisation: Option<String>,
    },
    /// Changes an operator's role, name, organisation or usual desk (the global
    /// --desk N), or enables them again.
    Set {
        /// Their system login.
        login: String,
        /// receptionist, social-worker, psychologist or admin.
        #[arg(long)]
        role: Option<String>,
        /// The name shown to colleagues.
        #[arg(long)]
        name: Option<String>,
        /// The organisation they work for, in a centre hosting several.
        #[arg(long)]
        organisation: Option<String>,
        /// Lets a disabled operator in again.
        #[arg(long)]
        active: bool,
    },
    /// Stops an operator from opening kentro (their records stay).
    Disable {
        /// Their system login.
        login: String,
    },
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only entries about this person.
    #[arg(long, value_name = "ID")]
    pub person: Option<i64>,
    /// Only this operator's actions.
    #[arg(long, value_name = "LOGIN")]
    pub operator: Option<String>,
    /// Only this action (view, reveal, create, update, erase, export, search, ...).
    #[arg(long)]
    pub action: Option<String>,
    /// From this day on (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// At most this many entries, newest first.
    #[arg(long, default_value_t = 200)]
    pub limit: usize,
    /// Print a JSON array.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct EraseArgs {
    #[command(subcommand)]
    pub what: EraseWhat,
}

#[derive(Debug, Subcommand)]
pub enum EraseWhat {
    /// Removes a person's personal data for good, keeping an anonymous remainder that
    /// reports count (administrators).
    Person {
        /// The person's number (as `kentro search` prints it).
        id: i64,
        /// Confirms the erasure (it cannot be undone).
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct NotesArgs {
    #[command(subcommand)]
    pub what: NotesWhat,
}

#[derive(Debug, Subcommand)]
pub enum NotesWhat {
    /// A person's case notes that you may read, newest first.
    List {
        /// The person's number (as `kentro search` prints it).
        person: i64,
        /// Open other organisations' notes shared without consent (administrators),
        /// for this reason (recorded).
        #[arg(long, value_name = "REASON")]
        break_glass: Option<String>,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Writes a case note (social workers); it is never edited afterwards.
    Add {
        /// The person's number (as `kentro search` prints it).
        person: i64,
        /// The note's text.
        #[arg(long)]
        text: String,
        /// The visit it is about.
        #[arg(long, value_name = "ID")]
        visit: Option<i64>,
        /// The note this one corrects.
        #[arg(long, value_name = "ID")]
        corrects: Option<i64>,
        /// The day it is about (YYYY-MM-DD; default today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct ConsentArgs {
    #[command(subcommand)]
    pub what: ConsentWhat,
}

#[derive(Debug, Subcommand)]
pub enum ConsentWhat {
    /// Records that the person withdrew their consent (and every consent to share).
    Withdraw {
        /// The person's number (as `kentro search` prints it).
        person: i64,
    },
}
