//! What spreadsheets save, made readable: the text encoding (UTF-8 with or without a
//! byte-order mark, UTF-16 from "Unicode text", Windows-1253 from a Greek Excel's
//! plain "CSV") and the delimiter (`;` where the decimal comma is local, as in Greek
//! Excel, else `,`), detected from the file itself before the CSV reader sees it.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1253};

/// A file's text and the delimiter its header uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub delimiter: u8,
    /// The encoding found ("UTF-8", "UTF-16LE", "windows-1253", ...).
    pub encoding: &'static str,
}

/// Decodes `bytes`: a byte-order mark decides (UTF-8, UTF-16LE/BE); without one,
/// UTF-8 if the bytes are valid UTF-8, else Windows-1253 (every byte is a character
/// there, so nothing is lost or refused).
pub fn decode(bytes: &[u8]) -> Decoded {
    let (encoding, body): (&'static Encoding, &[u8]) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_length)) => (encoding, &bytes[bom_length..]),
        None if looks_like_utf16(bytes) == Some(true) => (UTF_16LE, bytes),
        None if looks_like_utf16(bytes) == Some(false) => (UTF_16BE, bytes),
        None if std::str::from_utf8(bytes).is_ok() => (UTF_8, bytes),
        None => (WINDOWS_1253, bytes),
    };
    let (text, _) = encoding.decode_without_bom_handling(body);
    let text = text.into_owned();
    let delimiter = delimiter_of(&text);
    Decoded {
        text,
        delimiter,
        encoding: encoding.name(),
    }
}

/// UTF-16 without a mark: ASCII text has a zero in every other byte. Some(true) for
/// little-endian, Some(false) for big-endian.
fn looks_like_utf16(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(200) & !1];
    if sample.len() < 4 {
        return None;
    }
    let zeros_at = |offset: usize| {
        sample
            .iter()
            .skip(offset)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let half = sample.len() / 2;
    if zeros_at(1) * 10 >= half * 9 && zeros_at(0) == 0 {
        Some(true)
    } else if zeros_at(0) * 10 >= half * 9 && zeros_at(1) == 0 {
        Some(false)
    } else {
        None
    }
}

/// `;` when the header line has more semicolons than commas outside quotes, else `,`.
pub fn delimiter_of(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "surname;given_name;date_of_birth\r\nΠαπαδόπουλος;Γιώργος;01/02/1990\r\n";

    #[test]
    fn utf8_with_and_without_a_mark() {
        let plain = decode(HEADER.as_bytes());
        assert_eq!((plain.encoding, plain.delimiter), ("UTF-8", b';'));
        let mut marked = b"\xEF\xBB\xBF".to_vec();
        marked.extend(HEADER.as_bytes());
        let marked = decode(&marked);
        assert_eq!(marked.text, HEADER, "the mark is not part of the text");
    }

    #[test]
    fn windows_1253_from_a_greek_excel() {
        let (bytes, _, _) = WINDOWS_1253.encode(HEADER);
        let decoded = decode(&bytes);
        assert_eq!(decoded.encoding, "windows-1253");
        assert_eq!(decoded.text, HEADER);
    }

    #[test]
    fn utf16_with_and_without_a_mark() {
        let utf16le: Vec<u8> = HEADER.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let mut marked = vec![0xFF, 0xFE];
        marked.extend(&utf16le);
        assert_eq!(decode(&marked).text, HEADER);
        assert_eq!(decode(&marked).encoding, "UTF-16LE");
        let ascii = "surname,given_name\n";
        let bare: Vec<u8> = ascii.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&bare).text, ascii);
        let be: Vec<u8> = ascii.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).text, ascii);
    }

    #[test]
    fn the_delimiter_comes_from_the_header() {
        assert_eq!(delimiter_of("a,b,c\n1;2;3"), b',');
        assert_eq!(delimiter_of("a;b;c\n1,2,3"), b';');
        assert_eq!(
            delimiter_of("\"a,b\";c;d"),
            b';',
            "commas inside quotes do not count"
        );
        assert_eq!(delimiter_of(""), b',');
    }
}
