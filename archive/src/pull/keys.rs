//! The tenant's archive private keys, which open each record's `encrypt_random_key`.
//!
//! WeCom seals every archived message's random key with RSA PKCS#1 v1.5 under one of the tenant's
//! archive public keys, and names the key's version (`publickey_ver`) beside it. Admins generate
//! the key pair, paste the public half into WeCom's console and upload the private half here; a
//! rotation adds a version, and older records keep naming the version they were sealed under, so
//! every version stays in the ring.
//!
//! Decryption rejects bad padding explicitly (rsa 0.9): a wrong key must surface as
//! [`KeyRingError::DecryptFailed`] naming the version, not as a synthetic key that later fails as
//! a "corrupted message". The ciphertexts come from WeCom's authenticated API, not from whoever
//! can reach scrm, so the explicit rejection is no padding oracle for an attacker; blinding
//! still hides the private-key operation's timing.

use std::collections::BTreeMap;
use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs8::{self, DecodePrivateKey, EncodePublicKey, LineEnding};
use rsa::rand_core::OsRng;
use rsa::traits::PublicKeyParts;
use rsa::{Pkcs1v15Encrypt, RsaPrivateKey};
use zeroize::Zeroizing;

/// Why the ring refused a key or a record. Messages never contain key material or ciphertext.
#[derive(Debug, thiserror::Error)]
pub enum KeyRingError {
    #[error(
        "no archive private key of version {version}: upload the private key of version \
         {version} in wecomSettingsUpdate"
    )]
    UnknownVersion { version: u32 },
    #[error("encrypt_random_key is malformed: {reason}")]
    Malformed { reason: String },
    #[error(
        "the archive private key of version {version} does not open this encrypt_random_key: \
         the key uploaded for version {version} is not the one WeCom encrypted with, or the \
         record is corrupted"
    )]
    DecryptFailed { version: u32 },
    #[error("the archive private key of version {version} is not usable: {reason}")]
    InvalidPem { version: u32, reason: String },
    #[error("the archive private key of version {version} is given twice")]
    DuplicateVersion { version: u32 },
}

/// Why a PEM is not a usable RSA private key. The reason names the problem, never the PEM's text.
#[derive(Debug, thiserror::Error)]
#[error("not a usable RSA private key: {reason}")]
pub struct PrivateKeyPemError {
    pub reason: String,
}

impl PrivateKeyPemError {
    fn new(reason: impl Into<String>) -> Self {
        PrivateKeyPemError {
            reason: reason.into(),
        }
    }
}

/// One archive private key. The key zeroizes its secret components on drop (rsa's
/// `RsaPrivateKey` does); `Debug` shows the size only.
pub struct ArchivePrivateKey {
    key: RsaPrivateKey,
    /// Derived once at parse time so that reading it cannot fail later.
    public_key_pem: String,
}

impl fmt::Debug for ArchivePrivateKey {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("ArchivePrivateKey")
            .field("bits", &self.bits())
            .finish_non_exhaustive()
    }
}

impl ArchivePrivateKey {
    /// The modulus size in bits (WeCom's console generates 2048-bit keys).
    pub fn bits(&self) -> usize {
        self.key.n().bits()
    }

    /// The public half as SPKI PEM (`-----BEGIN PUBLIC KEY-----`), what WeCom's console takes.
    pub fn public_key_pem(&self) -> &str {
        &self.public_key_pem
    }
}

/// PEM encodings of an RSA private key that admins are likely to hold.
enum PemKind {
    Pkcs1,
    Pkcs8,
}

/// Parses an RSA private key from PKCS#1 (`-----BEGIN RSA PRIVATE KEY-----`) or PKCS#8
/// (`-----BEGIN PRIVATE KEY-----`) PEM. Text around the block (a pasted preamble, blank lines,
/// CRLF line ends) is tolerated because admins paste keys into a form.
pub fn parse_private_key_pem(pem: &str) -> Result<ArchivePrivateKey, PrivateKeyPemError> {
    let Some(start) = pem.find("-----BEGIN ") else {
        return Err(PrivateKeyPemError::new(
            "no PEM block: expected -----BEGIN RSA PRIVATE KEY----- (PKCS#1) or -----BEGIN \
             PRIVATE KEY----- (PKCS#8)",
        ));
    };
    let block = pem[start..].trim_end();
    let kind = match pem_label(block) {
        Some("RSA PRIVATE KEY") => PemKind::Pkcs1,
        Some("PRIVATE KEY") => PemKind::Pkcs8,
        Some("ENCRYPTED PRIVATE KEY") => {
            return Err(PrivateKeyPemError::new(
                "the key is protected by a passphrase; export it without one",
            ));
        }
        Some("PUBLIC KEY" | "RSA PUBLIC KEY") => {
            return Err(PrivateKeyPemError::new(
                "this is a public key; upload the private key (the public key goes into WeCom's \
                 console)",
            ));
        }
        _ => {
            return Err(PrivateKeyPemError::new(
                "unsupported PEM type: expected -----BEGIN RSA PRIVATE KEY----- (PKCS#1) or \
                 -----BEGIN PRIVATE KEY----- (PKCS#8)",
            ));
        }
    };
    // The underlying errors name the encoding, ASN.1 tags and positions, never the key's bytes.
    let key = match kind {
        PemKind::Pkcs1 => RsaPrivateKey::from_pkcs1_pem(block)
            .map_err(|error| PrivateKeyPemError::new(error.to_string()))?,
        PemKind::Pkcs8 => RsaPrivateKey::from_pkcs8_pem(block).map_err(|error| match error {
            // rsa reports the OID it expected, which reads as if the key were RSA.
            pkcs8::Error::PublicKey(pkcs8::spki::Error::OidUnknown { .. }) => {
                PrivateKeyPemError::new("not an RSA key (WeCom's archive keys are RSA)")
            }
            other => PrivateKeyPemError::new(other.to_string()),
        })?,
    };
    let public_key_pem = key
        .to_public_key()
        .to_public_key_pem(LineEnding::LF)
        .map_err(|error| PrivateKeyPemError::new(format!("its public key: {error}")))?;
    Ok(ArchivePrivateKey {
        key,
        public_key_pem,
    })
}

/// The label of the PEM block that `block` starts with, e.g. `RSA PRIVATE KEY`.
fn pem_label(block: &str) -> Option<&str> {
    let rest = block.strip_prefix("-----BEGIN ")?;
    let end = rest.find("-----")?;
    Some(&rest[..end])
}

/// The tenant's archive private keys by `publickey_ver`. `Debug` prints the versions only.
#[derive(Default)]
pub struct PrivateKeyRing {
    keys: BTreeMap<u32, ArchivePrivateKey>,
}

impl fmt::Debug for PrivateKeyRing {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("PrivateKeyRing")
            .field("versions", &self.keys.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl PrivateKeyRing {
    /// Parses every `(version, PEM)`. One bad key fails the whole ring: a ring that silently
    /// lacked a version would report that version's records as undecryptable one by one.
    pub fn from_pems<'a>(
        pems: impl IntoIterator<Item = (u32, &'a str)>,
    ) -> Result<Self, KeyRingError> {
        let mut keys = BTreeMap::new();
        for (version, pem) in pems {
            if keys.contains_key(&version) {
                return Err(KeyRingError::DuplicateVersion { version });
            }
            let key = parse_private_key_pem(pem).map_err(|error| KeyRingError::InvalidPem {
                version,
                reason: error.reason,
            })?;
            keys.insert(version, key);
        }
        Ok(PrivateKeyRing { keys })
    }

    /// Versions held, ascending.
    pub fn versions(&self) -> impl Iterator<Item = u32> + '_ {
        self.keys.keys().copied()
    }

    pub fn contains(&self, version: u32) -> bool {
        self.keys.contains_key(&version)
    }

    /// Opens a record's `encrypt_random_key` (base64 of RSA PKCS#1 v1.5 under the key of
    /// `version`) into the random key's bytes, which key the record's `encrypt_chat_msg`.
    pub fn decrypt_random_key(
        &self,
        version: u32,
        encrypt_random_key_b64: &str,
    ) -> Result<Zeroizing<Vec<u8>>, KeyRingError> {
        let Some(key) = self.keys.get(&version) else {
            return Err(KeyRingError::UnknownVersion { version });
        };
        let ciphertext = STANDARD
            .decode(encrypt_random_key_b64.trim())
            .map_err(|_| KeyRingError::Malformed {
                reason: "not valid base64".to_owned(),
            })?;
        let expected_len = key.key.size();
        if ciphertext.len() != expected_len {
            return Err(KeyRingError::Malformed {
                reason: format!(
                    "{} bytes after base64, but RSA under the {}-bit key of version {version} \
                     gives {expected_len}: truncated, or sealed under a key of another size",
                    ciphertext.len(),
                    key.bits()
                ),
            });
        }
        let random_key = key
            .key
            .decrypt_blinded(&mut OsRng, Pkcs1v15Encrypt, &ciphertext)
            .map_err(|_| KeyRingError::DecryptFailed { version })?;
        Ok(Zeroizing::new(random_key))
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    /// Test-only keys made with openssl (testdata/README.md says how).
    const KEY_A_PKCS1: &str = include_str!("testdata/key-a-pkcs1.pem");
    const KEY_A_PKCS8: &str = include_str!("testdata/key-a-pkcs8.pem");
    const KEY_A_PUBLIC: &str = include_str!("testdata/key-a-public.pem");
    const KEY_B_PKCS8: &str = include_str!("testdata/key-b-pkcs8.pem");
    /// `openssl pkeyutl -encrypt -pkeyopt rsa_padding_mode:pkcs1` of [`RANDOM_KEY`] under key A.
    const RANDOM_KEY_UNDER_A: &str = include_str!("testdata/key-a-random-key.b64");
    const RANDOM_KEY: &[u8] = b"k3Yx9QmZ2pL7tR4wE8uN1cV6bH0sJ5dA";

    #[test]
    fn pkcs1_and_pkcs8_pems_of_one_key_open_the_same_random_key() {
        let ring = PrivateKeyRing::from_pems([(1, KEY_A_PKCS1), (2, KEY_A_PKCS8)]).unwrap();
        assert_eq!(ring.versions().collect::<Vec<_>>(), [1, 2]);
        for version in [1, 2] {
            let random_key = ring
                .decrypt_random_key(version, RANDOM_KEY_UNDER_A)
                .unwrap();
            assert_eq!(random_key.as_slice(), RANDOM_KEY);
        }
    }

    #[test]
    fn parsed_key_reports_size_and_the_public_key_openssl_derives() {
        for pem in [KEY_A_PKCS1, KEY_A_PKCS8] {
            let key = parse_private_key_pem(pem).unwrap();
            assert_eq!(key.bits(), 2048);
            assert_eq!(key.public_key_pem().trim(), KEY_A_PUBLIC.trim());
            assert_eq!(format!("{key:?}"), "ArchivePrivateKey { bits: 2048, .. }");
        }
    }

    #[test]
    fn pasted_pem_with_crlf_and_surrounding_text_parses() {
        let pasted = format!(
            "  key for v1:\r\n{}\r\n\r\n",
            KEY_A_PKCS8.replace('\n', "\r\n")
        );
        assert_eq!(parse_private_key_pem(&pasted).unwrap().bits(), 2048);
    }

    #[test]
    fn bad_pems_say_why_without_echoing_the_pem() {
        let public = parse_private_key_pem(KEY_A_PUBLIC).unwrap_err();
        assert!(public.reason.contains("public key"), "{public}");
        let encrypted =
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n";
        let encrypted = parse_private_key_pem(encrypted).unwrap_err();
        assert!(encrypted.reason.contains("passphrase"), "{encrypted}");
        assert!(parse_private_key_pem("").is_err());
        let ed25519 = "-----BEGIN PRIVATE KEY-----\n\
                       MC4CAQAwBQYDK2VwBCIEIDz3b0m7mYkRaA7yyYg0yvV7Z9y6CkR0mZ9LZ5t3yN0E\n\
                       -----END PRIVATE KEY-----\n";
        let ed25519 = parse_private_key_pem(ed25519).unwrap_err();
        assert!(ed25519.reason.contains("not an RSA key"), "{ed25519}");

        // A damaged body: the reason must not contain any line of the PEM.
        let damaged = KEY_A_PKCS1.replacen("MII", "MI!", 1);
        let error =
            PrivateKeyRing::from_pems([(1, KEY_A_PKCS8), (7, damaged.as_str())]).unwrap_err();
        let message = error.to_string();
        assert!(
            matches!(error, KeyRingError::InvalidPem { version: 7, .. }),
            "{message}"
        );
        assert!(message.contains("version 7"), "{message}");
        for line in damaged.lines().filter(|line| line.len() > 8) {
            assert!(!message.contains(line), "{message}");
        }
    }

    #[test]
    fn duplicate_versions_are_refused() {
        let error = PrivateKeyRing::from_pems([(1, KEY_A_PKCS8), (1, KEY_B_PKCS8)]).unwrap_err();
        assert!(matches!(
            error,
            KeyRingError::DuplicateVersion { version: 1 }
        ));
    }

    #[test]
    fn unknown_version_says_which_key_to_upload() {
        let ring = PrivateKeyRing::from_pems([(1, KEY_A_PKCS8)]).unwrap();
        let error = ring.decrypt_random_key(4, RANDOM_KEY_UNDER_A).unwrap_err();
        assert!(matches!(error, KeyRingError::UnknownVersion { version: 4 }));
        assert!(
            error
                .to_string()
                .contains("upload the private key of version 4 in wecomSettingsUpdate"),
            "{error}"
        );
    }

    #[test]
    fn garbage_and_truncated_ciphertexts_are_malformed() {
        let ring = PrivateKeyRing::from_pems([(1, KEY_A_PKCS8)]).unwrap();
        for garbage in [
            "",
            "not base64 at all!",
            "AAAA",
            &RANDOM_KEY_UNDER_A.trim()[..100],
        ] {
            let error = ring.decrypt_random_key(1, garbage).unwrap_err();
            assert!(
                matches!(error, KeyRingError::Malformed { .. }),
                "{garbage:?}: {error}"
            );
        }
    }

    #[test]
    fn ciphertext_for_another_key_fails_to_decrypt() {
        let ring = PrivateKeyRing::from_pems([(2, KEY_B_PKCS8)]).unwrap();
        let error = ring.decrypt_random_key(2, RANDOM_KEY_UNDER_A).unwrap_err();
        assert!(
            matches!(error, KeyRingError::DecryptFailed { version: 2 }),
            "{error}"
        );
    }

    #[test]
    fn debug_prints_versions_only() {
        let ring = PrivateKeyRing::from_pems([(3, KEY_A_PKCS1), (1, KEY_B_PKCS8)]).unwrap();
        assert_eq!(format!("{ring:?}"), "PrivateKeyRing { versions: [1, 3] }");
    }
}
