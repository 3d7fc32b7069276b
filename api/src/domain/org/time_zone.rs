//! A tenant's time zone: where its days begin and end. Reports over "1 to 30 November" count
//! from local midnight on the 1st to local midnight after the 30th, whatever the server's zone.

use std::ops::Range;

use chrono::{DateTime, Days, NaiveDate, NaiveTime, TimeZone as _, Utc};
use chrono_tz::Tz;

use crate::error::{ErrorCode, FieldError};

/// An IANA time zone the server knows (e.g. `Asia/Shanghai`, `Europe/London`, `UTC`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenantTimeZone(Tz);

impl Default for TenantTimeZone {
    /// Most tenants are in mainland China.
    fn default() -> Self {
        TenantTimeZone(chrono_tz::Asia::Shanghai)
    }
}

impl TenantTimeZone {
    /// Parses an IANA name, exactly as the tz database spells it.
    pub fn parse(field: &[&str], raw: &str) -> Result<TenantTimeZone, FieldError> {
        let name = raw.trim();
        name.parse::<Tz>().map(TenantTimeZone).map_err(|_| {
            FieldError::new(
                field,
                ErrorCode::BadUserInput,
                format!(
                    "unknown time zone {name:?}: use an IANA name such as Asia/Shanghai, \
                     Asia/Hong_Kong or UTC"
                ),
            )
        })
    }

    /// The zone stored with a tenant. A name the tz database no longer knows is an error,
    /// never silently another zone: every date range would shift.
    pub fn stored(name: &str) -> Result<TenantTimeZone, crate::error::ApiError> {
        name.parse::<Tz>().map(TenantTimeZone).map_err(|_| {
            crate::error::ApiError::Internal(format!(
                "the tenant's stored time zone {name:?} is unknown to this server's tz database"
            ))
        })
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// The zone itself, to show an instant as the tenant's wall time (exports).
    pub fn tz(self) -> Tz {
        self.0
    }

    /// The first instant of `date` in this zone: local midnight, or, where a daylight-saving
    /// change skips midnight, the first local time that exists that day (and where a zone
    /// skipped the whole day, as Samoa did on 30 December 2011, the start of the next: the
    /// skipped day is empty).
    pub fn day_start(self, date: NaiveDate) -> DateTime<Utc> {
        let mut local = date.and_time(NaiveTime::MIN);
        // Step by 15 minutes (the finest offsets in use) through at most two days.
        for _ in 0..(2 * 24 * 4) {
            if let Some(instant) = self.0.from_local_datetime(&local).earliest() {
                return instant.with_timezone(&Utc);
            }
            local += chrono::Duration::minutes(15);
        }
        // No zone skips two days; if one ever did, UTC midnight is a fair bound.
        date.and_time(NaiveTime::MIN).and_utc()
    }

    /// The instants of the local days `from` to `to`, both included: `[start of from, start of
    /// the day after to)`. `None` when `to` is before `from` or past the calendar's end.
    pub fn days(self, from: NaiveDate, to: NaiveDate) -> Option<Range<DateTime<Utc>>> {
        if to < from {
            return None;
        }
        let after = to.checked_add_days(Days::new(1))?;
        Some(self.day_start(from)..self.day_start(after))
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_shanghai_day_starts_at_sixteen_hundred_utc_the_day_before() {
        let zone = TenantTimeZone::default();
        assert_eq!(zone.name(), "Asia/Shanghai");
        let days = zone.days(date("2026-11-01"), date("2026-11-30")).unwrap();
        assert_eq!(days.start.to_rfc3339(), "2026-10-31T16:00:00+00:00");
        assert_eq!(days.end.to_rfc3339(), "2026-11-30T16:00:00+00:00");
    }

    #[test]
    fn daylight_saving_days_have_their_real_length() {
        let london = TenantTimeZone::parse(&["timeZone"], "Europe/London").unwrap();
        // The clocks went back on 25 October 2026: that day has 25 hours.
        let day = london.days(date("2026-10-25"), date("2026-10-25")).unwrap();
        assert_eq!((day.end - day.start).num_hours(), 25);
        // Santiago skips midnight when its summer time starts (6 September 2026).
        let santiago = TenantTimeZone::parse(&["timeZone"], "America/Santiago").unwrap();
        let day = santiago
            .days(date("2026-09-06"), date("2026-09-06"))
            .unwrap();
        assert_eq!((day.end - day.start).num_hours(), 23);
        // Samoa skipped 30 December 2011 when it crossed the date line.
        let apia = TenantTimeZone::parse(&["timeZone"], "Pacific/Apia").unwrap();
        let day = apia.days(date("2011-12-30"), date("2011-12-30")).unwrap();
        assert_eq!(day.start, day.end);
    }

    #[test]
    fn unknown_names_and_reversed_ranges_are_refused() {
        let error = TenantTimeZone::parse(&["input", "timeZone"], "Beijing").unwrap_err();
        assert_eq!(error.field, ["input", "timeZone"]);
        assert!(error.message.contains("Asia/Shanghai"), "{}", error.message);
        assert!(TenantTimeZone::parse(&["tz"], "").is_err());
        let zone = TenantTimeZone::default();
        assert!(zone.days(date("2026-11-02"), date("2026-11-01")).is_none());
        assert!(zone.days(NaiveDate::MAX, NaiveDate::MAX).is_none());
    }

    proptest! {
        /// Every zone, every date: a day is a non-empty range that ends where the next begins.
        #[test]
        fn days_tile_the_timeline(zone in 0..chrono_tz::TZ_VARIANTS.len(), day in 0i64..40_000) {
            let zone = TenantTimeZone(chrono_tz::TZ_VARIANTS[zone]);
            let from = date("1970-01-01") + chrono::Duration::days(day);
            let today = zone.days(from, from).unwrap();
            let next = from.succ_opt().unwrap();
            let tomorrow = zone.days(next, next).unwrap();
            prop_assert!(today.start <= today.end);
            prop_assert_eq!(today.end, tomorrow.start);
            prop_assert!((today.end - today.start).num_hours() <= 26);
        }
    }
}
