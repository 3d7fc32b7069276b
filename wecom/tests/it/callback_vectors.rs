//! Checks the callback crypto against vectors from an independent implementation
//! (`scripts/wecom_callback_vectors.py`), which also re-derives the two worked examples of WeCom's
//! documentation. Regenerate the fixture with that script, never by hand.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use secrecy::SecretString;
use serde::Deserialize;
use wecom::callback::{CallbackCrypto, CallbackError, signature};

#[derive(Deserialize)]
struct Fixture {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    encoding_aes_key: String,
    token: String,
    receive_id: String,
    timestamp: String,
    nonce: String,
    random_hex: String,
    msg: Option<String>,
    msg_b64: Option<String>,
    encrypt: String,
    msg_signature: String,
}

impl Case {
    fn crypto(&self, receive_id: &str) -> CallbackCrypto {
        CallbackCrypto::new(
            SecretString::from(self.token.as_str()),
            &SecretString::from(self.encoding_aes_key.as_str()),
            receive_id.to_owned(),
        )
        .unwrap()
    }

    fn msg(&self) -> Vec<u8> {
        match (&self.msg, &self.msg_b64) {
            (Some(text), None) => text.as_bytes().to_vec(),
            (None, Some(encoded)) => STANDARD.decode(encoded).unwrap(),
            _ => panic!("{}: exactly one of msg and msg_b64", self.name),
        }
    }

    fn random(&self) -> [u8; 16] {
        hex::decode(&self.random_hex).unwrap().try_into().unwrap()
    }
}

fn cases() -> Vec<Case> {
    let text = include_str!("../fixtures/callback-vectors.json");
    let fixture: Fixture = serde_json::from_str(text).unwrap();
    assert!(fixture.cases.len() >= 8, "the fixture lost cases");
    fixture.cases
}

#[test]
fn encrypt_matches_the_vectors_byte_for_byte() {
    for case in cases() {
        let crypto = case.crypto(&case.receive_id);
        let encrypt = crypto
            .encrypt_with_random(&case.msg(), case.random())
            .unwrap();
        assert_eq!(encrypt, case.encrypt, "{}", case.name);
    }
}

#[test]
fn decrypt_recovers_the_message() {
    for case in cases() {
        let crypto = case.crypto(&case.receive_id);
        let decrypted = crypto
            .verify_and_decrypt(
                &case.msg_signature,
                &case.timestamp,
                &case.nonce,
                &case.encrypt,
            )
            .unwrap();
        assert_eq!(decrypted.as_bytes(), case.msg(), "{}", case.name);
    }
}

#[test]
fn signature_matches_the_vectors() {
    for case in cases() {
        assert_eq!(
            signature(&case.token, &case.timestamp, &case.nonce, &case.encrypt),
            case.msg_signature,
            "{}",
            case.name
        );
        let crypto = case.crypto(&case.receive_id);
        assert_eq!(
            crypto.sign(&case.timestamp, &case.nonce, &case.encrypt),
            case.msg_signature,
            "{}",
            case.name
        );
        assert_eq!(
            crypto.verify_signature(
                &case.msg_signature,
                &case.nonce,
                &case.timestamp,
                &case.encrypt
            ),
            Ok(()),
            "{}: the order of the fields must not matter",
            case.name
        );
    }
}

#[test]
fn another_receive_id_is_wrong_receiver() {
    for case in cases() {
        let other = format!("{}x", case.receive_id);
        assert_eq!(
            case.crypto(&other).decrypt(&case.encrypt),
            Err(CallbackError::WrongReceiver),
            "{}",
            case.name
        );
    }
}

#[test]
fn a_wrong_signature_is_refused() {
    for case in cases() {
        let crypto = case.crypto(&case.receive_id);
        let result = crypto.verify_and_decrypt(
            &case.msg_signature,
            &case.timestamp,
            &format!("{}1", case.nonce),
            &case.encrypt,
        );
        assert_eq!(result, Err(CallbackError::BadSignature), "{}", case.name);
    }
}
