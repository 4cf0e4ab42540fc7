//! `kentro report`: the period report (a month for the municipality is `--month`),
//! the anonymous aggregate for an observatory, and the merge of several aggregates.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Datelike, NaiveDate};

use super::output::emit;
use super::progress::Progress;
use super::{ReportArgs, ReportCommand};
use crate::domain::access::Kind;
use crate::domain::dates::{DateError, parse_date};
use crate::domain::records::Staff;
use crate::domain::report::period::{AGGREGATE_KIND, Period, PeriodCounts};
use crate::i18n::Lang;
use crate::report::period_counts;
use crate::report::render::{self, ReportFormat};
use crate::report::tables::{Labels, Published, period_report};
use crate::store::{Stamp, Store};

pub fn run(
    store: &mut Store,
    me: &Staff,
    args: &ReportArgs,
    lang: Lang,
) -> Result<ExitCode, String> {
    super::staff::require(me, Kind::Reports, "making reports")?;
    let today = chrono::Local::now().date_naive();
    if let Some(ReportCommand::Merge { files, format, out }) = &args.command {
        return merge(store, files, *format, out.as_deref(), lang);
    }
    let period = period_of(args, today)?;
    let progress = Progress::counting("people counted");
    let counts = period_counts(store, period, args.service.as_deref(), today, |n| {
        progress.set(n)
    })
    .map_err(|e| e.to_string())?;
    progress.finish();
    let stamp = Stamp::now(&me.login);
    let what = if args.aggregate {
        "aggregate"
    } else {
        "period"
    };
    let detail = format!(
        "{what} {}..{} service={} format={:?} exact={}",
        period.from,
        period.to,
        args.service.as_deref().unwrap_or("all"),
        args.format,
        args.exact
    );
    store
        .audit(&stamp, "report", "report", None, &detail)
        .map_err(crate::cli::store_error)?;
    if args.aggregate {
        if args.format != ReportFormat::Json {
            return Err("an aggregate is written as JSON: add --format json".to_string());
        }
        let json = serde_json::to_string_pretty(&counts).map_err(|e| e.to_string())?;
        emit(args.out.as_deref(), json.as_bytes(), false)?;
        return Ok(ExitCode::SUCCESS);
    }
    let services = store.services().map_err(crate::cli::store_error)?;
    let labels = Labels {
        lang,
        services: &services,
    };
    let published = period_report(&counts, &labels, !args.exact);
    write_published(&published, args.format, args.out.as_deref())?;
    Ok(ExitCode::SUCCESS)
}

/// The period asked for: `--month YYYY-MM`, or `--from`/`--to` (either may be left
/// out: the first of this month, today).
fn period_of(args: &ReportArgs, today: NaiveDate) -> Result<Period, String> {
    if let Some(month) = &args.month {
        let (year, month) = month
            .split_once('-')
            .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)))
            .ok_or_else(|| format!("--month {month:?}: write YYYY-MM, e.g. 2026-03"))?;
        return Period::month(year, month).map_err(|e| format!("--month: {e}"));
    }
    let date = |text: &Option<String>, name: &str, default: NaiveDate| match text {
        Some(text) => parse_date(text, today).map_err(|e| {
            let why = match e {
                DateError::NotADate => "no such day",
                _ => "write YYYY-MM-DD or DD/MM/YYYY",
            };
            format!("--{name} {text:?}: {why}")
        }),
        None => Ok(default),
    };
    let first_of_month = today.with_day0(0).unwrap_or(today);
    let from = date(&args.from, "from", first_of_month)?;
    let to = date(&args.to, "to", today)?;
    Period::new(from, to).map_err(|e| e.to_string())
}

/// Writes a published report in `format` to `out` (or standard output).
pub fn write_published(
    published: &Published,
    format: ReportFormat,
    out: Option<&Path>,
) -> Result<(), String> {
    match format {
        ReportFormat::Md => emit(out, render::markdown(published).as_bytes(), false),
        ReportFormat::Csv => emit(out, render::csv(published)?.as_bytes(), false),
        ReportFormat::Json => emit(out, render::json(published)?.as_bytes(), false),
        ReportFormat::Xlsx => emit(out, &render::xlsx(published)?, true),
    }
}

/// Adds several centres' aggregates into one report, suppressing small counts after
/// adding (a "<5" in one centre may be 12 across the network).
fn merge(
    store: &Store,
    files: &[PathBuf],
    format: ReportFormat,
    out: Option<&Path>,
    lang: Lang,
) -> Result<ExitCode, String> {
    let mut merged: Option<PeriodCounts> = None;
    for file in files {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
        let counts: PeriodCounts = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{}: not a kentro aggregate (`kentro report --aggregate --format json` writes one): {e}",
                file.display()
            )
        })?;
        if counts.kind != AGGREGATE_KIND {
            return Err(format!("{}: not a kentro period aggregate", file.display()));
        }
        match &mut merged {
            None => merged = Some(counts),
            Some(all) => all
                .merge(&counts)
                .map_err(|e| format!("{}: {e}", file.display()))?,
        }
    }
    let merged = merged.ok_or("name at least one aggregate file")?;
    let services = store.services().map_err(crate::cli::store_error)?;
    let labels = Labels {
        lang,
        services: &services,
    };
    let published = period_report(&merged, &labels, true);
    write_published(&published, format, out)?;
    Ok(ExitCode::SUCCESS)
}
