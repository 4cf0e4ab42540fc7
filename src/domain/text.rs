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

/// One-line text: control characters (including tabs and newlines) become spaces,
/// runs of whitespace collapse, ends are trimmed.
pub fn clean_line(text: &str) -> String {
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
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn control_characters_never_survive() {
        assert_eq!(clean_line("  Καρίμι\t\u{7}Ahmad\r\n "), "Καρίμι Ahmad");
        assert_eq!(clean_line("a\u{200b}b\u{202e}c"), "abc");
        assert_eq!(
            clean_note("line 1\r\nline 2\u{1b}[31m  \n\n"),
            "line 1\nline 2[31m"
        );
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
        fn cleaned_notes_keep_only_newlines(text in any::<String>()) {
            let once = clean_note(&text);
            prop_assert!(!once.chars().any(|c| c.is_control() && c != '\n'));
            prop_assert_eq!(clean_note(&once), once.clone());
        }
    }
}
