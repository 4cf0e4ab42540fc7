//! kentro's entry point: lock down a set-user-id start, parse the command line, open
//! the database, dispatch. Exit codes: see `kentro::cli::exit`.

use std::process::ExitCode;

use kentro::Error;
use kentro::cli::{Cli, Command, ExportWhat};
use kentro::config::{self, FileConfig};
use kentro::i18n::Lang;
use kentro::logging;
use kentro::privilege::{self, Mode};

fn main() -> ExitCode {
    // First, before anything reads the environment or starts a thread.
    let mode = privilege::enter();
    let cli = kentro::cli::parse();
    // The interface speaks Greek unless told otherwise; headless commands, often run
    // by scripts, fall back to English (config::resolve_cli_lang).
    let resolve = if cli.command.is_some() {
        config::resolve_cli_lang
    } else {
        config::resolve_lang
    };
    let interactive = cli.command.is_none() && !cli.demo;
    let file_config = match config::load_config(mode) {
        Ok(config) => config,
        Err(error) => {
            let log = logging::init(logging::choose(mode, None));
            let lang = resolve(cli.lang, &FileConfig::default());
            return fail(lang, &error, interactive, &log);
        }
    };
    let log = logging::init(logging::choose(mode, file_config.db.as_deref()));
    tracing::info!(command = kentro::cli::command_path(), "kentro started");
    let lang = resolve(cli.lang, &file_config);
    kentro::i18n::cli::set_lang(lang);
    match run(&cli, &file_config, mode, lang) {
        Ok(code) => code,
        Err(error) => fail(lang, &error, interactive, &log),
    }
}

/// The one place an error ends the run: its words in the operator's language, and
/// the exit status its kind gives (`Error::exit_code`).
fn fail(lang: Lang, error: &Error, interactive: bool, log: &logging::LogTarget) -> ExitCode {
    kentro::cli::failure::report(lang, error, interactive, log);
    ExitCode::from(error.exit_code())
}

fn run(cli: &Cli, file_config: &FileConfig, mode: Mode, lang: Lang) -> Result<ExitCode, Error> {
    match &cli.command {
        Some(Command::Keys { json }) => return kentro::cli::keys::run(cli, file_config, *json),
        Some(Command::Completions { shell }) => return kentro::cli::docs::completions(*shell),
        Some(Command::Man) => return kentro::cli::docs::man(),
        _ => {}
    }
    if cli.demo {
        // The demo's database is the user's own, in a temporary directory: under a
        // set-user-id install it is made and used with the user's rights.
        return privilege::with_user_rights(mode, || {
            kentro::cli::demo::run_demo(cli, file_config)
        })?;
    }
    let choice = kentro::cli::database::choose(cli, file_config, mode, lang)?;
    if let Some(Command::Init(args)) = &cli.command {
        let key = kentro::cli::encryption::configured_key(file_config)?;
        return kentro::cli::init::run(&choice.path, key.as_ref(), args, lang);
    }
    if let Some(Command::Doctor(args)) = &cli.command {
        return kentro::cli::doctor::run(&choice.path, mode, args, lang);
    }
    // Root on a shared install's database works with its owner's rights, as the
    // installed kentro would (no root-owned WAL or SHM to lock the desks out).
    let mode = privilege::act_as_owner_of(&choice.path, mode)?;
    let db_path = choice.path.clone();
    // The key, if the database has one: applied before anything else is read. `encrypt`
    // opens the plain file it is about to convert.
    let key = if matches!(cli.command, Some(Command::Encrypt)) {
        kentro::cli::encryption::refuse_encrypted(&db_path)?;
        None
    } else {
        kentro::cli::encryption::key_for(&db_path, file_config)?
    };
    // Before the database is opened: a check must not create or migrate what it
    // checks, and a restore needs nobody (this process included) holding it open.
    match &cli.command {
        Some(Command::Check) => kentro::cli::maintenance::refuse_empty(&db_path)?,
        Some(Command::Restore(args)) => {
            return kentro::cli::rights::restore(&choice, key.as_ref(), args);
        }
        _ => {}
    }
    let mut store =
        kentro::cli::database::open(&choice, key.as_ref(), cli.command.is_none(), lang)?;
    // Every command runs as an active member of staff, or not at all.
    let me = kentro::cli::staff::admit(&mut store, &kentro::identity::operator_login()?)?;
    if let Some(what) = kentro::cli::rights::administrative(cli.command.as_ref()) {
        kentro::cli::rights::require_admin(&me, what)?;
    }
    match &cli.command {
        None => return kentro::cli::interactive(store, cli, file_config, false),
        Some(Command::Display) => return kentro::cli::display::run(store, cli, file_config),
        Some(Command::Encrypt) => {
            drop(store);
            return kentro::cli::encryption::encrypt(&db_path, file_config);
        }
        _ => {}
    }
    // The database is open: the rest of a command's work is done with the user's own
    // rights under a set-user-id install (see cli::rights).
    let rights = kentro::cli::rights::mode_for(cli.command.as_ref(), mode);
    if rights == Mode::SetUserId {
        store.keep_temporary_files_in_memory()?;
    }
    let outcome =
        privilege::with_user_rights(rights, || command(&mut store, &me, cli, file_config, lang))?;
    // Closed with the system account's rights: the last connection's clean-up removes
    // the WAL and SHM, which needs the database directory.
    drop(store);
    outcome
}

fn command(
    store: &mut kentro::store::Store,
    me: &kentro::domain::records::Staff,
    cli: &Cli,
    file_config: &FileConfig,
    lang: Lang,
) -> Result<ExitCode, Error> {
    match &cli.command {
        Some(Command::Seed(args)) => kentro::cli::seed::run(store, args),
        Some(Command::Import(args)) => kentro::cli::csv_io::import(store, args),
        Some(Command::Export(args)) => match &args.what {
            ExportWhat::Person {
                id,
                out,
                break_glass,
            } => kentro::cli::gdpr::export_person(
                store,
                me,
                *id,
                out.as_deref(),
                break_glass.as_deref(),
            ),
            what => match kentro::cli::tables::table_of(what) {
                Some((table, table_args)) => kentro::cli::tables::run(store, me, table, table_args),
                None => Err(Error::failed("not a table")),
            },
        },
        Some(Command::Search(args)) => kentro::cli::search::run(store, me, args),
        Some(Command::Directory(args)) => {
            kentro::cli::directory::run(store, args, &kentro::identity::operator_login()?)
        }
        Some(Command::Referrals(args)) => {
            let printer =
                kentro::printing::Printer::configured(file_config.print_command.as_deref());
            kentro::cli::referrals::run(store, me, args, printer.as_ref())
        }
        Some(Command::Check) => kentro::cli::maintenance::check(store),
        Some(Command::Backup(args)) => kentro::cli::maintenance::backup(store, args),
        Some(Command::Restore(_)) => {
            Err(Error::failed("restore runs before the database is opened"))
        }
        Some(Command::Queue(args)) => {
            let printer =
                kentro::printing::Printer::configured(file_config.print_command.as_deref());
            kentro::cli::queue::run(
                store,
                args,
                me.default_desk,
                cli.desk.or(file_config.desk),
                printer.as_ref(),
            )
        }
        Some(Command::Staff(args)) => kentro::cli::staff::run(store, me, args, cli.desk),
        Some(Command::Appointments(args)) => kentro::cli::appointments::run(store, me, args),
        Some(Command::Audit(args)) => kentro::cli::gdpr::audit(store, me, args),
        Some(Command::Erase(args)) => kentro::cli::gdpr::erase(store, me, &args.what),
        Some(Command::Retention { years, json }) => {
            kentro::cli::gdpr::retention(store, me, *years, *json)
        }
        Some(Command::Notes(args)) => kentro::cli::gdpr::notes(store, me, &args.what),
        Some(Command::Consent(args)) => kentro::cli::gdpr::consent(store, me, &args.what),
        Some(Command::Report(args)) => kentro::cli::report::run(store, me, args, lang),
        None
        | Some(
            Command::Display
            | Command::Keys { .. }
            | Command::Init(_)
            | Command::Doctor(_)
            | Command::Encrypt
            | Command::Completions { .. }
            | Command::Man,
        ) => Err(Error::failed("handled before the database is opened")),
        Some(Command::Distribution(args)) => kentro::cli::distribution::run(store, me, args),
        Some(Command::Reindex { force }) => kentro::cli::reindex::run(store, *force),
        Some(Command::Esf(args)) => {
            let lang = config::resolve_cli_lang(cli.lang, file_config);
            kentro::cli::esf::run(store, me, args, lang)
        }
    }
}
