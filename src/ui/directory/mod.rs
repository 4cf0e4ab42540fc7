//! The directory screen (F7): the network's organisations and their services, browsed
//! by organisation or by service (`v`), searched as you type in Greek or Latin letters
//! with the lookup engine's folding (`/`), narrowed to one category of the taxonomy
//! (`c`); Enter opens an organisation's whole card; `e` edits and `n` adds a service
//! or an organisation (a stale edit is refused, never overwritten).
//!
//! This file holds the screen's state and routes each key to the list, the search
//! field, the category picker, the card or a form; each keeps its work in its own file.

mod card;
mod draft;
mod draw;
mod list;
mod org_form;
mod save;
mod service_form;
mod taxonomy;
#[cfg(test)]
mod tests;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;

use super::kit::field::TextField;
use super::kit::list::ListView;
use super::kit::picker::Picker;
use super::kit::{Component, Input};
use super::{Ctx, Drawn, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::directory::search::Haystack;
use crate::domain::directory::{Organisation, TaxonomyTerm};
use crate::domain::records::Service;
use crate::i18n::directory::DMsg;
use crate::i18n::t;
use crate::keymap::Context;
use crate::store::StoreError;
use org_form::OrgForm;
use service_form::ServiceForm;
use taxonomy::TermSource;

/// Width of the forms' label column.
const LABEL_WIDTH: usize = 16;

/// What the list shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Browse {
    #[default]
    Services,
    Organisations,
}

/// A form open over the list.
#[derive(Debug, Clone)]
enum Editing {
    Service(ServiceForm),
    Organisation(OrgForm),
}

impl Editing {
    /// The form in a box over the list, titled with what it edits.
    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let title = match self {
            Editing::Service(f) => f.title(view.lang),
            Editing::Organisation(f) => f.title(view.lang),
        };
        let keys = t(view.lang, DMsg::FormHint);
        self.form()
            .draw_boxed(frame, area, view, &title, keys, LABEL_WIDTH);
    }
}

/// The organisation card open over the list: whose, and how far it is scrolled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Card {
    org_id: i64,
    scroll: u16,
}

#[derive(Default)]
pub struct DirectoryScreen {
    browse: Browse,
    services: Vec<Service>,
    organisations: Vec<Organisation>,
    /// The taxonomy, to name each service's categories in the operator's language.
    terms: Vec<TaxonomyTerm>,
    /// The searchable text of each service and organisation, folded once per load.
    service_text: Vec<Haystack>,
    organisation_text: Vec<Haystack>,
    /// Indexes into `services` or `organisations` (as `browse` says) that match.
    shown: Vec<usize>,
    list: ListView,
    query: TextField,
    searching: bool,
    /// The category (taxonomy term code) the list is narrowed to.
    category: Option<String>,
    picker: Option<Picker<TermSource>>,
    card: Option<Card>,
    editing: Option<Editing>,
    /// Why the directory could not be read: shown in place of the list.
    load_error: Option<String>,
    /// The open form's draft.
    draft: draft::Kept,
}

impl DirectoryScreen {
    pub fn new() -> Self {
        Self::default()
    }

    /// What the list shows now.
    pub fn browsing(&self) -> Browse {
        self.browse
    }
}

impl Screen for DirectoryScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Directory
    }

    fn contexts(&self) -> &'static [Context] {
        if self.editing.is_some() {
            &[Context::Form]
        } else if self.picker.is_some() {
            &[Context::List]
        } else if self.card.is_some() {
            &[Context::DirectoryCard]
        } else if self.searching {
            // The search field takes every key: ← → Home End move in it.
            &[]
        } else {
            &[Context::Directory, Context::List]
        }
    }

    fn wants_text(&self) -> bool {
        self.editing.is_some() || self.searching || self.picker.is_some()
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        if self.editing.is_some() {
            return self.form_action(action, cx);
        }
        if let Some(picker) = &mut self.picker {
            if action == Action::Cancel {
                self.picker = None;
                return Outcome::Handled;
            }
            let reply = picker.handle(Input::Action(action), cx);
            return reply.into_outcome(|choice| {
                self.picker = None;
                self.set_category(choice.value);
                Outcome::Handled
            });
        }
        if self.card.is_some() {
            return self.card_action(action, cx);
        }
        self.list_action(action, cx)
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        if let Some(editing) = &mut self.editing {
            let form = editing.form_mut();
            let before = form.texts();
            let moved = form.edit_key(key);
            if form.texts() != before {
                self.draft.0.changed();
            }
            return if moved {
                Outcome::Handled
            } else {
                Outcome::Ignored
            };
        }
        if let Some(picker) = &mut self.picker {
            return picker
                .handle(Input::Key(key), cx)
                .into_outcome(|_| Outcome::Handled);
        }
        if self.searching {
            return self.search_key(key, cx);
        }
        Outcome::Ignored
    }

    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        let clean = crate::domain::text::clean_line(text);
        match &mut self.editing {
            Some(editing) => {
                editing.form_mut().paste(&clean);
                self.draft.0.changed();
            }
            None if self.picker.is_some() => {
                if let Some(picker) = &mut self.picker {
                    return picker
                        .handle(Input::Paste(&clean), cx)
                        .into_outcome(|_| Outcome::Handled);
                }
            }
            None if self.searching => {
                self.query.paste(&clean);
                self.apply();
            }
            None => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    /// The open form's draft, a moment after each change.
    fn tick(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.tick_draft(cx)
    }

    /// The program is ending (quit, hang-up): the half-typed entry is kept.
    fn on_exit(&mut self, cx: &mut Ctx<'_>) {
        self.keep_draft(cx);
    }

    fn on_start(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.offer_draft(cx)
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        if self.editing.is_some() {
            return Ok(()); // the form keeps what it read: a stale save is refused
        }
        self.reload(cx)
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        match &self.editing {
            Some(editing) => editing.draw(frame, area, view),
            None => match self.card {
                Some(card) => self.draw_card(card, frame, area, view),
                None => self.draw_list(frame, area, view),
            },
        }
        Drawn::none()
    }

    fn measured(&mut self, drawn: Drawn) {
        self.list.measured(drawn);
    }
}

impl DirectoryScreen {
    /// A key while the search field has the focus: ↑ ↓ PgUp PgDn move the list, Enter
    /// leaves the field (the search stays), Esc empties it; the rest edits.
    fn search_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let step = match key.code {
            KeyCode::Up => Some(Action::Up),
            KeyCode::Down => Some(Action::Down),
            KeyCode::PageUp => Some(Action::PageUp),
            KeyCode::PageDown => Some(Action::PageDown),
            _ => None,
        };
        if let Some(action) = step {
            self.list.step(action);
            return Outcome::Handled;
        }
        match key.code {
            KeyCode::Enter => self.searching = false,
            KeyCode::Esc => {
                self.searching = false;
                self.query.clear();
                self.apply();
            }
            _ => {
                let before = self.query.text();
                let reply = self.query.handle(Input::Key(key), cx);
                if self.query.text() != before {
                    self.apply();
                } else if reply.is_ignored() {
                    return Outcome::Ignored;
                }
            }
        }
        Outcome::Handled
    }
}
