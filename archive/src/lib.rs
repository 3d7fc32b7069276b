//! The compliance archive as a library: the WeCom message model, encryption at rest (key
//! hierarchy, AES-256-GCM), the hash chain, the protected search index with its text
//! normalisation, risk scanning, storage on a database (`store`: ingest, reads, verify, keys,
//! rules, sealed notes), the audit log (`audit`), sealed export files and their signed
//! manifests (`export`), the import pipeline (`import`), purges past retention with their signed
//! tombstones (`purge`), search highlights and customers' unsubscribe replies (`opt_out`).
//!
//! Nothing in here knows about HTTP or GraphQL; `api` wraps it and decides who may do what.
//! Nor does it print: what it reads is archive content, which must never reach a log, so a
//! debugging print left in by mistake fails the build.

#![deny(clippy::print_stdout, clippy::print_stderr, clippy::dbg_macro)]

pub mod audit;
pub mod chain;
pub mod checkpoint;
pub mod crypto;
mod error;
pub mod export;
pub mod highlight;
pub mod import;
pub mod index;
pub mod message;
pub mod normalize;
pub mod opt_out;
pub mod pull;
pub mod purge;
pub mod risk;
pub mod store;

pub use checkpoint::{Chain, Checkpoint, CheckpointFinding, CheckpointSigner};
pub use crypto::master_key::MasterKey;
pub use error::{ArchiveError, ArchiveErrorCode};
pub use message::{Message, MessageBody, MessageParseError};
pub use store::Archive;
