//! Opening and creating the database: refusing a missing path or a foreign file, a
//! new owner-only file, the connection's settings, the migrations, and the search
//! keys rebuilt when their rules changed.

use super::*;

/// Up to this many people, keys built by older rules are rebuilt when the database
/// is opened (well under a second); beyond, in the background (`kentro reindex`).
const INLINE_REBUILD_PEOPLE: i64 = 2_000;

impl Store {
    /// Opens the existing database at `path`, migrating it if it is older.
    ///
    /// A missing file is refused (a typo in `--db` must not make a new, empty
    /// database: `kentro init` is the door for that). A file that is not a kentro
    /// database, or was written by a newer kentro, is refused before anything is
    /// written to it.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_keyed(path, None)
    }

    /// Opens the existing database at `path` with an encryption key (SQLCipher builds),
    /// applied before any other statement and checked at once: a wrong key is refused
    /// before anything is written.
    pub fn open_keyed(path: &Path, key: Option<&DbKey>) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        Store::connect(path, key)
    }

    /// Creates a new database at `path`, owner-only (0600) whatever the umask; SQLite
    /// gives its WAL and SHM the same mode and owner. Refuses a path that exists.
    pub fn create(path: &Path) -> Result<Store, StoreError> {
        Store::create_keyed(path, None)
    }

    /// Creates a new database at `path` as [`Store::create`] does, encrypted with `key`
    /// when one is given (SQLCipher builds).
    pub fn create_keyed(path: &Path, key: Option<&DbKey>) -> Result<Store, StoreError> {
        create_private_file(path)?;
        Store::connect(path, key)
    }

    /// Opens `path`, creating it if missing: for tests, benchmarks and the demo's
    /// temporary database, never for a path an operator typed.
    pub fn open_or_create(path: &Path) -> Result<Store, StoreError> {
        if path.exists() {
            Store::open(path)
        } else {
            match Store::create(path) {
                // Another process created it between the two steps.
                Err(StoreError::CannotOpen { .. }) if path.exists() => Store::open(path),
                other => other,
            }
        }
    }

    /// Opens the existing database at `path` only to read it: no migration, no key
    /// rebuild, no write, and no file left beside it (`kentro check`, `kentro doctor`).
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        Store::open_read_only_keyed(path, None)
    }

    /// [`Store::open_read_only`] with the database's encryption key, if it has one.
    pub fn open_read_only_keyed(path: &Path, key: Option<&DbKey>) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        fault::before_open(path, false)?;
        // Opened for writing but never written (`query_only`): a read-only connection
        // would leave behind the -wal and -shm files it needs, while the last
        // read-write connection to close removes them.
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .or_else(|_| {
                Connection::open_with_flags(
                    path,
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )
            })
            .map_err(|e| fault::diagnose(path, e))?;
        if let Some(key) = key {
            key::apply(&conn, key, path)?;
        }
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "query_only", true)?;
        inspect(&conn, path)?;
        Ok(Store {
            conn,
            sqlite_busy: false,
            turns: super::turns::Turns::none(),
            path: path.to_path_buf(),
            key: key.cloned(),
            drafts_aside: draft_aside::default_dir(path),
        })
    }

    fn connect(path: &Path, key: Option<&DbKey>) -> Result<Store, StoreError> {
        Store::connect_unnamed(path, key).map_err(|e| fault::located(path, e))
    }

    /// [`Store::connect`], whose SQLite errors are then named for what happened.
    fn connect_unnamed(path: &Path, key: Option<&DbKey>) -> Result<Store, StoreError> {
        let cannot_open = |e: rusqlite::Error| fault::diagnose(path, e);
        if path.is_dir() {
            return Err(StoreError::CannotOpen {
                path: path.to_path_buf(),
                reason: "is a directory".into(),
            });
        }
        // Before SQLite makes anything beside the file: a read-only file, directory or
        // side file is named, and the refusal leaves nothing behind.
        fault::before_open(path, true)?;
        // Never SQLITE_OPEN_CREATE: the file exists (checked above, or just created
        // owner-only by `create`), and if it vanished meanwhile that is an error.
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(cannot_open)?;
        if let Some(key) = key {
            key::apply(&conn, key, path)?;
        }
        conn.busy_handler(Some(busy::handler))
            .map_err(cannot_open)?;
        inspect(&conn, path)?;
        if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
            return Err(fault::read_only(path));
        }
        configure(&conn).map_err(cannot_open)?;
        let version = schema_version(&conn)?;
        if version > 0 && version < latest_version() {
            // An upgrade is due: keep the database as it was first.
            let target =
                backup::before_migration_name(path, version, chrono::Local::now().naive_local());
            backup::snapshot(&conn, path, &target, key)?;
        }
        // Under the write lock: another process may be creating the same new file.
        let found = migrations::migrate(&mut conn)?;
        if found > latest_version() {
            return Err(StoreError::Newer {
                path: path.to_path_buf(),
                found,
                supported: latest_version(),
            });
        }
        let mut store = Store {
            conn,
            sqlite_busy: false,
            turns: super::turns::Turns::of(path),
            path: path.to_path_buf(),
            key: key.cloned(),
            drafts_aside: draft_aside::default_dir(path),
        };
        // Keys built by older rules: a small database is rebuilt at once (well under a
        // second); a large one is not waited for. Searches use the keys there are
        // until `kentro reindex` (the package's upgrade step) or the background
        // rebuild a desk's interface starts has finished.
        if store.search_keys_stale()? && store.count_people()? <= INLINE_REBUILD_PEOPLE {
            store.rebuild_search_keys(&mut |_, _| {})?;
        }
        store.ensure_centre_key(random_seed)?;
        // Drafts the database could not take last time go back into it now.
        store.bring_back_drafts();
        Ok(store)
    }
}

/// Creates `path` as an empty file readable and writable by its owner only, whatever
/// the umask (the mode is set again after creation, since the umask may have taken
/// bits away). Refuses a path that exists, or a symbolic link there.
fn create_private_file(path: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let cannot_create = |e: std::io::Error| StoreError::CannotOpen {
        path: path.to_path_buf(),
        reason: if e.kind() == std::io::ErrorKind::AlreadyExists {
            "already exists; kentro never creates a database over a file".into()
        } else {
            e.to_string()
        },
    };
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(nix::libc::O_NOFOLLOW)
        .open(path)
        .map_err(cannot_create)?;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))
        .map_err(cannot_create)?;
    Ok(())
}

pub(super) fn schema_version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Decides, by reading only, whether `conn` may be migrated. Returns true for a new,
/// empty database.
fn inspect(conn: &Connection, path: &Path) -> Result<bool, StoreError> {
    let not_kentro = || StoreError::NotKentro {
        path: path.to_path_buf(),
    };
    // One statement, so one snapshot: another desk may be creating this very file.
    let read = || {
        conn.query_row(
            "SELECT (SELECT application_id FROM pragma_application_id()), \
                    (SELECT count(*) FROM sqlite_schema), \
                    (SELECT user_version FROM pragma_user_version())",
            [],
            |row| {
                Ok((
                    row.get::<_, i32>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, i64>(2)?,
                ))
            },
        )
    };
    let started = std::time::Instant::now();
    let (app_id, objects, version) = loop {
        match read() {
            Ok(values) => break values,
            Err(e) if error::is_busy(&e) && started.elapsed() < BUSY_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(e) if error::is_busy(&e) => return Err(StoreError::Sql(e)),
            // A damaged file, a full disk or a read-only directory (no -shm could be
            // made) is named as such; another program's file is not kentro's.
            Err(e) => {
                return Err(match fault::diagnose(path, e) {
                    StoreError::Sql(_) => not_kentro(),
                    named => named,
                });
            }
        }
    };
    if app_id == 0 && objects == 0 && version == 0 {
        return Ok(true);
    }
    if app_id != APPLICATION_ID {
        return Err(not_kentro());
    }
    if version > latest_version() {
        return Err(StoreError::Newer {
            path: path.to_path_buf(),
            found: version,
            supported: latest_version(),
        });
    }
    Ok(false)
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    // Switching a new file to WAL needs it to itself for a moment, and SQLite answers
    // "locked" at once rather than through the busy handler when another desk is
    // opening it too: try again for a while (the usual busy timeout).
    let started = std::time::Instant::now();
    let mode: String = loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0)) {
            Err(e) if error::is_busy(&e) && started.elapsed() < BUSY_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(10));
            }
            other => break other?,
        }
    };
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(rusqlite::Error::InvalidParameterName(format!(
            "journal_mode stayed {mode}"
        )));
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Freed bytes are overwritten, so an erased person's data does not linger in
    // free pages or cells of the file.
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

/// 32 bytes from the operating system's random source, for the centre's key.
fn random_seed() -> [u8; 32] {
    use rand::TryRngCore;
    let mut seed = [0u8; 32];
    // Should the OS source fail, two random UUIDs (the same system source through
    // another path, 244 random bits) rather than a guessable seed.
    if rand::rngs::OsRng.try_fill_bytes(&mut seed).is_err() {
        for (chunk, id) in seed
            .chunks_mut(16)
            .zip([uuid::Uuid::new_v4(), uuid::Uuid::new_v4()])
        {
            chunk.copy_from_slice(id.as_bytes());
        }
    }
    seed
}
