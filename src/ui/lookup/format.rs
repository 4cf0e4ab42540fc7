//! How a person is written in the lookup list and on the card: masked identifiers,
//! grouped counts, names of codes in the operator's language, cut columns.

use chrono::NaiveDate;

use super::Row;
use crate::domain::codes::Gender;
use crate::domain::dates::format_date;
use crate::domain::person::mask_identifier;
use crate::i18n::intake::Im;
use crate::i18n::lookup::LMsg;
use crate::i18n::{Lang, t};

/// One result row, 78 columns wide (inside the box).
pub(crate) fn row_text(row: &Row, lang: Lang, today: NaiveDate, selected: bool) -> String {
    let p = &row.person;
    let born = match p.date_of_birth {
        Some(d) => match p.age_on(today) {
            Some(age) => format!("{} ({age})", format_date(d)),
            None => format_date(d),
        },
        None => t(lang, LMsg::Dash).to_string(),
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
    format!(
        "{}{} {} {} {} {} {} {:>2}",
        if selected { '▌' } else { ' ' },
        fit(&p.display_name(), 19),
        fit(&p.father_name, 12),
        fit(&born, 15),
        fit(&amka, 5),
        fit(&phone, 10),
        fit(&last, 8),
        refs,
    )
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
