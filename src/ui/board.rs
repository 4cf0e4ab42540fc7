//! The waiting-room board (`kentro display`): the last called tickets and their desks
//! in large block letters. Ticket numbers and desks only, never names. Drawing is a
//! pure function of the calls it is given.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::queue::QMsg;
use crate::i18n::{Lang, t};
use crate::store::Called;

/// Rows of the block font.
pub const GLYPH_HEIGHT: usize = 5;

/// The block glyph of `c`: digits, the Greek capitals used as ticket prefixes and
/// their Latin look-alikes. `None` for a letter the font lacks.
pub fn glyph(c: char) -> Option<[&'static str; GLYPH_HEIGHT]> {
    Some(match c {
        '0' | 'Ο' | 'O' => [" ██ ", "█  █", "█  █", "█  █", " ██ "],
        '1' => [" █  ", "██  ", " █  ", " █  ", "███ "],
        '2' => ["███ ", "   █", " ██ ", "█   ", "████"],
        '3' => ["███ ", "   █", " ██ ", "   █", "███ "],
        '4' => ["█  █", "█  █", "████", "   █", "   █"],
        '5' => ["████", "█   ", "███ ", "   █", "███ "],
        '6' => [" ██ ", "█   ", "███ ", "█  █", " ██ "],
        '7' => ["████", "   █", "  █ ", " █  ", " █  "],
        '8' => [" ██ ", "█  █", " ██ ", "█  █", " ██ "],
        '9' => [" ██ ", "█  █", " ███", "   █", " ██ "],
        'Α' | 'A' => [" ██ ", "█  █", "████", "█  █", "█  █"],
        'Β' | 'B' => ["███ ", "█  █", "███ ", "█  █", "███ "],
        'Γ' => ["████", "█   ", "█   ", "█   ", "█   "],
        'Δ' => [" ██ ", " ██ ", "█  █", "█  █", "████"],
        'Ε' | 'E' => ["████", "█   ", "███ ", "█   ", "████"],
        'Ζ' | 'Z' => ["████", "   █", " ██ ", "█   ", "████"],
        'Η' | 'H' => ["█  █", "█  █", "████", "█  █", "█  █"],
        'Θ' => [" ██ ", "█  █", "████", "█  █", " ██ "],
        'Ι' | 'I' => ["███ ", " █  ", " █  ", " █  ", "███ "],
        'Κ' | 'K' => ["█  █", "█ █ ", "██  ", "█ █ ", "█  █"],
        'Λ' => [" ██ ", " ██ ", "█  █", "█  █", "█  █"],
        'Μ' | 'M' => ["█   █", "██ ██", "█ █ █", "█   █", "█   █"],
        'Ν' | 'N' => ["█   █", "██  █", "█ █ █", "█  ██", "█   █"],
        'Ξ' => ["████", "    ", " ██ ", "    ", "████"],
        'Π' => ["████", "█  █", "█  █", "█  █", "█  █"],
        'Ρ' | 'P' => ["███ ", "█  █", "███ ", "█   ", "█   "],
        'Σ' => ["████", " █  ", "  █ ", " █  ", "████"],
        'Τ' | 'T' => ["███ ", " █  ", " █  ", " █  ", " █  "],
        'Υ' | 'Y' => ["█ █ ", "█ █ ", " █  ", " █  ", " █  "],
        'Φ' => [" ███ ", "█ █ █", "█ █ █", " ███ ", "  █  "],
        'Χ' | 'X' => ["█  █", " ██ ", " ██ ", " ██ ", "█  █"],
        'Ψ' => ["█ █ █", "█ █ █", " ███ ", "  █  ", "  █  "],
        'Ω' => [" ██ ", "█  █", "█  █", " ██ ", "█  █"],
        '→' => ["     ", "  █  ", "█████", "  █  ", "     "],
        ' ' => ["  ", "  ", "  ", "  ", "  "],
        _ => return None,
    })
}

/// `text` in block letters, one string per row; a character the font lacks is drawn
/// as itself on the middle row.
pub fn big_text(text: &str) -> [String; GLYPH_HEIGHT] {
    let mut rows: [String; GLYPH_HEIGHT] = Default::default();
    for c in text.chars() {
        match glyph(c) {
            Some(g) => {
                for (row, part) in rows.iter_mut().zip(g) {
                    row.push_str(part);
                    row.push(' ');
                }
            }
            None => {
                for (i, row) in rows.iter_mut().enumerate() {
                    row.push(if i == GLYPH_HEIGHT / 2 { c } else { ' ' });
                    row.push(' ');
                }
            }
        }
    }
    rows
}

/// Draws the board: the latest calls large (as many as fit, at most three), then
/// earlier ones in a line of plain text. Both languages: people in the waiting room
/// read either.
pub fn draw(frame: &mut Frame<'_>, calls: &[Called]) {
    let area = frame.area();
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let title = format!(
        "{} · {}",
        t(Lang::El, QMsg::BoardNow),
        t(Lang::En, QMsg::BoardNow)
    );
    let mut lines = vec![
        Line::from(Span::styled(title, bold)).alignment(Alignment::Center),
        Line::from(""),
    ];
    if calls.is_empty() {
        lines.push(Line::from(t(Lang::El, QMsg::BoardNobody)).alignment(Alignment::Center));
        lines.push(Line::from(t(Lang::En, QMsg::BoardNobody)).alignment(Alignment::Center));
    }
    let room = (area.height as usize).saturating_sub(5) / (GLYPH_HEIGHT + 1);
    let big = room.clamp(1, 3).min(calls.len());
    for call in &calls[..big] {
        let desk = call.desk.map(|d| d.to_string()).unwrap_or_default();
        let text = format!("{} → {desk}", call.number);
        let rows = big_text(&text);
        let width = rows[0].chars().count();
        if width <= area.width as usize {
            for row in rows {
                lines.push(Line::from(Span::styled(row, bold)).alignment(Alignment::Center));
            }
        } else {
            lines.push(Line::from(Span::styled(text, bold)).alignment(Alignment::Center));
        }
        lines.push(
            Line::from(format!(
                "{} · {} {desk}",
                t(Lang::El, QMsg::BoardDesk),
                t(Lang::En, QMsg::BoardDesk)
            ))
            .alignment(Alignment::Center),
        );
    }
    if calls.len() > big {
        let earlier: Vec<String> = calls[big..]
            .iter()
            .map(|c| {
                let desk = c.desk.map(|d| d.to_string()).unwrap_or_default();
                format!("{} → {desk}", c.number)
            })
            .collect();
        lines.push(Line::from(""));
        lines.push(Line::from(earlier.join("     ")).alignment(Alignment::Center));
    }
    frame.render_widget(Paragraph::new(lines), Rect { ..area });
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn call(number: &str, desk: i64, minute: u32) -> Called {
        Called {
            number: number.into(),
            desk: Some(desk),
            called_at: NaiveDate::from_ymd_opt(2026, 3, 15)
                .unwrap()
                .and_hms_opt(10, minute, 0)
                .unwrap(),
        }
    }

    #[test]
    fn every_prefix_letter_of_the_greek_alphabet_and_digit_has_a_glyph() {
        for c in "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ0123456789".chars() {
            let g = glyph(c).unwrap_or_else(|| panic!("{c}"));
            let w = g[0].chars().count();
            assert!(g.iter().all(|row| row.chars().count() == w), "{c}");
        }
        assert!(glyph('ς').is_none());
        assert_eq!(big_text("Κ1")[2], "██    █   ");
    }

    #[test]
    fn board_snapshot() {
        let calls = vec![
            call("Κ014", 3, 42),
            call("Ν007", 4, 40),
            call("Α030", 2, 38),
            call("ΑΣ03", 1, 30),
        ];
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal.draw(|f| draw(f, &calls)).unwrap();
        insta::assert_snapshot!("board", terminal.backend());
        let mut empty = Terminal::new(TestBackend::new(80, 24)).unwrap();
        empty.draw(|f| draw(f, &[])).unwrap();
        insta::assert_snapshot!("board_empty", empty.backend());
    }
}
