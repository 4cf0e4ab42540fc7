//! The one Action type: what a key means once the keymap has read it.
//!
//! The kebab-case name of each action (`screen-queue`, `page-down`, ...) is the name the
//! keymap files use in `run = "..."`.

use serde::{Deserialize, Serialize};

macro_rules! actions {
    ($($(#[$doc:meta])* $variant:ident => $name:literal,)*) => {
        /// Something the operator asked for, independent of the key that asked.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum Action {
            $($(#[$doc])* $variant,)*
        }

        impl Action {
            /// Every action, in the order help lists them.
            pub const ALL: &'static [Action] = &[$(Action::$variant,)*];

            /// The name keymap files use.
            pub fn name(self) -> &'static str {
                match self {
                    $(Action::$variant => $name,)*
                }
            }
        }
    };
}

actions! {
    /// Leave the program.
    Quit => "quit",
    /// Open (or close) the help overlay listing the keys of this screen.
    Help => "help",
    ScreenQueue => "screen-queue",
    ScreenIntake => "screen-intake",
    ScreenLookup => "screen-lookup",
    ScreenReferrals => "screen-referrals",
    /// Switch the interface between Greek and English.
    ToggleLanguage => "toggle-language",
    Up => "up",
    Down => "down",
    PageUp => "page-up",
    PageDown => "page-down",
    Home => "home",
    End => "end",
    /// Enter: open the selected row, accept the suggestion, ...
    Confirm => "confirm",
    /// Esc: close, leave, go back.
    Cancel => "cancel",
    NextField => "next-field",
    PrevField => "prev-field",
    NextSection => "next-section",
    PrevSection => "prev-section",
    Save => "save",
    /// Start typing a filter or search.
    Filter => "filter",
    /// Redraw the whole screen (after line noise on a serial or SSH link).
    Redraw => "redraw",
    ScreenDirectory => "screen-directory",
    /// Administrators: the staff list.
    ScreenStaff => "screen-staff",
    /// Administrators: the audit log.
    ScreenAudit => "screen-audit",
    /// The retention review (administrators).
    ScreenRetention => "screen-retention",
    /// The statistics screen (counts, no names).
    ScreenStats => "screen-stats",
    /// The next tab to the right (after the last, the first): every screen the
    /// operator may open, also those the tab bar has no room for.
    NextTab => "next-tab",
    /// The previous tab.
    PrevTab => "prev-tab",
    /// Statistics: today, this week, this month, in turn.
    NextSpan => "next-span",
    /// Staff: disable the selected operator, or enable them again.
    ToggleActive => "toggle-active",
    /// Referrals: start a new referral.
    NewReferral => "new-referral",
    /// Referrals: mark the selected one accepted / completed / declined / no-show / cancelled.
    ReferralAccepted => "referral-accepted",
    ReferralCompleted => "referral-completed",
    ReferralDeclined => "referral-declined",
    ReferralNoShow => "referral-no-show",
    ReferralCancelled => "referral-cancelled",
    /// Print the selected referral's slip (or the queue's ticket); on screen without a printer.
    PrintSlip => "print-slip",
    /// Referrals: set the follow-up date.
    FollowUp => "follow-up",
    /// Show only open referrals, or all.
    ToggleOpen => "toggle-open",
    /// Directory: add an entry.
    NewEntry => "new-entry",
    /// Directory: edit the selected entry.
    Edit => "edit",
    /// Directory: browse by organisation or by service.
    SwitchView => "switch-view",
    /// Directory: show only the services of one category of the taxonomy.
    CategoryFilter => "category-filter",
    /// Referrals: show incoming and outgoing referrals, only incoming, only outgoing.
    ToggleIncoming => "toggle-incoming",
    /// Referrals: write the packet of the selected referral (or of its answer) to a file.
    WritePacket => "write-packet",
    /// Start a new record (intake: a new person).
    NewRecord => "new-record",
    /// Record a visit of the person on screen.
    RecordVisit => "record-visit",
    /// Edit the record on screen.
    EditRecord => "edit-record",
    /// Register another member of the same household.
    AddMember => "add-member",
    /// Look at the possible duplicates listed beside a form.
    Duplicates => "duplicates",
    /// Not the same person: stop flagging this pair.
    NotSame => "not-same",
    /// Throw away what was typed (asks first).
    Discard => "discard",
    /// In a conflict between two desks' edits: keep this desk's value.
    ChooseMine => "choose-mine",
    /// In a conflict between two desks' edits: take the other desk's value.
    ChooseTheirs => "choose-theirs",
    /// Intake: put the form aside as a draft and take up the operator's last draft.
    ResumeDraft => "resume-draft",
    // The queue.
    CallNext => "call-next",
    NewTicket => "new-ticket",
    StartService => "start-service",
    Finish => "finish",
    Transfer => "transfer",
    NotSeen => "not-seen",
    Recall => "recall",
    ReturnToQueue => "return-to-queue",
    CancelTicket => "cancel-ticket",
    Appointments => "appointments",
    EndOfDay => "end-of-day",
    ServiceLines => "service-lines",
    CheckIn => "check-in",
    NoShow => "no-show",
    AddLine => "add-line",
    // Lookup and the person's card.
    /// Lookup: move from the query into the results (then one-letter keys act).
    FocusList => "focus-list",
    /// Lookup: back from the results to the query (kept) to type more.
    FocusQuery => "focus-query",
    /// Lookup: empty the query.
    ClearQuery => "clear-query",
    /// Lookup and card: a new ticket in today's queue for this person.
    AddToQueue => "add-to-queue",
    /// Lookup and card: refer this person to a service.
    Refer => "refer",
    /// Card: show or hide the full identifiers (roles that may; audited).
    RevealIdentifiers => "reveal-identifiers",
    /// Card: write everything held about the person to files (administrators; the
    /// right of access; audited).
    ExportPerson => "export-person",
    /// Card: erase the person's data after a plain question (administrators).
    ErasePerson => "erase-person",
    /// Card: write a case note (roles that read case notes).
    CaseNote => "case-note",
    /// Card: open another organisation's case notes and referral details by giving
    /// a reason (administrators; "break glass", recorded).
    BreakGlass => "break-glass",
    /// Retention review: keep the selected person's data, giving a reason (recorded).
    KeepOnReview => "keep-on-review",
    /// Retention review: change the number of years without activity it lists.
    RetentionYears => "retention-years",
    /// Queue: link the selected ticket to a registered person.
    LinkPerson => "link-person",
    /// Queue: register the ticket's person on the intake form, linked on save.
    RegisterPerson => "register-person",
    // Group activities and goods distribution.
    /// The group activities screen.
    ScreenActivities => "screen-activities",
    /// The goods distribution desk.
    ScreenDistribution => "screen-distribution",
    /// Activities: enrol a person (waiting list beyond capacity); distribution:
    /// enrol a household in the programme.
    Enrol => "enrol",
    /// Activities: take the selected person out (the first waiting move up).
    LeaveActivity => "leave-activity",
    /// Activities: change the number of places.
    Capacity => "capacity",
    /// Activities: the roll call of today's session (or the last one before).
    RollCall => "roll-call",
    /// Roll call: present or absent, then the next person.
    TogglePresent => "toggle-present",
    /// Roll call: everyone present (again: everyone absent).
    MarkAll => "mark-all",
    /// Roll call: the session before / after.
    EarlierSession => "earlier-session",
    LaterSession => "later-session",
    /// Queue, card and distribution desk: the hand-out form for the household.
    HandOut => "hand-out",
    // Appointments.
    ScreenAppointments => "screen-appointments",
    /// Card, lookup and queue: book an appointment for this person.
    BookAppointment => "book-appointment",
    /// Appointments: the previous / next day.
    PreviousDay => "previous-day",
    NextDay => "next-day",
    /// Appointments: the previous / next week.
    PreviousWeek => "previous-week",
    NextWeek => "next-week",
    /// Appointments: back to today.
    Today => "today",
    /// Appointments: switch between the day and the week view.
    DayOrWeek => "day-or-week",
    /// Appointments: the next / previous service line.
    NextLine => "next-line",
    PreviousLine => "previous-line",
    /// Appointments: move the selected appointment to another time.
    MoveAppointment => "move-appointment",
    /// Appointments: cancel the selected appointment (asks the reason).
    CancelAppointment => "cancel-appointment",
    /// Appointments: the next working day's reminder calls.
    Reminders => "reminders",
    /// Reminders: the call was made.
    MarkReminded => "mark-reminded",
}

impl Action {
    /// The action a keymap names, if any.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }

    /// ↑ ↓ PgUp PgDn Home End: the actions that move a list's selection.
    pub fn moves_selection(self) -> bool {
        matches!(
            self,
            Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Home
                | Action::End
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_serde() {
        for &action in Action::ALL {
            let json = serde_json::to_string(&action).unwrap();
            assert_eq!(json, format!("\"{}\"", action.name()));
            assert_eq!(Action::from_name(action.name()), Some(action));
        }
        assert_eq!(Action::from_name("fly"), None);
    }
}
