//! The booking form on the appointments screen: opening it (blank, for a person or a
//! ticket, or from a draft), its keys and pasted text, and booking what it holds.

use crossterm::event::{KeyCode, KeyEvent};

use super::changes::booking_text;
use super::form::{BookingForm, DRAFT_KIND, FLAGS, Field, FormDraft, refusal_field};
use super::{AppointmentsScreen, Mode, Span7};
use crate::action::Action;
use crate::domain::dates::format_date;
use crate::i18n::appointments::AMsg;
use crate::i18n::{t, tf};
use crate::store::BookingError;
use crate::ui::kit::draft::draft_for;
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::person::person_line;
use crate::ui::kit::{Component, Input, Reply};
use crate::ui::{BookFor, Ctx, Outcome};

impl AppointmentsScreen {
    /// Opens the booking form: for `whom` (from another screen), or the operator's
    /// unfinished booking, or a blank form on the line and time shown.
    pub(super) fn new_booking(&mut self, whom: Option<BookFor>, cx: &mut Ctx<'_>) -> Outcome {
        if self.lines.is_empty() {
            return Outcome::Error(t(cx.lang, AMsg::NoLines).to_string());
        }
        let draft = match draft_for::<FormDraft>(cx.store, cx.operator, DRAFT_KIND, None) {
            Ok(d) => d,
            Err(e) => return store_failure(cx.lang, "read drafts", &e),
        };
        let same_person = |d: &FormDraft| match &whom {
            None => true,
            Some(w) => {
                w.person_id.is_some() && d.person.as_ref().map(|p| p.0) == w.person_id
                    || w.person_id.is_none() && !w.label.is_empty() && d.person_query == w.label
            }
        };
        if let Some(d) = draft.filter(same_person) {
            let mut form = BookingForm::from_draft(&d, self.lines.clone());
            form.field = Field::Time;
            form.find_slots(cx);
            self.mode = Mode::Form(Box::new(form));
            return Outcome::Status(t(cx.lang, AMsg::DraftResumed).to_string());
        }
        let line = whom
            .as_ref()
            .and_then(|w| w.service_id)
            .and_then(|id| self.lines.iter().position(|s| s.id == id))
            .unwrap_or(self.line);
        let mut form = BookingForm::new(self.lines.clone(), line);
        // The day shown (not a past one), and the time selected if it is free.
        let day = self.day.max(cx.today());
        form.date.set_text(&format_date(day));
        let chosen = match self.span {
            Span7::Day => self
                .selected_row()
                .filter(|r| r.appointment.is_none() && r.free > 0 && r.at >= cx.now)
                .map(|r| r.at),
            Span7::Week => self
                .week
                .times
                .get(self.week_row)
                .map(|t| self.day.and_time(*t))
                .filter(|at| *at >= cx.now),
        };
        if let Some(at) = chosen {
            form.date.set_text(&format_date(at.date()));
            form.time.set_text(&at.format("%H:%M").to_string());
        }
        let mut said = Outcome::Handled;
        if let Some(w) = &whom {
            form.ticket_id = w.ticket_id;
            if let Some(id) = w.person_id {
                match cx.store.person(id) {
                    Ok(Some(p)) => {
                        form.person_pick.show(&person_line(&p));
                        form.person = Some((id, person_line(&p)));
                        if p.interpreter_needed
                            && let Some(l) = p.languages.first()
                        {
                            form.language.set_text(l);
                        }
                    }
                    Ok(None) => said = Outcome::Error(t(cx.lang, AMsg::PersonGone).to_string()),
                    Err(e) => said = store_failure(cx.lang, "read person", &e),
                }
            } else {
                form.person_pick.show(&w.label);
            }
            form.field = Field::Time;
            if form.person.is_none() && !w.label.is_empty() {
                form.field = Field::Phone;
            }
        }
        form.find_slots(cx);
        // A time that is not free (a full cell of the week) gives way to the first free.
        let typed = form.typed_time(cx);
        if chosen.is_none() || !form.slots.iter().any(|s| Some(s.start) == typed) {
            form.take_slot();
        }
        self.mode = Mode::Form(Box::new(form));
        said
    }

    pub(super) fn form_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Form(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::NextField | Action::PrevField => {
                form.step_field(action == Action::NextField);
                Outcome::Handled
            }
            Action::Cancel => {
                let kept = !form.is_blank();
                let outcome = if kept {
                    form.draft.changed();
                    form.draft.keep(&form.to_draft(), cx)
                } else {
                    Outcome::Handled
                };
                self.mode = Mode::Browse;
                match outcome {
                    Outcome::Error(e) => Outcome::Error(e),
                    _ if kept => Outcome::Status(t(cx.lang, AMsg::DraftKept).to_string()),
                    _ => Outcome::Handled,
                }
            }
            Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Confirm
                if form.field == Field::Person && form.person.is_none() =>
            {
                match form.person_pick.handle(Input::Action(action), cx) {
                    Reply::Done(choice) => {
                        form.person_pick.show(&choice.line);
                        form.person = Some((choice.value, choice.line));
                        form.clear_error(Field::Person);
                        form.clear_error(Field::Phone);
                        form.draft.changed();
                        // The interpreter's language from the person's record; a
                        // failed read is said (the booking goes on without it).
                        let said = match cx.store.person(choice.value) {
                            Ok(Some(p)) => {
                                if p.interpreter_needed
                                    && form.language.is_empty()
                                    && let Some(l) = p.languages.first()
                                {
                                    form.language.set_text(l);
                                }
                                Outcome::Handled
                            }
                            Ok(None) => Outcome::Handled,
                            Err(e) => {
                                crate::ui::kit::fail::store_failure(cx.lang, "read person", &e)
                            }
                        };
                        form.find_slots(cx);
                        form.step_field(true);
                        said
                    }
                    Reply::Ignored if action == Action::Confirm => {
                        form.step_field(true);
                        Outcome::Handled
                    }
                    other => other.into_outcome(|_| Outcome::Handled),
                }
            }
            Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
                if form.slot_list.step(action) {
                    form.take_slot();
                    form.draft.changed();
                }
                Outcome::Handled
            }
            Action::Confirm => {
                if matches!(form.field, Field::Date | Field::Time) {
                    form.take_slot();
                }
                form.step_field(true);
                Outcome::Handled
            }
            Action::Save => self.book(cx),
            _ => Outcome::Ignored,
        }
    }

    /// A key typed in the form: text into the field with the focus, ← → on the line,
    /// 1–7 on the flags.
    pub(super) fn form_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Form(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        match form.field {
            Field::Person => {
                let before = form.person_pick.query();
                let reply = form.person_pick.handle(Input::Key(key), cx);
                if form.person_pick.query() != before {
                    // Typing again: the person chosen before no longer holds.
                    if form.person.take().is_some() {
                        form.find_slots(cx);
                    }
                    form.clear_error(Field::Person);
                    form.draft.changed();
                }
                reply.into_outcome(|_| Outcome::Handled)
            }
            Field::Line => {
                let n = form.lines.len().max(1);
                match key.code {
                    KeyCode::Left => form.line = (form.line + n - 1) % n,
                    KeyCode::Right | KeyCode::Char(' ') => form.line = (form.line + 1) % n,
                    _ => return Outcome::Ignored,
                }
                form.clear_error(Field::Line);
                form.draft.changed();
                form.find_slots(cx);
                Outcome::Handled
            }
            Field::Flags => {
                if let KeyCode::Char(c) = key.code
                    && let Some(d) = c.to_digit(10)
                {
                    match d as usize {
                        n @ 1..=6 => {
                            let flag = FLAGS[n - 1];
                            match form.flags.iter().position(|f| *f == flag) {
                                Some(pos) => {
                                    form.flags.remove(pos);
                                }
                                None => form.flags.push(flag),
                            }
                        }
                        7 => form.urgent = !form.urgent,
                        _ => return Outcome::Ignored,
                    }
                    form.draft.changed();
                    return Outcome::Handled;
                }
                Outcome::Ignored
            }
            field => {
                let Some(text) = form.text_mut() else {
                    return Outcome::Ignored;
                };
                let before = text.text();
                let reply = text.handle(Input::Key(key), cx);
                if text.text() != before {
                    form.edited(field, cx);
                }
                reply.into_outcome(|_| Outcome::Handled)
            }
        }
    }

    pub(super) fn form_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Form(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        if form.field == Field::Person {
            form.person = None;
            let reply = form.person_pick.handle(Input::Paste(text), cx);
            form.draft.changed();
            return reply.into_outcome(|_| Outcome::Handled);
        }
        let field = form.field;
        if let Some(f) = form.text_mut() {
            f.paste(text);
            form.edited(field, cx);
        }
        Outcome::Handled
    }

    /// Ctrl-S: books, or marks what is wrong and keeps the form.
    fn book(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Form(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        let new = match form.new_appointment(cx) {
            Ok(new) => new,
            Err(wrong) => {
                form.errors = wrong
                    .into_iter()
                    .map(|(f, m)| (f, t(cx.lang, m).to_string()))
                    .collect();
                if let Some((f, _)) = form.errors.first() {
                    form.field = *f;
                }
                return Outcome::Error(t(cx.lang, AMsg::FormWrong).to_string());
            }
        };
        match cx.store.book(&new, &cx.stamp()) {
            Ok(a) => {
                let discarded = form.draft.discard(cx);
                let line = self.lines.iter().position(|s| s.id == a.service_id);
                self.mode = Mode::Browse;
                self.line = line.unwrap_or(self.line);
                self.day = a.starts_at.date();
                self.span = Span7::Day;
                let service = self
                    .lines
                    .get(self.line)
                    .map(|s| crate::i18n::service_name(s, cx.lang).to_string())
                    .unwrap_or_default();
                let said = Outcome::Status(tf(
                    cx.lang,
                    AMsg::Booked,
                    &[
                        &a.id.to_string(),
                        &a.starts_at.format("%d/%m/%Y %H:%M").to_string(),
                        &service,
                    ],
                ));
                let reloaded = self.reload(cx);
                self.select_appointment(a.id);
                match (reloaded, discarded) {
                    (Outcome::Error(e), _) | (_, Outcome::Error(e)) => Outcome::Error(e),
                    _ => said,
                }
            }
            Err(BookingError::Refused(r)) => {
                let field = refusal_field(r);
                form.errors = vec![(
                    field,
                    t(cx.lang, crate::i18n::appointments::refusal(r)).to_string(),
                )];
                form.field = field;
                // The slots may have changed (another desk booked one).
                form.find_slots(cx);
                Outcome::Error(tf(
                    cx.lang,
                    AMsg::Refused,
                    &[t(cx.lang, crate::i18n::appointments::refusal(r))],
                ))
            }
            Err(e) => {
                let text = booking_text(cx.lang, &e);
                form.error = Some(text.clone());
                if let BookingError::Store(s) = &e {
                    store_failure(cx.lang, "book", s);
                }
                // What was typed is kept as a draft (or in the fallback file).
                form.draft.changed();
                let kept = form.draft.keep(&form.to_draft(), cx);
                match kept {
                    Outcome::Error(k) => Outcome::Error(format!("{text} · {k}")),
                    _ => Outcome::Error(text),
                }
            }
        }
    }
}
