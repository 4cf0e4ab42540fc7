//! Drafts: the form in progress written to the database a moment after each change,
//! so that nothing typed is lost to a crash, a hang-up or a colleague needing the
//! desk. Also the start page's list of the operator's unfinished forms, and putting a
//! form aside (F3, Ctrl-R) to take up another.

use crate::ui::kit::fail::store_error_text;
use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::form::Form;
use super::{IntakeScreen, Mode};
use crate::action::Action;
use crate::domain::intake::{Entry, Field};
use crate::domain::text;
use crate::i18n::intake::Im;
use crate::i18n::{Lang, t, tf};
use crate::store::Store;
use crate::ui::{Ctx, Outcome};

/// The draft kind this screen writes (written when the kit's `DraftSlot` says it is
/// due: within a second of each change).
pub const DRAFT_KIND: &str = "intake";

/// What the draft holds: enough to put the form back exactly.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub(super) struct DraftData {
    /// The person edited, or none for a new person.
    pub(super) target: Option<i64>,
    pub(super) version: i64,
    pub(super) entry: BTreeMap<String, String>,
    pub(super) base: BTreeMap<String, String>,
    pub(super) section: usize,
    pub(super) focus: String,
    #[serde(default)]
    pub(super) distinct: Vec<i64>,
}

/// A draft as the start page lists it.
#[derive(Debug, Clone)]
pub(super) struct DraftRow {
    pub(super) id: i64,
    /// The draft row's target: the person edited, or a negative form number.
    pub(super) target_id: Option<i64>,
    pub(super) name: String,
    pub(super) editing: bool,
    pub(super) updated_at: NaiveDateTime,
    pub(super) data: DraftData,
}

/// A draft as the status line and the form's footer name it.
pub(super) fn draft_name(d: &DraftRow, lang: Lang) -> String {
    if d.name.is_empty() {
        t(lang, Im::DraftUnnamed).to_string()
    } else {
        d.name.clone()
    }
}

impl IntakeScreen {
    /// Writes the draft now if anything changed since the last write.
    /// Keeps the form on screen as a draft before another takes its place. `Err` with
    /// what to say when it could be kept nowhere (not in the database, not aside):
    /// the form then stays, so nothing typed is lost.
    pub(super) fn put_form_away(&mut self, cx: &mut Ctx<'_>) -> Result<(), Outcome> {
        let outcome = self.flush_draft(cx);
        if self.form.as_ref().is_some_and(|f| f.slot.is_dirty()) {
            return Err(outcome);
        }
        Ok(())
    }

    pub fn flush_draft(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        if !form.slot.is_dirty() {
            return Outcome::Ignored;
        }
        if form.entry().is_blank() && form.target.is_none() {
            // Nothing typed: no draft.
            form.slot.settled();
            return Outcome::Ignored;
        }
        let state = form.draft();
        form.slot.keep(&state, cx)
    }

    /// Removes the operator's drafts of `target` (a saved or discarded form). A failure
    /// is kept for the start page to say (the draft is then still offered).
    pub(super) fn delete_draft_of(&mut self, store: &mut Store, operator: &str, target: i64) {
        let removed = store.drafts_of(operator).and_then(|drafts| {
            drafts
                .into_iter()
                .filter(|d| d.kind == DRAFT_KIND && d.target_id == Some(target))
                .try_for_each(|d| store.delete_draft(d.id))
        });
        match removed {
            Ok(()) => self.draft_removal_error = None,
            Err(e) => {
                tracing::warn!(error = %e, "intake draft not removed");
                self.draft_removal_error = Some(e);
            }
        }
    }

    /// Reads the operator's intake drafts (unreadable payloads are skipped and logged).
    pub(super) fn load_drafts(&mut self, store: &Store, operator: &str) {
        let stored = match store.drafts_of(operator) {
            Ok(stored) => {
                self.drafts_error = None;
                stored
            }
            Err(e) => {
                tracing::warn!(error = %e, "intake drafts not read");
                self.drafts_error = Some(e);
                Vec::new()
            }
        };
        self.drafts = stored
            .into_iter()
            .filter(|d| d.kind == DRAFT_KIND)
            .filter_map(|d| {
                // A payload this program cannot read (another version's, or damaged)
                // is left in the database untouched and said in the log, by id only.
                let data: DraftData = match serde_json::from_str(&d.payload) {
                    Ok(data) => data,
                    Err(e) => {
                        tracing::warn!(draft = d.id, error = %e, "intake draft not readable");
                        return None;
                    }
                };
                let entry = Entry::from_map(&data.entry);
                let name = format!(
                    "{} {}",
                    text::clean_line(entry.get(Field::Surname)),
                    text::clean_line(entry.get(Field::GivenName))
                )
                .trim()
                .to_string();
                Some(DraftRow {
                    id: d.id,
                    target_id: d.target_id,
                    name,
                    editing: data.target.is_some(),
                    updated_at: d.updated_at,
                    data,
                })
            })
            .collect();
        self.draft_pick = self.draft_pick.min(self.drafts.len().saturating_sub(1));
    }

    /// The operator's drafts other than the form on screen, newest first.
    pub(super) fn other_drafts(&self) -> impl Iterator<Item = &DraftRow> {
        let own = self.form.as_ref().map(|f| f.draft_target);
        self.drafts
            .iter()
            .filter(move |d| own.is_none() || d.target_id != own)
    }

    /// Writes the form on screen as a draft when it holds anything unsaved (so that it
    /// can be put aside); an error means it could not be written and must stay.
    fn keep_aside(&mut self, cx: &mut Ctx<'_>) -> Result<(), String> {
        let Some(form) = self.form.as_mut() else {
            return Ok(());
        };
        if !form.unsaved() || (form.target.is_none() && form.entry().is_blank()) {
            if form.target.is_none() {
                // Nothing typed: no draft either.
                let target = form.draft_target;
                self.delete_draft_of(cx.store, cx.operator, target);
            }
            return Ok(());
        }
        form.slot.changed();
        match self.flush_draft(cx) {
            Outcome::Error(e) => Err(e),
            _ => Ok(()),
        }
    }

    /// F3: a blank form for a new person; a form in progress is kept as a draft and
    /// offered on Ctrl-R.
    pub(super) fn fresh_form(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let blank_new = matches!(self.mode, Mode::Form)
            && self
                .form
                .as_ref()
                .is_some_and(|f| f.target.is_none() && f.entry().is_blank());
        if !blank_new {
            if let Err(e) = self.keep_aside(cx) {
                self.mode = Mode::Form;
                return Outcome::Error(e);
            }
            self.new_form();
        }
        self.load_drafts(cx.store, cx.operator);
        self.drafts_offer(cx.lang)
    }

    /// The status line's offer of the operator's drafts, if there are any.
    pub(super) fn drafts_offer(&self, lang: Lang) -> Outcome {
        let others: Vec<&DraftRow> = self.other_drafts().collect();
        match others.first() {
            None => Outcome::Handled,
            Some(first) => Outcome::Status(tf(
                lang,
                Im::DraftsOffer,
                &[&others.len().to_string(), &draft_name(first, lang)],
            )),
        }
    }

    /// Ctrl-R: the form on screen becomes a draft and the operator's last other draft
    /// comes back (with several, the list of drafts opens on the newest).
    pub(super) fn resume_last(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.load_drafts(cx.store, cx.operator);
        let others: Vec<i64> = self.other_drafts().map(|d| d.id).collect();
        let Some(newest) = others.first().copied() else {
            return Outcome::Status(t(cx.lang, Im::DraftsNone).to_string());
        };
        if let Err(e) = self.keep_aside(cx) {
            return Outcome::Error(e);
        }
        self.load_drafts(cx.store, cx.operator);
        let index = self.drafts.iter().position(|d| d.id == newest);
        match index {
            Some(i) if others.len() == 1 => self.resume(i, cx),
            Some(i) => {
                self.form = None;
                self.draft_pick = i;
                self.mode = Mode::Start;
                Outcome::Handled
            }
            None => Outcome::Handled,
        }
    }

    /// Puts the draft at `index` back on screen as it was left.
    pub(super) fn resume(&mut self, index: usize, cx: &mut Ctx<'_>) -> Outcome {
        let Some(row) = self.drafts.get(index).cloned() else {
            return Outcome::Ignored;
        };
        // The draft row's target as listed: read again, a failed read made an edit's
        // draft come back as a new person.
        let mut form = Form::from_draft(&row.data, row.target_id);
        // An edit's draft: the identifiers as the operator may see them, the stored
        // ones kept aside again (a draft never holds them for a role that may not).
        if let Some(id) = form.target {
            match cx.store.person(id) {
                Ok(Some(stored)) => form.hide_unreadable(&stored, &cx.viewer()),
                Ok(None) => {}
                Err(e) => return crate::ui::kit::fail::store_failure(cx.lang, "read person", &e),
            }
        }
        self.show_form(form, cx)
    }

    /// The start page's keys: take up, discard (pressed twice) or start a form.
    pub(super) fn handle_start(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match action {
            Action::NewRecord => {
                self.new_form();
                Outcome::Handled
            }
            Action::Confirm => self.resume(self.draft_pick, cx),
            Action::Up => {
                self.discard_armed = false;
                self.draft_pick = self.draft_pick.saturating_sub(1);
                Outcome::Handled
            }
            Action::Down => {
                self.discard_armed = false;
                self.draft_pick = (self.draft_pick + 1).min(self.drafts.len().saturating_sub(1));
                Outcome::Handled
            }
            Action::Discard => {
                let Some(row) = self.drafts.get(self.draft_pick) else {
                    return Outcome::Handled;
                };
                if !self.discard_armed {
                    self.discard_armed = true;
                    return Outcome::Status(t(cx.lang, Im::DiscardAgain).to_string());
                }
                self.discard_armed = false;
                let id = row.id;
                if let Err(e) = cx.store.delete_draft(id) {
                    return Outcome::Error(tf(
                        cx.lang,
                        Im::DbError,
                        &[&store_error_text(cx.lang, &e)],
                    ));
                }
                self.load_drafts(cx.store, cx.operator);
                Outcome::Status(t(cx.lang, Im::Discarded).to_string())
            }
            _ => Outcome::Ignored,
        }
    }
}
