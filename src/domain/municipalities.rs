//! Greek municipalities (Δήμοι, Kallikratis 2011 and its 2019 changes) for the intake
//! picker: all of Attica's, and those of the other large cities and regional capitals.
//! Names are the official genitive ("Δήμος Αθηναίων" → "Αθηναίων"); typing works in
//! Greek with or without accents and in Latin letters (ELOT 743).

use std::sync::OnceLock;

use super::names;

/// The municipalities, Attica first (central, north, west, south, Piraeus, east, west
/// Attica, islands), then the rest of the country.
pub const MUNICIPALITIES: &[&str] = &[
    // Attica: central sector
    "Αθηναίων",
    "Βύρωνος",
    "Γαλατσίου",
    "Δάφνης-Υμηττού",
    "Ζωγράφου",
    "Ηλιουπόλεως",
    "Καισαριανής",
    "Νέας Φιλαδέλφειας-Νέας Χαλκηδόνας",
    // northern sector
    "Αγίας Παρασκευής",
    "Αμαρουσίου",
    "Βριλησσίων",
    "Ηρακλείου Αττικής",
    "Κηφισιάς",
    "Λυκόβρυσης-Πεύκης",
    "Μεταμορφώσεως",
    "Νέας Ιωνίας",
    "Παπάγου-Χολαργού",
    "Πεντέλης",
    "Φιλοθέης-Ψυχικού",
    "Χαλανδρίου",
    // western sector
    "Αγίας Βαρβάρας",
    "Αγίων Αναργύρων-Καματερού",
    "Αιγάλεω",
    "Ιλίου",
    "Περιστερίου",
    "Πετρούπολης",
    "Χαϊδαρίου",
    // southern sector
    "Αγίου Δημητρίου",
    "Αλίμου",
    "Γλυφάδας",
    "Ελληνικού-Αργυρούπολης",
    "Καλλιθέας",
    "Μοσχάτου-Ταύρου",
    "Νέας Σμύρνης",
    "Παλαιού Φαλήρου",
    // Piraeus
    "Κερατσινίου-Δραπετσώνας",
    "Κορυδαλλού",
    "Νίκαιας-Αγίου Ιωάννη Ρέντη",
    "Πειραιώς",
    "Περάματος",
    // East Attica
    "Αχαρνών",
    "Βάρης-Βούλας-Βουλιαγμένης",
    "Διονύσου",
    "Κρωπίας",
    "Λαυρεωτικής",
    "Μαραθώνος",
    "Μαρκοπούλου Μεσογαίας",
    "Παιανίας",
    "Παλλήνης",
    "Ραφήνας-Πικερμίου",
    "Σαρωνικού",
    "Σπάτων-Αρτέμιδος",
    "Ωρωπού",
    // West Attica
    "Ασπροπύργου",
    "Ελευσίνας",
    "Μάνδρας-Ειδυλλίας",
    "Μεγαρέων",
    "Φυλής",
    // islands
    "Αγκιστρίου",
    "Αίγινας",
    "Κυθήρων",
    "Πόρου",
    "Σαλαμίνος",
    "Σπετσών",
    "Τροιζηνίας-Μεθάνων",
    "Ύδρας",
    // Thessaloniki
    "Θεσσαλονίκης",
    "Καλαμαριάς",
    "Κορδελιού-Ευόσμου",
    "Παύλου Μελά",
    "Νεάπολης-Συκεών",
    "Αμπελοκήπων-Μενεμένης",
    "Δέλτα",
    "Πυλαίας-Χορτιάτη",
    "Θερμαϊκού",
    "Θέρμης",
    "Ωραιοκάστρου",
    "Λαγκαδά",
    "Χαλκηδόνος",
    "Βόλβης",
    // other large cities and regional capitals
    "Πατρέων",
    "Ηρακλείου Κρήτης",
    "Λαρισαίων",
    "Βόλου",
    "Ιωαννιτών",
    "Χανίων",
    "Τρικκαίων",
    "Χαλκιδέων",
    "Σερρών",
    "Καλαμάτας",
    "Αλεξανδρούπολης",
    "Ξάνθης",
    "Κομοτηνής",
    "Καβάλας",
    "Κατερίνης",
    "Ρόδου",
    "Κέρκυρας",
    "Λαμιέων",
    "Αγρινίου",
    "Δράμας",
    "Κοζάνης",
    "Βέροιας",
    "Ρεθύμνης",
    "Μυτιλήνης",
    "Χίου",
    "Ανατολικής Σάμου",
    "Κω",
    "Λέρου",
    "Αλεξάνδρειας",
    "Νάουσας",
    "Γιαννιτσών",
    "Έδεσσας",
    "Κιλκίς",
    "Φλώρινας",
    "Καστοριάς",
    "Γρεβενών",
    "Κορινθίων",
    "Τρίπολης",
    "Σπάρτης",
    "Πύργου",
    "Άρτας",
    "Πρέβεζας",
    "Ηγουμενίτσας",
    "Καρδίτσας",
    "Μεσολογγίου",
    "Ναυπλιέων",
    "Άργους-Μυκηνών",
    "Λιβαδέων",
    "Θηβαίων",
    "Άμφισσας",
    "Καρπενησίου",
    "Λευκάδας",
    "Αργοστολίου",
    "Ζακύνθου",
    "Ερμούπολης",
    "Αγίου Νικολάου",
    "Σητείας",
    "Ιεράπετρας",
    "Ορεστιάδας",
    "Διδυμοτείχου",
    "Πολυγύρου",
    "Νέας Προποντίδας",
];

struct Keys {
    folded: Vec<String>,
    latin: Vec<String>,
}

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| Keys {
        folded: MUNICIPALITIES.iter().map(|m| names::fold(m)).collect(),
        latin: MUNICIPALITIES
            .iter()
            .map(|m| names::fold(&names::elot743(m)))
            .collect(),
    })
}

/// Municipalities matching what was typed: names starting with it first (Greek or
/// Latin letters, any accents), then names with a word starting with it; at most `limit`.
pub fn find_municipalities(query: &str, limit: usize) -> Vec<&'static str> {
    let q = names::fold(query.trim());
    if q.is_empty() {
        return MUNICIPALITIES.iter().take(limit).copied().collect();
    }
    let k = keys();
    let word_start = |name: &str| name.split([' ', '-']).any(|w| w.starts_with(q.as_str()));
    let mut first = Vec::new();
    let mut then = Vec::new();
    for (i, name) in MUNICIPALITIES.iter().enumerate() {
        if k.folded[i].starts_with(&q) || k.latin[i].starts_with(&q) {
            first.push(*name);
        } else if word_start(&k.folded[i]) || word_start(&k.latin[i]) {
            then.push(*name);
        }
    }
    first.extend(then);
    first.truncate(limit);
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn found_in_greek_and_latin_letters() {
        assert_eq!(find_municipalities("αθην", 3), vec!["Αθηναίων"]);
        assert_eq!(find_municipalities("athin", 3), vec!["Αθηναίων"]);
        assert_eq!(find_municipalities("ΠΕΡΙΣΤ", 3), vec!["Περιστερίου"]);
        assert!(find_municipalities("thessal", 5).contains(&"Θεσσαλονίκης"));
        // A word inside a joined name.
        assert!(find_municipalities("vouliagm", 5).contains(&"Βάρης-Βούλας-Βουλιαγμένης"));
        assert!(find_municipalities("zzz", 5).is_empty());
    }

    #[test]
    fn attica_is_complete_and_names_are_unique() {
        let attica_end = MUNICIPALITIES.iter().position(|m| *m == "Ύδρας").unwrap();
        assert_eq!(attica_end + 1, 66);
        let mut sorted = MUNICIPALITIES.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), MUNICIPALITIES.len());
    }
}
