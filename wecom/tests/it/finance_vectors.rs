//! The stand-in's cryptography against vectors from a second implementation
//! (`scripts/wecom_finance_vectors.py`, Python's `cryptography`), so a mistake shared by our
//! encrypting and decrypting halves cannot pass unnoticed.

use archive::pull::keys::{KeyRingError, PrivateKeyRing, parse_private_key_pem};
use rand::SeedableRng;
use rand::rngs::StdRng;
use serde::Deserialize;
use wecom::finance::standin::{decrypt_chat_msg, encrypt_chat_msg, encrypt_random_key};

#[derive(Deserialize)]
struct Vectors {
    private_key_pem_pkcs1: String,
    private_key_pem_pkcs8: String,
    public_key_pem: String,
    public_key_pem_pkcs1: String,
    publickey_ver: u32,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    random_key: String,
    encrypt_random_key: String,
    iv_hex: String,
    msg: String,
    encrypt_chat_msg: String,
}

fn vectors() -> Vectors {
    serde_json::from_str(include_str!("../fixtures/finance-vectors.json")).unwrap()
}

fn check_cases(vectors: &Vectors, ring: &PrivateKeyRing) {
    assert!(vectors.cases.len() >= 6);
    for case in &vectors.cases {
        let name = &case.name;
        // PKCS#1 v1.5 is randomized: the decrypted key is what is comparable.
        let random_key = ring
            .decrypt_random_key(vectors.publickey_ver, &case.encrypt_random_key)
            .unwrap();
        assert_eq!(random_key.as_slice(), case.random_key.as_bytes(), "{name}");

        let msg = decrypt_chat_msg(&random_key, &case.encrypt_chat_msg).unwrap();
        assert_eq!(msg.as_slice(), case.msg.as_bytes(), "{name}");

        let iv: [u8; 16] = hex::decode(&case.iv_hex).unwrap().try_into().unwrap();
        let sealed = encrypt_chat_msg(&random_key, case.msg.as_bytes(), iv);
        assert_eq!(sealed, case.encrypt_chat_msg, "{name}");
    }
}

#[test]
fn pkcs1_private_key_opens_every_vector() {
    let vectors = vectors();
    let ring = PrivateKeyRing::from_pems([(
        vectors.publickey_ver,
        vectors.private_key_pem_pkcs1.as_str(),
    )])
    .unwrap();
    check_cases(&vectors, &ring);
}

#[test]
fn pkcs8_private_key_opens_every_vector() {
    let vectors = vectors();
    let ring = PrivateKeyRing::from_pems([(
        vectors.publickey_ver,
        vectors.private_key_pem_pkcs8.as_str(),
    )])
    .unwrap();
    check_cases(&vectors, &ring);
}

#[test]
fn derived_public_key_matches_pythons() {
    let vectors = vectors();
    for pem in [
        &vectors.private_key_pem_pkcs1,
        &vectors.private_key_pem_pkcs8,
    ] {
        let key = parse_private_key_pem(pem).unwrap();
        assert_eq!(key.bits(), 2048);
        assert_eq!(key.public_key_pem().trim(), vectors.public_key_pem.trim());
    }
}

#[test]
fn rust_sealed_random_keys_open_with_the_ring() {
    let vectors = vectors();
    let ring = PrivateKeyRing::from_pems([(
        vectors.publickey_ver,
        vectors.private_key_pem_pkcs8.as_str(),
    )])
    .unwrap();
    let mut rng = StdRng::seed_from_u64(7);
    for public_key_pem in [&vectors.public_key_pem, &vectors.public_key_pem_pkcs1] {
        for random_key in [&b"q8ZlYc3wN0vT5pR2kH7xB4mD9sF1gJ6a"[..], b"", &[0u8; 245]] {
            let sealed = encrypt_random_key(public_key_pem, random_key, &mut rng).unwrap();
            let opened = ring
                .decrypt_random_key(vectors.publickey_ver, &sealed)
                .unwrap();
            assert_eq!(opened.as_slice(), random_key);
        }
        // 246 bytes leave no room for PKCS#1 v1.5's 11 bytes of padding in 256.
        assert!(encrypt_random_key(public_key_pem, &[0u8; 246], &mut rng).is_err());
    }
}

#[test]
fn other_versions_are_not_guessed() {
    let vectors = vectors();
    let ring = PrivateKeyRing::from_pems([(
        vectors.publickey_ver,
        vectors.private_key_pem_pkcs8.as_str(),
    )])
    .unwrap();
    let error = ring
        .decrypt_random_key(
            vectors.publickey_ver + 1,
            &vectors.cases[0].encrypt_random_key,
        )
        .unwrap_err();
    assert!(matches!(error, KeyRingError::UnknownVersion { .. }));
}
