//! The queue's rules: which state changes a ticket may go through, the order in which
//! waiting tickets are called, and the day's waiting figures. Pure: no SQL, no terminal.
//!
//! The store's call-next statement orders tickets exactly as [`order_key`] does (a test
//! in the store checks the two agree).

use chrono::{NaiveDateTime, TimeDelta};

use super::codes::TicketState;
use super::records::Ticket;

/// Something done to a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Move {
    /// Call a waiting ticket to a desk.
    Call,
    /// Call again (the person did not come yet): stays called, new time.
    Recall,
    /// The person sat down at the desk.
    Start,
    /// Served.
    Finish,
    /// Sent on to another body (the referral itself lives in the referral table).
    Refer,
    /// Left without being seen (also the end of day for tickets still waiting).
    NotSeen,
    /// Withdrawn (a duplicate ticket, a mistake).
    Cancel,
    /// Back to waiting, keeping the original arrival time.
    ReturnToQueue,
    /// To another service line: waits again there (recorded as an internal referral).
    Transfer,
}

impl Move {
    pub const ALL: [Move; 9] = [
        Move::Call,
        Move::Recall,
        Move::Start,
        Move::Finish,
        Move::Refer,
        Move::NotSeen,
        Move::Cancel,
        Move::ReturnToQueue,
        Move::Transfer,
    ];

    /// A short code for the event's note and the audit log.
    pub fn code(self) -> &'static str {
        match self {
            Move::Call => "call",
            Move::Recall => "recall",
            Move::Start => "start",
            Move::Finish => "finish",
            Move::Refer => "refer",
            Move::NotSeen => "not-seen",
            Move::Cancel => "cancel",
            Move::ReturnToQueue => "return",
            Move::Transfer => "transfer",
        }
    }
}

/// Whether a state is final: nothing more happens to the ticket.
pub fn is_final(state: TicketState) -> bool {
    matches!(
        state,
        TicketState::Done | TicketState::Referred | TicketState::NotSeen | TicketState::Cancelled
    )
}

/// The state `mv` leads to from `from`, or `None` when the move is not allowed.
pub fn next_state(from: TicketState, mv: Move) -> Option<TicketState> {
    use TicketState::*;
    let to = match (from, mv) {
        (Waiting, Move::Call) => Called,
        (Called, Move::Recall) => Called,
        (Called, Move::Start) => InService,
        (Called | InService, Move::Finish) => Done,
        (Called | InService, Move::Refer) => Referred,
        (Waiting | Called, Move::NotSeen) => NotSeen,
        (Waiting | Called, Move::Cancel) => Cancelled,
        (Called | InService, Move::ReturnToQueue) => Waiting,
        (Waiting | Called | InService, Move::Transfer) => Waiting,
        _ => return None,
    };
    Some(to)
}

/// Whether the ticket is at a desk after the move (the desk is kept), or back in the
/// queue or finished (the desk is cleared for waiting tickets).
pub fn keeps_desk(to: TicketState) -> bool {
    !matches!(to, TicketState::Waiting)
}

/// The queue's settings, kept in the `setting` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueSettings {
    /// A waiting ticket past this many minutes stands out (⌚).
    pub threshold_minutes: i64,
    /// A ticket with priority flags counts as if it had come this many minutes earlier:
    /// ahead of ordinary tickets, but an ordinary ticket that has waited this much
    /// longer still goes first (no starvation). 0: arrival order only.
    pub priority_lead_minutes: i64,
}

impl Default for QueueSettings {
    fn default() -> Self {
        QueueSettings {
            threshold_minutes: 45,
            priority_lead_minutes: 30,
        }
    }
}

impl QueueSettings {
    pub const THRESHOLD_KEY: &'static str = "queue.threshold_minutes";
    pub const LEAD_KEY: &'static str = "queue.priority_lead_minutes";

    /// Reads the settings from their stored text, keeping the default for a missing or
    /// unreadable value.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut settings = QueueSettings::default();
        for (key, value) in pairs {
            let Ok(n) = value.trim().parse::<i64>() else {
                continue;
            };
            if !(0..=24 * 60).contains(&n) {
                continue;
            }
            match key {
                Self::THRESHOLD_KEY => settings.threshold_minutes = n,
                Self::LEAD_KEY => settings.priority_lead_minutes = n,
                _ => {}
            }
        }
        settings
    }
}

/// What orders waiting tickets, smallest first: urgent ones first, then by the time
/// that counts (appointment time, else arrival) less the priority lead, then by id.
pub fn order_key(
    ticket: &Ticket,
    appointment_at: Option<NaiveDateTime>,
    settings: &QueueSettings,
) -> (bool, i64, i64) {
    let counts_from = appointment_at.unwrap_or(ticket.arrived_at);
    let lead = if ticket.priority.is_empty() {
        0
    } else {
        settings.priority_lead_minutes * 60
    };
    (
        !ticket.urgent,
        counts_from.and_utc().timestamp() - lead,
        ticket.id,
    )
}

/// Minutes a ticket has waited: until it was called, or until `now` while it waits.
pub fn minutes_waited(ticket: &Ticket, now: NaiveDateTime) -> i64 {
    let until = match ticket.state {
        TicketState::Waiting => now,
        _ => ticket.called_at.or(ticket.finished_at).unwrap_or(now),
    };
    (until - ticket.arrived_at).num_minutes().max(0)
}

/// Whether a waiting ticket has waited past the threshold.
pub fn past_threshold(ticket: &Ticket, now: NaiveDateTime, settings: &QueueSettings) -> bool {
    ticket.state == TicketState::Waiting
        && now - ticket.arrived_at > TimeDelta::minutes(settings.threshold_minutes)
}

/// The day's figures for the header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub waiting: usize,
    pub called: usize,
    pub in_service: usize,
    pub done: usize,
    /// Referred, not seen and cancelled.
    pub other: usize,
    /// Median wait in minutes of everyone who waited today (called or still waiting).
    pub median_wait: Option<i64>,
    pub longest_wait: Option<i64>,
    pub past_threshold: usize,
}

pub fn figures(tickets: &[Ticket], now: NaiveDateTime, settings: &QueueSettings) -> Figures {
    let mut f = Figures::default();
    let mut waits = Vec::new();
    for ticket in tickets {
        match ticket.state {
            TicketState::Waiting => f.waiting += 1,
            TicketState::Called => f.called += 1,
            TicketState::InService => f.in_service += 1,
            TicketState::Done => f.done += 1,
            _ => f.other += 1,
        }
        if ticket.state == TicketState::Waiting || ticket.called_at.is_some() {
            waits.push(minutes_waited(ticket, now));
        }
        if past_threshold(ticket, now, settings) {
            f.past_threshold += 1;
        }
    }
    waits.sort_unstable();
    f.longest_wait = waits.last().copied();
    f.median_wait = match waits.len() {
        0 => None,
        n if n % 2 == 1 => Some(waits[n / 2]),
        n => Some((waits[n / 2 - 1] + waits[n / 2]) / 2),
    };
    f
}

/// A ticket prefix: one to three letters (Greek or Latin), nothing else, so that it
/// cannot be confused with the digits that follow it.
pub fn valid_prefix(prefix: &str) -> bool {
    let n = prefix.chars().count();
    (1..=3).contains(&n) && prefix.chars().all(char::is_alphabetic)
}

/// A service code for scripts: lower-case ASCII letters, digits and '-'.
pub fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 20
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A day's ticket number: the prefix and the sequence, at least three digits.
pub fn ticket_number(prefix: &str, seq: i64) -> String {
    format!("{prefix}{seq:03}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::codes::Vulnerability;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, 15)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    fn ticket(id: i64, arrived: NaiveDateTime) -> Ticket {
        Ticket {
            id,
            day: arrived.date(),
            number: ticket_number("Α", id),
            seq: id,
            service_id: 1,
            person_id: None,
            label: String::new(),
            reason: String::new(),
            priority: Vec::new(),
            urgent: false,
            triage_note: String::new(),
            interpreter_language: None,
            appointment_id: None,
            state: TicketState::Waiting,
            desk: None,
            arrived_at: arrived,
            called_at: None,
            finished_at: None,
            created_by: "t".into(),
            version: 1,
        }
    }

    fn order(tickets: &[(Ticket, Option<NaiveDateTime>)], s: &QueueSettings) -> Vec<i64> {
        let mut v: Vec<_> = tickets.iter().collect();
        v.sort_by_key(|(t, a)| order_key(t, *a, s));
        v.iter().map(|(t, _)| t.id).collect()
    }

    #[test]
    fn urgent_first_then_priority_within_its_lead_then_arrival() {
        let s = QueueSettings::default(); // 30' lead
        let ordinary_early = ticket(1, at(9, 0));
        let mut priority = ticket(2, at(9, 20));
        priority.priority = vec![Vulnerability::Pregnancy];
        let ordinary = ticket(3, at(9, 10));
        let mut urgent = ticket(4, at(10, 0));
        urgent.urgent = true;
        let list = [
            (ordinary_early, None),
            (priority, None),
            (ordinary, None),
            (urgent, None),
        ];
        // Priority at 9:20 counts as 8:50: ahead of both ordinary tickets.
        assert_eq!(order(&list, &s), vec![4, 2, 1, 3]);
        // Lead 15': 9:05, after the 9:00 ticket but before the 9:10 one.
        let s15 = QueueSettings {
            priority_lead_minutes: 15,
            ..s
        };
        assert_eq!(order(&list, &s15), vec![4, 1, 2, 3]);
        // No lead: arrival order after the urgent ticket.
        let s0 = QueueSettings {
            priority_lead_minutes: 0,
            ..s
        };
        assert_eq!(order(&list, &s0), vec![4, 1, 3, 2]);
    }

    #[test]
    fn an_ordinary_ticket_is_not_starved_by_later_priority_tickets() {
        let s = QueueSettings::default();
        let first = ticket(1, at(9, 0));
        let mut list = vec![(first, None)];
        for k in 0..20 {
            let mut p = ticket(10 + k, at(9, 31) + TimeDelta::minutes(k));
            p.priority = vec![Vulnerability::Elderly];
            list.push((p, None));
        }
        assert_eq!(order(&list, &s)[0], 1);
    }

    #[test]
    fn appointments_count_from_their_slot() {
        let s = QueueSettings::default();
        let walk_in = ticket(1, at(9, 50));
        let appointment = ticket(2, at(9, 40)); // came early for 10:30
        let list = [(walk_in, None), (appointment, Some(at(10, 30)))];
        assert_eq!(order(&list, &s), vec![1, 2]);
        let list2 = [
            (ticket(1, at(10, 40)), None),
            (ticket(2, at(10, 45)), Some(at(10, 30))),
        ];
        assert_eq!(order(&list2, &s), vec![2, 1]);
    }

    #[test]
    fn figures_count_states_and_waits() {
        let s = QueueSettings::default();
        let now = at(10, 0);
        let waiting = ticket(1, at(9, 0)); // 60'
        let mut called = ticket(2, at(9, 30));
        called.state = TicketState::Called;
        called.called_at = Some(at(9, 40)); // 10'
        let mut done = ticket(3, at(9, 10));
        done.state = TicketState::Done;
        done.called_at = Some(at(9, 30)); // 20'
        let mut cancelled = ticket(4, at(9, 15));
        cancelled.state = TicketState::Cancelled;
        let f = figures(&[waiting, called, done, cancelled], now, &s);
        assert_eq!(
            (f.waiting, f.called, f.in_service, f.done, f.other),
            (1, 1, 0, 1, 1)
        );
        assert_eq!(f.median_wait, Some(20));
        assert_eq!(f.longest_wait, Some(60));
        assert_eq!(f.past_threshold, 1);
        assert_eq!(figures(&[], now, &s).median_wait, None);
    }

    #[test]
    fn settings_keep_defaults_for_bad_values() {
        let s = QueueSettings::from_pairs([
            (QueueSettings::THRESHOLD_KEY, "20"),
            (QueueSettings::LEAD_KEY, "lots"),
        ]);
        assert_eq!(s.threshold_minutes, 20);
        assert_eq!(s.priority_lead_minutes, 30);
    }

    #[test]
    fn prefixes_and_codes() {
        assert!(valid_prefix("Α") && valid_prefix("ΑΣ") && valid_prefix("K"));
        assert!(
            !valid_prefix("") && !valid_prefix("Α1") && !valid_prefix("*") && !valid_prefix("ΑΒΓΔ")
        );
        assert!(valid_code("home-help") && !valid_code("Home") && !valid_code(""));
        assert_eq!(ticket_number("Κ", 7), "Κ007");
        assert_eq!(ticket_number("Κ", 1234), "Κ1234");
    }

    /// A simple model: the states each move is allowed from, written as a table.
    fn model(from: TicketState, mv: Move) -> Option<TicketState> {
        use TicketState::*;
        let table: &[(Move, &[TicketState], TicketState)] = &[
            (Move::Call, &[Waiting], Called),
            (Move::Recall, &[Called], Called),
            (Move::Start, &[Called], InService),
            (Move::Finish, &[Called, InService], Done),
            (Move::Refer, &[Called, InService], Referred),
            (Move::NotSeen, &[Waiting, Called], NotSeen),
            (Move::Cancel, &[Waiting, Called], Cancelled),
            (Move::ReturnToQueue, &[Called, InService], Waiting),
            (Move::Transfer, &[Waiting, Called, InService], Waiting),
        ];
        table
            .iter()
            .find(|(m, froms, _)| *m == mv && froms.contains(&from))
            .map(|(_, _, to)| *to)
    }

    proptest! {
        #[test]
        fn the_state_machine_follows_the_model(moves in proptest::collection::vec(0usize..9, 0..40)) {
            let mut state = TicketState::Waiting;
            let mut history = vec![state];
            for i in moves {
                let mv = Move::ALL[i];
                let got = next_state(state, mv);
                prop_assert_eq!(got, model(state, mv));
                if let Some(to) = got {
                    // Nothing leaves a final state.
                    prop_assert!(!is_final(state));
                    state = to;
                    history.push(state);
                }
            }
            // Every path starts waiting; a final state, once reached, is the last.
            prop_assert_eq!(history[0], TicketState::Waiting);
            if let Some(pos) = history.iter().position(|s| is_final(*s)) {
                prop_assert_eq!(pos, history.len() - 1);
            }
        }
    }
}
