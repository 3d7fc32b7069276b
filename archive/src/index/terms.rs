//! Blind terms: what the index stores instead of words.
//!
//! A metadata term (sender, participant, room, msgtype, msgid) is `HMAC-SHA256(index key,
//! domain ‖ value)` truncated to 72 bits and written as 12 URL-safe base64 characters. The
//! domain byte keeps the same value in different roles apart (the character `张` and a sender id
//! `张` give unrelated terms). 72 bits keep accidental collisions out of reach for any realistic
//! vocabulary while keeping the term dictionary small.
//!
//! A text's terms are **grams**, one per character: the character's pair with the next one (a
//! bigram), or for the last character an end-of-text gram. A gram is 16 characters: 8 naming
//! its first character (48 bits of `HMAC(key, first-character domain ‖ character)`), then 8
//! naming the gram (48 bits of `HMAC(key, bigram or end domain ‖ characters)`). The prefix is
//! what lets one field answer every query: a two-character term is one gram, a longer one a
//! phrase of grams, and a one-character term is every gram whose prefix names it (a range of
//! the term dictionary), since every character of a text starts exactly one gram. 48 bits per
//! part keep collisions out of reach: tens of thousands of characters give a prefix collision
//! probability around 10⁻⁶, and the grams under one prefix are a few thousand at most.

use std::collections::HashMap;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::key::IndexKey;

/// Bytes of the HMAC kept per metadata term.
const TERM_DIGEST_BYTES: usize = 9;
/// Characters of an encoded metadata term: base64 of 9 bytes, no padding.
pub(super) const ENCODED_TERM_LEN: usize = 12;
/// Bytes of the HMAC kept for each half of a gram: its first character's prefix, the gram.
const GRAM_HALF_DIGEST_BYTES: usize = 6;
/// Characters of each half of an encoded gram: base64 of 6 bytes.
pub(super) const GRAM_PREFIX_LEN: usize = 8;
/// Characters of an encoded gram.
pub(super) const ENCODED_GRAM_LEN: usize = 2 * GRAM_PREFIX_LEN;

/// An encoded term: 12 base64url characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct EncodedTerm([u8; ENCODED_TERM_LEN]);

impl EncodedTerm {
    pub(super) fn as_str(&self) -> &str {
        // Only `TermHasher::term` builds these, from the base64 alphabet: always ASCII, so the
        // fallback is unreachable.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// An encoded gram: its first character's prefix, then the gram itself, 8 characters each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct EncodedGram([u8; ENCODED_GRAM_LEN]);

impl EncodedGram {
    pub(super) fn as_str(&self) -> &str {
        // Built from two base64 halves: always ASCII, so the fallback is unreachable.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// The first half of a gram: names the gram's first character. Every gram of a character
/// starts with it, so the grams of a character are the dictionary's range
/// [`range_start`](Self::range_start)`..`[`range_end`](Self::range_end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct GramPrefix([u8; GRAM_PREFIX_LEN]);

impl GramPrefix {
    pub(super) fn range_start(&self) -> &str {
        // Base64 only: the fallback is unreachable.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Above every gram with this prefix: `~` sorts after every base64url character.
    pub(super) fn range_end(&self) -> String {
        format!("{}~", self.range_start())
    }

    /// The gram made of this prefix and the second half that names the gram itself.
    fn then(&self, gram_half: [u8; GRAM_PREFIX_LEN]) -> EncodedGram {
        let mut encoded = [0u8; ENCODED_GRAM_LEN];
        encoded[..GRAM_PREFIX_LEN].copy_from_slice(&self.0);
        encoded[GRAM_PREFIX_LEN..].copy_from_slice(&gram_half);
        EncodedGram(encoded)
    }
}

const BASE64_URL_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// What a term stands for. The discriminant is hashed in front of the value.
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub(super) enum TermDomain {
    /// A gram's first character, its prefix.
    FirstCharacter = 1,
    Bigram = 2,
    /// The gram of a text's last character.
    EndOfText = 8,
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
        let digest = self.digest(domain, value);
        let mut encoded = [0u8; ENCODED_TERM_LEN];
        encode_base64(&digest[..TERM_DIGEST_BYTES], &mut encoded);
        EncodedTerm(encoded)
    }

    fn digest(&self, domain: TermDomain, value: &[u8]) -> [u8; 32] {
        let mut mac = self.keyed.clone();
        mac.update(&[domain as u8]);
        mac.update(value);
        mac.finalize().into_bytes().into()
    }

    /// Either half of a gram: 48 bits of the value's HMAC, as 8 base64 characters.
    fn gram_half(&self, domain: TermDomain, value: &[u8]) -> [u8; GRAM_PREFIX_LEN] {
        let digest = self.digest(domain, value);
        let mut encoded = [0u8; GRAM_PREFIX_LEN];
        encode_base64(&digest[..GRAM_HALF_DIGEST_BYTES], &mut encoded);
        encoded
    }

    /// The prefix every gram starting with `character` has.
    pub(super) fn prefix(&self, character: char) -> GramPrefix {
        let mut utf8 = [0u8; 4];
        GramPrefix(self.gram_half(
            TermDomain::FirstCharacter,
            character.encode_utf8(&mut utf8).as_bytes(),
        ))
    }

    pub(super) fn bigram(&self, first: char, second: char) -> EncodedGram {
        self.bigram_after(self.prefix(first), first, second)
    }

    /// The bigram `first second`, given `first`'s prefix.
    fn bigram_after(&self, prefix: GramPrefix, first: char, second: char) -> EncodedGram {
        // UTF-8 is self-delimiting, so the concatenation is unambiguous.
        let mut utf8 = [0u8; 8];
        let first_len = first.encode_utf8(&mut utf8).len();
        let second_len = second.encode_utf8(&mut utf8[first_len..]).len();
        prefix.then(self.gram_half(TermDomain::Bigram, &utf8[..first_len + second_len]))
    }

    /// The gram of a text's last character, given its prefix.
    fn end_of_text_after(&self, prefix: GramPrefix, last: char) -> EncodedGram {
        let mut utf8 = [0u8; 4];
        prefix.then(self.gram_half(
            TermDomain::EndOfText,
            last.encode_utf8(&mut utf8).as_bytes(),
        ))
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

/// Writes a text's grams, space-separated, reusing caches of recent ones.
///
/// Chat vocabulary is small (a few thousand characters, a few hundred thousand bigrams), so
/// most grams of a bulk import are cache hits and cost a hash-map lookup instead of HMACs.
/// The caches hold plaintext characters in memory only, for the life of one index writer.
pub(super) struct CachingTermWriter {
    hasher: TermHasher,
    prefixes: HashMap<char, GramPrefix>,
    bigrams: HashMap<(char, char), EncodedGram>,
    ends: HashMap<char, EncodedGram>,
}

/// Entries in the caches before they are cleared (about 40 MB at most).
const CACHE_CAPACITY: usize = 1 << 20;

impl CachingTermWriter {
    pub(super) fn new(hasher: TermHasher) -> Self {
        CachingTermWriter {
            hasher,
            prefixes: HashMap::new(),
            bigrams: HashMap::new(),
            ends: HashMap::new(),
        }
    }

    pub(super) fn hasher(&self) -> &TermHasher {
        &self.hasher
    }

    /// Fills `grams` with one gram per character of `normalized_text`, in order: gram `i` (the
    /// bigram of characters `i` and `i + 1`, or the end-of-text gram of the last character)
    /// stands at position `i`, which is what phrase queries over bigrams rely on.
    pub(super) fn write_text_terms(&mut self, normalized_text: &str, grams: &mut String) {
        grams.clear();
        if self.prefixes.len() + self.bigrams.len() + self.ends.len() > CACHE_CAPACITY {
            self.prefixes.clear();
            self.bigrams.clear();
            self.ends.clear();
        }
        let mut characters = normalized_text.chars().peekable();
        while let Some(character) = characters.next() {
            let gram = match characters.peek() {
                Some(&next) => self.cached_bigram(character, next),
                None => self.cached_end_of_text(character),
            };
            push_token(gram.as_str(), grams);
        }
    }

    fn cached_prefix(&mut self, character: char) -> GramPrefix {
        let hasher = &self.hasher;
        *self
            .prefixes
            .entry(character)
            .or_insert_with(|| hasher.prefix(character))
    }

    fn cached_bigram(&mut self, first: char, second: char) -> EncodedGram {
        if let Some(gram) = self.bigrams.get(&(first, second)) {
            return *gram;
        }
        let prefix = self.cached_prefix(first);
        let gram = self.hasher.bigram_after(prefix, first, second);
        self.bigrams.insert((first, second), gram);
        gram
    }

    fn cached_end_of_text(&mut self, last: char) -> EncodedGram {
        if let Some(gram) = self.ends.get(&last) {
            return *gram;
        }
        let prefix = self.cached_prefix(last);
        let gram = self.hasher.end_of_text_after(prefix, last);
        self.ends.insert(last, gram);
        gram
    }
}

fn push_token(token: &str, out: &mut String) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(token);
}

/// Base64url of whole 3-byte groups: `encoded` is 4 characters per group, no padding.
fn encode_base64(kept_digest: &[u8], encoded: &mut [u8]) {
    for (chunk, out) in kept_digest.chunks_exact(3).zip(encoded.chunks_exact_mut(4)) {
        let group = u32::from(chunk[0]) << 16 | u32::from(chunk[1]) << 8 | u32::from(chunk[2]);
        for (index, slot) in out.iter_mut().enumerate() {
            let sextet = (group >> (18 - 6 * index)) & 0x3F;
            *slot = BASE64_URL_ALPHABET[sextet as usize];
        }
    }
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
    use proptest::prelude::*;

    use super::*;

    fn hasher(byte: u8) -> TermHasher {
        TermHasher::new(&IndexKey::from_bytes([byte; 32])).expect("hmac accepts any key")
    }

    fn is_base64url(text: &str) -> bool {
        text.bytes().all(|byte| BASE64_URL_ALPHABET.contains(&byte))
    }

    #[test]
    fn terms_and_grams_are_url_safe_characters_of_fixed_length() {
        let one = hasher(1);
        let term = one.term(TermDomain::Sender, b"staff1");
        assert_eq!(term.as_str().len(), ENCODED_TERM_LEN);
        assert!(is_base64url(term.as_str()));
        let gram = one.bigram('开', '户');
        assert_eq!(gram.as_str().len(), ENCODED_GRAM_LEN);
        assert!(is_base64url(gram.as_str()));
    }

    #[test]
    fn terms_depend_on_key_domain_and_value() {
        let one = hasher(1);
        assert_eq!(one.bigram('开', '户'), one.bigram('开', '户'));
        assert_ne!(one.bigram('开', '户'), hasher(2).bigram('开', '户'));
        assert_ne!(one.bigram('开', '户'), one.bigram('户', '开'));
        assert_ne!(one.prefix('开'), one.prefix('户'));
        assert_ne!(
            one.term(TermDomain::Sender, "张".as_bytes()),
            one.term(TermDomain::Participant, "张".as_bytes())
        );
    }

    #[test]
    fn a_grams_prefix_names_its_first_character() {
        let one = hasher(1);
        let prefix = one.prefix('开');
        for gram in [
            one.bigram('开', '户'),
            one.bigram('开', ' '),
            one.end_of_text_after(prefix, '开'),
        ] {
            assert!(gram.as_str().starts_with(prefix.range_start()));
            assert!(prefix.range_start() < gram.as_str());
            assert!(gram.as_str() < prefix.range_end().as_str());
        }
        let other = one.bigram('户', '开');
        assert!(!other.as_str().starts_with(prefix.range_start()));
        // The end of text is not a character: no bigram equals a character's end gram.
        assert_ne!(one.end_of_text_after(prefix, '开'), one.bigram('开', '\0'));
    }

    #[test]
    fn encodes_like_standard_base64url() {
        // RFC 4648 test vector: "foobar" → "Zm9vYmFy".
        let mut encoded = String::new();
        for chunk in b"foobar".chunks(3) {
            push_base64_chunk(chunk, &mut encoded);
        }
        assert_eq!(encoded, "Zm9vYmFy");
        let mut term = [0u8; ENCODED_TERM_LEN];
        encode_base64(b"foobarfoo", &mut term);
        assert_eq!(&term, b"Zm9vYmFyZm9v");
        assert_eq!(hasher(3).key_check().len(), 43);
    }

    #[test]
    fn writes_one_gram_per_character() {
        let mut writer = CachingTermWriter::new(hasher(1));
        let mut grams = String::new();
        writer.write_text_terms("开户 a", &mut grams);
        let tokens: Vec<&str> = grams.split(' ').collect();
        assert_eq!(tokens.len(), 4);
        assert_eq!(tokens[1], writer.hasher().bigram('户', ' ').as_str());
        let last_prefix = writer.hasher().prefix('a');
        assert!(tokens[3].starts_with(last_prefix.range_start()));

        writer.write_text_terms("", &mut grams);
        assert!(grams.is_empty());
        writer.write_text_terms("开", &mut grams);
        assert_eq!(grams.len(), ENCODED_GRAM_LEN);
        assert!(grams.starts_with(writer.hasher().prefix('开').range_start()));
    }

    proptest! {
        /// Cached grams equal grams computed afresh, and gram `i` starts with character `i`'s
        /// prefix, whatever the text.
        #[test]
        fn grams_follow_the_text_character_by_character(text in "\\PC{0,24}") {
            let fresh = hasher(5);
            let mut writer = CachingTermWriter::new(hasher(5));
            let mut grams = String::new();
            for _ in 0..2 {
                writer.write_text_terms(&text, &mut grams);
                let characters: Vec<char> = text.chars().collect();
                let tokens: Vec<&str> = grams.split(' ').filter(|token| !token.is_empty()).collect();
                prop_assert_eq!(tokens.len(), characters.len());
                for (position, token) in tokens.iter().enumerate() {
                    let prefix = fresh.prefix(characters[position]);
                    prop_assert!(token.starts_with(prefix.range_start()));
                    let expected = match characters.get(position + 1) {
                        Some(&next) => fresh.bigram(characters[position], next),
                        None => fresh.end_of_text_after(prefix, characters[position]),
                    };
                    prop_assert_eq!(*token, expected.as_str());
                }
            }
        }
    }
}
