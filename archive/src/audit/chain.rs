//! The audit log's hash chain: the archive chain's construction (`crate::chain`: framed fields,
//! a per-tenant genesis, one link per entry, the same verifier) under its own domains, over an
//! entry's clear columns and the digest of its sealed part:
//!
//! ```text
//! genesis(tenant) = SHA-256(framed("scrm.audit.chain.genesis.v1", tenant_id))
//! hash(seq)       = SHA-256(framed("scrm.audit.chain.link.v1", hash(seq-1), seq, at_micros,
//!                     actor_kind, ?actor_staff_id, ?actor_api_key_id, ?actor_name, ?actor_role,
//!                     action, outcome, ?request_id, ?client_ip, SHA-256(sealed)))
//! ```
//!
//! Integers are big-endian (i64, seq as u64), enums their stored strings; an optional field
//! `?x` is a presence field (`0` or `1`) followed, when present, by the value, so an absent
//! value never equals an empty one.

use sha2::{Digest, Sha256};

use crate::chain::{ChainHash, ChainHead, ChainLink};
use crate::crypto::framing::Framed;

const GENESIS_DOMAIN: &str = "scrm.audit.chain.genesis.v1";
const LINK_DOMAIN: &str = "scrm.audit.chain.link.v1";

/// The hash before a tenant's first audit entry; distinct per tenant and from the archive's.
pub fn genesis(tenant_id: i64) -> ChainHash {
    let mut framed = Framed::new(GENESIS_DOMAIN);
    framed.field(&tenant_id.to_be_bytes());
    Sha256::digest(framed.as_bytes()).into()
}

/// The head of an empty audit log.
pub fn genesis_head(tenant_id: i64) -> ChainHead {
    ChainHead {
        seq: 0,
        hash: genesis(tenant_id),
    }
}

/// What an entry's link commits to besides the previous hash and its seq: its clear columns as
/// stored (enums as their stored strings) and the digest of its sealed blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainedFields {
    pub at_micros: i64,
    pub actor_kind: String,
    pub actor_staff_id: Option<i64>,
    pub actor_api_key_id: Option<i64>,
    pub actor_name: Option<String>,
    pub actor_role: Option<String>,
    pub action: String,
    pub outcome: String,
    pub request_id: Option<String>,
    pub client_ip: Option<String>,
    /// `crate::chain::ciphertext_digest` of the sealed blob.
    pub sealed_digest: ChainHash,
}

fn optional(framed: &mut Framed, value: Option<&[u8]>) {
    match value {
        None => {
            framed.field(&[0]);
        }
        Some(value) => {
            framed.field(&[1]).field(value);
        }
    }
}

/// The hash of the entry at `seq` with `fields`, following `previous`.
pub fn link_hash(previous: &ChainHash, seq: u64, fields: &ChainedFields) -> ChainHash {
    let mut framed = Framed::new(LINK_DOMAIN);
    framed
        .field(previous)
        .field(&seq.to_be_bytes())
        .field(&fields.at_micros.to_be_bytes())
        .field(fields.actor_kind.as_bytes());
    optional(
        &mut framed,
        fields
            .actor_staff_id
            .map(i64::to_be_bytes)
            .as_ref()
            .map(|b| &b[..]),
    );
    optional(
        &mut framed,
        fields
            .actor_api_key_id
            .map(i64::to_be_bytes)
            .as_ref()
            .map(|b| &b[..]),
    );
    optional(&mut framed, fields.actor_name.as_deref().map(str::as_bytes));
    optional(&mut framed, fields.actor_role.as_deref().map(str::as_bytes));
    framed
        .field(fields.action.as_bytes())
        .field(fields.outcome.as_bytes());
    optional(&mut framed, fields.request_id.as_deref().map(str::as_bytes));
    optional(&mut framed, fields.client_ip.as_deref().map(str::as_bytes));
    framed.field(&fields.sealed_digest);
    Sha256::digest(framed.as_bytes()).into()
}

/// A stored entry as the verifier sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainedEntry {
    pub seq: u64,
    pub fields: ChainedFields,
    pub stored_hash: ChainHash,
}

impl ChainLink for ChainedEntry {
    fn seq(&self) -> u64 {
        self.seq
    }

    fn stored_hash(&self) -> &ChainHash {
        &self.stored_hash
    }

    fn links_after(&self, previous: &ChainHash, seq: u64) -> bool {
        link_hash(previous, seq, &self.fields) == self.stored_hash
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use crate::chain::{BreakReason, LinkVerifier, ciphertext_digest};
    use proptest::prelude::*;

    const TENANT: i64 = 9;

    fn fields(index: usize) -> ChainedFields {
        ChainedFields {
            at_micros: 1_767_225_600_000_000 + index as i64,
            actor_kind: "STAFF".to_string(),
            actor_staff_id: Some(7),
            actor_api_key_id: None,
            actor_name: None,
            actor_role: Some("COMPLIANCE".to_string()),
            action: "ARCHIVE_SEARCH".to_string(),
            outcome: "SUCCESS".to_string(),
            request_id: Some(format!("req-{index}")),
            client_ip: Some("10.0.0.1".to_string()),
            sealed_digest: ciphertext_digest(format!("sealed {index}").as_bytes()),
        }
    }

    fn build(length: usize) -> Vec<ChainedEntry> {
        let mut head = genesis_head(TENANT);
        (0..length)
            .map(|index| {
                let fields = fields(index);
                let seq = head.seq + 1;
                head = ChainHead {
                    seq,
                    hash: link_hash(&head.hash, seq, &fields),
                };
                ChainedEntry {
                    seq,
                    fields,
                    stored_hash: head.hash,
                }
            })
            .collect()
    }

    fn verify(entries: &[ChainedEntry]) -> Result<u64, (u64, BreakReason)> {
        let mut verifier = LinkVerifier::resume(genesis_head(TENANT));
        for entry in entries {
            verifier
                .push(entry.clone())
                .map_err(|broken| (broken.record.seq, broken.reason))?;
        }
        verifier
            .finish()
            .map(|summary| summary.verified)
            .map_err(|broken| (broken.record.seq, broken.reason))
    }

    #[test]
    fn an_intact_log_verifies_and_domains_differ_from_the_archive() {
        assert_eq!(verify(&build(5)), Ok(5));
        assert_ne!(genesis(TENANT), crate::chain::genesis(TENANT));
        assert_ne!(genesis(1), genesis(2));
    }

    #[test]
    fn an_absent_value_differs_from_an_empty_one() {
        let mut with_empty = fields(0);
        with_empty.actor_name = Some(String::new());
        let previous = genesis(TENANT);
        assert_ne!(
            link_hash(&previous, 1, &fields(0)),
            link_hash(&previous, 1, &with_empty)
        );
        let mut moved = fields(0);
        moved.request_id = None;
        moved.client_ip = fields(0).request_id;
        assert_ne!(
            link_hash(&previous, 1, &fields(0)),
            link_hash(&previous, 1, &moved)
        );
    }

    /// Changes one chained field of an entry; `which` picks the field.
    fn tamper(fields: &mut ChainedFields, which: u8) {
        match which {
            0 => fields.at_micros += 1,
            1 => fields.actor_kind = "SYSTEM".to_string(),
            2 => fields.actor_staff_id = Some(8),
            3 => fields.actor_api_key_id = Some(1),
            4 => fields.actor_name = Some("root".to_string()),
            5 => fields.actor_role = Some("ADMIN".to_string()),
            6 => fields.action = "LOGIN".to_string(),
            7 => fields.outcome = "DENIED".to_string(),
            8 => fields.request_id = None,
            9 => fields.client_ip = Some("10.0.0.2".to_string()),
            _ => fields.sealed_digest[0] ^= 1,
        }
    }

    proptest! {
        #[test]
        fn any_single_field_change_breaks_the_chain_at_that_seq(
            length in 1usize..20,
            target_seed in any::<prop::sample::Index>(),
            which in 0u8..11,
        ) {
            let mut entries = build(length);
            let target = target_seed.index(length);
            tamper(&mut entries[target].fields, which);
            prop_assert_eq!(
                verify(&entries),
                Err((target as u64 + 1, BreakReason::HashMismatch))
            );
        }

        #[test]
        fn a_changed_stored_hash_or_seq_is_detected(
            length in 2usize..20,
            target_seed in any::<prop::sample::Index>(),
        ) {
            let mut entries = build(length);
            let target = target_seed.index(length);
            let mut changed = entries.clone();
            changed[target].stored_hash[5] ^= 0x10;
            let broken = verify(&changed).unwrap_err();
            // The changed hash no longer links; if it is not the last, the next no longer
            // follows it either, but the first break is named.
            prop_assert_eq!(broken, (target as u64 + 1, BreakReason::HashMismatch));
            entries[target].seq += 100;
            prop_assert!(verify(&entries).is_err());
        }
    }
}
