//! clap's own words in the operator's language: a usage error rendered from its kind
//! and context with the catalogue's words ([`ClapMsg`]), and the parts of `--help` that
//! clap writes itself (the usage line's `[OPTIONS]`, `[possible values: …]`,
//! `[default: …]`). The exit status stays clap's (2 for a usage error).

use std::io::Write;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::cli_clap::ClapMsg as C;
use crate::i18n::{Lang, t, tf};

/// clap's indent for the lines under an error.
const TAB: &str = "  ";

/// Prints `err` as clap would, in `lang`, and exits with clap's status: help and the
/// version to standard output (status 0), a usage error to standard error (status 2).
pub fn exit(err: clap::Error, lang: Lang) -> ! {
    match err.kind() {
        // The help is already in `lang` (cli::command_in).
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => err.exit(),
        _ => {
            // Nothing more can be done if standard error is closed: the status says it.
            let _ = std::io::stderr().write_all(render(&err, lang).as_bytes());
            std::process::exit(err.exit_code())
        }
    }
}

fn string(err: &clap::Error, kind: ContextKind) -> Option<&str> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

fn strings(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

fn number(err: &clap::Error, kind: ContextKind) -> String {
    match err.get(kind) {
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => "?".into(),
    }
}

/// `'a', 'b'` in English, `«a», «b»` in Greek.
fn quoted(values: &[String], lang: Lang) -> String {
    values
        .iter()
        .map(|v| match lang {
            Lang::El => format!("«{v}»"),
            Lang::En => format!("'{v}'"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first line of a usage error: what was wrong.
fn what(err: &clap::Error, lang: Lang) -> String {
    let arg = string(err, ContextKind::InvalidArg).unwrap_or("");
    let value = string(err, ContextKind::InvalidValue).unwrap_or("");
    let mut out = match err.kind() {
        ErrorKind::UnknownArgument => tf(lang, C::UnknownArgument, &[arg]),
        ErrorKind::InvalidSubcommand => tf(
            lang,
            C::InvalidSubcommand,
            &[string(err, ContextKind::InvalidSubcommand).unwrap_or("")],
        ),
        ErrorKind::InvalidValue if value.is_empty() => tf(lang, C::ValueRequired, &[arg]),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            tf(lang, C::InvalidValue, &[value, arg])
        }
        ErrorKind::NoEquals => tf(lang, C::NoEquals, &[arg]),
        ErrorKind::TooManyValues => tf(lang, C::TooManyValues, &[value, arg]),
        ErrorKind::TooFewValues => tf(
            lang,
            C::TooFewValues,
            &[
                arg,
                &number(err, ContextKind::MinValues),
                &number(err, ContextKind::ActualNumValues),
            ],
        ),
        ErrorKind::WrongNumberOfValues => tf(
            lang,
            C::WrongNumberOfValues,
            &[
                arg,
                &number(err, ContextKind::ExpectedNumValues),
                &number(err, ContextKind::ActualNumValues),
            ],
        ),
        ErrorKind::MissingRequiredArgument => {
            let mut out = t(lang, C::MissingRequired).to_string();
            for missing in strings(err, ContextKind::InvalidArg) {
                out.push_str(&format!("\n{TAB}{missing}"));
            }
            out
        }
        ErrorKind::MissingSubcommand => tf(
            lang,
            C::MissingSubcommand,
            &[string(err, ContextKind::InvalidSubcommand).unwrap_or("")],
        ),
        ErrorKind::ArgumentConflict => conflict(err, lang),
        ErrorKind::InvalidUtf8 => t(lang, C::InvalidUtf8).to_string(),
        _ => t(lang, C::Unknown).to_string(),
    };
    // What a value parser said: in English as it said it; in Greek what kentro can
    // tell of it (a number expected, a date's format), else where the format is read.
    if err.kind() == ErrorKind::ValueValidation
        && let Some(source) = std::error::Error::source(err)
    {
        match lang {
            // A parser that refuses with kentro's own error has its words in both.
            _ if source.is::<crate::Error>() => {
                if let Some(e) = source.downcast_ref::<crate::Error>() {
                    out.push_str(&format!(": {}", e.render(lang)));
                }
            }
            Lang::En => out.push_str(&format!(": {source}")),
            Lang::El => match value_reason_in_greek(source) {
                Some(reason) => out.push_str(&format!(": {reason}")),
                None => out.push_str(&format!(" ({})", t(lang, C::SeeHelpForFormat))),
            },
        }
    }
    let valid = strings(err, ContextKind::ValidValue);
    if !valid.is_empty() {
        out.push_str(&format!(
            "\n{TAB}[{}: {}]",
            t(lang, C::PossibleValues),
            valid.join(", ")
        ));
    }
    let subcommands = strings(err, ContextKind::ValidSubcommand);
    if !subcommands.is_empty() && err.kind() == ErrorKind::MissingSubcommand {
        out.push_str(&format!(
            "\n{TAB}[{}: {}]",
            t(lang, C::Subcommands),
            subcommands.join(", ")
        ));
    }
    out
}

/// The dates and times kentro's value parsers ask for, as they name them, and in Greek.
const FORMATS: [(&str, &str); 3] = [
    ("YYYY-MM-DD HH:MM", "ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ"),
    ("YYYY-MM-DD", "ΕΕΕΕ-ΜΜ-ΗΗ"),
    ("YYYY-MM", "ΕΕΕΕ-ΜΜ"),
];

/// A value parser's refusal in Greek, where it can be told: a number that is not one
/// (the standard library's error), a date or time in the wrong format (the format the
/// parser names), or the parser's own Greek.
fn value_reason_in_greek(source: &(dyn std::error::Error + 'static)) -> Option<String> {
    if source.is::<std::num::ParseIntError>() {
        return Some(t(Lang::El, C::WholeNumber).to_string());
    }
    let said = source.to_string();
    if !said.is_ascii() {
        return Some(said);
    }
    FORMATS
        .iter()
        .find(|(english, _)| said.contains(english))
        .map(|(_, greek)| tf(Lang::El, C::WriteAs, &[greek]))
}

fn conflict(err: &clap::Error, lang: Lang) -> String {
    let arg = string(err, ContextKind::InvalidArg).unwrap_or("");
    let prior = err.get(ContextKind::PriorArg);
    if let Some(ContextValue::String(p)) = prior
        && p == arg
    {
        return tf(lang, C::CannotRepeat, &[arg]);
    }
    let mut out = tf(lang, C::CannotUseWith, &[arg]);
    match prior {
        Some(ContextValue::Strings(values)) => {
            out.push(':');
            for v in values {
                out.push_str(&format!("\n{TAB}{v}"));
            }
        }
        Some(ContextValue::String(value)) => {
            out.push_str(&format!(" {}", quoted(std::slice::from_ref(value), lang)))
        }
        _ => out.push_str(&format!(" {}", t(lang, C::CannotUseWithOthers))),
    }
    out
}

/// clap's "did you mean" for `what` (an argument, a subcommand, a value).
fn similar(values: Vec<String>, one: C, many: C, lang: Lang) -> Option<String> {
    match values.len() {
        0 => None,
        1 => Some(tf(lang, one, &[&values[0]])),
        _ => Some(tf(lang, many, &[&quoted(&values, lang)])),
    }
}

/// clap's own free-text tips, in `lang` when kentro knows them (else left out in
/// Greek rather than said in English).
fn tip(text: &str, lang: Lang) -> Option<String> {
    let quoted_between = |text: &str, before: &str, after: &str| -> Option<String> {
        text.strip_prefix(before)?
            .strip_suffix(after)
            .map(str::to_string)
    };
    if let Some(rest) = text.strip_prefix("to pass '")
        && let Some((arg, use_)) = rest.split_once("' as a value, use '")
    {
        let use_ = use_.strip_suffix('\'').unwrap_or(use_);
        return Some(tf(lang, C::PassAsValue, &[arg, use_]));
    }
    if let Some(sub) = quoted_between(
        text,
        "subcommand '",
        "' exists; to use it, remove the '--' before it",
    ) {
        return Some(tf(lang, C::RemoveDashes, &[&sub]));
    }
    if let Some(both) = quoted_between(text, "'", "' exists") {
        return Some(tf(lang, C::ExistsAs, &[&both]));
    }
    (lang == Lang::En).then(|| text.to_string())
}

/// The whole message of a usage error in `lang`: what was wrong, the tips (similar
/// names, how to pass a value that looks like an option), the usage line and where to
/// read more.
pub fn render(err: &clap::Error, lang: Lang) -> String {
    let mut out = format!("{}{}\n", t(lang, C::Error), what(err, lang));
    let mut tips = Vec::new();
    tips.extend(similar(
        strings(err, ContextKind::SuggestedSubcommand),
        C::SimilarSubcommand,
        C::SimilarSubcommands,
        lang,
    ));
    tips.extend(similar(
        strings(err, ContextKind::SuggestedArg),
        C::SimilarArgument,
        C::SimilarArguments,
        lang,
    ));
    tips.extend(similar(
        strings(err, ContextKind::SuggestedValue),
        C::SimilarValue,
        C::SimilarValues,
        lang,
    ));
    if let Some(ContextValue::StyledStrs(free)) = err.get(ContextKind::Suggested) {
        tips.extend(free.iter().filter_map(|s| tip(&s.to_string(), lang)));
    }
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str(&format!("{TAB}{}{tip}\n", t(lang, C::Tip)));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage
            .strip_prefix("Usage:")
            .map(|rest| format!("{}{rest}", t(lang, C::UsageTitle)))
            .unwrap_or(usage);
        out.push('\n');
        out.push_str(usage.trim_end());
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&tf(lang, C::TryHelp, &["--help"]));
    out.push('\n');
    out
}

/// `arg` with its possible and default values said in `lang` at the end of its help,
/// in place of the ones clap would add in English.
pub fn with_values(arg: clap::Arg, lang: Lang) -> clap::Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let mut notes = Vec::new();
    if !arg.is_hide_possible_values_set() {
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() {
            notes.push(format!(
                "[{}: {}]",
                t(lang, C::PossibleValues),
                values.join(", ")
            ));
        }
    }
    if !arg.is_hide_default_value_set() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() {
            let shown = defaults
                .iter()
                .map(|d| {
                    if d.contains(' ') || d.is_empty() {
                        format!("\"{d}\"")
                    } else {
                        d.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(", ");
            notes.push(format!("[{}: {shown}]", t(lang, C::Default)));
        }
    }
    if notes.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let help = if help.is_empty() {
        notes.join(" ")
    } else {
        format!("{help} {}", notes.join(" "))
    };
    arg.hide_possible_values(true)
        .hide_default_value(true)
        .help(help)
}

/// The usage line's words in `lang`: `[OPTIONS]` (clap has no setting for it; the
/// subcommand placeholder is set with `subcommand_value_name`).
pub fn usage_in(cmd: &mut clap::Command, lang: Lang) -> String {
    let usage = cmd.render_usage().to_string();
    let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim();
    usage.replace("[OPTIONS]", t(lang, C::Options))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::errors::ErrMsg;

    /// A command whose one option is read by a parser refusing with kentro's error.
    fn refused_by_kentro(lang: Lang) -> String {
        let cmd = clap::Command::new("kentro").arg(clap::Arg::new("day").long("day").value_parser(
            |text: &str| -> Result<u8, crate::Error> {
                Err(crate::Error::usage(ErrMsg::NotADay, &[text]))
            },
        ));
        let err = cmd
            .try_get_matches_from(["kentro", "--day", "32/13"])
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::ValueValidation);
        render(&err, lang)
    }

    #[test]
    fn a_parsers_own_refusal_is_said_in_the_operators_language() {
        let el = refused_by_kentro(Lang::El);
        assert!(
            el.starts_with(
                "σφάλμα: μη έγκυρη τιμή «32/13» για το «--day <day>»: 32/13: δεν είναι ημερομηνία· γράψτε ΕΕΕΕ-ΜΜ-ΗΗ\n"
            ),
            "{el}"
        );
        let en = refused_by_kentro(Lang::En);
        assert!(
            en.starts_with(
                "error: invalid value '32/13' for '--day <day>': 32/13 is not a date: use YYYY-MM-DD\n"
            ),
            "{en}"
        );
        assert!(
            en.ends_with("For more information, try '--help'.\n"),
            "{en}"
        );
    }
}
