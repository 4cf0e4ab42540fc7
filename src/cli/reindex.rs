//! `kentro reindex`: rebuilds the stored name keys after a change of the key rules
//! (the Debian package's upgrade step runs it), with a progress bar on a terminal.
//! It works in the short transactions desks already share: they go on saving and
//! searching on the keys there are while it runs. The interface starts the same
//! rebuild in the background when it finds stale keys (see [`in_background`]).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::domain::names::KEY_VERSION;
use crate::i18n::cli::{CliMsg, say, sayf};
use crate::store::{DbKey, Store};

/// `kentro reindex [--force]`.
pub fn run(store: &mut Store, force: bool) -> Result<ExitCode, crate::Error> {
    let rules = KEY_VERSION.to_string();
    if force {
        store.forget_search_key_version()?;
    }
    if !store.search_keys_stale()? {
        outln!("{}", sayf(CliMsg::KeysCurrent, &[&rules]));
        return Ok(ExitCode::SUCCESS);
    }
    let total = store.count_people()?;
    let bar =
        super::progress::Progress::new(u64::try_from(total).unwrap_or(0), say(CliMsg::PeopleUnit));
    tracing::info!(
        people = total,
        rules = KEY_VERSION,
        "search key rebuild started"
    );
    let result = store.rebuild_search_keys(&mut |done, _| bar.set(done as u64));
    bar.finish();
    result?;
    tracing::info!(
        people = total,
        rules = KEY_VERSION,
        "search key rebuild finished"
    );
    outln!(
        "{}",
        sayf(CliMsg::KeysRebuilt, &[&total.to_string(), &rules])
    );
    Ok(ExitCode::SUCCESS)
}

/// Starts the rebuild on its own connection in a background thread, when the keys
/// are stale: the desk works meanwhile (searches use the keys there are). Desks that
/// start at the same time share the work through the store's cursor. Failures are
/// logged; the next start or `kentro reindex` goes on from where it stopped.
pub fn in_background(store: &Store) {
    match store.search_keys_stale() {
        Ok(false) => return,
        Ok(true) => {}
        Err(e) => {
            tracing::warn!(error = %e, "cannot read the search key version");
            return;
        }
    }
    let path: PathBuf = store.path().to_path_buf();
    let key: Option<DbKey> = store.key().cloned();
    let spawned = std::thread::Builder::new()
        .name("kentro-reindex".into())
        .spawn(move || {
            let rebuilt = Store::open_keyed(&path, key.as_ref())
                .and_then(|mut own| own.rebuild_search_keys(&mut |_, _| {}));
            match rebuilt {
                Ok(()) => {
                    tracing::info!(rules = KEY_VERSION, "search keys rebuilt in the background")
                }
                Err(e) => tracing::warn!(error = %e, "background search key rebuild stopped"),
            }
        });
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "cannot start the background search key rebuild");
    }
}
