//! A small form drawn in a box, one field under another: each field a label line with
//! its value and, under it, what is wrong or a hint (the audit filters, the staff
//! form). What the fields mean and checking them are the holder's.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::field::TextField;
use super::form::label_span;
use super::popup::{centred, frame_box};
use super::width::fit;
use crate::ui::View;

/// The two lines a field takes in a form drawn one field under another: the label in
/// `label_width` cells (in the selection style while focused) and the value with its
/// cursor; under it what is wrong (`error`), else `hint` while it has the focus.
fn field_lines(
    label: &str,
    label_width: usize,
    field: &TextField,
    focused: bool,
    error: Option<&str>,
    hint: Option<&str>,
    view: &View<'_>,
) -> [Line<'static>; 2] {
    let theme = view.theme;
    let first = Line::from(vec![
        label_span(&fit(label, label_width), focused, view),
        Span::styled(field.with_cursor(focused), theme.text),
    ]);
    let pad = " ".repeat(label_width + 2);
    let second = match (error, hint) {
        (Some(why), _) => Line::from(Span::styled(format!("{pad}✗ {why}"), theme.status_error)),
        (None, Some(hint)) if focused => {
            Line::from(Span::styled(format!("{pad}{hint}"), theme.muted))
        }
        _ => Line::from(""),
    };
    [first, second]
}

/// One field of a form drawn in a box, one field under another (see [`draw_stacked`]).
pub struct Stacked<'a> {
    pub label: &'a str,
    pub field: &'a TextField,
    pub focused: bool,
    pub error: Option<&'a str>,
    pub hint: Option<&'a str>,
}

/// The box a stacked form is drawn in: the title on its frame, its width in cells,
/// the labels' width, and the keys said under the fields.
pub struct Boxed<'a> {
    pub title: &'a str,
    pub width: u16,
    pub label_width: usize,
    pub hint: &'a str,
}

/// A small form in its box centred on `area`: the fields one under another (two lines
/// each, see [`field_lines`]) and the box's hint under them.
pub fn draw_stacked(
    frame: &mut Frame<'_>,
    area: Rect,
    view: &View<'_>,
    boxed: &Boxed<'_>,
    fields: &[Stacked<'_>],
) {
    let Boxed {
        title,
        width,
        label_width,
        hint,
    } = *boxed;
    let height = fields.len() as u16 * 2 + 4;
    let inner = frame_box(frame, centred(area, width, height), view, title);
    let mut lines = Vec::new();
    for f in fields {
        lines.extend(field_lines(
            f.label,
            label_width,
            f.field,
            f.focused,
            f.error,
            f.hint,
            view,
        ));
    }
    lines.push(Line::styled(format!(" {hint}"), view.theme.muted));
    frame.render_widget(Paragraph::new(lines), inner);
}
