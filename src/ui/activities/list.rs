//! Drawing the list of running activities: name, line, schedule, places taken of the
//! capacity, the waiting list's length, the term's end; the selected one's details
//! below.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{ActivitiesScreen, schedule};
use crate::domain::activities::{Activity, ages_text};
use crate::domain::dates::format_date;
use crate::i18n::activities::GMsg;
use crate::i18n::{Lang, t, tf};
use crate::ui::kit::list::{heads_row, say_in_place};
use crate::ui::kit::width::{clip, fit};
use crate::ui::{Drawn, View};

/// One line about an activity's term, ages and roll default.
pub fn details(a: &Activity, lang: Lang) -> String {
    let ages = match (a.min_age, a.max_age) {
        (None, None) => t(lang, GMsg::AnyAge).to_string(),
        (Some(lo), None) => tf(lang, GMsg::Ages, &[&format!("{lo}+")]),
        (None, Some(hi)) => tf(lang, GMsg::Ages, &[&format!("≤{hi}")]),
        (Some(lo), Some(hi)) => tf(lang, GMsg::Ages, &[&ages_text(Some(lo), Some(hi))]),
    };
    let default = if a.roll_default.assumed() {
        GMsg::DefaultPresent
    } else {
        GMsg::DefaultAbsent
    };
    format!(
        "{}–{} · {ages} · {}",
        format_date(a.starts_on),
        format_date(a.ends_on),
        t(lang, default)
    )
}

impl ActivitiesScreen {
    pub(super) fn draw_list(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let theme = view.theme;
        let lang = view.lang;
        let [title, head, body, foot] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(2),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!(" {}", t(lang, GMsg::Title)), theme.title),
                Span::styled(
                    format!(
                        " · {}",
                        tf(lang, GMsg::Count, &[&self.rows.len().to_string()])
                    ),
                    theme.muted,
                ),
            ])),
            title,
        );
        heads_row(
            frame,
            head,
            &[
                (t(lang, GMsg::HeadName), 22),
                (t(lang, GMsg::HeadLine), 12),
                (t(lang, GMsg::HeadSchedule), 19),
                (t(lang, GMsg::HeadPlaces), 6),
                (t(lang, GMsg::HeadWaiting), 5),
            ],
            t(lang, GMsg::HeadTerm),
            theme.muted,
        );
        if let Some(error) = &self.load_error {
            return say_in_place(frame, body, error, theme.status_error);
        }
        if self.rows.is_empty() {
            return say_in_place(frame, body, t(lang, GMsg::NoActivities), theme.muted);
        }
        let drawn = self.list.draw_rows(frame, body, |i, selected| {
            let row = &self.rows[i];
            let a = &row.activity;
            let mark = if selected { '▌' } else { ' ' };
            let full = if row.enrolled >= a.capacity as usize {
                '●'
            } else {
                ' '
            };
            Line::styled(
                format!(
                    "{mark}{} {} {} {}{} {} {}",
                    fit(&a.name, 22),
                    fit(&row.line, 12),
                    fit(&schedule(a, lang), 19),
                    clip(&format!("{}/{}", row.enrolled, a.capacity), 5),
                    full,
                    clip(&row.waiting.to_string(), 5),
                    a.ends_on.format("%d/%m")
                ),
                if selected {
                    theme.selection
                } else {
                    theme.text
                },
            )
        });
        if let Some(row) = self.selected() {
            frame.render_widget(
                Paragraph::new(vec![
                    Line::styled(format!(" {} · {}", row.activity.name, row.line), theme.text),
                    Line::styled(format!(" {}", details(&row.activity, lang)), theme.muted),
                ]),
                foot,
            );
        }
        drawn
    }
}
