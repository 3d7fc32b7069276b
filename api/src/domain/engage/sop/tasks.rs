//! Tasks SOP rules give staff: each member sees and completes their own, nobody else's (not
//! even an admin: a task is a note to its owner).

use chrono::{DateTime, Utc};
use entity::task::{self, TaskStatus};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};

use crate::domain::Authorized;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::error::{ApiError, ApiResult};

/// What `tasks` filters by.
#[derive(Debug, Clone, Default)]
pub struct TaskFilter {
    pub status: Option<TaskStatus>,
    /// Only tasks due before this instant.
    pub due_before: Option<DateTime<Utc>>,
}

pub(crate) fn own(auth: &Authorized) -> Condition {
    Condition::all()
        .add(task::Column::TenantId.eq(auth.tenant_id()))
        .add(task::Column::StaffId.eq(auth.actor.staff_id))
}

/// One of the actor's tasks (anyone else's: not found).
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<task::Model> {
    auth.require(Action::Read, Resource::Task)?;
    task::Entity::find_by_id(id)
        .filter(own(auth))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("task"))
}

/// The actor's tasks, soonest due first.
pub async fn list(
    auth: &Authorized,
    filter: TaskFilter,
    request: &PageRequest,
) -> ApiResult<Page<task::Model>> {
    auth.require(Action::Read, Resource::Task)?;
    let mut query = task::Entity::find().filter(own(auth));
    if let Some(status) = filter.status {
        query = query.filter(task::Column::Status.eq(status));
    }
    if let Some(before) = filter.due_before {
        query = query.filter(task::Column::DueAt.lt(before));
    }
    let ordering = Ordering::<task::Entity> {
        name: "TASK_DUE_AT_ASC".to_owned(),
        column: task::Column::DueAt,
        id_column: task::Column::Id,
        descending: false,
        value_of: |row| SortValue::time(&row.due_at),
        id_of: |row| row.id,
        to_sql: page::time_to_sql,
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// Marks one of the actor's tasks done; completing a done task changes nothing.
pub async fn complete(auth: &Authorized, id: i64) -> ApiResult<task::Model> {
    auth.require(Action::Update, Resource::Task)?;
    let found = get(auth, id).await?;
    if found.status == TaskStatus::Done {
        return Ok(found);
    }
    let mut row: task::ActiveModel = found.into();
    row.status = Set(TaskStatus::Done);
    row.completed_at = Set(Some(auth.store.now()));
    Ok(row.update(auth.db()).await?)
}

/// The actor's open tasks due before `before`, soonest first, at most `limit` (the agenda).
pub async fn open_due_before(
    auth: &Authorized,
    before: DateTime<Utc>,
    limit: u64,
) -> ApiResult<Vec<task::Model>> {
    auth.require(Action::Read, Resource::Task)?;
    Ok(task::Entity::find()
        .filter(own(auth))
        .filter(task::Column::Status.eq(TaskStatus::Open))
        .filter(task::Column::DueAt.lt(before))
        .order_by_asc(task::Column::DueAt)
        .order_by_asc(task::Column::Id)
        .limit(limit)
        .all(auth.db())
        .await?)
}
