//! Open Referral HSDS 3.0: the directory (organisations, services, taxonomy) as the
//! specification's tables and as its JSON packages, both ways. Pure conversion: files
//! are read and written by `cli::directory`, records stored by `store`.
//!
//! What kentro keeps that HSDS has no column for travels as HSDS `attributes` linked
//! to terms of a kentro taxonomy (`kentro-fields`): a service's code, ticket prefix,
//! kind and whether it accepts referrals; an organisation's languages, membership of
//! the network and public key. Categories are attributes linking a service to a term
//! of the `kentro-categories` taxonomy (name in English, description in Greek).

pub mod json;
mod read;
pub mod spec;
mod write;

use std::collections::BTreeMap;

pub use read::{Imported, ImportedService, from_tables, slug, unique_code};
pub use write::to_tables;

use crate::domain::directory::hsds_ids::kentro_uid;

/// One row of a table: its line in the file (0 when it came from JSON) and its cells.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    pub line: u64,
    pub values: BTreeMap<String, String>,
}

impl Row {
    /// The cell of `column`, trimmed; empty when absent.
    pub fn get(&self, column: &str) -> &str {
        self.values.get(column).map_or("", |v| v.trim())
    }

    fn set(&mut self, column: &str, value: impl Into<String>) -> &mut Row {
        let value = value.into();
        if !value.is_empty() {
            self.values.insert(column.to_string(), value);
        }
        self
    }
}

/// The tabular form: rows by table name ("service"), each table in file order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tables {
    pub tables: BTreeMap<String, Vec<Row>>,
}

impl Tables {
    pub fn rows(&self, table: &str) -> &[Row] {
        self.tables.get(table).map_or(&[], Vec::as_slice)
    }

    /// Every cell cleaned as text from outside must be (`domain::text`): escape
    /// sequences and control characters removed, newlines kept only in descriptions.
    pub fn cleaned(&self) -> Tables {
        let mut tables = self.clone();
        for row in tables.tables.values_mut().flatten() {
            for (column, value) in row.values.iter_mut() {
                *value = if column.contains("description") {
                    crate::domain::text::clean_note(value)
                } else {
                    crate::domain::text::clean_line(value)
                };
            }
        }
        tables
    }

    fn push(&mut self, table: &str, row: Row) {
        self.tables.entry(table.to_string()).or_default().push(row);
    }
}

/// The directory of one database, as records.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Directory {
    pub organisations: Vec<crate::domain::directory::Organisation>,
    pub services: Vec<crate::domain::records::Service>,
    pub terms: Vec<crate::domain::directory::TaxonomyTerm>,
}

/// A value kentro carries as an attribute, and the term that names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KentroField {
    ServiceCode,
    TicketPrefix,
    ServiceKind,
    AcceptsReferrals,
    NetworkMember,
    PublicKey,
    Languages,
}

impl KentroField {
    pub const ALL: [KentroField; 7] = [
        KentroField::ServiceCode,
        KentroField::TicketPrefix,
        KentroField::ServiceKind,
        KentroField::AcceptsReferrals,
        KentroField::NetworkMember,
        KentroField::PublicKey,
        KentroField::Languages,
    ];

    pub fn code(self) -> &'static str {
        match self {
            KentroField::ServiceCode => "service-code",
            KentroField::TicketPrefix => "ticket-prefix",
            KentroField::ServiceKind => "service-kind",
            KentroField::AcceptsReferrals => "accepts-referrals",
            KentroField::NetworkMember => "network-member",
            KentroField::PublicKey => "public-key",
            KentroField::Languages => "languages",
        }
    }

    fn description(self) -> &'static str {
        match self {
            KentroField::ServiceCode => "kentro: the service's short code for scripts and kiosks",
            KentroField::TicketPrefix => "kentro: the prefix of the service's queue tickets",
            KentroField::ServiceKind => "kentro: internal (the centre's own) or external",
            KentroField::AcceptsReferrals => "kentro: whether the service accepts referrals",
            KentroField::NetworkMember => "kentro: a member of the network keeping this directory",
            KentroField::PublicKey => {
                "kentro: ed25519 public key (hex) that signs the organisation's referral packets"
            }
            KentroField::Languages => "kentro: ISO 639-3 codes of the languages it serves in",
        }
    }

    /// The term's id, the same in every kentro database.
    pub fn term_uid(self) -> String {
        kentro_uid(&format!("field:{}", self.code()))
    }

    fn from_term_uid(uid: &str) -> Option<KentroField> {
        KentroField::ALL.into_iter().find(|f| f.term_uid() == uid)
    }
}

/// The taxonomy of kentro's fields and the one of its categories.
pub fn fields_taxonomy_uid() -> String {
    kentro_uid("taxonomy:kentro-fields")
}

pub fn categories_taxonomy_uid() -> String {
    kentro_uid("taxonomy:kentro-categories")
}

/// The `link_type` of a service's category attribute and of a kentro field.
pub const LINK_CATEGORY: &str = "category";
pub const LINK_KENTRO: &str = "kentro";

#[cfg(test)]
mod cleaning_tests {
    use super::*;

    #[test]
    fn imported_cells_are_cleaned_once() {
        let mut tables = Tables::default();
        let mut row = Row::default();
        row.set("name", "Legal\u{1b}]0;pwned\u{7}\u{1b}[2J aid\n");
        row.set("description", "two\u{202e}\nlines\u{9b}31m");
        tables.push("service", row);
        let cleaned = tables.cleaned();
        let row = &cleaned.rows("service")[0];
        assert_eq!(row.get("name"), "Legal aid");
        assert_eq!(row.get("description"), "two\nlines");
    }
}
