//! The statistics screen's pages: today's arrivals and waits, tickets by service and
//! outcome, referrals, visits over thirty days; each picture with its numbers.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph, Wrap};

use super::StatsScreen;
use super::draw::{bar, bar_cells, boxed, num, right, rows_with_more};
use crate::domain::codes::{ReferralState, TicketState};
use crate::domain::report::stats::Statistics;
use crate::i18n::stats::StMsg;
use crate::i18n::{t, tf};
use crate::ui::View;
use crate::ui::kit::width::{fit, pad, width};

pub(super) fn draw_today(
    screen: &StatsScreen,
    figures: &Statistics,
    frame: &mut Frame<'_>,
    area: Rect,
    view: &View<'_>,
) {
    let [arrivals, waits] = top_and_rest(area, 8);
    draw_arrivals(figures, frame, arrivals, view);
    draw_waits(screen, figures, frame, waits, view);
}

fn draw_arrivals(figures: &Statistics, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
    let total = figures.arrivals_today();
    let by_hour = &figures.arrivals_by_hour;
    let mut title = tf(view.lang, StMsg::ArrivalsByHour, &[&total.to_string()]);
    if let Some((hour, most)) = by_hour
        .iter()
        .enumerate()
        .max_by_key(|(h, n)| (**n, std::cmp::Reverse(*h)))
        .filter(|(_, n)| **n > 0)
    {
        title.push_str(" · ");
        title.push_str(&tf(
            view.lang,
            StMsg::Busiest,
            &[
                &format!("{hour:02}"),
                &format!("{:02}", hour + 1),
                &most.to_string(),
            ],
        ));
    }
    let inner = boxed(frame, area, view, &title);
    if total == 0 {
        say_none(frame, inner, view, StMsg::NoArrivals);
        return;
    }
    // Opening hours at least (8:00 to 18:00), wider when tickets came earlier or later.
    let first = by_hour.iter().position(|n| *n > 0).unwrap_or(8).min(8);
    let last = by_hour.iter().rposition(|n| *n > 0).unwrap_or(17).max(17);
    let hours = last - first + 1;
    let bar_width = ((inner.width as usize + 1) / hours)
        .saturating_sub(1)
        .clamp(1, 4) as u16;
    let bars: Vec<Bar<'_>> = (first..=last)
        .map(|h| {
            Bar::default()
                .value(by_hour[h])
                .text_value(if by_hour[h] == 0 {
                    String::new()
                } else {
                    by_hour[h].to_string()
                })
                .label(Line::from(format!("{h:02}")))
        })
        .collect();
    let chart = BarChart::default()
        .data(BarGroup::default().bars(&bars))
        .bar_width(bar_width)
        .bar_gap(1)
        .bar_style(view.theme.text)
        .value_style(view.theme.selection)
        .label_style(view.theme.muted);
    frame.render_widget(chart, inner);
}

fn draw_waits(
    screen: &StatsScreen,
    figures: &Statistics,
    frame: &mut Frame<'_>,
    area: Rect,
    view: &View<'_>,
) {
    let title = format!(
        "{} · {}",
        t(view.lang, StMsg::Waits),
        t(view.lang, StMsg::WaitLegend)
    );
    let inner = boxed(frame, area, view, &title);
    let waits: Vec<_> = figures
        .period
        .waits
        .iter()
        .filter(|(_, h)| h.total() > 0)
        .collect();
    if waits.is_empty() {
        say_none(frame, inner, view, StMsg::NoWaits);
        return;
    }
    const NAME: usize = 24;
    const COL: usize = 8;
    let cells = (inner.width as usize).saturating_sub(NAME + 3 * COL + 2);
    let longest = waits.iter().filter_map(|(_, h)| h.p90()).max().unwrap_or(0);
    let mut lines = vec![Line::from(TextSpan::styled(
        format!(
            "{}{}{}{}",
            fit(t(view.lang, StMsg::Line), NAME),
            right(t(view.lang, StMsg::Called), COL),
            right(t(view.lang, StMsg::Median), COL),
            right(t(view.lang, StMsg::P90), COL),
        ),
        view.theme.muted,
    ))];
    let mut rows = Vec::new();
    for (code, histogram) in waits {
        let median = histogram.median().unwrap_or(0);
        let p90 = histogram.p90().unwrap_or(0);
        let solid = bar_cells(u64::from(median), u64::from(longest), cells);
        let upto = bar_cells(u64::from(p90), u64::from(longest), cells).max(solid);
        rows.push(Line::from(vec![
            TextSpan::styled(
                fit(&screen.service_label(code, view.lang), NAME),
                view.theme.text,
            ),
            TextSpan::styled(num(histogram.total(), COL), view.theme.text),
            TextSpan::styled(num(u64::from(median), COL), view.theme.title),
            TextSpan::styled(num(u64::from(p90), COL), view.theme.text),
            TextSpan::raw("  "),
            TextSpan::styled("█".repeat(solid), view.theme.text),
            TextSpan::styled("░".repeat(upto - solid), view.theme.text),
        ]));
    }
    lines.extend(rows_with_more(
        rows,
        (inner.height as usize).saturating_sub(1),
        view,
    ));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Ticket outcomes as the screen groups them: the four ends, and the rest still open.
fn ticket_columns(row: &[u64]) -> [u64; 5] {
    let of = |state: TicketState| {
        TicketState::ALL
            .iter()
            .position(|s| *s == state)
            .map_or(0, |i| row[i])
    };
    let done = of(TicketState::Done);
    let referred = of(TicketState::Referred);
    let not_seen = of(TicketState::NotSeen);
    let cancelled = of(TicketState::Cancelled);
    let open = of(TicketState::Waiting) + of(TicketState::Called) + of(TicketState::InService);
    [done, referred, not_seen, cancelled, open]
}

pub(super) fn draw_tickets(
    screen: &StatsScreen,
    figures: &Statistics,
    frame: &mut Frame<'_>,
    area: Rect,
    view: &View<'_>,
) {
    let rows = figures.tickets_by_service();
    let total: u64 = rows.iter().map(|r| r.2).sum();
    let title = tf(view.lang, StMsg::TicketsByService, &[&total.to_string()]);
    let inner = boxed(frame, area, view, &title);
    let heads = [
        StMsg::Done,
        StMsg::Referred,
        StMsg::NotSeen,
        StMsg::Cancelled,
        StMsg::StillOpen,
    ];
    let rows = named_rows(screen, &rows, view, |row| ticket_columns(row).to_vec());
    count_table(frame, inner, view, 20, &heads, rows, StMsg::NoTickets);
}

/// A page's parts: a box `top` rows high, and the rest under it.
fn top_and_rest(area: Rect, top: u16) -> [Rect; 2] {
    Layout::vertical([Constraint::Length(top), Constraint::Min(3)]).areas(area)
}

/// What stands in a box with nothing to show.
fn say_none(frame: &mut Frame<'_>, inner: Rect, view: &View<'_>, what: StMsg) {
    frame.render_widget(
        Paragraph::new(TextSpan::styled(t(view.lang, what), view.theme.muted)),
        inner,
    );
}

/// Counts by service code, as [`count_table`] takes them: the line's name in the
/// operator's language, the row's total and its `columns`.
fn named_rows(
    screen: &StatsScreen,
    rows: &[(String, Vec<u64>, u64)],
    view: &View<'_>,
    columns: impl Fn(&[u64]) -> Vec<u64>,
) -> Vec<(String, u64, Vec<u64>)> {
    rows.iter()
        .map(|(code, row, line_total)| {
            let name = screen.service_label(code, view.lang);
            (name, *line_total, columns(row))
        })
        .collect()
}

/// A table of counts by name (a service line, a destination) in `inner`: the name in
/// `name_width` cells, the row's total and its bar, then one column per head; `empty`
/// is said in place of no rows.
fn count_table(
    frame: &mut Frame<'_>,
    inner: Rect,
    view: &View<'_>,
    name_width: usize,
    heads: &[StMsg],
    rows: Vec<(String, u64, Vec<u64>)>,
    empty: StMsg,
) {
    if rows.is_empty() {
        say_none(frame, inner, view, empty);
        return;
    }
    const COL: usize = 8;
    let cells = (inner.width as usize).saturating_sub(name_width + 7 + 1 + heads.len() * COL);
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0);
    let mut header = format!(
        "{}{} {}",
        fit("", name_width),
        right(t(view.lang, StMsg::Total), 7),
        pad("", cells)
    );
    for head in heads {
        header.push_str(&right(t(view.lang, *head), COL));
    }
    let mut lines = vec![Line::from(TextSpan::styled(header, view.theme.muted))];
    let mut body = Vec::new();
    for (name, line_total, row) in &rows {
        let mut spans = vec![
            TextSpan::styled(fit(name, name_width), view.theme.text),
            TextSpan::styled(num(*line_total, 7), view.theme.title),
            TextSpan::raw(" "),
            TextSpan::styled(pad(&bar(*line_total, max, cells), cells), view.theme.text),
        ];
        for value in row {
            spans.push(TextSpan::styled(num(*value, COL), view.theme.text));
        }
        body.push(Line::from(spans));
    }
    lines.extend(rows_with_more(
        body,
        (inner.height as usize).saturating_sub(1),
        view,
    ));
    frame.render_widget(Paragraph::new(lines), inner);
}

pub(super) fn draw_referrals(
    screen: &StatsScreen,
    figures: &Statistics,
    frame: &mut Frame<'_>,
    area: Rect,
    view: &View<'_>,
) {
    let [open, by_destination] = top_and_rest(area, 4);
    // Open now, whenever sent; of them, those whose follow-up date has passed.
    let title = tf(
        view.lang,
        StMsg::ReferralsOpen,
        &[
            &figures.referrals_open.to_string(),
            &figures.referrals_overdue.to_string(),
        ],
    );
    let inner = boxed(frame, open, view, &title);
    let cells = (inner.width as usize).saturating_sub(24);
    let max = figures.referrals_open;
    let lines = vec![
        Line::from(vec![
            TextSpan::styled(fit(t(view.lang, StMsg::OpenNow), 16), view.theme.text),
            TextSpan::styled(num(figures.referrals_open, 6), view.theme.title),
            TextSpan::raw("  "),
            TextSpan::styled(bar(figures.referrals_open, max, cells), view.theme.text),
        ]),
        Line::from(vec![
            TextSpan::styled(fit(t(view.lang, StMsg::Overdue), 16), view.theme.text),
            TextSpan::styled(num(figures.referrals_overdue, 6), view.theme.title),
            TextSpan::raw("  "),
            TextSpan::styled(
                "░".repeat(bar_cells(figures.referrals_overdue, max, cells)),
                view.theme.text,
            ),
        ]),
    ];
    frame.render_widget(Paragraph::new(lines), inner);

    let rows = figures.referrals_by_destination();
    let total: u64 = rows.iter().map(|r| r.2).sum();
    let title = tf(
        view.lang,
        StMsg::ReferralsByDestination,
        &[&total.to_string()],
    );
    let inner = boxed(frame, by_destination, view, &title);
    let heads: Vec<StMsg> = ReferralState::ALL
        .iter()
        .map(|s| referral_head(*s))
        .collect();
    let rows = named_rows(screen, &rows, view, <[u64]>::to_vec);
    count_table(frame, inner, view, 18, &heads, rows, StMsg::NoReferrals);
}

/// One decimal, with the decimal comma in Greek.
fn decimal(value: f64, view: &View<'_>) -> String {
    let text = format!("{value:.1}");
    match view.lang {
        crate::i18n::Lang::El => text.replace('.', ","),
        crate::i18n::Lang::En => text,
    }
}

fn referral_head(state: ReferralState) -> StMsg {
    match state {
        ReferralState::Sent => StMsg::Sent,
        ReferralState::Accepted => StMsg::Accepted,
        ReferralState::Completed => StMsg::Completed,
        ReferralState::Declined => StMsg::Declined,
        ReferralState::NoShow => StMsg::NoShow,
        ReferralState::Cancelled => StMsg::Cancelled,
    }
}

pub(super) fn draw_visits(
    figures: &Statistics,
    frame: &mut Frame<'_>,
    area: Rect,
    view: &View<'_>,
) {
    let [per_day, people] =
        Layout::vertical([Constraint::Min(8), Constraint::Length(5)]).areas(area);
    let inner = boxed(frame, per_day, view, t(view.lang, StMsg::VisitsPerDay));
    let [chart_area, numbers] =
        Layout::horizontal([Constraint::Length(61), Constraint::Min(10)]).areas(inner);
    let [bars_area, axis] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(chart_area);
    let days = &figures.visits_by_day;
    let bars: Vec<Bar<'_>> = days
        .iter()
        .map(|(_, n)| Bar::default().value(*n).text_value(String::new()))
        .collect();
    frame.render_widget(
        BarChart::default()
            .data(BarGroup::default().bars(&bars))
            .bar_width(2)
            .bar_gap(0)
            .bar_style(view.theme.text),
        bars_area,
    );
    if let (Some((first, _)), Some((last, _))) = (days.first(), days.last()) {
        let from = first.format("%d/%m").to_string();
        let to = last.format("%d/%m").to_string();
        let span = (days.len() * 2).min(axis.width as usize);
        let gap = span.saturating_sub(width(&from) + width(&to));
        frame.render_widget(
            Paragraph::new(TextSpan::styled(
                format!("{from}{}{to}", "─".repeat(gap)),
                view.theme.muted,
            )),
            axis,
        );
    }
    let total: u64 = days.iter().map(|d| d.1).sum();
    let mean = if days.is_empty() {
        0.0
    } else {
        total as f64 / days.len() as f64
    };
    let mut lines = vec![
        Line::from(tf(view.lang, StMsg::VisitsTotal, &[&total.to_string()])),
        Line::from(tf(view.lang, StMsg::VisitsMean, &[&decimal(mean, view)])),
    ];
    if let Some((day, most)) = days
        .iter()
        .max_by_key(|(d, n)| (*n, std::cmp::Reverse(*d)))
        .filter(|(_, n)| *n > 0)
    {
        lines.push(Line::from(tf(
            view.lang,
            StMsg::VisitsMost,
            &[&most.to_string(), &day.format("%d/%m").to_string()],
        )));
    }
    let today = days.last().map_or(0, |d| d.1);
    lines.push(Line::from(tf(
        view.lang,
        StMsg::VisitsToday,
        &[&today.to_string()],
    )));
    frame.render_widget(
        Paragraph::new(lines)
            .style(view.theme.text)
            .wrap(Wrap { trim: true }),
        numbers,
    );

    let counts = &figures.period;
    let title = tf(
        view.lang,
        StMsg::NewReturning,
        &[&counts.people_served.to_string()],
    );
    let inner = boxed(frame, people, view, &title);
    const NAME: usize = 14;
    let cells = (inner.width as usize).saturating_sub(NAME + 16);
    let share = |n: u64| {
        (n * 100 + counts.people_served / 2)
            .checked_div(counts.people_served)
            .unwrap_or(0)
    };
    let max = counts.people_new.max(counts.people_returning);
    let row = |label: StMsg, n: u64, glyph: &str| {
        Line::from(vec![
            TextSpan::styled(fit(t(view.lang, label), NAME), view.theme.text),
            TextSpan::styled(
                pad(&glyph.repeat(bar_cells(n, max, cells)), cells),
                view.theme.text,
            ),
            TextSpan::styled(num(n, 8), view.theme.title),
            TextSpan::styled(format!(" ({:>3}%)", share(n)), view.theme.text),
        ])
    };
    frame.render_widget(
        Paragraph::new(vec![
            row(StMsg::New, counts.people_new, "█"),
            row(StMsg::Returning, counts.people_returning, "░"),
        ]),
        inner,
    );
}
