//! Forms opened on a given person rather than blank: editing a registered person,
//! adding a member to the household of the person just saved, and registering the
//! person of a queue ticket (linked to the ticket on save).

use super::form::Form;
use super::{IntakeScreen, Mode};
use crate::domain::intake::{Entry, Field};
use crate::i18n::intake::Im;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::ui::kit::fail::store_error_text;
use crate::ui::{Ctx, Outcome};

impl IntakeScreen {
    /// The saved page's "add a member": a new form that starts from what the saved
    /// person shares with a household (surname, address, municipality, nationality,
    /// languages, interpreter) and lives with them.
    pub(super) fn start_member(&mut self, id: i64, cx: &mut Ctx<'_>) -> Outcome {
        let p = match cx.store.person(id) {
            Ok(Some(p)) => p,
            Ok(None) => return Outcome::Error(t(cx.lang, Im::Gone).to_string()),
            // A failed read is said as such, not as a person who is gone.
            Err(e) => return crate::ui::kit::fail::store_failure(cx.lang, "read person", &e),
        };
        let mut entry = Entry::default();
        entry.set(Field::Surname, p.surname.clone());
        entry.set(Field::HouseholdWith, id.to_string());
        entry.set(Field::Address, p.address.clone().unwrap_or_default());
        entry.set(
            Field::Municipality,
            p.municipality.clone().unwrap_or_default(),
        );
        entry.set(
            Field::Nationality,
            p.nationality.clone().unwrap_or_default(),
        );
        entry.set(Field::Languages, p.languages.join(","));
        entry.set(
            Field::Interpreter,
            if p.interpreter_needed { "1" } else { "" },
        );
        let mut form = Form::new(None, 0, Entry::default(), &entry);
        form.focus = Field::GivenName;
        self.form = Some(form);
        self.mode = Mode::Form;
        self.after_change(Field::Surname, cx);
        self.load_members(cx.store, cx.lang);
        Outcome::Handled
    }

    /// Editing a registered person; the operator's draft of that edit, if any, comes
    /// back instead so that nothing typed earlier is lost.
    pub(super) fn open_edit(&mut self, id: i64, cx: &mut Ctx<'_>) -> Outcome {
        if let Err(unkept) = self.put_form_away(cx) {
            return unkept;
        }
        let person = match cx.store.person(id) {
            Ok(Some(p)) => p,
            Ok(None) => return Outcome::Error(t(cx.lang, Im::Gone).to_string()),
            Err(e) => {
                return Outcome::Error(tf(cx.lang, Im::DbError, &[&store_error_text(cx.lang, &e)]));
            }
        };
        self.load_drafts(cx.store, cx.operator);
        if let Some(i) = self.drafts.iter().position(|d| d.data.target == Some(id)) {
            return self.resume(i, cx);
        }
        let entry = Entry::from_person(&person);
        let mut form = Form::new(Some(id), person.version, entry.clone(), &entry);
        form.hide_unreadable(&person, &cx.viewer());
        self.show_form(form, cx)
    }

    /// Puts `form` on screen as it stands, checked (which is no change: nothing new to
    /// keep as a draft), the cursor where the form has it, with its household.
    pub(super) fn show_form(&mut self, form: Form, cx: &mut Ctx<'_>) -> Outcome {
        let focus = form.focus;
        self.form = Some(form);
        self.mode = Mode::Form;
        self.after_change(Field::Surname, cx);
        if let Some(f) = self.form.as_mut() {
            f.slot.settled();
            f.focus = focus;
        }
        self.load_members(cx.store, cx.lang);
        Outcome::Handled
    }

    /// Registering the person of a queue ticket (`Nav::RegisterForTicket`):
    /// a blank form whose save links the new person to `ticket`; a form in progress
    /// is kept as a draft first.
    pub(super) fn open_for_ticket(&mut self, ticket: i64, cx: &mut Ctx<'_>) -> Outcome {
        let number = match cx.store.ticket(ticket) {
            Ok(Some(t)) => t.number,
            Ok(None) => return Outcome::Error(t(cx.lang, Im::Gone).to_string()),
            Err(e) => {
                return Outcome::Error(tf(cx.lang, Im::DbError, &[&store_error_text(cx.lang, &e)]));
            }
        };
        if let Err(unkept) = self.put_form_away(cx) {
            return unkept;
        }
        self.new_form();
        if let Some(form) = self.form.as_mut() {
            form.link_ticket = Some(ticket);
        }
        Outcome::Status(tf(cx.lang, QMsg::RegisterFor, &[&number]))
    }
}
