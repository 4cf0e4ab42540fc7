//! The Greek of every other command and option (see the parent module).

/// (English as in the doc comment, Greek).
pub(super) const OTHERS: &[(&str, &str)] = &[
    // Every other command and option.
    ("How many people to add", "Πόσα άτομα να προστεθούν"),
    (
        "Seed for the generator: the same seed gives the same people",
        "Σπόρος της γεννήτριας: ο ίδιος σπόρος δίνει τα ίδια άτομα",
    ),
    (
        "Only people: no tickets, visits, referrals or appointments",
        "Μόνο άτομα: χωρίς εισιτήρια, επισκέψεις, παραπομπές ή ραντεβού",
    ),
    (
        "CSV file in UTF-8, with a header row",
        "Αρχείο CSV σε UTF-8, με γραμμή επικεφαλίδων",
    ),
    (
        "Import the good rows and report the bad ones (default: import nothing if any row is bad)",
        "Καταχώριση των σωστών γραμμών και αναφορά των λανθασμένων (προεπιλογή: καμία καταχώριση αν μία γραμμή είναι λάθος)",
    ),
    (
        "Every person, in the columns `kentro import` reads (plus `id` first), so the file imports back (administrators)",
        "Όλα τα άτομα, στις στήλες που διαβάζει το `kentro import` (και πρώτο το `id`), ώστε το αρχείο να ξανακαταχωρίζεται (διαχειριστές)",
    ),
    (
        "Output file (default: standard output; an xlsx workbook needs one)",
        "Αρχείο εξόδου (προεπιλογή: η τυπική έξοδος· ένα βιβλίο xlsx χρειάζεται αρχείο)",
    ),
    (
        "What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (=\"...\")",
        "Ό,τι ανοίγει το ελληνικό Excel με διπλό κλικ: UTF-8 με σήμανση BOM, `;` ανάμεσα στα πεδία, τέλη γραμμής CRLF, αναγνωριστικά και τηλέφωνα ως κείμενο (=\"...\")",
    ),
    (
        "csv (default) or xlsx: a workbook, identifiers as text cells",
        "csv (προεπιλογή) ή xlsx: βιβλίο εργασίας, τα αναγνωριστικά ως κελιά κειμένου",
    ),
    (
        "Households: label, address, members, notes (administrators)",
        "Νοικοκυριά: ονομασία, διεύθυνση, μέλη, σημειώσεις (διαχειριστές)",
    ),
    (
        "Visits: person, day, service line, reason and note (administrators)",
        "Επισκέψεις: άτομο, ημέρα, γραμμή εξυπηρέτησης, αιτία και σημείωση (διαχειριστές)",
    ),
    (
        "Queue tickets: day, number, line, person, state, times, wait (administrators)",
        "Εισιτήρια ουράς: ημέρα, αριθμός, γραμμή, άτομο, κατάσταση, ώρες, αναμονή (διαχειριστές)",
    ),
    (
        "Referrals: person, destination, state, follow-up; another organisation's reason and notes only with the person's consent to share (administrators)",
        "Παραπομπές: άτομο, προορισμός, κατάσταση, παρακολούθηση· η αιτία και οι σημειώσεις άλλου φορέα μόνο με τη συναίνεση του ατόμου για κοινοποίηση (διαχειριστές)",
    ),
    (
        "The centre's service lines (anyone: no personal data)",
        "Οι γραμμές εξυπηρέτησης του κέντρου (όλοι: χωρίς προσωπικά δεδομένα)",
    ),
    (
        "Appointments: line, person or name, time, staff, room, state (administrators)",
        "Ραντεβού: γραμμή, άτομο ή όνομα, ώρα, υπάλληλος, αίθουσα, κατάσταση (διαχειριστές)",
    ),
    (
        "Group activities: line, name, places, term, schedule (anyone: no personal data)",
        "Ομαδικές δραστηριότητες: γραμμή, όνομα, θέσεις, περίοδος, πρόγραμμα (όλοι: χωρίς προσωπικά δεδομένα)",
    ),
    (
        "Enrolment in activities and their waiting lists (administrators)",
        "Εγγραφές σε δραστηριότητες και οι λίστες αναμονής τους (διαχειριστές)",
    ),
    (
        "Attendance at each session of an activity (administrators)",
        "Παρουσίες σε κάθε συνάντηση μιας δραστηριότητας (διαχειριστές)",
    ),
    (
        "Goods handed out, one row per category of a hand-out (administrators)",
        "Είδη που διανεμήθηκαν, μία γραμμή ανά κατηγορία κάθε παραλαβής (διαχειριστές)",
    ),
    (
        "Everything held about one person (the right of access), as JSON and as text, into DIR/person-ID.json and DIR/person-ID.txt (administrators)",
        "Όσα τηρούνται για ένα άτομο (δικαίωμα πρόσβασης), σε JSON και σε κείμενο, στα DIR/person-ID.json και DIR/person-ID.txt (διαχειριστές)",
    ),
    (
        "Directory to write into (default: the current one)",
        "Φάκελος όπου γράφονται (προεπιλογή: ο τρέχων)",
    ),
    (
        "Include other organisations' case notes shared without consent, for this reason (recorded)",
        "Να περιληφθούν σημειώσεις άλλων φορέων που κοινοποιήθηκαν χωρίς συναίνεση, για αυτή την αιτία (καταγράφεται)",
    ),
    (
        "Name, identifier or phone, in any script",
        "Όνομα, αναγνωριστικό ή τηλέφωνο, σε οποιαδήποτε γραφή",
    ),
    ("At most this many results", "Το πολύ τόσα αποτελέσματα"),
    (
        "Print a JSON array, best match first",
        "Εμφάνιση πίνακα JSON, πρώτα η καλύτερη αντιστοιχία",
    ),
    (
        "Print whole identifiers in the JSON (roles that may; recorded in the audit log)",
        "Πλήρη αναγνωριστικά στο JSON (για τους ρόλους που επιτρέπεται· καταγράφεται στο αρχείο ελέγχου)",
    ),
    (
        "Read an Open Referral HSDS 3.0 directory: a folder of CSV tables (services.csv, organizations.csv, ...), a folder with services.json / organizations.json, or one JSON file. Every row is checked first; nothing is imported if one is bad",
        "Ανάγνωση καταλόγου Open Referral HSDS 3.0: φάκελος με πίνακες CSV (services.csv, organizations.csv, ...), φάκελος με services.json / organizations.json, ή ένα αρχείο JSON. Κάθε γραμμή ελέγχεται πρώτα· αν μία είναι λάθος, δεν καταχωρίζεται τίποτα",
    ),
    (
        "Write the directory into DIR as HSDS 3.0: CSV tables and datapackage.json, or with --format json the service and organisation packages",
        "Εγγραφή του καταλόγου στον φάκελο DIR ως HSDS 3.0: πίνακες CSV και datapackage.json, ή με --format json τα πακέτα υπηρεσιών και φορέων",
    ),
    (
        "Show this centre's own details (what its referral slips and packets say it is), or set those given: name, address, phone, e-mail, opening hours, website",
        "Εμφάνιση των στοιχείων αυτού του κέντρου (όσα γράφουν τα παραπεμπτικά και τα πακέτα του), ή ορισμός όσων δίνονται: όνομα, διεύθυνση, τηλέφωνο, email, ωράριο, ιστότοπος",
    ),
    (
        "Street and number (\"Αχαρνών 100\")",
        "Οδός και αριθμός («Αχαρνών 100»)",
    ),
    (
        "Opening hours as written (\"Δευ–Παρ 09:00–17:00\")",
        "Ωράριο όπως γράφεται («Δευ–Παρ 09:00–17:00»)",
    ),
    (
        "List referrals: open ones first, overdue follow-ups first among them",
        "Κατάλογος παραπομπών: πρώτα οι ανοιχτές, και ανάμεσά τους πρώτα όσες έχουν καθυστερήσει",
    ),
    (
        "Only referrals still waiting for an answer (sent or accepted)",
        "Μόνο παραπομπές που περιμένουν ακόμη απάντηση (εστάλη ή έγινε δεκτή)",
    ),
    ("Print a JSON array", "Εμφάνιση πίνακα JSON"),
    (
        "Refer a person to a service (its code or HSDS id); prints the referral's id",
        "Παραπομπή ατόμου σε υπηρεσία (κωδικός ή αναγνωριστικό HSDS)· εμφανίζει τον αριθμό της παραπομπής",
    ),
    (
        "routine, soon or urgent",
        "routine (συνήθης), soon (σύντομα) ή urgent (επείγουσα)",
    ),
    (
        "Record the person's consent to share with that service now",
        "Καταγραφή τώρα της συναίνεσης του ατόμου για κοινοποίηση σε αυτή την υπηρεσία",
    ),
    (
        "Record the answer to a referral: accepted, completed or declined",
        "Καταγραφή της απάντησης σε παραπομπή: accepted, completed ή declined",
    ),
    (
        "Write a signed packet: for a referral to another centre, the referral (only what the person consented to share); for one received, its answer",
        "Εγγραφή υπογεγραμμένου πακέτου: για παραπομπή σε άλλο κέντρο, η παραπομπή (μόνο όσα συναίνεσε το άτομο να κοινοποιηθούν)· για παραπομπή που ελήφθη, η απάντηση",
    ),
    (
        "A referral's slip: to the desk's printer when `print_command` is set, else (or with --screen) on standard output. Anyone who may see the referral may print it",
        "Το παραπεμπτικό μιας παραπομπής: στον εκτυπωτή του γραφείου όταν έχει οριστεί `print_command`, αλλιώς (ή με --screen) στην τυπική έξοδο. Μπορεί να το τυπώσει όποιος έχει δικαίωμα να δει την παραπομπή",
    ),
    (
        "Read a packet from another centre: a referral (the person is matched against this centre's people first) or the answer to one of ours",
        "Ανάγνωση πακέτου από άλλο κέντρο: παραπομπή (το άτομο αναζητείται πρώτα στα άτομα αυτού του κέντρου) ή απάντηση σε δική μας",
    ),
    (
        "Claims up to COUNT tickets in a loop, printing number and µs (benchmarks)",
        "Καλεί έως COUNT εισιτήρια στη σειρά, εμφανίζοντας αριθμό και µs (μετρήσεις επιδόσεων)",
    ),
    (
        "Book an appointment; prints its id. A refused booking exits non-zero with the reason and the first free slots",
        "Κλείσιμο ραντεβού· εμφανίζει τον αριθμό του. Ραντεβού που απορρίπτεται τερματίζει με κωδικό μη μηδενικό, την αιτία και τις πρώτες ελεύθερες ώρες",
    ),
    (
        "The service line's code (`kentro queue services`)",
        "Ο κωδικός της γραμμής εξυπηρέτησης (`kentro queue services`)",
    ),
    ("\"YYYY-MM-DD HH:MM\"", "\"ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ\""),
    (
        "A registered person's id",
        "Ο αριθμός καταχωρισμένου ατόμου",
    ),
    (
        "The name of someone not yet registered",
        "Το όνομα κάποιου που δεν έχει καταχωριστεί ακόμη",
    ),
    (
        "Length in minutes (default: the service's slot length)",
        "Διάρκεια σε λεπτά (προεπιλογή: η διάρκεια θέσης της υπηρεσίας)",
    ),
    (
        "A contact phone (for a name not yet registered)",
        "Τηλέφωνο επικοινωνίας (για όνομα που δεν έχει καταχωριστεί)",
    ),
    (
        "With whom: a member of staff's login",
        "Με ποιον: το όνομα χρήστη ενός υπαλλήλου",
    ),
    (
        "A priority flag carried to the ticket at check-in; repeat for several",
        "Ένδειξη προτεραιότητας που περνά στο εισιτήριο κατά την άφιξη· επαναλάβετε για περισσότερες",
    ),
    (
        "The interpreter's language (ISO 639-3)",
        "Η γλώσσα του διερμηνέα (ISO 639-3)",
    ),
    (
        "Appointments of a day (default today): id, time, length, service, state, person id",
        "Τα ραντεβού μιας ημέρας (προεπιλογή σήμερα): αριθμός, ώρα, διάρκεια, υπηρεσία, κατάσταση, αριθμός ατόμου",
    ),
    ("And the days after it", "Και οι επόμενες ημέρες"),
    ("Cancel a booked appointment", "Ακύρωση κλεισμένου ραντεβού"),
    (
        "The person has come: prints the ticket number",
        "Το άτομο ήρθε: εμφανίζει τον αριθμό εισιτηρίου",
    ),
    (
        "The person did not come (only once the time has passed)",
        "Το άτομο δεν ήρθε (μόνο αφού περάσει η ώρα)",
    ),
    (
        "The first free slots of a service",
        "Οι πρώτες ελεύθερες ώρες μιας υπηρεσίας",
    ),
    (
        "From this time (default now)",
        "Από αυτή την ώρα (προεπιλογή τώρα)",
    ),
    (
        "The next working day's booked appointments with names and phones, for the reminder calls (this view is audited)",
        "Τα ραντεβού της επόμενης εργάσιμης με ονόματα και τηλέφωνα, για τις υπενθυμίσεις (η προβολή καταγράφεται)",
    ),
    (
        "Mark that the reminder call was made",
        "Σημείωση ότι έγινε η τηλεφωνική υπενθύμιση",
    ),
    (
        "Show a service's opening hours, or replace them with --set (repeatable): \"mon-fri 09:00-17:00 30 1\" = days, hours, slot minutes, places per slot",
        "Εμφάνιση του ωραρίου μιας υπηρεσίας, ή αντικατάστασή του με --set (επαναλαμβάνεται): \"mon-fri 09:00-17:00 30 1\" = ημέρες, ώρες, λεπτά ανά θέση, άτομα ανά θέση",
    ),
    (
        "Close a day for the whole centre or one service (besides public holidays)",
        "Κλείσιμο μιας ημέρας για όλο το κέντρο ή για μία υπηρεσία (πέρα από τις αργίες)",
    ),
    (
        "The programmes: code, unit, period, over-allowance rule, name",
        "Τα προγράμματα: κωδικός, μονάδα, περίοδος, κανόνας υπέρβασης, όνομα",
    ),
    (
        "A programme's hand-outs in one month, by household, as CSV (administrators; the export is audited)",
        "Οι παραλαβές ενός προγράμματος σε έναν μήνα, ανά νοικοκυριό, σε CSV (διαχειριστές· η εξαγωγή καταγράφεται)",
    ),
    ("YYYY-MM", "ΕΕΕΕ-ΜΜ"),
    (
        "Output file (default: standard output)",
        "Αρχείο εξόδου (προεπιλογή: η τυπική έξοδος)",
    ),
    (
        "Every operator: login, role, organisation, desk, active, name",
        "Όλοι οι χειριστές: όνομα χρήστη, ρόλος, φορέας, γραφείο, ενεργός, όνομα",
    ),
    (
        "A new operator (their system login); the global --desk N is their usual desk",
        "Νέος χειριστής (το όνομα χρήστη του στο σύστημα)· το γενικό --desk N είναι το συνηθισμένο γραφείο του",
    ),
    (
        "receptionist, social-worker, psychologist or admin",
        "receptionist (υποδοχή), social-worker (κοινωνικός λειτουργός), psychologist (ψυχολόγος) ή admin (διαχειριστής)",
    ),
    (
        "The name shown to colleagues (default: the login)",
        "Το όνομα που βλέπουν οι συνάδελφοι (προεπιλογή: το όνομα χρήστη)",
    ),
    (
        "The organisation they work for, in a centre hosting several",
        "Ο φορέας για τον οποίο εργάζεται, σε κέντρο που φιλοξενεί περισσότερους",
    ),
    (
        "Changes an operator's role, name, organisation or usual desk (the global --desk N), or enables them again",
        "Αλλαγή ρόλου, ονόματος, φορέα ή συνηθισμένου γραφείου ενός χειριστή (το γενικό --desk N), ή επανενεργοποίησή του",
    ),
    (
        "Lets a disabled operator in again",
        "Ξαναδίνει πρόσβαση σε χειριστή που είχε απενεργοποιηθεί",
    ),
    (
        "Stops an operator from opening kentro (their records stay)",
        "Ο χειριστής δεν μπορεί πια να ανοίξει το kentro (οι εγγραφές του μένουν)",
    ),
    (
        "Only entries about this person",
        "Μόνο εγγραφές για αυτό το άτομο",
    ),
    (
        "Only this operator's actions",
        "Μόνο ενέργειες αυτού του χειριστή",
    ),
    (
        "Only this action (view, reveal, create, update, erase, export, search, ...)",
        "Μόνο αυτή η ενέργεια (view, reveal, create, update, erase, export, search, ...)",
    ),
    (
        "From this day on (YYYY-MM-DD)",
        "Από αυτή την ημέρα (ΕΕΕΕ-ΜΜ-ΗΗ)",
    ),
    (
        "Before this day (YYYY-MM-DD)",
        "Πριν από αυτή την ημέρα (ΕΕΕΕ-ΜΜ-ΗΗ)",
    ),
    (
        "At most this many entries, newest first",
        "Το πολύ τόσες εγγραφές, πρώτα οι νεότερες",
    ),
    (
        "Removes a person's personal data for good, keeping an anonymous remainder that reports count (administrators)",
        "Οριστική διαγραφή των προσωπικών δεδομένων ενός ατόμου· μένει ένα ανώνυμο υπόλοιπο που μετρούν οι αναφορές (διαχειριστές)",
    ),
    (
        "Confirms the erasure (it cannot be undone)",
        "Επιβεβαιώνει τη διαγραφή (δεν αναιρείται)",
    ),
    (
        "A person's case notes that you may read, newest first",
        "Οι σημειώσεις υπόθεσης ενός ατόμου που μπορείτε να διαβάσετε, πρώτα οι νεότερες",
    ),
    (
        "Open other organisations' notes shared without consent (administrators), for this reason (recorded)",
        "Άνοιγμα σημειώσεων άλλων φορέων που κοινοποιήθηκαν χωρίς συναίνεση (διαχειριστές), για αυτή την αιτία (καταγράφεται)",
    ),
    (
        "Writes a case note (social workers); it is never edited afterwards",
        "Γράφει σημείωση υπόθεσης (κοινωνικοί λειτουργοί)· δεν αλλάζει ποτέ μετά",
    ),
    ("The note's text", "Το κείμενο της σημείωσης"),
    ("The visit it is about", "Η επίσκεψη στην οποία αναφέρεται"),
    (
        "The note this one corrects",
        "Η σημείωση που διορθώνει αυτή",
    ),
    (
        "The day it is about (YYYY-MM-DD; default today)",
        "Η ημέρα στην οποία αναφέρεται (ΕΕΕΕ-ΜΜ-ΗΗ· προεπιλογή σήμερα)",
    ),
    (
        "Records that the person withdrew their consent (and every consent to share)",
        "Καταγράφει ότι το άτομο ανακάλεσε τη συναίνεσή του (και κάθε συναίνεση για κοινοποίηση)",
    ),
    (
        "Add several centres' aggregates of the same period into one report, with small counts suppressed after adding",
        "Άθροιση των συνόλων πολλών κέντρων για την ίδια περίοδο σε μία αναφορά, με απόκρυψη των μικρών αριθμών μετά την άθροιση",
    ),
    (
        "First day (YYYY-MM-DD or DD/MM/YYYY; default: the first of this month)",
        "Πρώτη ημέρα (ΕΕΕΕ-ΜΜ-ΗΗ ή ΗΗ/ΜΜ/ΕΕΕΕ· προεπιλογή: η πρώτη του μήνα)",
    ),
    (
        "Last day, included (default: today)",
        "Τελευταία ημέρα, μαζί (προεπιλογή: σήμερα)",
    ),
    (
        "A calendar month instead of --from/--to",
        "Ένας ημερολογιακός μήνας αντί για --from/--to",
    ),
    (
        "Only this service line (its code, see `kentro queue services`)",
        "Μόνο αυτή η γραμμή εξυπηρέτησης (ο κωδικός της, βλ. `kentro queue services`)",
    ),
    (
        "Write to FILE (default: standard output; a workbook needs a file)",
        "Εγγραφή στο FILE (προεπιλογή: η τυπική έξοδος· ένα βιβλίο εργασίας χρειάζεται αρχείο)",
    ),
    (
        "Exact counts, small ones included: for use inside the centre only",
        "Ακριβείς αριθμοί, και οι μικροί: μόνο για χρήση μέσα στο κέντρο",
    ),
    (
        "An anonymous aggregate (exact, additive counts, no row about a person) for an observatory to merge; needs --format json",
        "Ανώνυμο σύνολο (ακριβείς αριθμοί που αθροίζονται, καμία γραμμή για άτομο) για συγχώνευση από παρατηρητήριο· χρειάζεται --format json",
    ),
    (
        "Records the ESF facts of a person (each optional; the person may decline)",
        "Καταγράφει τα στοιχεία ΕΚΤ+ ενός ατόμου (όλα προαιρετικά· το άτομο μπορεί να αρνηθεί)",
    ),
    (
        "Start of the current spell of unemployment (empty: not known)",
        "Έναρξη της τρέχουσας περιόδου ανεργίας (κενό: άγνωστη)",
    ),
    (
        "secure, roofless, houseless, insecure or inadequate (ETHOS)",
        "secure, roofless, houseless, insecure ή inadequate (ETHOS)",
    ),
    (
        "city, town or rural (degree of urbanisation)",
        "city, town ή rural (βαθμός αστικοποίησης)",
    ),
    ("yes, no or unknown", "yes, no ή unknown"),
    (
        "Belongs to a minority: yes, no or unknown (declined)",
        "Ανήκει σε μειονότητα: yes, no ή unknown (δεν απάντησε)",
    ),
    (
        "A person enters an operation (default: today)",
        "Ένα άτομο εισέρχεται σε πράξη (προεπιλογή: σήμερα)",
    ),
    (
        "A person leaves an operation (default: today)",
        "Ένα άτομο αποχωρεί από πράξη (προεπιλογή: σήμερα)",
    ),
    (
        "The indicators of participants entering in the period, by gender",
        "Οι δείκτες των συμμετεχόντων που εισήλθαν στην περίοδο, ανά φύλο",
    ),
    (
        "One operation (default: the whole centre, entry = first visit)",
        "Μία πράξη (προεπιλογή: όλο το κέντρο, είσοδος = πρώτη επίσκεψη)",
    ),
    (
        "2021 (ESF+ 2021–2027) or 2014 (ESF 2014–2020)",
        "2021 (ΕΚΤ+ 2021–2027) ή 2014 (ΕΚΤ 2014–2020)",
    ),
    (
        "Exact counts, small ones included: inside the centre only",
        "Ακριβείς αριθμοί, και οι μικροί: μόνο μέσα στο κέντρο",
    ),
    (
        "Per-participant entry and exit records of an operation, as CSV",
        "Μητρώα εισόδου και εξόδου ανά συμμετέχοντα μιας πράξης, σε CSV",
    ),
];
