//! The intake screen (F3): register a person once, correctly, in under a minute.
//!
//! One form in nine sections (identity, documents, contact, household, language,
//! vulnerability, employment and education, consent, notes), each fitting 80×24. Every
//! text input is a `ratatui_textarea::TextArea`; lists (gender, nationality,
//! municipality, relation, languages, ...) are pickers with type-ahead. While names,
//! the date of birth or identifiers are typed, the panel under the form lists people
//! possibly already registered. The form in progress is kept as a draft in the
//! database a moment after each change and when the program ends.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui_textarea::TextArea;
use serde::{Deserialize, Serialize};

use super::visit_form::VisitForm;
use super::{Ctx, Nav, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::codes::{Education, Employment, Gender, Relation, Vulnerability};
use crate::domain::dates::{self, DateError};
use crate::domain::ids::IdError;
use crate::domain::intake::{
    self, Checked, ConsentPolicy, Entry, Field, Issue, Kind, Problem, Section, Severity,
};
use crate::domain::municipalities::find_municipalities;
use crate::domain::names;
use crate::domain::person::Person;
use crate::domain::reference;
use crate::domain::text;
use crate::i18n::intake::{
    Im, education_label, employment_label, gender_label, relation_label, vulnerability_label,
};
use crate::i18n::queue::QMsg;
use crate::i18n::{Lang, t, tf};
use crate::search::duplicates::{self, Candidate, Probe, Reason};
use crate::store::{CONSENT_MINIMUM_SETTING, IntakeSave, Stamp, Store, StoreError};

/// The draft kind this screen writes.
pub const DRAFT_KIND: &str = "intake";
/// A draft is written this long after the last change (and at the latest after
/// `DRAFT_MAX_WAIT` of continuous typing): within a second of each change.
const DRAFT_DEBOUNCE: Duration = Duration::from_millis(300);
const DRAFT_MAX_WAIT: Duration = Duration::from_millis(800);
/// How many possible duplicates the panel lists.
const DUPES: usize = 5;
/// Label column width.
const LABEL_W: u16 = 15;
/// Input column width.
const INPUT_W: u16 = 30;

/// What the draft holds: enough to put the form back exactly.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
struct DraftData {
    /// The person edited, or none for a new person.
    target: Option<i64>,
    version: i64,
    entry: BTreeMap<String, String>,
    base: BTreeMap<String, String>,
    section: usize,
    focus: String,
    #[serde(default)]
    distinct: Vec<i64>,
}

/// One form in progress.
struct Form {
    /// The person edited (None: a new one).
    target: Option<i64>,
    /// The version read, for the optimistic check on save.
    version: i64,
    /// The record as read (edits) or empty: what "unsaved" and the merge compare with.
    base: Entry,
    /// Picker codes, ticks and kept values; text fields live in `inputs`.
    values: Entry,
    inputs: BTreeMap<Field, TextArea<'static>>,
    section: usize,
    focus: Field,
    /// The highlighted row of the focused picker's list.
    pick: usize,
    /// Issues of the form as it is now (recomputed after each change).
    checked: Checked,
    /// Saving was tried: "required" errors show from now on.
    tried: bool,
    dupes: Vec<Candidate>,
    /// People judged "not the same person" in this form.
    distinct: Vec<i64>,
    /// For the household picker: people found by what was typed.
    household_hits: Vec<Person>,
    /// The chosen household's members (or the edited person's).
    members: Vec<Person>,
    /// The draft row's target id: the person for edits, a negative form number for new.
    draft_target: i64,
    /// Changed since the last draft write.
    dirty: bool,
    first_change: Option<Instant>,
    last_change: Option<Instant>,
    draft_saved: Option<NaiveDateTime>,
    draft_failed: bool,
    /// The date of birth and gender were filled in from the AMKA.
    from_amka: bool,
    /// Registered from this queue ticket: linked to the new person on save.
    link_ticket: Option<i64>,
}

/// Field-by-field choice after a conflict with another desk's save.
struct Conflict {
    theirs: Entry,
    their_version: i64,
    merged: Entry,
    /// (field, take theirs)
    choices: Vec<(Field, bool)>,
    selected: usize,
}

enum Mode {
    /// The operator's unfinished forms, or an invitation to start one.
    Start,
    Form,
    /// Ctrl-D: the cursor is in the duplicates list.
    Dupes,
    /// Esc with unsaved changes: y / x / Esc.
    Leave,
    /// Ctrl-S on a form that keeps more than the minimum without consent: y records
    /// consent now and saves; n or Esc goes back to the form.
    AskConsent,
    Conflict(Conflict),
    Saved {
        id: i64,
        name: String,
        message: Im,
    },
    Visit(Box<VisitForm>),
}

/// A draft as the start page lists it.
#[derive(Debug, Clone)]
struct DraftRow {
    id: i64,
    /// The draft row's target: the person edited, or a negative form number.
    target_id: Option<i64>,
    name: String,
    editing: bool,
    updated_at: NaiveDateTime,
    data: DraftData,
}

pub struct IntakeScreen {
    /// How many times the store asked this screen to reload.
    pub refreshes: u64,
    mode: Mode,
    form: Option<Form>,
    drafts: Vec<DraftRow>,
    draft_pick: usize,
    discard_armed: bool,
    dupe_pick: usize,
    policy: ConsentPolicy,
    /// The operator, as last seen (for the consent line).
    operator: String,
    /// Today, as last seen in a handler (drawing never reads the clock).
    today: Option<NaiveDate>,
}

impl Default for IntakeScreen {
    fn default() -> Self {
        IntakeScreen::new()
    }
}

fn text_area(value: &str) -> TextArea<'static> {
    let lines: Vec<String> = value.split('\n').map(str::to_string).collect();
    let mut ta = TextArea::new(lines);
    ta.move_cursor(ratatui_textarea::CursorMove::Bottom);
    ta.move_cursor(ratatui_textarea::CursorMove::End);
    ta
}

/// Is this field typed into (its text is its value)?
fn typed(field: Field) -> bool {
    matches!(
        field.kind(),
        Kind::Line { .. } | Kind::Note | Kind::Date | Kind::Id
    )
}

/// Fields whose change refreshes the duplicate panel.
fn probes(field: Field) -> bool {
    matches!(
        field,
        Field::Surname
            | Field::GivenName
            | Field::DateOfBirth
            | Field::Amka
            | Field::Afm
            | Field::Paaypa
            | Field::Phone
    )
}

fn form_number() -> i64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_micros() as i64)
        .unwrap_or(1);
    -(nanos.max(1))
}

impl Form {
    fn new(target: Option<i64>, version: i64, base: Entry, entry: &Entry) -> Form {
        let mut inputs = BTreeMap::new();
        for field in Field::ALL {
            match field.kind() {
                Kind::Hidden | Kind::Check => {}
                _ if typed(*field) => {
                    inputs.insert(*field, text_area(entry.get(*field)));
                }
                _ => {
                    inputs.insert(*field, TextArea::default());
                }
            }
        }
        let mut values = Entry::default();
        for field in Field::ALL {
            if !typed(*field) {
                values.set(*field, entry.get(*field));
            }
        }
        Form {
            target,
            version,
            base,
            values,
            inputs,
            section: 0,
            focus: Field::Surname,
            pick: 0,
            checked: Checked {
                person: Person::default(),
                issues: Vec::new(),
            },
            tried: false,
            dupes: Vec::new(),
            distinct: Vec::new(),
            household_hits: Vec::new(),
            members: Vec::new(),
            draft_target: target.unwrap_or_else(form_number),
            dirty: false,
            first_change: None,
            last_change: None,
            draft_saved: None,
            draft_failed: false,
            from_amka: false,
            link_ticket: None,
        }
    }

    fn input_text(&self, field: Field) -> String {
        self.inputs
            .get(&field)
            .map(|ta| ta.lines().join("\n"))
            .unwrap_or_default()
    }

    /// The form's values as the domain checks them.
    fn entry(&self) -> Entry {
        let mut e = self.values.clone();
        for field in Field::ALL {
            if typed(*field) {
                e.set(*field, self.input_text(*field));
            }
        }
        e
    }

    fn unsaved(&self) -> bool {
        self.entry() != self.base
    }

    fn set_text(&mut self, field: Field, value: &str) {
        self.inputs.insert(field, text_area(value));
    }

    fn query(&self) -> String {
        self.input_text(self.focus)
    }

    fn section(&self) -> Section {
        Section::ALL[self.section.min(Section::ALL.len() - 1)]
    }

    fn draft(&self) -> DraftData {
        DraftData {
            target: self.target,
            version: self.version,
            entry: self.entry().to_map(),
            base: self.base.to_map(),
            section: self.section,
            focus: self.focus.name().to_string(),
            distinct: self.distinct.clone(),
        }
    }

    fn from_draft(data: &DraftData, draft_target: Option<i64>) -> Form {
        let entry = Entry::from_map(&data.entry);
        let mut form = Form::new(
            data.target,
            data.version,
            Entry::from_map(&data.base),
            &entry,
        );
        form.section = data.section.min(Section::ALL.len() - 1);
        form.focus = Field::from_name(&data.focus)
            .filter(|f| Section::of(*f) == form.section())
            .unwrap_or(form.section().fields()[0]);
        form.distinct = data.distinct.clone();
        if let Some(t) = draft_target {
            form.draft_target = t;
        }
        form
    }

    fn mark_changed(&mut self) {
        let now = Instant::now();
        self.dirty = true;
        self.first_change.get_or_insert(now);
        self.last_change = Some(now);
    }

    /// Issues to show beside `field` now.
    fn shown_issue(&self, field: Field) -> Option<&Issue> {
        let issue = self
            .checked
            .issues
            .iter()
            .filter(|i| i.field == field && i.problem != Problem::NeedsConsent)
            .max_by_key(|i| i.severity)
            .or_else(|| self.checked.issue_of(field))?;
        match issue.problem {
            Problem::Missing | Problem::NeedsConsent if !self.tried => None,
            // Still being typed: do not nag about length or shape.
            Problem::Id(IdError::Length) | Problem::Date(DateError::Format)
                if field == self.focus && !self.tried =>
            {
                None
            }
            _ => Some(issue),
        }
    }
}

/// Words for a problem, in the operator's language.
fn problem_text(lang: Lang, problem: Problem) -> String {
    let msg = match problem {
        Problem::Missing => Im::ErrMissing,
        Problem::TooLong { max } => return tf(lang, Im::ErrTooLong, &[&max.to_string()]),
        Problem::Date(DateError::Future) => Im::ErrFuture,
        Problem::TooEarly => Im::ErrTooEarly,
        Problem::Date(DateError::NotADate) => Im::ErrNotADate,
        Problem::Date(_) => Im::ErrDateFormat,
        Problem::Id(IdError::Length) => Im::ErrLength,
        Problem::Id(IdError::NotDigits) => Im::ErrNotDigits,
        Problem::Id(IdError::CheckDigit) => Im::ErrCheckDigit,
        Problem::Id(IdError::BadDate) => Im::ErrBadDate,
        Problem::Id(IdError::AllZeros) => Im::ErrAllZeros,
        Problem::Id(IdError::NotAPhone) => Im::ErrNotAPhone,
        Problem::AmkaDateDiffers => Im::WarnAmkaDate,
        Problem::AmkaGenderDiffers => Im::WarnAmkaGender,
        Problem::BadEmail => Im::ErrEmail,
        Problem::UnknownCode => Im::ErrUnknown,
        Problem::NeedsConsent => Im::ErrNeedsConsent,
        Problem::AlreadyRegistered { .. } => Im::ErrRegistered,
    };
    t(lang, msg).to_string()
}

pub fn field_label(field: Field) -> Im {
    match field {
        Field::Surname => Im::FSurname,
        Field::GivenName => Im::FGivenName,
        Field::FatherName => Im::FFatherName,
        Field::MotherName => Im::FMotherName,
        Field::DateOfBirth => Im::FDateOfBirth,
        Field::Gender => Im::FGender,
        Field::Nationality => Im::FNationality,
        Field::Amka => Im::FAmka,
        Field::Afm => Im::FAfm,
        Field::Paaypa => Im::FPaaypa,
        Field::OtherDocument => Im::FOtherDocument,
        Field::Phone => Im::FPhone,
        Field::Email => Im::FEmail,
        Field::Address => Im::FAddress,
        Field::Municipality => Im::FMunicipality,
        Field::HouseholdWith | Field::HouseholdId => Im::FHouseholdWith,
        Field::Relation => Im::FRelation,
        Field::Languages => Im::FLanguages,
        Field::Interpreter => Im::FInterpreter,
        Field::Vulnerabilities => Im::FVulnerabilities,
        Field::Employment => Im::FEmployment,
        Field::Education => Im::FEducation,
        Field::Consent | Field::ConsentAt | Field::ConsentBy => Im::FConsent,
        Field::Notes => Im::FNotes,
    }
}

fn section_label(section: Section) -> Im {
    match section {
        Section::Essentials => Im::SecEssentials,
        Section::Needs => Im::SecNeeds,
        Section::Details => Im::SecDetails,
        Section::Household => Im::SecHousehold,
        Section::Work => Im::SecWork,
        Section::Consent => Im::SecConsent,
        Section::Notes => Im::SecNotes,
    }
}

/// Type-ahead: options whose label or code starts with (then contains) the query.
fn filter(query: &str, all: Vec<(String, String)>, limit: usize) -> Vec<(String, String)> {
    let q = names::fold(query.trim());
    if q.is_empty() {
        return all.into_iter().take(limit).collect();
    }
    let latin = names::fold(&names::elot743(query.trim()));
    let mut first = Vec::new();
    let mut then = Vec::new();
    for (code, label) in all {
        let l = names::fold(&label);
        let c = code.to_lowercase();
        if c == q || l.starts_with(&q) || l.starts_with(&latin) {
            first.push((code, label));
        } else if l.split([' ', '-', '(', '/']).any(|w| w.starts_with(&q)) {
            then.push((code, label));
        }
    }
    first.extend(then);
    first.truncate(limit);
    first
}

/// A draft as the status line and the form's footer name it.
fn draft_name(d: &DraftRow, lang: Lang) -> String {
    if d.name.is_empty() {
        t(lang, Im::DraftUnnamed).to_string()
    } else {
        d.name.clone()
    }
}

fn person_line(p: &Person) -> String {
    let dob = p.date_of_birth.map(dates::format_date).unwrap_or_default();
    format!("{}  {dob}", p.display_name())
}

impl IntakeScreen {
    pub fn new() -> Self {
        IntakeScreen {
            refreshes: 0,
            mode: Mode::Start,
            form: None,
            drafts: Vec::new(),
            draft_pick: 0,
            discard_armed: false,
            dupe_pick: 0,
            policy: ConsentPolicy::default(),
            operator: String::new(),
            today: None,
        }
    }

    /// The focused field (tests, benchmarks).
    pub fn focus(&self) -> Option<Field> {
        self.form.as_ref().map(|f| f.focus)
    }

    /// The form's values now (tests, benchmarks).
    pub fn entry(&self) -> Option<Entry> {
        self.form.as_ref().map(Form::entry)
    }

    /// The person saved last, when the screen shows the "saved" page.
    pub fn saved_id(&self) -> Option<i64> {
        match &self.mode {
            Mode::Saved { id, .. } => Some(*id),
            _ => None,
        }
    }

    /// The duplicates the panel lists now.
    pub fn duplicates(&self) -> Vec<i64> {
        self.form
            .as_ref()
            .map(|f| f.dupes.iter().map(|c| c.person.id).collect())
            .unwrap_or_default()
    }

    /// Starts a blank form for a new person.
    pub fn new_form(&mut self) {
        let mut form = Form::new(None, 0, Entry::default(), &Entry::default());
        form.checked = Checked {
            person: Person::default(),
            issues: Vec::new(),
        };
        self.form = Some(form);
        self.mode = Mode::Form;
    }

    fn options(&self, form: &Form, field: Field, lang: Lang) -> Vec<(String, String)> {
        let q = form.query();
        match field {
            Field::Gender => filter(
                &q,
                Gender::ALL
                    .iter()
                    .map(|g| (g.code().to_string(), t(lang, gender_label(*g)).to_string()))
                    .collect(),
                8,
            ),
            Field::Relation => filter(
                &q,
                Relation::ALL
                    .iter()
                    .map(|r| {
                        (
                            r.code().to_string(),
                            t(lang, relation_label(*r)).to_string(),
                        )
                    })
                    .collect(),
                8,
            ),
            Field::Employment => filter(
                &q,
                Employment::ALL
                    .iter()
                    .map(|e| {
                        (
                            e.code().to_string(),
                            t(lang, employment_label(*e)).to_string(),
                        )
                    })
                    .collect(),
                8,
            ),
            Field::Education => filter(
                &q,
                Education::ALL
                    .iter()
                    .map(|e| {
                        (
                            e.code().to_string(),
                            t(lang, education_label(*e)).to_string(),
                        )
                    })
                    .collect(),
                8,
            ),
            Field::Vulnerabilities => filter(
                &q,
                Vulnerability::ALL
                    .iter()
                    .map(|v| {
                        (
                            v.code().to_string(),
                            t(lang, vulnerability_label(*v)).to_string(),
                        )
                    })
                    .collect(),
                12,
            ),
            Field::Nationality => {
                let mut all: Vec<(String, String)> = Vec::new();
                let trimmed = q.trim();
                if let Some(c) = reference::countries().iter().find(|c| {
                    trimmed.len() >= 2
                        && (c.alpha2.eq_ignore_ascii_case(trimmed)
                            || c.alpha3.eq_ignore_ascii_case(trimmed))
                }) {
                    all.push((c.alpha2.clone(), country_label(c, lang)));
                }
                let rest = reference::countries()
                    .iter()
                    .flat_map(|c| {
                        let label = country_label(c, lang);
                        [(
                            c.alpha2.clone(),
                            label.clone(),
                            names::fold(&c.name_en),
                            names::fold(&c.name_el),
                        )]
                    })
                    .collect::<Vec<_>>();
                let qf = names::fold(trimmed);
                if qf.is_empty() {
                    all.extend(rest.into_iter().take(8).map(|(c, l, _, _)| (c, l)));
                } else {
                    for (c, l, en, el) in &rest {
                        if (en.starts_with(&qf) || el.starts_with(&qf))
                            && !all.iter().any(|(x, _)| x == c)
                        {
                            all.push((c.clone(), l.clone()));
                        }
                    }
                    for (c, l, en, el) in &rest {
                        if (en.contains(&qf) || el.contains(&qf))
                            && !all.iter().any(|(x, _)| x == c)
                        {
                            all.push((c.clone(), l.clone()));
                        }
                    }
                }
                all.truncate(8);
                all
            }
            Field::Languages => {
                let all = reference::languages()
                    .iter()
                    .map(|l| {
                        let label = match lang {
                            Lang::El => format!("{} ({})", l.name_el, l.name_en),
                            Lang::En => format!("{} ({})", l.name_en, l.name_el),
                        };
                        (l.code.clone(), label)
                    })
                    .collect();
                filter(&q, all, 8)
            }
            Field::Municipality => find_municipalities(&q, 8)
                .into_iter()
                .map(|m| (m.to_string(), m.to_string()))
                .collect(),
            Field::HouseholdWith => form
                .household_hits
                .iter()
                .map(|p| (p.id.to_string(), person_line(p)))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The text a picker's value shows.
    fn value_label(&self, form: &Form, field: Field, lang: Lang) -> String {
        let v = form.values.get(field);
        if v.is_empty() {
            return String::new();
        }
        match field {
            Field::Gender => Gender::from_code(v)
                .map(|g| t(lang, gender_label(g)).to_string())
                .unwrap_or_else(|| v.to_string()),
            Field::Relation => Relation::from_code(v)
                .map(|r| t(lang, relation_label(r)).to_string())
                .unwrap_or_else(|| v.to_string()),
            Field::Employment => Employment::from_code(v)
                .map(|e| t(lang, employment_label(e)).to_string())
                .unwrap_or_else(|| v.to_string()),
            Field::Education => Education::from_code(v)
                .map(|e| t(lang, education_label(e)).to_string())
                .unwrap_or_else(|| v.to_string()),
            Field::Nationality => reference::find_country(v)
                .map(|c| country_label(c, lang))
                .unwrap_or_else(|| v.to_string()),
            Field::Languages => v
                .split(',')
                .map(|code| {
                    reference::find_language(code)
                        .map(|l| match lang {
                            Lang::El => l.name_el.clone(),
                            Lang::En => l.name_en.clone(),
                        })
                        .unwrap_or_else(|| code.to_string())
                })
                .collect::<Vec<_>>()
                .join(", "),
            Field::Vulnerabilities => v
                .split(',')
                .filter_map(Vulnerability::from_code)
                .map(|x| t(lang, vulnerability_label(x)))
                .collect::<Vec<_>>()
                .join(", "),
            Field::HouseholdWith => form
                .members
                .iter()
                .chain(form.household_hits.iter())
                .find(|p| p.id.to_string() == v)
                .map(person_line)
                .unwrap_or_else(|| format!("#{v}")),
            Field::Interpreter | Field::Consent => t(lang, Im::Yes).to_string(),
            _ => v.to_string(),
        }
    }

    /// Re-checks the form, fills in from the AMKA, refreshes duplicates.
    fn after_change(&mut self, field: Field, cx: &mut Ctx<'_>) {
        self.today = Some(cx.now.date());
        self.operator = cx.operator.to_string();
        let policy = self.policy.clone();
        let Some(form) = self.form.as_mut() else {
            return;
        };
        form.mark_changed();
        if field == Field::Amka
            && let Some(facts) = intake::amka_facts(&form.input_text(Field::Amka), cx.now.date())
        {
            let mut filled = false;
            if form.input_text(Field::DateOfBirth).trim().is_empty() {
                form.set_text(Field::DateOfBirth, &dates::format_date(facts.date_of_birth));
                filled = true;
            }
            if form.values.get(Field::Gender).is_empty() {
                form.values.set(Field::Gender, facts.gender.code());
                filled = true;
            }
            form.from_amka |= filled;
        }
        if field == Field::HouseholdWith {
            let q = form.query();
            form.household_hits = if q.trim().chars().count() >= 2 {
                crate::search::search(cx.store, &q, 6)
                    .map(|hits| {
                        hits.into_iter()
                            .map(|h| h.person)
                            .filter(|p| Some(p.id) != form.target)
                            .collect()
                    })
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            form.pick = 0;
        }
        Self::recheck(form, cx, &policy, probes(field));
    }

    fn recheck(form: &mut Form, cx: &mut Ctx<'_>, policy: &ConsentPolicy, dupes: bool) {
        let entry = form.entry();
        form.checked = intake::check(&entry, cx.now, cx.operator, policy);
        if dupes {
            let p = &form.checked.person;
            let probe = Probe {
                surname: text::clean_line(entry.get(Field::Surname)),
                given_name: text::clean_line(entry.get(Field::GivenName)),
                date_of_birth: p.date_of_birth,
                amka: p.amka.clone(),
                afm: p.afm.clone(),
                paaypa: p.paaypa.clone(),
                phone: p.phone.clone(),
            };
            let mut exclude = form.distinct.clone();
            if let Some(id) = form.target {
                exclude.push(id);
                exclude.extend(cx.store.distinct_from(id).unwrap_or_default());
            }
            form.dupes =
                duplicates::duplicates(cx.store, &probe, &exclude, DUPES).unwrap_or_default();
        }
        for c in &form.dupes {
            let field = match c.reason {
                Reason::SameAmka => Field::Amka,
                Reason::SameAfm => Field::Afm,
                _ => continue,
            };
            form.checked.issues.push(Issue {
                field,
                severity: Severity::Error,
                problem: Problem::AlreadyRegistered { id: c.person.id },
            });
        }
    }

    /// Moves the focus to `field`, showing its section.
    fn focus_on(form: &mut Form, field: Field) {
        let section = Section::of(field);
        form.section = Section::ALL.iter().position(|s| *s == section).unwrap_or(0);
        form.focus = field;
        form.pick = 0;
    }

    /// Leaving a picker with a query accepts the highlighted option (a list of ticks
    /// gets it ticked, never unticked).
    fn accept_pick(&mut self, lang: Lang) -> bool {
        let Some(form) = self.form.as_ref() else {
            return false;
        };
        let field = form.focus;
        if form.query().trim().is_empty() {
            return false;
        }
        if field.kind() == Kind::Multi {
            return self.toggle_multi(lang, true);
        }
        if field.kind() != Kind::Pick {
            return false;
        }
        let options = self.options(form, field, lang);
        let chosen = options.get(form.pick).map(|(c, _)| c.clone());
        let Some(form) = self.form.as_mut() else {
            return false;
        };
        if let Some(code) = chosen {
            form.values.set(field, code);
        }
        form.set_text(field, "");
        true
    }

    /// Ticks (or, unless `only_tick`, unticks) the highlighted option of a list of ticks.
    fn toggle_multi(&mut self, lang: Lang, only_tick: bool) -> bool {
        let Some(form) = self.form.as_ref() else {
            return false;
        };
        let field = form.focus;
        let options = self.options(form, field, lang);
        let Some((code, _)) = options.get(form.pick).cloned() else {
            return false;
        };
        let Some(form) = self.form.as_mut() else {
            return false;
        };
        let mut codes: Vec<String> = form
            .values
            .get(field)
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if let Some(i) = codes.iter().position(|c| *c == code) {
            if !only_tick {
                codes.remove(i);
            }
        } else {
            codes.push(code);
        }
        form.values.set(field, codes.join(","));
        form.set_text(field, "");
        true
    }

    fn move_field(&mut self, forward: bool, cx: &mut Ctx<'_>) -> Outcome {
        let accepted = self.accept_pick(cx.lang);
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let field = form.focus;
        let fields = form.section().fields();
        let i = fields.iter().position(|f| *f == field).unwrap_or(0);
        if forward {
            if i + 1 < fields.len() {
                form.focus = fields[i + 1];
            } else if form.section + 1 < Section::ALL.len() {
                form.section += 1;
                form.focus = form.section().fields()[0];
            }
        } else if i > 0 {
            form.focus = fields[i - 1];
        } else if form.section > 0 {
            form.section -= 1;
            let fields = form.section().fields();
            form.focus = fields[fields.len() - 1];
        }
        form.pick = 0;
        if accepted {
            self.after_change(field, cx);
            self.load_members(cx.store);
        }
        Outcome::Handled
    }

    fn move_section(&mut self, forward: bool, cx: &mut Ctx<'_>) -> Outcome {
        let accepted = self.accept_pick(cx.lang);
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let field = form.focus;
        if forward && form.section + 1 < Section::ALL.len() {
            form.section += 1;
        } else if !forward && form.section > 0 {
            form.section -= 1;
        }
        form.focus = form.section().fields()[0];
        form.pick = 0;
        if accepted {
            self.after_change(field, cx);
            self.load_members(cx.store);
        }
        Outcome::Handled
    }

    /// The members of the household the form points at.
    fn load_members(&mut self, store: &Store) {
        let Some(form) = self.form.as_mut() else {
            return;
        };
        let anchor: Option<i64> = form.values.get(Field::HouseholdWith).parse().ok();
        let household: Option<i64> = form.values.get(Field::HouseholdId).parse().ok();
        form.members = match (anchor, household) {
            (Some(a), _) => {
                let mut m = store.household_of(a).unwrap_or_default();
                if m.is_empty()
                    && let Ok(Some(p)) = store.person(a)
                {
                    m.push(p);
                }
                m
            }
            (None, Some(h)) => store.household_members(h).unwrap_or_default(),
            _ => Vec::new(),
        };
    }

    /// Writes the draft now if anything changed since the last write.
    pub fn flush_draft(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        if !form.dirty {
            return Outcome::Ignored;
        }
        if form.entry().is_blank() && form.target.is_none() {
            form.dirty = false;
            return Outcome::Ignored;
        }
        let payload = match serde_json::to_string(&form.draft()) {
            Ok(p) => p,
            Err(_) => return Outcome::Ignored,
        };
        let stamp = Stamp {
            at: cx.now,
            operator: cx.operator.to_string(),
        };
        let was_failing = form.draft_failed;
        match cx
            .store
            .save_draft(DRAFT_KIND, Some(form.draft_target), &payload, &stamp)
        {
            Ok(_) => {
                form.dirty = false;
                form.first_change = None;
                form.draft_saved = Some(chrono::Local::now().naive_local());
                form.draft_failed = false;
                Outcome::Handled
            }
            Err(e) => {
                form.draft_failed = true;
                if was_failing {
                    Outcome::Handled
                } else {
                    Outcome::Error(format!("{} ({e})", t(cx.lang, Im::DraftFailed)))
                }
            }
        }
    }

    fn delete_draft_of(&mut self, store: &mut Store, operator: &str, target: i64) {
        if let Ok(drafts) = store.drafts_of(operator) {
            for d in drafts {
                if d.kind == DRAFT_KIND && d.target_id == Some(target) {
                    let _ = store.delete_draft(d.id);
                }
            }
        }
    }

    fn load_drafts(&mut self, store: &Store, operator: &str) {
        self.drafts = store
            .drafts_of(operator)
            .unwrap_or_default()
            .into_iter()
            .filter(|d| d.kind == DRAFT_KIND)
            .filter_map(|d| {
                let data: DraftData = serde_json::from_str(&d.payload).ok()?;
                let entry = Entry::from_map(&data.entry);
                let name = format!(
                    "{} {}",
                    text::clean_line(entry.get(Field::Surname)),
                    text::clean_line(entry.get(Field::GivenName))
                )
                .trim()
                .to_string();
                Some(DraftRow {
                    id: d.id,
                    target_id: d.target_id,
                    name,
                    editing: data.target.is_some(),
                    updated_at: d.updated_at,
                    data,
                })
            })
            .collect();
        self.draft_pick = self.draft_pick.min(self.drafts.len().saturating_sub(1));
    }

    /// The operator's drafts other than the form on screen, newest first.
    fn other_drafts(&self) -> impl Iterator<Item = &DraftRow> {
        let own = self.form.as_ref().map(|f| f.draft_target);
        self.drafts
            .iter()
            .filter(move |d| own.is_none() || d.target_id != own)
    }

    /// Writes the form on screen as a draft when it holds anything unsaved (so that it
    /// can be put aside); an error means it could not be written and must stay.
    fn keep_aside(&mut self, cx: &mut Ctx<'_>) -> Result<(), String> {
        let Some(form) = self.form.as_mut() else {
            return Ok(());
        };
        if !form.unsaved() || (form.target.is_none() && form.entry().is_blank()) {
            if form.target.is_none() {
                // Nothing typed: no draft either.
                let target = form.draft_target;
                self.delete_draft_of(cx.store, cx.operator, target);
            }
            return Ok(());
        }
        form.dirty = true;
        match self.flush_draft(cx) {
            Outcome::Error(e) => Err(e),
            _ => Ok(()),
        }
    }

    /// F3: a blank form for a new person; a form in progress is kept as a draft and
    /// offered on Ctrl-R.
    fn fresh_form(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let blank_new = matches!(self.mode, Mode::Form)
            && self
                .form
                .as_ref()
                .is_some_and(|f| f.target.is_none() && f.entry().is_blank());
        if !blank_new {
            if let Err(e) = self.keep_aside(cx) {
                self.mode = Mode::Form;
                return Outcome::Error(e);
            }
            self.new_form();
        }
        self.load_drafts(cx.store, cx.operator);
        self.drafts_offer(cx.lang)
    }

    /// The status line's offer of the operator's drafts, if there are any.
    fn drafts_offer(&self, lang: Lang) -> Outcome {
        let others: Vec<&DraftRow> = self.other_drafts().collect();
        match others.first() {
            None => Outcome::Handled,
            Some(first) => Outcome::Status(tf(
                lang,
                Im::DraftsOffer,
                &[&others.len().to_string(), &draft_name(first, lang)],
            )),
        }
    }

    /// Ctrl-R: the form on screen becomes a draft and the operator's last other draft
    /// comes back (with several, the list of drafts opens on the newest).
    fn resume_last(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.load_drafts(cx.store, cx.operator);
        let others: Vec<i64> = self.other_drafts().map(|d| d.id).collect();
        let Some(newest) = others.first().copied() else {
            return Outcome::Status(t(cx.lang, Im::DraftsNone).to_string());
        };
        if let Err(e) = self.keep_aside(cx) {
            return Outcome::Error(e);
        }
        self.load_drafts(cx.store, cx.operator);
        let index = self.drafts.iter().position(|d| d.id == newest);
        match index {
            Some(i) if others.len() == 1 => self.resume(i, cx),
            Some(i) => {
                self.form = None;
                self.draft_pick = i;
                self.mode = Mode::Start;
                Outcome::Handled
            }
            None => Outcome::Handled,
        }
    }

    fn resume(&mut self, index: usize, cx: &mut Ctx<'_>) -> Outcome {
        let Some(row) = self.drafts.get(index).cloned() else {
            return Outcome::Ignored;
        };
        let target = cx
            .store
            .drafts_of(cx.operator)
            .ok()
            .and_then(|ds| ds.into_iter().find(|d| d.id == row.id))
            .and_then(|d| d.target_id);
        let mut form = Form::from_draft(&row.data, target);
        form.dirty = false;
        self.form = Some(form);
        self.mode = Mode::Form;
        let focus = self
            .form
            .as_ref()
            .map(|f| f.focus)
            .unwrap_or(Field::Surname);
        self.after_change(Field::Surname, cx);
        if let Some(f) = self.form.as_mut() {
            f.dirty = false;
            f.focus = focus;
        }
        self.load_members(cx.store);
        Outcome::Handled
    }

    /// Ctrl-S.
    fn save(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.save_or_ask(cx, true)
    }

    /// Saves; when the only errors are fields kept only with consent and `ask`, asks
    /// for consent first (one key) instead of sending the operator to its page.
    fn save_or_ask(&mut self, cx: &mut Ctx<'_>, ask: bool) -> Outcome {
        let _ = self.accept_pick(cx.lang);
        let focus = self
            .form
            .as_ref()
            .map(|f| f.focus)
            .unwrap_or(Field::Surname);
        self.after_change(focus, cx);
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        Self::recheck(form, cx, &self.policy, true);
        form.tried = true;
        let errors = || {
            form.checked
                .issues
                .iter()
                .filter(|i| i.severity == Severity::Error)
        };
        if ask
            && !form.values.flag(Field::Consent)
            && errors().next().is_some()
            && errors().all(|i| i.problem == Problem::NeedsConsent)
        {
            self.mode = Mode::AskConsent;
            return Outcome::Handled;
        }
        // The cursor goes to the first error the operator must fix by hand (a field
        // kept only with consent comes after the others).
        let first = errors()
            .filter(|i| i.problem != Problem::NeedsConsent)
            .map(|i| i.field)
            .min()
            .or_else(|| form.checked.first_error());
        if let Some(field) = first {
            Self::focus_on(form, field);
            let problem = form
                .checked
                .issue_of(field)
                .map(|i| problem_text(cx.lang, i.problem))
                .unwrap_or_default();
            return Outcome::Error(tf(
                cx.lang,
                Im::CannotSave,
                &[
                    t(cx.lang, field_label(field)),
                    problem.trim_start_matches("✗ "),
                ],
            ));
        }
        self.store_form(cx, false)
    }

    fn store_form(&mut self, cx: &mut Ctx<'_>, merged: bool) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let mut person = form.checked.person.clone();
        person.id = form.target.unwrap_or(0);
        person.version = form.version;
        let save = IntakeSave {
            person,
            household_with: form
                .values
                .get(Field::HouseholdWith)
                .parse()
                .ok()
                .filter(|_| {
                    form.target.is_none()
                        || form.values.get(Field::HouseholdWith)
                            != form.base.get(Field::HouseholdWith)
                }),
            distinct_from: form.distinct.clone(),
        };
        let stamp = Stamp {
            at: cx.now,
            operator: cx.operator.to_string(),
        };
        match cx.store.save_intake(&save, &stamp) {
            Ok((id, _version)) => {
                let draft_target = form.draft_target;
                let link_ticket = form.link_ticket.filter(|_| form.target.is_none());
                let name = save.person.display_name();
                let message = if merged {
                    Im::SavedMerged
                } else if form.target.is_some() {
                    Im::SavedEdit
                } else {
                    Im::SavedNew
                };
                self.delete_draft_of(cx.store, cx.operator, draft_target);
                self.form = None;
                self.mode = Mode::Saved {
                    id,
                    name: name.clone(),
                    message,
                };
                let status = tf(cx.lang, message, &[&name]);
                match link_ticket {
                    Some(ticket) => Self::link_saved(ticket, id, status, &stamp, cx),
                    None => Outcome::Status(status),
                }
            }
            Err(StoreError::Conflict { id, .. }) => self.conflict(id, cx),
            Err(StoreError::NotFound { .. }) => Outcome::Error(t(cx.lang, Im::Gone).to_string()),
            Err(StoreError::Duplicate { field, existing_id }) => {
                let f = if field == "AFM" {
                    Field::Afm
                } else {
                    Field::Amka
                };
                form.checked.issues.push(Issue {
                    field: f,
                    severity: Severity::Error,
                    problem: Problem::AlreadyRegistered {
                        id: existing_id.unwrap_or(0),
                    },
                });
                Self::focus_on(form, f);
                Outcome::Error(tf(
                    cx.lang,
                    Im::CannotSave,
                    &[t(cx.lang, field_label(f)), t(cx.lang, Im::ErrRegistered)],
                ))
            }
            Err(e) => {
                form.dirty = true;
                Outcome::Error(tf(cx.lang, Im::DbError, &[&e.to_string()]))
            }
        }
    }

    /// Another desk saved this person since the form read it.
    fn conflict(&mut self, id: i64, cx: &mut Ctx<'_>) -> Outcome {
        let theirs = match cx.store.person(id) {
            Ok(Some(p)) => p,
            Ok(None) => return Outcome::Error(t(cx.lang, Im::Gone).to_string()),
            Err(e) => return Outcome::Error(tf(cx.lang, Im::DbError, &[&e.to_string()])),
        };
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let their_entry = Entry::from_person(&theirs);
        let ours = form.entry();
        let m = intake::merge(&form.base, &ours, &their_entry);
        if m.conflicts.is_empty() {
            Self::apply_merge(form, &m.merged, their_entry, theirs.version);
            Self::recheck(form, cx, &self.policy, false);
            if form.checked.has_errors() {
                return Outcome::Error(t(cx.lang, Im::ConflictTitle).to_string());
            }
            return self.store_form(cx, true);
        }
        self.mode = Mode::Conflict(Conflict {
            theirs: their_entry,
            their_version: theirs.version,
            merged: m.merged,
            choices: m.conflicts.into_iter().map(|f| (f, false)).collect(),
            selected: 0,
        });
        Outcome::Error(t(cx.lang, Im::ConflictTitle).to_string())
    }

    fn apply_merge(form: &mut Form, merged: &Entry, theirs: Entry, version: i64) {
        for field in Field::ALL {
            if typed(*field) {
                if form.input_text(*field) != merged.get(*field) {
                    form.set_text(*field, merged.get(*field));
                }
            } else {
                form.values.set(*field, merged.get(*field));
            }
        }
        form.base = theirs;
        form.version = version;
        form.dirty = true;
    }

    fn resolve_conflict(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Conflict(c) = std::mem::replace(&mut self.mode, Mode::Form) else {
            return Outcome::Ignored;
        };
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let mut merged = c.merged.clone();
        for (field, theirs) in &c.choices {
            if *theirs {
                merged.set(*field, c.theirs.get(*field));
            }
        }
        Self::apply_merge(form, &merged, c.theirs, c.their_version);
        self.save(cx)
    }

    fn start_member(&mut self, id: i64, cx: &mut Ctx<'_>) -> Outcome {
        let Ok(Some(p)) = cx.store.person(id) else {
            return Outcome::Error(t(cx.lang, Im::Gone).to_string());
        };
        let mut entry = Entry::default();
        entry.set(Field::Surname, p.surname.clone());
        entry.set(Field::HouseholdWith, id.to_string());
        entry.set(Field::Address, p.address.clone().unwrap_or_default());
        entry.set(
            Field::Municipality,
            p.municipality.clone().unwrap_or_default(),
        );
        entry.set(
            Field::Nationality,
            p.nationality.clone().unwrap_or_default(),
        );
        entry.set(Field::Languages, p.languages.join(","));
        entry.set(
            Field::Interpreter,
            if p.interpreter_needed { "1" } else { "" },
        );
        let mut form = Form::new(None, 0, Entry::default(), &entry);
        form.focus = Field::GivenName;
        self.form = Some(form);
        self.mode = Mode::Form;
        self.after_change(Field::Surname, cx);
        self.load_members(cx.store);
        Outcome::Handled
    }

    fn open_edit(&mut self, id: i64, cx: &mut Ctx<'_>) -> Outcome {
        let _ = self.flush_draft(cx);
        let person = match cx.store.person(id) {
            Ok(Some(p)) => p,
            Ok(None) => return Outcome::Error(t(cx.lang, Im::Gone).to_string()),
            Err(e) => return Outcome::Error(tf(cx.lang, Im::DbError, &[&e.to_string()])),
        };
        self.load_drafts(cx.store, cx.operator);
        if let Some(i) = self.drafts.iter().position(|d| d.data.target == Some(id)) {
            return self.resume(i, cx);
        }
        let entry = Entry::from_person(&person);
        let form = Form::new(Some(id), person.version, entry.clone(), &entry);
        self.form = Some(form);
        self.mode = Mode::Form;
        self.after_change(Field::Surname, cx);
        if let Some(f) = self.form.as_mut() {
            f.dirty = false;
            f.first_change = None;
        }
        self.load_members(cx.store);
        Outcome::Handled
    }

    fn handle_form(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match action {
            Action::NextField => self.move_field(true, cx),
            Action::PrevField => self.move_field(false, cx),
            Action::NextSection | Action::PageDown => self.move_section(true, cx),
            Action::PrevSection | Action::PageUp => self.move_section(false, cx),
            Action::Save => self.save(cx),
            Action::Confirm => {
                let Some(form) = self.form.as_ref() else {
                    return Outcome::Ignored;
                };
                match form.focus.kind() {
                    Kind::Multi if !form.query().trim().is_empty() => {
                        let field = form.focus;
                        self.toggle_multi(cx.lang, false);
                        self.after_change(field, cx);
                        Outcome::Handled
                    }
                    Kind::Note => {
                        if let Some(form) = self.form.as_mut()
                            && let Some(ta) = form.inputs.get_mut(&Field::Notes)
                        {
                            ta.insert_newline();
                        }
                        self.after_change(Field::Notes, cx);
                        Outcome::Handled
                    }
                    _ => self.move_field(true, cx),
                }
            }
            Action::ResumeDraft => self.resume_last(cx),
            Action::Duplicates => {
                if self.form.as_ref().is_some_and(|f| !f.dupes.is_empty()) {
                    self.dupe_pick = 0;
                    self.mode = Mode::Dupes;
                }
                Outcome::Handled
            }
            Action::Cancel => {
                if self.form.as_ref().is_some_and(Form::unsaved) {
                    self.mode = Mode::Leave;
                } else {
                    if let Some(form) = self.form.take() {
                        self.delete_draft_of(cx.store, cx.operator, form.draft_target);
                    }
                    self.mode = Mode::Start;
                    self.load_drafts(cx.store, cx.operator);
                }
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    fn handle_form_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let field = form.focus;
        let kind = field.kind();
        match key.code {
            KeyCode::Up if matches!(kind, Kind::Pick | Kind::Multi) => {
                form.pick = form.pick.saturating_sub(1);
                return Outcome::Handled;
            }
            KeyCode::Down if matches!(kind, Kind::Pick | Kind::Multi) => {
                let n = self
                    .form
                    .as_ref()
                    .map(|f| self.options(f, field, lang).len())
                    .unwrap_or(0);
                if let Some(form) = self.form.as_mut() {
                    form.pick = (form.pick + 1).min(n.saturating_sub(1));
                }
                return Outcome::Handled;
            }
            KeyCode::Up | KeyCode::Down if kind != Kind::Note => {
                return self.move_field(key.code == KeyCode::Down, cx);
            }
            KeyCode::Char(' ') if kind == Kind::Check => {
                let on = form.values.flag(field);
                form.values.set(field, if on { "" } else { "1" });
                if field == Field::Consent && on {
                    form.values.set(Field::ConsentAt, "");
                    form.values.set(Field::ConsentBy, "");
                }
                self.after_change(field, cx);
                return Outcome::Handled;
            }
            KeyCode::Char(' ') if kind == Kind::Multi && form.query().is_empty() => {
                self.toggle_multi(lang, false);
                self.after_change(field, cx);
                return Outcome::Handled;
            }
            KeyCode::Char(_) if kind == Kind::Check => return Outcome::Handled,
            KeyCode::Backspace | KeyCode::Delete
                if kind == Kind::Pick && form.query().is_empty() =>
            {
                form.values.set(field, "");
                if field == Field::HouseholdWith {
                    form.members.clear();
                }
                self.after_change(field, cx);
                return Outcome::Handled;
            }
            _ => {}
        }
        let Some(ta) = form.inputs.get_mut(&field) else {
            return Outcome::Ignored;
        };
        if let KeyCode::Char(_) = key.code
            && ta.lines().iter().map(|l| l.chars().count()).sum::<usize>() >= field.max_chars()
        {
            return Outcome::Handled;
        }
        let key = if key.modifiers.contains(KeyModifiers::SHIFT)
            && matches!(key.code, KeyCode::Char(_))
        {
            KeyEvent::new(key.code, KeyModifiers::NONE)
        } else {
            key
        };
        if ta.input(key) {
            form.pick = 0;
            self.after_change(field, cx);
        }
        Outcome::Handled
    }

    fn paste(&mut self, text_in: &str, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let field = form.focus;
        let clean = if field.kind() == Kind::Note {
            text::clean_note(text_in)
        } else {
            text::clean_line(text_in)
        };
        let Some(ta) = form.inputs.get_mut(&field) else {
            return Outcome::Ignored;
        };
        let have: usize = ta.lines().iter().map(|l| l.chars().count()).sum();
        if have + clean.chars().count() > field.max_chars() {
            return Outcome::Error(tf(
                cx.lang,
                Im::ErrTooLong,
                &[&field.max_chars().to_string()],
            ));
        }
        ta.insert_str(clean);
        self.after_change(field, cx);
        Outcome::Handled
    }
}

fn country_label(c: &reference::Country, lang: Lang) -> String {
    match lang {
        Lang::El => format!("{} ({})", c.name_el, c.alpha2),
        Lang::En => format!("{} ({})", c.name_en, c.alpha2),
    }
}

impl Screen for IntakeScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Intake
    }

    fn contexts(&self) -> &'static [&'static str] {
        match self.mode {
            Mode::Start => &["intake-start", "list"],
            Mode::Form => &["intake", "form"],
            Mode::Dupes => &["intake-dupes", "list", "form"],
            Mode::Leave => &["intake-leave"],
            Mode::AskConsent => &["intake-consent"],
            Mode::Conflict(_) => &["intake-conflict", "list"],
            Mode::Saved { .. } => &["intake-saved"],
            Mode::Visit(_) => &["visit", "form"],
        }
    }

    fn wants_text(&self) -> bool {
        matches!(self.mode, Mode::Form | Mode::Visit(_))
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        self.operator = cx.operator.to_string();
        match &mut self.mode {
            Mode::Form => self.handle_form(action, cx),
            Mode::Start => match action {
                Action::NewRecord => {
                    self.new_form();
                    Outcome::Handled
                }
                Action::Confirm => self.resume(self.draft_pick, cx),
                Action::Up => {
                    self.discard_armed = false;
                    self.draft_pick = self.draft_pick.saturating_sub(1);
                    Outcome::Handled
                }
                Action::Down => {
                    self.discard_armed = false;
                    self.draft_pick =
                        (self.draft_pick + 1).min(self.drafts.len().saturating_sub(1));
                    Outcome::Handled
                }
                Action::Discard => {
                    let Some(row) = self.drafts.get(self.draft_pick) else {
                        return Outcome::Handled;
                    };
                    if !self.discard_armed {
                        self.discard_armed = true;
                        return Outcome::Status(t(cx.lang, Im::DiscardAgain).to_string());
                    }
                    self.discard_armed = false;
                    let id = row.id;
                    if let Err(e) = cx.store.delete_draft(id) {
                        return Outcome::Error(tf(cx.lang, Im::DbError, &[&e.to_string()]));
                    }
                    self.load_drafts(cx.store, cx.operator);
                    Outcome::Status(t(cx.lang, Im::Discarded).to_string())
                }
                _ => Outcome::Ignored,
            },
            Mode::Dupes => match action {
                Action::Up => {
                    self.dupe_pick = self.dupe_pick.saturating_sub(1);
                    Outcome::Handled
                }
                Action::Down => {
                    let n = self.form.as_ref().map(|f| f.dupes.len()).unwrap_or(0);
                    self.dupe_pick = (self.dupe_pick + 1).min(n.saturating_sub(1));
                    Outcome::Handled
                }
                Action::Confirm => {
                    let id = self
                        .form
                        .as_ref()
                        .and_then(|f| f.dupes.get(self.dupe_pick))
                        .map(|c| c.person.id);
                    let _ = self.flush_draft(cx);
                    self.mode = Mode::Form;
                    match id {
                        Some(id) => Outcome::Go(Nav::PersonCard(id)),
                        None => Outcome::Handled,
                    }
                }
                Action::NotSame => {
                    let Some(form) = self.form.as_mut() else {
                        return Outcome::Ignored;
                    };
                    let Some(c) = form.dupes.get(self.dupe_pick) else {
                        return Outcome::Handled;
                    };
                    if c.reason.blocks() {
                        return Outcome::Error(t(cx.lang, Im::ErrRegistered).to_string());
                    }
                    let other = c.person.id;
                    if let Some(me) = form.target {
                        let stamp = Stamp {
                            at: cx.now,
                            operator: cx.operator.to_string(),
                        };
                        if let Err(e) = cx.store.mark_distinct(me, other, &stamp) {
                            return Outcome::Error(tf(cx.lang, Im::DbError, &[&e.to_string()]));
                        }
                    }
                    form.distinct.push(other);
                    form.dupes.retain(|c| c.person.id != other);
                    form.mark_changed();
                    if form.dupes.is_empty() {
                        self.mode = Mode::Form;
                    }
                    self.dupe_pick = self.dupe_pick.min(form.dupes.len().saturating_sub(1));
                    Outcome::Status(t(cx.lang, Im::NotSameDone).to_string())
                }
                Action::Cancel => {
                    self.mode = Mode::Form;
                    Outcome::Handled
                }
                Action::Save | Action::NextField | Action::PrevField => {
                    self.mode = Mode::Form;
                    self.handle_form(action, cx)
                }
                _ => Outcome::Ignored,
            },
            Mode::AskConsent => match action {
                Action::Save | Action::Confirm => {
                    if let Some(form) = self.form.as_mut() {
                        form.values.set(Field::Consent, "1");
                        form.values.set(Field::ConsentAt, "");
                        form.values.set(Field::ConsentBy, "");
                    }
                    self.mode = Mode::Form;
                    self.after_change(Field::Consent, cx);
                    self.save_or_ask(cx, false)
                }
                Action::Cancel => {
                    self.mode = Mode::Form;
                    self.save_or_ask(cx, false)
                }
                _ => Outcome::Ignored,
            },
            Mode::Leave => match action {
                Action::Confirm => {
                    if let Some(form) = self.form.as_mut() {
                        form.dirty = true;
                    }
                    let outcome = self.flush_draft(cx);
                    if let Outcome::Error(e) = outcome {
                        self.mode = Mode::Form;
                        return Outcome::Error(e);
                    }
                    self.form = None;
                    self.mode = Mode::Start;
                    self.load_drafts(cx.store, cx.operator);
                    Outcome::Status(t(cx.lang, Im::Left).to_string())
                }
                Action::Discard => {
                    if let Some(form) = self.form.take() {
                        self.delete_draft_of(cx.store, cx.operator, form.draft_target);
                    }
                    self.mode = Mode::Start;
                    self.load_drafts(cx.store, cx.operator);
                    Outcome::Status(t(cx.lang, Im::Thrown).to_string())
                }
                Action::Cancel => {
                    self.mode = Mode::Form;
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
            Mode::Conflict(c) => match action {
                Action::Up => {
                    c.selected = c.selected.saturating_sub(1);
                    Outcome::Handled
                }
                Action::Down => {
                    c.selected = (c.selected + 1).min(c.choices.len().saturating_sub(1));
                    Outcome::Handled
                }
                Action::ChooseMine | Action::ChooseTheirs => {
                    if let Some(choice) = c.choices.get_mut(c.selected) {
                        choice.1 = action == Action::ChooseTheirs;
                    }
                    c.selected = (c.selected + 1).min(c.choices.len().saturating_sub(1));
                    Outcome::Handled
                }
                Action::Save => self.resolve_conflict(cx),
                Action::Cancel => {
                    self.mode = Mode::Form;
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
            Mode::Saved { id, .. } => {
                let id = *id;
                match action {
                    Action::RecordVisit => {
                        let person = match cx.store.person(id) {
                            Ok(Some(p)) => p,
                            _ => return Outcome::Error(t(cx.lang, Im::Gone).to_string()),
                        };
                        match VisitForm::new(cx.store, &person, cx.now.date()) {
                            Ok(v) => {
                                self.mode = Mode::Visit(Box::new(v));
                                Outcome::Handled
                            }
                            Err(e) => Outcome::Error(tf(cx.lang, Im::DbError, &[&e.to_string()])),
                        }
                    }
                    Action::AddMember => self.start_member(id, cx),
                    Action::EditRecord => self.open_edit(id, cx),
                    Action::NewRecord => {
                        self.new_form();
                        Outcome::Handled
                    }
                    Action::Confirm => Outcome::Go(Nav::PersonCard(id)),
                    _ => Outcome::Ignored,
                }
            }
            Mode::Visit(v) => match action {
                Action::NextField => {
                    v.next_field();
                    Outcome::Handled
                }
                Action::PrevField => {
                    v.prev_field();
                    Outcome::Handled
                }
                Action::Save => match v.save(cx.store, cx.operator, cx.now) {
                    Ok(_) => {
                        let (id, name) = (v.person_id, v.person_name.clone());
                        self.mode = Mode::Saved {
                            id,
                            name,
                            message: Im::VisitSaved,
                        };
                        Outcome::Status(t(cx.lang, Im::VisitSaved).to_string())
                    }
                    Err(e) if e.is_empty() => Outcome::Handled,
                    Err(e) => Outcome::Error(tf(cx.lang, Im::DbError, &[&e])),
                },
                Action::Cancel => {
                    let (id, name) = (v.person_id, v.person_name.clone());
                    self.mode = Mode::Saved {
                        id,
                        name,
                        message: Im::SavedTitle,
                    };
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
        }
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        match &mut self.mode {
            Mode::Form => self.handle_form_key(key, cx),
            Mode::Visit(v) => {
                if v.handle_key(key) {
                    Outcome::Handled
                } else {
                    Outcome::Ignored
                }
            }
            _ => Outcome::Ignored,
        }
    }

    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.mode {
            Mode::Form => self.paste(text, cx),
            Mode::Visit(v) => {
                v.handle_paste(text);
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    fn refresh(&mut self, store: &Store) -> Result<(), StoreError> {
        self.refreshes += 1;
        if let Some(text) = store.setting(CONSENT_MINIMUM_SETTING)? {
            // A bad setting keeps the safe default (only names) rather than keeping more.
            self.policy = ConsentPolicy::parse(&text)
                .unwrap_or_else(|_| ConsentPolicy::parse("").unwrap_or_default());
        }
        if !self.operator.is_empty() {
            self.load_drafts(store, &self.operator.clone());
        }
        if let Some(form) = self.form.as_mut()
            && matches!(self.mode, Mode::Form | Mode::Dupes)
        {
            let _ = form;
            self.load_members(store);
        }
        Ok(())
    }

    fn open(&mut self, nav: &Nav, cx: &mut Ctx<'_>) -> Outcome {
        match nav {
            Nav::EditPerson(id) => self.open_edit(*id, cx),
            Nav::RegisterForTicket(ticket) => self.open_for_ticket(*ticket, cx),
            _ => Outcome::Ignored,
        }
    }

    fn tick(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.operator = cx.operator.to_string();
        let Some(form) = self.form.as_ref() else {
            return Outcome::Ignored;
        };
        if !form.dirty {
            return Outcome::Ignored;
        }
        let now = Instant::now();
        let quiet = form
            .last_change
            .is_none_or(|t| now.duration_since(t) >= DRAFT_DEBOUNCE);
        let waited = form
            .first_change
            .is_none_or(|t| now.duration_since(t) >= DRAFT_MAX_WAIT);
        if quiet || waited {
            self.flush_draft(cx)
        } else {
            Outcome::Ignored
        }
    }

    fn on_start(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.operator = cx.operator.to_string();
        self.new_form();
        self.load_drafts(cx.store, cx.operator);
        match self.drafts_offer(cx.lang) {
            Outcome::Status(text) => Outcome::Status(text),
            _ => Outcome::Ignored,
        }
    }

    fn shown(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.operator = cx.operator.to_string();
        self.today = Some(cx.now.date());
        self.fresh_form(cx)
    }

    fn on_exit(&mut self, cx: &mut Ctx<'_>) {
        let _ = self.flush_draft(cx);
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let theme = view.theme;
        let block = Block::bordered()
            .border_set(theme.borders)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", self.title(view.lang)),
                theme.title,
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        match &self.mode {
            Mode::Start => self.draw_start(frame, inner, view),
            Mode::Saved { name, message, .. } => {
                let lines = vec![
                    Line::from(""),
                    Line::from(Span::styled(
                        format!(" {}", tf(view.lang, *message, &[name])),
                        theme.title,
                    )),
                    Line::from(""),
                    Line::from(Span::styled(
                        format!(" {}", t(view.lang, Im::SavedKeys)),
                        theme.muted,
                    )),
                ];
                frame.render_widget(
                    Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false }),
                    inner,
                );
            }
            Mode::Visit(v) => v.draw(frame, inner, view, &self.operator),
            _ => {
                if let Some(form) = &self.form {
                    self.draw_form(frame, inner, view, form);
                }
            }
        }
    }
}

impl IntakeScreen {
    fn draw_start(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let theme = view.theme;
        let lang = view.lang;
        let mut lines = vec![Line::from(Span::styled(
            format!(" {}", t(lang, Im::DraftsTitle)),
            theme.title,
        ))];
        if self.drafts.is_empty() {
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, Im::DraftsNone)),
                theme.muted,
            )));
        }
        for (i, d) in self.drafts.iter().enumerate() {
            let name = if d.name.is_empty() {
                t(lang, Im::DraftUnnamed).to_string()
            } else {
                d.name.clone()
            };
            let edit = if d.editing {
                t(lang, Im::DraftEdit)
            } else {
                ""
            };
            let style = if i == self.draft_pick {
                theme.selection
            } else {
                theme.text
            };
            lines.push(Line::from(Span::styled(
                format!(
                    " {:<40} {:<12} {}",
                    name,
                    edit,
                    d.updated_at.format("%d/%m %H:%M")
                ),
                style,
            )));
        }
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, Im::DraftsKeys)),
            theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn draw_form(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>, form: &Form) {
        let theme = view.theme;
        let lang = view.lang;
        if area.height < 6 {
            return;
        }
        // Header: whose form, which section.
        let who = match form.target {
            Some(_) => tf(
                lang,
                Im::Editing,
                &[&format!(
                    "{} {}",
                    form.base.get(Field::Surname),
                    form.base.get(Field::GivenName)
                )],
            ),
            None => t(lang, Im::NewPerson).to_string(),
        };
        let section = form.section();
        let prev = form
            .section
            .checked_sub(1)
            .map(|i| t(lang, section_label(Section::ALL[i])));
        let next = Section::ALL
            .get(form.section + 1)
            .map(|s| t(lang, section_label(*s)));
        let mut header = vec![
            Span::styled(format!(" {who} · "), theme.muted),
            Span::styled(
                format!(
                    "{}/{} {}",
                    form.section + 1,
                    Section::ALL.len(),
                    t(lang, section_label(section))
                ),
                theme.title,
            ),
        ];
        let nav = format!(
            "  {}{}",
            prev.map(|p| format!("‹ {p}  ")).unwrap_or_default(),
            next.map(|n| format!("{n} ›")).unwrap_or_default()
        );
        header.push(Span::styled(nav, theme.muted));
        frame.render_widget(
            Paragraph::new(Line::from(header)),
            Rect::new(area.x, area.y, area.width, 1),
        );

        let footer_y = area.bottom() - 1;
        let mut y = area.y + 1;
        let today = self.today.unwrap_or(view.now.date());
        for field in section.fields() {
            if y >= footer_y {
                break;
            }
            if *field == Field::Notes && !matches!(self.mode, Mode::Conflict(_)) {
                self.draw_notes(
                    frame,
                    Rect::new(area.x, y, area.width, footer_y - y),
                    view,
                    form,
                );
                y = footer_y;
                break;
            }
            self.draw_field(
                frame,
                Rect::new(area.x, y, area.width, 1),
                view,
                form,
                *field,
                today,
            );
            y += 1;
        }
        // The panel under the fields: choices, duplicates, household or consent rules.
        if y + 3 <= footer_y {
            let panel = Rect::new(area.x, y, area.width, footer_y - y);
            self.draw_panel(frame, panel, view, form);
        }
        // Footer: the draft's state.
        let (text, style) = if form.draft_failed {
            (t(lang, Im::DraftFailed).to_string(), theme.status_error)
        } else if let Some(at) = form.draft_saved {
            (
                tf(lang, Im::DraftSaved, &[&at.format("%H:%M:%S").to_string()]),
                theme.muted,
            )
        } else {
            (String::new(), theme.muted)
        };
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {text}"), style)),
            Rect::new(area.x, footer_y, area.width, 1),
        );
        // Beside it, the operator's other unfinished forms: one key to take one up.
        let others: Vec<&DraftRow> = self.other_drafts().collect();
        if let Some(first) = others.first() {
            let used = text.chars().count() as u16 + 3;
            let room = area.width.saturating_sub(used) as usize;
            let name: String = draft_name(first, lang).chars().take(room.min(40)).collect();
            let aside = if others.len() > 1 {
                tf(
                    lang,
                    Im::DraftsAsideMore,
                    &[&name, &(others.len() - 1).to_string()],
                )
            } else {
                tf(lang, Im::DraftsAside, &[&name])
            };
            let aside: String = aside.chars().take(room).collect();
            let w = aside.chars().count() as u16 + 1;
            frame.render_widget(
                Paragraph::new(Span::styled(aside, theme.warning)),
                Rect::new(area.right().saturating_sub(w), footer_y, w, 1),
            );
        }
        let question = match self.mode {
            Mode::Leave => Some((Im::LeaveQuestion, Im::LeaveChoices)),
            Mode::AskConsent => Some((Im::ConsentQuestion, Im::ConsentChoices)),
            _ => None,
        };
        if let Some((question, choices)) = question {
            // Tall enough for both texts wrapped at the box's width (words wrap, so
            // allow a line more for each).
            let width = area.width.saturating_sub(6).max(1) as usize;
            let lines = |text: &str| (text.chars().count() / width + 1) as u16;
            let height = 3 + lines(t(lang, question)) + lines(t(lang, choices));
            let rect = Rect::new(
                area.x + 2,
                area.y + 2,
                area.width.saturating_sub(4),
                height.min(area.height.saturating_sub(3)),
            );
            frame.render_widget(ratatui::widgets::Clear, rect);
            let block = Block::bordered()
                .border_set(theme.borders)
                .border_style(theme.warning);
            let inner = block.inner(rect);
            frame.render_widget(block, rect);
            frame.render_widget(
                Paragraph::new(vec![
                    Line::from(Span::styled(t(lang, question), theme.warning)),
                    Line::from(""),
                    Line::from(Span::styled(t(lang, choices), theme.text)),
                ])
                .wrap(ratatui::widgets::Wrap { trim: true }),
                inner,
            );
        }
    }

    fn draw_field(
        &self,
        frame: &mut Frame<'_>,
        row: Rect,
        view: &View<'_>,
        form: &Form,
        field: Field,
        today: NaiveDate,
    ) {
        let theme = view.theme;
        let lang = view.lang;
        let focused =
            form.focus == field && matches!(self.mode, Mode::Form | Mode::Leave | Mode::AskConsent);
        let marker = if focused { "▸" } else { " " };
        let required = if field.required() { "*" } else { "" };
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("{marker}{}{required}", t(lang, field_label(field))),
                if focused { theme.title } else { theme.text },
            )),
            Rect::new(row.x, row.y, LABEL_W, 1),
        );
        let input = Rect::new(row.x + LABEL_W + 1, row.y, INPUT_W, 1);
        let kind = field.kind();
        let query = form.input_text(field);
        if focused && (typed(field) || !query.is_empty()) {
            if let Some(ta) = form.inputs.get(&field) {
                frame.render_widget(ta, input);
            }
        } else {
            let shown = if typed(field) {
                query.replace('\n', " ")
            } else if kind == Kind::Check {
                let on = form.values.flag(field);
                let text = match (field, on) {
                    (Field::Interpreter, true) => t(lang, Im::InterpreterNeeded).to_string(),
                    (_, true) => t(lang, Im::Yes).to_string(),
                    (_, false) => t(lang, Im::No).to_string(),
                };
                format!("[{}] {text}", if on { "x" } else { " " })
            } else {
                let label = self.value_label(form, field, lang);
                if label.is_empty() {
                    t(lang, Im::Dash).to_string()
                } else {
                    label
                }
            };
            let style = if focused { theme.selection } else { theme.text };
            let shown: String = shown.chars().take(INPUT_W as usize).collect();
            frame.render_widget(Paragraph::new(Span::styled(shown, style)), input);
        }
        // Beside the field: the problem, else what was understood.
        let x = input.right() + 1;
        let beside = Rect::new(x, row.y, row.right().saturating_sub(x), 1);
        let (text, style) = if let Some(issue) = form.shown_issue(field) {
            let style = if issue.severity == Severity::Error {
                theme.status_error
            } else {
                theme.warning
            };
            (problem_text(lang, issue.problem), style)
        } else {
            (self.understood(form, field, lang, today), theme.muted)
        };
        frame.render_widget(Paragraph::new(Span::styled(text, style)), beside);
    }

    /// What the form made of a valid value (a date and the age, an AMKA's facts).
    fn understood(&self, form: &Form, field: Field, lang: Lang, today: NaiveDate) -> String {
        let p = &form.checked.person;
        match field {
            Field::DateOfBirth => p
                .date_of_birth
                .map(|d| {
                    let age = today.years_since(d).unwrap_or(0);
                    let from = if form.from_amka {
                        format!(" · {}", t(lang, Im::FromAmka))
                    } else {
                        String::new()
                    };
                    format!(
                        "→ {} ({}){from}",
                        dates::format_date(d),
                        tf(lang, Im::Age, &[&age.to_string()])
                    )
                })
                .unwrap_or_default(),
            Field::Amka | Field::Afm | Field::Phone | Field::Paaypa => {
                let ok = match field {
                    Field::Amka => p.amka.is_some(),
                    Field::Afm => p.afm.is_some(),
                    Field::Phone => p.phone.is_some(),
                    _ => p.paaypa.is_some(),
                };
                if ok {
                    match field {
                        Field::Phone => format!("✓ {}", p.phone.clone().unwrap_or_default()),
                        _ => t(lang, Im::Valid).to_string(),
                    }
                } else {
                    String::new()
                }
            }
            Field::Consent if form.values.flag(Field::Consent) => {
                let at = form.values.get(Field::ConsentAt);
                if at.is_empty() {
                    tf(lang, Im::ConsentNow, &[&self.operator])
                } else {
                    let shown = NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M:%S")
                        .map(|d| d.format("%d/%m/%Y").to_string())
                        .unwrap_or_else(|_| at.to_string());
                    tf(
                        lang,
                        Im::ConsentRecorded,
                        &[&shown, form.values.get(Field::ConsentBy)],
                    )
                }
            }
            Field::Consent | Field::Interpreter => t(lang, Im::SpaceToggles).to_string(),
            _ => String::new(),
        }
    }

    fn draw_notes(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>, form: &Form) {
        let theme = view.theme;
        let block = Block::bordered()
            .border_set(theme.borders)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", t(view.lang, Im::FNotes)),
                theme.title,
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        if let Some(ta) = form.inputs.get(&Field::Notes) {
            frame.render_widget(ta, inner);
        }
    }

    fn draw_panel(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>, form: &Form) {
        let theme = view.theme;
        let lang = view.lang;
        let field = form.focus;
        let (title, mut lines): (String, Vec<Line<'static>>) = match &self.mode {
            Mode::Conflict(c) => {
                let mut lines = vec![Line::from(Span::styled(
                    format!(
                        "{:<16}{:<28}{}",
                        "",
                        t(lang, Im::ConflictMine),
                        t(lang, Im::ConflictTheirs)
                    ),
                    theme.muted,
                ))];
                for (i, (f, theirs)) in c.choices.iter().enumerate() {
                    let mine_v: String = form.entry().get(*f).chars().take(24).collect();
                    let their_v: String = c.theirs.get(*f).chars().take(24).collect();
                    let pick = |on: bool| if on { "●" } else { "○" };
                    let style = if i == c.selected {
                        theme.selection
                    } else {
                        theme.text
                    };
                    lines.push(Line::from(Span::styled(
                        format!(
                            "{:<16}{} {:<26}{} {}",
                            t(lang, field_label(*f)),
                            pick(!theirs),
                            mine_v,
                            pick(*theirs),
                            their_v
                        ),
                        style,
                    )));
                }
                lines.push(Line::from(Span::styled(
                    t(lang, Im::ConflictKeys).to_string(),
                    theme.muted,
                )));
                (t(lang, Im::ConflictTitle).to_string(), lines)
            }
            // "Lives with" before anything is typed: the household chosen (below).
            _ if matches!(field.kind(), Kind::Pick | Kind::Multi)
                && !matches!(self.mode, Mode::Dupes)
                && !(field == Field::HouseholdWith && form.query().trim().is_empty()) =>
            {
                let options = self.options(form, field, lang);
                let chosen: Vec<&str> = form.values.get(field).split(',').collect();
                let mut lines = Vec::new();
                if options.is_empty() {
                    lines.push(Line::from(Span::styled(
                        t(lang, Im::NoMatch).to_string(),
                        theme.muted,
                    )));
                }
                let rows = area.height.saturating_sub(3) as usize;
                let start = form.pick.saturating_sub(rows.saturating_sub(1));
                for (i, (code, label)) in options.iter().enumerate().skip(start).take(rows) {
                    let mark = if field.kind() == Kind::Multi {
                        if chosen.contains(&code.as_str()) {
                            "[x] "
                        } else {
                            "[ ] "
                        }
                    } else if chosen.contains(&code.as_str()) {
                        "● "
                    } else {
                        "  "
                    };
                    let style = if i == form.pick {
                        theme.selection
                    } else {
                        theme.text
                    };
                    lines.push(Line::from(Span::styled(format!("{mark}{label}"), style)));
                }
                let hint = if field.kind() == Kind::Multi {
                    Im::MultiHint
                } else {
                    Im::PickHint
                };
                lines.push(Line::from(Span::styled(
                    t(lang, hint).to_string(),
                    theme.muted,
                )));
                (
                    format!(
                        "{}: {}",
                        t(lang, Im::OptionsTitle),
                        t(lang, field_label(field))
                    ),
                    lines,
                )
            }
            _ if !form.dupes.is_empty() => {
                let mut lines = Vec::new();
                for (i, c) in form.dupes.iter().enumerate() {
                    let reason = match c.reason {
                        Reason::SameAmka => Im::ReasonAmka,
                        Reason::SameAfm => Im::ReasonAfm,
                        Reason::SamePaaypa => Im::ReasonPaaypa,
                        Reason::SamePhone => Im::ReasonPhone,
                        Reason::NameAndBirth => Im::ReasonNameBirth,
                        Reason::Name => Im::ReasonName,
                    };
                    let selected = matches!(self.mode, Mode::Dupes) && i == self.dupe_pick;
                    let style = if selected {
                        theme.selection
                    } else if c.reason.blocks() {
                        theme.status_error
                    } else {
                        theme.text
                    };
                    let father = if c.person.father_name.is_empty() {
                        String::new()
                    } else {
                        format!("({}) ", c.person.father_name)
                    };
                    let line = format!("{} {}{}", person_line(&c.person), father, t(lang, reason));
                    lines.push(Line::from(Span::styled(line, style)));
                }
                lines.push(Line::from(Span::styled(
                    t(lang, Im::DupesHint).to_string(),
                    theme.muted,
                )));
                (t(lang, Im::DupesTitle).to_string(), lines)
            }
            _ if form.section() == Section::Household => {
                let mut lines = Vec::new();
                if form.members.is_empty() {
                    lines.push(Line::from(Span::styled(
                        t(lang, Im::NoHousehold).to_string(),
                        theme.muted,
                    )));
                }
                for m in &form.members {
                    let rel = m
                        .household_relation
                        .map(|r| t(lang, relation_label(r)))
                        .unwrap_or("");
                    lines.push(Line::from(Span::styled(
                        format!("{}  {rel}", person_line(m)),
                        theme.text,
                    )));
                }
                (t(lang, Im::MembersTitle).to_string(), lines)
            }
            _ if form.section() == Section::Consent => {
                let names: Vec<&str> = self
                    .policy
                    .without_consent
                    .iter()
                    .map(|f| t(lang, field_label(*f)))
                    .collect();
                let lines = vec![
                    Line::from(Span::styled(
                        t(lang, Im::ConsentText).to_string(),
                        theme.text,
                    )),
                    Line::from(""),
                    Line::from(Span::styled(
                        tf(lang, Im::ConsentMinimum, &[&names.join(", ")]),
                        theme.muted,
                    )),
                ];
                (t(lang, Im::SecConsent).to_string(), lines)
            }
            _ => return,
        };
        let block = Block::bordered()
            .border_set(theme.borders)
            .border_style(theme.border)
            .title(Span::styled(format!(" {title} "), theme.title));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        lines.truncate(inner.height as usize);
        frame.render_widget(
            Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false }),
            Rect::new(
                inner.x + 1,
                inner.y,
                inner.width.saturating_sub(1),
                inner.height,
            ),
        );
    }
}

#[cfg(test)]
mod tests;

/// Registering the person of a queue ticket (`Nav::RegisterForTicket`).
impl IntakeScreen {
    /// A blank form whose save links the new person to `ticket`; a form in progress
    /// is kept as a draft first.
    fn open_for_ticket(&mut self, ticket: i64, cx: &mut Ctx<'_>) -> Outcome {
        let number = match cx.store.ticket(ticket) {
            Ok(Some(t)) => t.number,
            Ok(None) => return Outcome::Error(t(cx.lang, Im::Gone).to_string()),
            Err(e) => return Outcome::Error(tf(cx.lang, Im::DbError, &[&e.to_string()])),
        };
        let _ = self.flush_draft(cx);
        self.new_form();
        if let Some(form) = self.form.as_mut() {
            form.link_ticket = Some(ticket);
        }
        Outcome::Status(tf(cx.lang, QMsg::RegisterFor, &[&number]))
    }

    /// After a new person registered from a ticket is saved: link the ticket.
    fn link_saved(
        ticket: i64,
        person: i64,
        saved: String,
        stamp: &Stamp,
        cx: &mut Ctx<'_>,
    ) -> Outcome {
        match cx.store.link_new_person(ticket, person, stamp) {
            Ok(tk) => Outcome::Status(tf(cx.lang, QMsg::LinkedOnSave, &[&saved, &tk.number])),
            Err(e) => {
                let number = cx
                    .store
                    .ticket(ticket)
                    .ok()
                    .flatten()
                    .map(|t| t.number)
                    .unwrap_or_default();
                Outcome::Error(tf(
                    cx.lang,
                    QMsg::LinkFailed,
                    &[&saved, &number, &e.to_string()],
                ))
            }
        }
    }
}
