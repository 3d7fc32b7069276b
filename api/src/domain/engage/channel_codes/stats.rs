//! A channel code's statistics over a range of the tenant's days: adds, deletions (a follow
//! the code brought, lost that day, whichever side deleted), net, and how many of the adds
//! were still followed seven days after the add (counted once a week has passed).

use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, NaiveDate};
use entity::{channel_code_add, customer_follow};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::rotation::local_day;
use crate::domain::{Authorized, now};
use crate::error::{ApiError, ApiResult, ErrorCode};

/// The longest range one statistics call covers.
pub const MAX_DAYS: i64 = 366;

/// How rows are keyed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatsGroupBy {
    /// One row per day of the range, days without anything included.
    Day,
    /// One row per staff member who took adds, or lost a follow the code brought, in the range.
    Staff,
}

/// One row; `key` is the day (`YYYY-MM-DD`) or the staff id.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StatsRow {
    pub day: Option<NaiveDate>,
    pub staff_id: Option<i64>,
    pub adds: u64,
    pub deletions: u64,
    /// Adds at least seven days old.
    pub adds_older_than_week: u64,
    /// Of those, still followed seven days after the add.
    pub kept_after_week: u64,
}

impl StatsRow {
    pub fn net(&self) -> i64 {
        i64::try_from(self.adds).unwrap_or(i64::MAX) - i64::try_from(self.deletions).unwrap_or(0)
    }
}

/// The statistics of `code_id` (which the actor must be able to read) from `from` to `to`.
pub async fn stats(
    auth: &Authorized,
    code_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    group_by: StatsGroupBy,
) -> ApiResult<Vec<StatsRow>> {
    let code = super::get(auth, code_id).await?;
    if to < from || (to - from).num_days() >= MAX_DAYS {
        return Err(ApiError::field(
            &["to"],
            ErrorCode::BadUserInput,
            format!("give a range of 1 to {MAX_DAYS} days, `from` not after `to`"),
        ));
    }
    let zone = crate::domain::org::tenants::time_zone(auth).await?;
    let adds = channel_code_add::Entity::find()
        .filter(channel_code_add::Column::TenantId.eq(auth.tenant_id()))
        .filter(channel_code_add::Column::CodeId.eq(code.id))
        .all(auth.db())
        .await?;
    let follow_ids: Vec<i64> = adds.iter().map(|add| add.follow_id).collect();
    let mut lost_at = HashMap::new();
    for chunk in follow_ids.chunks(500) {
        for follow in customer_follow::Entity::find()
            .filter(customer_follow::Column::TenantId.eq(auth.tenant_id()))
            .filter(customer_follow::Column::Id.is_in(chunk.to_vec()))
            .all(auth.db())
            .await?
        {
            if let Some(at) = follow.lost_at {
                lost_at.insert(follow.id, at);
            }
        }
    }
    let now = now();
    let week = Duration::days(7);
    let in_range = |day: NaiveDate| (from..=to).contains(&day);
    let mut rows: BTreeMap<(Option<NaiveDate>, Option<i64>), StatsRow> = BTreeMap::new();
    let key = |day: NaiveDate, staff_id: i64| match group_by {
        StatsGroupBy::Day => (Some(day), None),
        StatsGroupBy::Staff => (None, Some(staff_id)),
    };
    if group_by == StatsGroupBy::Day {
        let mut day = from;
        while day <= to {
            rows.insert((Some(day), None), StatsRow::default());
            day = day.succ_opt().unwrap_or(day + Duration::days(1));
        }
    }
    for add in &adds {
        let lost = lost_at
            .get(&add.follow_id)
            .copied()
            .filter(|at| *at >= add.added_at);
        let added_day = add.added_at.with_timezone(&zone.tz()).date_naive();
        if in_range(added_day) {
            let row = rows.entry(key(added_day, add.staff_id)).or_default();
            row.adds += 1;
            if add.added_at + week <= now {
                row.adds_older_than_week += 1;
                if lost.is_none_or(|at| at > add.added_at + week) {
                    row.kept_after_week += 1;
                }
            }
        }
        if let Some(lost) = lost
            && let Ok(lost_day) = local_day(zone, lost).parse::<NaiveDate>()
            && in_range(lost_day)
        {
            rows.entry(key(lost_day, add.staff_id))
                .or_default()
                .deletions += 1;
        }
    }
    Ok(rows
        .into_iter()
        .map(|((day, staff_id), row)| StatsRow {
            day,
            staff_id,
            ..row
        })
        .collect())
}
