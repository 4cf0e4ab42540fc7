//! The command line: flags, subcommands and the headless commands themselves.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::i18n::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "kentro",
    version,
    about = "Reception desk for community and solidarity centres"
)]
pub struct Cli {
    /// Database file (else KENTRO_DB, else the config file, else the user's data directory).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Interface language.
    #[arg(long, global = true, value_parser = parse_lang, value_name = "el|en")]
    pub lang: Option<Lang>,

    /// This desk's number (shown to people called from the queue).
    #[arg(long, value_name = "N")]
    pub desk: Option<i64>,

    /// Open the interface on a fresh database of sample data in a temporary directory.
    #[arg(long, conflicts_with = "db")]
    pub demo: bool,

    /// Key bindings: a built-in map (default, vim) or a keymap file.
    #[arg(long, global = true, value_name = "NAME|PATH")]
    pub keymap: Option<String>,

    /// Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono.
    #[arg(long, value_name = "NAME")]
    pub theme: Option<String>,

    /// Draw borders with + - | for consoles without box-drawing characters.
    #[arg(long)]
    pub ascii: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| format!("unknown language {text:?}: use el or en"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new database (the only command that does): single-user, or --shared
    /// (as root) owned by the system account `kentro` in its own 0700 directory.
    Init(init::InitArgs),
    /// Fill the database with synthetic people and two years of their visits, tickets,
    /// referrals and appointments (the same seed gives the same data).
    Seed(SeedArgs),
    /// Import beneficiaries from a CSV file (all rows or none, unless --skip-invalid).
    Import(ImportArgs),
    /// Export data as CSV.
    Export(ExportArgs),
    /// Find people, as the lookup screen does.
    Search(SearchArgs),
    /// Check the database's integrity and schema version.
    Check,
    /// Print the active key bindings (the chosen map with the user's overrides).
    Keys,
    /// The service directory as Open Referral HSDS 3.0 (CSV tables or JSON).
    Directory(DirectoryArgs),
    /// Referrals to internal services and outside bodies.
    Referrals(ReferralsArgs),
    /// Write a consistent copy of the database while others go on working.
    Backup(BackupArgs),
    /// Replace the database with a checked backup (only while no desk has it open).
    Restore(RestoreArgs),
    /// Today's queue: service lines, new tickets, calling the next one.
    Queue(QueueArgs),
    /// The waiting-room board: the last called tickets and their desks, full screen.
    Display,
    /// Appointments: book, list, cancel, check in, free slots, reminders, hours.
    Appointments(appointments::AppointmentsArgs),
    /// Goods distribution: programmes and their monthly lists.
    Distribution(distribution::DistributionArgs),
    /// Operators: who may use kentro, with which role (administrators only).
    Staff(StaffArgs),
    /// Who looked at or changed what (administrators).
    Audit(AuditArgs),
    /// Erasure of a person's data (administrators).
    Erase(EraseArgs),
    /// People with no activity for YEARS years (default: the centre's setting), for
    /// review before erasure (administrators).
    Retention {
        #[arg(long)]
        years: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Case notes (social workers and administrators).
    Notes(NotesArgs),
    /// A person's consent.
    Consent(ConsentArgs),
    /// Period reports (a month for the municipality: --month), anonymous aggregates
    /// for an observatory (--aggregate) and their merge (report merge FILE...).
    Report(ReportArgs),
    /// ESF monitoring: intake facts, entries and exits, indicators, participant records.
    Esf(EsfArgs),
}

#[derive(Debug, Args)]
pub struct EsfArgs {
    #[command(subcommand)]
    pub what: EsfWhat,
}

#[derive(Debug, Subcommand)]
pub enum EsfWhat {
    /// Records the ESF facts of a person (each optional; the person may decline).
    Facts {
        person: i64,
        /// Start of the current spell of unemployment (empty: not known).
        #[arg(long, value_name = "DATE")]
        unemployed_since: Option<String>,
        /// secure, roofless, houseless, insecure or inadequate (ETHOS).
        #[arg(long)]
        housing: Option<String>,
        /// city, town or rural (degree of urbanisation).
        #[arg(long)]
        area: Option<String>,
        /// yes, no or unknown.
        #[arg(long)]
        born_abroad: Option<String>,
        /// yes, no or unknown.
        #[arg(long)]
        parent_born_abroad: Option<String>,
        /// Belongs to a minority: yes, no or unknown (declined).
        #[arg(long)]
        minority: Option<String>,
    },
    /// A person enters an operation (default: today).
    Enter {
        person: i64,
        #[arg(long)]
        operation: String,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// A person leaves an operation (default: today).
    Exit {
        person: i64,
        #[arg(long)]
        operation: String,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        #[arg(long)]
        reason: Option<String>,
    },
    /// The indicators of participants entering in the period, by gender.
    Indicators {
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// One operation (default: the whole centre, entry = first visit).
        #[arg(long)]
        operation: Option<String>,
        /// 2021 (ESF+ 2021–2027) or 2014 (ESF 2014–2020).
        #[arg(long, value_enum, default_value = "2021")]
        set: crate::domain::report::esf::IndicatorSet,
        #[arg(long, value_enum, default_value = "md")]
        format: crate::report::render::ReportFormat,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Exact counts, small ones included: inside the centre only.
        #[arg(long)]
        exact: bool,
    },
    /// Per-participant entry and exit records of an operation, as CSV.
    Participants {
        #[arg(long)]
        operation: String,
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        #[arg(long, value_enum, default_value = "2021")]
        set: crate::domain::report::esf::IndicatorSet,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct StaffArgs {
    #[command(subcommand)]
    pub what: StaffWhat,
}

#[derive(Debug, Subcommand)]
pub enum StaffWhat {
    /// Every operator: login, role, organisation, desk, active, name.
    List {
        #[arg(long)]
        json: bool,
    },
    /// A new operator (their system login).
    Add {
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
        /// Their usual desk number.
        #[arg(long)]
        desk: Option<i64>,
    },
    /// Changes an operator's role, name, organisation or desk (or enables them again).
    Set {
        login: String,
        #[arg(long)]
        role: Option<String>,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        organisation: Option<String>,
        #[arg(long)]
        desk: Option<i64>,
        /// Lets a disabled operator in again.
        #[arg(long)]
        active: bool,
    },
    /// Stops an operator from opening kentro (their records stay).
    Disable { login: String },
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub command: Option<ReportCommand>,
    /// First day (YYYY-MM-DD or DD/MM/YYYY; default: the first of this month).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day, included (default: today).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// A calendar month instead of --from/--to.
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to"])]
    pub month: Option<String>,
    /// Only this service line (its code, see `kentro queue services`).
    #[arg(long, value_name = "CODE")]
    pub service: Option<String>,
    #[arg(long, value_enum, default_value = "md")]
    pub format: crate::report::render::ReportFormat,
    /// Write to FILE (default: standard output; a workbook needs a file).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Exact counts, small ones included: for use inside the centre only.
    #[arg(long)]
    pub exact: bool,
    /// An anonymous aggregate (exact, additive counts, no row about a person) for an
    /// observatory to merge; needs --format json.
    #[arg(long)]
    pub aggregate: bool,
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Add several centres' aggregates of the same period into one report, with small
    /// counts suppressed after adding.
    Merge {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "md")]
        format: crate::report::render::ReportFormat,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct QueueArgs {
    #[command(subcommand)]
    pub command: QueueCommand,
}

#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// The service lines: code, ticket prefix, name.
    Services {
        #[arg(long)]
        json: bool,
    },
    /// A new ticket; prints its number.
    Add {
        /// The service line's code (see `kentro queue services`).
        #[arg(long)]
        service: String,
        /// A priority flag (unaccompanied-minor, disability, pregnancy, elderly,
        /// violence-victim, single-parent, ...); repeat for several.
        #[arg(long)]
        priority: Vec<String>,
        /// Urgent need: called before everyone else.
        #[arg(long)]
        urgent: bool,
        /// A short triage note.
        #[arg(long)]
        note: Option<String>,
        /// A first name or short description of the person.
        #[arg(long)]
        label: Option<String>,
    },
    /// Claims the next waiting ticket for a desk; prints its number (exit status 3
    /// when nobody is waiting).
    Call {
        #[arg(long)]
        desk: i64,
        /// Only this service line.
        #[arg(long)]
        service: Option<String>,
    },
    /// Claims up to COUNT tickets in a loop, printing number and µs (benchmarks).
    #[command(hide = true)]
    CallLoop {
        #[arg(long)]
        desk: i64,
        #[arg(long)]
        count: u32,
    },
    /// Today's tickets: number, state, service, minutes waited, desk, priority flags.
    List {
        #[arg(long)]
        json: bool,
    },
    /// End of day: every ticket still waiting is closed as not seen.
    CloseDay,
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

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// Every person, in the columns `kentro import` reads (plus `id` first).
    Beneficiaries {
        /// Output file (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Everything held about one person (the right of access), as JSON and as text,
    /// into DIR/person-ID.json and DIR/person-ID.txt (administrators).
    Person {
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
pub struct EraseArgs {
    #[command(subcommand)]
    pub what: EraseWhat,
}

#[derive(Debug, Subcommand)]
pub enum EraseWhat {
    /// Removes a person's personal data for good, keeping an anonymous remainder that
    /// reports count (administrators).
    Person {
        id: i64,
        /// Confirms the erasure (it cannot be undone).
        #[arg(long)]
        yes: bool,
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
    #[arg(long)]
    pub json: bool,
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
        person: i64,
        /// Open other organisations' notes shared without consent (administrators),
        /// for this reason (recorded).
        #[arg(long, value_name = "REASON")]
        break_glass: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Writes a case note (social workers); it is never edited afterwards.
    Add {
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
    Withdraw { person: i64 },
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Name, identifier or phone, in any script.
    pub query: String,
    /// At most this many results.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Print a JSON array, best match first.
    #[arg(long)]
    pub json: bool,
    /// Print whole identifiers in the JSON (roles that may; recorded in the audit log).
    #[arg(long)]
    pub reveal: bool,
}

#[derive(Debug, Args)]
pub struct DirectoryArgs {
    #[command(subcommand)]
    pub what: DirectoryWhat,
}

#[derive(Debug, Subcommand)]
pub enum DirectoryWhat {
    /// Read an Open Referral HSDS 3.0 directory: a folder of CSV tables (services.csv,
    /// organizations.csv, ...), a folder with services.json / organizations.json, or
    /// one JSON file. Every row is checked first; nothing is imported if one is bad.
    Import { path: PathBuf },
    /// Write the directory into DIR as HSDS 3.0: CSV tables and datapackage.json, or
    /// with --format json the service and organisation packages.
    Export {
        dir: PathBuf,
        #[arg(long, value_enum, default_value = "csv")]
        format: DirectoryFormat,
    },
}

/// The two forms of HSDS 3.0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DirectoryFormat {
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct ReferralsArgs {
    #[command(subcommand)]
    pub what: ReferralsWhat,
}

#[derive(Debug, Subcommand)]
pub enum ReferralsWhat {
    /// List referrals: open ones first, overdue follow-ups first among them.
    List {
        /// Only referrals still waiting for an answer (sent or accepted).
        #[arg(long)]
        open: bool,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Refer a person to a service (its code or HSDS id); prints the referral's id.
    Add {
        #[arg(long)]
        person: i64,
        #[arg(long)]
        service: String,
        #[arg(long)]
        reason: String,
        /// routine, soon or urgent.
        #[arg(long, default_value = "routine")]
        urgency: String,
        /// Record the person's consent to share with that service now.
        #[arg(long)]
        consent: bool,
    },
    /// Record the answer to a referral: accepted, completed or declined.
    Set {
        id: i64,
        state: String,
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Write a signed packet: for a referral to another centre, the referral (only what
    /// the person consented to share); for one received, its answer.
    Export {
        id: i64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Read a packet from another centre: a referral (the person is matched against
    /// this centre's people first) or the answer to one of ours.
    Import { file: PathBuf },
}

pub mod appointments;
pub mod csv_io;
pub mod database;
pub mod decoding;
pub mod demo;
pub mod directory;
pub mod display;
pub mod distribution;
pub mod esf;
pub mod exit;
pub mod gdpr;
pub mod init;
pub mod keys;
pub mod maintenance;
pub mod output;
pub mod packets;
pub mod progress;
pub mod queue;
pub mod referrals;
pub mod report;
pub mod search;
pub mod seed;
mod seed_amka;
pub mod staff;

use std::process::ExitCode;

use crate::app::{self, AppContext};
use crate::config::{self, FileConfig};
use crate::store::Store;

/// Writes command output to stdout. A reader that went away (`kentro keys | head`)
/// is not an error: there is nobody left to tell.
pub fn print(text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write output: {e}"))
        }
        _ => Ok(()),
    }
}

/// Opens the terminal interface on `store`.
pub fn interactive(
    store: Store,
    cli: &Cli,
    file_config: &FileConfig,
    demo: bool,
) -> Result<ExitCode, String> {
    let ctx = AppContext {
        operator: crate::identity::operator_login()?,
        desk: cli.desk.or(file_config.desk),
        lang: config::resolve_lang(cli.lang, file_config),
        db_label: if demo {
            "demo".to_string()
        } else {
            store.path().display().to_string()
        },
        keymap: cli.keymap.clone().or_else(|| file_config.keymap.clone()),
        theme: cli.theme.clone().or_else(|| file_config.theme.clone()),
        ascii_borders: cli.ascii || file_config.ascii_borders.unwrap_or(false),
    };
    match app::run(store, ctx)? {
        app::Exit::Quit => Ok(ExitCode::SUCCESS),
        app::Exit::HungUp => Ok(ExitCode::from(app::HANGUP_STATUS)),
    }
}
