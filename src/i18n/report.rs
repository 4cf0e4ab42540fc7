//! Words of the reports, the ESF+ indicators and the statistics screen.

catalogue! {
    /// Titles, row and column names of published reports.
    RpMsg {
    Title { el: "Αναφορά περιόδου {} – {}", en: "Period report {} – {}" }
    TitleService { el: "Υπηρεσία: {}", en: "Service: {}" }
    Centres { el: "Κέντρα: {}", en: "Centres: {}" }
    SmallCountsNote { el: "Πλήθη κάτω από 5 εμφανίζονται ως «<5»· με «x» όσα κρύβονται για να μην υπολογίζονται από τα σύνολα.", en: "Counts below 5 are shown as \"<5\"; \"x\" marks figures hidden so that they cannot be worked out from totals." }
    ExactNote { el: "Ακριβή πλήθη: μόνο για εσωτερική χρήση.", en: "Exact counts: for internal use only." }
    Summary { el: "Σύνοψη", en: "Summary" }
    Figure { el: "Μέγεθος", en: "Figure" }
    Value { el: "Τιμή", en: "Value" }
    PeopleServed { el: "Άτομα που εξυπηρετήθηκαν (μοναδικά)", en: "People served (unique)" }
    PeopleNew { el: "Νέα άτομα", en: "New people" }
    PeopleReturning { el: "Άτομα που επανήλθαν", en: "Returning people" }
    Visits { el: "Επισκέψεις", en: "Visits" }
    Tickets { el: "Προσελεύσεις (αριθμοί προτεραιότητας)", en: "Arrivals (queue tickets)" }
    Referrals { el: "Παραπομπές", en: "Referrals" }
    FollowUpsOverdue { el: "Εκπρόθεσμες παρακολουθήσεις παραπομπών (στις {})", en: "Referral follow-ups overdue (on {})" }
    People { el: "Άτομα", en: "People" }
    Total { el: "Σύνολο", en: "Total" }
    Unknown { el: "δεν καταγράφηκε", en: "not recorded" }
    NoGroup { el: "καμία ευάλωτη ομάδα", en: "no vulnerable group" }
    ByGender { el: "Ανά φύλο", en: "By gender" }
    ByAgeBand { el: "Ανά ηλικιακή ομάδα", en: "By age band" }
    ByNationality { el: "Ανά υπηκοότητα", en: "By nationality" }
    ByMunicipality { el: "Ανά δήμο κατοικίας", en: "By municipality" }
    ByLanguage { el: "Ανά γλώσσα", en: "By language" }
    ByVulnerability { el: "Ανά ευάλωτη ομάδα (ένα άτομο μπορεί να ανήκει σε πολλές)", en: "By vulnerable group (one person may be in several)" }
    ByHouseholdSize { el: "Ανά μέγεθος νοικοκυριού", en: "By household size" }
    TicketsByService { el: "Προσελεύσεις ανά υπηρεσία και έκβαση", en: "Arrivals by service and outcome" }
    Service { el: "Υπηρεσία", en: "Service" }
    WaitsByService { el: "Αναμονή ανά υπηρεσία (λεπτά)", en: "Waiting time by service (minutes)" }
    Called { el: "Κλήθηκαν", en: "Called" }
    Median { el: "Διάμεσος", en: "Median" }
    P90 { el: "90ό εκατοστημόριο", en: "90th percentile" }
    ReferralsByDestination { el: "Παραπομπές ανά φορέα και έκβαση", en: "Referrals by destination and outcome" }
    Destination { el: "Φορέας", en: "Destination" }
    Years { el: "ετών", en: "years" }
    Band65 { el: "65 και άνω", en: "65 and over" }
    Size6 { el: "6 και άνω", en: "6 or more" }
    }
}

catalogue! {
    /// Words of the ESF indicator report.
    EsfMsg {
    Title2021 { el: "Δείκτες εκροών ΕΚΤ+ 2021–2027 για συμμετέχοντες (Καν. (ΕΕ) 2021/1057, Παρ. I), είσοδοι {} – {}", en: "ESF+ 2021–2027 common output indicators on participants (Reg. (EU) 2021/1057, Annex I), entries {} – {}" }
    Title2014 { el: "Κοινοί δείκτες εκροών ΕΚΤ 2014–2020 για συμμετέχοντες (Καν. (ΕΕ) 1304/2013, Παρ. I), είσοδοι {} – {}", en: "ESF 2014–2020 common output indicators on participants (Reg. (EU) No 1304/2013, Annex I), entries {} – {}" }
    Operation { el: "Πράξη: {}", en: "Operation: {}" }
    WholeCentre { el: "Όλο το κέντρο: είσοδος είναι η πρώτη επίσκεψη του ατόμου.", en: "The whole centre: an entry is a person's first visit." }
    Code { el: "Κωδικός", en: "Code" }
    Indicator { el: "Δείκτης", en: "Indicator" }
    Women { el: "Γυναίκες", en: "Women" }
    Men { el: "Άνδρες", en: "Men" }
    NonBinary { el: "Μη δυαδικό φύλο", en: "Non-binary" }
    NotRecorded { el: "Δεν καταγράφηκε", en: "Not recorded" }
    NotDerived { el: "Οι δείκτες CO12–CO14 (άνεργα νοικοκυριά) δεν παράγονται: χρειάζονται την απασχόληση κάθε μέλους του νοικοκυριού.", en: "CO12–CO14 (jobless households) are not derived: they need every household member's employment." }
    }
}

/// The name of an ESF indicator by its code, in `lang`.
pub fn indicator_name(code: &str, lang: super::Lang) -> &'static str {
    let (el, en) = match code {
        "EECO01" | "CO01" => (
            "Άνεργοι, συμπεριλαμβανομένων των μακροχρόνια ανέργων",
            "Unemployed, including long-term unemployed",
        ),
        "EECO02" | "CO02" => ("Μακροχρόνια άνεργοι", "Long-term unemployed"),
        "EECO03" | "CO03" => ("Οικονομικά μη ενεργοί", "Inactive"),
        "CO04" => (
            "Οικονομικά μη ενεργοί που δεν ακολουθούν εκπαίδευση ή κατάρτιση",
            "Inactive, not in education or training",
        ),
        "EECO04" | "CO05" => (
            "Απασχολούμενοι, συμπεριλαμβανομένων των αυτοαπασχολούμενων",
            "Employed, including self-employed",
        ),
        "EECO05" => ("Παιδιά κάτω των 18 ετών", "Children below 18 years of age"),
        "EECO06" => (
            "Νέοι ηλικίας 18 έως 29 ετών",
            "Young people between 18 and 29 years of age",
        ),
        "EECO07" => (
            "Συμμετέχοντες ηλικίας 55 ετών και άνω",
            "Participants 55 years of age and above",
        ),
        "EECO08" => (
            "Συμμετέχοντες με εκπαίδευση ISCED 0 έως 2",
            "Participants with ISCED 0 to 2",
        ),
        "EECO09" => (
            "Συμμετέχοντες με εκπαίδευση ISCED 3 έως 4",
            "Participants with ISCED 3 to 4",
        ),
        "EECO10" => (
            "Συμμετέχοντες με εκπαίδευση ISCED 5 έως 8",
            "Participants with ISCED 5 to 8",
        ),
        "EECO11" | "TOTAL" => (
            "Συνολικός αριθμός συμμετεχόντων",
            "Total number of participants",
        ),
        "EECO12" | "CO16" => (
            "Συμμετέχοντες με αναπηρία",
            "Participants with disabilities",
        ),
        "EECO13" => ("Υπήκοοι τρίτων χωρών", "Third-country nationals"),
        "EECO14" => (
            "Συμμετέχοντες αλλοδαπής καταγωγής",
            "Participants with a foreign background",
        ),
        "EECO15" => (
            "Μειονότητες (συμπεριλαμβανομένων περιθωριοποιημένων κοινοτήτων όπως οι Ρομά)",
            "Minorities (including marginalised communities such as the Roma)",
        ),
        "EECO16" | "CO18" => (
            "Άστεγοι ή άτομα που πλήττονται από αποκλεισμό από τη στέγαση",
            "Homeless or affected by housing exclusion",
        ),
        "EECO17" | "CO19" => (
            "Συμμετέχοντες από αγροτικές περιοχές",
            "Participants from rural areas",
        ),
        "CO06" => ("Κάτω των 25 ετών", "Below 25 years of age"),
        "CO07" => ("Άνω των 54 ετών", "Above 54 years of age"),
        "CO08" => (
            "Άνω των 54 ετών, άνεργοι (και μακροχρόνια) ή μη ενεργοί εκτός εκπαίδευσης ή κατάρτισης",
            "Above 54, unemployed (including long-term) or inactive not in education or training",
        ),
        "CO09" => (
            "Απόφοιτοι πρωτοβάθμιας (ISCED 1) ή κατώτερης δευτεροβάθμιας εκπαίδευσης (ISCED 2)",
            "With primary (ISCED 1) or lower secondary education (ISCED 2)",
        ),
        "CO10" => (
            "Απόφοιτοι ανώτερης δευτεροβάθμιας (ISCED 3) ή μεταδευτεροβάθμιας εκπαίδευσης (ISCED 4)",
            "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)",
        ),
        "CO11" => (
            "Απόφοιτοι τριτοβάθμιας εκπαίδευσης (ISCED 5 έως 8)",
            "With tertiary education (ISCED 5 to 8)",
        ),
        "CO15" => (
            "Μετανάστες, συμμετέχοντες αλλοδαπής καταγωγής, μειονότητες (συμπεριλαμβανομένων των Ρομά)",
            "Migrants, participants with a foreign background, minorities (including the Roma)",
        ),
        "CO17" => ("Άλλα μειονεκτούντα άτομα", "Other disadvantaged people"),
        _ => ("", ""),
    };
    match lang {
        super::Lang::El => el,
        super::Lang::En => en,
    }
}
