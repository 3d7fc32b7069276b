//! WXBizMsgCrypt: the signature and AES scheme WeCom wraps every callback in.
//!
//! WeCom documents the scheme ("加解密方案说明"); in short:
//!
//! - `msg_signature = sha1(sorted(token, timestamp, nonce, encrypt) joined)` as lowercase hex;
//! - `AESKey = base64(EncodingAESKey + "=")` (32 bytes) and the IV is its first 16 bytes, so the
//!   IV never changes and the 16 random bytes at the start of the plaintext are what make two
//!   encryptions of one message differ;
//! - `plaintext = random(16) ‖ msg_len (u32, big endian) ‖ msg ‖ receiveid`, PKCS#7-padded to a
//!   multiple of **32** bytes (not AES's 16), then AES-256-CBC.
//!
//! CBC carries no integrity of its own: the signature is the only thing that says a ciphertext
//! came from WeCom. Check it first ([`CallbackCrypto::verify_and_decrypt`] does both in order), so
//! that an attacker never learns anything from how decryption of a forged ciphertext fails.

use std::fmt;

use aes::Aes256;
use base64::Engine as _;
use base64::alphabet;
use base64::engine::general_purpose::STANDARD;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use cbc::cipher::{Block, BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use secrecy::{ExposeSecret, SecretString};
use sha1::{Digest, Sha1};
use zeroize::Zeroizing;

type Aes256CbcEnc = cbc::Encryptor<Aes256>;
type Aes256CbcDec = cbc::Decryptor<Aes256>;

/// Length of an EncodingAESKey as WeCom's admin console hands it out.
const ENCODING_AES_KEY_LEN: usize = 43;
/// WeCom pads to this block size, a multiple of AES's 16 bytes.
const PAD_BLOCK: usize = 32;
/// The random prefix of every plaintext.
const RANDOM_LEN: usize = 16;
/// Random prefix plus the big-endian message length.
const HEADER_LEN: usize = RANDOM_LEN + 4;
/// AES block size; CBC works on whole blocks.
const AES_BLOCK: usize = 16;

/// Decodes an EncodingAESKey. WeCom generates the 43 characters at random from letters and
/// digits, so the last one often carries 2 set bits beyond the 256 that make the key; WeCom's own
/// SDKs ignore them and so must we, or real keys would be refused.
const KEY_ENGINE: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::RequireCanonical),
);

/// Why a callback was refused. The messages are safe to log and to return to whoever called:
/// they never contain a key, a token or any decrypted text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallbackError {
    /// `msg_signature` does not match: a different token, or the request was altered.
    #[error("callback signature does not match (check the callback token)")]
    BadSignature,
    /// The request, the ciphertext or the XML inside is not what WeCom sends.
    #[error("malformed callback: {reason}")]
    Malformed { reason: &'static str },
    /// Decryption worked but the message names another receiver: the callback was meant for a
    /// different corp (or suite), usually a wrong corp id in the configuration.
    #[error("callback is addressed to a different receiver (check the corp id)")]
    WrongReceiver,
    /// The configured token or EncodingAESKey cannot be used.
    #[error("invalid callback key: {reason}")]
    InvalidKey { reason: &'static str },
}

impl CallbackError {
    const fn malformed(reason: &'static str) -> Self {
        Self::Malformed { reason }
    }
}

/// The `msg_signature` WeCom computes: SHA-1 (lowercase hex) of the four strings sorted in byte
/// order and joined. Public because the fake WeCom server signs with it.
pub fn signature(token: &str, timestamp: &str, nonce: &str, encrypt: &str) -> String {
    let mut parts = [token, timestamp, nonce, encrypt];
    // `str`'s ordering is byte order, which is what WeCom sorts by.
    parts.sort_unstable();
    let mut hasher = Sha1::new();
    for part in parts {
        hasher.update(part.as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// Compares without stopping at the first difference, so the time taken does not tell a forger
/// how many leading characters of a guessed signature are right. Length is not secret (it is
/// always 40 hex digits).
fn constant_time_eq(left: &[u8], right: &[u8]) -> bool {
    if left.len() != right.len() {
        return false;
    }
    let difference = left
        .iter()
        .zip(right)
        .fold(0u8, |acc, (a, b)| acc | (a ^ b));
    std::hint::black_box(difference) == 0
}

/// A decrypted callback message: the event XML, or the `echostr` to answer a URL verification
/// with.
///
/// A plain `Vec`, not a zeroizing buffer: none of this is a credential. The `echostr` goes back
/// verbatim in the HTTP response and the XML is parsed into ordinary `String`s straight away, so
/// wiping this one copy would protect nothing. `Debug` still shows only the length, to keep
/// customer data out of logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Decrypted {
    message: Vec<u8>,
}

impl Decrypted {
    pub fn as_bytes(&self) -> &[u8] {
        &self.message
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.message
    }

    /// The message as text: an `echostr` must be answered as a string.
    pub fn as_str(&self) -> Result<&str, CallbackError> {
        std::str::from_utf8(&self.message)
            .map_err(|_| CallbackError::malformed("decrypted message is not UTF-8"))
    }
}

impl fmt::Debug for Decrypted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Decrypted")
            .field("len", &self.message.len())
            .finish_non_exhaustive()
    }
}

/// One callback configuration: the token, the EncodingAESKey and the id messages must be addressed
/// to (the corp id for a corp's own app, the suite id for a third-party suite, empty for a
/// third-party app of an individual).
#[derive(Clone)]
pub struct CallbackCrypto {
    token: SecretString,
    key: Zeroizing<[u8; 32]>,
    receive_id: String,
}

impl fmt::Debug for CallbackCrypto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallbackCrypto")
            .field("receive_id", &self.receive_id)
            .field("token", &"<redacted>")
            .field("key", &"<redacted>")
            .finish()
    }
}

impl CallbackCrypto {
    /// Checks the EncodingAESKey (43 characters of base64 making 32 bytes) and keeps the decoded
    /// key in memory that is wiped on drop.
    pub fn new(
        token: SecretString,
        encoding_aes_key: &SecretString,
        receive_id: String,
    ) -> Result<Self, CallbackError> {
        if token.expose_secret().is_empty() {
            return Err(CallbackError::InvalidKey {
                reason: "the callback token is empty",
            });
        }
        let encoding_aes_key = encoding_aes_key.expose_secret();
        if encoding_aes_key.len() != ENCODING_AES_KEY_LEN {
            return Err(CallbackError::InvalidKey {
                reason: "EncodingAESKey must be exactly 43 characters",
            });
        }
        let padded = Zeroizing::new(format!("{encoding_aes_key}="));
        // One spare byte: base64's size check wants room for its upper estimate.
        let mut decoded = Zeroizing::new([0u8; 33]);
        let decoded_len = KEY_ENGINE
            .decode_slice(padded.as_bytes(), decoded.as_mut_slice())
            .map_err(|_| CallbackError::InvalidKey {
                reason: "EncodingAESKey is not base64",
            })?;
        if decoded_len != 32 {
            return Err(CallbackError::InvalidKey {
                reason: "EncodingAESKey does not decode to 32 bytes",
            });
        }
        let mut key = Zeroizing::new([0u8; 32]);
        key.copy_from_slice(&decoded[..32]);
        Ok(Self {
            token,
            key,
            receive_id,
        })
    }

    /// The id every message must be addressed to.
    pub fn receive_id(&self) -> &str {
        &self.receive_id
    }

    /// The `msg_signature` for this configuration's token.
    pub fn sign(&self, timestamp: &str, nonce: &str, encrypt: &str) -> String {
        signature(self.token.expose_secret(), timestamp, nonce, encrypt)
    }

    /// Checks `msg_signature` from the query string against the one this token gives.
    pub fn verify_signature(
        &self,
        msg_signature: &str,
        timestamp: &str,
        nonce: &str,
        encrypt: &str,
    ) -> Result<(), CallbackError> {
        let expected = self.sign(timestamp, nonce, encrypt);
        // WeCom sends lowercase hex; accept uppercase too, it is the same digest.
        let received = msg_signature.to_ascii_lowercase();
        if constant_time_eq(expected.as_bytes(), received.as_bytes()) {
            return Ok(());
        }
        Err(CallbackError::BadSignature)
    }

    /// What a callback handler wants: the signature checked, then the message decrypted.
    pub fn verify_and_decrypt(
        &self,
        msg_signature: &str,
        timestamp: &str,
        nonce: &str,
        encrypt: &str,
    ) -> Result<Decrypted, CallbackError> {
        self.verify_signature(msg_signature, timestamp, nonce, encrypt)?;
        self.decrypt(encrypt)
    }

    /// Decrypts an `Encrypt` value (or an `echostr`). Does not check the signature: call
    /// [`Self::verify_signature`] first, or use [`Self::verify_and_decrypt`].
    pub fn decrypt(&self, encrypt_b64: &str) -> Result<Decrypted, CallbackError> {
        let mut buffer = STANDARD
            .decode(encrypt_b64)
            .map_err(|_| CallbackError::malformed("ciphertext is not base64"))?;
        if buffer.is_empty() || buffer.len() % AES_BLOCK != 0 {
            return Err(CallbackError::malformed(
                "ciphertext length is not a whole number of AES blocks",
            ));
        }
        let (blocks, _no_tail) = Block::<Aes256CbcDec>::slice_as_chunks_mut(&mut buffer);
        Aes256CbcDec::new(&(*self.key).into(), &self.iv().into()).decrypt_blocks(blocks);

        let unpadded_len = unpadded_len(&buffer)?;
        let plaintext = &buffer[..unpadded_len];
        let Some((header, rest)) = plaintext.split_first_chunk::<HEADER_LEN>() else {
            return Err(CallbackError::malformed(
                "plaintext is shorter than its header",
            ));
        };
        let Some(msg_len) = header
            .last_chunk::<4>()
            .and_then(|len| usize::try_from(u32::from_be_bytes(*len)).ok())
        else {
            return Err(CallbackError::malformed("message length does not fit"));
        };
        if msg_len > rest.len() {
            return Err(CallbackError::malformed(
                "message length runs past the plaintext",
            ));
        }
        let (_message, receive_id) = rest.split_at(msg_len);
        if receive_id != self.receive_id.as_bytes() {
            return Err(CallbackError::WrongReceiver);
        }

        // Reuse the buffer: move the message to the front and drop the rest.
        buffer.copy_within(HEADER_LEN..HEADER_LEN + msg_len, 0);
        buffer.truncate(msg_len);
        Ok(Decrypted { message: buffer })
    }

    /// Encrypts `msg` for this receiver, as WeCom would, with a fresh random prefix. The prefix
    /// stands in for the fixed IV, hence the cryptographic generator.
    pub fn encrypt<R: rand::CryptoRng + ?Sized>(
        &self,
        msg: &[u8],
        rng: &mut R,
    ) -> Result<String, CallbackError> {
        let mut random = [0u8; RANDOM_LEN];
        rng.fill_bytes(&mut random);
        self.encrypt_with_random(msg, random)
    }

    /// [`Self::encrypt`] with a given random prefix, so that tests can compare byte for byte.
    /// Fails only for a message of 4 GiB or more, whose length does not fit the header.
    pub fn encrypt_with_random(
        &self,
        msg: &[u8],
        random: [u8; RANDOM_LEN],
    ) -> Result<String, CallbackError> {
        let msg_len = u32::try_from(msg.len())
            .map_err(|_| CallbackError::malformed("message is too long to encrypt"))?;
        let unpadded_len = HEADER_LEN + msg.len() + self.receive_id.len();
        let pad = PAD_BLOCK - unpadded_len % PAD_BLOCK;
        let mut plaintext = Vec::with_capacity(unpadded_len + pad);
        plaintext.extend_from_slice(&random);
        plaintext.extend_from_slice(&msg_len.to_be_bytes());
        plaintext.extend_from_slice(msg);
        plaintext.extend_from_slice(self.receive_id.as_bytes());
        // `pad` is 1..=32, so the cast cannot truncate.
        plaintext.resize(unpadded_len + pad, pad as u8);
        Ok(STANDARD.encode(self.encrypt_blocks(plaintext)))
    }

    /// AES-256-CBC over an already padded plaintext (a multiple of 32 bytes).
    fn encrypt_blocks(&self, mut plaintext: Vec<u8>) -> Vec<u8> {
        let (blocks, _no_tail) = Block::<Aes256CbcEnc>::slice_as_chunks_mut(&mut plaintext);
        Aes256CbcEnc::new(&(*self.key).into(), &self.iv().into()).encrypt_blocks(blocks);
        plaintext
    }

    fn iv(&self) -> [u8; 16] {
        let mut iv = [0u8; 16];
        iv.copy_from_slice(&self.key[..16]);
        iv
    }
}

/// Length of `plaintext` without its PKCS#7 padding to 32-byte blocks: the last byte says how
/// many bytes (1..=32) to drop, and all of them must carry that value.
///
/// The ciphertext only has to be whole AES blocks, not whole 32-byte blocks: a sender padding to
/// 16 produces values 1..=16, which are just as unambiguous.
fn unpadded_len(plaintext: &[u8]) -> Result<usize, CallbackError> {
    let Some(&pad) = plaintext.last() else {
        return Err(CallbackError::malformed("plaintext is empty"));
    };
    let pad_len = usize::from(pad);
    if pad_len == 0 || pad_len > PAD_BLOCK || pad_len > plaintext.len() {
        return Err(CallbackError::malformed("bad padding"));
    }
    let (unpadded, padding) = plaintext.split_at(plaintext.len() - pad_len);
    if padding.iter().any(|&byte| byte != pad) {
        return Err(CallbackError::malformed("bad padding"));
    }
    Ok(unpadded.len())
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const KEY: &str = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    const OTHER_KEY: &str = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    const CORP: &str = "wx5823bf96d3bd56c7";

    fn crypto_with(key: &str, receive_id: &str) -> CallbackCrypto {
        CallbackCrypto::new(
            SecretString::from("QDG6eK"),
            &SecretString::from(key),
            receive_id.to_owned(),
        )
        .unwrap()
    }

    fn crypto() -> CallbackCrypto {
        crypto_with(KEY, CORP)
    }

    /// Encrypts a hand-made plaintext, padding included, to exercise the checks after AES.
    fn encrypt_raw(crypto: &CallbackCrypto, plaintext: Vec<u8>) -> String {
        assert_eq!(plaintext.len() % AES_BLOCK, 0);
        STANDARD.encode(crypto.encrypt_blocks(plaintext))
    }

    fn plaintext(msg: &[u8], receive_id: &[u8], pad: u8, pad_len: usize) -> Vec<u8> {
        let mut plain = vec![7u8; RANDOM_LEN];
        plain.extend_from_slice(&u32::try_from(msg.len()).unwrap().to_be_bytes());
        plain.extend_from_slice(msg);
        plain.extend_from_slice(receive_id);
        plain.resize(plain.len() + pad_len, pad);
        plain
    }

    #[test]
    fn wecom_documentation_example_verifies_and_decrypts() {
        let encrypt = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
        let decrypted = crypto()
            .verify_and_decrypt(
                "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3",
                "1409659589",
                "263014780",
                encrypt,
            )
            .unwrap();
        assert_eq!(decrypted.as_str().unwrap(), "1616140317555161061");
    }

    #[test]
    fn uppercase_signature_is_accepted() {
        let crypto = crypto();
        let signature = crypto.sign("1", "2", "abc").to_ascii_uppercase();
        assert_eq!(crypto.verify_signature(&signature, "1", "2", "abc"), Ok(()));
    }

    #[test]
    fn signature_sorts_in_byte_order() {
        // 'Z' sorts before 'a' in byte order.
        let expected = hex::encode(Sha1::digest(b"12Zzabc"));
        assert_eq!(signature("abc", "Zz", "2", "1"), expected);
    }

    #[test]
    fn keys_of_the_wrong_shape_are_refused_without_echoing_them() {
        let token = SecretString::from("token");
        for bad_key in [
            "",
            "short",
            "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2",
            "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2CD",
            "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2!",
            "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2=",
            "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B\u{e9}",
        ] {
            let error =
                CallbackCrypto::new(token.clone(), &SecretString::from(bad_key), CORP.to_owned())
                    .unwrap_err();
            assert!(
                matches!(error, CallbackError::InvalidKey { .. }),
                "{bad_key:?}: {error:?}"
            );
            if bad_key.len() > 3 {
                assert!(!error.to_string().contains(bad_key));
            }
        }
        let empty_token = CallbackCrypto::new(
            SecretString::from(""),
            &SecretString::from(KEY),
            CORP.into(),
        );
        assert!(matches!(empty_token, Err(CallbackError::InvalidKey { .. })));
    }

    #[test]
    fn debug_hides_token_and_key() {
        let shown = format!("{:?}", crypto());
        assert!(shown.contains(CORP));
        assert!(!shown.contains("QDG6eK"));
        assert!(!shown.contains(KEY));
        let decrypted = crypto()
            .decrypt(
                &crypto()
                    .encrypt_with_random(b"secret xml", [0; 16])
                    .unwrap(),
            )
            .unwrap();
        assert!(!format!("{decrypted:?}").contains("secret"));
    }

    #[test]
    fn padding_values_zero_and_over_32_are_refused() {
        let crypto = crypto();
        // 20 + 3 + 18 = 41 bytes; 7 more make 48, three AES blocks.
        for (pad, pad_len) in [(0u8, 7usize), (33, 7), (0, 23), (33, 23)] {
            let encrypt = encrypt_raw(&crypto, plaintext(b"abc", CORP.as_bytes(), pad, pad_len));
            assert_eq!(
                crypto.decrypt(&encrypt),
                Err(CallbackError::malformed("bad padding")),
                "pad {pad}"
            );
        }
    }

    #[test]
    fn padding_with_unequal_bytes_is_refused() {
        let crypto = crypto();
        let mut plain = plaintext(b"abc", CORP.as_bytes(), 7, 7);
        let second_to_last = plain.len() - 2;
        plain[second_to_last] = 6;
        assert_eq!(
            crypto.decrypt(&encrypt_raw(&crypto, plain)),
            Err(CallbackError::malformed("bad padding"))
        );
    }

    #[test]
    fn padding_to_16_is_accepted() {
        let crypto = crypto();
        // 41 bytes + 7 = 48: valid PKCS#7 for 16-byte blocks as well as our 32-byte rule.
        let encrypt = encrypt_raw(&crypto, plaintext(b"abc", CORP.as_bytes(), 7, 7));
        assert_eq!(crypto.decrypt(&encrypt).unwrap().as_bytes(), b"abc");
    }

    #[test]
    fn message_length_beyond_the_plaintext_is_refused() {
        let crypto = crypto();
        let mut plain = plaintext(b"abc", CORP.as_bytes(), 7, 7);
        plain[16..20].copy_from_slice(&22u32.to_be_bytes());
        assert_eq!(
            crypto.decrypt(&encrypt_raw(&crypto, plain)),
            Err(CallbackError::malformed(
                "message length runs past the plaintext"
            ))
        );
        let mut plain = plaintext(b"abc", CORP.as_bytes(), 7, 7);
        plain[16..20].copy_from_slice(&u32::MAX.to_be_bytes());
        assert!(matches!(
            crypto.decrypt(&encrypt_raw(&crypto, plain)),
            Err(CallbackError::Malformed { .. })
        ));
    }

    #[test]
    fn plaintext_shorter_than_its_header_is_refused() {
        let crypto = crypto();
        let encrypt = encrypt_raw(&crypto, vec![16u8; 32]);
        assert_eq!(
            crypto.decrypt(&encrypt),
            Err(CallbackError::malformed(
                "plaintext is shorter than its header"
            ))
        );
    }

    #[test]
    fn ciphertext_that_is_not_whole_blocks_or_not_base64_is_refused() {
        let crypto = crypto();
        for encrypt in ["", "AAAA", "not base64!", "QUJDREVGR0hJSktMTU5PUA"] {
            assert!(
                matches!(
                    crypto.decrypt(encrypt),
                    Err(CallbackError::Malformed { .. })
                ),
                "{encrypt:?}"
            );
        }
    }

    #[test]
    fn a_message_for_another_corp_is_wrong_receiver() {
        let encrypt = crypto_with(KEY, "ww0000000000000000")
            .encrypt_with_random(b"<xml/>", [1; 16])
            .unwrap();
        assert_eq!(
            crypto().decrypt(&encrypt),
            Err(CallbackError::WrongReceiver)
        );
    }

    #[test]
    fn encryption_pads_to_32_byte_blocks() {
        let crypto = crypto();
        for msg_len in 0..100 {
            let encrypt = crypto
                .encrypt_with_random(&vec![b'x'; msg_len], [0; 16])
                .unwrap();
            let ciphertext = STANDARD.decode(encrypt).unwrap();
            assert_eq!(ciphertext.len() % PAD_BLOCK, 0);
            let unpadded = HEADER_LEN + msg_len + CORP.len();
            assert!(ciphertext.len() > unpadded && ciphertext.len() <= unpadded + PAD_BLOCK);
        }
    }

    fn any_receive_id() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            "[a-z0-9]{18}",
            any::<String>().prop_map(|s| s.chars().take(40).collect()),
        ]
    }

    fn not_the_message(result: Result<Decrypted, CallbackError>, msg: &[u8]) -> bool {
        match result {
            Ok(decrypted) => decrypted.as_bytes() != msg,
            Err(_) => true,
        }
    }

    proptest! {
        #[test]
        fn round_trip(
            msg in proptest::collection::vec(any::<u8>(), 0..4096),
            receive_id in any_receive_id(),
            random in any::<[u8; 16]>(),
        ) {
            let crypto = crypto_with(KEY, &receive_id);
            let encrypt = crypto.encrypt_with_random(&msg, random).unwrap();
            let signature = crypto.sign("1700000000", "nonce", &encrypt);
            let decrypted = crypto
                .verify_and_decrypt(&signature, "1700000000", "nonce", &encrypt)
                .unwrap();
            prop_assert_eq!(decrypted.as_bytes(), &msg[..]);
        }

        #[test]
        fn flipping_any_bit_is_detected(
            msg in proptest::collection::vec(any::<u8>(), 0..256),
            bit in any::<prop::sample::Index>(),
        ) {
            let crypto = crypto();
            let mut ciphertext =
                STANDARD.decode(crypto.encrypt_with_random(&msg, [3; 16]).unwrap()).unwrap();
            let bit = bit.index(ciphertext.len() * 8);
            ciphertext[bit / 8] ^= 1 << (bit % 8);
            prop_assert!(not_the_message(crypto.decrypt(&STANDARD.encode(&ciphertext)), &msg));
        }

        #[test]
        fn truncating_is_detected(
            msg in proptest::collection::vec(any::<u8>(), 0..256),
            cut in any::<prop::sample::Index>(),
        ) {
            let crypto = crypto();
            let mut ciphertext =
                STANDARD.decode(crypto.encrypt_with_random(&msg, [4; 16]).unwrap()).unwrap();
            let new_len = cut.index(ciphertext.len());
            ciphertext.truncate(new_len);
            prop_assert!(not_the_message(crypto.decrypt(&STANDARD.encode(&ciphertext)), &msg));
        }

        #[test]
        fn extending_is_detected(
            msg in proptest::collection::vec(any::<u8>(), 0..256),
            extra in proptest::collection::vec(any::<u8>(), 1..64),
        ) {
            let crypto = crypto();
            let mut ciphertext =
                STANDARD.decode(crypto.encrypt_with_random(&msg, [5; 16]).unwrap()).unwrap();
            ciphertext.extend_from_slice(&extra);
            prop_assert!(not_the_message(crypto.decrypt(&STANDARD.encode(&ciphertext)), &msg));
        }

        #[test]
        fn another_key_does_not_decrypt(msg in proptest::collection::vec(any::<u8>(), 0..256)) {
            let encrypt = crypto().encrypt_with_random(&msg, [6; 16]).unwrap();
            prop_assert!(not_the_message(crypto_with(OTHER_KEY, CORP).decrypt(&encrypt), &msg));
        }

        #[test]
        fn another_receive_id_is_wrong_receiver(
            msg in proptest::collection::vec(any::<u8>(), 0..256),
            receive_id in any_receive_id(),
        ) {
            prop_assume!(receive_id != CORP);
            let encrypt = crypto().encrypt_with_random(&msg, [8; 16]).unwrap();
            prop_assert_eq!(
                crypto_with(KEY, &receive_id).decrypt(&encrypt),
                Err(CallbackError::WrongReceiver)
            );
        }

        #[test]
        fn changing_any_signed_field_breaks_the_signature(
            fields in proptest::array::uniform4("[ -~]{0,24}"),
            which in 0usize..4,
            replacement in "[ -~]{0,24}",
        ) {
            prop_assume!(fields[which] != replacement);
            let [token, timestamp, nonce, encrypt] = &fields;
            let crypto = CallbackCrypto::new(
                SecretString::from(format!("t{token}")),
                &SecretString::from(KEY),
                CORP.to_owned(),
            )
            .unwrap();
            let original = crypto.sign(timestamp, nonce, encrypt);
            prop_assert_eq!(crypto.verify_signature(&original, timestamp, nonce, encrypt), Ok(()));

            let mut changed = fields.clone();
            changed[which] = replacement;
            let [token, timestamp, nonce, encrypt] = &changed;
            let changed_crypto = CallbackCrypto::new(
                SecretString::from(format!("t{token}")),
                &SecretString::from(KEY),
                CORP.to_owned(),
            )
            .unwrap();
            prop_assert_eq!(
                changed_crypto.verify_signature(&original, timestamp, nonce, encrypt),
                Err(CallbackError::BadSignature)
            );
        }
    }
}
