//! The hand-out form: the programme's categories with a quantity each (points where
//! the programme counts points), who collected it, and what is left before and after.
//! Over the allowance a programme that warns asks to confirm and one that stops
//! refuses; outside the enrolment's dates it refuses with the date. Every refusal
//! keeps the form as typed. The store checks again in its own transaction, so two
//! desks never spend the last of an allowance twice.

mod draw;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Next;
use crate::action::Action;
use crate::domain::dates::format_date;
use crate::domain::distribution::{Enrolment, HandoutLine, Verdict, check, counted};
use crate::domain::person::Person;
use crate::i18n::distribution::{DMsgs, unit};
use crate::i18n::kit::KMsg;
use crate::i18n::{Lang, t, tf};
use crate::keymap::Context;
use crate::store::{DistributionFailure, Standing, StoreError};
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::list::ListView;
use crate::ui::kit::popup::{Answer, Answers, Question};
use crate::ui::kit::{Component, Input, Reply};
use crate::ui::{Ctx, Outcome};

/// The most of one category in one hand-out (a typing slip, not a rule).
const MAX_QUANTITY: u32 = 999;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Focus {
    Categories,
    Collector,
}

pub struct HandOutForm {
    standing: Standing,
    household: String,
    members: Vec<Person>,
    /// Who collected it: an index into `members`.
    collector: Option<usize>,
    ticket_id: Option<i64>,
    quantities: Vec<u32>,
    list: ListView,
    focus: Focus,
    question: Option<Question>,
}

/// Why a hand-out is refused, in words: over by how much, or not valid that day.
pub fn refusal_text(lang: Lang, v: Verdict) -> String {
    match v {
        Verdict::Stop { left, over } | Verdict::Warn { left, over } => tf(
            lang,
            DMsgs::StopRefused,
            &[&over.to_string(), &left.to_string()],
        ),
        Verdict::NotValid => t(lang, DMsgs::NotValidToday).to_string(),
        Verdict::Empty => t(lang, DMsgs::Empty).to_string(),
        Verdict::Within { .. } => String::new(),
    }
}

/// The enrolment's dates refusing a hand-out on `day`.
pub(super) fn not_valid_text(lang: Lang, e: &Enrolment, day: chrono::NaiveDate) -> String {
    if day < e.valid_from {
        tf(lang, DMsgs::BeginsOn, &[&format_date(e.valid_from)])
    } else {
        tf(lang, DMsgs::ExpiredOn, &[&format_date(e.valid_to)])
    }
}

impl HandOutForm {
    pub fn new(
        standing: Standing,
        household: String,
        members: Vec<Person>,
        collector: Option<i64>,
        ticket_id: Option<i64>,
    ) -> HandOutForm {
        let n = standing.programme.categories.len();
        let mut list = ListView::new();
        list.set_len(n);
        let collector = collector.and_then(|id| members.iter().position(|m| m.id == id));
        HandOutForm {
            standing,
            household,
            members,
            collector,
            ticket_id,
            quantities: vec![0; n],
            list,
            focus: Focus::Categories,
            question: None,
        }
    }

    pub fn contexts(&self) -> &'static [Context] {
        if self.question.is_some() {
            &[Context::List]
        } else {
            &[Context::HandOut]
        }
    }

    /// Reads again where the enrolment stands (another desk handed out meanwhile).
    pub fn reread(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        self.standing = cx.store.standing(self.standing.enrolment.id, cx.today())?;
        Ok(())
    }

    /// The lines typed (quantities above zero), with their points.
    pub fn lines(&self) -> Vec<HandoutLine> {
        self.standing
            .programme
            .categories
            .iter()
            .zip(&self.quantities)
            .filter(|(_, q)| **q > 0)
            .map(|((name, points), q)| HandoutLine {
                category: name.clone(),
                quantity: *q,
                points: points * q,
            })
            .collect()
    }

    pub fn amount(&self) -> u32 {
        counted(self.standing.programme.unit, &self.lines())
    }

    pub(super) fn verdict(&self, day: chrono::NaiveDate) -> Verdict {
        let s = &self.standing;
        check(
            &s.enrolment,
            s.programme.over_limit,
            s.used,
            self.amount(),
            day,
        )
    }

    fn quantity_mut(&mut self) -> Option<&mut u32> {
        self.quantities.get_mut(self.list.selected())
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Next {
        if let Some(question) = self.question.as_mut() {
            return match question.handle(Input::Action(action), cx) {
                Reply::Done(answer) => self.answered(answer, cx),
                other => Next::Stay(other.into_outcome(|_| Outcome::Handled)),
            };
        }
        match action {
            Action::Cancel => Next::Back(Outcome::Handled),
            Action::NextField | Action::PrevField => {
                self.focus = match self.focus {
                    Focus::Categories if !self.members.is_empty() => Focus::Collector,
                    _ => Focus::Categories,
                };
                Next::Stay(Outcome::Handled)
            }
            Action::Save => self.save(cx),
            other => {
                if self.focus == Focus::Collector {
                    self.focus = Focus::Categories;
                }
                Next::Stay(Outcome::handled_if(self.list.step(other)))
            }
        }
    }

    /// Digits type the selected quantity, Backspace takes the last digit off, + and −
    /// add and take one; ← → choose who collected it.
    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Next {
        if let Some(question) = self.question.as_mut() {
            return match question.handle(Input::Key(key), cx) {
                Reply::Done(answer) => self.answered(answer, cx),
                other => Next::Stay(other.into_outcome(|_| Outcome::Handled)),
            };
        }
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return Next::Stay(Outcome::Ignored);
        }
        let changed = match (self.focus, key.code) {
            (Focus::Collector, KeyCode::Left) => {
                self.collector = match self.collector {
                    None => self.members.len().checked_sub(1),
                    Some(0) => None,
                    Some(i) => Some(i - 1),
                };
                true
            }
            (Focus::Collector, KeyCode::Right) => {
                self.collector = match self.collector {
                    None if !self.members.is_empty() => Some(0),
                    Some(i) if i + 1 < self.members.len() => Some(i + 1),
                    Some(_) | None => None,
                };
                true
            }
            (_, KeyCode::Char(c)) if c.is_ascii_digit() => {
                self.focus = Focus::Categories;
                let digit = c.to_digit(10).unwrap_or(0);
                match self.quantity_mut() {
                    Some(q) => {
                        *q = (*q * 10 + digit).min(MAX_QUANTITY);
                        true
                    }
                    None => false,
                }
            }
            (_, KeyCode::Char('+')) => match self.quantity_mut() {
                Some(q) => {
                    *q = (*q + 1).min(MAX_QUANTITY);
                    true
                }
                None => false,
            },
            (_, KeyCode::Char('-' | '−')) => match self.quantity_mut() {
                Some(q) => {
                    *q = q.saturating_sub(1);
                    true
                }
                None => false,
            },
            (Focus::Categories, KeyCode::Backspace | KeyCode::Delete) => {
                match self.quantity_mut() {
                    Some(q) => {
                        *q /= 10;
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        };
        Next::Stay(Outcome::handled_if(changed))
    }

    fn save(&mut self, cx: &mut Ctx<'_>) -> Next {
        let lang = cx.lang;
        let day = cx.today();
        match self.verdict(day) {
            Verdict::Within { .. } => self.record(false, cx),
            Verdict::Warn { left, over } => {
                self.question = Some(Question::new(Answers::YesNo, move |lang| {
                    (
                        tf(
                            lang,
                            DMsgs::AskOver,
                            &[&over.to_string(), &left.to_string()],
                        ),
                        t(lang, KMsg::QuestionYesNo).to_string(),
                    )
                }));
                Next::Stay(Outcome::Handled)
            }
            verdict @ (Verdict::Stop { .. } | Verdict::Empty) => {
                Next::Stay(Outcome::Error(refusal_text(lang, verdict)))
            }
            Verdict::NotValid => Next::Stay(Outcome::Error(not_valid_text(
                lang,
                &self.standing.enrolment,
                day,
            ))),
        }
    }

    fn answered(&mut self, answer: Answer, cx: &mut Ctx<'_>) -> Next {
        self.question = None;
        if answer == Answer::Yes {
            self.record(true, cx)
        } else {
            Next::Stay(Outcome::Handled)
        }
    }

    fn record(&mut self, confirm_over: bool, cx: &mut Ctx<'_>) -> Next {
        let lang = cx.lang;
        let lines = self.lines();
        let collector = self
            .collector
            .and_then(|i| self.members.get(i))
            .map(|p| p.id);
        let result = cx.store.hand_out(
            self.standing.enrolment.id,
            &lines,
            collector,
            self.ticket_id,
            confirm_over,
            &cx.stamp(),
        );
        let programme = &self.standing.programme;
        let amount = self.amount();
        let what = t(lang, unit(programme.unit));
        match result {
            Ok((_, Verdict::Within { left })) => Next::Back(Outcome::Status(tf(
                lang,
                DMsgs::Given,
                &[&amount.to_string(), what, &left.to_string()],
            ))),
            Ok(_) => Next::Back(Outcome::Status(tf(
                lang,
                DMsgs::GivenOver,
                &[&amount.to_string(), what],
            ))),
            Err(e) => {
                // Another desk may have handed out meanwhile: show what is left now.
                if let Err(read) = self.reread(cx) {
                    return Next::Stay(store_failure(lang, "read standing", &read));
                }
                Next::Stay(match e {
                    DistributionFailure::Refused(Verdict::NotValid) => {
                        Outcome::Error(not_valid_text(lang, &self.standing.enrolment, cx.today()))
                    }
                    other => super::failure(lang, "hand out", &other),
                })
            }
        }
    }
}
