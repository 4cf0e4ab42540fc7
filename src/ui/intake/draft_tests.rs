//! The intake screen's drafts and leaving a form: drafts kept and offered again, F3
//! and Ctrl-R, the consent question on save, Esc with unsaved changes, and pastes.

use super::tests::{act, cx, fill_typical, render, text_of, type_text};
use super::*;
use crate::domain::codes::Vulnerability;
use crate::i18n::Lang;
use crate::ui::harness::store;

#[test]
fn drafts_are_kept_and_offered_again() {
    let (_d, mut store) = store();
    let mut screen = IntakeScreen::new();
    screen.on_start(&mut cx(&mut store, Lang::En));
    type_text(&mut screen, &mut store, "Diallo");
    // The exit hook writes what is pending.
    screen.on_exit(&mut cx(&mut store, Lang::En));
    let drafts = store.drafts_of("tester").unwrap();
    assert_eq!(drafts.len(), 1);
    let mut next = IntakeScreen::new();
    let outcome = next.on_start(&mut cx(&mut store, Lang::En));
    assert!(
        matches!(outcome, Outcome::Status(ref s) if s.contains("unfinished intake forms: 1")),
        "{outcome:?}"
    );
    // A blank form, with the draft offered beside it: one key takes it up.
    assert_eq!(next.entry().unwrap().get(Field::Surname), "");
    let text = text_of(&render(&next, Lang::En));
    assert!(text.contains("Ctrl-R: Diallo"), "{text}");
    act(&mut next, &mut store, Action::ResumeDraft);
    assert_eq!(next.entry().unwrap().get(Field::Surname), "Diallo");
}

#[test]
fn f3_always_gives_a_blank_form_and_ctrl_r_swaps_back() {
    let (_d, mut store) = store();
    let mut screen = IntakeScreen::new();
    screen.on_start(&mut cx(&mut store, Lang::En));
    type_text(&mut screen, &mut store, "Diallo");
    // F3 in the middle of a form: the form is kept as a draft, a blank one opens.
    let outcome = screen.shown(&mut cx(&mut store, Lang::En));
    assert!(
        matches!(outcome, Outcome::Status(ref s) if s.contains("Diallo")),
        "{outcome:?}"
    );
    assert_eq!(screen.entry().unwrap().get(Field::Surname), "");
    assert_eq!(store.drafts_of("tester").unwrap().len(), 1);
    // F3 on a blank form keeps it and makes no draft.
    screen.shown(&mut cx(&mut store, Lang::En));
    assert_eq!(store.drafts_of("tester").unwrap().len(), 1);
    // Ctrl-R on a second person's form puts that one aside and takes up the first.
    type_text(&mut screen, &mut store, "Rezaei");
    act(&mut screen, &mut store, Action::ResumeDraft);
    assert_eq!(screen.entry().unwrap().get(Field::Surname), "Diallo");
    let text = text_of(&render(&screen, Lang::En));
    assert!(text.contains("Ctrl-R: Rezaei"), "{text}");
    assert!(!text.contains("Ctrl-R: Diallo"), "{text}");
    // After leaving a form (Esc, keep a draft), F3 is still a blank form.
    act(&mut screen, &mut store, Action::Cancel);
    act(&mut screen, &mut store, Action::Confirm);
    assert!(screen.entry().is_none());
    screen.shown(&mut cx(&mut store, Lang::En));
    assert_eq!(screen.entry().unwrap().get(Field::Surname), "");
    assert_eq!(screen.focus(), Some(Field::Surname));
    // With two drafts, Ctrl-R opens the list on the newest.
    act(&mut screen, &mut store, Action::ResumeDraft);
    assert_eq!(screen.contexts(), &[Context::IntakeStart, Context::List]);
    act(&mut screen, &mut store, Action::Confirm);
    assert!(screen.entry().is_some());
}

#[test]
fn ctrl_s_without_consent_asks_and_y_records_it() {
    let (_d, mut store) = store();
    let mut screen = IntakeScreen::new();
    fill_typical(&mut screen, &mut store);
    // Tab with a query ticks the highlighted language and moves on.
    for _ in 0..3 {
        act(&mut screen, &mut store, Action::NextField);
    }
    assert_eq!(screen.focus(), Some(Field::Languages));
    type_text(&mut screen, &mut store, "fars");
    act(&mut screen, &mut store, Action::NextField);
    assert_eq!(screen.focus(), Some(Field::Interpreter));
    assert_eq!(screen.entry().unwrap().get(Field::Languages), "fas");
    act(&mut screen, &mut store, Action::NextField);
    // Ctrl-S with a query in a list of ticks ticks it too.
    type_text(&mut screen, &mut store, "migr");
    act(&mut screen, &mut store, Action::Save);
    assert_eq!(screen.contexts(), &[Context::IntakeConsent]);
    let text = text_of(&render(&screen, Lang::En));
    assert!(text.contains("No consent recorded"), "{text}");
    assert!(text.contains("n or Esc: no, back to the form"), "{text}");
    assert_eq!(store.count_people().unwrap(), 0);
    // y (bound to "save" in this context) records consent and saves.
    let outcome = act(&mut screen, &mut store, Action::Save);
    assert!(matches!(outcome, Outcome::Status(_)), "{outcome:?}");
    let p = store.person(screen.saved_id().unwrap()).unwrap().unwrap();
    assert_eq!(p.consent_by.as_deref(), Some("tester"));
    assert_eq!(p.languages, vec!["fas".to_string()]);
    assert_eq!(p.vulnerabilities, vec![Vulnerability::Migrant]);
}

#[test]
fn a_minimum_form_saves_without_asking_for_consent() {
    let (_d, mut store) = store();
    let mut screen = IntakeScreen::new();
    screen.new_form();
    type_text(&mut screen, &mut store, "Diallo");
    act(&mut screen, &mut store, Action::Confirm);
    type_text(&mut screen, &mut store, "Aminata");
    let outcome = act(&mut screen, &mut store, Action::Save);
    assert!(matches!(outcome, Outcome::Status(_)), "{outcome:?}");
    let p = store.person(screen.saved_id().unwrap()).unwrap().unwrap();
    assert_eq!(p.consent_at, None);
}

#[test]
fn esc_with_unsaved_changes_asks_and_a_lone_esc_destroys_nothing() {
    let (_d, mut store) = store();
    let mut screen = IntakeScreen::new();
    screen.new_form();
    type_text(&mut screen, &mut store, "Diallo");
    act(&mut screen, &mut store, Action::Cancel);
    assert_eq!(screen.contexts(), &[Context::IntakeLeave]);
    act(&mut screen, &mut store, Action::Cancel);
    assert_eq!(screen.entry().unwrap().get(Field::Surname), "Diallo");
    act(&mut screen, &mut store, Action::Cancel);
    act(&mut screen, &mut store, Action::Confirm);
    assert!(screen.entry().is_none());
    assert_eq!(store.drafts_of("tester").unwrap().len(), 1);
}

#[test]
fn pasted_control_characters_are_cleaned_and_long_pastes_refused() {
    let (_d, mut store) = store();
    let mut screen = IntakeScreen::new();
    screen.new_form();
    screen.handle_paste("Dia\u{1b}[2Jllo\r\n", &mut cx(&mut store, Lang::En));
    assert_eq!(screen.entry().unwrap().get(Field::Surname), "Diallo");
    let outcome = screen.handle_paste(&"α".repeat(200), &mut cx(&mut store, Lang::En));
    assert!(matches!(outcome, Outcome::Error(_)));
    assert_eq!(screen.entry().unwrap().get(Field::Surname), "Diallo");
}

/// The form's foot says when its draft was written by the context's clock, the one the
/// event loop sets (before, the screen read the wall clock itself).
#[test]
fn the_draft_time_is_the_contexts_clock() {
    let (_d, mut store) = store();
    let mut screen = IntakeScreen::new();
    screen.on_start(&mut cx(&mut store, Lang::En));
    type_text(&mut screen, &mut store, "Diallo");
    screen.flush_draft(&mut cx(&mut store, Lang::En));
    let text = text_of(&render(&screen, Lang::En));
    assert!(text.contains("Draft saved 10:42"), "{text}");
}
