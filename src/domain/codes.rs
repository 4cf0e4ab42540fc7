//! Closed vocabularies stored as short text codes.
//!
//! Each enum round-trips through `code()` / `from_code()`; the codes are what the
//! database and CSV files hold, so they never change once released.

macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use coded_enum;

coded_enum!(
    /// Gender as recorded on Greek documents, with X for non-binary / unspecified.
    Gender { Female = "F", Male = "M", Other = "X" }
);

impl Gender {
    /// Accepts the codes and common spellings in both languages (CSV imports, forms).
    pub fn parse_loose(text: &str) -> Option<Self> {
        match text.trim().to_lowercase().as_str() {
            "f" | "female" | "θ" | "θηλυ" | "θήλυ" | "γ" | "γυναίκα" => {
                Some(Gender::Female)
            }
            "m" | "male" | "α" | "αρρεν" | "άρρεν" | "άνδρας" => {
                Some(Gender::Male)
            }
            "x" | "other" | "άλλο" => Some(Gender::Other),
            _ => None,
        }
    }
}

coded_enum!(
    /// A member's place in a household.
    Relation { Head = "head", Spouse = "spouse", Child = "child", Parent = "parent", Sibling = "sibling", Other = "other" }
);

coded_enum!(
    /// Vulnerability flags named by the centres and by the ESF participant reporting.
    Vulnerability {
        UnaccompaniedMinor = "unaccompanied-minor",
        Disability = "disability",
        Pregnancy = "pregnancy",
        Elderly = "elderly",
        ViolenceVictim = "violence-victim",
        SingleParent = "single-parent",
        Homeless = "homeless",
        Roma = "roma",
        Migrant = "migrant",
        AsylumSeeker = "asylum-seeker",
        ChronicIllness = "chronic-illness",
        LongTermUnemployed = "long-term-unemployed",
    }
);

impl Vulnerability {
    /// The flags a ticket or an appointment carries for priority, in the order of
    /// their number keys on the forms (1–6; 7 is "urgent need", not a vulnerability).
    pub const PRIORITY: [Vulnerability; 6] = [
        Vulnerability::UnaccompaniedMinor,
        Vulnerability::Disability,
        Vulnerability::Pregnancy,
        Vulnerability::Elderly,
        Vulnerability::ViolenceVictim,
        Vulnerability::SingleParent,
    ];
}

coded_enum!(
    /// Employment status as the ESF common indicators ask for it.
    Employment {
        Employed = "employed",
        SelfEmployed = "self-employed",
        Unemployed = "unemployed",
        LongTermUnemployed = "long-term-unemployed",
        Inactive = "inactive",
        Student = "student",
        Retired = "retired",
    }
);

coded_enum!(
    /// Education level, grouped by ISCED as ESF reporting does.
    Education {
        None = "none",
        Primary = "isced-1",
        LowerSecondary = "isced-2",
        UpperSecondary = "isced-3-4",
        Tertiary = "isced-5-8",
    }
);

coded_enum!(
    /// Staff roles: what an operator may see and do.
    Role { Receptionist = "receptionist", SocialWorker = "social-worker", Psychologist = "psychologist", Admin = "admin" }
);

coded_enum!(
    /// Where a service sits: inside the centre or at an outside body.
    ServiceKind { Internal = "internal", External = "external" }
);

coded_enum!(
    /// A queue ticket's state. History is kept in `ticket_event`.
    TicketState {
        Waiting = "waiting",
        Called = "called",
        InService = "in-service",
        Done = "done",
        Referred = "referred",
        NotSeen = "not-seen",
        Cancelled = "cancelled",
    }
);

coded_enum!(
    /// Appointment state for the day's booked slots.
    AppointmentState { Booked = "booked", CheckedIn = "checked-in", NoShow = "no-show", Cancelled = "cancelled" }
);

coded_enum!(
    /// A referral's lifecycle.
    ReferralState {
        Sent = "sent",
        Accepted = "accepted",
        Completed = "completed",
        Declined = "declined",
        NoShow = "no-show",
        Cancelled = "cancelled",
    }
);

coded_enum!(
    /// How soon a referral must be answered.
    Urgency { Routine = "routine", Soon = "soon", Urgent = "urgent" }
);

/// Joins coded values for storage as one text column ("a,b,c").
pub fn join_codes<T: Copy>(items: &[T], code: impl Fn(T) -> &'static str) -> String {
    items
        .iter()
        .map(|item| code(*item))
        .collect::<Vec<_>>()
        .join(",")
}

/// Splits a stored code list, skipping codes this version does not know
/// (a newer program may have added some).
pub fn split_codes<T>(text: &str, parse: impl Fn(&str) -> Option<T>) -> Vec<T> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .filter_map(parse)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for g in Gender::ALL {
            assert_eq!(Gender::from_code(g.code()), Some(*g));
        }
        for v in Vulnerability::ALL {
            assert_eq!(Vulnerability::from_code(v.code()), Some(*v));
        }
        assert_eq!(TicketState::from_code("bogus"), None);
    }

    #[test]
    fn code_lists_round_trip_and_skip_unknown() {
        let flags = [Vulnerability::Roma, Vulnerability::Pregnancy];
        let text = join_codes(&flags, Vulnerability::code);
        assert_eq!(text, "roma,pregnancy");
        let back = split_codes(&format!("{text},from-the-future"), Vulnerability::from_code);
        assert_eq!(back, flags);
    }

    #[test]
    fn gender_accepts_greek_and_english() {
        assert_eq!(Gender::parse_loose(" f "), Some(Gender::Female));
        assert_eq!(Gender::parse_loose("Άρρεν"), Some(Gender::Male));
        assert_eq!(Gender::parse_loose("?"), None);
    }
}
