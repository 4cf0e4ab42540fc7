//! The goods distribution desk (Alt-D): the programmes (social grocery, social
//! pharmacy, TEBA, clothes, school supplies); a programme's enrolled households with
//! what each has used and has left this period and when its enrolment runs out; the
//! hand-out form; enrolling a household by a decision. A ticket on a distribution
//! line (or the person's card) opens the hand-out form for its household through
//! [`Nav::HandOut`].
//!
//! This file holds the programmes list and routes each key to the mode that has it.

mod enrol;
mod handout;
mod households;
#[cfg(test)]
mod tests;

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::action::Action;
use crate::domain::distribution::Programme;
use crate::i18n::distribution::{DMsgs, allowance, programme_name, rule};
use crate::i18n::{Lang, t, tf};
use crate::keymap::Context;
use crate::store::{DistributionFailure, StoreError};
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::kit::list::{ListView, heads_row, say_in_place, text_row};
use crate::ui::kit::width::fit;
use crate::ui::{Ctx, Drawn, Nav, Outcome, Screen, ScreenId, View};

use enrol::EnrolForm;
use handout::HandOutForm;
use households::Households;

/// Where a mode goes when it is done.
pub enum Next {
    Stay(Outcome),
    /// Back to the programme's households (or the programmes), saying this.
    Back(Outcome),
    /// The household was just enrolled from a ticket: its hand-out form, saying this.
    HandOut {
        person_id: i64,
        ticket_id: Option<i64>,
        said: Outcome,
    },
}

enum Mode {
    Programmes,
    Households(Box<Households>),
    HandOut(Box<HandOutForm>),
    Enrol(Box<EnrolForm>),
}

pub struct DistributionScreen {
    programmes: Vec<(Programme, usize)>,
    list: ListView,
    load_error: Option<String>,
    mode: Mode,
    /// The households page the form was opened from, to go back to.
    behind: Option<Box<Households>>,
}

impl Default for DistributionScreen {
    fn default() -> Self {
        DistributionScreen::new()
    }
}

/// A refused hand-out or enrolment in the operator's language.
pub fn failure(lang: Lang, what: &'static str, e: &DistributionFailure) -> Outcome {
    match e {
        DistributionFailure::BadEnrolment => {
            Outcome::Error(t(lang, DMsgs::BadEnrolment).to_string())
        }
        DistributionFailure::Refused(v) => Outcome::Error(handout::refusal_text(lang, *v)),
        DistributionFailure::Store(e) => store_failure(lang, what, e),
    }
}

impl DistributionScreen {
    pub fn new() -> DistributionScreen {
        DistributionScreen {
            programmes: Vec::new(),
            list: ListView::new(),
            load_error: None,
            mode: Mode::Programmes,
            behind: None,
        }
    }

    fn load(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let mut out = Vec::new();
        for p in cx.store.programmes()? {
            let n = cx.store.programme_households(p.id, cx.today())?.len();
            out.push((p, n));
        }
        self.programmes = out;
        self.list.set_len(self.programmes.len());
        Ok(())
    }

    fn open_households(&mut self, programme: Programme, cx: &mut Ctx<'_>) -> Outcome {
        match Households::open(programme, cx) {
            Ok(page) => {
                self.mode = Mode::Households(Box::new(page));
                Outcome::Handled
            }
            Err(e) => store_failure(cx.lang, "read households", &e),
        }
    }

    /// Back from a form: to the households page it came from (read again), else the
    /// programmes.
    fn back(&mut self, said: Outcome, cx: &mut Ctx<'_>) -> Outcome {
        self.mode = match self.behind.take() {
            Some(mut page) => {
                if let Err(e) = page.reload(cx) {
                    self.mode = Mode::Households(page);
                    return store_failure(cx.lang, "read households", &e);
                }
                Mode::Households(page)
            }
            None => Mode::Programmes,
        };
        if let Err(e) = self.refresh(cx) {
            return store_failure(cx.lang, "reload programmes", &e);
        }
        said
    }

    /// The hand-out form for a person's household: the programme of the ticket's line
    /// when there is a ticket, else the household's one valid enrolment (or its first).
    /// Not enrolled: the enrolment form for that programme, filled in for them.
    fn hand_out_for(
        &mut self,
        person_id: i64,
        ticket_id: Option<i64>,
        cx: &mut Ctx<'_>,
    ) -> Result<Outcome, StoreError> {
        let lang = cx.lang;
        let Some(person) = cx.store.person(person_id)? else {
            return Ok(Outcome::Error(
                t(lang, crate::i18n::kit::KMsg::ErrNotFound).to_string(),
            ));
        };
        let line_programme = match ticket_id {
            Some(id) => match cx.store.ticket(id)? {
                Some(ticket) => cx.store.programme_for_service(ticket.service_id)?,
                None => None,
            },
            None => None,
        };
        let standings = match person.household_id {
            Some(h) => cx.store.household_standing(h, cx.today())?,
            None => Vec::new(),
        };
        let chosen = match &line_programme {
            Some(p) => standings.into_iter().find(|s| s.programme.id == p.id),
            None => {
                let valid = standings.iter().position(|s| s.valid).unwrap_or(0);
                standings.into_iter().nth(valid)
            }
        };
        match (chosen, line_programme) {
            (Some(standing), _) => {
                let members = cx.store.household_of(person_id)?;
                self.mode = Mode::HandOut(Box::new(HandOutForm::new(
                    standing,
                    household_name(&person, &members),
                    members,
                    Some(person_id),
                    ticket_id,
                )));
                Ok(Outcome::Handled)
            }
            (None, Some(programme)) => {
                let name = programme_name(&programme, lang).to_string();
                self.mode = Mode::Enrol(Box::new(EnrolForm::for_person(
                    programme,
                    person.id,
                    person.display_name(),
                    ticket_id,
                    cx,
                )));
                Ok(Outcome::Status(tf(lang, DMsgs::NotEnrolled, &[&name])))
            }
            (None, None) => Ok(Outcome::Error(t(lang, DMsgs::NoProgramme).to_string())),
        }
    }

    fn programmes_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        if self.list.step(action) {
            return Outcome::Handled;
        }
        match action {
            Action::Confirm => match self.programmes.get(self.list.selected()) {
                Some((p, _)) => {
                    let p = p.clone();
                    self.open_households(p, cx)
                }
                None => Outcome::Ignored,
            },
            _ => Outcome::Ignored,
        }
    }

    fn draw_programmes(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let theme = view.theme;
        let lang = view.lang;
        let [title, head, body] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(area);
        text_row(frame, title, t(lang, DMsgs::Title), theme.title);
        heads_row(
            frame,
            head,
            &[
                (t(lang, DMsgs::HeadProgramme), 26),
                (t(lang, DMsgs::HeadAllowance), 22),
                (t(lang, DMsgs::HeadRule), 18),
            ],
            t(lang, DMsgs::HeadHouseholds),
            theme.muted,
        );
        if let Some(error) = &self.load_error {
            return say_in_place(frame, body, error, theme.status_error);
        }
        if self.programmes.is_empty() {
            return say_in_place(frame, body, t(lang, DMsgs::NoProgrammes), theme.muted);
        }
        self.list.draw_rows(frame, body, |i, selected| {
            let (p, n) = &self.programmes[i];
            let mark = if selected { '▌' } else { ' ' };
            let name = if p.active {
                programme_name(p, lang).to_string()
            } else {
                format!("{} {}", programme_name(p, lang), t(lang, DMsgs::Inactive))
            };
            let unit = allowance(lang, 0, p);
            let unit = unit.trim_start_matches("0 ");
            Line::from(Span::styled(
                format!(
                    "{mark}{} {} {} {n}",
                    fit(&name, 26),
                    fit(unit, 22),
                    fit(t(lang, rule(p.over_limit)), 18),
                ),
                if selected {
                    theme.selection
                } else if p.active {
                    theme.text
                } else {
                    theme.muted
                },
            ))
        })
    }
}

/// A household's name for the form: its first member's surname and the number of
/// members ("Ρεζάι (4)"), the person alone when they have no household.
fn household_name(
    person: &crate::domain::person::Person,
    members: &[crate::domain::person::Person],
) -> String {
    match members.first() {
        Some(first) => format!("{} ({})", first.display_name(), members.len()),
        None => person.display_name(),
    }
}

impl Screen for DistributionScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Distribution
    }

    fn contexts(&self) -> &'static [Context] {
        match &self.mode {
            Mode::Programmes => &[Context::Distribution, Context::List],
            Mode::Households(page) => page.contexts(),
            Mode::HandOut(form) => form.contexts(),
            Mode::Enrol(form) => form.contexts(),
        }
    }

    fn wants_text(&self) -> bool {
        match &self.mode {
            Mode::Programmes => false,
            Mode::Households(_) => false,
            Mode::HandOut(_) => true,
            Mode::Enrol(_) => true,
        }
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let next = match &mut self.mode {
            Mode::Programmes => return self.programmes_action(action, cx),
            Mode::Households(page) => match page.handle(action, cx) {
                households::PageNext::Stay(outcome) => return outcome,
                households::PageNext::Back => {
                    self.mode = Mode::Programmes;
                    return match self.refresh(cx) {
                        Ok(()) => Outcome::Handled,
                        Err(e) => store_failure(cx.lang, "reload programmes", &e),
                    };
                }
                households::PageNext::HandOut(form) => {
                    self.open_form_from_page(Mode::HandOut(form));
                    return Outcome::Handled;
                }
                households::PageNext::Enrol(form) => {
                    self.open_form_from_page(Mode::Enrol(form));
                    return Outcome::Handled;
                }
            },
            Mode::HandOut(form) => form.handle(action, cx),
            Mode::Enrol(form) => form.handle(action, cx),
        };
        self.follow(next, cx)
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let next = match &mut self.mode {
            Mode::HandOut(form) => form.handle_key(key, cx),
            Mode::Enrol(form) => form.handle_key(key, cx),
            _ => return Outcome::Ignored,
        };
        self.follow(next, cx)
    }

    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.mode {
            Mode::Enrol(form) => form.handle_paste(text, cx),
            _ => Outcome::Ignored,
        }
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let loaded = self.load(cx);
        self.load_error = loaded.as_ref().err().map(|e| store_error_text(cx.lang, e));
        match &mut self.mode {
            Mode::Households(page) => page.reload(cx)?,
            // Another desk's hand-out changes what is left: the form shows it.
            Mode::HandOut(form) => form.reread(cx)?,
            _ => {}
        }
        loaded
    }

    fn open(&mut self, nav: &Nav, cx: &mut Ctx<'_>) -> Outcome {
        match nav {
            Nav::HandOut {
                person_id,
                ticket_id,
            } => {
                self.behind = None;
                match self.hand_out_for(*person_id, *ticket_id, cx) {
                    Ok(outcome) => outcome,
                    Err(e) => store_failure(cx.lang, "open hand-out", &e),
                }
            }
            _ => Outcome::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        match &self.mode {
            Mode::Programmes => self.draw_programmes(frame, area, view),
            Mode::Households(page) => page.draw(frame, area, view),
            Mode::HandOut(form) => form.draw(frame, area, view),
            Mode::Enrol(form) => form.draw(frame, area, view),
        }
    }

    fn measured(&mut self, drawn: Drawn) {
        match &mut self.mode {
            Mode::Programmes => self.list.measured(drawn),
            Mode::Households(page) => page.measured(drawn),
            Mode::Enrol(form) => form.measured(drawn),
            Mode::HandOut(_) => {}
        }
    }
}

impl DistributionScreen {
    /// Where a form sends the desk next.
    fn follow(&mut self, next: Next, cx: &mut Ctx<'_>) -> Outcome {
        match next {
            Next::Stay(outcome) => outcome,
            Next::Back(said) => self.back(said, cx),
            Next::HandOut {
                person_id,
                ticket_id,
                said,
            } => match self.hand_out_for(person_id, ticket_id, cx) {
                Ok(Outcome::Handled) => said,
                Ok(other) => other,
                Err(e) => store_failure(cx.lang, "open hand-out", &e),
            },
        }
    }

    /// A form opened from a programme's households: the page waits behind it.
    fn open_form_from_page(&mut self, form: Mode) {
        if let Mode::Households(page) = std::mem::replace(&mut self.mode, form) {
            self.behind = Some(page);
        }
    }
}
