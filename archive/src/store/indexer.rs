//! A tenant's index writer on its own thread, so indexing (normalise, hash, invert) runs beside
//! the next batch's parsing, sealing and database insert instead of after it.
//!
//! Commits are few (tantivy's commit flushes segments): every [`COMMIT_EVERY`] and when the
//! import finishes. The database stays the source of truth: the index records the last seq it
//! holds at each commit, and a new writer re-indexes what the database holds beyond it.

use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::oneshot;

use super::ingest::{IndexEntry, write_entries};
use super::lock;
use crate::ArchiveError;
use crate::index::SearchIndexWriter;

/// How long indexed messages may stay invisible to searches during an import.
pub const COMMIT_EVERY: Duration = Duration::from_secs(5);

/// Batches queued ahead of the indexing thread; bounds memory while keeping both cores busy.
const QUEUE_DEPTH: usize = 2;

enum Job {
    Write {
        entries: Vec<IndexEntry>,
        replace: bool,
    },
    Commit {
        checkpoint: u64,
        done: oneshot::Sender<Result<(), ArchiveError>>,
    },
}

pub(super) struct TenantIndexer {
    jobs: SyncSender<Job>,
    state: Mutex<IndexerState>,
}

struct IndexerState {
    /// The highest seq handed to the thread (committed or not).
    queued_through: u64,
    last_commit: Instant,
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
            }),
        }))
    }

    pub(super) fn queued_through(&self) -> u64 {
        lock(&self.state).queued_through
    }

    /// Hands entries to the thread; blocks while the queue is full (back-pressure).
    pub(super) async fn write(
        &self,
        entries: Vec<IndexEntry>,
        replace: bool,
        through: u64,
    ) -> Result<(), ArchiveError> {
        if !entries.is_empty() {
            let jobs = self.jobs.clone();
            tokio::task::spawn_blocking(move || jobs.send(Job::Write { entries, replace }))
                .await
                .map_err(|error| ArchiveError::Task(error.to_string()))?
                .map_err(|_| stopped())?;
        }
        let mut state = lock(&self.state);
        state.queued_through = state.queued_through.max(through);
        Ok(())
    }

    /// Commits if the last commit is older than [`COMMIT_EVERY`].
    pub(super) async fn commit_if_due(&self) -> Result<(), ArchiveError> {
        let due = lock(&self.state).last_commit.elapsed() >= COMMIT_EVERY;
        if due {
            self.commit().await?;
        }
        Ok(())
    }

    /// Commits everything queued so far and waits until it is durable and searchable.
    pub(super) async fn commit(&self) -> Result<(), ArchiveError> {
        let checkpoint = self.queued_through();
        let (done, finished) = oneshot::channel();
        let jobs = self.jobs.clone();
        tokio::task::spawn_blocking(move || jobs.send(Job::Commit { checkpoint, done }))
            .await
            .map_err(|error| ArchiveError::Task(error.to_string()))?
            .map_err(|_| stopped())?;
        finished.await.map_err(|_| stopped())??;
        lock(&self.state).last_commit = Instant::now();
        Ok(())
    }
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
            Job::Commit { checkpoint, done } => {
                let result = match failure.take() {
                    Some(error) => Err(error),
                    None => writer.commit_at(checkpoint),
                };
                let _ = done.send(result);
            }
        }
    }
}
