//! The catalogue's words for a referral's state and urgency, and a service's name in
//! the desk's language: the list, the details, the form and the prompts say them alike.

pub(super) use crate::i18n::referral::{state_msg, urgency_msg};
