//! `kentro esf`: a person's ESF intake facts, entries into and exits from operations,
//! the indicators (ESF+ 2021–2027 or 2014–2020) and the per-participant entry/exit
//! records that Greek ESF monitoring asks for.

use crate::i18n::errors::ErrMsg;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::output::emit;
use super::progress::Progress;
use super::report::write_published;
use super::staff::require;
use super::{EsfArgs, EsfWhat};
use crate::domain::access::Kind;
use crate::domain::dates::parse_date;
use crate::domain::records::Staff;
use crate::domain::report::esf::{Area, Housing, IndicatorCounter, IndicatorSet, Participant};
use crate::domain::report::period::Period;
use crate::i18n::Lang;
use crate::report::tables::esf_report;
use crate::store::{Stamp, Store};

pub fn run(
    store: &mut Store,
    me: &Staff,
    args: &EsfArgs,
    lang: Lang,
) -> Result<ExitCode, crate::Error> {
    let today = chrono::Local::now().date_naive();
    let stamp = Stamp::now(&me.login);
    let date = |text: &Option<String>, name: &str| -> Result<NaiveDate, crate::Error> {
        match text {
            Some(text) => parse_date(text, today).map_err(|_| {
                crate::Error::usage(ErrMsg::BadDateOption, &[name, &format!("{text:?}")])
            }),
            None => Ok(today),
        }
    };
    match &args.what {
        EsfWhat::Facts {
            person,
            unemployed_since,
            housing,
            area,
            born_abroad,
            parent_born_abroad,
            minority,
        } => {
            let mut facts = store.esf_facts(*person)?;
            if let Some(text) = unemployed_since {
                facts.unemployed_since = if text.is_empty() {
                    None
                } else {
                    Some(
                        crate::domain::dates::parse_past_date(text, today).map_err(|_| {
                            crate::Error::usage(
                                ErrMsg::BadPastDateOption,
                                &["unemployed-since", &format!("{text:?}")],
                            )
                        })?,
                    )
                };
            }
            if let Some(code) = housing {
                facts.housing = Some(Housing::from_code(code).ok_or_else(|| {
                    crate::Error::usage(
                        ErrMsg::OptionChoices,
                        &[
                            "housing",
                            &format!("{code:?}"),
                            &codes(Housing::ALL.map(Housing::code)),
                        ],
                    )
                })?);
            }
            if let Some(code) = area {
                facts.area = Some(Area::from_code(code).ok_or_else(|| {
                    crate::Error::usage(
                        ErrMsg::OptionChoices,
                        &[
                            "area",
                            &format!("{code:?}"),
                            &codes(Area::ALL.map(Area::code)),
                        ],
                    )
                })?);
            }
            for (value, slot) in [
                (born_abroad, &mut facts.born_abroad),
                (parent_born_abroad, &mut facts.parent_born_abroad),
                (minority, &mut facts.minority),
            ] {
                if let Some(answer) = value {
                    *slot = yes_no(answer)?;
                }
            }
            store.save_esf_facts(*person, &facts, &stamp)?;
            super::print(&format!("saved ESF facts of person {person}\n"))?;
        }
        EsfWhat::Enter {
            person,
            operation,
            on,
        } => {
            let on = date(on, "on")?;
            store.enter_operation(*person, operation, on, &stamp)?;
            super::print(&format!("person {person} entered {operation} on {on}\n"))?;
        }
        EsfWhat::Exit {
            person,
            operation,
            on,
            reason,
        } => {
            let on = date(on, "on")?;
            store.exit_operation(
                *person,
                operation,
                on,
                reason.as_deref().unwrap_or(""),
                &stamp,
            )?;
            super::print(&format!("person {person} left {operation} on {on}\n"))?;
        }
        EsfWhat::Indicators {
            from,
            to,
            operation,
            set,
            format,
            out,
            exact,
        } => {
            require(me, Kind::Reports, "ESF indicators")?;
            let period = Period::new(date(from, "from")?, date(to, "to")?)
                .map_err(super::report::period_error)?;
            let progress = Progress::counting("participants");
            let mut counter = IndicatorCounter::new(*set);
            let mut seen = 0u64;
            store.for_each_participant(&period, operation.as_deref(), |p| {
                counter.add(&p);
                seen += 1;
                if seen.is_multiple_of(10_000) {
                    progress.set(seen);
                }
            })?;
            progress.finish();
            let detail = format!(
                "esf {:?} {}..{} operation={} exact={exact}",
                set,
                period.from,
                period.to,
                operation.as_deref().unwrap_or("centre")
            );
            store.audit(&stamp, "report", "report", None, &detail)?;
            let published = esf_report(
                *set,
                &period,
                operation.as_deref(),
                &counter.finish(),
                lang,
                !exact,
            );
            write_published(&published, *format, out.as_deref())?;
        }
        EsfWhat::Participants {
            operation,
            from,
            to,
            set,
            out,
        } => {
            // One row per person: personal data leaving the centre.
            require(me, Kind::BulkExport, "per-participant ESF records")?;
            let from = match from {
                Some(_) => date(from, "from")?,
                None => NaiveDate::MIN,
            };
            let period = Period::new(from, date(to, "to")?).map_err(super::report::period_error)?;
            let mut participants = Vec::new();
            store.for_each_participant(&period, Some(operation), |p| participants.push(p))?;
            store.audit(
                &stamp,
                "export",
                "participation",
                None,
                &format!("{operation} rows={}", participants.len()),
            )?;
            let csv = participants_csv(operation, *set, &participants)?;
            emit(out.as_deref(), csv.as_bytes(), false)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn codes<const N: usize>(list: [&str; N]) -> String {
    list.join(", ")
}

fn yes_no(text: &str) -> Result<Option<bool>, crate::Error> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "y" | "ναι" | "1" => Ok(Some(true)),
        "no" | "n" | "όχι" | "0" => Ok(Some(false)),
        "" | "unknown" | "declined" => Ok(None),
        other => Err(crate::Error::usage(
            ErrMsg::AnswerYesNo,
            &[&format!("{other:?}")],
        )),
    }
}

/// The entry/exit record of each participant: the person's id (no name), the
/// operation, entry and exit, gender, age at entry, employment and education at
/// entry, and 1/0 for each indicator of the set.
fn participants_csv(
    operation: &str,
    set: IndicatorSet,
    participants: &[Participant],
) -> Result<String, crate::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let codes: Vec<&str> = set.indicators().iter().map(|i| i.code).collect();
    let mut header = vec![
        "person_id",
        "operation",
        "entered_on",
        "left_on",
        "gender",
        "age_at_entry",
        "employment",
        "education",
    ];
    header.extend(&codes);
    let fail = |e: &dyn std::fmt::Display| {
        crate::Error::failure(ErrMsg::CannotWriteCsv, &[&e.to_string()])
    };
    writer.write_record(&header).map_err(|e| fail(&e))?;
    for p in participants {
        let has = IndicatorCounter::codes_of(set, p);
        let mut record = vec![
            p.person_id.to_string(),
            operation.to_string(),
            p.entered_on.to_string(),
            p.left_on.map(|d| d.to_string()).unwrap_or_default(),
            p.gender.map(|g| g.code().to_string()).unwrap_or_default(),
            p.age_at_entry().map(|a| a.to_string()).unwrap_or_default(),
            p.employment
                .map(|e| e.code().to_string())
                .unwrap_or_default(),
            p.education
                .map(|e| e.code().to_string())
                .unwrap_or_default(),
        ];
        record.extend(
            codes
                .iter()
                .map(|c| if has.contains(c) { "1" } else { "0" }.to_string()),
        );
        writer.write_record(&record).map_err(|e| fail(&e))?;
    }
    let bytes = writer.into_inner().map_err(|e| fail(&e))?;
    String::from_utf8(bytes).map_err(|e| fail(&e))
}
