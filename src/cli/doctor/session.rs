//! The set-user-id install and this session: umask, locale and terminal.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use super::*;

pub(super) fn install_findings(mode: Mode, lang: Lang) -> Vec<Finding> {
    let mut out = Vec::new();
    let account = privilege::system_account();
    let binary = desk_binary();
    let installed = Path::new(binary);
    // The package's binary is made set-user-id so that upgrades keep it so.
    let fix = if binary == INSTALLED[1] {
        tf(lang, M::FixPackageInstall, &[binary])
    } else {
        tf(lang, M::FixInstall, &[binary])
    };
    match std::fs::metadata(installed) {
        Ok(meta) => {
            let (owner, file_mode) = owner_mode(&meta);
            let set_uid = meta.permissions().mode() & 0o4000 != 0;
            let right_owner = account.is_some_and(|(uid, _)| meta.uid() == uid);
            out.push(if set_uid && right_owner {
                Finding::new(
                    "install",
                    M::CheckInstall,
                    Status::Ok,
                    tf(lang, M::Installed, &[binary, &owner, &file_mode]),
                )
            } else if account.is_some() {
                Finding::new(
                    "install",
                    M::CheckInstall,
                    Status::Problem,
                    tf(lang, M::NotSetUserId, &[binary, &owner, &file_mode]),
                )
                .fix(fix.clone())
            } else {
                Finding::new(
                    "install",
                    M::CheckInstall,
                    Status::Info,
                    tf(lang, M::Installed, &[binary, &owner, &file_mode]),
                )
            });
        }
        // A single-user install (no system account) needs no set-user-id binary.
        Err(_) if account.is_none() => out.push(Finding::new(
            "install",
            M::CheckInstall,
            Status::Info,
            tf(lang, M::NotInstalled, &[binary]),
        )),
        Err(_) => out.push(
            Finding::new(
                "install",
                M::CheckInstall,
                Status::Problem,
                tf(lang, M::NotInstalled, &[binary]),
            )
            .fix(fix),
        ),
    }
    let real = user_name(nix::unistd::getuid().as_raw());
    let detail = match mode {
        Mode::SetUserId => {
            let forbidden = t(
                lang,
                if privilege::core_dumps_forbidden() {
                    M::Yes
                } else {
                    M::No
                },
            );
            tf(
                lang,
                M::RunSetUserId,
                &[
                    &real,
                    &user_name(nix::unistd::geteuid().as_raw()),
                    forbidden,
                ],
            )
        }
        Mode::Plain => tf(lang, M::RunPlain, &[&real]),
    };
    out.push(Finding::new(
        "this_run",
        M::CheckThisRun,
        Status::Info,
        detail,
    ));
    out
}

pub(super) fn umask_finding(lang: Lang) -> Finding {
    use nix::sys::stat::{Mode as Perm, umask};
    // Reading the umask means setting it; it is put back at once (no thread is
    // creating files meanwhile: doctor runs alone).
    let current = umask(Perm::from_bits_truncate(0o077));
    umask(current);
    let shown = format!("{:04o}", current.bits());
    Finding::new(
        "umask",
        M::CheckUmask,
        Status::Info,
        tf(lang, M::Umask, &[&shown]),
    )
}

/// The locale decides Greek letters and line drawing: it must be UTF-8.
pub fn locale_finding(get: impl Fn(&str) -> Option<String>, lang: Lang) -> Finding {
    let set = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|var| get(var).map(|value| (*var, value)))
        .find(|(_, value)| !value.is_empty());
    let Some((var, value)) = set else {
        return Finding::new(
            "locale",
            M::CheckLocale,
            Status::Problem,
            t(lang, M::LocaleUnset).to_string(),
        )
        .fix(t(lang, M::FixLocale).to_string());
    };
    let shown = format!("{var}={value}");
    let lower = value.to_ascii_lowercase();
    if lower.contains("utf-8") || lower.contains("utf8") {
        Finding::new(
            "locale",
            M::CheckLocale,
            Status::Ok,
            tf(lang, M::LocaleUtf8, &[&shown]),
        )
    } else {
        Finding::new(
            "locale",
            M::CheckLocale,
            Status::Problem,
            tf(lang, M::LocaleNotUtf8, &[&shown]),
        )
        .fix(t(lang, M::FixLocale).to_string())
    }
}

/// kentro's screens need 80×24: tmux's status line alone takes one row of it.
pub fn terminal_finding(
    size: Option<(u16, u16)>,
    is_terminal: bool,
    term: &str,
    lang: Lang,
) -> Finding {
    let label = M::CheckTerminal;
    match size {
        Some((cols, rows)) if is_terminal => {
            let (c, r) = (cols.to_string(), rows.to_string());
            if cols >= 80 && rows >= 24 {
                Finding::new(
                    "terminal",
                    label,
                    Status::Ok,
                    tf(lang, M::TerminalOk, &[&c, &r, term]),
                )
            } else {
                Finding::new(
                    "terminal",
                    label,
                    Status::Problem,
                    tf(lang, M::TerminalSmall, &[&c, &r, term]),
                )
                .fix(t(lang, M::FixTerminal).to_string())
            }
        }
        _ => Finding::new(
            "terminal",
            label,
            Status::Info,
            tf(lang, M::NotATerminal, &[term]),
        ),
    }
}
