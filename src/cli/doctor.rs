//! `kentro doctor [--json]`: is this installation as it should be? The database's files
//! (owner, mode), the slips and backups, the set-user-id install, this session's umask,
//! locale and terminal, the file system and its free space, and what the database
//! itself says (schema, search keys, encryption). Each problem comes with the command
//! that fixes it; the exit status is 1 when there is one.
//!
//! It creates nothing: the database is opened only to be read, with the rights of the
//! file's owner when run by root (so root's run cannot leave a WAL no desk may use).

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use crate::i18n::doctor::DoctorMsg as M;
use crate::i18n::{Lang, t, tf};
use crate::privilege::{self, Mode, SYSTEM_ACCOUNT};
use crate::store::Store;

#[derive(Debug, clap::Args)]
pub struct DoctorArgs {
    /// One JSON object: {"ok": bool, "checks": [{"check", "status", "detail", "fix"}]}.
    #[arg(long)]
    pub json: bool,
}

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Info,
    Problem,
}

/// One line of the report: `check` is a stable name for scripts; `detail` and `fix`
/// are in the operator's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub check: &'static str,
    #[serde(skip)]
    pub label: M,
    pub status: Status,
    pub detail: String,
    pub fix: Option<String>,
}

impl Finding {
    fn new(check: &'static str, label: M, status: Status, detail: String) -> Finding {
        Finding {
            check,
            label,
            status,
            detail,
            fix: None,
        }
    }

    fn fix(mut self, command: String) -> Finding {
        self.fix = Some(command);
        self
    }
}

/// Whose the database's files should be, and how private.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub uid: u32,
    pub owner: String,
    /// A shared install: the system account's files, a set-group-id directory.
    pub shared: bool,
}

pub fn run(db: &Path, mode: Mode, args: &DoctorArgs, lang: Lang) -> Result<ExitCode, String> {
    let expected = expected_owner(db, mode);
    let findings = examine(db, mode, &expected, lang);
    let problems = findings
        .iter()
        .filter(|f| f.status == Status::Problem)
        .count();
    if args.json {
        let value = serde_json::json!({ "ok": problems == 0, "checks": findings });
        let text = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
        super::print(&format!("{text}\n"))?;
    } else {
        super::print(&render(&findings, &expected, lang))?;
    }
    Ok(if problems == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(super::exit::ERROR)
    })
}

/// The report as text: one line per check, the fix indented under a problem.
pub fn render(findings: &[Finding], expected: &Expected, lang: Lang) -> String {
    let kind = t(
        lang,
        if expected.shared {
            M::Shared
        } else {
            M::SingleUser
        },
    );
    let mut out = tf(lang, M::Title, &[kind]);
    out.push('\n');
    for finding in findings {
        let status = t(
            lang,
            match finding.status {
                Status::Ok => M::StatusOk,
                Status::Info => M::StatusInfo,
                Status::Problem => M::StatusProblem,
            },
        );
        out.push_str(&format!(
            "  {status:<9} {}: {}\n",
            t(lang, finding.label),
            finding.detail
        ));
        if let Some(fix) = &finding.fix {
            out.push_str(&format!("            {}\n", tf(lang, M::Fix, &[fix])));
        }
    }
    let problems = findings
        .iter()
        .filter(|f| f.status == Status::Problem)
        .count();
    if problems == 0 {
        out.push_str(t(lang, M::NoProblems));
    } else {
        out.push_str(&tf(lang, M::Problems, &[&problems.to_string()]));
    }
    out.push('\n');
    out
}

/// Shared when kentro runs set-user-id, or the database belongs to the system account;
/// otherwise the files are the running user's own.
pub fn expected_owner(db: &Path, mode: Mode) -> Expected {
    let account = privilege::system_account();
    let owner_uid = std::fs::metadata(db).ok().map(|m| m.uid());
    let shared = mode == Mode::SetUserId
        || account.is_some_and(|(uid, _)| owner_uid == Some(uid) && uid != 0);
    match account {
        Some((uid, _)) if shared => Expected {
            uid,
            owner: SYSTEM_ACCOUNT.to_string(),
            shared,
        },
        _ => {
            let uid = nix::unistd::geteuid().as_raw();
            Expected {
                uid,
                owner: user_name(uid),
                shared: false,
            }
        }
    }
}

fn user_name(uid: u32) -> String {
    crate::identity::login_of(uid).unwrap_or_else(|_| uid.to_string())
}

fn group_name(gid: u32) -> String {
    nix::unistd::Group::from_gid(nix::unistd::Gid::from_raw(gid))
        .ok()
        .flatten()
        .map(|g| g.name)
        .unwrap_or_else(|| gid.to_string())
}

fn with_suffix(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Every check, in the order they are printed.
pub fn examine(db: &Path, mode: Mode, expected: &Expected, lang: Lang) -> Vec<Finding> {
    let mut out = Vec::new();
    let db_exists = db.exists();
    out.push(match std::fs::symlink_metadata(db) {
        Err(_) => Finding::new(
            "database",
            M::CheckDatabase,
            Status::Problem,
            tf(lang, M::Missing, &[&db.display().to_string()]),
        )
        .fix(if expected.shared {
            format!("sudo kentro init --shared --db {}", db.display())
        } else {
            tf(lang, M::FixInit, &[&db.display().to_string()])
        }),
        Ok(meta) => file_finding("database", M::CheckDatabase, db, &meta, expected, lang),
    });
    for (check, label, suffix) in [("wal", M::CheckWal, "-wal"), ("shm", M::CheckShm, "-shm")] {
        let path = with_suffix(db, suffix);
        if let Ok(meta) = std::fs::symlink_metadata(&path) {
            out.push(file_finding(check, label, &path, &meta, expected, lang));
        }
    }
    let dir = db
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if let Ok(meta) = std::fs::metadata(dir) {
        out.push(dir_finding(
            "directory",
            M::CheckDirectory,
            dir,
            &meta,
            expected,
            lang,
        ));
    }
    out.push(slips_finding(&privilege::slips_dir(db), lang));
    if expected.shared {
        out.push(backups_finding(&dir.join("backups"), expected, lang));
    }
    out.extend(install_findings(mode, lang));
    out.push(umask_finding(lang));
    out.push(locale_finding(|var| std::env::var(var).ok(), lang));
    out.push(terminal_finding(
        crossterm::terminal::size().ok(),
        std::io::IsTerminal::is_terminal(&std::io::stdout()),
        &std::env::var("TERM").unwrap_or_default(),
        lang,
    ));
    out.extend(file_system_findings(dir, db, lang));
    if db_exists {
        out.extend(database_findings(db, expected, lang));
    }
    out
}

fn owner_mode(meta: &std::fs::Metadata) -> (String, String) {
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
        return Finding::new(
            check,
            label,
            Status::Problem,
            tf(lang, M::WrongOwner, &[&shown, &owner, &expected.owner]),
        )
        .fix(tf(lang, M::FixChown, &[&group, &shown]));
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
fn dir_finding(
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
    let want = format!("{:04o}", super::init::SHARED_DIR_MODE);
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
    if meta.permissions().mode() & 0o7777 != super::init::SHARED_DIR_MODE {
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

/// Where a shared server installs kentro (README, contrib/install.sh).
pub const INSTALLED: &str = "/usr/local/bin/kentro";

fn install_findings(mode: Mode, lang: Lang) -> Vec<Finding> {
    let mut out = Vec::new();
    let account = privilege::system_account();
    let installed = Path::new(INSTALLED);
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
                    tf(lang, M::Installed, &[INSTALLED, &owner, &file_mode]),
                )
            } else if account.is_some() {
                Finding::new(
                    "install",
                    M::CheckInstall,
                    Status::Problem,
                    tf(lang, M::NotSetUserId, &[INSTALLED, &owner, &file_mode]),
                )
                .fix(tf(lang, M::FixInstall, &[INSTALLED]))
            } else {
                Finding::new(
                    "install",
                    M::CheckInstall,
                    Status::Info,
                    tf(lang, M::Installed, &[INSTALLED, &owner, &file_mode]),
                )
            });
        }
        // A single-user install (no system account) needs no set-user-id binary.
        Err(_) if account.is_none() => out.push(Finding::new(
            "install",
            M::CheckInstall,
            Status::Info,
            tf(lang, M::NotInstalled, &[INSTALLED]),
        )),
        Err(_) => out.push(
            Finding::new(
                "install",
                M::CheckInstall,
                Status::Problem,
                tf(lang, M::NotInstalled, &[INSTALLED]),
            )
            .fix(tf(lang, M::FixInstall, &[INSTALLED])),
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

fn umask_finding(lang: Lang) -> Finding {
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

/// The network file systems SQLite's locking is not safe on, by statfs magic number.
pub fn network_file_system(magic: i64) -> Option<&'static str> {
    match magic {
        0x6969 => Some("NFS"),
        0x517B => Some("SMB"),
        0xFF53_4D42 => Some("CIFS"),
        0xFE53_4D42 => Some("SMB2"),
        0x6573_5546 => Some("FUSE (sshfs?)"),
        0x0102_1997 => Some("9P"),
        0x00C3_6400 => Some("CephFS"),
        0x0BD0_0BD0 => Some("Lustre"),
        0x4750_4653 => Some("GPFS"),
        0x5346_414F => Some("AFS"),
        _ => None,
    }
}

fn file_system_findings(dir: &Path, db: &Path, lang: Lang) -> Vec<Finding> {
    let shown = dir.display().to_string();
    let mut out = Vec::new();
    if let Ok(stat) = nix::sys::statfs::statfs(dir) {
        #[allow(clippy::unnecessary_cast)] // the field's type differs between C libraries
        let magic = stat.filesystem_type().0 as i64;
        out.push(match network_file_system(magic) {
            Some(name) => Finding::new(
                "file_system",
                M::CheckFileSystem,
                Status::Problem,
                tf(lang, M::NetworkFs, &[&shown, name]),
            )
            .fix(t(lang, M::FixNetworkFs).to_string()),
            None => Finding::new(
                "file_system",
                M::CheckFileSystem,
                Status::Ok,
                tf(lang, M::LocalFs, &[&shown, &format!("0x{magic:x}")]),
            ),
        });
    }
    if let Ok(stat) = nix::sys::statvfs::statvfs(dir) {
        let free = stat.blocks_available() * stat.fragment_size();
        let size = std::fs::metadata(db).map(|m| m.len()).unwrap_or(0)
            + std::fs::metadata(with_suffix(db, "-wal"))
                .map(|m| m.len())
                .unwrap_or(0);
        out.push(space_finding(dir, free, size, lang));
    }
    out
}

/// Room for a backup or an upgrade's copy: at least twice the database, and 100 MB.
pub fn space_finding(dir: &Path, free: u64, db_size: u64, lang: Lang) -> Finding {
    let shown = dir.display().to_string();
    let (free_text, size_text) = (bytes(free), bytes(db_size));
    if free < (2 * db_size).max(100 * 1024 * 1024) {
        Finding::new(
            "free_space",
            M::CheckSpace,
            Status::Problem,
            tf(lang, M::SpaceLow, &[&shown, &free_text, &size_text]),
        )
        .fix(tf(lang, M::FixSpace, &[&shown, &shown]))
    } else {
        Finding::new(
            "free_space",
            M::CheckSpace,
            Status::Ok,
            tf(lang, M::Space, &[&shown, &free_text, &size_text]),
        )
    }
}

fn bytes(n: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    let n = n as f64;
    if n >= 1024.0 * MIB {
        format!("{:.1} GiB", n / (1024.0 * MIB))
    } else {
        format!("{:.1} MiB", n / MIB)
    }
}

/// What the database says: schema version, search keys, encryption. Read with the
/// file owner's rights when root runs this (never leaving a root-owned WAL behind).
fn database_findings(db: &Path, expected: &Expected, lang: Lang) -> Vec<Finding> {
    let mut out = Vec::new();
    let encrypted = looks_encrypted(db);
    out.push(Finding::new(
        "encryption",
        M::CheckEncryption,
        Status::Info,
        t(lang, if encrypted { M::Encrypted } else { M::Plain }).to_string(),
    ));
    if encrypted {
        return out;
    }
    let read = || -> Result<(i64, i64, i64), String> {
        let store = Store::open_read_only(db).map_err(|e| e.to_string())?;
        let (found, supported) = store.schema_versions().map_err(|e| e.to_string())?;
        let keys = store.search_key_version().map_err(|e| e.to_string())?;
        Ok((found, supported, keys))
    };
    let owner = std::fs::metadata(db).map(|m| (m.uid(), m.gid())).ok();
    let outcome = match owner {
        Some((uid, gid)) if nix::unistd::geteuid().is_root() && uid != 0 && expected.shared => {
            privilege::with_effective_ids(uid, gid, read).and_then(|r| r)
        }
        _ => read(),
    };
    match outcome {
        Err(reason) => out.push(
            Finding::new(
                "schema",
                M::CheckSchema,
                Status::Problem,
                tf(lang, M::CannotOpen, &[&reason]),
            )
            .fix(t(lang, M::FixRestore).to_string()),
        ),
        Ok((found, supported, keys)) => {
            let (f, s) = (found.to_string(), supported.to_string());
            out.push(if found == supported {
                Finding::new(
                    "schema",
                    M::CheckSchema,
                    Status::Ok,
                    tf(lang, M::SchemaCurrent, &[&f]),
                )
            } else if found < supported {
                Finding::new(
                    "schema",
                    M::CheckSchema,
                    Status::Info,
                    tf(lang, M::SchemaOlder, &[&f, &s]),
                )
            } else {
                Finding::new(
                    "schema",
                    M::CheckSchema,
                    Status::Problem,
                    tf(lang, M::SchemaNewer, &[&f, &s]),
                )
                .fix(t(lang, M::FixNewer).to_string())
            });
            let current = crate::domain::names::KEY_VERSION;
            out.push(if keys == current {
                Finding::new(
                    "search_keys",
                    M::CheckKeys,
                    Status::Ok,
                    tf(lang, M::KeysCurrent, &[&current.to_string()]),
                )
            } else {
                Finding::new(
                    "search_keys",
                    M::CheckKeys,
                    Status::Info,
                    tf(
                        lang,
                        M::KeysPending,
                        &[&keys.to_string(), &current.to_string()],
                    ),
                )
            });
        }
    }
    out
}

/// A plain SQLite file begins with "SQLite format 3\0"; an encrypted one does not.
fn looks_encrypted(db: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 16];
    match std::fs::File::open(db).and_then(|mut f| f.read_exact(&mut header)) {
        Ok(()) => &header != b"SQLite format 3\0",
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn me() -> Expected {
        let uid = nix::unistd::geteuid().as_raw();
        Expected {
            uid,
            owner: user_name(uid),
            shared: false,
        }
    }

    fn set_mode(path: &Path, mode: u32) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    fn a_healthy_single_user_database_has_no_problem_and_doctor_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("k.db");
        drop(Store::create(&db).unwrap());
        let before: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        let findings = examine(&db, Mode::Plain, &me(), Lang::En);
        let after: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(before, after, "doctor left files behind");
        let db_check = findings.iter().find(|f| f.check == "database").unwrap();
        assert_eq!(db_check.status, Status::Ok, "{db_check:?}");
        assert!(db_check.detail.ends_with("0600"), "{}", db_check.detail);
        let schema = findings.iter().find(|f| f.check == "schema").unwrap();
        assert_eq!(schema.status, Status::Ok, "{schema:?}");
        let keys = findings.iter().find(|f| f.check == "search_keys").unwrap();
        assert_eq!(keys.status, Status::Ok, "{keys:?}");
        let enc = findings.iter().find(|f| f.check == "encryption").unwrap();
        assert_eq!(enc.detail, "no (plain SQLite)");
    }

    #[test]
    fn planted_problems_are_found_each_with_its_fix() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("k.db");
        drop(Store::create(&db).unwrap());
        // A database others can read.
        set_mode(&db, 0o644);
        // A WAL left by a run that was not the owner's (here: the wrong mode).
        let wal = with_suffix(&db, "-wal");
        std::fs::write(&wal, b"").unwrap();
        set_mode(&wal, 0o666);
        // A slips directory and a slip open to everyone.
        let slips = dir.path().join("slips");
        std::fs::create_dir(&slips).unwrap();
        set_mode(&slips, 0o700);
        std::fs::write(slips.join("slip.txt"), "x").unwrap();
        set_mode(&slips.join("slip.txt"), 0o644);
        let findings = examine(&db, Mode::Plain, &me(), Lang::En);
        let get = |check: &str| findings.iter().find(|f| f.check == check).unwrap().clone();
        let database = get("database");
        assert_eq!(database.status, Status::Problem);
        assert_eq!(database.fix, Some(format!("chmod 600 {}", db.display())));
        let wal_check = get("wal");
        assert_eq!(wal_check.status, Status::Problem);
        assert_eq!(wal_check.fix, Some(format!("chmod 600 {}", wal.display())));
        let slip = get("slips");
        assert_eq!(slip.status, Status::Problem);
        assert!(slip.fix.unwrap().starts_with("chmod 600 "));
        // The text report shows each problem with its fix, and says how many.
        let text = render(&findings, &me(), Lang::En);
        assert!(text.contains("PROBLEM"), "{text}");
        assert!(
            text.contains(&format!("fix: chmod 600 {}", db.display())),
            "{text}"
        );
        assert!(text.contains("Problems: 3."), "{text}");
        let el = render(&examine(&db, Mode::Plain, &me(), Lang::El), &me(), Lang::El);
        assert!(
            el.contains("ΠΡΟΒΛΗΜΑ") && el.contains("διόρθωση: chmod 600"),
            "{el}"
        );
    }

    #[test]
    fn a_file_of_another_owner_is_given_back_with_chown() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.db-shm");
        std::fs::write(&path, b"").unwrap();
        set_mode(&path, 0o600);
        let meta = std::fs::metadata(&path).unwrap();
        let other = Expected {
            uid: meta.uid() + 1,
            owner: SYSTEM_ACCOUNT.into(),
            shared: true,
        };
        let finding = file_finding("shm", M::CheckShm, &path, &meta, &other, Lang::En);
        assert_eq!(finding.status, Status::Problem);
        assert_eq!(
            finding.fix,
            Some(format!("chown kentro:kentro {}", path.display()))
        );
        assert!(
            finding.detail.contains("should be kentro"),
            "{}",
            finding.detail
        );
    }

    #[test]
    fn a_missing_database_names_init() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("typo.db");
        let findings = examine(&db, Mode::Plain, &me(), Lang::En);
        let database = findings.iter().find(|f| f.check == "database").unwrap();
        assert_eq!(database.status, Status::Problem);
        assert_eq!(
            database.fix,
            Some(format!("kentro init --db {}", db.display()))
        );
        assert!(!db.exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn network_file_systems_small_terminals_and_other_locales_are_problems() {
        assert_eq!(network_file_system(0x6969), Some("NFS"));
        assert_eq!(network_file_system(0xFF53_4D42), Some("CIFS"));
        assert_eq!(network_file_system(0xEF53), None); // ext4
        assert_eq!(network_file_system(0x0102_1994), None); // tmpfs
        let small = terminal_finding(Some((80, 23)), true, "screen", Lang::En);
        assert_eq!(small.status, Status::Problem);
        assert!(small.detail.contains("80×23"), "{}", small.detail);
        assert!(small.fix.unwrap().contains("status off"));
        let fine = terminal_finding(Some((80, 24)), true, "xterm", Lang::El);
        assert_eq!(fine.status, Status::Ok);
        let piped = terminal_finding(None, false, "dumb", Lang::En);
        assert_eq!(piped.status, Status::Info);
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |var: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == var)
                    .map(|(_, v)| v.to_string())
            }
        };
        let latin = locale_finding(env(&[("LANG", "el_GR.ISO-8859-7")]), Lang::En);
        assert_eq!(latin.status, Status::Problem);
        assert!(latin.fix.is_some());
        assert_eq!(
            locale_finding(env(&[("LANG", "el_GR.UTF-8")]), Lang::En).status,
            Status::Ok
        );
        assert_eq!(locale_finding(env(&[]), Lang::En).status, Status::Problem);
        let low = space_finding(Path::new("/srv"), 150 << 20, 100 << 20, Lang::En);
        assert_eq!(low.status, Status::Problem);
        assert_eq!(
            low.fix,
            Some("free space on the disk of /srv (df -h /srv)".into())
        );
        assert_eq!(
            space_finding(Path::new("/srv"), 10 << 30, 100 << 20, Lang::En).status,
            Status::Ok
        );
    }

    #[test]
    fn json_names_each_check_with_its_status_and_fix() {
        let finding =
            Finding::new("wal", M::CheckWal, Status::Problem, "x".into()).fix("chmod 600 x".into());
        let value = serde_json::to_value(&finding).unwrap();
        assert_eq!(
            value,
            serde_json::json!({"check": "wal", "status": "problem", "detail": "x", "fix": "chmod 600 x"})
        );
    }
}
