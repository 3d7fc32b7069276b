//! Exports handed to people outside the system: the sealed file an export is kept in while it
//! waits to be downloaded (`sealed`), and the signed manifest that lets anyone holding the
//! installation's public key check a downloaded file (`manifest`).
//!
//! The table formats themselves (CSV, XLSX) are written by the API (`domain::compliance::export`),
//! which knows columns and time zones; this crate only sees bytes.

pub mod manifest;
pub mod sealed;

pub use manifest::{
    ExportFormat, ExportKind, ExportManifest, MANIFEST_VERSION, ManifestError, VerifiedExport,
    canonical_json, public_key_fingerprint, verify_manifest,
};
pub use sealed::{
    DEFAULT_CHUNK_SIZE, SealedCheckpoint, SealedExportReader, SealedExportWriter, SealedSummary,
};

mod files;
