//! The end of day: a question before every ticket still waiting is closed as not seen
//! (and the day's booked appointments as no-shows), answered only by a plain y/υ so a
//! stray key cannot close the centre's day.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Wrap};

use super::{Mode, QueueScreen, stamp, store_error};
use crate::action::Action;
use crate::domain::codes::TicketState;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::ui::kit::popup::{Answer, Answers, Question, frame_box};
use crate::ui::kit::{Component, Input, Reply};
use crate::ui::{Ctx, Outcome, View};

/// The end-of-day question: yes, or anything else (Esc included) for no.
pub(super) fn question() -> Question {
    // The box draws its own text (the count of those still waiting); the question
    // part decides only what answers it.
    Question::new(Answers::YesOrAnythingElse, |_| {
        (String::new(), String::new())
    })
}

impl QueueScreen {
    /// An action or a key on the end-of-day question: a plain y closes the day,
    /// anything else does not.
    pub(super) fn close_input(&mut self, input: Input<'_>, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Mode::ConfirmClose(question) = &mut self.mode else {
            return Outcome::Ignored;
        };
        // Of the actions only Esc answers (no); the others are the shell's.
        if matches!(input, Input::Action(action) if action != Action::Cancel) {
            return Outcome::Ignored;
        }
        let Reply::Done(answer) = question.handle(input, cx) else {
            return Outcome::Ignored;
        };
        self.mode = Mode::List;
        if answer != Answer::Yes {
            return Outcome::Status(t(lang, QMsg::CloseCancelled).to_string());
        }
        let stamp = stamp(cx);
        let result = cx.store.close_day(stamp.at.date(), &stamp);
        self.reload(cx);
        match result {
            Ok(n) => Outcome::Status(tf(lang, QMsg::Closed, &[&n.to_string()])),
            Err(e) => store_error(lang, &e),
        }
    }

    pub(super) fn draw_confirm(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let waiting = self
            .tickets
            .iter()
            .filter(|t| t.state == TicketState::Waiting)
            .count();
        let inner = frame_box(frame, area, view, t(lang, QMsg::CloseTitle));
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
