//! `kentro report`: the period report (a month for the municipality is `--month`),
//! the anonymous aggregate for an observatory, and the merge of several aggregates.

use crate::domain::report::period::{MergeError, PeriodError};
use crate::error::{Doing, Words};
use crate::i18n::errors::ErrMsg;
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
) -> Result<ExitCode, crate::Error> {
    super::staff::require(me, Kind::Reports, "making reports")?;
    let today = chrono::Local::now().date_naive();
    if let Some(ReportCommand::Merge { files, format, out }) = &args.command {
        return merge(store, files, *format, out.as_deref(), lang);
    }
    let period = period_of(args, today)?;
    let progress = Progress::counting("people counted");
    let counts = period_counts(store, period, args.service.as_deref(), today, |n| {
        progress.set(n)
    })?;
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
    store.audit(&stamp, "report", "report", None, &detail)?;
    if args.aggregate {
        if args.format != ReportFormat::Json {
            return Err(crate::Error::usage(ErrMsg::AggregateNeedsJson, &[]));
        }
        let json = serde_json::to_string_pretty(&counts)?;
        emit(args.out.as_deref(), json.as_bytes(), false)?;
        return Ok(ExitCode::SUCCESS);
    }
    let services = store.services()?;
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
fn period_of(args: &ReportArgs, today: NaiveDate) -> Result<Period, crate::Error> {
    if let Some(month) = &args.month {
        let (year, month) = month
            .split_once('-')
            .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)))
            .ok_or_else(|| crate::Error::usage(ErrMsg::BadMonthOption, &[&format!("{month:?}")]))?;
        return Period::month(year, month).map_err(period_error);
    }
    let date = |text: &Option<String>, name: &str, default: NaiveDate| match text {
        Some(text) => parse_date(text, today).map_err(|e| {
            let why = match e {
                DateError::NotADate => ErrMsg::NoSuchDayOption,
                _ => ErrMsg::BadDateOption,
            };
            crate::Error::usage(why, &[name, &format!("{text:?}")])
        }),
        None => Ok(default),
    };
    let first_of_month = today.with_day0(0).unwrap_or(today);
    let from = date(&args.from, "from", first_of_month)?;
    let to = date(&args.to, "to", today)?;
    Period::new(from, to).map_err(period_error)
}

/// Why an aggregate cannot be added to the others, naming its file.
fn merge_refusal(file: &str, e: &MergeError) -> Words {
    match e {
        MergeError::NotAnAggregate => Words::new(ErrMsg::MergeNotAggregate, &[file]),
        MergeError::Definition(a, b) => Words::new(
            ErrMsg::MergeDefinition,
            &[file, &b.to_string(), &a.to_string()],
        ),
        MergeError::Period(a, b) => Words::new(
            ErrMsg::MergePeriod,
            &[
                file,
                &b.from.to_string(),
                &b.to.to_string(),
                &a.from.to_string(),
                &a.to.to_string(),
            ],
        ),
        MergeError::Service => Words::new(ErrMsg::MergeService, &[file]),
    }
}

/// A period the command line asked for that is not one.
pub(super) fn period_error(e: PeriodError) -> crate::Error {
    match e {
        PeriodError::Reversed => crate::Error::usage(ErrMsg::PeriodReversed, &[]),
        PeriodError::NoSuchMonth => crate::Error::usage(ErrMsg::NoSuchMonth, &[]),
    }
}

/// Writes a published report in `format` to `out` (or standard output).
pub fn write_published(
    published: &Published,
    format: ReportFormat,
    out: Option<&Path>,
) -> Result<(), crate::Error> {
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
) -> Result<ExitCode, crate::Error> {
    let mut merged: Option<PeriodCounts> = None;
    for file in files {
        let text = std::fs::read_to_string(file).map_err(crate::Error::io(Doing::Read, file))?;
        let shown = file.display().to_string();
        let counts: PeriodCounts = serde_json::from_str(&text).map_err(|e| {
            crate::Error::refused(ErrMsg::NotAnAggregate, &[&shown, &e.to_string()])
        })?;
        if counts.kind != AGGREGATE_KIND {
            return Err(crate::Error::refused(
                ErrMsg::NotAPeriodAggregate,
                &[&shown],
            ));
        }
        match &mut merged {
            None => merged = Some(counts),
            Some(all) => all
                .merge(&counts)
                .map_err(|e| crate::Error::Refused(merge_refusal(&shown, &e)))?,
        }
    }
    let merged = merged.ok_or_else(|| crate::Error::usage(ErrMsg::NameAnAggregate, &[]))?;
    let services = store.services()?;
    let labels = Labels {
        lang,
        services: &services,
    };
    let published = period_report(&merged, &labels, true);
    write_published(&published, format, out)?;
    Ok(ExitCode::SUCCESS)
}
