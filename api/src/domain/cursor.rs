//! Opaque page cursors, bound to the tenant they were made in and authenticated.
//!
//! A cursor carries a position (a sort value and an id, or a search position). Clients must
//! hand back only what they were given: a cursor from another tenant, another list or made up
//! is refused the same way, so cursors can never be used to probe. The MAC key is derived from
//! the master key; rotating the master key invalidates outstanding cursors, which only means
//! a client starts paging again.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// HKDF purpose of the cursor MAC key (distinct from every archive purpose).
const PURPOSE: &str = "api-cursor-mac";
/// Bytes of HMAC-SHA256 kept: 128 bits is far beyond guessing over HTTP.
const TAG_LEN: usize = 16;

pub struct CursorKey(archive::crypto::SubKey);

impl CursorKey {
    pub fn derive(master: &archive::MasterKey) -> Self {
        CursorKey(master.derive_subkey(PURPOSE))
    }

    fn tag(&self, tenant_id: i64, payload: &[u8]) -> Hmac<Sha256> {
        // A key of any length is accepted by HMAC; 32 bytes always is.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.0.expose_secret())
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        mac.update(&tenant_id.to_be_bytes());
        mac.update(payload);
        mac
    }

    /// `payload ‖ tag`, base64url.
    pub fn seal(&self, tenant_id: i64, payload: &[u8]) -> String {
        let tag = self.tag(tenant_id, payload).finalize().into_bytes();
        let mut bytes = payload.to_vec();
        bytes.extend_from_slice(&tag[..TAG_LEN]);
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// The payload of a cursor this key sealed for `tenant_id`; `None` for anything else.
    pub fn open(&self, tenant_id: i64, cursor: &str) -> Option<Vec<u8>> {
        let mut bytes = URL_SAFE_NO_PAD.decode(cursor.trim()).ok()?;
        if bytes.len() < TAG_LEN {
            return None;
        }
        let tag = bytes.split_off(bytes.len() - TAG_LEN);
        self.tag(tenant_id, &bytes)
            .verify_truncated_left(&tag)
            .ok()?;
        Some(bytes)
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn cursors_open_only_in_their_tenant_and_unchanged() {
        let key = CursorKey::derive(&archive::MasterKey::generate());
        let cursor = key.seal(1, b"position");
        assert_eq!(key.open(1, &cursor).unwrap(), b"position");
        assert!(key.open(2, &cursor).is_none());
        let other = CursorKey::derive(&archive::MasterKey::generate());
        assert!(other.open(1, &cursor).is_none());
        let mut tampered = URL_SAFE_NO_PAD.decode(&cursor).unwrap();
        tampered[0] ^= 1;
        assert!(key.open(1, &URL_SAFE_NO_PAD.encode(tampered)).is_none());
    }

    proptest! {
        #[test]
        fn garbage_never_opens(text in "\\PC{0,60}") {
            let key = CursorKey::derive(&archive::MasterKey::generate());
            prop_assert!(key.open(1, &text).is_none());
        }

        #[test]
        fn any_payload_round_trips(payload in proptest::collection::vec(any::<u8>(), 0..64), tenant in any::<i64>()) {
            let key = CursorKey::derive(&archive::MasterKey::generate());
            prop_assert_eq!(key.open(tenant, &key.seal(tenant, &payload)), Some(payload));
        }
    }
}
