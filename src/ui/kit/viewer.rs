//! A text to read in a box over the screen, scrolled with the arrows and the page
//! keys: a slip shown because no printer is set, to be read or copied.
//!
//! The box has rules above and below and none at the sides, so that the terminal's
//! own selection (a mouse drag in PuTTY or xterm) copies the text and nothing else.
//! Long lines are wrapped at the box's width, at a space where there is one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_truncate::UnicodeTruncateStr;

use super::width::width;
use super::{Component, Drawn, Input, Reply};
use crate::action::Action;
use crate::ui::{Ctx, View};

/// What the holder is asked to do with the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewed {
    /// Esc: the viewer is done.
    Closed,
    /// The save action (`w`, Ctrl-S): the holder writes the text where it belongs.
    Save,
}

/// A scrollable text in a box.
#[derive(Debug, Clone, PartialEq)]
pub struct Viewer {
    title: String,
    text: String,
    /// The first row shown (of the wrapped rows).
    scroll: usize,
    /// Rows on screen at the last drawing (paging goes by them), and rows in all.
    page: usize,
    rows: usize,
}

impl Viewer {
    pub fn new(title: impl Into<String>, text: impl Into<String>) -> Viewer {
        Viewer {
            title: title.into(),
            text: text.into(),
            scroll: 0,
            page: 10,
            rows: usize::MAX,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// What the last drawing measured: paging and the end follow what was seen.
    pub fn measured(&mut self, drawn: Drawn) {
        if drawn.rows > 0 {
            self.page = drawn.rows as usize;
            self.rows = drawn.content as usize;
            self.scroll = self.scroll.min(self.last_start());
        }
    }

    fn last_start(&self) -> usize {
        self.rows.saturating_sub(self.page)
    }

    /// The box drawn over `area`, the text in rows of at most `area`'s width.
    pub fn draw_in(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        frame.render_widget(Clear, area);
        let rows = wrap(&self.text, area.width as usize);
        let block = Block::new()
            .borders(Borders::TOP | Borders::BOTTOM)
            .border_set(view.theme.borders)
            .border_style(view.theme.title)
            .title(Span::styled(format!(" {} ", self.title), view.theme.title));
        let inner = block.inner(area);
        let page = inner.height as usize;
        let total = rows.len();
        let scroll = self.scroll.min(total.saturating_sub(page));
        let block = if scroll + page < total {
            block.title_bottom(Span::styled(" ↓… ", view.theme.muted))
        } else {
            block
        };
        frame.render_widget(block, area);
        let lines: Vec<Line<'_>> = rows
            .into_iter()
            .skip(scroll)
            .take(page)
            .map(|row| Line::from(Span::styled(row, view.theme.text)))
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
        Drawn {
            rows: inner.height,
            content: total.min(u16::MAX as usize) as u16,
        }
    }
}

impl Component for Viewer {
    type Done = Viewed;

    fn handle(&mut self, input: Input<'_>, _cx: &mut Ctx<'_>) -> Reply<Viewed> {
        let Input::Action(action) = input else {
            return Reply::Ignored;
        };
        let last = self.last_start();
        let scroll = match action {
            Action::Cancel => return Reply::Done(Viewed::Closed),
            Action::Save => return Reply::Done(Viewed::Save),
            Action::Up => self.scroll.saturating_sub(1),
            Action::Down => self.scroll.saturating_add(1).min(last),
            Action::PageUp => self.scroll.saturating_sub(self.page.max(1)),
            Action::PageDown => self.scroll.saturating_add(self.page.max(1)).min(last),
            Action::Home => 0,
            Action::End => last,
            _ => return Reply::Ignored,
        };
        self.scroll = scroll;
        Reply::Changed
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        self.draw_in(frame, area, view)
    }
}

/// `text`'s lines in rows of at most `cells` cells: a long line breaks at its last
/// space that fits (the space dropped), else where the row is full.
pub fn wrap(text: &str, cells: usize) -> Vec<String> {
    let cells = cells.max(1);
    let mut rows = Vec::new();
    for line in text.lines() {
        let mut rest = line;
        loop {
            if width(rest) <= cells {
                rows.push(rest.to_string());
                break;
            }
            let (fits, _) = rest.unicode_truncate(cells);
            let cut = match fits.rfind(' ') {
                Some(space) if space > 0 => space,
                _ => fits
                    .len()
                    .max(rest.chars().next().map_or(1, char::len_utf8)),
            };
            rows.push(rest[..cut].to_string());
            rest = rest[cut..].strip_prefix(' ').unwrap_or(&rest[cut..]);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ui::kit::tests::{ctx_for, store};
    use proptest::prelude::*;

    #[test]
    fn the_arrows_and_page_keys_scroll_within_the_text_and_esc_closes() {
        let (_dir, mut store) = store();
        let mut cx = ctx_for(&mut store, Lang::En);
        let text: String = (1..=30).map(|n| format!("line {n}\n")).collect();
        let mut viewer = Viewer::new("Slip", text);
        viewer.measured(Drawn {
            rows: 10,
            content: 30,
        });
        let mut go = |v: &mut Viewer, a: Action| v.handle(Input::Action(a), &mut cx);
        assert_eq!(go(&mut viewer, Action::Up), Reply::Changed);
        assert_eq!(viewer.scroll, 0);
        go(&mut viewer, Action::PageDown);
        assert_eq!(viewer.scroll, 10);
        go(&mut viewer, Action::PageDown);
        go(&mut viewer, Action::PageDown);
        assert_eq!(viewer.scroll, 20, "never past the last page");
        go(&mut viewer, Action::Down);
        assert_eq!(viewer.scroll, 20);
        go(&mut viewer, Action::Home);
        assert_eq!(viewer.scroll, 0);
        go(&mut viewer, Action::End);
        assert_eq!(viewer.scroll, 20);
        assert_eq!(go(&mut viewer, Action::Save), Reply::Done(Viewed::Save));
        assert_eq!(go(&mut viewer, Action::Cancel), Reply::Done(Viewed::Closed));
        assert_eq!(go(&mut viewer, Action::NewTicket), Reply::Ignored);
    }

    #[test]
    fn long_lines_wrap_at_a_space() {
        assert_eq!(
            wrap("Προς: Νομική υποστήριξη νέων\n\nok", 14),
            ["Προς: Νομική", "υποστήριξη", "νέων", "", "ok"]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    proptest! {
        /// Every row fits, and nothing but the spaces at the breaks is lost.
        #[test]
        fn wrapped_rows_fit_and_keep_the_text(text in "[a-zΑ-Ωα-ω ⌚\n]{0,200}", cells in 1usize..40) {
            let rows = wrap(&text, cells);
            for row in &rows {
                prop_assert!(width(row) <= cells.max(2), "{row:?} wider than {cells}");
            }
            let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            prop_assert_eq!(squeeze(&rows.join("")), squeeze(&text));
        }
    }
}
