//! The periods of a dashboard: calendar days, weeks (Monday to Sunday) or months of the
//! tenant's time zone, cut to the asked range. Each period is a half-open range of instants,
//! so an event at 23:59:59 Beijing time on the 1st is the 1st's, and one at 00:00:00 the 2nd's,
//! whatever the server's or the database's zone.

use std::ops::Range;

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};

use crate::domain::org::time_zone::TenantTimeZone;

/// How a dashboard's range is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodGrouping {
    Day,
    /// ISO weeks: Monday to Sunday.
    Week,
    Month,
}

/// Most periods one dashboard has: a little over three years by day.
pub const MAX_PERIODS: usize = 1_100;

/// One period: its first and last local day (both included) and its instants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub instants: Range<DateTime<Utc>>,
}

/// Why a range cannot be cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodError {
    /// `to` is before `from`.
    Backwards,
    /// More than [`MAX_PERIODS`] periods.
    TooMany,
}

/// The first day of the period after the one holding `day`.
fn next_start(day: NaiveDate, grouping: PeriodGrouping) -> Option<NaiveDate> {
    match grouping {
        PeriodGrouping::Day => day.checked_add_days(Days::new(1)),
        PeriodGrouping::Week => {
            let to_monday = 7 - u64::from(day.weekday().num_days_from_monday());
            day.checked_add_days(Days::new(to_monday))
        }
        PeriodGrouping::Month => day
            .with_day(1)
            .and_then(|first| first.checked_add_months(Months::new(1))),
    }
}

/// The periods of `[from, to]` (local days, both included), in order; the first and last are
/// cut to the range (a week from a Wednesday starts on that Wednesday).
pub fn periods(
    zone: TenantTimeZone,
    from: NaiveDate,
    to: NaiveDate,
    grouping: PeriodGrouping,
) -> Result<Vec<Period>, PeriodError> {
    if to < from {
        return Err(PeriodError::Backwards);
    }
    let mut periods = Vec::new();
    let mut first_day = from;
    loop {
        if periods.len() == MAX_PERIODS {
            return Err(PeriodError::TooMany);
        }
        let next = next_start(first_day, grouping);
        let last_day = match next.and_then(|next| next.pred_opt()) {
            Some(before_next) if before_next < to => before_next,
            _ => to,
        };
        let Some(instants) = zone.days(first_day, last_day) else {
            return Err(PeriodError::TooMany);
        };
        periods.push(Period {
            first_day,
            last_day,
            instants,
        });
        match next {
            Some(next) if last_day < to => first_day = next,
            _ => return Ok(periods),
        }
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
    fn days_of_beijing_start_at_sixteen_hundred_utc() {
        let cut = periods(
            TenantTimeZone::default(),
            date("2026-12-01"),
            date("2026-12-03"),
            PeriodGrouping::Day,
        )
        .unwrap();
        assert_eq!(cut.len(), 3);
        assert_eq!(
            cut[0].instants.start.to_rfc3339(),
            "2026-11-30T16:00:00+00:00"
        );
        assert_eq!(cut[0].instants.end, cut[1].instants.start);
        assert_eq!(cut[2].last_day, date("2026-12-03"));
        assert_eq!(
            cut[2].instants.end.to_rfc3339(),
            "2026-12-03T16:00:00+00:00"
        );
    }

    #[test]
    fn weeks_run_monday_to_sunday_cut_to_the_range() {
        // 2 December 2026 is a Wednesday.
        let cut = periods(
            TenantTimeZone::default(),
            date("2026-12-02"),
            date("2026-12-16"),
            PeriodGrouping::Week,
        )
        .unwrap();
        let days: Vec<(String, String)> = cut
            .iter()
            .map(|period| (period.first_day.to_string(), period.last_day.to_string()))
            .collect();
        assert_eq!(
            days,
            vec![
                ("2026-12-02".into(), "2026-12-06".into()),
                ("2026-12-07".into(), "2026-12-13".into()),
                ("2026-12-14".into(), "2026-12-16".into()),
            ]
        );
    }

    #[test]
    fn months_are_calendar_months() {
        let cut = periods(
            TenantTimeZone::default(),
            date("2026-01-15"),
            date("2026-03-31"),
            PeriodGrouping::Month,
        )
        .unwrap();
        assert_eq!(cut.len(), 3);
        assert_eq!(cut[0].last_day, date("2026-01-31"));
        assert_eq!(cut[1].first_day, date("2026-02-01"));
        assert_eq!(cut[1].last_day, date("2026-02-28"));
        assert_eq!(cut[2].last_day, date("2026-03-31"));
    }

    #[test]
    fn backwards_and_endless_ranges_are_refused() {
        let zone = TenantTimeZone::default();
        assert_eq!(
            periods(
                zone,
                date("2026-02-01"),
                date("2026-01-01"),
                PeriodGrouping::Day
            ),
            Err(PeriodError::Backwards)
        );
        assert_eq!(
            periods(
                zone,
                date("2020-01-01"),
                date("2026-01-01"),
                PeriodGrouping::Day
            ),
            Err(PeriodError::TooMany)
        );
        assert!(
            periods(
                zone,
                date("2020-01-01"),
                date("2026-01-01"),
                PeriodGrouping::Week
            )
            .is_ok()
        );
    }

    proptest! {
        #[test]
        fn periods_tile_the_range_without_gaps(
            start in 0u64..3000,
            length in 0u64..800,
            grouping in prop_oneof![
                Just(PeriodGrouping::Day),
                Just(PeriodGrouping::Week),
                Just(PeriodGrouping::Month),
            ],
        ) {
            let zone = TenantTimeZone::parse(&["z"], "Europe/London").unwrap();
            let from = date("2020-01-01") + Days::new(start);
            let to = from + Days::new(length);
            let cut = periods(zone, from, to, grouping).unwrap();
            prop_assert_eq!(cut[0].first_day, from);
            prop_assert_eq!(cut[cut.len() - 1].last_day, to);
            let whole = zone.days(from, to).unwrap();
            prop_assert_eq!(cut[0].instants.start, whole.start);
            prop_assert_eq!(cut[cut.len() - 1].instants.end, whole.end);
            for pair in cut.windows(2) {
                prop_assert_eq!(pair[0].last_day.succ_opt().unwrap(), pair[1].first_day);
                prop_assert_eq!(pair[0].instants.end, pair[1].instants.start);
            }
        }
    }
}
