//! Drawing the lookup screen: the query line, the results and the selected person's
//! details. A pure function of the screen's state.

use super::*;
use crate::i18n::intake::Im;
use crate::search::DateMatch;
use crate::ui::kit::list::text_row;
use crate::ui::kit::width::{cut, width};

impl LookupScreen {
    pub(super) fn draw_list(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let theme = view.theme;
        let lang = view.lang;
        if area.height < 8 {
            return Drawn::none();
        }
        let today = view.now.date();
        // The query line, with the count on the right.
        let count = if self.query().trim().is_empty() {
            String::new()
        } else {
            let shown = self.rows.len().to_string();
            let total = group(self.total, lang);
            let msg = if self.rows.len() >= LIMIT {
                LMsg::CountMore
            } else {
                LMsg::Count
            };
            tf(lang, msg, &[&shown, &total])
        };
        let query_style = if self.focus == Focus::Query {
            theme.text
        } else {
            theme.muted
        };
        let query_text = self.query.with_cursor(self.focus == Focus::Query);
        let label = format!(" {} ", t(lang, LMsg::Find));
        let room = (area.width as usize).saturating_sub(width(&label) + width(&count) + 2);
        let query_text = tail(&query_text, room);
        let pad = (area.width as usize)
            .saturating_sub(width(&label) + width(&query_text) + width(&count) + 1);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(label, theme.title),
                Span::styled(query_text, query_style),
                Span::raw(" ".repeat(pad)),
                Span::styled(count, theme.muted),
            ])),
            Rect { height: 1, ..area },
        );
        // The results in a box (titled like every screen), the details below it.
        let mut block = Block::bordered()
            .border_set(theme.borders)
            .border_style(theme.border)
            .title(Span::styled(format!(" {} ", self.title(lang)), theme.title));
        if self.focus == Focus::List {
            block = block.title_bottom(
                Line::from(Span::styled(
                    format!(" {} ", t(lang, LMsg::ListFocus)),
                    theme.muted,
                ))
                .right_aligned(),
            );
        }
        let boxed = Rect::new(
            area.x,
            area.y + 1,
            area.width,
            area.height.saturating_sub(1 + 3),
        );
        let inner = block.inner(boxed);
        frame.render_widget(block, boxed);
        let heads = format!(
            " {} {} {} {} {} {} {}",
            fit(t(lang, LMsg::ColName), 19),
            fit(t(lang, LMsg::ColFather), 12),
            fit(t(lang, LMsg::ColBorn), 15),
            fit(t(lang, LMsg::ColAmka), 5),
            fit(t(lang, LMsg::ColPhone), 10),
            fit(t(lang, LMsg::ColLast), 8),
            fit(t(lang, LMsg::ColRefs), 2),
        );
        frame.render_widget(
            Paragraph::new(Span::styled(heads, theme.muted)),
            Rect { height: 1, ..inner },
        );
        let list_top = inner.y + 1;
        let list_height = inner.height.saturating_sub(1) as usize;
        let body = Rect::new(inner.x, list_top, inner.width, list_height as u16);
        if let Some(error) = &self.error {
            text_row(
                frame,
                body,
                &tf(lang, LMsg::DbError, &[error]),
                theme.status_error,
            );
        } else if self.query().trim().is_empty() {
            frame.render_widget(
                Paragraph::new(Span::styled(t(lang, LMsg::Prompt), theme.muted))
                    .wrap(ratatui::widgets::Wrap { trim: true }),
                Rect {
                    x: body.x + 1,
                    width: body.width.saturating_sub(2),
                    ..body
                },
            );
        } else if self.rows.is_empty() {
            text_row(frame, body, t(lang, LMsg::NoMatch), theme.muted);
        }
        let offset = self.list.first_visible(list_height);
        for (i, row) in self.rows.iter().enumerate().skip(offset).take(list_height) {
            let y = list_top + (i - offset) as u16;
            let selected = i == self.list.selected();
            frame.render_widget(
                Paragraph::new(row_line(row, lang, today, selected, theme)),
                Rect::new(inner.x, y, inner.width, 1),
            );
        }
        let rule_y = boxed.bottom().saturating_sub(1);
        if let Some(row) = self.selected_row() {
            let lines = self.detail_lines(row, lang, today);
            for (i, line) in lines.into_iter().enumerate() {
                let line = cut(&line, area.width as usize);
                frame.render_widget(
                    Paragraph::new(Span::styled(
                        line,
                        if i == 0 { theme.title } else { theme.text },
                    )),
                    Rect::new(area.x, rule_y + 1 + i as u16, area.width, 1),
                );
            }
        }
        Drawn::rows(list_height as u16)
    }

    fn service_name(&self, id: Option<i64>, lang: Lang) -> Option<String> {
        let s = self.services.get(&id?)?;
        Some(crate::i18n::service_name(s, lang).to_string())
    }

    fn detail_lines(&self, row: &Row, lang: Lang, today: NaiveDate) -> Vec<String> {
        let p = &row.person;
        let mut first = vec![p.display_name()];
        if let Some(g) = p.gender {
            first.push(gender_short(g, lang).to_string());
        }
        if let Some(n) = p.nationality.as_deref() {
            first.push(crate::i18n::country_name(n, lang));
        }
        if let Some(amka) = p.amka.as_deref() {
            first.push(format!(
                "{} {}",
                t(lang, LMsg::FAmka),
                mask_identifier(amka, 4)
            ));
        }
        let details = self.details.as_ref().filter(|d| d.person_id == p.id);
        if let Some(d) = details {
            first.push(if d.household > 0 {
                tf(lang, LMsg::Household, &[&d.household.to_string()])
            } else {
                t(lang, LMsg::Alone).to_string()
            });
        }
        let mut second = Vec::new();
        if let Some(d) = details {
            second.push(match d.last_visit {
                Some((date, service)) => {
                    let mut s = tf(lang, LMsg::LastVisit, &[&format_date(date)]);
                    if let Some(name) = self.service_name(service, lang) {
                        s.push_str(&format!(" ({name})"));
                    }
                    s
                }
                None => t(lang, LMsg::NoVisit).to_string(),
            });
            second.push(match d.open.first() {
                None => t(lang, LMsg::NoOpenRefs).to_string(),
                Some((service, follow)) => {
                    let mut inner = self.service_name(Some(*service), lang).unwrap_or_default();
                    if let Some(date) = follow {
                        inner.push_str(&format!(
                            ", {}",
                            tf(lang, LMsg::FollowBy, &[&format_date(*date)])
                        ));
                        if *date < today {
                            inner.push_str(" ⌚");
                        }
                    }
                    format!(
                        "{} ({inner})",
                        tf(lang, LMsg::OpenRefs, &[&d.open.len().to_string()])
                    )
                }
            });
        }
        let mut third = Vec::new();
        // A date that agrees only through an entry error says which one.
        if let Some(why) = row.marks.date.and_then(date_error_words) {
            third.push(tf(lang, LMsg::BornWhy, &[t(lang, why)]));
        }
        if !p.father_name.is_empty() {
            third.push(format!("{} {}", t(lang, LMsg::Father), p.father_name));
        }
        if !p.mother_name.is_empty() {
            third.push(format!("{} {}", t(lang, LMsg::Mother), p.mother_name));
        }
        if !p.languages.is_empty() {
            third.push(
                p.languages
                    .iter()
                    .map(|c| crate::i18n::language_name(c, lang))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        if p.interpreter_needed {
            third.push(t(lang, LMsg::Interpreter).to_string());
        }
        [first, second, third]
            .into_iter()
            .map(|parts| format!(" {}", parts.join(" · ")))
            .collect()
    }
}

/// The words for a date of birth that agrees with the date typed only through one of
/// the usual entry errors (none for the exact date, an unknown one, or the year only,
/// which the marked year already shows).
fn date_error_words(date: DateMatch) -> Option<Im> {
    match date {
        DateMatch::DayMonthSwapped => Some(Im::DupDateSwapped),
        DateMatch::OneDigit => Some(Im::DupDateOneDigit),
        DateMatch::YearOffByOne => Some(Im::DupDateYearOff),
        DateMatch::WrongCentury => Some(Im::DupDateCentury),
        DateMatch::YearOnlyRecorded => Some(Im::DupDateYearOnly),
        DateMatch::Exact | DateMatch::SameYear | DateMatch::Unknown => None,
    }
}
