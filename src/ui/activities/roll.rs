//! The roll call: the enrolled of one session, present or absent (as stored, or the
//! activity's default before the roll is taken). Space marks the selected person the
//! other way and moves to the next, `a` marks everyone present (again: absent),
//! ← → go to the session before or after, Ctrl-S saves against the version the
//! session had when it was read. A roll saved meanwhile at another desk is explained
//! and this desk's marks stay on screen; Ctrl-S again saves them in its place.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::failure;
use crate::action::Action;
use crate::domain::activities::{Activity, ActivityError, roll_may_be_taken};
use crate::domain::dates::format_date;
use crate::i18n::activities::{GMsg, weekday};
use crate::i18n::kit::KMsg;
use crate::i18n::{t, tf};
use crate::keymap::Context;
use crate::store::{ActivityFailure, RollLine, Session, StoreError};
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::list::{ListView, text_row};
use crate::ui::kit::popup::{Answer, Answers, Question};
use crate::ui::kit::width::fit;
use crate::ui::kit::{Component, Input, Reply};
use crate::ui::{Ctx, Drawn, Outcome, View};

pub enum RollOutcome {
    Stay(Outcome),
    /// Leave the roll call, saying this.
    Back(Outcome),
}

pub struct Roll {
    activity: Activity,
    sessions: Vec<Session>,
    /// The session on screen (index into `sessions`).
    index: usize,
    /// The session as read: its version is what a save is checked against.
    session: Session,
    lines: Vec<RollLine>,
    list: ListView,
    /// Marks changed since the roll was read or saved.
    dirty: bool,
    /// Leaving with unsaved marks asks first.
    leave: Option<Question>,
}

impl Roll {
    /// The roll of today's session, else the last one before. `Ok(Err(..))` says why
    /// there is no roll to call.
    pub fn open(activity: Activity, cx: &mut Ctx<'_>) -> Result<Result<Roll, GMsg>, StoreError> {
        let sessions = cx.store.sessions(activity.id)?;
        let chosen = cx.store.session_for_roll(activity.id, cx.now)?;
        let Some(index) = chosen
            .and_then(|s| sessions.iter().position(|x| x.id == s.id))
            .or_else(|| (!sessions.is_empty()).then_some(0))
        else {
            return Ok(Err(GMsg::NoSessions));
        };
        let session = sessions[index].clone();
        let lines = cx.store.roll(session.id)?;
        if lines.is_empty() {
            return Ok(Err(GMsg::NobodyOnRoll));
        }
        let mut list = ListView::new();
        list.set_len(lines.len());
        Ok(Ok(Roll {
            activity,
            sessions,
            index,
            session,
            lines,
            list,
            dirty: false,
            leave: None,
        }))
    }

    pub fn contexts(&self) -> &'static [Context] {
        if self.leave.is_some() {
            &[Context::List]
        } else {
            &[Context::Roll, Context::List]
        }
    }

    pub fn wants_text(&self) -> bool {
        self.leave.is_some()
    }

    pub fn measured(&mut self, drawn: Drawn) {
        self.list.measured(drawn);
    }

    pub fn present(&self) -> usize {
        self.lines.iter().filter(|l| l.present).count()
    }

    /// The marks as they stand: (person, present).
    pub fn marks(&self) -> Vec<(i64, bool)> {
        self.lines
            .iter()
            .map(|l| (l.person_id, l.present))
            .collect()
    }

    /// Reads the session at `index` (its roll, its version).
    fn show(&mut self, index: usize, cx: &mut Ctx<'_>) -> Outcome {
        let Some(session) = self.sessions.get(index).cloned() else {
            return Outcome::Ignored;
        };
        match cx.store.roll(session.id) {
            Ok(lines) => {
                self.index = index;
                self.session = session;
                self.lines = lines;
                self.list = ListView::new();
                self.list.set_len(self.lines.len());
                self.dirty = false;
                Outcome::Handled
            }
            Err(e) => store_failure(cx.lang, "read roll", &e),
        }
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> RollOutcome {
        if let Some(question) = self.leave.as_mut() {
            return match question.handle(Input::Action(action), cx) {
                Reply::Done(answer) => self.answered(answer),
                other => RollOutcome::Stay(other.into_outcome(|_| Outcome::Handled)),
            };
        }
        if self.list.step(action) {
            return RollOutcome::Stay(Outcome::Handled);
        }
        RollOutcome::Stay(match action {
            Action::TogglePresent => {
                let i = self.list.selected();
                if let Some(line) = self.lines.get_mut(i) {
                    line.present = !line.present;
                    self.dirty = true;
                    self.list.step(Action::Down);
                }
                Outcome::Handled
            }
            Action::MarkAll => {
                let all = self.lines.iter().all(|l| l.present);
                for line in &mut self.lines {
                    line.present = !all;
                }
                self.dirty = true;
                Outcome::Handled
            }
            Action::Save => self.save(cx),
            Action::EarlierSession | Action::LaterSession => {
                if self.dirty {
                    // Moving would lose the marks: save them first.
                    return RollOutcome::Stay(Outcome::Error(
                        t(cx.lang, GMsg::SaveFirst).to_string(),
                    ));
                }
                let to = if action == Action::EarlierSession {
                    self.index.checked_sub(1)
                } else {
                    Some(self.index + 1).filter(|i| *i < self.sessions.len())
                };
                match to {
                    Some(i) => self.show(i, cx),
                    None => Outcome::Ignored,
                }
            }
            Action::Cancel if self.dirty => {
                self.leave = Some(Question::new(Answers::YesNo, |lang| {
                    (
                        t(lang, GMsg::RollUnsaved).to_string(),
                        t(lang, KMsg::QuestionYesNo).to_string(),
                    )
                }));
                Outcome::Handled
            }
            Action::Cancel => return RollOutcome::Back(Outcome::Handled),
            _ => Outcome::Ignored,
        })
    }

    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> RollOutcome {
        match self.leave.as_mut() {
            Some(question) => match question.handle(Input::Key(key), cx) {
                Reply::Done(answer) => self.answered(answer),
                other => RollOutcome::Stay(other.into_outcome(|_| Outcome::Handled)),
            },
            None => RollOutcome::Stay(Outcome::Ignored),
        }
    }

    fn answered(&mut self, answer: Answer) -> RollOutcome {
        self.leave = None;
        if answer == Answer::Yes {
            RollOutcome::Back(Outcome::Handled)
        } else {
            RollOutcome::Stay(Outcome::Handled)
        }
    }

    fn save(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        if !roll_may_be_taken(self.session.starts_at, cx.now) {
            return Outcome::Error(t(lang, GMsg::RollFuture).to_string());
        }
        let marks = self.marks();
        let result = cx
            .store
            .take_roll(self.session.id, self.session.version, &marks, &cx.stamp());
        match result {
            Ok(()) => {
                let present = self.present();
                let said = Outcome::Status(tf(
                    lang,
                    GMsg::RollSaved,
                    &[&present.to_string(), &marks.len().to_string()],
                ));
                self.dirty = false;
                match self.reread_session(cx) {
                    Ok(()) => said,
                    Err(e) => store_failure(lang, "reread session", &e),
                }
            }
            Err(ActivityFailure::Store(StoreError::Conflict { .. })) => {
                // Theirs is stored; ours stays on screen, and carries the version now
                // stored so that a deliberate second save replaces theirs.
                if let Err(e) = self.reread_session(cx) {
                    return store_failure(lang, "reread session", &e);
                }
                self.dirty = true;
                Outcome::Error(t(lang, GMsg::RollConflict).to_string())
            }
            Err(ActivityFailure::Rule(ActivityError::NotOnRoll)) => {
                // Someone left meanwhile: the roll as it stands now, with our marks.
                let kept = marks;
                match cx.store.roll(self.session.id) {
                    Ok(mut lines) => {
                        for line in &mut lines {
                            if let Some((_, present)) =
                                kept.iter().find(|(id, _)| *id == line.person_id)
                            {
                                line.present = *present;
                            }
                        }
                        self.lines = lines;
                        self.list.set_len(self.lines.len());
                        self.dirty = true;
                        Outcome::Error(t(lang, GMsg::RollNotOnRoll).to_string())
                    }
                    Err(e) => store_failure(lang, "read roll", &e),
                }
            }
            Err(e) => failure(lang, "take roll", &e),
        }
    }

    /// The session's sessions and version as now stored (the marks on screen stay).
    fn reread_session(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        self.sessions = cx.store.sessions(self.activity.id)?;
        if let Some(fresh) = self.sessions.iter().find(|s| s.id == self.session.id) {
            self.session = fresh.clone();
        }
        Ok(())
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let theme = view.theme;
        let lang = view.lang;
        let [head, head2, head3, body] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(area);
        let s = &self.session;
        text_row(
            frame,
            head,
            &tf(lang, GMsg::RollTitle, &[&self.activity.name]),
            theme.title,
        );
        let when = format!(
            "{} {} {}",
            t(
                lang,
                weekday(chrono::Datelike::weekday(&s.starts_at.date()))
            ),
            format_date(s.starts_at.date()),
            s.starts_at.format("%H:%M")
        );
        let taken = match s.taken_at {
            Some(at) => tf(
                lang,
                GMsg::RollTaken,
                &[&format!(
                    "{} {}",
                    format_date(at.date()),
                    at.format("%H:%M")
                )],
            ),
            None => t(lang, GMsg::RollNotTaken).to_string(),
        };
        let arrows = format!(
            "{}{}",
            if self.index > 0 { "◀ " } else { "  " },
            if self.index + 1 < self.sessions.len() {
                "▶"
            } else {
                " "
            }
        );
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(
                    format!(
                        " {} · {}",
                        when,
                        tf(
                            lang,
                            GMsg::RollSession,
                            &[
                                &(self.index + 1).to_string(),
                                &self.sessions.len().to_string(),
                                &taken
                            ]
                        )
                    ),
                    theme.text,
                ),
                Span::styled(format!("  {arrows}"), theme.muted),
            ])),
            head2,
        );
        let default = if self.activity.roll_default.assumed() {
            GMsg::DefaultPresent
        } else {
            GMsg::DefaultAbsent
        };
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!(
                    " {}{}",
                    tf(
                        lang,
                        GMsg::RollCounts,
                        &[
                            &self.present().to_string(),
                            &self.lines.len().to_string(),
                            t(lang, default)
                        ]
                    ),
                    if self.dirty {
                        format!(" · {}", t(lang, GMsg::Unsaved))
                    } else {
                        String::new()
                    }
                ),
                theme.muted,
            )),
            head3,
        );
        let drawn = self.list.draw_rows(frame, body, |i, selected| {
            let line = &self.lines[i];
            let (tick, word) = if line.present {
                ("[✓]", GMsg::Present)
            } else {
                ("[ ]", GMsg::Absent)
            };
            let mark = if selected { '▌' } else { ' ' };
            Line::styled(
                format!("{mark}{tick} {} {}", fit(&line.name, 40), t(lang, word)),
                if selected {
                    theme.selection
                } else if line.present {
                    theme.text
                } else {
                    theme.muted
                },
            )
        });
        if let Some(question) = &self.leave {
            question.draw_in(frame, body, view, theme.warning);
        }
        drawn
    }
}
