//! `kentro distribution ...`: the programmes, and each programme's monthly list of
//! who received what, by household, for the programme's own reporting.

use crate::i18n::errors::ErrMsg;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::domain::access::{Access, Kind, Scope, access};
use crate::domain::records::Staff;
use crate::store::{MonthlyRow, Stamp, Store};

#[derive(Debug, Args)]
pub struct DistributionArgs {
    #[command(subcommand)]
    pub command: DistributionCommand,
}

#[derive(Debug, Subcommand)]
pub enum DistributionCommand {
    /// The programmes: code, unit, period, over-allowance rule, name.
    Programmes {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// A programme's hand-outs in one month, by household, as CSV (administrators;
    /// the export is audited).
    List {
        /// The programme's code (see `kentro distribution programmes`).
        #[arg(long)]
        programme: String,
        /// YYYY-MM
        #[arg(long, value_parser = parse_month)]
        month: NaiveDate,
        /// Output file (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

// clap's value parser: clap puts the refusal into its own usage error (exit status 2),
// said in the operator's language.
fn parse_month(text: &str) -> Result<NaiveDate, crate::Error> {
    NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
        .map_err(|_| crate::Error::usage(ErrMsg::NotAMonth, &[&text.escape_debug().to_string()]))
}

fn write_rows(rows: &[MonthlyRow], out: impl Write) -> Result<(), crate::Error> {
    let mut w = csv::Writer::from_writer(out);
    let fail = |e: &dyn std::fmt::Display| {
        crate::Error::failure(ErrMsg::CannotWriteList, &[&e.to_string()])
    };
    w.write_record([
        "household_id",
        "household",
        "given_at",
        "given_by",
        "items",
        "counted",
        "over_allowance",
    ])
    .map_err(|e| fail(&e))?;
    for r in rows {
        let items = r
            .lines
            .iter()
            .map(|l| format!("{} x{}", l.category, l.quantity))
            .collect::<Vec<_>>()
            .join("; ");
        w.write_record([
            r.household_id.to_string(),
            r.household.clone(),
            r.given_at.format("%Y-%m-%d %H:%M").to_string(),
            r.given_by.clone(),
            items,
            r.counted.to_string(),
            if r.over { "yes".into() } else { String::new() },
        ])
        .map_err(|e| fail(&e))?;
    }
    w.flush().map_err(|e| fail(&e))
}

/// Temporary file beside `path`, renamed into place: never half a file.
/// Owner-only, never through a symbolic link (see [`crate::fsio`]).
fn write_file(rows: &[MonthlyRow], path: &Path) -> Result<(), crate::Error> {
    crate::fsio::write_with(path, crate::fsio::Existing::Replace, |out| {
        write_rows(rows, out)
    })?;
    Ok(())
}

pub fn run(
    store: &mut Store,
    me: &Staff,
    args: &DistributionArgs,
) -> Result<ExitCode, crate::Error> {
    match &args.command {
        DistributionCommand::Programmes { json } => {
            let programmes = store.programmes()?;
            if *json {
                let rows = programmes
                    .iter()
                    .map(|p| {
                        serde_json::json!({
                            "code": p.code,
                            "unit": p.unit.code(),
                            "period": p.period.code(),
                            "over_limit": p.over_limit.code(),
                            "name_el": p.name_el,
                            "name_en": p.name_en,
                        })
                    })
                    .collect();
                super::json::print_rows(rows)?;
                return Ok(ExitCode::SUCCESS);
            }
            let mut out = String::new();
            for p in &programmes {
                out.push_str(&format!(
                    "{:<10} {:<6} {:<7} {:<4} {}\n",
                    p.code,
                    p.unit.code(),
                    p.period.code(),
                    p.over_limit.code(),
                    p.name_en
                ));
            }
            super::print(&out)?;
        }
        DistributionCommand::List {
            programme,
            month,
            out,
        } => {
            if access(&me.viewer(), Kind::Reports, Scope::Centre) != Access::See {
                return Err(crate::Error::refused(ErrMsg::MonthlyListsForAdmins, &[]));
            }
            let p = store.programme_by_code(programme)?.ok_or_else(|| {
                crate::Error::not_found(ErrMsg::NoProgramme, &[&format!("{programme:?}")])
            })?;
            let rows = store.monthly_list(p.id, *month)?;
            store.audit(
                &Stamp::now(&me.login),
                "export",
                "handout",
                Some(p.id),
                &month.format("%Y-%m").to_string(),
            )?;
            match out {
                Some(path) => {
                    write_file(&rows, path)?;
                    errln!("{} hand-outs written to {}", rows.len(), path.display());
                }
                None => {
                    let mut buf = Vec::new();
                    write_rows(&rows, &mut buf)?;
                    super::print(&String::from_utf8_lossy(&buf))?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
