//! The time the domain goes by. The server reads the system clock; tests that walk through a
//! week of caps, quiet hours and schedules set the time themselves (`Settings::clock`), so that
//! what is decided "now" (a send slot, a rule due) is decided at the moment the test says.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, Utc};

/// The system clock, or a manual one shared by everyone holding a clone.
#[derive(Debug, Clone, Default)]
pub struct Clock(Option<Arc<AtomicI64>>);

impl Clock {
    pub fn system() -> Self {
        Clock(None)
    }

    /// A clock that stays at `at` until [`Clock::set`] or [`Clock::advance`] moves it.
    pub fn manual(at: DateTime<Utc>) -> Self {
        Clock(Some(Arc::new(AtomicI64::new(at.timestamp_micros()))))
    }

    /// Now, to the microsecond (what the database keeps).
    pub fn now(&self) -> DateTime<Utc> {
        match &self.0 {
            None => super::now(),
            Some(micros) => DateTime::from_timestamp_micros(micros.load(Ordering::SeqCst))
                .unwrap_or_else(super::now),
        }
    }

    /// Sets a manual clock (a system clock ignores it).
    pub fn set(&self, at: DateTime<Utc>) {
        if let Some(micros) = &self.0 {
            micros.store(at.timestamp_micros(), Ordering::SeqCst);
        }
    }

    /// Moves a manual clock on by `by`.
    pub fn advance(&self, by: chrono::Duration) {
        if let Some(micros) = &self.0 {
            let step = by.num_microseconds().unwrap_or(i64::MAX);
            micros.fetch_add(step, Ordering::SeqCst);
        }
    }

    pub fn is_manual(&self) -> bool {
        self.0.is_some()
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told_and_clones_share_it() {
        let start = DateTime::parse_from_rfc3339("2026-12-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let clock = Clock::manual(start);
        let shared = clock.clone();
        assert_eq!(clock.now(), start);
        shared.advance(chrono::Duration::hours(25));
        assert_eq!(clock.now(), start + chrono::Duration::hours(25));
        clock.set(start);
        assert_eq!(shared.now(), start);
        assert!(!Clock::system().is_manual());
    }
}
