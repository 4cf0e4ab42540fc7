//! Drawing the retention review: the count and the period, the list (person, born,
//! last activity, an earlier decision to keep), the keys, and the popup over it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::{Asking, Popup, RetentionScreen};
use crate::domain::dates::format_date;
use crate::i18n::retention::RMsg;
use crate::i18n::{t, tf};
use crate::ui::kit::popup::{frame_box, near_top, wrapped_rows};
use crate::ui::kit::width::{cut, fit};
use crate::ui::{Drawn, View};

impl RetentionScreen {
    pub(super) fn draw_screen(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let lang = view.lang;
        let theme = view.theme;
        let [top, keys, head, rows] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(area);
        let since = self.since.map(format_date).unwrap_or_default();
        let count = tf(
            lang,
            RMsg::Count,
            &[
                &self.rows.len().to_string(),
                &self.years.to_string(),
                &since,
            ],
        );
        let width = area.width as usize;
        frame.render_widget(
            Paragraph::new(Line::styled(cut(&format!(" {count}"), width), theme.title)),
            top,
        );
        frame.render_widget(
            Paragraph::new(Line::styled(
                cut(&format!(" {}", t(lang, RMsg::Explain)), width),
                theme.muted,
            )),
            keys,
        );
        // id 7, name 26, born 10, last 11; the earlier decision takes the rest.
        let kept_w = width.saturating_sub(1 + 8 + 27 + 11 + 12).max(6);
        let columns = |id: &str, name: &str, born: &str, last: &str, kept: &str| {
            format!(
                " {} {} {} {} {}",
                fit(id, 7),
                fit(name, 26),
                fit(born, 10),
                fit(last, 11),
                fit(kept, kept_w)
            )
        };
        frame.render_widget(
            Paragraph::new(Line::styled(
                columns(
                    "#",
                    t(lang, RMsg::ColPerson),
                    t(lang, RMsg::ColBorn),
                    t(lang, RMsg::ColLast),
                    t(lang, RMsg::ColKept),
                ),
                theme.muted,
            )),
            head,
        );
        let drawn = if let Some(error) = &self.error {
            frame.render_widget(
                Paragraph::new(Line::styled(format!(" {error}"), theme.status_error))
                    .wrap(Wrap { trim: true }),
                rows,
            );
            Drawn::rows(rows.height)
        } else if self.rows.is_empty() {
            frame.render_widget(
                Paragraph::new(Line::styled(
                    format!(" {}", t(lang, RMsg::NoneDormant)),
                    theme.muted,
                )),
                rows,
            );
            Drawn::rows(rows.height)
        } else {
            self.list.draw_rows(frame, rows, |i, selected| {
                let d = &self.rows[i];
                let person = self.people.get(&d.person_id);
                let name = person.map(|p| p.display_name()).unwrap_or_default();
                let born = person
                    .and_then(|p| p.date_of_birth)
                    .map(format_date)
                    .unwrap_or_default();
                let kept = d
                    .kept
                    .as_ref()
                    .map(|(at, by)| tf(lang, RMsg::KeptBy, &[&format_date(at.date()), by]))
                    .unwrap_or_default();
                Line::styled(
                    columns(
                        &d.person_id.to_string(),
                        &name,
                        &born,
                        &format_date(d.last_activity),
                        &kept,
                    ),
                    if selected {
                        theme.selection
                    } else {
                        theme.text
                    },
                )
            })
        };
        match &self.popup {
            Some(Popup::Ask {
                asking,
                field,
                wrong,
            }) => {
                let (title, ask, label, bad, hint) = match asking {
                    Asking::Keep(id) => (
                        tf(lang, RMsg::KeepTitle, &[&id.to_string()]),
                        tf(lang, RMsg::KeepAsk, &[&self.years.to_string()]),
                        RMsg::KeepReason,
                        RMsg::KeepNeedsReason,
                        RMsg::KeepHint,
                    ),
                    Asking::Years => (
                        t(lang, RMsg::YearsTitle).to_string(),
                        t(lang, RMsg::YearsAsk).to_string(),
                        RMsg::YearsField,
                        RMsg::YearsBad,
                        RMsg::YearsHint,
                    ),
                };
                let inner_w = area.width.saturating_sub(6);
                let height = (wrapped_rows(&ask, inner_w) + 6).min(area.height);
                let rect = near_top(area, height, 2);
                frame.render_widget(Clear, rect);
                let inner = frame_box(frame, rect, view, &title);
                if inner.height >= 4 {
                    let ask_rows = inner.height - 3;
                    frame.render_widget(
                        Paragraph::new(Span::styled(ask, theme.text)).wrap(Wrap { trim: true }),
                        Rect::new(inner.x, inner.y, inner.width, ask_rows),
                    );
                    let lines = vec![
                        Line::from(vec![
                            Span::styled(format!("{} ", t(lang, label)), theme.selection),
                            Span::styled(field.with_cursor(true), theme.text),
                        ]),
                        if *wrong {
                            Line::styled(format!("✗ {}", t(lang, bad)), theme.status_error)
                        } else {
                            Line::from("")
                        },
                        Line::styled(t(lang, hint), theme.muted),
                    ];
                    frame.render_widget(
                        Paragraph::new(lines),
                        Rect::new(inner.x, inner.y + ask_rows, inner.width, 3),
                    );
                }
            }
            Some(Popup::Erase { question, .. }) => {
                question.draw_in(frame, area, view, theme.warning);
            }
            None => {}
        }
        drawn
    }
}
