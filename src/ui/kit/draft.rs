//! Every form keeps a draft: what is typed is written to the database a moment after
//! each change (and when the program ends or hangs up), so a dropped SSH link loses
//! nothing; the next start offers it again. A form holds one [`DraftSlot`] and says
//! when it changed; the screen's `tick` and `on_exit` call [`DraftSlot::keep`].
//!
//! The payload is the form's own serialised state (JSON); a draft that can no longer be
//! read is left in the table and reported, never silently dropped.

use std::time::{Duration, Instant};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::fail::{store_error_text, store_failure};
use crate::domain::records::Draft;
use crate::i18n::kit::KMsg;
use crate::i18n::{t, tf};
use crate::store::{Store, StoreError};
use crate::ui::{Ctx, Outcome};

/// A draft is written this long after the last change, and at the latest after
/// [`MAX_WAIT`] of continuous typing: within a second of each change.
pub const DEBOUNCE: Duration = Duration::from_millis(300);
pub const MAX_WAIT: Duration = Duration::from_millis(800);

/// Where one form's draft goes, and whether it has changed since it was written.
#[derive(Debug, Clone)]
pub struct DraftSlot {
    kind: &'static str,
    target: Option<i64>,
    first_change: Option<Instant>,
    last_change: Option<Instant>,
    dirty: bool,
    failed: bool,
    /// When the draft was last written (the context's clock).
    saved_at: Option<chrono::NaiveDateTime>,
}

impl DraftSlot {
    /// The slot of `kind` ("visit", "ticket", "referral", ...) for `target` (the
    /// record the form is about; one draft per operator, kind and target).
    pub fn new(kind: &'static str, target: Option<i64>) -> DraftSlot {
        DraftSlot {
            kind,
            target,
            first_change: None,
            last_change: None,
            dirty: false,
            failed: false,
            saved_at: None,
        }
    }

    pub fn kind(&self) -> &'static str {
        self.kind
    }

    pub fn target(&self) -> Option<i64> {
        self.target
    }

    /// The form changed: a draft is due soon.
    pub fn changed(&mut self) {
        let now = Instant::now();
        self.dirty = true;
        self.last_change = Some(now);
        self.first_change.get_or_insert(now);
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Nothing to write: the form on screen is as it was read or last kept.
    pub fn settled(&mut self) {
        self.dirty = false;
        self.first_change = None;
    }

    /// When the draft was last written, if it was.
    pub fn saved_at(&self) -> Option<chrono::NaiveDateTime> {
        self.saved_at
    }

    /// The last write failed (the form on screen may be the only copy).
    pub fn failing(&self) -> bool {
        self.failed
    }

    /// Whether the draft should be written now (the typing paused, or went on long).
    pub fn due(&self) -> bool {
        let now = Instant::now();
        self.dirty
            && (self
                .last_change
                .is_none_or(|t| now.duration_since(t) >= DEBOUNCE)
                || self
                    .first_change
                    .is_none_or(|t| now.duration_since(t) >= MAX_WAIT))
    }

    /// Writes `state` as the draft if it changed since the last write. A failure is
    /// said once (and logged), then kept quiet until a write works again; the form
    /// stays on screen either way.
    pub fn keep<T: Serialize>(&mut self, state: &T, cx: &mut Ctx<'_>) -> Outcome {
        if !self.dirty {
            return Outcome::Ignored;
        }
        let payload = match serde_json::to_string(state) {
            Ok(p) => p,
            Err(e) => {
                tracing::error!(target: "kentro::ui", kind = self.kind, error = %e, "draft not serialisable");
                return Outcome::Ignored;
            }
        };
        match cx
            .store
            .save_draft(self.kind, self.target, &payload, &cx.stamp())
        {
            Ok(_) => {
                self.settled();
                self.failed = false;
                self.saved_at = Some(cx.now);
                Outcome::Handled
            }
            Err(e) => {
                let first = !self.failed;
                self.failed = true;
                if matches!(e, StoreError::KeptAside(_)) {
                    // Kept in the fallback file: written, until the next change.
                    self.settled();
                }
                // Logged every time; said on the status line once.
                store_failure(cx.lang, "keep draft", &e);
                if first && matches!(e, StoreError::KeptAside(_)) {
                    // Kept in the fallback file: say so, not that it was lost.
                    Outcome::Error(store_error_text(cx.lang, &e))
                } else if first {
                    Outcome::Error(tf(
                        cx.lang,
                        KMsg::DraftNotKept,
                        &[&store_error_text(cx.lang, &e)],
                    ))
                } else {
                    Outcome::Handled
                }
            }
        }
    }

    /// Like [`keep`](DraftSlot::keep), when [`due`](DraftSlot::due).
    pub fn tick<T: Serialize>(&mut self, state: &T, cx: &mut Ctx<'_>) -> Outcome {
        if self.due() {
            self.keep(state, cx)
        } else {
            Outcome::Ignored
        }
    }

    /// The form was saved or thrown away: its draft goes.
    pub fn discard(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.settled();
        match discard(cx.store, cx.operator, self.kind, self.target) {
            Ok(()) => Outcome::Handled,
            Err(e) => store_failure(cx.lang, "discard draft", &e),
        }
    }
}

/// A form that keeps a draft: what it keeps, whether anything was typed, and its slot.
/// The steps every such form takes (write when due, write now, keep what is typed
/// after a failed save) are written once here.
pub trait Drafted {
    /// The form's state as its draft holds it.
    type State: Serialize;

    fn draft_state(&self) -> Self::State;

    /// Nothing typed: no draft is kept.
    fn is_blank(&self) -> bool;

    fn slot(&mut self) -> &mut DraftSlot;

    /// Writes the draft when due (a moment after the last change).
    fn tick(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let state = self.draft_state();
        self.slot().tick(&state, cx)
    }

    /// Writes the draft now if anything changed (Esc, the program ending).
    fn keep(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        if self.is_blank() {
            return Outcome::Ignored;
        }
        let state = self.draft_state();
        self.slot().keep(&state, cx)
    }

    /// The form was saved, `said` is what the holder says of it; its draft goes. A
    /// draft that cannot be removed would be offered again as unfinished: the operator
    /// hears so, not to save it twice.
    fn saved(&mut self, cx: &mut Ctx<'_>, said: String) -> Outcome {
        match self.slot().discard(cx) {
            Outcome::Error(why) => {
                let stop = if said.ends_with('.') { "" } else { "." };
                let left = tf(cx.lang, KMsg::DraftNotRemoved, &[&why]);
                Outcome::Error(format!("{said}{stop} {left}"))
            }
            _ => Outcome::Status(said),
        }
    }

    /// Saving failed with `e` while `doing` it: the form stays and what is typed is
    /// kept as a draft. The operator hears the save's failure and, when the draft
    /// could not be kept either (the form on screen is then the only copy), that too,
    /// however often it was said before.
    fn save_failed(&mut self, cx: &mut Ctx<'_>, doing: &'static str, e: &StoreError) -> Outcome {
        let slot = self.slot();
        slot.changed();
        slot.failed = false;
        let kept = self.keep(cx);
        match (store_failure(cx.lang, doing, e), kept) {
            (Outcome::Error(save), Outcome::Error(draft)) => {
                Outcome::Error(format!("{save} {draft}"))
            }
            (said, _) => said,
        }
    }
}

/// Deletes the operator's draft of `kind` for `target`, if there is one.
pub fn discard(
    store: &mut Store,
    operator: &str,
    kind: &str,
    target: Option<i64>,
) -> Result<(), StoreError> {
    for d in store.drafts_of(operator)? {
        if d.kind == kind && d.target_id == target {
            store.delete_draft(d.id)?;
        }
    }
    Ok(())
}

/// The operator's drafts of `kind`, newest first, each with its state read back. A
/// draft that cannot be read any more is counted in the second value (and logged).
pub fn drafts_of<T: DeserializeOwned>(
    store: &Store,
    operator: &str,
    kind: &str,
) -> Result<(Vec<(Draft, T)>, usize), StoreError> {
    let mut good = Vec::new();
    let mut unreadable = 0;
    for d in store.drafts_of(operator)? {
        if d.kind != kind {
            continue;
        }
        match serde_json::from_str(&d.payload) {
            Ok(state) => good.push((d, state)),
            Err(e) => {
                tracing::warn!(target: "kentro::ui", kind, id = d.id, error = %e, "unreadable draft kept");
                unreadable += 1;
            }
        }
    }
    Ok((good, unreadable))
}

/// The draft of `kind` for `target`, if the operator has one.
pub fn draft_for<T: DeserializeOwned>(
    store: &Store,
    operator: &str,
    kind: &str,
    target: Option<i64>,
) -> Result<Option<T>, StoreError> {
    let (drafts, _) = drafts_of::<T>(store, operator, kind)?;
    Ok(drafts
        .into_iter()
        .find(|(d, _)| d.target_id == target)
        .map(|(_, state)| state))
}

/// "Kept from last time: …" for the status line at start, naming each draft with
/// `describe`; `None` when there are none.
pub fn offer(lang: crate::i18n::Lang, names: &[String]) -> Option<String> {
    if names.is_empty() {
        return None;
    }
    Some(tf(lang, KMsg::DraftsKept, &[&names.join(", ")]))
}

/// The words for "a draft could not be read".
pub fn unreadable_text(lang: crate::i18n::Lang) -> &'static str {
    t(lang, KMsg::DraftUnreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ui::kit::tests::{ctx_for, store};

    #[test]
    fn a_draft_is_kept_read_back_and_discarded() {
        let (_dir, mut store) = store();
        let mut cx = ctx_for(&mut store, Lang::En);
        let mut slot = DraftSlot::new("visit", Some(7));
        assert_eq!(slot.keep(&"nothing changed", &mut cx), Outcome::Ignored);
        slot.changed();
        assert!(!slot.due() || DEBOUNCE.is_zero());
        assert_eq!(slot.keep(&vec!["a note"], &mut cx), Outcome::Handled);
        assert!(!slot.is_dirty());
        let back: Option<Vec<String>> = draft_for(cx.store, cx.operator, "visit", Some(7)).unwrap();
        assert_eq!(back, Some(vec!["a note".to_string()]));
        assert_eq!(
            draft_for::<Vec<String>>(cx.store, cx.operator, "visit", Some(8)).unwrap(),
            None
        );
        slot.discard(&mut cx);
        assert_eq!(
            draft_for::<Vec<String>>(cx.store, cx.operator, "visit", Some(7)).unwrap(),
            None
        );
    }
}
