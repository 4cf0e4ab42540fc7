//! "Break glass" on the card: an administrator opens another organisation's case
//! notes and referral details, which the person did not consent to share, by giving
//! a reason. The reason is recorded (its own table; the audit row points at it)
//! before anything is shown; an empty reason or Esc opens nothing.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::i18n::lookup::LMsg;
use crate::i18n::{t, tf};
use crate::ui::View;
use crate::ui::kit::field::TextField;
use crate::ui::kit::popup::{frame_box, wrapped_rows};

/// The question and its reason field.
#[derive(Debug, Clone, Default)]
pub struct GlassForm {
    pub reason: TextField,
    /// How many notes and referral details the reason would open.
    pub notes: usize,
    pub details: usize,
    /// The reason was left empty when asked to open.
    pub empty: bool,
}

impl GlassForm {
    pub fn new(notes: usize, details: usize) -> GlassForm {
        GlassForm {
            notes,
            details,
            ..GlassForm::default()
        }
    }

    pub fn key(&mut self, key: KeyEvent) -> bool {
        self.empty = false;
        self.reason.input_key(key)
    }

    pub fn paste(&mut self, text: &str) -> bool {
        self.empty = false;
        self.reason.paste(text)
    }

    /// The reason typed, or `None` (and marked) when there is none.
    pub fn reason(&mut self) -> Option<String> {
        let reason = self.reason.text().trim().to_string();
        self.empty = reason.is_empty();
        (!self.empty).then_some(reason)
    }

    /// Drawn in a box near the top of the card.
    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let theme = view.theme;
        let what = tf(
            lang,
            LMsg::GlassAsk,
            &[&self.notes.to_string(), &self.details.to_string()],
        );
        let width = area.width.saturating_sub(4);
        let height = (wrapped_rows(&what, width.saturating_sub(2)) + 6).min(area.height);
        let rect = Rect::new(
            area.x + 2.min(area.width),
            area.y + 2.min(area.height),
            width,
            height.min(area.height.saturating_sub(2)),
        );
        frame.render_widget(Clear, rect);
        let inner = frame_box(frame, rect, view, t(lang, LMsg::GlassTitle));
        if inner.height < 4 {
            return;
        }
        let ask_rows = inner.height - 3;
        frame.render_widget(
            Paragraph::new(Span::styled(what, theme.warning)).wrap(Wrap { trim: true }),
            Rect::new(inner.x, inner.y, inner.width, ask_rows),
        );
        let mut rows = vec![Line::from(vec![
            Span::styled(format!("{} ", t(lang, LMsg::GlassReason)), theme.selection),
            Span::styled(self.reason.with_cursor(true), theme.text),
        ])];
        rows.push(if self.empty {
            Line::styled(
                format!("✗ {}", t(lang, LMsg::GlassNeedsReason)),
                theme.status_error,
            )
        } else {
            Line::from("")
        });
        rows.push(Line::styled(t(lang, LMsg::GlassHint), theme.muted));
        frame.render_widget(
            Paragraph::new(rows),
            Rect::new(inner.x, inner.y + ask_rows, inner.width, 3),
        );
    }
}
