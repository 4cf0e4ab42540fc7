//! The catalogue's words for what a ticket carries (its state, its priority flags, its
//! line) in the desk's language, so the list, the details and the popups say them alike.

use crate::domain::codes::TicketState;
use crate::domain::records::Service;
use crate::i18n::{Lang, t};

pub(super) use crate::i18n::queue::flag_name;

pub(super) fn state_name(lang: Lang, state: TicketState) -> &'static str {
    t(lang, crate::i18n::queue::ticket_state(state))
}

pub(super) fn service_name(lang: Lang, s: &Service) -> &str {
    crate::i18n::service_name(s, lang)
}
