//! The help overlay: the keys of the current screen and the global ones, read from the
//! keymap in use, so it is always right.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::kit::viewer::wrap;
use super::kit::width::width;
use super::{View, action_help};
use crate::action::Action;
use crate::i18n::{Msg, t, tf};
use crate::keymap::{Binding, Context, Keymap};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HelpState {
    pub scroll: u16,
}

impl HelpState {
    pub fn scroll(&mut self, action: Action) {
        self.scroll = match action {
            Action::Up => self.scroll.saturating_sub(1),
            Action::Down => self.scroll.saturating_add(1),
            Action::PageUp => self.scroll.saturating_sub(10),
            Action::PageDown => self.scroll.saturating_add(10),
            _ => self.scroll,
        }
        .min(200);
    }
}

/// (keys, description) per action, in the order the keymap lists them.
fn rows(bindings: &[&Binding], view: &View<'_>) -> Vec<(String, String)> {
    let mut rows: Vec<(Action, Vec<String>, String)> = Vec::new();
    for binding in bindings {
        match rows.iter_mut().find(|(a, _, _)| *a == binding.action) {
            Some((_, keys, _)) => keys.push(binding.key.to_string()),
            None => rows.push((
                binding.action,
                vec![binding.key.to_string()],
                binding
                    .desc(view.lang)
                    .unwrap_or(t(view.lang, action_help(binding.action)))
                    .to_string(),
            )),
        }
    }
    rows.into_iter()
        .map(|(_, keys, desc)| (keys.join(", "), desc))
        .collect()
}

/// The overlay's lines, `cells` wide: a description longer than its column goes on
/// in rows of its own under the column, never cut.
pub fn lines(
    keymap: &Keymap,
    contexts: &[Context],
    view: &View<'_>,
    cells: usize,
) -> Vec<Line<'static>> {
    let theme = view.theme;
    let here: Vec<&Binding> = contexts.iter().flat_map(|c| keymap.context(*c)).collect();
    let global: Vec<&Binding> = keymap.context(Context::Global).iter().collect();
    let mut lines = Vec::new();
    for (heading, bindings) in [(Msg::HelpThisScreen, here), (Msg::HelpEverywhere, global)] {
        let rows = rows(&bindings, view);
        if rows.is_empty() {
            continue;
        }
        lines.push(Line::from(Span::styled(t(view.lang, heading), theme.title)));
        let keys_width = rows.iter().map(|(k, _)| width(k)).max().unwrap_or(0);
        let indent = 2 + keys_width + 2;
        for (keys, desc) in rows {
            let pad = keys_width.saturating_sub(width(&keys));
            let mut parts = wrap(&desc, cells.saturating_sub(indent)).into_iter();
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(keys, theme.hint_key),
                Span::raw(" ".repeat(pad + 2)),
                Span::styled(parts.next().unwrap_or_default(), theme.text),
            ]));
            for part in parts {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(indent)),
                    Span::styled(part, theme.text),
                ]));
            }
        }
    }
    lines
}

pub fn draw(
    frame: &mut Frame<'_>,
    body: Rect,
    view: &View<'_>,
    keymap: &Keymap,
    contexts: &[Context],
    screen_title: &str,
    state: &HelpState,
) {
    let area = body;
    // Inside the border, one cell of margin on each side.
    let lines = lines(
        keymap,
        contexts,
        view,
        usize::from(area.width.saturating_sub(4)),
    );
    let visible = area.height.saturating_sub(2);
    let max_scroll = (lines.len() as u16).saturating_sub(visible);
    let scroll = state.scroll.min(max_scroll);
    let more = if scroll < max_scroll { " ↓…" } else { "" };
    let block = Block::bordered()
        .border_set(view.theme.borders)
        .border_style(view.theme.title)
        .title(Span::styled(
            format!(" {} ", tf(view.lang, Msg::HelpTitle, &[screen_title])),
            view.theme.title,
        ))
        .title_bottom(Span::styled(
            format!(" {}{more} ", t(view.lang, Msg::HelpClose)),
            view.theme.muted,
        ));
    frame.render_widget(Clear, area);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let padded = Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), padded);
}
