//! The command line: the top-level flags and subcommands (`Cli`, `Command`), the
//! subcommands' arguments (`args`), the commands themselves (one module each) and
//! the helpers they share (`print`, `output`, `progress`, `exit`).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::i18n::Lang;

/// The heading of the options every command takes (its Greek is in `i18n::help`).
pub const GLOBAL_OPTIONS: &str = "Global options";

#[derive(Debug, Parser)]
#[command(
    name = "kentro",
    version,
    about = "Reception desk for community and solidarity centres"
)]
pub struct Cli {
    /// Database file (else KENTRO_DB, else the config file, else the user's data directory).
    #[arg(long, global = true, help_heading = GLOBAL_OPTIONS, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Interface language.
    #[arg(long, global = true, help_heading = GLOBAL_OPTIONS, value_parser = lang_values(), value_name = "el|en")]
    pub lang: Option<Lang>,

    /// This desk's number (shown to people called from the queue; the desk that
    /// `queue call` calls to, the usual desk of `staff add`/`staff set`).
    #[arg(long, global = true, help_heading = GLOBAL_OPTIONS, value_name = "N")]
    pub desk: Option<i64>,

    /// Open the interface on a fresh database of sample data in a temporary directory.
    #[arg(long, conflicts_with = "db")]
    pub demo: bool,

    /// Key bindings: a built-in map (default, vim) or a keymap file.
    #[arg(long, global = true, help_heading = GLOBAL_OPTIONS, value_name = "NAME|PATH")]
    pub keymap: Option<String>,

    /// Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono.
    #[arg(long, global = true, help_heading = GLOBAL_OPTIONS, value_name = "NAME", value_parser = theme_values())]
    pub theme: Option<String>,

    /// Draw borders with + - | for consoles without box-drawing characters.
    #[arg(long, global = true, help_heading = GLOBAL_OPTIONS)]
    pub ascii: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The command line as clap sees it, with the version line naming the database
/// schema this kentro writes (`kentro --version`). The man page and the shell
/// completions are made from it too.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    Cli::command().version(version_in(Lang::En))
}

/// `0.1.0 (database schema 18)`, in `lang`.
fn version_in(lang: Lang) -> String {
    crate::i18n::tf(
        lang,
        crate::i18n::cli_clap::ClapMsg::Version,
        &[
            env!("CARGO_PKG_VERSION"),
            &crate::store::migrations::latest_version().to_string(),
        ],
    )
}

/// The command line with its help in `lang`: in Greek, every text `i18n::help` has is
/// replaced by its Greek (what kentro is, each command's summary, the global options,
/// clap's own flags) and so are the headings; anything else stays English.
pub fn command_in(lang: Lang) -> clap::Command {
    match lang {
        Lang::En => command(),
        Lang::El => {
            let mut cmd = command();
            // The help flag, the version flag and the help command exist once built.
            cmd.build();
            in_greek(cmd).version(version_in(Lang::El))
        }
    }
}

fn in_greek(mut cmd: clap::Command) -> clap::Command {
    use crate::i18n::help::{HEADINGS, greek};
    let (usage, commands, options, arguments) = HEADINGS;
    if let Some(el) = cmd.get_about().and_then(|about| greek(&about.to_string())) {
        cmd = cmd.about(el).long_about(None);
    }
    cmd = cmd
        .help_template(format!(
            "{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(commands)
        .subcommand_value_name(crate::i18n::t(
            Lang::El,
            crate::i18n::cli_clap::ClapMsg::Command,
        ));
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |mut arg| {
            if let Some(el) = arg.get_help().and_then(|help| greek(&help.to_string())) {
                // clap gives the help flag its own long help when a subcommand is built
                // where another option has one: said in Greek here so it stays so.
                let long = (arg.get_id() == "help")
                    .then(|| greek("Print help (see a summary with '-h')"))
                    .flatten();
                arg = arg.help(el).long_help(long);
            }
            arg = args::usage::with_values(arg, Lang::El);
            if let Some(el) = arg.get_help_heading().and_then(greek) {
                arg = arg.help_heading(el);
            } else if arg.get_help_heading().is_none() {
                let heading = if arg.is_positional() {
                    arguments
                } else {
                    options
                };
                arg = arg.help_heading(heading);
            }
            arg
        });
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, in_greek);
    }
    let usage = args::usage::usage_in(&mut cmd, Lang::El);
    cmd.override_usage(usage)
}

/// The language of `--help` and usage errors, before anything else is read: `--lang`
/// among the arguments, else the locale, else English (as for every command).
fn help_lang() -> Lang {
    let args: Vec<String> = std::env::args().collect();
    let flag = args
        .iter()
        .enumerate()
        .find_map(|(i, arg)| match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1).and_then(|v| Lang::parse(v)),
            Some(rest) => rest.strip_prefix('=').and_then(Lang::parse),
            None => None,
        });
    crate::config::resolve_cli_lang(flag, &crate::config::FileConfig::default())
}

/// Parses the process's arguments; on a usage error or --help/--version, prints and
/// exits as clap does (status 2 for a usage error). The help is in the operator's
/// language (`--lang`, else the locale).
pub fn parse() -> Cli {
    use clap::FromArgMatches;
    let lang = help_lang();
    let matches = command_in(lang)
        .try_get_matches()
        .unwrap_or_else(|e| args::usage::exit(e, lang));
    let mut path = Vec::new();
    let mut level = &matches;
    while let Some((name, sub)) = level.subcommand() {
        path.push(name.to_string());
        level = sub;
    }
    let _ = COMMAND_PATH.set(path.join(" "));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| args::usage::exit(e, lang))
}

static COMMAND_PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// The subcommand's names as typed ("queue call"; empty for the interface), for the
/// log: never its arguments, which may be a name or an identifier.
pub fn command_path() -> &'static str {
    COMMAND_PATH.get().map(String::as_str).unwrap_or("")
}

/// `el` or `en` (and the other names `Lang::parse` knows, not listed in the help).
fn lang_values() -> impl clap::builder::TypedValueParser<Value = Lang> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new([
        PossibleValue::new("el").aliases(["gr", "greek", "ελληνικά"]),
        PossibleValue::new("en").alias("english"),
    ])
    .map(|name| Lang::parse(&name).unwrap_or_default())
}

/// The themes `ui::theme::Theme::resolve` knows (its other names not listed).
fn theme_values() -> clap::builder::PossibleValuesParser {
    use clap::builder::PossibleValue;
    clap::builder::PossibleValuesParser::new([
        PossibleValue::new("default"),
        PossibleValue::new("high-contrast").alias("contrast"),
        PossibleValue::new("mono").aliases(["no-color", "none"]),
    ])
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
    /// Check the installation: the database's files, owners and modes, the set-user-id
    /// install, this session's umask, locale and terminal, the file system, free space,
    /// schema, search keys, encryption; each problem with the command that fixes it.
    Doctor(doctor::DoctorArgs),
    /// Print the active key bindings (the chosen map with the user's overrides).
    Keys {
        /// One JSON array: context, key, action, hint, help_el, help_en per binding.
        #[arg(long)]
        json: bool,
    },
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
        /// Years without activity (default: the centre's setting).
        #[arg(long)]
        years: Option<u32>,
        /// Print a JSON array.
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
    /// Rebuilds the search keys after the name-key rules changed (the package's
    /// upgrade step), in short transactions while desks keep working.
    Reindex {
        /// Rebuild even if the keys are current.
        #[arg(long)]
        force: bool,
    },
    /// Shell completions (bash, zsh or fish) on standard output, e.g.
    /// `kentro completions bash > /etc/bash_completion.d/kentro`.
    Completions {
        /// bash, zsh or fish.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// The manual page (roff) on standard output, for packaging.
    #[command(hide = true)]
    Man,
    /// Encrypts a plain database in place with the configured key (builds with the
    /// `encryption` feature; administrators; stop the desks first).
    Encrypt,
}

/// `println!` for commands: a line to standard output through [`print`], so a reader
/// that went away (`| head`) ends the output quietly instead of panicking. Returns
/// from the enclosing function on any other write error.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::cli::print(&format!("{}\n", format_args!($($arg)*)))?
    };
}

/// `eprintln!` for commands: a remark on standard error through [`warn`], which never
/// panics.
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::cli::warn(&format!($($arg)*))
    };
}

pub mod appointments;
mod args;
pub mod csv_io;
pub mod database;
pub mod decoding;
pub mod demo;
mod demo_appointments;
mod demo_groups;
pub mod directory;
pub mod display;
pub mod distribution;
pub mod docs;
pub mod doctor;
pub mod encryption;
pub mod esf;
pub mod exit;
pub mod failure;
pub mod gdpr;
pub mod init;
pub mod json;
pub mod keys;
pub mod maintenance;
pub mod output;
pub mod packets;
pub mod progress;
pub mod queue;
pub mod referrals;
pub mod reindex;
pub mod report;
pub mod rights;
pub mod search;
pub mod seed;
mod seed_amka;
pub mod staff;
pub mod tables;

#[cfg(test)]
mod help_tests;

pub use args::*;

use std::process::ExitCode;

use crate::app::{self, AppContext};
use crate::config::{self, FileConfig};
use crate::store::Store;

/// Writes command output to stdout. A reader that went away (`kentro keys | head`)
/// is not an error: there is nobody left to tell.
pub fn print(text: &str) -> Result<(), crate::Error> {
    use std::io::Write;
    // Never a raw control character from the database on someone's terminal.
    let text = crate::domain::text::printable(text);
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(crate::Error::failure(
            crate::i18n::cli::CliMsg::WriteFailed,
            &[&e.to_string()],
        )),
        _ => Ok(()),
    }
}

/// A store error as the command line says it: in the operator's language, in the
/// interface's own words (`ui::kit::fail::store_error_text`). The log has the
/// command's final message too.
pub fn store_error(e: crate::store::StoreError) -> String {
    crate::ui::kit::fail::store_error_text(crate::i18n::cli::lang(), &e)
}

/// A remark on standard error (how many were left out, nobody waiting). A closed
/// standard error is no reason to fail or panic: the command's work is done.
pub fn warn(text: &str) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}");
}

/// Opens the terminal interface on `store`.
pub fn interactive(
    store: Store,
    cli: &Cli,
    file_config: &FileConfig,
    demo: bool,
) -> Result<ExitCode, crate::Error> {
    let operator = crate::identity::operator_login()?;
    let staff_desk = store.staff(&operator)?.and_then(|staff| staff.default_desk);
    let ctx = AppContext {
        desk: crate::identity::desk_number(staff_desk, cli.desk.or(file_config.desk))?,
        operator,
        lang: config::resolve_lang(cli.lang, file_config),
        db_label: if demo {
            "demo".to_string()
        } else {
            store.path().display().to_string()
        },
        keymap: cli.keymap.clone().or_else(|| file_config.keymap.clone()),
        theme: cli.theme.clone().or_else(|| file_config.theme.clone()),
        ascii_borders: cli.ascii || file_config.ascii_borders.unwrap_or(false),
        print_command: file_config.print_command.clone(),
        clock: crate::clock::Clock::from_env(demo)?,
    };
    reindex::in_background(&store);
    failure::operator_engaged();
    match app::run(store, ctx)? {
        app::Exit::Quit => Ok(ExitCode::SUCCESS),
        app::Exit::HungUp => Ok(ExitCode::from(app::HANGUP_STATUS)),
    }
}
