//! The operator's words for the layers' errors whose own `Display` is English: files
//! written the safe way, the desk's printer, bookings, referrals and their slips,
//! keymaps, the operator's identity and reports. Each is said from the catalogues;
//! the English entries are the layers' own `Display` text, word for word (the tests
//! hold them together), so an English operator reads what they read before.
//!
//! What is quoted inside is never personal: record numbers, paths, codes, key and
//! action names, and the system's own reasons.

use crate::domain::referral::TransitionError;
use crate::fsio::WriteError;
use crate::i18n::errors::ErrMsg;
use crate::i18n::referral::state_msg;
use crate::i18n::{Lang, t, tf};
use crate::identity::IdentityError;
use crate::keymap::{KeyParseError, KeymapError, Problem};
use crate::printing::PrintError;
use crate::report::ReportError;
use crate::slip::SlipError;
use crate::store::{BookingError, ReferralError};
use crate::ui::kit::fail::store_error_text;

pub(super) fn write_error(lang: Lang, e: &WriteError) -> String {
    let shown = |p: &std::path::Path| p.display().to_string();
    match e {
        WriteError::Symlink(p) => tf(lang, ErrMsg::WriteSymlink, &[&shown(p)]),
        WriteError::Exists(p) => tf(lang, ErrMsg::WriteExists, &[&shown(p)]),
        WriteError::SideFileName(p) => tf(lang, ErrMsg::WriteSideFileName, &[&shown(p)]),
        WriteError::NotOwner(p) => tf(lang, ErrMsg::WriteNotOwner, &[&shown(p)]),
        WriteError::NotAFile(p) => tf(lang, ErrMsg::WriteNotAFile, &[&shown(p)]),
        WriteError::Io { path, source } => format!(
            "{} {}: {source}",
            crate::i18n::t(lang, ErrMsg::CannotWrite),
            path.display()
        ),
    }
}

pub(super) fn print_error(lang: Lang, e: &PrintError) -> String {
    match e {
        PrintError::Start { command, source } => {
            tf(lang, ErrMsg::PrintStart, &[command, &source.to_string()])
        }
        PrintError::Write { command, source } => {
            tf(lang, ErrMsg::PrintWrite, &[command, &source.to_string()])
        }
        PrintError::Failed {
            command,
            status,
            said,
        } => tf(lang, ErrMsg::PrintFailed, &[command, status, said]),
    }
}

/// A booking or a change of an appointment refused by the rules or by bad hours (a
/// store failure is said by the caller, as every store failure).
pub(super) fn booking_error(lang: Lang, e: &BookingError) -> String {
    match e {
        BookingError::Refused(r) => {
            let why = match lang {
                // The screens' words for the refusal; in English the stable code, as before.
                Lang::El => t(lang, crate::i18n::appointments::refusal(*r)),
                Lang::En => r.code(),
            };
            tf(lang, ErrMsg::BookingRefused, &[why])
        }
        BookingError::Hours(h) => t(lang, crate::i18n::errors::hours_problem(*h)).to_string(),
        BookingError::Store(s) => store_error_text(lang, s),
    }
}

pub(super) fn referral_error(lang: Lang, e: &ReferralError) -> String {
    match e {
        ReferralError::NoConsent => t(lang, ErrMsg::ReferralNoConsent).to_string(),
        ReferralError::NotAccepting => t(lang, ErrMsg::ReferralNotAccepting).to_string(),
        ReferralError::ReasonRequired => t(lang, ErrMsg::ReferralReasonRequired).to_string(),
        ReferralError::Transition(e) => transition_error(lang, e),
        ReferralError::Store(s) => store_error_text(lang, s),
    }
}

/// A change of a referral's state that its rules refuse; the states are named as the
/// referrals screen names them (in English, by their codes, as before).
pub(super) fn transition_error(lang: Lang, e: &TransitionError) -> String {
    let state = |s: crate::domain::codes::ReferralState| match lang {
        Lang::El => t(lang, state_msg(s)),
        Lang::En => s.code(),
    };
    match e {
        TransitionError::Closed { from } => tf(lang, ErrMsg::ReferralClosed, &[state(*from)]),
        TransitionError::Forbidden { from, to } => {
            tf(lang, ErrMsg::ReferralForbidden, &[state(*from), state(*to)])
        }
        TransitionError::ReasonRequired { to } => {
            tf(lang, ErrMsg::ReferralStateNeedsReason, &[state(*to)])
        }
        TransitionError::Unchanged { state: s } => {
            tf(lang, ErrMsg::ReferralUnchanged, &[state(*s)])
        }
    }
}

pub(super) fn slip_error(lang: Lang, e: &SlipError) -> String {
    match e {
        SlipError::NotYours => t(lang, ErrMsg::SlipNotYours).to_string(),
        SlipError::Missing(what, which) => missing(lang, what, *which),
        SlipError::Store(s) => store_error_text(lang, s),
    }
}

/// "no referral 12": a record the step needed that is not there (any more).
fn missing(lang: Lang, what: &str, which: i64) -> String {
    let which = which.to_string();
    let msg = match what {
        "referral" => ErrMsg::NoReferralNumbered,
        "person" => ErrMsg::NoPersonNumbered,
        "service" => ErrMsg::NoServiceNumbered,
        other => return tf(lang, ErrMsg::NoRecord, &[other, &which]),
    };
    tf(lang, msg, &[&which])
}

pub(super) fn identity_error(lang: Lang, e: &IdentityError) -> String {
    match e {
        IdentityError::NoPasswdEntry { uid } => {
            let uid = uid.to_string();
            tf(lang, ErrMsg::NoPasswdEntry, &[&uid, &uid])
        }
        IdentityError::Lookup { uid, reason } => {
            tf(lang, ErrMsg::PasswdLookup, &[&uid.to_string(), reason])
        }
    }
}

pub(super) fn report_error(lang: Lang, e: &ReportError) -> String {
    match e {
        ReportError::UnknownService(code) => {
            tf(lang, ErrMsg::NoServiceLine, &[&format!("{code:?}")])
        }
        ReportError::Store(s) => store_error_text(lang, s),
    }
}

pub(super) fn keymap_error(lang: Lang, e: &KeymapError) -> String {
    match e {
        KeymapError::Unreadable { name, source } => {
            tf(lang, ErrMsg::KeymapUnreadable, &[name, &source.to_string()])
        }
        KeymapError::Invalid {
            file,
            line,
            problem,
        } => tf(
            lang,
            ErrMsg::ConfigLine,
            &[file, &line.to_string(), &keymap_problem(lang, problem)],
        ),
    }
}

fn keymap_problem(lang: Lang, p: &Problem) -> String {
    match p {
        Problem::Toml(said) => said.clone(),
        Problem::UnknownContext { name, known } => {
            tf(lang, ErrMsg::KeymapUnknownContext, &[name, known])
        }
        Problem::UnknownAction(name) => {
            tf(lang, ErrMsg::KeymapUnknownAction, &[&format!("{name:?}")])
        }
        Problem::NoKey => t(lang, ErrMsg::KeymapNoKey).to_string(),
        Problem::Key(e) => key_parse_error(lang, e),
        Problem::Clash {
            key,
            action,
            context,
            line,
        } => tf(
            lang,
            ErrMsg::KeymapClash,
            &[key, action, context, &line.to_string()],
        ),
    }
}

pub(super) fn key_parse_error(lang: Lang, e: &KeyParseError) -> String {
    match e {
        KeyParseError::Empty => t(lang, ErrMsg::KeyEmpty).to_string(),
        KeyParseError::Sequence(k) => tf(lang, ErrMsg::KeySequence, &[&format!("{k:?}")]),
        KeyParseError::UnknownName(k) => tf(lang, ErrMsg::KeyUnknownName, &[&format!("{k:?}")]),
    }
}

/// A report, table or JSON that could not be written out: the writer's own words,
/// introduced in Greek; in English as they were.
pub(super) fn writer_error(lang: Lang, msg: ErrMsg, e: &dyn std::fmt::Display) -> String {
    tf(lang, msg, &[&e.to_string()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_never_overwritten_is_said_in_greek_and_in_english_as_before() {
        let e = WriteError::Exists("/home/desk2/person-7.json".into());
        assert_eq!(write_error(Lang::En, &e), e.to_string());
        assert_eq!(
            write_error(Lang::El, &e),
            "/home/desk2/person-7.json: υπάρχει ήδη και δεν αντικαθίσταται ποτέ· επιλέξτε άλλο όνομα"
        );
        let p = PrintError::Failed {
            command: "lp -d desk2".into(),
            status: "exit status: 1".into(),
            said: ": no such printer".into(),
        };
        assert_eq!(print_error(Lang::En, &p), p.to_string());
        assert!(print_error(Lang::El, &p).starts_with("Η εντολή εκτύπωσης `lp -d desk2` απέτυχε"));
    }
}
