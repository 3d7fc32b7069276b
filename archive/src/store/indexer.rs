//! Keeping a tenant's search index in step with the database: the index writer on its own
//! thread, so indexing (normalise, hash, invert) runs beside the next batch's parsing, sealing
//! and database insert instead of after it, and the catch-up a new writer does first.
//!
//! Commits are few (tantivy's commit flushes segments): every [`COMMIT_EVERY`], after every
//! [`COMMIT_AFTER_MESSAGES`], and when the import finishes. The database stays the source of truth: the index records the last seq it
//! holds at each commit, and a new writer re-indexes what the database holds beyond it.

use std::collections::HashMap;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use entity::archive_message;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use tokio::sync::oneshot;

use super::read::decode_row;
use super::seal::SealedMessage;
use super::{Archive, LOOKUP_CHUNK, StoredMessage, lock, run_blocking};
use crate::ArchiveError;
use crate::crypto::Keyring;
use crate::index::{IndexDoc, SearchIndexWriter};

/// How long indexed messages may stay invisible to searches during an import.
pub const COMMIT_EVERY: Duration = Duration::from_secs(5);

/// How many messages a commit may make searchable at most. A commit flushes what tantivy holds
/// in memory as one segment, and tantivy flushes by itself when its memory budget
/// ([`DEFAULT_WRITER_MEMORY_BYTES`](crate::index::DEFAULT_WRITER_MEMORY_BYTES), 64 MiB) fills:
/// about 259,000 of the benchmark corpus's messages. Committing before that keeps one segment
/// a commit. Commits every five seconds alone split a fast import's segments into a full one
/// and a remainder of tens of thousands, which the merge policy left in layers of their own
/// (docs/BENCHMARKS.md, issue 18).
pub const COMMIT_AFTER_MESSAGES: usize = 200_000;

/// Batches queued ahead of the indexing thread; bounds memory while keeping both cores busy.
const QUEUE_DEPTH: usize = 2;

/// What the index needs of a row, owned, so it can cross to the indexing thread.
pub(super) struct IndexEntry {
    seq: u64,
    msgid: String,
    sent_at_ms: i64,
    text: String,
    msgtype: String,
    sender: String,
    participants: Vec<String>,
    roomid: String,
    revoked: bool,
}

impl IndexEntry {
    /// The entry of a message just sealed and given chain position `seq`.
    pub(super) fn from_sealed(seq: u64, revoked: bool, message: SealedMessage) -> Self {
        let routing = message.routing;
        let mut participants = Vec::with_capacity(routing.tolist.len() + 1);
        participants.push(routing.sender.clone());
        participants.extend(routing.tolist);
        IndexEntry {
            seq,
            msgid: routing.msgid,
            sent_at_ms: routing.sent_at_ms,
            text: message.text,
            msgtype: routing.msgtype,
            sender: routing.sender,
            participants,
            roomid: routing.roomid.unwrap_or_default(),
            revoked,
        }
    }

    /// The entry of a message read back from the database.
    fn from_stored(stored: &StoredMessage) -> Self {
        let mut participants = vec![stored.sender.clone()];
        participants.extend(stored.tolist.iter().cloned());
        IndexEntry {
            seq: stored.seq,
            msgid: stored.msgid.clone(),
            sent_at_ms: stored.sent_at_ms,
            text: stored.content.clone(),
            msgtype: stored.msgtype.clone(),
            sender: stored.sender.clone(),
            participants,
            roomid: stored.roomid.clone().unwrap_or_default(),
            revoked: stored.revoked_at_ms.is_some(),
        }
    }
}

enum Job {
    Write {
        entries: Vec<IndexEntry>,
        replace: bool,
    },
    /// Removes purged ranges of seqs (first, last), inclusive.
    DeleteRanges(Vec<(u64, u64)>),
    Commit {
        checkpoint: u64,
        done: oneshot::Sender<Result<(), ArchiveError>>,
    },
    /// Ends the thread; `done` fires once the writer, and with it the index's lock, is gone.
    Stop { done: oneshot::Sender<()> },
}

pub(super) struct TenantIndexer {
    jobs: SyncSender<Job>,
    state: Mutex<IndexerState>,
    /// Held by each ingest of the tenant in this process, from its dedup to its index write:
    /// the dedup reads the index and [`pending`](IndexerState::pending), so it must see every
    /// earlier batch's messages there. (Other processes are kept out by the index's lock.)
    ingest: tokio::sync::Mutex<()>,
}

struct IndexerState {
    /// The highest seq handed to the thread (committed or not).
    queued_through: u64,
    last_commit: Instant,
    /// Messages handed to the thread since the last commit was queued.
    written_since_commit: usize,
    /// msgid → (seq, commit generation) of every entry handed to the thread since the last
    /// successful commit: with the committed index, every msgid archived in the tenant, which
    /// is what the ingest's dedup and revocation links look up.
    pending: HashMap<String, (u64, u64)>,
    /// Incremented as each commit is queued; a commit that succeeds drops the pending
    /// entries handed to the thread before it.
    generation: u64,
    /// The commit [`TenantIndexer::commit_if_due`] queued last, until an ingest sees it end.
    in_flight: Option<QueuedCommit>,
}

/// A commit handed to the thread.
struct QueuedCommit {
    /// The generation of the pending entries it makes searchable (those handed in before it).
    covers: u64,
    finished: oneshot::Receiver<Result<(), ArchiveError>>,
}

impl IndexerState {
    /// A commit of the entries of generation `covers` and before succeeded: the index's reader
    /// (reloaded by the commit) answers for them now.
    fn committed(&mut self, covers: u64) {
        self.pending.retain(|_, (_, handed_in)| *handed_in > covers);
    }
}

impl TenantIndexer {
    /// Starts the thread owning `writer`; `checkpoint` is the last seq the index holds.
    pub(super) fn start(
        writer: SearchIndexWriter,
        checkpoint: u64,
    ) -> Result<Arc<Self>, ArchiveError> {
        let (jobs, receiver) = sync_channel(QUEUE_DEPTH);
        std::thread::Builder::new()
            .name("scrm-indexer".to_string())
            .spawn(move || run(writer, receiver))
            .map_err(|error| {
                ArchiveError::Task(format!("cannot start the indexing thread: {error}"))
            })?;
        Ok(Arc::new(TenantIndexer {
            jobs,
            state: Mutex::new(IndexerState {
                queued_through: checkpoint,
                last_commit: Instant::now(),
                written_since_commit: 0,
                pending: HashMap::new(),
                generation: 0,
                in_flight: None,
            }),
            ingest: tokio::sync::Mutex::new(()),
        }))
    }

    pub(super) fn queued_through(&self) -> u64 {
        lock(&self.state).queued_through
    }

    /// Waits for the other ingests of the tenant in this process to finish (see `ingest`).
    pub(super) async fn lock_ingest(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.ingest.lock().await
    }

    /// The seqs of `msgids` handed to the thread but not committed yet.
    pub(super) fn pending_seqs(&self, msgids: &[String]) -> Vec<(String, u64)> {
        let state = lock(&self.state);
        msgids
            .iter()
            .filter_map(|msgid| {
                let (seq, _) = state.pending.get(msgid)?;
                Some((msgid.clone(), *seq))
            })
            .collect()
    }

    /// Hands entries to the thread; blocks while the queue is full (back-pressure).
    pub(super) async fn write(
        &self,
        entries: Vec<IndexEntry>,
        replace: bool,
        through: u64,
    ) -> Result<(), ArchiveError> {
        {
            let mut state = lock(&self.state);
            let generation = state.generation;
            state.written_since_commit += entries.len();
            for entry in &entries {
                state
                    .pending
                    .insert(entry.msgid.clone(), (entry.seq, generation));
            }
        }
        if !entries.is_empty() {
            self.send(Job::Write { entries, replace }).await?;
        }
        let mut state = lock(&self.state);
        state.queued_through = state.queued_through.max(through);
        Ok(())
    }

    /// Removes purged ranges (first, last seq, inclusive) from the index, as of the next commit.
    pub(super) async fn delete_ranges(&self, ranges: Vec<(u64, u64)>) -> Result<(), ArchiveError> {
        if ranges.is_empty() {
            return Ok(());
        }
        self.send(Job::DeleteRanges(ranges)).await
    }

    /// Queues a commit if the last one was queued longer than [`COMMIT_EVERY`] ago or
    /// [`COMMIT_AFTER_MESSAGES`] have been handed to the thread since, without
    /// waiting for it: the ingest goes on writing the next batches to the database while the
    /// thread flushes the segment (commits cost a tenth of an import's wall time when they
    /// held it up, docs/BENCHMARKS.md). Until an ingest sees the commit end, its entries stay
    /// pending, so the dedup finds them either way; a commit that failed fails the ingest that
    /// sees it, as it would have failed the one that queued it.
    pub(super) async fn commit_if_due(&self) -> Result<(), ArchiveError> {
        let due = {
            let mut state = lock(&self.state);
            settle_if_finished(&mut state)?;
            state.in_flight.is_none()
                && (state.last_commit.elapsed() >= COMMIT_EVERY
                    || state.written_since_commit >= COMMIT_AFTER_MESSAGES)
        };
        if due {
            let queued = self.queue_commit().await?;
            lock(&self.state).in_flight = Some(queued);
        }
        Ok(())
    }

    /// Commits everything queued so far and waits until it is durable and searchable.
    pub(super) async fn commit(&self) -> Result<(), ArchiveError> {
        let earlier = lock(&self.state).in_flight.take();
        if let Some(earlier) = earlier {
            self.settle(earlier).await?;
        }
        let queued = self.queue_commit().await?;
        self.settle(queued).await
    }

    /// Hands a commit of everything queued so far to the thread.
    async fn queue_commit(&self) -> Result<QueuedCommit, ArchiveError> {
        let (checkpoint, covers) = {
            let mut state = lock(&self.state);
            state.generation += 1;
            state.last_commit = Instant::now();
            state.written_since_commit = 0;
            (state.queued_through, state.generation - 1)
        };
        let (done, finished) = oneshot::channel();
        self.send(Job::Commit { checkpoint, done }).await?;
        Ok(QueuedCommit { covers, finished })
    }

    /// Waits for a queued commit to end. On failure its entries stay pending: the index does
    /// not hold them.
    async fn settle(&self, queued: QueuedCommit) -> Result<(), ArchiveError> {
        queued.finished.await.map_err(|_| stopped())??;
        lock(&self.state).committed(queued.covers);
        Ok(())
    }

    /// Ends the thread without committing and waits until the writer's merges are done and it
    /// has dropped the writer, so the index's lock is free when this returns: the next import
    /// in this process (a puller's next round) would otherwise find it still held and fail as
    /// a concurrent writer.
    pub(super) async fn stop(&self) -> Result<(), ArchiveError> {
        let (done, finished) = oneshot::channel();
        self.send(Job::Stop { done }).await?;
        finished.await.map_err(|_| stopped())
    }

    /// Queues a job; blocks (off the executor) while the queue is full.
    async fn send(&self, job: Job) -> Result<(), ArchiveError> {
        let jobs = self.jobs.clone();
        tokio::task::spawn_blocking(move || jobs.send(job))
            .await
            .map_err(|error| ArchiveError::Task(error.to_string()))?
            .map_err(|_| stopped())
    }
}

/// Settles the commit in flight if it has ended (see [`TenantIndexer::commit_if_due`]).
fn settle_if_finished(state: &mut IndexerState) -> Result<(), ArchiveError> {
    let Some(queued) = state.in_flight.as_mut() else {
        return Ok(());
    };
    let result = match queued.finished.try_recv() {
        Err(oneshot::error::TryRecvError::Empty) => return Ok(()),
        Err(oneshot::error::TryRecvError::Closed) => Err(stopped()),
        Ok(result) => result,
    };
    let covers = queued.covers;
    state.in_flight = None;
    result?;
    state.committed(covers);
    Ok(())
}

fn stopped() -> ArchiveError {
    ArchiveError::Task("the indexing thread stopped".to_string())
}

fn run(mut writer: SearchIndexWriter, jobs: Receiver<Job>) {
    // A failed write poisons the uncommitted work: report it at the next commit, whose
    // checkpoint then does not advance, so the next writer re-indexes from the database.
    let mut failure: Option<ArchiveError> = None;
    for job in jobs {
        match job {
            Job::Write { entries, replace } => {
                if failure.is_none()
                    && let Err(error) = write_entries(&mut writer, &entries, replace)
                {
                    failure = Some(error);
                }
            }
            Job::DeleteRanges(ranges) => {
                if failure.is_none()
                    && let Err(error) = ranges
                        .iter()
                        .try_for_each(|(first, last)| writer.delete_range(*first, *last))
                {
                    failure = Some(error);
                }
            }
            Job::Commit { checkpoint, done } => {
                let result = match failure.take() {
                    Some(error) => Err(error),
                    None => writer.commit_at(checkpoint),
                };
                let _ = done.send(result);
            }
            Job::Stop { done } => {
                // Uncommitted work is dropped either way; a merge that fails leaves the
                // segments it would have merged, which is still a whole index.
                if let Err(error) = writer.finish_merges() {
                    tracing::warn!(%error, "search index merges did not finish");
                }
                let _ = done.send(());
                return;
            }
        }
    }
}

/// Writes entries to the index; `replace` first deletes a document of the same seq.
fn write_entries(
    writer: &mut SearchIndexWriter,
    entries: &[IndexEntry],
    replace: bool,
) -> Result<(), ArchiveError> {
    for entry in entries {
        let participants: Vec<&str> = entry.participants.iter().map(String::as_str).collect();
        let doc = IndexDoc {
            id: entry.seq,
            msgid: &entry.msgid,
            sent_at_ms: entry.sent_at_ms,
            text: &entry.text,
            msgtype: &entry.msgtype,
            sender: &entry.sender,
            participants: &participants,
            roomid: &entry.roomid,
            revoked: entry.revoked,
        };
        if replace {
            writer.replace(&doc)?;
        } else {
            writer.add(&doc)?;
        }
    }
    Ok(())
}

/// Where a tenant's archive and its search index stand ([`Archive::index_status`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IndexStatus {
    /// The last chain position archived in the database.
    pub archived_through: u64,
    /// The last chain position the search index has committed.
    pub indexed_through: u64,
}

impl IndexStatus {
    /// Archived messages that search does not find yet.
    pub fn lag(&self) -> u64 {
        self.archived_through.saturating_sub(self.indexed_through)
    }
}

impl Archive {
    /// This process's indexer for the tenant (tantivy allows one writer per index), caught up
    /// with the database on start.
    pub(super) async fn indexer(&self, tenant_id: i64) -> Result<Arc<TenantIndexer>, ArchiveError> {
        if let Some(indexer) = lock(&self.inner.writers).get(&tenant_id) {
            return Ok(indexer.clone());
        }
        let _starting = self.inner.writer_starting.enter(tenant_id).await;
        if let Some(indexer) = lock(&self.inner.writers).get(&tenant_id) {
            return Ok(indexer.clone());
        }
        let index = self.index(tenant_id).await?;
        let (writer, checkpoint) = run_blocking(move || {
            let writer = index.writer()?;
            // Another process may have committed since this one last read the index: the
            // ingest's msgid lookups trust this reader.
            index.reload()?;
            Ok((writer, index.checkpoint()?.unwrap_or(0)))
        })
        .await
        .map_err(|error| match error {
            ArchiveError::SearchIndex {
                source: tantivy::TantivyError::LockFailure(..),
                ..
            } => ArchiveError::ConcurrentWriter,
            other => other,
        })?;
        let indexer = TenantIndexer::start(writer, checkpoint)?;
        self.catch_up_index(tenant_id, &indexer).await?;
        // A purge killed between its database commit and the index's leaves documents of
        // purged messages: removing every purged range again costs a range query per tombstone.
        let purged = self.tombstones_after(tenant_id, 0).await?;
        if !purged.is_empty() {
            let ranges = super::purge::coalesced_ranges(&purged);
            indexer.delete_ranges(ranges).await?;
            indexer.commit().await?;
        }
        lock(&self.inner.writers).insert(tenant_id, indexer.clone());
        Ok(indexer)
    }

    /// Brings the tenant's search index up to date with the database and releases the writer:
    /// rows beyond the index's checkpoint are read, opened and indexed. A missing index
    /// directory opens as a new, empty index (checkpoint 0), so this rebuilds the whole index
    /// from the sealed rows: what a restore does, since backups leave the index out. Fails as
    /// a concurrent writer while an import of this tenant runs. Returns the documents the
    /// index then holds.
    pub async fn sync_index(&self, tenant_id: i64) -> Result<u64, ArchiveError> {
        // Starting the writer catches up; finishing commits and drops it.
        self.finish_ingest(tenant_id).await?;
        let index = self.index(tenant_id).await?;
        run_blocking(move || {
            index.reload()?;
            Ok(index.num_docs())
        })
        .await
    }

    /// How far the tenant's search index is behind its archive, for monitoring: the last chain
    /// position in the database and the last one the index has committed. Reads no content.
    pub async fn index_status(&self, tenant_id: i64) -> Result<IndexStatus, ArchiveError> {
        let archived: Option<i64> = archive_message::Entity::find()
            .select_only()
            .column(archive_message::Column::Seq)
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .order_by_desc(archive_message::Column::Seq)
            .limit(1)
            .into_tuple()
            .one(self.db())
            .await?;
        let archived_through = archived.map_or(0, |seq| seq as u64);
        if archived_through == 0 {
            // Nothing archived: no keys or index to open yet.
            return Ok(IndexStatus::default());
        }
        let index = self.index(tenant_id).await?;
        let indexed_through = run_blocking(move || Ok(index.checkpoint()?.unwrap_or(0))).await?;
        Ok(IndexStatus {
            archived_through,
            indexed_through,
        })
    }

    /// Indexes rows the database holds beyond the index's checkpoint (after a crash).
    async fn catch_up_index(
        &self,
        tenant_id: i64,
        indexer: &TenantIndexer,
    ) -> Result<(), ArchiveError> {
        let mut through = indexer.queued_through();
        let mut caught_up_any = false;
        loop {
            let rows = self.rows_after(tenant_id, through as i64, 2_000).await?;
            let Some(last) = rows.last() else {
                break;
            };
            let last_seq = last.seq as u64;
            let keyring = self.keyring(tenant_id).await?;
            let mut entries = Vec::with_capacity(rows.len());
            let mut revoked_targets = Vec::new();
            for row in rows {
                if let Some(target) = &row.revokes_msgid {
                    revoked_targets.push(target.clone());
                }
                let stored = decode_row(&keyring, tenant_id, row)?;
                entries.push(IndexEntry::from_stored(&stored));
            }
            // Originals indexed earlier whose revoke is in this chunk: their flag changed since.
            let revoked_earlier: Vec<u64> = self
                .seqs_by_msgid_writing(tenant_id, indexer, revoked_targets)
                .await?
                .into_values()
                .flatten()
                .collect();
            entries.extend(
                self.reindex_entries(tenant_id, &keyring, &revoked_earlier)
                    .await?,
            );
            indexer.write(entries, true, last_seq).await?;
            through = last_seq;
            caught_up_any = true;
            // A rebuild holds what it has not committed in memory (the pending msgids).
            indexer.commit_if_due().await?;
        }
        if caught_up_any {
            indexer.commit().await?;
        }
        Ok(())
    }

    /// Index entries, read back from the database, for messages whose revoked flag changed.
    pub(super) async fn reindex_entries(
        &self,
        tenant_id: i64,
        keyring: &Keyring,
        seqs: &[u64],
    ) -> Result<Vec<IndexEntry>, ArchiveError> {
        let mut entries = Vec::new();
        for chunk in seqs.chunks(LOOKUP_CHUNK) {
            let rows = archive_message::Entity::find()
                .filter(archive_message::Column::TenantId.eq(tenant_id))
                .filter(
                    archive_message::Column::Seq
                        .is_in(chunk.iter().map(|seq| *seq as i64).collect::<Vec<_>>()),
                )
                .all(self.db())
                .await?;
            for row in rows {
                entries.push(IndexEntry::from_stored(&decode_row(
                    keyring, tenant_id, row,
                )?));
            }
        }
        Ok(entries)
    }
}
