//! What an import has done so far: what `progress` sees after each batch, and what `run`
//! returns at the end.

use crate::chain::ChainRun;

/// Counts of an import, and its rejected lines.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Lines read, blank ones included, up to the end of the last batch written.
    pub lines: u64,
    /// Bytes of those lines (with their line breaks, as the source gave them): progress over a
    /// file of known size.
    pub bytes: u64,
    pub imported: u64,
    /// Already archived (by msgid), or repeated within a batch.
    pub duplicates: u64,
    /// Sent before the cutoff of a purge already done: not archived (`BatchOutcome::expired`).
    pub expired: u64,
    /// Risk alerts raised by the imported messages.
    pub alerts_raised: u64,
    /// In line order. The store keeps each one sealed, once.
    pub rejected: Vec<RejectedLine>,
    /// The last stretch of the chain this import's batches chained one after another, with no
    /// other writer between them: what the sign-off may vouch for without reading it back.
    pub chained: Option<ChainRun>,
}

/// A line that is not a message. The reason never quotes the line's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedLine {
    pub line_number: u64,
    pub reason: String,
}
