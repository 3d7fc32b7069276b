//! Background jobs whose state lives in the database (`job` table): they survive a restart, and
//! several server processes on one database run each exactly once.
//!
//! * **Queue**: a person (through the policy) or an operator enqueues a job ([`enqueue`]); it is
//!   `QUEUED` until a worker of some process takes it.
//! * **Run** (`runner.rs`): a worker claims the oldest queued job, or a running one whose lease
//!   has expired (its process died), by setting itself as the lease owner in one statement
//!   (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite has one writer at a time). While the job
//!   runs, the worker renews the lease; each checkpoint the job saves (`JobContext::save`) is
//!   conditional on still owning it, so a worker that lost its lease stops instead of
//!   continuing beside the new owner.
//! * **Resume**: a job taken over after a crash starts from its last saved checkpoint (a rescan
//!   from the last page of messages it finished). Kinds make their pages idempotent (a rescan's
//!   alerts are unique per message and rule), so a page redone after a crash adds nothing.
//! * **Kinds** (`kinds.rs`): adding one is a value of `entity::JobKind`, a handler in
//!   [`kinds::run`], and a row in `policy::may_start_job`.
//!
//! Why not a crate: the well-kept job queues for Rust (apalis, sqlxmq, graphile_worker) either
//! support only PostgreSQL or bring their own sqlx/libsqlite3-sys version, which cannot link
//! beside sea-orm's; this is the small part of one we need.

mod archive_pull;
mod broadcast_send;
mod export;
mod kinds;
mod purge;
mod rescan;
mod runner;
mod sop;
mod transfer_results;
mod wecom_events;
mod wecom_sync;

use entity::job;
pub use entity::{JobKind, JobStatus};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

pub use runner::spawn_workers;

use super::policy::may_start_job;
use super::{Authorized, Store, now};
use crate::error::{ApiError, ApiResult, ErrorCode};

pub type Job = job::Model;

/// Who enqueued a job.
pub(crate) enum JobOrigin<'a> {
    Staff(&'a Authorized),
    /// A scheduled task of the server, by name (the daily purge).
    System(&'static str),
}

/// Wakes this process's workers when it enqueues a job (other processes poll).
#[derive(Clone, Default)]
pub struct JobWake(std::sync::Arc<tokio::sync::Notify>);

impl JobWake {
    fn notify(&self) {
        self.0.notify_waiters();
    }
}

/// Queues a system job of `kind` for the tenant unless one is already queued: how the server's
/// schedules and WeCom's notices wake the work that catches up on everything pending (events,
/// pulls, SOP rounds, transfer results). A running job does not count: it may have passed
/// what woke this call.
pub(crate) async fn wake(
    store: &Store,
    tenant_id: i64,
    kind: JobKind,
    origin: &'static str,
) -> ApiResult<()> {
    use sea_orm::PaginatorTrait;
    let queued = job::Entity::find()
        .filter(job::Column::TenantId.eq(tenant_id))
        .filter(job::Column::Kind.eq(kind))
        .filter(job::Column::Status.eq(JobStatus::Queued))
        .count(&store.db)
        .await?;
    if queued > 0 {
        return Ok(());
    }
    enqueue(store, tenant_id, kind, JobOrigin::System(origin), None).await?;
    Ok(())
}

/// Queues a job of `kind` in `tenant_id`, on `subject_id` if the kind works on a row.
pub(crate) async fn enqueue(
    store: &Store,
    tenant_id: i64,
    kind: JobKind,
    origin: JobOrigin<'_>,
    subject_id: Option<i64>,
) -> ApiResult<Job> {
    let queued = enqueue_within(&store.db, tenant_id, kind, origin, subject_id).await?;
    store.job_wake.notify();
    Ok(queued)
}

/// [`enqueue`] inside the caller's transaction `db`, with the row the job works on; call
/// [`wake_workers`] once it is committed.
pub(crate) async fn enqueue_within<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    kind: JobKind,
    origin: JobOrigin<'_>,
    subject_id: Option<i64>,
) -> ApiResult<Job> {
    let (staff_id, name): (Option<i64>, Option<String>) = match origin {
        JobOrigin::Staff(auth) => (Some(auth.actor().staff_id), None),
        JobOrigin::System(name) => (None, Some(name.to_string())),
    };
    let queued = job::ActiveModel {
        tenant_id: Set(tenant_id),
        kind: Set(kind),
        status: Set(JobStatus::Queued),
        done: Set(0),
        total: Set(0),
        produced: Set(0),
        error: Set(None),
        created_by_staff_id: Set(staff_id),
        created_by_name: Set(name),
        subject_id: Set(subject_id),
        checkpoint: Set(None),
        cancel_requested: Set(false),
        lease_owner: Set(None),
        lease_expires_at: Set(None),
        attempts: Set(0),
        created_at: Set(now()),
        started_at: Set(None),
        finished_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(queued)
}

/// Wakes this process's idle workers (after a commit that queued jobs).
pub(crate) fn wake_workers(store: &Store) {
    store.job_wake.notify();
}

/// Queues a rescan of the caller's tenant against its current risk rules.
pub async fn start_rescan(auth: &Authorized) -> ApiResult<Job> {
    require_start(auth, JobKind::Rescan)?;
    enqueue(
        &auth.store,
        auth.tenant_id(),
        JobKind::Rescan,
        JobOrigin::Staff(auth),
        None,
    )
    .await
}

pub(crate) fn require_start(auth: &Authorized, kind: JobKind) -> ApiResult<()> {
    if may_start_job(auth.actor().role, kind) {
        Ok(())
    } else {
        Err(ApiError::forbidden())
    }
}

/// The kinds of job the caller sees: those their role may start.
fn visible_kinds(auth: &Authorized) -> Vec<JobKind> {
    use sea_orm::Iterable;
    JobKind::iter()
        .filter(|kind| may_start_job(auth.actor().role, *kind))
        .collect()
}

/// A job of the caller's tenant, of a kind they see; anything else is `NOT_FOUND`.
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<Job> {
    job::Entity::find_by_id(id)
        .filter(job::Column::TenantId.eq(auth.tenant_id()))
        .filter(job::Column::Kind.is_in(visible_kinds(auth)))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("job"))
}

/// Which jobs to list; all given conditions hold.
#[derive(Debug, Default, Clone)]
pub struct JobFilter {
    pub kind: Option<JobKind>,
    pub status: Option<JobStatus>,
}

/// A page of the caller's tenant's jobs of the kinds they see, newest first, below job id
/// `before_id`; the total under the filter, and whether more follow.
pub async fn list(
    auth: &Authorized,
    filter: JobFilter,
    before_id: Option<i64>,
    limit: u64,
) -> ApiResult<(u64, Vec<Job>, bool)> {
    let kinds = visible_kinds(auth);
    if kinds.is_empty() {
        return Err(ApiError::forbidden());
    }
    let mut condition = Condition::all()
        .add(job::Column::TenantId.eq(auth.tenant_id()))
        .add(job::Column::Kind.is_in(kinds));
    if let Some(kind) = filter.kind {
        condition = condition.add(job::Column::Kind.eq(kind));
    }
    if let Some(status) = filter.status {
        condition = condition.add(job::Column::Status.eq(status));
    }
    let total = job::Entity::find()
        .filter(condition.clone())
        .count(auth.db())
        .await?;
    if let Some(before_id) = before_id {
        condition = condition.add(job::Column::Id.lt(before_id));
    }
    let mut jobs = job::Entity::find()
        .filter(condition)
        .order_by_desc(job::Column::Id)
        .limit(limit + 1)
        .all(auth.db())
        .await?;
    let has_more = jobs.len() as u64 > limit;
    jobs.truncate(limit as usize);
    Ok((total, jobs, has_more))
}

/// Cancels a job: a queued one at once, a running one at its next checkpoint (what it did so
/// far stays done). A finished job is a `userErrors` entry.
pub async fn cancel(auth: &Authorized, id: i64) -> ApiResult<Job> {
    let existing = get(auth, id).await?;
    require_start(auth, existing.kind)?;
    if existing.status.is_final() {
        return Err(ApiError::field(
            &["input", "id"],
            ErrorCode::Conflict,
            format!(
                "the job has already finished ({}); there is nothing to cancel",
                sea_orm::ActiveEnum::to_value(&existing.status)
            ),
        ));
    }
    let db = auth.db();
    // Queued: nobody runs it yet, so it is cancelled now (unless a worker took it meanwhile).
    job::Entity::update_many()
        .col_expr(job::Column::Status, Expr::value(JobStatus::Cancelled))
        .col_expr(job::Column::FinishedAt, Expr::value(now()))
        .filter(job::Column::Id.eq(id))
        .filter(job::Column::Status.eq(JobStatus::Queued))
        .exec(db)
        .await?;
    // Running: its worker sees the request at its next checkpoint.
    job::Entity::update_many()
        .col_expr(job::Column::CancelRequested, Expr::value(true))
        .filter(job::Column::Id.eq(id))
        .filter(job::Column::Status.eq(JobStatus::Running))
        .exec(db)
        .await?;
    get(auth, id).await
}

/// Jobs of every tenant by status (monitoring: counts only).
pub async fn counts(store: &Store) -> ApiResult<Vec<(JobStatus, u64)>> {
    use sea_orm::Iterable;
    let rows: Vec<(JobStatus, i64)> = job::Entity::find()
        .select_only()
        .column(job::Column::Status)
        .column_as(Expr::col(job::Column::Id).count(), "count")
        .group_by(job::Column::Status)
        .into_tuple()
        .all(&store.db)
        .await?;
    Ok(JobStatus::iter()
        .map(|status| {
            let count = rows
                .iter()
                .find(|(stored, _)| *stored == status)
                .map_or(0, |(_, count)| u64::try_from(*count).unwrap_or(0));
            (status, count)
        })
        .collect())
}
