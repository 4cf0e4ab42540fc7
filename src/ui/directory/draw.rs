//! Drawing the list: the line with the view, the category and the search; the
//! services or the organisations, one a row; the selected entry's details below; the
//! category picker over them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Browse, DirectoryScreen};
use crate::domain::codes::ServiceKind;
use crate::domain::directory::Organisation;
use crate::domain::records::Service;
use crate::i18n::directory::DMsg;
use crate::i18n::{Lang, service_name, t, tf};
use crate::ui::View;
use crate::ui::kit::popup::{centred, frame_box};
use crate::ui::kit::width::{cut, fit, tail, width};

impl DirectoryScreen {
    /// The service's categories, named in `lang`.
    pub(super) fn category_names(&self, s: &Service, lang: Lang) -> String {
        s.categories
            .iter()
            .map(|code| {
                self.terms
                    .iter()
                    .find(|t| &t.code == code)
                    .map_or(code.as_str(), |t| t.name(lang == Lang::El))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn category_label(&self, lang: Lang) -> String {
        match &self.category {
            None => t(lang, DMsg::AllCategories).to_string(),
            Some(code) => self
                .terms
                .iter()
                .find(|t| &t.code == code)
                .map_or(code.clone(), |t| t.name(lang == Lang::El).to_string()),
        }
    }

    pub(super) fn draw_list(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let [top, table, details] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(5),
        ])
        .areas(area);
        self.draw_top(frame, top, view);
        let title = t(
            view.lang,
            match self.browse {
                Browse::Services => DMsg::TitleServices,
                Browse::Organisations => DMsg::TitleOrganisations,
            },
        );
        let inner = frame_box(frame, table, view, title);
        let [header, rows] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
        let width = inner.width as usize;
        let theme = view.theme;
        frame.render_widget(
            Paragraph::new(Span::styled(
                fit(&self.header(view.lang, width), width),
                theme.title,
            )),
            header,
        );
        if let Some(error) = &self.load_error {
            frame.render_widget(
                Paragraph::new(Span::styled(format!(" {error}"), theme.status_error)),
                rows,
            );
        } else if self.shown.is_empty() {
            let empty = match self.browse {
                Browse::Services => DMsg::Empty,
                Browse::Organisations => DMsg::EmptyOrgs,
            };
            frame.render_widget(
                Paragraph::new(Span::styled(
                    format!(" {}", t(view.lang, empty)),
                    theme.muted,
                )),
                rows,
            );
        } else {
            self.list.draw_rows(frame, rows, |pos, selected| {
                let i = self.shown[pos];
                let text = match self.browse {
                    Browse::Services => self.service_row(&self.services[i], view.lang, width),
                    Browse::Organisations => self.organisation_row(&self.organisations[i], width),
                };
                let style = if selected {
                    theme.selection
                } else {
                    theme.text
                };
                Line::from(Span::styled(fit(&text, width), style))
            });
        }
        let lines = if self.load_error.is_some() {
            Vec::new()
        } else {
            match self.browse {
                Browse::Services => self
                    .selected_service()
                    .map(|s| self.service_details(s, view))
                    .unwrap_or_default(),
                Browse::Organisations => self
                    .selected_organisation()
                    .map(|o| self.organisation_details(o, view))
                    .unwrap_or_default(),
            }
        };
        frame.render_widget(Paragraph::new(lines), details);
        if let Some(picker) = &self.picker {
            let rows = (picker.hits().len() as u16 + 3).clamp(5, area.height);
            let popup = centred(area, 60, rows);
            let inner = frame_box(frame, popup, view, t(view.lang, DMsg::CategoryTitle));
            let [field, hits] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(t(view.lang, DMsg::Search), theme.title),
                    Span::styled(picker.field().with_cursor(true), theme.text),
                ])),
                field,
            );
            picker.draw_hits(frame, hits, view);
        }
    }

    /// The first line: what is browsed and how many, the category, the search.
    fn draw_top(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let theme = view.theme;
        let total = match self.browse {
            Browse::Services => self.services.len(),
            Browse::Organisations => self.organisations.len(),
        };
        let count = tf(
            lang,
            DMsg::Shown,
            &[&self.shown.len().to_string(), &total.to_string()],
        );
        let category = format!(
            "  {}: {}",
            t(lang, DMsg::ColCategory),
            self.category_label(lang)
        );
        let mut spans = vec![
            Span::styled(format!(" {count}"), theme.title),
            Span::styled(category.clone(), theme.text),
        ];
        let room = (area.width as usize).saturating_sub(width(&count) + width(&category) + 3);
        if self.searching || !self.query.is_empty() {
            let label = t(lang, DMsg::Search);
            let typed = self.query.with_cursor(self.searching);
            spans.push(Span::styled(format!("  {label}"), theme.title));
            spans.push(Span::styled(
                tail(&typed, room.saturating_sub(width(label))),
                theme.text,
            ));
        } else {
            spans.push(Span::styled(
                format!(
                    "  / {}",
                    cut(t(lang, DMsg::SearchHint), room.saturating_sub(2))
                ),
                theme.muted,
            ));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
    }

    fn header(&self, lang: Lang, width: usize) -> String {
        match self.browse {
            Browse::Services => {
                let name_w = width.saturating_sub(9 + 20 + 16 + 3);
                format!(
                    " {:<8} {} {} {}",
                    "",
                    fit(t(lang, DMsg::ColName), name_w),
                    fit(t(lang, DMsg::ColCategory), 20),
                    t(lang, DMsg::ColLangs)
                )
            }
            Browse::Organisations => {
                let name_w = width.saturating_sub(3 + 16 + 5 + 12 + 3);
                format!(
                    "   {} {} {} {}",
                    fit(t(lang, DMsg::ColName), name_w),
                    fit(t(lang, DMsg::ColCity), 16),
                    fit(t(lang, DMsg::ColServices), 5),
                    t(lang, DMsg::ColLangs)
                )
            }
        }
    }

    fn service_row(&self, s: &Service, lang: Lang, width: usize) -> String {
        let name_w = width.saturating_sub(9 + 20 + 16 + 3);
        let kind = match s.kind {
            Some(ServiceKind::Internal) => t(lang, DMsg::Internal),
            Some(ServiceKind::External) => t(lang, DMsg::External),
            None => "",
        };
        let mark = if !s.active {
            "✗"
        } else if !s.accepts_referrals {
            "–"
        } else {
            " "
        };
        format!(
            " {} {}{} {} {}{}",
            fit(kind, 7),
            mark,
            fit(service_name(s, lang), name_w),
            fit(&self.category_names(s, lang), 20),
            if s.interpretation { "≋ " } else { "" },
            s.languages.join(" ")
        )
    }

    fn organisation_row(&self, o: &Organisation, width: usize) -> String {
        let name_w = width.saturating_sub(3 + 16 + 5 + 12 + 3);
        let city = o
            .locations
            .iter()
            .map(|l| l.city.as_str())
            .find(|c| !c.is_empty())
            .unwrap_or("");
        format!(
            " {} {} {} {:>3}   {}",
            membership_mark(o),
            fit(&o.name, name_w),
            fit(city, 16),
            self.services_of(o.id).len(),
            o.languages.join(" ")
        )
    }

    fn service_details(&self, s: &Service, view: &View<'_>) -> Vec<Line<'static>> {
        let lang = view.lang;
        let mut flags = Vec::new();
        if !s.accepts_referrals {
            flags.push(t(lang, DMsg::NoReferrals));
        }
        if !s.active {
            flags.push(t(lang, DMsg::Inactive));
        }
        if s.interpretation {
            flags.push(t(lang, DMsg::Interpretation));
        }
        let flags: String = flags.iter().map(|f| format!(" · {f}")).collect();
        let organisation = s
            .organisation_id
            .and_then(|id| self.organisation(id))
            .map_or(s.organisation.as_str(), |o| o.name.as_str());
        vec![
            Line::from(Span::styled(
                format!(" {organisation} · {}{flags}", s.code),
                view.theme.title,
            )),
            Line::from(format!(" {}", joined(&[&s.address, &s.phone, &s.email]))),
            Line::from(format!(" {}: {}", t(lang, DMsg::FHours), s.hours)),
            Line::from(format!(
                " {}: {}",
                t(lang, DMsg::FEligibility),
                s.eligibility
            )),
            Line::from(format!(
                " {}: {}",
                t(lang, DMsg::FDocuments),
                s.documents_required
            )),
        ]
    }

    fn organisation_details(&self, o: &Organisation, view: &View<'_>) -> Vec<Line<'static>> {
        let lang = view.lang;
        let services: Vec<&str> = self
            .services_of(o.id)
            .iter()
            .map(|s| service_name(s, lang))
            .collect();
        let ids: Vec<String> = o
            .identifiers
            .iter()
            .map(|i| format!("{} {}", i.kind, i.value))
            .collect();
        vec![
            Line::from(Span::styled(
                format!(
                    " {}",
                    joined(&[&o.name, &o.alternate_name, t(lang, standing(o))])
                ),
                view.theme.title,
            )),
            Line::from(format!(" {}", joined(&[&o.address_line(), o.hours()]))),
            Line::from(format!(
                " {}",
                joined(&[o.first_phone(), &o.email, &o.website])
            )),
            Line::from(format!(" {}", ids.join(" · "))),
            Line::from(format!(
                " {}: {}   {}",
                t(lang, DMsg::CardServices),
                services.join(", "),
                t(lang, DMsg::CardHint)
            )),
        ]
    }
}

/// The parts that are not empty, between middle dots.
fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// ◆ this centre, ● a member of the network, nothing for an outside body.
pub(super) fn membership_mark(o: &Organisation) -> &'static str {
    if o.own_centre {
        "◆"
    } else if o.network_member {
        "●"
    } else {
        " "
    }
}

/// This centre, a member of the network, or an outside body, in words.
pub(super) fn standing(o: &Organisation) -> DMsg {
    if o.own_centre {
        DMsg::OwnCentre
    } else if o.network_member {
        DMsg::Member
    } else {
        DMsg::Outside
    }
}
