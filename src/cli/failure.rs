//! How a run that failed ends: the error's full text in the log and on standard error
//! in the operator's language, and, when the interface could not start on a terminal,
//! a pause so the message can be read before tmux or SSH closes the pane (README,
//! "Logs").

use std::io::{BufRead, IsTerminal};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::i18n::cli::CliMsg;
use crate::i18n::ops::OpsMsg;
use crate::i18n::{Lang, t, tf};
use crate::logging::LogTarget;

/// Set once the operator has been in a dialogue with this run (the interface drew,
/// or a question was asked): what fails after that (a signal, an answer of no) is
/// not a start-up failure and does not wait.
static ENGAGED: AtomicBool = AtomicBool::new(false);

/// The interface started, or the operator was asked something.
pub fn operator_engaged() {
    ENGAGED.store(true, Ordering::Relaxed);
}

/// Logs and prints `error` in `lang` (a remark, nothing found, is printed as it is
/// and not logged as an error). `interactive`: the run was the desk's interface (no
/// subcommand), whose pane closes as soon as kentro exits: the message then names
/// the log and waits for Enter when both ends are a terminal.
pub fn report(lang: Lang, error: &crate::Error, interactive: bool, log: &LogTarget) {
    let message = error.render(lang);
    if error.is_remark() {
        super::warn(&message);
        return;
    }
    // The log has the message as the operator read it, and, in English, the error's
    // full text (a store error's SQLite words included).
    tracing::error!(
        command = super::command_path(),
        error = %message,
        detail = %error,
        "kentro stopped with an error"
    );
    super::warn(&tf(lang, OpsMsg::ErrorPrefix, &[&message]));
    let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if interactive && terminal && !ENGAGED.load(Ordering::Relaxed) {
        if let Some(place) = log.describe() {
            super::warn(&tf(lang, CliMsg::SeeLog, &[&place]));
        }
        super::warn(t(lang, CliMsg::PressEnter));
        // Any answer, or the terminal going away (end of file), closes.
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
    }
}
