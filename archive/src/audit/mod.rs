//! The audit log: per tenant, append-only, hash-chained and partly sealed, beside the archive's
//! own chain. `api` decides what is audited and wraps these calls; here is how entries are
//! stored, read and verified.
//!
//! * **Entry** (`audit_entry`): a dense per-tenant `seq`, the time (microseconds), the actor
//!   (kind, staff id, API key id, name, role), the action, the outcome, the request id and the
//!   client IP in clear, so the log can be filtered and paged without keys; the targets (msgids,
//!   global ids) and the parameters (query, filter, page arguments), which can quote archive
//!   content, sealed together under the tenant's data key (`crypto::seal_audit`, bound to the
//!   tenant and the seq).
//! * **Chain** (`chain.rs`): each entry's hash commits to the previous hash, its seq and every
//!   clear column above, and the SHA-256 of its sealed blob; the genesis differs per tenant.
//! * **Blind target tags** (`audit_target`, `tag.rs`): HMAC-SHA256 of each target id under a
//!   per-tenant key, 16 bytes, so "who read message X" is an indexed lookup and X is never
//!   stored in clear.
//! * **Same transaction or no action**: `Archive::audit_append` writes inside the caller's
//!   transaction, so an action whose entry cannot be written does not happen.
//!
//! Errors and logs name seqs, never targets or parameters.

mod append;
pub mod chain;
mod query;
mod record;
mod tag;
mod verify;

pub(crate) use append::{append_entry, lock_log};
pub use entity::{AuditAction, AuditActorKind, AuditOutcome};
pub use query::AuditFilter;
pub use record::{AuditActor, AuditEntry, AuditRecord};
pub use tag::{TARGET_TAG_LEN, TargetTag};
pub use verify::{AuditBreak, AuditBreakReason, AuditSummary};

/// The data-key version whose subkey keys the blind target tags: like the search index's key,
/// it must not change when the tenant's key rotates, or old tags would stop matching.
pub(crate) const TARGET_TAG_KEY_VERSION: crate::crypto::KeyVersion = 1;
