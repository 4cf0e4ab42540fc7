//! `t` on a ticket: move it to another service line, where it waits again with its
//! number and arrival time kept.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::names::service_name;
use super::text::fit;
use super::{Mode, QueueScreen, stamp, step, store_error};
use crate::action::Action;
use crate::domain::names::fold;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::ui::{Ctx, Outcome, View};

impl QueueScreen {
    /// Keys of the transfer picker: move, or transfer to the picked line.
    pub(super) fn transfer_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Mode::Transfer { pick } = &mut self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::Up | Action::Down | Action::Home | Action::End => {
                *pick = step(*pick, self.lines.len(), action);
                Outcome::Handled
            }
            Action::Cancel => {
                self.mode = Mode::List;
                Outcome::Handled
            }
            Action::Confirm => {
                let target = self.lines.get(*pick).cloned();
                self.mode = Mode::List;
                let (Some(target), Some(tk)) = (target, self.selected_ticket().cloned()) else {
                    return Outcome::Handled;
                };
                if target.id == tk.service_id {
                    return Outcome::Status(t(lang, QMsg::SameLine).to_string());
                }
                let result = cx
                    .store
                    .transfer_ticket(tk.id, tk.version, target.id, &stamp(cx));
                self.reload(cx);
                match result {
                    Ok(done) => Outcome::Status(tf(
                        lang,
                        QMsg::Transferred,
                        &[&done.number, service_name(lang, &target)],
                    )),
                    Err(e) => store_error(lang, &e),
                }
            }
            _ => Outcome::Ignored,
        }
    }

    /// A letter in the transfer picker jumps to a line.
    pub(super) fn transfer_key(&mut self, key: KeyEvent) -> Outcome {
        let Mode::Transfer { pick } = &mut self.mode else {
            return Outcome::Ignored;
        };
        // A letter jumps to the line whose prefix (Κ) or code (kea) starts with it.
        if let KeyCode::Char(c) = key.code {
            let typed = fold(&c.to_string());
            let hit = self.lines.iter().position(|l| {
                fold(&l.ticket_prefix).starts_with(&typed) || l.code.starts_with(typed.as_str())
            });
            if let Some(i) = hit {
                *pick = i;
            }
        }
        Outcome::Handled
    }

    pub(super) fn draw_transfer(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        pick: usize,
    ) {
        let lang = view.lang;
        let number = self
            .selected_ticket()
            .map(|t| t.number.clone())
            .unwrap_or_default();
        let inner = Self::popup(
            frame,
            area,
            view,
            &tf(lang, QMsg::TransferTitle, &[&number]),
        );
        let mut lines: Vec<Line> = self
            .lines
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let style = if i == pick {
                    view.theme.selection
                } else {
                    view.theme.text
                };
                Line::from(Span::styled(
                    fit(
                        &format!(
                            "{}{:<3} {}",
                            if i == pick { '▌' } else { ' ' },
                            s.ticket_prefix,
                            service_name(lang, s)
                        ),
                        inner.width as usize,
                    ),
                    style,
                ))
            })
            .collect();
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, QMsg::PickHint)),
            view.theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
