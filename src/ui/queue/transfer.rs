//! `t` on a ticket: move it to another service line, where it waits again with its
//! number and arrival time kept.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;

use super::names::service_name;
use super::{Mode, QueueScreen, popup_list, stamp, store_error};
use crate::action::Action;
use crate::domain::names::fold;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::ui::kit::list::ListView;
use crate::ui::{Ctx, Outcome, View};

impl QueueScreen {
    /// Keys of the transfer picker: move, or transfer to the picked line.
    pub(super) fn transfer_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Mode::Transfer(list) = &mut self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::Cancel => {
                self.mode = Mode::List;
                Outcome::Handled
            }
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
            action if list.step(action) => Outcome::Handled,
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

    pub(super) fn draw_transfer(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        list: &ListView,
    ) {
        let lang = view.lang;
        let number = self
            .selected_ticket()
            .map(|t| t.number.clone())
            .unwrap_or_default();
        popup_list(
            frame,
            area,
            view,
            &tf(lang, QMsg::TransferTitle, &[&number]),
            list,
            |i| {
                let s = &self.lines[i];
                (
                    format!("{:<3} {}", s.ticket_prefix, service_name(lang, s)),
                    view.theme.text,
                )
            },
            None,
            t(lang, QMsg::PickHint),
        );
    }
}
