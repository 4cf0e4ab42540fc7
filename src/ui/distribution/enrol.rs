//! Enrolling a household in a programme by a decision: which household (a member,
//! found with the person picker, unless the form was opened for someone), then the
//! decision's date, the validity and the allowance per period. A wrong field is
//! marked beside it and the form stays as typed; someone without a household gets
//! one of their own with the enrolment.

use chrono::Duration;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::Next;
use crate::action::Action;
use crate::domain::access::Kind;
use crate::domain::dates::{format_date, parse_date};
use crate::domain::distribution::{Enrolment, Programme};
use crate::i18n::distribution::{DMsgs, programme_name, unit};
use crate::i18n::{t, tf};
use crate::keymap::Context;
use crate::ui::kit::form::Fields;
use crate::ui::kit::list::text_row;
use crate::ui::kit::person::{PersonPicker, PersonSource};
use crate::ui::kit::picker::Picker;
use crate::ui::kit::{Component, Input, Reply};
use crate::ui::{Ctx, Drawn, Outcome, View};

const DECIDED: usize = 0;
const FROM: usize = 1;
const TO: usize = 2;
const ALLOWANCE: usize = 3;
const NOTE: usize = 4;

pub struct EnrolForm {
    programme: Programme,
    /// The member whose household is enrolled, once chosen: (id, name).
    person: Option<(i64, String)>,
    /// Opened from this ticket (its household was not in the line's programme): the
    /// hand-out form follows the enrolment.
    from_ticket: Option<i64>,
    picker: Box<PersonPicker>,
    fields: Fields,
}

impl EnrolForm {
    pub fn new(programme: Programme, cx: &Ctx<'_>) -> EnrolForm {
        let lang = cx.lang;
        let today = cx.today();
        let label = |m: DMsgs| t(lang, m).to_string();
        let mut fields = Fields::new(vec![
            (label(DMsgs::FDecided), format_date(today)),
            (label(DMsgs::FFrom), format_date(today)),
            (label(DMsgs::FTo), format_date(today + Duration::days(365))),
            (label(DMsgs::FAllowance), String::new()),
            (label(DMsgs::FNote), String::new()),
        ]);
        for i in [DECIDED, FROM, TO] {
            fields.set_hint(i, label(DMsgs::HintDate));
        }
        fields.set_hint(ALLOWANCE, t(lang, unit(programme.unit)).to_string());
        EnrolForm {
            programme,
            person: None,
            from_ticket: None,
            picker: Box::new(Picker::new(PersonSource::default())),
            fields,
        }
    }

    /// The form for one person's household (from a ticket whose household is not yet
    /// in the line's programme).
    pub fn for_person(
        programme: Programme,
        id: i64,
        name: String,
        ticket_id: Option<i64>,
        cx: &Ctx<'_>,
    ) -> EnrolForm {
        let mut form = EnrolForm::new(programme, cx);
        form.person = Some((id, name));
        form.from_ticket = ticket_id;
        form
    }

    pub fn contexts(&self) -> &'static [Context] {
        if self.person.is_none() {
            &[Context::PersonPick]
        } else {
            &[Context::Form]
        }
    }

    pub fn measured(&mut self, drawn: Drawn) {
        if self.person.is_none() {
            self.picker.measured(drawn);
        }
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Next {
        if action == Action::Cancel {
            return Next::Back(Outcome::Handled);
        }
        if self.person.is_none() {
            return Next::Stay(match self.picker.handle(Input::Action(action), cx) {
                Reply::Done(choice) => {
                    self.person = Some((choice.value, choice.line));
                    Outcome::Handled
                }
                other => other.into_outcome(|_| Outcome::Handled),
            });
        }
        match action {
            Action::Save => self.save(cx),
            other => Next::Stay(
                self.fields
                    .handle(Input::Action(other), cx)
                    .into_outcome(|_| Outcome::Handled),
            ),
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Next {
        let reply = if self.person.is_none() {
            self.picker
                .handle(Input::Key(key), cx)
                .into_outcome(|_| Outcome::Handled)
        } else {
            self.fields
                .handle(Input::Key(key), cx)
                .into_outcome(|_| Outcome::Handled)
        };
        Next::Stay(reply)
    }

    pub fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        if self.person.is_none() {
            self.picker
                .handle(Input::Paste(text), cx)
                .into_outcome(|_| Outcome::Handled)
        } else {
            self.fields
                .handle(Input::Paste(text), cx)
                .into_outcome(|_| Outcome::Handled)
        }
    }

    /// The enrolment typed, or the fields marked.
    fn read(&mut self, cx: &Ctx<'_>) -> Option<Enrolment> {
        let lang = cx.lang;
        let today = cx.today();
        let f = &mut self.fields;
        f.clear_marks();
        let say = |m: DMsgs| Some(t(lang, m).to_string());
        let date = |f: &mut Fields, i: usize| match parse_date(&f.text(i), today) {
            Ok(d) => Some(d),
            Err(_) => {
                f.mark(i, say(DMsgs::BadDate));
                None
            }
        };
        let decided = date(f, DECIDED);
        let from = date(f, FROM);
        let to = date(f, TO);
        if let (Some(from), Some(to)) = (from, to)
            && to < from
        {
            f.mark(TO, say(DMsgs::BeforeFrom));
        }
        if let (Some(decided), Some(to)) = (decided, to)
            && decided > to
        {
            f.mark(DECIDED, say(DMsgs::AfterTo));
        }
        let allowance = match f.text(ALLOWANCE).parse::<u32>() {
            Ok(n) if n > 0 => Some(n),
            _ => {
                f.mark(ALLOWANCE, say(DMsgs::BadAllowance));
                None
            }
        };
        if f.has_errors() {
            f.focus_first_error();
            return None;
        }
        Some(Enrolment {
            id: 0,
            programme_id: self.programme.id,
            household_id: 0,
            decided_on: decided?,
            valid_from: from?,
            valid_to: to?,
            allowance: allowance?,
            note: f.text(NOTE),
            version: 0,
        })
    }

    fn save(&mut self, cx: &mut Ctx<'_>) -> Next {
        let lang = cx.lang;
        // Checked again here: the form may have been opened from a ticket.
        if !cx.viewer().may(Kind::Programmes) {
            return Next::Stay(Outcome::Error(t(lang, DMsgs::NotAllowed).to_string()));
        }
        let Some((person_id, _)) = self.person.clone() else {
            return Next::Stay(Outcome::Ignored);
        };
        let Some(enrolment) = self.read(cx) else {
            return Next::Stay(Outcome::Error(t(lang, DMsgs::FixMarked).to_string()));
        };
        match cx
            .store
            .enrol_household_of(person_id, &enrolment, &cx.stamp())
        {
            Ok(made) => {
                let said = Outcome::Status(tf(
                    lang,
                    DMsgs::Enrolled,
                    &[
                        programme_name(&self.programme, lang),
                        &format_date(made.valid_to),
                    ],
                ));
                match self.from_ticket {
                    Some(ticket_id) => Next::HandOut {
                        person_id,
                        ticket_id: Some(ticket_id),
                        said,
                    },
                    None => Next::Back(said),
                }
            }
            Err(e) => Next::Stay(super::failure(lang, "enrol household", &e)),
        }
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let theme = view.theme;
        let lang = view.lang;
        let [title, who, _gap, body, keys] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(area);
        text_row(
            frame,
            title,
            &tf(
                lang,
                DMsgs::EnrolTitle,
                &[programme_name(&self.programme, lang)],
            ),
            theme.title,
        );
        match &self.person {
            None => {
                text_row(frame, who, t(lang, DMsgs::EnrolWho), theme.muted);
                let area = Rect {
                    y: body.y.saturating_sub(1),
                    height: body.height + 1,
                    ..body
                };
                self.picker.draw(frame, area, view)
            }
            Some((_, name)) => {
                text_row(frame, who, &tf(lang, DMsgs::EnrolFor, &[name]), theme.text);
                self.fields.draw_rows(frame, body, view, 18);
                text_row(frame, keys, t(lang, DMsgs::FormKeys), theme.muted);
                Drawn::none()
            }
        }
    }
}
