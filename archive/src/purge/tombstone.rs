//! The signed record of a purged range of chain positions.
//!
//! The signed message is canonical UTF-8 text, like a checkpoint's (`crate::checkpoint`), so
//! anyone with the public key can check one (`openssl pkeyutl -verify -pubin -inkey pub.pem
//! -rawin -in message -sigfile signature`):
//!
//! ```text
//! scrm-tombstone-v1
//! tenant=<tenant id, decimal>
//! first=<first seq removed, decimal>
//! last=<last seq removed, decimal>
//! count=<last - first + 1, decimal>
//! prev=<chain hash at first - 1, 64 lowercase hex digits>
//! head=<chain hash at last, 64 lowercase hex digits>
//! cutoff=<the retention cutoff, Unix milliseconds, decimal>
//! at=<purge time, RFC 3339 UTC with microseconds>
//! ```
//!
//! each line ending in `\n`. Its first line differs from a checkpoint's, so a signature over
//! one never passes for the other.

use chrono::{DateTime, Utc};

use crate::chain::ChainHash;

/// The first line of every tombstone's signed message.
pub const TOMBSTONE_VERSION: &str = "scrm-tombstone-v1";

/// A purged range as stored in `archive_tombstone`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tombstone {
    pub tenant_id: i64,
    pub first_seq: u64,
    pub last_seq: u64,
    pub count: u64,
    /// The chain hash before `first_seq`.
    pub prev_hash: ChainHash,
    /// The chain hash at `last_seq`, which the next record links to.
    pub last_hash: ChainHash,
    pub cutoff_ms: i64,
    /// Truncated to microseconds (as signed).
    pub purged_at: DateTime<Utc>,
    /// The Ed25519 signature (64 bytes when well-formed).
    pub signature: Vec<u8>,
    pub key_fingerprint: String,
}

impl Tombstone {
    /// The exact signed message.
    pub fn message(&self) -> String {
        tombstone_message(
            self.tenant_id,
            self.first_seq,
            self.last_seq,
            self.count,
            &self.prev_hash,
            &self.last_hash,
            self.cutoff_ms,
            self.purged_at,
        )
    }

    /// Whether the stored fields agree with each other (the signature is checked apart).
    pub fn is_consistent(&self) -> bool {
        self.first_seq >= 1
            && self.last_seq >= self.first_seq
            && self.count == self.last_seq - self.first_seq + 1
    }

    pub(crate) fn from_row(row: entity::archive_tombstone::Model) -> Tombstone {
        // A hash of the wrong length can never verify: zeros stand in, and the signature
        // (over the stored bytes' hex) fails.
        let hash = |bytes: &[u8]| ChainHash::try_from(bytes).unwrap_or([0u8; 32]);
        Tombstone {
            tenant_id: row.tenant_id,
            first_seq: row.first_seq.max(0) as u64,
            last_seq: row.last_seq.max(0) as u64,
            count: row.count.max(0) as u64,
            prev_hash: hash(&row.prev_hash),
            last_hash: hash(&row.last_hash),
            cutoff_ms: row.cutoff_ms,
            purged_at: row.purged_at,
            signature: row.signature,
            key_fingerprint: row.key_fingerprint,
        }
    }
}

/// The exact bytes a tombstone signs (see the module documentation).
#[allow(clippy::too_many_arguments)]
pub fn tombstone_message(
    tenant_id: i64,
    first_seq: u64,
    last_seq: u64,
    count: u64,
    prev_hash: &ChainHash,
    last_hash: &ChainHash,
    cutoff_ms: i64,
    purged_at: DateTime<Utc>,
) -> String {
    format!(
        "{TOMBSTONE_VERSION}\ntenant={tenant_id}\nfirst={first_seq}\nlast={last_seq}\ncount={count}\nprev={}\nhead={}\ncutoff={cutoff_ms}\nat={}\n",
        hex::encode(prev_hash),
        hex::encode(last_hash),
        purged_at.format("%Y-%m-%dT%H:%M:%S%.6fZ"),
    )
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn the_message_has_its_documented_canonical_form() {
        let at = DateTime::from_timestamp_micros(1_796_000_000_123_456).unwrap();
        let message =
            tombstone_message(7, 3, 9, 7, &[0xab; 32], &[0xcd; 32], 1_600_000_000_000, at);
        assert_eq!(
            message,
            format!(
                "scrm-tombstone-v1\ntenant=7\nfirst=3\nlast=9\ncount=7\nprev={}\nhead={}\ncutoff=1600000000000\nat=2026-11-30T00:53:20.123456Z\n",
                "ab".repeat(32),
                "cd".repeat(32)
            )
        );
    }
}
