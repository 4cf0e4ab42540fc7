//! The new-referral form: its fields in order (the override reason only when consent
//! is overridden), the consent states, and the form's keys.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent};
use serde::{Deserialize, Serialize};

use super::ReferralScreen;
use super::form_search::ServiceSource;
use crate::action::Action;
use crate::domain::codes::Urgency;
use crate::domain::dates::format_date;
use crate::domain::person::Person;
use crate::domain::records::Service;
use crate::domain::referral as rules;
use crate::i18n::referral::RMsg;
use crate::i18n::t;
use crate::ui::kit::draft::DraftSlot;
use crate::ui::kit::field::TextField;
use crate::ui::kit::person::{PersonPicker, PersonSource, person_line};
use crate::ui::kit::picker::Picker;
use crate::ui::kit::{Component, Input};
use crate::ui::{Ctx, Outcome};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Person,
    Service,
    Reason,
    Urgency,
    Note,
    FollowUp,
    Consent,
    Override,
}

pub(super) const FIELDS: [Field; 8] = [
    Field::Person,
    Field::Service,
    Field::Reason,
    Field::Urgency,
    Field::Note,
    Field::FollowUp,
    Field::Consent,
    Field::Override,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Consent {
    Unknown,
    Recorded,
    NotRecorded,
    AgreesNow,
    Override,
}

/// The new-referral form.
pub(super) struct Form {
    pub(super) field: Field,
    /// The person, found with the one person picker.
    pub(super) person_pick: PersonPicker,
    pub(super) person: Option<(i64, String)>,
    /// The service, found by words of its names.
    pub(super) service_pick: Picker<ServiceSource>,
    pub(super) service: Option<(i64, String)>,
    pub(super) ticket_id: Option<i64>,
    pub(super) reason: TextField,
    pub(super) urgency: Urgency,
    pub(super) note: TextField,
    pub(super) follow_up: TextField,
    pub(super) follow_up_touched: bool,
    pub(super) consent: Consent,
    pub(super) override_reason: TextField,
    pub(super) error: Option<String>,
    /// Where the form is kept while it is typed.
    pub(super) draft: DraftSlot,
}

/// What a referral form's draft holds: what was typed and chosen.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub(super) struct FormDraft {
    pub(super) person: Option<(i64, String)>,
    pub(super) person_query: String,
    pub(super) service: Option<(i64, String)>,
    pub(super) service_query: String,
    pub(super) ticket_id: Option<i64>,
    pub(super) reason: String,
    pub(super) urgency: String,
    pub(super) note: String,
    pub(super) follow_up: String,
    pub(super) follow_up_touched: bool,
    pub(super) override_reason: String,
}

/// The draft kind of the referral form (one per operator: a new referral).
pub(super) const DRAFT_KIND: &str = "referral";

impl Form {
    pub(super) fn new(today: NaiveDate, services: Vec<Service>) -> Form {
        Form {
            field: Field::Person,
            person_pick: PersonPicker::new(PersonSource { limit: 6 }),
            person: None,
            service_pick: Picker::new(ServiceSource { services }),
            service: None,
            ticket_id: None,
            reason: TextField::new(),
            urgency: Urgency::Routine,
            note: TextField::new(),
            follow_up: TextField::with_text(&format_date(rules::default_follow_up(
                Urgency::Routine,
                today,
            ))),
            follow_up_touched: false,
            consent: Consent::Unknown,
            override_reason: TextField::new(),
            error: None,
            draft: DraftSlot::new(DRAFT_KIND, None),
        }
    }

    /// The text field of the focused field, if it has one (the pickers have their own).
    pub(super) fn text_mut(&mut self) -> Option<&mut TextField> {
        match self.field {
            Field::Reason => Some(&mut self.reason),
            Field::Note => Some(&mut self.note),
            Field::FollowUp => Some(&mut self.follow_up),
            Field::Override => Some(&mut self.override_reason),
            Field::Person | Field::Service | Field::Urgency | Field::Consent => None,
        }
    }

    pub(super) fn visible(&self, field: Field) -> bool {
        field != Field::Override || self.consent == Consent::Override
    }

    pub(super) fn step(&mut self, forward: bool) {
        let mut i = FIELDS.iter().position(|f| *f == self.field).unwrap_or(0);
        loop {
            i = if forward {
                (i + 1) % FIELDS.len()
            } else {
                (i + FIELDS.len() - 1) % FIELDS.len()
            };
            if self.visible(FIELDS[i]) {
                break;
            }
        }
        self.field = FIELDS[i];
    }

    /// What the draft keeps of the form.
    pub(super) fn to_draft(&self) -> FormDraft {
        FormDraft {
            person: self.person.clone(),
            person_query: self.person_pick.query(),
            service: self.service.clone(),
            service_query: self.service_pick.query(),
            ticket_id: self.ticket_id,
            reason: self.reason.text(),
            urgency: self.urgency.code().to_string(),
            note: self.note.text(),
            follow_up: self.follow_up.text(),
            follow_up_touched: self.follow_up_touched,
            override_reason: self.override_reason.text(),
        }
    }

    /// The form as its draft left it (consent is asked again: it may have changed).
    pub(super) fn from_draft(d: &FormDraft, today: NaiveDate, services: Vec<Service>) -> Form {
        let mut form = Form::new(today, services);
        form.person = d.person.clone();
        form.person_pick.show(&d.person_query);
        form.service = d.service.clone();
        form.service_pick.show(&d.service_query);
        form.ticket_id = d.ticket_id;
        form.reason.set_text(&d.reason);
        form.urgency = Urgency::from_code(&d.urgency).unwrap_or(Urgency::Routine);
        form.note.set_text(&d.note);
        form.follow_up.set_text(&d.follow_up);
        form.follow_up_touched = d.follow_up_touched;
        form.override_reason.set_text(&d.override_reason);
        form.field = if form.person.is_none() {
            Field::Person
        } else if form.service.is_none() {
            Field::Service
        } else {
            Field::Reason
        };
        form
    }

    /// Whether anything was typed or chosen: an empty form keeps no draft.
    pub(super) fn is_blank(&self) -> bool {
        self.person.is_none()
            && self.person_pick.query().trim().is_empty()
            && self.service.is_none()
            && self.service_pick.query().trim().is_empty()
            && self.reason.is_empty()
            && self.note.is_empty()
            && self.override_reason.is_empty()
    }
}

impl ReferralScreen {
    /// Keys of the form the keymap names: cancel, move between fields or hits, save.
    pub(super) fn form_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        match action {
            Action::Cancel => {
                // Esc leaves the form; what was typed stays as a draft (r resumes it).
                let kept = form.draft.keep(&form.to_draft(), cx);
                self.form = None;
                match kept {
                    Outcome::Error(e) => Outcome::Error(e),
                    _ if self.draft_waiting(cx) => {
                        Outcome::Status(t(cx.lang, RMsg::DraftKept).to_string())
                    }
                    _ => Outcome::Handled,
                }
            }
            Action::NextField => {
                form.step(true);
                Outcome::Handled
            }
            Action::PrevField => {
                form.step(false);
                Outcome::Handled
            }
            Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
                let moved = match form.field {
                    Field::Person if !form.person_pick.hits().is_empty() => !form
                        .person_pick
                        .handle(Input::Action(action), cx)
                        .is_ignored(),
                    Field::Service if !form.service_pick.hits().is_empty() => !form
                        .service_pick
                        .handle(Input::Action(action), cx)
                        .is_ignored(),
                    _ => false,
                };
                if !moved && matches!(action, Action::Up | Action::Down) {
                    form.step(action == Action::Down);
                }
                Outcome::Handled
            }
            Action::Confirm => {
                if matches!(form.field, Field::Person | Field::Service) {
                    self.pick(cx)
                } else {
                    form.step(true);
                    Outcome::Handled
                }
            }
            Action::Save => self.save_form(cx),
            _ => Outcome::Ignored,
        }
    }

    /// A key while the form is open: the focused field edits it (← → Home End work
    /// in every field), ←/→ or Space change the urgency, y/o answer consent.
    pub(super) fn form_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = &mut self.form else {
            return Outcome::Ignored;
        };
        form.error = None;
        match (form.field, key.code) {
            (Field::Urgency, KeyCode::Left | KeyCode::Right | KeyCode::Char(' ')) => {
                let all = Urgency::ALL;
                let i = all.iter().position(|u| *u == form.urgency).unwrap_or(0);
                let i = if key.code == KeyCode::Left {
                    (i + all.len() - 1) % all.len()
                } else {
                    (i + 1) % all.len()
                };
                form.urgency = all[i];
                if !form.follow_up_touched {
                    form.follow_up
                        .set_text(&format_date(rules::default_follow_up(
                            form.urgency,
                            cx.today(),
                        )));
                }
                form.draft.changed();
                return Outcome::Handled;
            }
            (Field::Consent, KeyCode::Char(_))
                if crate::ui::is_yes_key(&key)
                    && form.consent != Consent::Recorded
                    && form.consent != Consent::Unknown =>
            {
                form.consent = Consent::AgreesNow;
                return Outcome::Handled;
            }
            (Field::Consent, KeyCode::Char('o' | 'O' | 'ο' | 'Ο'))
                if form.consent != Consent::Recorded && form.consent != Consent::Unknown =>
            {
                form.consent = Consent::Override;
                form.field = Field::Override;
                return Outcome::Handled;
            }
            (Field::Consent, KeyCode::Backspace | KeyCode::Delete)
                if matches!(form.consent, Consent::AgreesNow | Consent::Override) =>
            {
                form.consent = Consent::NotRecorded;
                return Outcome::Handled;
            }
            _ => {}
        }
        self.form_input(Input::Key(key), cx)
    }

    /// Typed or pasted text for the focused field.
    pub(super) fn form_input(&mut self, input: Input<'_>, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = &mut self.form else {
            return Outcome::Ignored;
        };
        let reply = match form.field {
            Field::Person => {
                let before = form.person_pick.query();
                let reply = form
                    .person_pick
                    .handle(input, cx)
                    .into_outcome(|_| Outcome::Handled);
                if form.person_pick.query() != before {
                    form.person = None;
                    form.draft.changed();
                    self.check_consent(cx);
                }
                reply
            }
            Field::Service => {
                let before = form.service_pick.query();
                let reply = form
                    .service_pick
                    .handle(input, cx)
                    .into_outcome(|_| Outcome::Handled);
                if form.service_pick.query() != before {
                    form.service = None;
                    form.draft.changed();
                    self.check_consent(cx);
                }
                reply
            }
            field => {
                let Some(text) = form.text_mut() else {
                    return Outcome::Handled;
                };
                let before = text.text();
                let changed = match input {
                    Input::Key(key) => text.input_key(key),
                    Input::Paste(pasted) => text.paste(pasted),
                    Input::Action(_) => false,
                };
                if text.text() != before {
                    if field == Field::FollowUp {
                        form.follow_up_touched = true;
                    }
                    form.draft.changed();
                }
                Outcome::handled_if(changed)
            }
        };
        match reply {
            Outcome::Ignored => Outcome::Handled,
            other => other,
        }
    }

    /// Opens the form, with a person already chosen when there is one.
    pub(super) fn start_form(
        &mut self,
        person: Option<Person>,
        ticket_id: Option<i64>,
        cx: &mut Ctx<'_>,
    ) {
        let mut form = Form::new(cx.today(), self.services.clone());
        form.ticket_id = ticket_id;
        if let Some(p) = person {
            form.person_pick.show(&person_line(&p));
            form.person = Some((p.id, person_line(&p)));
            form.field = Field::Service;
        }
        self.form = Some(form);
        self.check_consent(cx);
    }
}
