//! The organisation card: everything the directory holds about one organisation
//! (names, description, identifiers, website, e-mail, phones, contacts, places with
//! their addresses and opening hours, its services, languages, whether it is a member
//! of the network and whether it has a key for referral packets), scrolled with the
//! list's keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::draw::standing;
use super::{Card, DirectoryScreen};
use crate::domain::directory::Organisation;
use crate::i18n::directory::DMsg;
use crate::i18n::{Lang, language_name, service_name, t};
use crate::ui::View;
use crate::ui::kit::popup::frame_box;

impl DirectoryScreen {
    pub(super) fn draw_card(&self, card: Card, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let Some(org) = self.organisation(card.org_id) else {
            // Removed meanwhile (another desk's import): back to the list next key.
            let inner = frame_box(frame, area, view, "");
            frame.render_widget(
                Paragraph::new(Span::styled(
                    format!(" {}", t(view.lang, DMsg::CardGone)),
                    view.theme.status_error,
                )),
                inner,
            );
            return;
        };
        let inner = frame_box(frame, area, view, &org.name);
        let lines: Vec<Line<'static>> = self
            .card_lines(org, view)
            .into_iter()
            .flat_map(|line| wrap_hanging(line, inner.width as usize))
            .collect();
        frame.render_widget(Paragraph::new(lines).scroll((card.scroll, 0)), inner);
    }

    /// The card's lines (wrapped when drawn).
    pub(super) fn card_lines(&self, o: &Organisation, view: &View<'_>) -> Vec<Line<'static>> {
        let lang = view.lang;
        let theme = view.theme;
        let mut lines: Vec<Line<'static>> = Vec::new();
        let field = |label: DMsg, value: String| -> Line<'static> {
            Line::from(vec![
                Span::styled(format!(" {}: ", t(lang, label)), theme.title),
                Span::styled(value, theme.text),
            ])
        };
        let heading = |label: DMsg| -> Line<'static> {
            Line::from(Span::styled(format!(" {}", t(lang, label)), theme.title))
        };
        if !o.alternate_name.is_empty() {
            lines.push(field(DMsg::FAltName, o.alternate_name.clone()));
        }
        if !o.description.is_empty() {
            lines.push(Line::from(Span::styled(
                format!(" {}", o.description),
                theme.text,
            )));
        }
        lines.push(Line::from(vec![
            Span::styled(format!(" {}", t(lang, standing(o))), theme.title),
            Span::styled(
                format!(
                    " · {}: {}",
                    t(lang, DMsg::CardKey),
                    if o.public_key.is_empty() {
                        t(lang, DMsg::No).to_string()
                    } else {
                        format!("{} ({}…)", t(lang, DMsg::Yes), key_start(&o.public_key))
                    }
                ),
                theme.text,
            ),
        ]));
        for i in &o.identifiers {
            let kind = if i.kind.is_empty() {
                &i.scheme
            } else {
                &i.kind
            };
            lines.push(Line::from(vec![
                Span::styled(format!(" {kind}: "), theme.title),
                Span::styled(i.value.clone(), theme.text),
            ]));
        }
        if !o.website.is_empty() {
            lines.push(field(DMsg::FWebsite, o.website.clone()));
        }
        if !o.email.is_empty() {
            lines.push(field(DMsg::FEmail, o.email.clone()));
        }
        for p in &o.phones {
            let mut text = p.number.clone();
            for extra in [phone_kind(&p.kind, lang), p.description.as_str()] {
                if !extra.is_empty() {
                    text.push_str(&format!(" ({extra})"));
                }
            }
            lines.push(field(DMsg::FPhone, text));
        }
        if !o.languages.is_empty() {
            let names: Vec<String> = o.languages.iter().map(|c| language_name(c, lang)).collect();
            lines.push(field(DMsg::FLanguages, names.join(", ")));
        }
        if !o.locations.is_empty() {
            lines.push(Line::default());
            lines.push(heading(DMsg::CardPlaces));
            for l in &o.locations {
                let mut place = l.address_line();
                for extra in [l.region.as_str(), l.country.as_str()] {
                    if !extra.is_empty() {
                        place.push_str(&format!(", {extra}"));
                    }
                }
                let name = if l.name.is_empty() {
                    String::new()
                } else {
                    format!("{}: ", l.name)
                };
                lines.push(Line::from(Span::styled(
                    format!("   {name}{place}"),
                    theme.text,
                )));
                if !l.hours.is_empty() {
                    lines.push(Line::from(Span::styled(
                        format!("     {}: {}", t(lang, DMsg::FHours), l.hours),
                        theme.text,
                    )));
                }
            }
        }
        if !o.contacts.is_empty() {
            lines.push(Line::default());
            lines.push(heading(DMsg::CardContacts));
            for c in &o.contacts {
                let parts: Vec<&str> = [
                    c.name.as_str(),
                    c.title.as_str(),
                    c.department.as_str(),
                    c.email.as_str(),
                    c.phone.as_str(),
                ]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect();
                lines.push(Line::from(Span::styled(
                    format!("   {}", parts.join(" · ")),
                    theme.text,
                )));
            }
        }
        let services = self.services_of(o.id);
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            format!(" {} ({})", t(lang, DMsg::CardServices), services.len()),
            theme.title,
        )));
        if services.is_empty() {
            lines.push(Line::from(Span::styled(
                format!("   {}", t(lang, DMsg::CardNoServices)),
                theme.muted,
            )));
        }
        for s in services {
            let style: Style = if s.active { theme.text } else { theme.muted };
            let mut text = format!("   {}", service_name(s, lang));
            let categories = self.category_names(s, lang);
            if !categories.is_empty() {
                text.push_str(&format!(" · {categories}"));
            }
            if !s.active {
                text.push_str(&format!(" · {}", t(lang, DMsg::Inactive)));
            } else if !s.accepts_referrals {
                text.push_str(&format!(" · {}", t(lang, DMsg::NoReferrals)));
            }
            lines.push(Line::from(Span::styled(text, style)));
        }
        lines
    }
}

/// A line cut into rows of at most `width` cells at spaces, each row after the first
/// indented two cells deeper than the line, so a long value reads as one.
fn wrap_hanging(line: Line<'static>, width: usize) -> Vec<Line<'static>> {
    use crate::ui::kit::width::{cut, width as cells};
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    if cells(&text) <= width || width < 8 {
        return vec![line];
    }
    let indent = " ".repeat((text.len() - text.trim_start().len() + 2).min(width / 2));
    let mut rows: Vec<Line<'static>> = Vec::new();
    let mut row: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for span in &line.spans {
        for word in span.content.split_inclusive(' ') {
            let w = cells(word);
            if used + cells(word.trim_end()) > width && used > cells(&indent) {
                rows.push(Line::from(std::mem::take(&mut row)));
                row.push(Span::raw(indent.clone()));
                used = cells(&indent);
            }
            let room = width.saturating_sub(used);
            let piece = if w > room {
                cut(word, room)
            } else {
                word.to_string()
            };
            used += cells(&piece);
            row.push(Span::styled(piece, span.style));
        }
    }
    if !row.is_empty() {
        rows.push(Line::from(row));
    }
    rows
}

/// The first characters of a public key, to compare with what the other centre reads
/// out on the phone.
fn key_start(key: &str) -> &str {
    key.get(..8).unwrap_or(key)
}

/// An HSDS phone type in words.
fn phone_kind(kind: &str, lang: Lang) -> &'static str {
    let msg = match kind {
        "fax" => DMsg::PhoneFax,
        "cell" => DMsg::PhoneCell,
        "text" => DMsg::PhoneText,
        _ => return "",
    };
    t(lang, msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_wrap_under_their_value_and_short_ones_stay() {
        let text = |rows: &[Line<'_>]| -> Vec<String> {
            rows.iter()
                .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
                .collect()
        };
        let line = Line::from(vec![
            Span::raw(" Γλώσσες: "),
            Span::raw("Ελληνικά, Αγγλικά, Αραβικά, Περσικά (Φαρσί), Νταρί"),
        ]);
        let rows = wrap_hanging(line.clone(), 40);
        assert_eq!(
            text(&rows),
            [
                " Γλώσσες: Ελληνικά, Αγγλικά, Αραβικά, ",
                "   Περσικά (Φαρσί), Νταρί"
            ]
        );
        assert_eq!(text(&wrap_hanging(line, 80)).len(), 1);
        // A word longer than a row is cut, never overflows.
        let rows = wrap_hanging(
            Line::from(" https://a-very-long-address.example.org/path"),
            20,
        );
        assert!(rows.iter().all(|r| r.width() <= 20), "{:?}", text(&rows));
    }
}
