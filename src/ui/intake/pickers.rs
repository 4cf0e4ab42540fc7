//! Pickers with type-ahead: the options a list field offers for what was typed, the
//! words a chosen code shows, and accepting or ticking the highlighted option.

use super::IntakeScreen;
use super::form::Form;
use super::labels::{country_label, person_line};
use crate::domain::codes::{Education, Employment, Gender, Relation, Vulnerability};
use crate::domain::intake::{Field, Kind};
use crate::domain::municipalities::find_municipalities;
use crate::domain::names;
use crate::domain::reference;
use crate::i18n::intake::{
    Im, education_label, employment_label, gender_label, relation_label, vulnerability_label,
};
use crate::i18n::{Lang, t};

/// Type-ahead: options whose label or code starts with (then contains) the query.
pub(super) fn filter(
    query: &str,
    all: Vec<(String, String)>,
    limit: usize,
) -> Vec<(String, String)> {
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

/// Each of a code list's values as (code, its name in `lang`): a picker's choices.
fn coded<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> Im,
    lang: Lang,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (code(*v).to_string(), t(lang, label(*v)).to_string()))
        .collect()
}

/// A code list's value named in `lang` (a code no longer on the list as it is).
fn named<T>(
    code: &str,
    from_code: fn(&str) -> Option<T>,
    label: fn(T) -> Im,
    lang: Lang,
) -> String {
    from_code(code)
        .map(|v| t(lang, label(v)).to_string())
        .unwrap_or_else(|| code.to_string())
}

impl IntakeScreen {
    pub(super) fn options(&self, form: &Form, field: Field, lang: Lang) -> Vec<(String, String)> {
        let q = form.query();
        match field {
            Field::Gender => filter(&q, coded(Gender::ALL, Gender::code, gender_label, lang), 8),
            Field::Relation => filter(
                &q,
                coded(Relation::ALL, Relation::code, relation_label, lang),
                8,
            ),
            Field::Employment => filter(
                &q,
                coded(Employment::ALL, Employment::code, employment_label, lang),
                8,
            ),
            Field::Education => filter(
                &q,
                coded(Education::ALL, Education::code, education_label, lang),
                8,
            ),
            Field::Vulnerabilities => filter(
                &q,
                coded(
                    Vulnerability::ALL,
                    Vulnerability::code,
                    vulnerability_label,
                    lang,
                ),
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
    pub(super) fn value_label(&self, form: &Form, field: Field, lang: Lang) -> String {
        let v = form.values.get(field);
        if v.is_empty() {
            return String::new();
        }
        match field {
            Field::Gender => named(v, Gender::from_code, gender_label, lang),
            Field::Relation => named(v, Relation::from_code, relation_label, lang),
            Field::Employment => named(v, Employment::from_code, employment_label, lang),
            Field::Education => named(v, Education::from_code, education_label, lang),
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

    /// Leaving a picker with a query accepts the highlighted option (a list of ticks
    /// gets it ticked, never unticked).
    pub(super) fn accept_pick(&mut self, lang: Lang) -> bool {
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
    pub(super) fn toggle_multi(&mut self, lang: Lang, only_tick: bool) -> bool {
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
}
