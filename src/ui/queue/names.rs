//! The catalogue's words for what a ticket carries (its state, its priority flags, its
//! line) in the desk's language, so the list, the details and the popups say them alike.

use crate::domain::codes::{TicketState, Vulnerability};
use crate::domain::records::Service;
use crate::i18n::queue::QMsg;
use crate::i18n::{Lang, t};

pub(super) fn flag_name(lang: Lang, flag: Vulnerability) -> String {
    let msg = match flag {
        Vulnerability::UnaccompaniedMinor => QMsg::FlagMinor,
        Vulnerability::Disability => QMsg::FlagDisability,
        Vulnerability::Pregnancy => QMsg::FlagPregnancy,
        Vulnerability::Elderly => QMsg::FlagElderly,
        Vulnerability::ViolenceVictim => QMsg::FlagViolence,
        Vulnerability::SingleParent => QMsg::FlagSingleParent,
        other => return other.code().to_string(),
    };
    t(lang, msg).to_string()
}

pub(super) fn state_name(lang: Lang, state: TicketState) -> &'static str {
    t(lang, crate::i18n::queue::ticket_state(state))
}

pub(super) fn service_name(lang: Lang, s: &Service) -> &str {
    crate::i18n::service_name(s, lang)
}
