//! Per-tenant data keys, and their wrapped (sealed under the master key) form for storage.
//!
//! A wrapped key is bound to its tenant and version: a wrapped key copied to another tenant's
//! row, or relabelled with another version, fails to unwrap.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use rand::RngCore;
use zeroize::Zeroizing;

use super::framing::Framed;
use super::kdf::PURPOSE_DATA_KEY_WRAP;
use super::master_key::MasterKey;
use super::{KeyVersion, NONCE_LEN};
use crate::ArchiveError;

pub const DATA_KEY_LEN: usize = 32;

/// Format byte of a wrapped data key: AES-256-GCM under the master key's wrapping subkey.
const WRAP_FORMAT_V1: u8 = 1;
const WRAP_DOMAIN: &str = "scrm.archive.data-key.v1";
const TAG_LEN: usize = 16;
const WRAPPED_LEN: usize = 1 + NONCE_LEN + DATA_KEY_LEN + TAG_LEN;
const WHAT: &str = "wrapped data key";

/// A tenant's 32-byte data key. Zeroized on drop; `Debug` hides the bytes; never serialised
/// except wrapped.
pub struct DataKey {
    bytes: Zeroizing<[u8; DATA_KEY_LEN]>,
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("DataKey(..)")
    }
}

impl DataKey {
    /// A fresh random key from the thread-local CSPRNG (seeded from the OS).
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; DATA_KEY_LEN]);
        rand::rng().fill_bytes(bytes.as_mut());
        DataKey { bytes }
    }

    /// Seals this key under `master` for storage, bound to `tenant_id` and `version`.
    pub fn wrap(
        &self,
        master: &MasterKey,
        tenant_id: i64,
        version: KeyVersion,
    ) -> Result<WrappedDataKey, ArchiveError> {
        check_version(version)?;
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let ciphertext = wrapping_cipher(master)
            .encrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: self.bytes.as_ref(),
                    aad: wrap_associated_data(tenant_id, version).as_bytes(),
                },
            )
            .map_err(|_| ArchiveError::EncryptionFailed { what: WHAT })?;
        let mut blob = Vec::with_capacity(WRAPPED_LEN);
        blob.push(WRAP_FORMAT_V1);
        blob.extend_from_slice(&nonce);
        blob.extend_from_slice(&ciphertext);
        Ok(WrappedDataKey { version, blob })
    }

    pub(crate) fn expose(&self) -> &[u8; DATA_KEY_LEN] {
        &self.bytes
    }
}

/// A data key sealed under the master key, as stored (e.g. one row per tenant and version).
/// Holds no secret in the clear: safe to store and to log the version of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedDataKey {
    pub version: KeyVersion,
    /// format byte (1) ‖ 12-byte nonce ‖ AES-256-GCM(data key) ‖ 16-byte tag: 61 bytes.
    pub blob: Vec<u8>,
}

impl WrappedDataKey {
    /// Opens the data key. Fails with an integrity error under the wrong master key, for another
    /// tenant, for another version, or when any byte was changed.
    pub fn unwrap(&self, master: &MasterKey, tenant_id: i64) -> Result<DataKey, ArchiveError> {
        check_version(self.version)?;
        if self.blob.len() != WRAPPED_LEN {
            return Err(ArchiveError::MalformedCiphertext {
                what: WHAT,
                reason: "wrong length",
            });
        }
        let (format, rest) = self.blob.split_at(1);
        if format != [WRAP_FORMAT_V1] {
            return Err(ArchiveError::MalformedCiphertext {
                what: WHAT,
                reason: "unknown format",
            });
        }
        let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
        let nonce: [u8; NONCE_LEN] =
            nonce
                .try_into()
                .map_err(|_| ArchiveError::MalformedCiphertext {
                    what: WHAT,
                    reason: "wrong length",
                })?;
        let plaintext = Zeroizing::new(
            wrapping_cipher(master)
                .decrypt(
                    &Nonce::from(nonce),
                    Payload {
                        msg: ciphertext,
                        aad: wrap_associated_data(tenant_id, self.version).as_bytes(),
                    },
                )
                .map_err(|_| ArchiveError::IntegrityViolation { what: WHAT })?,
        );
        let mut bytes = Zeroizing::new([0u8; DATA_KEY_LEN]);
        if plaintext.len() != DATA_KEY_LEN {
            return Err(ArchiveError::IntegrityViolation { what: WHAT });
        }
        bytes.copy_from_slice(&plaintext);
        Ok(DataKey { bytes })
    }

    /// Re-seals the same data key, same version, under a new master key (master key rotation).
    /// Archived messages need no re-encryption: their data key is unchanged.
    pub fn rewrap(
        &self,
        old_master: &MasterKey,
        new_master: &MasterKey,
        tenant_id: i64,
    ) -> Result<WrappedDataKey, ArchiveError> {
        self.unwrap(old_master, tenant_id)?
            .wrap(new_master, tenant_id, self.version)
    }
}

fn check_version(version: KeyVersion) -> Result<(), ArchiveError> {
    if version == 0 {
        return Err(ArchiveError::InvalidKeyVersion { version });
    }
    Ok(())
}

fn wrapping_cipher(master: &MasterKey) -> Aes256Gcm {
    let wrapping_key = master.derive_subkey(PURPOSE_DATA_KEY_WRAP);
    Aes256Gcm::new(wrapping_key.expose_secret().into())
}

fn wrap_associated_data(tenant_id: i64, version: KeyVersion) -> Framed {
    let mut associated_data = Framed::new(WRAP_DOMAIN);
    associated_data
        .field(&[WRAP_FORMAT_V1])
        .field(&tenant_id.to_be_bytes())
        .field(&version.to_be_bytes());
    associated_data
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use crate::ArchiveErrorCode;
    use proptest::prelude::*;

    fn integrity_failure(result: Result<DataKey, ArchiveError>) -> bool {
        matches!(result, Err(error) if error.code() == ArchiveErrorCode::IntegrityViolation)
    }

    #[test]
    fn wrapped_keys_have_a_fixed_size_and_fresh_nonces() {
        let master = MasterKey::generate();
        let key = DataKey::generate();
        let first = key.wrap(&master, 1, 1).unwrap();
        let second = key.wrap(&master, 1, 1).unwrap();
        assert_eq!(first.blob.len(), 61);
        assert_ne!(first.blob, second.blob, "a fresh nonce each time");
    }

    #[test]
    fn version_zero_is_refused() {
        let master = MasterKey::generate();
        let error = DataKey::generate().wrap(&master, 1, 0).unwrap_err();
        assert_eq!(error.code(), ArchiveErrorCode::InvalidInput);
    }

    #[test]
    fn a_short_or_unknown_blob_is_malformed() {
        let master = MasterKey::generate();
        let mut wrapped = DataKey::generate().wrap(&master, 1, 1).unwrap();
        wrapped.blob[0] = 9;
        let error = wrapped.unwrap(&master, 1).unwrap_err();
        assert_eq!(
            error.to_string(),
            "wrapped data key is malformed: unknown format"
        );
        wrapped.blob.truncate(10);
        assert!(wrapped.unwrap(&master, 1).is_err());
    }

    #[test]
    fn debug_output_hides_the_key() {
        assert_eq!(format!("{:?}", DataKey::generate()), "DataKey(..)");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn wrap_unwrap_rewrap_round_trip(tenant_id in any::<i64>(), version in 1u32..) {
            let master = MasterKey::generate();
            let new_master = MasterKey::generate();
            let key = DataKey::generate();
            let wrapped = key.wrap(&master, tenant_id, version).unwrap();
            prop_assert_eq!(wrapped.version, version);
            let unwrapped = wrapped.unwrap(&master, tenant_id).unwrap();
            prop_assert_eq!(unwrapped.expose(), key.expose());

            let rewrapped = wrapped.rewrap(&master, &new_master, tenant_id).unwrap();
            prop_assert_eq!(rewrapped.version, version);
            let unwrapped_again = rewrapped.unwrap(&new_master, tenant_id).unwrap();
            prop_assert_eq!(unwrapped_again.expose(), key.expose());
            prop_assert!(integrity_failure(rewrapped.unwrap(&master, tenant_id)));
        }

        #[test]
        fn unwrap_fails_for_the_wrong_master_tenant_version_or_any_flipped_bit(
            tenant_id in any::<i64>(),
            other_tenant in any::<i64>(),
            version in 1u32..1000,
            position in 0usize..WRAPPED_LEN,
            bit in 0u8..8,
        ) {
            prop_assume!(tenant_id != other_tenant);
            let master = MasterKey::generate();
            let wrapped = DataKey::generate().wrap(&master, tenant_id, version).unwrap();

            prop_assert!(integrity_failure(wrapped.unwrap(&MasterKey::generate(), tenant_id)));
            prop_assert!(integrity_failure(wrapped.unwrap(&master, other_tenant)));
            let relabelled = WrappedDataKey { version: version + 1, blob: wrapped.blob.clone() };
            prop_assert!(integrity_failure(relabelled.unwrap(&master, tenant_id)));

            let mut tampered = wrapped.clone();
            tampered.blob[position] ^= 1 << bit;
            prop_assert!(integrity_failure(tampered.unwrap(&master, tenant_id)));
        }
    }
}
