//! The booking form: who (a registered person found with the kit's person picker, or
//! a name not yet registered with a contact phone), the line, the date and time with
//! the free slots offered first (↑ ↓ take one), the length, with whom (staff, room),
//! the priority flags (1–6, 7 urgent), the interpreter's language and a note. Ctrl-S
//! books; a refusal is marked beside its field and the form stays; what is typed is
//! kept as a draft (a moment after each change, at exit, and on Esc).

use chrono::{NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use super::changes::{parse_time, took_slots};
use crate::domain::appointments::{Refusal, Slot};
use crate::domain::codes::Vulnerability;
use crate::domain::dates::{format_date, parse_date};
use crate::domain::records::Service;
use crate::domain::reference::find_language;
use crate::i18n::appointments::AMsg;
use crate::i18n::tf;
use crate::store::{Attendees, NewAppointment};
use crate::ui::kit::draft::{DraftSlot, draft_for};
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::field::TextField;
use crate::ui::kit::list::ListView;
use crate::ui::kit::person::{PersonPicker, PersonSource};
use crate::ui::{Ctx, Outcome};

/// The draft kind of the booking form (one per operator).
pub(super) const DRAFT_KIND: &str = "appointment";
/// How many free slots the form offers.
pub(super) const OFFERED: usize = 12;
/// How far ahead free slots are looked for.
const DAYS_AHEAD: u32 = 28;

/// The flags the form offers, by their number keys (7 is "urgent").
pub(super) const FLAGS: [Vulnerability; 6] = Vulnerability::PRIORITY;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Person,
    Phone,
    Line,
    Date,
    Time,
    Length,
    Staff,
    Room,
    Flags,
    Language,
    Note,
}

pub(super) const FIELDS: [Field; 11] = [
    Field::Person,
    Field::Phone,
    Field::Line,
    Field::Date,
    Field::Time,
    Field::Length,
    Field::Staff,
    Field::Room,
    Field::Flags,
    Field::Language,
    Field::Note,
];

pub(super) struct BookingForm {
    pub(super) field: Field,
    pub(super) person_pick: PersonPicker,
    /// The registered person chosen (id, one-line form).
    pub(super) person: Option<(i64, String)>,
    pub(super) phone: TextField,
    pub(super) lines: Vec<Service>,
    pub(super) line: usize,
    pub(super) date: TextField,
    pub(super) time: TextField,
    pub(super) length: TextField,
    pub(super) staff: TextField,
    pub(super) room: TextField,
    pub(super) flags: Vec<Vulnerability>,
    pub(super) urgent: bool,
    pub(super) language: TextField,
    pub(super) note: TextField,
    pub(super) ticket_id: Option<i64>,
    /// The free slots for what is chosen, first first.
    pub(super) slots: Vec<Slot>,
    pub(super) slot_list: ListView,
    pub(super) slots_error: Option<String>,
    /// What is wrong, beside the field.
    pub(super) errors: Vec<(Field, String)>,
    /// A failure of the database: the form stays, this says why.
    pub(super) error: Option<String>,
    pub(super) draft: DraftSlot,
}

/// What a booking form's draft holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub(super) struct FormDraft {
    pub person: Option<(i64, String)>,
    pub person_query: String,
    pub phone: String,
    pub line_id: Option<i64>,
    pub date: String,
    pub time: String,
    pub length: String,
    pub staff: String,
    pub room: String,
    pub flags: Vec<String>,
    pub urgent: bool,
    pub language: String,
    pub note: String,
    pub ticket_id: Option<i64>,
}

impl BookingForm {
    pub(super) fn new(lines: Vec<Service>, line: usize) -> BookingForm {
        BookingForm {
            field: Field::Person,
            person_pick: PersonPicker::new(PersonSource { limit: 8 }),
            person: None,
            phone: TextField::new(),
            lines,
            line,
            date: TextField::new(),
            time: TextField::new(),
            length: TextField::new(),
            staff: TextField::new(),
            room: TextField::new(),
            flags: Vec::new(),
            urgent: false,
            language: TextField::new(),
            note: TextField::new(),
            ticket_id: None,
            slots: Vec::new(),
            slot_list: ListView::new(),
            slots_error: None,
            errors: Vec::new(),
            error: None,
            draft: DraftSlot::new(DRAFT_KIND, None),
        }
    }

    pub(super) fn line_id(&self) -> Option<i64> {
        self.lines.get(self.line).map(|s| s.id)
    }

    /// Nothing typed that would be lost (the date and time are offered, not typed).
    pub(super) fn is_blank(&self) -> bool {
        self.person.is_none()
            && self.person_pick.query().trim().is_empty()
            && [
                &self.phone,
                &self.length,
                &self.staff,
                &self.room,
                &self.language,
                &self.note,
            ]
            .iter()
            .all(|f| f.text().trim().is_empty())
            && self.flags.is_empty()
            && !self.urgent
    }

    pub(super) fn to_draft(&self) -> FormDraft {
        FormDraft {
            person: self.person.clone(),
            person_query: self.person_pick.query(),
            phone: self.phone.text(),
            line_id: self.line_id(),
            date: self.date.text(),
            time: self.time.text(),
            length: self.length.text(),
            staff: self.staff.text(),
            room: self.room.text(),
            flags: self.flags.iter().map(|f| f.code().to_string()).collect(),
            urgent: self.urgent,
            language: self.language.text(),
            note: self.note.text(),
            ticket_id: self.ticket_id,
        }
    }

    pub(super) fn from_draft(d: &FormDraft, lines: Vec<Service>) -> BookingForm {
        let line = d
            .line_id
            .and_then(|id| lines.iter().position(|s| s.id == id))
            .unwrap_or(0);
        let mut form = BookingForm::new(lines, line);
        form.person = d.person.clone();
        match &d.person {
            Some((_, shown)) => form.person_pick.show(shown),
            None => form.person_pick.show(&d.person_query),
        }
        form.phone.set_text(&d.phone);
        form.date.set_text(&d.date);
        form.time.set_text(&d.time);
        form.length.set_text(&d.length);
        form.staff.set_text(&d.staff);
        form.room.set_text(&d.room);
        form.flags = d
            .flags
            .iter()
            .filter_map(|c| Vulnerability::from_code(c))
            .collect();
        form.urgent = d.urgent;
        form.language.set_text(&d.language);
        form.note.set_text(&d.note);
        form.ticket_id = d.ticket_id;
        form
    }

    /// The fields the form goes through: the phone only for a name not registered.
    fn fields(&self) -> Vec<Field> {
        FIELDS
            .into_iter()
            .filter(|f| *f != Field::Phone || self.person.is_none())
            .collect()
    }

    pub(super) fn step_field(&mut self, forward: bool) {
        let fields = self.fields();
        let at = fields.iter().position(|f| *f == self.field).unwrap_or(0);
        let n = fields.len();
        self.field = fields[if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        }];
        if self.field == Field::Person && self.person.is_none() {
            // Back on the name: what it finds is shown again.
            self.person_pick.clear_hits();
        }
    }

    pub(super) fn text_mut(&mut self) -> Option<&mut TextField> {
        match self.field {
            Field::Phone => Some(&mut self.phone),
            Field::Date => Some(&mut self.date),
            Field::Time => Some(&mut self.time),
            Field::Length => Some(&mut self.length),
            Field::Staff => Some(&mut self.staff),
            Field::Room => Some(&mut self.room),
            Field::Language => Some(&mut self.language),
            Field::Note => Some(&mut self.note),
            Field::Person | Field::Line | Field::Flags => None,
        }
    }

    /// Who is booked, for the free-slot search.
    fn attendees(&self) -> Attendees {
        let text = |f: &TextField| Some(f.text().trim().to_string()).filter(|s| !s.is_empty());
        Attendees {
            person_id: self.person.as_ref().map(|p| p.0),
            staff: text(&self.staff),
            room: text(&self.room),
        }
    }

    fn minutes(&self) -> Option<u32> {
        self.length.text().trim().parse().ok()
    }

    /// After `field` was typed into: its mark goes, the draft is due, and the free
    /// slots are looked for again when the field bears on them.
    pub(super) fn edited(&mut self, field: Field, cx: &mut Ctx<'_>) {
        self.clear_error(field);
        self.draft.changed();
        if matches!(
            field,
            Field::Date | Field::Length | Field::Staff | Field::Room
        ) {
            self.find_slots(cx);
        }
    }

    /// Looks for the free slots from the typed date (today if none) for the line,
    /// the length, the person, the staff and the room chosen.
    pub(super) fn find_slots(&mut self, cx: &mut Ctx<'_>) {
        let Some(line) = self.line_id() else {
            self.slots.clear();
            return;
        };
        let day = parse_date(&self.date.text(), cx.today()).unwrap_or(cx.today());
        let from = day.and_time(NaiveTime::MIN).max(cx.now);
        let found = cx.store.free_slots(
            line,
            from,
            DAYS_AHEAD,
            self.minutes(),
            &self.attendees(),
            OFFERED,
        );
        self.slot_list = took_slots(found, &mut self.slots, &mut self.slots_error, cx.lang);
        // The selection starts on the typed time if it is offered.
        if let Some(at) = self.typed_time(cx)
            && let Some(i) = self.slots.iter().position(|s| s.start == at)
        {
            self.slot_list.select(i);
        }
    }

    pub(super) fn typed_time(&self, cx: &Ctx<'_>) -> Option<NaiveDateTime> {
        let day = parse_date(&self.date.text(), cx.today()).ok()?;
        Some(day.and_time(parse_time(&self.time.text())?))
    }

    /// Puts the selected free slot in the date and time.
    pub(super) fn take_slot(&mut self) {
        if let Some(slot) = self.slots.get(self.slot_list.selected()) {
            self.date.set_text(&format_date(slot.start.date()));
            self.time.set_text(&slot.start.format("%H:%M").to_string());
            self.clear_error(Field::Date);
            self.clear_error(Field::Time);
        }
    }

    pub(super) fn clear_error(&mut self, field: Field) {
        self.errors.retain(|(f, _)| *f != field);
        self.error = None;
    }

    /// What to book, or what is wrong, field by field.
    pub(super) fn new_appointment(
        &self,
        cx: &Ctx<'_>,
    ) -> Result<NewAppointment, Vec<(Field, AMsg)>> {
        let mut wrong = Vec::new();
        let name = self.person_pick.query().trim().to_string();
        if self.person.is_none() && name.is_empty() {
            wrong.push((Field::Person, AMsg::NobodyNamed));
        }
        let phone = self.phone.text().trim().to_string();
        let phone = if self.person.is_some() {
            None
        } else if phone.is_empty() {
            if !name.is_empty() {
                wrong.push((Field::Phone, AMsg::PhoneNeeded));
            }
            None
        } else {
            match crate::domain::ids::check_phone(&phone) {
                Ok(p) => Some(p),
                Err(_) => {
                    wrong.push((Field::Phone, AMsg::BadPhone));
                    None
                }
            }
        };
        let day = parse_date(&self.date.text(), cx.today());
        if day.is_err() {
            wrong.push((Field::Date, AMsg::BadDate));
        }
        let time = parse_time(&self.time.text());
        if time.is_none() {
            wrong.push((Field::Time, AMsg::BadTime));
        }
        let length = self.length.text().trim().to_string();
        let minutes = if length.is_empty() {
            None
        } else {
            match length.parse::<u32>() {
                Ok(m) => Some(m),
                Err(_) => {
                    wrong.push((Field::Length, AMsg::BadLength));
                    None
                }
            }
        };
        let language = self.language.text().trim().to_string();
        let interpreter_language = if language.is_empty() {
            None
        } else {
            match find_language(&language) {
                Some(l) => Some(l.code.clone()),
                None => {
                    wrong.push((Field::Language, AMsg::UnknownLanguage));
                    None
                }
            }
        };
        let Some(service_id) = self.line_id() else {
            wrong.push((Field::Line, AMsg::NoLines));
            return Err(wrong);
        };
        if !wrong.is_empty() {
            return Err(wrong);
        }
        let text = |f: &TextField| Some(f.text().trim().to_string()).filter(|s| !s.is_empty());
        Ok(NewAppointment {
            service_id,
            person_id: self.person.as_ref().map(|p| p.0),
            label: if self.person.is_some() {
                String::new()
            } else {
                name
            },
            phone,
            starts_at: match (day, time) {
                (Ok(d), Some(t)) => Some(d.and_time(t)),
                _ => None,
            },
            minutes,
            staff: text(&self.staff),
            room: text(&self.room),
            priority: self.flags.clone(),
            urgent: self.urgent,
            interpreter_language,
            note: self.note.text(),
        })
    }
}

/// The field a refusal is about.
pub(super) fn refusal_field(r: Refusal) -> Field {
    match r {
        Refusal::PersonBusy | Refusal::NobodyNamed => Field::Person,
        Refusal::StaffBusy => Field::Staff,
        Refusal::RoomBusy => Field::Room,
        Refusal::BadLength => Field::Length,
        Refusal::NoSuchLine => Field::Line,
        Refusal::Closed => Field::Date,
        _ => Field::Time,
    }
}

/// At the program's start: an unfinished booking is offered on the status line.
pub(super) fn offer_draft(cx: &mut Ctx<'_>) -> Outcome {
    match draft_for::<FormDraft>(cx.store, cx.operator, DRAFT_KIND, None) {
        Ok(Some(d)) => {
            let name = d.person.map(|p| p.1).unwrap_or(d.person_query);
            Outcome::Status(tf(cx.lang, AMsg::DraftOffer, &[&name]))
        }
        Ok(None) => Outcome::Ignored,
        Err(e) => store_failure(cx.lang, "read drafts", &e),
    }
}
