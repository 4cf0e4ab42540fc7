use super::*;

#[test]
fn a_key_is_never_printed_and_must_be_long_enough() {
    let key = DbKey::new("correct horse battery\n").unwrap();
    assert_eq!(format!("{key:?}"), "DbKey(..)");
    assert!(DbKey::new("short").is_err());
}

#[cfg(unix)]
#[test]
fn a_key_file_readable_by_others_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("key");
    std::fs::write(&path, "correct horse battery\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(
        DbKey::from_file(&path)
            .unwrap_err()
            .to_string()
            .contains("chmod 600")
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(DbKey::from_file(&path).is_ok());
}

#[cfg(not(feature = "encryption"))]
#[test]
fn without_the_feature_a_key_is_a_clear_refusal() {
    let dir = tempfile::tempdir().unwrap();
    let key = DbKey::new("correct horse battery").unwrap();
    let err = super::super::Store::create_keyed(&dir.path().join("k.db"), Some(&key))
        .err()
        .unwrap();
    assert!(err.to_string().contains("without encryption"), "{err}");
}

#[cfg(feature = "encryption")]
#[test]
fn an_encrypted_file_has_no_sqlite_header_and_a_wrong_key_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let key = DbKey::new("correct horse battery").unwrap();
    let mut store = super::super::Store::create_keyed(&path, Some(&key)).unwrap();
    let person = crate::domain::person::Person {
        surname: "QXENCRYPTEDCANARY".into(),
        given_name: "A".into(),
        ..Default::default()
    };
    store
        .insert_person(&person, &crate::store::Stamp::now("t"))
        .unwrap();
    store.checkpoint().unwrap();
    drop(store);
    let bytes = std::fs::read(&path).unwrap();
    assert_ne!(&bytes[..16], SQLITE_HEADER);
    assert!(looks_encrypted(&path));
    assert!(!bytes.windows(17).any(|w| w == b"QXENCRYPTEDCANARY"));
    let wrong = DbKey::new("wrong horse battery").unwrap();
    let err = super::super::Store::open_keyed(&path, Some(&wrong))
        .err()
        .unwrap();
    assert!(matches!(err, StoreError::WrongKey { .. }), "{err}");
    assert_eq!(err.to_string().lines().count(), 1);
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "nothing written");
    let again = super::super::Store::open_keyed(&path, Some(&key)).unwrap();
    assert_eq!(again.count_people().unwrap(), 1);
    // Without a key the encrypted file is refused, untouched.
    assert!(super::super::Store::open(&path).is_err());
}

#[cfg(feature = "encryption")]
#[test]
fn a_plain_database_is_encrypted_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = super::super::Store::create(&path).unwrap();
    let person = crate::domain::person::Person {
        surname: "QXPLAINCANARY".into(),
        given_name: "A".into(),
        ..Default::default()
    };
    store
        .insert_person(&person, &crate::store::Stamp::now("t"))
        .unwrap();
    drop(store);
    let key = DbKey::new("correct horse battery").unwrap();
    // Refused while a desk has it open, and left as it was.
    let desk = super::super::Store::open(&path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = encrypt_in_place(&path, &key).unwrap_err();
    assert!(matches!(err, KeyError::InUse { .. }), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!temp_beside(&path).exists());
    drop(desk);
    encrypt_in_place(&path, &key).unwrap();
    assert!(!temp_beside(&path).exists());
    assert!(looks_encrypted(&path));
    let bytes = std::fs::read(&path).unwrap();
    assert!(!bytes.windows(13).any(|w| w == b"QXPLAINCANARY"));
    let store = super::super::Store::open_keyed(&path, Some(&key)).unwrap();
    assert_eq!(store.count_people().unwrap(), 1);
    assert!(store.health().unwrap().is_ok());
    drop(store);
    assert!(matches!(
        encrypt_in_place(&path, &key).unwrap_err(),
        KeyError::AlreadyEncrypted { .. }
    ));
}

#[cfg(feature = "encryption")]
#[test]
fn a_backup_of_an_encrypted_database_is_encrypted_and_needs_the_key() {
    use super::super::backup;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let key = DbKey::new("correct horse battery").unwrap();
    let mut store = super::super::Store::create_keyed(&path, Some(&key)).unwrap();
    let person = crate::domain::person::Person {
        surname: "QXBACKUPCANARY".into(),
        given_name: "A".into(),
        ..Default::default()
    };
    store
        .insert_person(&person, &crate::store::Stamp::now("t"))
        .unwrap();
    let copy = dir.path().join("copy.db");
    assert_eq!(store.backup_to(&copy).unwrap().people, 1);
    drop(store);
    let bytes = std::fs::read(&copy).unwrap();
    assert_ne!(&bytes[..16], SQLITE_HEADER);
    assert!(!bytes.windows(14).any(|w| w == b"QXBACKUPCANARY"));
    // Without the key the copy is refused; with it, it checks and restores.
    assert!(backup::check_file(&copy).is_err());
    let wrong = DbKey::new("wrong horse battery").unwrap();
    assert!(matches!(
        backup::check_file_keyed(&copy, Some(&wrong)),
        Err(StoreError::WrongKey { .. })
    ));
    assert_eq!(
        backup::check_file_keyed(&copy, Some(&key)).unwrap().people,
        1
    );
    let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 2)
        .unwrap()
        .and_hms_opt(3, 4, 5)
        .unwrap();
    let restored = backup::restore_keyed(&path, &copy, Some(&key), at).unwrap();
    assert_eq!(restored.health.people, 1);
    assert!(looks_encrypted(&path));
}
