//! An activity's page: the enrolled (then the waiting, in order) with their
//! attendance and a mark for who missed the last sessions; enrolling a person with
//! the person picker, taking one out (the first waiting moves up, and the status
//! line says who), changing the number of places.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::list::details;
use super::{MISSED_N, failure, schedule};
use crate::action::Action;
use crate::domain::access::Kind;
use crate::domain::activities::{Activity, Placement};
use crate::i18n::activities::GMsg;
use crate::i18n::kit::KMsg;
use crate::i18n::{t, tf};
use crate::keymap::Context;
use crate::store::{Attendance, Session, StoreError};
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::field::TextField;
use crate::ui::kit::list::{ListView, heads_row, say_in_place, text_row};
use crate::ui::kit::person::{PersonPicker, PersonSource};
use crate::ui::kit::picker::Picker;
use crate::ui::kit::popup::{Answer, Answers, Question, centred, frame_box};
use crate::ui::kit::width::{clip, fit};
use crate::ui::kit::{Component, Input, Reply};
use crate::ui::{Ctx, Drawn, Outcome, View};

pub enum PageOutcome {
    Stay(Outcome),
    Back,
    Roll,
}

enum Popup {
    Enrol(Box<PersonPicker>),
    Leave {
        question: Question,
        person_id: i64,
        name: String,
    },
    Capacity {
        field: Box<TextField>,
        error: bool,
    },
}

pub struct Page {
    pub activity: Activity,
    line: String,
    people: Vec<Attendance>,
    sessions: Vec<Session>,
    list: ListView,
    popup: Option<Popup>,
}

impl Page {
    pub fn open(activity: Activity, line: String, cx: &mut Ctx<'_>) -> Result<Page, StoreError> {
        let mut page = Page {
            activity,
            line,
            people: Vec::new(),
            sessions: Vec::new(),
            list: ListView::new(),
            popup: None,
        };
        page.reload(cx)?;
        Ok(page)
    }

    /// Reads the activity, its people and sessions again (another desk, or a change
    /// made here).
    pub fn reload(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        if let Some(a) = cx.store.activity(self.activity.id)? {
            self.activity = a;
        }
        self.people = cx.store.attendance(self.activity.id, MISSED_N)?;
        self.sessions = cx.store.sessions(self.activity.id)?;
        self.list.set_len(self.people.len());
        Ok(())
    }

    fn reloaded(&mut self, cx: &mut Ctx<'_>, said: Outcome) -> Outcome {
        match self.reload(cx) {
            Ok(()) => said,
            Err(e) => store_failure(cx.lang, "reload activity", &e),
        }
    }

    pub fn contexts(&self) -> &'static [Context] {
        match &self.popup {
            None => &[Context::Activity, Context::List],
            Some(Popup::Enrol(_)) => &[Context::PersonPick],
            Some(Popup::Leave { .. }) => &[Context::List],
            Some(Popup::Capacity { .. }) => &[Context::PersonPick],
        }
    }

    pub fn wants_text(&self) -> bool {
        self.popup.is_some()
    }

    pub fn measured(&mut self, drawn: Drawn) {
        match &mut self.popup {
            Some(Popup::Enrol(picker)) => picker.measured(drawn),
            None => self.list.measured(drawn),
            _ => {}
        }
    }

    fn name_of(&self, person_id: i64) -> String {
        self.people
            .iter()
            .find(|p| p.person_id == person_id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| format!("#{person_id}"))
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> PageOutcome {
        if self.popup.is_some() {
            return PageOutcome::Stay(self.popup_action(action, cx));
        }
        if self.list.step(action) {
            return PageOutcome::Stay(Outcome::Handled);
        }
        PageOutcome::Stay(match action {
            Action::Cancel => return PageOutcome::Back,
            Action::RollCall => return PageOutcome::Roll,
            Action::Enrol => {
                self.popup = Some(Popup::Enrol(Box::new(Picker::new(PersonSource::default()))));
                Outcome::Handled
            }
            Action::LeaveActivity => match self.people.get(self.list.selected()) {
                Some(p) => {
                    let name = p.name.clone();
                    let asked = name.clone();
                    self.popup = Some(Popup::Leave {
                        question: Question::new(Answers::YesNo, move |lang| {
                            (
                                tf(lang, GMsg::AskLeave, &[&asked]),
                                t(lang, KMsg::QuestionYesNo).to_string(),
                            )
                        }),
                        person_id: p.person_id,
                        name,
                    });
                    Outcome::Handled
                }
                None => Outcome::Ignored,
            },
            Action::Capacity => {
                if !cx.viewer().may(Kind::Programmes) {
                    return PageOutcome::Stay(Outcome::Error(
                        t(cx.lang, GMsg::NotAllowed).to_string(),
                    ));
                }
                self.popup = Some(Popup::Capacity {
                    field: Box::new(TextField::with_text(&self.activity.capacity.to_string())),
                    error: false,
                });
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        })
    }

    fn popup_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.popup {
            Some(Popup::Enrol(picker)) => {
                if action == Action::Cancel {
                    self.popup = None;
                    return Outcome::Handled;
                }
                match picker.handle(Input::Action(action), cx) {
                    Reply::Done(choice) => self.enrol(choice.value, choice.line, cx),
                    other => other.into_outcome(|_| Outcome::Handled),
                }
            }
            Some(Popup::Leave { question, .. }) => match question.handle(Input::Action(action), cx)
            {
                Reply::Done(answer) => self.answered(answer, cx),
                other => other.into_outcome(|_| Outcome::Handled),
            },
            Some(Popup::Capacity { .. }) => match action {
                Action::Cancel => {
                    self.popup = None;
                    Outcome::Handled
                }
                Action::Confirm => self.set_capacity(cx),
                _ => Outcome::Ignored,
            },
            None => Outcome::Ignored,
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.popup {
            Some(Popup::Enrol(picker)) => picker
                .handle(Input::Key(key), cx)
                .into_outcome(|_| Outcome::Handled),
            Some(Popup::Leave { question, .. }) => match question.handle(Input::Key(key), cx) {
                Reply::Done(answer) => self.answered(answer, cx),
                other => other.into_outcome(|_| Outcome::Handled),
            },
            Some(Popup::Capacity { field, error }) => {
                *error = false;
                field
                    .handle(Input::Key(key), cx)
                    .into_outcome(|_| Outcome::Handled)
            }
            None => Outcome::Ignored,
        }
    }

    pub fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.popup {
            Some(Popup::Enrol(picker)) => picker
                .handle(Input::Paste(text), cx)
                .into_outcome(|_| Outcome::Handled),
            Some(Popup::Capacity { field, .. }) => field
                .handle(Input::Paste(text), cx)
                .into_outcome(|_| Outcome::Handled),
            _ => Outcome::Ignored,
        }
    }

    fn enrol(&mut self, person_id: i64, line: String, cx: &mut Ctx<'_>) -> Outcome {
        match cx.store.enrol(self.activity.id, person_id, &cx.stamp()) {
            Ok(placement) => {
                self.popup = None;
                if let Err(e) = self.reload(cx) {
                    return store_failure(cx.lang, "reload activity", &e);
                }
                // The name as lists show it (the picker's line has more).
                let name = self
                    .people
                    .iter()
                    .find(|p| p.person_id == person_id)
                    .map_or(line, |p| p.name.clone());
                let said = match placement {
                    Placement::Enrolled => tf(cx.lang, GMsg::EnrolledOk, &[&name]),
                    Placement::Waiting(place) => {
                        tf(cx.lang, GMsg::EnrolledWaiting, &[&name, &place.to_string()])
                    }
                };
                if let Some(i) = self.people.iter().position(|p| p.person_id == person_id) {
                    self.list.select(i);
                }
                Outcome::Status(said)
            }
            // The picker stays open with what was typed: another person may be chosen.
            Err(e) => failure(cx.lang, "enrol", &e),
        }
    }

    fn answered(&mut self, answer: Answer, cx: &mut Ctx<'_>) -> Outcome {
        let Some(Popup::Leave {
            person_id, name, ..
        }) = self.popup.take()
        else {
            return Outcome::Ignored;
        };
        if answer != Answer::Yes {
            return Outcome::Handled;
        }
        match cx
            .store
            .leave_activity(self.activity.id, person_id, "", &cx.stamp())
        {
            Ok(moved) => {
                let mut said = tf(cx.lang, GMsg::Left, &[&name]);
                if !moved.is_empty() {
                    let names: Vec<String> = moved.iter().map(|id| self.name_of(*id)).collect();
                    said.push(' ');
                    said.push_str(&tf(cx.lang, GMsg::MovedUp, &[&names.join(", ")]));
                }
                self.reloaded(cx, Outcome::Status(said))
            }
            Err(e) => failure(cx.lang, "leave activity", &e),
        }
    }

    fn set_capacity(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(Popup::Capacity { field, error }) = &mut self.popup else {
            return Outcome::Ignored;
        };
        let capacity = match field.text().trim().parse::<u32>() {
            Ok(n) if (1..=999).contains(&n) => n,
            _ => {
                *error = true;
                return Outcome::Error(t(cx.lang, GMsg::CapacityBad).to_string());
            }
        };
        // The version read with the page: a change at another desk meanwhile is refused.
        let result = cx.store.set_activity_capacity(
            self.activity.id,
            self.activity.version,
            capacity,
            &cx.stamp(),
        );
        match result {
            Ok(moved) => {
                self.popup = None;
                let mut said = tf(cx.lang, GMsg::CapacitySet, &[&capacity.to_string()]);
                if !moved.is_empty() {
                    let names: Vec<String> = moved.iter().map(|id| self.name_of(*id)).collect();
                    said.push(' ');
                    said.push_str(&tf(cx.lang, GMsg::MovedUp, &[&names.join(", ")]));
                }
                self.reloaded(cx, Outcome::Status(said))
            }
            Err(e) => {
                // The field stays as typed; the page is read again so the next try
                // carries the version now stored.
                let said = failure(cx.lang, "set capacity", &e);
                self.reloaded(cx, said)
            }
        }
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let theme = view.theme;
        let lang = view.lang;
        let a = &self.activity;
        let [head, head2, head3, columns, body] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!(" {}", a.name), theme.title),
                Span::styled(format!(" · {}", self.line), theme.muted),
            ])),
            head,
        );
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!(" {} · {}", schedule(a, lang), details(a, lang)),
                theme.muted,
            )),
            head2,
        );
        let enrolled = self
            .people
            .iter()
            .filter(|p| p.waiting_place.is_none())
            .count();
        let waiting = self.people.len() - enrolled;
        let taken = self
            .sessions
            .iter()
            .filter(|s| s.taken_at.is_some())
            .count();
        text_row(
            frame,
            head3,
            &tf(
                lang,
                GMsg::PageCounts,
                &[
                    &a.capacity.to_string(),
                    &enrolled.to_string(),
                    &waiting.to_string(),
                    &taken.to_string(),
                    &self.sessions.len().to_string(),
                ],
            ),
            theme.text,
        );
        heads_row(
            frame,
            columns,
            &[
                (t(lang, GMsg::HeadPerson), 23),
                (t(lang, GMsg::HeadState), 15),
                (t(lang, GMsg::HeadAttended), 9),
            ],
            t(lang, GMsg::HeadRate),
            theme.muted,
        );
        let drawn = if self.people.is_empty() {
            say_in_place(frame, body, t(lang, GMsg::NobodyEnrolled), theme.muted)
        } else {
            self.list.draw_rows(frame, body, |i, selected| {
                let p = &self.people[i];
                let state = match p.waiting_place {
                    None => t(lang, GMsg::Enrolled).to_string(),
                    Some(n) => tf(lang, GMsg::WaitingAt, &[&n.to_string()]),
                };
                let rate = p.rate.map(|r| format!("{r}%")).unwrap_or_default();
                let mark = if selected { '▌' } else { ' ' };
                let mut spans = vec![Span::styled(
                    format!(
                        "{mark}{} {} {} {}",
                        fit(&p.name, 23),
                        fit(&state, 15),
                        clip(&format!("{}/{}", p.present, p.taken), 9),
                        clip(&rate, 4),
                    ),
                    if selected {
                        theme.selection
                    } else if p.waiting_place.is_some() {
                        theme.muted
                    } else {
                        theme.text
                    },
                )];
                if p.missed_recent {
                    spans.push(Span::styled(
                        format!(" {}", tf(lang, GMsg::MissedLast, &[&MISSED_N.to_string()])),
                        theme.warning,
                    ));
                }
                Line::from(spans)
            })
        };
        match &self.popup {
            Some(Popup::Enrol(picker)) => {
                let rect = centred(body, 70, 12);
                let inner = frame_box(frame, rect, view, t(lang, GMsg::EnrolTitle));
                return picker.draw(frame, inner, view);
            }
            Some(Popup::Leave { question, .. }) => {
                question.draw_in(frame, body, view, theme.warning);
            }
            Some(Popup::Capacity { field, error }) => {
                let rect = centred(body, 60, 3);
                let inner = frame_box(
                    frame,
                    rect,
                    view,
                    &tf(lang, GMsg::CapacityTitle, &[&a.capacity.to_string()]),
                );
                let style = if *error { theme.warning } else { theme.text };
                text_row(frame, inner, &field.with_cursor(true), style);
            }
            None => {}
        }
        drawn
    }
}
