//! The interface kit: the parts screens are built from.
//!
//! Every part is a [`Component`]: it owns its state, takes actions, keys and pastes
//! through [`Component::handle`], and draws itself from that state alone through
//! [`Component::draw`], which returns what it measured ([`Drawn`]) so that the holder
//! can page by what was really on screen. A screen holds its parts as fields and
//! passes input on to the one that has the focus; what a part reports ([`Reply`])
//! the screen turns into its own [`Outcome`].
//!
//! - [`field::TextField`]: the one text field (ratatui-textarea): ← → Home End work
//!   everywhere.
//! - [`list::ListView`]: a selection that turns page by page.
//! - [`picker::Picker`]: type-ahead: a field, the hits below it, a [`picker::Source`]
//!   that finds them; [`person::PersonSource`] is the one person picker, and
//!   [`person::person_line`] the one way a person is written on one line.
//! - [`popup`]: a framed box over the screen, and [`popup::Question`], a yes/no (or
//!   keep/throw away) question answered by one key.
//! - [`viewer::Viewer`]: a text to read or copy in a box over the screen, scrolled by
//!   the arrows and page keys (a slip shown when no printer is set).
//! - [`stacked`]: a small form in a box, one labelled field under another, each with
//!   what is wrong with it or a hint under it.
//! - [`width`]: text cut and padded by terminal cells (⌚ and CJK take two).
//! - [`fail`]: a store error turned into a status line in the operator's language,
//!   and logged.
//! - [`draft`]: every form keeps a draft ([`draft::DraftSlot`]), written a moment
//!   after each change and at exit, offered again at the next start.

pub mod draft;
pub mod fail;
pub mod field;
pub mod form;
pub mod list;
pub mod person;
pub mod picker;
pub mod popup;
pub mod stacked;
pub mod viewer;
pub mod width;

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Ctx, Outcome, View};
use crate::action::Action;

/// What a part is given: an action the keymap produced, a raw key (while a text field
/// has the focus), or pasted text.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    Action(Action),
    Key(KeyEvent),
    Paste(&'a str),
}

/// What came of giving a part some input.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply<D> {
    /// Not the part's business: the holder may use the input itself.
    Ignored,
    /// The part's state changed: redraw.
    Changed,
    /// The part finished with a result for its holder (a pick, an answer).
    Done(D),
    /// Something for the status line (an error the part met, e.g. a failed search).
    Say(Outcome),
}

impl<D> Reply<D> {
    /// The screen's outcome for a reply whose result the screen handles with `done`.
    pub fn into_outcome(self, done: impl FnOnce(D) -> Outcome) -> Outcome {
        match self {
            Reply::Ignored => Outcome::Ignored,
            Reply::Changed => Outcome::Handled,
            Reply::Done(d) => done(d),
            Reply::Say(outcome) => outcome,
        }
    }

    pub fn is_ignored(&self) -> bool {
        matches!(self, Reply::Ignored)
    }
}

/// What a drawing measured: how many rows the part that scrolls had on screen, and
/// how many rows its content needs. The holder keeps it (see
/// [`Screen::measured`](super::Screen::measured)) to turn pages by what was seen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Drawn {
    /// Visible rows of the scrolled part (a list's page).
    pub rows: u16,
    /// Rows of content (for scrolling to the end); 0 when not measured.
    pub content: u16,
}

impl Drawn {
    pub fn rows(rows: u16) -> Drawn {
        Drawn { rows, content: 0 }
    }

    /// Nothing measured: the screen has nothing that pages.
    pub fn none() -> Drawn {
        Drawn::default()
    }
}

/// A part of a screen.
pub trait Component {
    /// What the part hands back when it finishes ([`Reply::Done`]).
    type Done;

    fn handle(&mut self, input: Input<'_>, cx: &mut Ctx<'_>) -> Reply<Self::Done>;

    /// Draws into `area` from state alone; never reads the store or the clock (the
    /// view carries the clock).
    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn;

    /// True while the part takes typed text (the shell then sends plain keys raw).
    fn wants_text(&self) -> bool {
        false
    }
}

#[cfg(test)]
pub(crate) mod tests {
    //! What the parts' tests share (on top of the UI harness).
    use crossterm::event::KeyEvent;

    use crate::i18n::Lang;
    use crate::store::Store;
    use crate::ui::Ctx;
    pub use crate::ui::harness::store;

    pub fn ctx_for(store: &mut Store, lang: Lang) -> Ctx<'_> {
        crate::ui::harness::cx(store, lang)
    }

    pub fn key(c: char) -> KeyEvent {
        crate::ui::harness::char_key(c)
    }
}
