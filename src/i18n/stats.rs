//! Words of the statistics screen.

catalogue! {
    /// The statistics screen's pages, headings and column names.
    StMsg {
    PageToday { el: "Σήμερα", en: "Today" }
    PageTickets { el: "Εισιτήρια", en: "Tickets" }
    PageReferrals { el: "Παραπομπές", en: "Referrals" }
    PageVisits { el: "Επισκέψεις", en: "Visits" }
    SpanToday { el: "σήμερα, {}", en: "today, {}" }
    SpanWeek { el: "αυτή την εβδομάδα, {} – {}", en: "this week, {} – {}" }
    SpanMonth { el: "αυτόν τον μήνα, {} – {}", en: "this month, {} – {}" }
    Period { el: "Περίοδος", en: "Period" }
    ArrivalsByHour { el: "Αφίξεις σήμερα ανά ώρα: {}", en: "Arrivals today by hour: {}" }
    Busiest { el: "Περισσότερες: {}:00–{}:00 ({})", en: "Busiest: {}:00–{}:00 ({})" }
    NoArrivals { el: "Καμία άφιξη σήμερα ακόμη.", en: "No arrivals today yet." }
    Waits { el: "Αναμονή έως την κλήση (λεπτά)", en: "Wait until called (minutes)" }
    Line { el: "Γραμμή", en: "Line" }
    Called { el: "κλήθ.", en: "called" }
    Median { el: "διάμ.", en: "median" }
    P90 { el: "90%", en: "90%" }
    WaitLegend { el: "█ διάμεσος ░ έως το 90%", en: "█ median ░ up to 90%" }
    NoWaits { el: "Κανείς δεν κλήθηκε σε αυτή την περίοδο.", en: "Nobody was called in this period." }
    TicketsByService { el: "Εισιτήρια ανά υπηρεσία και έκβαση: {}", en: "Tickets by service and outcome: {}" }
    Total { el: "σύνολο", en: "total" }
    Done { el: "ολοκλ.", en: "done" }
    Referred { el: "παραπ.", en: "referred" }
    NotSeen { el: "δεν εξ.", en: "unseen" }
    Cancelled { el: "ακυρ.", en: "cancel." }
    StillOpen { el: "ανοιχτά", en: "open" }
    NoTickets { el: "Κανένα εισιτήριο σε αυτή την περίοδο.", en: "No tickets in this period." }
    ReferralsOpen { el: "Ανοιχτές παραπομπές: {} · εκπρόθεσμη παρακολούθηση: {}", en: "Open referrals: {} · follow-up overdue: {}" }
    OpenNow { el: "ανοιχτές", en: "open" }
    Overdue { el: "εκπρόθεσμες", en: "overdue" }
    ReferralsByDestination { el: "Παραπομπές ανά φορέα και έκβαση: {}", en: "Referrals by destination and outcome: {}" }
    Sent { el: "στάλθ.", en: "sent" }
    Accepted { el: "δεκτές", en: "accept." }
    Completed { el: "ολοκλ.", en: "done" }
    Declined { el: "απορρ.", en: "declined" }
    NoShow { el: "απουσία", en: "no-show" }
    NoReferrals { el: "Καμία παραπομπή σε αυτή την περίοδο.", en: "No referrals in this period." }
    VisitsPerDay { el: "Επισκέψεις ανά ημέρα, τελευταίες 30 ημέρες", en: "Visits per day, last 30 days" }
    VisitsTotal { el: "Σύνολο: {}", en: "Total: {}" }
    VisitsMean { el: "Μ.ό.: {}/ημέρα", en: "Mean: {} a day" }
    VisitsMost { el: "Μέγ.: {} ({})", en: "Most: {} ({})" }
    VisitsToday { el: "Σήμερα: {}", en: "Today: {}" }
    NewReturning { el: "Άτομα με επίσκεψη: {}", en: "People with a visit: {}" }
    New { el: "Νέα", en: "New" }
    Returning { el: "Επανερχόμενα", en: "Returning" }
    Failed { el: "Τα στατιστικά δεν διαβάστηκαν: {}", en: "The statistics could not be read: {}" }
    More { el: "… και {} ακόμη", en: "… and {} more" }
    }
}
