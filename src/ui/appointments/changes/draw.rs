//! Drawing the move and cancel popups.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

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
            Line::from(Span::styled(
                fit(&format!(" {}", slot_words(lang, &self.appointment)), w),
                view.theme.muted,
            )),
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
        if let Some(error) = &self.error {
            lines.push(Line::from(Span::styled(
                fit(&format!(" {error}"), w),
                view.theme.status_error,
            )));
        }
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, AMsg::MoveHint)),
            view.theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
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
        let mut lines = vec![
            Line::from(Span::styled(
                fit(&format!(" {}", slot_words(lang, &self.appointment)), w),
                view.theme.muted,
            )),
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
        if let Some(error) = &self.error {
            lines.push(Line::from(Span::styled(
                fit(&format!(" {error}"), w),
                view.theme.status_error,
            )));
        }
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, AMsg::CancelHint)),
            view.theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
