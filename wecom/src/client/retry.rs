use std::time::Duration;

use rand::Rng;

/// How hard the client tries before it gives up, per call.
///
/// WeCom answers `-1` ("system busy") now and then, and `45009` / `45033` when an app calls too
/// often; both pass. Waiting doubles each time (capped), and frequency errors add jitter so that
/// a tenant's parallel calls do not come back in lockstep and trip the limit again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after `-1` (busy) or an HTTP 5xx before the call fails.
    pub busy_retries: u32,
    /// Retries after `45009` / `45033` before the call fails with `RATE_LIMITED`.
    pub rate_limit_retries: u32,
    /// The first wait; each further wait doubles.
    pub base_delay: Duration,
    /// No single wait is longer than this.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            busy_retries: 3,
            rate_limit_retries: 5,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(10),
        }
    }
}

impl RetryPolicy {
    /// The wait before retry number `attempt` (0-based) after a busy answer.
    pub fn busy_delay(&self, attempt: u32) -> Duration {
        let factor = 1u32.checked_shl(attempt.min(16)).unwrap_or(u32::MAX);
        self.base_delay.saturating_mul(factor).min(self.max_delay)
    }

    /// The wait before retry number `attempt` after a frequency error: the busy wait plus up to
    /// half of it again, at random.
    pub fn rate_limit_delay(&self, attempt: u32) -> Duration {
        let wait = self.busy_delay(attempt);
        let jitter_ms = u64::try_from(wait.as_millis() / 2).unwrap_or(u64::MAX);
        let jitter = rand::rng().random_range(0..=jitter_ms);
        wait + Duration::from_millis(jitter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_and_stop_at_the_cap() {
        let policy = RetryPolicy {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(700),
            ..RetryPolicy::default()
        };
        let waits: Vec<u128> = (0..5).map(|n| policy.busy_delay(n).as_millis()).collect();
        assert_eq!(waits, vec![100, 200, 400, 700, 700]);
        assert_eq!(policy.busy_delay(u32::MAX).as_millis(), 700);
    }

    #[test]
    fn frequency_waits_add_at_most_half_again() {
        let policy = RetryPolicy {
            base_delay: Duration::from_millis(100),
            ..RetryPolicy::default()
        };
        for _ in 0..200 {
            let wait = policy.rate_limit_delay(1).as_millis();
            assert!((200..=300).contains(&wait), "{wait}");
        }
    }
}
