//! The directory's forms keep a draft: what is typed into a service's or an
//! organisation's form is written a moment after each change and when the program
//! ends, named at the next start, and put back when the operator opens the same
//! entry's form again (`e` on it, or `n` for a new one). One draft per operator: the
//! form open last. The draft carries the version the form read, so a draft of an edit
//! that another desk overtook is refused on save, never written over their change.

use serde::{Deserialize, Serialize};

use super::{DirectoryScreen, Editing};
use crate::i18n::directory::DMsg;
use crate::i18n::{t, tf};
use crate::ui::kit::draft::{DraftSlot, draft_for};
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::form::Fields;
use crate::ui::{Ctx, Outcome};

/// The draft kind of the directory's forms (one per operator).
pub(super) const DRAFT_KIND: &str = "directory";

/// What a directory form's draft holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct DirectoryDraft {
    /// "service" or "organisation".
    entry: String,
    /// The entry edited (0: a new one) and the version its form read.
    id: i64,
    version: i64,
    /// Each field's text, in the form's order.
    values: Vec<String>,
}

impl DirectoryDraft {
    /// The entry's name as the draft has it, to name the draft at the next start.
    fn name(&self) -> String {
        // A service's Greek name is its second field, an organisation's name its first.
        let at = if self.entry == "service" { 1 } else { 0 };
        self.values.get(at).cloned().unwrap_or_default()
    }
}

/// The screen's draft slot (a slot is made for the one kind).
#[derive(Debug, Clone)]
pub(super) struct Kept(pub(super) DraftSlot);

impl Default for Kept {
    fn default() -> Self {
        Kept(DraftSlot::new(DRAFT_KIND, None))
    }
}

impl Editing {
    pub(super) fn form(&self) -> &Fields {
        match self {
            Editing::Service(f) => &f.form,
            Editing::Organisation(f) => &f.form,
        }
    }

    pub(super) fn form_mut(&mut self) -> &mut Fields {
        match self {
            Editing::Service(f) => &mut f.form,
            Editing::Organisation(f) => &mut f.form,
        }
    }

    fn key(&self) -> (&'static str, i64, i64) {
        match self {
            Editing::Service(f) => ("service", f.base.id, f.base.version),
            Editing::Organisation(f) => ("organisation", f.base.id, f.base.version),
        }
    }

    pub(super) fn to_draft(&self) -> DirectoryDraft {
        let (entry, id, version) = self.key();
        DirectoryDraft {
            entry: entry.to_string(),
            id,
            version,
            values: self.form().texts(),
        }
    }

    /// Puts `draft` back if it is this entry's; the form then carries the version
    /// the draft's form read.
    fn put_back(&mut self, draft: &DirectoryDraft) -> bool {
        let (entry, id, _) = self.key();
        if draft.entry != entry || draft.id != id {
            return false;
        }
        match self {
            Editing::Service(f) => f.base.version = draft.version,
            Editing::Organisation(f) => f.base.version = draft.version,
        }
        self.form_mut().set_texts(&draft.values);
        true
    }
}

impl DirectoryScreen {
    /// Opens `editing` over the list, with the operator's draft of the same entry put
    /// back if one was kept.
    pub(super) fn open_form(&mut self, mut editing: Editing, cx: &mut Ctx<'_>) -> Outcome {
        let said = match draft_for::<DirectoryDraft>(cx.store, cx.operator, DRAFT_KIND, None) {
            Ok(Some(d)) if editing.put_back(&d) => {
                Outcome::Status(t(cx.lang, DMsg::DraftResumed).to_string())
            }
            Ok(_) => Outcome::Handled,
            // Said; the form opens as read all the same.
            Err(e) => store_failure(cx.lang, "read directory draft", &e),
        };
        self.editing = Some(editing);
        said
    }

    /// The form was saved or cancelled: its draft goes.
    pub(super) fn drop_draft(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.draft.0.discard(cx)
    }

    pub(super) fn tick_draft(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match &self.editing {
            Some(editing) => self.draft.0.tick(&editing.to_draft(), cx),
            None => Outcome::Ignored,
        }
    }

    pub(super) fn keep_draft(&mut self, cx: &mut Ctx<'_>) {
        if let Some(editing) = &self.editing {
            self.draft.0.keep(&editing.to_draft(), cx);
        }
    }

    /// The draft left last time, named on the status line.
    pub(super) fn offer_draft(&self, cx: &mut Ctx<'_>) -> Outcome {
        match draft_for::<DirectoryDraft>(cx.store, cx.operator, DRAFT_KIND, None) {
            Ok(Some(d)) => Outcome::Status(tf(cx.lang, DMsg::DraftOffer, &[&d.name()])),
            Ok(None) => Outcome::Ignored,
            Err(e) => store_failure(cx.lang, "read directory draft", &e),
        }
    }
}
