//! The time arithmetic of SOP triggers, kept pure so it is tested without a server: cron
//! expressions (parsed by `croner`, read in an IANA zone), the instants a schedule fires in
//! a window, and when a silence (`NO_CONTACT_FOR`) becomes an occurrence.

use std::str::FromStr;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use croner::Cron;
use croner::parser::{CronParser, Seconds, Year};

/// Most cron instants one evaluation fires per rule; the rest wait for the next round (the
/// watermark stops at the last one fired), so a server that was down a long while catches up
/// in steps.
pub const MAX_INSTANTS_PER_ROUND: usize = 50;

/// A validated schedule: a five-field cron expression read in a zone.
#[derive(Debug, Clone)]
pub struct Schedule {
    cron: Cron,
    zone: Tz,
}

/// Why a cron expression is refused (the message names what to fix).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CronProblem {
    Invalid(String),
    NeverFires,
}

impl CronProblem {
    pub fn message(&self) -> String {
        match self {
            CronProblem::Invalid(detail) => format!(
                "not a cron expression of five fields (minute hour day-of-month month \
                 day-of-week), e.g. \"0 9 * * 1-5\": {detail}"
            ),
            CronProblem::NeverFires => {
                "this schedule never fires (no date matches it, e.g. 30 February)".to_string()
            }
        }
    }
}

/// Parses a zone's IANA name.
pub fn parse_zone(raw: &str) -> Option<Tz> {
    Tz::from_str(raw.trim()).ok()
}

impl Schedule {
    /// Parses `expression` (five fields: no seconds, no years) and checks that it fires at
    /// least once after `now`.
    pub fn parse(expression: &str, zone: Tz, now: DateTime<Utc>) -> Result<Schedule, CronProblem> {
        let parser = CronParser::builder()
            .seconds(Seconds::Disallowed)
            .year(Year::Disallowed)
            .build();
        let cron = parser
            .parse(expression.trim())
            .map_err(|error| CronProblem::Invalid(error.to_string()))?;
        let schedule = Schedule { cron, zone };
        if schedule.next_after(now).is_none() {
            return Err(CronProblem::NeverFires);
        }
        Ok(schedule)
    }

    /// The first instant strictly after `after`, if the expression ever fires again.
    pub fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let local = after.with_timezone(&self.zone);
        self.cron
            .find_next_occurrence(&local, false)
            .ok()
            .map(|instant| instant.with_timezone(&Utc))
    }

    /// The instants in `(after, until]`, oldest first, at most `limit`.
    pub fn instants(
        &self,
        after: DateTime<Utc>,
        until: DateTime<Utc>,
        limit: usize,
    ) -> Vec<DateTime<Utc>> {
        let mut found = Vec::new();
        let mut cursor = after;
        while found.len() < limit {
            match self.next_after(cursor) {
                Some(instant) if instant <= until => {
                    found.push(instant);
                    cursor = instant;
                }
                _ => break,
            }
        }
        found
    }
}

/// When a follow's silence of `days` becomes an occurrence: `days` after the last contact
/// (the last archived message between the two, or the follow's start when later or when none),
/// if that moment is due at `now` and came after the rule was armed (no backfill). The
/// occurrence is keyed by the start of the silence, so one silence fires once and a new
/// message starts another.
pub fn silence_due(
    last_contact: DateTime<Utc>,
    days: i32,
    armed_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let due = last_contact.checked_add_signed(Duration::days(i64::from(days)))?;
    (due <= now && due >= armed_at).then_some(due)
}

/// The last contact of a follow: its start, or the last archived message or the last
/// follow-up written by the follow's staff member, whichever is latest.
pub fn last_contact(
    follow_created_at: DateTime<Utc>,
    last_message_ms: Option<i64>,
    last_follow_up: Option<DateTime<Utc>>,
) -> DateTime<Utc> {
    let message = last_message_ms.and_then(DateTime::from_timestamp_millis);
    [message, last_follow_up]
        .into_iter()
        .flatten()
        .fold(follow_created_at, DateTime::max)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_daily_schedule_fires_at_nine_shanghai_time_each_day() {
        let now = at("2026-12-01T00:30:00Z");
        let schedule = Schedule::parse("0 9 * * *", chrono_tz::Asia::Shanghai, now).unwrap();
        // 09:00 in Shanghai is 01:00 UTC.
        assert_eq!(schedule.next_after(now), Some(at("2026-12-01T01:00:00Z")));
        let three_days = schedule.instants(now, now + Duration::days(3), 10);
        assert_eq!(
            three_days,
            vec![
                at("2026-12-01T01:00:00Z"),
                at("2026-12-02T01:00:00Z"),
                at("2026-12-03T01:00:00Z"),
            ]
        );
        // The window is half-open at its start: an instant fired is not found again.
        assert_eq!(
            schedule.instants(at("2026-12-01T01:00:00Z"), at("2026-12-01T23:00:00Z"), 10),
            Vec::<DateTime<Utc>>::new()
        );
        assert_eq!(schedule.instants(now, now + Duration::days(30), 2).len(), 2);
    }

    #[test]
    fn schedules_that_never_fire_or_do_not_parse_are_refused() {
        let now = at("2026-12-01T00:00:00Z");
        let zone = chrono_tz::UTC;
        assert_eq!(
            Schedule::parse("0 9 30 2 *", zone, now).unwrap_err(),
            CronProblem::NeverFires
        );
        assert!(matches!(
            Schedule::parse("every day", zone, now),
            Err(CronProblem::Invalid(_))
        ));
        assert!(matches!(
            Schedule::parse("61 9 * * *", zone, now),
            Err(CronProblem::Invalid(_))
        ));
        // Seconds are not a schedule for people.
        assert!(matches!(
            Schedule::parse("0 0 9 * * *", zone, now),
            Err(CronProblem::Invalid(_))
        ));
        // 29 February fires (in leap years).
        let leap = Schedule::parse("0 9 29 2 *", zone, now).unwrap();
        assert_eq!(leap.next_after(now), Some(at("2028-02-29T09:00:00Z")));
        assert!(parse_zone("Asia/Shanghai").is_some());
        assert!(parse_zone("Mars/Olympus").is_none());
    }

    #[test]
    fn a_silence_is_due_once_its_days_have_passed_and_only_after_the_rule_was_armed() {
        let start = at("2026-12-01T00:00:00Z");
        let armed = at("2026-12-01T00:00:00Z");
        assert_eq!(
            silence_due(start, 3, armed, start + Duration::days(2)),
            None
        );
        assert_eq!(
            silence_due(start, 3, armed, start + Duration::days(3)),
            Some(start + Duration::days(3))
        );
        // A silence that was already long when the rule came is history: not fired.
        assert_eq!(
            silence_due(
                start,
                3,
                start + Duration::days(10),
                start + Duration::days(11)
            ),
            None
        );
        // A message restarts the silence (a later key, due later).
        let message_ms = (start + Duration::days(2)).timestamp_millis();
        let last = last_contact(start, Some(message_ms), None);
        assert_eq!(last, start + Duration::days(2));
        // So does a follow-up, the later of the two counting.
        let follow_up = start + Duration::days(3);
        assert_eq!(
            last_contact(start, Some(message_ms), Some(follow_up)),
            follow_up
        );
        assert_eq!(
            last_contact(start, Some(message_ms), Some(start + Duration::days(1))),
            last
        );
        assert_eq!(silence_due(last, 3, armed, start + Duration::days(4)), None);
        // Messages from before the follow do not count: the follow's start is the floor.
        assert_eq!(
            last_contact(
                start,
                Some((start - Duration::days(1)).timestamp_millis()),
                Some(start - Duration::days(2))
            ),
            start
        );
        assert_eq!(last_contact(start, None, None), start);
    }
}
