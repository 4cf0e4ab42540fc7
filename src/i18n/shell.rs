//! The shell's catalogue.

catalogue! {
    /// The shell's words: tabs, status line, help, and the generic actions.
    Msg {
    TabQueue { el: "Ουρά", en: "Queue" }
    TabIntake { el: "Καταγραφή", en: "Intake" }
    TabLookup { el: "Αναζήτηση", en: "Lookup" }
    TabReferrals { el: "Παραπομπές", en: "Referrals" }
    TabDirectory { el: "Υπηρεσίες", en: "Directory" }
    TabAppointments { el: "Ραντεβού", en: "Appointments" }
    TabStaff { el: "Προσωπικό", en: "Staff" }
    TabAudit { el: "Ιστορικό", en: "Audit" }
    TabRetention { el: "Διατήρηση", en: "Retention" }
    TabActivities { el: "Ομάδες", en: "Groups" }
    TabDistribution { el: "Διανομή", en: "Distribution" }
    TabStats { el: "Στατιστικά", en: "Statistics" }
    AdminsOnly { el: "Η οθόνη «{}» είναι μόνο για διαχειριστές.", en: "The {} screen is for administrators only." }
    Desk { el: "Γραφείο", en: "Desk" }
    NoDesk { el: "χωρίς γραφείο", en: "no desk" }
    TooSmall {
        el: "Το τερματικό είναι πολύ μικρό: χρειάζεται 80×24, έχει {}×{}.",
        en: "Terminal too small: need 80×24, have {}×{}.",
    }
    TooSmallHint {
        el: "Μεγαλώστε το παράθυρο ή μικρύνετε τη γραμματοσειρά. Ctrl-Q: έξοδος.",
        en: "Enlarge the window or use a smaller font. Ctrl-Q quits.",
    }
    HelpTitle { el: "Βοήθεια: πλήκτρα ({})", en: "Help: keys ({})" }
    HelpEverywhere { el: "Παντού", en: "Everywhere" }
    HelpThisScreen { el: "Σε αυτή την οθόνη", en: "On this screen" }
    HelpClose { el: "Esc: κλείσιμο  ↑↓: κύλιση", en: "Esc: close  ↑↓: scroll" }
    StatusLanguage { el: "Γλώσσα διεπαφής: ελληνικά", en: "Interface language: English" }
    StatusUnbound {
        el: "Το {} δεν κάνει κάτι εδώ. F1: τα πλήκτρα.",
        en: "{} does nothing here. F1 lists the keys.",
    }
    StatusDbError { el: "Σφάλμα βάσης δεδομένων: {}", en: "Database error: {}" }
    QueuePlaceholder {
        el: "Εδώ θα είναι η ουρά της ημέρας: τα εισιτήρια με σειρά και αναμονή, οι προτεραιότητες (!), όσοι περιμένουν πέρα από το όριο και όσοι χρειάζονται διερμηνέα (≋). Με ένα πλήκτρο: κλήση του επόμενου, νέο εισιτήριο, μεταφορά, ολοκλήρωση.",
        en: "This will be today's queue: tickets in order with their waiting time, priorities (!), people waiting past the limit and those who need an interpreter (≋). One key each: call next, new ticket, transfer, done.",
    }
    IntakePlaceholder {
        el: "Εδώ θα γίνεται η καταγραφή νέου ωφελούμενου: στοιχεία ταυτότητας, έγγραφα (ΑΜΚΑ, ΑΦΜ, ΠΑΑΥΠΑ), επικοινωνία, νοικοκυριό, γλώσσα και ανάγκη διερμηνέα, ευαλωτότητα, συναίνεση, με έλεγχο για πιθανές διπλοεγγραφές.",
        en: "This will be where a new person is registered: identity, documents (AMKA, AFM, PAAYPA), contact, household, language and interpreter need, vulnerability, consent, with a check for possible duplicates.",
    }
    LookupPlaceholder {
        el: "Εδώ θα γίνεται η αναζήτηση ατόμου με όνομα, ταυτότητα ή τηλέφωνο, σε ελληνικούς ή λατινικούς χαρακτήρες, και η καρτέλα του: επισκέψεις, παραπομπές, εισιτήρια της ημέρας.",
        en: "This will be where people are found by name, identifier or phone, in Greek or Latin letters, and their card opened: visits, referrals, today's tickets.",
    }
    ReferralsPlaceholder {
        el: "Εδώ θα είναι οι ανοιχτές παραπομπές σε εσωτερικές υπηρεσίες και εξωτερικούς φορείς, με προθεσμίες, καθυστερήσεις και την πορεία τους μέχρι να απαντηθούν.",
        en: "This will be the open referrals to internal services and outside bodies, with their due dates, the overdue ones and their progress until answered.",
    }
    ActQuit { el: "Έξοδος", en: "Quit" }
    ActHelp { el: "Βοήθεια", en: "Help" }
    ActScreenQueue { el: "Ουρά", en: "Queue" }
    ActScreenIntake { el: "Καταγραφή", en: "Intake" }
    ActScreenLookup { el: "Αναζήτηση", en: "Lookup" }
    ActScreenReferrals { el: "Παραπομπές", en: "Referrals" }
    ActToggleLanguage { el: "English", en: "Ελληνικά" }
    ActUp { el: "Πάνω", en: "Up" }
    ActDown { el: "Κάτω", en: "Down" }
    ActPageUp { el: "Σελίδα πάνω", en: "Page up" }
    ActPageDown { el: "Σελίδα κάτω", en: "Page down" }
    ActHome { el: "Αρχή", en: "First" }
    ActEnd { el: "Τέλος", en: "Last" }
    ActConfirm { el: "Άνοιγμα", en: "Open" }
    ActCancel { el: "Πίσω", en: "Back" }
    ActNextField { el: "Επόμ. πεδίο", en: "Next field" }
    ActPrevField { el: "Προηγ. πεδίο", en: "Prev. field" }
    ActNextSection { el: "Επόμ. ενότητα", en: "Next section" }
    ActPrevSection { el: "Προηγ. ενότητα", en: "Prev. section" }
    ActSave { el: "Αποθήκευση", en: "Save" }
    ActFilter { el: "Φίλτρο", en: "Filter" }
    ActRedraw { el: "Επανασχεδίαση", en: "Redraw" }
    ActNewRecord { el: "Νέο", en: "New" }
    ActRecordVisit { el: "Επίσκεψη", en: "Visit" }
    ActEditRecord { el: "Διόρθωση", en: "Edit" }
    ActAddMember { el: "Μέλος νοικοκυριού", en: "Add member" }
    ActDuplicates { el: "Πιθανά διπλά", en: "Duplicates" }
    ActNotSame { el: "Άλλο άτομο", en: "Not the same" }
    ActDiscard { el: "Απόρριψη", en: "Discard" }
    ActChooseMine { el: "Δικό μου", en: "Mine" }
    ActChooseTheirs { el: "Του άλλου", en: "Theirs" }
    ActResumeDraft { el: "Πρόχειρα", en: "Drafts" }
    HelpQuit { el: "Έξοδος από το πρόγραμμα", en: "Leave the program" }
    HelpHelp { el: "Αυτή η βοήθεια", en: "This help" }
    HelpScreenQueue { el: "Οθόνη ουράς", en: "Queue screen" }
    HelpScreenIntake { el: "Οθόνη καταγραφής νέου ατόμου", en: "Intake screen (new person)" }
    HelpScreenLookup { el: "Οθόνη αναζήτησης ατόμου", en: "Lookup screen (find a person)" }
    HelpScreenReferrals { el: "Οθόνη παραπομπών", en: "Referrals screen" }
    HelpToggleLanguage {
        el: "Αλλαγή γλώσσας (ελληνικά / English)",
        en: "Switch language (English / Ελληνικά)",
    }
    HelpUp { el: "Προηγούμενη γραμμή", en: "Previous row" }
    HelpDown { el: "Επόμενη γραμμή", en: "Next row" }
    HelpPageUp { el: "Μία σελίδα πάνω", en: "One page up" }
    HelpPageDown { el: "Μία σελίδα κάτω", en: "One page down" }
    HelpHome { el: "Πρώτη γραμμή", en: "First row" }
    HelpEnd { el: "Τελευταία γραμμή", en: "Last row" }
    HelpConfirm { el: "Άνοιγμα ή επιβεβαίωση", en: "Open or confirm" }
    HelpCancel { el: "Κλείσιμο, επιστροφή", en: "Close, go back" }
    HelpNextField { el: "Επόμενο πεδίο", en: "Next field" }
    HelpPrevField { el: "Προηγούμενο πεδίο", en: "Previous field" }
    HelpNextSection { el: "Επόμενη ενότητα της φόρμας", en: "Next section of the form" }
    HelpPrevSection { el: "Προηγούμενη ενότητα της φόρμας", en: "Previous section of the form" }
    HelpSave { el: "Αποθήκευση", en: "Save" }
    HelpFilter { el: "Φιλτράρισμα της λίστας", en: "Filter the list" }
        NoUtf8Locale {
            el: "Προσοχή: το locale δεν είναι UTF-8 (π.χ. LANG=el_GR.UTF-8)· τα ελληνικά ίσως δεν φαίνονται σωστά.",
            en: "Warning: the locale is not UTF-8 (e.g. LANG=en_GB.UTF-8); Greek may not show correctly.",
        }
    ActScreenDirectory { el: "Υπηρεσίες", en: "Directory" }
    HelpScreenDirectory { el: "Ο κατάλογος υπηρεσιών και φορέων", en: "The directory of services and organisations" }
    ActExportPerson { el: "Εξαγωγή στοιχείων", en: "Export data" }
    HelpExportPerson { el: "Όλα τα στοιχεία του ατόμου σε αρχεία JSON και κειμένου (δικαίωμα πρόσβασης· διαχειριστές)", en: "Everything held about the person as JSON and text files (right of access; administrators)" }
    ActErasePerson { el: "Διαγραφή", en: "Erase" }
    HelpErasePerson { el: "Διαγραφή των προσωπικών δεδομένων του ατόμου, με ερώτηση (διαχειριστές)", en: "Erase the person's personal data, after a question (administrators)" }
    ActCaseNote { el: "Σημείωση", en: "Case note" }
    HelpCaseNote { el: "Νέα σημείωση υπόθεσης για το άτομο (κοινωνικοί λειτουργοί, ψυχολόγοι, διαχειριστές)", en: "Write a case note about the person (social workers, psychologists, administrators)" }
    ActBreakGlass { el: "Άνοιγμα", en: "Open" }
    HelpBreakGlass { el: "Άνοιγμα σημειώσεων και στοιχείων παραπομπών άλλων φορέων, με αιτιολογία που καταγράφεται (διαχειριστές)", en: "Open other organisations' case notes and referral details, giving a reason that is recorded (administrators)" }
    ActScreenStaff { el: "Προσωπικό", en: "Staff" }
    HelpScreenStaff { el: "Οι χρήστες του προγράμματος, οι ρόλοι και οι φορείς τους (διαχειριστές)", en: "The program's operators, their roles and organisations (administrators)" }
    ActScreenAudit { el: "Ιστορικό", en: "Audit" }
    HelpScreenAudit { el: "Ποιος είδε ή άλλαξε τι και πότε (διαχειριστές)", en: "Who looked at or changed what, and when (administrators)" }
    ActScreenRetention { el: "Διατήρηση", en: "Retention" }
    HelpScreenRetention { el: "Επανεξέταση ατόμων χωρίς δραστηριότητα για τα έτη διατήρησης: διατήρηση με αιτιολογία ή διαγραφή (διαχειριστές)", en: "Review the people with no activity for the retention period: keep with a reason, or erase (administrators)" }
    ActKeepOnReview { el: "Διατήρηση", en: "Keep" }
    ActRetentionYears { el: "Έτη", en: "Years" }
    HelpRetentionYears { el: "Αλλαγή των ετών χωρίς δραστηριότητα μετά τα οποία ένα άτομο μπαίνει στην επανεξέταση (ρύθμιση retention.years)", en: "Change the years without activity after which a person comes to the review (setting retention.years)" }
    HelpKeepOnReview { el: "Διατήρηση των δεδομένων του ατόμου, με αιτιολογία που καταγράφεται", en: "Keep the person's data, giving a reason that is recorded" }
    ActScreenStats { el: "Στατιστικά", en: "Statistics" }
    HelpScreenStats { el: "Στατιστικά του κέντρου: αφίξεις, αναμονές, παραπομπές, επισκέψεις (μόνο πλήθη)", en: "The centre's statistics: arrivals, waits, referrals, visits (counts only)" }
    ActNextTab { el: "Επόμ. καρτέλα", en: "Next tab" }
    HelpNextTab { el: "Η επόμενη καρτέλα (και όσες δεν χωρούν στη γραμμή)", en: "The next tab (also those the tab bar has no room for)" }
    ActPrevTab { el: "Προηγ. καρτέλα", en: "Prev. tab" }
    HelpPrevTab { el: "Η προηγούμενη καρτέλα", en: "The previous tab" }
    ActNextSpan { el: "Σήμερα/εβδ./μήνας", en: "Today/week/month" }
    HelpNextSpan { el: "Περίοδος: σήμερα, αυτή η εβδομάδα, αυτός ο μήνας", en: "Period: today, this week, this month" }
    ActToggleActive { el: "Ενεργός/ανενεργός", en: "Disable/enable" }
    HelpToggleActive { el: "Απενεργοποίηση (ή επανενεργοποίηση) του επιλεγμένου χρήστη", en: "Disable (or enable again) the selected operator" }
    ActNewReferral { el: "Νέα παραπομπή", en: "New referral" }
    HelpNewReferral { el: "Νέα παραπομπή ατόμου σε υπηρεσία", en: "Refer a person to a service" }
    ActReferralAccepted { el: "Έγινε δεκτή", en: "Accepted" }
    HelpReferralAccepted { el: "Η υπηρεσία δέχτηκε την παραπομπή", en: "The service accepted the referral" }
    ActReferralCompleted { el: "Ολοκληρώθηκε", en: "Completed" }
    HelpReferralCompleted { el: "Η παραπομπή ολοκληρώθηκε", en: "The referral was completed" }
    ActReferralDeclined { el: "Απορρίφθηκε", en: "Declined" }
    HelpReferralDeclined { el: "Η υπηρεσία απέρριψε την παραπομπή (ζητά λόγο)", en: "The service declined (asks for a reason)" }
    ActReferralNoShow { el: "Δεν προσήλθε", en: "No-show" }
    HelpReferralNoShow { el: "Το άτομο δεν προσήλθε", en: "The person did not come" }
    ActReferralCancelled { el: "Ακύρωση", en: "Cancel" }
    HelpReferralCancelled { el: "Ακύρωση της παραπομπής (ζητά λόγο)", en: "Cancel the referral (asks for a reason)" }
    ActPrintSlip { el: "Παραπεμπτικό", en: "Slip" }
    HelpPrintSlip { el: "Τυπώνει το παραπεμπτικό (χωρίς εκτυπωτή το δείχνει στην οθόνη)", en: "Print the referral slip (shown on screen when no printer is set)" }
    ActFollowUp { el: "Παρακολούθηση", en: "Follow-up" }
    HelpFollowUp { el: "Ημερομηνία παρακολούθησης", en: "Set the follow-up date" }
    ActToggleOpen { el: "Ανοιχτές/όλες", en: "Open/all" }
    HelpToggleOpen { el: "Μόνο ανοιχτές ή όλες οι παραπομπές", en: "Only open referrals, or all" }
    ActNewEntry { el: "Νέα", en: "New" }
    HelpNewEntry { el: "Νέα καταχώριση στον κατάλογο", en: "Add an entry to the directory" }
    ActEdit { el: "Διόρθωση", en: "Edit" }
    HelpEdit { el: "Διόρθωση της επιλεγμένης καταχώρισης", en: "Edit the selected entry" }
    ActSwitchView { el: "Φορείς/υπηρ.", en: "Orgs/services" }
    HelpSwitchView { el: "Κατάλογος ανά φορέα ή ανά υπηρεσία", en: "Browse by organisation or by service" }
    ActCategoryFilter { el: "Κατηγορία", en: "Category" }
    HelpCategoryFilter { el: "Μόνο μία κατηγορία υπηρεσιών (ή όλες)", en: "Only one category of services (or all)" }
    ActToggleIncoming { el: "Εισερχ./εξερχ.", en: "In/out" }
    HelpToggleIncoming { el: "Εισερχόμενες και εξερχόμενες, μόνο εισερχόμενες, μόνο εξερχόμενες", en: "Incoming and outgoing, only incoming, only outgoing" }
    ActWritePacket { el: "Πακέτο", en: "Packet" }
    HelpWritePacket { el: "Αρχείο της παραπομπής ή της απάντησης για τον άλλο φορέα", en: "Write the referral's (or its answer's) file for the other centre" }
    // The queue's actions.
    ActCallNext { el: "Επόμενος", en: "Call next" }
    HelpCallNext { el: "Κλήση του επόμενου στο γραφείο", en: "Call the next ticket to this desk" }
    ActNewTicket { el: "Νέο", en: "New ticket" }
    HelpNewTicket { el: "Νέο εισιτήριο", en: "Issue a new ticket" }
    ActStartService { el: "Έναρξη", en: "Start" }
    HelpStartService { el: "Το άτομο κάθισε στο γραφείο", en: "The person sat down: in service" }
    ActFinish { el: "Τέλος", en: "Done" }
    HelpFinish { el: "Ολοκληρώθηκε η εξυπηρέτηση", en: "Served: done" }
    ActTransfer { el: "Μεταφορά", en: "Transfer" }
    HelpTransfer { el: "Μεταφορά σε άλλη γραμμή (εσωτερική παραπομπή)", en: "Transfer to another service line (internal referral)" }
    ActNotSeen { el: "Δεν ήρθε", en: "Not seen" }
    HelpNotSeen { el: "Έφυγε χωρίς να εξυπηρετηθεί", en: "Left without being seen" }
    ActRecall { el: "Ξανά", en: "Recall" }
    HelpRecall { el: "Νέα κλήση του ίδιου αριθμού", en: "Call the same number again" }
    ActReturnToQueue { el: "Στην ουρά", en: "To queue" }
    HelpReturnToQueue { el: "Επιστροφή στην αναμονή", en: "Back to waiting" }
    ActCancelTicket { el: "Ακύρωση", en: "Cancel" }
    HelpCancelTicket { el: "Ακύρωση εισιτηρίου", en: "Cancel the ticket" }
    ActAppointments { el: "Ραντεβού", en: "Appointments" }
    HelpAppointments { el: "Τα ραντεβού της ημέρας: άφιξη, δεν ήρθε", en: "Today's appointments: check in, no-show" }
    ActEndOfDay { el: "Τέλος ημέρας", en: "End of day" }
    HelpEndOfDay { el: "Κλείσιμο όσων περιμένουν (με επιβεβαίωση)", en: "Close every waiting ticket (asks first)" }
    ActServiceLines { el: "Γραμμές", en: "Lines" }
    HelpServiceLines { el: "Οι γραμμές εξυπηρέτησης: κωδικός, πρόθεμα, όνομα", en: "Service lines: code, prefix, name" }
    ActCheckIn { el: "Άφιξη", en: "Check in" }
    HelpCheckIn { el: "Άφιξη για ραντεβού: εισιτήριο", en: "Check in: a ticket for the appointment" }
    ActNoShow { el: "Δεν ήρθε", en: "No-show" }
    HelpNoShow { el: "Δεν ήρθε στο ραντεβού", en: "Did not come to the appointment" }
    ActAddLine { el: "Νέα γραμμή", en: "Add line" }
    HelpAddLine { el: "Νέα γραμμή εξυπηρέτησης", en: "Add a service line" }
    ActFocusList { el: "Λίστα (q v r e)", en: "List (q v r e)" }
    HelpFocusList {
        el: "Από την αναζήτηση στη λίστα αποτελεσμάτων· εκεί τα q, v, r, e ενεργούν στο επιλεγμένο άτομο",
        en: "From the query into the results; there q, v, r, e act on the selected person",
    }
    ActFocusQuery { el: "Αναζήτηση", en: "Search" }
    HelpFocusQuery { el: "Πίσω στην αναζήτηση (το κείμενο μένει) για να γράψετε κι άλλο", en: "Back to the query (kept) to type more" }
    ActClearQuery { el: "Καθάρισμα", en: "Clear" }
    HelpClearQuery { el: "Σβήσιμο της αναζήτησης", en: "Empty the query" }
    ActAddToQueue { el: "Ουρά", en: "Queue" }
    HelpAddToQueue { el: "Νέο εισιτήριο στη σημερινή ουρά για το άτομο", en: "A ticket in today's queue for this person" }
    ActRefer { el: "Παραπομπή", en: "Refer" }
    HelpRefer {
            el: "Παραπομπή του ατόμου σε υπηρεσία (από εισιτήριο: το εισιτήριο κλείνει ως παραπομπή)",
            en: "Refer this person to a service (from a ticket: the ticket closes as referred)",
        }
    ActRevealIdentifiers { el: "Αριθμοί", en: "Show IDs" }
    HelpRevealIdentifiers {
        el: "Εμφάνιση/απόκρυψη ολόκληρων ΑΜΚΑ, ΑΦΜ, ΠΑΑΥΠΑ (κοινωνικοί λειτουργοί, διαχειριστές· καταγράφεται)",
        en: "Show/hide full AMKA, AFM, PAAYPA (social workers and admins; recorded in the audit log)",
    }
    ActLinkPerson { el: "Σύνδεση", en: "Link" }
    HelpLinkPerson { el: "Σύνδεση του εισιτηρίου με καταγεγραμμένο άτομο", en: "Link the ticket to a registered person" }
    ActScreenActivities { el: "Ομάδες", en: "Groups" }
    HelpScreenActivities { el: "Ομαδικές δραστηριότητες: εγγραφές, αναμονή, παρουσίες", en: "Group activities: enrolment, waiting lists, roll calls" }
    ActScreenDistribution { el: "Διανομή", en: "Distribution" }
    HelpScreenDistribution { el: "Διανομή ειδών: προγράμματα, νοικοκυριά, παραλαβές", en: "Goods distribution: programmes, households, hand-outs" }
    ActEnrol { el: "Εγγραφή", en: "Enrol" }
    HelpEnrol { el: "Εγγραφή ατόμου (πέρα από τις θέσεις: σε αναμονή) ή νοικοκυριού στο πρόγραμμα", en: "Enrol a person (beyond the places: waiting list) or a household in the programme" }
    ActLeaveActivity { el: "Αποχώρηση", en: "Remove" }
    HelpLeaveActivity { el: "Αποχώρηση του επιλεγμένου· ο πρώτος σε αναμονή παίρνει τη θέση", en: "Take the selected person out; the first waiting moves up" }
    ActCapacity { el: "Θέσεις", en: "Places" }
    HelpCapacity { el: "Αλλαγή του αριθμού θέσεων", en: "Change the number of places" }
    ActRollCall { el: "Παρουσίες", en: "Roll call" }
    HelpRollCall { el: "Παρουσιολόγιο της σημερινής συνάντησης (ή της τελευταίας)", en: "Roll call of today's session (or the last one)" }
    ActTogglePresent { el: "Παρών/απών", en: "Present/absent" }
    HelpTogglePresent { el: "Παρών ή απών, και στον επόμενο", en: "Present or absent, then the next person" }
    ActMarkAll { el: "Όλοι", en: "All" }
    HelpMarkAll { el: "Όλοι παρόντες (ξανά: όλοι απόντες)", en: "Everyone present (again: everyone absent)" }
    ActEarlierSession { el: "Προηγ. συνάντηση", en: "Earlier" }
    HelpEarlierSession { el: "Η προηγούμενη συνάντηση", en: "The session before" }
    ActLaterSession { el: "Επόμ. συνάντηση", en: "Later" }
    HelpLaterSession { el: "Η επόμενη συνάντηση", en: "The session after" }
    ActHandOut { el: "Παραλαβή", en: "Hand out" }
    HelpHandOut { el: "Φόρμα παραλαβής ειδών για το νοικοκυριό", en: "The hand-out form for the household" }
    ActRegisterPerson { el: "Καταγραφή", en: "Register" }
    HelpRegisterPerson { el: "Καταγραφή νέου ατόμου· συνδέεται με το εισιτήριο μόλις αποθηκευτεί", en: "Register a new person, linked to the ticket once saved" }
    ActScreenAppointments { el: "Ραντεβού", en: "Appointments" }
    HelpScreenAppointments { el: "Τα ραντεβού ανά γραμμή εξυπηρέτησης: ημέρα, εβδομάδα, κλείσιμο, άφιξη, υπενθυμίσεις", en: "Appointments per service line: day, week, booking, check-in, reminders" }
    ActBookAppointment { el: "Ραντεβού", en: "Book" }
    HelpBookAppointment { el: "Κλείσιμο ραντεβού (οι ελεύθερες ώρες προτείνονται πρώτες)", en: "Book an appointment (the free slots are offered first)" }
    ActPreviousDay { el: "Προηγ. μέρα", en: "Prev day" }
    HelpPreviousDay { el: "Η προηγούμενη ημέρα", en: "The previous day" }
    ActNextDay { el: "Επόμ. μέρα", en: "Next day" }
    HelpNextDay { el: "Η επόμενη ημέρα", en: "The next day" }
    ActPreviousWeek { el: "Προηγ. εβδ.", en: "Prev week" }
    HelpPreviousWeek { el: "Η προηγούμενη εβδομάδα", en: "The previous week" }
    ActNextWeek { el: "Επόμ. εβδ.", en: "Next week" }
    HelpNextWeek { el: "Η επόμενη εβδομάδα", en: "The next week" }
    ActToday { el: "Σήμερα", en: "Today" }
    HelpToday { el: "Επιστροφή στη σημερινή ημέρα", en: "Back to today" }
    ActDayOrWeek { el: "Ημέρα/εβδ.", en: "Day/week" }
    HelpDayOrWeek { el: "Εναλλαγή ανάμεσα σε προβολή ημέρας και εβδομάδας", en: "Switch between the day and the week view" }
    ActNextLine { el: "Γραμμή", en: "Line" }
    HelpNextLine { el: "Η επόμενη γραμμή εξυπηρέτησης", en: "The next service line" }
    ActPreviousLine { el: "Προηγ. γραμμή", en: "Prev line" }
    HelpPreviousLine { el: "Η προηγούμενη γραμμή εξυπηρέτησης", en: "The previous service line" }
    ActMoveAppointment { el: "Μετάθεση", en: "Move" }
    HelpMoveAppointment { el: "Μετάθεση του ραντεβού σε άλλη ώρα", en: "Move the appointment to another time" }
    ActCancelAppointment { el: "Ακύρωση", en: "Cancel" }
    HelpCancelAppointment { el: "Ακύρωση του ραντεβού (ζητείται αιτιολογία)", en: "Cancel the appointment (a reason is asked)" }
    ActReminders { el: "Υπενθυμ.", en: "Reminders" }
    HelpReminders { el: "Τα ραντεβού της επόμενης εργάσιμης με τηλέφωνα, για υπενθύμιση", en: "The next working day's appointments with phone numbers, for reminder calls" }
    ActMarkReminded { el: "Έγινε κλήση", en: "Reminded" }
    HelpMarkReminded { el: "Σημείωση ότι έγινε η κλήση υπενθύμισης", en: "Mark that the reminder call was made" }
        HelpRedraw { el: "Σχεδίαση της οθόνης από την αρχή", en: "Draw the whole screen again" }
        HelpNewRecord { el: "Νέα εγγραφή (νέο άτομο)", en: "Start a new record (a new person)" }
        HelpRecordVisit { el: "Καταγραφή επίσκεψης του ατόμου", en: "Record a visit of this person" }
        HelpEditRecord { el: "Διόρθωση των στοιχείων του ατόμου", en: "Edit this person's record" }
        HelpAddMember { el: "Καταγραφή άλλου μέλους του ίδιου νοικοκυριού", en: "Register another member of the same household" }
        HelpDuplicates { el: "Μετάβαση στη λίστα πιθανών ήδη καταγεγραμμένων", en: "Go to the list of people possibly already registered" }
        HelpNotSame { el: "Δεν είναι το ίδιο άτομο: να μην ξαναπροταθεί", en: "Not the same person: stop suggesting this one" }
        HelpDiscard { el: "Απόρριψη όσων πληκτρολογήθηκαν", en: "Throw away what was typed" }
        HelpChooseMine { el: "Κράτηση της δικής μου τιμής", en: "Keep the value typed at this desk" }
        HelpChooseTheirs { el: "Κράτηση της τιμής του άλλου γραφείου", en: "Take the value saved by the other desk" }
        HelpResumeDraft { el: "Η φόρμα μένει ως πρόχειρο και συνεχίζετε το τελευταίο σας πρόχειρο", en: "Keep this form as a draft and take up your last unfinished form" }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, t, tf};

    #[test]
    fn every_message_has_text_in_both_languages() {
        for &msg in Msg::ALL {
            assert!(!t(Lang::El, msg).is_empty(), "{msg:?}");
            assert!(!t(Lang::En, msg).is_empty(), "{msg:?}");
        }
    }

    #[test]
    fn placeholders_are_filled_in_order() {
        assert_eq!(
            tf(Lang::En, Msg::TooSmall, &["60", "20"]),
            "Terminal too small: need 80×24, have 60×20."
        );
    }
}
