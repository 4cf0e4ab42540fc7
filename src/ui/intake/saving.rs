//! Saving (Ctrl-S): check, ask for consent when only consent is missing, send the
//! cursor to the first error, write the person, link a queue ticket. Then the saved
//! page's keys, including the visit form it opens.

use super::labels::{field_label, problem_text};
use super::{IntakeScreen, Mode};
use crate::action::Action;
use crate::domain::intake::{Field, Issue, Problem, Severity};
use crate::i18n::intake::Im;
use crate::i18n::kit::KMsg;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::store::{IntakeSave, Stamp, StoreError};
use crate::ui::kit::Reply;
use crate::ui::kit::draft::Drafted;
use crate::ui::kit::fail::store_error_text;
use crate::ui::visit_form::{VisitDone, VisitForm};
use crate::ui::{Ctx, Nav, Outcome};

impl IntakeScreen {
    /// Ctrl-S.
    pub(super) fn save(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.save_or_ask(cx, true)
    }

    /// Saves; when the only errors are fields kept only with consent and `ask`, asks
    /// for consent first (one key) instead of sending the operator to its page.
    pub(super) fn save_or_ask(&mut self, cx: &mut Ctx<'_>, ask: bool) -> Outcome {
        let _ = self.accept_pick(cx.lang);
        let focus = self
            .form
            .as_ref()
            .map(|f| f.focus)
            .unwrap_or(Field::Surname);
        self.after_change(focus, cx);
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        Self::recheck(form, cx, &self.policy, true);
        form.tried = true;
        let errors = || {
            form.checked
                .issues
                .iter()
                .filter(|i| i.severity == Severity::Error)
        };
        if ask
            && !form.values.flag(Field::Consent)
            && errors().next().is_some()
            && errors().all(|i| i.problem == Problem::NeedsConsent)
        {
            self.mode = Mode::AskConsent;
            return Outcome::Handled;
        }
        // The cursor goes to the first error the operator must fix by hand (a field
        // kept only with consent comes after the others).
        let first = errors()
            .filter(|i| i.problem != Problem::NeedsConsent)
            .map(|i| i.field)
            .min()
            .or_else(|| form.checked.first_error());
        if let Some(field) = first {
            Self::focus_on(form, field);
            let problem = form
                .checked
                .issue_of(field)
                .map(|i| problem_text(cx.lang, i.problem))
                .unwrap_or_default();
            return Outcome::Error(tf(
                cx.lang,
                Im::CannotSave,
                &[
                    t(cx.lang, field_label(field)),
                    problem.trim_start_matches("✗ "),
                ],
            ));
        }
        self.store_form(cx, false)
    }

    /// Writes the checked person; a conflict, a vanished record or a taken identifier
    /// keeps the form on screen with the reason.
    pub(super) fn store_form(&mut self, cx: &mut Ctx<'_>, merged: bool) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let mut person = form.checked.person.clone();
        form.restore_kept(&mut person);
        person.id = form.target.unwrap_or(0);
        person.version = form.version;
        let save = IntakeSave {
            person,
            household_with: form
                .values
                .get(Field::HouseholdWith)
                .parse()
                .ok()
                .filter(|_| {
                    form.target.is_none()
                        || form.values.get(Field::HouseholdWith)
                            != form.base.get(Field::HouseholdWith)
                }),
            distinct_from: form.distinct.clone(),
        };
        let stamp = Stamp {
            at: cx.now,
            operator: cx.operator.to_string(),
        };
        match cx.store.save_intake(&save, &stamp) {
            Ok((id, _version)) => {
                let draft_target = form.draft_target;
                let link_ticket = form.link_ticket.filter(|_| form.target.is_none());
                let name = save.person.display_name();
                let message = if merged {
                    Im::SavedMerged
                } else if form.target.is_some() {
                    Im::SavedEdit
                } else {
                    Im::SavedNew
                };
                self.delete_draft_of(cx.store, cx.operator, draft_target);
                self.form = None;
                self.mode = Mode::Saved {
                    id,
                    name: name.clone(),
                    message,
                };
                let status = tf(cx.lang, message, &[&name]);
                match link_ticket {
                    Some(ticket) => Self::link_saved(ticket, id, status, &stamp, cx),
                    None => Outcome::Status(status),
                }
            }
            Err(StoreError::Conflict { id, .. }) => self.conflict(id, cx),
            Err(StoreError::NotFound { .. }) => Outcome::Error(t(cx.lang, Im::Gone).to_string()),
            Err(StoreError::Duplicate { field, existing_id }) => {
                let f = if field == "AFM" {
                    Field::Afm
                } else {
                    Field::Amka
                };
                form.checked.issues.push(Issue {
                    field: f,
                    severity: Severity::Error,
                    problem: Problem::AlreadyRegistered {
                        id: existing_id.unwrap_or(0),
                    },
                });
                Self::focus_on(form, f);
                Outcome::Error(tf(
                    cx.lang,
                    Im::CannotSave,
                    &[t(cx.lang, field_label(f)), t(cx.lang, Im::ErrRegistered)],
                ))
            }
            Err(e) => {
                form.slot.changed();
                Outcome::Error(tf(cx.lang, Im::DbError, &[&store_error_text(cx.lang, &e)]))
            }
        }
    }

    /// The saved page's keys: a visit, a household member, an edit, a new form or the card.
    pub(super) fn handle_saved(&mut self, id: i64, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match action {
            Action::RecordVisit => {
                let person = match cx.store.person(id) {
                    Ok(Some(p)) => p,
                    _ => return Outcome::Error(t(cx.lang, Im::Gone).to_string()),
                };
                match VisitForm::open(cx, &person) {
                    Ok((v, resumed)) => {
                        self.mode = Mode::Visit(Box::new(v));
                        if resumed {
                            Outcome::Status(t(cx.lang, KMsg::VisitResumed).to_string())
                        } else {
                            Outcome::Handled
                        }
                    }
                    Err(e) => {
                        Outcome::Error(tf(cx.lang, Im::DbError, &[&store_error_text(cx.lang, &e)]))
                    }
                }
            }
            Action::AddMember => self.start_member(id, cx),
            Action::EditRecord => self.open_edit(id, cx),
            Action::NewRecord => {
                self.new_form();
                Outcome::Handled
            }
            Action::Confirm => Outcome::Go(Nav::PersonCard(id)),
            _ => Outcome::Ignored,
        }
    }

    /// The visit form opened from the saved page; saving or leaving it goes back there.
    pub(super) fn handle_visit(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Visit(v) = &mut self.mode else {
            return Outcome::Ignored;
        };
        let (id, name) = (v.person_id, v.person_name.clone());
        match v.handle(action, cx) {
            Reply::Done(VisitDone::Saved(said)) => {
                self.mode = Mode::Saved {
                    id,
                    name,
                    message: Im::VisitSaved,
                };
                said
            }
            Reply::Done(VisitDone::Left) => {
                let kept = !v.is_blank();
                self.mode = Mode::Saved {
                    id,
                    name,
                    message: Im::SavedTitle,
                };
                if kept {
                    Outcome::Status(t(cx.lang, KMsg::VisitKept).to_string())
                } else {
                    Outcome::Handled
                }
            }
            other => other.into_outcome(|_| Outcome::Handled),
        }
    }

    /// After a new person registered from a ticket is saved: link the ticket.
    fn link_saved(
        ticket: i64,
        person: i64,
        saved: String,
        stamp: &Stamp,
        cx: &mut Ctx<'_>,
    ) -> Outcome {
        match cx.store.link_new_person(ticket, person, stamp) {
            Ok(tk) => Outcome::Status(tf(cx.lang, QMsg::LinkedOnSave, &[&saved, &tk.number])),
            Err(e) => {
                // The ticket's number only names it in the message; failing to read
                // it as well is logged, and the message names the link's failure.
                let number = match cx.store.ticket(ticket) {
                    Ok(found) => found.map(|t| t.number).unwrap_or_default(),
                    Err(read) => {
                        tracing::warn!(error = %read, "ticket number for a failed link");
                        String::new()
                    }
                };
                Outcome::Error(tf(
                    cx.lang,
                    QMsg::LinkFailed,
                    &[&saved, &number, &e.to_string()],
                ))
            }
        }
    }
}
