//! Text cut and padded to terminal cells, not characters: ⌚, CJK letters and other
//! wide characters take two cells and combining marks none, so columns stay aligned
//! whatever the names hold. Every screen cuts text with these, and only these.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_truncate::UnicodeTruncateStr;
use unicode_width::UnicodeWidthStr;

/// How many terminal cells `text` takes.
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` cut to at most `width` cells, then padded with spaces to exactly `width`.
/// A cut text ends with `…`, so a shortened name reads as one.
pub fn fit(text: &str, width: usize) -> String {
    pad(&cut(text, width), width)
}

/// Like [`fit`], but spaces before the `…` are dropped ("Ali Re…", not "Ali …").
pub fn fit_word(text: &str, width: usize) -> String {
    if text.width() <= width || width == 0 {
        return clip(text, width);
    }
    let (kept, _) = text.unicode_truncate(width - 1);
    let mut out = kept.trim_end().to_string();
    out.push('…');
    pad(&out, width)
}

/// `text` cut to at most `width` cells without a mark, padded to exactly `width`:
/// for columns whose end is never worth a `…` (codes, counts).
pub fn clip(text: &str, width: usize) -> String {
    let (kept, _) = text.unicode_truncate(width);
    pad(kept, width)
}

/// `text` cut to at most `width` cells, ending with `…` when cut; not padded.
pub fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let (kept, _) = text.unicode_truncate(width - 1);
    format!("{kept}…")
}

/// `text` padded with spaces to `width` cells (never cut).
pub fn pad(text: &str, width: usize) -> String {
    let used = text.width();
    let mut out = text.to_string();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// The end of `text` in at most `width` cells, starting with `…` when cut: a long
/// query keeps what was typed last in view, a path keeps its file name.
pub fn tail(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let (kept, _) = text.unicode_truncate_start(width - 1);
    format!("…{kept}")
}

/// Styled pieces of text cut to at most `width` cells as one text (ending with `…`,
/// in the style of the piece that was cut, when cut) and padded with unstyled spaces
/// to exactly `width`: a column whose words carry their own marks.
pub fn fit_styled(pieces: &[(String, Style)], width: usize) -> Vec<Span<'static>> {
    let total: usize = pieces.iter().map(|(text, _)| text.width()).sum();
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    if total <= width {
        for (text, style) in pieces {
            out.push(Span::styled(text.clone(), *style));
        }
        used = total;
    } else if width > 0 {
        let room = width - 1;
        for (text, style) in pieces {
            let (kept, kept_width) = text.unicode_truncate(room - used);
            used += kept_width;
            if kept.len() < text.len() {
                out.push(Span::styled(format!("{kept}…"), *style));
                used += 1;
                break;
            }
            out.push(Span::styled(kept.to_string(), *style));
        }
    }
    if used < width {
        out.push(Span::raw(" ".repeat(width - used)));
    }
    out
}

/// `line` cut to at most `width` cells, the last piece kept ending with `…` when cut:
/// a detail line longer than its pane reads as shortened, not as broken text.
pub fn cut_line(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let pieces: Vec<(String, Style)> = line
        .spans
        .iter()
        .map(|span| (span.content.to_string(), span.style))
        .collect();
    // A cut text fills `width` exactly, so no padding is added.
    let mut cut = Line::from(fit_styled(&pieces, width)).style(line.style);
    cut.alignment = line.alignment;
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn wide_characters_count_two_cells() {
        assert_eq!(fit("⌚ late", 6), "⌚ la…");
        assert_eq!(width(&fit("王秀英 Wang", 6)), 6);
        assert_eq!(fit("王秀英", 5), "王秀…");
        // A wide letter that does not fit whole leaves a space, never half a letter.
        assert_eq!(clip("王秀英", 5), "王秀 ");
    }

    #[test]
    fn combining_marks_take_no_cell() {
        let decomposed = "Ελε\u{301}νη";
        assert_eq!(fit(decomposed, 6), "Ελε\u{301}νη ");
    }

    #[test]
    fn a_cut_line_keeps_its_styles_and_ends_with_a_mark() {
        let bold = Style::new().bold();
        let line = Line::from(vec![
            Span::raw(" reason: "),
            Span::styled("王秀英 eviction", bold),
        ]);
        let cut = cut_line(line.clone(), 14);
        assert_eq!(cut.width(), 14);
        assert_eq!(cut.to_string(), " reason: 王秀…");
        assert_eq!(cut.spans[1].style, bold);
        assert_eq!(cut_line(line.clone(), 40), line);
    }

    #[test]
    fn cut_variants() {
        assert_eq!(fit("Ali Rezaei", 5), "Ali …");
        assert_eq!(fit_word("Ali Rezaei", 5), "Ali… ");
        assert_eq!(fit("Ali", 5), "Ali  ");
        assert_eq!(cut("Ali Rezaei", 5), "Ali …");
        assert_eq!(tail("/var/lib/kentro/kentro.db", 10), "…kentro.db");
        assert_eq!(tail("abc", 10), "abc");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(tail("abc", 0), "");
    }

    #[test]
    fn styled_pieces_cut_as_one_text() {
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let pieces = [
            ("Ali ".to_string(), Style::new()),
            ("Rezaei".to_string(), bold),
        ];
        let spans = fit_styled(&pieces, 8);
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "Ali Rez…");
        assert_eq!(spans[1].style, bold);
        let spans = fit_styled(&pieces, 12);
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "Ali Rezaei  ");
    }

    proptest! {
        #[test]
        fn styled_pieces_fit_exactly(a in "\\PC{0,12}", b in "\\PC{0,12}", w in 0usize..30) {
            let pieces = [(a.clone(), Style::new()), (b.clone(), Style::new())];
            let text: String = fit_styled(&pieces, w).iter().map(|s| s.content.as_ref()).collect();
            prop_assert_eq!(width(&text), w);
            // What is kept is the start of the whole text (zero-width marks at the cut
            // may fall either side of it, so not always byte for byte what `fit` keeps).
            let kept = text.trim_end_matches(' ').trim_end_matches('…');
            let whole = format!("{a}{b}");
            prop_assert!(whole.starts_with(kept), "{:?} from {:?}", kept, whole);
        }

        #[test]
        fn fit_is_always_exactly_the_width(text in "\\PC{0,30}", w in 0usize..40) {
            prop_assert_eq!(width(&fit(&text, w)), w);
            prop_assert_eq!(width(&fit_word(&text, w)), w);
            prop_assert_eq!(width(&clip(&text, w)), w);
            prop_assert!(width(&cut(&text, w)) <= w);
            prop_assert!(width(&tail(&text, w)) <= w);
        }
    }
}
