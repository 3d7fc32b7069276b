//! Blind tags of audit targets: "who read message X" without storing X.
//!
//! `tag = HMAC-SHA256(audit target key, target id)[..16]`. The key is the tenant's
//! `crypto::audit_target_key` of data-key version 1 (like the search index key): rotating the
//! data key must not change it, or entries tagged before a rotation would no longer match a
//! lookup made after. 128 bits keep accidental collisions out of reach for any number of
//! targets. A tag reveals equality only: which entries touched the same target, and how often a
//! target was touched; not which target.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::crypto::AuditTargetKey;

/// Bytes of the HMAC kept per tag.
pub const TARGET_TAG_LEN: usize = 16;

pub type TargetTag = [u8; TARGET_TAG_LEN];

/// Computes blind tags under one tenant's key.
#[derive(Clone)]
pub(crate) struct TargetTagger {
    keyed: Hmac<Sha256>,
}

impl TargetTagger {
    pub(crate) fn new(key: &AuditTargetKey) -> TargetTagger {
        TargetTagger {
            keyed: <Hmac<Sha256> as Mac>::new_from_slice(key.expose_secret())
                .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length")),
        }
    }

    pub(crate) fn tag(&self, target: &str) -> TargetTag {
        let mut mac = self.keyed.clone();
        mac.update(target.as_bytes());
        let digest: [u8; 32] = mac.finalize().into_bytes().into();
        let mut tag = [0u8; TARGET_TAG_LEN];
        tag.copy_from_slice(&digest[..TARGET_TAG_LEN]);
        tag
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use crate::crypto::{DataKey, audit_target_key};

    #[test]
    fn tags_are_keyed_and_deterministic() {
        let key = DataKey::generate();
        let tagger = TargetTagger::new(&audit_target_key(&key));
        let other = TargetTagger::new(&audit_target_key(&DataKey::generate()));
        assert_eq!(tagger.tag("msg-1"), tagger.tag("msg-1"));
        assert_ne!(tagger.tag("msg-1"), tagger.tag("msg-2"));
        assert_ne!(tagger.tag("msg-1"), other.tag("msg-1"));
    }
}
