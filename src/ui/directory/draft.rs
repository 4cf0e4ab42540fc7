//! The directory's forms keep a draft: what is typed into a service's or an
//! organisation's form is written a moment after each change and when the program
//! ends, named at the next start, and put back when the operator opens the same
//! entry's form again (`e` on it, or `n` for a new one). One draft per operator and
//! entry: a new service, a new organisation, or the entry edited (kinds
//! `directory-service` and `directory-organisation`, the entry's id as the target), so
//! two half-done edits never overwrite each other. The draft carries the version the
//! form read, so a draft of an edit that another desk overtook is refused on save,
//! never written over their change. Drafts kept by earlier versions, one per operator
//! (kind `directory`), are moved to their entry's place when first met.

use serde::{Deserialize, Serialize};

use super::{DirectoryScreen, Editing};
use crate::i18n::directory::DMsg;
use crate::i18n::{t, tf};
use crate::store::{Store, StoreError};
use crate::ui::kit::draft::{DraftSlot, draft_for, drafts_of, unreadable_text};
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::form::Fields;
use crate::ui::{Ctx, Outcome};

/// The draft kinds of the service and the organisation forms.
pub(super) const SERVICE_KIND: &str = "directory-service";
pub(super) const ORGANISATION_KIND: &str = "directory-organisation";
/// The one draft per operator that earlier versions kept.
const OLD_KIND: &str = "directory";

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

    /// Where the draft is kept: its kind and target (none for a new entry).
    fn place(&self) -> (&'static str, Option<i64>) {
        let kind = if self.entry == "service" {
            SERVICE_KIND
        } else {
            ORGANISATION_KIND
        };
        (kind, (self.id != 0).then_some(self.id))
    }
}

/// The open form's draft slot (made for the entry when its form opens).
#[derive(Debug, Clone)]
pub(super) struct Kept(pub(super) DraftSlot);

impl Default for Kept {
    fn default() -> Self {
        Kept(DraftSlot::new(SERVICE_KIND, None))
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

/// Moves the operator's draft kept the earlier way (one per operator) to its entry's
/// place, unless that entry has a newer draft of its own.
fn move_old_draft(store: &mut Store, operator: &str) -> Result<(), StoreError> {
    let (old, _) = drafts_of::<DirectoryDraft>(store, operator, OLD_KIND)?;
    for (row, draft) in old {
        let (kind, target) = draft.place();
        if draft_for::<DirectoryDraft>(store, operator, kind, target)?.is_none() {
            let stamp = crate::store::Stamp {
                at: row.updated_at,
                operator: operator.to_string(),
            };
            store.save_draft(kind, target, &row.payload, &stamp)?;
        }
        store.delete_draft(row.id)?;
    }
    Ok(())
}

impl DirectoryScreen {
    /// Opens `editing` over the list, with the operator's draft of the same entry put
    /// back if one was kept.
    pub(super) fn open_form(&mut self, mut editing: Editing, cx: &mut Ctx<'_>) -> Outcome {
        let (kind, target) = editing.to_draft().place();
        self.draft = Kept(DraftSlot::new(kind, target));
        let found = move_old_draft(cx.store, cx.operator)
            .and_then(|()| draft_for::<DirectoryDraft>(cx.store, cx.operator, kind, target));
        let said = match found {
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

    /// The drafts left last time, named on the status line.
    pub(super) fn offer_draft(&self, cx: &mut Ctx<'_>) -> Outcome {
        let mut names = Vec::new();
        let mut unreadable = 0;
        let read = move_old_draft(cx.store, cx.operator).and_then(|()| {
            for kind in [SERVICE_KIND, ORGANISATION_KIND] {
                let (drafts, bad) = drafts_of::<DirectoryDraft>(cx.store, cx.operator, kind)?;
                names.extend(drafts.iter().map(|(_, d)| d.name()));
                unreadable += bad;
            }
            Ok(())
        });
        if let Err(e) = read {
            return store_failure(cx.lang, "read directory drafts", &e);
        }
        let mut said = match names.len() {
            0 => String::new(),
            1 => tf(cx.lang, DMsg::DraftOffer, &[&names[0]]),
            _ => tf(cx.lang, DMsg::DraftsOffer, &[&names.join(", ")]),
        };
        if unreadable > 0 {
            if !said.is_empty() {
                said.push_str("; ");
            }
            said.push_str(unreadable_text(cx.lang));
        }
        if said.is_empty() {
            Outcome::Ignored
        } else {
            Outcome::Status(said)
        }
    }
}
