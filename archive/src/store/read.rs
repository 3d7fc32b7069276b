//! Reading the archive back: search, single messages, conversation context, conversations.

use std::collections::HashMap;
use std::sync::Arc;

use entity::{archive_conversation, archive_message};
use sea_orm::sea_query::Order;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

use super::routing::{Routing, disagreeing_columns};
use super::{Archive, run_blocking};
use crate::crypto::{KeyVersion, Keyring, keyring_opens, open, sealed_key_version};
use crate::index::{SearchCursor, SearchFilter, SearchRequest, parse_query};
use crate::{ArchiveError, Message};

/// The terms of a user's search text; none for a blank one (browsing).
fn search_terms(query: &str) -> Result<Vec<String>, ArchiveError> {
    if query.trim().is_empty() {
        return Ok(Vec::new());
    }
    parse_query(query)
}

/// A decrypted archived message. Holds content: never log it.
#[derive(Clone)]
pub struct StoredMessage {
    pub seq: u64,
    pub msgid: String,
    pub action: String,
    pub msgtype: String,
    pub sender: String,
    pub tolist: Vec<String>,
    pub roomid: Option<String>,
    pub conversation: String,
    /// The conversation's row id (always set: `Option` only because the column is).
    pub conversation_id: Option<i64>,
    pub sent_at_ms: i64,
    pub revokes_msgid: Option<String>,
    pub revoked_at_ms: Option<i64>,
    pub revoked_by: Option<String>,
    /// The original JSON document, as received.
    pub raw: String,
    /// The searchable text (`Message::searchable_text`).
    pub content: String,
}

impl std::fmt::Debug for StoredMessage {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("StoredMessage")
            .field("seq", &self.seq)
            .field("msgid", &self.msgid)
            .finish_non_exhaustive()
    }
}

pub struct ArchivePage {
    pub total: u64,
    pub messages: Vec<StoredMessage>,
    pub next_cursor: Option<SearchCursor>,
}

/// A conversation: a group chat, or the pair of people of a one-to-one chat.
#[derive(Debug, Clone)]
pub struct ConversationSummary {
    pub key: String,
    pub message_count: u64,
    pub last_sent_at_ms: i64,
    /// The customer's (or the group's customers') answer to archiving, when WeCom was asked.
    pub consent: Option<entity::ArchiveConsent>,
}

/// `room:<roomid>` for group chats, `pair:<a>|<b>` (ids sorted) for one-to-one chats.
pub fn conversation_key(sender: &str, tolist: &[String], roomid: Option<&str>) -> String {
    if let Some(room) = roomid.filter(|room| !room.is_empty()) {
        return format!("room:{room}");
    }
    let other = tolist.first().map(String::as_str).unwrap_or_default();
    let (first, second) = if sender <= other {
        (sender, other)
    } else {
        (other, sender)
    };
    format!("pair:{first}|{second}")
}

/// A row's sealed original, opened. Holds content: never log it.
pub(super) struct Opened {
    /// The original JSON document, as received.
    pub raw: String,
    /// The data-key version named in the blob's header, which opening authenticated.
    pub key_version: KeyVersion,
}

/// Opens a row's ciphertext (bound to the row's tenant and msgid).
pub(super) fn open_row(
    keyring: &Keyring,
    tenant_id: i64,
    row: &archive_message::Model,
) -> Result<Opened, ArchiveError> {
    let key_version = sealed_key_version(&row.ciphertext)?;
    let raw = open_text(keyring, tenant_id, &row.msgid, &row.ciphertext)?;
    Ok(Opened { raw, key_version })
}

/// Opens a message's sealed original, bound to `msgid`, as the UTF-8 text it was.
pub(super) fn open_text(
    keyring: &Keyring,
    tenant_id: i64,
    msgid: &str,
    ciphertext: &[u8],
) -> Result<String, ArchiveError> {
    let plaintext = open(keyring, tenant_id, msgid, ciphertext)?;
    String::from_utf8(plaintext).map_err(|_| ArchiveError::MalformedCiphertext {
        what: "archived message",
        reason: "it is not UTF-8",
    })
}

/// Opens a row into the message it archives. The routing fields (msgid, action, msgtype,
/// sender, recipients, room, conversation, time, revoked msgid) come from the sealed original,
/// not from the columns, which the chain does not cover; a column that disagrees is logged by
/// name. The revocation links (`revoked_at_ms`, `revoked_by`) are set later by another message,
/// so they can only come from the columns (verify checks them against the revoke messages).
pub(super) fn decode_row(
    keyring: &Keyring,
    tenant_id: i64,
    row: archive_message::Model,
) -> Result<StoredMessage, ArchiveError> {
    let Opened { raw, key_version } = open_row(keyring, tenant_id, &row)?;
    let message = match Message::parse_json(&raw) {
        Ok(message) => message,
        Err(_) => {
            // Ingest parsed this very document, so only a parser change gets here: the columns
            // are all there is. Not a tamper sign (the blob opened), but worth knowing.
            tracing::warn!(
                tenant_id,
                seq = row.seq,
                msgid = %row.msgid,
                "sealed original no longer parses as a message; serving its columns"
            );
            let columns = Routing::from_columns(&row);
            return Ok(stored_message(
                RowFacts::from(row),
                columns,
                raw,
                String::new(),
            ));
        }
    };
    let content = message.searchable_text();
    let sealed = Routing::from(message);
    let disagreeing = disagreeing_columns(&row, &sealed, key_version);
    if !disagreeing.is_empty() {
        tracing::warn!(
            tenant_id,
            seq = row.seq,
            msgid = %row.msgid,
            columns = %disagreeing.join(","),
            "archive row's columns disagree with its sealed original (run `scrm archive verify`); serving the original"
        );
    }
    Ok(stored_message(RowFacts::from(row), sealed, raw, content))
}

/// What only a message's row knows: its chain position, its conversation's row, and the
/// revocation links a later message set.
pub(super) struct RowFacts {
    pub seq: i64,
    pub conversation_id: Option<i64>,
    pub revoked_at_ms: Option<i64>,
    pub revoked_by: Option<String>,
}

impl From<archive_message::Model> for RowFacts {
    fn from(row: archive_message::Model) -> Self {
        RowFacts {
            seq: row.seq,
            conversation_id: row.conversation_id,
            revoked_at_ms: row.revoked_at_ms,
            revoked_by: row.revoked_by,
        }
    }
}

/// The message a row archives, with its routing fields taken from `routing` (the sealed
/// original's, or the columns') and what only the row knows from `row`.
pub(super) fn stored_message(
    row: RowFacts,
    routing: Routing,
    raw: String,
    content: String,
) -> StoredMessage {
    StoredMessage {
        seq: row.seq.max(0) as u64,
        msgid: routing.msgid,
        action: routing.action,
        msgtype: routing.msgtype,
        sender: routing.sender,
        tolist: routing.tolist,
        roomid: routing.roomid,
        conversation: routing.conversation,
        conversation_id: row.conversation_id,
        sent_at_ms: routing.sent_at_ms,
        revokes_msgid: routing.revokes_msgid,
        revoked_at_ms: row.revoked_at_ms,
        revoked_by: row.revoked_by,
        raw,
        content,
    }
}

impl Archive {
    /// At most `limit` of the tenant's rows after chain position `after_seq`, in chain order:
    /// how the index catch-up and rescans walk the archive.
    pub(super) async fn rows_after(
        &self,
        tenant_id: i64,
        after_seq: i64,
        limit: u64,
    ) -> Result<Vec<archive_message::Model>, ArchiveError> {
        let rows = archive_message::Entity::find()
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .filter(archive_message::Column::Seq.gt(after_seq))
            .order_by_asc(archive_message::Column::Seq)
            .limit(limit)
            .all(self.db())
            .await?;
        Ok(rows)
    }

    /// Searches the tenant's archive: `query` is the user's text (space-separated terms are
    /// ANDed, `"…"` keeps a phrase); a blank query lists everything under the filter.
    pub async fn search(
        &self,
        tenant_id: i64,
        query: &str,
        filter: SearchFilter,
        after: Option<SearchCursor>,
        limit: usize,
    ) -> Result<ArchivePage, ArchiveError> {
        let terms = search_terms(query)?;
        let index = self.index(tenant_id).await?;
        let request = SearchRequest {
            terms,
            filter,
            after,
            limit,
        };
        let page = run_blocking(move || {
            // Another process (an import) may have committed since the last search.
            index.reload()?;
            index.search(&request)
        })
        .await?;
        let messages = self.messages_by_seq(tenant_id, &page.ids).await?;
        Ok(ArchivePage {
            total: page.total,
            messages,
            next_cursor: page.next_cursor,
        })
    }

    /// Every message `query` and `filter` find after `after`, newest first, as the cursor of
    /// each (its time and seq), and how many match in all: an export finds them in one pass,
    /// then reads them page by page with [`messages_by_seq`](Self::messages_by_seq).
    pub async fn export_matches(
        &self,
        tenant_id: i64,
        query: &str,
        filter: SearchFilter,
        after: Option<SearchCursor>,
    ) -> Result<(u64, Vec<SearchCursor>), ArchiveError> {
        let terms = search_terms(query)?;
        let index = self.index(tenant_id).await?;
        run_blocking(move || {
            index.reload()?;
            index.all_matches(&terms, &filter, after)
        })
        .await
    }

    /// Messages by chain position, in the order asked for; unknown positions are skipped.
    pub async fn messages_by_seq(
        &self,
        tenant_id: i64,
        seqs: &[u64],
    ) -> Result<Vec<StoredMessage>, ArchiveError> {
        if seqs.is_empty() {
            return Ok(Vec::new());
        }
        let rows = archive_message::Entity::find()
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .filter(
                archive_message::Column::Seq
                    .is_in(seqs.iter().map(|seq| *seq as i64).collect::<Vec<_>>()),
            )
            .all(self.db())
            .await?;
        let mut by_seq: HashMap<u64, StoredMessage> = HashMap::with_capacity(rows.len());
        for message in self.decode_rows(tenant_id, rows).await? {
            by_seq.insert(message.seq, message);
        }
        Ok(seqs.iter().filter_map(|seq| by_seq.remove(seq)).collect())
    }

    /// The message archived under `msgid` (the first one archived, should the msgid have come
    /// twice before it was deduplicated by msgid).
    pub async fn message_by_msgid(
        &self,
        tenant_id: i64,
        msgid: &str,
    ) -> Result<Option<StoredMessage>, ArchiveError> {
        let found = self.seqs_by_msgid(tenant_id, &[msgid.to_string()]).await?;
        let Some(&first) = found.get(msgid).and_then(|seqs| seqs.first()) else {
            return Ok(None);
        };
        let message = self.messages_by_seq(tenant_id, &[first]).await?.pop();
        // The index names the seq; the row must agree (a purge since its last commit).
        Ok(message.filter(|message| message.msgid == msgid))
    }

    /// Conversations, most recently active first, with `offset`/`limit` paging, and their total.
    pub async fn conversations(
        &self,
        tenant_id: i64,
        offset: u64,
        limit: u64,
    ) -> Result<(u64, Vec<ConversationSummary>), ArchiveError> {
        let of_tenant = archive_conversation::Entity::find()
            .filter(archive_conversation::Column::TenantId.eq(tenant_id));
        let total = of_tenant.clone().count(self.db()).await?;
        let rows: Vec<(String, i64, i64, Option<entity::ArchiveConsent>)> = of_tenant
            .select_only()
            .column(archive_conversation::Column::Key)
            .column(archive_conversation::Column::MessageCount)
            .column(archive_conversation::Column::LastSentAtMs)
            .column(archive_conversation::Column::Consent)
            .order_by(archive_conversation::Column::LastSentAtMs, Order::Desc)
            .order_by(archive_conversation::Column::Id, Order::Desc)
            .offset(offset)
            .limit(limit)
            .into_tuple()
            .all(self.db())
            .await?;
        let summaries = rows
            .into_iter()
            .map(|(key, count, last, consent)| ConversationSummary {
                key,
                message_count: count as u64,
                last_sent_at_ms: last,
                consent,
            })
            .collect();
        Ok((total, summaries))
    }

    /// Opens rows, reloading the keyring once if a row names a key version or dictionary this
    /// process lacks (another process rotated keys or trained a dictionary).
    pub(super) async fn decode_rows(
        &self,
        tenant_id: i64,
        rows: Vec<archive_message::Model>,
    ) -> Result<Vec<StoredMessage>, ArchiveError> {
        let mut keyring: Arc<Keyring> = self.keyring(tenant_id).await?;
        // The blob's header names the key and dictionary it needs; the column is only a copy of
        // the key version.
        let needs_reload = rows
            .iter()
            .any(|row| !keyring_opens(&keyring, &row.ciphertext));
        if needs_reload {
            keyring = self.reload_keyring(tenant_id).await?;
        }
        rows.into_iter()
            .map(|row| decode_row(&keyring, tenant_id, row))
            .collect()
    }
}
