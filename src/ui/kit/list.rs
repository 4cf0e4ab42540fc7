//! A list's selection: moving it (↑ ↓ PgUp PgDn Home End), turning page by page by
//! the rows the last drawing had, and drawing the visible page of rows.
//!
//! Lists turn page by page rather than row by row: moving the selection then redraws
//! two rows, not the whole list, which over SSH to a thin client is the difference
//! between a few dozen bytes per key and two kilobytes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{Component, Drawn, Input, Reply};
use crate::action::Action;
use crate::ui::{Ctx, View};

/// The page a list turns by before it was ever drawn.
const DEFAULT_PAGE: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListView {
    selected: usize,
    len: usize,
    /// Rows seen at the last drawing (0: never drawn).
    page: usize,
}

impl Default for ListView {
    fn default() -> Self {
        ListView::new()
    }
}

impl ListView {
    pub fn new() -> ListView {
        ListView {
            selected: 0,
            len: 0,
            page: 0,
        }
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The list now has `len` rows; the selection stays where it was if it can.
    pub fn set_len(&mut self, len: usize) {
        self.len = len;
        self.selected = self.selected.min(len.saturating_sub(1));
    }

    pub fn select(&mut self, index: usize) {
        self.selected = index.min(self.len.saturating_sub(1));
    }

    /// Rows per page: what the last drawing showed.
    pub fn page(&self) -> usize {
        if self.page == 0 {
            DEFAULT_PAGE
        } else {
            self.page
        }
    }

    /// Keeps what a drawing measured.
    pub fn measured(&mut self, drawn: Drawn) {
        if drawn.rows > 0 {
            self.page = drawn.rows as usize;
        }
    }

    /// Moves the selection on a movement action; false for any other action.
    pub fn step(&mut self, action: Action) -> bool {
        match step_selection(self.selected, self.len, self.page(), action) {
            Some(to) => {
                self.selected = to;
                true
            }
            None => false,
        }
    }

    /// The first row shown when `rows` rows fit.
    pub fn first_visible(&self, rows: usize) -> usize {
        first_visible_row(self.selected, rows)
    }

    /// Draws the page holding the selection: `row(index, selected)` makes each line.
    pub fn draw_rows<'a>(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        mut row: impl FnMut(usize, bool) -> Line<'a>,
    ) -> Drawn {
        let rows = area.height as usize;
        let first = self.first_visible(rows);
        let lines: Vec<Line<'a>> = (first..self.len.min(first + rows))
            .map(|i| row(i, i == self.selected))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        Drawn {
            rows: area.height,
            content: self.len.min(u16::MAX as usize) as u16,
        }
    }
}

impl ListView {
    /// A list under a header row: `header` in `head` (muted), then in `rows` the page
    /// holding the selection, or `empty` in its place when there is nothing to list.
    #[allow(clippy::too_many_arguments)]
    pub fn draw_headed<'a>(
        &self,
        frame: &mut Frame<'_>,
        head: Rect,
        rows: Rect,
        view: &View<'_>,
        header: String,
        empty: &str,
        row: impl FnMut(usize, bool) -> Line<'a>,
    ) -> Drawn {
        frame.render_widget(Paragraph::new(Line::styled(header, view.theme.muted)), head);
        if self.is_empty() {
            say_in_place(frame, rows, empty, view.theme.muted)
        } else {
            self.draw_rows(frame, rows, row)
        }
    }
}

impl Component for ListView {
    /// Enter on a row: its index.
    type Done = usize;

    fn handle(&mut self, input: Input<'_>, _cx: &mut Ctx<'_>) -> Reply<usize> {
        match input {
            Input::Action(Action::Confirm) if !self.is_empty() => Reply::Done(self.selected),
            Input::Action(action) if self.step(action) => Reply::Changed,
            _ => Reply::Ignored,
        }
    }

    /// Draws bare row numbers; holders draw their own rows with [`ListView::draw_rows`].
    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        self.draw_rows(frame, area, |i, selected| {
            let style = if selected {
                view.theme.selection
            } else {
                view.theme.text
            };
            Line::styled((i + 1).to_string(), style)
        })
    }
}

/// One row of text from `area`'s top, a space before it: a screen's title, a
/// column header, a line of figures.
pub fn text_row(frame: &mut Frame<'_>, area: Rect, text: &str, style: ratatui::style::Style) {
    frame.render_widget(
        Paragraph::new(ratatui::text::Span::styled(format!(" {text}"), style)),
        area,
    );
}

/// A row of column heads from `area`'s top: each head fitted to its width, then
/// `last` as it is (the column that takes the rest), a space before each.
pub fn heads_row(
    frame: &mut Frame<'_>,
    area: Rect,
    heads: &[(&str, usize)],
    last: &str,
    style: ratatui::style::Style,
) {
    let mut text = String::new();
    for (head, cells) in heads {
        text.push_str(&super::width::fit(head, *cells));
        text.push(' ');
    }
    text.push_str(last);
    text_row(frame, area, &text, style);
}

/// What stands in place of a list's rows (nothing to list, or why it could not be
/// read), measured as the list's page.
pub fn say_in_place(
    frame: &mut Frame<'_>,
    area: Rect,
    text: &str,
    style: ratatui::style::Style,
) -> Drawn {
    text_row(frame, area, text, style);
    Drawn::rows(area.height)
}

/// The first row a list of `rows` visible rows shows when `selected` is selected.
pub fn first_visible_row(selected: usize, rows: usize) -> usize {
    if rows == 0 {
        0
    } else {
        selected - selected % rows
    }
}

/// Where a list's selection goes on a movement action (↑ ↓ PgUp PgDn Home End), in a
/// list of `len` rows turning `page` rows at a time; `None` for any other action.
pub fn step_selection(selected: usize, len: usize, page: usize, action: Action) -> Option<usize> {
    let last = len.saturating_sub(1);
    let page = page.max(1);
    let to = match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => selected.saturating_add(1),
        Action::PageUp => selected.saturating_sub(page),
        Action::PageDown => selected.saturating_add(page),
        Action::Home => 0,
        Action::End => last,
        _ => return None,
    };
    Some(to.min(last))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::kit::Drawn;

    #[test]
    fn turns_by_the_drawn_page() {
        let mut list = ListView::new();
        list.set_len(40);
        assert!(list.step(Action::PageDown));
        assert_eq!(list.selected(), DEFAULT_PAGE);
        list.measured(Drawn::rows(7));
        list.step(Action::PageDown);
        assert_eq!(list.selected(), 17);
        assert_eq!(list.first_visible(7), 14);
        list.step(Action::End);
        assert_eq!(list.selected(), 39);
        list.set_len(5);
        assert_eq!(list.selected(), 4);
        assert!(!list.step(Action::Confirm));
        list.set_len(0);
        assert_eq!(list.selected(), 0);
    }
}
