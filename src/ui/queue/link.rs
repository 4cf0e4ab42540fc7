//! `l` on a ticket: find the person with the lookup engine and link them to it, or go
//! and register them when they are not there yet.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui_textarea::TextArea;

use super::text::{fit, text_of, with_cursor};
use super::{Mode, QueueScreen, stamp, step, store_error};
use crate::action::Action;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::ui::{Ctx, Nav, Outcome, View};

/// `l` on a ticket: find the person with the lookup engine and link them.
pub(super) struct LinkPicker {
    pub(super) ticket_id: i64,
    pub(super) number: String,
    pub(super) query: TextArea<'static>,
    /// (person id, what the list shows)
    pub(super) hits: Vec<(i64, String)>,
    /// Why the last search failed: shown in place of the hits, never taken for none.
    pub(super) error: Option<String>,
    pub(super) pick: usize,
}

impl LinkPicker {
    pub(super) fn search(&mut self, cx: &Ctx<'_>) {
        let query = text_of(&self.query);
        self.pick = 0;
        self.error = None;
        self.hits = if query.trim().chars().count() < 2 {
            Vec::new()
        } else {
            match crate::search::search_on(cx.store, &query, 8, cx.now.date()) {
                Ok(hits) => hits
                    .into_iter()
                    .map(|h| (h.person.id, person_row(&h.person)))
                    .collect(),
                Err(e) => {
                    tracing::warn!(error = %e, "link picker search failed");
                    self.error = Some(crate::ui::kit::fail::store_error_text(cx.lang, &e));
                    Vec::new()
                }
            }
        };
    }
}

/// A person in the link picker: name, father's name, date of birth.
fn person_row(p: &crate::domain::person::Person) -> String {
    let mut out = p.display_name();
    if !p.father_name.is_empty() {
        out.push_str(&format!(" ({})", p.father_name));
    }
    if let Some(d) = p.date_of_birth {
        out.push_str(&format!("  {}", crate::domain::dates::format_date(d)));
    }
    out
}

impl QueueScreen {
    /// Keys of the link picker: move, link the picked person, or register a new one.
    pub(super) fn link_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Mode::Link(picker) = &mut self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::Up | Action::Down | Action::Home | Action::End => {
                picker.pick = step(picker.pick, picker.hits.len(), action);
                Outcome::Handled
            }
            Action::Cancel => {
                self.mode = Mode::List;
                Outcome::Handled
            }
            Action::RegisterPerson => {
                let ticket_id = picker.ticket_id;
                self.mode = Mode::List;
                Outcome::Go(Nav::RegisterForTicket(ticket_id))
            }
            Action::Confirm => {
                let Some((person_id, name)) = picker.hits.get(picker.pick).cloned() else {
                    return Outcome::Status(t(lang, QMsg::LinkTypeName).to_string());
                };
                let ticket_id = picker.ticket_id;
                self.mode = Mode::List;
                // The version as this desk last read it: a change since is refused.
                let version = self
                    .tickets
                    .iter()
                    .find(|t| t.id == ticket_id)
                    .map(|t| t.version)
                    .unwrap_or_default();
                let result = cx
                    .store
                    .link_ticket(ticket_id, version, person_id, &stamp(cx));
                self.reload(cx);
                match result {
                    Ok(tk) => Outcome::Status(tf(lang, QMsg::Linked, &[&tk.number, &name])),
                    Err(e) => store_error(lang, &e),
                }
            }
            _ => Outcome::Ignored,
        }
    }

    /// Typing in the link picker searches again.
    pub(super) fn link_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Link(picker) = &mut self.mode else {
            return Outcome::Ignored;
        };
        if picker.query.input(key) {
            picker.search(cx);
        }
        Outcome::Handled
    }

    pub(super) fn draw_link(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        picker: &LinkPicker,
    ) {
        let lang = view.lang;
        let inner = Self::popup(
            frame,
            area,
            view,
            &tf(lang, QMsg::LinkTitle, &[&picker.number]),
        );
        let width = inner.width as usize;
        let mut lines = vec![Line::from(vec![
            Span::styled(format!(" {} ", t(lang, QMsg::LinkFind)), view.theme.muted),
            Span::styled(with_cursor(&picker.query, true), view.theme.text),
        ])];
        let room = (inner.height as usize).saturating_sub(3);
        if let Some(error) = &picker.error {
            lines.push(Line::from(Span::styled(
                format!(" {error}"),
                view.theme.status_error,
            )));
        } else if picker.hits.is_empty() {
            let msg = if text_of(&picker.query).trim().chars().count() < 2 {
                QMsg::LinkTypeName
            } else {
                QMsg::LinkNoHits
            };
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, msg)),
                view.theme.muted,
            )));
        }
        for (i, (_, row)) in picker.hits.iter().enumerate().take(room) {
            let selected = i == picker.pick;
            lines.push(Line::from(Span::styled(
                fit(&format!("{}{row}", if selected { '▌' } else { ' ' }), width),
                if selected {
                    view.theme.selection
                } else {
                    view.theme.text
                },
            )));
        }
        let hint_at = inner.height.saturating_sub(1);
        frame.render_widget(Paragraph::new(lines), inner);
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!(" {}", t(lang, QMsg::LinkHint)),
                view.theme.muted,
            )),
            Rect {
                y: inner.y + hint_at,
                height: 1.min(inner.height),
                ..inner
            },
        );
    }
}
