//! The selected ticket on paper (`p`): its number, its service line in Greek and
//! English and when it was taken, nothing about the person (`crate::slip::ticket_slip`,
//! the same text as `kentro queue add --print`), sent to the desk's printer; with no
//! printer set, shown on screen in the kit's viewer to be read or copied.

use super::{Mode, QueueScreen};
use crate::action::Action;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::printing::Printer;
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::viewer::Viewer;
use crate::ui::kit::{Component, Input};
use crate::ui::{Ctx, Outcome};

impl QueueScreen {
    /// Tickets go to `printer` (none: on screen).
    pub fn printing_to(mut self, printer: Option<Printer>) -> Self {
        self.printer = printer;
        self
    }

    pub(super) fn print_ticket(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(ticket) = self.selected_ticket().cloned() else {
            return Outcome::Status(t(cx.lang, QMsg::NothingSelected).to_string());
        };
        let text = match crate::slip::ticket_slip(cx.store, &ticket) {
            Ok(text) => text,
            Err(e) => return store_failure(cx.lang, "ticket slip", &e),
        };
        match &self.printer {
            Some(printer) => match printer.print(&text) {
                Ok(()) => Outcome::Status(tf(cx.lang, QMsg::TicketPrinted, &[&ticket.number])),
                Err(e) => Outcome::Error(tf(cx.lang, QMsg::TicketPrintFailed, &[&e.to_string()])),
            },
            None => {
                let title = tf(cx.lang, QMsg::TicketViewerTitle, &[&ticket.number]);
                self.mode = Mode::Slip(Box::new(Viewer::new(title, text)));
                Outcome::Status(t(cx.lang, QMsg::TicketShown).to_string())
            }
        }
    }

    /// Keys while a ticket is shown on screen: scrolling, and Esc back to the list.
    pub(super) fn slip_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Slip(viewer) = &mut self.mode else {
            return Outcome::Ignored;
        };
        let reply = viewer.handle(Input::Action(action), cx);
        reply.into_outcome(|_| {
            self.mode = Mode::List;
            Outcome::Handled
        })
    }
}
