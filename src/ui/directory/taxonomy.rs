//! The category filter: a picker over the shipped taxonomy, found by its Greek or
//! English name (or code) with the directory's search, "all categories" first.

use crate::domain::directory::TaxonomyTerm;
use crate::domain::directory::search::{Haystack, Query};
use crate::i18n::directory::DMsg;
use crate::i18n::{Lang, t};
use crate::store::StoreError;
use crate::ui::Ctx;
use crate::ui::kit::picker::{Choice, Source};

/// The taxonomy's terms with how many services each has.
pub(super) struct TermSource {
    pub(super) terms: Vec<(TaxonomyTerm, usize)>,
}

impl Source for TermSource {
    /// The term's code; none for every category.
    type Item = Option<String>;

    fn find(
        &mut self,
        query: &str,
        cx: &mut Ctx<'_>,
    ) -> Result<Vec<Choice<Option<String>>>, StoreError> {
        let wanted = Query::new(query);
        let mut hits = Vec::new();
        if wanted.is_empty() {
            hits.push(Choice {
                value: None,
                line: t(cx.lang, DMsg::AllCategories).to_string(),
            });
        }
        for (term, count) in &self.terms {
            if !Haystack::new(&[&term.name_el, &term.name_en, &term.code]).matches(&wanted) {
                continue;
            }
            let other = term.name(cx.lang != Lang::El);
            hits.push(Choice {
                value: Some(term.code.clone()),
                line: format!("{} · {other} ({count})", term.name(cx.lang == Lang::El)),
            });
        }
        Ok(hits)
    }

    fn min_chars(&self) -> usize {
        0
    }
}
