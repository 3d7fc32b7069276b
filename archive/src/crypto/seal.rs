//! Sealing archive content with AES-256-GCM under a tenant's current data key.
//!
//! Two purposes share one implementation and differ only in their associated data's domain
//! label: message bodies (`seal`/`open`, bound to a msgid) and reviewers' notes about archive
//! content, such as alert comments and decision reasons (`seal_note`/`open_note`, bound to the
//! row they belong to). A note blob never opens as a message, nor a message as a note, even under
//! the same key and with a binding spelled like a msgid.
//!
//! Blob formats:
//!
//! ```text
//! 1: format (1 byte = 1) ‖ key version (u32 BE) ‖ nonce (12 random bytes) ‖ ciphertext ‖ tag (16)
//! 2: format (1 byte = 2) ‖ key version (u32 BE) ‖ dictionary id (u32 BE) ‖ nonce (12) ‖
//!    ciphertext of the zstd-compressed plaintext ‖ tag (16)
//! ```
//!
//! Messages are sealed in format 2: compressed first ([`super::dictionary`]), with the tenant's
//! dictionary named in the header (0 for none). Notes and audit entries, short and unlike one
//! another, stay in format 1; messages sealed in format 1 before compression existed still open.
//!
//! The associated data binds the purpose's domain, the format, the tenant id, the msgid (or the
//! note's binding), the key version and (format 2) the dictionary id, each length-prefixed, so a
//! blob copied to another tenant or row, or relabelled with another key version, format or
//! dictionary, fails to open.
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

use super::dictionary::{self, Dictionary, DictionaryId, NO_DICTIONARY};
use super::framing::Framed;
use super::keyring::Keyring;
use super::{KeyVersion, NONCE_LEN};
use crate::ArchiveError;

const SEALED_FORMAT_V1: u8 = 1;
/// Compressed before sealing, with the dictionary named in the header.
const SEALED_FORMAT_COMPRESSED: u8 = 2;
const VERSION_LEN: usize = 4;
const DICTIONARY_ID_LEN: usize = 4;
const HEADER_LEN: usize = 1 + VERSION_LEN + NONCE_LEN;
const TAG_LEN: usize = 16;
/// Bytes a sealed blob (format 1: notes, audit entries) adds to its plaintext.
pub const SEAL_OVERHEAD: usize = HEADER_LEN + TAG_LEN;

/// What a blob is sealed for: the domain label of its associated data, and the name its errors
/// use (never content).
struct Purpose {
    domain: &'static str,
    what: &'static str,
    /// Whether blobs of this purpose may be compressed (format 2).
    compressed: bool,
}

const MESSAGE: Purpose = Purpose {
    domain: "scrm.archive.message.v1",
    what: "sealed message",
    compressed: true,
};

const NOTE: Purpose = Purpose {
    domain: "scrm.archive.note.v1",
    what: "sealed note",
    compressed: false,
};

const AUDIT: Purpose = Purpose {
    domain: "scrm.archive.audit.v1",
    what: "sealed audit entry",
    compressed: false,
};

const DICTIONARY: Purpose = Purpose {
    domain: "scrm.archive.dictionary.v1",
    what: "sealed compression dictionary",
    compressed: false,
};

/// The binding of an audit entry's sealed part: its position in the tenant's audit log.
fn audit_binding(seq: u64) -> String {
    format!("audit/{seq}")
}

/// Compresses `plaintext` (a message original) with the keyring's current dictionary and
/// encrypts it under the keyring's current key, bound to `tenant_id` and `msgid`.
pub fn seal(
    keyring: &Keyring,
    tenant_id: i64,
    msgid: &str,
    plaintext: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    let dictionary = keyring.current_dictionary().map(|dictionary| &**dictionary);
    seal_message(keyring, dictionary, tenant_id, msgid, plaintext)
}

/// As [`seal`], compressing with `dictionary` (or none), which need not be in the keyring yet:
/// an import seals its first batch with the dictionary it trained on that batch, stored in the
/// same transaction as the messages.
pub fn seal_message(
    keyring: &Keyring,
    dictionary: Option<&Dictionary>,
    tenant_id: i64,
    msgid: &str,
    plaintext: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    let frame = dictionary::compress(plaintext, dictionary)?;
    let format = Format::Compressed(dictionary.map_or(NO_DICTIONARY, Dictionary::id));
    let bound = Bound {
        tenant_id,
        binding: msgid,
        dictionary,
    };
    seal_for(&MESSAGE, format, keyring, &bound, &frame)
}

/// Decrypts (and decompresses) a blob made by `seal` for the same tenant and msgid.
///
/// Any change — another tenant, msgid, key version or dictionary, a different nonce, one
/// flipped bit — fails with `ArchiveError::IntegrityViolation`, which says nothing about the
/// content. A key version or dictionary the keyring lacks fails with `DataKeyVersionMissing` or
/// `DictionaryMissing` (reload the keyring).
pub fn open(
    keyring: &Keyring,
    tenant_id: i64,
    msgid: &str,
    blob: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    let header = SealedHeader::parse(blob, MESSAGE.what)?;
    let Format::Compressed(dictionary_id) = header.format else {
        return open_for(&MESSAGE, keyring, &Bound::to(tenant_id, msgid), blob);
    };
    let dictionary = match dictionary_id {
        NO_DICTIONARY => None,
        id => Some(
            keyring
                .dictionary(id)
                .ok_or(ArchiveError::DictionaryMissing { id })?,
        ),
    };
    let bound = Bound {
        tenant_id,
        binding: msgid,
        dictionary,
    };
    let frame = zeroize::Zeroizing::new(open_for(&MESSAGE, keyring, &bound, blob)?);
    dictionary::decompress(&frame, dictionary)
}

/// True when `keyring` holds the key version and the dictionary a message blob names (false
/// for a blob too damaged to say): when it does not, another process rotated keys or trained a
/// dictionary since the keyring was loaded, and reloading it is worth a try.
pub fn keyring_opens(keyring: &Keyring, blob: &[u8]) -> bool {
    let Ok(header) = SealedHeader::parse(blob, MESSAGE.what) else {
        return false;
    };
    let dictionary_known = match header.format {
        Format::Plain | Format::Compressed(NO_DICTIONARY) => true,
        Format::Compressed(id) => keyring.dictionary(id).is_some(),
    };
    dictionary_known && keyring.get(header.version).is_some()
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
    seal_for(
        &NOTE,
        Format::Plain,
        keyring,
        &Bound::to(tenant_id, binding),
        plaintext,
    )
}

/// Decrypts a blob made by `seal_note` for the same tenant and binding; fails as `open` does.
/// A message blob never opens here.
pub fn open_note(
    keyring: &Keyring,
    tenant_id: i64,
    binding: &str,
    blob: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    open_for(&NOTE, keyring, &Bound::to(tenant_id, binding), blob)
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
    seal_for(
        &AUDIT,
        Format::Plain,
        keyring,
        &Bound::to(tenant_id, &audit_binding(seq)),
        plaintext,
    )
}

/// Decrypts a blob made by `seal_audit` for the same tenant and seq; fails as `open` does.
pub fn open_audit(
    keyring: &Keyring,
    tenant_id: i64,
    seq: u64,
    blob: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    open_for(
        &AUDIT,
        keyring,
        &Bound::to(tenant_id, &audit_binding(seq)),
        blob,
    )
}

/// The data key version a sealed blob names, e.g. to find what still needs re-encryption after
/// a rotation. Unauthenticated until `open` succeeds.
pub fn sealed_key_version(blob: &[u8]) -> Result<KeyVersion, ArchiveError> {
    SealedHeader::parse(blob, MESSAGE.what).map(|header| header.version)
}

/// Seals `plaintext` for `purpose` (a compression dictionary, kept like a key: under the
/// tenant's current data key, bound to its id).
pub(crate) fn seal_dictionary(
    keyring: &Keyring,
    tenant_id: i64,
    dictionary: &Dictionary,
) -> Result<Vec<u8>, ArchiveError> {
    seal_for(
        &DICTIONARY,
        Format::Plain,
        keyring,
        &Bound::to(tenant_id, &dictionary_binding(dictionary.id())),
        dictionary.bytes(),
    )
}

/// Opens a dictionary sealed by [`seal_dictionary`] for the same tenant and id.
pub(crate) fn open_dictionary(
    keyring: &Keyring,
    tenant_id: i64,
    id: DictionaryId,
    blob: &[u8],
) -> Result<Dictionary, ArchiveError> {
    let binding = dictionary_binding(id);
    let bytes = open_for(&DICTIONARY, keyring, &Bound::to(tenant_id, &binding), blob)?;
    Dictionary::new(id, bytes)
}

fn dictionary_binding(id: DictionaryId) -> String {
    format!("dictionary/{id}")
}

/// What a blob is bound to besides its purpose, format and key version.
struct Bound<'a> {
    tenant_id: i64,
    /// The msgid, or the row a note or audit entry belongs to.
    binding: &'a str,
    /// The dictionary a compressed message was compressed with: its digest is bound too.
    dictionary: Option<&'a Dictionary>,
}

impl<'a> Bound<'a> {
    fn to(tenant_id: i64, binding: &'a str) -> Bound<'a> {
        Bound {
            tenant_id,
            binding,
            dictionary: None,
        }
    }
}

/// How a blob's plaintext is encoded, from its first byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// Format 1: the plaintext itself.
    Plain,
    /// Format 2: a zstd frame, compressed with the dictionary of this id (0: none).
    Compressed(DictionaryId),
}

impl Format {
    fn byte(self) -> u8 {
        match self {
            Format::Plain => SEALED_FORMAT_V1,
            Format::Compressed(_) => SEALED_FORMAT_COMPRESSED,
        }
    }

    fn header_len(self) -> usize {
        match self {
            Format::Plain => HEADER_LEN,
            Format::Compressed(_) => HEADER_LEN + DICTIONARY_ID_LEN,
        }
    }
}

fn seal_for(
    purpose: &Purpose,
    format: Format,
    keyring: &Keyring,
    bound: &Bound,
    plaintext: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    let (version, cipher) = keyring
        .current_message_cipher()
        .ok_or(ArchiveError::KeyringEmpty)?;
    let mut nonce = [0u8; NONCE_LEN];
    rand::rng().fill_bytes(&mut nonce);

    let header_len = format.header_len();
    let mut blob = Vec::with_capacity(header_len + plaintext.len() + TAG_LEN);
    blob.push(format.byte());
    blob.extend_from_slice(&version.to_be_bytes());
    if let Format::Compressed(dictionary_id) = format {
        blob.extend_from_slice(&dictionary_id.to_be_bytes());
    }
    blob.extend_from_slice(&nonce);
    blob.extend_from_slice(plaintext);
    let associated_data = seal_associated_data(purpose, format, bound, version);
    let tag = match cipher.encrypt_inout_detached(
        &Nonce::<Aes256Gcm>::from(nonce),
        associated_data.as_bytes(),
        (&mut blob[header_len..]).into(),
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

/// Decrypts a blob of `purpose`; a format-2 blob comes out still compressed.
fn open_for(
    purpose: &Purpose,
    keyring: &Keyring,
    bound: &Bound,
    blob: &[u8],
) -> Result<Vec<u8>, ArchiveError> {
    let header = SealedHeader::parse(blob, purpose.what)?;
    if header.format != Format::Plain && !purpose.compressed {
        return Err(malformed(purpose.what, "unknown format"));
    }
    let cipher =
        keyring
            .message_cipher(header.version)
            .ok_or(ArchiveError::DataKeyVersionMissing {
                version: header.version,
            })?;
    let header_len = header.format.header_len();
    let (ciphertext, tag) = blob[header_len..].split_at(blob.len() - header_len - TAG_LEN);
    let tag = Tag::<Aes256Gcm>::try_from(tag).map_err(|_| malformed(purpose.what, "too short"))?;
    let associated_data = seal_associated_data(purpose, header.format, bound, header.version);

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
    format: Format,
    version: KeyVersion,
    nonce: [u8; NONCE_LEN],
}

impl SealedHeader {
    fn parse(blob: &[u8], what: &'static str) -> Result<SealedHeader, ArchiveError> {
        let too_short = || malformed(what, "too short");
        let format_byte = *blob.first().ok_or_else(too_short)?;
        let version_bytes: [u8; VERSION_LEN] = blob
            .get(1..1 + VERSION_LEN)
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or_else(too_short)?;
        let format = match format_byte {
            SEALED_FORMAT_V1 => Format::Plain,
            SEALED_FORMAT_COMPRESSED => {
                let id_bytes: [u8; DICTIONARY_ID_LEN] = blob
                    .get(1 + VERSION_LEN..1 + VERSION_LEN + DICTIONARY_ID_LEN)
                    .and_then(|bytes| bytes.try_into().ok())
                    .ok_or_else(too_short)?;
                Format::Compressed(DictionaryId::from_be_bytes(id_bytes))
            }
            _ => return Err(malformed(what, "unknown format")),
        };
        let header_len = format.header_len();
        if blob.len() < header_len + TAG_LEN {
            return Err(too_short());
        }
        let nonce: [u8; NONCE_LEN] = blob[header_len - NONCE_LEN..header_len]
            .try_into()
            .map_err(|_| too_short())?;
        Ok(SealedHeader {
            format,
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
    format: Format,
    bound: &Bound,
    version: KeyVersion,
) -> Framed {
    let mut associated_data = Framed::new(purpose.domain);
    associated_data
        .field(&[format.byte()])
        .field(&bound.tenant_id.to_be_bytes())
        .field(bound.binding.as_bytes())
        .field(&version.to_be_bytes());
    if let Format::Compressed(dictionary_id) = format {
        associated_data.field(&dictionary_id.to_be_bytes());
        let digest = bound.dictionary.map_or(&[0u8; 32], Dictionary::digest);
        associated_data.field(digest);
    }
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
    fn blob_layout_is_format_version_dictionary_nonce_ciphertext_tag() {
        let keyring = keyring_with_versions(&[1, 2]);
        let blob = seal(&keyring, 1, "m", b"hello").unwrap();
        assert_eq!(blob[0], 2, "messages are compressed");
        assert_eq!(
            &blob[1..5],
            &2u32.to_be_bytes(),
            "sealed under the current version"
        );
        assert_eq!(&blob[5..9], &0u32.to_be_bytes(), "no dictionary yet");
        assert_eq!(sealed_key_version(&blob).unwrap(), 2);
        assert!(!blob.windows(5).any(|window| window == b"hello"));
        assert_eq!(open(&keyring, 1, "m", &blob).unwrap(), b"hello");

        let note = seal_note(&keyring, 1, "n", b"hello").unwrap();
        assert_eq!(note.len(), 5 + SEAL_OVERHEAD);
        assert_eq!(note[0], 1, "notes are not compressed");
    }

    #[test]
    fn messages_sealed_before_compression_still_open() {
        let keyring = keyring_with_versions(&[1]);
        let legacy =
            seal_for(&MESSAGE, Format::Plain, &keyring, &Bound::to(4, "m"), b"{}").unwrap();
        assert_eq!(legacy[0], 1);
        assert_eq!(open(&keyring, 4, "m", &legacy).unwrap(), b"{}");
        assert!(keyring_opens(&keyring, &legacy));
        // A compressed note is no note.
        let compressed_note = seal_for(
            &NOTE,
            Format::Compressed(0),
            &keyring,
            &Bound::to(4, "n"),
            b"x",
        )
        .unwrap();
        assert_eq!(
            open_note(&keyring, 4, "n", &compressed_note)
                .unwrap_err()
                .to_string(),
            "sealed note is malformed: unknown format"
        );
    }

    fn chat_lines(count: usize) -> Vec<String> {
        (0..count)
            .map(|index| {
                format!(
                    r#"{{"msgid":"m{index}","action":"send","from":"s{}","msgtime":{},"msgtype":"text","text":{{"content":"费率是多少？{}"}}}}"#,
                    index % 9,
                    1_735_689_635_156_u64 + index as u64,
                    index % 13
                )
            })
            .collect()
    }

    #[test]
    fn a_dictionary_shrinks_messages_and_is_named_in_the_header() {
        let master = crate::MasterKey::generate();
        let wrapped = [DataKey::generate().wrap(&master, 1, 1).unwrap()];
        let mut keyring = Keyring::unwrap_all(&master, 1, &wrapped).unwrap();
        let lines = chat_lines(2_000);
        let dictionary = Dictionary::train(&lines).unwrap();
        let id = dictionary.id();
        let line = lines[7].as_bytes();
        let plain = seal(&keyring, 1, "m7", line).unwrap();
        let sealed = seal_message(&keyring, Some(&dictionary), 1, "m7", line).unwrap();
        assert!(
            sealed.len() < plain.len(),
            "{} < {}",
            sealed.len(),
            plain.len()
        );
        assert_eq!(&sealed[5..9], &id.to_be_bytes());

        // The keyring lacks it until it is stored and loaded: reload, or restore it.
        assert!(!keyring_opens(&keyring, &sealed));
        let missing = open(&keyring, 1, "m7", &sealed).unwrap_err();
        assert_eq!(missing.code(), ArchiveErrorCode::KeyUnavailable);
        assert!(missing.to_string().contains(&id.to_string()));

        let stored = seal_dictionary(&keyring, 1, &dictionary).unwrap();
        assert!(!stored.windows(6).any(|window| window == "费率".as_bytes()));
        assert!(is_integrity_violation(
            &open_dictionary(&keyring, 1, id.wrapping_add(1).max(1), &stored).map(|_| Vec::new())
        ));
        assert!(is_integrity_violation(
            &open_dictionary(&keyring, 2, id, &stored).map(|_| Vec::new())
        ));
        keyring
            .insert_dictionary(open_dictionary(&keyring, 1, id, &stored).unwrap())
            .unwrap();
        assert!(keyring_opens(&keyring, &sealed));
        assert_eq!(open(&keyring, 1, "m7", &sealed).unwrap(), line);

        // New messages use it; another dictionary's id in the header fails to open.
        let newer = seal(&keyring, 1, "m8", lines[8].as_bytes()).unwrap();
        assert_eq!(&newer[5..9], &id.to_be_bytes());
        let other = Dictionary::train(&chat_lines(1_500)).unwrap();
        let other_id = other.id();
        keyring.insert_dictionary(other).unwrap();
        let mut relabelled = sealed.clone();
        relabelled[5..9].copy_from_slice(&other_id.to_be_bytes());
        assert!(is_integrity_violation(&open(
            &keyring,
            1,
            "m7",
            &relabelled
        )));
        // The same id with other content (a dictionary restored from the wrong backup) does not
        // decompress to garbage: the message names the digest of the one it was made with.
        let mut impostor_keyring = Keyring::unwrap_all(&master, 1, &wrapped).unwrap();
        let impostor = Dictionary::train(&chat_lines(1_200)).unwrap();
        impostor_keyring
            .insert_dictionary(Dictionary::new(id, impostor.bytes().to_vec()).unwrap())
            .unwrap();
        assert!(is_integrity_violation(&open(
            &impostor_keyring,
            1,
            "m7",
            &sealed
        )));
        let mut uncompressed = sealed.clone();
        uncompressed[5..9].copy_from_slice(&0u32.to_be_bytes());
        assert!(is_integrity_violation(&open(
            &keyring,
            1,
            "m7",
            &uncompressed
        )));
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
            if (1..9).contains(&position) {
                // The version and dictionary fields: name a key or dictionary this keyring
                // lacks.
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
            let nonce_at = HEADER_LEN + DICTIONARY_ID_LEN - NONCE_LEN;
            rand::RngCore::fill_bytes(&mut rand::rng(), &mut other_nonce[nonce_at..nonce_at + NONCE_LEN]);
            prop_assert!(is_integrity_violation(&open(&keyring, tenant_id, &msgid, &other_nonce)));

            let other_keyring = keyring_with_versions(&[1, 2]);
            prop_assert!(is_integrity_violation(&open(&other_keyring, tenant_id, &msgid, &blob)));
        }
    }
}
