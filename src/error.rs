//! kentro's one error type, up to `main`: every command and start-up step returns
//! [`Error`]. Its variants wrap the typed errors of the layers below (store, keys,
//! reports, printing, slips, files, packets, ...) or name what the command line itself
//! refuses. Two things are decided here and nowhere else:
//! - the words, in the operator's language, from the catalogues ([`Error::render`]);
//! - the exit status ([`Error::exit_code`], see `cli::exit`).
//!
//! Nothing personal goes into an error: no name, identifier or free text a person
//! gave, only record numbers, paths, codes and the system's own reasons.

use std::io;
use std::path::PathBuf;

use crate::cli::exit;
use crate::i18n::errors::ErrMsg;
use crate::i18n::{Lang, Text, tf};
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] crate::store::key::KeyError),
    #[error(transparent)]
    Report(#[from] crate::report::ReportError),
    #[error(transparent)]
    Print(#[from] crate::printing::PrintError),
    #[error(transparent)]
    Slip(#[from] crate::slip::SlipError),
    #[error(transparent)]
    Identity(#[from] crate::identity::IdentityError),
    #[error(transparent)]
    Write(#[from] crate::fsio::WriteError),
    #[error(transparent)]
    Booking(#[from] crate::store::BookingError),
    #[error(transparent)]
    Referral(#[from] crate::store::ReferralError),
    #[error(transparent)]
    Render(#[from] crate::report::render::RenderError),
    #[error(transparent)]
    Keymap(#[from] crate::keymap::KeymapError),
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error(transparent)]
    Privilege(#[from] crate::privilege::PrivilegeError),
    /// JSON that could not be written (serde_json's own words; the values are kentro's).
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// The command line asks for something that cannot be done as asked (a missing
    /// or contradictory option): exit status 2, as clap's own usage errors.
    #[error("{0}")]
    Usage(Words),
    /// The command worked but had nothing to give (nobody waiting, no one found):
    /// exit status 3. Said as a remark, not as an error.
    #[error("{0}")]
    Nothing(Words),
    /// A thing the command was pointed at does not exist (a record number, a code).
    #[error("{0}")]
    NotFound(Words),
    /// The command refused: the rules, the operator's role or the state of the data
    /// do not allow it. Nothing was changed.
    #[error("{0}")]
    Refused(Words),
    /// A file or the terminal failed while the command was `doing` something to `path`.
    #[error("{} {}: {source}", doing.text(Lang::En), path.display())]
    Io {
        doing: Doing,
        path: PathBuf,
        source: io::Error,
    },
    /// A step outside kentro failed (a system command, the terminal, a JSON encoder):
    /// its own words.
    #[error("{0}")]
    Failed(Words),
}

impl Error {
    /// The exit status this error ends a run with: the one place that decides it.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => exit::USAGE,
            Error::Nothing(_) => exit::NOTHING,
            _ => exit::ERROR,
        }
    }

    /// Whether this ends a run as a remark (nothing found) rather than an error.
    pub fn is_remark(&self) -> bool {
        matches!(self, Error::Nothing(_))
    }

    /// The message in `lang`, from the catalogues.
    pub fn render(&self, lang: Lang) -> String {
        use crate::ui::kit::fail::store_error_text;
        match self {
            Error::Store(e) => store_error_text(lang, e),
            Error::Key(e) => crate::cli::encryption::explain(e, lang),
            Error::Report(crate::report::ReportError::Store(e))
            | Error::Slip(crate::slip::SlipError::Store(e))
            | Error::Booking(crate::store::BookingError::Store(e))
            | Error::Referral(crate::store::ReferralError::Store(e)) => store_error_text(lang, e),
            Error::Write(e) => words::write_error(lang, e),
            Error::Print(e) => words::print_error(lang, e),
            Error::Report(e) => words::report_error(lang, e),
            Error::Slip(e) => words::slip_error(lang, e),
            Error::Booking(e) => words::booking_error(lang, e),
            Error::Referral(e) => words::referral_error(lang, e),
            Error::Identity(e) => words::identity_error(lang, e),
            Error::Keymap(e) => words::keymap_error(lang, e),
            Error::Render(e) => words::writer_error(lang, ErrMsg::RenderFailed, e),
            Error::Json(e) => words::writer_error(lang, ErrMsg::JsonFailed, e),
            Error::Config(e) => e.render(lang),
            Error::Privilege(e) => e.render(lang),
            Error::Usage(w)
            | Error::Nothing(w)
            | Error::NotFound(w)
            | Error::Refused(w)
            | Error::Failed(w) => w.in_lang(lang).to_string(),
            Error::Io {
                doing,
                path,
                source,
            } => format!("{} {}: {source}", doing.text(lang), path.display()),
        }
    }

    /// A refusal worded by `msg` of a catalogue, with its `{}` filled by `args`.
    pub fn refused(msg: impl Text, args: &[&str]) -> Error {
        Error::Refused(Words::new(msg, args))
    }

    /// A usage error worded by `msg`.
    pub fn usage(msg: impl Text, args: &[&str]) -> Error {
        Error::Usage(Words::new(msg, args))
    }

    /// Something pointed at that is not there, worded by `msg`.
    pub fn not_found(msg: impl Text, args: &[&str]) -> Error {
        Error::NotFound(Words::new(msg, args))
    }

    /// A file operation that failed.
    pub fn io(doing: Doing, path: impl Into<PathBuf>) -> impl FnOnce(io::Error) -> Error {
        let path = path.into();
        move |source| Error::Io {
            doing,
            path,
            source,
        }
    }

    /// A step that failed, worded by `msg` (its `{}` usually the system's reason).
    pub fn failure(msg: impl Text, args: &[&str]) -> Error {
        Error::Failed(Words::new(msg, args))
    }

    /// A step outside kentro that failed, in its own words (which are not translated:
    /// a system command's or a library's message).
    pub fn failed(what: impl std::fmt::Display) -> Error {
        Error::Failed(Words::fixed(what.to_string()))
    }
}

/// An error message kept in both languages, so the edge says it in the operator's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Words {
    /// From a catalogue, in both languages.
    Both { el: String, en: String },
    /// Worded once, in one language: another program's message, or a refusal not yet
    /// in the catalogues (said as it was before errors were typed).
    Fixed(String),
}

impl Words {
    pub fn new(msg: impl Text, args: &[&str]) -> Words {
        Words::Both {
            el: tf(Lang::El, msg, args),
            en: tf(Lang::En, msg, args),
        }
    }

    /// Words made in each language by `say` (when an argument is itself a message).
    pub fn each(say: impl Fn(Lang) -> String) -> Words {
        Words::Both {
            el: say(Lang::El),
            en: say(Lang::En),
        }
    }

    pub fn fixed(text: impl Into<String>) -> Words {
        Words::Fixed(text.into())
    }

    pub fn in_lang(&self, lang: Lang) -> &str {
        match (self, lang) {
            (Words::Both { el, .. }, Lang::El) => el,
            (Words::Both { en, .. }, Lang::En) => en,
            (Words::Fixed(text), _) => text,
        }
    }
}

impl std::fmt::Display for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.in_lang(Lang::En))
    }
}

/// What a file operation was doing, said before its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doing {
    Read,
    Write,
    Create,
    Remove,
    List,
}

impl Doing {
    pub fn text(self, lang: Lang) -> &'static str {
        let msg = match self {
            Doing::Read => ErrMsg::CannotRead,
            Doing::Write => ErrMsg::CannotWrite,
            Doing::Create => ErrMsg::CannotCreate,
            Doing::Remove => ErrMsg::CannotRemove,
            Doing::List => ErrMsg::CannotList,
        };
        msg.text(lang)
    }
}

#[cfg(test)]
mod tests;
mod words;
#[cfg(test)]
mod words_tests;
