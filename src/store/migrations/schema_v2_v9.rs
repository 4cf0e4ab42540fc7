//! Migrations 2 to 9: referrals, lookup keys, intake, queue, access, directory.

/// Consent to share a person's data with one service (`service_id`) or with any
/// (`service_id` NULL), and the referral index by service.
pub(super) const V2_REFERRAL: &str = r#"
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
pub(super) const V3_LOOKUP: &str = r#"
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
pub(super) const V4_INTAKE: &str = r#"
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
pub(super) const V5_QUEUE: &str = r#"
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
pub(super) const V6_LOOKUP_PAIRS: &str = r#"
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
pub(super) const V7_LOOKUP_BIRTH: &str = r#"
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
pub(super) const V8_ACCESS: &str = r#"
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
pub(super) const V9_DIRECTORY: &str = r#"
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
