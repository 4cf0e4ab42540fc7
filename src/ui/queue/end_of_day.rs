//! The end of day: a question before every ticket still waiting is closed as not seen
//! (and the day's booked appointments as no-shows), answered only by a plain y/ν so a
//! stray key cannot close the centre's day.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Wrap};

use super::{Mode, QueueScreen, stamp, store_error};
use crate::action::Action;
use crate::domain::codes::TicketState;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::ui::{Ctx, Outcome, View};

impl QueueScreen {
    /// Esc on the end-of-day question.
    pub(super) fn close_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        match action {
            Action::Cancel => {
                self.mode = Mode::List;
                Outcome::Status(t(lang, QMsg::CloseCancelled).to_string())
            }
            _ => Outcome::Ignored,
        }
    }

    /// The answer to the end-of-day question: a plain y closes the day, anything else
    /// does not.
    pub(super) fn close_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        self.mode = Mode::List;
        if crate::ui::is_yes_key(&key) {
            let stamp = stamp(cx);
            let result = cx.store.close_day(stamp.at.date(), &stamp);
            self.reload(cx);
            match result {
                Ok(n) => Outcome::Status(tf(lang, QMsg::Closed, &[&n.to_string()])),
                Err(e) => store_error(lang, &e),
            }
        } else {
            Outcome::Status(t(lang, QMsg::CloseCancelled).to_string())
        }
    }

    pub(super) fn draw_confirm(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let waiting = self
            .tickets
            .iter()
            .filter(|t| t.state == TicketState::Waiting)
            .count();
        let inner = Self::popup(frame, area, view, t(lang, QMsg::CloseTitle));
        frame.render_widget(
            Paragraph::new(Span::styled(
                tf(lang, QMsg::CloseQuestion, &[&waiting.to_string()]),
                view.theme.warning,
            ))
            .wrap(Wrap { trim: true }),
            inner,
        );
    }
}
