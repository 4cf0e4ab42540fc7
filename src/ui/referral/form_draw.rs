//! Drawing the new-referral form: a label and value per field, the hits under the
//! focused person or service, the error and the keys' hint.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::ReferralScreen;
use super::draw::fit;
use super::form::{Consent, FIELDS, Field, Form};
use super::names::urgency_msg;
use crate::domain::codes::Urgency;
use crate::i18n::referral::RMsg;
use crate::i18n::t;
use crate::ui::View;

impl ReferralScreen {
    pub(super) fn draw_form(
        &self,
        form: &Form,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
    ) {
        let lang = view.lang;
        let theme = view.theme;
        let block = Block::bordered()
            .border_set(theme.borders)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", t(lang, RMsg::FormTitle)),
                theme.title,
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let label_w = 18;
        let mut lines: Vec<Line> = Vec::new();
        for field in FIELDS {
            if !form.visible(field) {
                continue;
            }
            let focused = form.field == field;
            let (label, value, hint): (RMsg, String, Option<String>) = match field {
                Field::Person => (
                    RMsg::FieldPerson,
                    form.person_pick.field().with_cursor(focused),
                    form.person
                        .is_none()
                        .then(|| t(lang, RMsg::TypeToFind).to_string()),
                ),
                Field::Service => (
                    RMsg::FieldService,
                    form.service_pick.field().with_cursor(focused),
                    form.service
                        .is_none()
                        .then(|| t(lang, RMsg::TypeToFind).to_string()),
                ),
                Field::Reason => (RMsg::FieldReason, form.reason.with_cursor(focused), None),
                Field::Urgency => (
                    RMsg::FieldUrgency,
                    Urgency::ALL
                        .iter()
                        .map(|u| {
                            if *u == form.urgency {
                                format!("[{}]", t(lang, urgency_msg(*u)))
                            } else {
                                t(lang, urgency_msg(*u)).to_string()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" "),
                    Some(t(lang, RMsg::UrgencyHint).to_string()),
                ),
                Field::Note => (RMsg::FieldNote, form.note.with_cursor(focused), None),
                Field::FollowUp => (
                    RMsg::FieldFollowUp,
                    form.follow_up.with_cursor(focused),
                    None,
                ),
                Field::Consent => (
                    RMsg::FieldConsent,
                    t(
                        lang,
                        match form.consent {
                            Consent::Unknown => RMsg::ConsentPick,
                            Consent::Recorded => RMsg::ConsentRecorded,
                            Consent::NotRecorded => RMsg::ConsentAsk,
                            Consent::AgreesNow => RMsg::ConsentNow,
                            Consent::Override => RMsg::ConsentOverride,
                        },
                    )
                    .to_string(),
                    None,
                ),
                Field::Override => (
                    RMsg::FieldOverride,
                    form.override_reason.with_cursor(focused),
                    None,
                ),
            };
            let label_style = if focused {
                theme.selection
            } else {
                theme.title
            };
            let mut spans = vec![
                Span::raw(" "),
                Span::styled(fit(t(lang, label), label_w - 2), label_style),
                Span::raw(" "),
                Span::styled(value, theme.text),
            ];
            if let Some(h) = hint.filter(|_| focused) {
                spans.push(Span::styled(format!("  {h}"), theme.muted));
            }
            lines.push(Line::from(spans));
            if focused {
                let hits: Vec<&str> = match field {
                    Field::Person => form
                        .person_pick
                        .hits()
                        .iter()
                        .map(|h| h.line.as_str())
                        .collect(),
                    Field::Service => form
                        .service_pick
                        .hits()
                        .iter()
                        .map(|h| h.line.as_str())
                        .collect(),
                    _ => Vec::new(),
                };
                let pick = match field {
                    Field::Person => form.person_pick.selected(),
                    _ => form.service_pick.selected(),
                };
                for (i, text) in hits.into_iter().enumerate() {
                    let style: Style = if i == pick {
                        theme.selection
                    } else {
                        theme.text
                    };
                    lines.push(Line::from(vec![
                        Span::raw(" ".repeat(label_w)),
                        Span::styled(
                            fit(text, (inner.width as usize).saturating_sub(label_w + 1)),
                            style,
                        ),
                    ]));
                }
            }
        }
        lines.push(Line::from(""));
        if let Some(err) = &form.error {
            lines.push(Line::from(Span::styled(
                format!(" ✗ {err}"),
                theme.status_error,
            )));
        }
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, RMsg::FormHint)),
            theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
