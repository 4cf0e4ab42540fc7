//! The manual page and the shell completions, made from the command line itself so
//! they never disagree with it: `kentro man` (hidden; for packaging) and `kentro
//! completions bash|zsh|fish`. Generated copies are kept under contrib/ and checked
//! by tests/packaging/.

use std::process::ExitCode;

use clap_complete::Shell;

/// The sections clap does not know: exit statuses, environment, files.
const EXTRA_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
done
.TP
\fB1\fR
error: the message on standard error says what
.TP
\fB2\fR
usage: unknown option or missing argument, or options that cannot be done as asked (a workbook without \fB\-\-out\fR, a value that is not a date)
.TP
\fB3\fR
nothing found or nobody waiting: the command worked but had nothing to give
.TP
\fB129\fR
the terminal hung up (SSH dropped); drafts were kept
.SH ENVIRONMENT
.TP
\fBKENTRO_DB\fR
the database, when no \fB\-\-db\fR is given
.TP
\fBKENTRO_CONFIG\fR
the user's config file instead of ~/.config/kentro/config.toml
.TP
\fBKENTRO_DESK\fR
this thin client's desk number, passed by SSH (SendEnv/AcceptEnv)
.TP
\fBLANG\fR, \fBLC_ALL\fR, \fBLC_MESSAGES\fR
the language when neither \fB\-\-lang\fR nor the config gives one
.TP
\fBRUST_LOG\fR
what the log keeps (default: info)
.TP
\fBNO_COLOR\fR
no colours
.SH FILES
.TP
/etc/kentro/config.toml
the system's settings (every key: /usr/share/doc/kentro/config.toml)
.TP
~/.config/kentro/config.toml
the user's settings, over the system's
.TP
~/.local/state/kentro/kentro.log
the log of a plain install (0600); under systemd or a set-user-id install with journald: journalctl \-t kentro
.SH "SEE ALSO"
tmux(1), sshd_config(5), systemctl(1)
"#;

/// The manual page, roff, for section 1. Its version line is the package's alone
/// (not the schema's), so adding a migration does not make the shipped page stale.
pub fn man_page() -> Result<Vec<u8>, crate::Error> {
    let command = super::command().version(env!("CARGO_PKG_VERSION"));
    let man = clap_mangen::Man::new(command);
    let mut out = Vec::new();
    let fail = |e: std::io::Error| {
        crate::Error::failure(
            crate::i18n::errors::ErrMsg::CannotMakeManual,
            &[&e.to_string()],
        )
    };
    man.render_title(&mut out).map_err(fail)?;
    man.render_name_section(&mut out).map_err(fail)?;
    man.render_synopsis_section(&mut out).map_err(fail)?;
    man.render_description_section(&mut out).map_err(fail)?;
    man.render_options_section(&mut out).map_err(fail)?;
    man.render_subcommands_section(&mut out).map_err(fail)?;
    out.extend_from_slice(EXTRA_SECTIONS.as_bytes());
    man.render_version_section(&mut out).map_err(fail)?;
    Ok(out)
}

/// `kentro man`: the manual page on standard output.
pub fn man() -> Result<ExitCode, crate::Error> {
    let page = man_page()?;
    super::print(&String::from_utf8_lossy(&page))?;
    Ok(ExitCode::SUCCESS)
}

/// `kentro completions SHELL`: the completion script on standard output.
pub fn completions(shell: Shell) -> Result<ExitCode, crate::Error> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut super::command(), "kentro", &mut out);
    super::print(&String::from_utf8_lossy(&out))?;
    Ok(ExitCode::SUCCESS)
}
