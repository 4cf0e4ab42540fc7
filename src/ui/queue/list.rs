//! The list itself: calling the next person, the one-key moves of the selected ticket,
//! the filter, and the keys that open every other mode.

use super::form::TicketForm;
use super::link::LinkPicker;
use super::names::state_name;
use super::{Mode, QueueScreen, stamp, step, store_error};
use crate::action::Action;
use crate::domain::codes::AppointmentState;
use crate::domain::queue::{Move, next_state};
use crate::domain::records::Service;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::store::{Store, StoreError};
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::list::ListView;
use crate::ui::{Ctx, Nav, Outcome};

impl QueueScreen {
    /// One state change of the selected ticket.
    pub(super) fn apply_move(&mut self, mv: Move, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Some(ticket) = self.selected_ticket().cloned() else {
            return Outcome::Status(t(lang, QMsg::NothingSelected).to_string());
        };
        if next_state(ticket.state, mv).is_none() {
            return Outcome::Error(tf(
                lang,
                QMsg::NotAllowed,
                &[state_name(lang, ticket.state)],
            ));
        }
        let result = cx
            .store
            .move_ticket(ticket.id, ticket.version, mv, cx.desk, &stamp(cx));
        self.reload(cx);
        match result {
            Ok(done) if mv == Move::Recall => Outcome::Status(tf(
                lang,
                QMsg::Recalled,
                &[
                    &done.number,
                    &done.desk.map(|d| d.to_string()).unwrap_or_default(),
                ],
            )),
            Ok(done) => Outcome::Status(tf(
                lang,
                QMsg::Moved,
                &[&done.number, state_name(lang, done.state)],
            )),
            Err(e) => store_error(lang, &e),
        }
    }

    pub(super) fn call_next(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Some(desk) = cx.desk else {
            return Outcome::Error(t(lang, QMsg::NoDeskSet).to_string());
        };
        // Which lines this desk serves: unknown is not "every line".
        let lines = match desk_lines(cx.store, desk, &self.lines) {
            Ok(lines) => lines,
            Err(e) => return store_error(lang, &e),
        };
        let stamp = stamp(cx);
        let result = cx
            .store
            .call_next(stamp.at.date(), Some(desk), &lines, &stamp);
        match result {
            Ok(Some(ticket)) => {
                self.selected_id = Some(ticket.id);
                self.reload(cx);
                Outcome::Status(tf(
                    lang,
                    QMsg::CalledTo,
                    &[&ticket.number, &desk.to_string()],
                ))
            }
            Ok(None) => {
                self.reload(cx);
                Outcome::Status(t(lang, QMsg::NobodyWaiting).to_string())
            }
            Err(e) => store_error(lang, &e),
        }
    }

    /// Keys while typing a filter: keep it, drop it, or move in what it leaves.
    pub(super) fn filter_action(&mut self, action: Action) -> Outcome {
        match action {
            Action::Confirm => {
                self.filtering = false;
                Outcome::Handled
            }
            Action::Cancel => {
                self.filtering = false;
                self.filter.clear();
                self.reselect();
                Outcome::Handled
            }
            Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
                let len = self.visible().len();
                self.select(step(self.selected, len, action));
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    /// Keys of the list: moves of the selected ticket and the doors to every other mode.
    pub(super) fn list_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        match action {
            action if action.moves_selection() => {
                let len = self.visible().len();
                self.select(step(self.selected, len, action));
                Outcome::Handled
            }
            Action::CallNext => self.call_next(cx),
            // The newest kept draft is taken up again; else a new form.
            Action::NewTicket => match TicketForm::kept(None, cx) {
                Ok(Some(form)) => {
                    self.mode = Mode::Form(Box::new(form));
                    Outcome::Status(t(lang, QMsg::DraftResumed).to_string())
                }
                Ok(None) => {
                    self.mode = Mode::Form(Box::new(TicketForm::new(None, None)));
                    Outcome::Handled
                }
                Err(e) => {
                    // Said, and a new form all the same: the desk can still issue.
                    self.mode = Mode::Form(Box::new(TicketForm::new(None, None)));
                    store_failure(lang, "read ticket drafts", &e)
                }
            },
            Action::StartService => self.apply_move(Move::Start, cx),
            Action::Finish => self.apply_move(Move::Finish, cx),
            Action::NotSeen => self.apply_move(Move::NotSeen, cx),
            Action::Recall => self.apply_move(Move::Recall, cx),
            Action::ReturnToQueue => self.apply_move(Move::ReturnToQueue, cx),
            Action::CancelTicket => self.apply_move(Move::Cancel, cx),
            Action::LinkPerson => match self.selected_ticket() {
                Some(tk) => {
                    self.mode = Mode::Link(Box::new(LinkPicker::new(tk.id, tk.number.clone())));
                    Outcome::Handled
                }
                None => Outcome::Status(t(lang, QMsg::NothingSelected).to_string()),
            },
            Action::Refer => match self.selected_ticket() {
                Some(tk) if next_state(tk.state, Move::Refer).is_none() => {
                    Outcome::Error(tf(lang, QMsg::ReferWhen, &[state_name(lang, tk.state)]))
                }
                Some(tk) => match tk.person_id {
                    Some(person_id) => Outcome::Go(Nav::Refer {
                        person_id,
                        ticket_id: Some(tk.id),
                    }),
                    None => Outcome::Error(t(lang, QMsg::LinkFirst).to_string()),
                },
                None => Outcome::Status(t(lang, QMsg::NothingSelected).to_string()),
            },
            // A ticket on a distribution line: the hand-out form for its household.
            Action::PrintSlip => self.print_ticket(cx),
            Action::HandOut => match self.selected_ticket() {
                Some(tk) => match tk.person_id {
                    Some(person_id) => Outcome::Go(Nav::HandOut {
                        person_id,
                        ticket_id: Some(tk.id),
                    }),
                    None => Outcome::Error(t(lang, QMsg::LinkFirst).to_string()),
                },
                None => Outcome::Status(t(lang, QMsg::NothingSelected).to_string()),
            },
            // "Come back on Tuesday": the ticket's person (or name) on the booking form.
            Action::BookAppointment => match self.selected_ticket() {
                Some(tk) => Outcome::Go(Nav::BookFor(crate::ui::BookFor {
                    person_id: tk.person_id,
                    label: if tk.person_id.is_some() {
                        String::new()
                    } else {
                        tk.label.clone()
                    },
                    service_id: Some(tk.service_id),
                    ticket_id: Some(tk.id),
                })),
                None => Outcome::Status(t(lang, QMsg::NothingSelected).to_string()),
            },
            Action::Transfer => match self.selected_ticket() {
                Some(tk) if next_state(tk.state, Move::Transfer).is_some() => {
                    // Start on the first line the ticket is not on already.
                    let pick = self
                        .lines
                        .iter()
                        .position(|l| l.id != tk.service_id)
                        .unwrap_or(0);
                    let mut list = self.lines_list();
                    list.select(pick);
                    self.mode = Mode::Transfer(list);
                    Outcome::Handled
                }
                Some(tk) => {
                    Outcome::Error(tf(lang, QMsg::NotAllowed, &[state_name(lang, tk.state)]))
                }
                None => Outcome::Status(t(lang, QMsg::NothingSelected).to_string()),
            },
            Action::Confirm => match self.selected_ticket() {
                Some(tk) => match tk.person_id {
                    Some(id) => Outcome::Go(Nav::PersonCard(id)),
                    None => Outcome::Status(t(lang, QMsg::NoPerson).to_string()),
                },
                None => Outcome::Ignored,
            },
            Action::Filter => {
                self.filtering = true;
                Outcome::Handled
            }
            Action::Cancel if !self.filter.is_empty() => {
                self.filter.clear();
                self.reselect();
                Outcome::Handled
            }
            Action::Appointments => {
                // On the first one still booked: the next to arrive.
                let selected = self
                    .appointments
                    .iter()
                    .position(|a| a.state == AppointmentState::Booked)
                    .unwrap_or(0);
                let mut list = ListView::new();
                list.set_len(self.appointments.len());
                list.select(selected);
                self.mode = Mode::Appointments(list);
                Outcome::Handled
            }
            Action::EndOfDay => {
                self.reload(cx);
                self.mode = Mode::ConfirmClose(super::end_of_day::question());
                Outcome::Handled
            }
            Action::ServiceLines => {
                self.mode = Mode::Lines(self.lines_list());
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }
}

/// The lines a desk serves: `queue.desk.N.lines` (codes, comma-separated), else all
/// (an empty list).
fn desk_lines(store: &Store, desk: i64, lines: &[Service]) -> Result<Vec<i64>, StoreError> {
    let Some(codes) = store.setting(&format!("queue.desk.{desk}.lines"))? else {
        return Ok(Vec::new());
    };
    Ok(codes
        .split(',')
        .filter_map(|code| lines.iter().find(|s| s.code == code.trim()).map(|s| s.id))
        .collect())
}
