//! Drawing the list screen: the summary line (or the prompt in its place), the table
//! of referrals, and the selected one's details or history.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::names::{state_msg, urgency_msg};
use super::prompts::Prompt;
use super::{Direction, ReferralScreen};
use crate::domain::codes::{ReferralState, Urgency};
use crate::domain::dates::format_date;
use crate::domain::referral as rules;
use crate::i18n::referral::RMsg;
use crate::i18n::{t, tf};
use crate::ui::View;

pub(super) use crate::ui::kit::width::fit;
use crate::ui::kit::width::{cut_line, width};

impl ReferralScreen {
    pub(super) fn draw_list(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let theme = view.theme;
        let today = self.today.unwrap_or(view.now.date());
        let [top, table, details] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(5),
        ])
        .areas(area);
        // Top line: counts and filter, or the prompt.
        let top_line = match &self.prompt {
            Some((prompt, text)) => {
                let label = match prompt {
                    Prompt::Reason(ReferralState::Cancelled) => RMsg::PromptCancel,
                    Prompt::Reason(_) => RMsg::PromptDecline,
                    Prompt::FollowUp => RMsg::PromptFollowUp,
                    Prompt::Filter => RMsg::PromptFilter,
                };
                Line::from(vec![
                    Span::styled(format!(" {}", t(lang, label)), theme.title),
                    Span::styled(text.with_cursor(true), theme.text),
                    Span::styled(format!("   {}", t(lang, RMsg::PromptHint)), theme.muted),
                ])
            }
            None => {
                let open = self
                    .rows
                    .iter()
                    .filter(|r| !rules::is_closed(r.referral.state))
                    .count();
                let overdue = self
                    .rows
                    .iter()
                    .filter(|r| rules::is_overdue(&r.referral, today))
                    .count();
                let incoming = self
                    .rows
                    .iter()
                    .filter(|r| r.from.is_some() && !rules::is_closed(r.referral.state))
                    .count();
                let left = format!(
                    " {}",
                    tf(
                        lang,
                        RMsg::Summary,
                        &[
                            &open.to_string(),
                            &overdue.to_string(),
                            &incoming.to_string()
                        ]
                    )
                );
                let scope = t(
                    lang,
                    if self.open_only {
                        RMsg::FilterOpen
                    } else {
                        RMsg::FilterAll
                    },
                );
                let right = if self.filter.is_empty() {
                    format!("{}: {scope} ", t(lang, RMsg::FilterLabel))
                } else {
                    format!("{}: {} · {scope} ", t(lang, RMsg::FilterLabel), self.filter)
                };
                let pad = (area.width as usize).saturating_sub(width(&left) + width(&right));
                Line::from(vec![
                    Span::styled(left, theme.title),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(right, theme.muted),
                ])
            }
        };
        frame.render_widget(Paragraph::new(top_line), top);
        let block = Block::bordered()
            .border_set(theme.borders)
            .border_style(theme.border)
            .title(Span::styled(
                format!(
                    " {} ",
                    t(
                        lang,
                        match self.direction {
                            Direction::Both => RMsg::TitleBoth,
                            Direction::Incoming => RMsg::TitleIncoming,
                            Direction::Outgoing => RMsg::TitleOutgoing,
                        }
                    )
                ),
                theme.title,
            ));
        let inner = block.inner(table);
        frame.render_widget(block, table);
        let width = inner.width as usize;
        // Columns: due 5, marker 2, person, to, status 12, since 5.
        let fixed = 1 + 5 + 1 + 2 + 1 + 1 + 12 + 1 + 5;
        let flexible = width.saturating_sub(fixed);
        let person_w = flexible * 45 / 100;
        let to_w = flexible.saturating_sub(person_w);
        let header = format!(
            " {} {}{} {} {} {}",
            fit(t(lang, RMsg::ColDue), 5),
            "  ",
            fit(t(lang, RMsg::ColPerson), person_w),
            fit(t(lang, RMsg::ColTo), to_w),
            fit(t(lang, RMsg::ColStatus), 12),
            fit(t(lang, RMsg::ColSince), 5),
        );
        let mut lines = vec![Line::from(Span::styled(header, theme.title))];
        let rows_room = (inner.height as usize).saturating_sub(1);
        if let Some(error) = &self.load_error {
            lines.push(Line::from(Span::styled(
                format!(" {error}"),
                theme.status_error,
            )));
        } else if self.shown.is_empty() {
            let empty = match self.direction {
                Direction::Incoming => RMsg::EmptyIncoming,
                _ => RMsg::Empty,
            };
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, empty)),
                theme.muted,
            )));
        }
        let first = crate::ui::first_visible_row(self.selected, rows_room);
        for (pos, &i) in self.shown.iter().enumerate().skip(first).take(rows_room) {
            let row = &self.rows[i];
            let r = &row.referral;
            let due = r
                .follow_up_on
                .map(|d| d.format("%d/%m").to_string())
                .unwrap_or_else(|| "  —  ".into());
            let marker = if rules::is_overdue(r, today) {
                "⌚"
            } else if r.urgency == Urgency::Urgent && !rules::is_closed(r.state) {
                "! "
            } else {
                "  "
            };
            let since = r.updated_at.format("%d/%m").to_string();
            let text = format!(
                " {} {}{} {} {} {}",
                fit(&due, 5),
                marker,
                fit(&row.person, person_w),
                fit(&to_column(row, self.lang_service(row, lang)), to_w),
                fit(t(lang, state_msg(r.state)), 12),
                since
            );
            let style = if pos == self.selected {
                theme.selection
            } else if rules::is_overdue(r, today) {
                theme.warning
            } else {
                theme.text
            };
            lines.push(Line::from(Span::styled(fit(&text, width), style)));
        }
        frame.render_widget(Paragraph::new(lines), inner);
        // Details of the selected referral.
        let mut d: Vec<Line> = Vec::new();
        if let Some(row) = self.selected_row() {
            let r = &row.referral;
            if let Some((_, events)) = self.history.as_ref().filter(|(h, _)| *h == r.id) {
                d.push(Line::from(Span::styled(
                    format!(" #{} · {}", r.id, t(lang, RMsg::History)),
                    theme.title,
                )));
                for e in events.iter().rev().take(4).rev() {
                    let from = e
                        .from_state
                        .map(|s| format!("{} → ", t(lang, state_msg(s))))
                        .unwrap_or_default();
                    let note = if e.note.is_empty() {
                        String::new()
                    } else {
                        format!(" · {}", e.note)
                    };
                    d.push(Line::from(format!(
                        " {} {}{} · {}{}",
                        e.at.format("%d/%m/%Y %H:%M"),
                        from,
                        t(lang, state_msg(e.to_state)),
                        e.operator,
                        note
                    )));
                }
            } else {
                let follow = r
                    .follow_up_on
                    .map(|f| format!(" · {}", tf(lang, RMsg::DetailFollow, &[&format_date(f)])))
                    .unwrap_or_default();
                d.push(Line::from(Span::styled(
                    format!(
                        " #{} · {} · {} · {}{}",
                        r.id,
                        self.lang_service(row, lang),
                        t(lang, state_msg(r.state)),
                        t(lang, urgency_msg(r.urgency)),
                        follow
                    ),
                    theme.title,
                )));
                d.push(Line::from(format!(
                    " {} · {}",
                    row.person,
                    tf(
                        lang,
                        RMsg::DetailBy,
                        &[&r.created_by, &format_date(r.created_at.date())]
                    )
                )));
                if row.from.is_some() && !rules::is_closed(r.state) {
                    d.push(Line::from(Span::styled(
                        format!(" {}", t(lang, RMsg::DetailIncoming)),
                        theme.muted,
                    )));
                }
                if !row.detail_shown {
                    d.push(Line::from(Span::styled(
                        format!(" {}", t(lang, RMsg::DetailWithheld)),
                        theme.muted,
                    )));
                } else {
                    d.push(Line::from(format!(
                        " {}",
                        tf(lang, RMsg::DetailReason, &[&r.reason])
                    )));
                }
                if row.detail_shown && !r.state_reason.is_empty() {
                    d.push(Line::from(format!(
                        " {}",
                        tf(lang, RMsg::DetailStateReason, &[&r.state_reason])
                    )));
                }
                if row.detail_shown && !r.note.is_empty() {
                    d.push(Line::from(format!(
                        " {}",
                        tf(lang, RMsg::DetailNote, &[&r.note])
                    )));
                }
                if r.consent_override {
                    d.push(Line::from(Span::styled(
                        format!(" ! {}", t(lang, RMsg::DetailOverride)),
                        theme.warning,
                    )));
                }
            }
        }
        // A long reason or note ends with `…` at the pane's edge (the whole text is
        // on the referral's own view).
        let cells = details.width as usize;
        let d: Vec<Line<'static>> = d.into_iter().map(|line| cut_line(line, cells)).collect();
        frame.render_widget(Paragraph::new(d), details);
    }
}

/// The "To" column: the service referred to, or for a referral received from another
/// centre "← that centre", so incoming referrals stand beside outgoing ones.
fn to_column(row: &super::Row, service: &str) -> String {
    match &row.from {
        Some(centre) => format!("← {centre}"),
        None => service.to_string(),
    }
}
