//! Role × organisation × way in, through the real binary: every command that reaches
//! personal data is run by each role of each organisation, and each answer is checked
//! against the privacy rule: allowed works, forbidden is refused or masked, and every
//! search leaves one audit row. (The screens' side: `ui::staff`, `ui::audit` and the
//! card's tests run the same roles through the shell.)

use std::path::PathBuf;
use std::process::Output;

mod common;

use common::cli::Cli;
use common::{me, praksis_centre, praksis_referral, text};
use kentro::domain::access::{Access, Kind, Scope, Viewer, access};
use kentro::domain::codes::Role;
use kentro::domain::person::Person;
use kentro::store::Store;

const AMKA: &str = "01013099997";
const REASON: &str = "QXMATRIXREASON";
const NAME: &str = "Matrixopoulou";

struct Centre {
    cli: Cli,
    person: i64,
}

impl Centre {
    /// One person with an AMKA, and a referral written by praksis without consent to
    /// share; the tests' operator is `role` of `organisation`.
    fn new(role: Role, organisation: &str) -> Centre {
        let cli = Cli::bare().in_dir();
        let zoe = Person {
            surname: NAME.into(),
            given_name: "Zoe".into(),
            amka: Some(AMKA.into()),
            ..Person::default()
        };
        let (mut store, person) = praksis_centre(&cli.db(), role, organisation, &zoe);
        let service = store.services().unwrap()[0].id;
        praksis_referral(&mut store, person, service, REASON);
        Centre { cli, person }
    }

    fn db(&self) -> PathBuf {
        self.cli.db()
    }

    fn kentro(&self, args: &[&str]) -> Output {
        self.cli.run(args)
    }

    fn audit_count(&self, action: &str) -> i64 {
        common::audit_count(&self.db(), action, Some(&me()))
    }
}

#[test]
fn every_role_of_every_organisation_on_every_command() {
    let mut checked = 0;
    for role in Role::ALL.iter().copied() {
        for organisation in ["", "praksis", "arsis"] {
            let c = Centre::new(role, organisation);
            let viewer = Viewer::new(&me(), role, organisation);
            let case = format!("{role:?} of {organisation:?}");
            let admin = viewer.may(Kind::BulkExport);

            // search: identifiers masked for everyone unless revealed, and revealing
            // only for roles the rule lets ask; one audit row per search.
            let out = c.kentro(&["search", "--json", NAME]);
            assert!(out.status.success(), "{case}: {}", text(&out));
            assert!(text(&out).contains(NAME), "{case}");
            assert!(!text(&out).contains(AMKA), "{case}: {}", text(&out));
            assert_eq!(c.audit_count("search"), 1, "{case}");
            let out = c.kentro(&["search", "--json", "--reveal", NAME]);
            let may_reveal = access(&viewer, Kind::Identifier, Scope::Centre) == Access::Reveal;
            assert_eq!(out.status.success(), may_reveal, "{case}: {}", text(&out));
            assert_eq!(text(&out).contains(AMKA), may_reveal, "{case}");
            assert_eq!(c.audit_count("reveal"), i64::from(may_reveal), "{case}");
            assert_eq!(c.audit_count("search"), 1 + i64::from(may_reveal), "{case}");

            // Every person at once, and one person's everything: administrators only.
            let out = c.kentro(&["export", "beneficiaries"]);
            assert_eq!(out.status.success(), admin, "{case}: {}", text(&out));
            assert_eq!(text(&out).contains(AMKA), admin, "{case}");
            let out = c.kentro(&["export", "person", &c.person.to_string()]);
            assert_eq!(out.status.success(), admin, "{case}: {}", text(&out));
            let file = c.cli.path(&format!("person-{}.json", c.person));
            assert_eq!(file.exists(), admin, "{case}");

            // The referral's reason belongs to praksis: shown to praksis, to nobody
            // else without the person's consent to share (not even an administrator,
            // who must break the glass with a reason).
            let out = c.kentro(&["referrals", "list", "--json"]);
            assert!(out.status.success(), "{case}: {}", text(&out));
            let shown = access(
                &viewer,
                Kind::ReferralDetail,
                Scope::Organisation {
                    owner: "praksis",
                    consent_to_share: false,
                },
            ) == Access::See;
            assert_eq!(shown, organisation == "praksis", "{case}");
            assert_eq!(text(&out).contains(REASON), shown, "{case}: {}", text(&out));

            // The audit log: administrators only.
            let out = c.kentro(&["audit", "--json"]);
            assert_eq!(out.status.success(), admin, "{case}: {}", text(&out));
            assert_eq!(text(&out).contains("\"search\""), admin, "{case}");

            // Erasure: administrators only.
            let out = c.kentro(&["erase", "person", &c.person.to_string(), "--yes"]);
            assert_eq!(out.status.success(), admin, "{case}: {}", text(&out));
            let erased = Store::open(&c.db()).unwrap().is_erased(c.person).unwrap();
            assert_eq!(erased, admin, "{case}");
            checked += 1;
        }
    }
    assert_eq!(checked, Role::ALL.len() * 3);
}
