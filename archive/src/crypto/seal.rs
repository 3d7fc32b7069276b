//! Sealing archive content with AES-256-GCM under a tenant's current data key.
//!
//! Blob format (version 1):
//!
//! ```text
//! format (1 byte = 1) ‖ key version (u32 BE) ‖ nonce (12 random bytes) ‖ ciphertext ‖ tag (16)
//! ```
//!
//! The associated data binds the format, the tenant id, the msgid and the key version, each
//! length-prefixed, so a blob copied to another tenant or message, or relabelled with another
//! key version, fails to open.
//!
//! **Nonce bound.** Nonces are 96 random bits from the thread-local CSPRNG. After n seals under
//! one key the chance of a repeated nonce is about n²/2⁹⁷; NIST SP 800-38D caps random-nonce
//! use at 2³² seals per key (chance ≤ 2⁻³³). Rotate data keys well before that: at 2 million
//! messages a day one tenant reaches 2³² in about 5,800 years, so the practical trigger for
//! rotation is policy, not the bound — but bulk re-encryption jobs count too.

use aes_gcm::Aes256Gcm;
use aes_gcm::aead::{AeadInOut, Nonce, Tag};
use rand::RngCore;
use zeroize::Zeroize;

use super::framing::Framed;
use super::keyring::Keyring;
use super::{KeyVersion, NONCE_LEN};
use crate::ArchiveError;

const SEALED_FORMAT_V1: u8 = 1;
const SEAL_DOMAIN: &str = "scrm.archive.message.v1";
const VERSION_LEN: usize = 4;
const HEADER_LEN: usize = 1 + VERSION_LEN + NONCE_LEN;
const TAG_LEN: usize = 16;
/// Bytes a sealed blob adds to its plaintext.
pub const SEAL_OVERHEAD: usize = HEADER_LEN + TAG_LEN;
const WHAT: &str = "sealed message";

/// Encrypts `plaintext` (a message body) under the keyring's current key, bound to
/// `tenant_id` and `msgid`.
pub fn seal(
    keyring: &Keyring,
    tenant_id: i64,
    msgid: &str,
    plaintext: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    let (version, cipher) = keyring
        .current_message_cipher()
        .ok_or(ArchiveError::KeyringEmpty)?;
    let mut nonce = [0u8; NONCE_LEN];
    rand::rng().fill_bytes(&mut nonce);

    let mut blob = Vec::with_capacity(SEAL_OVERHEAD + plaintext.len());
    blob.push(SEALED_FORMAT_V1);
    blob.extend_from_slice(&version.to_be_bytes());
    blob.extend_from_slice(&nonce);
    blob.extend_from_slice(plaintext);
    let associated_data = seal_associated_data(tenant_id, msgid, version);
    let tag = match cipher.encrypt_inout_detached(
        &Nonce::<Aes256Gcm>::from(nonce),
        associated_data.as_bytes(),
        (&mut blob[HEADER_LEN..]).into(),
    ) {
        Ok(tag) => tag,
        Err(_) => {
            // Only a plaintext over AES-GCM's 64 GiB limit gets here; wipe our copy of it.
            blob.zeroize();
            return Err(ArchiveError::EncryptionFailed { what: WHAT });
        }
    };
    blob.extend_from_slice(&tag);
    Ok(blob)
}

/// Decrypts a blob made by `seal` for the same tenant and msgid.
///
/// Any change — another tenant, msgid or key version, a different nonce, one flipped bit —
/// fails with `ArchiveError::IntegrityViolation`, which says nothing about the content. A key
/// version the keyring lacks fails with `DataKeyVersionMissing` (reload the keyring).
pub fn open(
    keyring: &Keyring,
    tenant_id: i64,
    msgid: &str,
    blob: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    let header = SealedHeader::parse(blob)?;
    let cipher =
        keyring
            .message_cipher(header.version)
            .ok_or(ArchiveError::DataKeyVersionMissing {
                version: header.version,
            })?;
    let (ciphertext, tag) = blob[HEADER_LEN..].split_at(blob.len() - HEADER_LEN - TAG_LEN);
    let tag = Tag::<Aes256Gcm>::try_from(tag).map_err(|_| malformed("too short"))?;
    let associated_data = seal_associated_data(tenant_id, msgid, header.version);

    let mut plaintext = ciphertext.to_vec();
    let decrypted = cipher.decrypt_inout_detached(
        &Nonce::<Aes256Gcm>::from(header.nonce),
        associated_data.as_bytes(),
        plaintext.as_mut_slice().into(),
        &tag,
    );
    if decrypted.is_err() {
        // Do not leave unauthenticated bytes behind in freed memory.
        plaintext.zeroize();
        return Err(ArchiveError::IntegrityViolation { what: WHAT });
    }
    Ok(plaintext)
}

/// The data key version a sealed blob names, e.g. to find what still needs re-encryption after
/// a rotation. Unauthenticated until `open` succeeds.
pub fn sealed_key_version(blob: &[u8]) -> Result<KeyVersion, ArchiveError> {
    SealedHeader::parse(blob).map(|header| header.version)
}

struct SealedHeader {
    version: KeyVersion,
    nonce: [u8; NONCE_LEN],
}

impl SealedHeader {
    fn parse(blob: &[u8]) -> Result<SealedHeader, ArchiveError> {
        if blob.len() < SEAL_OVERHEAD {
            return Err(malformed("too short"));
        }
        if blob[0] != SEALED_FORMAT_V1 {
            return Err(malformed("unknown format"));
        }
        let version_bytes: [u8; VERSION_LEN] = blob[1..1 + VERSION_LEN]
            .try_into()
            .map_err(|_| malformed("too short"))?;
        let nonce: [u8; NONCE_LEN] = blob[1 + VERSION_LEN..HEADER_LEN]
            .try_into()
            .map_err(|_| malformed("too short"))?;
        Ok(SealedHeader {
            version: KeyVersion::from_be_bytes(version_bytes),
            nonce,
        })
    }
}

fn malformed(reason: &'static str) -> ArchiveError {
    ArchiveError::MalformedCiphertext { what: WHAT, reason }
}

fn seal_associated_data(tenant_id: i64, msgid: &str, version: KeyVersion) -> Framed {
    let mut associated_data = Framed::new(SEAL_DOMAIN);
    associated_data
        .field(&[SEALED_FORMAT_V1])
        .field(&tenant_id.to_be_bytes())
        .field(msgid.as_bytes())
        .field(&version.to_be_bytes());
    associated_data
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArchiveErrorCode;
    use crate::crypto::DataKey;
    use proptest::prelude::*;

    fn keyring_with_versions(versions: &[KeyVersion]) -> Keyring {
        let mut keyring = Keyring::new();
        for version in versions {
            keyring.insert(*version, DataKey::generate()).unwrap();
        }
        keyring
    }

    fn is_integrity_violation(result: &Result<Vec<u8>, ArchiveError>) -> bool {
        matches!(result, Err(error) if error.code() == ArchiveErrorCode::IntegrityViolation)
    }

    #[test]
    fn blob_layout_is_format_version_nonce_ciphertext_tag() {
        let keyring = keyring_with_versions(&[1, 2]);
        let blob = seal(&keyring, 1, "m", b"hello").unwrap();
        assert_eq!(blob.len(), 5 + SEAL_OVERHEAD);
        assert_eq!(blob[0], 1);
        assert_eq!(
            &blob[1..5],
            &2u32.to_be_bytes(),
            "sealed under the current version"
        );
        assert_eq!(sealed_key_version(&blob).unwrap(), 2);
        assert_ne!(&blob[HEADER_LEN..HEADER_LEN + 5], b"hello");
    }

    #[test]
    fn old_versions_still_open_after_rotation() {
        let mut keyring = keyring_with_versions(&[1]);
        let before = seal(&keyring, 1, "m", b"old").unwrap();
        keyring.insert(2, DataKey::generate()).unwrap();
        let after = seal(&keyring, 1, "m", b"new").unwrap();
        assert_eq!(open(&keyring, 1, "m", &before).unwrap(), b"old");
        assert_eq!(open(&keyring, 1, "m", &after).unwrap(), b"new");
    }

    #[test]
    fn failures_are_named_without_content() {
        let keyring = keyring_with_versions(&[1]);
        let error = seal(&Keyring::new(), 1, "m", b"x").unwrap_err();
        assert_eq!(error.code(), ArchiveErrorCode::KeyUnavailable);

        let mut blob = seal(&keyring, 1, "m", "保本".as_bytes()).unwrap();
        let last = blob.len() - 1;
        blob[last] ^= 1;
        let error = open(&keyring, 1, "m", &blob).unwrap_err();
        assert_eq!(
            error.to_string(),
            "integrity check failed for sealed message: it was altered, moved, or opened with the wrong key"
        );

        let missing = open(
            &keyring,
            1,
            "m",
            &seal(&keyring_with_versions(&[5]), 1, "m", b"x").unwrap(),
        );
        assert_eq!(
            missing.unwrap_err().code(),
            ArchiveErrorCode::KeyUnavailable
        );
        assert_eq!(
            open(&keyring, 1, "m", &[1, 0, 0]).unwrap_err().to_string(),
            "sealed message is malformed: too short"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn seal_open_round_trip(
            tenant_id in any::<i64>(),
            msgid in ".{0,40}",
            plaintext in prop::collection::vec(any::<u8>(), 0..2048),
        ) {
            let keyring = keyring_with_versions(&[1]);
            let blob = seal(&keyring, tenant_id, &msgid, &plaintext).unwrap();
            prop_assert_eq!(blob.len(), plaintext.len() + SEAL_OVERHEAD);
            prop_assert_eq!(open(&keyring, tenant_id, &msgid, &blob).unwrap(), plaintext);
        }

        #[test]
        fn any_flipped_bit_fails_to_open(
            plaintext in prop::collection::vec(any::<u8>(), 0..256),
            position_seed in any::<prop::sample::Index>(),
            bit in 0u8..8,
        ) {
            let keyring = keyring_with_versions(&[1]);
            let mut blob = seal(&keyring, 3, "msg-1", &plaintext).unwrap();
            let position = position_seed.index(blob.len());
            blob[position] ^= 1 << bit;
            let opened = open(&keyring, 3, "msg-1", &blob);
            if (1..5).contains(&position) {
                // The version field: names a key this keyring lacks.
                prop_assert!(opened.is_err());
            } else {
                prop_assert!(is_integrity_violation(&opened));
            }
        }

        #[test]
        fn another_tenant_msgid_or_version_fails_to_open(
            tenant_id in any::<i64>(),
            other_tenant in any::<i64>(),
            msgid in "[a-zA-Z0-9_]{1,30}",
            other_msgid in "[a-zA-Z0-9_]{1,30}",
            plaintext in prop::collection::vec(any::<u8>(), 0..256),
        ) {
            prop_assume!(tenant_id != other_tenant && msgid != other_msgid);
            let keyring = keyring_with_versions(&[1, 2]);
            let blob = seal(&keyring, tenant_id, &msgid, &plaintext).unwrap();
            prop_assert!(is_integrity_violation(&open(&keyring, other_tenant, &msgid, &blob)));
            prop_assert!(is_integrity_violation(&open(&keyring, tenant_id, &other_msgid, &blob)));

            let mut relabelled = blob.clone();
            relabelled[1..5].copy_from_slice(&1u32.to_be_bytes());
            prop_assert!(is_integrity_violation(&open(&keyring, tenant_id, &msgid, &relabelled)));

            let mut other_nonce = blob.clone();
            rand::RngCore::fill_bytes(&mut rand::rng(), &mut other_nonce[5..HEADER_LEN]);
            prop_assert!(is_integrity_violation(&open(&keyring, tenant_id, &msgid, &other_nonce)));

            let other_keyring = keyring_with_versions(&[1, 2]);
            prop_assert!(is_integrity_violation(&open(&other_keyring, tenant_id, &msgid, &blob)));
        }
    }
}
