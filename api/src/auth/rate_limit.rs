//! Sliding-window limits on login attempts, per account (failures only) and per client IP.
//!
//! In-process state: with several `scrm serve` behind a load balancer each instance limits on
//! its own, which still bounds guessing to N × the limit.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct SlidingWindowLimiter {
    max_events: u32,
    window: Duration,
    events: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl SlidingWindowLimiter {
    pub fn new(max_events: u32, window: Duration) -> Self {
        SlidingWindowLimiter {
            max_events,
            window,
            events: Mutex::new(HashMap::new()),
        }
    }

    /// `Err(retry_after)` when `key` already used up its window.
    pub fn check(&self, key: &str) -> Result<(), Duration> {
        self.check_at(key, Instant::now())
    }

    /// [`Self::check`] at `now` (tests give the time instead of sleeping).
    fn check_at(&self, key: &str, now: Instant) -> Result<(), Duration> {
        let mut events = self
            .events
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let Some(recent) = events.get_mut(key) else {
            return Ok(());
        };
        self.forget_expired(recent, now);
        if recent.len() < self.max_events as usize {
            return Ok(());
        }
        let oldest = recent.front().copied().unwrap_or(now);
        Err(self.window.saturating_sub(now.duration_since(oldest)))
    }

    pub fn record(&self, key: &str) {
        self.record_at(key, Instant::now());
    }

    fn record_at(&self, key: &str, now: Instant) {
        let mut events = self
            .events
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if events.len() > 100_000 {
            // Bound memory under a spray of distinct keys: drop keys whose window has passed.
            let window = self.window;
            events.retain(|_, recent| {
                recent
                    .back()
                    .is_some_and(|last| now.duration_since(*last) < window)
            });
        }
        let recent = events.entry(key.to_string()).or_default();
        self.forget_expired(recent, now);
        recent.push_back(now);
    }

    pub fn clear(&self, key: &str) {
        let mut events = self
            .events
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        events.remove(key);
    }

    fn forget_expired(&self, recent: &mut VecDeque<Instant>, now: Instant) {
        while recent
            .front()
            .is_some_and(|first| now.duration_since(*first) >= self.window)
        {
            recent.pop_front();
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_the_limit_and_per_key() {
        let limiter = SlidingWindowLimiter::new(2, Duration::from_secs(60));
        limiter.record("a");
        assert!(limiter.check("a").is_ok());
        limiter.record("a");
        let retry_after = limiter.check("a").unwrap_err();
        assert!(retry_after <= Duration::from_secs(60) && retry_after > Duration::from_secs(50));
        assert!(limiter.check("b").is_ok());
        limiter.clear("a");
        assert!(limiter.check("a").is_ok());
    }

    #[test]
    fn forgets_events_after_the_window() {
        let limiter = SlidingWindowLimiter::new(1, Duration::from_secs(60));
        let start = Instant::now();
        limiter.record_at("a", start);
        assert_eq!(
            limiter.check_at("a", start + Duration::from_secs(59)),
            Err(Duration::from_secs(1))
        );
        assert!(
            limiter
                .check_at("a", start + Duration::from_secs(60))
                .is_ok()
        );
    }
}
