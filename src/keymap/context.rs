//! The contexts a keymap binds keys in: one enum shared by the screens (which say
//! which contexts are active), the keymap (which looks keys up in them) and the file
//! parser (which refuses a section it does not know). Each has one name, the section
//! header a keymap file gives it (`[queue-form]`).

macro_rules! contexts {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// A keymap context: a table of a keymap file.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Context {
            $($(#[$doc])* $variant,)*
        }

        impl Context {
            /// Every context, in the order they are declared.
            pub const ALL: &'static [Context] = &[$(Context::$variant,)*];

            /// The section name a keymap file gives it.
            pub fn name(self) -> &'static str {
                match self {
                    $(Context::$variant => $name,)*
                }
            }
        }
    };
}

contexts! {
    /// Keys that work everywhere (a screen's own context is looked at first).
    Global = "global",
    /// The help overlay.
    Help = "help",
    /// Moving in any list.
    List = "list",
    /// Moving between the fields of any form, saving, cancelling.
    Form = "form",
    Stats = "stats",
    Queue = "queue",
    /// The queue screen's modes: the new-ticket form, the transfer picker, the link
    /// picker, the day's appointments, the service lines, the end-of-day question.
    QueueForm = "queue-form",
    QueuePick = "queue-pick",
    QueueLink = "queue-link",
    QueueAppointments = "queue-appointments",
    QueueLines = "queue-lines",
    QueueConfirm = "queue-confirm",
    Intake = "intake",
    IntakeStart = "intake-start",
    IntakeDupes = "intake-dupes",
    IntakeLeave = "intake-leave",
    IntakeConsent = "intake-consent",
    IntakeConflict = "intake-conflict",
    IntakeSaved = "intake-saved",
    /// The visit form (from intake or the card).
    Visit = "visit",
    /// The lookup screen while typing the query, and after moving into its results.
    Lookup = "lookup",
    LookupList = "lookup-list",
    LookupCard = "lookup-card",
    LookupCardNotes = "lookup-card-notes",
    LookupCardAdmin = "lookup-card-admin",
    /// The card, for an administrator, when it holds records of other organisations
    /// the person did not consent to share (break glass).
    LookupCardGlass = "lookup-card-glass",
    LookupCardIds = "lookup-card-ids",
    Referral = "referral",
    Staff = "staff",
    Audit = "audit",
    /// The retention review (administrators).
    Retention = "retention",
    /// The directory's organisation card, and its list.
    DirectoryCard = "directory-card",
    Directory = "directory",
    /// Group activities: the list, an activity's page, a roll call.
    Activities = "activities",
    Activity = "activity",
    Roll = "roll",
    /// The distribution desk: the programmes, a programme's households, a hand-out.
    Distribution = "distribution",
    Programme = "programme",
    HandOut = "hand-out",
    /// Any person picker in a popup.
    PersonPick = "person-pick",
    /// A text shown to read or copy (the kit's viewer), and a slip's own key in it.
    Viewer = "viewer",
    Slip = "slip",
    Appointments = "appointments",
    AppointmentsForm = "appointments-form",
    AppointmentsPopup = "appointments-popup",
    AppointmentsReminders = "appointments-reminders",
}

impl Context {
    /// The context a keymap file's section names.
    pub fn from_name(name: &str) -> Option<Context> {
        Context::ALL.iter().copied().find(|c| c.name() == name)
    }
}

impl std::fmt::Display for Context {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
