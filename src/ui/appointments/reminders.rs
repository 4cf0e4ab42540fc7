//! The reminder calls: the booked appointments of the next working day (every line),
//! with the name and phone to call as the privacy rule lets this desk see them, and
//! the "reminded" mark (Enter or d). Opening the list is audited: it shows many
//! people's phones at once.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{AppointmentsScreen, Mode};
use crate::action::Action;
use crate::domain::access::{Kind, Scope, access, mask};
use crate::i18n::appointments::AMsg;
use crate::i18n::{t, tf};
use crate::store::{Reminder, StoreError};
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::kit::list::{ListView, text_row};
use crate::ui::kit::width::fit;
use crate::ui::{Ctx, Drawn, Outcome, View};

pub(super) struct RemindersList {
    day: NaiveDate,
    items: Vec<Reminder>,
    list: ListView,
    /// Why the list could not be read: shown in its place.
    error: Option<String>,
    services: HashMap<i64, String>,
}

impl RemindersList {
    fn read(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let viewer = cx.viewer();
        let names = access(&viewer, Kind::Identity, Scope::Centre).shown();
        let phones = access(&viewer, Kind::Contact, Scope::Centre).shown();
        self.items = cx
            .store
            .reminders(self.day)?
            .into_iter()
            .map(|mut r| {
                if !names {
                    r.name = "•••".to_string();
                }
                if !phones {
                    r.phone = r.phone.map(|p| mask(&p, 3));
                }
                r
            })
            .collect();
        self.list.set_len(self.items.len());
        Ok(())
    }

    /// Reads the list again (another desk marked a call); a failure is shown in place.
    pub(super) fn reload(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match self.read(cx) {
            Ok(()) => {
                self.error = None;
                Outcome::Handled
            }
            Err(e) => {
                self.error = Some(store_error_text(cx.lang, &e));
                store_failure(cx.lang, "reminders", &e)
            }
        }
    }

    pub(super) fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let lang = view.lang;
        if area.height < 3 {
            return Drawn::none();
        }
        let done = self
            .items
            .iter()
            .filter(|r| r.appointment.reminded_at.is_some())
            .count();
        let title = tf(
            lang,
            AMsg::RemindersTitle,
            &[
                t(lang, super::week::weekday_long(self.day.weekday())),
                &crate::domain::dates::format_date(self.day),
                &done.to_string(),
                &self.items.len().to_string(),
            ],
        );
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {title}"), view.theme.title)),
            Rect { height: 1, ..area },
        );
        let body = Rect::new(area.x, area.y + 1, area.width, area.height - 2);
        text_row(
            frame,
            Rect::new(area.x, area.bottom() - 1, area.width, 1),
            t(lang, AMsg::RemindersHint),
            view.theme.muted,
        );
        if let Some(error) = &self.error {
            frame.render_widget(
                Paragraph::new(Span::styled(format!(" {error}"), view.theme.status_error)),
                body,
            );
            return Drawn::none();
        }
        if self.items.is_empty() {
            text_row(frame, body, t(lang, AMsg::NoReminders), view.theme.muted);
            return Drawn::rows(body.height);
        }
        let w = body.width as usize;
        self.list.draw_rows(frame, body, |i, selected| {
            let r = &self.items[i];
            let a = &r.appointment;
            let service = self
                .services
                .get(&a.service_id)
                .cloned()
                .unwrap_or_default();
            let mark = if a.reminded_at.is_some() {
                format!("✓ {}", t(lang, AMsg::Reminded))
            } else {
                format!("· {}", t(lang, AMsg::ToCall))
            };
            let text = format!(
                "{}{} {} {} {} {}",
                if selected { "▌" } else { " " },
                a.starts_at.format("%H:%M"),
                fit(&service, 18),
                fit(&r.name, 24),
                fit(r.phone.as_deref().unwrap_or("—"), 14),
                mark
            );
            let style = if selected {
                view.theme.selection
            } else if a.reminded_at.is_some() {
                view.theme.muted
            } else {
                view.theme.text
            };
            Line::from(Span::styled(fit(&text, w), style))
        })
    }
}

impl AppointmentsScreen {
    pub(super) fn open_reminders(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let day = match cx.store.next_working_day(cx.today()) {
            Ok(day) => day,
            Err(e) => return store_failure(cx.lang, "next working day", &e),
        };
        let services = match cx.store.services() {
            Ok(all) => all
                .iter()
                .map(|s| (s.id, crate::i18n::service_name(s, cx.lang).to_string()))
                .collect(),
            Err(e) => return store_failure(cx.lang, "services", &e),
        };
        // The viewing is recorded before anything is shown.
        if let Err(e) = cx
            .store
            .audit(&cx.stamp(), "view", "reminders", None, &day.to_string())
        {
            return store_failure(cx.lang, "record viewing", &e);
        }
        let mut list = RemindersList {
            day,
            items: Vec::new(),
            list: ListView::new(),
            error: None,
            services,
        };
        let outcome = list.reload(cx);
        self.mode = Mode::Reminders(list);
        outcome
    }

    pub(super) fn reminders_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Reminders(list) = &mut self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::Cancel => {
                self.mode = super::Mode::Browse;
                self.reload(cx)
            }
            Action::Up | Action::Down | Action::Home | Action::End => {
                list.list.step(action);
                Outcome::Handled
            }
            Action::MarkReminded => {
                let Some(r) = list.items.get(list.list.selected()) else {
                    return Outcome::Ignored;
                };
                let a = &r.appointment;
                if a.reminded_at.is_some() {
                    return Outcome::Status(t(cx.lang, AMsg::AlreadyReminded).to_string());
                }
                let said = match cx.store.mark_reminded(a.id, a.version, &cx.stamp()) {
                    Ok(_) => {
                        list.list.step(Action::Down);
                        Outcome::Status(tf(cx.lang, AMsg::MarkedReminded, &[&a.id.to_string()]))
                    }
                    Err(e) => Outcome::Error(super::changes::booking_text(cx.lang, &e)),
                };
                match list.reload(cx) {
                    Outcome::Error(e) => Outcome::Error(e),
                    _ => said,
                }
            }
            _ => Outcome::Ignored,
        }
    }
}
