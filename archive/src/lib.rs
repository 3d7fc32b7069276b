//! The compliance archive as a library: ingest, encryption at rest, the hash chain,
//! the protected search index, risk scanning, the audit log and exports.
//!
//! Nothing in here knows about HTTP or GraphQL; `api` wraps it.

pub mod chain;
pub mod crypto;
mod error;
pub mod highlight;
pub mod index;
pub mod message;
pub mod normalize;
pub mod risk;
pub mod store;

pub use crypto::master_key::MasterKey;
pub use error::{ArchiveError, ArchiveErrorCode};
pub use message::{Message, MessageBody, MessageParseError};
pub use store::Archive;
