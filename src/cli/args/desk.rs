//! Arguments of the desk's commands: the queue, search, referrals and the service
//! directory.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct QueueArgs {
    #[command(subcommand)]
    pub command: QueueCommand,
}

#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// The service lines: code, ticket prefix, name.
    Services {
        /// Print a JSON array.
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
        /// Also print the ticket on the desk's printer (`print_command`).
        #[arg(long)]
        print: bool,
    },
    /// Claims the next waiting ticket for a desk; prints its number (exit status 3
    /// when nobody is waiting).
    ///
    /// The desk is the global --desk (before or after `call`), else the config's.
    Call {
        /// Only this service line.
        #[arg(long)]
        service: Option<String>,
    },
    /// Claims up to COUNT tickets in a loop, printing number and µs (benchmarks).
    #[command(hide = true)]
    CallLoop {
        /// How many tickets to claim.
        #[arg(long)]
        count: u32,
    },
    /// Today's tickets: number, state, service, minutes waited, desk, priority flags.
    List {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// End of day: every ticket still waiting is closed as not seen.
    CloseDay,
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
        /// The person's number (as `kentro search` prints it).
        #[arg(long)]
        person: i64,
        /// The service: its code, or its Open Referral (HSDS) id.
        #[arg(long)]
        service: String,
        /// Why the person is referred.
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
        /// The referral's number.
        id: i64,
        /// accepted, completed or declined.
        state: String,
        /// The reason given with the answer (why it was declined, say).
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Write a signed packet: for a referral to another centre, the referral (only what
    /// the person consented to share); for one received, its answer.
    Export {
        /// The referral's number.
        id: i64,
        /// The packet file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// A referral's slip: to the desk's printer when `print_command` is set, else (or
    /// with --screen) on standard output. Anyone who may see the referral may print it.
    Slip {
        /// The referral's number.
        id: i64,
        /// Show it here even when a printer is configured.
        #[arg(long)]
        screen: bool,
    },
    /// Read a packet from another centre: a referral (the person is matched against
    /// this centre's people first) or the answer to one of ours.
    Import {
        /// The packet file received.
        file: PathBuf,
    },
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
    Import {
        /// A folder of CSV tables, a folder of JSON files, or one JSON file.
        path: PathBuf,
    },
    /// Write the directory into DIR as HSDS 3.0: CSV tables and datapackage.json, or
    /// with --format json the service and organisation packages.
    Export {
        /// The folder to write into.
        dir: PathBuf,
        /// csv: CSV tables and datapackage.json; json: the service and organisation
        /// packages.
        #[arg(long, value_enum, default_value = "csv")]
        format: DirectoryFormat,
    },
    /// Show this centre's own details (what its referral slips and packets say it is),
    /// or set those given: name, address, phone, e-mail, opening hours, website.
    Centre(CentreArgs),
}

/// `kentro directory centre`: the options given are set, the others kept.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct CentreArgs {
    /// The centre's name, as its slips and packets give it.
    #[arg(long)]
    pub name: Option<String>,
    /// Street and number ("Αχαρνών 100").
    #[arg(long)]
    pub address: Option<String>,
    /// Postal code.
    #[arg(long)]
    pub postal_code: Option<String>,
    /// Town or city.
    #[arg(long)]
    pub city: Option<String>,
    /// Phone number.
    #[arg(long)]
    pub phone: Option<String>,
    /// E-mail address.
    #[arg(long)]
    pub email: Option<String>,
    /// Opening hours as written ("Δευ–Παρ 09:00–17:00").
    #[arg(long)]
    pub hours: Option<String>,
    /// Website address.
    #[arg(long)]
    pub website: Option<String>,
}

/// The two forms of HSDS 3.0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DirectoryFormat {
    Csv,
    Json,
}
