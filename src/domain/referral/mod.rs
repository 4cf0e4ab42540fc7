//! A referral's lifecycle, the order of the referrals list, and the referral slip
//! (in `slip`).
//!
//! Pure rules: which state may follow which, what must accompany a change (a reason
//! for a decline), which referrals are overdue, and what a slip holds.

use chrono::NaiveDate;

use super::codes::{ReferralState, Urgency};
use super::records::Referral;

/// Why a status change was refused, in words the desk can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransitionError {
    /// The referral is already closed (completed, declined, no-show, cancelled).
    Closed { from: ReferralState },
    /// This state cannot follow that one (e.g. completed straight from sent).
    Forbidden {
        from: ReferralState,
        to: ReferralState,
    },
    /// Declining, a no-show or a cancellation needs a reason.
    ReasonRequired { to: ReferralState },
    /// The referral is already in that state.
    Unchanged { state: ReferralState },
}

impl std::fmt::Display for TransitionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransitionError::Closed { from } => write!(
                f,
                "the referral is already {from}: a closed referral cannot change (make a new one)"
            ),
            TransitionError::Forbidden { from, to } => {
                write!(f, "a referral that is {from} cannot become {to}")
            }
            TransitionError::ReasonRequired { to } => {
                write!(f, "a referral marked {to} needs a reason")
            }
            TransitionError::Unchanged { state } => write!(f, "the referral is already {state}"),
        }
    }
}

impl std::error::Error for TransitionError {}

/// True for the states a referral ends in.
pub fn is_closed(state: ReferralState) -> bool {
    !matches!(state, ReferralState::Sent | ReferralState::Accepted)
}

/// True for states that need a reason (declined, cancelled).
pub fn needs_reason(state: ReferralState) -> bool {
    matches!(state, ReferralState::Declined | ReferralState::Cancelled)
}

/// The states that may follow `from`.
pub fn next_states(from: ReferralState) -> &'static [ReferralState] {
    use ReferralState::*;
    match from {
        Sent => &[Accepted, Declined, NoShow, Cancelled],
        Accepted => &[Completed, NoShow, Cancelled],
        Completed | Declined | NoShow | Cancelled => &[],
    }
}

/// Checks a status change: sent → accepted → completed, or declined (from sent, with a
/// reason), no-show (sent or accepted), cancelled (sent or accepted, with a reason).
pub fn check_transition(
    from: ReferralState,
    to: ReferralState,
    reason: &str,
) -> Result<(), TransitionError> {
    if from == to {
        return Err(TransitionError::Unchanged { state: from });
    }
    if is_closed(from) {
        return Err(TransitionError::Closed { from });
    }
    if !next_states(from).contains(&to) {
        return Err(TransitionError::Forbidden { from, to });
    }
    if needs_reason(to) && reason.trim().is_empty() {
        return Err(TransitionError::ReasonRequired { to });
    }
    Ok(())
}

/// An open referral whose follow-up date has passed.
pub fn is_overdue(referral: &Referral, today: NaiveDate) -> bool {
    !is_closed(referral.state) && referral.follow_up_on.is_some_and(|d| d < today)
}

/// The referrals list's order: open before closed; among open ones the overdue
/// first (oldest due date first), then by due date (none last), urgent before routine;
/// closed ones newest change first.
pub fn sort_for_desk(referrals: &mut [Referral], today: NaiveDate) {
    referrals.sort_by(|a, b| {
        let key = |r: &Referral| {
            if is_closed(r.state) {
                return (true, true, true, None, std::cmp::Reverse(0));
            }
            (
                is_closed(r.state),
                !is_overdue(r, today),
                r.follow_up_on.is_none(),
                r.follow_up_on,
                std::cmp::Reverse(urgency_rank(r.urgency)),
            )
        };
        key(a).cmp(&key(b)).then_with(|| {
            if is_closed(a.state) {
                b.updated_at.cmp(&a.updated_at)
            } else {
                a.created_at.cmp(&b.created_at)
            }
        })
    });
}

fn urgency_rank(urgency: Urgency) -> u8 {
    match urgency {
        Urgency::Routine => 0,
        Urgency::Soon => 1,
        Urgency::Urgent => 2,
    }
}

/// The default follow-up: urgent in 3 days, soon in 7, routine in 14.
pub fn default_follow_up(urgency: Urgency, today: NaiveDate) -> NaiveDate {
    let days = match urgency {
        Urgency::Urgent => 3,
        Urgency::Soon => 7,
        Urgency::Routine => 14,
    };
    today
        .checked_add_days(chrono::Days::new(days))
        .unwrap_or(today)
}

mod slip;

pub use slip::{SlipFacts, SlipLang, centre_details_unset, slip, slip_file_name, urgency_name};

#[cfg(test)]
mod tests {
    use super::*;
    use ReferralState::*;
    use chrono::NaiveDateTime;

    fn at(day: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, day)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap()
    }

    pub(super) fn referral(id: i64, state: ReferralState, due: Option<u32>) -> Referral {
        Referral {
            id,
            person_id: 1,
            service_id: 1,
            ticket_id: None,
            reason: "Εγγραφή ως άνεργος".into(),
            urgency: Urgency::Routine,
            note: "σημείωση".into(),
            state,
            state_reason: String::new(),
            follow_up_on: due.and_then(|d| NaiveDate::from_ymd_opt(2026, 3, d)),
            consent_override: false,
            created_at: at(1),
            created_by: "maria".into(),
            updated_at: at(1),
            updated_by: "maria".into(),
            version: 1,
        }
    }

    #[test]
    fn the_lifecycle_allows_its_paths() {
        assert_eq!(check_transition(Sent, Accepted, ""), Ok(()));
        assert_eq!(check_transition(Accepted, Completed, ""), Ok(()));
        assert_eq!(check_transition(Sent, Declined, "full"), Ok(()));
        assert_eq!(check_transition(Sent, NoShow, ""), Ok(()));
        assert_eq!(check_transition(Accepted, NoShow, ""), Ok(()));
        assert_eq!(check_transition(Accepted, Cancelled, "moved"), Ok(()));
    }

    #[test]
    fn forbidden_transitions_are_refused_with_a_message() {
        let e = check_transition(Sent, Completed, "").unwrap_err();
        assert_eq!(
            e.to_string(),
            "a referral that is sent cannot become completed"
        );
        let e = check_transition(Completed, Accepted, "").unwrap_err();
        assert!(e.to_string().contains("already completed"), "{e}");
        let e = check_transition(Sent, Declined, "  ").unwrap_err();
        assert_eq!(e, TransitionError::ReasonRequired { to: Declined });
        assert!(e.to_string().contains("needs a reason"));
        assert_eq!(
            check_transition(Accepted, Declined, "x"),
            Err(TransitionError::Forbidden {
                from: Accepted,
                to: Declined
            })
        );
        assert_eq!(
            check_transition(Sent, Sent, ""),
            Err(TransitionError::Unchanged { state: Sent })
        );
        for from in ReferralState::ALL {
            for to in ReferralState::ALL {
                if check_transition(*from, *to, "r").is_ok() {
                    assert!(!is_closed(*from));
                    assert_ne!(from, to);
                }
            }
        }
    }

    #[test]
    fn overdue_open_referrals_come_first() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
        let mut list = vec![
            referral(1, Completed, None),
            referral(2, Sent, Some(20)),
            referral(3, Sent, None),
            referral(4, Accepted, Some(14)),
            referral(5, Sent, Some(10)),
            referral(6, Declined, Some(2)),
        ];
        sort_for_desk(&mut list, today);
        let ids: Vec<i64> = list.iter().map(|r| r.id).collect();
        assert_eq!(ids, [5, 4, 2, 3, 1, 6]);
        assert!(is_overdue(&list[0], today));
        assert!(!is_overdue(&list[2], today));
        // A closed referral is never overdue, whatever its date.
        assert!(!is_overdue(&referral(6, Declined, Some(2)), today));
    }
}
