//! Removing messages past their retention, and what is left of them.
//!
//! A purge removes the tenant's messages sent before a cutoff (the start of the day, in the
//! tenant's time zone, `retentionYears` before the purge's date) that no active legal hold
//! covers, with their search index entries; their alerts stay, marked as purged. What it keeps
//! of each contiguous range of chain positions it removes is a signed [`Tombstone`]: the chain
//! hash before the range and at its end, so the hash chain still verifies across the gap, and
//! the installation's signature, so a verifier can tell a purge from a deletion.
//!
//! Three kinds of message past the cutoff stay:
//! * those a hold covers ([`HoldScope`]);
//! * the last message of the chain, whatever its age: new messages link to its row, so it goes
//!   with the first purge after a newer message arrives;
//! * a revoke whose revoked message stays: the kept message's `revoked_by` names it, and
//!   `verify` checks that link against the revoke's sealed original.

mod hold;
mod tombstone;

pub use hold::{HoldScope, HoldSubjects, MessageParties};
pub use tombstone::{TOMBSTONE_VERSION, Tombstone, tombstone_message};

/// What a purge removes: messages sent before `cutoff_ms` (Unix ms) that none of `holds`
/// covers.
#[derive(Debug, Clone)]
pub struct PurgePolicy {
    pub cutoff_ms: i64,
    pub holds: Vec<HoldScope>,
}

impl PurgePolicy {
    /// Whether the policy lets a message go (the chain head and revoke links are checked by
    /// the purge itself).
    pub fn releases(&self, message: &MessageParties<'_>) -> bool {
        message.sent_at_ms < self.cutoff_ms && !self.holds.iter().any(|hold| hold.covers(message))
    }
}

/// A range of chain positions a purge removed (or, in a dry run, would remove).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PurgedRange {
    pub first_seq: u64,
    pub last_seq: u64,
}

impl PurgedRange {
    pub fn count(&self) -> u64 {
        self.last_seq - self.first_seq + 1
    }
}

/// What a purge did, or in a dry run would do. Counts and chain positions only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Messages past the cutoff that were looked at.
    pub past_cutoff: u64,
    /// Removed (would be removed, in a dry run), by range.
    pub ranges: Vec<PurgedRange>,
    /// Past the cutoff but covered by an active hold.
    pub held: u64,
    /// Past the cutoff but kept as the chain's last message.
    pub kept_as_head: u64,
    /// Past the cutoff but kept because the message they revoke stays.
    pub kept_revokes: u64,
    /// Alerts whose message was removed (marked purged, kept).
    pub alerts_marked: u64,
    pub dry_run: bool,
}

impl PurgeReport {
    pub fn purged(&self) -> u64 {
        self.ranges.iter().map(PurgedRange::count).sum()
    }
}

/// Where a running purge is: messages past the cutoff looked at, and removed so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgeProgress {
    pub examined: u64,
    pub purged: u64,
}
