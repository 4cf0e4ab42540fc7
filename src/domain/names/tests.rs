//! Tables and properties of name folding, transliteration and keys.

use super::*;
use proptest::prelude::*;

#[test]
fn greeklish_h_is_also_tried_as_i() {
    assert_eq!(greeklish_alternatives("hlias"), vec!["ilias"]);
    assert_eq!(greeklish_alternatives("mhtsotakhs"), vec!["mitsotakis"]);
    assert_eq!(greeklish_alternatives("eythimios"), vec!["efthimios"]);
    assert_eq!(greeklish_alternatives("paulos"), vec!["pavlos"]);
    // Greeklish eu, au meet the Greek key through the alternative; the key itself
    // reads a Latin eu, au as vowels, as foreign names have them.
    for (typed, greek) in [
        ("euthimios", "Ευθύμιος"),
        ("euaggelos", "Ευάγγελος"),
        ("paulos", "Παύλος"),
    ] {
        assert_eq!(
            skeleton(&greeklish_alternatives(typed)[0]),
            skeleton(greek),
            "{typed}"
        );
        assert_ne!(skeleton(typed), skeleton(greek), "{typed}");
    }
    assert_eq!(skeleton("Tsiklauri"), skeleton("Τσικλαούρι"));
    assert_eq!(greeklish_alternatives("stefanoy"), vec!["stefanou"]);
    // y before a vowel is a consonant: Yannis, Karayannis stay.
    assert!(greeklish_alternatives("karayannis").is_empty());
    // h in a pair stays: χ, θ, φ.
    assert!(greeklish_alternatives("christos").is_empty());
    assert!(greeklish_alternatives("theodorou").is_empty());
    assert!(greeklish_alternatives("papadopoulos").is_empty());
    // The alternative meets the Greek name's key.
    let alt = &greeklish_alternatives("hlias")[0];
    assert_eq!(skeleton(alt), skeleton("Ηλίας"));
    assert_ne!(skeleton("hlias"), skeleton("Ηλίας"));
}

#[test]
fn one_edit_and_deletions_agree() {
    for (a, b, near) in [
        ("papadapalas", "papdapalas", true),
        ("papadapalas", "papadapalas", true),
        ("karimi", "karini", true),
        ("karimi", "kraimi", true),
        ("karimi", "karimia", true),
        ("karimi", "kxrimu", false),
        ("karimi", "kari", false),
        ("abc", "cba", false),
    ] {
        assert_eq!(within_one_edit(a, b), near, "{a} {b}");
        assert_eq!(within_one_edit(b, a), near, "{b} {a}");
        if near && a != b {
            let (da, db) = (deletions(a), deletions(b));
            let meet = da.contains(&b.to_string())
                || db.contains(&a.to_string())
                || da.iter().any(|d| db.contains(d));
            assert!(meet, "{a} {b}");
        }
    }
    assert!(deletions("ali").is_empty());
    assert_eq!(deletions("abba"), vec!["bba", "aba", "abb"]);
}

#[test]
fn prefixes_of_a_name_lead_to_its_keys() {
    for (name, typed) in [
        ("Παπαδόπουλος", "papadop"),
        ("Παπαδόπουλος", "ΠΑΠΑΔ"),
        ("Παπαδόπουλος", "papado"),
        ("Θεοδώρου", "theod"),
        ("Θεοδώρου", "8eo"),
        ("Mohammad", "Μοχάμ"),
        ("Χατζηδάκης", "hatz"),
        ("Ψαρράς", "ps"),
    ] {
        let keys = person_keys(name, "", "");
        let (_, loose) = prefix_keys(typed);
        assert!(
            keys.iter().any(|k| k.starts_with(&loose)),
            "{typed} -> {loose:?} is not a prefix of {keys:?}"
        );
    }
}

#[test]
fn strict_prefixes_tell_close_names_apart() {
    let (strict, _) = prefix_keys("papadop");
    assert!(skeleton("Παπαδόπουλος").starts_with(&strict));
    assert!(!skeleton("Παπαδάκης").starts_with(&strict));
    let (strict, loose) = prefix_keys("karimi");
    assert!(skeleton("Καρίμι").starts_with(&strict));
    assert!(!skeleton("Καρρά").starts_with(&strict));
    assert!(skeleton("Καρρά").starts_with(&loose));
}

#[test]
fn pairs_go_both_ways_and_include_joined_words() {
    let pairs = pair_keys("Al-Hassan", "Mohamed");
    let m = skeleton("Mohamed");
    assert!(
        pairs.contains(&(skeleton("alhassan"), m.clone())),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&(m.clone(), skeleton("hassan"))),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&(skeleton("al"), skeleton("hassan"))),
        "{pairs:?}"
    );
    assert!(pairs.iter().all(|(a, b)| a != b));
    assert!(pair_keys("Καρίμι", "").is_empty());
}

#[test]
fn joined_names_share_a_key() {
    let keys = person_keys("Al-Hassan", "Abdul Rahman", "");
    assert!(keys.contains(&skeleton("Alhassan")), "{keys:?}");
    assert!(keys.contains(&skeleton("Abdulrahman")), "{keys:?}");
}

#[test]
fn fold_drops_marks_and_case() {
    assert_eq!(fold("Παπαδόπουλος"), "παπαδοπουλοσ");
    assert_eq!(fold("ΠΑΠΑΔΟΠΟΥΛΟΣ"), "παπαδοπουλοσ");
    assert_eq!(fold("Ευθαλία Ζωή"), "ευθαλια ζωη");
    assert_eq!(fold("Προϋπολογισμός"), "προυπολογισμοσ");
    assert_eq!(fold("ΐ ΰ Ϊ"), "ι υ ι");
    assert_eq!(fold("José Müller-Ñúñez"), "jose muller nunez");
    assert_eq!(fold("  O'Brien,  Anna\t"), "o brien anna");
    assert_eq!(fold("Al-Hassan"), "al hassan");
    assert_eq!(fold(""), "");
    assert_eq!(fold(" - ' "), "");
}

#[test]
fn fold_repairs_latin_lookalikes_in_greek_words() {
    // Latin A, O, Y typed inside a Greek word: half of the letters.
    assert_eq!(fold("ΠAΠAΔOΠOYΛOΣ"), "παπαδοπουλοσ");
    assert_eq!(fold("ΚΩΣΤAΣ"), "κωστασ");
    assert_eq!(fold("Μαρiα"), "μαρια");
    // A Latin word keeps its letters; a stray Greek capital in it becomes Latin.
    assert_eq!(fold("MOHAMMAD"), "mohammad");
    assert_eq!(fold("ΜOHAMMAD"), "mohammad");
    assert_eq!(fold("ΑHMAD"), "ahmad");
    // Pure Latin look-alike words are Latin.
    assert_eq!(fold("ΤΟΜ TOM"), "τομ tom");
    // Found by proptest: Ⱥ lower-cases out of the Latin blocks; still idempotent.
    let once = fold("Ⱥiὠ🤀");
    assert_eq!(fold(&once), once);
}

#[test]
fn words_split_folded_text() {
    assert_eq!(
        words("Γιώργος  Παπα-δάκης"),
        vec!["γιωργοσ", "παπα", "δακησ"]
    );
    assert!(words(" ,. ").is_empty());
}

#[test]
fn joined_variants_add_adjacent_pairs() {
    assert_eq!(
        joined_variants(&["al", "hassan"]),
        vec!["al", "hassan", "alhassan"]
    );
    assert_eq!(
        joined_variants(&["a", "b", "c"]),
        vec!["a", "b", "c", "ab", "bc"]
    );
    assert_eq!(joined_variants(&["x", "x"]), vec!["x", "xx"]);
    assert!(joined_variants::<&str>(&[]).is_empty());
    for typed in ["Al-Hassan", "al hassan", "Αλ-Χασάν", "AL HASAN"] {
        let keys: Vec<String> = joined_variants(&words(typed))
            .iter()
            .map(|w| skeleton(w))
            .collect();
        assert!(keys.contains(&skeleton("Alhassan")), "{typed}");
    }
}

#[test]
fn elot743_passport_forms() {
    for (greek, latin) in [
        ("Παπαδόπουλος", "papadopoulos"),
        ("ΧΑΤΖΗΔΑΚΗΣ", "chatzidakis"),
        ("Θεοδώρου", "theodorou"),
        ("Ψαρράς", "psarras"),
        ("Ξανθή", "xanthi"),
        ("Ευάγγελος", "evangelos"),
        ("Ευθύμιος", "efthymios"),
        ("Αυγερινός", "avgerinos"),
        ("Παύλος", "pavlos"),
        ("Ευγενία", "evgenia"),
        ("Αύρα", "avra"),
        ("Μαυροειδής", "mavroeidis"),
        ("Γκίκας", "gikas"),
        ("Αγκαθάκης", "angathakis"),
        ("Μπακάλης", "bakalis"),
        ("Λάμπρος", "lambros"),
        ("Ντόκος", "dokos"),
        ("Αντώνης", "antonis"),
        ("Σφίγξ", "sfinx"),
        ("Άγχος", "anchos"),
        ("Ταΰγετος", "taygetos"),
        ("Προϋπολογισμός", "proypologismos"),
        ("άυλος", "aylos"),
        ("Αϊβαλιώτης", "aivaliotis"),
        ("Ηύα", "iva"),
        ("Ευ", "ef"),
        ("ΓΙΩΡΓΟΣ ΚΑΡΑΓΙΑΝΝΗΣ", "giorgos karagiannis"),
        ("Ωραιόπουλος-Ψυχογιός", "oraiopoulos-psychogios"),
        ("Jane Doe", "jane doe"),
        ("Ζωή 2", "zoi 2"),
    ] {
        assert_eq!(elot743(greek), latin, "{greek}");
    }
}

/// Spellings that must share a skeleton (each group: every member against the first).
const SAME: &[&[&str]] = &[
    &[
        "Παπαδόπουλος",
        "papadopoulos",
        "papadopoylos",
        "PAPADOPOULOS",
        "papadopulos",
    ],
    &[
        "Χατζηδάκης",
        "chatzidakis",
        "hatzidakis",
        "xatzidakis",
        "ΧΑΤΖΗΔΑΚΗΣ",
    ],
    &["Θεοδώρου", "theodorou", "8eodorou", "teodoru"],
    &["Ψαρράς", "psarras", "psaras"],
    &["Ξανθή", "xanthi", "ksanthi", "Ξανθη"],
    &["Μπακάλης", "bakalis", "mpakalis"],
    &["Ντόκος", "dokos", "ntokos"],
    &["Αγγελική", "aggeliki", "angeliki", "ageliki", "agkeliki"],
    &["Ευάγγελος", "evaggelos", "evangelos", "Evangelos"],
    &["Ευθύμιος", "efthymios", "efthimios"],
    &[
        "Mohammad",
        "Mohamed",
        "Muhammad",
        "Mohammed",
        "Μοχάμεντ",
        "Μωχάμαντ",
        "Μοχάμαντ",
    ],
    &["Ahmad", "Ahmed", "Άχμαντ", "Αχμέντ"],
    &["Hussein", "Husein", "Hossein", "Χουσεΐν", "Hussain"],
    &["Youssef", "Yusuf", "Yousef", "Γιουσέφ", "Yousuf"],
    &["Καρίμι", "Karimi", "karimy"],
    &["Rezaei", "Rezai", "Ρεζαΐ", "Rezayi"],
    &["Γεώργιος", "Georgios", "georgios"],
    &["Γιώργος", "Giorgos", "Yorgos", "giorgos", "Yiorgos"],
    &["Γιάννης", "Giannis", "Yiannis", "Yannis", "Gianis"],
    &["Παναγιώτης", "Panagiotis", "Panayotis", "Panayiotis"],
    &["Καραγιάννης", "Karagiannis", "Karayannis"],
    &["Ειρήνη", "Eirini", "Irini"],
    &["Ανδρέας", "Andreas", "Αντρέας"],
    &["Χριστίνα", "Christina", "Hristina", "Xristina", "Khristina"],
    &["Mariam", "Maryam", "Μαριάμ"],
    &["Φατιμά", "Fatima", "Fatema"],
    &["Ουαλίντ", "Walid", "Oualid"],
    &["Zeinab", "Zeynab", "Ζεϊνάμπ"],
    &["Αικατερίνη", "Aikaterini", "Ekaterini", "Αικατερινη"],
    &["Αιμιλία", "Aimilia", "Emilia"],
    &["Αλεξάνδρα", "Aleksandra", "Alexandra"],
    &["Σοφία", "Sofia", "Sophia"],
    &["Φίλιππος", "Filippos", "Philippos", "Filipos"],
];

/// Names that must stay apart.
const APART: &[(&str, &str)] = &[
    ("Papadopoulos", "Papadakis"),
    ("Nikolaou", "Nikolaidis"),
    ("Maria", "Marina"),
    ("Maria", "Marios"),
    ("Maria", "Mario"),
    ("Ioannis", "Ioanna"),
    ("Ioanna", "Ioannou"),
    ("Ioannis", "Giannis"),
    ("Georgios", "Gregorios"),
    ("Georgios", "Giorgos"),
    ("Hassan", "Hussein"),
    ("Ahmad", "Mohammad"),
    ("Ahmad", "Hamid"),
    ("Mohammad", "Mahmoud"),
    ("Dimitris", "Dimitra"),
    ("Papadopoulos", "Papadopoulou"),
    ("Lina", "Lena"),
    ("Ali", "Alia"),
    ("Karim", "Karimi"),
    ("Yusuf", "Yunus"),
    ("Omar", "Amir"),
    ("Christos", "Christina"),
    ("Eleni", "Elena"),
    ("Αγγελική", "Άγγελος"),
    ("Νίκος", "Νικόλαος"),
];

/// Spellings of the communities the desks see, and the Greek renderings of their
/// consonants (τζ, γκ, ντ, μπ, τσ, σ, φ), in every direction.
const COMMUNITIES: &[&[&str]] = &[
    &["Dhima", "dima", "Ντίμα"],
    &["Shehu", "sehu", "Σέχου"],
    &["Xhaferi", "djaferi", "jaferi", "dzaferi", "Τζαφέρι"],
    &["Gjoni", "Γκιόνι", "gkioni"],
    &["Hoxha", "hodja", "Χότζα", "hotza"],
    &["Lomidze", "lomidse", "Λομίτζε", "lomitze"],
    &["Tsiklauri", "ciklauri", "Τσικλαούρι"],
    &["Bondarenko", "Bondarenco", "Μποντάρενκο"],
    &["Andrii", "Andriy", "Andrey", "Αντρίι"],
    &["Dmitriy", "Dmitry", "Dmitrii"],
    &["Ivanov", "Ιβανόφ", "ivanof"],
    &["Abdelkader", "Abdulqadir", "Abdulkadir"],
];

#[test]
fn community_spellings_collide() {
    for group in COMMUNITIES {
        let key = skeleton(group[0]);
        for other in &group[1..] {
            assert_eq!(skeleton(other), key, "{} vs {}", group[0], other);
        }
    }
    // ch is τσ in Greek: the query tries both.
    assert_eq!(foreign_alternatives("chaudhry"), vec!["tsaudhry"]);
    assert_eq!(
        skeleton(&foreign_alternatives("chaudhry")[0]),
        skeleton("Τσαουντρί")
    );
    assert_eq!(
        skeleton(&foreign_alternatives("τσαουντρι")[0]),
        skeleton("Chaudhri")
    );
}

#[test]
fn skeleton_collides_spellings_of_one_name() {
    let mut pairs = 0;
    for group in SAME {
        let key = skeleton(group[0]);
        for other in &group[1..] {
            assert_eq!(skeleton(other), key, "{} vs {}", group[0], other);
            pairs += 1;
        }
    }
    assert!(pairs >= 40, "only {pairs} pairs");
}

#[test]
fn skeleton_keeps_different_names_apart() {
    assert!(APART.len() >= 15);
    for (a, b) in APART {
        assert_ne!(skeleton(a), skeleton(b), "{a} vs {b}");
    }
}

#[test]
fn skeleton_examples() {
    assert_eq!(skeleton("Mohammad"), "muxamad");
    assert_eq!(skeleton("Hussein"), "xusan");
    assert_eq!(skeleton("Γιάννης Παπαδόπουλος"), "yanas papadapalas");
    assert_eq!(skeleton("1985"), "1985");
    assert_eq!(skeleton(""), "");
}

fn greek_or_ascii() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            proptest::char::range('\u{0}', '\u{7f}'),
            proptest::char::range('\u{370}', '\u{3ff}'),
            proptest::char::range('\u{1f00}', '\u{1fff}'),
        ],
        0..24,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn namey() -> impl Strategy<Value = String> {
    "[A-Za-zΑ-Ωα-ωάέήίόύώϊϋΐΰς '\\-]{0,20}"
}

proptest! {
    #[test]
    fn fold_is_idempotent(text in any::<String>()) {
        let once = fold(&text);
        prop_assert_eq!(fold(&once), once.clone());
    }

    #[test]
    fn fold_is_idempotent_on_names(text in namey()) {
        let once = fold(&text);
        prop_assert_eq!(fold(&once), once.clone());
    }

    #[test]
    fn nothing_panics(text in any::<String>(), printable in "\\PC*") {
        for t in [&text, &printable] {
            let _ = fold(t);
            let _ = words(t);
            let _ = elot743(t);
            let _ = skeleton(t);
            let _ = joined_variants(&words(t));
        }
    }

    #[test]
    fn skeleton_sees_only_the_folded_form(text in any::<String>(), name in namey()) {
        prop_assert_eq!(skeleton(&fold(&text)), skeleton(&text));
        prop_assert_eq!(skeleton(&fold(&name)), skeleton(&name));
    }

    #[test]
    fn elot743_of_greek_and_ascii_is_ascii(text in greek_or_ascii()) {
        let latin = elot743(&text);
        prop_assert!(latin.is_ascii(), "{:?} -> {:?}", text, latin);
    }

    #[test]
    fn elot743_of_names_is_ascii(text in namey()) {
        prop_assert!(elot743(&text).is_ascii());
    }
}

#[test]
fn word_ranges_find_the_words_as_written() {
    let text = "Αλ-Χασάν  O'Brien Ελε\u{301}νη";
    let found: Vec<&str> = word_ranges(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(found, ["Αλ", "Χασάν", "O", "Brien", "Ελε\u{301}νη"]);
    assert!(word_ranges(" - ").is_empty());
}

proptest! {
    /// The ranges are exactly the words `words` folds, so a mark drawn over a range
    /// lands on the word the engine compared.
    #[test]
    fn word_ranges_agree_with_words(text in namey(), mixed in greek_or_ascii()) {
        for t in [&text, &mixed] {
            let ranges = word_ranges(t);
            let folded = words(t);
            prop_assert_eq!(ranges.len(), folded.len(), "{:?}", t);
            for (range, word) in ranges.into_iter().zip(&folded) {
                prop_assert_eq!(&fold(&t[range]), word);
            }
        }
    }
}
