//! The referrals screen (F5): open referrals with overdue follow-ups first, one-key
//! status changes, the selected referral's details below, a slip written to a file, and
//! the new-referral form (person and service by type-ahead, consent to share first).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{Ctx, Nav, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::codes::{ReferralState, Urgency};
use crate::domain::dates::{format_date, parse_date};
use crate::domain::names::fold;
use crate::domain::person::Person;
use crate::domain::records::{Referral, Service};
use crate::domain::referral::{self as rules, SlipLang};
use crate::i18n::referral::RMsg;
use crate::i18n::{Lang, t, tf};
use crate::store::{NewReferral, ReferralError, ReferralEvent, Stamp, Store, StoreError};

/// One row of the list, with what it shows already looked up.
#[derive(Debug, Clone)]
pub struct Row {
    pub referral: Referral,
    pub person: String,
    pub service_el: String,
    pub service_en: String,
}

/// A one-line question on top of the list.
#[derive(Debug, Clone, PartialEq)]
enum Prompt {
    Reason(ReferralState),
    FollowUp,
    Filter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Person,
    Service,
    Reason,
    Urgency,
    Note,
    FollowUp,
    Consent,
    Override,
}

const FIELDS: [Field; 8] = [
    Field::Person,
    Field::Service,
    Field::Reason,
    Field::Urgency,
    Field::Note,
    Field::FollowUp,
    Field::Consent,
    Field::Override,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Consent {
    Unknown,
    Recorded,
    NotRecorded,
    AgreesNow,
    Override,
}

/// The new-referral form.
#[derive(Debug, Clone)]
struct Form {
    field: Field,
    person_query: String,
    person: Option<(i64, String)>,
    person_hits: Vec<(i64, String)>,
    service_query: String,
    service: Option<(i64, String)>,
    service_hits: Vec<(i64, String)>,
    pick: usize,
    ticket_id: Option<i64>,
    reason: String,
    urgency: Urgency,
    note: String,
    follow_up: String,
    follow_up_touched: bool,
    consent: Consent,
    override_reason: String,
    error: Option<String>,
}

impl Form {
    fn new(today: NaiveDate) -> Form {
        Form {
            field: Field::Person,
            person_query: String::new(),
            person: None,
            person_hits: vec![],
            service_query: String::new(),
            service: None,
            service_hits: vec![],
            pick: 0,
            ticket_id: None,
            reason: String::new(),
            urgency: Urgency::Routine,
            note: String::new(),
            follow_up: format_date(rules::default_follow_up(Urgency::Routine, today)),
            follow_up_touched: false,
            consent: Consent::Unknown,
            override_reason: String::new(),
            error: None,
        }
    }

    fn text_mut(&mut self) -> Option<&mut String> {
        match self.field {
            Field::Person => Some(&mut self.person_query),
            Field::Service => Some(&mut self.service_query),
            Field::Reason => Some(&mut self.reason),
            Field::Note => Some(&mut self.note),
            Field::FollowUp => Some(&mut self.follow_up),
            Field::Override => Some(&mut self.override_reason),
            Field::Urgency | Field::Consent => None,
        }
    }

    fn visible(&self, field: Field) -> bool {
        field != Field::Override || self.consent == Consent::Override
    }

    fn step(&mut self, forward: bool) {
        let mut i = FIELDS.iter().position(|f| *f == self.field).unwrap_or(0);
        loop {
            i = if forward {
                (i + 1) % FIELDS.len()
            } else {
                (i + FIELDS.len() - 1) % FIELDS.len()
            };
            if self.visible(FIELDS[i]) {
                break;
            }
        }
        self.field = FIELDS[i];
        self.pick = 0;
    }
}

#[derive(Debug, Default)]
pub struct ReferralScreen {
    /// How many times the store asked this screen to reload.
    pub refreshes: u64,
    rows: Vec<Row>,
    /// Indexes into `rows` after filtering, in display order.
    shown: Vec<usize>,
    selected: usize,
    open_only: bool,
    filter: String,
    prompt: Option<(Prompt, String)>,
    form: Option<Form>,
    history: Option<(i64, Vec<ReferralEvent>)>,
    services: Vec<Service>,
    today: Option<NaiveDate>,
    /// Where slips are written (default: `slips/` beside the database).
    pub slips_dir: Option<PathBuf>,
}

fn state_msg(state: ReferralState) -> RMsg {
    match state {
        ReferralState::Sent => RMsg::StateSent,
        ReferralState::Accepted => RMsg::StateAccepted,
        ReferralState::Completed => RMsg::StateCompleted,
        ReferralState::Declined => RMsg::StateDeclined,
        ReferralState::NoShow => RMsg::StateNoShow,
        ReferralState::Cancelled => RMsg::StateCancelled,
    }
}

fn urgency_msg(urgency: Urgency) -> RMsg {
    match urgency {
        Urgency::Routine => RMsg::UrgRoutine,
        Urgency::Soon => RMsg::UrgSoon,
        Urgency::Urgent => RMsg::UrgUrgent,
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

/// Where a slip for a database at `db` goes by default: `slips/` beside it.
pub fn default_slips_dir(db: &Path) -> PathBuf {
    db.parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
        .join("slips")
}

/// Writes a slip file readable by its owner only (it holds personal data).
pub fn write_slip(dir: &Path, name: &str, text: &str) -> std::io::Result<PathBuf> {
    use std::io::Write;
    std::fs::create_dir_all(dir)?;
    let path = dir.join(name);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    Ok(path)
}

impl ReferralScreen {
    pub fn new() -> Self {
        ReferralScreen {
            open_only: true,
            ..Self::default()
        }
    }

    fn today(&self) -> NaiveDate {
        self.today.unwrap_or_default()
    }

    fn lang_service<'a>(&self, row: &'a Row, lang: Lang) -> &'a str {
        match lang {
            Lang::En if !row.service_en.is_empty() => &row.service_en,
            _ => &row.service_el,
        }
    }

    /// Recomputes which rows show, in the desk's order.
    fn apply_filter(&mut self) {
        let today = self.today();
        let words: Vec<String> = fold(&self.filter)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let mut shown: Vec<usize> = (0..self.rows.len())
            .filter(|&i| {
                let row = &self.rows[i];
                let r = &row.referral;
                if self.open_only && rules::is_closed(r.state) {
                    return false;
                }
                if words.is_empty() {
                    return true;
                }
                let hay = fold(&format!(
                    "{} {} {} {} {} {} {} {}",
                    row.service_el,
                    row.service_en,
                    r.state.code(),
                    t(Lang::El, state_msg(r.state)),
                    t(Lang::En, state_msg(r.state)),
                    r.created_by,
                    r.updated_by,
                    row.person
                ));
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect();
        let mut ordered: Vec<Referral> = shown
            .iter()
            .map(|&i| self.rows[i].referral.clone())
            .collect();
        rules::sort_for_desk(&mut ordered, today);
        let pos: HashMap<i64, usize> = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.referral.id, i))
            .collect();
        shown = ordered
            .iter()
            .filter_map(|r| pos.get(&r.id).copied())
            .collect();
        self.shown = shown;
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
    }

    fn selected_row(&self) -> Option<&Row> {
        self.shown.get(self.selected).map(|&i| &self.rows[i])
    }

    /// The referrals shown, in order (for tests and other screens).
    pub fn shown(&self) -> Vec<&Row> {
        self.shown.iter().map(|&i| &self.rows[i]).collect()
    }

    fn select_id(&mut self, id: i64) {
        if let Some(p) = self
            .shown
            .iter()
            .position(|&i| self.rows[i].referral.id == id)
        {
            self.selected = p;
        }
    }

    fn reload(&mut self, store: &Store) -> Result<(), StoreError> {
        let keep = self.selected_row().map(|r| r.referral.id);
        let referrals = store.all_referrals()?;
        self.services = store.services()?;
        let services: HashMap<i64, &Service> = self.services.iter().map(|s| (s.id, s)).collect();
        let mut ids: Vec<i64> = referrals.iter().map(|r| r.person_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let people: HashMap<i64, String> = store
            .people_by_ids(&ids)?
            .into_iter()
            .map(|p| (p.id, p.display_name()))
            .collect();
        self.rows = referrals
            .into_iter()
            .map(|r| Row {
                person: people.get(&r.person_id).cloned().unwrap_or_default(),
                service_el: services
                    .get(&r.service_id)
                    .map(|s| s.name_el.clone())
                    .unwrap_or_default(),
                service_en: services
                    .get(&r.service_id)
                    .map(|s| s.name_en.clone())
                    .unwrap_or_default(),
                referral: r,
            })
            .collect();
        self.apply_filter();
        if let Some(id) = keep {
            self.select_id(id);
        }
        Ok(())
    }

    fn change_state(&mut self, to: ReferralState, reason: &str, cx: &mut Ctx<'_>) -> Outcome {
        let Some(row) = self.selected_row() else {
            return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
        };
        let (id, version) = (row.referral.id, row.referral.version);
        let stamp = Stamp {
            at: cx.now,
            operator: cx.operator.to_string(),
        };
        let result = cx
            .store
            .change_referral_state(id, version, to, reason, &stamp);
        let outcome = match result {
            Ok(_) => Outcome::Status(tf(
                cx.lang,
                RMsg::Changed,
                &[&id.to_string(), t(cx.lang, state_msg(to))],
            )),
            Err(ReferralError::Store(StoreError::Conflict { .. })) => {
                Outcome::Error(t(cx.lang, RMsg::Conflict).into())
            }
            Err(e) => Outcome::Error(tf(cx.lang, RMsg::Refused, &[&e.to_string()])),
        };
        if let Err(e) = self.reload(cx.store) {
            return Outcome::Error(e.to_string());
        }
        self.select_id(id);
        outcome
    }

    fn ask_state(&mut self, to: ReferralState, cx: &mut Ctx<'_>) -> Outcome {
        let Some(row) = self.selected_row() else {
            return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
        };
        // Refuse early (before asking for a reason) when the change cannot happen.
        if let Err(e) = rules::check_transition(row.referral.state, to, "reason") {
            return Outcome::Error(tf(cx.lang, RMsg::Refused, &[&e.to_string()]));
        }
        if rules::needs_reason(to) {
            self.prompt = Some((Prompt::Reason(to), String::new()));
            return Outcome::Handled;
        }
        self.change_state(to, "", cx)
    }

    fn print_slip(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(row) = self.selected_row() else {
            return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
        };
        let referral = row.referral.clone();
        let person = match cx.store.person(referral.person_id) {
            Ok(Some(p)) => p,
            Ok(None) => return Outcome::Error(format!("person {} not found", referral.person_id)),
            Err(e) => return Outcome::Error(e.to_string()),
        };
        let Some(service) = self
            .services
            .iter()
            .find(|s| s.id == referral.service_id)
            .cloned()
        else {
            return Outcome::Error(format!("service {} not found", referral.service_id));
        };
        let centre = self
            .services
            .iter()
            .find(|s| s.kind == Some(crate::domain::codes::ServiceKind::Internal))
            .map(|s| s.organisation.clone())
            .unwrap_or_else(|| "kentro".into());
        let lang = match cx.lang {
            Lang::El => SlipLang::El,
            Lang::En => SlipLang::En,
        };
        let text = slip_text(lang, &referral, &person, &service, &centre);
        let dir = self
            .slips_dir
            .clone()
            .unwrap_or_else(|| default_slips_dir(cx.store.path()));
        let name = rules::slip_file_name(&referral, lang);
        match write_slip(&dir, &name, &text) {
            Ok(path) => {
                let stamp = Stamp {
                    at: cx.now,
                    operator: cx.operator.to_string(),
                };
                let _ = cx
                    .store
                    .audit(&stamp, "slip", "referral", Some(referral.id), "");
                Outcome::Status(tf(
                    cx.lang,
                    RMsg::SlipWritten,
                    &[&path.display().to_string()],
                ))
            }
            Err(e) => Outcome::Error(tf(cx.lang, RMsg::SlipFailed, &[&e.to_string()])),
        }
    }

    fn finish_prompt(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some((prompt, text)) = self.prompt.take() else {
            return Outcome::Ignored;
        };
        match prompt {
            Prompt::Reason(to) => self.change_state(to, &text, cx),
            Prompt::Filter => {
                self.filter = text;
                self.apply_filter();
                Outcome::Handled
            }
            Prompt::FollowUp => {
                let Some(row) = self.selected_row() else {
                    return Outcome::Handled;
                };
                let (id, version) = (row.referral.id, row.referral.version);
                let date = if text.trim().is_empty() {
                    None
                } else {
                    match parse_date(&text, cx.now.date()) {
                        Ok(d) => Some(d),
                        Err(_) => {
                            self.prompt = Some((Prompt::FollowUp, text));
                            return Outcome::Error(t(cx.lang, RMsg::BadDate).into());
                        }
                    }
                };
                let stamp = Stamp {
                    at: cx.now,
                    operator: cx.operator.to_string(),
                };
                let outcome = match cx.store.set_referral_follow_up(id, version, date, &stamp) {
                    Ok(()) => Outcome::Status(tf(cx.lang, RMsg::FollowUpSet, &[&id.to_string()])),
                    Err(StoreError::Conflict { .. }) => {
                        Outcome::Error(t(cx.lang, RMsg::Conflict).into())
                    }
                    Err(e) => Outcome::Error(e.to_string()),
                };
                let _ = self.reload(cx.store);
                self.select_id(id);
                outcome
            }
        }
    }

    // ---- the form ----

    fn update_hits(&mut self, cx: &mut Ctx<'_>) {
        let Some(form) = &mut self.form else { return };
        match form.field {
            Field::Person => {
                form.person = None;
                form.person_hits = if form.person_query.trim().chars().count() < 2 {
                    vec![]
                } else {
                    crate::search::search(cx.store, &form.person_query, 6)
                        .map(|hits| {
                            hits.into_iter()
                                .map(|h| (h.person.id, person_line(&h.person)))
                                .collect()
                        })
                        .unwrap_or_default()
                };
            }
            Field::Service => {
                form.service = None;
                let words: Vec<String> = fold(&form.service_query)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                form.service_hits = self
                    .services
                    .iter()
                    .filter(|s| s.active && s.accepts_referrals)
                    .filter(|s| {
                        let hay = fold(&format!(
                            "{} {} {} {} {}",
                            s.code, s.name_el, s.name_en, s.category, s.organisation
                        ));
                        words.iter().all(|w| hay.contains(w.as_str()))
                    })
                    .map(|s| (s.id, service_name(s, cx.lang).to_string()))
                    .take(6)
                    .collect();
            }
            _ => {}
        }
        form.pick = 0;
        self.check_consent(cx);
    }

    fn check_consent(&mut self, cx: &mut Ctx<'_>) {
        let Some(form) = &mut self.form else { return };
        form.consent = match (
            form.person.as_ref().map(|p| p.0),
            form.service.as_ref().map(|s| s.0),
        ) {
            (Some(p), Some(s)) => match cx.store.has_share_consent(p, s) {
                Ok(true) => Consent::Recorded,
                _ if matches!(form.consent, Consent::AgreesNow | Consent::Override) => form.consent,
                _ => Consent::NotRecorded,
            },
            _ => Consent::Unknown,
        };
    }

    fn pick(&mut self, cx: &mut Ctx<'_>) {
        let Some(form) = &mut self.form else { return };
        match form.field {
            Field::Person => {
                if let Some(hit) = form.person_hits.get(form.pick).cloned() {
                    form.person_query = hit.1.clone();
                    form.person = Some(hit);
                    form.person_hits.clear();
                }
            }
            Field::Service => {
                if let Some(hit) = form.service_hits.get(form.pick).cloned() {
                    form.service_query = hit.1.clone();
                    form.service = Some(hit);
                    form.service_hits.clear();
                }
            }
            _ => {}
        }
        self.check_consent(cx);
        if let Some(form) = &mut self.form {
            form.step(true);
        }
    }

    fn save_form(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = &mut self.form else {
            return Outcome::Ignored;
        };
        let lang = cx.lang;
        let fail = |form: &mut Form, field: Field, msg: RMsg| {
            form.field = field;
            form.error = Some(t(lang, msg).to_string());
            Outcome::Handled
        };
        let Some(person_id) = form.person.as_ref().map(|p| p.0) else {
            return fail(form, Field::Person, RMsg::NeedPerson);
        };
        let Some((service_id, _)) = form.service.clone() else {
            return fail(form, Field::Service, RMsg::NeedService);
        };
        if form.reason.trim().is_empty() {
            return fail(form, Field::Reason, RMsg::NeedReason);
        }
        let follow_up_on = if form.follow_up.trim().is_empty() {
            None
        } else {
            match parse_date(&form.follow_up, cx.now.date()) {
                Ok(d) => Some(d),
                Err(_) => return fail(form, Field::FollowUp, RMsg::BadDate),
            }
        };
        let (record_consent, override_reason) = match form.consent {
            Consent::Recorded => (false, None),
            Consent::AgreesNow => (true, None),
            Consent::Override if form.override_reason.trim().is_empty() => {
                return fail(form, Field::Override, RMsg::NeedOverrideReason);
            }
            Consent::Override => (false, Some(form.override_reason.clone())),
            Consent::Unknown | Consent::NotRecorded => {
                return fail(form, Field::Consent, RMsg::NeedConsent);
            }
        };
        let new = NewReferral {
            person_id,
            service_id,
            ticket_id: form.ticket_id,
            reason: form.reason.clone(),
            urgency: form.urgency,
            note: form.note.clone(),
            follow_up_on,
            record_consent,
            override_reason,
        };
        let stamp = Stamp {
            at: cx.now,
            operator: cx.operator.to_string(),
        };
        match cx.store.create_referral(&new, &stamp) {
            Ok(id) => {
                self.form = None;
                self.open_only = true;
                self.filter.clear();
                if let Err(e) = self.reload(cx.store) {
                    return Outcome::Error(e.to_string());
                }
                self.select_id(id);
                Outcome::Status(tf(cx.lang, RMsg::Created, &[&id.to_string()]))
            }
            Err(ReferralError::NoConsent) => fail(form, Field::Consent, RMsg::NeedConsent),
            Err(ReferralError::NotAccepting) => fail(form, Field::Service, RMsg::NotAccepting),
            Err(ReferralError::ReasonRequired) => fail(form, Field::Reason, RMsg::NeedReason),
            Err(e) => {
                form.error = Some(e.to_string());
                Outcome::Error(e.to_string())
            }
        }
    }

    fn form_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = &mut self.form else {
            return Outcome::Ignored;
        };
        form.error = None;
        match (form.field, key.code) {
            (Field::Person | Field::Service, KeyCode::Up) => {
                form.pick = form.pick.saturating_sub(1);
                return Outcome::Handled;
            }
            (Field::Person | Field::Service, KeyCode::Down) => {
                let n = if form.field == Field::Person {
                    form.person_hits.len()
                } else {
                    form.service_hits.len()
                };
                form.pick = (form.pick + 1).min(n.saturating_sub(1));
                return Outcome::Handled;
            }
            (_, KeyCode::Up) => {
                form.step(false);
                return Outcome::Handled;
            }
            (_, KeyCode::Down) => {
                form.step(true);
                return Outcome::Handled;
            }
            (Field::Urgency, KeyCode::Left | KeyCode::Right | KeyCode::Char(' ')) => {
                let all = Urgency::ALL;
                let i = all.iter().position(|u| *u == form.urgency).unwrap_or(0);
                let i = if key.code == KeyCode::Left {
                    (i + all.len() - 1) % all.len()
                } else {
                    (i + 1) % all.len()
                };
                form.urgency = all[i];
                if !form.follow_up_touched {
                    form.follow_up =
                        format_date(rules::default_follow_up(form.urgency, cx.now.date()));
                }
                return Outcome::Handled;
            }
            (Field::Consent, KeyCode::Char('y' | 'Y' | 'ν' | 'Ν'))
                if form.consent != Consent::Recorded && form.consent != Consent::Unknown =>
            {
                form.consent = Consent::AgreesNow;
                return Outcome::Handled;
            }
            (Field::Consent, KeyCode::Char('o' | 'O'))
                if form.consent != Consent::Recorded && form.consent != Consent::Unknown =>
            {
                form.consent = Consent::Override;
                form.field = Field::Override;
                return Outcome::Handled;
            }
            (Field::Consent, KeyCode::Backspace | KeyCode::Delete)
                if matches!(form.consent, Consent::AgreesNow | Consent::Override) =>
            {
                form.consent = Consent::NotRecorded;
                return Outcome::Handled;
            }
            _ => {}
        }
        let field = form.field;
        let Some(text) = form.text_mut() else {
            return Outcome::Handled;
        };
        match key.code {
            KeyCode::Char(c) => text.push(c),
            KeyCode::Backspace => {
                text.pop();
            }
            _ => return Outcome::Ignored,
        }
        if field == Field::FollowUp {
            form.follow_up_touched = true;
        }
        if matches!(field, Field::Person | Field::Service) {
            self.update_hits(cx);
        }
        Outcome::Handled
    }

    /// Opens the form, with a person already chosen when there is one.
    fn start_form(&mut self, person: Option<Person>, ticket_id: Option<i64>, cx: &mut Ctx<'_>) {
        let mut form = Form::new(cx.now.date());
        form.ticket_id = ticket_id;
        if let Some(p) = person {
            form.person_query = person_line(&p);
            form.person = Some((p.id, person_line(&p)));
            form.field = Field::Service;
        }
        self.form = Some(form);
        self.update_hits(cx);
    }
}

fn service_name(s: &Service, lang: Lang) -> &str {
    match lang {
        Lang::En if !s.name_en.is_empty() => &s.name_en,
        _ => &s.name_el,
    }
}

fn person_line(p: &Person) -> String {
    match p.date_of_birth {
        Some(d) => format!("{} {}", p.display_name(), format_date(d)),
        None => p.display_name(),
    }
}

/// The slip's text, with language names from the reference list.
pub fn slip_text(
    lang: SlipLang,
    referral: &Referral,
    person: &Person,
    service: &Service,
    centre: &str,
) -> String {
    rules::slip(lang, referral, person, service, centre, |code| {
        match crate::domain::reference::find_language(code) {
            Some(l) if lang == SlipLang::El => l.name_el.clone(),
            Some(l) => l.name_en.clone(),
            None => code.to_string(),
        }
    })
}

impl Screen for ReferralScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Referrals
    }

    fn contexts(&self) -> &'static [&'static str] {
        if self.form.is_some() {
            &["form"]
        } else if self.prompt.is_some() {
            &[]
        } else {
            &["referral", "list"]
        }
    }

    fn wants_text(&self) -> bool {
        self.form.is_some() || self.prompt.is_some()
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        if self.form.is_some() {
            return match action {
                Action::Cancel => {
                    self.form = None;
                    Outcome::Handled
                }
                Action::NextField => {
                    if let Some(f) = &mut self.form {
                        f.step(true);
                    }
                    Outcome::Handled
                }
                Action::PrevField => {
                    if let Some(f) = &mut self.form {
                        f.step(false);
                    }
                    Outcome::Handled
                }
                Action::Save => self.save_form(cx),
                _ => Outcome::Ignored,
            };
        }
        if self.prompt.is_some() {
            return Outcome::Ignored;
        }
        let len = self.shown.len();
        match action {
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Home
            | Action::End => {
                self.selected =
                    super::step_selection(self.selected, len, 10, action).unwrap_or(self.selected)
            }
            Action::Confirm => {
                let Some(row) = self.selected_row() else {
                    return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
                };
                let id = row.referral.id;
                if self.history.as_ref().is_some_and(|(h, _)| *h == id) {
                    self.history = None;
                } else {
                    match cx.store.referral_history(id) {
                        Ok(events) => self.history = Some((id, events)),
                        Err(e) => return Outcome::Error(e.to_string()),
                    }
                }
            }
            Action::Cancel => {
                if self.history.take().is_none() && !self.filter.is_empty() {
                    self.filter.clear();
                    self.apply_filter();
                }
            }
            Action::ReferralAccepted => return self.ask_state(ReferralState::Accepted, cx),
            Action::ReferralCompleted => return self.ask_state(ReferralState::Completed, cx),
            Action::ReferralDeclined => return self.ask_state(ReferralState::Declined, cx),
            Action::ReferralNoShow => return self.ask_state(ReferralState::NoShow, cx),
            Action::ReferralCancelled => return self.ask_state(ReferralState::Cancelled, cx),
            Action::PrintSlip => return self.print_slip(cx),
            Action::Filter => self.prompt = Some((Prompt::Filter, self.filter.clone())),
            Action::FollowUp => {
                let Some(row) = self.selected_row() else {
                    return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
                };
                let text = row
                    .referral
                    .follow_up_on
                    .map(format_date)
                    .unwrap_or_default();
                self.prompt = Some((Prompt::FollowUp, text));
            }
            Action::ToggleOpen => {
                self.open_only = !self.open_only;
                self.apply_filter();
            }
            Action::NewReferral => self.start_form(None, None, cx),
            _ => return Outcome::Ignored,
        }
        if self
            .history
            .as_ref()
            .is_some_and(|(h, _)| Some(*h) != self.selected_row().map(|r| r.referral.id))
        {
            self.history = None;
        }
        Outcome::Handled
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        if self.form.is_some() {
            if key.code == KeyCode::Enter {
                let field = self.form.as_ref().map(|f| f.field);
                if matches!(field, Some(Field::Person | Field::Service)) {
                    self.pick(cx);
                } else if let Some(f) = &mut self.form {
                    f.step(true);
                }
                return Outcome::Handled;
            }
            return self.form_key(key, cx);
        }
        let Some((_, text)) = &mut self.prompt else {
            return Outcome::Ignored;
        };
        match key.code {
            KeyCode::Char(c) => text.push(c),
            KeyCode::Backspace => {
                text.pop();
            }
            KeyCode::Enter => return self.finish_prompt(cx),
            KeyCode::Esc => self.prompt = None,
            _ => return Outcome::Ignored,
        }
        if let Some((Prompt::Filter, text)) = &self.prompt {
            self.filter = text.clone();
            self.apply_filter();
        }
        Outcome::Handled
    }

    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        let clean = crate::domain::text::clean_line(text);
        if let Some(form) = &mut self.form {
            if let Some(field) = form.text_mut() {
                field.push_str(&clean);
            }
            self.update_hits(cx);
            return Outcome::Handled;
        }
        if let Some((_, field)) = &mut self.prompt {
            field.push_str(&clean);
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn refresh(&mut self, store: &Store) -> Result<(), StoreError> {
        self.refreshes += 1;
        if self.today.is_none() {
            self.today = Some(chrono::Local::now().date_naive());
        }
        self.reload(store)
    }

    fn open(&mut self, nav: &Nav, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        let _ = self.reload(cx.store);
        if let Nav::Refer {
            person_id,
            ticket_id,
        } = nav
        {
            match cx.store.person(*person_id) {
                Ok(person) => self.start_form(person, *ticket_id, cx),
                Err(e) => return Outcome::Error(e.to_string()),
            }
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        match &self.form {
            Some(form) => self.draw_form(form, frame, area, view),
            None => self.draw_list(frame, area, view),
        }
    }
}

impl ReferralScreen {
    /// For tests: pretend today is `day` (the list's overdue markers depend on it).
    pub fn set_today(&mut self, day: NaiveDate) {
        self.today = Some(day);
        self.apply_filter();
    }

    fn draw_list(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let theme = view.theme;
        let today = self.today.unwrap_or(view.now.date());
        let [top, table, details] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(5),
        ])
        .areas(area);
        // Top line: counts and filter, or the prompt.
        let top_line = match &self.prompt {
            Some((prompt, text)) => {
                let label = match prompt {
                    Prompt::Reason(ReferralState::Cancelled) => RMsg::PromptCancel,
                    Prompt::Reason(_) => RMsg::PromptDecline,
                    Prompt::FollowUp => RMsg::PromptFollowUp,
                    Prompt::Filter => RMsg::PromptFilter,
                };
                Line::from(vec![
                    Span::styled(format!(" {}", t(lang, label)), theme.title),
                    Span::styled(format!("{text}▏"), theme.text),
                    Span::styled(format!("   {}", t(lang, RMsg::PromptHint)), theme.muted),
                ])
            }
            None => {
                let open = self
                    .rows
                    .iter()
                    .filter(|r| !rules::is_closed(r.referral.state))
                    .count();
                let overdue = self
                    .rows
                    .iter()
                    .filter(|r| rules::is_overdue(&r.referral, today))
                    .count();
                let left = format!(
                    " {}",
                    tf(
                        lang,
                        RMsg::Summary,
                        &[&open.to_string(), &overdue.to_string()]
                    )
                );
                let scope = t(
                    lang,
                    if self.open_only {
                        RMsg::FilterOpen
                    } else {
                        RMsg::FilterAll
                    },
                );
                let right = if self.filter.is_empty() {
                    format!("{}: {scope} ", t(lang, RMsg::FilterLabel))
                } else {
                    format!("{}: {} · {scope} ", t(lang, RMsg::FilterLabel), self.filter)
                };
                let pad = (area.width as usize)
                    .saturating_sub(left.chars().count() + right.chars().count());
                Line::from(vec![
                    Span::styled(left, theme.title),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(right, theme.muted),
                ])
            }
        };
        frame.render_widget(Paragraph::new(top_line), top);
        let block = Block::bordered()
            .border_set(theme.borders)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", t(lang, crate::i18n::Msg::TabReferrals)),
                theme.title,
            ));
        let inner = block.inner(table);
        frame.render_widget(block, table);
        let width = inner.width as usize;
        // Columns: due 5, marker 2, person, to, status 12, since 5.
        let fixed = 1 + 5 + 1 + 2 + 1 + 1 + 12 + 1 + 5;
        let flexible = width.saturating_sub(fixed);
        let person_w = flexible * 45 / 100;
        let to_w = flexible.saturating_sub(person_w);
        let header = format!(
            " {} {}{} {} {} {}",
            fit(t(lang, RMsg::ColDue), 5),
            "  ",
            fit(t(lang, RMsg::ColPerson), person_w),
            fit(t(lang, RMsg::ColTo), to_w),
            fit(t(lang, RMsg::ColStatus), 12),
            fit(t(lang, RMsg::ColSince), 5),
        );
        let mut lines = vec![Line::from(Span::styled(header, theme.title))];
        let rows_room = (inner.height as usize).saturating_sub(1);
        if self.shown.is_empty() {
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, RMsg::Empty)),
                theme.muted,
            )));
        }
        let first = super::first_visible_row(self.selected, rows_room);
        for (pos, &i) in self.shown.iter().enumerate().skip(first).take(rows_room) {
            let row = &self.rows[i];
            let r = &row.referral;
            let due = r
                .follow_up_on
                .map(|d| d.format("%d/%m").to_string())
                .unwrap_or_else(|| "  —  ".into());
            let marker = if rules::is_overdue(r, today) {
                "⌚"
            } else if r.urgency == Urgency::Urgent && !rules::is_closed(r.state) {
                "! "
            } else {
                "  "
            };
            let since = r.updated_at.format("%d/%m").to_string();
            let text = format!(
                " {} {}{} {} {} {}",
                fit(&due, 5),
                marker,
                fit(&row.person, person_w),
                fit(self.lang_service(row, lang), to_w),
                fit(t(lang, state_msg(r.state)), 12),
                since
            );
            let style = if pos == self.selected {
                theme.selection
            } else if rules::is_overdue(r, today) {
                theme.warning
            } else {
                theme.text
            };
            lines.push(Line::from(Span::styled(fit(&text, width), style)));
        }
        frame.render_widget(Paragraph::new(lines), inner);
        // Details of the selected referral.
        let mut d: Vec<Line> = Vec::new();
        if let Some(row) = self.selected_row() {
            let r = &row.referral;
            if let Some((_, events)) = self.history.as_ref().filter(|(h, _)| *h == r.id) {
                d.push(Line::from(Span::styled(
                    format!(" #{} · {}", r.id, t(lang, RMsg::History)),
                    theme.title,
                )));
                for e in events.iter().rev().take(4).rev() {
                    let from = e
                        .from_state
                        .map(|s| format!("{} → ", t(lang, state_msg(s))))
                        .unwrap_or_default();
                    let note = if e.note.is_empty() {
                        String::new()
                    } else {
                        format!(" · {}", e.note)
                    };
                    d.push(Line::from(format!(
                        " {} {}{} · {}{}",
                        e.at.format("%d/%m/%Y %H:%M"),
                        from,
                        t(lang, state_msg(e.to_state)),
                        e.operator,
                        note
                    )));
                }
            } else {
                let follow = r
                    .follow_up_on
                    .map(|f| format!(" · {}", tf(lang, RMsg::DetailFollow, &[&format_date(f)])))
                    .unwrap_or_default();
                d.push(Line::from(Span::styled(
                    format!(
                        " #{} · {} · {} · {}{}",
                        r.id,
                        self.lang_service(row, lang),
                        t(lang, state_msg(r.state)),
                        t(lang, urgency_msg(r.urgency)),
                        follow
                    ),
                    theme.title,
                )));
                d.push(Line::from(format!(
                    " {} · {}",
                    row.person,
                    tf(
                        lang,
                        RMsg::DetailBy,
                        &[&r.created_by, &format_date(r.created_at.date())]
                    )
                )));
                d.push(Line::from(format!(
                    " {}",
                    tf(lang, RMsg::DetailReason, &[&r.reason])
                )));
                if !r.state_reason.is_empty() {
                    d.push(Line::from(format!(
                        " {}",
                        tf(lang, RMsg::DetailStateReason, &[&r.state_reason])
                    )));
                }
                if !r.note.is_empty() {
                    d.push(Line::from(format!(
                        " {}",
                        tf(lang, RMsg::DetailNote, &[&r.note])
                    )));
                }
                if r.consent_override {
                    d.push(Line::from(Span::styled(
                        format!(" ! {}", t(lang, RMsg::DetailOverride)),
                        theme.warning,
                    )));
                }
            }
        }
        frame.render_widget(Paragraph::new(d), details);
    }

    fn draw_form(&self, form: &Form, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
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
        let mut hits_after: Option<(usize, &Vec<(i64, String)>)> = None;
        for field in FIELDS {
            if !form.visible(field) {
                continue;
            }
            let focused = form.field == field;
            let (label, value, hint): (RMsg, String, Option<String>) = match field {
                Field::Person => (
                    RMsg::FieldPerson,
                    form.person_query.clone(),
                    form.person
                        .is_none()
                        .then(|| t(lang, RMsg::TypeToFind).to_string()),
                ),
                Field::Service => (
                    RMsg::FieldService,
                    form.service_query.clone(),
                    form.service
                        .is_none()
                        .then(|| t(lang, RMsg::TypeToFind).to_string()),
                ),
                Field::Reason => (RMsg::FieldReason, form.reason.clone(), None),
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
                Field::Note => (RMsg::FieldNote, form.note.clone(), None),
                Field::FollowUp => (RMsg::FieldFollowUp, form.follow_up.clone(), None),
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
                Field::Override => (RMsg::FieldOverride, form.override_reason.clone(), None),
            };
            let cursor = if focused && form.text_mut_is(field) {
                "▏"
            } else {
                ""
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
                Span::styled(format!("{value}{cursor}"), theme.text),
            ];
            if let Some(h) = hint.filter(|_| focused) {
                spans.push(Span::styled(format!("  {h}"), theme.muted));
            }
            lines.push(Line::from(spans));
            if focused {
                let hits = match field {
                    Field::Person => Some(&form.person_hits),
                    Field::Service => Some(&form.service_hits),
                    _ => None,
                };
                if let Some(hits) = hits.filter(|h| !h.is_empty()) {
                    hits_after = Some((lines.len(), hits));
                    for (i, (_, text)) in hits.iter().enumerate() {
                        let style: Style = if i == form.pick {
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
        }
        let _ = hits_after;
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

impl Form {
    fn text_mut_is(&self, field: Field) -> bool {
        !matches!(field, Field::Urgency | Field::Consent)
    }
}
