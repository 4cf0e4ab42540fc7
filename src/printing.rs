//! The desk's printer: the `print_command` setting (for example `lp -d desk2`) gets
//! a slip's or a ticket's plain text on its standard input. With none configured,
//! slips are shown on screen (`kentro referrals slip ID`) or written to a file (the
//! referral screen), and tickets are not printed.
//!
//! The command is run by `/bin/sh -c` with the real user's rights (a set-user-id
//! kentro never runs it as the system account, and takes it only from the system
//! config), and its standard output discarded; what it says on standard error is
//! kept for the message when it fails.

use std::io::Write;
use std::process::{Command, Stdio};

/// A configured printer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printer {
    command: String,
}

/// Why printing failed (no personal data: the text printed is never in it).
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("cannot run the print command `{command}`: {source}")]
    Start {
        command: String,
        source: std::io::Error,
    },
    #[error("the print command `{command}` did not take the text: {source}")]
    Write {
        command: String,
        source: std::io::Error,
    },
    #[error("the print command `{command}` failed ({status}){said}")]
    Failed {
        command: String,
        status: String,
        said: String,
    },
}

impl Printer {
    /// The printer `print_command` names, if it names one.
    pub fn configured(command: Option<&str>) -> Option<Printer> {
        command
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(|c| Printer {
                command: c.to_string(),
            })
    }

    pub fn command(&self) -> &str {
        &self.command
    }

    /// Sends `text` to the printer and waits for the command to finish.
    pub fn print(&self, text: &str) -> Result<(), PrintError> {
        let mut command = Command::new("/bin/sh");
        command
            .arg("-c")
            .arg(&self.command)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if std::env::var_os("PATH").is_none() {
            // A set-user-id kentro runs with a cleared environment.
            command.env("PATH", "/usr/local/bin:/usr/bin:/bin");
        }
        #[cfg(unix)]
        {
            // The user's own rights, never the system account's.
            use std::os::unix::process::CommandExt;
            command
                .uid(nix::unistd::getuid().as_raw())
                .gid(nix::unistd::getgid().as_raw());
        }
        let mut child = command.spawn().map_err(|source| PrintError::Start {
            command: self.command.clone(),
            source,
        })?;
        let written = match child.stdin.take() {
            Some(mut stdin) => stdin.write_all(text.as_bytes()),
            None => Ok(()),
        };
        let output = child
            .wait_with_output()
            .map_err(|source| PrintError::Start {
                command: self.command.clone(),
                source,
            })?;
        if !output.status.success() {
            let said = String::from_utf8_lossy(&output.stderr);
            let said = said.lines().next().unwrap_or("").trim();
            return Err(PrintError::Failed {
                command: self.command.clone(),
                status: output.status.to_string(),
                said: if said.is_empty() {
                    String::new()
                } else {
                    format!(": {said}")
                },
            });
        }
        written.map_err(|source| PrintError::Write {
            command: self.command.clone(),
            source,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_reaches_the_command_and_failures_are_told() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("printed.txt");
        let printer = Printer::configured(Some(&format!("cat > '{}'", out.display()))).unwrap();
        printer.print("Κ014\nΥποδοχή\n").unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "Κ014\nΥποδοχή\n");
        let broken = Printer::configured(Some("echo 'lp: no such printer' >&2; exit 1")).unwrap();
        let e = broken.print("x").unwrap_err().to_string();
        assert!(e.contains("failed") && e.contains("no such printer"), "{e}");
        assert_eq!(Printer::configured(Some("  ")), None);
        assert_eq!(Printer::configured(None), None);
    }
}
