//! The service form: a service's fields as text, and the service they describe or the
//! first field that is wrong (the directory's one check decides, as for an import).

use crate::domain::codes::ServiceKind;
use crate::domain::directory::{DirField, DirProblem, TaxonomyTerm, check_service};
use crate::domain::names::fold;
use crate::domain::records::Service;
use crate::i18n::directory::DMsg;
use crate::i18n::{Lang, t, tf};
use crate::ui::kit::form::{Fields, Words};

/// The editable fields, in form order.
pub(super) const FIELDS: [DMsg; 16] = [
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

/// Field `i`'s text, cleaned of control characters and outer spaces.
pub(super) fn value(form: &Fields, i: usize) -> String {
    crate::domain::text::clean_line(&form.text(i))
}

pub(super) fn yes_no(b: bool, lang: Lang) -> String {
    t(lang, if b { DMsg::Yes } else { DMsg::No }).to_string()
}

pub(super) fn parse_yes_no(text: &str) -> Option<bool> {
    match fold(text.trim()).as_str() {
        "yes" | "y" | "ναι" | "ν" | "true" | "1" => Some(true),
        "no" | "n" | "οχι" | "ο" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// ISO 639-3 codes from what was typed: codes, or names in Greek or English.
pub(super) fn parse_languages(text: &str) -> Result<Vec<String>, String> {
    let mut languages = Vec::new();
    for word in text.split([',', ';', ' ']).filter(|w| !w.is_empty()) {
        match crate::domain::reference::find_language(word) {
            Some(l) => languages.push(l.code.clone()),
            None => return Err(word.to_string()),
        }
    }
    Ok(languages)
}

/// The fields of a directory form, labelled `labels` and holding `values`, each with
/// the hint it shows while focused.
pub(super) fn fields(labels: &[DMsg], values: Vec<String>) -> Fields {
    let mut fields = Fields::said(
        labels
            .iter()
            .zip(values)
            .map(|(label, value)| (Words::of(*label), value))
            .collect(),
    );
    for (i, label) in labels.iter().enumerate() {
        if let Some(h) = hint(*label) {
            fields.set_hint_words(i, Words::of(h));
        }
    }
    fields
}

/// The hint beside a focused field.
fn hint(label: DMsg) -> Option<DMsg> {
    match label {
        DMsg::FKind => Some(DMsg::KindHint),
        DMsg::FLanguages => Some(DMsg::LangHint),
        DMsg::FCategory => Some(DMsg::CategoryHint),
        DMsg::FInterpretation | DMsg::FAccepts | DMsg::FActive | DMsg::FMember => {
            Some(DMsg::YesNoHint)
        }
        _ => None,
    }
}

/// The service form: the entry as read (its version) and each field as text.
#[derive(Debug, Clone)]
pub(super) struct ServiceForm {
    pub(super) base: Service,
    pub(super) form: Fields,
    /// The taxonomy: categories are shown by name and typed by name or code.
    terms: Vec<TaxonomyTerm>,
}

/// Category codes from what was typed (names in either language, or codes, between
/// commas); the first word no category has.
fn parse_categories(text: &str, terms: &[TaxonomyTerm]) -> Result<Vec<String>, String> {
    let mut codes = Vec::new();
    for item in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|w| !w.is_empty())
    {
        let wanted = fold(item);
        let term = terms
            .iter()
            .find(|t| t.code == item || fold(&t.name_el) == wanted || fold(&t.name_en) == wanted);
        match term {
            Some(t) if !codes.contains(&t.code) => codes.push(t.code.clone()),
            Some(_) => {}
            None => return Err(item.to_string()),
        }
    }
    Ok(codes)
}

impl ServiceForm {
    pub(super) fn new(base: Service, lang: Lang, terms: &[TaxonomyTerm]) -> ServiceForm {
        let s = &base;
        let categories: Vec<&str> = s
            .categories
            .iter()
            .map(|code| {
                terms
                    .iter()
                    .find(|t| &t.code == code)
                    .map_or(code.as_str(), |t| t.name(lang == Lang::El))
            })
            .collect();
        let values = vec![
            s.code.clone(),
            s.name_el.clone(),
            s.name_en.clone(),
            s.kind.map(|k| k.code().to_string()).unwrap_or_default(),
            categories.join(", "),
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
        ServiceForm {
            form: fields(&FIELDS, values),
            base,
            terms: terms.to_vec(),
        }
    }

    pub(super) fn title(&self, lang: Lang) -> String {
        if self.base.id == 0 {
            t(lang, DMsg::NewTitle).to_string()
        } else {
            tf(lang, DMsg::EditTitle, &[&self.base.name_el])
        }
    }

    /// The entry the form describes, or the first field that is wrong (its index and
    /// what to say, in `lang`).
    pub(super) fn to_service(&self) -> Result<Service, (usize, Words)> {
        let v = |i: usize| value(&self.form, i);
        let wrong = |i: usize, msg: DMsg, arg: &str| (i, Words::said(msg, &[arg]));
        let mut s = self.base.clone();
        s.code = v(0);
        s.name_el = v(1);
        s.name_en = v(2);
        s.kind = match v(3).as_str() {
            "" => None,
            k => Some(
                ServiceKind::from_code(&k.to_lowercase())
                    .ok_or_else(|| wrong(3, DMsg::BadKind, ""))?,
            ),
        };
        s.categories =
            parse_categories(&v(4), &self.terms).map_err(|w| wrong(4, DMsg::BadCategory, &w))?;
        if s.organisation != v(5) {
            // Filed under the organisation of the name typed (made if new).
            s.organisation_id = None;
        }
        s.organisation = v(5);
        s.address = v(6);
        s.phone = v(7);
        s.email = v(8);
        s.hours = v(9);
        s.languages = parse_languages(&v(10)).map_err(|w| wrong(10, DMsg::BadLanguage, &w))?;
        let flag = |i: usize| parse_yes_no(&v(i)).ok_or_else(|| wrong(i, DMsg::BadYesNo, ""));
        s.interpretation = flag(11)?;
        s.eligibility = v(12);
        s.documents_required = v(13);
        s.accepts_referrals = flag(14)?;
        s.active = flag(15)?;
        check_service(&s).map_err(|problem| match problem {
            DirProblem::BadCode | DirProblem::BadPrefix => wrong(0, DMsg::NeedCode, ""),
            DirProblem::Missing(DirField::Organisation) => wrong(5, DMsg::NeedName, ""),
            DirProblem::Missing(_) => wrong(1, DMsg::NeedName, ""),
            DirProblem::BadEmail(_) | DirProblem::BadUrl => wrong(8, DMsg::BadEmail, ""),
            DirProblem::BadLanguage(code) => wrong(10, DMsg::BadLanguage, &code),
            DirProblem::BadAfm(_) => wrong(0, DMsg::NeedCode, ""),
        })?;
        Ok(s)
    }
}
