//! HSDS ids: every exchanged row carries a UUID. Rows kentro stores get one when they
//! are made and keep it; rows kentro derives from a field (a service's phone, its
//! languages) get a UUID v5 of their parent's id and their place, so the same
//! directory exports with the same ids every time.

use uuid::Uuid;

/// The namespace of kentro's derived ids (UUID v5 of the URL `urn:kentro:hsds`).
const KENTRO_NS: Uuid = Uuid::from_u128(0xf6ca514b_1794_5f2a_9aeb_1121a51cd497);

/// A new random id (UUID v4), in the lower-case hyphenated form HSDS uses.
pub fn new_uid() -> String {
    Uuid::new_v4().to_string()
}

/// The id of the row that `label` (e.g. "phone:0") derives from the row `parent`.
pub fn derived_uid(parent: &str, label: &str) -> String {
    Uuid::new_v5(&KENTRO_NS, format!("{parent}/{label}").as_bytes()).to_string()
}

/// A kentro-wide id that every kentro database shares (taxonomies, field terms).
pub fn kentro_uid(name: &str) -> String {
    Uuid::new_v5(&KENTRO_NS, name.as_bytes()).to_string()
}

/// True for a UUID in any of its usual written forms.
pub fn is_uuid(text: &str) -> bool {
    Uuid::parse_str(text).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_namespace_is_the_one_the_shipped_taxonomy_was_made_with() {
        let url_ns = Uuid::NAMESPACE_URL;
        assert_eq!(Uuid::new_v5(&url_ns, b"urn:kentro:hsds"), KENTRO_NS);
        // The migration's term ids are kentro_uid("term:<code>").
        assert_eq!(
            kentro_uid("term:housing"),
            "354a2610-b803-527f-a071-be721cfdb2ab"
        );
    }

    #[test]
    fn derived_ids_are_stable_and_distinct() {
        let a = derived_uid("ac148810-d857-441c-9679-408f346de14b", "phone:0");
        assert_eq!(
            a,
            derived_uid("ac148810-d857-441c-9679-408f346de14b", "phone:0")
        );
        assert_ne!(
            a,
            derived_uid("ac148810-d857-441c-9679-408f346de14b", "phone:1")
        );
        assert!(is_uuid(&a) && is_uuid(&new_uid()));
        assert!(!is_uuid("svc-kea"));
    }
}
