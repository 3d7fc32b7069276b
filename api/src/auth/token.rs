//! Bearer tokens for sessions and API keys: random secrets of which only a SHA-256 is stored.
//!
//! The secrets carry 256 bits of entropy, so a fast hash is enough (no salt or stretching
//! needed), and a database leak does not leak usable credentials.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub const SESSION_PREFIX: &str = "scrm_st_";
pub const API_KEY_PREFIX: &str = "scrm_ak_";

/// A freshly generated secret with its storable hash.
pub struct NewToken {
    pub secret: String,
    pub hash: String,
}

pub fn generate(prefix: &str) -> NewToken {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes));
    let hash = hash_token(&secret);
    NewToken { secret, hash }
}

pub fn hash_token(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_prefixed_and_hash_stably() {
        let first = generate(SESSION_PREFIX);
        let second = generate(SESSION_PREFIX);
        assert!(first.secret.starts_with(SESSION_PREFIX));
        assert_ne!(first.secret, second.secret);
        assert_eq!(first.hash, hash_token(&first.secret));
        assert_eq!(first.hash.len(), 64);
        assert!(!first.hash.contains(&first.secret));
    }
}
