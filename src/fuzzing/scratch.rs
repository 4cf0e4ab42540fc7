//! The scratch databases the fuzz targets write into: one per process (and thread),
//! in a temporary directory removed when the process ends.

use std::cell::RefCell;

use crate::domain::codes::Role;
use crate::domain::directory::Organisation;
use crate::domain::records::Staff;
use crate::store::{Stamp, Store};

struct Scratch {
    _dir: tempfile::TempDir,
    store: Store,
    /// The partner centre whose packets are imported, once its key is set.
    partner: Option<String>,
}

thread_local! {
    static SCRATCH: RefCell<Option<Scratch>> = const { RefCell::new(None) };
}

fn with_scratch<T>(f: impl FnOnce(&mut Scratch) -> T) -> T {
    SCRATCH.with(|cell| {
        let mut slot = cell.borrow_mut();
        let scratch = slot.get_or_insert_with(|| {
            let dir = tempfile::tempdir().expect("a scratch directory");
            let store =
                Store::open_or_create(&dir.path().join("fuzz.db")).expect("a scratch database");
            Scratch {
                _dir: dir,
                store,
                partner: None,
            }
        });
        f(scratch)
    })
}

/// Runs `f` on this process's scratch database.
pub fn with_store<T>(f: impl FnOnce(&mut Store) -> T) -> T {
    with_scratch(|s| f(&mut s.store))
}

/// Runs `f` on the scratch database with a partner centre whose packets verify with
/// `public_key`: `f(store, partner's HSDS id, a service's HSDS id)`.
pub fn with_partner<T>(public_key: &str, f: impl FnOnce(&mut Store, &str, &str) -> T) -> T {
    with_scratch(|s| {
        let partner = s.partner.get_or_insert_with(|| {
            let org = Organisation {
                uid: "fuzz-partner".into(),
                name: "Partner centre".into(),
                network_member: true,
                public_key: public_key.to_string(),
                ..Organisation::default()
            };
            s.store
                .batch(&Stamp::now(super::OPERATOR), |b| {
                    b.upsert_organisation_by_uid(&org).map(|_| ())
                })
                .expect("the partner centre");
            org.uid
        });
        let service = s
            .store
            .service_by_code("kea")
            .expect("the services")
            .expect("a fresh database's services")
            .uid;
        f(&mut s.store, partner, &service)
    })
}

/// The operator importing packets: an administrator of the centre.
pub fn administrator() -> Staff {
    Staff {
        login: super::OPERATOR.into(),
        display_name: "Fuzz".into(),
        role: Role::Admin,
        organisation: String::new(),
        default_desk: None,
        active: true,
    }
}
