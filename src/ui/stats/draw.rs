//! The statistics screen's drawing: the page line, the period, and each page's
//! pictures with their numbers. Bars are block characters (█ and ░), so shape, not
//! colour, carries the meaning in every theme.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::pages::{draw_referrals, draw_tickets, draw_today, draw_visits};
use super::{Figures, Page, StatsScreen};
use crate::domain::dates::format_date;
use crate::domain::report::stats::{Span, Statistics};
use crate::i18n::stats::StMsg;
use crate::i18n::{t, tf};
use crate::ui::View;
use crate::ui::kit::width::{fit, width};

pub(super) fn draw(screen: &StatsScreen, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
    let [pages, period, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    draw_pages(screen.page, frame, pages, view);
    let figures = match &screen.figures {
        Figures::Read(figures) => figures,
        Figures::Unread => return,
        Figures::Failed(error) => {
            let text = tf(view.lang, StMsg::Failed, &[error]);
            frame.render_widget(
                Paragraph::new(TextSpan::styled(text, view.theme.warning))
                    .wrap(Wrap { trim: true }),
                body,
            );
            return;
        }
    };
    let span_text = span_text(figures, view);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            TextSpan::styled(
                format!(" {}: ", t(view.lang, StMsg::Period)),
                view.theme.muted,
            ),
            TextSpan::styled(span_text, view.theme.title),
        ])),
        period,
    );
    match screen.page {
        Page::Today => draw_today(screen, figures, frame, body, view),
        Page::Tickets => draw_tickets(screen, figures, frame, body, view),
        Page::Referrals => draw_referrals(screen, figures, frame, body, view),
        Page::Visits => draw_visits(figures, frame, body, view),
    }
}

fn draw_pages(current: Page, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
    let mut spans = Vec::new();
    for (i, page) in Page::ALL.iter().enumerate() {
        let style = if *page == current {
            view.theme.tab_active
        } else {
            view.theme.tab
        };
        spans.push(TextSpan::raw(" "));
        spans.push(TextSpan::styled(
            format!(" {} {} ", i + 1, t(view.lang, page.title())),
            style,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn span_text(figures: &Statistics, view: &View<'_>) -> String {
    let period = figures.span.period(figures.today);
    let short = |d: chrono::NaiveDate| d.format("%d/%m").to_string();
    match figures.span {
        Span::Today => tf(view.lang, StMsg::SpanToday, &[&format_date(period.to)]),
        Span::Week => tf(
            view.lang,
            StMsg::SpanWeek,
            &[&short(period.from), &format_date(period.to)],
        ),
        Span::Month => tf(
            view.lang,
            StMsg::SpanMonth,
            &[&short(period.from), &format_date(period.to)],
        ),
    }
}

/// A framed box with a bold title; returns the inside.
pub(super) fn boxed(frame: &mut Frame<'_>, area: Rect, view: &View<'_>, title: &str) -> Rect {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(view.theme.borders)
        .border_style(view.theme.border)
        .title(TextSpan::styled(format!(" {title} "), view.theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// A bar of `value` out of `max` in `cells` cells: at least one cell for anything
/// above zero, so a small count never looks like none.
pub(super) fn bar(value: u64, max: u64, cells: usize) -> String {
    "█".repeat(bar_cells(value, max, cells))
}

pub(super) fn bar_cells(value: u64, max: u64, cells: usize) -> usize {
    if value == 0 || max == 0 {
        return 0;
    }
    (((value as f64 / max as f64) * cells as f64).round() as usize).clamp(1, cells)
}

/// A right-aligned number in `cells` cells.
pub(super) fn num(value: u64, cells: usize) -> String {
    format!("{value:>cells$}")
}

/// A column heading right-aligned in `cells` cells, with at least one space before
/// it so that headings never run together.
pub(super) fn right(text: &str, cells: usize) -> String {
    let room = cells.saturating_sub(1);
    let used = width(text);
    if used >= room {
        format!(" {}", fit(text, room))
    } else {
        format!("{}{text}", " ".repeat(cells - used))
    }
}

/// Rows that do not fit are counted on a last line instead.
pub(super) fn rows_with_more(
    mut lines: Vec<Line<'static>>,
    room: usize,
    view: &View<'_>,
) -> Vec<Line<'static>> {
    if lines.len() > room && room > 0 {
        let hidden = lines.len() - (room - 1);
        lines.truncate(room - 1);
        lines.push(Line::from(TextSpan::styled(
            tf(view.lang, StMsg::More, &[&hidden.to_string()]),
            view.theme.muted,
        )));
    }
    lines
}
