//! Verifying a tenant's archive from the stored rows: the hash chain and, unless only the chain
//! is asked for, every record's sealed original against the clear columns beside it.
//!
//! The chain commits to seq, msgid and the sealed blob, not to the routing columns (sender,
//! time, recipients, …): those can be rewritten without breaking it. Opening every record also
//! proves its key is still there, which the chain cannot see either.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::Arc;

use entity::{archive_conversation, archive_message, archive_tombstone};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::read::open_row;
use super::routing::{Routing, disagreeing_columns};
use super::{Archive, LOOKUP_CHUNK, run_blocking};
use crate::chain::{ChainBreak, ChainHead, ChainRecord, ChainVerifier, RecordContent};
use crate::checkpoint::CheckpointSigner;
use crate::crypto::{KeyVersion, Keyring, sealed_key_version};
use crate::purge::Tombstone;
use crate::{ArchiveError, Message};

const VERIFY_PAGE: u64 = 2_000;

/// How much `Archive::verify` checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifyMode {
    /// The chain, and every record opened with the tenant's stored keys, parsed, and compared
    /// with its routing columns and revocation links.
    Full,
    /// The chain alone: changed, deleted, inserted or moved records, but not rewritten columns
    /// or lost keys.
    ChainOnly,
}

/// A verified archive: how many records were checked, how, and where the chain ends (compare
/// the head with an anchor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifySummary {
    pub verified: u64,
    pub head: ChainHead,
    pub mode: VerifyMode,
    /// The purged ranges the chain crossed, each on its signed tombstone.
    pub purged: PurgedSummary,
}

/// Purged ranges a verification crossed: how many, and how many positions they stand for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgedSummary {
    pub ranges: u64,
    pub messages: u64,
}

/// Why a tombstone cannot stand for its range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TombstoneProblem {
    /// Signed by another key than this installation's (or by none).
    ForeignKey,
    /// Names this installation's key, but the signature does not match its fields.
    SignatureInvalid,
    /// Its positions and count disagree, or it names another tenant.
    Inconsistent,
}

impl std::fmt::Display for TombstoneProblem {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(match self {
            TombstoneProblem::ForeignKey => {
                "is not signed by this installation's key (restore signing.key with the data dir)"
            }
            TombstoneProblem::SignatureInvalid => {
                "has an invalid signature: it was changed or forged"
            }
            TombstoneProblem::Inconsistent => "contradicts itself (positions, count or tenant)",
        })
    }
}

/// Why a record's key cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyProblem {
    /// No stored key of that version (its `archive_key` row is gone).
    Missing,
    /// The stored key does not unwrap with this master key (altered, or another master key).
    Unusable,
}

impl std::fmt::Display for KeyProblem {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(match self {
            KeyProblem::Missing => "is missing",
            KeyProblem::Unusable => "cannot be unwrapped with this master key",
        })
    }
}

/// Why a record's sealed original cannot be read, with its key at hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a sealed blob of a known format.
    Malformed,
    /// Fails authentication: altered, moved to another msgid or tenant, or sealed under a
    /// different key of the same version.
    FailsAuthentication,
    /// Opens, but is not an archive message (ingest only seals messages it parsed).
    NotAMessage,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(match self {
            Unreadable::Malformed => "the sealed blob is malformed",
            Unreadable::FailsAuthentication => {
                "the sealed original fails authentication (altered, moved, or sealed under another key)"
            }
            Unreadable::NotAMessage => "the sealed original is not an archive message",
        })
    }
}

/// The first problem verification found. Names positions, msgids, columns and key versions,
/// never values or content: it is printed and logged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyFinding {
    #[error("broken: seq {} msgid {}: {}", .0.seq, .0.msgid, .0.reason)]
    ChainBroken(ChainBreak),
    /// A routing column (or `key_version`, or `conversation_id`) says something else than the
    /// record's sealed original.
    #[error(
        "tampered: seq {seq} msgid {msgid}: column {column} disagrees with the sealed original"
    )]
    ColumnMismatch {
        seq: u64,
        msgid: String,
        column: &'static str,
    },
    /// `revoked_by`/`revoked_at_ms` do not match the archived revoke messages: a link points at
    /// no revoke of this message, or a revoke of it is archived and the link is missing.
    #[error(
        "tampered: seq {seq} msgid {msgid}: column {column} disagrees with the archived revoke messages"
    )]
    RevocationLink {
        seq: u64,
        msgid: String,
        column: &'static str,
    },
    /// Records sealed under a key version the tenant's stored keys cannot provide.
    #[error("key version {version} {problem}: records from seq {seq} cannot be opened")]
    KeyUnavailable {
        version: KeyVersion,
        seq: u64,
        problem: KeyProblem,
    },
    #[error("unreadable: seq {seq} msgid {msgid}: {reason}")]
    Unreadable {
        seq: u64,
        msgid: String,
        reason: Unreadable,
    },
    /// A purge's record of a removed range cannot be trusted: the gap may be a deletion.
    #[error("tampered: the tombstone of purged seqs {first_seq}-{last_seq} {problem}")]
    TombstoneInvalid {
        first_seq: u64,
        last_seq: u64,
        problem: TombstoneProblem,
    },
}

impl Archive {
    /// Walks the tenant's records in seq order: the chain always, and in `Full` mode every
    /// sealed original. `Ok(Err(finding))` names the first problem; `Err` means the walk itself
    /// failed (database unreachable). `progress` gets the number of records checked so far.
    ///
    /// A chain break is reported in preference to a problem with the same or a later record
    /// (a changed blob also fails to open, and the chain says what happened more precisely);
    /// revocation links are cross-checked after the walk.
    ///
    /// Purged ranges are crossed on their tombstones, whose signatures `signer` checks.
    pub async fn verify(
        &self,
        tenant_id: i64,
        mode: VerifyMode,
        signer: &CheckpointSigner,
        progress: impl FnMut(u64),
    ) -> Result<Result<VerifySummary, VerifyFinding>, ArchiveError> {
        let keys = match mode {
            VerifyMode::Full => {
                // From the database, not this process's cache: the stored keys are under test.
                let (keyring, unusable) = self.stored_keys(tenant_id).await?;
                Some(Arc::new(VerifyKeys { keyring, unusable }))
            }
            VerifyMode::ChainOnly => None,
        };
        self.walk(tenant_id, mode, keys, signer, None, progress)
            .await
    }

    /// The chain alone (as `verify` in `ChainOnly` mode), from `from` — a head already trusted,
    /// e.g. a signed checkpoint's — to the last record: the links after `from` only. A checkpoint
    /// checks the records added since the previous one this way before signing the new head.
    pub(crate) async fn verify_chain_from(
        &self,
        tenant_id: i64,
        from: ChainHead,
        signer: &CheckpointSigner,
    ) -> Result<Result<VerifySummary, VerifyFinding>, ArchiveError> {
        self.walk(
            tenant_id,
            VerifyMode::ChainOnly,
            None,
            signer,
            Some(from),
            |_| {},
        )
        .await
    }

    /// The walk of `verify` and `verify_chain_from`: from genesis (`from` is `None`: every row,
    /// whatever its seq) or from a trusted head (the rows above its seq).
    async fn walk(
        &self,
        tenant_id: i64,
        mode: VerifyMode,
        keys: Option<Arc<VerifyKeys>>,
        signer: &CheckpointSigner,
        from: Option<ChainHead>,
        mut progress: impl FnMut(u64),
    ) -> Result<Result<VerifySummary, VerifyFinding>, ArchiveError> {
        let mut start = from.unwrap_or_else(|| ChainHead::genesis(tenant_id));
        let mut tombstones = VecDeque::new();
        for tombstone in self.tombstones_after(tenant_id, start.seq).await? {
            if let Some(problem) = tombstone_problem(tenant_id, &tombstone, signer) {
                return Ok(Err(VerifyFinding::TombstoneInvalid {
                    first_seq: tombstone.first_seq,
                    last_seq: tombstone.last_seq,
                    problem,
                }));
            }
            if tombstone.first_seq <= start.seq {
                // A trusted head inside a purged range (a checkpoint signed before the purge):
                // its signed end is where the links continue.
                start = ChainHead {
                    seq: tombstone.last_seq,
                    hash: tombstone.last_hash,
                };
                continue;
            }
            tombstones.push_back(tombstone);
        }
        let revocations = match mode {
            VerifyMode::Full => Revocations::expecting(self.revoke_targets(tenant_id).await?),
            VerifyMode::ChainOnly => Revocations::default(),
        };
        let mut walk = Walk::new(tenant_id, keys, start, tombstones, revocations);
        // From genesis every row is read, whatever its seq; from a trusted head, the rows after
        // it (or after the purged range it falls in).
        let first_after = from.map(|_| i64::try_from(start.seq).unwrap_or(i64::MAX));
        let mut page = self.verify_page(tenant_id, mode, first_after).await?;
        while let Some(after) = page.last_seq() {
            let checking = run_blocking(move || {
                let outcome = walk.check(&page);
                Ok((walk, outcome))
            });
            // The next page is read while this one is hashed and opened on a blocking thread.
            // (`join!` unwraps its own internal state, never our values.)
            #[allow(clippy::disallowed_methods)]
            let (checked, next) =
                tokio::join!(checking, self.verify_page(tenant_id, mode, Some(after)));
            let outcome;
            (walk, outcome) = checked?;
            if let Err(finding) = outcome {
                return Ok(Err(finding));
            }
            progress(walk.checked);
            page = next?;
        }

        if let Err(finding) = walk.cross_remaining_tombstones() {
            return Ok(Err(finding));
        }
        let Walk {
            chain,
            held,
            revocations,
            purged,
            ..
        } = walk;
        let summary = match chain.finish() {
            Ok(summary) => summary,
            Err(broken) => return Ok(Err(VerifyFinding::ChainBroken(broken))),
        };
        if let Some((_, finding)) = held {
            return Ok(Err(finding));
        }
        if mode == VerifyMode::Full
            && let Some(finding) = revocations.first_finding()
        {
            return Ok(Err(finding));
        }
        Ok(Ok(VerifySummary {
            verified: summary.verified,
            head: summary.head,
            mode,
            purged,
        }))
    }

    /// The tenant's tombstones whose ranges end after `seq`, in chain order.
    pub(crate) async fn tombstones_after(
        &self,
        tenant_id: i64,
        seq: u64,
    ) -> Result<Vec<Tombstone>, ArchiveError> {
        let rows = archive_tombstone::Entity::find()
            .filter(archive_tombstone::Column::TenantId.eq(tenant_id))
            .filter(archive_tombstone::Column::LastSeq.gt(i64::try_from(seq).unwrap_or(i64::MAX)))
            .order_by_asc(archive_tombstone::Column::FirstSeq)
            .all(self.db())
            .await?;
        Ok(rows.into_iter().map(Tombstone::from_row).collect())
    }

    /// The next page of rows after `after_seq`: the chain's columns only for `ChainOnly`, whole
    /// rows and the keys of the conversations they point at for `Full`.
    async fn verify_page(
        &self,
        tenant_id: i64,
        mode: VerifyMode,
        after_seq: Option<i64>,
    ) -> Result<Page, ArchiveError> {
        // Ordered by seq, but without assuming seqs are dense: a swapped or renumbered seq must
        // still be visited, in seq order.
        let mut query = archive_message::Entity::find()
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .order_by_asc(archive_message::Column::Seq)
            .limit(VERIFY_PAGE);
        if let Some(after) = after_seq {
            query = query.filter(archive_message::Column::Seq.gt(after));
        }
        if mode == VerifyMode::ChainOnly {
            let rows = query
                .select_only()
                .column(archive_message::Column::Seq)
                .column(archive_message::Column::Msgid)
                .column(archive_message::Column::Ciphertext)
                .column(archive_message::Column::ChainHash)
                .into_tuple()
                .all(self.db())
                .await?;
            return Ok(Page::Chain(rows));
        }
        let rows = query.all(self.db()).await?;
        let ids: Vec<i64> = rows
            .iter()
            .filter_map(|row| row.conversation_id)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut conversations = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(LOOKUP_CHUNK) {
            // By primary key alone, the tenant checked here: with the tenant in the WHERE clause
            // SQLite scans the tenant's conversations for each page instead of seeking by id.
            let found: Vec<(i64, i64, String)> = archive_conversation::Entity::find()
                .select_only()
                .column(archive_conversation::Column::Id)
                .column(archive_conversation::Column::TenantId)
                .column(archive_conversation::Column::Key)
                .filter(archive_conversation::Column::Id.is_in(chunk.to_vec()))
                .into_tuple()
                .all(self.db())
                .await?;
            conversations.extend(
                found
                    .into_iter()
                    .filter(|(_, owner, _)| *owner == tenant_id)
                    .map(|(id, _, key)| (id, key)),
            );
        }
        Ok(Page::Full(rows, conversations))
    }

    /// The msgids the tenant's revoke rows name as revoked (their `revokes_msgid` column,
    /// which the walk then checks against each revoke's sealed original).
    async fn revoke_targets(&self, tenant_id: i64) -> Result<HashSet<String>, ArchiveError> {
        let targets: Vec<Option<String>> = archive_message::Entity::find()
            .select_only()
            .column(archive_message::Column::RevokesMsgid)
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .filter(archive_message::Column::RevokesMsgid.is_not_null())
            .into_tuple()
            .all(self.db())
            .await?;
        Ok(targets.into_iter().flatten().collect())
    }
}

/// Why `tombstone` cannot stand for its range, if it cannot.
fn tombstone_problem(
    tenant_id: i64,
    tombstone: &Tombstone,
    signer: &CheckpointSigner,
) -> Option<TombstoneProblem> {
    if tombstone.tenant_id != tenant_id || !tombstone.is_consistent() {
        return Some(TombstoneProblem::Inconsistent);
    }
    if tombstone.key_fingerprint != signer.fingerprint() {
        return Some(TombstoneProblem::ForeignKey);
    }
    if !signer.verify_tombstone(tombstone) {
        return Some(TombstoneProblem::SignatureInvalid);
    }
    None
}

/// The tenant's stored keys, as verification found them.
struct VerifyKeys {
    keyring: Keyring,
    /// Versions stored but not unwrappable.
    unusable: Vec<KeyVersion>,
}

/// One page of rows, as much of them as the mode needs.
enum Page {
    /// (seq, msgid, ciphertext, chain hash).
    Chain(Vec<(i64, String, Vec<u8>, Vec<u8>)>),
    /// Whole rows, and conversation id → key for the ids they name.
    Full(Vec<archive_message::Model>, HashMap<i64, String>),
}

impl Page {
    fn last_seq(&self) -> Option<i64> {
        match self {
            Page::Chain(rows) => rows.last().map(|row| row.0),
            Page::Full(rows, _) => rows.last().map(|row| row.seq),
        }
    }
}

fn chain_record<'a>(
    seq: i64,
    msgid: &'a str,
    ciphertext: &'a [u8],
    hash: &[u8],
) -> ChainRecord<'a> {
    ChainRecord {
        seq: seq.max(0) as u64,
        msgid,
        content: RecordContent::Ciphertext(ciphertext),
        // A hash of the wrong length can never match: compare against zeros.
        stored_hash: hash.try_into().unwrap_or([0u8; 32]),
    }
}

/// The state of a walk; it moves to a blocking thread for each page and back.
struct Walk {
    tenant_id: i64,
    /// `None` when only the chain is checked.
    keys: Option<Arc<VerifyKeys>>,
    chain: ChainVerifier,
    /// Records fed to the chain so far.
    checked: u64,
    /// Links fed to the chain so far (records and purged ranges): positions for `held`.
    links: u64,
    /// Signed tombstones not yet crossed, in chain order; each is fed just before the first
    /// record after its range.
    tombstones: VecDeque<Tombstone>,
    purged: PurgedSummary,
    /// The first record-level finding and that record's position, held until the chain has
    /// judged the record (it looks one record ahead): a chain break there wins.
    held: Option<(u64, VerifyFinding)>,
    revocations: Revocations,
}

impl Walk {
    fn new(
        tenant_id: i64,
        keys: Option<Arc<VerifyKeys>>,
        start: ChainHead,
        tombstones: VecDeque<Tombstone>,
        revocations: Revocations,
    ) -> Self {
        Walk {
            tenant_id,
            keys,
            chain: ChainVerifier::resume(start),
            checked: 0,
            links: 0,
            tombstones,
            purged: PurgedSummary::default(),
            held: None,
            revocations,
        }
    }

    fn check(&mut self, page: &Page) -> Result<(), VerifyFinding> {
        match page {
            Page::Chain(rows) => {
                for (seq, msgid, ciphertext, hash) in rows {
                    self.push(chain_record(*seq, msgid, ciphertext, hash))?;
                }
            }
            Page::Full(rows, conversations) => {
                for row in rows {
                    self.push(chain_record(
                        row.seq,
                        &row.msgid,
                        &row.ciphertext,
                        &row.chain_hash,
                    ))?;
                    let position = self.links - 1;
                    // One finding is all we report; past it only the chain still matters.
                    if self.held.is_none()
                        && let Err(finding) = self.check_sealed(row, conversations)
                    {
                        self.held = Some((position, finding));
                    }
                }
            }
        }
        Ok(())
    }

    /// Feeds the chain the purged ranges before `record`, then `record`.
    fn push(&mut self, record: ChainRecord<'_>) -> Result<(), VerifyFinding> {
        while let Some(tombstone) = self
            .tombstones
            .pop_front_if(|tombstone| tombstone.first_seq <= record.seq)
        {
            self.cross(&tombstone)?;
        }
        self.push_link(|chain| chain.push(record))?;
        self.checked += 1;
        Ok(())
    }

    /// Feeds the purged ranges after the last record.
    fn cross_remaining_tombstones(&mut self) -> Result<(), VerifyFinding> {
        while let Some(tombstone) = self.tombstones.pop_front() {
            self.cross(&tombstone)?;
        }
        Ok(())
    }

    fn cross(&mut self, tombstone: &Tombstone) -> Result<(), VerifyFinding> {
        self.push_link(|chain| chain.push_purged(tombstone))?;
        self.purged.ranges += 1;
        self.purged.messages += tombstone.count;
        Ok(())
    }

    /// Feeds the chain one link, then releases a held finding whose record the chain has now
    /// judged.
    fn push_link(
        &mut self,
        feed: impl FnOnce(&mut ChainVerifier) -> Result<(), ChainBreak>,
    ) -> Result<(), VerifyFinding> {
        let position = self.links;
        feed(&mut self.chain).map_err(VerifyFinding::ChainBroken)?;
        self.links += 1;
        // This push judged every earlier record.
        match self.held.take() {
            Some((at, finding)) if at < position => Err(finding),
            held => {
                self.held = held;
                Ok(())
            }
        }
    }

    /// Opens the record's sealed original and compares its columns with it.
    fn check_sealed(
        &mut self,
        row: &archive_message::Model,
        conversations: &HashMap<i64, String>,
    ) -> Result<(), VerifyFinding> {
        let Some(keys) = &self.keys else {
            return Ok(());
        };
        let seq = row.seq.max(0) as u64;
        let unreadable = |reason| VerifyFinding::Unreadable {
            seq,
            msgid: row.msgid.clone(),
            reason,
        };
        let version =
            sealed_key_version(&row.ciphertext).map_err(|_| unreadable(Unreadable::Malformed))?;
        if keys.keyring.get(version).is_none() {
            let problem = if keys.unusable.contains(&version) {
                KeyProblem::Unusable
            } else {
                KeyProblem::Missing
            };
            return Err(VerifyFinding::KeyUnavailable {
                version,
                seq,
                problem,
            });
        }
        let opened = open_row(&keys.keyring, self.tenant_id, row).map_err(|error| {
            unreadable(match error {
                ArchiveError::IntegrityViolation { .. } => Unreadable::FailsAuthentication,
                _ => Unreadable::Malformed,
            })
        })?;
        let message =
            Message::parse_json(&opened.raw).map_err(|_| unreadable(Unreadable::NotAMessage))?;
        let sealed = Routing::from(message);
        let mismatch = |column| VerifyFinding::ColumnMismatch {
            seq,
            msgid: row.msgid.clone(),
            column,
        };
        if let Some(column) = disagreeing_columns(row, &sealed, opened.key_version).first() {
            return Err(mismatch(column));
        }
        if let Some(id) = row.conversation_id
            && conversations.get(&id) != Some(&sealed.conversation)
        {
            return Err(mismatch("conversation_id"));
        }
        self.revocations.note(row, sealed);
        Ok(())
    }
}

/// What the walk saw of revocations, to cross-check once every record has been read.
#[derive(Default)]
struct Revocations {
    /// Revoke messages: msgid → (the msgid it revokes, its time), from their sealed originals.
    revokes: HashMap<String, (String, i64)>,
    /// Rows carrying a revocation link, in seq order.
    linked: Vec<LinkedRow>,
    /// The msgids revoke rows name, read before the walk: a row under one of them without a
    /// link is noted, in `unlinked`, as it passes (the archive has no index on msgid alone to
    /// look them up by afterwards).
    expected_targets: HashSet<String>,
    /// (seq, msgid) of rows without a revocation link whose msgid is in `expected_targets`.
    unlinked: Vec<(u64, String)>,
}

struct LinkedRow {
    seq: u64,
    msgid: String,
    revoked_by: Option<String>,
    revoked_at_ms: Option<i64>,
}

impl Revocations {
    fn expecting(expected_targets: HashSet<String>) -> Self {
        Revocations {
            expected_targets,
            ..Revocations::default()
        }
    }

    /// The lowest-seq revocation link the archived revoke messages do not account for: a link
    /// to something that does not revoke this message, or a revoked message without its link.
    fn first_finding(&self) -> Option<VerifyFinding> {
        let mut first = self.unaccounted_link();
        let revoked: HashSet<&str> = self
            .revokes
            .values()
            .map(|(target, _)| target.as_str())
            .collect();
        let missing_link = self
            .unlinked
            .iter()
            .filter(|(_, msgid)| revoked.contains(msgid.as_str()))
            .min_by_key(|(seq, _)| *seq);
        if let Some((seq, msgid)) = missing_link
            && first.as_ref().is_none_or(|(earlier, _)| seq < earlier)
        {
            let finding = VerifyFinding::RevocationLink {
                seq: *seq,
                msgid: msgid.clone(),
                column: "revoked_by",
            };
            first = Some((*seq, finding));
        }
        first.map(|(_, finding)| finding)
    }

    fn note(&mut self, row: &archive_message::Model, sealed: Routing) {
        if row.revoked_by.is_none() && self.expected_targets.contains(&row.msgid) {
            self.unlinked
                .push((row.seq.max(0) as u64, row.msgid.clone()));
        }
        if let Some(target) = sealed.revokes_msgid {
            self.revokes
                .insert(sealed.msgid, (target, sealed.sent_at_ms));
        }
        if row.revoked_by.is_some() || row.revoked_at_ms.is_some() {
            self.linked.push(LinkedRow {
                seq: row.seq.max(0) as u64,
                msgid: row.msgid.clone(),
                revoked_by: row.revoked_by.clone(),
                revoked_at_ms: row.revoked_at_ms,
            });
        }
    }

    /// The first link that no archived revoke message accounts for, with its seq. Ingest links
    /// a message to one revoke of it (the first it saw) at that revoke's time.
    fn unaccounted_link(&self) -> Option<(u64, VerifyFinding)> {
        self.linked.iter().find_map(|row| {
            let column = match (&row.revoked_by, row.revoked_at_ms) {
                (Some(revoke), Some(at)) => match self.revokes.get(revoke) {
                    Some((target, sent_at)) if *target == row.msgid => {
                        (*sent_at != at).then_some("revoked_at_ms")
                    }
                    _ => Some("revoked_by"),
                },
                (Some(_), None) => Some("revoked_at_ms"),
                (None, _) => Some("revoked_by"),
            }?;
            let finding = VerifyFinding::RevocationLink {
                seq: row.seq,
                msgid: row.msgid.clone(),
                column,
            };
            Some((row.seq, finding))
        })
    }
}
