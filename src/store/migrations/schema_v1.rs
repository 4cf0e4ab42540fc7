//! Migration 1: the schema kentro first shipped with.

pub(super) const V1: &str = r#"
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
