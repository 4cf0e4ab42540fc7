//! The schema, as numbered migrations. Never edit a released migration: add a new one.

use rusqlite_migration::{M, Migrations};

/// Marks a file as a kentro database (`PRAGMA application_id`, "KNTR").
pub const APPLICATION_ID: i32 = 0x4B4E_5452;

const V1: &str = r#"
-- Marks the file as a kentro database (APPLICATION_ID), in the same transaction as
-- the tables, so no other desk ever sees the tables without it.
PRAGMA application_id = 1263424594;
CREATE TABLE staff (
    login          TEXT PRIMARY KEY,
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL,
    default_desk   INTEGER,
    active         INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL
);

CREATE TABLE household (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL DEFAULT '',
    address     TEXT,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE person (
    id                  INTEGER PRIMARY KEY,
    surname             TEXT NOT NULL,
    given_name          TEXT NOT NULL,
    father_name         TEXT NOT NULL DEFAULT '',
    mother_name         TEXT NOT NULL DEFAULT '',
    date_of_birth       TEXT,
    gender              TEXT CHECK (gender IN ('F', 'M', 'X')),
    nationality         TEXT,
    languages           TEXT NOT NULL DEFAULT '',
    interpreter_needed  INTEGER NOT NULL DEFAULT 0,
    amka                TEXT,
    afm                 TEXT,
    paaypa              TEXT,
    other_document      TEXT,
    phone               TEXT,
    email               TEXT,
    address             TEXT,
    municipality        TEXT,
    household_id        INTEGER REFERENCES household(id) ON DELETE SET NULL,
    household_relation  TEXT,
    vulnerabilities     TEXT NOT NULL DEFAULT '',
    employment          TEXT,
    education           TEXT,
    consent_at          TEXT,
    consent_by          TEXT,
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    -- Search helpers kept by the store on every write.
    phone_key           TEXT,
    last_visit_on       TEXT
);
-- One person per identifier: an exact AMKA or AFM match is a duplicate, not a new person.
CREATE UNIQUE INDEX person_amka ON person(amka) WHERE amka IS NOT NULL;
CREATE UNIQUE INDEX person_afm ON person(afm) WHERE afm IS NOT NULL;
CREATE INDEX person_paaypa ON person(paaypa) WHERE paaypa IS NOT NULL;
CREATE INDEX person_phone_key ON person(phone_key) WHERE phone_key IS NOT NULL;
CREATE INDEX person_household ON person(household_id) WHERE household_id IS NOT NULL;

-- Normalised name keys for lookup: one row per (key, person). Built in Rust because
-- SQLite's tokenizers do not fold Greek accents.
CREATE TABLE person_key (
    key        TEXT NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (key, person_id)
) WITHOUT ROWID;
CREATE INDEX person_key_person ON person_key(person_id);

CREATE TABLE service (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE,
    ticket_prefix       TEXT NOT NULL DEFAULT '',
    name_el             TEXT NOT NULL,
    name_en             TEXT NOT NULL,
    kind                TEXT,
    category            TEXT NOT NULL DEFAULT '',
    organisation        TEXT NOT NULL DEFAULT '',
    address             TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    hours               TEXT NOT NULL DEFAULT '',
    languages           TEXT NOT NULL DEFAULT '',
    interpretation      INTEGER NOT NULL DEFAULT 0,
    eligibility         TEXT NOT NULL DEFAULT '',
    documents_required  TEXT NOT NULL DEFAULT '',
    accepts_referrals   INTEGER NOT NULL DEFAULT 1,
    active              INTEGER NOT NULL DEFAULT 1,
    version             INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE visit (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    visited_on  TEXT NOT NULL,
    service_id  INTEGER REFERENCES service(id),
    reason      TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    operator    TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX visit_person ON visit(person_id, visited_on);

CREATE TABLE appointment (
    id          INTEGER PRIMARY KEY,
    service_id  INTEGER NOT NULL REFERENCES service(id),
    person_id   INTEGER REFERENCES person(id) ON DELETE SET NULL,
    label       TEXT NOT NULL DEFAULT '',
    starts_at   TEXT NOT NULL,
    state       TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX appointment_start ON appointment(starts_at);

CREATE TABLE ticket (
    id                    INTEGER PRIMARY KEY,
    day                   TEXT NOT NULL,
    seq                   INTEGER NOT NULL,
    number                TEXT NOT NULL,
    service_id            INTEGER NOT NULL REFERENCES service(id),
    person_id             INTEGER REFERENCES person(id) ON DELETE SET NULL,
    label                 TEXT NOT NULL DEFAULT '',
    reason                TEXT NOT NULL DEFAULT '',
    priority              TEXT NOT NULL DEFAULT '',
    urgent                INTEGER NOT NULL DEFAULT 0,
    triage_note           TEXT NOT NULL DEFAULT '',
    interpreter_language  TEXT,
    appointment_id        INTEGER REFERENCES appointment(id),
    state                 TEXT NOT NULL,
    desk                  INTEGER,
    arrived_at            TEXT NOT NULL,
    called_at             TEXT,
    finished_at           TEXT,
    created_by            TEXT NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1,
    UNIQUE (day, number)
);
CREATE INDEX ticket_day_state ON ticket(day, state);

CREATE TABLE ticket_event (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL REFERENCES ticket(id),
    at          TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    desk        INTEGER,
    operator    TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_event_ticket ON ticket_event(ticket_id);

CREATE TABLE referral (
    id                INTEGER PRIMARY KEY,
    person_id         INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    service_id        INTEGER NOT NULL REFERENCES service(id),
    ticket_id         INTEGER REFERENCES ticket(id),
    reason            TEXT NOT NULL DEFAULT '',
    urgency           TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT '',
    state             TEXT NOT NULL,
    state_reason      TEXT NOT NULL DEFAULT '',
    follow_up_on      TEXT,
    consent_override  INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referral_person ON referral(person_id);
CREATE INDEX referral_open ON referral(state, follow_up_on);

CREATE TABLE referral_event (
    id           INTEGER PRIMARY KEY,
    referral_id  INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    from_state   TEXT,
    to_state     TEXT NOT NULL,
    operator     TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);

-- Who did or looked at what. Holds ids and codes, never personal data.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    operator   TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER,
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

-- Forms in progress, one per operator, form kind and target record.
CREATE TABLE draft (
    id          INTEGER PRIMARY KEY,
    operator    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    target_id   INTEGER,
    payload     TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX draft_owner ON draft(operator, kind, ifnull(target_id, 0));

-- Centre-wide settings (queue ageing, thresholds, ...), as text.
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
"#;

/// Consent to share a person's data with one service (`service_id`) or with any
/// (`service_id` NULL), and the referral index by service.
const V2_REFERRAL: &str = r#"
CREATE TABLE share_consent (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    service_id  INTEGER REFERENCES service(id),
    given_at    TEXT NOT NULL,
    given_by    TEXT NOT NULL,
    withdrawn_at TEXT
);
CREATE INDEX share_consent_person ON share_consent(person_id);
CREATE INDEX referral_event_referral ON referral_event(referral_id);
"#;

/// Lookup: the vocabulary of name keys and its deletion neighbourhood (one typo in a
/// name), filled from the keys already stored; and the version of the key rules the
/// stored keys were built with (see `Store::ensure_search_keys`).
const V3_LOOKUP: &str = r#"
CREATE TABLE name_key (
    key  TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Every name key with one character left out, for keys of four or more characters.
CREATE TABLE name_key_near (
    variant  TEXT NOT NULL,
    key      TEXT NOT NULL,
    PRIMARY KEY (variant, key)
) WITHOUT ROWID;

INSERT OR IGNORE INTO name_key (key) SELECT DISTINCT key FROM person_key;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 64)
INSERT OR IGNORE INTO name_key_near (variant, key)
    SELECT substr(key, 1, i - 1) || substr(key, i + 1), key
    FROM name_key JOIN n ON n.i <= length(key)
    WHERE length(key) >= 4;

INSERT OR IGNORE INTO setting (key, value) VALUES ('search_key_version', '1');
"#;

/// Intake: pairs of people an operator decided are not the same person, so the
/// duplicate panel does not flag them again (`a` < `b`).
const V4_INTAKE: &str = r#"
CREATE TABLE person_distinct (
    a           INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    b           INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    PRIMARY KEY (a, b),
    CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX person_distinct_b ON person_distinct(b);
"#;

/// The queue: the usual service lines of a community centre (editable), the queue's
/// settings, and an index for calling the next waiting ticket.
const V5_QUEUE: &str = r#"
INSERT OR IGNORE INTO service (code, ticket_prefix, name_el, name_en, kind, category) VALUES
    ('reception', 'Α', 'Υποδοχή', 'Reception', 'internal', 'Υποδοχή και πληροφόρηση'),
    ('kea', 'Κ', 'Αιτήσεις ΚΕΑ', 'KEA applications', 'internal', 'Επιδόματα'),
    ('legal', 'Ν', 'Νομική συμβουλευτική', 'Legal aid', 'internal', 'Νομική υποστήριξη'),
    ('social', 'Σ', 'Κοινωνική υπηρεσία', 'Social service', 'internal', 'Κοινωνική υποστήριξη'),
    ('psych', 'Ψ', 'Ψυχολογική υποστήριξη', 'Psychological support', 'internal', 'Ψυχική υγεία'),
    ('employ', 'Ε', 'Συμβουλευτική απασχόλησης', 'Employability counselling', 'internal', 'Απασχόληση'),
    ('grocery', 'Π', 'Κοινωνικό Παντοπωλείο', 'Social grocery', 'internal', 'Βασικά αγαθά'),
    ('pharmacy', 'Φ', 'Κοινωνικό Φαρμακείο', 'Social pharmacy', 'internal', 'Υγεία');
INSERT OR IGNORE INTO setting (key, value) VALUES
    ('queue.threshold_minutes', '45'),
    ('queue.priority_lead_minutes', '30');
CREATE INDEX ticket_waiting ON ticket(state, day, service_id);
"#;

/// Lookup at scale: name keys ordered by the person's last visit within a key (the
/// person at the desk has usually been before), and ordered pairs of surname/given
/// keys so that two typed words go straight to the people who have both. Both are
/// filled by the key rebuild that the key version bump triggers at open.
const V6_LOOKUP_PAIRS: &str = r#"
DROP TABLE person_key;
CREATE TABLE person_key (
    key        TEXT NOT NULL,
    -- The last visit (YYYY-MM-DD), '' if none: the order within a key.
    recency    TEXT NOT NULL DEFAULT '',
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (key, recency, person_id)
) WITHOUT ROWID;
CREATE INDEX person_key_person ON person_key(person_id);

CREATE TABLE person_pair (
    k1         TEXT NOT NULL,
    k2         TEXT NOT NULL,
    recency    TEXT NOT NULL DEFAULT '',
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (k1, k2, recency, person_id)
) WITHOUT ROWID;
CREATE INDEX person_pair_person ON person_pair(person_id);
"#;

/// Lookup by date of birth: the name keys of each person's surname and given name
/// beside their date of birth (YYYYMMDD as a number), so that a name and a date, a
/// year or an age go straight to the few namesakes born then instead of walking all
/// of them; and the date of birth alone, for a query that is only a date. Filled by
/// the key rebuild that the key version bump triggers at open.
const V7_LOOKUP_BIRTH: &str = r#"
CREATE TABLE person_born (
    key        TEXT NOT NULL,
    born       INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (key, born, person_id)
) WITHOUT ROWID;
CREATE INDEX person_born_person ON person_born(person_id);
CREATE INDEX person_date_of_birth ON person(date_of_birth) WHERE date_of_birth IS NOT NULL;
"#;

/// Access and data protection: operators' organisations, an append-only audit log,
/// case notes (never edited in place), consent withdrawal, the organisation a
/// referral was written by, and the mark of an erased person.
const V8_ACCESS: &str = r#"
ALTER TABLE staff ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Append-only: not even sqlite3 at the file may rewrite or remove what was recorded.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX audit_operator ON audit_log(operator, at);
CREATE INDEX audit_at ON audit_log(at);

-- A social worker's note on a person (or on one of their visits). A correction is a
-- new note naming the one it corrects; notes are removed only with the person.
CREATE TABLE case_note (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    visit_id      INTEGER REFERENCES visit(id),
    noted_on      TEXT NOT NULL,
    body          TEXT NOT NULL,
    corrects      INTEGER REFERENCES case_note(id),
    organisation  TEXT NOT NULL DEFAULT '',
    author        TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX case_note_person ON case_note(person_id, created_at);
CREATE TRIGGER case_note_no_update BEFORE UPDATE ON case_note
BEGIN SELECT RAISE(ABORT, 'case notes are never edited: write a correction'); END;

-- Why an administrator opened another organisation's records without consent (free
-- text, so not in the audit row, which points here).
CREATE TABLE break_glass (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    operator   TEXT NOT NULL,
    at         TEXT NOT NULL
);
CREATE INDEX break_glass_person ON break_glass(person_id);

ALTER TABLE person ADD COLUMN consent_withdrawn_at TEXT;
ALTER TABLE person ADD COLUMN consent_withdrawn_by TEXT;
ALTER TABLE person ADD COLUMN erased_at TEXT;
ALTER TABLE share_consent ADD COLUMN withdrawn_by TEXT;
ALTER TABLE referral ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
-- A referral's details belong to the organisation of the operator who wrote it.
UPDATE referral SET organisation = coalesce(
    (SELECT organisation FROM staff WHERE login = referral.created_by), '');
CREATE TRIGGER referral_organisation AFTER INSERT ON referral
BEGIN
    UPDATE referral SET organisation = coalesce(
        (SELECT organisation FROM staff WHERE login = NEW.created_by), '')
    WHERE id = NEW.id;
END;

INSERT OR IGNORE INTO setting (key, value) VALUES ('retention.years', '5');
"#;

/// The directory as records: organisations (identifiers, locations with addresses and
/// opening hours, contacts, phones), the centre's own organisation, HSDS ids (UUIDs) on
/// every exchanged row, and the taxonomy of service categories. Today's organisation
/// text on each service becomes a record; today's category text becomes a taxonomy
/// term where one fits, else the service's description.
const V9_DIRECTORY: &str = r#"
CREATE TABLE organisation (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    alternate_name  TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    -- ISO 639-3 codes, comma-separated.
    languages       TEXT NOT NULL DEFAULT '',
    network_member  INTEGER NOT NULL DEFAULT 0,
    -- The centre running this database: exactly one row.
    own_centre      INTEGER NOT NULL DEFAULT 0,
    -- ed25519 public key (hex) that signs this organisation's referral packets.
    public_key      TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX organisation_own ON organisation(own_centre) WHERE own_centre = 1;

CREATE TABLE org_identifier (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    organisation_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    scheme           TEXT NOT NULL DEFAULT '',
    kind             TEXT NOT NULL,
    value            TEXT NOT NULL
);
CREATE INDEX org_identifier_org ON org_identifier(organisation_id);

CREATE TABLE org_location (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    organisation_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    name             TEXT NOT NULL DEFAULT '',
    address_uid      TEXT NOT NULL UNIQUE,
    address_1        TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    region           TEXT NOT NULL DEFAULT '',
    postal_code      TEXT NOT NULL DEFAULT '',
    country          TEXT NOT NULL DEFAULT 'GR',
    schedule_uid     TEXT NOT NULL UNIQUE,
    hours            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX org_location_org ON org_location(organisation_id);

CREATE TABLE org_contact (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    organisation_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    name             TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL DEFAULT '',
    department       TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    phone_uid        TEXT NOT NULL UNIQUE,
    phone            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX org_contact_org ON org_contact(organisation_id);

CREATE TABLE org_phone (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    organisation_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    number           TEXT NOT NULL,
    kind             TEXT NOT NULL DEFAULT 'voice',
    description      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX org_phone_org ON org_phone(organisation_id);

CREATE TABLE taxonomy_term (
    id        INTEGER PRIMARY KEY,
    uid       TEXT NOT NULL UNIQUE,
    code      TEXT NOT NULL UNIQUE,
    name_el   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    parent_id INTEGER REFERENCES taxonomy_term(id),
    version   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE service_term (
    service_id  INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    term_id     INTEGER NOT NULL REFERENCES taxonomy_term(id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, term_id)
) WITHOUT ROWID;
CREATE INDEX service_term_term ON service_term(term_id);

-- The starting taxonomy; ids are the same in every kentro database (UUID v5 of the
-- code), so two centres exchanging directories agree on them.
INSERT INTO taxonomy_term (uid, code, name_el, name_en) VALUES
    ('34434ded-0629-528f-8b09-52eb80feb891', 'benefits', 'Επιδόματα και ΚΕΑ', 'Benefits and KEA'),
    ('354a2610-b803-527f-a071-be721cfdb2ab', 'housing', 'Στέγαση και φιλοξενία', 'Housing and shelter'),
    ('7ab188a3-b176-57df-b62c-941c29b9569e', 'health', 'Υγεία', 'Health'),
    ('d53a0b33-cab1-5abe-a2ea-b5749fa3aa21', 'mental-health', 'Ψυχική υγεία', 'Mental health'),
    ('2346891d-892c-58b5-bba1-95cd05167026', 'legal-asylum', 'Νομική βοήθεια και άσυλο', 'Legal aid and asylum'),
    ('495bfce1-43bf-5f9a-8c54-188b32d52faf', 'employment', 'Απασχόληση και κατάρτιση', 'Employment and training'),
    ('9c0a0069-bdbd-5927-9864-b4eb17a0344d', 'education', 'Εκπαίδευση και μαθήματα ελληνικών', 'Education and Greek lessons'),
    ('5e82b006-d32c-580c-b435-492643d5c715', 'children', 'Παιδιά και βρεφονηπιακοί σταθμοί', 'Children and crèches'),
    ('987f7e2d-2a40-549c-9bf3-246c4b97fd4f', 'food-goods', 'Τρόφιμα και βασικά αγαθά', 'Food and basic goods'),
    ('c6ca14b1-c90f-540c-be35-5fb352962d00', 'disability', 'Αναπηρία', 'Disability'),
    ('9ec165a2-78ba-56ba-9dbf-cb135ea06605', 'roma', 'Ένταξη Ρομά', 'Roma inclusion'),
    ('9929f685-3950-5a06-bb92-a86dd8ae789f', 'interpretation', 'Διερμηνεία', 'Interpretation'),
    ('2bb56087-0888-5d0e-9452-63da1afa60ec', 'social-support', 'Κοινωνική υποστήριξη', 'Social support'),
    ('6b61351d-2390-56a6-942a-72d57fd1e294', 'information', 'Υποδοχή και πληροφόρηση', 'Reception and information');

ALTER TABLE service ADD COLUMN uid TEXT;
ALTER TABLE service ADD COLUMN organisation_id INTEGER REFERENCES organisation(id);
ALTER TABLE service ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE service ADD COLUMN url TEXT NOT NULL DEFAULT '';
ALTER TABLE service ADD COLUMN area TEXT NOT NULL DEFAULT '';
UPDATE service SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX service_uid ON service(uid);
CREATE INDEX service_organisation ON service(organisation_id);

-- The centre itself, then one record per organisation named on a service.
INSERT INTO organisation (uid, name, own_centre, network_member)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'Κέντρο Κοινότητας', 1, 1);
INSERT INTO organisation (uid, name)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), name FROM (SELECT DISTINCT trim(organisation) AS name FROM service
        WHERE trim(organisation) <> '' AND trim(organisation) <> 'Κέντρο Κοινότητας');
UPDATE service SET organisation_id = coalesce(
    (SELECT o.id FROM organisation o WHERE o.name = trim(service.organisation) AND o.own_centre = 0),
    (SELECT o.id FROM organisation o WHERE o.own_centre = 1));
-- Services' own languages say which languages their organisation serves.
UPDATE organisation SET languages = coalesce((SELECT s.languages FROM service s
    WHERE s.organisation_id = organisation.id AND s.languages <> '' ORDER BY s.id LIMIT 1), '');

-- Categories: the old words onto the taxonomy; a word that fits no term is kept in
-- the service's description.
INSERT INTO service_term (service_id, term_id)
    SELECT s.id, t.id FROM service s JOIN taxonomy_term t ON t.code = CASE trim(s.category)
        WHEN 'Υποδοχή και πληροφόρηση' THEN 'information'
        WHEN 'Επιδόματα' THEN 'benefits'
        WHEN 'Ασφάλιση' THEN 'benefits'
        WHEN 'Νομική υποστήριξη' THEN 'legal-asylum'
        WHEN 'Άσυλο' THEN 'legal-asylum'
        WHEN 'Κοινωνική υποστήριξη' THEN 'social-support'
        WHEN 'Κατ'' οίκον φροντίδα' THEN 'social-support'
        WHEN 'Μετανάστες και πρόσφυγες' THEN 'social-support'
        WHEN 'Ψυχική υγεία' THEN 'mental-health'
        WHEN 'Απασχόληση' THEN 'employment'
        WHEN 'Βασικά αγαθά' THEN 'food-goods'
        WHEN 'Υγεία' THEN 'health'
        WHEN 'Παράρτημα Ρομά' THEN 'roma'
        WHEN 'Παιδιά' THEN 'children'
        WHEN 'Βία κατά γυναικών' THEN 'housing'
        ELSE NULL END;
UPDATE service SET description = trim(category)
    WHERE trim(category) <> '' AND description = ''
      AND id NOT IN (SELECT service_id FROM service_term);
"#;

/// Appointments: length, with whom, priority carried to the ticket, reminders and
/// versions; holds that make a double booking of a person, member of staff or room
/// impossible even if two desks book at once (one row per five minutes, primary key
/// on resource and time); each service line's opening hours and slots (new lines
/// start open on weekdays 09:00–17:00 with 30-minute slots, one place each); the
/// centre's own closed days besides the public holidays.
const V10_APPOINTMENTS: &str = r#"
ALTER TABLE appointment ADD COLUMN minutes INTEGER NOT NULL DEFAULT 30 CHECK (minutes > 0);
ALTER TABLE appointment ADD COLUMN ends_at TEXT;
ALTER TABLE appointment ADD COLUMN staff TEXT;
ALTER TABLE appointment ADD COLUMN room TEXT;
ALTER TABLE appointment ADD COLUMN priority TEXT NOT NULL DEFAULT '';
ALTER TABLE appointment ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE appointment ADD COLUMN interpreter_language TEXT;
ALTER TABLE appointment ADD COLUMN phone TEXT;
ALTER TABLE appointment ADD COLUMN state_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE appointment ADD COLUMN reminded_at TEXT;
ALTER TABLE appointment ADD COLUMN reminded_by TEXT;
ALTER TABLE appointment ADD COLUMN updated_at TEXT;
ALTER TABLE appointment ADD COLUMN updated_by TEXT;
ALTER TABLE appointment ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
UPDATE appointment SET ends_at = datetime(starts_at, '+' || minutes || ' minutes');
CREATE INDEX appointment_service_start ON appointment(service_id, starts_at);
CREATE INDEX appointment_person ON appointment(person_id, starts_at) WHERE person_id IS NOT NULL;

CREATE TABLE appointment_hold (
    -- 'p:<person id>', 's:<staff login>' or 'r:<room>'.
    resource        TEXT NOT NULL,
    -- The start of a five-minute step, 'YYYY-MM-DD HH:MM'.
    at              TEXT NOT NULL,
    appointment_id  INTEGER NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
    PRIMARY KEY (resource, at)
) WITHOUT ROWID;
CREATE INDEX appointment_hold_appointment ON appointment_hold(appointment_id);
WITH RECURSIVE step(id, person_id, at, ends) AS (
    SELECT id, person_id, starts_at, ends_at FROM appointment
    WHERE state IN ('booked', 'checked-in') AND person_id IS NOT NULL
    UNION ALL
    SELECT id, person_id, datetime(at, '+5 minutes'), ends FROM step
    WHERE datetime(at, '+5 minutes') < ends
)
INSERT OR IGNORE INTO appointment_hold (resource, at, appointment_id)
    SELECT 'p:' || person_id, strftime('%Y-%m-%d %H:%M', at), id FROM step;

CREATE TABLE service_hours (
    id            INTEGER PRIMARY KEY,
    service_id    INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    -- 1 = Monday ... 7 = Sunday
    weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens         TEXT NOT NULL,
    closes        TEXT NOT NULL CHECK (closes > opens),
    slot_minutes  INTEGER NOT NULL DEFAULT 30 CHECK (slot_minutes > 0),
    capacity      INTEGER NOT NULL DEFAULT 1 CHECK (capacity > 0),
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX service_hours_service ON service_hours(service_id, weekday);
INSERT INTO service_hours (service_id, weekday, opens, closes)
    SELECT s.id, d.n, '09:00', '17:00' FROM service s,
        (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) d
    WHERE s.ticket_prefix <> '';
CREATE TRIGGER service_default_hours AFTER INSERT ON service WHEN NEW.ticket_prefix <> ''
BEGIN
    INSERT INTO service_hours (service_id, weekday, opens, closes)
        SELECT NEW.id, d.n, '09:00', '17:00' FROM
        (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) d;
END;
CREATE TRIGGER service_default_hours_new_line AFTER UPDATE OF ticket_prefix ON service
WHEN OLD.ticket_prefix = '' AND NEW.ticket_prefix <> ''
    AND NOT EXISTS (SELECT 1 FROM service_hours WHERE service_id = NEW.id)
BEGIN
    INSERT INTO service_hours (service_id, weekday, opens, closes)
        SELECT NEW.id, d.n, '09:00', '17:00' FROM
        (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) d;
END;

CREATE TABLE closure (
    id          INTEGER PRIMARY KEY,
    day         TEXT NOT NULL,
    -- NULL: the whole centre.
    service_id  INTEGER REFERENCES service(id) ON DELETE CASCADE,
    name        TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX closure_day ON closure(day, ifnull(service_id, 0));
"#;

/// Reports: visits by day (people served in a period, visits per day), covering the
/// person and the service so the period's visits are read from the index alone.
const V11_REPORTS: &str = r#"
CREATE INDEX visit_day ON visit(visited_on, person_id, service_id);
"#;

/// Group activities: the activity with its weekly schedule over a term, its sessions,
/// enrolment (enrolled, waiting in order of arrival, left) and attendance per session.
const V12_ACTIVITIES: &str = r#"
CREATE TABLE activity (
    id            INTEGER PRIMARY KEY,
    service_id    INTEGER NOT NULL REFERENCES service(id),
    name          TEXT NOT NULL,
    capacity      INTEGER NOT NULL CHECK (capacity > 0),
    min_age       INTEGER,
    max_age       INTEGER,
    starts_on     TEXT NOT NULL,
    ends_on       TEXT NOT NULL CHECK (ends_on >= starts_on),
    -- Weekday numbers, 1 = Monday: '1,3'.
    weekdays      TEXT NOT NULL,
    time          TEXT NOT NULL,
    minutes       INTEGER NOT NULL CHECK (minutes > 0),
    roll_default  TEXT NOT NULL CHECK (roll_default IN ('present', 'absent')),
    active        INTEGER NOT NULL DEFAULT 1,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE activity_session (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    starts_at    TEXT NOT NULL,
    minutes      INTEGER NOT NULL,
    taken_at     TEXT,
    taken_by     TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (activity_id, starts_at)
);
CREATE INDEX activity_session_start ON activity_session(starts_at);

CREATE TABLE enrolment (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    state        TEXT NOT NULL CHECK (state IN ('enrolled', 'waiting', 'left')),
    joined_at    TEXT NOT NULL,
    enrolled_at  TEXT,
    left_at      TEXT,
    left_reason  TEXT NOT NULL DEFAULT '',
    created_by   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);
-- One current enrolment per person and activity.
CREATE UNIQUE INDEX enrolment_current ON enrolment(activity_id, person_id) WHERE state <> 'left';
CREATE INDEX enrolment_person ON enrolment(person_id);

CREATE TABLE attendance (
    session_id  INTEGER NOT NULL REFERENCES activity_session(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    present     INTEGER NOT NULL,
    PRIMARY KEY (session_id, person_id)
) WITHOUT ROWID;
CREATE INDEX attendance_person ON attendance(person_id);
"#;

/// Basic-goods distribution: programmes (the social grocery and pharmacy on their
/// queue lines, TEBA, clothes, school supplies; editable) with their categories,
/// households' enrolments by decision with an allowance per period, and hand-outs
/// with their lines.
const V13_DISTRIBUTION: &str = r#"
CREATE TABLE programme (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name_el     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    unit        TEXT NOT NULL CHECK (unit IN ('points', 'items')),
    period      TEXT NOT NULL CHECK (period IN ('month', 'quarter', 'year')),
    over_limit  TEXT NOT NULL CHECK (over_limit IN ('warn', 'stop')),
    service_id  INTEGER REFERENCES service(id),
    active      INTEGER NOT NULL DEFAULT 1,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE programme_category (
    programme_id  INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    points        INTEGER NOT NULL DEFAULT 1,
    position      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id, name)
);
INSERT INTO programme (code, name_el, name_en, unit, period, over_limit, service_id) VALUES
    ('grocery', 'Κοινωνικό Παντοπωλείο', 'Social grocery', 'points', 'month', 'stop',
        (SELECT id FROM service WHERE code = 'grocery')),
    ('pharmacy', 'Κοινωνικό Φαρμακείο', 'Social pharmacy', 'items', 'month', 'warn',
        (SELECT id FROM service WHERE code = 'pharmacy')),
    ('teba', 'ΤΕΒΑ', 'TEBA food aid', 'items', 'quarter', 'stop', NULL),
    ('clothes', 'Ρουχοθήκη', 'Clothes', 'items', 'quarter', 'warn', NULL),
    ('school', 'Σχολικά είδη', 'School supplies', 'items', 'year', 'warn', NULL);
INSERT INTO programme_category (programme_id, name, points, position)
    SELECT p.id, c.name, c.points, c.position FROM programme p JOIN (
        SELECT 'grocery' AS code, 'Τρόφιμα ξηρά' AS name, 2 AS points, 1 AS position
        UNION ALL SELECT 'grocery', 'Γαλακτοκομικά', 3, 2
        UNION ALL SELECT 'grocery', 'Κρέας, ψάρι', 5, 3
        UNION ALL SELECT 'grocery', 'Φρούτα, λαχανικά', 1, 4
        UNION ALL SELECT 'grocery', 'Είδη υγιεινής', 2, 5
        UNION ALL SELECT 'grocery', 'Βρεφικά', 4, 6
        UNION ALL SELECT 'pharmacy', 'Φάρμακα με συνταγή', 1, 1
        UNION ALL SELECT 'pharmacy', 'Παραφάρμακα', 1, 2
        UNION ALL SELECT 'teba', 'Δέμα τροφίμων', 1, 1
        UNION ALL SELECT 'teba', 'Είδη υγιεινής', 1, 2
        UNION ALL SELECT 'clothes', 'Ρούχα ενηλίκων', 1, 1
        UNION ALL SELECT 'clothes', 'Παιδικά ρούχα', 1, 2
        UNION ALL SELECT 'clothes', 'Υποδήματα', 1, 3
        UNION ALL SELECT 'school', 'Σχολική τσάντα', 1, 1
        UNION ALL SELECT 'school', 'Τετράδια', 1, 2
        UNION ALL SELECT 'school', 'Γραφική ύλη', 1, 3
    ) c ON c.code = p.code;

CREATE TABLE programme_enrolment (
    id            INTEGER PRIMARY KEY,
    programme_id  INTEGER NOT NULL REFERENCES programme(id),
    household_id  INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
    decided_on    TEXT NOT NULL,
    valid_from    TEXT NOT NULL,
    valid_to      TEXT NOT NULL CHECK (valid_to >= valid_from),
    allowance     INTEGER NOT NULL CHECK (allowance > 0),
    note          TEXT NOT NULL DEFAULT '',
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX programme_enrolment_household ON programme_enrolment(household_id);
CREATE INDEX programme_enrolment_programme ON programme_enrolment(programme_id, valid_to);

CREATE TABLE handout (
    id            INTEGER PRIMARY KEY,
    enrolment_id  INTEGER NOT NULL REFERENCES programme_enrolment(id) ON DELETE CASCADE,
    given_at      TEXT NOT NULL,
    given_by      TEXT NOT NULL,
    -- Who collected it, when registered.
    person_id     INTEGER REFERENCES person(id) ON DELETE SET NULL,
    counted       INTEGER NOT NULL,
    over          INTEGER NOT NULL DEFAULT 0,
    ticket_id     INTEGER REFERENCES ticket(id)
);
CREATE INDEX handout_enrolment ON handout(enrolment_id, given_at);
CREATE TABLE handout_line (
    handout_id  INTEGER NOT NULL REFERENCES handout(id) ON DELETE CASCADE,
    category    TEXT NOT NULL,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    points      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX handout_line_handout ON handout_line(handout_id);
"#;

/// ESF monitoring: the intake facts the participant indicators need beyond the
/// person's record (one row per person, each answer optional), and each person's
/// entries into and exits from the centre's ESF operations.
const V14_ESF: &str = r#"
CREATE TABLE person_esf (
    person_id           INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    unemployed_since    TEXT,
    housing             TEXT,
    area                TEXT,
    born_abroad         INTEGER,
    parent_born_abroad  INTEGER,
    minority            INTEGER,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE participation (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    -- The operation's code in the funder's system (e.g. its MIS / ΟΠΣ code).
    operation    TEXT NOT NULL,
    entered_on   TEXT NOT NULL,
    left_on      TEXT,
    exit_reason  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    CHECK (left_on IS NULL OR left_on >= entered_on)
);
CREATE INDEX participation_entry ON participation(operation, entered_on);
CREATE INDEX participation_person ON participation(person_id);
"#;

/// Referrals between centres: each referral gets an id shared by both centres, incoming
/// ones are marked with the organisation that sent them; the centre's ed25519 key that
/// signs its packets (the secret stays here, the public half is on its organisation).
const V15_EXCHANGE: &str = r#"
ALTER TABLE referral ADD COLUMN uid TEXT;
ALTER TABLE referral ADD COLUMN incoming INTEGER NOT NULL DEFAULT 0;
ALTER TABLE referral ADD COLUMN partner_id INTEGER REFERENCES organisation(id);
UPDATE referral SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX referral_uid ON referral(uid);
CREATE TRIGGER referral_uid_new AFTER INSERT ON referral WHEN NEW.uid IS NULL
BEGIN
    UPDATE referral SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id;
END;
CREATE TABLE centre_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    secret      TEXT NOT NULL,
    public      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
"#;

/// Every migration, oldest first. `user_version` counts how many have run.
const STEPS: &[&str] = &[
    V1,
    V2_REFERRAL,
    V3_LOOKUP,
    V4_INTAKE,
    V5_QUEUE,
    V6_LOOKUP_PAIRS,
    V7_LOOKUP_BIRTH,
    V8_ACCESS,
    V9_DIRECTORY,
    V10_APPOINTMENTS,
    V11_REPORTS,
    V12_ACTIVITIES,
    V13_DISTRIBUTION,
    V14_ESF,
    V15_EXCHANGE,
];

pub fn migrations() -> Migrations<'static> {
    Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect())
}

/// Brings `conn` to the latest schema with rusqlite_migration (each step in its own
/// transaction, `user_version` counting them). Several desks may open the same new
/// file at the same moment: the one that loses the race for the write lock gets BUSY
/// or "already exists", and then simply finds the work done by re-reading the version.
/// Returns the version found before.
pub fn migrate(conn: &mut rusqlite::Connection) -> Result<i64, String> {
    let version = |conn: &rusqlite::Connection| {
        conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .map_err(|e| e.to_string())
    };
    let found = version(conn)?;
    let mut attempt = 0;
    loop {
        match migrations().to_latest(conn) {
            Ok(()) => return Ok(found),
            Err(e) => {
                if version(conn)? >= latest_version() {
                    return Ok(found);
                }
                attempt += 1;
                if attempt >= 50 {
                    return Err(e.to_string());
                }
                // Another process holds the write lock while it migrates: wait for it.
                std::thread::sleep(std::time::Duration::from_millis(20 * attempt.min(10)));
            }
        }
    }
}

/// How many migrations this program knows: a database with a higher
/// `user_version` was written by a newer kentro.
pub fn latest_version() -> i64 {
    STEPS.len() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }

    #[test]
    fn the_first_migration_marks_the_file_as_kentro() {
        assert_eq!(APPLICATION_ID, 1_263_424_594);
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let id: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        assert_eq!(id, APPLICATION_ID);
    }
}
