//! Purpose-bound subkeys, derived with HKDF-SHA256 so one key never serves two purposes.

use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::Zeroizing;

use super::data_key::DataKey;
use super::master_key::MasterKey;

pub const SUBKEY_LEN: usize = 32;

/// HKDF salt: fixes the derivation to this scheme, so the same input key used by another system
/// (or a later version of ours) yields unrelated subkeys.
const KDF_SALT: &[u8] = b"scrm.archive.kdf.v1";

/// Purposes this crate derives keys for. Each is used with exactly one key type.
pub(crate) const PURPOSE_DATA_KEY_WRAP: &str = "data-key-wrap";
pub(crate) const PURPOSE_MESSAGE_SEAL: &str = "message-seal";
pub const PURPOSE_INDEX_TERM: &str = "index-term";
pub const PURPOSE_AUDIT_TARGET: &str = "audit-target-tag";
/// Sealed export files (`export::sealed`): each file's key is derived from this subkey with a
/// random salt of its own, the tenant and the export id.
pub(crate) const PURPOSE_EXPORT_SEAL: &str = "export-seal";

/// 32 bytes derived for one purpose. Zeroized on drop; `Debug` hides the bytes.
pub struct SubKey {
    bytes: Zeroizing<[u8; SUBKEY_LEN]>,
}

impl std::fmt::Debug for SubKey {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("SubKey(..)")
    }
}

impl SubKey {
    /// The key bytes, to key a MAC or cipher. Do not store or log them.
    pub fn expose_secret(&self) -> &[u8; SUBKEY_LEN] {
        &self.bytes
    }
}

/// The key for keyed-hash (blind) search-index terms of one tenant: HMAC the normalised term
/// with it, so the index holds no plaintext terms and the same term differs across tenants.
///
/// It is derived from one data key: terms hashed under one data key version do not match
/// queries hashed under another, so the index must be keyed by a fixed version (or rebuilt
/// when that version changes).
#[derive(Debug)]
pub struct IndexTermKey(SubKey);

impl IndexTermKey {
    pub fn expose_secret(&self) -> &[u8; SUBKEY_LEN] {
        self.0.expose_secret()
    }
}

/// The index-term key of a tenant data key (`DataKey::derive_subkey(PURPOSE_INDEX_TERM)`).
pub fn index_term_key(data_key: &DataKey) -> IndexTermKey {
    IndexTermKey(data_key.derive_subkey(PURPOSE_INDEX_TERM))
}

/// The key for blind tags of audit targets of one tenant: HMAC a target id (a msgid, a global
/// id) with it, so "who read X" is an indexed equality lookup and the audit tables never hold X.
///
/// Like the index-term key it must not change on rotation (old tags would stop matching new
/// lookups), so it is derived from a fixed data key version (version 1, see `Archive`).
#[derive(Debug)]
pub struct AuditTargetKey(SubKey);

impl AuditTargetKey {
    pub fn expose_secret(&self) -> &[u8; SUBKEY_LEN] {
        self.0.expose_secret()
    }
}

/// The audit target key of a tenant data key (`DataKey::derive_subkey(PURPOSE_AUDIT_TARGET)`).
pub fn audit_target_key(data_key: &DataKey) -> AuditTargetKey {
    AuditTargetKey(data_key.derive_subkey(PURPOSE_AUDIT_TARGET))
}

/// HKDF-SHA256(salt = `KDF_SALT`, ikm = `input_key`, info = `purpose`), 32 bytes.
pub(crate) fn derive_subkey(input_key: &[u8; 32], purpose: &str) -> SubKey {
    let hkdf = Hkdf::<Sha256>::new(Some(KDF_SALT), input_key);
    let mut bytes = Zeroizing::new([0u8; SUBKEY_LEN]);
    // HKDF-SHA256 can expand up to 8160 bytes; 32 is always within that bound.
    #[allow(clippy::disallowed_methods)] // a constant length, not input
    hkdf.expand(purpose.as_bytes(), bytes.as_mut())
        .expect("32 bytes is within HKDF-SHA256's output limit");
    SubKey { bytes }
}

/// HKDF purpose of the master key's fingerprint (never used as a key).
const FINGERPRINT_PURPOSE: &str = "master-key-fingerprint";

impl MasterKey {
    /// A subkey of the master key for `purpose` (HKDF-SHA256).
    pub fn derive_subkey(&self, purpose: &str) -> SubKey {
        derive_subkey(self.expose(), purpose)
    }

    /// A public name for this key: 128 bits (hex) of an HKDF output for a purpose of its own,
    /// so it can be written beside a backup and compared before a restore writes anything. It
    /// reveals nothing of the key or of any subkey that is used as a key.
    pub fn fingerprint(&self) -> String {
        hex::encode(&self.derive_subkey(FINGERPRINT_PURPOSE).expose_secret()[..16])
    }
}

impl DataKey {
    /// A subkey of this data key for `purpose` (HKDF-SHA256).
    pub fn derive_subkey(&self, purpose: &str) -> SubKey {
        derive_subkey(self.expose(), purpose)
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn subkeys_differ_by_purpose_and_by_key() {
        let key = DataKey::generate();
        let other = DataKey::generate();
        let a = key.derive_subkey("a");
        assert_eq!(a.expose_secret(), key.derive_subkey("a").expose_secret());
        assert_ne!(a.expose_secret(), key.derive_subkey("b").expose_secret());
        assert_ne!(a.expose_secret(), other.derive_subkey("a").expose_secret());
        assert_ne!(a.expose_secret(), key.expose());
        assert_eq!(
            index_term_key(&key).expose_secret(),
            key.derive_subkey(PURPOSE_INDEX_TERM).expose_secret()
        );
        assert_eq!(
            audit_target_key(&key).expose_secret(),
            key.derive_subkey(PURPOSE_AUDIT_TARGET).expose_secret()
        );
        assert_ne!(
            audit_target_key(&key).expose_secret(),
            index_term_key(&key).expose_secret()
        );
    }

    #[test]
    fn the_master_key_fingerprint_is_stable_per_key_and_is_no_subkey() {
        let key = MasterKey::generate();
        let fingerprint = key.fingerprint();
        assert_eq!(fingerprint.len(), 32);
        assert_eq!(fingerprint, key.fingerprint());
        assert_ne!(fingerprint, MasterKey::generate().fingerprint());
        assert!(!hex::encode(key.expose()).contains(&fingerprint));
        assert!(
            !hex::encode(key.derive_subkey("data-key-wrap").expose_secret()).contains(&fingerprint)
        );
    }

    #[test]
    fn output_is_pinned() {
        // Computed independently (Python hmac/hashlib, RFC 5869). A change of salt, hash or
        // encoding would make every existing blind index unsearchable: it must be deliberate.
        let subkey = derive_subkey(&[0x0b; 32], PURPOSE_INDEX_TERM);
        let expected = "6ae56b0f79a50ba5c8a9ff011d2294211088fa37bd600e9034758d5e8a869a4d";
        let actual: String = subkey
            .expose_secret()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        assert_eq!(actual, expected);
    }

    #[test]
    fn debug_output_hides_the_key() {
        let key = DataKey::generate();
        assert_eq!(
            format!("{:?}", index_term_key(&key)),
            "IndexTermKey(SubKey(..))"
        );
    }
}
