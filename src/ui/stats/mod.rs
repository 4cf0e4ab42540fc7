//! The statistics screen (Alt-S): counts of the centre's work, never a name. Four
//! pages (Tab and → / Shift-Tab and ←): today's arrivals by hour and the waits per
//! service line; tickets by service and outcome; referrals open, overdue and by
//! destination and outcome; visits per day over the last 30 days and new versus
//! returning people. `p` moves the period of the waits, tickets, referrals and
//! people between today, this week and this month. Every picture has its numbers
//! beside it, and the pictures are drawn with block characters, so they read in the
//! colourless theme too.
//!
//! Everything comes from one call, [`crate::report::stats::statistics`] (what the
//! report benchmark's "busy day" part times). A failed read is said in place of the
//! pictures, never drawn as empty charts.

mod draw;
mod pages;

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::domain::report::stats::{Span, Statistics};
use crate::i18n::stats::StMsg;
use crate::i18n::{Lang, service_name};
use crate::keymap::Context;
use crate::store::StoreError;
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::{Ctx, Drawn, Outcome, Screen, ScreenId, View};

/// The screen's pages, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Page {
    #[default]
    Today,
    Tickets,
    Referrals,
    Visits,
}

impl Page {
    pub const ALL: [Page; 4] = [Page::Today, Page::Tickets, Page::Referrals, Page::Visits];

    fn title(self) -> StMsg {
        match self {
            Page::Today => StMsg::PageToday,
            Page::Tickets => StMsg::PageTickets,
            Page::Referrals => StMsg::PageReferrals,
            Page::Visits => StMsg::PageVisits,
        }
    }

    fn index(self) -> usize {
        Page::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    fn step(self, by: isize) -> Page {
        let count = Page::ALL.len() as isize;
        Page::ALL[(self.index() as isize + by).rem_euclid(count) as usize]
    }
}

/// What the last refresh read.
enum Figures {
    /// Not read yet (the screen was never opened).
    Unread,
    Read(Box<Statistics>),
    /// The store's error, in the operator's language at the time.
    Failed(String),
}

pub struct StatsScreen {
    page: Page,
    span: Span,
    figures: Figures,
    /// Service line code → its names (Greek, English), to label rows.
    names: HashMap<String, (String, String)>,
}

impl Default for StatsScreen {
    fn default() -> Self {
        Self::new()
    }
}

impl StatsScreen {
    pub fn new() -> StatsScreen {
        StatsScreen {
            page: Page::Today,
            span: Span::Today,
            figures: Figures::Unread,
            names: HashMap::new(),
        }
    }

    /// The page on screen.
    pub fn page(&self) -> Page {
        self.page
    }

    /// A service line's name in `lang` (its code when it is not known).
    fn service_label(&self, code: &str, lang: Lang) -> String {
        match self.names.get(code) {
            Some((el, en)) => match lang {
                Lang::En if !en.is_empty() => en.clone(),
                _ => el.clone(),
            },
            None => code.to_string(),
        }
    }

    fn reload(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let read = || -> Result<_, StoreError> {
            let services = cx.store.services()?;
            let figures = crate::report::stats::statistics(cx.store, cx.today(), self.span)?;
            Ok((services, figures))
        };
        match read() {
            Ok((services, figures)) => {
                self.names = services
                    .iter()
                    .map(|s| {
                        (
                            s.code.clone(),
                            (
                                service_name(s, Lang::El).to_string(),
                                service_name(s, Lang::En).to_string(),
                            ),
                        )
                    })
                    .collect();
                self.figures = Figures::Read(Box::new(figures));
                Ok(())
            }
            Err(e) => {
                self.figures = Figures::Failed(store_error_text(cx.lang, &e));
                Err(e)
            }
        }
    }
}

impl Screen for StatsScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Stats
    }

    fn contexts(&self) -> &'static [Context] {
        &[Context::Stats]
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match action {
            Action::NextSection => self.page = self.page.step(1),
            Action::PrevSection => self.page = self.page.step(-1),
            Action::NextSpan => {
                self.span = self.span.next();
                if let Err(e) = self.reload(cx) {
                    return store_failure(cx.lang, "statistics", &e);
                }
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        self.reload(cx)
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        draw::draw(self, frame, area, view);
        Drawn::default()
    }
}

#[cfg(test)]
mod tests;
