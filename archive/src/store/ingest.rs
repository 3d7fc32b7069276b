//! Exactly-once ingest: a sealed batch is deduplicated by msgid, chained and inserted in one
//! transaction, then handed to the indexer, which catches up from the database when it starts
//! (`indexer.rs`), so a crash between the database commit and the index commit loses nothing.
//! Sealing is `seal.rs`; reading lines into batches is `crate::import`.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use entity::{archive_dictionary, archive_ingest_batch, archive_message, archive_reject};
use hmac::{Hmac, Mac};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, Value,
};
use sha2::Sha256;

use super::bulk::insert_rows;
use super::conversations::upsert_conversations;
use super::indexer::{IndexEntry, TenantIndexer};
use super::locate::SeqsByMsgid;
use super::opt_out::{Unsubscribe, record_unsubscribes};
use super::scan::{ScanInput, insert_alerts};
use super::seal::{
    BatchSealer, IncomingMessage, IncomingReject, SealedBatch, SealedMessage, TrainedDictionary,
};
use super::{Archive, LOOKUP_CHUNK, lock};
use crate::ArchiveError;
use crate::chain::{ChainHead, ChainRun};
use crate::crypto::{Keyring, seal};

/// What one batch did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BatchOutcome {
    pub imported: u64,
    /// Already archived (by msgid), or repeated within the batch.
    pub duplicates: u64,
    /// Rejects stored now (a reject already stored from an earlier run is not stored twice).
    pub rejects_stored: u64,
    /// The chain position of the last message archived so far.
    pub last_seq: u64,
    /// Risk alerts raised by this batch's messages.
    pub alerts_raised: u64,
    /// Not archived: sent before the cutoff of a purge already done (past the retention when
    /// they arrived; archiving them would bring back what the purge removed).
    pub expired: u64,
    /// The links this batch chained: from the head it found to its last message; `None` when
    /// it archived nothing.
    pub chained: Option<ChainRun>,
}

/// A sealed message with its place in the chain.
struct ChainedRow {
    seq: u64,
    chain_hash: [u8; 32],
    /// Set when a revoke of this message is known: (the revoke's msgid, its time).
    revoked_by: Option<(String, i64)>,
    message: SealedMessage,
}

/// The columns `insert_messages` writes, in order.
const MESSAGE_COLUMNS: [&str; 14] = [
    "tenant_id",
    "seq",
    "msgid",
    "source_seq",
    "action",
    "msgtype",
    "conversation_id",
    "sent_at_ms",
    "key_version",
    "ciphertext",
    "chain_hash",
    "revokes_msgid",
    "revoked_at_ms",
    "revoked_by",
];

impl Archive {
    /// A sealer for the tenant's batches, with its current data key and rules.
    pub async fn sealer(&self, tenant_id: i64) -> Result<BatchSealer, ArchiveError> {
        Ok(BatchSealer::new(
            tenant_id,
            self.keyring(tenant_id).await?,
            self.risk_engine(tenant_id).await?,
        ))
    }

    /// Archives a batch of messages (and keeps its rejects) atomically.
    pub async fn ingest_batch(
        &self,
        tenant_id: i64,
        source: &str,
        messages: Vec<IncomingMessage>,
        rejects: Vec<IncomingReject>,
    ) -> Result<BatchOutcome, ArchiveError> {
        let batch = self.sealer(tenant_id).await?.seal(messages, rejects)?;
        self.ingest_sealed(source, batch).await
    }

    /// Archives a sealed batch (and keeps its rejects) atomically: drops messages already
    /// archived, chains the rest, and inserts them with their alerts in one transaction.
    pub async fn ingest_sealed(
        &self,
        source: &str,
        batch: SealedBatch,
    ) -> Result<BatchOutcome, ArchiveError> {
        let tenant_id = batch.tenant_id;
        let keyring = self.keyring(tenant_id).await?;
        let indexer = self.indexer(tenant_id).await?;
        let _only_ingest_of_the_tenant = indexer.lock_ingest().await;

        let mut outcome = BatchOutcome {
            duplicates: batch.repeated,
            ..BatchOutcome::default()
        };
        let mut messages = batch.messages;
        // Scanned with the rules in force now, even if they changed since the batch was sealed.
        let engine = self.risk_engine(tenant_id).await?;
        if !Arc::ptr_eq(&engine, &batch.engine) {
            messages
                .iter_mut()
                .for_each(|message| message.rescan(&engine));
        }
        let batch_parts = BatchParts {
            source,
            tenant_id,
            key_version: batch.key_version,
            dictionary: batch.dictionary.as_deref(),
            rejects: &batch.rejects,
        };
        let mut lookup = DedupLookup::Index;
        let written = loop {
            let fresh = self
                .drop_archived(tenant_id, &indexer, messages, lookup, &mut outcome)
                .await?;
            let earlier_originals = self.revoked_originals(tenant_id, &indexer, &fresh).await?;
            let write = self
                .write_fresh(&keyring, &batch_parts, fresh, &earlier_originals)
                .await?;
            match write {
                Write::Done(written) => break written,
                // The index missed an archived message (its directory replaced under a running
                // writer), or another writer got in: the database's unique key tells them
                // apart, once.
                Write::Clashed(back) if lookup == DedupLookup::Index => {
                    messages = back;
                    lookup = DedupLookup::Database;
                }
                Write::Clashed(_) => return Err(ArchiveError::ConcurrentWriter),
            }
        };
        let Written {
            rows,
            head,
            revoked_earlier,
            alerts_raised,
            rejects_stored,
        } = written;
        outcome.alerts_raised = alerts_raised;
        outcome.rejects_stored = rejects_stored;
        if let Some(trained) = &batch.dictionary
            && keyring.dictionary(trained.dictionary.id()).is_none()
        {
            // Readers in this process need it from now on; later batches are then sealed with
            // it as the keyring's own.
            self.reload_keyring(tenant_id).await?;
        }
        outcome.imported = rows.len() as u64;
        outcome.last_seq = rows.last().map_or(head.seq, |row| row.seq);
        outcome.chained = rows.last().map(|last| ChainRun {
            from: head,
            to: ChainHead {
                seq: last.seq,
                hash: last.chain_hash,
            },
        });

        let new_entries: Vec<IndexEntry> = rows
            .into_iter()
            .map(|row| IndexEntry::from_sealed(row.seq, row.revoked_by.is_some(), row.message))
            .collect();
        let changed_entries = self
            .reindex_entries(tenant_id, &keyring, &revoked_earlier)
            .await?;
        indexer.write(new_entries, false, outcome.last_seq).await?;
        indexer
            .write(changed_entries, true, outcome.last_seq)
            .await?;
        indexer.commit_if_due().await?;
        Ok(outcome)
    }

    /// Chains `fresh` after the tenant's head and writes it, with its alerts, revocation links,
    /// conversations, batch record and the batch's rejects, in one transaction. A unique-key
    /// clash rolls it back and hands the messages back.
    async fn write_fresh(
        &self,
        keyring: &Keyring,
        batch: &BatchParts<'_>,
        fresh: Vec<SealedMessage>,
        earlier_originals: &SeqsByMsgid,
    ) -> Result<Write, ArchiveError> {
        let tenant_id = batch.tenant_id;
        let transaction = entity::begin_write(self.db()).await?;
        if let Some(trained) = batch.dictionary {
            store_dictionary(&transaction, tenant_id, trained).await?;
        }
        let head = chain_head(&transaction, tenant_id).await?;
        let mut rows = chain(head, fresh);
        let revoked_earlier =
            mark_revocations(&transaction, tenant_id, &mut rows, earlier_originals).await?;
        let conversation_ids = upsert_conversations(
            &transaction,
            tenant_id,
            rows.iter()
                .map(|row| &row.message.routing)
                .map(|routing| (routing.conversation.as_str(), routing.sent_at_ms)),
        )
        .await?;
        let inserted = insert_messages(
            &transaction,
            tenant_id,
            batch.key_version,
            &rows,
            &conversation_ids,
        )
        .await;
        if let Err(ArchiveError::ConcurrentWriter) = inserted {
            transaction.rollback().await?;
            let back = rows.into_iter().map(|row| row.message).collect();
            return Ok(Write::Clashed(back));
        }
        inserted?;
        // Scanned in the same transaction: a message is never archived unscanned.
        let now = super::now();
        let alerts: Vec<_> = rows
            .iter_mut()
            .flat_map(|row| {
                let routing = &row.message.routing;
                let input = ScanInput {
                    seq: row.seq,
                    msgid: &routing.msgid,
                    sender: &routing.sender,
                    tolist: &routing.tolist,
                    conversation: &routing.conversation,
                    text: &row.message.text,
                    sent_at_ms: routing.sent_at_ms,
                };
                std::mem::take(&mut row.message.alerts)
                    .into_iter()
                    .map(|pending| pending.into_model(tenant_id, &input, now))
                    .collect::<Vec<_>>()
            })
            .collect();
        let alerts_raised = insert_alerts(&transaction, alerts).await?;
        let unsubscribes = rows
            .iter()
            .filter(|row| row.message.unsubscribes)
            .map(|row| Unsubscribe {
                external_userid: &row.message.routing.sender,
                seq: row.seq,
                replied_at_ms: row.message.routing.sent_at_ms,
            });
        record_unsubscribes(&transaction, tenant_id, unsubscribes, now).await?;
        log_batch(&transaction, tenant_id, batch.source, &rows, now).await?;
        let rejects_stored = store_rejects(
            &transaction,
            keyring,
            tenant_id,
            batch.source,
            batch.rejects,
        )
        .await?;
        transaction.commit().await?;
        Ok(Write::Done(Written {
            rows,
            head,
            revoked_earlier,
            alerts_raised,
            rejects_stored,
        }))
    }

    /// Makes everything ingested so far searchable, releases the index writer (so another
    /// process, or the next import of this one, may write), and catches the index up with the
    /// database first if it lags.
    pub async fn finish_ingest(&self, tenant_id: i64) -> Result<(), ArchiveError> {
        let indexer = self.indexer(tenant_id).await?;
        let committed = indexer.commit().await;
        // Held until the writer has let the index go, so a writer started meanwhile waits for
        // it instead of being refused as a concurrent one.
        let _stopping = self.inner.writer_starting.enter(tenant_id).await;
        lock(&self.inner.writers).remove(&tenant_id);
        let stopped = indexer.stop().await;
        committed.and(stopped)
    }

    /// Drops messages already archived, and messages a purge would already have removed,
    /// counting them (see [`DedupLookup`]).
    async fn drop_archived(
        &self,
        tenant_id: i64,
        indexer: &TenantIndexer,
        mut messages: Vec<SealedMessage>,
        lookup: DedupLookup,
        outcome: &mut BatchOutcome,
    ) -> Result<Vec<SealedMessage>, ArchiveError> {
        let existing: HashSet<String> = match lookup {
            DedupLookup::Index => {
                let msgids = messages
                    .iter()
                    .map(|message| message.routing.msgid.clone())
                    .collect();
                self.seqs_by_msgid_writing(tenant_id, indexer, msgids)
                    .await?
                    .into_keys()
                    .collect()
            }
            DedupLookup::Database => self.archived_at_their_time(tenant_id, &messages).await?,
        };
        let before = messages.len();
        messages.retain(|message| !existing.contains(&message.routing.msgid));
        outcome.duplicates += (before - messages.len()) as u64;
        if let Some(horizon) = self.purge_horizon(tenant_id).await? {
            let before = messages.len();
            messages.retain(|message| message.routing.sent_at_ms >= horizon);
            outcome.expired += (before - messages.len()) as u64;
        }
        Ok(messages)
    }

    /// The msgids of `messages` archived with the same time, by the database's unique key.
    async fn archived_at_their_time(
        &self,
        tenant_id: i64,
        messages: &[SealedMessage],
    ) -> Result<HashSet<String>, ArchiveError> {
        let mut existing = HashSet::new();
        for chunk in messages.chunks(LOOKUP_CHUNK) {
            let times = chunk.iter().map(|message| message.routing.sent_at_ms);
            let (Some(first), Some(last)) = (times.clone().min(), times.max()) else {
                continue;
            };
            let wanted: HashSet<(i64, &str)> = chunk
                .iter()
                .map(|message| (message.routing.sent_at_ms, message.routing.msgid.as_str()))
                .collect();
            let found: Vec<(i64, String)> = archive_message::Entity::find()
                .select_only()
                .column(archive_message::Column::SentAtMs)
                .column(archive_message::Column::Msgid)
                .filter(archive_message::Column::TenantId.eq(tenant_id))
                .filter(archive_message::Column::SentAtMs.between(first, last))
                .filter(
                    archive_message::Column::Msgid
                        .is_in(chunk.iter().map(|message| message.routing.msgid.clone())),
                )
                .into_tuple()
                .all(self.db())
                .await?;
            existing.extend(
                found
                    .into_iter()
                    .filter(|(time, msgid)| wanted.contains(&(*time, msgid.as_str())))
                    .map(|(_, msgid)| msgid),
            );
        }
        Ok(existing)
    }

    /// Where the originals that `fresh`'s revokes revoke are archived, for those not in
    /// `fresh` itself.
    async fn revoked_originals(
        &self,
        tenant_id: i64,
        indexer: &TenantIndexer,
        fresh: &[SealedMessage],
    ) -> Result<SeqsByMsgid, ArchiveError> {
        let in_batch: HashSet<&str> = fresh
            .iter()
            .map(|message| message.routing.msgid.as_str())
            .collect();
        let targets: Vec<String> = fresh
            .iter()
            .filter_map(|message| message.routing.revokes_msgid.clone())
            .filter(|target| !in_batch.contains(target.as_str()))
            .collect();
        self.seqs_by_msgid_writing(tenant_id, indexer, targets)
            .await
    }
}

/// Where the dedup looks for a batch's msgids.
///
/// A msgid is archived once, whatever time it comes back with. The database's unique key is
/// (tenant, time, msgid), in the order imports append in: a key on the msgid alone is a
/// random-order B-tree, and writing its pages cost most of an import's time once it outgrew
/// memory (docs/BENCHMARKS.md). So the msgids are looked up in the search index and the entries
/// handed to it since its last commit (`locate.rs`), which hold every archived msgid while
/// this ingest holds the tenant's writer. Should the insert clash on the unique key all the
/// same, the batch is looked up in the `Database` by (time, msgid) and written once more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DedupLookup {
    Index,
    Database,
}

/// What a batch writes besides its messages.
struct BatchParts<'a> {
    source: &'a str,
    tenant_id: i64,
    key_version: i32,
    dictionary: Option<&'a TrainedDictionary>,
    rejects: &'a [IncomingReject],
}

/// How a write of fresh messages ended.
enum Write {
    Done(Written),
    /// A unique key clashed (a msgid, or the chain position of another writer): nothing was
    /// written, and these are the messages, as they were.
    Clashed(Vec<SealedMessage>),
}

/// What a committed write did.
struct Written {
    rows: Vec<ChainedRow>,
    /// The chain's head before the write: where its rows were chained from.
    head: ChainHead,
    /// Messages archived earlier that a revoke of this batch marked (their seqs).
    revoked_earlier: Vec<u64>,
    alerts_raised: u64,
    rejects_stored: u64,
}

async fn chain_head(
    transaction: &DatabaseTransaction,
    tenant_id: i64,
) -> Result<ChainHead, ArchiveError> {
    let last: Option<(i64, Vec<u8>)> = archive_message::Entity::find()
        .select_only()
        .column(archive_message::Column::Seq)
        .column(archive_message::Column::ChainHash)
        .filter(archive_message::Column::TenantId.eq(tenant_id))
        .order_by_desc(archive_message::Column::Seq)
        .limit(1)
        .into_tuple()
        .one(transaction)
        .await?;
    let Some((seq, hash)) = last else {
        return Ok(ChainHead::genesis(tenant_id));
    };
    Ok(ChainHead {
        seq: seq as u64,
        hash: crate::chain::stored_hash(&hash)?,
    })
}

/// Stores a dictionary a sealer trained, unless an earlier batch compressed with it stored it
/// already.
async fn store_dictionary(
    transaction: &DatabaseTransaction,
    tenant_id: i64,
    trained: &TrainedDictionary,
) -> Result<(), ArchiveError> {
    archive_dictionary::Entity::insert(archive_dictionary::ActiveModel {
        tenant_id: Set(tenant_id),
        dictionary_id: Set(i64::from(trained.dictionary.id())),
        key_version: Set(trained.key_version),
        sealed: Set(trained.sealed.clone()),
        sample_count: Set(trained.sample_count as i64),
        created_at: Set(super::now()),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([
        archive_dictionary::Column::TenantId,
        archive_dictionary::Column::DictionaryId,
    ])
    .exec_without_returning(transaction)
    .await?;
    Ok(())
}

/// Records when the batch's chain positions were archived, and from where.
async fn log_batch(
    transaction: &DatabaseTransaction,
    tenant_id: i64,
    source: &str,
    rows: &[ChainedRow],
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), ArchiveError> {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Ok(());
    };
    archive_ingest_batch::Entity::insert(archive_ingest_batch::ActiveModel {
        tenant_id: Set(tenant_id),
        first_seq: Set(first.seq as i64),
        last_seq: Set(last.seq as i64),
        message_count: Set(rows.len() as i64),
        source: Set(source.chars().take(500).collect()),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(transaction)
    .await?;
    Ok(())
}

/// Gives each message its chain position and link hash.
fn chain(mut head: ChainHead, messages: Vec<SealedMessage>) -> Vec<ChainedRow> {
    messages
        .into_iter()
        .map(|message| {
            head = head.append(&message.routing.msgid, &message.digest);
            ChainedRow {
                seq: head.seq,
                chain_hash: head.hash,
                revoked_by: None,
                message,
            }
        })
        .collect()
}

async fn insert_messages(
    transaction: &DatabaseTransaction,
    tenant_id: i64,
    key_version: i32,
    rows: &[ChainedRow],
    conversation_ids: &HashMap<String, i64>,
) -> Result<(), ArchiveError> {
    let mut values: Vec<Value> = Vec::with_capacity(rows.len() * MESSAGE_COLUMNS.len());
    for row in rows {
        let routing = &row.message.routing;
        let (revoked_by, revoked_at_ms) = match &row.revoked_by {
            Some((revoke_msgid, at)) => (Some(revoke_msgid.clone()), Some(*at)),
            None => (None, None),
        };
        values.extend([
            Value::from(tenant_id),
            Value::from(row.seq as i64),
            Value::from(routing.msgid.clone()),
            Value::from(routing.source_seq),
            Value::from(routing.action.clone()),
            Value::from(routing.msgtype.clone()),
            Value::from(conversation_ids.get(&routing.conversation).copied()),
            Value::from(routing.sent_at_ms),
            Value::from(key_version),
            Value::from(row.message.ciphertext.clone()),
            Value::from(row.chain_hash.to_vec()),
            Value::from(routing.revokes_msgid.clone()),
            Value::from(revoked_at_ms),
            Value::from(revoked_by),
        ]);
    }
    insert_rows(transaction, "archive_message", &MESSAGE_COLUMNS, values)
        .await
        .map_err(concurrent_writer_or)
}

/// Links revokes and originals in both directions: originals in this batch get their flag
/// before insert; originals archived earlier (`earlier_originals`, found by msgid) are updated.
/// Returns the seqs updated in place.
async fn mark_revocations(
    transaction: &DatabaseTransaction,
    tenant_id: i64,
    rows: &mut [ChainedRow],
    earlier_originals: &SeqsByMsgid,
) -> Result<Vec<u64>, ArchiveError> {
    // Revokes (in this batch or stored earlier) pointing at messages of this batch.
    let mut revocation_of: HashMap<String, (String, i64)> = HashMap::new();
    for routing in rows.iter().map(|row| &row.message.routing) {
        if let Some(target) = &routing.revokes_msgid {
            revocation_of.insert(target.clone(), (routing.msgid.clone(), routing.sent_at_ms));
        }
    }
    let batch_msgids: Vec<String> = rows
        .iter()
        .map(|row| row.message.routing.msgid.clone())
        .collect();
    for chunk in batch_msgids.chunks(LOOKUP_CHUNK) {
        let earlier: Vec<(String, Option<String>, i64)> = archive_message::Entity::find()
            .select_only()
            .column(archive_message::Column::Msgid)
            .column(archive_message::Column::RevokesMsgid)
            .column(archive_message::Column::SentAtMs)
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .filter(archive_message::Column::RevokesMsgid.is_in(chunk.to_vec()))
            .into_tuple()
            .all(transaction)
            .await?;
        for (revoke_msgid, target, sent_at) in earlier {
            if let Some(target) = target {
                revocation_of
                    .entry(target)
                    .or_insert((revoke_msgid, sent_at));
            }
        }
    }

    for row in rows.iter_mut() {
        if let Some(revocation) = revocation_of.get(&row.message.routing.msgid) {
            row.revoked_by = Some(revocation.clone());
        }
    }

    let mut updated = Vec::new();
    for (target, seqs) in earlier_originals {
        let Some((revoke_msgid, sent_at)) = revocation_of.get(target) else {
            continue;
        };
        let seqs: Vec<i64> = seqs.iter().map(|seq| *seq as i64).collect();
        let result = archive_message::Entity::update_many()
            .col_expr(archive_message::Column::RevokedAtMs, Expr::value(*sent_at))
            .col_expr(
                archive_message::Column::RevokedBy,
                Expr::value(revoke_msgid.clone()),
            )
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .filter(archive_message::Column::Seq.is_in(seqs.clone()))
            .filter(archive_message::Column::Msgid.eq(target.clone()))
            .filter(archive_message::Column::RevokedAtMs.is_null())
            .exec(transaction)
            .await?;
        if result.rows_affected > 0 {
            updated.extend(seqs.iter().map(|seq| *seq as u64));
        }
    }
    Ok(updated)
}

/// Keeps rejected lines sealed, once each (by keyed digest of the line).
async fn store_rejects(
    transaction: &DatabaseTransaction,
    keyring: &Keyring,
    tenant_id: i64,
    source: &str,
    rejects: &[IncomingReject],
) -> Result<u64, ArchiveError> {
    if rejects.is_empty() {
        return Ok(0);
    }
    let digest_key = keyring
        .get(1)
        .ok_or(ArchiveError::DataKeyVersionMissing { version: 1 })?
        .derive_subkey("reject-line-digest");
    let key_version = keyring
        .current_version()
        .ok_or(ArchiveError::KeyringEmpty)? as i32;
    let mut stored = 0;
    for reject in rejects {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(digest_key.expose_secret())
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        mac.update(reject.raw.as_bytes());
        let line_digest = hex::encode(mac.finalize().into_bytes());
        let known = archive_reject::Entity::find()
            .filter(archive_reject::Column::TenantId.eq(tenant_id))
            .filter(archive_reject::Column::LineDigest.eq(line_digest.clone()))
            .one(transaction)
            .await?;
        if known.is_some() {
            continue;
        }
        let ciphertext = seal(
            keyring,
            tenant_id,
            &format!("reject:{line_digest}"),
            reject.raw.as_bytes(),
        )?;
        archive_reject::Entity::insert(archive_reject::ActiveModel {
            tenant_id: Set(tenant_id),
            line_digest: Set(line_digest),
            source: Set(source.chars().take(500).collect()),
            line_number: Set(reject.line_number as i64),
            reason: Set(reject.reason.chars().take(500).collect()),
            key_version: Set(key_version),
            ciphertext: Set(ciphertext),
            created_at: Set(super::now()),
            ..Default::default()
        })
        .exec(transaction)
        .await?;
        stored += 1;
    }
    Ok(stored)
}

/// A unique-key clash on seq means another writer appended to the chain at the same time.
fn concurrent_writer_or(error: sea_orm::DbErr) -> ArchiveError {
    match error.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => ArchiveError::ConcurrentWriter,
        _ => ArchiveError::Database(error),
    }
}
