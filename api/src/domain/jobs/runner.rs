//! The workers that take jobs from the `job` table and run them, with a lease each.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use archive::CheckpointSigner;
use chrono::{DateTime, Utc};
use entity::job;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Statement, Value,
};
use serde_json::Value as Json;

use super::{Job, JobStatus, kinds};
use crate::domain::{Store, now};
use crate::error::{ApiError, ApiResult, ErrorCode};
use crate::settings::JobSettings;

/// A job that kept crashing its process is not taken up forever.
const MAX_ATTEMPTS: i32 = 5;

/// Starts `settings.workers` workers in this process; they run until `stopping` turns true,
/// finishing the job in hand first. `signer` signs what jobs produce (export manifests, the
/// checkpoints after them).
pub fn spawn_workers(
    store: Store,
    settings: JobSettings,
    signer: Arc<CheckpointSigner>,
    stopping: tokio::sync::watch::Receiver<bool>,
) -> Vec<tokio::task::JoinHandle<()>> {
    // One name per process: it is what the lease records (no secret, no person).
    let process = format!(
        "{}-{}-{}",
        hostname(),
        std::process::id(),
        uuid::Uuid::new_v4().simple()
    );
    (0..settings.workers)
        .map(|number| {
            let worker = Worker {
                store: store.clone(),
                signer: signer.clone(),
                owner: format!("{process}/{number}"),
                settings: settings.clone(),
                stopping: stopping.clone(),
            };
            tokio::spawn(worker.run())
        })
        .collect()
}

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|name| name.trim().chars().take(40).collect())
        .unwrap_or_else(|_| "scrm".to_string())
}

struct Worker {
    store: Store,
    signer: Arc<CheckpointSigner>,
    owner: String,
    settings: JobSettings,
    stopping: tokio::sync::watch::Receiver<bool>,
}

impl Worker {
    async fn run(mut self) {
        loop {
            if *self.stopping.borrow() {
                return;
            }
            match self.claim().await {
                Ok(Some(job)) => {
                    self.run_job(job).await;
                    continue;
                }
                Ok(None) => {}
                Err(error) => tracing::warn!(error = %error, "jobs: cannot look for work"),
            }
            let wake = self.store.job_wake.0.clone();
            tokio::select! {
                () = wake.notified() => {}
                () = tokio::time::sleep(self.settings.poll) => {}
                // A stopping server ends idle workers at once (as does one dropped).
                changed = self.stopping.changed() => {
                    if changed.is_err() {
                        return;
                    }
                }
            }
        }
    }

    /// Takes the oldest job that is queued, or running under an expired lease, and returns it
    /// as now this worker's. One statement, so two workers (of any process) never both win.
    async fn claim(&self) -> ApiResult<Option<Job>> {
        let db = &self.store.db;
        let backend = db.get_database_backend();
        let at = now();
        // An idle poll only reads: on SQLite, an UPDATE would take the write lock every poll.
        if !claimable_exists(db, at).await? {
            return Ok(None);
        }
        give_up_on_crashing_jobs(db, at).await?;
        let lock = match backend {
            DbBackend::Postgres => " FOR UPDATE SKIP LOCKED",
            _ => "",
        };
        let sql = format!(
            "UPDATE job SET status = 'RUNNING', lease_owner = $1, lease_expires_at = $2, \
               attempts = attempts + 1, started_at = COALESCE(started_at, $3) \
             WHERE id = (SELECT id FROM job \
               WHERE status = 'QUEUED' OR (status = 'RUNNING' AND lease_expires_at < $3) \
               ORDER BY id LIMIT 1{lock}) \
             RETURNING id"
        );
        let values: [Value; 3] = [
            self.owner.clone().into(),
            lease_until(at, self.settings.lease).into(),
            at.into(),
        ];
        let claimed = db
            .query_one_raw(Statement::from_sql_and_values(backend, sql, values))
            .await?;
        let Some(row) = claimed else {
            return Ok(None);
        };
        let id: i64 = row.try_get("", "id")?;
        Ok(job::Entity::find_by_id(id).one(db).await?)
    }

    async fn run_job(&self, job: Job) {
        use tracing::Instrument;
        let span = tracing::info_span!("job", job = job.id, kind = ?job.kind,
            tenant = job.tenant_id, attempt = job.attempts);
        self.run_job_in_span(job).instrument(span).await;
    }

    async fn run_job_in_span(&self, job: Job) {
        let id = job.id;
        tracing::info!(resumed = job.checkpoint.is_some(), "job started");
        let lost = Arc::new(AtomicBool::new(false));
        let heartbeat = tokio::spawn(heartbeat(
            self.store.clone(),
            id,
            self.owner.clone(),
            self.settings.lease,
            lost.clone(),
        ));
        let mut context = JobContext {
            store: self.store.clone(),
            signer: self.signer.clone(),
            job,
            owner: self.owner.clone(),
            lease: self.settings.lease,
            lost,
        };
        let outcome = kinds::run(&mut context).await;
        heartbeat.abort();
        let (status, error) = match outcome {
            Ok(()) => (JobStatus::Succeeded, None),
            Err(Stop::Cancelled) => (JobStatus::Cancelled, None),
            Err(Stop::LeaseLost) => {
                tracing::warn!("job: lease lost to another worker; stopping here");
                return;
            }
            Err(Stop::Failed(error)) => {
                tracing::error!(error = %error, "job failed");
                (JobStatus::Failed, Some(public_message(&error)))
            }
        };
        if let Err(error) = context.finish(status, error).await {
            tracing::error!(error = %error, "job: cannot record how it ended");
        }
        tracing::info!(status = ?status, "job ended");
    }
}

/// What the person who started the job may read about its failure: the message of an error
/// about their input, or a pointer to the server log (which has the detail, never content).
fn public_message(error: &ApiError) -> String {
    match error.code() {
        ErrorCode::Internal => "the job failed; the server log has the details".to_string(),
        _ => error.to_string(),
    }
}

fn lease_until(at: DateTime<Utc>, lease: Duration) -> DateTime<Utc> {
    at + chrono::Duration::from_std(lease).unwrap_or(chrono::Duration::seconds(30))
}

/// Whether any job is queued, or running under an expired lease.
async fn claimable_exists(db: &sea_orm::DatabaseConnection, at: DateTime<Utc>) -> ApiResult<bool> {
    use sea_orm::{Condition, QuerySelect};
    let found: Option<i64> = job::Entity::find()
        .select_only()
        .column(job::Column::Id)
        .filter(
            Condition::any()
                .add(job::Column::Status.eq(JobStatus::Queued))
                .add(
                    Condition::all()
                        .add(job::Column::Status.eq(JobStatus::Running))
                        .add(job::Column::LeaseExpiresAt.lt(at)),
                ),
        )
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    Ok(found.is_some())
}

/// Marks failed the jobs whose process died `MAX_ATTEMPTS` times running them.
async fn give_up_on_crashing_jobs(
    db: &sea_orm::DatabaseConnection,
    at: DateTime<Utc>,
) -> ApiResult<()> {
    job::Entity::update_many()
        .col_expr(job::Column::Status, Expr::value(JobStatus::Failed))
        .col_expr(
            job::Column::Error,
            Expr::value(format!(
                "the job was interrupted {MAX_ATTEMPTS} times (its process stopped); start it again"
            )),
        )
        .col_expr(job::Column::FinishedAt, Expr::value(at))
        .col_expr(job::Column::LeaseOwner, Expr::value(Option::<String>::None))
        .filter(job::Column::Status.eq(JobStatus::Running))
        .filter(job::Column::LeaseExpiresAt.lt(at))
        .filter(job::Column::Attempts.gte(MAX_ATTEMPTS))
        .exec(db)
        .await?;
    Ok(())
}

/// Renews the lease every third of its length; records when it was lost.
async fn heartbeat(store: Store, id: i64, owner: String, lease: Duration, lost: Arc<AtomicBool>) {
    loop {
        tokio::time::sleep(lease / 3).await;
        match renew(&store, id, &owner, lease).await {
            Ok(true) => {}
            Ok(false) => {
                lost.store(true, Ordering::SeqCst);
                return;
            }
            Err(error) => tracing::warn!(error = %error, job = id, "job: lease not renewed"),
        }
    }
}

/// Extends the lease if this worker still holds it; whether it does.
async fn renew(store: &Store, id: i64, owner: &str, lease: Duration) -> ApiResult<bool> {
    let renewed = job::Entity::update_many()
        .col_expr(
            job::Column::LeaseExpiresAt,
            Expr::value(lease_until(now(), lease)),
        )
        .filter(job::Column::Id.eq(id))
        .filter(job::Column::LeaseOwner.eq(owner))
        .filter(job::Column::Status.eq(JobStatus::Running))
        .exec(&store.db)
        .await?;
    Ok(renewed.rows_affected == 1)
}

/// Why a job stopped before finishing its work.
pub(super) enum Stop {
    /// Someone cancelled it (`jobCancel`).
    Cancelled,
    /// Another worker took it over (this one was too slow to renew its lease).
    LeaseLost,
    Failed(ApiError),
}

impl From<ApiError> for Stop {
    fn from(error: ApiError) -> Self {
        Stop::Failed(error)
    }
}

/// Progress of a job, as it saves it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Progress {
    pub done: u64,
    pub total: u64,
    pub produced: u64,
}

/// What a running job's handler has: its row, and the way to save progress.
pub(crate) struct JobContext {
    pub store: Store,
    pub signer: Arc<CheckpointSigner>,
    pub job: Job,
    owner: String,
    lease: Duration,
    lost: Arc<AtomicBool>,
}

impl JobContext {
    /// Where the previous attempt stopped (the checkpoint it saved last), if any.
    pub fn checkpoint(&self) -> Option<Json> {
        self.job
            .checkpoint
            .as_deref()
            .and_then(|text| serde_json::from_str(text).ok())
    }

    /// The progress saved by a previous attempt (a resumed job continues from it).
    pub fn saved_progress(&self) -> Progress {
        let count = |value: i64| u64::try_from(value).unwrap_or(0);
        Progress {
            done: count(self.job.done),
            total: count(self.job.total),
            produced: count(self.job.produced),
        }
    }

    /// Saves progress and where to resume, renewing the lease, if this worker still holds the
    /// job; stops the job when it was cancelled or taken over. Save after the work it counts
    /// is committed.
    pub async fn save(&mut self, progress: Progress, checkpoint: Json) -> Result<(), Stop> {
        if self.lost.load(Ordering::SeqCst) {
            return Err(Stop::LeaseLost);
        }
        let as_column = |value: u64| i64::try_from(value).unwrap_or(i64::MAX);
        let checkpoint = checkpoint.to_string();
        let saved = job::Entity::update_many()
            .col_expr(job::Column::Done, Expr::value(as_column(progress.done)))
            .col_expr(job::Column::Total, Expr::value(as_column(progress.total)))
            .col_expr(
                job::Column::Produced,
                Expr::value(as_column(progress.produced)),
            )
            .col_expr(job::Column::Checkpoint, Expr::value(checkpoint.clone()))
            .col_expr(
                job::Column::LeaseExpiresAt,
                Expr::value(lease_until(now(), self.lease)),
            )
            .filter(job::Column::Id.eq(self.job.id))
            .filter(job::Column::LeaseOwner.eq(self.owner.as_str()))
            .filter(job::Column::Status.eq(JobStatus::Running))
            .exec(&self.store.db)
            .await
            .map_err(|error| Stop::Failed(error.into()))?;
        if saved.rows_affected != 1 {
            return Err(Stop::LeaseLost);
        }
        self.job.done = as_column(progress.done);
        self.job.total = as_column(progress.total);
        self.job.produced = as_column(progress.produced);
        self.job.checkpoint = Some(checkpoint);
        let cancelled = job::Entity::find_by_id(self.job.id)
            .filter(job::Column::CancelRequested.eq(true))
            .one(&self.store.db)
            .await
            .map_err(|error| Stop::Failed(error.into()))?
            .is_some();
        if cancelled {
            return Err(Stop::Cancelled);
        }
        Ok(())
    }

    /// Records how the job ended and releases it, if this worker still holds it. The owner
    /// stays as the record of who ran it last.
    async fn finish(&self, status: JobStatus, error: Option<String>) -> ApiResult<()> {
        job::Entity::update_many()
            .col_expr(job::Column::Status, Expr::value(status))
            .col_expr(job::Column::Error, Expr::value(error))
            .col_expr(job::Column::FinishedAt, Expr::value(now()))
            .col_expr(
                job::Column::LeaseExpiresAt,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(job::Column::Id.eq(self.job.id))
            .filter(job::Column::LeaseOwner.eq(self.owner.as_str()))
            .exec(&self.store.db)
            .await?;
        Ok(())
    }
}
