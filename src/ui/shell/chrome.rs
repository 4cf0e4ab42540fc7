//! The frame's drawing: the tab bar, the key hints, the status line (a long message
//! wraps over the rows above it instead of being cut), the help overlay, and the
//! notice of a terminal too small.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::Shell;
use crate::i18n::{Msg, t, tf};
use crate::keymap::Context;
use crate::ui::help;
use crate::ui::kit::viewer::wrap;
use crate::ui::kit::width::{tail, width};
use crate::ui::{ScreenId, View, action_label};

/// The smallest terminal the interface draws in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// A status message wraps over at most this many rows.
const STATUS_MAX_ROWS: u16 = 6;

impl Shell {
    /// Draws everything from state, then hands the active screen what its drawing
    /// measured.
    pub fn draw(&mut self, frame: &mut Frame<'_>) {
        let area = frame.area();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            self.draw_too_small(frame, area);
            return;
        }
        let [top, body, hints, status] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let view = View {
            lang: self.lang,
            theme: &self.theme,
            now: self.now,
            operator: &self.operator,
            desk: self.desk,
            role: self.role,
        };
        self.draw_top(frame, top);
        let drawn = self.screen().draw(frame, body, &view);
        // A message longer than the status line takes the rows above it; the hints
        // then move up above the message, so the keys to go on are always shown.
        let taken = self.draw_status(frame, status);
        let hints = Rect {
            y: status.y.saturating_sub(taken).max(body.y),
            ..hints
        };
        frame.render_widget(Clear, hints);
        self.draw_hints(frame, hints);
        if let Some(state) = &self.help {
            help::draw(
                frame,
                body,
                &view,
                &self.keymap,
                self.screen().contexts(),
                self.screen().title(self.lang),
                state,
            );
        }
        let index = self.active_index();
        self.screens[index].measured(drawn);
    }

    fn draw_too_small(&self, frame: &mut Frame<'_>, area: Rect) {
        let size = [area.width.to_string(), area.height.to_string()];
        let lines = vec![
            Line::from(Span::styled(
                tf(self.lang, Msg::TooSmall, &[&size[0], &size[1]]),
                self.theme.warning,
            )),
            Line::from(""),
            Line::from(Span::styled(
                t(self.lang, Msg::TooSmallHint),
                self.theme.text,
            )),
        ];
        let top = area.height.saturating_sub(4) / 2;
        let inner = Rect {
            y: area.y.saturating_add(top),
            height: area.height.saturating_sub(top),
            ..area
        };
        frame.render_widget(
            Paragraph::new(lines)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            inner,
        );
    }

    fn draw_top(&self, frame: &mut Frame<'_>, area: Rect) {
        const BRAND: &str = " kentro │";
        const BRAND_WIDTH: usize = 9;
        let theme = &self.theme;
        let clock = self.now.format("%H:%M").to_string();
        let mut right = match self.desk {
            Some(desk) => format!("{} {desk} · {clock} ", t(self.lang, Msg::Desk)),
            None => format!("{clock} "),
        };
        // The core tabs and the one in use, bare, come before the desk number here
        // (the status line shows it too).
        let least: usize = self
            .tabs()
            .iter()
            .filter(|id| id.core() || **id == self.active)
            .map(|id| width(t(self.lang, id.tab())) + 2)
            .sum();
        if least + width(&right) + 1 > area.width as usize {
            right = format!("{clock} ");
        }
        let right_width = width(&right) as u16;
        let mut spans = Vec::new();
        // Tabs with their keys; when they do not fit (Greek is longer), the last tabs
        // but the current one lose their key first.
        let key_width = |id: ScreenId| {
            self.keymap
                .key_for(&[], id.action())
                .map_or(0, |k| width(&k.to_string()) + 1)
        };
        let room = (area.width as usize).saturating_sub(right_width as usize + 1);
        // More tabs than fit at 80 columns: the tabs beyond the core five that are
        // not in use give way first, the last first (the administrators'), before any
        // tab loses its key; their keys still open them, next-tab and previous-tab
        // reach them, and help lists them.
        let mut tabs = self.tabs();
        let bare = |tabs: &[ScreenId]| {
            BRAND_WIDTH
                + tabs
                    .iter()
                    .map(|id| width(t(self.lang, id.tab())) + 2)
                    .sum::<usize>()
        };
        let keyed =
            |tabs: &[ScreenId]| bare(tabs) + tabs.iter().map(|id| key_width(*id)).sum::<usize>();
        while keyed(&tabs) > room {
            match tabs.iter().rposition(|id| !id.core() && *id != self.active) {
                Some(last) => {
                    tabs.remove(last);
                }
                None => break,
            }
        }
        // In the end the program's name gives way too (Greek names are longer).
        let brand = bare(&tabs) <= room;
        if brand {
            spans.push(Span::styled(BRAND, theme.title));
        }
        let mut total: usize = if brand { BRAND_WIDTH } else { 0 }
            + tabs
                .iter()
                .map(|id| key_width(*id) + width(t(self.lang, id.tab())) + 2)
                .sum::<usize>();
        let mut keyless: Vec<ScreenId> = Vec::new();
        for id in tabs.iter().rev() {
            if total <= room {
                break;
            }
            if *id != self.active {
                total -= key_width(*id);
                keyless.push(*id);
            }
        }
        if total > room {
            // Reverse video still marks the current tab without its key.
            keyless.push(self.active);
        }
        for id in tabs {
            let key = self
                .keymap
                .key_for(&[], id.action())
                .filter(|_| !keyless.contains(&id))
                .map(|k| format!("{k} "))
                .unwrap_or_default();
            let style = if id == self.active {
                theme.tab_active
            } else {
                theme.tab
            };
            spans.push(Span::styled(
                format!(" {key}{} ", t(self.lang, id.tab())),
                style,
            ));
        }
        let left_area = Rect {
            width: area.width.saturating_sub(right_width),
            ..area
        };
        frame.render_widget(
            Paragraph::new(Line::from(spans)).style(theme.bar),
            left_area,
        );
        let right_area = Rect {
            x: area.x + left_area.width,
            width: area.width - left_area.width,
            ..area
        };
        frame.render_widget(
            Paragraph::new(right)
                .style(theme.bar)
                .alignment(Alignment::Right),
            right_area,
        );
    }

    /// Hint items (key, label): the screen's context on the left, global on the right.
    fn hint_items(&self, contexts: &[Context]) -> Vec<(String, &'static str)> {
        let mut seen = Vec::new();
        let mut items = Vec::new();
        for context in contexts {
            for binding in self.keymap.context(*context) {
                if binding.hint && !seen.contains(&binding.action) {
                    seen.push(binding.action);
                    items.push((
                        binding.key.to_string(),
                        t(self.lang, action_label(binding.action)),
                    ));
                }
            }
        }
        items
    }

    fn draw_hints(&self, frame: &mut Frame<'_>, area: Rect) {
        let (left_contexts, right_contexts): (&[Context], &[Context]) = if self.help.is_some() {
            (&[Context::Help], &[])
        } else {
            (self.screen().contexts(), &[Context::Global])
        };
        let right = self.hint_items(right_contexts);
        let left = self.hint_items(left_contexts);
        let width = |items: &[(String, &str)]| -> usize {
            items.iter().map(|(k, l)| width(k) + width(l) + 3).sum()
        };
        let right_width = width(&right);
        let mut room = (area.width as usize).saturating_sub(right_width + 1);
        let mut left_fit = Vec::new();
        for item in left {
            let w = width(std::slice::from_ref(&item));
            if w > room {
                break;
            }
            room -= w;
            left_fit.push(item);
        }
        let spans = |items: &[(String, &str)]| -> Vec<Span<'static>> {
            items
                .iter()
                .flat_map(|(k, l)| {
                    [
                        Span::raw(" "),
                        Span::styled(k.clone(), self.theme.hint_key),
                        Span::styled(format!(" {l} "), self.theme.hint_label),
                    ]
                })
                .collect()
        };
        frame.render_widget(Paragraph::new(Line::from(spans(&left_fit))), area);
        let right_w = (right_width as u16).min(area.width);
        let right_area = Rect {
            x: area.x + area.width - right_w,
            width: right_w,
            ..area
        };
        frame.render_widget(Paragraph::new(Line::from(spans(&right))), right_area);
    }

    /// Draws the status line; returns the rows the message took, ending on the status
    /// line (1 when it fits there).
    fn draw_status(&self, frame: &mut Frame<'_>, area: Rect) -> u16 {
        let desk = match self.desk {
            Some(desk) => format!("{} {desk}", t(self.lang, Msg::Desk)),
            None => t(self.lang, Msg::NoDesk).to_string(),
        };
        let date = crate::domain::dates::format_date(self.now.date());
        let message_width = self
            .status
            .as_ref()
            .map(|s| width(&s.text) + 2)
            .unwrap_or(0);
        let fixed = format!(" {} · {desk} ·  · {date} ", self.operator);
        let room = (area.width as usize)
            .saturating_sub(width(&fixed))
            .saturating_sub(message_width.min(area.width as usize / 2));
        let label = tail(&self.db_label, room.max(8));
        let right = format!(" {} · {desk} · {label} · {date} ", self.operator);
        let right_width = (width(&right) as u16).min(area.width);
        let right_area = Rect {
            x: area.x + area.width - right_width,
            width: right_width,
            ..area
        };
        let left_area = Rect {
            width: area.width - right_width,
            ..area
        };
        frame.render_widget(
            Paragraph::new(Span::styled(right, self.theme.muted)).alignment(Alignment::Right),
            right_area,
        );
        let Some(status) = &self.status else {
            return 1;
        };
        let style = if status.error {
            self.theme.status_error
        } else {
            self.theme.status
        };
        let text = format!(" {}", status.text);
        if width(&text) <= left_area.width as usize {
            frame.render_widget(Paragraph::new(Span::styled(text, style)), left_area);
            return 1;
        }
        // Too long beside the operator and the desk: the message takes the whole line
        // and, if it needs more, wraps over the rows above, ending on the status line,
        // until the next key (the whole message is also in the log).
        let mut rows = wrap(&text, area.width as usize);
        rows.truncate(STATUS_MAX_ROWS.min(area.y.saturating_add(1)) as usize);
        let taken = rows.len().max(1) as u16;
        let rect = Rect {
            x: area.x,
            y: area.y + 1 - taken,
            width: area.width,
            height: taken,
        };
        frame.render_widget(Clear, rect);
        let lines: Vec<Line<'_>> = rows
            .into_iter()
            .map(|row| Line::from(Span::styled(row, style)))
            .collect();
        frame.render_widget(Paragraph::new(lines).style(style), rect);
        taken
    }
}
