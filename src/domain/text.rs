//! Cleaning free text before it is stored: what arrives by paste or by file may hold
//! control characters or be absurdly long, and neither may reach the database raw.

/// Why a text value was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    /// Required and empty.
    Missing,
    /// Longer than the field allows (in characters).
    TooLong { max: usize },
}

/// How long each kind of field may be, in characters.
pub const MAX_NAME: usize = 80;
pub const MAX_LINE: usize = 200;
pub const MAX_NOTE: usize = 4000;
/// A ticket's label (what the board and the desk show beside its number).
pub const MAX_LABEL: usize = 60;
/// A ticket's triage note.
pub const MAX_TRIAGE_NOTE: usize = 500;

/// Removes terminal escape sequences whole: `ESC [ ... final`, `ESC ] ... BEL or ESC \`,
/// the other string sequences (`ESC P`, `X`, `^`, `_` up to `ESC \`), two-character
/// `ESC x`, and their one-character C1 forms (CSI U+009B, OSC U+009D, ...). Dropping
/// only the ESC would leave `]0;title` or `[2J` in the text.
pub fn strip_escapes(text: &str) -> std::borrow::Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c == '\u{1b}' || ('\u{80}'..='\u{9f}').contains(&c))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    #[derive(PartialEq)]
    enum State {
        Text,
        Escape,
        Csi,
        Str,
        StrEscape,
    }
    let mut out = String::with_capacity(text.len());
    let mut state = State::Text;
    for c in text.chars() {
        state = match state {
            State::Text => match c {
                '\u{1b}' => State::Escape,
                '\u{9b}' => State::Csi,
                '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => State::Str,
                _ => {
                    out.push(c);
                    State::Text
                }
            },
            State::Escape => match c {
                '[' => State::Csi,
                ']' | 'P' | 'X' | '^' | '_' => State::Str,
                // Intermediate bytes (ESC ( B and the like) run on to their final byte.
                '\u{20}'..='\u{2f}' => State::Escape,
                _ => State::Text,
            },
            // Parameters and intermediates, up to the final byte (@ to ~).
            State::Csi => match c {
                '\u{40}'..='\u{7e}' => State::Text,
                '\u{1b}' => State::Escape,
                c if c.is_control() || ('\u{20}'..='\u{3f}').contains(&c) => State::Csi,
                // Not a sequence after all: keep the text.
                _ => {
                    out.push(c);
                    State::Text
                }
            },
            // A string sequence ends at BEL or the string terminator (ESC \ or U+009C).
            State::Str => match c {
                '\u{7}' | '\u{9c}' => State::Text,
                '\u{1b}' => State::StrEscape,
                _ => State::Str,
            },
            State::StrEscape => match c {
                '\\' => State::Text,
                _ => State::Str,
            },
        };
    }
    std::borrow::Cow::Owned(out)
}

/// Text from the database made safe to print on a terminal or in a slip (defence in
/// depth: what enters is cleaned already): escape sequences, control characters other
/// than newline and tab, and invisible direction overrides are removed.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let safe = |c: char| !(is_invisible(c) || (c.is_control() && c != '\n' && c != '\t'));
    if text.chars().all(safe) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(strip_escapes(text).chars().filter(|c| safe(*c)).collect())
}

/// One-line text: control characters (including tabs and newlines) become spaces,
/// runs of whitespace collapse, ends are trimmed.
pub fn clean_line(text: &str) -> String {
    let text = strip_escapes(text);
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Multi-line text (notes): keeps newlines, drops other control characters and
/// trailing spaces on each line.
pub fn clean_note(text: &str) -> String {
    let unified = strip_escapes(text)
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let lines: Vec<String> = unified
        .split('\n')
        .map(|line| {
            line.chars()
                .map(|c| if c == '\t' { ' ' } else { c })
                .filter(|c| !c.is_control() && !is_invisible(*c))
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect();
    lines.join("\n").trim_matches('\n').to_string()
}

/// Zero-width and direction-override characters: invisible on screen, confusing in search.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// Cleans a one-line field and enforces its length.
pub fn checked_line(text: &str, max: usize, required: bool) -> Result<String, TextError> {
    let cleaned = clean_line(text);
    if cleaned.is_empty() && required {
        return Err(TextError::Missing);
    }
    if cleaned.chars().count() > max {
        return Err(TextError::TooLong { max });
    }
    Ok(cleaned)
}

/// Cleans a multi-line field and enforces its length.
pub fn checked_note(text: &str, max: usize, required: bool) -> Result<String, TextError> {
    let cleaned = clean_note(text);
    if cleaned.is_empty() && required {
        return Err(TextError::Missing);
    }
    if cleaned.chars().count() > max {
        return Err(TextError::TooLong { max });
    }
    Ok(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ESC: char = '\u{1b}';

    #[test]
    fn control_characters_never_survive() {
        assert_eq!(clean_line("  Καρίμι\t\u{7}Ahmad\r\n "), "Καρίμι Ahmad");
        assert_eq!(clean_line("a\u{200b}b\u{202e}c"), "abc");
        assert_eq!(
            clean_note("line 1\r\nline 2\u{1b}[31m  \n\n"),
            "line 1\nline 2"
        );
    }

    #[test]
    fn escape_sequences_go_whole() {
        // What the issue found in a service's name: a title change and a screen clear.
        assert_eq!(
            clean_line("Legal\u{1b}]0;pwned\u{7}\u{1b}[2J aid"),
            "Legal aid"
        );
        assert_eq!(
            clean_line("a\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\b"),
            "alinkb"
        );
        assert_eq!(clean_line("\u{9b}31mred\u{9b}0m"), "red");
        assert_eq!(clean_line("\u{1b}(Bplain\u{1b}7"), "plain");
        assert_eq!(printable("ok\n\tok"), "ok\n\tok");
        assert_eq!(printable("x\u{1b}[2Jy\u{202e}z\r"), "xyz");
    }

    #[test]
    fn notes_have_their_length_checked_after_cleaning() {
        assert_eq!(
            checked_note(&"x".repeat(MAX_LABEL + 1), MAX_LABEL, false),
            Err(TextError::TooLong { max: MAX_LABEL })
        );
        assert_eq!(checked_note("  \n ", 10, true), Err(TextError::Missing));
        assert_eq!(checked_note("a\u{1b}[2J\nb", 10, true), Ok("a\nb".into()));
    }

    #[test]
    fn length_and_presence() {
        assert_eq!(checked_line("   ", MAX_NAME, true), Err(TextError::Missing));
        assert_eq!(checked_line("", MAX_NAME, false), Ok(String::new()));
        let long = "α".repeat(MAX_NAME + 1);
        assert_eq!(
            checked_line(&long, MAX_NAME, true),
            Err(TextError::TooLong { max: MAX_NAME })
        );
        assert_eq!(
            checked_line(&"α".repeat(MAX_NAME), MAX_NAME, true).map(|s| s.chars().count()),
            Ok(MAX_NAME)
        );
    }

    proptest! {
        #[test]
        fn cleaned_lines_hold_no_controls_and_are_stable(text in any::<String>()) {
            let once = clean_line(&text);
            prop_assert!(!once.chars().any(|c| c.is_control()));
            prop_assert_eq!(clean_line(&once), once.clone());
            prop_assert_eq!(once.trim(), once.as_str());
        }

        #[test]
        fn no_escape_sequence_survives_cleaning(
            before in "[a-zα-ω ]{0,8}",
            params in "[0-9;?]{0,6}",
            final_byte in "[@-~]",
            osc in "[ -~]{0,12}",
            after in "[a-zα-ω ]{0,8}",
        ) {
            for text in [
                format!("{before}\u{1b}[{params}{final_byte}{after}"),
                format!("{before}\u{1b}]{osc}\u{7}{after}"),
                format!("{before}\u{1b}]{osc}\u{1b}\\{after}"),
                format!("{before}\u{9b}{params}{final_byte}{after}"),
            ] {
                let expected = clean_line(&format!("{before}{after}"));
                prop_assert_eq!(clean_line(&text), expected);
                let note = clean_note(&text);
                prop_assert!(!note.contains(ESC), "{:?}", note);
                prop_assert!(!printable(&text).chars().any(|c| c.is_control()));
            }
        }

        #[test]
        fn printable_text_holds_no_control_but_newline_and_tab(text in any::<String>()) {
            let shown = printable(&text);
            prop_assert!(!shown.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
            prop_assert!(!shown.chars().any(is_invisible));
        }

        #[test]
        fn cleaned_notes_keep_only_newlines(text in any::<String>()) {
            let once = clean_note(&text);
            prop_assert!(!once.chars().any(|c| c.is_control() && c != '\n'));
            prop_assert_eq!(clean_note(&once), once.clone());
        }
    }
}
