//! The Queue screen (a placeholder: it says what it will hold).

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Ctx, Outcome, Screen, ScreenId, View, draw_placeholder};
use crate::action::Action;
use crate::i18n::{Msg, t};
use crate::store::{Store, StoreError};

#[derive(Debug, Default)]
pub struct QueueScreen {
    /// How many times the store asked this screen to reload (for tests and later work).
    pub refreshes: u64,
}

impl QueueScreen {
    pub fn new() -> Self {
        Self::default()
    }
}

impl Screen for QueueScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Queue
    }

    fn contexts(&self) -> &'static [&'static str] {
        &["queue", "list"]
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let _ = action;
        Outcome::Status(t(cx.lang, Msg::NotBuilt).to_string())
    }

    fn refresh(&mut self, _store: &Store) -> Result<(), StoreError> {
        self.refreshes += 1;
        Ok(())
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        draw_placeholder(
            frame,
            area,
            view,
            self.title(view.lang),
            Msg::QueuePlaceholder,
        );
    }
}
