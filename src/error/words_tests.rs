//! Every layer error that reaches `main` is said in Greek to a Greek operator and, in
//! English, exactly as its own `Display` said it before.

use std::path::PathBuf;

use super::Error;
use crate::domain::appointments::{HoursError, Refusal};
use crate::domain::codes::ReferralState;
use crate::domain::referral::TransitionError;
use crate::i18n::Lang;
use crate::identity::IdentityError;
use crate::keymap::{KeyParseError, Keymap, KeymapError, Problem};
use crate::report::ReportError;
use crate::slip::SlipError;
use crate::store::{BookingError, ReferralError, StoreError};

fn greek_letters(text: &str) -> usize {
    text.chars()
        .filter(|c| ('\u{0370}'..='\u{03FF}').contains(c))
        .count()
}

/// The Greek rendering is Greek (more Greek letters than Latin ones, outside what is
/// quoted) and the English one is the error's own text.
fn said_in_both(error: Error) -> String {
    let el = error.render(Lang::El);
    let en = error.render(Lang::En);
    assert_eq!(en, error.to_string(), "the English is unchanged");
    assert!(greek_letters(&el) >= 8, "not Greek: {el}");
    assert_ne!(el, en);
    el
}

#[test]
fn a_refused_booking_and_bad_opening_hours_are_said_in_greek() {
    let refused = Error::from(BookingError::Refused(Refusal::PersonBusy));
    assert_eq!(
        said_in_both(refused),
        "Δεν έγινε: Το άτομο έχει ήδη ραντεβού εκείνη την ώρα."
    );
    assert_eq!(
        Error::from(BookingError::Refused(Refusal::Full)).render(Lang::En),
        "refused: full"
    );
    for hours in [
        HoursError::ClosesBeforeOpening,
        HoursError::BadSlotLength,
        HoursError::BadCapacity,
        HoursError::Overlap,
        HoursError::OffGrain,
    ] {
        said_in_both(Error::from(BookingError::Hours(hours)));
    }
    assert_eq!(
        Error::from(BookingError::Hours(HoursError::BadCapacity)).render(Lang::El),
        "Η χωρητικότητα κάθε θέσης πρέπει να είναι από 1 έως 50 άτομα"
    );
}

#[test]
fn a_refused_referral_and_a_refused_change_of_state_are_said_in_greek() {
    for e in [
        ReferralError::NoConsent,
        ReferralError::NotAccepting,
        ReferralError::ReasonRequired,
    ] {
        said_in_both(Error::from(e));
    }
    let closed = ReferralError::Transition(TransitionError::Closed {
        from: ReferralState::Completed,
    });
    assert_eq!(
        said_in_both(Error::from(closed)),
        "Η παραπομπή έχει ήδη κατάσταση «ολοκληρώθηκε»: μια κλειστή παραπομπή δεν αλλάζει (κάντε νέα)"
    );
    let forbidden = TransitionError::Forbidden {
        from: ReferralState::Sent,
        to: ReferralState::Completed,
    };
    assert_eq!(
        said_in_both(Error::from(ReferralError::Transition(forbidden))),
        "Μια παραπομπή με κατάσταση «στάλθηκε» δεν μπορεί να γίνει «ολοκληρώθηκε»"
    );
    for e in [
        TransitionError::ReasonRequired {
            to: ReferralState::Declined,
        },
        TransitionError::Unchanged {
            state: ReferralState::Accepted,
        },
    ] {
        let el = said_in_both(Error::from(ReferralError::Transition(e)));
        assert!(!el.contains("declined") && !el.contains("accepted"), "{el}");
    }
}

#[test]
fn a_slip_that_cannot_be_made_is_said_in_greek() {
    said_in_both(Error::from(SlipError::NotYours));
    assert_eq!(
        said_in_both(Error::from(SlipError::Missing("referral", 12))),
        "Δεν υπάρχει παραπομπή με αριθμό 12"
    );
    for what in ["person", "service"] {
        said_in_both(Error::from(SlipError::Missing(what, 3)));
    }
}

#[test]
fn an_operator_without_a_login_and_an_unknown_report_line_are_said_in_greek() {
    let el = said_in_both(Error::from(IdentityError::NoPasswdEntry { uid: 1234 }));
    assert!(el.contains("getent passwd 1234"), "{el}");
    said_in_both(Error::from(IdentityError::Lookup {
        uid: 1234,
        reason: "nsswitch".into(),
    }));
    assert_eq!(
        said_in_both(Error::from(ReportError::UnknownService("legl".into()))),
        "Δεν υπάρχει γραμμή υπηρεσίας \"legl\"· το `kentro queue services` τις δείχνει"
    );
}

#[test]
fn a_broken_keymap_is_said_in_greek_by_file_and_line() {
    let invalid = |problem| {
        Error::from(KeymapError::Invalid {
            file: "keys.toml".into(),
            line: 4,
            problem,
        })
    };
    let problems = [
        Problem::UnknownContext {
            name: "qeue".into(),
            known: "global, queue".into(),
        },
        Problem::UnknownAction("qeue.call".into()),
        Problem::NoKey,
        Problem::Key(KeyParseError::Empty),
        Problem::Key(KeyParseError::Sequence("g g".into())),
        Problem::Key(KeyParseError::UnknownName("hyper-x".into())),
        Problem::Clash {
            key: "ctrl-s".into(),
            action: "form.save".into(),
            context: "global".into(),
            line: 2,
        },
    ];
    for problem in problems {
        let el = said_in_both(invalid(problem));
        assert!(el.starts_with("keys.toml, γραμμή 4: "), "{el}");
    }
    // The parser's own account is quoted as it is; the line is still said in Greek.
    let e = Keymap::parse(
        "[global]\nkeymap = [ { on = \"x\", run = \"nope\" } ]\n",
        "k.toml",
    )
    .err()
    .map(Error::from);
    let e = e.expect("an unknown action is refused");
    assert_eq!(
        e.render(Lang::El),
        "k.toml, γραμμή 2: άγνωστη ενέργεια \"nope\""
    );
    assert_eq!(e.render(Lang::En), "k.toml:2: unknown action \"nope\"");
    said_in_both(Error::from(KeymapError::Unreadable {
        name: "mine.toml".into(),
        source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
    }));
}

#[test]
fn a_table_or_json_not_written_is_introduced_in_greek_with_the_writers_words() {
    let io = std::io::Error::other("No space left on device");
    let render = Error::from(crate::report::render::RenderError::Io(io));
    let el = said_in_both(render);
    assert!(el.ends_with("No space left on device"), "{el}");
    let json = serde_json::from_str::<u8>("x").unwrap_err();
    said_in_both(Error::from(json));
}

#[test]
fn no_layer_error_falls_back_to_english_in_greek() {
    // Store failures wrapped in a layer are said as every store failure is.
    let full = || StoreError::DiskFull {
        path: PathBuf::from("/srv/kentro/kentro.db"),
    };
    for wrapped in [
        Error::from(BookingError::Store(full())),
        Error::from(ReferralError::Store(full())),
        Error::from(SlipError::Store(full())),
        Error::from(ReportError::Store(full())),
    ] {
        assert_eq!(
            wrapped.render(Lang::El),
            crate::ui::kit::fail::store_error_text(Lang::El, &full())
        );
    }
}
