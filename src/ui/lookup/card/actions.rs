//! The card's one-key actions beyond moving about: showing identifiers in full, the
//! right-of-access export, case notes, break-glass and erasure, each with its audit row.

use crate::domain::access::Kind;
use crate::i18n::kit::KMsg;
use crate::i18n::lookup::LMsg;
use crate::i18n::{t, tf};
use crate::store::StoreError;
use crate::ui::kit::draft::Drafted;
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::popup::{Answer, Answers, Question};
use crate::ui::{Ctx, Outcome};

use super::{Card, glass};

impl Card {
    pub(super) fn toggle_reveal(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        if !self.can_reveal {
            return Outcome::Error(t(cx.lang, LMsg::NotAllowed).to_string());
        }
        if self.revealed {
            self.revealed = false;
            return Outcome::Status(t(cx.lang, LMsg::Hidden).to_string());
        }
        let p = &self.person;
        let kinds: Vec<&str> = [
            ("amka", p.amka.is_some()),
            ("afm", p.afm.is_some()),
            ("paaypa", p.paaypa.is_some()),
            ("other", p.other_document.is_some()),
        ]
        .into_iter()
        .filter(|(_, present)| *present)
        .map(|(kind, _)| kind)
        .collect();
        let stamp = cx.stamp();
        let id = p.id;
        let written = cx.store.batch(&stamp, |b| {
            for kind in &kinds {
                b.audit("reveal", "person", Some(id), kind)?;
            }
            Ok(())
        });
        match written {
            Ok(()) => {
                self.revealed = true;
                Outcome::Status(t(cx.lang, LMsg::Revealed).to_string())
            }
            // Not recorded, not shown.
            Err(e) => store_failure(cx.lang, "record reveal", &e),
        }
    }

    /// The right of access from the card: everything held about the person, as JSON
    /// and text files in the directory kentro was started in (the operator's own,
    /// owner-only files; an earlier export is kept and the new one numbered).
    pub(super) fn export(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        if !self.viewer.may(Kind::PersonExport) {
            return Outcome::Error(t(cx.lang, LMsg::NotAllowed).to_string());
        }
        let written = crate::cli::gdpr::write_export(
            cx.store,
            &self.viewer,
            self.person.id,
            &self.export_dir,
            crate::fsio::Existing::Number,
            None,
        );
        match written {
            Ok(done) => {
                let shown = |p: &std::path::Path| {
                    p.file_name()
                        .map(|n| n.to_string_lossy().to_string())
                        .unwrap_or_default()
                };
                let mut text = tf(
                    cx.lang,
                    LMsg::Exported,
                    &[&shown(&done.json), &shown(&done.text)],
                );
                if done.withheld > 0 {
                    text.push(' ');
                    text.push_str(&tf(
                        cx.lang,
                        LMsg::ExportWithheld,
                        &[&done.withheld.to_string()],
                    ));
                }
                Outcome::Status(text)
            }
            Err(e) => {
                tracing::error!(target: "kentro::ui", "export of a person failed: {e}");
                Outcome::Error(tf(cx.lang, KMsg::ErrNotAllowed, &[&e.render(cx.lang)]))
            }
        }
    }

    /// Writes the case note being typed (the form stays, marked, when it is not right).
    pub(super) fn save_note(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = self.note.as_mut() else {
            return Outcome::Ignored;
        };
        let new = match form.note(self.person.id, cx.today(), &self.visits) {
            Ok(new) => new,
            Err(why) => {
                form.error = Some(why);
                return Outcome::Handled;
            }
        };
        match cx.store.add_case_note(&new, &cx.stamp()) {
            Ok(_) => {}
            Err(StoreError::NotAllowed(_) | StoreError::NotFound { .. }) => {
                form.error = Some(LMsg::NoteBadCorrects);
                return Outcome::Handled;
            }
            // Nothing lost: the form stays, and is kept as a draft.
            Err(e) => return form.save_failed(cx, "save case note", &e),
        }
        let said = form.saved(cx, t(cx.lang, LMsg::NoteSaved).to_string());
        self.note = None;
        if let Err(e) = self.reload(cx.store, cx.now.date()) {
            return store_failure(cx.lang, "reload card", &e);
        }
        said
    }

    /// Asks an administrator why they open other organisations' records (those the
    /// privacy rule seals for them); nobody else has anything to open.
    pub(super) fn ask_glass(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let (notes, details) = (self.private.sealed_notes, self.private.sealed_details());
        if notes + details == 0 {
            return Outcome::Status(t(cx.lang, LMsg::GlassNothing).to_string());
        }
        self.glass = Some(glass::GlassForm::new(notes, details));
        Outcome::Handled
    }

    /// Records the reason, then shows what it opens; with no reason the question stays.
    pub(super) fn break_glass(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = self.glass.as_mut() else {
            return Outcome::Ignored;
        };
        let Some(reason) = form.reason() else {
            return Outcome::Handled;
        };
        if let Err(e) = cx.store.break_glass(self.person.id, &reason, &cx.stamp()) {
            return store_failure(cx.lang, "record break-glass", &e);
        }
        self.glass = None;
        self.private.opened = true;
        if let Err(e) = self.reload(cx.store, cx.now.date()) {
            return store_failure(cx.lang, "reload card", &e);
        }
        Outcome::Status(t(cx.lang, LMsg::GlassOpened).to_string())
    }

    pub(super) fn ask_erase(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        if !self.viewer.may(Kind::Erasure) {
            return Outcome::Error(t(cx.lang, LMsg::NotAllowed).to_string());
        }
        match cx.store.is_erased(self.person.id) {
            Ok(false) => {}
            Ok(true) => return Outcome::Error(t(cx.lang, LMsg::AlreadyErased).to_string()),
            Err(e) => return store_failure(cx.lang, "read person", &e),
        }
        let id = self.person.id;
        self.question = Some(Question::new(Answers::YesNo, move |lang| {
            (
                tf(lang, LMsg::AskErase, &[&id.to_string()]),
                t(lang, KMsg::QuestionYesNo).to_string(),
            )
        }));
        Outcome::Handled
    }

    pub(super) fn answered(&mut self, answer: Answer, cx: &mut Ctx<'_>) -> Outcome {
        self.question = None;
        if answer != Answer::Yes {
            return Outcome::Handled;
        }
        let id = self.person.id;
        if let Err(e) = cx.store.erase_person(id, &cx.stamp()) {
            return store_failure(cx.lang, "erase person", &e);
        }
        self.revealed = false;
        if let Err(e) = self.reload(cx.store, cx.now.date()) {
            return store_failure(cx.lang, "reload card", &e);
        }
        Outcome::Status(tf(cx.lang, LMsg::Erased, &[&id.to_string()]))
    }
}
