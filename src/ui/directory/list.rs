//! The list: reading the directory (services, organisations, the taxonomy) and the
//! searchable text of each, which entries match the search and the category, the
//! selection, and the keys of the list and of the card.

use std::collections::HashMap;

use super::{Browse, Card, DirectoryScreen, Editing};
use crate::action::Action;
use crate::domain::codes::ServiceKind;
use crate::domain::directory::search::{Haystack, Query};
use crate::domain::directory::{Organisation, TaxonomyTerm};
use crate::domain::records::Service;
use crate::store::StoreError;
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::kit::picker::Picker;
use crate::ui::{Ctx, Outcome};

use super::org_form::OrgForm;
use super::service_form::ServiceForm;
use super::taxonomy::TermSource;

/// The words a service is found by: its code and names, its categories in both
/// languages, its organisation, its languages (codes and names) and its description.
fn service_text(s: &Service, terms: &[TaxonomyTerm], org: Option<&Organisation>) -> Haystack {
    let mut parts: Vec<&str> = vec![&s.code, &s.name_el, &s.name_en, &s.organisation];
    for code in &s.categories {
        parts.push(code);
        if let Some(t) = terms.iter().find(|t| &t.code == code) {
            parts.extend([t.name_el.as_str(), t.name_en.as_str()]);
        }
    }
    if let Some(o) = org {
        parts.push(&o.alternate_name);
    }
    for code in &s.languages {
        parts.push(code);
        if let Some(l) = crate::domain::reference::find_language(code) {
            parts.extend([l.name_el.as_str(), l.name_en.as_str()]);
        }
    }
    parts.push(&s.description);
    Haystack::new(&parts)
}

/// The words an organisation is found by: its names and description, its city,
/// identifiers and languages, and the names of the services it runs.
fn organisation_text(o: &Organisation, services: &[&Service]) -> Haystack {
    let mut parts: Vec<&str> = vec![&o.name, &o.alternate_name, &o.description];
    for l in &o.locations {
        parts.extend([l.city.as_str(), l.address_1.as_str()]);
    }
    for i in &o.identifiers {
        parts.push(&i.value);
    }
    for code in &o.languages {
        parts.push(code);
        if let Some(l) = crate::domain::reference::find_language(code) {
            parts.extend([l.name_el.as_str(), l.name_en.as_str()]);
        }
    }
    for s in services {
        parts.extend([s.name_el.as_str(), s.name_en.as_str()]);
    }
    Haystack::new(&parts)
}

impl DirectoryScreen {
    /// Reads the directory again. A failure is kept to be shown in place of the list
    /// (and said on the status line), never taken for an empty directory.
    pub(super) fn reload(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        match self.load(cx) {
            Ok(()) => {
                self.load_error = None;
                Ok(())
            }
            Err(e) => {
                self.load_error = Some(store_error_text(cx.lang, &e));
                Err(e)
            }
        }
    }

    fn load(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let keep = self.selected_key();
        let services = cx.store.services()?;
        let organisations = cx.store.organisations()?;
        let terms = cx.store.taxonomy_terms()?;
        let by_org: HashMap<i64, &Organisation> = organisations.iter().map(|o| (o.id, o)).collect();
        self.service_text = services
            .iter()
            .map(|s| {
                let org = s.organisation_id.and_then(|id| by_org.get(&id).copied());
                service_text(s, &terms, org)
            })
            .collect();
        self.organisation_text = organisations
            .iter()
            .map(|o| {
                let runs: Vec<&Service> = services
                    .iter()
                    .filter(|s| s.organisation_id == Some(o.id))
                    .collect();
                organisation_text(o, &runs)
            })
            .collect();
        self.services = services;
        self.organisations = organisations;
        self.terms = terms;
        self.apply();
        if let Some(key) = keep {
            self.select_key(key);
        }
        Ok(())
    }

    /// Whether service `s` is in the chosen category (any, when none is chosen).
    fn in_category(&self, s: &Service) -> bool {
        self.category
            .as_ref()
            .is_none_or(|code| s.categories.contains(code))
    }

    /// Recomputes which entries match the search and the category.
    pub(super) fn apply(&mut self) {
        let query = Query::new(&self.query.text());
        self.shown = match self.browse {
            Browse::Services => (0..self.services.len())
                .filter(|&i| {
                    self.in_category(&self.services[i]) && self.service_text[i].matches(&query)
                })
                .collect(),
            Browse::Organisations => (0..self.organisations.len())
                .filter(|&i| {
                    let o = &self.organisations[i];
                    let category = self.category.is_none()
                        || self
                            .services
                            .iter()
                            .any(|s| s.organisation_id == Some(o.id) && self.in_category(s));
                    category && self.organisation_text[i].matches(&query)
                })
                .collect(),
        };
        self.list.set_len(self.shown.len());
    }

    pub(super) fn set_category(&mut self, category: Option<String>) {
        self.category = category;
        self.list.select(0);
        self.apply();
    }

    /// The services of organisation `id`, in the directory's order.
    pub(super) fn services_of(&self, id: i64) -> Vec<&Service> {
        self.services
            .iter()
            .filter(|s| s.organisation_id == Some(id))
            .collect()
    }

    pub(super) fn selected_service(&self) -> Option<&Service> {
        match self.browse {
            Browse::Services => self
                .shown
                .get(self.list.selected())
                .map(|&i| &self.services[i]),
            Browse::Organisations => None,
        }
    }

    /// The organisation selected, or the one running the selected service.
    pub(super) fn selected_organisation(&self) -> Option<&Organisation> {
        let id = match self.browse {
            Browse::Organisations => {
                return self
                    .shown
                    .get(self.list.selected())
                    .map(|&i| &self.organisations[i]);
            }
            Browse::Services => self.selected_service()?.organisation_id?,
        };
        self.organisation(id)
    }

    pub(super) fn organisation(&self, id: i64) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    /// The selected entry, to find again after a reload.
    fn selected_key(&self) -> Option<(Browse, i64)> {
        match self.browse {
            Browse::Services => self.selected_service().map(|s| (Browse::Services, s.id)),
            Browse::Organisations => self
                .selected_organisation()
                .map(|o| (Browse::Organisations, o.id)),
        }
    }

    /// Whether the list shows entry `id` of `browse` now.
    pub(super) fn shows(&self, browse: Browse, id: i64) -> bool {
        browse == self.browse
            && self.shown.iter().any(|&i| match browse {
                Browse::Services => self.services[i].id == id,
                Browse::Organisations => self.organisations[i].id == id,
            })
    }

    pub(super) fn select_key(&mut self, (browse, id): (Browse, i64)) {
        if browse != self.browse {
            return;
        }
        let at = self.shown.iter().position(|&i| match browse {
            Browse::Services => self.services[i].id == id,
            Browse::Organisations => self.organisations[i].id == id,
        });
        if let Some(p) = at {
            self.list.select(p);
        }
    }

    /// The taxonomy's terms with how many services each has, for the picker.
    fn term_counts(&self) -> Vec<(TaxonomyTerm, usize)> {
        self.terms
            .iter()
            .map(|t| {
                let n = self
                    .services
                    .iter()
                    .filter(|s| s.categories.contains(&t.code))
                    .count();
                (t.clone(), n)
            })
            .collect()
    }

    /// The keys of the list.
    pub(super) fn list_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match action {
            action if action.moves_selection() => {
                self.list.step(action);
            }
            Action::Filter => self.searching = true,
            Action::Confirm => match self.selected_organisation() {
                Some(o) => {
                    self.card = Some(Card {
                        org_id: o.id,
                        scroll: 0,
                    })
                }
                None => return Outcome::Ignored,
            },
            Action::Cancel => {
                if !self.query.is_empty() {
                    self.query.clear();
                    self.apply();
                } else if self.category.is_some() {
                    self.set_category(None);
                } else {
                    return Outcome::Ignored;
                }
            }
            Action::SwitchView => {
                let keep = self.selected_organisation().map(|o| o.id);
                self.browse = match self.browse {
                    Browse::Services => Browse::Organisations,
                    Browse::Organisations => Browse::Services,
                };
                self.list.select(0);
                self.apply();
                // From a service to its organisation: the same place in the other view.
                if let (Browse::Organisations, Some(id)) = (self.browse, keep) {
                    self.select_key((Browse::Organisations, id));
                }
            }
            Action::CategoryFilter => {
                let mut picker = Picker::new(TermSource {
                    terms: self.term_counts(),
                });
                let reply = picker.search(cx);
                self.picker = Some(picker);
                return reply.into_outcome(|_| Outcome::Handled);
            }
            Action::Edit => return self.edit_selected(cx),
            Action::NewEntry => {
                let editing = match self.browse {
                    Browse::Services => Editing::Service(ServiceForm::new(
                        Service {
                            kind: Some(ServiceKind::External),
                            accepts_referrals: true,
                            active: true,
                            ..Service::default()
                        },
                        cx.lang,
                        &self.terms,
                    )),
                    Browse::Organisations => {
                        Editing::Organisation(OrgForm::new(Organisation::default(), cx.lang))
                    }
                };
                return self.open_form(editing, cx);
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn edit_selected(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let editing = match self.browse {
            Browse::Services => self
                .selected_service()
                .map(|s| Editing::Service(ServiceForm::new(s.clone(), lang, &self.terms))),
            Browse::Organisations => self
                .selected_organisation()
                .map(|o| Editing::Organisation(OrgForm::new(o.clone(), lang))),
        };
        match editing {
            Some(e) => self.open_form(e, cx),
            None => Outcome::Ignored,
        }
    }

    /// The keys of the organisation card: the list's moves scroll it, `e` edits the
    /// organisation, Esc goes back to the list.
    pub(super) fn card_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Some(card) = &mut self.card else {
            return Outcome::Ignored;
        };
        match action {
            Action::Cancel => self.card = None,
            Action::Up => card.scroll = card.scroll.saturating_sub(1),
            Action::Down => card.scroll = card.scroll.saturating_add(1),
            Action::PageUp => card.scroll = card.scroll.saturating_sub(10),
            Action::PageDown => card.scroll = card.scroll.saturating_add(10),
            Action::Home => card.scroll = 0,
            Action::Edit => {
                let id = card.org_id;
                match self.organisation(id) {
                    Some(o) => {
                        let editing = Editing::Organisation(OrgForm::new(o.clone(), cx.lang));
                        return self.open_form(editing, cx);
                    }
                    None => {
                        return store_failure(
                            cx.lang,
                            "directory card",
                            &StoreError::NotFound {
                                entity: "organisation",
                                id,
                            },
                        );
                    }
                }
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }
}
