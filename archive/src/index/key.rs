//! The per-tenant secret behind the blind index terms.

use zeroize::Zeroize;

/// A tenant's 32-byte search index key.
///
/// Every term in the index is an HMAC under this key, so whoever holds it can test whether a
/// chosen word occurs (that is what search does); without it the index is a bag of
/// pseudo-random tokens. Derive it from the tenant's key material (the crypto module's HKDF
/// subkeys); it is never written to disk by the index, only a check value that detects a wrong
/// key (see `SearchIndex::open_or_create`).
pub struct IndexKey([u8; 32]);

impl IndexKey {
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        IndexKey(bytes)
    }

    pub(super) fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl Drop for IndexKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for IndexKey {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("IndexKey(redacted)")
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn debug_does_not_print_the_key() {
        let key = IndexKey::from_bytes([0xAB; 32]);
        assert_eq!(format!("{key:?}"), "IndexKey(redacted)");
    }
}
