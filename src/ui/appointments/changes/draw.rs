//! Drawing the move and cancel popups.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::records::Appointment;
use crate::i18n::appointments::AMsg;
use crate::i18n::t;
use crate::ui::View;
use crate::ui::kit::popup::{centred, frame_box};
use crate::ui::kit::width::fit;

use super::{CancelForm, MoveForm, OFFERED, slot_rows, slot_words};

impl MoveForm {
    pub(super) fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let rows = 7 + OFFERED as u16;
        let inner = frame_box(
            frame,
            centred(area, 70, rows),
            view,
            t(lang, AMsg::MoveTitle),
        );
        let w = inner.width as usize;
        let mut lines = vec![
            about(&self.appointment, w, view),
            Line::from(Span::styled(
                format!(
                    " {} {}",
                    fit(t(lang, AMsg::FieldDate), 12),
                    self.date.with_cursor(!self.on_time)
                ),
                if self.on_time {
                    view.theme.text
                } else {
                    view.theme.selection
                },
            )),
            Line::from(Span::styled(
                format!(
                    " {} {}",
                    fit(t(lang, AMsg::FieldTime), 12),
                    self.time.with_cursor(self.on_time)
                ),
                if self.on_time {
                    view.theme.selection
                } else {
                    view.theme.text
                },
            )),
            Line::from(Span::styled(
                format!(" {}", t(lang, AMsg::FreeFirst)),
                view.theme.title,
            )),
        ];
        let slots = slot_rows(
            view,
            &self.slots,
            self.slots_error.as_ref(),
            self.list.selected(),
            " ",
        );
        lines.extend(
            slots
                .into_iter()
                .map(|(text, style)| Line::from(Span::styled(text, style))),
        );
        let end = (self.error.as_ref(), AMsg::MoveHint);
        finish(frame, inner, view, lines, end);
    }
}

impl CancelForm {
    pub(super) fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let inner = frame_box(
            frame,
            centred(area, 64, 7),
            view,
            t(lang, AMsg::CancelTitle),
        );
        let w = inner.width as usize;
        let lines = vec![
            about(&self.appointment, w, view),
            Line::from(Span::styled(
                fit(
                    &format!(
                        " {} {}",
                        t(lang, AMsg::FieldReason),
                        self.reason.with_cursor(true)
                    ),
                    w,
                ),
                view.theme.selection,
            )),
        ];
        let end = (self.error.as_ref(), AMsg::CancelHint);
        finish(frame, inner, view, lines, end);
    }
}

/// A popup's first line: the appointment it changes, in words.
fn about(appointment: &Appointment, w: usize, view: &View<'_>) -> Line<'static> {
    Line::from(Span::styled(
        fit(&format!(" {}", slot_words(view.lang, appointment)), w),
        view.theme.muted,
    ))
}

/// Ends a popup: what went wrong (if anything) and the keys (`hint`) under `lines`,
/// drawn in `inner`.
fn finish(
    frame: &mut Frame<'_>,
    inner: Rect,
    view: &View<'_>,
    mut lines: Vec<Line<'_>>,
    (error, hint): (Option<&String>, AMsg),
) {
    if let Some(error) = error {
        lines.push(Line::from(Span::styled(
            fit(&format!(" {error}"), inner.width as usize),
            view.theme.status_error,
        )));
    }
    lines.push(Line::from(Span::styled(
        format!(" {}", t(view.lang, hint)),
        view.theme.muted,
    )));
    frame.render_widget(Paragraph::new(lines), inner);
}
