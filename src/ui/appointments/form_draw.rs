//! Drawing the booking form: the fields on the left (what is wrong under its field),
//! on the right what the focused field chooses from: the people found, the flags, or
//! the free slots (offered first, ↑ ↓ take one).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::changes::slot_rows;
use super::details::flag_name;
use super::form::{BookingForm, FLAGS, Field};
use crate::domain::reference::find_language;
use crate::i18n::appointments::AMsg;
use crate::i18n::queue::QMsg;
use crate::i18n::{Lang, language_name, t};
use crate::ui::View;
use crate::ui::kit::field::TextField;
use crate::ui::kit::width::fit;

/// The left column's width; the right panel takes the rest.
const LEFT: u16 = 47;
const LABEL: usize = 12;

fn label(field: Field) -> AMsg {
    match field {
        Field::Person => AMsg::FieldPerson,
        Field::Phone => AMsg::FieldPhone,
        Field::Line => AMsg::FieldLine,
        Field::Date => AMsg::FieldDate,
        Field::Time => AMsg::FieldTime,
        Field::Length => AMsg::FieldLength,
        Field::Staff => AMsg::FieldStaff,
        Field::Room => AMsg::FieldRoom,
        Field::Flags => AMsg::FieldFlags,
        Field::Language => AMsg::FieldLanguage,
        Field::Note => AMsg::FieldNote,
    }
}

impl BookingForm {
    fn value(&self, field: Field, lang: Lang, focused: bool) -> (String, bool) {
        let text = |f: &TextField| f.with_cursor(focused);
        match field {
            Field::Person => match &self.person {
                Some((_, shown)) => (format!("✓ {shown}"), false),
                None if self.person_pick.query().trim().is_empty() && !focused => {
                    (t(lang, AMsg::TypeName).to_string(), true)
                }
                None => (text(self.person_pick.field()), false),
            },
            Field::Phone if self.person.is_some() => {
                (t(lang, AMsg::PhoneOfRecord).to_string(), true)
            }
            Field::Phone => (text(&self.phone), false),
            Field::Line => (
                format!(
                    "◂ {} ▸",
                    self.lines
                        .get(self.line)
                        .map(|s| crate::i18n::service_name(s, lang))
                        .unwrap_or("—")
                ),
                false,
            ),
            Field::Date => (text(&self.date), false),
            Field::Time => (text(&self.time), false),
            Field::Length if self.length.is_empty() && !focused => {
                (t(lang, AMsg::SlotLength).to_string(), true)
            }
            Field::Length => (format!("{} ′", text(&self.length)), false),
            Field::Staff => (text(&self.staff), false),
            Field::Room => (text(&self.room), false),
            Field::Flags => {
                let mut words: Vec<&str> = Vec::new();
                if self.urgent {
                    words.push("!");
                }
                words.extend(
                    self.flags
                        .iter()
                        .map(|f| t(lang, super::details::flag_short(*f))),
                );
                if words.is_empty() {
                    (t(lang, AMsg::NoFlags).to_string(), true)
                } else {
                    (words.join(" "), false)
                }
            }
            Field::Language => {
                let typed = text(&self.language);
                match find_language(&self.language.text()) {
                    Some(l) => (
                        format!("≋ {typed} → {}", language_name(&l.code, lang)),
                        false,
                    ),
                    None => (format!("≋ {typed}"), false),
                }
            }
            Field::Note => (text(&self.note), false),
        }
    }

    pub(super) fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        if area.height < 6 || area.width < LEFT + 10 {
            return;
        }
        let title = if self.ticket_id.is_some() {
            t(lang, AMsg::FormTitleTicket)
        } else {
            t(lang, AMsg::FormTitle)
        };
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {title}"), view.theme.title)),
            Rect { height: 1, ..area },
        );
        let left = Rect::new(area.x, area.y + 1, LEFT, area.height - 3);
        let right = Rect::new(
            area.x + LEFT + 1,
            area.y + 1,
            area.width - LEFT - 1,
            area.height - 3,
        );
        let w = left.width as usize;
        let mut lines = Vec::new();
        for field in super::form::FIELDS {
            let focused = field == self.field;
            let (value, placeholder) = self.value(field, lang, focused);
            let style = if focused {
                view.theme.selection
            } else if placeholder {
                view.theme.muted
            } else {
                view.theme.text
            };
            let mark = if focused { "▸" } else { " " };
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{mark}{} ", fit(t(lang, label(field)), LABEL)),
                    if focused {
                        view.theme.title
                    } else {
                        view.theme.muted
                    },
                ),
                Span::styled(fit(&value, w.saturating_sub(LABEL + 2)), style),
            ]));
            for (_, why) in self.errors.iter().filter(|(f, _)| *f == field) {
                lines.push(Line::from(Span::styled(
                    fit(&format!("{}↳ {why}", " ".repeat(LABEL + 2)), w),
                    view.theme.status_error,
                )));
            }
        }
        frame.render_widget(Paragraph::new(lines), left);
        self.draw_panel(frame, right, view);
        let mut bottom = Vec::new();
        // In full: the database's failure, else what is wrong with the focused field
        // (or the first field marked).
        let said = self.error.as_deref().or_else(|| {
            self.errors
                .iter()
                .find(|(f, _)| *f == self.field)
                .or(self.errors.first())
                .map(|(_, why)| why.as_str())
        });
        if let Some(error) = said {
            bottom.push(Line::from(Span::styled(
                fit(&format!(" {error}"), area.width as usize),
                view.theme.status_error,
            )));
        } else {
            bottom.push(Line::from(""));
        }
        bottom.push(Line::from(Span::styled(
            fit(
                &format!(" {}", t(lang, AMsg::FormHint)),
                area.width as usize,
            ),
            view.theme.muted,
        )));
        frame.render_widget(
            Paragraph::new(bottom),
            Rect::new(area.x, area.bottom() - 2, area.width, 2),
        );
    }

    /// What the focused field chooses from.
    fn draw_panel(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let w = area.width as usize;
        let head =
            |text: &str| Line::from(Span::styled(fit(&format!("│ {text}"), w), view.theme.title));
        let row = |text: String, style: Style| {
            Line::from(Span::styled(fit(&format!("│{text}"), w), style))
        };
        match self.field {
            Field::Person if self.person.is_none() => {
                let mut edge = vec![head(t(lang, AMsg::PeopleFound))];
                edge.extend(
                    (1..area.height).map(|_| Line::from(Span::styled("│", view.theme.title))),
                );
                frame.render_widget(Paragraph::new(edge), area);
                let hits = Rect::new(
                    area.x + 1,
                    area.y + 1,
                    area.width - 1,
                    area.height.saturating_sub(3),
                );
                self.person_pick.draw_hits(frame, hits, view);
                let note = Rect::new(
                    area.x + 1,
                    area.bottom().saturating_sub(2),
                    area.width - 1,
                    2,
                );
                frame.render_widget(
                    Paragraph::new(Span::styled(
                        format!(" {}", t(lang, AMsg::NewNameHint)),
                        view.theme.muted,
                    ))
                    .wrap(ratatui::widgets::Wrap { trim: true }),
                    note,
                );
            }
            Field::Flags => {
                let mut lines = vec![head(t(lang, AMsg::FlagKeys))];
                for (i, flag) in FLAGS.iter().enumerate() {
                    let on = self.flags.contains(flag);
                    lines.push(row(
                        format!(
                            " {} [{}] {}",
                            i + 1,
                            if on { "x" } else { " " },
                            flag_name(lang, *flag)
                        ),
                        if on {
                            view.theme.text
                        } else {
                            view.theme.muted
                        },
                    ));
                }
                lines.push(row(
                    format!(
                        " 7 [{}] {}",
                        if self.urgent { "x" } else { " " },
                        t(lang, QMsg::Urgent)
                    ),
                    if self.urgent {
                        view.theme.text
                    } else {
                        view.theme.muted
                    },
                ));
                frame.render_widget(Paragraph::new(lines), area);
            }
            _ => {
                let mut lines = vec![head(t(lang, AMsg::FreeFirst))];
                let slots = slot_rows(
                    view,
                    &self.slots,
                    self.slots_error.as_ref(),
                    self.slot_list.selected(),
                    "",
                );
                lines.extend(slots.into_iter().map(|(text, style)| row(text, style)));
                for _ in lines.len()..area.height as usize {
                    lines.push(row(String::new(), view.theme.muted));
                }
                frame.render_widget(Paragraph::new(lines), area);
            }
        }
    }
}
