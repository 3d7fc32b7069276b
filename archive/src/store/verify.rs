//! Recomputing a tenant's hash chain from the stored rows.

use entity::archive_message;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::Archive;
use crate::ArchiveError;
use crate::chain::{ChainBreak, ChainRecord, ChainSummary, ChainVerifier, RecordContent};

const VERIFY_PAGE: u64 = 2_000;

impl Archive {
    /// Walks the whole chain in seq order. `Ok(Err(break))` names the first broken record;
    /// `Err` means the walk itself failed (database unreachable).
    pub async fn verify(
        &self,
        tenant_id: i64,
        mut progress: impl FnMut(u64),
    ) -> Result<Result<ChainSummary, ChainBreak>, ArchiveError> {
        let mut verifier = ChainVerifier::new(tenant_id);
        // Pages by row id: a swapped or renumbered seq must still be visited, in seq order.
        let mut last_seq: Option<i64> = None;
        let mut visited = 0;
        loop {
            let mut query = archive_message::Entity::find()
                .select_only()
                .column(archive_message::Column::Seq)
                .column(archive_message::Column::Msgid)
                .column(archive_message::Column::Ciphertext)
                .column(archive_message::Column::ChainHash)
                .filter(archive_message::Column::TenantId.eq(tenant_id))
                .order_by_asc(archive_message::Column::Seq)
                .limit(VERIFY_PAGE);
            if let Some(last) = last_seq {
                query = query.filter(archive_message::Column::Seq.gt(last));
            }
            let rows: Vec<(i64, String, Vec<u8>, Vec<u8>)> =
                query.into_tuple().all(self.db()).await?;
            let Some(last) = rows.last() else {
                break;
            };
            last_seq = Some(last.0);
            for (seq, msgid, ciphertext, stored_hash) in &rows {
                // A hash of the wrong length can never match: compare against zeros.
                let stored_hash: [u8; 32] = stored_hash.as_slice().try_into().unwrap_or([0u8; 32]);
                let record = ChainRecord {
                    seq: (*seq).max(0) as u64,
                    msgid,
                    content: RecordContent::Ciphertext(ciphertext),
                    stored_hash,
                };
                if let Err(broken) = verifier.push(record) {
                    return Ok(Err(broken));
                }
            }
            visited += rows.len() as u64;
            progress(visited);
        }
        Ok(verifier.finish())
    }
}
