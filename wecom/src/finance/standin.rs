//! The documented stand-in for the closed SDK's cryptography, which anyone can implement.
//!
//! WeCom's `DecryptData(random_key, encrypt_chat_msg)` is closed, so the HTTP stand-in defines its
//! own: `encrypt_chat_msg` = base64(IV (16 bytes) ‖ AES-256-CBC(key = SHA-256(random key bytes),
//! IV, PKCS#7-padded message JSON)). The random key travels as `encrypt_random_key` = base64(RSA
//! PKCS#1 v1.5 of the random key under the tenant's archive public key); the archive opens it with
//! `archive::pull::keys::PrivateKeyRing`. `scripts/wecom_finance_vectors.py` implements the same
//! scheme independently, and `tests/finance_vectors.rs` holds this module to it.
//!
//! Like the real SDK's format, CBC here carries no MAC: a tampered record either fails to unpad
//! or opens to different bytes. Integrity rests on TLS to the server and, after ingest, on the
//! archive's hash chain; the message JSON that follows is parsed strictly.

use aes::Aes256;
use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rsa::pkcs1::DecodeRsaPublicKey;
use rsa::pkcs8::DecodePublicKey;
use rsa::{Pkcs1v15Encrypt, RsaPublicKey};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// CBC's IV, sent in front of the ciphertext.
pub const IV_LEN: usize = 16;
const BLOCK_LEN: usize = 16;

/// Why the stand-in refused. Messages are fixed: they never carry keys, ciphertext or plaintext.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StandinError {
    #[error("encrypt_chat_msg is not valid base64")]
    Base64,
    #[error("encrypt_chat_msg is not a 16-byte IV followed by whole AES blocks")]
    Length,
    #[error("encrypt_chat_msg does not decrypt under this random key (wrong key or corrupted)")]
    Decrypt,
    #[error(
        "the archive public key is not an RSA public key in PEM (-----BEGIN PUBLIC KEY----- or \
         -----BEGIN RSA PUBLIC KEY-----)"
    )]
    PublicKey,
    #[error("the random key is too long for RSA PKCS#1 v1.5 under this public key")]
    RandomKeyTooLong,
    #[error("RSA encryption of the random key failed")]
    Encrypt,
}

type Aes256CbcDec = cbc::Decryptor<Aes256>;
type Aes256CbcEnc = cbc::Encryptor<Aes256>;

/// AES-256 key of the stand-in: SHA-256 of the random key's bytes, whatever their length.
fn message_key(random_key: &[u8]) -> Zeroizing<[u8; 32]> {
    Zeroizing::new(Sha256::digest(random_key).into())
}

/// The stand-in `DecryptData`: opens `encrypt_chat_msg` with the random key that
/// `PrivateKeyRing::decrypt_random_key` returned. The plaintext is the message JSON.
pub fn decrypt_chat_msg(
    random_key: &[u8],
    encrypt_chat_msg_b64: &str,
) -> Result<Zeroizing<Vec<u8>>, StandinError> {
    let blob = STANDARD
        .decode(encrypt_chat_msg_b64.trim())
        .map_err(|_| StandinError::Base64)?;
    // PKCS#7 always adds at least one block, so an IV alone is no message.
    if blob.len() < IV_LEN + BLOCK_LEN || !(blob.len() - IV_LEN).is_multiple_of(BLOCK_LEN) {
        return Err(StandinError::Length);
    }
    let (iv, ciphertext) = blob.split_at(IV_LEN);
    let iv: [u8; IV_LEN] = iv.try_into().map_err(|_| StandinError::Length)?;
    let key = message_key(random_key);
    // Decrypt in place inside a zeroizing buffer so that no copy of the plaintext outlives it,
    // not even when the padding turns out wrong.
    let mut plaintext = Zeroizing::new(ciphertext.to_vec());
    let len = Aes256CbcDec::new(&(*key).into(), &iv.into())
        .decrypt_padded::<Pkcs7>(&mut plaintext)
        .map_err(|_| StandinError::Decrypt)?
        .len();
    plaintext.truncate(len);
    Ok(plaintext)
}

/// The inverse of [`decrypt_chat_msg`], for the fake WeCom server and tests. The caller picks the
/// IV (random in a server, fixed in test vectors).
pub fn encrypt_chat_msg(random_key: &[u8], msg: &[u8], iv: [u8; IV_LEN]) -> String {
    let key = message_key(random_key);
    let ciphertext = Aes256CbcEnc::new(&(*key).into(), &iv.into()).encrypt_padded_vec::<Pkcs7>(msg);
    let mut blob = Vec::with_capacity(IV_LEN + ciphertext.len());
    blob.extend_from_slice(&iv);
    blob.extend_from_slice(&ciphertext);
    STANDARD.encode(blob)
}

/// Seals a random key as WeCom does: RSA PKCS#1 v1.5 under the archive public key (SPKI
/// `BEGIN PUBLIC KEY` or PKCS#1 `BEGIN RSA PUBLIC KEY` PEM), base64. For the fake WeCom server
/// and tests; scrm itself only decrypts.
pub fn encrypt_random_key<R: rand::CryptoRng + ?Sized>(
    public_key_pem: &str,
    random_key: &[u8],
    rng: &mut R,
) -> Result<String, StandinError> {
    let public_key = parse_public_key_pem(public_key_pem)?;
    // PKCS#1 v1.5 needs 11 bytes of padding inside the modulus.
    if random_key.len() + 11 > rsa::traits::PublicKeyParts::size(&public_key) {
        return Err(StandinError::RandomKeyTooLong);
    }
    let ciphertext = public_key
        .encrypt(&mut RandCore06(rng), Pkcs1v15Encrypt, random_key)
        .map_err(|_| StandinError::Encrypt)?;
    Ok(STANDARD.encode(ciphertext))
}

fn parse_public_key_pem(pem: &str) -> Result<RsaPublicKey, StandinError> {
    let pem = pem.trim();
    if pem.starts_with("-----BEGIN PUBLIC KEY-----") {
        return RsaPublicKey::from_public_key_pem(pem).map_err(|_| StandinError::PublicKey);
    }
    if pem.starts_with("-----BEGIN RSA PUBLIC KEY-----") {
        return RsaPublicKey::from_pkcs1_pem(pem).map_err(|_| StandinError::PublicKey);
    }
    Err(StandinError::PublicKey)
}

/// rsa 0.9 draws randomness through rand_core 0.6 and the workspace's generators implement
/// rand 0.9's traits; this forwards one to the other so callers pass `rand::rng()` or a seeded
/// `StdRng`.
struct RandCore06<'a, R: ?Sized>(&'a mut R);

impl<R: rand::RngCore + ?Sized> rsa::rand_core::RngCore for RandCore06<'_, R> {
    fn next_u32(&mut self) -> u32 {
        self.0.next_u32()
    }

    fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        self.0.fill_bytes(dest);
    }

    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rsa::rand_core::Error> {
        self.0.fill_bytes(dest);
        Ok(())
    }
}

impl<R: rand::CryptoRng + ?Sized> rsa::rand_core::CryptoRng for RandCore06<'_, R> {}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn decoded(blob_b64: &str) -> Vec<u8> {
        STANDARD.decode(blob_b64).unwrap()
    }

    /// Decrypting must not panic, and whatever opens must not be the original message.
    fn assert_refused_or_different(random_key: &[u8], blob: &[u8], msg: &[u8]) {
        if let Ok(opened) = decrypt_chat_msg(random_key, &STANDARD.encode(blob)) {
            assert_ne!(opened.as_slice(), msg);
        }
    }

    proptest! {
        #[test]
        fn round_trip(
            random_key in proptest::collection::vec(any::<u8>(), 0..64),
            msg in proptest::collection::vec(any::<u8>(), 0..8192),
            iv in any::<[u8; 16]>(),
        ) {
            let blob_b64 = encrypt_chat_msg(&random_key, &msg, iv);
            let blob = decoded(&blob_b64);
            prop_assert_eq!(&blob[..IV_LEN], &iv[..]);
            prop_assert_eq!(blob.len(), IV_LEN + (msg.len() / BLOCK_LEN + 1) * BLOCK_LEN);
            let opened = decrypt_chat_msg(&random_key, &blob_b64).unwrap();
            prop_assert_eq!(opened.as_slice(), msg.as_slice());
        }

        #[test]
        fn bit_flip_is_refused_or_changes_the_message(
            random_key in proptest::collection::vec(any::<u8>(), 1..48),
            msg in proptest::collection::vec(any::<u8>(), 0..512),
            iv in any::<[u8; 16]>(),
            position in any::<prop::sample::Index>(),
            bit in 0u8..8,
        ) {
            let mut blob = decoded(&encrypt_chat_msg(&random_key, &msg, iv));
            let position = position.index(blob.len());
            blob[position] ^= 1 << bit;
            assert_refused_or_different(&random_key, &blob, &msg);
        }

        #[test]
        fn truncation_is_refused_or_changes_the_message(
            random_key in proptest::collection::vec(any::<u8>(), 1..48),
            msg in proptest::collection::vec(any::<u8>(), 0..512),
            iv in any::<[u8; 16]>(),
            cut in any::<prop::sample::Index>(),
        ) {
            let blob = decoded(&encrypt_chat_msg(&random_key, &msg, iv));
            let len = cut.index(blob.len());
            assert_refused_or_different(&random_key, &blob[..len], &msg);
        }

        #[test]
        fn wrong_key_is_refused_or_changes_the_message(
            random_key in proptest::collection::vec(any::<u8>(), 0..48),
            other_key in proptest::collection::vec(any::<u8>(), 0..48),
            msg in proptest::collection::vec(any::<u8>(), 0..512),
            iv in any::<[u8; 16]>(),
        ) {
            prop_assume!(random_key != other_key);
            let blob = decoded(&encrypt_chat_msg(&random_key, &msg, iv));
            assert_refused_or_different(&other_key, &blob, &msg);
        }

        #[test]
        fn arbitrary_input_never_panics(random_key in any::<Vec<u8>>(), input in any::<String>()) {
            let _ = decrypt_chat_msg(&random_key, &input);
        }
    }

    #[test]
    fn short_or_unaligned_blobs_are_length_errors() {
        for len in [0, 1, 16, 17, 31, 33] {
            let blob_b64 = STANDARD.encode(vec![0u8; len]);
            assert_eq!(
                decrypt_chat_msg(b"k", &blob_b64).unwrap_err(),
                StandinError::Length
            );
        }
        assert_eq!(
            decrypt_chat_msg(b"k", "%%%").unwrap_err(),
            StandinError::Base64
        );
    }

    #[test]
    fn encrypt_random_key_refuses_what_is_not_an_rsa_public_key() {
        let not_a_key = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n";
        for pem in ["", "hello", not_a_key] {
            let error = encrypt_random_key(pem, b"k", &mut rand::rng()).unwrap_err();
            assert_eq!(error, StandinError::PublicKey);
        }
    }
}
