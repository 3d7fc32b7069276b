//! The signed-in member's agenda for one day, in the tenant's time zone: the next steps of
//! their follow-ups due that day, those due before it and not done, and their open SOP
//! tasks due by the day's end. Each list is bounded ([`AGENDA_LIMIT`], soonest first); the
//! agenda says when one was cut.

use chrono::{DateTime, NaiveDate, Utc};
use entity::{follow_up, task};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::domain::Authorized;
use crate::domain::engage::sop::tasks;
use crate::domain::org::tenants;
use crate::domain::org::time_zone::TenantTimeZone;
use crate::domain::policy::{Action, Resource};
use crate::error::{ApiError, ApiResult};

/// Most items of each list of an agenda.
pub const AGENDA_LIMIT: usize = 200;

/// One member's day.
#[derive(Debug, Clone)]
pub struct Agenda {
    pub date: NaiveDate,
    pub time_zone: TenantTimeZone,
    /// The day's instants: `[starts_at, ends_at)`.
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The actor's follow-ups whose next step is due that day, done or not, soonest first.
    pub due_today: Vec<follow_up::Model>,
    /// The actor's follow-ups whose next step was due before the day and is not done.
    pub overdue: Vec<follow_up::Model>,
    /// The actor's open tasks due before the day's end (overdue ones included).
    pub tasks: Vec<task::Model>,
    /// Whether any list held more than [`AGENDA_LIMIT`] items (the rest are left out).
    pub truncated: bool,
}

/// Keeps at most the limit, saying whether there was more.
fn bounded<T>(mut rows: Vec<T>) -> (Vec<T>, bool) {
    let more = rows.len() > AGENDA_LIMIT;
    rows.truncate(AGENDA_LIMIT);
    (rows, more)
}

/// The actor's agenda for `date` (a local day of the tenant).
pub async fn agenda(auth: &Authorized, date: NaiveDate) -> ApiResult<Agenda> {
    auth.require(Action::Read, Resource::FollowUp)?;
    auth.require(Action::Read, Resource::Task)?;
    let time_zone = tenants::time_zone(auth).await?;
    let day = time_zone.days(date, date).ok_or_else(|| {
        ApiError::field(
            &["date"],
            crate::error::ErrorCode::BadUserInput,
            "date is past the end of the calendar",
        )
    })?;
    let fetch = (AGENDA_LIMIT + 1) as u64;
    let mine = follow_up::Entity::find()
        .filter(auth.follow_up_scope().await?)
        .filter(follow_up::Column::StaffId.eq(auth.actor.staff_id));
    let due_today = mine
        .clone()
        .filter(follow_up::Column::NextStepAt.gte(day.start))
        .filter(follow_up::Column::NextStepAt.lt(day.end))
        .order_by_asc(follow_up::Column::NextStepAt)
        .order_by_asc(follow_up::Column::Id)
        .limit(fetch)
        .all(auth.db())
        .await?;
    let overdue = mine
        .filter(follow_up::Column::NextStepAt.lt(day.start))
        .filter(follow_up::Column::NextStepDoneAt.is_null())
        .order_by_asc(follow_up::Column::NextStepAt)
        .order_by_asc(follow_up::Column::Id)
        .limit(fetch)
        .all(auth.db())
        .await?;
    let open_tasks = tasks::open_due_before(auth, day.end, fetch).await?;
    let (due_today, more_today) = bounded(due_today);
    let (overdue, more_overdue) = bounded(overdue);
    let (tasks, more_tasks) = bounded(open_tasks);
    Ok(Agenda {
        date,
        time_zone,
        starts_at: day.start,
        ends_at: day.end,
        due_today,
        overdue,
        tasks,
        truncated: more_today || more_overdue || more_tasks,
    })
}
