//! Namesakes told apart: by the date of birth or the father, among more namesakes than
//! the candidates, the exact father first, every word after the pair narrowing, and a
//! surname equal to the given name.

use super::*;

#[test]
fn namesakes_are_told_apart_by_the_date_of_birth_or_the_father() {
    use kentro::search::namesakes::{self, Case};
    let (_dir, store) = store_with_distractors(20_000);
    let sample: Vec<i64> = (0..400).map(|i| 1 + (i * 47) % 20_000).collect();
    let queries = namesakes::build(&store, &sample, 2, today()).unwrap();
    let ranks = namesakes::evaluate(&store, &queries, 5, today()).unwrap();
    for case in Case::ALL {
        let (n, first, top5) = namesakes::shares(&queries, &ranks, case, false);
        let (nd, dfirst, dtop5) = namesakes::shares(&queries, &ranks, case, true);
        println!(
            "{}: {n} queries, first {:.1}%, top 5 {:.1}%; decidable {nd}: first {:.1}%, top 5 {:.1}%",
            case.name(),
            first * 100.0,
            top5 * 100.0,
            dfirst * 100.0,
            dtop5 * 100.0
        );
    }
    for (q, r) in queries.iter().zip(&ranks) {
        if q.decidable && *r != Some(1) && q.case != Case::NameOnly {
            println!("  not first: {:?} {:?}: {r:?}", q.case, q.query);
        }
    }
    for case in [Case::Year, Case::Date, Case::DateWithError, Case::Father] {
        let (n, first, top5) = namesakes::shares(&queries, &ranks, case, true);
        assert!(n >= 50, "{}: only {n} decidable queries", case.name());
        assert!(first >= 0.95, "{}: first {first}", case.name());
        assert!(top5 >= 0.99, "{}: top five {top5}", case.name());
    }
}

#[test]
fn the_fathers_name_finds_one_among_more_namesakes_than_the_candidates() {
    // The least recent of 301 namesakes: the pair of surname and given name alone
    // hands over the 200 most recent, without him.
    found_first(
        named("Παπαδόπουλος", "Γεώργιος", "Ευάγγελος"),
        &[named("Παπαδόπουλος", "Γεώργιος", "Νικόλαος")],
        &[
            "Παπαδόπουλος Γεώργιος Ευάγγελος",
            "papadopoulos georgios evaggelos",
            "Γεώργιος Παπαδόπουλος Ευάγγ",
        ],
    );
}

/// Namesakes whose fathers differ only a little from the one typed, or who hold the
/// typed words in other fields: the person whose surname, given name and father are
/// exactly the words typed comes first, though the others were registered before.
#[test]
fn the_exact_father_comes_before_near_fathers_and_swapped_names() {
    let (_dir, mut store, stamp) = empty_store();
    // (query, the person wanted, the others: surname, given name, father).
    type Name<'a> = (&'a str, &'a str, &'a str);
    let cases: [(&str, Name, &[Name]); 8] = [
        // Only the start of a surname ("abdul" of "Abdullah") does not make the
        // rest a father typed: the whole name spelled a little otherwise wins.
        (
            "husein abdul rahman",
            ("Abdul Rahman", "Hussein", ""),
            &[("Abdullah", "Husein", "Abdul Rahman")],
        ),
        (
            "Alhassan Asmaa Bilal",
            ("Alhassan", "Asmaa", "Bilal"),
            &[("Al-Hassan", "Asmaa", "Bilal")],
        ),
        (
            "Yildiz Ahmet Kawa",
            ("Yildiz", "Ahmet", "Kawa"),
            &[
                ("Yildiz", "Ahmet", "Karwan"),
                ("Yildiz", "Ahmet", ""),
                ("Yildiz", "Ahmet", "Mehmet"),
            ],
        ),
        (
            "Abdullah Rami Ali",
            ("Abdullah", "Rami", "Ali"),
            &[("Al-Ali", "Abdul Rahman", ""), ("Abdullah", "Rami", "")],
        ),
        (
            "Rezayi Zabiullah Ahmad",
            ("Rezayi", "Zabiullah", "Ahmad"),
            &[("Rezayi", "Zabiullah", "Ahmad Shah")],
        ),
        (
            "Al-Tamimi Maryam Mohamed",
            ("Al-Tamimi", "Maryam", "Mohamed"),
            &[
                ("Al-Tamimi", "Maryam", "Mohammed"),
                ("Al-Tamimi", "Maryam", "Muhammad"),
            ],
        ),
        (
            "Hama Amin Aram Azad",
            ("Hama Amin", "Aram", "Azad"),
            &[("Hama Amin", "Azad", "Aram")],
        ),
        (
            "Al-Ali Maryam Ahmed",
            ("Al-Ali", "Maryam", "Ahmed"),
            &[
                ("Al-Ali", "Mariam", "Ahmed"),
                ("Al-Ali", "Maryam", "Mahmoud"),
            ],
        ),
    ];
    for (query, (s, g, f), others) in cases {
        // The others registered first: a tie would go to them (lower ids).
        for (s, g, f) in others {
            store.insert_person(&named(s, g, f), &stamp).unwrap();
        }
        let wanted = store.insert_person(&named(s, g, f), &stamp).unwrap();
        let hits = search::search_on(&store, query, 5, today()).unwrap();
        let found: Vec<String> = hits
            .iter()
            .map(|h| {
                format!(
                    "{} {} / {}",
                    h.person.surname, h.person.given_name, h.person.father_name
                )
            })
            .collect();
        assert_eq!(
            hits.first().map(|h| h.person.id),
            Some(wanted),
            "{query}: {found:?}"
        );
    }
}

/// A surname of two words and a father: four words typed. The pair of the first two
/// holds hundreds, the third word hundreds still; the fourth narrows to the one.
#[test]
fn every_word_after_the_pair_narrows_a_surname_of_two_words() {
    // The least recent of 301 namesakes.
    found_first(
        named("Hama Amin", "Aram", "Azad"),
        &[named("Hama Amin", "Aram", "Karwan")],
        &[
            "Hama Amin Aram Azad",
            "hama amin aram aza",
            "Χάμα Αμίν Αράμ Αζάντ",
        ],
    );
}

/// A surname equal to the given name ("Ιμπραήμ Ιμπραήμ", common among people whose
/// papers repeat the father's name): the pair of the two words is one key twice, and
/// the person must be found through it among hundreds who hold the name only once.
#[test]
fn a_surname_equal_to_the_given_name_is_found_among_namesakes() {
    // The least recent of all, among 300 of each name held once.
    found_first(
        named("Ιμπραήμ", "Ιμπραήμ", "Αχμέτ"),
        &[
            named("Ιμπραήμ", "Μεχμέτ", ""),
            named("Χασάν", "Ιμπραήμ", ""),
        ],
        &[
            "Ιμπραήμ Ιμπραήμ",
            "ibrahim ibrahim",
            "Ιμπραήμ Ιμπραήμ Αχμέτ",
        ],
    );
}
