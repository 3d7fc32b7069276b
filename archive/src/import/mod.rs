//! Importing messages into a tenant's archive from any source of lines: today a JSONL file
//! (`scrm archive import`), next the WeCom puller's decrypted messages.
//!
//! [`run`] owns everything between the lines and the store: numbering, classification (a
//! message, a blank line, or a reject with its line number and reason), batching, and the
//! pipeline. A reader thread parses, seals and scans the next batch (CPU only, one core) while
//! the caller's task writes the current one through an [`ImportSink`] (database and index, the
//! other core); `docs/BENCHMARKS.md` has what that overlap is worth.
//!
//! Safe to interrupt and to run again: the store drops msgids it already holds and rejects it
//! already kept, and the sink's `finish` catches the search index up with the database.

mod classify;
mod error;
mod reader;
mod sink;
mod source;
mod tally;

pub use error::ImportError;
pub use sink::{ImportSink, TenantSink};
pub use source::ReadLines;
pub use tally::{RejectedLine, Tally};

use std::io;

use crate::chain::ChainRun;

/// Messages per batch (one transaction) unless the caller says otherwise. Since the rows'
/// keys are in time order a commit rewrites few pages, so batches need not be huge; about
/// four are in memory at once (read ahead, written, queued for the index), so they set most
/// of an import's memory. 25,000 imports ten million messages as fast as 50,000 did, with
/// 140 MiB less at the peak (docs/BENCHMARKS.md). An interrupted import redoes at most one.
pub const DEFAULT_BATCH_SIZE: usize = 25_000;

/// Batches read ahead of the one being written: enough to keep both cores busy, few enough to
/// bound memory.
const BATCHES_AHEAD: usize = 1;

/// How an import reads its lines.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Where the lines come from (a path, a puller's name): kept with each reject.
    pub source_name: String,
    /// Messages (or rejects) per batch; 0 counts as 1.
    pub batch_size: usize,
}

/// Imports `lines` (each a line of JSON, with or without its line break) through `sink`, in
/// order, calling `progress` after each batch is written. Returns the final tally; rejected
/// lines are in it and kept sealed by the store, and do not fail the import.
///
/// Stops at the first error of the source, of sealing or of the sink; batches written before
/// it stay written.
pub async fn run<S, L>(
    sink: &S,
    lines: L,
    options: &ImportOptions,
    mut progress: impl FnMut(&Tally),
) -> Result<Tally, ImportError<S::Error>>
where
    S: ImportSink,
    L: IntoIterator<Item = io::Result<Vec<u8>>>,
    L::IntoIter: Send + 'static,
{
    let sealer = sink.sealer().await.map_err(ImportError::Sink)?;
    let (sender, mut receiver) = tokio::sync::mpsc::channel(BATCHES_AHEAD);
    let lines = lines.into_iter();
    let batch_size = options.batch_size.max(1);
    std::thread::Builder::new()
        .name("scrm-import-reader".to_string())
        .spawn(move || reader::read_batches(lines, batch_size, &sealer, &sender))
        .map_err(ImportError::ReaderThread)?;

    let mut tally = Tally::default();
    while let Some(batch) = receiver.recv().await {
        let batch = batch?;
        tally.lines = batch.lines;
        tally.bytes = batch.bytes;
        tally.rejected.extend(batch.rejected);
        let outcome = sink
            .write(&options.source_name, batch.sealed)
            .await
            .map_err(ImportError::Sink)?;
        tally.imported += outcome.imported;
        tally.duplicates += outcome.duplicates;
        tally.expired += outcome.expired;
        tally.alerts_raised += outcome.alerts_raised;
        tally.chained = ChainRun::extend(tally.chained, outcome.chained);
        progress(&tally);
    }
    // Also catches the index up after an interrupted run, even when nothing new was read.
    sink.finish().await.map_err(ImportError::Sink)?;
    Ok(tally)
}
