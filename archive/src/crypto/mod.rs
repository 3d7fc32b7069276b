//! Key hierarchy and authenticated encryption of archive content.
//!
//! `MasterKey` (a file, later a KMS) wraps each tenant's versioned `DataKey`s
//! (`WrappedDataKey`, stored). A tenant's unwrapped keys form a `Keyring`; `seal` encrypts under
//! its current key (compressing messages first with the tenant's dictionary, `dictionary`) and
//! `open` under whichever version and dictionary a blob names; `seal_note`/`open_note` do
//! the same for notes about archive content, and `seal_audit`/`open_audit` for audit entries,
//! each under their own domain. Subkeys for other purposes
//! (the search index's keyed-hash terms) are derived with HKDF-SHA256.

mod data_key;
pub mod dictionary;
pub(crate) mod framing;
pub(crate) mod kdf;
mod keyring;
pub mod master_key;
mod seal;

pub use data_key::{DATA_KEY_LEN, DataKey, WrappedDataKey};
pub use dictionary::{Dictionary, DictionaryId};
pub use kdf::{
    AuditTargetKey, IndexTermKey, PURPOSE_AUDIT_TARGET, PURPOSE_INDEX_TERM, SUBKEY_LEN, SubKey,
    audit_target_key, index_term_key,
};
pub use keyring::Keyring;
pub use seal::{
    SEAL_OVERHEAD, keyring_opens, open, open_audit, open_note, seal, seal_audit, seal_message,
    seal_note, sealed_key_version,
};
pub(crate) use seal::{open_dictionary, seal_dictionary};

/// A data key's version: 1 for a tenant's first key, +1 per rotation.
pub type KeyVersion = u32;

/// AES-GCM's standard 96-bit nonce.
const NONCE_LEN: usize = 12;
