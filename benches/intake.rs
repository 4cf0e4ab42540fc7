//! Intake: keystrokes beyond the typed text for a complete intake of a typical person
//! (target ≤ 15), and the latency of saving it (target ≤ 5 ms).
//!
//! The screen is driven with synthetic key events exactly as the shell delivers them:
//! text keys to `handle_key`, bound keys (Tab, Enter, Ctrl-N, Space, Ctrl-S) as actions.

mod common;

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kentro::action::Action;
use kentro::domain::person::Person;
use kentro::i18n::Lang;
use kentro::store::{IntakeSave, Stamp, Store};
use kentro::ui::intake::IntakeScreen;
use kentro::ui::{Ctx, Outcome, Screen};

struct Driver {
    screen: IntakeScreen,
    store: Store,
    typed: usize,
    extra: usize,
}

impl Driver {
    fn text(&mut self, text: &str) {
        for c in text.chars() {
            self.typed += 1;
            let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            let mut cx = Ctx {
                store: &mut self.store,
                lang: Lang::El,
                now: chrono::Local::now().naive_local(),
                operator: "bench",
                desk: Some(1),
            };
            self.screen.handle_key(key, &mut cx);
        }
    }

    fn key(&mut self, action: Action) -> Outcome {
        self.extra += 1;
        let mut cx = Ctx {
            store: &mut self.store,
            lang: Lang::El,
            now: chrono::Local::now().naive_local(),
            operator: "bench",
            desk: Some(1),
        };
        self.screen.handle(action, &mut cx)
    }

    /// Space on a tick box counts as a key beyond the text.
    fn tick(&mut self) {
        self.extra += 1;
        let key = KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE);
        let mut cx = Ctx {
            store: &mut self.store,
            lang: Lang::El,
            now: chrono::Local::now().naive_local(),
            operator: "bench",
            desk: Some(1),
        };
        self.screen.handle_key(key, &mut cx);
    }
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("bench.db")).expect("store");
    let mut d = Driver {
        screen: IntakeScreen::new(),
        store,
        typed: 0,
        extra: 0,
    };
    // F3 opens a blank form on a desk with no drafts: one key.
    d.extra += 1;
    d.screen.new_form();
    // A typical person: name, date of birth, gender, nationality, AMKA, phone,
    // municipality, language with interpreter, one vulnerability flag, consent.
    d.text("Ρεζαΐ");
    d.key(Action::Confirm);
    d.text("Μοχάμαντ");
    d.key(Action::Confirm);
    d.text("Αλί");
    d.key(Action::Confirm);
    d.key(Action::Confirm); // no mother's name
    d.text("14/2/86");
    d.key(Action::Confirm);
    d.text("α"); // Άνδρας
    d.key(Action::Confirm);
    d.text("αφγ");
    d.key(Action::Confirm); // → Documents
    let amka = kentro::domain::ids::amka_payload_for(
        chrono::NaiveDate::from_ymd_opt(1986, 2, 14).expect("date"),
        kentro::domain::codes::Gender::Male,
        123,
    );
    d.text(&amka);
    d.key(Action::NextSection); // → Contact
    d.text("6912345678");
    d.key(Action::NextField);
    d.key(Action::NextField); // no e-mail
    d.key(Action::NextField); // no address
    d.text("αθην");
    d.key(Action::Confirm); // → Household (skipped)
    d.key(Action::NextSection); // → Language
    d.text("περσ");
    d.key(Action::Confirm); // tick Farsi
    d.key(Action::NextField);
    d.tick(); // interpreter
    d.key(Action::NextSection); // → Vulnerability
    d.text("μετα");
    d.key(Action::Confirm); // tick migrant
    d.key(Action::NextSection); // → Work
    d.key(Action::NextSection); // → Consent
    d.tick();
    let outcome = d.key(Action::Save);
    let saved = d.screen.saved_id();
    println!(
        "intake keystrokes: typed {} characters, {} keys beyond the text (target ≤ 15); saved: {}",
        d.typed,
        d.extra,
        saved.is_some()
    );
    if saved.is_none() {
        println!("  not saved: {outcome:?}");
    }
    if let Some(id) = saved
        && let Ok(Some(p)) = d.store.person(id)
    {
        println!(
            "  stored: {} · {:?} · {:?} · {:?} · {:?} · {:?} · {:?}",
            p.display_name(),
            p.date_of_birth,
            p.nationality,
            p.municipality,
            p.languages,
            p.vulnerabilities,
            p.phone
        );
    }

    // Save latency: a complete person saved through the same store call the form uses,
    // on a database already holding people.
    let stamp = Stamp::now("bench");
    let mut samples: Vec<Duration> = Vec::new();
    for i in 0..300u32 {
        let person = Person {
            surname: format!("Ρεζαΐ{i}"),
            given_name: "Μοχάμαντ".into(),
            father_name: "Αλί".into(),
            phone: Some(format!("+3069{:08}", i)),
            nationality: Some("AF".into()),
            languages: vec!["fas".into()],
            consent_at: Some(stamp.at),
            consent_by: Some("bench".into()),
            ..Person::default()
        };
        let save = IntakeSave {
            person,
            ..IntakeSave::default()
        };
        let start = Instant::now();
        d.store.save_intake(&save, &stamp).expect("save");
        samples.push(start.elapsed());
    }
    common::report("intake save (one person, synchronous=FULL)", &mut samples);
    println!("{}", common::machine());
}
