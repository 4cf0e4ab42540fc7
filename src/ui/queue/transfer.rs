//! `t` on a ticket: move it to another service line, where it waits again with its
//! number and arrival time kept.

use crossterm::event::{KeyCode, KeyEvent};

use super::names::service_name;
use super::{Mode, PopupRows, QueueScreen, stamp, store_error};
use crate::action::Action;
use crate::domain::names::fold;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::ui::{Ctx, Outcome, View};

impl QueueScreen {
    /// Keys of the transfer picker: move, or transfer to the picked line.
    pub(super) fn transfer_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        if let Some(done) = self.popup_step(action) {
            return done;
        }
        let lang = cx.lang;
        let Mode::Transfer(list) = &self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::Confirm => {
                let target = self.lines.get(list.selected()).cloned();
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
        let Mode::Transfer(list) = &mut self.mode else {
            return Outcome::Ignored;
        };
        // A letter jumps to the line whose prefix (Κ) or code (kea) starts with it.
        if let KeyCode::Char(c) = key.code {
            let typed = fold(&c.to_string());
            let hit = self.lines.iter().position(|l| {
                fold(&l.ticket_prefix).starts_with(&typed) || l.code.starts_with(typed.as_str())
            });
            if let Some(i) = hit {
                list.select(i);
            }
        }
        Outcome::Handled
    }

    /// The lines a ticket may move to, as the transfer popup lists them.
    pub(super) fn transfer_popup(&self, view: &View<'_>) -> PopupRows<'static> {
        let lang = view.lang;
        let number = self
            .selected_ticket()
            .map(|t| t.number.clone())
            .unwrap_or_default();
        let rows = self
            .lines
            .iter()
            .map(|s| {
                (
                    format!("{:<3} {}", s.ticket_prefix, service_name(lang, s)),
                    view.theme.text,
                )
            })
            .collect();
        PopupRows {
            title: tf(lang, QMsg::TransferTitle, &[&number]),
            rows,
            empty: None,
            hint: t(lang, QMsg::PickHint),
        }
    }
}
