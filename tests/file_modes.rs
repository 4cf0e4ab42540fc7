//! File modes whatever the umask. Alone in its test binary: the umask is process-wide,
//! and other tests creating files at the same time would get the odd one below.

use std::os::unix::fs::PermissionsExt;

use kentro::store::{Stamp, Store};

#[test]
fn a_new_database_and_its_wal_and_shm_are_owner_only_whatever_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    // A umask that would leave the file world-readable, and one that would take the
    // owner's own bits: the file is 0600 either way.
    for (umask, name) in [(0o000, "a.db"), (0o277, "b.db")] {
        let old = nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(umask));
        let made = Store::create(&dir.path().join(name));
        nix::sys::stat::umask(old);
        let mut store = made.unwrap();
        store.queue_lines().expect("the new database is readable");
        store
            .set_setting("probe", "1", &Stamp::now("tester"))
            .expect("the new database is writable");
        for suffix in ["", "-wal", "-shm"] {
            let file = dir.path().join(format!("{name}{suffix}"));
            let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{} has mode {mode:o}", file.display());
        }
    }
}
