//! Drawing the card: the title row, the content scrolled, "more" when it goes on, the
//! visit form at the bottom when open.

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::lines::Styles;
use super::{Card, VISIT_ROWS};
use crate::domain::records::Service;
use crate::i18n::lookup::LMsg;
use crate::i18n::t;
use crate::ui::kit::width::{cut_line, width};
use crate::ui::{Drawn, View};

impl Card {
    pub fn draw(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        services: &HashMap<i64, Service>,
    ) -> Drawn {
        let theme = view.theme;
        let lang = view.lang;
        if area.height < 4 {
            return Drawn::none();
        }
        // Title row: the name, and how to get back.
        let back = format!("{} ", t(lang, LMsg::CardBack));
        let title = if self.gone {
            format!(" {}", t(lang, LMsg::Gone))
        } else {
            format!(" {} · #{}", self.person.display_name(), self.person.id)
        };
        let pad = (area.width as usize).saturating_sub(width(&title) + width(&back));
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(title, theme.title),
                Span::raw(" ".repeat(pad)),
                Span::styled(back, theme.muted),
            ])),
            Rect { height: 1, ..area },
        );
        let form_rows = if self.visit.is_some() {
            VISIT_ROWS.min(area.height.saturating_sub(4))
        } else {
            0
        };
        let content = Rect::new(area.x, area.y + 1, area.width, area.height - 1 - form_rows);
        let styles = Styles {
            head: theme.title,
            label: theme.muted,
            text: theme.text,
            muted: theme.muted,
            warning: theme.warning,
            matched: theme.matched,
        };
        let lines = self.lines(
            lang,
            view.now.date(),
            area.width as usize,
            services,
            &styles,
        );
        let lines: Vec<Line<'static>> = lines
            .into_iter()
            .map(|line| cut_line(line, content.width as usize))
            .collect();
        let total = lines.len() as u16;
        let scroll = self.scroll.min(total.saturating_sub(content.height));
        frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), content);
        if scroll + content.height < total {
            let more = format!(" {} ", t(lang, LMsg::More));
            let w = width(&more) as u16;
            frame.render_widget(
                Paragraph::new(Span::styled(more, theme.selection)),
                Rect::new(
                    content.right().saturating_sub(w + 1),
                    content.bottom() - 1,
                    w,
                    1,
                ),
            );
        }
        if let Some(form) = &self.visit {
            let form_area = Rect::new(area.x, content.bottom(), area.width, form_rows);
            frame.render_widget(ratatui::widgets::Clear, form_area);
            form.draw(frame, form_area, view, view.operator);
        }
        if let Some(form) = &self.note {
            let rows = super::note::NOTE_ROWS.min(area.height.saturating_sub(2));
            let note_area = Rect::new(area.x, area.bottom().saturating_sub(rows), area.width, rows);
            form.draw(frame, note_area, view);
        }
        if let Some(form) = &self.glass {
            form.draw(frame, area, view);
        }
        if let Some(question) = &self.question {
            question.draw_in(frame, area, view, view.theme.warning);
        }
        Drawn {
            rows: content.height,
            content: total,
        }
    }
}
