//! What the fuzz targets run (`fuzz/`, cargo-fuzz) and `cargo test` replays over the
//! committed corpora (`fuzz/corpus/TARGET/`): one function per target, taking the
//! fuzzer's bytes. Each feeds the bytes to the same code a desk or a command runs and
//! checks what must hold whatever the input (no panic, nothing half done, no control
//! character reaching a terminal); a broken rule panics, which the fuzzer reports.
//!
//! Targets that need a database use one scratch database per process (a temporary
//! directory, removed when the process ends); `keys` starts each input from a fresh
//! copy of the demo centre, so a crash it finds replays alone.

mod keys;
mod scratch;
mod text;

pub use keys::keys;
pub use text::{names, validators};

use std::collections::HashMap;
use std::io::Write;

use crate::domain::intake::ConsentPolicy;
use crate::domain::packet;
use crate::store::Stamp;

/// A fuzz target: the fuzzer's bytes in, a panic when a rule breaks.
pub type Target = fn(&[u8]);

/// Every target by name, as the corpora's folders are named.
pub const TARGETS: &[(&str, Target)] = &[
    ("csv_import", csv_import),
    ("hsds_import", hsds_import),
    ("keys", keys),
    ("validators", validators),
    ("names", names),
    ("referral_packet", referral_packet),
];

/// The fuzzing operator: an administrator of the scratch databases.
const OPERATOR: &str = "fuzz";

/// The fuzzing clock: Sunday 15 March 2026, 10:42 (the interface tests' own).
fn text_now() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 3, 15)
        .and_then(|d| d.and_hms_opt(10, 42, 0))
        .expect("a valid date")
}

/// A message meant for a terminal holds no control character but newline and tab.
fn assert_printable(what: &str, message: &str) {
    assert!(
        !message
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "{what} prints a control character: {message:?}"
    );
}

/// `kentro import FILE.csv`: the file read and checked row by row, then written as one
/// import batch. Every accepted person has a name and only clean text; the batch is
/// whole or absent.
pub fn csv_import(data: &[u8]) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 15).expect("a valid date");
    let policy = if data.first().is_some_and(|b| b & 1 == 1) {
        ConsentPolicy::everything()
    } else {
        ConsentPolicy::default()
    };
    // The reasons in either language must be printable.
    let lang = if data.first().is_some_and(|b| b & 2 == 2) {
        crate::i18n::Lang::El
    } else {
        crate::i18n::Lang::En
    };
    let (rows, problems) =
        match crate::cli::csv_io::read_people(data, today, &policy, OPERATOR, lang) {
            Ok(read) => read,
            Err(error) => {
                assert_printable("a refused CSV file", &error.render(lang));
                return;
            }
        };
    for problem in &problems {
        assert_printable("a row's problem", &problem.to_string());
    }
    for (line, person) in &rows {
        assert!(*line >= 2, "a person read from the header line");
        assert!(!person.surname.is_empty() && !person.given_name.is_empty());
        for value in [&person.surname, &person.given_name, &person.father_name] {
            assert_eq!(*value, crate::domain::text::clean_line(value), "{value:?}");
        }
    }
    scratch::with_store(|store| {
        let before = store.count_people().expect("count");
        let stamp = Stamp::now(OPERATOR);
        let written = crate::cli::csv_io::write_batches(
            store,
            &rows,
            "fuzz",
            &stamp,
            crate::cli::csv_io::BATCH_BUDGET,
        );
        let after = store.count_people().expect("count");
        match written {
            Ok(figures) => {
                assert_eq!(figures.people, rows.len());
                assert_eq!(after, before + rows.len() as i64, "an import half written");
            }
            // The same AMKA as an earlier input's: refused whole.
            Err(_) => assert_eq!(after, before, "a failed import left people behind"),
        }
    });
}

/// `kentro directory import PATH` of HSDS 3.0 files. The first byte picks the shape:
/// one JSON file, a folder of `services.json` and `organizations.json`, or a folder of
/// CSV tables; the rest, split at NUL bytes, are the files' contents.
pub fn hsds_import(data: &[u8]) {
    let Some((&shape, rest)) = data.split_first() else {
        return;
    };
    let parts: Vec<&[u8]> = rest.split(|b| *b == 0).collect();
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let write = |name: &str, bytes: &[u8]| {
        std::fs::File::create(dir.path().join(name))
            .and_then(|mut f| f.write_all(bytes))
            .expect("a scratch file");
    };
    let path = match shape % 3 {
        0 => {
            write("directory.json", rest);
            dir.path().join("directory.json")
        }
        1 => {
            for (name, bytes) in ["services.json", "organizations.json"].iter().zip(&parts) {
                write(name, bytes);
            }
            dir.path().to_path_buf()
        }
        _ => {
            for (table, bytes) in crate::hsds::spec::TABLES.iter().zip(&parts) {
                if !bytes.is_empty() {
                    write(table.file, bytes);
                }
            }
            dir.path().to_path_buf()
        }
    };
    scratch::with_store(|store| {
        let before = (
            store.organisations().map(|o| o.len()).ok(),
            store.services().map(|s| s.len()).ok(),
        );
        match crate::cli::directory::import_path(store, &path, &Stamp::now(OPERATOR)) {
            Ok(report) => {
                for note in &report.notes {
                    assert_printable("an import note", note);
                }
            }
            Err(problems) => {
                for problem in &problems {
                    assert_printable("an import problem", problem);
                }
                let after = (
                    store.organisations().map(|o| o.len()).ok(),
                    store.services().map(|s| s.len()).ok(),
                );
                assert_eq!(before, after, "a refused directory import kept something");
            }
        }
    });
}

/// `kentro referrals import FILE`: a packet from a partner centre. The fuzzer cannot
/// sign, so a packet that reads is signed here with the partner's key, as a real
/// partner would sign it, and then imported; and the file as given must be refused
/// or verified without a panic. Whatever happens, what is said is printable.
pub fn referral_packet(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (secret, public) = packet::key_pair([7; 32]);
    if let Ok(verified) = packet::verify(text, &public) {
        assert_eq!(packet::open(text).ok(), Some(verified));
    }
    let Ok(mut body) = packet::open(text) else {
        return;
    };
    // What is signed is what is read back.
    let signed = packet::sign(&body, &secret).expect("a packet that reads signs");
    assert_eq!(packet::verify(&signed, &public).as_ref(), Ok(&body));
    scratch::with_partner(&public, |store, partner, service_uid| {
        body.sender.organisation_id = partner.to_string();
        if body.recipient.service_id.is_empty() {
            body.recipient.service_id = service_uid.to_string();
        }
        let signed = packet::sign(&body, &secret).expect("a packet that reads signs");
        let Ok(dir) = tempfile::tempdir() else {
            return;
        };
        let file = dir.path().join("packet.json");
        std::fs::write(&file, signed).expect("a scratch file");
        let me = scratch::administrator();
        if let Err(error) = crate::cli::packets::import(store, &me, &file) {
            for lang in [crate::i18n::Lang::El, crate::i18n::Lang::En] {
                assert_printable("a refused packet", &error.render(lang));
            }
        }
        assert!(
            store.health().is_ok_and(|h| h.is_ok()),
            "the database after a packet"
        );
    });
}

/// Replays every file of `fuzz/corpus/TARGET/` through its target (what `cargo test`
/// runs); the number of inputs replayed.
pub fn replay(corpus: &std::path::Path) -> HashMap<&'static str, usize> {
    let mut replayed = HashMap::new();
    for (name, target) in TARGETS {
        let Ok(entries) = std::fs::read_dir(corpus.join(name)) else {
            continue;
        };
        let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort();
        for file in files {
            let bytes = std::fs::read(&file).expect("a corpus file");
            let outcome = std::panic::catch_unwind(|| target(&bytes));
            assert!(outcome.is_ok(), "{name}: {} fails", file.display());
            *replayed.entry(*name).or_default() += 1;
        }
    }
    replayed
}
