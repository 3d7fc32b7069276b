//! A tenant's unwrapped data keys, by version, ready to seal and open.

use std::collections::BTreeMap;
use std::sync::Arc;

use aes_gcm::Aes256Gcm;
use aes_gcm::aead::KeyInit;

use super::KeyVersion;
use super::data_key::{DataKey, WrappedDataKey};
use super::dictionary::{Dictionary, DictionaryId};
use super::kdf::PURPOSE_MESSAGE_SEAL;
use super::master_key::MasterKey;
use crate::ArchiveError;

/// One tenant's data keys, and its compression dictionaries. New content is sealed under the
/// highest version; older versions stay to open what was sealed before a rotation. Messages are
/// compressed with the newest dictionary; older ones stay to open what they compressed.
///
/// Rotation without downtime: generate a `DataKey`, `wrap` it with `next_version()`, store the
/// wrapped key durably, and only then `insert` it. Inserting before the store commits could seal
/// messages under a key that is then lost.
#[derive(Default)]
pub struct Keyring {
    keys: BTreeMap<KeyVersion, KeyringEntry>,
    dictionaries: BTreeMap<DictionaryId, Arc<Dictionary>>,
    /// The dictionary added last: the one new messages are compressed with.
    current_dictionary: Option<Arc<Dictionary>>,
}

struct KeyringEntry {
    data_key: DataKey,
    /// AES-256-GCM keyed with the data key's message-sealing subkey, expanded once.
    message_cipher: Aes256Gcm,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Keyring")
            .field("versions", &self.keys.keys().collect::<Vec<_>>())
            .field(
                "dictionaries",
                &self.dictionaries.keys().collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Keyring {
    pub fn new() -> Self {
        Keyring::default()
    }

    /// Unwraps every stored key of `tenant_id`. One bad key fails the whole load: a keyring that
    /// silently lacks a version would report its messages as tampered.
    pub fn unwrap_all<'a>(
        master: &MasterKey,
        tenant_id: i64,
        wrapped_keys: impl IntoIterator<Item = &'a WrappedDataKey>,
    ) -> Result<Keyring, ArchiveError> {
        let mut keyring = Keyring::new();
        for wrapped in wrapped_keys {
            keyring.insert(wrapped.version, wrapped.unwrap(master, tenant_id)?)?;
        }
        Ok(keyring)
    }

    /// Adds a key; a version can be added once.
    pub fn insert(&mut self, version: KeyVersion, data_key: DataKey) -> Result<(), ArchiveError> {
        if version == 0 {
            return Err(ArchiveError::InvalidKeyVersion { version });
        }
        if self.keys.contains_key(&version) {
            return Err(ArchiveError::DuplicateKeyVersion { version });
        }
        let message_cipher = {
            let subkey = data_key.derive_subkey(PURPOSE_MESSAGE_SEAL);
            Aes256Gcm::new(subkey.expose_secret().into())
        };
        self.keys.insert(
            version,
            KeyringEntry {
                data_key,
                message_cipher,
            },
        );
        Ok(())
    }

    /// The highest version and its key: the one new content is sealed under.
    pub fn current(&self) -> Option<(KeyVersion, &DataKey)> {
        self.keys
            .last_key_value()
            .map(|(version, entry)| (*version, &entry.data_key))
    }

    pub fn current_version(&self) -> Option<KeyVersion> {
        self.keys.last_key_value().map(|(version, _)| *version)
    }

    pub fn get(&self, version: KeyVersion) -> Option<&DataKey> {
        self.keys.get(&version).map(|entry| &entry.data_key)
    }

    /// The version a newly generated key should get: one above the highest, 1 for the first.
    /// `None` once u32 versions are exhausted.
    pub fn next_version(&self) -> Option<KeyVersion> {
        match self.current_version() {
            None => Some(1),
            Some(version) => version.checked_add(1),
        }
    }

    /// Versions held, ascending.
    pub fn versions(&self) -> impl Iterator<Item = KeyVersion> + '_ {
        self.keys.keys().copied()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Adds a compression dictionary (opened from storage, oldest first); the last added is the
    /// one new messages are compressed with. A dictionary id is added once.
    pub fn insert_dictionary(&mut self, dictionary: Dictionary) -> Result<(), ArchiveError> {
        let id = dictionary.id();
        if self.dictionaries.contains_key(&id) {
            return Err(ArchiveError::DuplicateDictionary { id });
        }
        let dictionary = Arc::new(dictionary);
        self.dictionaries.insert(id, dictionary.clone());
        self.current_dictionary = Some(dictionary);
        Ok(())
    }

    /// The dictionary new messages are compressed with, if the tenant has one yet.
    pub fn current_dictionary(&self) -> Option<&Arc<Dictionary>> {
        self.current_dictionary.as_ref()
    }

    pub fn dictionary(&self, id: DictionaryId) -> Option<&Dictionary> {
        self.dictionaries.get(&id).map(|dictionary| &**dictionary)
    }

    pub(crate) fn current_message_cipher(&self) -> Option<(KeyVersion, &Aes256Gcm)> {
        self.keys
            .last_key_value()
            .map(|(version, entry)| (*version, &entry.message_cipher))
    }

    pub(crate) fn message_cipher(&self, version: KeyVersion) -> Option<&Aes256Gcm> {
        self.keys.get(&version).map(|entry| &entry.message_cipher)
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use crate::ArchiveErrorCode;

    #[test]
    fn current_is_the_highest_version() {
        let mut keyring = Keyring::new();
        assert!(keyring.current().is_none());
        assert_eq!(keyring.next_version(), Some(1));
        keyring.insert(2, DataKey::generate()).unwrap();
        keyring.insert(1, DataKey::generate()).unwrap();
        assert_eq!(keyring.current().map(|(version, _)| version), Some(2));
        assert_eq!(keyring.next_version(), Some(3));
        assert!(keyring.get(1).is_some());
        assert!(keyring.get(3).is_none());
        assert_eq!(keyring.versions().collect::<Vec<_>>(), vec![1, 2]);
        assert_eq!(
            format!("{keyring:?}"),
            "Keyring { versions: [1, 2], dictionaries: [] }"
        );
    }

    #[test]
    fn a_version_is_added_once_and_never_zero() {
        let mut keyring = Keyring::new();
        keyring.insert(1, DataKey::generate()).unwrap();
        let duplicate = keyring.insert(1, DataKey::generate()).unwrap_err();
        assert_eq!(duplicate.code(), ArchiveErrorCode::InvalidInput);
        let zero = keyring.insert(0, DataKey::generate()).unwrap_err();
        assert_eq!(zero.code(), ArchiveErrorCode::InvalidInput);
    }

    #[test]
    fn unwraps_a_tenants_stored_keys() {
        let master = MasterKey::generate();
        let first = DataKey::generate();
        let second = DataKey::generate();
        let stored = [
            first.wrap(&master, 7, 1).unwrap(),
            second.wrap(&master, 7, 2).unwrap(),
        ];
        let keyring = Keyring::unwrap_all(&master, 7, &stored).unwrap();
        assert_eq!(keyring.get(1).unwrap().expose(), first.expose());
        assert_eq!(keyring.current().unwrap().1.expose(), second.expose());
        let error = Keyring::unwrap_all(&master, 8, &stored).unwrap_err();
        assert_eq!(error.code(), ArchiveErrorCode::IntegrityViolation);
    }
}
