//! Access tokens, cached per (corp, secret).
//!
//! A token lives `expires_in` seconds (7,200 in production). Every app of a corp has its own
//! secret and therefore its own token; fetching a new one for every call would hit WeCom's
//! `gettoken` limit, and two tasks refreshing at once would each invalidate the other's. So one
//! slot per (corp, secret) holds the token, refreshing is single-flight under the slot's lock,
//! and a token is refreshed a margin before it expires.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

/// Which token: the corp id and a digest of the secret (the secret itself is not kept as a key).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct TokenKey {
    corp_id: String,
    secret_digest: [u8; 32],
}

impl TokenKey {
    pub(crate) fn new(corp_id: &str, secret: &SecretString) -> Self {
        TokenKey {
            corp_id: corp_id.to_owned(),
            secret_digest: Sha256::digest(secret.expose_secret().as_bytes()).into(),
        }
    }
}

#[derive(Clone)]
pub(crate) struct CachedToken {
    pub(crate) value: SecretString,
    refresh_after: Instant,
}

impl CachedToken {
    /// A token WeCom said lives `expires_in` seconds, fetched just now.
    pub(crate) fn fresh(value: SecretString, expires_in: Duration) -> Self {
        // Refresh a fifth of the lifetime early (at most five minutes): the token must not expire
        // between our check and WeCom's.
        let margin = (expires_in / 5).min(Duration::from_secs(300));
        CachedToken {
            value,
            refresh_after: Instant::now() + expires_in.saturating_sub(margin),
        }
    }

    fn is_usable(&self) -> bool {
        Instant::now() < self.refresh_after
    }
}

type Slot = Arc<tokio::sync::Mutex<Option<CachedToken>>>;

#[derive(Default)]
pub(crate) struct TokenCache {
    slots: Mutex<HashMap<TokenKey, Slot>>,
}

impl TokenCache {
    fn slot(&self, key: &TokenKey) -> Slot {
        let mut slots = match self.slots.lock() {
            Ok(slots) => slots,
            // A panic elsewhere while holding the map cannot leave it inconsistent: entries are
            // only ever inserted whole.
            Err(poisoned) => poisoned.into_inner(),
        };
        slots.entry(key.clone()).or_default().clone()
    }

    /// The cached token when still usable; otherwise `fetch` runs (once, however many tasks
    /// ask at the same time) and its token is cached.
    pub(crate) async fn get_or_fetch<F, Fut, E>(
        &self,
        key: &TokenKey,
        fetch: F,
    ) -> Result<SecretString, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<CachedToken, E>>,
    {
        let slot = self.slot(key);
        let mut cached = slot.lock().await;
        if let Some(token) = cached.as_ref().filter(|token| token.is_usable()) {
            return Ok(token.value.clone());
        }
        let token = fetch().await?;
        let value = token.value.clone();
        *cached = Some(token);
        Ok(value)
    }

    /// Forgets `stale` after WeCom called it invalid or expired, unless another task has
    /// already replaced it with a fresh one.
    pub(crate) async fn invalidate(&self, key: &TokenKey, stale: &SecretString) {
        let slot = self.slot(key);
        let mut cached = slot.lock().await;
        let is_stale = cached
            .as_ref()
            .is_some_and(|token| token.value.expose_secret() == stale.expose_secret());
        if is_stale {
            *cached = None;
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_usable_token_is_fetched_once_and_an_invalidated_one_again() {
        let cache = TokenCache::default();
        let key = TokenKey::new("corp", &SecretString::from("secret"));
        let fetches = std::sync::atomic::AtomicU32::new(0);
        let fetch = || async {
            let n = fetches.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Ok::<_, ()>(CachedToken::fresh(
                SecretString::from(format!("token-{n}")),
                Duration::from_secs(7200),
            ))
        };
        let first = cache.get_or_fetch(&key, fetch).await;
        let second = cache.get_or_fetch(&key, fetch).await;
        assert_eq!(fetches.load(std::sync::atomic::Ordering::SeqCst), 1);
        let (Ok(first), Ok(second)) = (first, second) else {
            panic!("fetch cannot fail here");
        };
        assert_eq!(first.expose_secret(), second.expose_secret());

        // Invalidating a token that was already replaced keeps the replacement.
        cache
            .invalidate(&key, &SecretString::from("token-unrelated"))
            .await;
        assert!(cache.get_or_fetch(&key, fetch).await.is_ok());
        assert_eq!(fetches.load(std::sync::atomic::Ordering::SeqCst), 1);

        cache.invalidate(&key, &first).await;
        let third = cache.get_or_fetch(&key, fetch).await;
        assert_eq!(fetches.load(std::sync::atomic::Ordering::SeqCst), 2);
        assert!(third.is_ok_and(|token| token.expose_secret() == "token-1"));
    }

    #[tokio::test]
    async fn a_token_near_its_end_is_refreshed() {
        let cache = TokenCache::default();
        let key = TokenKey::new("corp", &SecretString::from("secret"));
        let short = || async {
            Ok::<_, ()>(CachedToken::fresh(
                SecretString::from("short"),
                Duration::ZERO,
            ))
        };
        assert!(cache.get_or_fetch(&key, short).await.is_ok());
        let long = || async {
            Ok::<_, ()>(CachedToken::fresh(
                SecretString::from("long"),
                Duration::from_secs(7200),
            ))
        };
        let token = cache.get_or_fetch(&key, long).await;
        assert!(token.is_ok_and(|token| token.expose_secret() == "long"));
    }

    #[test]
    fn different_secrets_of_one_corp_have_different_slots() {
        let a = TokenKey::new("corp", &SecretString::from("contacts"));
        let b = TokenKey::new("corp", &SecretString::from("archive"));
        assert_ne!(a, b);
    }
}
