//! The questions that interrupt the form, each a mode with its own keys: leaving with
//! unsaved changes, asking for consent before a save, and choosing field by field
//! after another desk saved the same person.

use super::form::{Form, typed};
use super::{IntakeScreen, Mode};
use crate::action::Action;
use crate::domain::intake::{self, Entry, Field};
use crate::i18n::intake::Im;
use crate::i18n::{t, tf};
use crate::ui::{Ctx, Outcome};

/// Field-by-field choice after a conflict with another desk's save.
pub(super) struct Conflict {
    pub(super) theirs: Entry,
    pub(super) their_version: i64,
    pub(super) merged: Entry,
    /// (field, take theirs)
    pub(super) choices: Vec<(Field, bool)>,
    pub(super) selected: usize,
}

impl IntakeScreen {
    /// Another desk saved this person since the form read it.
    pub(super) fn conflict(&mut self, id: i64, cx: &mut Ctx<'_>) -> Outcome {
        let theirs = match cx.store.person(id) {
            Ok(Some(p)) => p,
            Ok(None) => return Outcome::Error(t(cx.lang, Im::Gone).to_string()),
            Err(e) => return Outcome::Error(tf(cx.lang, Im::DbError, &[&e.to_string()])),
        };
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let mut their_entry = Entry::from_person(&theirs);
        // What the other desk stored stays unread by a role that may not read it: kept
        // aside as theirs, compared as empty.
        let mut masked = Form::new(
            form.target,
            theirs.version,
            their_entry.clone(),
            &their_entry,
        );
        masked.hide_unreadable(&theirs, &cx.viewer());
        their_entry = masked.base.clone();
        form.kept = masked.kept;
        let ours = form.entry();
        let m = intake::merge(&form.base, &ours, &their_entry);
        if m.conflicts.is_empty() {
            Self::apply_merge(form, &m.merged, their_entry, theirs.version);
            Self::recheck(form, cx, &self.policy, false);
            if form.checked.has_errors() {
                return Outcome::Error(t(cx.lang, Im::ConflictTitle).to_string());
            }
            return self.store_form(cx, true);
        }
        self.mode = Mode::Conflict(Conflict {
            theirs: their_entry,
            their_version: theirs.version,
            merged: m.merged,
            choices: m.conflicts.into_iter().map(|f| (f, false)).collect(),
            selected: 0,
        });
        Outcome::Error(t(cx.lang, Im::ConflictTitle).to_string())
    }

    fn apply_merge(form: &mut Form, merged: &Entry, theirs: Entry, version: i64) {
        for field in Field::ALL {
            if typed(*field) {
                if form.input_text(*field) != merged.get(*field) {
                    form.set_text(*field, merged.get(*field));
                }
            } else {
                form.values.set(*field, merged.get(*field));
            }
        }
        form.base = theirs;
        form.version = version;
        form.slot.changed();
    }

    fn resolve_conflict(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Conflict(c) = std::mem::replace(&mut self.mode, Mode::Form) else {
            return Outcome::Ignored;
        };
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let mut merged = c.merged.clone();
        for (field, theirs) in &c.choices {
            if *theirs {
                merged.set(*field, c.theirs.get(*field));
            }
        }
        Self::apply_merge(form, &merged, c.theirs, c.their_version);
        self.save(cx)
    }

    /// Ctrl-S asked for consent: y records it and saves; n or Esc saves what may be kept.
    pub(super) fn handle_ask_consent(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match action {
            Action::Save | Action::Confirm => {
                if let Some(form) = self.form.as_mut() {
                    form.values.set(Field::Consent, "1");
                    form.values.set(Field::ConsentAt, "");
                    form.values.set(Field::ConsentBy, "");
                }
                self.mode = Mode::Form;
                self.after_change(Field::Consent, cx);
                self.save_or_ask(cx, false)
            }
            Action::Cancel => {
                self.mode = Mode::Form;
                self.save_or_ask(cx, false)
            }
            _ => Outcome::Ignored,
        }
    }

    /// Esc with unsaved changes: keep the form as a draft, throw it away, or go back.
    pub(super) fn handle_leave(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match action {
            Action::Confirm => {
                if let Some(form) = self.form.as_mut() {
                    form.slot.changed();
                }
                let outcome = self.flush_draft(cx);
                if let Outcome::Error(e) = outcome {
                    self.mode = Mode::Form;
                    return Outcome::Error(e);
                }
                self.form = None;
                self.mode = Mode::Start;
                self.load_drafts(cx.store, cx.operator);
                Outcome::Status(t(cx.lang, Im::Left).to_string())
            }
            Action::Discard => {
                if let Some(form) = self.form.take() {
                    self.delete_draft_of(cx.store, cx.operator, form.draft_target);
                }
                self.mode = Mode::Start;
                self.load_drafts(cx.store, cx.operator);
                Outcome::Status(t(cx.lang, Im::Thrown).to_string())
            }
            Action::Cancel => {
                self.mode = Mode::Form;
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    /// The conflict table: mine or theirs, field by field, then save.
    pub(super) fn handle_conflict(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Conflict(c) = &mut self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::Up => {
                c.selected = c.selected.saturating_sub(1);
                Outcome::Handled
            }
            Action::Down => {
                c.selected = (c.selected + 1).min(c.choices.len().saturating_sub(1));
                Outcome::Handled
            }
            Action::ChooseMine | Action::ChooseTheirs => {
                if let Some(choice) = c.choices.get_mut(c.selected) {
                    choice.1 = action == Action::ChooseTheirs;
                }
                c.selected = (c.selected + 1).min(c.choices.len().saturating_sub(1));
                Outcome::Handled
            }
            Action::Save => self.resolve_conflict(cx),
            Action::Cancel => {
                self.mode = Mode::Form;
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }
}
