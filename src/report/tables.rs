//! Counts turned into labelled tables in the operator's language, with small counts
//! suppressed unless exact figures are asked for.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::codes::{Gender, ReferralState, TicketState, Vulnerability};
use crate::domain::records::Service;
use crate::domain::report::disclosure::{Cell, CountTable, suppress_list};
use crate::domain::report::period::{AgeBand, Dimension, NONE, PeriodCounts, UNKNOWN};
use crate::i18n::intake::{gender_label, vulnerability_label};
use crate::i18n::queue::ticket_state;
use crate::i18n::referral::state_msg;
use crate::i18n::report::RpMsg;
use crate::i18n::{Lang, country_name, language_name, service_name, t, tf};

/// One published table: a title, column names (the first names the row labels) and
/// rows of label and cells as text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub label: String,
    pub cells: Vec<String>,
}

/// A whole published report: a heading, notes, and tables.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Published {
    pub title: String,
    pub notes: Vec<String>,
    /// Whether small counts were suppressed.
    pub suppressed: bool,
    pub tables: Vec<Table>,
}

/// How to name things in a report.
pub struct Labels<'a> {
    pub lang: Lang,
    pub services: &'a [Service],
}

impl Labels<'_> {
    fn t(&self, msg: RpMsg) -> String {
        t(self.lang, msg).to_string()
    }

    fn service(&self, code: &str) -> String {
        self.services.iter().find(|s| s.code == code).map_or_else(
            || code.to_string(),
            |s| service_name(s, self.lang).to_string(),
        )
    }

    fn category(&self, dimension: Dimension, key: &str) -> String {
        if key == UNKNOWN {
            return self.t(RpMsg::Unknown);
        }
        match dimension {
            Dimension::Gender => Gender::from_code(key).map_or_else(
                || key.to_string(),
                |g| t(self.lang, gender_label(g)).to_string(),
            ),
            Dimension::AgeBand => match key {
                "65+" => self.t(RpMsg::Band65),
                _ => format!("{} {}", key.replace('-', "–"), self.t(RpMsg::Years)),
            },
            Dimension::Nationality => country_name(key, self.lang),
            Dimension::Language => language_name(key, self.lang),
            Dimension::Municipality => key.to_string(),
            Dimension::Vulnerability if key == NONE => self.t(RpMsg::NoGroup),
            Dimension::Vulnerability => Vulnerability::from_code(key).map_or_else(
                || key.to_string(),
                |v| t(self.lang, vulnerability_label(v)).to_string(),
            ),
            Dimension::HouseholdSize if key == "6+" => self.t(RpMsg::Size6),
            Dimension::HouseholdSize => key.to_string(),
        }
    }

    fn title(&self, dimension: Dimension) -> String {
        self.t(match dimension {
            Dimension::Gender => RpMsg::ByGender,
            Dimension::AgeBand => RpMsg::ByAgeBand,
            Dimension::Nationality => RpMsg::ByNationality,
            Dimension::Municipality => RpMsg::ByMunicipality,
            Dimension::Language => RpMsg::ByLanguage,
            Dimension::Vulnerability => RpMsg::ByVulnerability,
            Dimension::HouseholdSize => RpMsg::ByHouseholdSize,
        })
    }
}

fn texts(cells: &[Cell]) -> Vec<String> {
    cells.iter().map(|c| c.text()).collect()
}

/// Suppresses (or not) and returns the cells of a table with row and column totals.
fn grid(counts: Vec<Vec<u64>>, suppress: bool) -> Vec<Vec<Cell>> {
    let mut table = CountTable::exact(&counts, true, true);
    if suppress {
        table.suppress();
    }
    table.cells
}

/// Rows of `nested` (row key → column key → count) with a total column and a total
/// row, columns in `columns` order.
fn cross(nested: &BTreeMap<String, BTreeMap<String, u64>>, columns: &[&str]) -> Vec<Vec<u64>> {
    let mut rows: Vec<Vec<u64>> = nested
        .values()
        .map(|by_column| {
            let mut row: Vec<u64> = columns
                .iter()
                .map(|c| by_column.get(*c).copied().unwrap_or(0))
                .collect();
            row.push(row.iter().sum());
            row
        })
        .collect();
    let width = columns.len() + 1;
    let totals = (0..width)
        .map(|c| rows.iter().map(|r| r[c]).sum())
        .collect();
    rows.push(totals);
    rows
}

/// A table of service (row) by outcome (column, as (code, heading)), with totals:
/// the tickets by outcome and the referrals by state are this one shape.
fn by_service(
    labels: &Labels<'_>,
    (title, first_heading): (RpMsg, RpMsg),
    nested: &BTreeMap<String, BTreeMap<String, u64>>,
    columns: Vec<(&str, String)>,
    suppress: bool,
) -> Table {
    let codes: Vec<&str> = columns.iter().map(|(code, _)| *code).collect();
    let cells = grid(cross(nested, &codes), suppress);
    let mut header = vec![labels.t(first_heading)];
    header.extend(columns.into_iter().map(|(_, heading)| heading));
    header.push(labels.t(RpMsg::Total));
    let mut row_labels: Vec<String> = nested.keys().map(|k| labels.service(k)).collect();
    row_labels.push(labels.t(RpMsg::Total));
    Table {
        title: labels.t(title),
        header,
        rows: row_labels
            .into_iter()
            .zip(cells)
            .map(|(label, cells)| Row {
                label,
                cells: texts(&cells),
            })
            .collect(),
    }
}

/// The period report as published.
pub fn period_report(counts: &PeriodCounts, labels: &Labels<'_>, suppress: bool) -> Published {
    let lang = labels.lang;
    let from = counts.period.from.format("%d/%m/%Y").to_string();
    let to = counts.period.to.format("%d/%m/%Y").to_string();
    let mut title = tf(lang, RpMsg::Title, &[&from, &to]);
    if let Some(service) = &counts.service {
        title.push_str(" · ");
        title.push_str(&tf(lang, RpMsg::TitleService, &[&labels.service(service)]));
    }
    let mut notes = Vec::new();
    if counts.centres.len() > 1 {
        notes.push(tf(lang, RpMsg::Centres, &[&counts.centres.join(", ")]));
    }
    notes.push(labels.t(if suppress {
        RpMsg::SmallCountsNote
    } else {
        RpMsg::ExactNote
    }));

    let mut tables = Vec::new();
    // Summary: new and returning add up to the people served.
    let split = if suppress {
        suppress_list(&[counts.people_new, counts.people_returning], true)
    } else {
        vec![
            Cell::Count(counts.people_new),
            Cell::Count(counts.people_returning),
        ]
    };
    let single = |n: u64| {
        if suppress {
            suppress_list(&[n], false)[0]
        } else {
            Cell::Count(n)
        }
    };
    let tickets_total: u64 = counts.tickets.values().flat_map(|m| m.values()).sum();
    let referrals_total: u64 = counts.referrals.values().flat_map(|m| m.values()).sum();
    let counted_on = counts.counted_on.format("%d/%m/%Y").to_string();
    let summary = [
        (labels.t(RpMsg::PeopleServed), single(counts.people_served)),
        (labels.t(RpMsg::PeopleNew), split[0]),
        (labels.t(RpMsg::PeopleReturning), split[1]),
        (labels.t(RpMsg::Visits), single(counts.visits)),
        (labels.t(RpMsg::Tickets), single(tickets_total)),
        (labels.t(RpMsg::Referrals), single(referrals_total)),
        (
            tf(lang, RpMsg::FollowUpsOverdue, &[&counted_on]),
            single(counts.follow_ups_overdue),
        ),
    ];
    tables.push(Table {
        title: labels.t(RpMsg::Summary),
        header: vec![labels.t(RpMsg::Figure), labels.t(RpMsg::Value)],
        rows: summary
            .into_iter()
            .map(|(label, cell)| Row {
                label,
                cells: vec![cell.text()],
            })
            .collect(),
    });

    for dimension in Dimension::ALL {
        let empty = BTreeMap::new();
        let categories = counts.breakdowns.get(&dimension).unwrap_or(&empty);
        let mut keys: Vec<&String> = categories.keys().collect();
        if dimension == Dimension::AgeBand {
            keys.sort_by_key(|k| AgeBand::ALL.iter().position(|b| b.code() == k.as_str()));
        } else if dimension != Dimension::HouseholdSize {
            // Largest first; "not recorded" last.
            keys.sort_by_key(|k| (k.as_str() == UNKNOWN, std::cmp::Reverse(categories[*k])));
        }
        let values: Vec<u64> = keys.iter().map(|k| categories[*k]).collect();
        let cells = if suppress {
            suppress_list(&values, dimension.partitions())
        } else {
            values.iter().map(|n| Cell::Count(*n)).collect()
        };
        tables.push(Table {
            title: labels.title(dimension),
            header: vec![String::new(), labels.t(RpMsg::People)],
            rows: keys
                .iter()
                .zip(cells)
                .map(|(key, cell)| Row {
                    label: labels.category(dimension, key),
                    cells: vec![cell.text()],
                })
                .collect(),
        });
    }

    // Tickets by service and outcome.
    tables.push(by_service(
        labels,
        (RpMsg::TicketsByService, RpMsg::Service),
        &counts.tickets,
        TicketState::ALL
            .iter()
            .map(|s| (s.code(), t(lang, ticket_state(*s)).to_string()))
            .collect(),
        suppress,
    ));

    // Waits: the number called, the median and the 90th percentile. A percentile of
    // fewer than five waits is withheld with its count.
    let rows = counts
        .waits
        .iter()
        .map(|(service, waits)| {
            let called = waits.total();
            let shown = !suppress || called >= crate::domain::report::disclosure::THRESHOLD;
            let minutes = |m: Option<u32>| match m {
                Some(m) if shown => m.to_string(),
                Some(_) => Cell::Hidden.text(),
                None => "–".to_string(),
            };
            Row {
                label: labels.service(service),
                cells: vec![
                    single(called).text(),
                    minutes(waits.median()),
                    minutes(waits.p90()),
                ],
            }
        })
        .collect();
    tables.push(Table {
        title: labels.t(RpMsg::WaitsByService),
        header: vec![
            labels.t(RpMsg::Service),
            labels.t(RpMsg::Called),
            labels.t(RpMsg::Median),
            labels.t(RpMsg::P90),
        ],
        rows,
    });

    // Referrals by destination and outcome.
    tables.push(by_service(
        labels,
        (RpMsg::ReferralsByDestination, RpMsg::Destination),
        &counts.referrals,
        ReferralState::ALL
            .iter()
            .map(|s| (s.code(), t(lang, state_msg(*s)).to_string()))
            .collect(),
        suppress,
    ));

    Published {
        title,
        notes,
        suppressed: suppress,
        tables,
    }
}

/// The ESF indicator table as published: per indicator, women, men, non-binary, not
/// recorded and the total; small counts suppressed within each indicator's row.
pub fn esf_report(
    set: crate::domain::report::esf::IndicatorSet,
    period: &crate::domain::report::period::Period,
    operation: Option<&str>,
    counts: &[(&'static str, crate::domain::report::esf::ByGender)],
    lang: Lang,
    suppress: bool,
) -> Published {
    use crate::domain::report::esf::IndicatorSet;
    use crate::i18n::report::{EsfMsg, indicator_name};
    let from = period.from.format("%d/%m/%Y").to_string();
    let to = period.to.format("%d/%m/%Y").to_string();
    let title = match set {
        IndicatorSet::Esf2021 => tf(lang, EsfMsg::Title2021, &[&from, &to]),
        IndicatorSet::Esf2014 => tf(lang, EsfMsg::Title2014, &[&from, &to]),
    };
    let mut notes = vec![match operation {
        Some(op) => tf(lang, EsfMsg::Operation, &[op]),
        None => t(lang, EsfMsg::WholeCentre).to_string(),
    }];
    if set == IndicatorSet::Esf2014 {
        notes.push(t(lang, EsfMsg::NotDerived).to_string());
    }
    notes.push(
        t(
            lang,
            if suppress {
                RpMsg::SmallCountsNote
            } else {
                RpMsg::ExactNote
            },
        )
        .to_string(),
    );
    let rows: Vec<Vec<u64>> = counts.iter().map(|(_, c)| c.as_row().to_vec()).collect();
    let mut table = CountTable::exact(&rows, true, false);
    if suppress {
        table.suppress();
    }
    let header = [
        EsfMsg::Code,
        EsfMsg::Indicator,
        EsfMsg::Women,
        EsfMsg::Men,
        EsfMsg::NonBinary,
        EsfMsg::NotRecorded,
    ]
    .iter()
    .map(|m| t(lang, *m).to_string())
    .chain(std::iter::once(t(lang, RpMsg::Total).to_string()))
    .collect();
    Published {
        title: title.clone(),
        notes,
        suppressed: suppress,
        tables: vec![Table {
            title,
            header,
            rows: counts
                .iter()
                .zip(table.cells)
                .map(|((code, _), cells)| {
                    let mut all = vec![indicator_name(code, lang).to_string()];
                    all.extend(texts(&cells));
                    Row {
                        label: (*code).to_string(),
                        cells: all,
                    }
                })
                .collect(),
        }],
    }
}
