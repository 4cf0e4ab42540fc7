//! Text for the queue's fixed-width rows: cutting or padding to terminal cells, and
//! the one-line fields every popup edits. Kept apart so every mode draws the same way.

use ratatui_textarea::TextArea;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` cut or padded to exactly `width` terminal cells (⌚ and CJK letters take two).
pub(super) fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.extend(std::iter::repeat_n(' ', width - used));
    out
}

/// Like [`fit`], but a cut text ends with `…`, so a shortened name reads as one.
pub(super) fn fit_cut(text: &str, width: usize) -> String {
    if text.width() <= width || width == 0 {
        return fit(text, width);
    }
    let mut out = fit(text, width - 1).trim_end().to_string();
    out.push('…');
    fit(&out, width)
}

pub(super) fn line_area(single: &str) -> TextArea<'static> {
    let mut area = TextArea::default();
    area.insert_str(single);
    area
}

pub(super) fn text_of(area: &TextArea<'_>) -> String {
    area.lines().first().cloned().unwrap_or_default()
}

/// A one-line field drawn as text with a bar at the cursor.
pub(super) fn with_cursor(area: &TextArea<'_>, focused: bool) -> String {
    let text = text_of(area);
    if !focused {
        return text;
    }
    let col = area.cursor().1;
    let mut out: String = text.chars().take(col).collect();
    out.push('▏');
    out.extend(text.chars().skip(col));
    out
}
