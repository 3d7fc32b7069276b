//! The reader thread: numbers and classifies lines, groups them into batches and seals each
//! batch, in source order, while the caller's task writes the batch before.

use std::io;

use tokio::sync::mpsc::Sender;

use super::ImportError;
use super::classify::{Classified, classify};
use super::tally::RejectedLine;
use crate::ArchiveError;
use crate::store::{BatchSealer, SealedBatch};

/// A batch read, classified and sealed.
pub(super) struct ReadBatch {
    pub sealed: SealedBatch,
    /// Lines and bytes read so far, this batch included.
    pub lines: u64,
    pub bytes: u64,
    /// This batch's rejected lines.
    pub rejected: Vec<RejectedLine>,
}

/// Why the reader stopped early; the thread cannot carry the sink's error type.
pub(super) enum ReadFailure {
    Source { after_line: u64, error: io::Error },
    Seal(ArchiveError),
}

impl<E> From<ReadFailure> for ImportError<E> {
    fn from(failure: ReadFailure) -> Self {
        match failure {
            ReadFailure::Source { after_line, error } => ImportError::Source {
                after_line,
                source: error,
            },
            ReadFailure::Seal(error) => ImportError::Seal(error),
        }
    }
}

/// Reads until the source ends, fails (the failure is sent on) or the writer has gone away. A
/// batch is sent when it holds `batch_size` messages or `batch_size` rejects, and at the end.
pub(super) fn read_batches(
    lines: impl Iterator<Item = io::Result<Vec<u8>>>,
    batch_size: usize,
    sealer: &BatchSealer,
    sender: &Sender<Result<ReadBatch, ReadFailure>>,
) {
    let mut lines = lines.fuse();
    let mut line_number = 0u64;
    let mut bytes = 0u64;
    let mut messages = Vec::with_capacity(batch_size);
    let mut rejects = Vec::new();
    let mut rejected = Vec::new();
    loop {
        let at_end = match lines.next() {
            None => true,
            Some(Err(error)) => {
                let _ = sender.blocking_send(Err(ReadFailure::Source {
                    after_line: line_number,
                    error,
                }));
                return;
            }
            Some(Ok(line)) => {
                line_number += 1;
                bytes += line.len() as u64;
                match classify(line_number, line) {
                    Classified::Message(message) => messages.push(message),
                    Classified::Reject(reject) => {
                        rejected.push(RejectedLine {
                            line_number,
                            reason: reject.reason.clone(),
                        });
                        rejects.push(reject);
                    }
                    Classified::Blank => {}
                }
                false
            }
        };
        if messages.len() >= batch_size
            || rejects.len() >= batch_size
            || (at_end && !(messages.is_empty() && rejects.is_empty()))
        {
            // The next batch starts at full size: growing a vector of 25,000 messages from empty
            // copies it a dozen times and faults in fresh pages for every copy.
            let batch_messages = std::mem::replace(&mut messages, Vec::with_capacity(batch_size));
            let batch = sealer
                .seal(batch_messages, std::mem::take(&mut rejects))
                .map(|sealed| ReadBatch {
                    sealed,
                    lines: line_number,
                    bytes,
                    rejected: std::mem::take(&mut rejected),
                })
                .map_err(ReadFailure::Seal);
            let failed = batch.is_err();
            if sender.blocking_send(batch).is_err() || failed {
                return;
            }
        }
        if at_end {
            return;
        }
    }
}
