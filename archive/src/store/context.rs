//! A message's neighbourhood in its conversation, found through the search index.
//!
//! Why not a database index: an index of the tenant's messages by conversation is a B-tree
//! whose every insert lands on a random page, and at ten million messages writing those pages
//! was a third of what an import spent on each batch (docs/BENCHMARKS.md). The search index
//! already holds every message's room and participants as terms, and it only appends. So the
//! index proposes the nearest messages with the same room and participants, the rows decide
//! (by their conversation id), and the rows the index has not committed yet are read from the
//! database by chain position, which is an ordered index.

use entity::archive_message;
use sea_orm::sea_query::Order;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::read::StoredMessage;
use super::{Archive, run_blocking};
use crate::ArchiveError;
use crate::index::{MAX_PAGE_SIZE, SearchCursor, SearchFilter, Side};

/// The neighbourhood asked for: up to `limit` messages on `side` of `message` in the
/// conversation `conversation_id`.
struct Neighbourhood<'a> {
    tenant_id: i64,
    message: &'a StoredMessage,
    conversation_id: i64,
    side: Side,
    limit: u64,
}

impl Archive {
    /// Up to `before` messages before and `after` messages after `message` in its
    /// conversation, oldest first (the message itself excluded), in (time, seq) order.
    pub async fn context(
        &self,
        tenant_id: i64,
        message: &StoredMessage,
        before: u64,
        after: u64,
    ) -> Result<(Vec<StoredMessage>, Vec<StoredMessage>), ArchiveError> {
        // Every row has its conversation's id since migration 0004 filled in the older ones.
        let Some(conversation_id) = message.conversation_id else {
            return Ok((Vec::new(), Vec::new()));
        };
        let index = self.index(tenant_id).await?;
        let indexed_through = run_blocking(move || index.reload_covering_checkpoint()).await?;
        let around = |side, limit| Neighbourhood {
            tenant_id,
            message,
            conversation_id,
            side,
            limit,
        };
        let mut earlier = self
            .neighbours(&around(Side::Older, before), indexed_through)
            .await?;
        earlier.reverse();
        let later = self
            .neighbours(&around(Side::Newer, after), indexed_through)
            .await?;
        Ok((earlier, later))
    }

    /// The neighbours on one side, nearest first: those the index finds merged with the rows
    /// beyond `indexed_through`.
    async fn neighbours(
        &self,
        wanted: &Neighbourhood<'_>,
        indexed_through: u64,
    ) -> Result<Vec<StoredMessage>, ArchiveError> {
        if wanted.limit == 0 {
            return Ok(Vec::new());
        }
        let mut found = self.indexed_neighbours(wanted).await?;
        found.extend(self.unindexed_neighbours(wanted, indexed_through).await?);
        let nearness = |message: &StoredMessage| (message.sent_at_ms, message.seq);
        match wanted.side {
            Side::Older => found.sort_by_key(|message| std::cmp::Reverse(nearness(message))),
            Side::Newer => found.sort_by_key(nearness),
        }
        // A row committed to the index after the checkpoint was read comes from both.
        found.dedup_by_key(|message| message.seq);
        found.truncate(wanted.limit as usize);
        Ok(found)
    }

    /// The nearest messages of the conversation the index holds, nearest first. The index's
    /// candidates share the message's room, or for a one-to-one chat its two people; a
    /// candidate of another conversation (a one-to-one message to several people names the
    /// first as its pair) or one purged since the index's last commit is passed over, and the
    /// search goes on beyond it.
    async fn indexed_neighbours(
        &self,
        wanted: &Neighbourhood<'_>,
    ) -> Result<Vec<StoredMessage>, ArchiveError> {
        let filter = conversation_filter(wanted.message);
        let limit = wanted.limit as usize;
        let round = limit.min(MAX_PAGE_SIZE);
        let mut around = SearchCursor {
            sent_at_ms: wanted.message.sent_at_ms,
            id: wanted.message.seq,
        };
        let mut found = Vec::with_capacity(limit);
        let index = self.index(wanted.tenant_id).await?;
        while found.len() < limit {
            let index = index.clone();
            let filter = filter.clone();
            let side = wanted.side;
            let candidates =
                run_blocking(move || index.neighbours(&filter, around, side, round)).await?;
            let Some(farthest) = candidates.last() else {
                break;
            };
            around = *farthest;
            let seqs: Vec<u64> = candidates.iter().map(|candidate| candidate.id).collect();
            found.extend(
                self.messages_by_seq(wanted.tenant_id, &seqs)
                    .await?
                    .into_iter()
                    .filter(|message| message.conversation_id == Some(wanted.conversation_id)),
            );
            if candidates.len() < round {
                break;
            }
        }
        Ok(found)
    }

    /// The nearest messages of the conversation among the rows the index has not committed
    /// (chain positions beyond `indexed_through`), nearest first: none, unless an import is
    /// running or one stopped before its last commit.
    async fn unindexed_neighbours(
        &self,
        wanted: &Neighbourhood<'_>,
        indexed_through: u64,
    ) -> Result<Vec<StoredMessage>, ArchiveError> {
        let time = wanted.message.sent_at_ms;
        let seq = wanted.message.seq as i64;
        let (beyond, order) = match wanted.side {
            Side::Older => (
                Condition::any()
                    .add(archive_message::Column::SentAtMs.lt(time))
                    .add(
                        Condition::all()
                            .add(archive_message::Column::SentAtMs.eq(time))
                            .add(archive_message::Column::Seq.lt(seq)),
                    ),
                Order::Desc,
            ),
            Side::Newer => (
                Condition::any()
                    .add(archive_message::Column::SentAtMs.gt(time))
                    .add(
                        Condition::all()
                            .add(archive_message::Column::SentAtMs.eq(time))
                            .add(archive_message::Column::Seq.gt(seq)),
                    ),
                Order::Asc,
            ),
        };
        let rows = archive_message::Entity::find()
            .filter(archive_message::Column::TenantId.eq(wanted.tenant_id))
            .filter(archive_message::Column::Seq.gt(indexed_through as i64))
            .filter(archive_message::Column::ConversationId.eq(wanted.conversation_id))
            .filter(beyond)
            .order_by(archive_message::Column::SentAtMs, order.clone())
            .order_by(archive_message::Column::Seq, order)
            .limit(wanted.limit)
            .all(self.db())
            .await?;
        self.decode_rows(wanted.tenant_id, rows).await
    }
}

/// What the index knows of a message's conversation: its room, or for a one-to-one chat no
/// room and both of its people (the conversation key pairs the sender with the first
/// recipient).
fn conversation_filter(message: &StoredMessage) -> SearchFilter {
    let room = message.roomid.clone().unwrap_or_default();
    if !room.is_empty() {
        return SearchFilter {
            roomid: Some(room),
            ..SearchFilter::default()
        };
    }
    let mut participants = vec![message.sender.clone()];
    participants.extend(
        message
            .tolist
            .first()
            .filter(|other| !other.is_empty())
            .cloned(),
    );
    SearchFilter {
        roomid: Some(String::new()),
        participants,
        ..SearchFilter::default()
    }
}
