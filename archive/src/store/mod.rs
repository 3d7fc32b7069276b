//! The archive on a database: sealed rows with their hash chain, wrapped keys, rejects, sealed
//! notes about alerts, and one protected search index per tenant on local disk.
//!
//! Callers (the `api` crate) decide who may do what; every function here takes the tenant id the
//! caller was authorised for and never crosses tenants.

mod bulk;
mod context;
mod conversations;
mod export_read;
mod indexer;
mod ingest;
mod keys;
mod locate;
mod notes;
mod opening;
mod opt_out;
mod purge;
mod read;
mod routing;
mod rules;
mod scan;
mod seal;
mod senders;
mod verify;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use sea_orm::DatabaseConnection;

use crate::crypto::Keyring;
use crate::index::SearchIndex;
use crate::{ArchiveError, MasterKey};

pub use indexer::IndexStatus;
pub use ingest::BatchOutcome;
pub use keys::TenantRewrap;
pub use notes::NoteBinding;
pub use read::{ArchivePage, ConversationSummary, StoredMessage, conversation_key};
pub use rules::StoredRule;
pub use scan::{RescanPage, RescanProgress};
pub use seal::{BatchSealer, IncomingMessage, IncomingReject, SealedBatch};
pub use verify::{
    KeyProblem, PurgedSummary, TombstoneProblem, Unreadable, VerifyFinding, VerifyMode,
    VerifySummary,
};

/// Handle to the archive. Cheap to clone.
#[derive(Clone)]
pub struct Archive {
    inner: Arc<Inner>,
}

struct Inner {
    db: DatabaseConnection,
    /// Where `audit_record` writes its own transactions, when not `db` ([`Archive::with_audit_writer`]).
    audit_writer: Option<DatabaseConnection>,
    /// The key the stored data keys are wrapped under; `rewrap_keys` replaces it, so this
    /// handle keeps opening (and auditing) the archive after a re-wrap.
    master: RwLock<Arc<MasterKey>>,
    index_root: PathBuf,
    keyrings: Mutex<HashMap<i64, Arc<Keyring>>>,
    /// Wrapped first keys this process created inside a caller's transaction and has not yet
    /// seen committed: a keyring holding one of them is not cached (`keys::keyring_within`).
    uncommitted_keys: Mutex<HashSet<Vec<u8>>>,
    indexes: Mutex<HashMap<i64, SearchIndex>>,
    /// Held while a tenant's index handle is opened (`keys::index`).
    index_opening: opening::TenantGates,
    writers: Mutex<HashMap<i64, Arc<indexer::TenantIndexer>>>,
    /// Held while a tenant's writer is started and caught up (`indexer::indexer`).
    writer_starting: opening::TenantGates,
    engines: Mutex<HashMap<i64, Arc<scan::TenantEngine>>>,
}

impl Archive {
    /// `index_root` holds one index directory per tenant (`index_root/<tenant id>`).
    pub fn new(db: DatabaseConnection, master: MasterKey, index_root: PathBuf) -> Self {
        Archive::build(db, None, master, index_root)
    }

    /// Like [`Archive::new`], with a connection of its own for the audit entries that
    /// [`Archive::audit_record`] commits by themselves (every archive read writes one before
    /// its content is shown). For SQLite, a pool of one: SQLite drops a connection's page cache
    /// whenever another connection has written, so entries written through the shared pool
    /// re-read the log's B-tree pages (≈ 30 of them) from the file each time, where one
    /// connection that only appends finds them cached (docs/BENCHMARKS.md, "Audit log").
    /// Appends waiting for it queue in the pool, which wakes them at once, instead of polling
    /// SQLite's busy handler.
    pub fn with_audit_writer(
        db: DatabaseConnection,
        audit_writer: DatabaseConnection,
        master: MasterKey,
        index_root: PathBuf,
    ) -> Self {
        Archive::build(db, Some(audit_writer), master, index_root)
    }

    fn build(
        db: DatabaseConnection,
        audit_writer: Option<DatabaseConnection>,
        master: MasterKey,
        index_root: PathBuf,
    ) -> Self {
        Archive {
            inner: Arc::new(Inner {
                db,
                audit_writer,
                master: RwLock::new(Arc::new(master)),
                index_root,
                keyrings: Mutex::new(HashMap::new()),
                uncommitted_keys: Mutex::new(HashSet::new()),
                indexes: Mutex::new(HashMap::new()),
                index_opening: opening::TenantGates::default(),
                writers: Mutex::new(HashMap::new()),
                writer_starting: opening::TenantGates::default(),
                engines: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// The master key's public fingerprint ([`MasterKey::fingerprint`]).
    pub fn master_key_fingerprint(&self) -> String {
        self.master().fingerprint()
    }

    /// The current master key (a re-wrap replaces it).
    pub(crate) fn master(&self) -> Arc<MasterKey> {
        self.inner
            .master
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub(crate) fn db(&self) -> &DatabaseConnection {
        &self.inner.db
    }

    /// The connection `audit_record` writes through.
    pub(crate) fn audit_writer(&self) -> &DatabaseConnection {
        self.inner.audit_writer.as_ref().unwrap_or(&self.inner.db)
    }
}

/// The time stored in `created_at` columns: microseconds, what PostgreSQL holds, so a row
/// reads back the same on both backends and survives `scrm db copy` exactly.
fn now() -> chrono::DateTime<chrono::Utc> {
    let now = chrono::Utc::now();
    chrono::DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now)
}

/// Locks a mutex, recovering the data if a panicking thread poisoned it (the maps only cache).
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs blocking work (tantivy, compiling rules, verifying pages) off the async executor.
pub(crate) async fn run_blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ArchiveError> + Send + 'static,
) -> Result<T, ArchiveError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|error| ArchiveError::Task(error.to_string()))?
}

/// Ids per `IN (…)` lookup: far below every backend's limit on bind parameters.
const LOOKUP_CHUNK: usize = 500;
