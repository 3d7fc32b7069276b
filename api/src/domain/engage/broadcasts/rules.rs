//! The anti-harassment rules as pure functions of the policy, the clock and a customer's
//! counted messages: used alike by the preview and by the send's reservation, so that a
//! preview made now says exactly what a send made now would do.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Timelike, Utc};

use crate::domain::org::time_zone::TenantTimeZone;

/// A tenant's rules, validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Mass messages a customer receives at most per tenant-local day.
    pub per_customer_daily: u32,
    /// … and in any seven consecutive local days (today and the six before).
    pub per_customer_weekly: u32,
    /// Quiet hours, as minutes after local midnight; equal: none. They may wrap midnight.
    pub quiet_start_minute: u32,
    pub quiet_end_minute: u32,
    pub opt_out_tag_id: Option<i64>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            per_customer_daily: 1,
            per_customer_weekly: 4,
            quiet_start_minute: 21 * 60,
            quiet_end_minute: 8 * 60,
            opt_out_tag_id: None,
        }
    }
}

/// Why a customer of the audience is left out, in the order the reasons are checked (a
/// customer is counted under the first that applies).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Exclusion {
    /// Carries the tenant's opt-out tag.
    OptedOut,
    /// Replied `TD` / `退订` in an archived conversation (`archive::opt_out`).
    RepliedUnsubscribe,
    /// Has had the day's mass messages already.
    DailyCap,
    /// Has had the week's mass messages already.
    WeeklyCap,
}

impl Exclusion {
    pub const ALL: [Exclusion; 4] = [
        Exclusion::OptedOut,
        Exclusion::RepliedUnsubscribe,
        Exclusion::DailyCap,
        Exclusion::WeeklyCap,
    ];

    /// As stored on the recipient row and shown in GraphQL.
    pub fn code(self) -> &'static str {
        match self {
            Exclusion::OptedOut => "OPTED_OUT",
            Exclusion::RepliedUnsubscribe => "REPLIED_UNSUBSCRIBE",
            Exclusion::DailyCap => "DAILY_CAP",
            Exclusion::WeeklyCap => "WEEKLY_CAP",
        }
    }

    pub fn from_code(code: &str) -> Option<Exclusion> {
        Exclusion::ALL
            .into_iter()
            .find(|reason| reason.code() == code)
    }
}

/// The first day of the seven-day window that ends on `today`.
pub fn week_start(today: NaiveDate) -> NaiveDate {
    today - Duration::days(6)
}

/// How a customer stands towards mass messages, whatever their counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Consent {
    /// Carries the tenant's opt-out tag.
    pub opt_out_tagged: bool,
    /// Replied `TD` / `退订` in the archive.
    pub replied_unsubscribe: bool,
}

/// Whether a customer with `today_count` messages today and `week_count` in the window may
/// receive one more, or why not.
pub fn exclusion(
    rules: &Rules,
    consent: Consent,
    today_count: u32,
    week_count: u32,
) -> Option<Exclusion> {
    if consent.opt_out_tagged {
        return Some(Exclusion::OptedOut);
    }
    if consent.replied_unsubscribe {
        return Some(Exclusion::RepliedUnsubscribe);
    }
    if today_count >= rules.per_customer_daily {
        return Some(Exclusion::DailyCap);
    }
    if week_count >= rules.per_customer_weekly {
        return Some(Exclusion::WeeklyCap);
    }
    None
}

fn minute_of(zone: TenantTimeZone, at: DateTime<Utc>) -> u32 {
    let local = at.with_timezone(&zone.tz());
    local.hour() * 60 + local.minute()
}

/// Whether `at` falls in the quiet hours (start inclusive, end exclusive).
pub fn is_quiet(rules: &Rules, zone: TenantTimeZone, at: DateTime<Utc>) -> bool {
    let (start, end) = (rules.quiet_start_minute, rules.quiet_end_minute);
    if start == end {
        return false;
    }
    let minute = minute_of(zone, at);
    if start < end {
        (start..end).contains(&minute)
    } else {
        minute >= start || minute < end
    }
}

/// The first moment at or after `at` outside the quiet hours: `at` itself, or the end of the
/// quiet hours (the next allowed minute, in the tenant's zone).
pub fn next_allowed(rules: &Rules, zone: TenantTimeZone, at: DateTime<Utc>) -> DateTime<Utc> {
    if !is_quiet(rules, zone, at) {
        return at;
    }
    let local = at.with_timezone(&zone.tz());
    let end = NaiveTime::from_num_seconds_from_midnight_opt(rules.quiet_end_minute * 60, 0)
        .unwrap_or(NaiveTime::MIN);
    // The end is today if it is still ahead, else tomorrow.
    let mut day = local.date_naive();
    if local.time() >= end {
        day = day.succ_opt().unwrap_or(day);
    }
    let candidate = zone.day_start(day) + Duration::minutes(i64::from(rules.quiet_end_minute));
    if candidate > at { candidate } else { at }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn caps_count_in_order_opt_out_then_day_then_week() {
        let rules = Rules::default();
        let free = Consent::default();
        let tagged = Consent {
            opt_out_tagged: true,
            replied_unsubscribe: true,
        };
        let replied = Consent {
            replied_unsubscribe: true,
            ..free
        };
        assert_eq!(exclusion(&rules, tagged, 0, 0), Some(Exclusion::OptedOut));
        assert_eq!(
            exclusion(&rules, replied, 1, 4),
            Some(Exclusion::RepliedUnsubscribe)
        );
        assert_eq!(exclusion(&rules, free, 1, 1), Some(Exclusion::DailyCap));
        assert_eq!(exclusion(&rules, free, 0, 4), Some(Exclusion::WeeklyCap));
        assert_eq!(exclusion(&rules, free, 0, 3), None);
    }

    #[test]
    fn quiet_hours_wrap_midnight_in_the_tenants_zone() {
        let rules = Rules::default();
        let zone = TenantTimeZone::default();
        // 12:59 UTC = 20:59 Shanghai: allowed; 13:00 UTC = 21:00: quiet; 23:59 UTC = 07:59: quiet.
        assert!(!is_quiet(&rules, zone, at("2026-12-01T12:59:00Z")));
        assert!(is_quiet(&rules, zone, at("2026-12-01T13:00:00Z")));
        assert!(is_quiet(&rules, zone, at("2026-12-01T23:59:00Z")));
        assert!(!is_quiet(&rules, zone, at("2026-12-02T00:00:00Z")));
        // Due at 22:30 local: waits until 08:00 local the next morning (00:00 UTC).
        assert_eq!(
            next_allowed(&rules, zone, at("2026-12-01T14:30:00Z")),
            at("2026-12-02T00:00:00Z")
        );
        // Due at 03:00 local: waits until 08:00 the same morning.
        assert_eq!(
            next_allowed(&rules, zone, at("2026-12-01T19:00:00Z")),
            at("2026-12-02T00:00:00Z")
        );
        let none = Rules {
            quiet_start_minute: 600,
            quiet_end_minute: 600,
            ..rules
        };
        assert!(!is_quiet(&none, zone, at("2026-12-01T02:00:00Z")));
    }

    proptest! {
        #[test]
        fn the_next_allowed_moment_is_never_quiet_and_never_earlier(
            seconds in 1_700_000_000i64..1_900_000_000,
            start in 0u32..1440,
            end in 0u32..1440,
        ) {
            let rules = Rules { quiet_start_minute: start, quiet_end_minute: end, ..Rules::default() };
            let zone = TenantTimeZone::default();
            let at = DateTime::from_timestamp(seconds, 0).unwrap();
            let next = next_allowed(&rules, zone, at);
            prop_assert!(next >= at);
            prop_assert!(!is_quiet(&rules, zone, next));
            prop_assert!(next - at <= Duration::hours(24));
        }
    }
}
