//! Finding archived messages by msgid.
//!
//! The database has no index on msgid alone: one in random order cost most of an import's time
//! once the archive outgrew memory (docs/BENCHMARKS.md). The row's unique key is (tenant, time,
//! msgid), which imports append to. A msgid alone is found in the search index, where every
//! message carries it as a blind term, plus what the index does not hold yet: for a reader,
//! the rows beyond the index's checkpoint (an ordered range of chain positions); for the
//! ingest holding the tenant's index writer, the entries it handed to the index since its last
//! commit.

use std::collections::HashMap;

use entity::archive_message;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

use super::indexer::TenantIndexer;
use super::{Archive, LOOKUP_CHUNK, run_blocking};
use crate::ArchiveError;

/// msgid → the chain positions archived under it, lowest first. Normally one; a purge may have
/// left none.
pub(super) type SeqsByMsgid = HashMap<String, Vec<u64>>;

impl Archive {
    /// Where `msgids` are archived, for a reader: the committed index, and the rows beyond its
    /// checkpoint (none unless an import is running or one stopped before its last commit).
    pub(super) async fn seqs_by_msgid(
        &self,
        tenant_id: i64,
        msgids: &[String],
    ) -> Result<SeqsByMsgid, ArchiveError> {
        if msgids.is_empty() {
            return Ok(SeqsByMsgid::new());
        }
        let index = self.index(tenant_id).await?;
        let wanted = msgids.to_vec();
        let (indexed_through, mut found) = run_blocking(move || {
            let checkpoint = index.reload_covering_checkpoint()?;
            Ok((checkpoint, index.seqs_by_msgid(&wanted)?))
        })
        .await?;
        for chunk in msgids.chunks(LOOKUP_CHUNK) {
            let unindexed: Vec<(String, i64)> = archive_message::Entity::find()
                .select_only()
                .column(archive_message::Column::Msgid)
                .column(archive_message::Column::Seq)
                .filter(archive_message::Column::TenantId.eq(tenant_id))
                .filter(archive_message::Column::Seq.gt(indexed_through as i64))
                .filter(archive_message::Column::Msgid.is_in(chunk.to_vec()))
                .into_tuple()
                .all(self.db())
                .await?;
            for (msgid, seq) in unindexed {
                found.entry(msgid).or_default().push(seq.max(0) as u64);
            }
        }
        Ok(sorted(found))
    }

    /// Where `msgids` are archived, for the ingest holding the tenant's index writer (and its
    /// ingest lock): the index, whose reader the writer's commits reload, and the entries
    /// handed to it since.
    pub(super) async fn seqs_by_msgid_writing(
        &self,
        tenant_id: i64,
        indexer: &TenantIndexer,
        msgids: Vec<String>,
    ) -> Result<SeqsByMsgid, ArchiveError> {
        if msgids.is_empty() {
            return Ok(SeqsByMsgid::new());
        }
        let pending = indexer.pending_seqs(&msgids);
        let index = self.index(tenant_id).await?;
        let mut found = run_blocking(move || index.seqs_by_msgid(&msgids)).await?;
        for (msgid, seq) in pending {
            found.entry(msgid).or_default().push(seq);
        }
        Ok(sorted(found))
    }
}

/// Each msgid's seqs in order, once each (an entry handed to the index again, re-indexed
/// after a revocation, is found both committed and pending).
fn sorted(mut found: SeqsByMsgid) -> SeqsByMsgid {
    for seqs in found.values_mut() {
        seqs.sort_unstable();
        seqs.dedup();
    }
    found
}
