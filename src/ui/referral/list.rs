//! The list of referrals: loading them with their person and service, the open-only
//! switch and the filter, the desk's order (overdue follow-ups first), the selection,
//! and the list's keys.

use std::collections::HashMap;

use super::names::state_msg;
use super::prompts::Prompt;
use super::{Direction, ReferralScreen, Row};
use crate::action::Action;
use crate::domain::access::Viewer;
use crate::domain::codes::ReferralState;
use crate::domain::dates::format_date;
use crate::domain::names::fold;
use crate::domain::records::{Referral, Service};
use crate::domain::referral as rules;
use crate::i18n::referral::RMsg;
use crate::i18n::{Lang, t};
use crate::store::{Store, StoreError};
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::kit::field::TextField;
use crate::ui::{Ctx, Outcome};

impl ReferralScreen {
    pub(super) fn lang_service<'a>(&self, row: &'a Row, lang: Lang) -> &'a str {
        match lang {
            Lang::En if !row.service_en.is_empty() => &row.service_en,
            _ => &row.service_el,
        }
    }

    /// Recomputes which rows show, in the desk's order.
    pub(super) fn apply_filter(&mut self) {
        let today = self.today();
        let words: Vec<String> = fold(&self.filter)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let mut shown: Vec<usize> = (0..self.rows.len())
            .filter(|&i| {
                let row = &self.rows[i];
                let r = &row.referral;
                if self.open_only && rules::is_closed(r.state) {
                    return false;
                }
                match (self.direction, row.from.is_some()) {
                    (Direction::Incoming, false) | (Direction::Outgoing, true) => return false,
                    _ => {}
                }
                if words.is_empty() {
                    return true;
                }
                let hay = fold(&format!(
                    "{} {} {} {} {} {} {} {} {}",
                    row.from.as_deref().unwrap_or(""),
                    row.service_el,
                    row.service_en,
                    r.state.code(),
                    t(Lang::El, state_msg(r.state)),
                    t(Lang::En, state_msg(r.state)),
                    r.created_by,
                    r.updated_by,
                    row.person
                ));
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect();
        let mut ordered: Vec<Referral> = shown
            .iter()
            .map(|&i| self.rows[i].referral.clone())
            .collect();
        rules::sort_for_desk(&mut ordered, today);
        let pos: HashMap<i64, usize> = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.referral.id, i))
            .collect();
        shown = ordered
            .iter()
            .filter_map(|r| pos.get(&r.id).copied())
            .collect();
        self.shown = shown;
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
    }

    pub(super) fn selected_row(&self) -> Option<&Row> {
        self.shown.get(self.selected).map(|&i| &self.rows[i])
    }

    /// The referrals shown, in order (for tests and other screens).
    pub fn shown(&self) -> Vec<&Row> {
        self.shown.iter().map(|&i| &self.rows[i]).collect()
    }

    pub(super) fn select_id(&mut self, id: i64) {
        if let Some(p) = self
            .shown
            .iter()
            .position(|&i| self.rows[i].referral.id == id)
        {
            self.selected = p;
        }
    }

    /// Reads the referrals again. A failure is kept to be shown in place of the list
    /// (and said on the status line), never taken for no referrals.
    pub(super) fn reload(&mut self, cx: &Ctx<'_>) -> Result<(), StoreError> {
        let loaded = self.load(cx.store, &cx.viewer());
        self.load_error = loaded.as_ref().err().map(|e| store_error_text(cx.lang, e));
        loaded
    }

    fn load(&mut self, store: &Store, viewer: &Viewer) -> Result<(), StoreError> {
        let keep = self.selected_row().map(|r| r.referral.id);
        let referrals = store.all_referrals()?;
        self.services = store.services()?;
        let services: HashMap<i64, &Service> = self.services.iter().map(|s| (s.id, s)).collect();
        let mut ids: Vec<i64> = referrals.iter().map(|r| r.person_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let people: HashMap<i64, String> = store
            .people_by_ids(&ids)?
            .into_iter()
            .map(|p| (p.id, p.display_name()))
            .collect();
        // Referrals received from other centres show who sent them.
        let orgs: HashMap<i64, String> = store
            .organisations()?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
        let mut from: HashMap<i64, String> = HashMap::new();
        for id in store.incoming_referral_ids()? {
            let partner = store.referral_link(id)?.and_then(|l| l.partner_id);
            let name = partner
                .and_then(|p| orgs.get(&p).cloned())
                .unwrap_or_default();
            from.insert(id, name);
        }
        let shown = crate::slip::details_shown(store, viewer, &referrals)?;
        self.rows = referrals
            .into_iter()
            .map(|r| Row {
                from: from.get(&r.id).cloned(),
                detail_shown: shown.get(&r.id).copied().unwrap_or(false),
                person: people.get(&r.person_id).cloned().unwrap_or_default(),
                service_el: services
                    .get(&r.service_id)
                    .map(|s| s.name_el.clone())
                    .unwrap_or_default(),
                service_en: services
                    .get(&r.service_id)
                    .map(|s| s.name_en.clone())
                    .unwrap_or_default(),
                referral: r,
            })
            .collect();
        self.apply_filter();
        if let Some(id) = keep {
            self.select_id(id);
        }
        Ok(())
    }

    /// Keys of the list: moves, history, state changes, slip, filter, follow-up, new.
    pub(super) fn list_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let len = self.shown.len();
        match action {
            action if action.moves_selection() => {
                self.selected = crate::ui::step_selection(self.selected, len, 10, action)
                    .unwrap_or(self.selected)
            }
            Action::Confirm => {
                let Some(row) = self.selected_row() else {
                    return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
                };
                let id = row.referral.id;
                if self.history.as_ref().is_some_and(|(h, _)| *h == id) {
                    self.history = None;
                } else {
                    match cx.store.referral_history(id) {
                        Ok(events) => self.history = Some((id, events)),
                        Err(e) => return store_failure(cx.lang, "referral history", &e),
                    }
                }
            }
            Action::Cancel => {
                if self.history.take().is_none() && !self.filter.is_empty() {
                    self.filter.clear();
                    self.apply_filter();
                }
            }
            Action::ReferralAccepted => return self.ask_state(ReferralState::Accepted, cx),
            Action::ReferralCompleted => return self.ask_state(ReferralState::Completed, cx),
            Action::ReferralDeclined => return self.ask_state(ReferralState::Declined, cx),
            Action::ReferralNoShow => return self.ask_state(ReferralState::NoShow, cx),
            Action::ReferralCancelled => return self.ask_state(ReferralState::Cancelled, cx),
            Action::PrintSlip => return self.print_slip(cx),
            Action::Filter => {
                self.prompt = Some((Prompt::Filter, TextField::with_text(&self.filter)));
            }
            Action::FollowUp => {
                let Some(row) = self.selected_row() else {
                    return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
                };
                let text = row
                    .referral
                    .follow_up_on
                    .map(format_date)
                    .unwrap_or_default();
                self.prompt = Some((Prompt::FollowUp, TextField::with_text(&text)));
            }
            Action::ToggleOpen => {
                self.open_only = !self.open_only;
                self.apply_filter();
            }
            Action::ToggleIncoming => {
                self.direction = match self.direction {
                    Direction::Both => Direction::Incoming,
                    Direction::Incoming => Direction::Outgoing,
                    Direction::Outgoing => Direction::Both,
                };
                self.selected = 0;
                self.apply_filter();
            }
            Action::WritePacket => return self.write_packet(cx),
            Action::NewReferral => return self.new_form(cx),
            _ => return Outcome::Ignored,
        }
        if self
            .history
            .as_ref()
            .is_some_and(|(h, _)| Some(*h) != self.selected_row().map(|r| r.referral.id))
        {
            self.history = None;
        }
        Outcome::Handled
    }
}
