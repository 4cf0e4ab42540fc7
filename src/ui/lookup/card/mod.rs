//! The person's card: everything the desk needs about one person on one screen that
//! scrolls, with the one-key actions (v visit, q queue, r refer, e edit; for
//! administrators x export and Shift-D erase) and the visit form inline. Opening a
//! card writes one audit entry; showing full identifiers (roles that may) writes one
//! per identifier shown; an export and an erasure write theirs.

mod actions;
mod appointment;
mod draw;
mod glass;
mod groups;
mod lines;
mod note;

pub use note::{DRAFT_KIND as NOTE_DRAFT, NoteDraft};
mod private;

use crossterm::event::KeyEvent;

use crate::action::Action;
use crate::domain::access::{Kind, Scope, Viewer, access};
use crate::domain::codes::Role;
use crate::domain::person::Person;
use crate::domain::queue::is_final;
use crate::domain::records::{PersonCard, Referral, Ticket, Visit};
use crate::i18n::kit::KMsg;
use crate::i18n::lookup::LMsg;
use crate::i18n::t;
use crate::keymap::Context;
use crate::store::{Store, StoreError};
use crate::ui::kit::draft::Drafted;
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::form::Cycle;
use crate::ui::kit::popup::Question;
use crate::ui::kit::{Component, Input, Reply};
use crate::ui::lookup::Marks;
use crate::ui::visit_form::{VisitDone, VisitForm};
use crate::ui::{Ctx, Drawn, Nav, Outcome};

/// The rows the inline visit form takes at the bottom of the card.
const VISIT_ROWS: u16 = 10;

/// Whether a role may see whole identifiers (AMKA, AFM, ΠΑΑΥΠΑ, other documents) on
/// request: the privacy rule decides; nobody sees them without asking.
pub fn may_see_identifiers(role: Option<Role>) -> bool {
    role.is_some_and(|role| {
        access(&Viewer::new("", role, ""), Kind::Identifier, Scope::Centre).reachable()
    })
}

/// What came of an action on the card.
pub enum CardOutcome {
    /// Back to the results.
    Close,
    Done(Outcome),
}

pub struct Card {
    pub person: Person,
    household: Vec<Person>,
    visits: Vec<Visit>,
    referrals: Vec<Referral>,
    tickets: Vec<Ticket>,
    /// The person's booked appointments from today (the "next appointment" line).
    upcoming: appointment::Upcoming,
    /// The operator's role may see whole identifiers.
    pub can_reveal: bool,
    /// Who is looking, and what the privacy rule lets them see beyond the basics.
    viewer: Viewer,
    private: private::Private,
    /// Activities and the household's goods programmes.
    groups: groups::Groups,
    revealed: bool,
    gone: bool,
    scroll: u16,
    visit: Option<Box<VisitForm>>,
    /// The plain question before an erasure.
    question: Option<Question>,
    /// A case note being written.
    note: Option<note::NoteForm>,
    /// An administrator giving the reason to open other organisations' records.
    glass: Option<glass::GlassForm>,
    /// Where an export goes (the lookup screen's, set on opening).
    pub export_dir: std::path::PathBuf,
    /// Rows of content and of room at the last drawing (for scrolling to the end).
    drawn: Drawn,
    /// What the query that found the person matched, marked on the card as on the
    /// results (nothing when opened otherwise).
    pub marks: Marks,
}

impl Card {
    /// Opens the card of `id`: one store call reads it and records that the operator
    /// viewed it. `None` when nobody has that id.
    pub fn open(id: i64, cx: &mut Ctx<'_>) -> Result<Option<Card>, StoreError> {
        let Some(data) = cx.store.person_card(id, &cx.viewer(), cx.now, cx.today())? else {
            return Ok(None);
        };
        let mut card = Card {
            person: data.person.clone(),
            household: Vec::new(),
            visits: Vec::new(),
            referrals: Vec::new(),
            tickets: Vec::new(),
            upcoming: appointment::Upcoming::default(),
            can_reveal: may_see_identifiers(Some(cx.role)),
            viewer: cx.viewer(),
            private: private::Private::default(),
            groups: groups::Groups::default(),
            revealed: false,
            gone: false,
            scroll: 0,
            visit: None,
            question: None,
            note: None,
            glass: None,
            export_dir: std::path::PathBuf::from("."),
            drawn: Drawn::none(),
            marks: Marks::default(),
        };
        card.take(data);
        card.private = private::Private::read(cx.store, &card.viewer, id, &card.referrals, false)?;
        card.groups = groups::Groups::read(cx.store, id, card.person.household_id, cx.today())?;
        card.upcoming = appointment::Upcoming::read(cx.store, id, cx.today());
        Ok(Some(card))
    }

    fn take(&mut self, data: PersonCard) {
        self.person = data.person;
        self.household = data.household;
        self.visits = data.visits;
        self.referrals = data.referrals;
        self.tickets = data.tickets;
        self.gone = false;
    }

    /// Reads the person and their records again (no audit entry: same opening).
    pub fn reload(&mut self, store: &Store, today: chrono::NaiveDate) -> Result<(), StoreError> {
        match store.reread_person_card(self.person.id, today)? {
            Some(data) => self.take(data),
            None => self.gone = true,
        }
        if !self.gone {
            self.private = private::Private::read(
                store,
                &self.viewer,
                self.person.id,
                &self.referrals,
                self.private.opened,
            )?;
            self.groups =
                groups::Groups::read(store, self.person.id, self.person.household_id, today)?;
            self.upcoming = appointment::Upcoming::read(store, self.person.id, today);
        }
        Ok(())
    }

    /// What the last drawing measured.
    pub fn measured(&mut self, drawn: Drawn) {
        self.drawn = drawn;
    }

    /// Time passed: the visit form's draft is written when due.
    pub fn tick(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        if let Some(note) = self.note.as_mut() {
            return note.tick(cx);
        }
        match self.visit.as_mut() {
            Some(form) if !form.is_blank() => form.tick(cx),
            _ => Outcome::Ignored,
        }
    }

    /// The program is ending: the visit form's draft is written now.
    pub fn keep_draft(&mut self, cx: &mut Ctx<'_>) {
        if let Some(form) = self.visit.as_mut() {
            form.keep(cx);
        }
        if let Some(note) = self.note.as_mut() {
            note.keep(cx);
        }
    }

    pub fn visit_open(&self) -> bool {
        self.visit.is_some()
    }

    /// Keymap sections for the card's state. A question or form comes alone, most
    /// specific first. On the card itself the everyday section leads: the role's extra
    /// sections bind keys of their own (a keymap test checks that none overlaps), so
    /// their order only decides the hint line, which then shows visit, queue and
    /// referral before an administrator's rare export and erase (those are in F1).
    pub fn contexts(&self) -> &'static [Context] {
        if self.question.is_some() || self.glass.is_some() {
            &[Context::List]
        } else if self.note.is_some() {
            &[Context::Form]
        } else if self.visit.is_some() {
            &[Context::Visit, Context::Form]
        } else if self.private.sealed_notes + self.private.sealed_details() > 0 {
            // Only an administrator has sealed records (the privacy rule's BreakGlass).
            &[
                Context::LookupCard,
                Context::LookupCardIds,
                Context::LookupCardNotes,
                Context::LookupCardGlass,
                Context::LookupCardAdmin,
            ]
        } else if self.viewer.may(Kind::PersonExport) || self.viewer.may(Kind::Erasure) {
            &[
                Context::LookupCard,
                Context::LookupCardIds,
                Context::LookupCardNotes,
                Context::LookupCardAdmin,
            ]
        } else if self.private.reads_notes {
            &[
                Context::LookupCard,
                Context::LookupCardIds,
                Context::LookupCardNotes,
            ]
        } else if self.can_reveal {
            &[Context::LookupCard, Context::LookupCardIds]
        } else {
            &[Context::LookupCard]
        }
    }

    /// The visit form types text, and a question takes its answer as a plain key.
    pub fn wants_text(&self) -> bool {
        self.visit.is_some()
            || self.question.is_some()
            || self.note.is_some()
            || self.glass.is_some()
    }

    /// Today's ticket still in progress, which a referral made now comes from.
    fn live_ticket(&self) -> Option<i64> {
        self.tickets
            .iter()
            .rev()
            .find(|t| !is_final(t.state))
            .map(|t| t.id)
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> CardOutcome {
        let id = self.person.id;
        if let Some(question) = self.question.as_mut() {
            return CardOutcome::Done(match question.handle(Input::Action(action), cx) {
                Reply::Done(answer) => self.answered(answer, cx),
                other => other.into_outcome(|_| Outcome::Handled),
            });
        }
        if self.glass.is_some() {
            return CardOutcome::Done(match action {
                Action::Confirm | Action::Save => self.break_glass(cx),
                Action::Cancel => {
                    self.glass = None;
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            });
        }
        if let Some(form) = self.note.as_mut() {
            return CardOutcome::Done(match action {
                action if form.cycle(action) => Outcome::Handled,
                Action::Save => self.save_note(cx),
                // Nothing written; what was typed is kept as a draft.
                Action::Cancel => {
                    let blank = form.is_blank();
                    let kept = form.keep(cx);
                    self.note = None;
                    match kept {
                        Outcome::Error(e) => Outcome::Error(e),
                        _ if blank => Outcome::Handled,
                        _ => Outcome::Status(t(cx.lang, LMsg::NoteKept).to_string()),
                    }
                }
                _ => Outcome::Ignored,
            });
        }
        if let Some(form) = self.visit.as_mut() {
            let reply = form.handle(action, cx);
            return CardOutcome::Done(match reply {
                Reply::Done(VisitDone::Saved(said)) => {
                    self.visit = None;
                    if let Err(e) = self.reload(cx.store, cx.now.date()) {
                        return CardOutcome::Done(store_failure(cx.lang, "reload card", &e));
                    }
                    said
                }
                Reply::Done(VisitDone::Left) => {
                    let kept = !form.is_blank();
                    self.visit = None;
                    if kept {
                        Outcome::Status(t(cx.lang, KMsg::VisitKept).to_string())
                    } else {
                        Outcome::Handled
                    }
                }
                other => other.into_outcome(|_| Outcome::Handled),
            });
        }
        let (content, room) = (self.drawn.content, self.drawn.rows);
        let page = room.saturating_sub(1).max(1);
        let last = content.saturating_sub(room);
        let outcome = match action {
            Action::Cancel => return CardOutcome::Close,
            Action::Up => {
                self.scroll = self.scroll.min(last).saturating_sub(1);
                Outcome::Handled
            }
            Action::Down => {
                self.scroll = (self.scroll + 1).min(last);
                Outcome::Handled
            }
            Action::PageUp => {
                self.scroll = self.scroll.min(last).saturating_sub(page);
                Outcome::Handled
            }
            Action::PageDown => {
                self.scroll = (self.scroll + page).min(last);
                Outcome::Handled
            }
            Action::Home => {
                self.scroll = 0;
                Outcome::Handled
            }
            Action::End => {
                self.scroll = last;
                Outcome::Handled
            }
            _ if self.gone => Outcome::Error(t(cx.lang, LMsg::Gone).to_string()),
            Action::RecordVisit => match VisitForm::open(cx, &self.person) {
                Ok((form, resumed)) => {
                    self.visit = Some(Box::new(form));
                    if resumed {
                        Outcome::Status(t(cx.lang, KMsg::VisitResumed).to_string())
                    } else {
                        Outcome::Handled
                    }
                }
                Err(e) => store_failure(cx.lang, "open visit form", &e),
            },
            Action::AddToQueue => Outcome::Go(Nav::TicketFor(id)),
            Action::Refer => Outcome::Go(Nav::Refer {
                person_id: id,
                ticket_id: self.live_ticket(),
            }),
            Action::EditRecord => Outcome::Go(Nav::EditPerson(id)),
            Action::BookAppointment => Outcome::Go(Nav::BookFor(crate::ui::BookFor {
                person_id: Some(id),
                label: String::new(),
                service_id: None,
                ticket_id: self.live_ticket(),
            })),
            Action::HandOut => Outcome::Go(Nav::HandOut {
                person_id: id,
                ticket_id: self.live_ticket(),
            }),
            Action::RevealIdentifiers => self.toggle_reveal(cx),
            Action::ExportPerson => self.export(cx),
            Action::ErasePerson => self.ask_erase(cx),
            Action::CaseNote if self.private.reads_notes => {
                match note::NoteForm::open(cx, id, &self.person.display_name()) {
                    Ok((form, resumed)) => {
                        self.note = Some(form);
                        if resumed {
                            Outcome::Status(t(cx.lang, LMsg::NoteResumed).to_string())
                        } else {
                            Outcome::Handled
                        }
                    }
                    Err(e) => store_failure(cx.lang, "open case note", &e),
                }
            }
            Action::CaseNote => Outcome::Error(t(cx.lang, LMsg::NotAllowed).to_string()),
            Action::BreakGlass => self.ask_glass(cx),
            _ => Outcome::Ignored,
        };
        CardOutcome::Done(outcome)
    }

    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        if let Some(question) = self.question.as_mut() {
            return match question.handle(Input::Key(key), cx) {
                Reply::Done(answer) => self.answered(answer, cx),
                other => other.into_outcome(|_| Outcome::Handled),
            };
        }
        if let Some(form) = self.glass.as_mut() {
            return Outcome::handled_if(form.key(key));
        }
        if let Some(form) = self.note.as_mut() {
            return Outcome::handled_if(form.key(key));
        }
        Outcome::handled_if(self.visit.as_mut().map(|form| form.handle_key(key)) == Some(true))
    }

    pub fn handle_paste(&mut self, text: &str) -> Outcome {
        if let Some(form) = self.glass.as_mut() {
            return Outcome::handled_if(form.paste(text));
        }
        if let Some(form) = self.note.as_mut() {
            return Outcome::handled_if(form.paste(text));
        }
        Outcome::handled_if(self.visit.as_mut().map(|form| form.handle_paste(text)) == Some(true))
    }
}

/// The note form's Tab and Shift-Tab, as every form's.
impl Cycle for note::NoteForm {
    fn next(&mut self) {
        note::NoteForm::next(self);
    }

    fn prev(&mut self) {
        note::NoteForm::prev(self);
    }
}
