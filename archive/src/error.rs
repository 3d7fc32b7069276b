use std::path::PathBuf;

/// Stable, coarse codes that callers map onto their own error vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveErrorCode {
    /// The caller handed us something malformed.
    InvalidInput,
    /// Key material is missing, unreadable or does not fit.
    KeyUnavailable,
    /// Data failed authentication: tampered, moved or opened with the wrong key.
    IntegrityViolation,
    /// Another writer got there first (e.g. two imports of one tenant at once); retry.
    Conflict,
    /// The filesystem or another dependency failed.
    Internal,
}

/// Errors of the archive crate.
///
/// Messages never carry key material or message content: they end up in logs.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("master key file {path} is unusable: {reason}")]
    MasterKeyUnusable { path: PathBuf, reason: String },
    #[error("signing key file {path} is unusable: {reason}")]
    SigningKeyUnusable { path: PathBuf, reason: String },
    #[error(transparent)]
    Checkpoint(#[from] crate::checkpoint::CheckpointFinding),
    #[error("i/o error on {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// I/O on a stream that has no path of its own (a sealed export being written or read).
    #[error("i/o error while {operation}: {source}")]
    Stream {
        operation: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid export: {reason}")]
    InvalidExport { reason: &'static str },
    #[error(transparent)]
    Manifest(#[from] crate::export::ManifestError),
    #[error(
        "integrity check failed for {what}: it was altered, moved, or opened with the wrong key"
    )]
    IntegrityViolation { what: &'static str },
    #[error("{what} is malformed: {reason}")]
    MalformedCiphertext {
        what: &'static str,
        reason: &'static str,
    },
    #[error("the keyring holds no data key")]
    KeyringEmpty,
    #[error(
        "the tenant's data keys are missing while sealed records remain: restore the archive_key rows from a backup (a new key would open none of them)"
    )]
    DataKeysMissing,
    #[error("data key version {version} is not in the keyring")]
    DataKeyVersionMissing { version: u32 },
    #[error(
        "compression dictionary {id} is not in the keyring: reload it, or restore its archive_dictionary row from a backup"
    )]
    DictionaryMissing { id: u32 },
    #[error("compression dictionary {id} is already in the keyring")]
    DuplicateDictionary { id: u32 },
    #[error("compression failed for {what}")]
    CompressionFailed { what: &'static str },
    #[error("invalid data key version {version}: versions start at 1")]
    InvalidKeyVersion { version: u32 },
    #[error("data key version {version} is already in the keyring")]
    DuplicateKeyVersion { version: u32 },
    #[error("cannot encrypt {what}: it is too large")]
    EncryptionFailed { what: &'static str },
    #[error("invalid archive message: {0}")]
    InvalidMessage(#[from] crate::message::MessageParseError),
    #[error(transparent)]
    ChainBroken(#[from] crate::chain::ChainBreak),
    #[error("search index key is unusable for {path}: {reason}")]
    SearchIndexKey { path: PathBuf, reason: &'static str },
    #[error("search index failed to {operation}: {source}")]
    SearchIndex {
        operation: &'static str,
        #[source]
        source: tantivy::TantivyError,
    },
    #[error("invalid search: {reason}")]
    InvalidSearch { reason: &'static str },
    #[error("archive database error: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error(
        "another import is writing to this tenant's archive; wait for it to finish, then retry"
    )]
    ConcurrentWriter,
    #[error("invalid audit record: {reason}")]
    InvalidAuditRecord { reason: &'static str },
    #[error("background task failed: {0}")]
    Task(String),
    #[error(transparent)]
    InvalidRiskRules(#[from] crate::risk::RiskRulesError),
}

impl ArchiveError {
    pub fn code(&self) -> ArchiveErrorCode {
        match self {
            ArchiveError::MasterKeyUnusable { .. } | ArchiveError::SigningKeyUnusable { .. } => {
                ArchiveErrorCode::KeyUnavailable
            }
            ArchiveError::Checkpoint(_) => ArchiveErrorCode::IntegrityViolation,
            ArchiveError::Io { .. } | ArchiveError::Stream { .. } => ArchiveErrorCode::Internal,
            ArchiveError::Manifest(error) => error.code(),
            ArchiveError::InvalidExport { .. } => ArchiveErrorCode::InvalidInput,
            ArchiveError::IntegrityViolation { .. }
            | ArchiveError::MalformedCiphertext { .. }
            | ArchiveError::ChainBroken(_) => ArchiveErrorCode::IntegrityViolation,
            ArchiveError::KeyringEmpty
            | ArchiveError::DataKeysMissing
            | ArchiveError::DataKeyVersionMissing { .. }
            | ArchiveError::DictionaryMissing { .. } => ArchiveErrorCode::KeyUnavailable,
            ArchiveError::InvalidKeyVersion { .. }
            | ArchiveError::DuplicateKeyVersion { .. }
            | ArchiveError::DuplicateDictionary { .. }
            | ArchiveError::EncryptionFailed { .. }
            | ArchiveError::InvalidMessage(_) => ArchiveErrorCode::InvalidInput,
            ArchiveError::SearchIndexKey { .. } => ArchiveErrorCode::KeyUnavailable,
            ArchiveError::SearchIndex { .. } => ArchiveErrorCode::Internal,
            ArchiveError::InvalidSearch { .. } | ArchiveError::InvalidAuditRecord { .. } => {
                ArchiveErrorCode::InvalidInput
            }
            ArchiveError::Database(_)
            | ArchiveError::Task(_)
            | ArchiveError::CompressionFailed { .. } => ArchiveErrorCode::Internal,
            ArchiveError::ConcurrentWriter => ArchiveErrorCode::Conflict,
            ArchiveError::InvalidRiskRules(_) => ArchiveErrorCode::InvalidInput,
        }
    }
}
