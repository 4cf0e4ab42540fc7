//! `kentro doctor [--json]`: is this installation as it should be? The database's files
//! (owner, mode), the slips and backups, the set-user-id install, this session's umask,
//! locale and terminal, the file system and its free space, and what the database
//! itself says (schema, search keys, encryption). Each problem comes with the command
//! that fixes it; the exit status is 1 when there is one.
//!
//! It creates nothing: the database is opened only to be read, with the rights of the
//! file's owner when run by root (so root's run cannot leave a WAL no desk may use).

use std::os::unix::fs::MetadataExt;
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

pub fn run(db: &Path, mode: Mode, args: &DoctorArgs, lang: Lang) -> Result<ExitCode, crate::Error> {
    let expected = expected_owner(db, mode);
    let findings = examine(db, mode, &expected, lang);
    let problems = findings
        .iter()
        .filter(|f| f.status == Status::Problem)
        .count();
    if args.json {
        let value = serde_json::json!({ "ok": problems == 0, "checks": findings });
        let text = serde_json::to_string_pretty(&value)?;
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

mod files;
mod session;
mod storage;
#[cfg(test)]
mod tests;

use files::*;
use session::*;
use storage::*;
