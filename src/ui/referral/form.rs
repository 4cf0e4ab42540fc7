//! The new-referral form: its fields in order (the override reason only when consent
//! is overridden), the consent states, and the form's keys.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent};

use super::ReferralScreen;
use super::form_search::person_line;
use crate::action::Action;
use crate::domain::codes::Urgency;
use crate::domain::dates::format_date;
use crate::domain::person::Person;
use crate::domain::referral as rules;
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
#[derive(Debug, Clone)]
pub(super) struct Form {
    pub(super) field: Field,
    pub(super) person_query: String,
    pub(super) person: Option<(i64, String)>,
    pub(super) person_hits: Vec<(i64, String)>,
    pub(super) service_query: String,
    pub(super) service: Option<(i64, String)>,
    pub(super) service_hits: Vec<(i64, String)>,
    pub(super) pick: usize,
    pub(super) ticket_id: Option<i64>,
    pub(super) reason: String,
    pub(super) urgency: Urgency,
    pub(super) note: String,
    pub(super) follow_up: String,
    pub(super) follow_up_touched: bool,
    pub(super) consent: Consent,
    pub(super) override_reason: String,
    pub(super) error: Option<String>,
}

impl Form {
    pub(super) fn new(today: NaiveDate) -> Form {
        Form {
            field: Field::Person,
            person_query: String::new(),
            person: None,
            person_hits: vec![],
            service_query: String::new(),
            service: None,
            service_hits: vec![],
            pick: 0,
            ticket_id: None,
            reason: String::new(),
            urgency: Urgency::Routine,
            note: String::new(),
            follow_up: format_date(rules::default_follow_up(Urgency::Routine, today)),
            follow_up_touched: false,
            consent: Consent::Unknown,
            override_reason: String::new(),
            error: None,
        }
    }

    pub(super) fn text_mut(&mut self) -> Option<&mut String> {
        match self.field {
            Field::Person => Some(&mut self.person_query),
            Field::Service => Some(&mut self.service_query),
            Field::Reason => Some(&mut self.reason),
            Field::Note => Some(&mut self.note),
            Field::FollowUp => Some(&mut self.follow_up),
            Field::Override => Some(&mut self.override_reason),
            Field::Urgency | Field::Consent => None,
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
        self.pick = 0;
    }
}

impl Form {
    pub(super) fn text_mut_is(&self, field: Field) -> bool {
        !matches!(field, Field::Urgency | Field::Consent)
    }
}

impl ReferralScreen {
    /// Keys of the form: cancel, move between fields, save.
    pub(super) fn form_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match action {
            Action::Cancel => {
                self.form = None;
                Outcome::Handled
            }
            Action::NextField => {
                if let Some(f) = &mut self.form {
                    f.step(true);
                }
                Outcome::Handled
            }
            Action::PrevField => {
                if let Some(f) = &mut self.form {
                    f.step(false);
                }
                Outcome::Handled
            }
            Action::Save => self.save_form(cx),
            _ => Outcome::Ignored,
        }
    }

    pub(super) fn form_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = &mut self.form else {
            return Outcome::Ignored;
        };
        form.error = None;
        match (form.field, key.code) {
            (Field::Person | Field::Service, KeyCode::Up) => {
                form.pick = form.pick.saturating_sub(1);
                return Outcome::Handled;
            }
            (Field::Person | Field::Service, KeyCode::Down) => {
                let n = if form.field == Field::Person {
                    form.person_hits.len()
                } else {
                    form.service_hits.len()
                };
                form.pick = (form.pick + 1).min(n.saturating_sub(1));
                return Outcome::Handled;
            }
            (_, KeyCode::Up) => {
                form.step(false);
                return Outcome::Handled;
            }
            (_, KeyCode::Down) => {
                form.step(true);
                return Outcome::Handled;
            }
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
                    form.follow_up =
                        format_date(rules::default_follow_up(form.urgency, cx.now.date()));
                }
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
            (Field::Consent, KeyCode::Char('o' | 'O'))
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
        let field = form.field;
        let Some(text) = form.text_mut() else {
            return Outcome::Handled;
        };
        match key.code {
            KeyCode::Char(c) => text.push(c),
            KeyCode::Backspace => {
                text.pop();
            }
            _ => return Outcome::Ignored,
        }
        if field == Field::FollowUp {
            form.follow_up_touched = true;
        }
        if matches!(field, Field::Person | Field::Service) {
            self.update_hits(cx);
        }
        Outcome::Handled
    }

    /// Opens the form, with a person already chosen when there is one.
    pub(super) fn start_form(
        &mut self,
        person: Option<Person>,
        ticket_id: Option<i64>,
        cx: &mut Ctx<'_>,
    ) {
        let mut form = Form::new(cx.now.date());
        form.ticket_id = ticket_id;
        if let Some(p) = person {
            form.person_query = person_line(&p);
            form.person = Some((p.id, person_line(&p)));
            form.field = Field::Service;
        }
        self.form = Some(form);
        self.update_hits(cx);
    }
}
