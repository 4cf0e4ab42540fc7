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
