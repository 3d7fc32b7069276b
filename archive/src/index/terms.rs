//! Blind terms: what the index stores instead of words.
//!
//! A term is `HMAC-SHA256(index key, domain ‖ value)` truncated to 72 bits and written as 12
//! URL-safe base64 characters. The domain byte keeps the same value in different roles apart
//! (the character `张` and a sender id `张` give unrelated terms). 72 bits keep accidental
//! collisions out of reach for any realistic vocabulary (tens of millions of distinct bigrams
//! give a collision probability around 10⁻⁷, and a collision only matters if a query hits that
//! exact pair) while keeping the term dictionary small.

use std::collections::HashMap;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::key::IndexKey;

/// Bytes of the HMAC kept per term.
const TERM_DIGEST_BYTES: usize = 9;
/// Characters of an encoded term: base64 of 9 bytes, no padding.
pub(super) const ENCODED_TERM_LEN: usize = 12;

/// An encoded term: 12 base64url characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct EncodedTerm([u8; ENCODED_TERM_LEN]);

impl EncodedTerm {
    pub(super) fn as_str(&self) -> &str {
        // Only `encode_term` builds these, from the base64 alphabet: always ASCII, so the
        // fallback is unreachable.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

const BASE64_URL_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// What a term stands for. The discriminant is hashed in front of the value.
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub(super) enum TermDomain {
    Unigram = 1,
    Bigram = 2,
    Sender = 3,
    Participant = 4,
    Room = 5,
    Msgtype = 6,
    Msgid = 7,
    KeyCheck = 0x7F,
}

/// Computes blind terms under one index key.
#[derive(Clone)]
pub(super) struct TermHasher {
    /// HMAC with the key already absorbed: cloning it costs a copy, not a key schedule, and a
    /// short term then costs two SHA-256 compressions.
    keyed: Hmac<Sha256>,
}

impl TermHasher {
    /// HMAC accepts keys of any length, so this does not fail in practice.
    pub(super) fn new(key: &IndexKey) -> Result<Self, hmac::digest::InvalidLength> {
        let keyed = Hmac::<Sha256>::new_from_slice(key.as_bytes())?;
        Ok(TermHasher { keyed })
    }

    pub(super) fn term(&self, domain: TermDomain, value: &[u8]) -> EncodedTerm {
        let mut mac = self.keyed.clone();
        mac.update(&[domain as u8]);
        mac.update(value);
        let digest: [u8; 32] = mac.finalize().into_bytes().into();
        encode_term(&digest[..TERM_DIGEST_BYTES])
    }

    pub(super) fn unigram(&self, character: char) -> EncodedTerm {
        let mut utf8 = [0u8; 4];
        self.term(
            TermDomain::Unigram,
            character.encode_utf8(&mut utf8).as_bytes(),
        )
    }

    pub(super) fn bigram(&self, first: char, second: char) -> EncodedTerm {
        // UTF-8 is self-delimiting, so the concatenation is unambiguous.
        let mut utf8 = [0u8; 8];
        let first_len = first.encode_utf8(&mut utf8).len();
        let second_len = second.encode_utf8(&mut utf8[first_len..]).len();
        self.term(TermDomain::Bigram, &utf8[..first_len + second_len])
    }

    /// A full-length value that commits to the key without revealing it, stored beside the
    /// index so that opening it with another key fails loudly instead of finding nothing.
    pub(super) fn key_check(&self) -> String {
        let mut mac = self.keyed.clone();
        mac.update(&[TermDomain::KeyCheck as u8]);
        mac.update(b"scrm search index key check v1");
        let digest = mac.finalize().into_bytes();
        let mut encoded = String::with_capacity(44);
        for chunk in digest.chunks(3) {
            push_base64_chunk(chunk, &mut encoded);
        }
        encoded
    }
}

/// Writes a text's unigram and bigram terms, space-separated, reusing caches of recent terms.
///
/// Chat vocabulary is small (a few thousand characters, a few hundred thousand bigrams), so
/// most tokens of a bulk import are cache hits and cost a hash-map lookup instead of an HMAC.
/// The caches hold plaintext characters in memory only, for the life of one index writer.
pub(super) struct CachingTermWriter {
    hasher: TermHasher,
    unigrams: HashMap<char, EncodedTerm>,
    bigrams: HashMap<(char, char), EncodedTerm>,
}

/// Entries per cache before it is cleared (about 30 MB for the bigram cache at most).
const CACHE_CAPACITY: usize = 1 << 20;

impl CachingTermWriter {
    pub(super) fn new(hasher: TermHasher) -> Self {
        CachingTermWriter {
            hasher,
            unigrams: HashMap::new(),
            bigrams: HashMap::new(),
        }
    }

    pub(super) fn hasher(&self) -> &TermHasher {
        &self.hasher
    }

    /// Fills `unigrams` with one term per character of `normalized_text` and `bigrams` with
    /// one term per pair of adjacent characters, in order: token `i` of each stands at
    /// position `i`, which is what phrase queries over bigrams rely on.
    pub(super) fn write_text_terms(
        &mut self,
        normalized_text: &str,
        unigrams: &mut String,
        bigrams: &mut String,
    ) {
        unigrams.clear();
        bigrams.clear();
        if self.unigrams.len() > CACHE_CAPACITY {
            self.unigrams.clear();
        }
        if self.bigrams.len() > CACHE_CAPACITY {
            self.bigrams.clear();
        }
        let mut previous: Option<char> = None;
        for character in normalized_text.chars() {
            let hasher = &self.hasher;
            let unigram = *self
                .unigrams
                .entry(character)
                .or_insert_with(|| hasher.unigram(character));
            push_token(&unigram, unigrams);
            if let Some(previous_character) = previous {
                let bigram = *self
                    .bigrams
                    .entry((previous_character, character))
                    .or_insert_with(|| hasher.bigram(previous_character, character));
                push_token(&bigram, bigrams);
            }
            previous = Some(character);
        }
    }
}

fn push_token(term: &EncodedTerm, out: &mut String) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(term.as_str());
}

/// Base64url of the 9 kept digest bytes: exactly 12 characters, no padding.
fn encode_term(kept_digest: &[u8]) -> EncodedTerm {
    let mut encoded = [0u8; ENCODED_TERM_LEN];
    for (chunk, out) in kept_digest.chunks_exact(3).zip(encoded.chunks_exact_mut(4)) {
        let group = u32::from(chunk[0]) << 16 | u32::from(chunk[1]) << 8 | u32::from(chunk[2]);
        for (index, slot) in out.iter_mut().enumerate() {
            let sextet = (group >> (18 - 6 * index)) & 0x3F;
            *slot = BASE64_URL_ALPHABET[sextet as usize];
        }
    }
    EncodedTerm(encoded)
}

/// Unpadded base64url of up to three bytes.
fn push_base64_chunk(chunk: &[u8], out: &mut String) {
    let mut group = 0u32;
    for (index, &byte) in chunk.iter().enumerate() {
        group |= u32::from(byte) << (16 - 8 * index);
    }
    for index in 0..=chunk.len() {
        let sextet = (group >> (18 - 6 * index)) & 0x3F;
        out.push(char::from(BASE64_URL_ALPHABET[sextet as usize]));
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn hasher(byte: u8) -> TermHasher {
        TermHasher::new(&IndexKey::from_bytes([byte; 32])).expect("hmac accepts any key")
    }

    #[test]
    fn terms_are_twelve_url_safe_characters() {
        let term = hasher(1).unigram('开');
        assert_eq!(term.as_str().len(), ENCODED_TERM_LEN);
        assert!(term.0.iter().all(|byte| BASE64_URL_ALPHABET.contains(byte)));
    }

    #[test]
    fn terms_depend_on_key_domain_and_value() {
        let one = hasher(1);
        assert_eq!(one.unigram('开'), one.unigram('开'));
        assert_ne!(one.unigram('开'), hasher(2).unigram('开'));
        assert_ne!(one.unigram('开'), one.unigram('户'));
        assert_ne!(
            one.term(TermDomain::Unigram, "张".as_bytes()),
            one.term(TermDomain::Sender, "张".as_bytes())
        );
        assert_ne!(one.bigram('开', '户'), one.bigram('户', '开'));
    }

    #[test]
    fn encodes_like_standard_base64url() {
        // RFC 4648 test vector: "foobar" → "Zm9vYmFy".
        let mut encoded = String::new();
        for chunk in b"foobar".chunks(3) {
            push_base64_chunk(chunk, &mut encoded);
        }
        assert_eq!(encoded, "Zm9vYmFy");
        let digest = *b"foobarfoo";
        assert_eq!(encode_term(&digest).as_str(), "Zm9vYmFyZm9v");
        assert_eq!(hasher(3).key_check().len(), 43);
    }

    #[test]
    fn writes_one_unigram_per_character_and_one_bigram_per_pair() {
        let mut writer = CachingTermWriter::new(hasher(1));
        let (mut unigrams, mut bigrams) = (String::new(), String::new());
        writer.write_text_terms("开户 a", &mut unigrams, &mut bigrams);
        let unigram_tokens: Vec<&str> = unigrams.split(' ').collect();
        let bigram_tokens: Vec<&str> = bigrams.split(' ').collect();
        assert_eq!(unigram_tokens.len(), 4);
        assert_eq!(bigram_tokens.len(), 3);
        assert_eq!(bigram_tokens[1], writer.hasher().bigram('户', ' ').as_str());

        writer.write_text_terms("", &mut unigrams, &mut bigrams);
        assert!(unigrams.is_empty() && bigrams.is_empty());
        writer.write_text_terms("开", &mut unigrams, &mut bigrams);
        assert_eq!(unigrams.len(), ENCODED_TERM_LEN);
        assert!(bigrams.is_empty());
    }
}
