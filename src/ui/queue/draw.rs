//! Drawing the screen under the popups: the day's figures, the ticket list and the
//! selected ticket's details; and the frame every popup is drawn in.

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::QueueScreen;
use super::names::{flag_name, service_name, state_name};
use crate::domain::codes::TicketState;
use crate::domain::queue::{figures, minutes_waited, past_threshold};
use crate::i18n::queue::QMsg;
use crate::i18n::t;
use crate::ui::View;
use crate::ui::kit::width::{clip as fit, fit_word as fit_cut};

impl QueueScreen {
    fn now(&self, view: &View<'_>) -> NaiveDateTime {
        view.now
    }

    pub(super) fn draw_head(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let f = figures(&self.tickets, self.now(view), &self.settings);
        let mins = |m: Option<i64>| m.map(|m| format!("{m:02}'")).unwrap_or_else(|| "—".into());
        let mut spans = vec![Span::styled(
            format!(
                " {} {}  {} {}  {} {}  {} {}   {} {}  {} {}",
                t(lang, QMsg::Waiting),
                f.waiting,
                t(lang, QMsg::Called),
                f.called,
                t(lang, QMsg::InService),
                f.in_service,
                t(lang, QMsg::Done),
                f.done,
                t(lang, QMsg::MedianWait),
                mins(f.median_wait),
                t(lang, QMsg::Longest),
                mins(f.longest_wait),
            ),
            view.theme.text,
        )];
        if f.past_threshold > 0 {
            spans.push(Span::styled(
                format!("  ⌚{}", f.past_threshold),
                view.theme.warning,
            ));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
    }

    pub(super) fn draw_list(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let title = if self.filtering || !self.filter.is_empty() {
            format!(
                " {}: {} ",
                t(lang, QMsg::Filter),
                self.filter.with_cursor(self.filtering)
            )
        } else {
            format!(" {} ", t(lang, crate::i18n::Msg::TabQueue))
        };
        let block = Block::bordered()
            .border_set(view.theme.borders)
            .border_style(view.theme.border)
            .title(Span::styled(title, view.theme.title));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        if inner.height == 0 {
            return;
        }
        let width = inner.width as usize;
        // Cells: selection 1, No. 6, wait 5 + 1, markers 4 (⌚ takes two, then !),
        // service 14 + 1, name (rest, with its space), lang 7, state 14.
        let name_w = width.saturating_sub(1 + 6 + 6 + 4 + 15 + 7 + 14).max(8);
        let header = format!(
            " {}{} {}{}{}{}{}",
            fit(t(lang, QMsg::ColNo), 6),
            fit(&format!("{:>5}", t(lang, QMsg::ColWait)), 5),
            fit("  !", 4),
            fit(t(lang, QMsg::ColService), 15),
            fit(t(lang, QMsg::ColName), name_w),
            fit(t(lang, QMsg::ColLang), 7),
            fit(t(lang, QMsg::ColState), 14),
        );
        let mut lines = vec![Line::from(Span::styled(
            fit(&header, width),
            view.theme.muted,
        ))];
        let visible = self.visible();
        let rows = (inner.height as usize).saturating_sub(1);
        if let Some(error) = &self.load_error {
            lines.push(Line::from(Span::styled(
                format!(" {error}"),
                view.theme.status_error,
            )));
        } else if visible.is_empty() {
            let msg = if self.tickets.is_empty() {
                QMsg::Empty
            } else {
                QMsg::NoMatch
            };
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, msg)),
                view.theme.muted,
            )));
        }
        let start = crate::ui::first_visible_row(self.selected, rows);
        let now = self.now(view);
        for (i, tk) in visible.iter().enumerate().skip(start).take(rows) {
            let selected = i == self.selected;
            let appt = tk.appointment_id.and_then(|id| {
                self.appointments
                    .iter()
                    .find(|a| a.id == id)
                    .map(|a| a.starts_at)
            });
            let wait = match (tk.state, appt) {
                (TicketState::Waiting, Some(at)) => at.format("%H:%M").to_string(),
                _ => format!("{:>4}'", minutes_waited(tk, now)),
            };
            let over = past_threshold(tk, now, &self.settings);
            let markers = format!(
                "{}{} ",
                if over { "⌚" } else { "  " },
                if tk.urgent || !tk.priority.is_empty() {
                    '!'
                } else {
                    ' '
                }
            );
            let service = self
                .service(tk.service_id)
                .map(|s| service_name(lang, s).to_string())
                .unwrap_or_default();
            let who = self.who(tk);
            let who = if who.is_empty() {
                tk.reason.clone()
            } else {
                who
            };
            let language = tk
                .interpreter_language
                .as_deref()
                .map(|l| format!("≋ {l}"))
                .unwrap_or_default();
            let state = match (tk.state, tk.desk) {
                (TicketState::Called | TicketState::InService, Some(d)) => {
                    // The desk must show: drop the space before it when tight.
                    let full = format!("{} → {d}", state_name(lang, tk.state));
                    if full.width() > 14 {
                        format!("{} →{d}", state_name(lang, tk.state))
                    } else {
                        full
                    }
                }
                (s, _) => state_name(lang, s).to_string(),
            };
            let text = format!(
                "{}{}{:>5} {}{} {} {}{}",
                if selected { '▌' } else { ' ' },
                fit(&tk.number, 6),
                fit(&wait, 5).trim_end(),
                markers,
                fit_cut(&service, 14),
                fit_cut(&who, name_w.saturating_sub(1)),
                fit(&language, 7),
                fit(&state, 14),
            );
            let style = if selected {
                view.theme.selection
            } else if over || tk.urgent {
                view.theme.warning
            } else if crate::domain::queue::is_final(tk.state) {
                view.theme.muted
            } else {
                view.theme.text
            };
            lines.push(Line::from(Span::styled(fit(&text, width), style)));
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }

    pub(super) fn draw_details(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let Some(tk) = self.selected_ticket() else {
            return;
        };
        let service = self
            .service(tk.service_id)
            .map(|s| service_name(lang, s).to_string())
            .unwrap_or_default();
        let mut first = format!(
            " {} · {} · {} {}",
            tk.number,
            service,
            t(lang, QMsg::Arrived),
            tk.arrived_at.format("%H:%M")
        );
        if let Some(at) = tk
            .appointment_id
            .and_then(|id| self.appointments.iter().find(|a| a.id == id))
        {
            first.push_str(&format!(
                " · {} {}",
                t(lang, QMsg::Appointment),
                at.starts_at.format("%H:%M")
            ));
        }
        let mut flags: Vec<String> = tk.priority.iter().map(|f| flag_name(lang, *f)).collect();
        if tk.urgent {
            flags.insert(0, t(lang, QMsg::Urgent).to_string());
        }
        if !flags.is_empty() {
            first.push_str(&format!(
                " · {}: {}",
                t(lang, QMsg::PriorityLabel),
                flags.join(", ")
            ));
        }
        let mut second = format!(" {}", self.who(tk));
        if !tk.reason.is_empty() {
            second.push_str(&format!(" · {}", tk.reason));
        }
        if let Some(l) = &tk.interpreter_language {
            second.push_str(&format!(" · {} ≋ {l}", t(lang, QMsg::Interpreter)));
        }
        let third = if tk.triage_note.is_empty() {
            String::new()
        } else {
            format!(" {}: {}", t(lang, QMsg::Note), tk.triage_note)
        };
        let lines = vec![
            Line::from(Span::styled(first, view.theme.title)),
            Line::from(Span::styled(second, view.theme.text)),
            Line::from(Span::styled(third, view.theme.muted)),
        ];
        frame.render_widget(Paragraph::new(lines), area);
    }
}
