//! `scrm wecom sync`: the operator runs a sync in their own process. It is recorded as a job
//! like any other (visible in `jobs`, stamping follows with its id), held under a lease that
//! each saved page renews: if the command is killed, a server's worker takes the job over when
//! the lease runs out and finishes it from the last page saved.

use std::time::Duration;

use chrono::{DateTime, Utc};
use entity::{JobKind, JobStatus, job};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::{SyncActor, SyncKind, SyncSink, SyncState, record, refuse_concurrent};
use crate::domain::operator::OperatorAccess;
use crate::domain::org::tenants;
use crate::domain::system::{SystemActor, SystemTask};
use crate::domain::{Store, now};
use crate::error::{ApiError, ApiResult};

/// How long the operator's process holds the job between saves; longer than any one page.
const LEASE: Duration = Duration::from_secs(300);

/// How a sync run by the operator ended.
pub struct OperatorSync {
    pub job_id: i64,
    pub state: SyncState,
}

/// Runs a sync of tenant `slug` in this process; `progress` hears the state after each page.
pub async fn run(
    access: &OperatorAccess,
    slug: &str,
    kinds: Vec<SyncKind>,
    progress: impl FnMut(&SyncState),
) -> ApiResult<OperatorSync> {
    let store = access.store();
    let tenant = tenants::for_operator(access, slug).await?;
    super::credentials(store, tenant.id).await?;
    refuse_concurrent(store, tenant.id).await?;
    let kinds = if kinds.is_empty() {
        SyncKind::ALL.to_vec()
    } else {
        kinds
    };
    let owner = format!("operator-cli-{}", std::process::id());
    let at = now();
    let row = job::ActiveModel {
        tenant_id: Set(tenant.id),
        kind: Set(JobKind::WecomSync),
        status: Set(JobStatus::Running),
        done: Set(0),
        total: Set(0),
        produced: Set(0),
        error: Set(None),
        created_by_staff_id: Set(None),
        created_by_name: Set(Some(format!("operator {}", access.os_user()))),
        subject_id: Set(None),
        checkpoint: Set(Some(
            serde_json::to_string(&super::SyncRequest { kinds })
                .map_err(|error| ApiError::Internal(format!("sync request: {error}")))?,
        )),
        cancel_requested: Set(false),
        lease_owner: Set(Some(owner.clone())),
        lease_expires_at: Set(Some(lease_until(at))),
        attempts: Set(1),
        created_at: Set(at),
        started_at: Set(Some(at)),
        finished_at: Set(None),
        ..Default::default()
    }
    .insert(&store.db)
    .await?;
    let mut state = SyncState::for_job(store, &row).await?;
    let system = SystemActor::for_job(store.clone(), tenant.id, SystemTask::WecomSync);
    let mut sink = OperatorSink {
        store,
        job_id: row.id,
        owner: &owner,
        progress,
    };
    let outcome = match sink.save(&state).await {
        Ok(()) => super::run(&system, &mut state, &mut sink).await,
        Err(error) => Err(error),
    };
    let error = outcome.err();
    finish(store, row.id, &owner, &state, error.as_ref()).await?;
    record(
        store,
        tenant.id,
        row.id,
        SyncActor::Operator(access.os_user()),
        &state,
        error.as_ref(),
    )
    .await?;
    match error {
        None => Ok(OperatorSync {
            job_id: row.id,
            state,
        }),
        Some(error) => Err(error),
    }
}

fn lease_until(at: DateTime<Utc>) -> DateTime<Utc> {
    at + chrono::Duration::from_std(LEASE).unwrap_or(chrono::Duration::minutes(5))
}

struct OperatorSink<'a, F> {
    store: &'a Store,
    job_id: i64,
    owner: &'a str,
    progress: F,
}

impl<F: FnMut(&SyncState)> SyncSink for OperatorSink<'_, F> {
    type Stop = ApiError;

    async fn save(&mut self, state: &SyncState) -> Result<(), ApiError> {
        let count = |value: u64| i64::try_from(value).unwrap_or(i64::MAX);
        let saved = job::Entity::update_many()
            .col_expr(job::Column::Done, Expr::value(count(state.done)))
            .col_expr(job::Column::Total, Expr::value(count(state.done)))
            .col_expr(
                job::Column::Produced,
                Expr::value(count(state.counts.changed())),
            )
            .col_expr(
                job::Column::Checkpoint,
                Expr::value(state.to_json()?.to_string()),
            )
            .col_expr(job::Column::LeaseExpiresAt, Expr::value(lease_until(now())))
            .filter(job::Column::Id.eq(self.job_id))
            .filter(job::Column::LeaseOwner.eq(self.owner))
            .filter(job::Column::Status.eq(JobStatus::Running))
            .exec(&self.store.db)
            .await?;
        if saved.rows_affected != 1 {
            return Err(ApiError::Conflict(
                "the sync's job was taken over by a server (this command paused longer than its lease) or cancelled; it continues there".into(),
            ));
        }
        (self.progress)(state);
        Ok(())
    }
}

/// Records how the operator's sync ended, if this process still holds its job.
async fn finish(
    store: &Store,
    job_id: i64,
    owner: &str,
    state: &SyncState,
    error: Option<&ApiError>,
) -> ApiResult<()> {
    let status = match error {
        None => JobStatus::Succeeded,
        Some(_) => JobStatus::Failed,
    };
    let count = |value: u64| i64::try_from(value).unwrap_or(i64::MAX);
    job::Entity::update_many()
        .col_expr(job::Column::Status, Expr::value(status))
        .col_expr(
            job::Column::Error,
            Expr::value(error.map(ToString::to_string)),
        )
        .col_expr(job::Column::Done, Expr::value(count(state.done)))
        .col_expr(job::Column::Total, Expr::value(count(state.done)))
        .col_expr(
            job::Column::Produced,
            Expr::value(count(state.counts.changed())),
        )
        .col_expr(job::Column::FinishedAt, Expr::value(now()))
        .col_expr(
            job::Column::LeaseExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(job::Column::Id.eq(job_id))
        .filter(job::Column::LeaseOwner.eq(owner))
        .exec(&store.db)
        .await?;
    Ok(())
}
