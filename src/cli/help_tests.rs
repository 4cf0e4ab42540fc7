//! Every option and argument of every command says what it is, in English and in
//! Greek: an undocumented `--json` or `--service` left the operator guessing, and in
//! Greek an English line among the Greek ones.

use super::{command, command_in};
use crate::i18n::Lang;
use crate::i18n::help::greek;

/// (command path, argument id, its help text or "") for every argument below `cmd`.
fn arguments(cmd: &clap::Command, path: &str, out: &mut Vec<(String, String, String)>) {
    for arg in cmd.get_arguments() {
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        out.push((path.to_string(), arg.get_id().to_string(), help));
    }
    for sub in cmd.get_subcommands() {
        let path = format!("{path} {}", sub.get_name());
        arguments(sub, &path, out);
    }
}

fn all(lang: Lang) -> Vec<(String, String, String)> {
    let mut cmd = match lang {
        Lang::En => command(),
        Lang::El => command_in(Lang::El),
    };
    cmd.build();
    let mut out = Vec::new();
    arguments(&cmd, "kentro", &mut out);
    out
}

#[test]
fn every_option_and_argument_has_a_help_text() {
    let missing: Vec<String> = all(Lang::En)
        .into_iter()
        .filter(|(_, _, help)| help.trim().is_empty())
        .map(|(path, id, _)| format!("{path} --{id}"))
        .collect();
    assert!(missing.is_empty(), "no help text:\n{}", missing.join("\n"));
}

#[test]
fn every_help_text_has_its_greek() {
    let missing: Vec<String> = all(Lang::En)
        .into_iter()
        .filter(|(_, _, help)| !help.trim().is_empty() && greek(help).is_none())
        .map(|(path, id, help)| format!("{path} --{id}: {help}"))
        .collect();
    assert!(missing.is_empty(), "no Greek:\n{}", missing.join("\n"));
}

/// A subcommand's own options come first, under their heading; the global ones
/// (the database, language, desk, keys, colours) follow under theirs.
#[test]
fn the_global_options_have_their_own_heading() {
    let mut cmd = command();
    cmd.build();
    let queue = cmd.find_subcommand_mut("queue").unwrap();
    let list = queue.find_subcommand_mut("list").unwrap();
    let help = list.render_help().to_string();
    let global = help
        .find("Global options:")
        .expect("a heading for the global options");
    let json = help.find("--json").unwrap();
    let db = help.find("--db").unwrap();
    assert!(json < global && global < db, "{help}");
}
