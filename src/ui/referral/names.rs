//! The catalogue's words for a referral's state and urgency, and a service's name in
//! the desk's language: the list, the details, the form and the prompts say them alike.

use crate::domain::codes::{ReferralState, Urgency};
use crate::domain::records::Service;
use crate::i18n::Lang;
use crate::i18n::referral::RMsg;

pub(super) fn state_msg(state: ReferralState) -> RMsg {
    match state {
        ReferralState::Sent => RMsg::StateSent,
        ReferralState::Accepted => RMsg::StateAccepted,
        ReferralState::Completed => RMsg::StateCompleted,
        ReferralState::Declined => RMsg::StateDeclined,
        ReferralState::NoShow => RMsg::StateNoShow,
        ReferralState::Cancelled => RMsg::StateCancelled,
    }
}

pub(super) fn urgency_msg(urgency: Urgency) -> RMsg {
    match urgency {
        Urgency::Routine => RMsg::UrgRoutine,
        Urgency::Soon => RMsg::UrgSoon,
        Urgency::Urgent => RMsg::UrgUrgent,
    }
}

pub(super) fn service_name(s: &Service, lang: Lang) -> &str {
    match lang {
        Lang::En if !s.name_en.is_empty() => &s.name_en,
        _ => &s.name_el,
    }
}
