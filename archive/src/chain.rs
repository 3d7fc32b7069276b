//! The tamper-evident hash chain over a tenant's archive.
//!
//! Every archived record gets a dense chain position `seq` (1, 2, 3, … per tenant: the
//! archive's own numbering, not WeCom's seq, which may skip) and a hash committing to the
//! previous hash, its position, its msgid and the SHA-256 of its sealed blob:
//!
//! ```text
//! genesis(tenant) = SHA-256(framed("scrm.archive.chain.genesis.v1", tenant_id))
//! hash(seq)       = SHA-256(framed("scrm.archive.chain.link.v1", hash(seq-1), seq, msgid, digest))
//! ```
//!
//! with every field length-prefixed (`crypto::framing`). Changing, deleting, inserting or
//! reordering a record breaks every later link, and `ChainVerifier` names the first broken one.
//!
//! The chain alone cannot tell a truncated tail from a shorter archive, and someone with write
//! access could recompute all hashes after a change. Anchor the head: record
//! `ChainSummary::head` (seq and hash) somewhere the database's writers cannot rewrite — the
//! audit log, an export manifest, a signed checkpoint — and compare it on verification.

use sha2::{Digest, Sha256};

use crate::crypto::framing::Framed;
use crate::purge::Tombstone;

pub type ChainHash = [u8; 32];

const GENESIS_DOMAIN: &str = "scrm.archive.chain.genesis.v1";
const LINK_DOMAIN: &str = "scrm.archive.chain.link.v1";

/// SHA-256 of a sealed blob, as the chain commits to it.
pub fn ciphertext_digest(blob: &[u8]) -> ChainHash {
    Sha256::digest(blob).into()
}

/// The hash before a tenant's first record; distinct per tenant, so chains cannot be spliced.
pub fn genesis(tenant_id: i64) -> ChainHash {
    let mut framed = Framed::new(GENESIS_DOMAIN);
    framed.field(&tenant_id.to_be_bytes());
    Sha256::digest(framed.as_bytes()).into()
}

/// A chain hash as a row stores it (32 bytes), or why it is not one.
pub(crate) fn stored_hash(bytes: &[u8]) -> Result<ChainHash, crate::ArchiveError> {
    bytes
        .try_into()
        .map_err(|_| crate::ArchiveError::MalformedCiphertext {
            what: "stored chain hash",
            reason: "it is not 32 bytes",
        })
}

/// The hash of the record at `seq`, following `previous`.
pub fn link_hash(previous: &ChainHash, seq: u64, msgid: &str, digest: &ChainHash) -> ChainHash {
    let mut framed = Framed::new(LINK_DOMAIN);
    framed
        .field(previous)
        .field(&seq.to_be_bytes())
        .field(msgid.as_bytes())
        .field(digest);
    Sha256::digest(framed.as_bytes()).into()
}

/// The end of a chain: the last record's position and hash (position 0 and the genesis hash for
/// an empty archive). Ingest keeps one per tenant and appends to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChainHead {
    pub seq: u64,
    pub hash: ChainHash,
}

impl ChainHead {
    pub fn genesis(tenant_id: i64) -> ChainHead {
        ChainHead {
            seq: 0,
            hash: genesis(tenant_id),
        }
    }

    /// The head after appending a record: store its `seq` and `hash` with the record.
    pub fn append(&self, msgid: &str, digest: &ChainHash) -> ChainHead {
        let seq = self.seq + 1;
        ChainHead {
            seq,
            hash: link_hash(&self.hash, seq, msgid, digest),
        }
    }
}

/// A stretch of the archive chain that one writer chained itself, batch after batch, with no
/// other writer's record in between: every link from `from` to `to` was computed by that
/// writer from the sealed messages it inserted. An import reports the last such stretch, so that
/// its sign-off can vouch for links it made rather than read them all back
/// ([`Archive::checkpoint_after`](crate::Archive::checkpoint_after)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChainRun {
    /// The head the first batch chained from.
    pub from: ChainHead,
    /// The last record written.
    pub to: ChainHead,
}

impl ChainRun {
    /// This run followed by `next`: one run when `next` chained from where this one ends,
    /// otherwise `next` alone (another writer's records came in between).
    pub fn then(self, next: ChainRun) -> ChainRun {
        if next.from == self.to {
            return ChainRun {
                from: self.from,
                to: next.to,
            };
        }
        next
    }

    /// The run so far (if any) followed by the run of a batch (if it wrote anything).
    pub fn extend(run: Option<ChainRun>, next: Option<ChainRun>) -> Option<ChainRun> {
        match (run, next) {
            (Some(run), Some(next)) => Some(run.then(next)),
            (run, None) => run,
            (None, next) => next,
        }
    }
}

/// What a stored record contributes to verification.
#[derive(Debug, Clone, Copy)]
pub enum RecordContent<'a> {
    /// The sealed blob; it is hashed here.
    Ciphertext(&'a [u8]),
    /// A digest computed elsewhere (`ciphertext_digest`), e.g. by the database reader.
    Digest(ChainHash),
}

/// One stored record, as read back for verification.
#[derive(Debug, Clone, Copy)]
pub struct ChainRecord<'a> {
    pub seq: u64,
    pub msgid: &'a str,
    pub content: RecordContent<'a>,
    pub stored_hash: ChainHash,
}

/// Why the chain is broken at a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakReason {
    /// The record's msgid, content or stored hash is not what the chain committed to.
    HashMismatch,
    /// Positions jump past `expected`: a record was deleted.
    SequenceGap { expected: u64 },
    /// The record belongs at another position: records were moved or swapped.
    OutOfOrder { expected: u64 },
}

impl std::fmt::Display for BreakReason {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BreakReason::HashMismatch => {
                formatter.write_str("hash mismatch: the record was changed after it was chained")
            }
            BreakReason::SequenceGap { expected } => write!(
                formatter,
                "sequence gap: seq {expected} is missing, a record was deleted"
            ),
            BreakReason::OutOfOrder { expected } => write!(
                formatter,
                "out of order: expected seq {expected} here, records were moved or swapped"
            ),
        }
    }
}

/// The first broken record of a chain. Names positions and msgids only, never content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("hash chain broken at seq {seq} (msgid {msgid}): {reason}")]
pub struct ChainBreak {
    pub seq: u64,
    pub msgid: String,
    pub reason: BreakReason,
}

/// A verified chain: how many records were checked (purged ranges not counted), and where it
/// ends (compare with an anchor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChainSummary {
    pub verified: u64,
    pub head: ChainHead,
}

/// A stored record as a verifier holds it: its position, its stored hash, and a way to
/// recompute the link it should be. The archive's records (`ChainRecord`) and the audit log's
/// entries (`crate::audit`) chain different fields under different domains; the judging —
/// hash mismatch, gap, or moved record, looking one record ahead — is the same.
pub trait ChainLink {
    fn seq(&self) -> u64;
    /// The last position this link stands for: `seq` for a record, the end of a purged range
    /// for a tombstone (`crate::purge`).
    fn end_seq(&self) -> u64 {
        self.seq()
    }
    /// Whether this link is a record (counted as verified), not a purged range.
    fn is_record(&self) -> bool {
        true
    }
    fn stored_hash(&self) -> &ChainHash;
    /// Whether this record's stored hash is the link that would follow `previous` at `seq`.
    fn links_after(&self, previous: &ChainHash, seq: u64) -> bool;
}

/// The first broken record a [`LinkVerifier`] found, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkBreak<L> {
    pub record: L,
    pub reason: BreakReason,
}

/// Verifies a chain of any [`ChainLink`]s fed in stored order, in constant memory.
///
/// It looks one record ahead, which is what tells a swap (the missing position turns up next)
/// from a deletion (it does not): so a break may be reported one `push` late, or by `finish`.
#[derive(Debug)]
pub struct LinkVerifier<L> {
    head: ChainHead,
    verified: u64,
    pending: Option<L>,
    broken: Option<LinkBreak<L>>,
}

impl<L: ChainLink + Clone> LinkVerifier<L> {
    /// Verifies from `head`: a genesis head, or a checkpoint already trusted.
    pub fn resume(head: ChainHead) -> LinkVerifier<L> {
        LinkVerifier {
            head,
            verified: 0,
            pending: None,
            broken: None,
        }
    }

    /// The last record verified so far (the starting head before any).
    pub fn head(&self) -> ChainHead {
        self.head
    }

    /// Feeds the next stored record. Returns the first break as soon as it is known; after a
    /// break every call returns that same break.
    pub fn push(&mut self, record: L) -> Result<(), LinkBreak<L>> {
        if let Some(broken) = &self.broken {
            return Err(broken.clone());
        }
        let Some(current) = self.pending.replace(record) else {
            return Ok(());
        };
        let reason = self.judge(&current, self.pending.as_ref());
        self.settle(current, reason)
    }

    /// Checks the last record and returns how many were verified and the chain's head.
    pub fn finish(mut self) -> Result<ChainSummary, LinkBreak<L>> {
        if let Some(broken) = self.broken {
            return Err(broken);
        }
        if let Some(last) = self.pending.take() {
            let reason = self.judge(&last, None);
            self.settle(last, reason)?;
        }
        Ok(ChainSummary {
            verified: self.verified,
            head: self.head,
        })
    }

    /// What is wrong with `current`, if anything, given the record after it.
    fn judge(&self, current: &L, next: Option<&L>) -> Option<BreakReason> {
        let expected = self.head.seq + 1;
        if current.seq() < expected {
            return Some(BreakReason::OutOfOrder { expected });
        }
        if current.seq() > expected {
            // The position we wait for turning up next means rows were swapped, not deleted.
            let missing_turns_up_next = next.is_some_and(|next| next.seq() == expected);
            if missing_turns_up_next {
                return Some(BreakReason::OutOfOrder { expected });
            }
            return Some(BreakReason::SequenceGap { expected });
        }
        if current.links_after(&self.head.hash, current.seq()) {
            return None;
        }
        // Positions kept but contents exchanged: the next record's content belongs here.
        let next_belongs_here = next.is_some_and(|next| {
            next.seq() == current.seq() + 1 && next.links_after(&self.head.hash, current.seq())
        });
        if next_belongs_here {
            return Some(BreakReason::OutOfOrder { expected });
        }
        Some(BreakReason::HashMismatch)
    }

    /// Advances past a good record, or records the break.
    fn settle(&mut self, current: L, reason: Option<BreakReason>) -> Result<(), LinkBreak<L>> {
        if let Some(reason) = reason {
            let broken = LinkBreak {
                record: current,
                reason,
            };
            self.broken = Some(broken.clone());
            return Err(broken);
        }
        self.head = ChainHead {
            seq: current.end_seq(),
            hash: *current.stored_hash(),
        };
        self.verified += u64::from(current.is_record());
        Ok(())
    }
}

/// Verifies an archive chain fed record by record, in stored order, in constant memory (a
/// [`LinkVerifier`] over archive records and purged ranges, naming msgids in its breaks).
#[derive(Debug)]
pub struct ChainVerifier {
    links: LinkVerifier<PendingLink>,
}

#[derive(Debug, Clone)]
enum PendingLink {
    Record {
        seq: u64,
        msgid: String,
        digest: ChainHash,
        stored_hash: ChainHash,
    },
    /// A purged range: its tombstone says which hash came before it and which at its end.
    Purged {
        first_seq: u64,
        last_seq: u64,
        prev_hash: ChainHash,
        last_hash: ChainHash,
    },
}

impl PendingLink {
    fn from_record(record: &ChainRecord<'_>) -> PendingLink {
        PendingLink::Record {
            seq: record.seq,
            msgid: record.msgid.to_owned(),
            digest: match record.content {
                RecordContent::Ciphertext(blob) => ciphertext_digest(blob),
                RecordContent::Digest(digest) => digest,
            },
            stored_hash: record.stored_hash,
        }
    }
}

impl ChainLink for PendingLink {
    fn seq(&self) -> u64 {
        match self {
            PendingLink::Record { seq, .. } => *seq,
            PendingLink::Purged { first_seq, .. } => *first_seq,
        }
    }

    fn end_seq(&self) -> u64 {
        match self {
            PendingLink::Record { seq, .. } => *seq,
            PendingLink::Purged { last_seq, .. } => *last_seq,
        }
    }

    fn is_record(&self) -> bool {
        matches!(self, PendingLink::Record { .. })
    }

    fn stored_hash(&self) -> &ChainHash {
        match self {
            PendingLink::Record { stored_hash, .. } => stored_hash,
            PendingLink::Purged { last_hash, .. } => last_hash,
        }
    }

    fn links_after(&self, previous: &ChainHash, seq: u64) -> bool {
        match self {
            PendingLink::Record {
                msgid,
                digest,
                stored_hash,
                ..
            } => link_hash(previous, seq, msgid, digest) == *stored_hash,
            // The records are gone: what is checked is that the range starts where the chain
            // stands; the record after it then checks `last_hash`.
            PendingLink::Purged { prev_hash, .. } => prev_hash == previous,
        }
    }
}

fn chain_break(broken: LinkBreak<PendingLink>) -> ChainBreak {
    let seq = broken.record.seq();
    let msgid = match broken.record {
        PendingLink::Record { msgid, .. } => msgid,
        PendingLink::Purged {
            first_seq,
            last_seq,
            ..
        } => format!("(purged {first_seq}-{last_seq})"),
    };
    ChainBreak {
        seq,
        msgid,
        reason: broken.reason,
    }
}

impl ChainVerifier {
    /// Verifies a tenant's chain from its first record.
    pub fn new(tenant_id: i64) -> ChainVerifier {
        ChainVerifier::resume(ChainHead::genesis(tenant_id))
    }

    /// Verifies from a checkpoint already trusted (e.g. the head of the last verification).
    pub fn resume(head: ChainHead) -> ChainVerifier {
        ChainVerifier {
            links: LinkVerifier::resume(head),
        }
    }

    /// Feeds the next stored record. Returns the first break as soon as it is known; after a
    /// break every call returns that same break.
    pub fn push(&mut self, record: ChainRecord<'_>) -> Result<(), ChainBreak> {
        self.links
            .push(PendingLink::from_record(&record))
            .map_err(chain_break)
    }

    /// Feeds a purged range where its first position falls in stored order. Its signature is
    /// the caller's to check (`CheckpointSigner::verify_tombstone`): here it is a link like
    /// any other, which must start where the chain stands.
    pub fn push_purged(&mut self, tombstone: &Tombstone) -> Result<(), ChainBreak> {
        self.links
            .push(PendingLink::Purged {
                first_seq: tombstone.first_seq,
                last_seq: tombstone.last_seq,
                prev_hash: tombstone.prev_hash,
                last_hash: tombstone.last_hash,
            })
            .map_err(chain_break)
    }

    /// Checks the last record and returns how many were verified and the chain's head.
    pub fn finish(self) -> Result<ChainSummary, ChainBreak> {
        self.links.finish().map_err(chain_break)
    }
}

/// Verifies a whole chain from genesis; the number of records on success.
pub fn verify_chain<'a>(
    tenant_id: i64,
    records: impl IntoIterator<Item = ChainRecord<'a>>,
) -> Result<u64, ChainBreak> {
    let mut verifier = ChainVerifier::new(tenant_id);
    for record in records {
        verifier.push(record)?;
    }
    verifier.finish().map(|summary| summary.verified)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const TENANT: i64 = 42;

    /// A stored row: what the archive table holds.
    #[derive(Debug, Clone)]
    struct Row {
        seq: u64,
        msgid: String,
        blob: Vec<u8>,
        hash: ChainHash,
    }

    fn build_chain(length: usize) -> Vec<Row> {
        let mut head = ChainHead::genesis(TENANT);
        (0..length)
            .map(|index| {
                let msgid = format!("msg-{index}");
                let blob = format!("sealed body {index}").into_bytes();
                head = head.append(&msgid, &ciphertext_digest(&blob));
                Row {
                    seq: head.seq,
                    msgid,
                    blob,
                    hash: head.hash,
                }
            })
            .collect()
    }

    fn verify(rows: &[Row]) -> Result<u64, ChainBreak> {
        verify_chain(
            TENANT,
            rows.iter().map(|row| ChainRecord {
                seq: row.seq,
                msgid: &row.msgid,
                content: RecordContent::Ciphertext(&row.blob),
                stored_hash: row.hash,
            }),
        )
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(verify(&build_chain(0)), Ok(0));
        assert_eq!(verify(&build_chain(1)), Ok(1));
        assert_eq!(verify(&build_chain(10)), Ok(10));
    }

    #[test]
    fn a_flipped_ciphertext_byte_is_a_hash_mismatch() {
        let mut rows = build_chain(10);
        rows[4].blob[3] ^= 0x01;
        let broken = verify(&rows).unwrap_err();
        assert_eq!((broken.seq, broken.msgid.as_str()), (5, "msg-4"));
        assert_eq!(broken.reason, BreakReason::HashMismatch);
        assert_eq!(
            broken.to_string(),
            "hash chain broken at seq 5 (msgid msg-4): hash mismatch: the record was changed after it was chained"
        );
    }

    #[test]
    fn a_changed_msgid_is_a_hash_mismatch() {
        let mut rows = build_chain(5);
        rows[4].msgid = "other".to_owned();
        assert_eq!(verify(&rows).unwrap_err().reason, BreakReason::HashMismatch);
    }

    #[test]
    fn a_deleted_record_is_a_sequence_gap() {
        let mut rows = build_chain(10);
        rows.remove(6);
        let broken = verify(&rows).unwrap_err();
        assert_eq!((broken.seq, broken.msgid.as_str()), (8, "msg-7"));
        assert_eq!(broken.reason, BreakReason::SequenceGap { expected: 7 });
    }

    #[test]
    fn deleting_the_first_record_is_a_gap_too() {
        let mut rows = build_chain(3);
        rows.remove(0);
        assert_eq!(
            verify(&rows).unwrap_err().reason,
            BreakReason::SequenceGap { expected: 1 }
        );
    }

    #[test]
    fn swapped_rows_are_out_of_order() {
        let mut rows = build_chain(10);
        rows.swap(3, 4);
        let broken = verify(&rows).unwrap_err();
        assert_eq!((broken.seq, broken.msgid.as_str()), (5, "msg-4"));
        assert_eq!(broken.reason, BreakReason::OutOfOrder { expected: 4 });
    }

    #[test]
    fn swapped_contents_under_kept_positions_are_out_of_order() {
        // The attacker exchanges two records but leaves the seq column as it was.
        let mut rows = build_chain(10);
        let (first_seq, second_seq) = (rows[3].seq, rows[4].seq);
        rows.swap(3, 4);
        rows[3].seq = first_seq;
        rows[4].seq = second_seq;
        let broken = verify(&rows).unwrap_err();
        assert_eq!((broken.seq, broken.msgid.as_str()), (4, "msg-4"));
        assert_eq!(broken.reason, BreakReason::OutOfOrder { expected: 4 });
    }

    #[test]
    fn swapping_the_last_two_rows_is_detected() {
        let mut rows = build_chain(4);
        rows.swap(2, 3);
        assert_eq!(
            verify(&rows).unwrap_err().reason,
            BreakReason::OutOfOrder { expected: 3 }
        );
    }

    #[test]
    fn a_chain_from_another_tenant_fails_at_its_first_record() {
        let rows = build_chain(3);
        let broken = verify_chain(
            TENANT + 1,
            rows.iter().map(|row| ChainRecord {
                seq: row.seq,
                msgid: &row.msgid,
                content: RecordContent::Digest(ciphertext_digest(&row.blob)),
                stored_hash: row.hash,
            }),
        )
        .unwrap_err();
        assert_eq!((broken.seq, broken.reason), (1, BreakReason::HashMismatch));
    }

    #[test]
    fn verification_resumes_from_a_checkpoint_and_reports_the_head() {
        let rows = build_chain(6);
        let checkpoint = ChainHead {
            seq: rows[2].seq,
            hash: rows[2].hash,
        };
        let mut verifier = ChainVerifier::resume(checkpoint);
        for row in &rows[3..] {
            verifier
                .push(ChainRecord {
                    seq: row.seq,
                    msgid: &row.msgid,
                    content: RecordContent::Ciphertext(&row.blob),
                    stored_hash: row.hash,
                })
                .unwrap();
        }
        let summary = verifier.finish().unwrap();
        assert_eq!(summary.verified, 3);
        assert_eq!(
            summary.head,
            ChainHead {
                seq: 6,
                hash: rows[5].hash
            }
        );
    }

    #[test]
    fn link_hashes_are_domain_separated_and_length_prefixed() {
        let digest = [7u8; 32];
        let previous = genesis(TENANT);
        assert_ne!(genesis(1), genesis(2));
        assert_ne!(
            link_hash(&previous, 1, "ab", &digest),
            link_hash(&previous, 1, "a", &digest)
        );
        assert_ne!(
            link_hash(&previous, 1, "m", &digest),
            link_hash(&previous, 2, "m", &digest)
        );
        assert_ne!(ciphertext_digest(b""), [0u8; 32]);
    }

    /// Verifies `rows` with the rows at `purged` (indices, inclusive) replaced by a tombstone
    /// whose hashes are `prev` and `last`.
    fn verify_with_purge(
        rows: &[Row],
        purged: std::ops::RangeInclusive<usize>,
        prev: ChainHash,
        last: ChainHash,
    ) -> Result<ChainSummary, ChainBreak> {
        let tombstone = Tombstone {
            tenant_id: TENANT,
            first_seq: rows[*purged.start()].seq,
            last_seq: rows[*purged.end()].seq,
            count: (purged.end() - purged.start() + 1) as u64,
            prev_hash: prev,
            last_hash: last,
            cutoff_ms: 0,
            purged_at: chrono::DateTime::UNIX_EPOCH,
            signature: Vec::new(),
            key_fingerprint: String::new(),
        };
        let mut verifier = ChainVerifier::new(TENANT);
        for (index, row) in rows.iter().enumerate() {
            if index == *purged.start() {
                verifier.push_purged(&tombstone)?;
            }
            if purged.contains(&index) {
                continue;
            }
            verifier.push(ChainRecord {
                seq: row.seq,
                msgid: &row.msgid,
                content: RecordContent::Ciphertext(&row.blob),
                stored_hash: row.hash,
            })?;
        }
        verifier.finish()
    }

    #[test]
    fn a_purged_range_with_its_tombstone_verifies_and_counts_only_the_records_left() {
        let rows = build_chain(10);
        let summary = verify_with_purge(&rows, 2..=5, rows[1].hash, rows[5].hash).unwrap();
        assert_eq!(summary.verified, 6);
        assert_eq!(summary.head.seq, 10);
        let from_genesis = verify_with_purge(&rows, 0..=3, genesis(TENANT), rows[3].hash).unwrap();
        assert_eq!(from_genesis.verified, 6);
        let at_the_end = verify_with_purge(&rows, 7..=9, rows[6].hash, rows[9].hash).unwrap();
        assert_eq!(
            (at_the_end.verified, at_the_end.head),
            (
                7,
                ChainHead {
                    seq: 10,
                    hash: rows[9].hash
                }
            )
        );
    }

    #[test]
    fn a_tombstone_that_does_not_start_where_the_chain_stands_is_a_mismatch() {
        let rows = build_chain(10);
        let broken = verify_with_purge(&rows, 2..=5, rows[0].hash, rows[5].hash).unwrap_err();
        assert_eq!((broken.seq, broken.reason), (3, BreakReason::HashMismatch));
        assert_eq!(broken.msgid, "(purged 3-6)");
    }

    #[test]
    fn a_tombstone_with_another_end_hash_breaks_at_the_next_record() {
        let rows = build_chain(10);
        let broken = verify_with_purge(&rows, 2..=5, rows[1].hash, rows[4].hash).unwrap_err();
        assert_eq!((broken.seq, broken.reason), (7, BreakReason::HashMismatch));
    }

    #[test]
    fn records_deleted_beyond_a_tombstone_are_still_a_gap() {
        let mut rows = build_chain(10);
        // The tombstone covers seqs 3-5, but seq 6 is gone too.
        let tombstone_end = rows[4].hash;
        rows.remove(5);
        let broken = verify_with_purge(&rows, 2..=4, rows[1].hash, tombstone_end).unwrap_err();
        assert_eq!(broken.reason, BreakReason::SequenceGap { expected: 6 });
    }

    proptest! {
        #[test]
        fn any_single_tampering_is_detected(
            length in 2usize..30,
            target_seed in any::<prop::sample::Index>(),
            byte_seed in any::<prop::sample::Index>(),
            kind in 0u8..3,
        ) {
            let mut rows = build_chain(length);
            let target = target_seed.index(length);
            match kind {
                0 => {
                    let position = byte_seed.index(rows[target].blob.len());
                    rows[target].blob[position] ^= 0x80;
                    prop_assert_eq!(verify(&rows).unwrap_err().reason, BreakReason::HashMismatch);
                }
                1 => {
                    rows.remove(target);
                    let broken = verify(&rows);
                    if target == length - 1 {
                        // Truncating the tail is only visible against an anchored head.
                        prop_assert_eq!(broken, Ok(length as u64 - 1));
                    } else {
                        prop_assert_eq!(
                            broken.unwrap_err().reason,
                            BreakReason::SequenceGap { expected: target as u64 + 1 }
                        );
                    }
                }
                _ => {
                    let other = if target + 1 < length { target + 1 } else { target - 1 };
                    rows.swap(target, other);
                    let expected = target.min(other) as u64 + 1;
                    prop_assert_eq!(
                        verify(&rows).unwrap_err().reason,
                        BreakReason::OutOfOrder { expected }
                    );
                }
            }
        }
    }
}
