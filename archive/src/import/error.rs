//! Why an import stopped. Rejected lines are not errors: they are counted in the tally.

use crate::ArchiveError;

/// `E` is the sink's own error.
#[derive(Debug, thiserror::Error)]
pub enum ImportError<E> {
    /// The source of lines failed; batches before the one in progress are written, so running
    /// the import again finishes it.
    #[error("cannot read the input after line {after_line}: {source}")]
    Source {
        after_line: u64,
        source: std::io::Error,
    },
    #[error("cannot start the import's reader thread: {0}")]
    ReaderThread(#[source] std::io::Error),
    /// Sealing a batch failed (no data key, a cipher error).
    #[error(transparent)]
    Seal(ArchiveError),
    /// Writing a batch, or finishing, failed.
    #[error(transparent)]
    Sink(E),
}
