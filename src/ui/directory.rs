//! The directory screen (F7): the centre's services and outside organisations, searched
//! by name, category and language as you type; the selected entry's details below; add
//! or edit an entry (a stale edit is refused, never overwritten).

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{Ctx, Drawn, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::codes::ServiceKind;
use crate::domain::directory::{DirField, DirProblem, TaxonomyTerm, check_service};
use crate::domain::names::fold;
use crate::domain::records::Service;
use crate::i18n::directory::DMsg;
use crate::i18n::{Lang, t, tf};
use crate::store::{Stamp, Store, StoreError};

/// The editable fields, in form order.
const FIELDS: [DMsg; 16] = [
    DMsg::FCode,
    DMsg::FNameEl,
    DMsg::FNameEn,
    DMsg::FKind,
    DMsg::FCategory,
    DMsg::FOrganisation,
    DMsg::FAddress,
    DMsg::FPhone,
    DMsg::FEmail,
    DMsg::FHours,
    DMsg::FLanguages,
    DMsg::FInterpretation,
    DMsg::FEligibility,
    DMsg::FDocuments,
    DMsg::FAccepts,
    DMsg::FActive,
];

fn yes_no(b: bool, lang: Lang) -> String {
    t(lang, if b { DMsg::Yes } else { DMsg::No }).to_string()
}

fn parse_yes_no(text: &str) -> Option<bool> {
    match fold(text.trim()).as_str() {
        "yes" | "y" | "ναι" | "ν" | "true" | "1" => Some(true),
        "no" | "n" | "οχι" | "ο" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// The edit form: the entry as read (its version) and each field as text.
#[derive(Debug, Clone)]
struct Edit {
    base: Service,
    values: Vec<String>,
    field: usize,
    error: Option<(usize, String)>,
}

impl Edit {
    fn new(base: Service, lang: Lang) -> Edit {
        let s = &base;
        let values = vec![
            s.code.clone(),
            s.name_el.clone(),
            s.name_en.clone(),
            s.kind.map(|k| k.code().to_string()).unwrap_or_default(),
            s.categories.join(", "),
            s.organisation.clone(),
            s.address.clone(),
            s.phone.clone(),
            s.email.clone(),
            s.hours.clone(),
            s.languages.join(", "),
            yes_no(s.interpretation, lang),
            s.eligibility.clone(),
            s.documents_required.clone(),
            yes_no(s.accepts_referrals, lang),
            yes_no(s.active, lang),
        ];
        Edit {
            base,
            values,
            field: 0,
            error: None,
        }
    }

    /// The entry the form describes, or the first field that is wrong.
    fn to_service(&self) -> Result<Service, (usize, DMsg, String)> {
        use crate::domain::text::clean_line;
        let v: Vec<String> = self.values.iter().map(|s| clean_line(s)).collect();
        let mut s = self.base.clone();
        s.code = v[0].clone();
        s.name_el = v[1].clone();
        s.name_en = v[2].clone();
        s.kind = match v[3].as_str() {
            "" => None,
            k => Some(ServiceKind::from_code(&k.to_lowercase()).ok_or((
                3,
                DMsg::BadKind,
                String::new(),
            ))?),
        };
        s.categories = v[4]
            .split([',', ';', ' '])
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        if s.organisation != v[5] {
            // Filed under the organisation of the name typed (made if new).
            s.organisation_id = None;
        }
        s.organisation = v[5].clone();
        s.address = v[6].clone();
        s.phone = v[7].clone();
        s.email = v[8].clone();
        s.hours = v[9].clone();
        let mut languages = Vec::new();
        for word in v[10].split([',', ';', ' ']).filter(|w| !w.is_empty()) {
            match crate::domain::reference::find_language(word) {
                Some(l) => languages.push(l.code.clone()),
                None => return Err((10, DMsg::BadLanguage, word.to_string())),
            }
        }
        s.languages = languages;
        let flag = |i: usize| parse_yes_no(&v[i]).ok_or((i, DMsg::BadYesNo, String::new()));
        s.interpretation = flag(11)?;
        s.eligibility = v[12].clone();
        s.documents_required = v[13].clone();
        s.accepts_referrals = flag(14)?;
        s.active = flag(15)?;
        check_service(&s).map_err(|problem| match problem {
            DirProblem::BadCode | DirProblem::BadPrefix => (0, DMsg::NeedCode, String::new()),
            DirProblem::Missing(DirField::Organisation) => (5, DMsg::NeedName, String::new()),
            DirProblem::Missing(_) => (1, DMsg::NeedName, String::new()),
            DirProblem::BadEmail(_) | DirProblem::BadUrl => (8, DMsg::BadEmail, String::new()),
            DirProblem::BadLanguage(code) => (10, DMsg::BadLanguage, code),
            DirProblem::BadAfm(_) => (0, DMsg::NeedCode, String::new()),
        })?;
        Ok(s)
    }
}

#[derive(Debug, Default)]
pub struct DirectoryScreen {
    services: Vec<Service>,
    /// The taxonomy, to name each service's categories in the operator's language.
    terms: Vec<TaxonomyTerm>,
    shown: Vec<usize>,
    selected: usize,
    query: String,
    searching: bool,
    edit: Option<Edit>,
}

/// True when `service` matches every word of `query` (folded: accents, case and
/// final sigma do not matter) in its names, code, category, organisation or languages
/// (codes and their English and Greek names).
pub fn service_matches(service: &Service, query: &str) -> bool {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
    if words.is_empty() {
        return true;
    }
    let mut hay = format!(
        "{} {} {} {} {}",
        service.code,
        service.name_el,
        service.name_en,
        service.categories.join(" "),
        service.organisation
    );
    for code in &service.languages {
        hay.push(' ');
        hay.push_str(code);
        if let Some(l) = crate::domain::reference::find_language(code) {
            hay.push(' ');
            hay.push_str(&l.name_en);
            hay.push(' ');
            hay.push_str(&l.name_el);
        }
    }
    let hay = fold(&hay);
    words.iter().all(|w| hay.contains(w.as_str()))
}

impl DirectoryScreen {
    pub fn new() -> Self {
        Self::default()
    }

    /// The service's categories, named in `lang`.
    fn category_names(&self, s: &Service, lang: Lang) -> String {
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

    fn apply(&mut self) {
        self.shown = (0..self.services.len())
            .filter(|&i| service_matches(&self.services[i], &self.query))
            .collect();
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
    }

    fn selected(&self) -> Option<&Service> {
        self.shown.get(self.selected).map(|&i| &self.services[i])
    }

    fn save(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(edit) = &mut self.edit else {
            return Outcome::Ignored;
        };
        let service = match edit.to_service() {
            Ok(s) => s,
            Err((field, msg, arg)) => {
                edit.field = field;
                edit.error = Some((field, tf(cx.lang, msg, &[&arg])));
                return Outcome::Handled;
            }
        };
        let stamp = Stamp {
            at: cx.now,
            operator: cx.operator.to_string(),
        };
        let result = if service.id == 0 {
            cx.store.insert_service(&service, &stamp).map(|_| ())
        } else {
            cx.store.update_service(&service, &stamp).map(|_| ())
        };
        match result {
            Ok(()) => {
                self.edit = None;
                if let Err(e) = self.refresh(cx) {
                    return Outcome::Error(e.to_string());
                }
                if let Some(p) = self
                    .shown
                    .iter()
                    .position(|&i| self.services[i].code == service.code)
                {
                    self.selected = p;
                }
                Outcome::Status(tf(cx.lang, DMsg::Saved, &[&service.name_el]))
            }
            Err(StoreError::Conflict { .. }) => {
                edit.error = Some((edit.field, t(cx.lang, DMsg::Conflict).to_string()));
                Outcome::Error(t(cx.lang, DMsg::Conflict).to_string())
            }
            Err(StoreError::Duplicate { .. }) => {
                edit.field = 0;
                edit.error = Some((0, t(cx.lang, DMsg::DupCode).to_string()));
                Outcome::Handled
            }
            Err(e) => Outcome::Error(e.to_string()),
        }
    }
}

impl Screen for DirectoryScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Directory
    }

    fn contexts(&self) -> &'static [&'static str] {
        if self.edit.is_some() {
            &["form"]
        } else if self.searching {
            &["list"]
        } else {
            &["directory", "list"]
        }
    }

    fn wants_text(&self) -> bool {
        self.edit.is_some() || self.searching
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        if let Some(edit) = &mut self.edit {
            match action {
                Action::NextField | Action::Down => edit.field = (edit.field + 1) % FIELDS.len(),
                Action::PrevField | Action::Up => {
                    edit.field = (edit.field + FIELDS.len() - 1) % FIELDS.len()
                }
                Action::Save => return self.save(cx),
                Action::Cancel => {
                    self.edit = None;
                    if let Err(e) = self.refresh(cx) {
                        return crate::ui::kit::fail::store_failure(cx.lang, "directory", &e);
                    }
                }
                _ => return Outcome::Ignored,
            }
            return Outcome::Handled;
        }
        let len = self.shown.len();
        match action {
            action if action.moves_selection() => {
                self.selected =
                    super::step_selection(self.selected, len, 10, action).unwrap_or(self.selected)
            }
            Action::Filter => self.searching = true,
            Action::Confirm => self.searching = false,
            Action::Cancel => {
                if self.searching || !self.query.is_empty() {
                    self.searching = false;
                    self.query.clear();
                    self.apply();
                }
            }
            Action::Edit => match self.selected() {
                Some(s) => self.edit = Some(Edit::new(s.clone(), cx.lang)),
                None => return Outcome::Ignored,
            },
            Action::NewEntry => {
                let base = Service {
                    kind: Some(ServiceKind::External),
                    accepts_referrals: true,
                    active: true,
                    ..Service::default()
                };
                self.edit = Some(Edit::new(base, cx.lang));
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn handle_key(&mut self, key: KeyEvent, _cx: &mut Ctx<'_>) -> Outcome {
        let text = match &mut self.edit {
            Some(edit) => {
                edit.error = None;
                &mut edit.values[edit.field]
            }
            None if self.searching => &mut self.query,
            None => return Outcome::Ignored,
        };
        match key.code {
            KeyCode::Char(c) => text.push(c),
            KeyCode::Backspace => {
                text.pop();
            }
            KeyCode::Enter if self.edit.is_some() => {
                if let Some(edit) = &mut self.edit {
                    edit.field = (edit.field + 1) % FIELDS.len();
                }
                return Outcome::Handled;
            }
            _ => return Outcome::Ignored,
        }
        if self.edit.is_none() {
            self.apply();
        }
        Outcome::Handled
    }

    fn handle_paste(&mut self, text: &str, _cx: &mut Ctx<'_>) -> Outcome {
        let clean = crate::domain::text::clean_line(text);
        match &mut self.edit {
            Some(edit) => edit.values[edit.field].push_str(&clean),
            None if self.searching => {
                self.query.push_str(&clean);
                self.apply();
            }
            None => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let store: &Store = cx.store;
        if self.edit.is_some() {
            return Ok(()); // the form keeps what it read: a stale save is refused
        }
        let keep = self.selected().map(|s| s.id);
        self.services = store.services()?;
        self.terms = store.taxonomy_terms()?;
        self.apply();
        if let Some(id) = keep
            && let Some(p) = self.shown.iter().position(|&i| self.services[i].id == id)
        {
            self.selected = p;
        }
        Ok(())
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let lang = view.lang;
        let theme = view.theme;
        if let Some(edit) = &self.edit {
            let title = if edit.base.id == 0 {
                t(lang, DMsg::NewTitle).to_string()
            } else {
                tf(lang, DMsg::EditTitle, &[&edit.base.name_el])
            };
            let block = Block::bordered()
                .border_set(theme.borders)
                .border_style(theme.border)
                .title(Span::styled(format!(" {title} "), theme.title));
            let inner = block.inner(area);
            frame.render_widget(block, area);
            let mut lines = Vec::new();
            for (i, label) in FIELDS.iter().enumerate() {
                let focused = i == edit.field;
                let hint = match (focused, label) {
                    (true, DMsg::FKind) => Some(DMsg::KindHint),
                    (true, DMsg::FLanguages) => Some(DMsg::LangHint),
                    (true, DMsg::FInterpretation | DMsg::FAccepts | DMsg::FActive) => {
                        Some(DMsg::YesNoHint)
                    }
                    _ => None,
                };
                let mut spans = vec![
                    Span::raw(" "),
                    Span::styled(
                        format!("{:<16}", t(lang, *label)),
                        if focused {
                            theme.selection
                        } else {
                            theme.title
                        },
                    ),
                    Span::raw(" "),
                    Span::styled(
                        format!("{}{}", edit.values[i], if focused { "▏" } else { "" }),
                        theme.text,
                    ),
                ];
                if let Some((f, err)) = &edit.error
                    && *f == i
                {
                    spans.push(Span::styled(format!("  ✗ {err}"), theme.status_error));
                } else if let Some(h) = hint {
                    spans.push(Span::styled(format!("  {}", t(lang, h)), theme.muted));
                }
                lines.push(Line::from(spans));
            }
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, DMsg::FormHint)),
                theme.muted,
            )));
            frame.render_widget(Paragraph::new(lines), inner);
            return Drawn::none();
        }
        let [top, table, details] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(5),
        ])
        .areas(area);
        let count = if self.query.is_empty() {
            tf(lang, DMsg::Count, &[&self.services.len().to_string()])
        } else {
            tf(
                lang,
                DMsg::Shown,
                &[
                    &self.shown.len().to_string(),
                    &self.services.len().to_string(),
                ],
            )
        };
        let search = if self.searching || !self.query.is_empty() {
            vec![
                Span::styled(format!(" {}", t(lang, DMsg::Search)), theme.title),
                Span::styled(
                    format!("{}{}", self.query, if self.searching { "▏" } else { "" }),
                    theme.text,
                ),
                Span::styled(format!("   {count}"), theme.muted),
            ]
        } else {
            vec![
                Span::styled(format!(" {count}"), theme.title),
                Span::styled(format!("   / {}", t(lang, DMsg::SearchHint)), theme.muted),
            ]
        };
        frame.render_widget(Paragraph::new(Line::from(search)), top);
        let block = Block::bordered()
            .border_set(theme.borders)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", t(lang, crate::i18n::Msg::TabDirectory)),
                theme.title,
            ));
        let inner = block.inner(table);
        frame.render_widget(block, table);
        let width = inner.width as usize;
        let name_w = width.saturating_sub(9 + 20 + 16 + 3);
        let mut lines = vec![Line::from(Span::styled(
            format!(
                " {:<8} {} {} {}",
                "",
                fit(t(lang, DMsg::ColName), name_w),
                fit(t(lang, DMsg::ColCategory), 20),
                t(lang, DMsg::ColLangs)
            ),
            theme.title,
        ))];
        if self.shown.is_empty() {
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, DMsg::Empty)),
                theme.muted,
            )));
        }
        let room = (inner.height as usize).saturating_sub(1);
        let first = super::first_visible_row(self.selected, room);
        for (pos, &i) in self.shown.iter().enumerate().skip(first).take(room) {
            let s = &self.services[i];
            let kind = match s.kind {
                Some(ServiceKind::Internal) => t(lang, DMsg::Internal),
                Some(ServiceKind::External) => t(lang, DMsg::External),
                None => "",
            };
            let name = crate::i18n::service_name(s, lang);
            let mark = if !s.active {
                "✗"
            } else if !s.accepts_referrals {
                "–"
            } else {
                " "
            };
            let text = format!(
                " {} {}{} {} {}{}",
                fit(kind, 7),
                mark,
                fit(name, name_w),
                fit(&self.category_names(s, lang), 20),
                if s.interpretation { "≋ " } else { "" },
                s.languages.join(" ")
            );
            let style = if pos == self.selected {
                theme.selection
            } else {
                theme.text
            };
            lines.push(Line::from(Span::styled(fit(&text, width), style)));
        }
        frame.render_widget(Paragraph::new(lines), inner);
        let mut d = Vec::new();
        if let Some(s) = self.selected() {
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
            let flags = if flags.is_empty() {
                String::new()
            } else {
                format!(" · {}", flags.join(" · "))
            };
            d.push(Line::from(Span::styled(
                format!(" {} · {}{}", s.organisation, s.code, flags),
                theme.title,
            )));
            d.push(Line::from(format!(
                " {} · {} · {}",
                s.address, s.phone, s.email
            )));
            d.push(Line::from(format!(
                " {}: {}",
                t(lang, DMsg::FHours),
                s.hours
            )));
            d.push(Line::from(format!(
                " {}: {}",
                t(lang, DMsg::FEligibility),
                s.eligibility
            )));
            d.push(Line::from(format!(
                " {}: {}",
                t(lang, DMsg::FDocuments),
                s.documents_required
            )));
        }
        frame.render_widget(Paragraph::new(d), details);
        Drawn::none()
    }
}

fn fit(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count <= width {
        format!("{text:<width$}")
    } else {
        let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}
