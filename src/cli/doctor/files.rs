//! The database's files, the slips and the backups: owner, group and mode as the
//! installation mode expects them.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use super::*;

pub(super) fn owner_mode(meta: &std::fs::Metadata) -> (String, String) {
    (
        format!("{}:{}", user_name(meta.uid()), group_name(meta.gid())),
        format!("{:04o}", meta.permissions().mode() & 0o7777),
    )
}

/// A database file (or its WAL/SHM): the expected owner's, 0600.
pub fn file_finding(
    check: &'static str,
    label: M,
    path: &Path,
    meta: &std::fs::Metadata,
    expected: &Expected,
    lang: Lang,
) -> Finding {
    let shown = path.display().to_string();
    let (owner, mode) = owner_mode(meta);
    if !meta.file_type().is_file() {
        return Finding::new(
            check,
            label,
            Status::Problem,
            tf(lang, M::NotAFile, &[&shown]),
        );
    }
    if meta.uid() != expected.uid {
        let group = if expected.shared {
            format!("{SYSTEM_ACCOUNT}:{SYSTEM_ACCOUNT}")
        } else {
            expected.owner.clone()
        };
        // One fix that leaves the file right: chown keeps a mode open to others.
        let mut fix = tf(lang, M::FixChown, &[&group, &shown]);
        if meta.permissions().mode() & 0o077 != 0 {
            fix.push_str(&format!(" && chmod 600 {shown}"));
        }
        return Finding::new(
            check,
            label,
            Status::Problem,
            tf(lang, M::WrongOwner, &[&shown, &owner, &expected.owner]),
        )
        .fix(fix);
    }
    if meta.permissions().mode() & 0o077 != 0 {
        return Finding::new(
            check,
            label,
            Status::Problem,
            tf(lang, M::WrongMode, &[&shown, &mode, "0600"]),
        )
        .fix(format!("chmod 600 {shown}"));
    }
    Finding::new(
        check,
        label,
        Status::Ok,
        tf(lang, M::FileState, &[&shown, &owner, &mode]),
    )
}

/// The database's directory: nobody but the owner may enter a shared one (2700).
pub(super) fn dir_finding(
    check: &'static str,
    label: M,
    dir: &Path,
    meta: &std::fs::Metadata,
    expected: &Expected,
    lang: Lang,
) -> Finding {
    let shown = dir.display().to_string();
    let (owner, mode) = owner_mode(meta);
    if !expected.shared {
        return Finding::new(
            check,
            label,
            Status::Ok,
            tf(lang, M::FileState, &[&shown, &owner, &mode]),
        );
    }
    let want = format!("{:04o}", crate::cli::init::SHARED_DIR_MODE);
    if meta.uid() != expected.uid {
        return Finding::new(
            check,
            label,
            Status::Problem,
            tf(lang, M::WrongOwner, &[&shown, &owner, SYSTEM_ACCOUNT]),
        )
        .fix(format!(
            "chown {SYSTEM_ACCOUNT}:{SYSTEM_ACCOUNT} {shown} && chmod {want} {shown}"
        ));
    }
    if meta.permissions().mode() & 0o7777 != crate::cli::init::SHARED_DIR_MODE {
        return Finding::new(
            check,
            label,
            Status::Problem,
            tf(lang, M::WrongMode, &[&shown, &mode, &want]),
        )
        .fix(format!("chmod {want} {shown}"));
    }
    Finding::new(
        check,
        label,
        Status::Ok,
        tf(lang, M::FileState, &[&shown, &owner, &mode]),
    )
}

/// Slips hold personal data: the real user's own directory, files 0600.
pub fn slips_finding(dir: &Path, lang: Lang) -> Finding {
    let shown = dir.display().to_string();
    let label = M::CheckSlips;
    let Ok(meta) = std::fs::metadata(dir) else {
        return Finding::new("slips", label, Status::Info, tf(lang, M::NotYet, &[&shown]));
    };
    let (owner, mode) = owner_mode(&meta);
    if meta.permissions().mode() & 0o077 != 0 {
        return Finding::new(
            "slips",
            label,
            Status::Problem,
            tf(lang, M::WrongMode, &[&shown, &mode, "0700"]),
        )
        .fix(format!("chmod 700 {shown}"));
    }
    let open: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| {
            entry
                .metadata()
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o077 != 0)
        })
        .map(|entry| entry.path().display().to_string())
        .collect();
    if let Some(first) = open.first() {
        let (_, file_mode) = std::fs::metadata(first)
            .map(|m| owner_mode(&m))
            .unwrap_or_default();
        return Finding::new(
            "slips",
            label,
            Status::Problem,
            tf(lang, M::WrongMode, &[first, &file_mode, "0600"]),
        )
        .fix(format!("chmod 600 {}", open.join(" ")));
    }
    Finding::new(
        "slips",
        label,
        Status::Ok,
        tf(lang, M::FileState, &[&shown, &owner, &mode]),
    )
}

/// A shared install's backups: the system account's directory and files, 0600.
pub fn backups_finding(dir: &Path, expected: &Expected, lang: Lang) -> Finding {
    let shown = dir.display().to_string();
    let label = M::CheckBackups;
    let Ok(meta) = std::fs::metadata(dir) else {
        return Finding::new(
            "backups",
            label,
            Status::Info,
            tf(lang, M::BackupsElsewhere, &[&shown]),
        );
    };
    let dir_check = dir_finding("backups", label, dir, &meta, expected, lang);
    if dir_check.status == Status::Problem {
        return dir_check;
    }
    let mut count = 0;
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let Ok(file_meta) = entry.metadata() else {
            continue;
        };
        if !file_meta.is_file() {
            continue;
        }
        count += 1;
        let finding = file_finding("backups", label, &entry.path(), &file_meta, expected, lang);
        if finding.status == Status::Problem {
            return finding;
        }
    }
    Finding::new(
        "backups",
        label,
        Status::Ok,
        tf(
            lang,
            M::BackupFiles,
            &[&shown, &count.to_string(), &expected.owner],
        ),
    )
}

/// Where a shared server's kentro is, in the order a desk's PATH (and so the sshd
/// block's `kentro`) finds it: contrib/install.sh's, then the Debian package's.
pub const INSTALLED: [&str; 2] = ["/usr/local/bin/kentro", "/usr/bin/kentro"];

/// The kentro a desk runs: the first of [`INSTALLED`] that exists, else
/// contrib/install.sh's place (where the fix puts it).
pub fn desk_binary() -> &'static str {
    INSTALLED
        .iter()
        .copied()
        .find(|path| std::path::Path::new(path).exists())
        .unwrap_or(INSTALLED[0])
}
