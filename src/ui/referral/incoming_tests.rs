//! Referrals received from other centres: shown beside the outgoing ones, marked as
//! incoming, hidden and shown again with `i`, and answered with a packet.

use super::tests::referrals_shell;
use super::*;
use crate::domain::codes::Urgency;
use crate::domain::person::Person;
use crate::i18n::Lang;
use crate::store::Store;
use crate::ui::harness::{self, demo, now};

/// A referral received from another centre (as `kentro referrals import` records it),
/// from an organisation of this directory.
fn receive(store: &mut Store, partner: i64, surname: &str, n: u32) -> i64 {
    let service = store.service_by_code("social").unwrap().unwrap();
    let at = now();
    let referral = crate::domain::records::Referral {
        id: 0,
        person_id: 0,
        service_id: service.id,
        ticket_id: None,
        reason: "Στέγαση".into(),
        urgency: Urgency::Soon,
        note: String::new(),
        state: crate::domain::codes::ReferralState::Sent,
        state_reason: String::new(),
        follow_up_on: None,
        consent_override: false,
        created_at: at,
        created_by: "import".into(),
        updated_at: at,
        updated_by: "import".into(),
        version: 1,
    };
    let person = Person {
        surname: surname.into(),
        given_name: "Zahra".into(),
        ..Person::default()
    };
    let uid = format!("00000000-0000-4000-8000-{n:012}");
    store
        .receive_referral(
            &referral,
            &uid,
            partner,
            Some(&person),
            &crate::store::Stamp::now("import"),
        )
        .unwrap()
        .0
}

#[test]
fn incoming_referrals_are_shown_beside_outgoing_and_answered_with_a_packet() {
    use crate::domain::directory::Organisation;
    let (dir, mut store) = demo();
    let partner = store
        .save_organisation(
            &Organisation {
                name: "Κέντρο Κοινότητας Περιστερίου".into(),
                network_member: true,
                ..Organisation::default()
            },
            &crate::store::Stamp::now("t"),
        )
        .unwrap();
    let first = receive(&mut store, partner, "Rahimi", 1);
    let second = receive(&mut store, partner, "Karimi", 2);
    let slips = dir.path().join("slips");
    for lang in [Lang::En, Lang::El] {
        let mut shell = referrals_shell(lang, &mut store, &slips);
        // Both directions at once: the demo's outgoing referrals and the two received.
        let text = harness::screen_text(&harness::render(&mut shell, 80, 24));
        let counted = match lang {
            Lang::En => "incoming 3",
            Lang::El => "εισερχόμενες 3",
        };
        assert!(text.contains(counted), "{text}");
        // i: only the incoming ones, then only the outgoing ones, then both again.
        shell.handle_key(harness::key("i"), &mut store);
        let terminal = harness::render(&mut shell, 80, 24);
        let text = harness::screen_text(&terminal);
        let rows = text.matches("← Κέντρο").count();
        assert_eq!(rows, 2, "{text}");
        insta::assert_snapshot!(
            format!("referrals_incoming_{}", lang.code()),
            terminal.backend()
        );
        shell.handle_key(harness::key("i"), &mut store);
        let text = harness::screen_text(&harness::render(&mut shell, 80, 24));
        assert!(!text.contains("← Κέντρο"), "{text}");
        shell.handle_key(harness::key("i"), &mut store);
    }
    // Answering from the screen: accepted, and the answer packet is written at once,
    // signed with this centre's key, by the same code as `kentro referrals export`.
    let mut shell = harness::shell(Lang::En);
    let mut screen = ReferralScreen::new();
    screen.set_today(now().date());
    screen.slips_dir = Some(slips.clone());
    shell.replace_screen(Box::new(screen));
    shell.open(crate::ui::ScreenId::Referrals, &mut store);
    shell.handle_key(harness::key("i"), &mut store);
    // One of them found by the filter.
    shell.handle_key(harness::key("/"), &mut store);
    harness::type_text(&mut shell, &mut store, "Rahimi");
    shell.handle_key(harness::key("enter"), &mut store);
    shell.handle_key(harness::key("a"), &mut store);
    let own_key = store.own_organisation().unwrap().public_key;
    let read = |state: &str| -> Vec<crate::domain::packet::PacketBody> {
        std::fs::read_dir(&slips)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .filter(|e| {
                        e.file_name().to_string_lossy().starts_with("answer-")
                            && e.file_name().to_string_lossy().contains(state)
                    })
                    .map(|e| {
                        let text = std::fs::read_to_string(e.path()).unwrap();
                        crate::domain::packet::verify(&text, &own_key).unwrap()
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let accepted = read("accepted");
    assert_eq!(accepted.len(), 1, "{:?}", store.referral(first).unwrap());
    assert_eq!(accepted[0].answer.as_ref().unwrap().state, "accepted");
    // Declined with its reason: asked, then written.
    let state = |store: &Store, id| store.referral(id).unwrap().unwrap().state;
    assert_eq!(
        state(&store, first),
        crate::domain::codes::ReferralState::Accepted
    );
    let other = second;
    shell.handle_key(harness::key("/"), &mut store);
    for _ in 0.."Rahimi".len() {
        shell.handle_key(harness::key("backspace"), &mut store);
    }
    harness::type_text(&mut shell, &mut store, "Karimi");
    shell.handle_key(harness::key("enter"), &mut store);
    shell.handle_key(harness::key("x"), &mut store);
    harness::type_text(&mut shell, &mut store, "no places until March");
    shell.handle_key(harness::key("enter"), &mut store);
    assert_eq!(
        state(&store, other),
        crate::domain::codes::ReferralState::Declined
    );
    let declined = read("declined");
    assert_eq!(declined.len(), 1);
    assert_eq!(
        declined[0].answer.as_ref().unwrap().reason,
        "no places until March"
    );
    // w writes it again (a closed referral shows among all of them: o), next to the
    // first, never over it.
    shell.handle_key(harness::key("o"), &mut store);
    shell.handle_key(harness::key("w"), &mut store);
    assert_eq!(read("declined").len(), 2);
    let mode = std::fs::read_dir(&slips)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| {
            std::os::unix::fs::PermissionsExt::mode(&e.metadata().unwrap().permissions()) & 0o777
        })
        .collect::<Vec<_>>();
    assert!(mode.iter().all(|&m| m == 0o600), "{mode:?}");
}
