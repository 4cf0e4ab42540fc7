//! One form in progress: typed fields live in the kit's text fields, picked values and
//! ticks in an `Entry`; together they make the `Entry` the domain checks. Also what "unsaved"
//! means and which problem to show beside a field while it is being typed.

use std::collections::BTreeMap;

use super::drafts::{DRAFT_KIND, DraftData};
use crate::domain::access::{Scope, Viewer, access};
use crate::domain::dates::DateError;
use crate::domain::ids::IdError;
use crate::domain::intake::{Checked, Entry, Field, Issue, Kind, Problem, Section};
use crate::domain::person::Person;
use crate::search::duplicates::Candidate;
use crate::ui::kit::draft::DraftSlot;
use crate::ui::kit::field::TextField;

/// One form in progress.
pub(super) struct Form {
    /// The person edited (None: a new one).
    pub(super) target: Option<i64>,
    /// The version read, for the optimistic check on save.
    pub(super) version: i64,
    /// The record as read (edits) or empty: what "unsaved" and the merge compare with.
    pub(super) base: Entry,
    /// Picker codes, ticks and kept values; text fields live in `inputs`.
    pub(super) values: Entry,
    pub(super) inputs: BTreeMap<Field, TextField>,
    pub(super) section: usize,
    pub(super) focus: Field,
    /// The highlighted row of the focused picker's list.
    pub(super) pick: usize,
    /// Issues of the form as it is now (recomputed after each change).
    pub(super) checked: Checked,
    /// Saving was tried: "required" errors show from now on.
    pub(super) tried: bool,
    pub(super) dupes: Vec<Candidate>,
    /// The duplicate check (or the household search) failed: shown in the panel in
    /// place of the list, never as "nobody found".
    pub(super) check_failed: Option<String>,
    /// The failure is still to be said on the status line.
    pub(super) failure_unsaid: bool,
    /// People judged "not the same person" in this form.
    pub(super) distinct: Vec<i64>,
    /// For the household picker: people found by what was typed.
    pub(super) household_hits: Vec<Person>,
    /// The chosen household's members (or the edited person's).
    pub(super) members: Vec<Person>,
    /// The draft row's target id: the person for edits, a negative form number for new.
    pub(super) draft_target: i64,
    /// Where the form's draft goes (kind `intake`, the draft row's target), and
    /// whether it changed since it was written.
    pub(super) slot: DraftSlot,
    /// The date of birth and gender were filled in from the AMKA.
    pub(super) from_amka: bool,
    /// Registered from this queue ticket: linked to the new person on save.
    pub(super) link_ticket: Option<i64>,
    /// The stored identifiers the operator may not read in full (see
    /// [`Form::hide_identifiers`]), put back on save when left empty.
    pub(super) kept: Vec<(Field, String)>,
}

/// The field for `field` holding `value`: the notes take several lines, every other
/// typed field one.
fn text_field(field: Field, value: &str) -> TextField {
    if field.kind() == Kind::Note {
        TextField::multiline(value)
    } else {
        TextField::with_text(value)
    }
}

/// Is this field typed into (its text is its value)?
pub(super) fn typed(field: Field) -> bool {
    matches!(
        field.kind(),
        Kind::Line { .. } | Kind::Note | Kind::Date | Kind::Id
    )
}

fn form_number() -> i64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_micros() as i64)
        .unwrap_or(1);
    -(nanos.max(1))
}

impl Form {
    pub(super) fn new(target: Option<i64>, version: i64, base: Entry, entry: &Entry) -> Form {
        let mut inputs = BTreeMap::new();
        for field in Field::ALL {
            match field.kind() {
                Kind::Hidden | Kind::Check => {}
                _ if typed(*field) => {
                    inputs.insert(*field, text_field(*field, entry.get(*field)));
                }
                _ => {
                    inputs.insert(*field, TextField::new());
                }
            }
        }
        let mut values = Entry::default();
        for field in Field::ALL {
            if !typed(*field) {
                values.set(*field, entry.get(*field));
            }
        }
        let draft_target = target.unwrap_or_else(form_number);
        Form {
            target,
            version,
            base,
            values,
            inputs,
            section: 0,
            focus: Field::Surname,
            pick: 0,
            checked: Checked {
                person: Person::default(),
                issues: Vec::new(),
            },
            tried: false,
            dupes: Vec::new(),
            check_failed: None,
            failure_unsaid: false,
            distinct: Vec::new(),
            household_hits: Vec::new(),
            members: Vec::new(),
            draft_target,
            slot: DraftSlot::new(DRAFT_KIND, Some(draft_target)),
            from_amka: false,
            link_ticket: None,
            kept: Vec::new(),
        }
    }

    /// What of `stored` the privacy rule keeps from `viewer` on an edit form: the
    /// identifiers unless the rule shows them without asking (no role today: a
    /// receptionist never reads them, the others only on the card's audited request),
    /// and the fields the role does not meet at all ([`Field::open_to`]: vulnerability
    /// and the record's notes for a receptionist). Those start empty with the stored
    /// values kept aside; typing an identifier replaces it, and whatever is left empty
    /// keeps what is stored ([`Form::restore_kept`]).
    pub(super) fn hide_unreadable(&mut self, stored: &Person, viewer: &Viewer) {
        self.kept.clear();
        let stored = Entry::from_person(stored);
        for field in [
            Field::Amka,
            Field::Afm,
            Field::Paaypa,
            Field::OtherDocument,
            Field::Vulnerabilities,
            Field::Notes,
        ] {
            if access(viewer, field.privacy_kind(), Scope::Centre).shown() {
                continue;
            }
            let value = stored.get(field).to_string();
            if value.is_empty() {
                continue;
            }
            if self.base.get(field) == value {
                self.base.set(field, String::new());
            }
            if typed(field) {
                if self.input_text(field) == value {
                    self.set_text(field, "");
                }
            } else if self.values.get(field) == value {
                self.values.set(field, String::new());
            }
            self.kept.push((field, value));
        }
    }

    /// Puts what was kept aside back into `person` where the operator typed nothing
    /// in its place.
    pub(super) fn restore_kept(&self, person: &mut Person) {
        for (field, value) in &self.kept {
            let slot = match field {
                Field::Amka => &mut person.amka,
                Field::Afm => &mut person.afm,
                Field::Paaypa => &mut person.paaypa,
                Field::OtherDocument => &mut person.other_document,
                Field::Vulnerabilities => {
                    if person.vulnerabilities.is_empty() {
                        person.vulnerabilities = value
                            .split(',')
                            .filter_map(crate::domain::codes::Vulnerability::from_code)
                            .collect();
                    }
                    continue;
                }
                Field::Notes => {
                    if person.notes.trim().is_empty() {
                        person.notes = value.clone();
                    }
                    continue;
                }
                _ => continue,
            };
            if slot.as_deref().is_none_or(str::is_empty) {
                *slot = Some(value.clone());
            }
        }
    }

    /// The fields of the form's section that `viewer` meets.
    pub(super) fn open_fields(&self, viewer: &Viewer) -> Vec<Field> {
        self.section().fields_for(viewer)
    }

    /// The stored identifier kept aside for `field`, if any.
    pub(super) fn kept_value(&self, field: Field) -> Option<&str> {
        self.kept
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v.as_str())
    }

    pub(super) fn input_text(&self, field: Field) -> String {
        self.inputs
            .get(&field)
            .map(TextField::text)
            .unwrap_or_default()
    }

    /// The form's values as the domain checks them.
    pub(super) fn entry(&self) -> Entry {
        let mut e = self.values.clone();
        for field in Field::ALL {
            if typed(*field) {
                e.set(*field, self.input_text(*field));
            }
        }
        e
    }

    pub(super) fn unsaved(&self) -> bool {
        self.entry() != self.base
    }

    pub(super) fn set_text(&mut self, field: Field, value: &str) {
        self.inputs.insert(field, text_field(field, value));
    }

    pub(super) fn query(&self) -> String {
        self.input_text(self.focus)
    }

    pub(super) fn section(&self) -> Section {
        Section::ALL[self.section.min(Section::ALL.len() - 1)]
    }

    pub(super) fn draft(&self) -> DraftData {
        DraftData {
            target: self.target,
            version: self.version,
            entry: self.entry().to_map(),
            base: self.base.to_map(),
            section: self.section,
            focus: self.focus.name().to_string(),
            distinct: self.distinct.clone(),
        }
    }

    pub(super) fn from_draft(data: &DraftData, draft_target: Option<i64>) -> Form {
        let entry = Entry::from_map(&data.entry);
        let mut form = Form::new(
            data.target,
            data.version,
            Entry::from_map(&data.base),
            &entry,
        );
        form.section = data.section.min(Section::ALL.len() - 1);
        form.focus = Field::from_name(&data.focus)
            .filter(|f| Section::of(*f) == form.section())
            .unwrap_or(form.section().fields()[0]);
        form.distinct = data.distinct.clone();
        if let Some(t) = draft_target {
            form.draft_target = t;
            form.slot = DraftSlot::new(DRAFT_KIND, Some(t));
        }
        form
    }

    pub(super) fn mark_changed(&mut self) {
        self.slot.changed();
    }

    /// Issues to show beside `field` now.
    pub(super) fn shown_issue(&self, field: Field) -> Option<&Issue> {
        let issue = self
            .checked
            .issues
            .iter()
            .filter(|i| i.field == field && i.problem != Problem::NeedsConsent)
            .max_by_key(|i| i.severity)
            .or_else(|| self.checked.issue_of(field))?;
        match issue.problem {
            Problem::Missing | Problem::NeedsConsent if !self.tried => None,
            // Still being typed: do not nag about length or shape.
            Problem::Id(IdError::Length) | Problem::Date(DateError::Format)
                if field == self.focus && !self.tried =>
            {
                None
            }
            _ => Some(issue),
        }
    }
}
