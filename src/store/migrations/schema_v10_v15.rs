//! Migrations 10 to 15: appointments, reports, activities, distribution, ESF, exchange.

/// Appointments: length, with whom, priority carried to the ticket, reminders and
/// versions; holds that make a double booking of a person, member of staff or room
/// impossible even if two desks book at once (one row per five minutes, primary key
/// on resource and time); each service line's opening hours and slots (new lines
/// start open on weekdays 09:00–17:00 with 30-minute slots, one place each); the
/// centre's own closed days besides the public holidays.
pub(super) const V10_APPOINTMENTS: &str = r#"
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
pub(super) const V11_REPORTS: &str = r#"
CREATE INDEX visit_day ON visit(visited_on, person_id, service_id);
"#;

/// Group activities: the activity with its weekly schedule over a term, its sessions,
/// enrolment (enrolled, waiting in order of arrival, left) and attendance per session.
pub(super) const V12_ACTIVITIES: &str = r#"
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
pub(super) const V13_DISTRIBUTION: &str = r#"
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
pub(super) const V14_ESF: &str = r#"
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
pub(super) const V15_EXCHANGE: &str = r#"
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
