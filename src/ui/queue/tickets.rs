//! The day's tickets as the screen holds them: loading from the store, the calling
//! order, the filter, and keeping the selection on the same ticket across reloads.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use super::QueueScreen;
use crate::domain::codes::TicketState;
use crate::domain::names::fold;
use crate::domain::queue::{figures, order_key};
use crate::domain::records::{Service, Ticket};
use crate::store::{Store, StoreError};
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::{Ctx, Outcome};

impl QueueScreen {
    /// Tickets shown, in order: waiting in calling order, then at desks, then finished
    /// (latest first); narrowed by the filter.
    pub(super) fn visible(&self) -> Vec<&Ticket> {
        let needle = fold(self.filter.text().trim());
        self.tickets
            .iter()
            .filter(|tk| {
                if needle.is_empty() {
                    return true;
                }
                let service = self
                    .service(tk.service_id)
                    .map(|s| format!("{} {} {}", s.code, s.name_el, s.name_en))
                    .unwrap_or_default();
                let hay = fold(&format!(
                    "{} {} {} {} {}",
                    tk.number,
                    service,
                    self.who(tk),
                    tk.reason,
                    tk.interpreter_language.as_deref().unwrap_or("")
                ));
                needle.split_whitespace().all(|w| hay.contains(w))
            })
            .collect()
    }

    pub(super) fn service(&self, id: i64) -> Option<&Service> {
        self.all_services.iter().find(|s| s.id == id)
    }

    pub(super) fn who(&self, ticket: &Ticket) -> String {
        ticket
            .person_id
            .and_then(|id| self.names.get(&id).cloned())
            .unwrap_or_else(|| ticket.label.clone())
    }

    pub(super) fn selected_ticket(&self) -> Option<&Ticket> {
        self.visible().get(self.selected).copied()
    }

    pub(super) fn sort(&mut self, appointment_at: &HashMap<i64, NaiveDateTime>) {
        let settings = self.settings;
        let rank = |tk: &Ticket| match tk.state {
            TicketState::Waiting => 0,
            TicketState::Called => 1,
            TicketState::InService => 2,
            _ => 3,
        };
        self.tickets.sort_by(|a, b| {
            rank(a).cmp(&rank(b)).then_with(|| match rank(a) {
                0 => {
                    let at = |t: &Ticket| {
                        t.appointment_id
                            .and_then(|i| appointment_at.get(&i).copied())
                    };
                    order_key(a, at(a), &settings).cmp(&order_key(b, at(b), &settings))
                }
                3 => b.finished_at.cmp(&a.finished_at).then(b.id.cmp(&a.id)),
                _ => a.called_at.cmp(&b.called_at).then(a.id.cmp(&b.id)),
            })
        });
    }

    pub(super) fn reselect(&mut self) {
        let visible: Vec<i64> = self.visible().iter().map(|t| t.id).collect();
        if let Some(id) = self.selected_id
            && let Some(pos) = visible.iter().position(|v| *v == id)
        {
            self.selected = pos;
            return;
        }
        self.selected = self.selected.min(visible.len().saturating_sub(1));
        self.selected_id = visible.get(self.selected).copied();
    }

    pub(super) fn select(&mut self, index: usize) {
        let visible: Vec<i64> = self.visible().iter().map(|t| t.id).collect();
        self.selected = index.min(visible.len().saturating_sub(1));
        self.selected_id = visible.get(self.selected).copied();
    }

    /// Reloads from the store for `day` (the event loop's date).
    pub(super) fn load(&mut self, store: &Store, now: NaiveDateTime) -> Result<(), StoreError> {
        let day = now.date();
        self.settings = store.queue_settings()?;
        self.all_services = store.services()?;
        self.lines = store.queue_lines()?;
        self.tickets = store.tickets_on(day)?;
        self.appointments = store.appointments_on(day)?;
        let ids: Vec<i64> = self
            .tickets
            .iter()
            .filter_map(|t| t.person_id)
            .chain(self.appointments.iter().filter_map(|a| a.person_id))
            .collect();
        self.names = store
            .people_by_ids(&ids)?
            .into_iter()
            .map(|p| (p.id, p.display_name()))
            .collect();
        let at: HashMap<i64, NaiveDateTime> = self
            .appointments
            .iter()
            .map(|a| (a.id, a.starts_at))
            .collect();
        self.sort(&at);
        self.figures = figures(&self.tickets, now, &self.settings);
        self.figures_at = Some(now);
        self.reselect();
        Ok(())
    }

    /// Follows the event loop's date (a new day, or a test's fixed clock).
    pub(super) fn follow_clock(&mut self, cx: &mut Ctx<'_>) {
        if self.day != Some(cx.now.date()) {
            self.day = Some(cx.now.date());
            self.reload(cx);
        }
    }

    /// Reads the day's tickets again. A failure is kept for the list to show in place
    /// of the tickets (and logged); the action that asked for the reload still says
    /// what it did.
    pub(super) fn reload(&mut self, cx: &mut Ctx<'_>) {
        self.load_error = match self.load(cx.store, cx.now) {
            Ok(()) => None,
            Err(e) => match store_failure(cx.lang, "queue reload", &e) {
                Outcome::Error(text) => Some(text),
                _ => Some(store_error_text(cx.lang, &e)),
            },
        };
    }
}
