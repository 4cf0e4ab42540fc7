//! What the lookup screen's tests share: a demo person to look up, the card opened
//! as a receptionist would, and the audit rows counted.

use super::LookupScreen;
use crate::domain::person::Person;
use crate::i18n::Lang;
use crate::store::Store;
use crate::ui::harness::{self, key, type_text};
use crate::ui::{ScreenId, Shell};

/// The first demo person with an AMKA for whom `also` holds.
pub(super) fn demo_person(store: &Store, also: impl Fn(&Person) -> bool) -> Person {
    store
        .people_by_ids(&(1..200).collect::<Vec<i64>>())
        .unwrap()
        .into_iter()
        .find(|p| p.amka.is_some() && also(p))
        .unwrap()
}

/// The shell on `screen`, with the card of the person with `amka` opened by typing
/// the AMKA and Enter.
pub(super) fn card_of(store: &mut Store, screen: LookupScreen, amka: &str, lang: Lang) -> Shell {
    let mut shell = harness::shell(lang);
    shell.replace_screen(Box::new(screen));
    shell.start(store);
    shell.open(ScreenId::Lookup, store);
    type_text(&mut shell, store, amka);
    shell.handle_key(key("enter"), store);
    shell
}

/// How many audit rows about the person `id` record `action`.
pub(super) fn audit_count(store: &Store, id: i64, action: &str) -> usize {
    store
        .audit_trail("person", id)
        .unwrap()
        .iter()
        .filter(|e| e.action == action)
        .count()
}
