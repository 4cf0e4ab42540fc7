//! The demo centre: a municipal community centre in Athens on an ordinary weekday.
//!
//! ## How records point at each other
//! Database ids do not exist until the storage layer inserts the records, so every
//! reference in a [`DemoCentre`] holds a **1-based index** into the matching vector:
//!
//! | field | indexes |
//! | --- | --- |
//! | `Person::household_id`, `DemoHousehold::members` (owner) | `households` |
//! | `DemoHousehold::members[..].0`, `Visit::person_id`, `Ticket::person_id`, `Appointment::person_id`, `Referral::person_id` | `people` |
//! | `Visit::service_id`, `Ticket::service_id`, `Appointment::service_id`, `Referral::service_id` | `services` |
//! | `Ticket::appointment_id` | `appointments` |
//! | `Referral::ticket_id` | `tickets` |
//!
//! Every record's own `id` is 0. Staff are referred to by `login` (operators,
//! `created_by`), which is their identity. The storage layer inserts in the order
//! staff → services → households → people → visits → appointments → tickets →
//! referrals and maps index `i` to the id it got for element `i - 1`.
//! Ticket desks 1–4 are the reception desks.

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use rand::Rng;

use super::names::MIGRANT_GROUPS;
use super::people::{Origin, PersonGenerator, Spec, Surname, random_group, random_operator};
use super::rng::{SplitMix64, pick, pick_weighted};
use crate::domain::codes::{
    AppointmentState, Gender, ReferralState, Relation, Role, ServiceKind, TicketState, Urgency,
    Vulnerability,
};
use crate::domain::directory::Organisation;
use crate::domain::person::Person;
use crate::domain::records::{Appointment, Household, Referral, Service, Staff, Ticket, Visit};

/// Random streams of the demo (the person generator uses stream 1).
const DEMO_STREAM: u64 = 2;
const PEOPLE: usize = 300;
const HOUSEHOLDS: usize = 60;
const WALK_INS: usize = 21;

/// A household to insert, with its members as (1-based person index, relation).
#[derive(Debug, Clone, PartialEq)]
pub struct DemoHousehold {
    pub household: Household,
    pub members: Vec<(i64, Relation)>,
}

/// Everything a demo database holds. References are 1-based indices into these
/// vectors; see the module documentation.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoCentre {
    pub staff: Vec<Staff>,
    /// The centre itself first, then the outside bodies its services belong to.
    pub organisations: Vec<Organisation>,
    pub services: Vec<Service>,
    pub households: Vec<DemoHousehold>,
    pub people: Vec<Person>,
    pub visits: Vec<Visit>,
    pub tickets: Vec<Ticket>,
    pub appointments: Vec<Appointment>,
    pub referrals: Vec<Referral>,
}

struct ServiceDef {
    code: &'static str,
    prefix: &'static str,
    name_el: &'static str,
    name_en: &'static str,
    kind: ServiceKind,
    /// A taxonomy term code of the starting taxonomy.
    category: &'static str,
    organisation: &'static str,
    address: &'static str,
    phone: &'static str,
    email: &'static str,
    hours: &'static str,
    languages: &'static [&'static str],
    interpretation: bool,
    eligibility: &'static str,
    documents: &'static str,
    accepts_referrals: bool,
    /// Reasons people come or are referred, in Greek.
    reasons: &'static [&'static str],
}

pub(super) const CENTRE: &str = "Κέντρο Κοινότητας Δήμου (demo)";
const CENTRE_ADDRESS: &str = "Αχαρνών 100, 104 34 Αθήνα";
const CENTRE_HOURS: &str = "Δευ–Παρ 09:00–17:00";
const ALL_LANGS: &[&str] = &["ell", "eng", "ara", "fas", "prs", "urd", "fra"];

#[allow(clippy::too_many_arguments)]
const fn internal(
    code: &'static str,
    prefix: &'static str,
    name_el: &'static str,
    name_en: &'static str,
    category: &'static str,
    email: &'static str,
    eligibility: &'static str,
    documents: &'static str,
    reasons: &'static [&'static str],
) -> ServiceDef {
    ServiceDef {
        code,
        prefix,
        name_el,
        name_en,
        kind: ServiceKind::Internal,
        category,
        organisation: CENTRE,
        address: CENTRE_ADDRESS,
        phone: "+30 210 000 0100",
        email,
        hours: CENTRE_HOURS,
        languages: ALL_LANGS,
        interpretation: true,
        eligibility,
        documents,
        accepts_referrals: true,
        reasons,
    }
}

const SERVICES: &[ServiceDef] = &[
    internal(
        "reception",
        "Α",
        "Υποδοχή",
        "Reception",
        "information",
        "ypodochi@kentro.example.org",
        "Όλοι οι κάτοικοι του δήμου",
        "Κανένα",
        &[
            "Πληροφορίες για προγράμματα",
            "Ενημέρωση στοιχείων",
            "Έκδοση βεβαίωσης",
        ],
    ),
    internal(
        "kea",
        "Κ",
        "Αιτήσεις ΚΕΑ",
        "KEA applications",
        "benefits",
        "kea@kentro.example.org",
        "Νοικοκυριά με χαμηλό εισόδημα",
        "ΑΜΚΑ, ΑΦΜ, εκκαθαριστικό, IBAN, μισθωτήριο",
        &[
            "Αίτηση ΚΕΑ",
            "Επανυποβολή αίτησης ΚΕΑ",
            "Δικαιολογητικά ΚΕΑ",
            "Επίδομα στέγασης",
        ],
    ),
    internal(
        "legal",
        "Ν",
        "Νομική συμβουλευτική",
        "Legal aid",
        "legal-asylum",
        "nomiki@kentro.example.org",
        "Ωφελούμενοι του κέντρου",
        "Ταυτότητα ή έγγραφο διαμονής",
        &[
            "Ερώτηση για άδεια διαμονής",
            "Συμβουλή για έξωση",
            "Οικογενειακή επανένωση",
        ],
    ),
    internal(
        "social",
        "Σ",
        "Κοινωνική υπηρεσία",
        "Social service",
        "social-support",
        "koinoniki@kentro.example.org",
        "Όλοι οι κάτοικοι του δήμου",
        "Ταυτότητα, ΑΜΚΑ",
        &[
            "Κοινωνική έρευνα",
            "Βεβαίωση απορίας",
            "Ένταξη στο ΤΕΒΑ",
            "Στεγαστικό πρόβλημα",
        ],
    ),
    internal(
        "psych",
        "Ψ",
        "Ψυχολογική υποστήριξη",
        "Psychological support",
        "mental-health",
        "psy@kentro.example.org",
        "Κατόπιν παραπομπής από την κοινωνική υπηρεσία",
        "Κανένα",
        &[
            "Συνεδρία ψυχολογικής υποστήριξης",
            "Πρώτη συνάντηση με ψυχολόγο",
        ],
    ),
    internal(
        "employ",
        "Ε",
        "Συμβουλευτική απασχόλησης",
        "Employability counselling",
        "employment",
        "ergasia@kentro.example.org",
        "Άνεργοι και αναζητούντες εργασία",
        "Βιογραφικό, κάρτα ανεργίας αν υπάρχει",
        &[
            "Σύνταξη βιογραφικού",
            "Εγγραφή στη ΔΥΠΑ",
            "Αναζήτηση εργασίας",
        ],
    ),
    internal(
        "grocery",
        "Π",
        "Κοινωνικό Παντοπωλείο",
        "Social grocery",
        "food-goods",
        "pantopoleio@kentro.example.org",
        "Εγγεγραμμένοι δικαιούχοι με απόφαση ένταξης",
        "Κάρτα δικαιούχου",
        &["Παραλαβή τροφίμων", "Ένταξη στο Κοινωνικό Παντοπωλείο"],
    ),
    internal(
        "pharmacy",
        "Φ",
        "Κοινωνικό Φαρμακείο",
        "Social pharmacy",
        "health",
        "farmakeio@kentro.example.org",
        "Ανασφάλιστοι και δικαιούχοι ΚΕΑ",
        "Ιατρική συνταγή, ΑΜΚΑ ή ΠΑΑΥΠΑ",
        &["Παραλαβή φαρμάκων", "Συνταγή για φάρμακα"],
    ),
    internal(
        "home-help",
        "",
        "Βοήθεια στο Σπίτι",
        "Home help",
        "disability",
        "voitheia@kentro.example.org",
        "Ηλικιωμένοι και ΑμεΑ που ζουν μόνοι",
        "Ιατρική γνωμάτευση, εκκαθαριστικό",
        &[
            "Αίτηση για Βοήθεια στο Σπίτι",
            "Επανεκτίμηση αναγκών στο σπίτι",
        ],
    ),
    internal(
        "roma",
        "Ρ",
        "Παράρτημα Ρομά",
        "Roma branch",
        "roma",
        "roma@kentro.example.org",
        "Ρομά κάτοικοι του δήμου",
        "Κανένα",
        &[
            "Εγγραφή παιδιών στο σχολείο",
            "Εγγραφή στο δημοτολόγιο",
            "Αίτηση ΚΕΑ",
        ],
    ),
    internal(
        "kem",
        "Μ",
        "ΚΕΜ — Κέντρο Ένταξης Μεταναστών",
        "Migrant integration centre",
        "interpretation",
        "kem@kentro.example.org",
        "Μετανάστες, πρόσφυγες, αιτούντες άσυλο",
        "Έγγραφο διαμονής ή δελτίο αιτούντος",
        &[
            "Μαθήματα ελληνικών",
            "Ενημέρωση για ΑΜΚΑ/ΠΑΑΥΠΑ",
            "Διερμηνεία",
            "Τραπεζικός λογαριασμός",
        ],
    ),
    internal(
        "child-space",
        "",
        "Χώρος φιλικός για παιδιά",
        "Child-friendly space",
        "children",
        "paidia@kentro.example.org",
        "Παιδιά 4–12 ετών γονέων που εξυπηρετούνται",
        "Κανένα",
        &["Δραστηριότητες για παιδιά"],
    ),
    ServiceDef {
        code: "dypa",
        prefix: "",
        name_el: "ΔΥΠΑ — Κέντρο Προώθησης Απασχόλησης (demo)",
        name_en: "DYPA local employment office",
        kind: ServiceKind::External,
        category: "employment",
        organisation: "ΔΥΠΑ",
        address: "Πειραιώς 50, 104 36 Αθήνα",
        phone: "+30 210 000 0201",
        email: "kpa@dypa.example.org",
        hours: "Δευ–Παρ 08:30–14:30",
        languages: &["ell"],
        interpretation: false,
        eligibility: "Άνεργοι με ΑΜΚΑ και ΑΦΜ",
        documents: "Ταυτότητα ή άδεια διαμονής, ΑΜΚΑ, ΑΦΜ",
        accepts_referrals: true,
        reasons: &[
            "Εγγραφή ως άνεργος",
            "Κάρτα ανεργίας",
            "Πρόγραμμα κατάρτισης",
        ],
    },
    ServiceDef {
        code: "asylum",
        prefix: "ΑΣ",
        name_el: "Υπηρεσία Ασύλου (κλιμάκιο στο κέντρο)",
        name_en: "Asylum Service (unit at the centre)",
        kind: ServiceKind::External,
        category: "legal-asylum",
        organisation: "Υπηρεσία Ασύλου",
        address: CENTRE_ADDRESS,
        phone: "+30 210 000 0202",
        email: "asylo@asylum.example.org",
        hours: "Τρι και Πεμ 09:00–14:00, μόνο με ραντεβού",
        languages: &[
            "ell", "eng", "ara", "fas", "prs", "urd", "fra", "som", "tir", "kmr",
        ],
        interpretation: true,
        eligibility: "Μόνο με προγραμματισμένο ραντεβού· προτεραιότητα σε ευάλωτους",
        documents: "Δελτίο αιτούντος διεθνή προστασία, ΠΑΑΥΠΑ",
        accepts_referrals: false,
        reasons: &[
            "Συνέντευξη ασύλου",
            "Ανανέωση δελτίου αιτούντος",
            "Επίδοση απόφασης",
        ],
    },
    ServiceDef {
        code: "mental-health",
        prefix: "",
        name_el: "Κέντρο Ψυχικής Υγείας (demo)",
        name_en: "Community mental-health centre",
        kind: ServiceKind::External,
        category: "mental-health",
        organisation: "Κέντρο Ψυχικής Υγείας",
        address: "Σωκράτους 20, 105 52 Αθήνα",
        phone: "+30 210 000 0203",
        email: "kpsy@mental.example.org",
        hours: "Δευ–Παρ 08:00–15:00",
        languages: &["ell", "eng"],
        interpretation: false,
        eligibility: "Ενήλικες κάτοικοι του τομέα",
        documents: "ΑΜΚΑ ή ΠΑΑΥΠΑ, παραπεμπτικό",
        accepts_referrals: true,
        reasons: &["Ψυχιατρική εκτίμηση", "Παρακολούθηση φαρμακευτικής αγωγής"],
    },
    ServiceDef {
        code: "hospital-social",
        prefix: "",
        name_el: "Κοινωνική Υπηρεσία Γενικού Νοσοκομείου (demo)",
        name_en: "General hospital social service",
        kind: ServiceKind::External,
        category: "health",
        organisation: "Γενικό Νοσοκομείο",
        address: "Μάρνη 30, 104 33 Αθήνα",
        phone: "+30 210 000 0204",
        email: "social@hospital.example.org",
        hours: "Δευ–Παρ 08:00–14:00",
        languages: &["ell", "eng"],
        interpretation: false,
        eligibility: "Ασθενείς και οι οικογένειές τους",
        documents: "ΑΜΚΑ ή ΠΑΑΥΠΑ",
        accepts_referrals: true,
        reasons: &[
            "Δωρεάν εξετάσεις για ανασφάλιστο",
            "Υποστήριξη για νοσηλεία",
        ],
    },
    ServiceDef {
        code: "legal-ngo",
        prefix: "",
        name_el: "Δίκτυο Νομικής Αρωγής (ΜΚΟ, demo)",
        name_en: "Legal-aid NGO",
        kind: ServiceKind::External,
        category: "legal-asylum",
        organisation: "Δίκτυο Νομικής Αρωγής",
        address: "Θηβών 15, 104 45 Αθήνα",
        phone: "+30 210 000 0205",
        email: "info@legal-ngo.example.org",
        hours: "Δευ, Τετ, Παρ 10:00–16:00",
        languages: &["ell", "eng", "ara", "fas", "fra"],
        interpretation: true,
        eligibility: "Αιτούντες άσυλο και πρόσφυγες",
        documents: "Δελτίο αιτούντος, απόφαση πρώτου βαθμού αν υπάρχει",
        accepts_referrals: true,
        reasons: &[
            "Εκπροσώπηση σε προσφυγή ασύλου",
            "Οικογενειακή επανένωση",
            "Απορριπτική απόφαση",
        ],
    },
    ServiceDef {
        code: "women-shelter",
        prefix: "",
        name_el: "Γραμμή και ξενώνας φιλοξενίας γυναικών (demo)",
        name_en: "Women's shelter hotline",
        kind: ServiceKind::External,
        category: "housing",
        organisation: "Δίκτυο ξενώνων γυναικών",
        address: "Διεύθυνση μη δημοσιοποιούμενη",
        phone: "+30 210 000 0206",
        email: "help@shelter.example.org",
        hours: "24ώρη τηλεφωνική γραμμή",
        languages: &["ell", "eng", "ara", "fas", "fra"],
        interpretation: true,
        eligibility: "Γυναίκες θύματα βίας και τα παιδιά τους",
        documents: "Κανένα",
        accepts_referrals: true,
        reasons: &[
            "Φιλοξενία σε ξενώνα",
            "Ψυχοκοινωνική υποστήριξη μετά από κακοποίηση",
        ],
    },
    ServiceDef {
        code: "other-centre",
        prefix: "",
        name_el: "Κέντρο Κοινότητας γειτονικού δήμου (demo)",
        name_en: "Neighbouring municipality's community centre",
        kind: ServiceKind::External,
        category: "social-support",
        organisation: "Γειτονικός Δήμος",
        address: "Ηρώων Πολυτεχνείου 10, Περιστέρι",
        phone: "+30 210 000 0207",
        email: "kk@neighbour.example.org",
        hours: CENTRE_HOURS,
        languages: &["ell", "eng"],
        interpretation: false,
        eligibility: "Κάτοικοι του δήμου",
        documents: "Αποδεικτικό διαμονής",
        accepts_referrals: true,
        reasons: &["Μεταφορά φακέλου λόγω μετακόμισης"],
    },
    ServiceDef {
        code: "efka",
        prefix: "",
        name_el: "e-ΕΦΚΑ — Τοπικό υποκατάστημα (ΑΜΚΑ, demo)",
        name_en: "e-EFKA local branch (AMKA)",
        kind: ServiceKind::External,
        category: "benefits",
        organisation: "e-ΕΦΚΑ",
        address: "Αγίου Κωνσταντίνου 8, 104 31 Αθήνα",
        phone: "+30 210 000 0208",
        email: "amka@efka.example.org",
        hours: "Δευ–Παρ 08:00–14:00, με ραντεβού",
        languages: &["ell"],
        interpretation: false,
        eligibility: "Όλοι",
        documents: "Ταυτότητα ή διαβατήριο, ΑΦΜ",
        accepts_referrals: true,
        reasons: &[
            "Έκδοση ΑΜΚΑ",
            "Διόρθωση στοιχείων ΑΜΚΑ",
            "Μετατροπή ΠΑΑΥΠΑ σε ΑΜΚΑ",
        ],
    },
];

/// (login, display name, role, default desk)
const STAFF: &[(&str, &str, Role, Option<i64>)] = &[
    ("maria.k", "Μαρία Κωνσταντίνου", Role::Receptionist, Some(1)),
    (
        "giorgos.p",
        "Γιώργος Παπαδάκης",
        Role::SocialWorker,
        Some(2),
    ),
    ("eleni.d", "Ελένη Δημητρίου", Role::SocialWorker, Some(3)),
    ("nikos.a", "Νίκος Αλεξίου", Role::Psychologist, Some(4)),
    ("sofia.m", "Σοφία Μαυρίδου", Role::Admin, None),
];

/// The 1-based index of a service of the demo by its code.
fn service(code: &str) -> i64 {
    SERVICES
        .iter()
        .position(|s| s.code == code)
        .map_or(1, |i| i as i64 + 1)
}

fn service_def(index: i64) -> &'static ServiceDef {
    let i = usize::try_from(index - 1).unwrap_or(0);
    &SERVICES[i.min(SERVICES.len() - 1)]
}

/// Builds the demo centre as it stands at `now` (the queue is "this morning").
pub fn demo_centre(seed: u64, now: NaiveDateTime) -> DemoCentre {
    let today = now.date();
    let generator = PersonGenerator::new(seed, today);
    let mut rng = SplitMix64::for_item(seed, DEMO_STREAM, 0);
    let rng = &mut rng;

    let staff = STAFF
        .iter()
        .map(|&(login, name, role, desk)| Staff {
            login: login.to_owned(),
            display_name: name.to_owned(),
            role,
            organisation: String::new(),
            default_desk: desk,
            active: true,
        })
        .collect();
    let services: Vec<Service> = SERVICES.iter().map(to_service).collect();

    let mut people = Vec::with_capacity(PEOPLE);
    let mut households = Vec::with_capacity(HOUSEHOLDS);
    for number in 1..=HOUSEHOLDS {
        let household = build_household(&generator, today, rng, &mut people, number as i64);
        households.push(household);
    }
    while people.len() < PEOPLE {
        let spec = if rng.random_bool(0.04) {
            Spec {
                origin: Some(Origin::Migrant(random_group(rng))),
                age: Some((15, 17)),
                ..Spec::default()
            }
        } else {
            const BANDS: [(u32, u32); 5] = [(18, 29), (30, 44), (45, 64), (65, 79), (80, 90)];
            Spec {
                age: Some(BANDS[pick_weighted(rng, &[20, 28, 28, 17, 7])]),
                ..Spec::default()
            }
        };
        people.push(generator.person_with(people.len() as u64, &spec));
    }

    let visits = build_visits(rng, &people, today);
    let (tickets, appointments) = build_queue(rng, &people, now);
    let referrals = build_referrals(rng, &people, &tickets, now);
    DemoCentre {
        staff,
        organisations: super::organisations::organisations_of(&services, CENTRE),
        services,
        households,
        people,
        visits,
        tickets,
        appointments,
        referrals,
    }
}

fn to_service(def: &ServiceDef) -> Service {
    Service {
        id: 0,
        code: def.code.to_owned(),
        ticket_prefix: def.prefix.to_owned(),
        name_el: def.name_el.to_owned(),
        name_en: def.name_en.to_owned(),
        kind: Some(def.kind),
        categories: vec![def.category.to_owned()],
        organisation: def.organisation.to_owned(),
        address: def.address.to_owned(),
        phone: def.phone.to_owned(),
        email: def.email.to_owned(),
        hours: def.hours.to_owned(),
        languages: def.languages.iter().map(|l| (*l).to_owned()).collect(),
        interpretation: def.interpretation,
        eligibility: def.eligibility.to_owned(),
        documents_required: def.documents.to_owned(),
        accepts_referrals: def.accepts_referrals,
        active: true,
        version: 1,
        ..Service::default()
    }
}

/// One family: a head, maybe a spouse, children or an elderly parent, sharing an
/// address, with surnames in the right gendered form and patronymics that match.
fn build_household(
    generator: &PersonGenerator,
    today: NaiveDate,
    rng: &mut SplitMix64,
    people: &mut Vec<Person>,
    number: i64,
) -> DemoHousehold {
    let origin = match pick_weighted(rng, &[45, 20, 35]) {
        0 => Origin::Greek,
        1 => Origin::Roma,
        _ => Origin::Migrant(random_group(rng)),
    };
    let (greek_script, nationality, asylum) = match origin {
        Origin::Migrant(g) => {
            let group = &MIGRANT_GROUPS[g];
            let script = !group.greek_surnames.is_empty() && rng.random_bool(0.1);
            (
                Some(script),
                Some(rng.random_range(0..group.nationalities.len())),
                Some(rng.random_bool(0.5)),
            )
        }
        _ => (None, None, None),
    };
    let family = Surname::random(rng, origin, greek_script.unwrap_or(false));
    let base = Spec {
        origin: Some(origin),
        greek_script,
        nationality,
        asylum_seeker: asylum,
        surname: Some(family),
        in_household: true,
        ..Spec::default()
    };
    let mut members: Vec<(Person, Relation)> = Vec::new();
    let mut next = |spec: &Spec, members: &mut Vec<(Person, Relation)>, relation: Relation| {
        let index = (people.len() + members.len()) as u64;
        let person = generator.person_with(index, spec);
        members.push((person, relation));
    };
    // The spouse's surname: Greek women have kept their own surname since 1983, but many
    // use their husband's; migrants' wives keep theirs.
    let spouse_surname = |rng: &mut SplitMix64| match origin {
        Origin::Greek if rng.random_bool(0.5) => family,
        Origin::Roma if rng.random_bool(0.7) => family,
        _ => Surname::random(rng, origin, greek_script.unwrap_or(false)),
    };
    match pick_weighted(rng, &[55, 20, 10, 15]) {
        // Couple with children.
        0 => {
            let head = Spec {
                gender: Some(Gender::Male),
                age: Some((32, 50)),
                ..base.clone()
            };
            next(&head, &mut members, Relation::Head);
            let spouse = Spec {
                gender: Some(Gender::Female),
                age: Some((30, 46)),
                surname: Some(spouse_surname(rng)),
                ..base.clone()
            };
            next(&spouse, &mut members, Relation::Spouse);
            let children = rng.random_range(1..=4);
            add_children(rng, &base, children, today, &mut members, &mut next);
        }
        // Single parent (usually a mother) with children.
        1 => {
            let gender = if rng.random_bool(0.85) {
                Gender::Female
            } else {
                Gender::Male
            };
            let head = Spec {
                gender: Some(gender),
                age: Some((26, 45)),
                single_parent: true,
                ..base.clone()
            };
            next(&head, &mut members, Relation::Head);
            let children = rng.random_range(1..=3);
            add_children(rng, &base, children, today, &mut members, &mut next);
        }
        // Elderly couple.
        2 => {
            let head = Spec {
                gender: Some(Gender::Male),
                age: Some((68, 86)),
                ..base.clone()
            };
            next(&head, &mut members, Relation::Head);
            let spouse = Spec {
                gender: Some(Gender::Female),
                age: Some((65, 82)),
                surname: Some(spouse_surname(rng)),
                ..base.clone()
            };
            next(&spouse, &mut members, Relation::Spouse);
        }
        // An adult caring for an elderly parent, sometimes with a child.
        _ => {
            let parent_gender = if rng.random_bool(0.7) {
                Gender::Female
            } else {
                Gender::Male
            };
            let parent = Spec {
                gender: Some(parent_gender),
                age: Some((72, 88)),
                ..base.clone()
            };
            next(&parent, &mut members, Relation::Parent);
            let parent_name = members
                .last()
                .map(|(p, _)| p.given_name.clone())
                .unwrap_or_default();
            let head_gender = if rng.random_bool(0.5) {
                Gender::Female
            } else {
                Gender::Male
            };
            let mut head = Spec {
                gender: Some(head_gender),
                age: Some((38, 50)),
                ..base.clone()
            };
            if parent_gender == Gender::Male {
                head.father_name = Some(parent_name);
            } else {
                head.mother_name = Some(parent_name);
            }
            next(&head, &mut members, Relation::Head);
            // Keep the head first in the member list.
            members.swap(0, 1);
            if rng.random_bool(0.5) {
                add_children(rng, &base, 1, today, &mut members, &mut next);
            }
        }
    }

    // Shared address; household fields.
    let (address, municipality) = members
        .first()
        .map(|(p, _)| (p.address.clone(), p.municipality.clone()))
        .unwrap_or_default();
    let label = members
        .first()
        .map(|(p, _)| p.display_name())
        .unwrap_or_default();
    let created_at = members.first().and_then(|(p, _)| p.created_at);
    let mut refs = Vec::with_capacity(members.len());
    for (mut person, relation) in members {
        person.address.clone_from(&address);
        person.municipality.clone_from(&municipality);
        person.household_id = Some(number);
        person.household_relation = Some(relation);
        people.push(person);
        refs.push((people.len() as i64, relation));
    }
    DemoHousehold {
        household: Household {
            id: 0,
            label,
            address,
            notes: String::new(),
            created_at,
            version: 1,
        },
        members: refs,
    }
}

/// Children of the head (and spouse, when there is one), younger than both by at least
/// 18 years, with the family surname in their gender and the parents' names.
fn add_children(
    rng: &mut SplitMix64,
    base: &Spec,
    count: u32,
    today: NaiveDate,
    members: &mut Vec<(Person, Relation)>,
    next: &mut impl FnMut(&Spec, &mut Vec<(Person, Relation)>, Relation),
) {
    let parents: Vec<&Person> = members
        .iter()
        .filter(|(_, r)| matches!(r, Relation::Head | Relation::Spouse))
        .map(|(p, _)| p)
        .collect();
    let youngest = parents
        .iter()
        .filter_map(|p| p.date_of_birth)
        .max()
        .unwrap_or(NaiveDate::MIN);
    let father = parents
        .iter()
        .find(|p| p.gender == Some(Gender::Male))
        .map(|p| p.given_name.clone());
    let mother = parents
        .iter()
        .find(|p| p.gender == Some(Gender::Female))
        .map(|p| p.given_name.clone());
    // The generator may make a child up to ~1.1 years younger than asked, never older,
    // so a 19-year margin keeps every parent at least 18 years older.
    let max_child_age = today
        .years_since(youngest)
        .unwrap_or(0)
        .saturating_sub(19)
        .min(17);
    for _ in 0..count {
        let gender = if rng.random_bool(0.5) {
            Gender::Female
        } else {
            Gender::Male
        };
        let spec = Spec {
            gender: Some(gender),
            age: Some((0, max_child_age)),
            father_name: father.clone(),
            mother_name: mother.clone(),
            ..base.clone()
        };
        next(&spec, members, Relation::Child);
    }
}

fn is_migrant(person: &Person) -> bool {
    person.vulnerabilities.contains(&Vulnerability::Migrant)
}

fn is_roma(person: &Person) -> bool {
    person.vulnerabilities.contains(&Vulnerability::Roma)
}

/// A desk service that suits the person, for visits and walk-in tickets.
fn desk_service(rng: &mut SplitMix64, person: Option<&Person>) -> i64 {
    if let Some(p) = person {
        if is_roma(p) && rng.random_bool(0.35) {
            return service("roma");
        }
        if is_migrant(p) && rng.random_bool(0.35) {
            return service("kem");
        }
    }
    const CODES: [&str; 8] = [
        "reception",
        "kea",
        "social",
        "legal",
        "psych",
        "employ",
        "grocery",
        "pharmacy",
    ];
    service(CODES[pick_weighted(rng, &[4, 5, 4, 2, 1, 2, 3, 2])])
}

/// The operator who usually serves a service's desk.
fn operator_for(rng: &mut SplitMix64, service_index: i64) -> &'static str {
    match service_def(service_index).code {
        "psych" => "nikos.a",
        "social" | "kea" | "legal" | "roma" | "kem" => {
            if rng.random_bool(0.5) {
                "giorgos.p"
            } else {
                "eleni.d"
            }
        }
        _ => "maria.k",
    }
}

fn at_office_time(rng: &mut SplitMix64, day: NaiveDate) -> NaiveDateTime {
    let seconds = rng.random_range(9 * 3600..17 * 3600u32);
    day.and_time(
        NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0).unwrap_or(NaiveTime::MIN),
    )
}

/// Past visits (before today) for most people, after their record was created.
fn build_visits(rng: &mut SplitMix64, people: &[Person], today: NaiveDate) -> Vec<Visit> {
    let mut visits = Vec::new();
    for (i, person) in people.iter().enumerate() {
        if !rng.random_bool(0.7) {
            continue;
        }
        let Some(created) = person.created_at else {
            continue;
        };
        let span = (today - created.date()).num_days().clamp(1, 720) as u64;
        let mut days: Vec<u64> = (0..rng.random_range(1..=5))
            .map(|_| rng.random_range(1..=span))
            .collect();
        days.sort_unstable_by(|a, b| b.cmp(a));
        for days_ago in days {
            let day = today.checked_sub_days(Days::new(days_ago)).unwrap_or(today);
            let service_id = desk_service(rng, Some(person));
            let def = service_def(service_id);
            let at = at_office_time(rng, day);
            visits.push(Visit {
                id: 0,
                person_id: i as i64 + 1,
                visited_on: day,
                service_id: Some(service_id),
                reason: (*pick(rng, def.reasons)).to_owned(),
                note: String::new(),
                operator: operator_for(rng, service_id).to_owned(),
                created_at: Some(at),
            });
        }
    }
    visits
}

const PRIORITY_FLAGS: [Vulnerability; 6] = Vulnerability::PRIORITY;

/// (label, priority, interpreter language) of walk-ins who gave no name.
const ANONYMOUS: &[(&str, &[Vulnerability], Option<&str>)] = &[
    ("γυναίκα με μωρό", &[Vulnerability::SingleParent], None),
    (
        "ηλικιωμένος κύριος με μπαστούνι",
        &[Vulnerability::Elderly, Vulnerability::Disability],
        None,
    ),
    ("άνδρας, μιλά μόνο νταρί", &[], Some("prs")),
    (
        "νεαρή γυναίκα, μιλά γαλλικά",
        &[Vulnerability::Pregnancy],
        Some("fra"),
    ),
    ("woman with a baby, speaks Arabic", &[], Some("ara")),
];

const URGENT_NOTES: &[&str] = &[
    "Έντονος πόνος, χρειάζεται φάρμακα σήμερα",
    "Κίνδυνος έξωσης σήμερα",
    "Μόνη με τρία παιδιά, χωρίς τρόφιμα",
];

/// The morning's queue and the Asylum Service's appointments for `now`'s date.
///
/// The queue runs from 09:00 (or from 90 minutes before `now` when `now` is early, never
/// before midnight). Walk-ins are numbered per prefix in order of arrival; all times
/// are at or before `now` and arrived ≤ called ≤ finished.
fn build_queue(
    rng: &mut SplitMix64,
    people: &[Person],
    now: NaiveDateTime,
) -> (Vec<Ticket>, Vec<Appointment>) {
    let day = now.date();
    let midnight = day.and_time(NaiveTime::MIN);
    let open = day.and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN));
    let start = if now >= open + TimeDelta::minutes(90) {
        open
    } else {
        (now - TimeDelta::minutes(90)).max(midnight)
    };
    let span = (now - start).num_seconds().max(0);
    let creator = "maria.k";

    // Walk-in people: distinct, chosen without replacement.
    let mut order: Vec<usize> = (0..people.len()).collect();
    for i in 0..order.len() {
        let j = rng.random_range(i..order.len());
        order.swap(i, j);
    }
    let mut unused = order.into_iter();

    // Appointments: six slots, 40 minutes apart, the last ones after `now`.
    let base = start.max(now - TimeDelta::minutes(150));
    let mut appointments = Vec::new();
    let mut tickets: Vec<Ticket> = Vec::new();
    let asylum = service("asylum");
    let mut past_slots = 0;
    let mut asylum_people: Vec<usize> = Vec::new();
    for candidate in unused.by_ref() {
        if people[candidate]
            .vulnerabilities
            .contains(&Vulnerability::AsylumSeeker)
        {
            asylum_people.push(candidate);
            if asylum_people.len() == 6 {
                break;
            }
        }
    }
    for slot in 0..6i64 {
        let starts_at = base + TimeDelta::minutes(40 * slot);
        if starts_at.date() != day {
            continue;
        }
        let person = asylum_people.get(slot as usize).copied();
        let state = if starts_at > now {
            AppointmentState::Booked
        } else {
            past_slots += 1;
            if past_slots == 2 && starts_at + TimeDelta::minutes(30) <= now {
                AppointmentState::NoShow
            } else {
                AppointmentState::CheckedIn
            }
        };
        appointments.push(Appointment {
            person_id: person.map(|p| p as i64 + 1),
            label: if person.is_some() {
                String::new()
            } else {
                "αιτών άσυλο (χωρίς φάκελο)".to_owned()
            },
            state,
            note: (*pick(rng, service_def(asylum).reasons)).to_owned(),
            ..Appointment::booked(asylum, starts_at, 30, "sofia.m")
        });
        if state == AppointmentState::CheckedIn {
            let arrived_at = (starts_at - TimeDelta::minutes(rng.random_range(5..20)))
                .max(midnight)
                .min(now);
            let finished = starts_at + TimeDelta::minutes(40) <= now;
            let called_at =
                finished.then(|| starts_at + TimeDelta::minutes(rng.random_range(0..5)));
            let interpreter = person
                .map(|p| &people[p])
                .filter(|p| p.interpreter_needed)
                .and_then(|p| p.languages.first().cloned());
            tickets.push(Ticket {
                id: 0,
                day,
                number: String::new(),
                seq: 0,
                service_id: asylum,
                person_id: person.map(|p| p as i64 + 1),
                label: String::new(),
                reason: "Ραντεβού Υπηρεσίας Ασύλου".to_owned(),
                priority: Vec::new(),
                urgent: false,
                triage_note: String::new(),
                interpreter_language: interpreter,
                appointment_id: Some(appointments.len() as i64),
                state: if finished {
                    TicketState::Done
                } else {
                    TicketState::Waiting
                },
                desk: None,
                arrived_at,
                called_at,
                finished_at: called_at.map(|c| c + TimeDelta::minutes(30)),
                created_by: creator.to_owned(),
                version: 1,
            });
        }
    }

    // Walk-ins, in order of arrival.
    let mut anonymous = ANONYMOUS.iter();
    let mut urgent_notes = URGENT_NOTES.iter();
    for k in 0..WALK_INS {
        let offset = span * (k as i64 * 1000 + rng.random_range(0..800)) / (WALK_INS as i64 * 1000);
        let arrived_at = start + TimeDelta::seconds(offset);
        let remaining = (now - arrived_at).num_seconds().max(0);
        let fraction = |rng: &mut SplitMix64, lo: i64, hi: i64| {
            TimeDelta::seconds(remaining * rng.random_range(lo..hi) / 100)
        };
        let (state, desk, called_at, finished_at) = match k {
            0..=8 => {
                let state = match k {
                    3 => TicketState::NotSeen,
                    6 => TicketState::Referred,
                    _ => TicketState::Done,
                };
                let called = arrived_at + fraction(rng, 10, 30);
                let rest = (now - called).num_seconds().max(0);
                let finished = called + TimeDelta::seconds(rest * rng.random_range(20..50) / 100);
                let desk = if state == TicketState::NotSeen {
                    Some(1)
                } else {
                    Some(rng.random_range(1..=4))
                };
                (state, desk, Some(called), Some(finished))
            }
            9 | 10 => (
                TicketState::InService,
                Some(k as i64 - 7),
                Some(arrived_at + fraction(rng, 50, 90)),
                None,
            ),
            11 | 12 => {
                let desk = if k == 11 { 1 } else { 4 };
                (
                    TicketState::Called,
                    Some(desk),
                    Some(arrived_at + fraction(rng, 92, 100)),
                    None,
                )
            }
            _ => (TicketState::Waiting, None, None, None),
        };
        let anonymous_entry = if k % 5 == 4 { anonymous.next() } else { None };
        let person = if anonymous_entry.is_some() {
            None
        } else {
            unused.next()
        };
        let person_ref = person.map(|p| &people[p]);
        let service_id = desk_service(rng, person_ref);
        let (label, priority, interpreter_language) = match (anonymous_entry, person_ref) {
            (Some(&(label, flags, lang)), _) => {
                (label.to_owned(), flags.to_vec(), lang.map(str::to_owned))
            }
            (None, Some(p)) => (
                String::new(),
                PRIORITY_FLAGS
                    .iter()
                    .copied()
                    .filter(|f| p.vulnerabilities.contains(f))
                    .collect(),
                if p.interpreter_needed {
                    p.languages.first().cloned()
                } else {
                    None
                },
            ),
            (None, None) => ("walk-in".to_owned(), Vec::new(), None),
        };
        let urgent = state == TicketState::Waiting && k % 4 == 1;
        let triage_note = if urgent {
            urgent_notes
                .next()
                .map(|n| (*n).to_owned())
                .unwrap_or_default()
        } else {
            String::new()
        };
        tickets.push(Ticket {
            id: 0,
            day,
            number: String::new(),
            seq: 0,
            service_id,
            person_id: person.map(|p| p as i64 + 1),
            label,
            reason: (*pick(rng, service_def(service_id).reasons)).to_owned(),
            priority,
            urgent,
            triage_note,
            interpreter_language,
            appointment_id: None,
            state,
            desk,
            arrived_at,
            called_at,
            finished_at,
            created_by: creator.to_owned(),
            version: 1,
        });
    }

    // Number per prefix in order of arrival: Α001, Α002, Κ001 …
    tickets.sort_by_key(|t| t.arrived_at);
    let mut counters: Vec<(&str, i64)> = Vec::new();
    for ticket in &mut tickets {
        let prefix = service_def(ticket.service_id).prefix;
        let seq = match counters.iter_mut().find(|(p, _)| *p == prefix) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                counters.push((prefix, 1));
                1
            }
        };
        ticket.seq = seq;
        ticket.number = format!("{prefix}{seq:03}");
    }
    (tickets, appointments)
}

const STATE_REASONS: &[(ReferralState, &str)] = &[
    (ReferralState::Completed, "Εξυπηρετήθηκε"),
    (
        ReferralState::Declined,
        "Δεν πληροί τα κριτήρια επιλεξιμότητας",
    ),
    (ReferralState::NoShow, "Δεν προσήλθε στο ραντεβού"),
    (
        ReferralState::Cancelled,
        "Ακυρώθηκε κατόπιν αιτήματος του ωφελούμενου",
    ),
];

/// About 40 referrals of the last four months, plus one for each ticket referred today.
fn build_referrals(
    rng: &mut SplitMix64,
    people: &[Person],
    tickets: &[Ticket],
    now: NaiveDateTime,
) -> Vec<Referral> {
    const TARGETS: [&str; 11] = [
        "dypa",
        "mental-health",
        "hospital-social",
        "legal-ngo",
        "women-shelter",
        "other-centre",
        "efka",
        "psych",
        "legal",
        "home-help",
        "social",
    ];
    const STATES: [ReferralState; 6] = [
        ReferralState::Sent,
        ReferralState::Accepted,
        ReferralState::Completed,
        ReferralState::Declined,
        ReferralState::NoShow,
        ReferralState::Cancelled,
    ];
    const URGENCIES: [Urgency; 3] = [Urgency::Routine, Urgency::Soon, Urgency::Urgent];
    let mut referrals = Vec::new();
    let today = now.date();
    for _ in 0..40 {
        let p = rng.random_range(0..people.len());
        let person = &people[p];
        let target = if is_migrant(person) && rng.random_bool(0.4) {
            if rng.random_bool(0.5) {
                "legal-ngo"
            } else {
                "efka"
            }
        } else if person.vulnerabilities.contains(&Vulnerability::Elderly) && rng.random_bool(0.5) {
            "home-help"
        } else {
            TARGETS[pick_weighted(rng, &[3, 2, 2, 1, 1, 1, 2, 2, 2, 1, 2])]
        };
        let service_id = service(target);
        let known_days = person
            .created_at
            .map_or(1, |c| (today - c.date()).num_days().max(1));
        let state = STATES[pick_weighted(rng, &[30, 25, 25, 10, 5, 5])];
        let urgency = URGENCIES[pick_weighted(rng, &[60, 30, 10])];
        let open = matches!(state, ReferralState::Sent | ReferralState::Accepted);
        // Open referrals are recent (a centre follows them up within weeks), so only a
        // few are overdue; closed ones reach back a season.
        let horizon = if open { 25 } else { 120 };
        let days_ago = rng.random_range(1..=known_days.min(horizon));
        let created_at = at_office_time(rng, today - TimeDelta::days(days_ago)).min(now);
        let updated_at = if state == ReferralState::Sent {
            created_at
        } else {
            let seconds = (now - created_at).num_seconds().max(0);
            created_at + TimeDelta::seconds(seconds * rng.random_range(10..90) / 100)
        };
        let follow_up_on = if open {
            let within = if urgency == Urgency::Urgent {
                2..=5
            } else {
                7..=21
            };
            updated_at
                .date()
                .checked_add_days(Days::new(rng.random_range(within)))
        } else {
            None
        };
        referrals.push(referral(
            rng,
            person,
            p,
            service_id,
            None,
            state,
            urgency,
            follow_up_on,
            created_at,
            updated_at,
        ));
    }
    for (t, ticket) in tickets.iter().enumerate() {
        let (TicketState::Referred, Some(person_id), Some(finished)) =
            (ticket.state, ticket.person_id, ticket.finished_at)
        else {
            continue;
        };
        let p = usize::try_from(person_id - 1)
            .unwrap_or(0)
            .min(people.len() - 1);
        let service_id = service(if is_migrant(&people[p]) {
            "legal-ngo"
        } else {
            "social"
        });
        let follow_up = today.checked_add_days(Days::new(7));
        let mut r = referral(
            rng,
            &people[p],
            p,
            service_id,
            Some(t as i64 + 1),
            ReferralState::Sent,
            Urgency::Soon,
            follow_up,
            finished,
            finished,
        );
        r.note = "Παραπομπή από την υποδοχή σήμερα".to_owned();
        referrals.push(r);
    }
    referrals
}

#[allow(clippy::too_many_arguments)]
fn referral(
    rng: &mut SplitMix64,
    person: &Person,
    index: usize,
    service_id: i64,
    ticket_id: Option<i64>,
    state: ReferralState,
    urgency: Urgency,
    follow_up_on: Option<NaiveDate>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
) -> Referral {
    let created_by = if rng.random_bool(0.5) {
        "giorgos.p"
    } else {
        "eleni.d"
    };
    let updated_by = if updated_at == created_at {
        created_by
    } else {
        random_operator(rng)
    };
    let consent_override = person.consent_at.is_none();
    Referral {
        id: 0,
        person_id: index as i64 + 1,
        service_id,
        ticket_id,
        reason: (*pick(rng, service_def(service_id).reasons)).to_owned(),
        urgency,
        note: if consent_override {
            "Προφορική συναίνεση, εκκρεμεί υπογραφή".to_owned()
        } else {
            String::new()
        },
        state,
        state_reason: STATE_REASONS
            .iter()
            .find(|(s, _)| *s == state)
            .map(|(_, r)| (*r).to_owned())
            .unwrap_or_default(),
        follow_up_on,
        consent_override,
        created_at,
        created_by: created_by.to_owned(),
        updated_at,
        updated_by: updated_by.to_owned(),
        version: 1,
    }
}

/// Reasons people come to the service line with this code (the demo centre's
/// wording), or none for a line the demo does not know.
pub(crate) fn reasons_for(code: &str) -> &'static [&'static str] {
    SERVICES
        .iter()
        .find(|s| s.code == code)
        .map_or(&[], |s| s.reasons)
}
