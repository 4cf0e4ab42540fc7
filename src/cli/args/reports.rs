//! Arguments of the reporting commands: period reports and ESF monitoring.

use std::path::PathBuf;

use clap::{Args, Subcommand};

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
    /// Output format.
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
        /// The aggregates to add (JSON files written by `kentro report --aggregate`).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "md")]
        format: crate::report::render::ReportFormat,
        /// Write to FILE (default: standard output; a workbook needs a file).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
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
        /// The person's number (as `kentro search` prints it).
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
        /// The person's number (as `kentro search` prints it).
        person: i64,
        /// The operation's code.
        #[arg(long)]
        operation: String,
        /// The day (YYYY-MM-DD; default: today).
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// A person leaves an operation (default: today).
    Exit {
        /// The person's number (as `kentro search` prints it).
        person: i64,
        /// The operation's code.
        #[arg(long)]
        operation: String,
        /// The day (YYYY-MM-DD; default: today).
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// Why the person left the operation.
        #[arg(long)]
        reason: Option<String>,
    },
    /// The indicators of participants entering in the period, by gender.
    Indicators {
        /// First day of the period (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Last day of the period, included (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// One operation (default: the whole centre, entry = first visit).
        #[arg(long)]
        operation: Option<String>,
        /// 2021 (ESF+ 2021–2027) or 2014 (ESF 2014–2020).
        #[arg(long, value_enum, default_value = "2021")]
        set: crate::domain::report::esf::IndicatorSet,
        /// Output format.
        #[arg(long, value_enum, default_value = "md")]
        format: crate::report::render::ReportFormat,
        /// Write to FILE (default: standard output; a workbook needs a file).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Exact counts, small ones included: inside the centre only.
        #[arg(long)]
        exact: bool,
    },
    /// Per-participant entry and exit records of an operation, as CSV.
    Participants {
        /// The operation's code.
        #[arg(long)]
        operation: String,
        /// First day of the period (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Last day of the period, included (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// 2021 (ESF+ 2021–2027) or 2014 (ESF 2014–2020).
        #[arg(long, value_enum, default_value = "2021")]
        set: crate::domain::report::esf::IndicatorSet,
        /// Write to FILE (default: standard output; a workbook needs a file).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}
