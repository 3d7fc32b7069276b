//! Sealing archive content with AES-256-GCM under a tenant's current data key.
//!
//! Two purposes share one implementation and differ only in their associated data's domain
//! label: message bodies (`seal`/`open`, bound to a msgid) and reviewers' notes about archive
//! content, such as alert comments and decision reasons (`seal_note`/`open_note`, bound to the
//! row they belong to). A note blob never opens as a message, nor a message as a note, even under
//! the same key and with a binding spelled like a msgid.
//!
//! Blob format (version 1):
//!
//! ```text
//! format (1 byte = 1) ‖ key version (u32 BE) ‖ nonce (12 random bytes) ‖ ciphertext ‖ tag (16)
//! ```
//!
//! The associated data binds the purpose's domain, the format, the tenant id, the msgid (or the
//! note's binding) and the key version, each length-prefixed, so a blob copied to another tenant
//! or row, or relabelled with another key version, fails to open.
//!
//! **Nonce bound.** Nonces are 96 random bits from the thread-local CSPRNG. After n seals under
//! one key the chance of a repeated nonce is about n²/2⁹⁷; NIST SP 800-38D caps random-nonce
//! use at 2³² seals per key (chance ≤ 2⁻³³). Messages and notes draw on the same key, so both
//! count. Rotate data keys well before that: at 2 million messages a day one tenant reaches 2³²
//! in about 5,800 years, so the practical trigger for rotation is policy, not the bound — but
//! bulk re-encryption jobs count too.

use aes_gcm::Aes256Gcm;
use aes_gcm::aead::{AeadInOut, Nonce, Tag};
use rand::RngCore;
use zeroize::Zeroize;

use super::framing::Framed;
use super::keyring::Keyring;
use super::{KeyVersion, NONCE_LEN};
use crate::ArchiveError;

const SEALED_FORMAT_V1: u8 = 1;
const VERSION_LEN: usize = 4;
const HEADER_LEN: usize = 1 + VERSION_LEN + NONCE_LEN;
const TAG_LEN: usize = 16;
/// Bytes a sealed blob adds to its plaintext.
pub const SEAL_OVERHEAD: usize = HEADER_LEN + TAG_LEN;

/// What a blob is sealed for: the domain label of its associated data, and the name its errors
/// use (never content).
struct Purpose {
    domain: &'static str,
    what: &'static str,
}

const MESSAGE: Purpose = Purpose {
    domain: "scrm.archive.message.v1",
    what: "sealed message",
};

const NOTE: Purpose = Purpose {
    domain: "scrm.archive.note.v1",
    what: "sealed note",
};

const AUDIT: Purpose = Purpose {
    domain: "scrm.archive.audit.v1",
    what: "sealed audit entry",
};

/// The binding of an audit entry's sealed part: its position in the tenant's audit log.
fn audit_binding(seq: u64) -> String {
    format!("audit/{seq}")
}

/// Encrypts `plaintext` (a message body) under the keyring's current key, bound to
/// `tenant_id` and `msgid`.
pub fn seal(
    keyring: &Keyring,
    tenant_id: i64,
    msgid: &str,
    plaintext: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    seal_for(&MESSAGE, keyring, tenant_id, msgid, plaintext)
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
    open_for(&MESSAGE, keyring, tenant_id, msgid, blob)
}

/// Encrypts a note about archive content (a reviewer's comment, a decision reason) under the
/// keyring's current key, bound to `tenant_id` and `binding`, which names the row the note
/// belongs to (e.g. `risk_alert_comment/42/7`), so it cannot be moved to another row.
pub fn seal_note(
    keyring: &Keyring,
    tenant_id: i64,
    binding: &str,
    plaintext: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    seal_for(&NOTE, keyring, tenant_id, binding, plaintext)
}

/// Decrypts a blob made by `seal_note` for the same tenant and binding; fails as `open` does.
/// A message blob never opens here.
pub fn open_note(
    keyring: &Keyring,
    tenant_id: i64,
    binding: &str,
    blob: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    open_for(&NOTE, keyring, tenant_id, binding, blob)
}

/// Encrypts the sealed part of an audit entry (its targets and parameters) under the keyring's
/// current key, bound to `tenant_id` and the entry's `seq`: a blob copied to another entry or
/// tenant fails to open, and it never opens as a message or a note.
pub fn seal_audit(
    keyring: &Keyring,
    tenant_id: i64,
    seq: u64,
    plaintext: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    seal_for(&AUDIT, keyring, tenant_id, &audit_binding(seq), plaintext)
}

/// Decrypts a blob made by `seal_audit` for the same tenant and seq; fails as `open` does.
pub fn open_audit(
    keyring: &Keyring,
    tenant_id: i64,
    seq: u64,
    blob: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    open_for(&AUDIT, keyring, tenant_id, &audit_binding(seq), blob)
}

/// The data key version a sealed blob names, e.g. to find what still needs re-encryption after
/// a rotation. Unauthenticated until `open` succeeds.
pub fn sealed_key_version(blob: &[u8]) -> Result<KeyVersion, ArchiveError> {
    SealedHeader::parse(blob, MESSAGE.what).map(|header| header.version)
}

fn seal_for(
    purpose: &Purpose,
    keyring: &Keyring,
    tenant_id: i64,
    binding: &str,
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
    let associated_data = seal_associated_data(purpose, tenant_id, binding, version);
    let tag = match cipher.encrypt_inout_detached(
        &Nonce::<Aes256Gcm>::from(nonce),
        associated_data.as_bytes(),
        (&mut blob[HEADER_LEN..]).into(),
    ) {
        Ok(tag) => tag,
        Err(_) => {
            // Only a plaintext over AES-GCM's 64 GiB limit gets here; wipe our copy of it.
            blob.zeroize();
            return Err(ArchiveError::EncryptionFailed { what: purpose.what });
        }
    };
    blob.extend_from_slice(&tag);
    Ok(blob)
}

fn open_for(
    purpose: &Purpose,
    keyring: &Keyring,
    tenant_id: i64,
    binding: &str,
    blob: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    let header = SealedHeader::parse(blob, purpose.what)?;
    let cipher =
        keyring
            .message_cipher(header.version)
            .ok_or(ArchiveError::DataKeyVersionMissing {
                version: header.version,
            })?;
    let (ciphertext, tag) = blob[HEADER_LEN..].split_at(blob.len() - HEADER_LEN - TAG_LEN);
    let tag = Tag::<Aes256Gcm>::try_from(tag).map_err(|_| malformed(purpose.what, "too short"))?;
    let associated_data = seal_associated_data(purpose, tenant_id, binding, header.version);

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
        return Err(ArchiveError::IntegrityViolation { what: purpose.what });
    }
    Ok(plaintext)
}

struct SealedHeader {
    version: KeyVersion,
    nonce: [u8; NONCE_LEN],
}

impl SealedHeader {
    fn parse(blob: &[u8], what: &'static str) -> Result<SealedHeader, ArchiveError> {
        if blob.len() < SEAL_OVERHEAD {
            return Err(malformed(what, "too short"));
        }
        if blob[0] != SEALED_FORMAT_V1 {
            return Err(malformed(what, "unknown format"));
        }
        let version_bytes: [u8; VERSION_LEN] = blob[1..1 + VERSION_LEN]
            .try_into()
            .map_err(|_| malformed(what, "too short"))?;
        let nonce: [u8; NONCE_LEN] = blob[1 + VERSION_LEN..HEADER_LEN]
            .try_into()
            .map_err(|_| malformed(what, "too short"))?;
        Ok(SealedHeader {
            version: KeyVersion::from_be_bytes(version_bytes),
            nonce,
        })
    }
}

fn malformed(what: &'static str, reason: &'static str) -> ArchiveError {
    ArchiveError::MalformedCiphertext { what, reason }
}

fn seal_associated_data(
    purpose: &Purpose,
    tenant_id: i64,
    binding: &str,
    version: KeyVersion,
) -> Framed {
    let mut associated_data = Framed::new(purpose.domain);
    associated_data
        .field(&[SEALED_FORMAT_V1])
        .field(&tenant_id.to_be_bytes())
        .field(binding.as_bytes())
        .field(&version.to_be_bytes());
    associated_data
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
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

    #[test]
    fn a_note_round_trips_and_names_itself_in_errors() {
        let keyring = keyring_with_versions(&[1]);
        let blob = seal_note(
            &keyring,
            1,
            "risk_alert_comment/9/4",
            "客户称是误会".as_bytes(),
        )
        .unwrap();
        assert_eq!(
            open_note(&keyring, 1, "risk_alert_comment/9/4", &blob).unwrap(),
            "客户称是误会".as_bytes()
        );
        assert_eq!(
            open_note(&keyring, 1, "risk_alert_comment/9/5", &blob)
                .unwrap_err()
                .to_string(),
            "integrity check failed for sealed note: it was altered, moved, or opened with the wrong key"
        );
        assert_eq!(
            open_note(&keyring, 1, "x", &[1]).unwrap_err().to_string(),
            "sealed note is malformed: too short"
        );
    }

    #[test]
    fn notes_and_messages_never_open_as_each_other() {
        let keyring = keyring_with_versions(&[1]);
        // The same tenant, key and binding text: only the domain differs.
        let note = seal_note(&keyring, 1, "m-1", b"a note").unwrap();
        let message = seal(&keyring, 1, "m-1", b"a message").unwrap();
        assert!(is_integrity_violation(&open(&keyring, 1, "m-1", &note)));
        assert!(is_integrity_violation(&open_note(
            &keyring, 1, "m-1", &message
        )));
        assert_eq!(open_note(&keyring, 1, "m-1", &note).unwrap(), b"a note");
        assert_eq!(open(&keyring, 1, "m-1", &message).unwrap(), b"a message");
    }

    #[test]
    fn an_audit_blob_opens_only_for_its_seq_and_tenant_and_never_as_a_note() {
        let keyring = keyring_with_versions(&[1]);
        let blob = seal_audit(&keyring, 1, 7, b"{\"target\":[]}").unwrap();
        assert_eq!(
            open_audit(&keyring, 1, 7, &blob).unwrap(),
            b"{\"target\":[]}"
        );
        assert_eq!(
            open_audit(&keyring, 1, 8, &blob).unwrap_err().to_string(),
            "integrity check failed for sealed audit entry: it was altered, moved, or opened with the wrong key"
        );
        assert!(is_integrity_violation(&open_audit(&keyring, 2, 7, &blob)));
        assert!(is_integrity_violation(&open_note(
            &keyring, 1, "audit/7", &blob
        )));
        let note = seal_note(&keyring, 1, "audit/7", b"x").unwrap();
        assert!(is_integrity_violation(&open_audit(&keyring, 1, 7, &note)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn seal_note_open_note_round_trip(
            tenant_id in any::<i64>(),
            binding in ".{0,40}",
            plaintext in prop::collection::vec(any::<u8>(), 0..2048),
        ) {
            let keyring = keyring_with_versions(&[1, 2]);
            let blob = seal_note(&keyring, tenant_id, &binding, &plaintext).unwrap();
            prop_assert_eq!(blob.len(), plaintext.len() + SEAL_OVERHEAD);
            prop_assert_eq!(sealed_key_version(&blob).unwrap(), 2);
            prop_assert_eq!(open_note(&keyring, tenant_id, &binding, &blob).unwrap(), plaintext);
            prop_assert!(is_integrity_violation(&open(&keyring, tenant_id, &binding, &blob)));
        }

        #[test]
        fn a_note_under_another_tenant_or_binding_fails_to_open(
            tenant_id in any::<i64>(),
            other_tenant in any::<i64>(),
            alert_id in any::<i64>(),
            other_alert_id in any::<i64>(),
            plaintext in prop::collection::vec(any::<u8>(), 0..256),
        ) {
            prop_assume!(tenant_id != other_tenant && alert_id != other_alert_id);
            let keyring = keyring_with_versions(&[1]);
            let binding = format!("risk_alert_decision/{alert_id}");
            let blob = seal_note(&keyring, tenant_id, &binding, &plaintext).unwrap();
            prop_assert!(is_integrity_violation(&open_note(&keyring, other_tenant, &binding, &blob)));
            let moved = format!("risk_alert_decision/{other_alert_id}");
            prop_assert!(is_integrity_violation(&open_note(&keyring, tenant_id, &moved, &blob)));
            let comment = format!("risk_alert_comment/{alert_id}");
            prop_assert!(is_integrity_violation(&open_note(&keyring, tenant_id, &comment, &blob)));
            let other_keyring = keyring_with_versions(&[1]);
            prop_assert!(is_integrity_violation(&open_note(&other_keyring, tenant_id, &binding, &blob)));
        }

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
