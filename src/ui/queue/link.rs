//! `l` on a ticket: find the person with the kit's person picker (the lookup engine)
//! and link them to it, or go and register them when they are not there yet.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Mode, QueueScreen, stamp, store_error};
use crate::action::Action;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::ui::kit::person::{PersonPicker, PersonSource};
use crate::ui::kit::popup::frame_box;
use crate::ui::kit::{Component, Input, Reply};
use crate::ui::{Ctx, Nav, Outcome, View};

/// `l` on a ticket: the person picker, and the ticket it links.
pub(super) struct LinkPicker {
    pub(super) ticket_id: i64,
    pub(super) number: String,
    pub(super) picker: PersonPicker,
}

impl LinkPicker {
    pub(super) fn new(ticket_id: i64, number: String) -> LinkPicker {
        LinkPicker {
            ticket_id,
            number,
            picker: PersonPicker::new(PersonSource::default()),
        }
    }
}

/// A picker's reply as the screen's outcome (a failed search is said).
fn said(reply: Reply<impl Sized>) -> Outcome {
    match reply {
        Reply::Say(outcome) => outcome,
        _ => Outcome::Handled,
    }
}

impl QueueScreen {
    /// Keys of the link picker: move, link the picked person, or register a new one.
    pub(super) fn link_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Mode::Link(link) = &mut self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::Cancel => {
                self.mode = Mode::List;
                Outcome::Handled
            }
            Action::RegisterPerson => {
                let ticket_id = link.ticket_id;
                self.mode = Mode::List;
                Outcome::Go(Nav::RegisterForTicket(ticket_id))
            }
            Action::Confirm => {
                let Some(hit) = link.picker.current().cloned() else {
                    return Outcome::Status(t(lang, QMsg::LinkTypeName).to_string());
                };
                let ticket_id = link.ticket_id;
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
                    .link_ticket(ticket_id, version, hit.value, &stamp(cx));
                self.reload(cx);
                match result {
                    Ok(tk) => Outcome::Status(tf(lang, QMsg::Linked, &[&tk.number, &hit.line])),
                    Err(e) => store_error(lang, &e),
                }
            }
            action => match link.picker.handle(Input::Action(action), cx) {
                Reply::Ignored => Outcome::Ignored,
                reply => said(reply),
            },
        }
    }

    /// Typing or pasting in the link picker searches again.
    pub(super) fn link_input(&mut self, input: Input<'_>, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Link(link) = &mut self.mode else {
            return Outcome::Ignored;
        };
        said(link.picker.handle(input, cx))
    }

    pub(super) fn draw_link(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        link: &LinkPicker,
    ) {
        let lang = view.lang;
        let inner = frame_box(
            frame,
            area,
            view,
            &tf(lang, QMsg::LinkTitle, &[&link.number]),
        );
        let picker = &link.picker;
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!(" {} ", t(lang, QMsg::LinkFind)), view.theme.muted),
                Span::styled(picker.field().with_cursor(true), view.theme.text),
            ])),
            Rect {
                height: 1.min(inner.height),
                ..inner
            },
        );
        let hits = Rect {
            y: inner.y + 1.min(inner.height),
            height: inner.height.saturating_sub(3),
            ..inner
        };
        // The queue's own words when nobody is listed: they name Ctrl-N.
        if picker.hits().is_empty() && picker.error().is_none() {
            let msg = if picker.too_short() {
                QMsg::LinkTypeName
            } else {
                QMsg::LinkNoHits
            };
            crate::ui::kit::list::text_row(frame, hits, t(lang, msg), view.theme.muted);
        } else {
            picker.draw_hits(frame, hits, view);
        }
        crate::ui::kit::list::text_row(
            frame,
            Rect {
                y: inner.y + inner.height.saturating_sub(1),
                height: 1.min(inner.height),
                ..inner
            },
            t(lang, QMsg::LinkHint),
            view.theme.muted,
        );
    }
}
