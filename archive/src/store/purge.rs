//! [`Archive::purge`]: removing messages past the retention (see `crate::purge`).
//!
//! Before removing its first range, the purge signs a checkpoint (which walks every link added
//! since the last one), so the hashes a tombstone keeps were checked before they are signed.
//! It reads the
//! tenant's messages sent before the cutoff in chain order, a page at a time, and cuts them
//! into ranges of consecutive positions that may all go. Each range goes in its own
//! transaction: its rows are deleted, its alerts marked, its conversations' counts lowered and
//! its tombstone written, or none of it. The search index drops the range after the commit; a
//! purge killed in between leaves index documents without rows (searches skip them), which the
//! next start of the tenant's index writer removes (`indexer.rs`). A purge run again continues
//! where one killed stopped: what it removed is gone, and the rest is planned afresh.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use entity::{archive_conversation, archive_message, archive_tombstone, risk_alert};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::read::open_text;
use super::routing::Routing;
use super::{Archive, LOOKUP_CHUNK, indexer::TenantIndexer};
use crate::chain::{ChainHash, genesis, stored_hash};
use crate::checkpoint::{Chain, CheckpointSigner};
use crate::crypto::{Keyring, keyring_opens};
use crate::purge::{
    MessageParties, PurgePolicy, PurgeProgress, PurgeReport, PurgedRange, Tombstone,
};
use crate::{ArchiveError, Message};

/// Rows read per page while planning.
const PLAN_PAGE: u64 = 5_000;

/// Most positions one tombstone, and so one transaction, removes: a longer run of messages
/// becomes several adjacent tombstones, and a killed purge loses at most one range's work.
const MAX_RANGE: u64 = 10_000;

/// What a purge decides on: the row's chain facts, and the parties its sealed original names.
struct PastCutoff {
    seq: u64,
    msgid: String,
    sent_at_ms: i64,
    sender: String,
    tolist: Vec<String>,
    roomid: Option<String>,
    revokes_msgid: Option<String>,
    revoked_by: Option<String>,
    /// The sealed original did not open or parse: whom the message involves is unknown, so it
    /// stays, as if held.
    unknown_parties: bool,
}

type PastCutoffColumns = (i64, String, i64, Option<String>, Option<String>, Vec<u8>);

/// A query for the columns a purge reads (`PastCutoffColumns`), in that order.
fn deciding_columns() -> sea_orm::Select<archive_message::Entity> {
    archive_message::Entity::find()
        .select_only()
        .column(archive_message::Column::Seq)
        .column(archive_message::Column::Msgid)
        .column(archive_message::Column::SentAtMs)
        .column(archive_message::Column::RevokesMsgid)
        .column(archive_message::Column::RevokedBy)
        .column(archive_message::Column::Ciphertext)
}

impl PastCutoff {
    /// The row, with its parties read from its sealed original. The parties are decided on the
    /// original, never on a copy a column could have changed.
    fn open(keyring: &Keyring, tenant_id: i64, columns: PastCutoffColumns) -> Self {
        let (seq, msgid, sent_at_ms, revokes_msgid, revoked_by, ciphertext) = columns;
        let routing = open_text(keyring, tenant_id, &msgid, &ciphertext)
            .ok()
            .and_then(|raw| Message::parse_json(&raw).ok())
            .map(Routing::from);
        let unknown_parties = routing.is_none();
        let (sender, tolist, roomid) = routing
            .map(|routing| (routing.sender, routing.tolist, routing.roomid))
            .unwrap_or_default();
        PastCutoff {
            seq: Ord::max(seq, 0) as u64,
            msgid,
            sent_at_ms,
            sender,
            tolist,
            roomid,
            revokes_msgid,
            revoked_by,
            unknown_parties,
        }
    }

    /// Whether `policy` lets this message go (the chain head aside).
    fn released_by(&self, policy: &PurgePolicy) -> bool {
        !self.unknown_parties && policy.releases(&self.parties())
    }

    fn parties(&self) -> MessageParties<'_> {
        MessageParties {
            sent_at_ms: self.sent_at_ms,
            sender: &self.sender,
            tolist: &self.tolist,
            roomid: self.roomid.as_deref(),
        }
    }
}

/// A range being planned: consecutive positions, and the revokes among them.
struct PlannedRange {
    range: PurgedRange,
    revokes: Vec<String>,
}

/// One purge's state while it plans and removes ranges.
struct Purge<'a, P: FnMut(PurgeProgress)> {
    archive: &'a Archive,
    tenant_id: i64,
    cutoff_ms: i64,
    signer: &'a CheckpointSigner,
    dry_run: bool,
    /// Taken when the first range is removed (never in a dry run): a purge with nothing to
    /// remove neither signs a checkpoint nor holds the index's lock.
    indexer: Option<std::sync::Arc<TenantIndexer>>,
    report: PurgeReport,
    progress: P,
}

impl Archive {
    /// Removes the tenant's messages sent before `policy.cutoff_ms` that no hold of `policy`
    /// covers (see `crate::purge` for what else stays), signing a tombstone per range with
    /// `signer`. A dry run writes nothing and reports what would go. `progress` hears after
    /// each page. Refuses (`ArchiveError::Checkpoint`) a chain broken since its last
    /// checkpoint, and fails as a concurrent writer while an import of the tenant runs in
    /// another process.
    pub async fn purge(
        &self,
        tenant_id: i64,
        policy: &PurgePolicy,
        signer: &CheckpointSigner,
        dry_run: bool,
        progress: impl FnMut(PurgeProgress),
    ) -> Result<PurgeReport, ArchiveError> {
        let Some((head_seq, _)) = self.stored_head(tenant_id, Chain::Archive).await? else {
            return Ok(PurgeReport {
                dry_run,
                ..PurgeReport::default()
            });
        };
        let mut purge = Purge {
            archive: self,
            tenant_id,
            cutoff_ms: policy.cutoff_ms,
            signer,
            dry_run,
            indexer: None,
            report: PurgeReport {
                dry_run,
                ..PurgeReport::default()
            },
            progress,
        };
        let mut planned: Option<PlannedRange> = None;
        let mut after_seq = 0;
        loop {
            let page = self
                .past_cutoff(tenant_id, policy.cutoff_ms, after_seq)
                .await?;
            let Some(last) = page.last() else {
                break;
            };
            after_seq = last.seq;
            let keep_revokes = self
                .revokes_to_keep(tenant_id, policy, head_seq, &page)
                .await?;
            for row in page {
                purge.report.past_cutoff += 1;
                let kept = if row.seq == head_seq {
                    Some(&mut purge.report.kept_as_head)
                } else if !row.released_by(policy) {
                    Some(&mut purge.report.held)
                } else if keep_revokes.contains(&row.msgid) {
                    Some(&mut purge.report.kept_revokes)
                } else {
                    None
                };
                if let Some(count) = kept {
                    *count += 1;
                    purge.close(planned.take()).await?;
                    continue;
                }
                match &mut planned {
                    Some(open)
                        if open.range.last_seq + 1 == row.seq && open.range.count() < MAX_RANGE =>
                    {
                        open.range.last_seq = row.seq;
                        open.revokes.extend(row.revokes_msgid);
                    }
                    _ => {
                        purge.close(planned.take()).await?;
                        planned = Some(PlannedRange {
                            range: PurgedRange {
                                first_seq: row.seq,
                                last_seq: row.seq,
                            },
                            revokes: row.revokes_msgid.into_iter().collect(),
                        });
                    }
                }
            }
            purge.report_progress();
        }
        purge.close(planned.take()).await?;
        if let Some(indexer) = &purge.indexer {
            indexer.commit().await?;
            self.finish_ingest(tenant_id).await?;
        }
        purge.report_progress();
        Ok(purge.report)
    }

    /// The next page of messages sent before `cutoff_ms`, after `after_seq`, in chain order.
    async fn past_cutoff(
        &self,
        tenant_id: i64,
        cutoff_ms: i64,
        after_seq: u64,
    ) -> Result<Vec<PastCutoff>, ArchiveError> {
        let rows: Vec<PastCutoffColumns> = deciding_columns()
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .filter(archive_message::Column::Seq.gt(i64::try_from(after_seq).unwrap_or(i64::MAX)))
            .filter(archive_message::Column::SentAtMs.lt(cutoff_ms))
            .order_by_asc(archive_message::Column::Seq)
            .limit(PLAN_PAGE)
            .into_tuple()
            .all(self.db())
            .await?;
        let keyring = self.keyring_for_rows(tenant_id, &rows).await?;
        Ok(rows
            .into_iter()
            .map(|columns| PastCutoff::open(&keyring, tenant_id, columns))
            .collect())
    }

    /// The tenant's keyring, reloaded first if a row names a key or dictionary this process
    /// lacks (another process rotated keys or trained a dictionary).
    async fn keyring_for_rows(
        &self,
        tenant_id: i64,
        rows: &[PastCutoffColumns],
    ) -> Result<Arc<Keyring>, ArchiveError> {
        let keyring = self.keyring(tenant_id).await?;
        if rows
            .iter()
            .all(|(.., ciphertext)| keyring_opens(&keyring, ciphertext))
        {
            return Ok(keyring);
        }
        self.reload_keyring(tenant_id).await
    }

    /// The msgids of revokes on `page` whose revoked message stays (its link names them).
    async fn revokes_to_keep(
        &self,
        tenant_id: i64,
        policy: &PurgePolicy,
        head_seq: u64,
        page: &[PastCutoff],
    ) -> Result<HashSet<String>, ArchiveError> {
        let targets: Vec<String> = page
            .iter()
            .filter_map(|row| row.revokes_msgid.clone())
            .collect();
        let mut keep = HashSet::new();
        let target_seqs: Vec<i64> = self
            .seqs_by_msgid(tenant_id, &targets)
            .await?
            .into_values()
            .flatten()
            .map(|seq| seq as i64)
            .collect();
        for chunk in target_seqs.chunks(LOOKUP_CHUNK) {
            let rows: Vec<PastCutoffColumns> = deciding_columns()
                .filter(archive_message::Column::TenantId.eq(tenant_id))
                .filter(archive_message::Column::Seq.is_in(chunk.to_vec()))
                .filter(archive_message::Column::Msgid.is_in(targets.clone()))
                .into_tuple()
                .all(self.db())
                .await?;
            let keyring = self.keyring_for_rows(tenant_id, &rows).await?;
            for target in rows
                .into_iter()
                .map(|columns| PastCutoff::open(&keyring, tenant_id, columns))
            {
                let target_goes = target.seq != head_seq && target.released_by(policy);
                if let (false, Some(revoke)) = (target_goes, target.revoked_by) {
                    keep.insert(revoke);
                }
            }
        }
        Ok(keep)
    }
}

impl<P: FnMut(PurgeProgress)> Purge<'_, P> {
    /// Removes a planned range (or, in a dry run, records it).
    async fn close(&mut self, planned: Option<PlannedRange>) -> Result<(), ArchiveError> {
        let Some(planned) = planned else {
            return Ok(());
        };
        if self.dry_run {
            self.report.ranges.push(planned.range);
            return Ok(());
        }
        let indexer = self.writer().await?;
        let transaction = entity::begin_write(self.archive.db()).await?;
        let alerts = match self.remove(&transaction, &planned).await {
            Ok(alerts) => alerts,
            Err(error) => {
                transaction.rollback().await?;
                return Err(error);
            }
        };
        transaction.commit().await?;
        let range = planned.range;
        indexer
            .delete_ranges(vec![(range.first_seq, range.last_seq)])
            .await?;
        self.report.alerts_marked += alerts;
        self.report.ranges.push(range);
        self.report_progress();
        Ok(())
    }

    /// The tenant's index writer, taken (after a checkpoint) by the first range removed. The
    /// checkpoint walks every link added since the last one and refuses a broken chain: the
    /// hashes a tombstone keeps are checked before they are signed. Starting the writer also
    /// removes ranges an earlier, killed purge left indexed.
    async fn writer(&mut self) -> Result<std::sync::Arc<TenantIndexer>, ArchiveError> {
        if let Some(indexer) = &self.indexer {
            return Ok(indexer.clone());
        }
        self.archive.checkpoint(self.tenant_id, self.signer).await?;
        let indexer = self.archive.indexer(self.tenant_id).await?;
        self.indexer = Some(indexer.clone());
        Ok(indexer)
    }

    /// The writes of one range, in the caller's transaction; the alerts marked.
    async fn remove(
        &self,
        transaction: &DatabaseTransaction,
        planned: &PlannedRange,
    ) -> Result<u64, ArchiveError> {
        let tenant_id = self.tenant_id;
        let range = planned.range;
        let (first, last) = (range.first_seq as i64, range.last_seq as i64);
        let in_range = || {
            archive_message::Column::TenantId
                .eq(tenant_id)
                .and(archive_message::Column::Seq.between(first, last))
        };
        let prev_hash = self.hash_before(transaction, range.first_seq).await?;
        let last_hash: Option<Vec<u8>> = archive_message::Entity::find()
            .select_only()
            .column(archive_message::Column::ChainHash)
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .filter(archive_message::Column::Seq.eq(last))
            .into_tuple()
            .one(transaction)
            .await?;
        let Some(last_hash) = last_hash else {
            return Err(changed_meanwhile());
        };
        let last_hash = stored_hash(&last_hash)?;

        // A revoke that a message outside the range links to must stay (planning saw to that;
        // an import since may have linked one).
        for chunk in planned.revokes.chunks(LOOKUP_CHUNK) {
            let linked_from_outside = archive_message::Entity::find()
                .filter(archive_message::Column::TenantId.eq(tenant_id))
                .filter(archive_message::Column::RevokedBy.is_in(chunk.to_vec()))
                .filter(archive_message::Column::Seq.between(first, last).not())
                .count(transaction)
                .await?;
            if linked_from_outside > 0 {
                return Err(changed_meanwhile());
            }
        }

        let per_conversation: Vec<(Option<i64>, i64)> = archive_message::Entity::find()
            .select_only()
            .column(archive_message::Column::ConversationId)
            .column_as(archive_message::Column::Id.count(), "messages")
            .filter(in_range())
            .group_by(archive_message::Column::ConversationId)
            .into_tuple()
            .all(transaction)
            .await?;
        let deleted = archive_message::Entity::delete_many()
            .filter(in_range())
            .exec(transaction)
            .await?
            .rows_affected;
        if deleted != range.count() {
            return Err(changed_meanwhile());
        }
        lower_conversation_counts(transaction, tenant_id, per_conversation).await?;

        let purged_at = super::now();
        // The parties the alert copied from its message go with the message.
        let alerts = risk_alert::Entity::update_many()
            .col_expr(risk_alert::Column::MessagePurgedAt, Expr::value(purged_at))
            .col_expr(
                risk_alert::Column::Sender,
                Expr::value(Option::<String>::None),
            )
            .col_expr(
                risk_alert::Column::Tolist,
                Expr::value(Option::<String>::None),
            )
            .col_expr(
                risk_alert::Column::Conversation,
                Expr::value(Option::<String>::None),
            )
            .filter(risk_alert::Column::TenantId.eq(tenant_id))
            .filter(risk_alert::Column::MessageSeq.between(first, last))
            .filter(risk_alert::Column::MessagePurgedAt.is_null())
            .exec(transaction)
            .await?
            .rows_affected;

        let tombstone = self.signer.sign_tombstone(
            tenant_id,
            range,
            prev_hash,
            last_hash,
            self.cutoff_ms,
            purged_at,
        );
        insert_tombstone(transaction, &tombstone).await?;
        Ok(alerts)
    }

    /// The chain hash before `first_seq`: the record's there, or the end of the purged range
    /// just before, or the genesis hash.
    async fn hash_before(
        &self,
        transaction: &DatabaseTransaction,
        first_seq: u64,
    ) -> Result<ChainHash, ArchiveError> {
        if first_seq <= 1 {
            return Ok(genesis(self.tenant_id));
        }
        let before = (first_seq - 1) as i64;
        let record: Option<Vec<u8>> = archive_message::Entity::find()
            .select_only()
            .column(archive_message::Column::ChainHash)
            .filter(archive_message::Column::TenantId.eq(self.tenant_id))
            .filter(archive_message::Column::Seq.eq(before))
            .into_tuple()
            .one(transaction)
            .await?;
        if let Some(hash) = record {
            return stored_hash(&hash);
        }
        let tombstone: Option<Vec<u8>> = archive_tombstone::Entity::find()
            .select_only()
            .column(archive_tombstone::Column::LastHash)
            .filter(archive_tombstone::Column::TenantId.eq(self.tenant_id))
            .filter(archive_tombstone::Column::LastSeq.eq(before))
            .into_tuple()
            .one(transaction)
            .await?;
        match tombstone {
            Some(hash) => stored_hash(&hash),
            None => Err(ArchiveError::IntegrityViolation {
                what: "the chain before a purged range (a position is missing without a tombstone)",
            }),
        }
    }

    fn report_progress(&mut self) {
        let progress = PurgeProgress {
            examined: self.report.past_cutoff,
            purged: self.report.purged(),
        };
        (self.progress)(progress);
    }
}

/// Lowers each conversation's message count by what the range removed of it, and removes
/// conversations left without messages (an import of a new message recreates its row).
async fn lower_conversation_counts(
    transaction: &DatabaseTransaction,
    tenant_id: i64,
    per_conversation: Vec<(Option<i64>, i64)>,
) -> Result<(), ArchiveError> {
    let mut by_count: HashMap<i64, Vec<i64>> = HashMap::new();
    for (conversation, removed) in per_conversation {
        if let Some(conversation) = conversation {
            by_count.entry(removed).or_default().push(conversation);
        }
    }
    let mut touched = Vec::new();
    for (removed, conversations) in by_count {
        for chunk in conversations.chunks(LOOKUP_CHUNK) {
            archive_conversation::Entity::update_many()
                .col_expr(
                    archive_conversation::Column::MessageCount,
                    Expr::col(archive_conversation::Column::MessageCount).sub(removed),
                )
                .filter(archive_conversation::Column::TenantId.eq(tenant_id))
                .filter(archive_conversation::Column::Id.is_in(chunk.to_vec()))
                .exec(transaction)
                .await?;
            touched.extend_from_slice(chunk);
        }
    }
    for chunk in touched.chunks(LOOKUP_CHUNK) {
        archive_conversation::Entity::delete_many()
            .filter(archive_conversation::Column::TenantId.eq(tenant_id))
            .filter(archive_conversation::Column::Id.is_in(chunk.to_vec()))
            .filter(archive_conversation::Column::MessageCount.lte(0))
            .exec(transaction)
            .await?;
    }
    Ok(())
}

async fn insert_tombstone(
    connection: &impl ConnectionTrait,
    tombstone: &Tombstone,
) -> Result<(), ArchiveError> {
    let seq = |value: u64| i64::try_from(value).unwrap_or(i64::MAX);
    archive_tombstone::ActiveModel {
        tenant_id: Set(tombstone.tenant_id),
        first_seq: Set(seq(tombstone.first_seq)),
        last_seq: Set(seq(tombstone.last_seq)),
        count: Set(seq(tombstone.count)),
        prev_hash: Set(tombstone.prev_hash.to_vec()),
        last_hash: Set(tombstone.last_hash.to_vec()),
        cutoff_ms: Set(tombstone.cutoff_ms),
        purged_at: Set(tombstone.purged_at),
        signature: Set(tombstone.signature.clone()),
        key_fingerprint: Set(tombstone.key_fingerprint.clone()),
        ..Default::default()
    }
    .insert(connection)
    .await?;
    Ok(())
}

fn changed_meanwhile() -> ArchiveError {
    ArchiveError::ConcurrentWriter
}

/// Purged ranges merged where one ends just before the next starts: fewer index deletions.
pub(super) fn coalesced_ranges(tombstones: &[Tombstone]) -> Vec<(u64, u64)> {
    let mut ranges: Vec<(u64, u64)> = tombstones
        .iter()
        .map(|tombstone| (tombstone.first_seq, tombstone.last_seq))
        .collect();
    ranges.sort_unstable();
    let mut merged: Vec<(u64, u64)> = Vec::with_capacity(ranges.len());
    for (first, last) in ranges {
        match merged.last_mut() {
            Some((_, end)) if first <= end.saturating_add(1) => *end = Ord::max(*end, last),
            _ => merged.push((first, last)),
        }
    }
    merged
}

impl Archive {
    /// Messages sent before this time (Unix ms) are past a purge already done: the latest
    /// purge's cutoff, or `None` before the first purge.
    pub(super) async fn purge_horizon(&self, tenant_id: i64) -> Result<Option<i64>, ArchiveError> {
        let horizon: Option<Option<i64>> = archive_tombstone::Entity::find()
            .select_only()
            .column_as(archive_tombstone::Column::CutoffMs.max(), "horizon")
            .filter(archive_tombstone::Column::TenantId.eq(tenant_id))
            .into_tuple()
            .one(self.db())
            .await?;
        Ok(horizon.flatten())
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn tombstone(first_seq: u64, last_seq: u64) -> Tombstone {
        Tombstone {
            tenant_id: 1,
            first_seq,
            last_seq,
            count: last_seq - first_seq + 1,
            prev_hash: [0; 32],
            last_hash: [0; 32],
            cutoff_ms: 0,
            purged_at: chrono::DateTime::UNIX_EPOCH,
            signature: Vec::new(),
            key_fingerprint: String::new(),
        }
    }

    #[test]
    fn adjacent_ranges_merge_and_separate_ones_do_not() {
        let tombstones = [tombstone(11, 20), tombstone(1, 10), tombstone(22, 30)];
        assert_eq!(coalesced_ranges(&tombstones), vec![(1, 20), (22, 30)]);
        assert_eq!(coalesced_ranges(&[]), Vec::<(u64, u64)>::new());
    }
}
