//! The card's "next appointment" line: the person's next booked appointment (today's
//! still to come included), its line, and how many more are booked; `b` books one.
//! A failed read is shown on the line, never as "none booked".

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use ratatui::text::{Line, Span};

use super::lines::Styles;
use crate::domain::records::{Appointment, Service};
use crate::i18n::appointments::{AMsg, weekday_short};
use crate::i18n::{Lang, service_name, t, tf};
use crate::store::{Store, StoreError};
use crate::ui::kit::fail::store_error_text;
use crate::ui::kit::width::fit;

/// The person's booked appointments from today, or why they could not be read.
#[derive(Debug, Default)]
pub(super) struct Upcoming {
    appointments: Vec<Appointment>,
    /// The store's error, in the operator's language when it was met.
    error: Option<StoreError>,
}

impl Upcoming {
    /// Reads `person`'s booked appointments from the start of `today`.
    pub(super) fn read(store: &Store, person: i64, today: NaiveDate) -> Upcoming {
        match store.upcoming_appointments_of(person, today.and_time(chrono::NaiveTime::MIN)) {
            Ok(appointments) => Upcoming {
                appointments,
                error: None,
            },
            Err(e) => {
                tracing::warn!(target: "kentro::ui", error = %e, "card: appointments not read");
                Upcoming {
                    appointments: Vec::new(),
                    error: Some(e),
                }
            }
        }
    }

    /// The card's line.
    pub(super) fn line(
        &self,
        lang: Lang,
        width: usize,
        services: &HashMap<i64, Service>,
        styles: &Styles,
    ) -> Line<'static> {
        let label = format!(" {} ", fit(t(lang, AMsg::NextAppointment), 18));
        let (text, style) = match (&self.error, self.appointments.first()) {
            (Some(e), _) => (store_error_text(lang, e), styles.warning),
            (None, None) => (t(lang, AMsg::NoNextAppointment).to_string(), styles.muted),
            (None, Some(a)) => {
                let service = services
                    .get(&a.service_id)
                    .map(|s| service_name(s, lang).to_string())
                    .unwrap_or_else(|| format!("#{}", a.service_id));
                let mut text = format!(
                    "{} {} · {}",
                    t(lang, weekday_short(a.starts_at.date().weekday())),
                    a.starts_at.format("%d/%m/%Y %H:%M"),
                    service
                );
                let more = self.appointments.len() - 1;
                if more > 0 {
                    text.push_str(&format!(
                        " ({})",
                        tf(lang, AMsg::MoreAppointments, &[&more.to_string()])
                    ));
                }
                (text, styles.text)
            }
        };
        let room = width.saturating_sub(crate::ui::kit::width::width(&label));
        Line::from(vec![
            Span::styled(label, styles.label),
            Span::styled(fit(&text, room), style),
        ])
    }
}
