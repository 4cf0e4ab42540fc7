//! How a person is written in the lookup list and on the card: masked identifiers,
//! grouped counts, names of codes in the operator's language, cut columns.

use chrono::NaiveDate;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Row;
use crate::domain::codes::Gender;
use crate::domain::dates::format_date;
use crate::domain::names;
use crate::domain::person::{Person, mask_identifier};
use crate::i18n::intake::Im;
use crate::i18n::lookup::LMsg;
use crate::i18n::{Lang, t};
use crate::search::{DateMatch, DateTerm, NameField, WordSpan};
use crate::ui::theme::Theme;

/// What a query matched in one person: the name words, and how the date of birth
/// agreed with the date term typed (if one was).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    pub words: Vec<WordSpan>,
    pub date: Option<DateMatch>,
    pub term: Option<DateTerm>,
}

/// One result row, 78 columns wide (inside the box), with the name words and the
/// date of birth that the query matched marked in `theme.matched` (underlined in
/// every theme), so the receptionist sees why each person is listed.
pub(crate) fn row_line(
    row: &Row,
    lang: Lang,
    today: NaiveDate,
    selected: bool,
    theme: &Theme,
) -> Line<'static> {
    let p = &row.person;
    let base = if selected {
        theme.selection
    } else {
        theme.text
    };
    let mark = base.patch(theme.matched);
    let born = match p.date_of_birth {
        Some(d) => born_pieces(
            d,
            p.age_on(today).map(|a| a.to_string()),
            &row.marks,
            base,
            mark,
        ),
        None => vec![(t(lang, LMsg::Dash).to_string(), base)],
    };
    let amka = p
        .amka
        .as_deref()
        .map(|a| {
            let tail: String = a
                .chars()
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            format!("•{tail}")
        })
        .unwrap_or_default();
    let phone = p.phone.as_deref().map(mask_phone).unwrap_or_default();
    let last = row
        .last_visit
        .map(|d| d.format("%d/%m/%y").to_string())
        .unwrap_or_else(|| t(lang, LMsg::Dash).to_string());
    let refs = if row.open_referrals > 0 {
        row.open_referrals.to_string()
    } else {
        String::new()
    };
    let name = marked_name(p, &row.marks, base, mark);
    let father = marked_words(&p.father_name, NameField::Father, &row.marks, base, mark);
    let space = || Span::styled(" ", base);
    let mut spans = vec![Span::styled(if selected { "▌" } else { " " }, base)];
    spans.extend(styled(fit_styled(&name, 19), base));
    spans.push(space());
    spans.extend(styled(fit_styled(&father, 12), base));
    spans.push(space());
    spans.extend(styled(fit_styled(&born, 15), base));
    spans.push(Span::styled(
        format!(
            " {} {} {} {:>2}",
            fit(&amka, 5),
            fit(&phone, 10),
            fit(&last, 8),
            refs
        ),
        base,
    ));
    Line::from(spans)
}

/// The date of birth and age in pieces, the part the date term matched in `mark`:
/// the whole date for a day (or an entry error of one), the month and year for a
/// month, the year for a year, the age for an age.
pub(crate) fn born_pieces(
    born: NaiveDate,
    age: Option<String>,
    marks: &Marks,
    base: Style,
    mark: Style,
) -> Vec<(String, Style)> {
    let date = format_date(born);
    let agreed = !matches!(marks.date, None | Some(DateMatch::Unknown));
    // Which characters of "dd/mm/yyyy" matched (byte offsets; the date is ASCII).
    let (date_from, age_marked) = match (agreed, marks.date, marks.term) {
        (false, _, _) => (date.len(), false),
        (true, Some(DateMatch::SameYear | DateMatch::YearOnlyRecorded), _)
        | (true, _, Some(DateTerm::Year(_))) => (date.len().saturating_sub(4), false),
        (true, Some(DateMatch::Exact), Some(DateTerm::Month { .. })) => {
            (date.len().saturating_sub(7), false)
        }
        (true, Some(DateMatch::Exact), Some(DateTerm::Age(_))) => (date.len(), true),
        (true, _, _) => (0, false),
    };
    let mut pieces = vec![
        (date[..date_from].to_string(), base),
        (date[date_from..].to_string(), mark),
    ];
    if let Some(age) = age {
        pieces.push((" (".to_string(), base));
        pieces.push((age, if age_marked { mark } else { base }));
        pieces.push((")".to_string(), base));
    }
    pieces.retain(|(piece, _)| !piece.is_empty());
    pieces
}

/// The padding [`fit_styled`] leaves unstyled takes the row's style (the selection
/// runs the whole width).
fn styled(spans: Vec<Span<'static>>, base: Style) -> Vec<Span<'static>> {
    spans
        .into_iter()
        .map(|s| {
            if s.style == Style::default() {
                s.style(base)
            } else {
                s
            }
        })
        .collect()
}

/// The surname and given name as [`Person::display_name`] writes them, in pieces, the
/// words the query matched in `mark`.
pub(crate) fn marked_name(
    p: &Person,
    marks: &Marks,
    base: Style,
    mark: Style,
) -> Vec<(String, Style)> {
    let mut name = marked_words(&p.surname, NameField::Surname, marks, base, mark);
    if !p.surname.is_empty() && !p.given_name.is_empty() {
        name.push((" ".to_string(), base));
    }
    name.extend(marked_words(
        &p.given_name,
        NameField::GivenName,
        marks,
        base,
        mark,
    ));
    name
}

/// `text` (one field of a name) in pieces, the words the query matched in `mark`.
pub(crate) fn marked_words(
    text: &str,
    field: NameField,
    marks: &Marks,
    base: Style,
    mark: Style,
) -> Vec<(String, Style)> {
    let ranges = names::word_ranges(text);
    let mut pieces = Vec::new();
    let mut at = 0;
    for span in marks.words.iter().filter(|s| s.field == field) {
        let (Some(first), Some(last)) = (
            ranges.get(span.first),
            ranges.get(span.first + span.count - 1),
        ) else {
            continue;
        };
        if first.start < at {
            continue;
        }
        pieces.push((text[at..first.start].to_string(), base));
        pieces.push((text[first.start..last.end].to_string(), mark));
        at = last.end;
    }
    pieces.push((text[at..].to_string(), base));
    pieces.retain(|(piece, _)| !piece.is_empty());
    pieces
}

/// A phone shown partly: `69•••••916` for a Greek number, `+93••••456` for others.
pub fn mask_phone(phone: &str) -> String {
    let national = phone.strip_prefix("+30").unwrap_or(phone);
    let chars: Vec<char> = national.chars().collect();
    if chars.len() <= 6 {
        return mask_identifier(national, 2);
    }
    let head = if national.starts_with('+') { 3 } else { 2 };
    let tail = 3;
    let hidden = 10usize.saturating_sub(head + tail).max(1);
    let mut out: String = chars[..head].iter().collect();
    out.extend(std::iter::repeat_n('•', hidden));
    out.extend(chars[chars.len() - tail..].iter());
    out
}

/// A count with thousands separated the way the language writes them.
pub fn group(n: i64, lang: Lang) -> String {
    let sep = match lang {
        Lang::El => '.',
        Lang::En => ',',
    };
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

use crate::ui::kit::width::fit_styled;
pub(crate) use crate::ui::kit::width::{fit, tail};

pub(crate) fn gender_short(g: Gender, lang: Lang) -> &'static str {
    t(
        lang,
        match g {
            Gender::Female => LMsg::GenShortF,
            Gender::Male => LMsg::GenShortM,
            Gender::Other => LMsg::GenShortX,
        },
    )
}

pub(crate) fn gender_long(g: Gender, lang: Lang) -> &'static str {
    t(
        lang,
        match g {
            Gender::Female => Im::GenF,
            Gender::Male => Im::GenM,
            Gender::Other => Im::GenX,
        },
    )
}
