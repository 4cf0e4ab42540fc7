//! One-line questions on top of the list: the reason a referral is declined or
//! cancelled, a new follow-up date, the filter; and the state changes they lead to.

use crossterm::event::{KeyCode, KeyEvent};

use super::ReferralScreen;
use super::names::state_msg;
use crate::domain::codes::ReferralState;
use crate::domain::dates::parse_date;
use crate::domain::referral as rules;
use crate::i18n::referral::RMsg;
use crate::i18n::{t, tf};
use crate::store::{ReferralError, Stamp, StoreError};
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::field::TextField;
use crate::ui::{Ctx, Outcome};

/// A one-line question on top of the list.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Prompt {
    Reason(ReferralState),
    FollowUp,
    Filter,
}

impl ReferralScreen {
    pub(super) fn change_state(
        &mut self,
        to: ReferralState,
        reason: &str,
        cx: &mut Ctx<'_>,
    ) -> Outcome {
        let Some(row) = self.selected_row() else {
            return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
        };
        let (id, version) = (row.referral.id, row.referral.version);
        let incoming = row.from.is_some();
        let stamp = Stamp {
            at: cx.now,
            operator: cx.operator.to_string(),
        };
        let result = cx
            .store
            .change_referral_state(id, version, to, reason, &stamp);
        let outcome = match result {
            Ok(_) => Outcome::Status(tf(
                cx.lang,
                RMsg::Changed,
                &[&id.to_string(), t(cx.lang, state_msg(to))],
            )),
            Err(ReferralError::Store(StoreError::Conflict { .. })) => {
                Outcome::Error(t(cx.lang, RMsg::Conflict).into())
            }
            Err(e) => Outcome::Error(tf(cx.lang, RMsg::Refused, &[&e.to_string()])),
        };
        if let Err(e) = self.reload(cx) {
            return store_failure(cx.lang, "reload referrals", &e);
        }
        self.select_id(id);
        // An answer to a referral received from another centre travels back as a file.
        let answered = matches!(
            to,
            ReferralState::Accepted | ReferralState::Completed | ReferralState::Declined
        );
        match (&outcome, answered && incoming) {
            (Outcome::Status(said), true) => self.write_packet_of(id, Some(said), cx),
            _ => outcome,
        }
    }

    pub(super) fn ask_state(&mut self, to: ReferralState, cx: &mut Ctx<'_>) -> Outcome {
        let Some(row) = self.selected_row() else {
            return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
        };
        // Refuse early (before asking for a reason) when the change cannot happen.
        if let Err(e) = rules::check_transition(row.referral.state, to, "reason") {
            return Outcome::Error(tf(cx.lang, RMsg::Refused, &[&e.to_string()]));
        }
        if rules::needs_reason(to) {
            self.prompt = Some((Prompt::Reason(to), TextField::new()));
            return Outcome::Handled;
        }
        self.change_state(to, "", cx)
    }

    pub(super) fn finish_prompt(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some((prompt, field)) = self.prompt.take() else {
            return Outcome::Ignored;
        };
        let text = field.text();
        match prompt {
            Prompt::Reason(to) => self.change_state(to, &text, cx),
            Prompt::Filter => {
                self.filter = text;
                self.apply_filter();
                Outcome::Handled
            }
            Prompt::FollowUp => {
                let Some(row) = self.selected_row() else {
                    return Outcome::Handled;
                };
                let (id, version) = (row.referral.id, row.referral.version);
                let date = if text.trim().is_empty() {
                    None
                } else {
                    match parse_date(&text, cx.now.date()) {
                        Ok(d) => Some(d),
                        Err(_) => {
                            self.prompt = Some((Prompt::FollowUp, field));
                            return Outcome::Error(t(cx.lang, RMsg::BadDate).into());
                        }
                    }
                };
                let stamp = Stamp {
                    at: cx.now,
                    operator: cx.operator.to_string(),
                };
                let outcome = match cx.store.set_referral_follow_up(id, version, date, &stamp) {
                    Ok(()) => Outcome::Status(tf(cx.lang, RMsg::FollowUpSet, &[&id.to_string()])),
                    Err(StoreError::Conflict { .. }) => {
                        Outcome::Error(t(cx.lang, RMsg::Conflict).into())
                    }
                    Err(e) => Outcome::Error(e.to_string()),
                };
                if let Err(e) = self.reload(cx) {
                    return store_failure(cx.lang, "reload referrals", &e);
                }
                self.select_id(id);
                outcome
            }
        }
    }

    /// Typing in the prompt (the one text field: ← → Home End work): Enter answers
    /// it, Esc drops it; the filter follows each key.
    pub(super) fn prompt_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let Some((_, field)) = &mut self.prompt else {
            return Outcome::Ignored;
        };
        match key.code {
            KeyCode::Enter => return self.finish_prompt(cx),
            KeyCode::Esc => {
                self.prompt = None;
                return Outcome::Handled;
            }
            _ => {}
        }
        if !field.input_key(key) {
            return Outcome::Ignored;
        }
        self.prompt_changed();
        Outcome::Handled
    }

    /// The filter follows what is typed.
    pub(super) fn prompt_changed(&mut self) {
        if let Some((Prompt::Filter, field)) = &self.prompt {
            self.filter = field.text();
            self.apply_filter();
        }
    }
}
