//! The fuzz targets' corpora (`fuzz/corpus/TARGET/`: the seeds, and every input a
//! fuzzing run found that once failed) replayed through the same functions the
//! targets call (`kentro::fuzzing`), so what was fixed stays fixed without a nightly
//! toolchain. Plus the same functions driven by proptest-generated inputs.

use std::path::Path;

use proptest::prelude::*;

#[test]
fn every_corpus_input_passes_its_target() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let replayed = kentro::fuzzing::replay(&corpus);
    for (name, _) in kentro::fuzzing::TARGETS {
        assert!(
            replayed.get(name).copied().unwrap_or(0) > 0,
            "no corpus for the {name} target"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn validators_hold_for_generated_fields(fields in prop::collection::vec("\\PC{0,24}|[0-9 ./+-]{0,14}", 0..18)) {
        kentro::fuzzing::validators(fields.join("\0").as_bytes());
    }

    #[test]
    fn names_hold_for_generated_names(words in prop::collection::vec("\\PC{0,16}|[\\u{300}-\\u{36f}a-zα-ω' -]{0,16}", 0..4)) {
        kentro::fuzzing::names(words.join("\0").as_bytes());
    }

    #[test]
    fn csv_import_holds_for_generated_rows(rows in prop::collection::vec(prop::collection::vec("[^,\\n\"]{0,12}", 4), 0..6)) {
        let mut file = String::from("surname,given_name,date_of_birth,amka\n");
        for row in rows {
            file.push_str(&row.join(","));
            file.push('\n');
        }
        kentro::fuzzing::csv_import(file.as_bytes());
    }
}
