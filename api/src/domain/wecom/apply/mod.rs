//! Writing what WeCom says into scrm's tables, shared by the sync job (whole lists, page by
//! page) and the callback events job (one change at a time): customers and follows
//! (`customer.rs`), customer groups with their members (`group.rs`), corp tags (`tags.rs`).
//!
//! Every function runs inside the caller's transaction, compares before it writes and says
//! what it did ([`Change`]), so applying the same facts twice changes nothing and counts
//! nothing: that is what makes a sync idempotent and a redone page harmless.

pub(crate) mod customer;
pub(crate) mod group;
pub(crate) mod tags;

use serde::{Deserialize, Serialize};

/// What applying one fact did to its row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    Created,
    Updated,
    Unchanged,
}

/// Rows created, updated, removed, and facts that could not be applied, for one kind of row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub created: u64,
    pub updated: u64,
    pub removed: u64,
    pub failed: u64,
}

impl Tally {
    pub(crate) fn count(&mut self, change: Change) {
        match change {
            Change::Created => self.created += 1,
            Change::Updated => self.updated += 1,
            Change::Unchanged => {}
        }
    }

    /// Adds another tally's counts to this one.
    pub(crate) fn absorb(&mut self, other: Tally) {
        self.created += other.created;
        self.updated += other.updated;
        self.removed += other.removed;
        self.failed += other.failed;
    }

    /// Rows this tally changed in scrm.
    pub fn changed(&self) -> u64 {
        self.created + self.updated + self.removed
    }
}

/// WeCom writes "none" as an empty string.
pub(crate) fn non_empty(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// WeCom's unix seconds as a stored timestamp (0 and nonsense become `None`).
pub(crate) fn unix_time(seconds: i64) -> Option<chrono::DateTime<chrono::Utc>> {
    (seconds > 0)
        .then(|| chrono::DateTime::from_timestamp(seconds, 0))
        .flatten()
}

/// At most `limit` characters, so a long WeCom value fits its column.
pub(crate) fn clip(text: &str, limit: usize) -> String {
    text.chars().take(limit).collect()
}
