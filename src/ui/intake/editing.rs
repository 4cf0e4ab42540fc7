//! Editing the form: keys and actions while a field has the focus, moving between
//! fields and sections, pasting, and what follows every change (re-checking, filling
//! in from the AMKA, refreshing the duplicates).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::form::Form;
use super::{IntakeScreen, Mode};
use crate::action::Action;
use crate::domain::access::Viewer;
use crate::domain::dates::{self};
use crate::domain::intake::{self, ConsentPolicy, Field, Issue, Kind, Problem, Section, Severity};
use crate::domain::text;
use crate::i18n::intake::Im;
use crate::i18n::tf;
use crate::search::duplicates::{self, Probe, Reason};
use crate::ui::{Ctx, Outcome};

/// How many possible duplicates the panel lists.
const DUPES: usize = 5;

/// Fields whose change refreshes the duplicate panel.
fn probes(field: Field) -> bool {
    matches!(
        field,
        Field::Surname
            | Field::GivenName
            | Field::DateOfBirth
            | Field::Amka
            | Field::Afm
            | Field::Paaypa
            | Field::Phone
    )
}

impl IntakeScreen {
    /// Re-checks the form, fills in from the AMKA, refreshes duplicates.
    pub(super) fn after_change(&mut self, field: Field, cx: &mut Ctx<'_>) {
        self.today = Some(cx.now.date());
        self.operator = cx.operator.to_string();
        let policy = self.policy.clone();
        let Some(form) = self.form.as_mut() else {
            return;
        };
        form.mark_changed();
        if field == Field::Amka
            && let Some(facts) = intake::amka_facts(&form.input_text(Field::Amka), cx.now.date())
        {
            let mut filled = false;
            if form.input_text(Field::DateOfBirth).trim().is_empty() {
                form.set_text(Field::DateOfBirth, &dates::format_date(facts.date_of_birth));
                filled = true;
            }
            if form.values.get(Field::Gender).is_empty() {
                form.values.set(Field::Gender, facts.gender.code());
                filled = true;
            }
            form.from_amka |= filled;
        }
        if field == Field::HouseholdWith {
            let q = form.query();
            form.household_hits = if q.trim().chars().count() >= 2 {
                match crate::search::search_on(cx.store, &q, 6, cx.today()) {
                    Ok(hits) => hits
                        .into_iter()
                        .map(|h| h.person)
                        .filter(|p| Some(p.id) != form.target)
                        .collect(),
                    Err(e) => {
                        Self::failed(form, cx, "household search", &e);
                        Vec::new()
                    }
                }
            } else {
                Vec::new()
            };
            form.pick = 0;
        }
        Self::recheck(form, cx, &policy, probes(field));
    }

    pub(super) fn recheck(form: &mut Form, cx: &mut Ctx<'_>, policy: &ConsentPolicy, dupes: bool) {
        let entry = form.entry();
        form.checked = intake::check(&entry, cx.now, cx.operator, policy);
        if dupes {
            let p = &form.checked.person;
            let probe = Probe {
                surname: text::clean_line(entry.get(Field::Surname)),
                given_name: text::clean_line(entry.get(Field::GivenName)),
                date_of_birth: p.date_of_birth,
                amka: p.amka.clone(),
                afm: p.afm.clone(),
                paaypa: p.paaypa.clone(),
                phone: p.phone.clone(),
            };
            let mut exclude = form.distinct.clone();
            let found = (|| {
                if let Some(id) = form.target {
                    exclude.push(id);
                    exclude.extend(cx.store.distinct_from(id)?);
                }
                duplicates::duplicates(cx.store, &probe, &exclude, DUPES)
            })();
            match found {
                Ok(dupes) => {
                    form.dupes = dupes;
                    form.check_failed = None;
                }
                Err(e) => {
                    form.dupes.clear();
                    Self::failed(form, cx, "duplicate check", &e);
                }
            }
        }
        for c in &form.dupes {
            let field = match c.reason {
                Reason::SameAmka => Field::Amka,
                Reason::SameAfm => Field::Afm,
                _ => continue,
            };
            form.checked.issues.push(Issue {
                field,
                severity: Severity::Error,
                problem: Problem::AlreadyRegistered { id: c.person.id },
            });
        }
    }

    /// A look-up for the form failed: the panel shows it, the status line says it once
    /// (see [`IntakeScreen::say_failure`]), the log keeps it.
    fn failed(form: &mut Form, cx: &Ctx<'_>, what: &'static str, e: &crate::store::StoreError) {
        crate::ui::kit::fail::store_failure(cx.lang, what, e);
        form.check_failed = Some(crate::ui::kit::fail::store_error_text(cx.lang, e));
        form.failure_unsaid = true;
    }

    /// A look-up failure not yet said goes on the status line in place of `outcome`.
    pub(super) fn say_failure(&mut self, outcome: Outcome) -> Outcome {
        match self.form.as_mut() {
            Some(form) if form.failure_unsaid => {
                form.failure_unsaid = false;
                let text = form.check_failed.clone().unwrap_or_default();
                Outcome::Error(text)
            }
            _ => outcome,
        }
    }

    /// Moves the focus to `field`, showing its section.
    pub(super) fn focus_on(form: &mut Form, field: Field) {
        let section = Section::of(field);
        form.section = Section::ALL.iter().position(|s| *s == section).unwrap_or(0);
        form.focus = field;
        form.pick = 0;
    }

    /// Moves the focus by `step` (given the operator as the privacy rule sees them:
    /// only the fields they meet), a picker's highlighted choice taken first.
    fn move_focus(&mut self, cx: &mut Ctx<'_>, step: impl FnOnce(&mut Form, &Viewer)) -> Outcome {
        let accepted = self.accept_pick(cx.lang);
        let viewer = cx.viewer();
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let field = form.focus;
        step(form, &viewer);
        form.pick = 0;
        if accepted {
            self.after_change(field, cx);
            self.load_members(cx.store, cx.lang);
        }
        Outcome::Handled
    }

    fn move_field(&mut self, forward: bool, cx: &mut Ctx<'_>) -> Outcome {
        self.move_focus(cx, |form, viewer| {
            let fields = form.open_fields(viewer);
            let i = fields.iter().position(|f| *f == form.focus).unwrap_or(0);
            if forward {
                if i + 1 < fields.len() {
                    form.focus = fields[i + 1];
                } else if let Some(next) = next_open_section(form.section, true, viewer) {
                    form.section = next;
                    form.focus = form.open_fields(viewer)[0];
                }
            } else if i > 0 {
                form.focus = fields[i - 1];
            } else if let Some(prev) = next_open_section(form.section, false, viewer) {
                form.section = prev;
                let fields = form.open_fields(viewer);
                form.focus = fields[fields.len() - 1];
            }
        })
    }

    fn move_section(&mut self, forward: bool, cx: &mut Ctx<'_>) -> Outcome {
        self.move_focus(cx, |form, viewer| {
            if let Some(next) = next_open_section(form.section, forward, viewer) {
                form.section = next;
            }
            if let Some(first) = form.open_fields(viewer).first() {
                form.focus = *first;
            }
        })
    }

    /// Actions while the form has the focus.
    pub(super) fn handle_form(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match action {
            Action::NextField => self.move_field(true, cx),
            Action::PrevField => self.move_field(false, cx),
            Action::NextSection | Action::PageDown => self.move_section(true, cx),
            Action::PrevSection | Action::PageUp => self.move_section(false, cx),
            Action::Save => self.save(cx),
            Action::Confirm => {
                let Some(form) = self.form.as_ref() else {
                    return Outcome::Ignored;
                };
                match form.focus.kind() {
                    Kind::Multi if !form.query().trim().is_empty() => {
                        let field = form.focus;
                        self.toggle_multi(cx.lang, false);
                        self.after_change(field, cx);
                        Outcome::Handled
                    }
                    Kind::Note => {
                        if let Some(form) = self.form.as_mut()
                            && let Some(notes) = form.inputs.get_mut(&Field::Notes)
                        {
                            notes.paste("\n");
                        }
                        self.after_change(Field::Notes, cx);
                        Outcome::Handled
                    }
                    _ => self.move_field(true, cx),
                }
            }
            Action::ResumeDraft => self.resume_last(cx),
            Action::Duplicates => {
                if self.form.as_ref().is_some_and(|f| !f.dupes.is_empty()) {
                    self.dupe_pick = 0;
                    self.mode = Mode::Dupes;
                }
                Outcome::Handled
            }
            Action::Cancel => {
                if self.form.as_ref().is_some_and(Form::unsaved) {
                    self.mode = Mode::Leave;
                } else {
                    if let Some(form) = self.form.take() {
                        self.delete_draft_of(cx.store, cx.operator, form.draft_target);
                    }
                    self.mode = Mode::Start;
                    self.load_drafts(cx.store, cx.operator);
                }
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    /// Keys typed into the focused field (a picker's arrows move its highlight).
    pub(super) fn handle_form_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let field = form.focus;
        let kind = field.kind();
        match key.code {
            KeyCode::Up if matches!(kind, Kind::Pick | Kind::Multi) => {
                form.pick = form.pick.saturating_sub(1);
                return Outcome::Handled;
            }
            KeyCode::Down if matches!(kind, Kind::Pick | Kind::Multi) => {
                let n = self
                    .form
                    .as_ref()
                    .map(|f| self.options(f, field, lang).len())
                    .unwrap_or(0);
                if let Some(form) = self.form.as_mut() {
                    form.pick = (form.pick + 1).min(n.saturating_sub(1));
                }
                return Outcome::Handled;
            }
            KeyCode::Up | KeyCode::Down if kind != Kind::Note => {
                return self.move_field(key.code == KeyCode::Down, cx);
            }
            KeyCode::Char(' ') if kind == Kind::Check => {
                let on = form.values.flag(field);
                form.values.set(field, if on { "" } else { "1" });
                if field == Field::Consent && on {
                    form.values.set(Field::ConsentAt, "");
                    form.values.set(Field::ConsentBy, "");
                }
                self.after_change(field, cx);
                return Outcome::Handled;
            }
            KeyCode::Char(' ') if kind == Kind::Multi && form.query().is_empty() => {
                self.toggle_multi(lang, false);
                self.after_change(field, cx);
                return Outcome::Handled;
            }
            KeyCode::Char(_) if kind == Kind::Check => return Outcome::Handled,
            KeyCode::Backspace | KeyCode::Delete
                if kind == Kind::Pick && form.query().is_empty() =>
            {
                form.values.set(field, "");
                if field == Field::HouseholdWith {
                    form.members.clear();
                }
                self.after_change(field, cx);
                return Outcome::Handled;
            }
            _ => {}
        }
        let Some(input) = form.inputs.get_mut(&field) else {
            return Outcome::Ignored;
        };
        if let KeyCode::Char(_) = key.code
            && input.char_count() >= field.max_chars()
        {
            return Outcome::Handled;
        }
        let key = if key.modifiers.contains(KeyModifiers::SHIFT)
            && matches!(key.code, KeyCode::Char(_))
        {
            KeyEvent::new(key.code, KeyModifiers::NONE)
        } else {
            key
        };
        let before = input.text();
        input.input_key(key);
        if input.text() != before {
            form.pick = 0;
            self.after_change(field, cx);
        }
        Outcome::Handled
    }

    /// A paste goes into the focused field cleaned, or is refused whole if too long.
    pub(super) fn paste(&mut self, text_in: &str, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let field = form.focus;
        let clean = if field.kind() == Kind::Note {
            text::clean_note(text_in)
        } else {
            text::clean_line(text_in)
        };
        let Some(input) = form.inputs.get_mut(&field) else {
            return Outcome::Ignored;
        };
        if input.char_count() + clean.chars().count() > field.max_chars() {
            return Outcome::Error(tf(
                cx.lang,
                Im::ErrTooLong,
                &[&field.max_chars().to_string()],
            ));
        }
        input.paste(&clean);
        self.after_change(field, cx);
        Outcome::Handled
    }
}

/// The index (in `Section::ALL`) of the next section after `from` (or before it) in
/// which `viewer` has a field to fill, if any.
fn next_open_section(from: usize, forward: bool, viewer: &Viewer) -> Option<usize> {
    let open = |i: &usize| !Section::ALL[*i].fields_for(viewer).is_empty();
    if forward {
        (from + 1..Section::ALL.len()).find(open)
    } else {
        (0..from).rev().find(open)
    }
}
