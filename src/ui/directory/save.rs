//! The forms' keys and saving: a wrong field is marked and the form stays; a save
//! another desk overtook is refused (the form stays, Esc reloads); a database that
//! cannot be written says so and the form stays with what was typed.

use super::{Browse, DirectoryScreen, Editing};
use crate::action::Action;
use crate::i18n::directory::DMsg;
use crate::i18n::{Lang, t, tf};
use crate::store::StoreError;
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::kit::form::Words;
use crate::ui::{Ctx, Outcome};

impl DirectoryScreen {
    pub(super) fn form_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Some(editing) = &mut self.editing else {
            return Outcome::Ignored;
        };
        let form = match editing {
            Editing::Service(f) => &mut f.form,
            Editing::Organisation(f) => &mut f.form,
        };
        match action {
            Action::NextField | Action::Down | Action::Confirm => form.next(),
            Action::PrevField | Action::Up => form.prev(),
            Action::Save => return self.save(cx),
            Action::Cancel => {
                // Esc throws the change away, and its draft with it.
                self.editing = None;
                let dropped = self.drop_draft(cx);
                if let Err(e) = self.reload(cx) {
                    return store_failure(cx.lang, "directory", &e);
                }
                if let Outcome::Error(text) = dropped {
                    return Outcome::Error(text);
                }
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn save(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let stamp = cx.stamp();
        let lang = cx.lang;
        let Some(editing) = &mut self.editing else {
            return Outcome::Ignored;
        };
        // What to find again once saved, and the name to say.
        let (result, key, name) = match editing {
            Editing::Service(f) => match f.to_service() {
                Err((field, text)) => {
                    f.form.fail(field, text);
                    return Outcome::Handled;
                }
                Ok(service) => {
                    let result = if service.id == 0 {
                        cx.store.insert_service(&service, &stamp)
                    } else {
                        let id = service.id;
                        cx.store.update_service(&service, &stamp).map(|_| id)
                    };
                    (result, Browse::Services, service.name_el)
                }
            },
            Editing::Organisation(f) => match f.to_organisation() {
                Err((field, text)) => {
                    f.form.fail(field, text);
                    return Outcome::Handled;
                }
                Ok(org) => (
                    cx.store.save_organisation(&org, &stamp),
                    Browse::Organisations,
                    org.name,
                ),
            },
        };
        let form = match editing {
            Editing::Service(f) => &mut f.form,
            Editing::Organisation(f) => &mut f.form,
        };
        match result {
            Ok(id) => {
                self.editing = None;
                let dropped = self.drop_draft(cx);
                let reloaded = self.reload(cx);
                // Saved from the list (not from a card): what was just saved is shown
                // and selected, never hidden by the search or the category.
                if self.card.is_none() {
                    self.browse = key;
                    self.apply();
                    if !self.shows(key, id) {
                        self.query.clear();
                        self.category = None;
                        self.apply();
                    }
                    self.select_key((key, id));
                }
                match (reloaded, dropped) {
                    (Err(e), _) => store_failure(lang, "directory", &e),
                    (Ok(()), Outcome::Error(text)) => Outcome::Error(text),
                    (Ok(()), _) => Outcome::Status(tf(lang, DMsg::Saved, &[&name])),
                }
            }
            Err(StoreError::Conflict { .. }) => {
                let focus = form.focus();
                form.fail(focus, Words::of(DMsg::Conflict));
                Outcome::Error(t(lang, DMsg::Conflict).to_string())
            }
            Err(StoreError::Duplicate { .. }) => {
                form.fail(0, Words::of(DMsg::DupCode));
                Outcome::Handled
            }
            Err(e) => {
                let focus = form.focus();
                let said = |l: Lang| store_error_text(l, &e);
                form.fail(focus, Words::both(said(Lang::El), said(Lang::En)));
                store_failure(lang, "directory save", &e)
            }
        }
    }
}
