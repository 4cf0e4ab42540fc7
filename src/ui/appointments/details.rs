//! The selected appointment's details, always under the view: who (through the
//! privacy rule: identifiers masked as the role allows), when, the line, the state,
//! the priority, the interpreter, with whom, the note. In the week view: who is
//! booked in the selected slot.

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{AppointmentsScreen, Span7};
use crate::domain::access::{Kind, Scope, Viewer, access, shown_identifier};
use crate::domain::codes::{AppointmentState, Vulnerability};
use crate::domain::person::Person;
use crate::domain::records::Appointment;
use crate::i18n::appointments::AMsg;
use crate::i18n::queue::QMsg;
use crate::i18n::{Lang, language_name, t, tf};
use crate::ui::View;
use crate::ui::kit::width::fit;

/// What this desk may see of an appointment's person, read once per load.
#[derive(Debug, Clone, PartialEq)]
pub struct Brief {
    pub name: String,
    pub phone: Option<String>,
    /// The AMKA as the role may see it here (masked: this screen never reveals).
    pub amka: Option<String>,
}

impl Brief {
    /// `person` as the privacy rule lets `viewer` see them on this screen.
    pub fn of(person: &Person, viewer: &Viewer) -> Brief {
        let name = if access(viewer, Kind::Identity, Scope::Centre).shown() {
            person.display_name()
        } else {
            "•••".to_string()
        };
        let phone = person
            .phone
            .clone()
            .filter(|_| access(viewer, Kind::Contact, Scope::Centre).shown());
        let amka = person.amka.as_deref().and_then(|v| {
            shown_identifier(v, access(viewer, Kind::Identifier, Scope::Centre), false)
        });
        Brief { name, phone, amka }
    }
}

/// The short priority markers of an appointment (words, not colour): `!` urgent,
/// then each flag's abbreviation.
pub fn markers(lang: Lang, a: &Appointment) -> String {
    let mut out: Vec<&str> = Vec::new();
    if a.urgent {
        out.push("!");
    }
    out.extend(a.priority.iter().map(|f| t(lang, flag_short(*f))));
    out.join(" ")
}

/// A flag's abbreviation for the rows.
pub fn flag_short(flag: Vulnerability) -> AMsg {
    match flag {
        Vulnerability::UnaccompaniedMinor => AMsg::ShortMinor,
        Vulnerability::Disability => AMsg::ShortDisability,
        Vulnerability::Pregnancy => AMsg::ShortPregnancy,
        Vulnerability::Elderly => AMsg::ShortElderly,
        Vulnerability::ViolenceVictim => AMsg::ShortViolence,
        Vulnerability::SingleParent => AMsg::ShortSingleParent,
        _ => AMsg::ShortOther,
    }
}

pub use crate::i18n::queue::flag_name;

pub fn state_word(lang: Lang, state: AppointmentState) -> &'static str {
    t(
        lang,
        match state {
            AppointmentState::Booked => QMsg::ApptBooked,
            AppointmentState::CheckedIn => QMsg::ApptCheckedIn,
            AppointmentState::NoShow => QMsg::ApptNoShow,
            AppointmentState::Cancelled => QMsg::ApptCancelled,
        },
    )
}

impl AppointmentsScreen {
    /// Who the appointment is for: the person as this desk may see them, or the name
    /// of someone not registered.
    pub(super) fn who(&self, a: &Appointment, lang: Lang) -> String {
        match a.person_id {
            Some(id) => self
                .people
                .get(&id)
                .map(|b| b.name.clone())
                .unwrap_or_else(|| format!("#{id}")),
            None => format!("{} ({})", a.label, t(lang, AMsg::NotRegistered)),
        }
    }

    pub(super) fn draw_details(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let w = area.width as usize;
        let head = format!("── {} ", t(lang, AMsg::Details));
        let mut lines = vec![Line::from(Span::styled(
            format!(
                "{head}{}",
                "─".repeat(w.saturating_sub(crate::ui::kit::width::width(&head)))
            ),
            view.theme.title,
        ))];
        let text = |s: String| Line::from(Span::styled(fit(&format!(" {s}"), w), view.theme.text));
        match (self.span, self.selected_appointment()) {
            (Span7::Day, Some(a)) => {
                lines.extend(self.appointment_lines(a, lang).into_iter().map(text))
            }
            (Span7::Day, None) => lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, AMsg::NoneSelected)),
                view.theme.muted,
            ))),
            (Span7::Week, _) => {
                let day = self.day;
                let at = self.week.times.get(self.week_row).copied();
                let booked: Vec<String> = self
                    .appointments
                    .iter()
                    .filter(|a| {
                        a.starts_at.date() == day
                            && at.is_some_and(|t| {
                                self.week.row_of(a.starts_at.time()) == self.week.row_of(t)
                            })
                    })
                    .map(|a| format!("{} {}", self.who(a, lang), state_word(lang, a.state)))
                    .collect();
                let when = format!(
                    "{} {} {}",
                    t(lang, super::week::weekday_long(day.weekday())),
                    crate::domain::dates::format_date(day),
                    at.map(|t| t.format("%H:%M").to_string())
                        .unwrap_or_default()
                );
                lines.push(text(when));
                if booked.is_empty() {
                    lines.push(Line::from(Span::styled(
                        format!(" {}", t(lang, AMsg::NobodyBooked)),
                        view.theme.muted,
                    )));
                } else {
                    lines.push(text(booked.join(" · ")));
                }
                lines.push(Line::from(Span::styled(
                    format!(" {}", t(lang, AMsg::WeekHint)),
                    view.theme.muted,
                )));
            }
        }
        frame.render_widget(Paragraph::new(lines), area);
    }

    /// The details of one appointment, a few lines.
    fn appointment_lines(&self, a: &Appointment, lang: Lang) -> Vec<String> {
        let dash = "—".to_string();
        let brief = a.person_id.and_then(|id| self.people.get(&id));
        let mut who = self.who(a, lang);
        if let Some(id) = a.person_id {
            who.push_str(&format!(" · #{id}"));
        }
        if let Some(amka) = brief.and_then(|b| b.amka.as_deref()) {
            who.push_str(&format!(" · {} {amka}", t(lang, AMsg::Amka)));
        }
        let phone = brief
            .and_then(|b| b.phone.clone())
            .or_else(|| a.phone.clone());
        if let Some(phone) = phone {
            who.push_str(&format!(" · ✆ {phone}"));
        }
        let mut state = state_word(lang, a.state).to_string();
        if !a.state_reason.is_empty() {
            state.push_str(&format!(": {}", a.state_reason));
        }
        if let Some(at) = a.reminded_at {
            state.push_str(&format!(
                " · {}",
                tf(
                    lang,
                    AMsg::RemindedAt,
                    &[&at.format("%d/%m %H:%M").to_string()]
                )
            ));
        }
        let when = format!(
            "{} #{} · {} {} {}–{} ({}′) · {}",
            t(lang, AMsg::AppointmentNo),
            a.id,
            t(
                lang,
                crate::i18n::appointments::weekday_short(a.starts_at.date().weekday())
            ),
            a.starts_at.format("%d/%m"),
            a.starts_at.format("%H:%M"),
            a.ends_at().format("%H:%M"),
            a.minutes,
            state
        );
        let mut priority: Vec<String> = Vec::new();
        if a.urgent {
            priority.push(t(lang, QMsg::Urgent).to_string());
        }
        priority.extend(a.priority.iter().map(|f| flag_name(lang, *f)));
        let interpreter = a
            .interpreter_language
            .as_deref()
            .map(|l| language_name(l, lang))
            .unwrap_or_else(|| dash.clone());
        let third = format!(
            "{}: {} · {}: {}",
            t(lang, AMsg::Priority),
            if priority.is_empty() {
                dash.clone()
            } else {
                priority.join(", ")
            },
            t(lang, AMsg::Interpreter),
            interpreter
        );
        let fourth = format!(
            "{}: {} · {}: {} · {}: {}",
            t(lang, AMsg::Staff),
            a.staff.clone().unwrap_or_else(|| dash.clone()),
            t(lang, AMsg::Room),
            a.room.clone().unwrap_or_else(|| dash.clone()),
            t(lang, AMsg::Note),
            if a.note.is_empty() {
                dash.clone()
            } else {
                a.note.clone()
            }
        );
        vec![who, when, third, fourth]
    }
}
