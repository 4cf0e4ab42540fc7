//! Drawing the hand-out form: the household and the decision, left before and after,
//! the warning or refusal to come, the categories with their quantities, who
//! collected it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Focus, HandOutForm, not_valid_text};
use crate::domain::dates::format_date;
use crate::domain::distribution::{Unit, Verdict};
use crate::i18n::distribution::{DMsgs, allowance, programme_name};
use crate::i18n::{t, tf};
use crate::ui::distribution::households::expiry;
use crate::ui::kit::list::{heads_row, text_row};
use crate::ui::kit::width::{clip, fit};
use crate::ui::{Drawn, View};

impl HandOutForm {
    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let theme = view.theme;
        let lang = view.lang;
        let day = view.now.date();
        let s = &self.standing;
        let p = &s.programme;
        let e = &s.enrolment;
        let [
            title,
            decision,
            numbers,
            verdict,
            head,
            body,
            collector,
            keys,
        ] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(2),
            Constraint::Length(1),
        ])
        .areas(area);
        let mut spans = vec![Span::styled(
            format!(
                " {}",
                tf(
                    lang,
                    DMsgs::HandTitle,
                    &[programme_name(p, lang), &self.household]
                )
            ),
            theme.title,
        )];
        // Expired, not begun or running out: said on the first line.
        if let Some(warn) = expiry(lang, e, day) {
            spans.push(Span::styled(format!("  {warn}"), theme.warning));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), title);
        let per = allowance(lang, e.allowance, p);
        let (amount_text, unit_text) = per.split_once(' ').unwrap_or((&per, ""));
        let spans = vec![Span::styled(
            format!(
                " {}",
                tf(
                    lang,
                    DMsgs::HandDecision,
                    &[
                        &format_date(e.decided_on),
                        &format_date(e.valid_from),
                        &format_date(e.valid_to),
                        amount_text,
                        unit_text,
                        ""
                    ]
                )
                .trim_end()
            ),
            theme.muted,
        )];
        frame.render_widget(Paragraph::new(Line::from(spans)), decision);
        let amount = self.amount();
        let left_before = e.allowance.saturating_sub(s.used);
        let after = if amount > left_before {
            format!("−{}", amount - left_before)
        } else {
            (left_before - amount).to_string()
        };
        text_row(
            frame,
            numbers,
            &tf(
                lang,
                DMsgs::HandNumbers,
                &[&left_before.to_string(), &amount.to_string(), &after],
            ),
            theme.text,
        );
        let warning = match self.verdict(day) {
            Verdict::Stop { over, .. } => Some(tf(lang, DMsgs::WouldStop, &[&over.to_string()])),
            Verdict::Warn { over, .. } => Some(tf(lang, DMsgs::WouldWarn, &[&over.to_string()])),
            Verdict::NotValid => Some(format!("✗ {}", not_valid_text(lang, e, day))),
            _ => None,
        };
        if let Some(warning) = warning {
            frame.render_widget(
                Paragraph::new(Span::styled(format!(" {warning}"), theme.warning)),
                verdict,
            );
        }
        let points = p.unit == Unit::Points;
        heads_row(
            frame,
            head,
            &[
                (t(lang, DMsgs::HeadCategory), 30),
                (if points { t(lang, DMsgs::HeadEach) } else { "" }, 12),
                (t(lang, DMsgs::HeadQuantity), 10),
            ],
            t(lang, DMsgs::HeadCounted),
            theme.muted,
        );
        let drawn = self.list.draw_rows(frame, body, |i, selected| {
            let (name, each) = &p.categories[i];
            let q = self.quantities[i];
            let focused = selected && self.focus == Focus::Categories;
            let mark = if focused { '▌' } else { ' ' };
            let counts = if points { each * q } else { q };
            Line::styled(
                format!(
                    "{mark}{} {} {} {}",
                    fit(name, 30),
                    clip(
                        &if points {
                            each.to_string()
                        } else {
                            String::new()
                        },
                        12
                    ),
                    clip(&format!("{q}{}", if focused { "▏" } else { "" }), 10),
                    if q > 0 {
                        counts.to_string()
                    } else {
                        String::new()
                    }
                ),
                if focused {
                    theme.selection
                } else if q > 0 {
                    theme.text
                } else {
                    theme.muted
                },
            )
        });
        let who = self
            .collector
            .and_then(|i| self.members.get(i))
            .map(|m| m.display_name())
            .unwrap_or_else(|| t(lang, DMsgs::Nobody).to_string());
        let focused = self.focus == Focus::Collector;
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(
                    format!(
                        "{}{}: ",
                        if focused { '▌' } else { ' ' },
                        t(lang, DMsgs::CollectedBy)
                    ),
                    theme.muted,
                ),
                Span::styled(
                    format!("◀ {who} ▶"),
                    if focused { theme.selection } else { theme.text },
                ),
                Span::styled(format!("  {}", t(lang, DMsgs::CollectedKeys)), theme.muted),
            ])),
            Rect {
                y: collector.y + 1,
                height: 1,
                ..collector
            },
        );
        text_row(frame, keys, t(lang, DMsgs::HandKeys), theme.muted);
        if let Some(question) = &self.question {
            question.draw_in(frame, body, view, theme.warning);
        }
        drawn
    }
}
