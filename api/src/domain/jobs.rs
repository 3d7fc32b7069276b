//! Background jobs with progress (rescans for now), kept in memory by the server process that
//! runs them: a restart forgets finished jobs and stops running ones, which is safe because a
//! rescan is idempotent — start it again.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};

use super::compliance::archive::rescan_as_system;
use super::policy::{Action, Resource};
use super::system::{SystemActor, SystemTask};
use super::{Authorized, now};
use crate::error::{ApiError, ApiResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobStatus {
    Running,
    Succeeded,
    Failed,
}

#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub tenant_id: i64,
    pub kind: &'static str,
    pub status: JobStatus,
    pub done: u64,
    pub total: u64,
    /// What the job produced so far (for a rescan: new alerts).
    pub produced: u64,
    pub error: Option<String>,
    pub started_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}

#[derive(Clone, Default)]
pub struct Jobs {
    next_id: Arc<AtomicI64>,
    jobs: Arc<Mutex<HashMap<i64, Job>>>,
}

impl Jobs {
    /// How many jobs this process holds in each status.
    pub fn counts(&self) -> Vec<(JobStatus, u64)> {
        let jobs = self
            .jobs
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        [JobStatus::Running, JobStatus::Succeeded, JobStatus::Failed]
            .into_iter()
            .map(|status| {
                let count = jobs.values().filter(|job| job.status == status).count();
                (status, count as u64)
            })
            .collect()
    }

    fn update(&self, id: i64, change: impl FnOnce(&mut Job)) {
        let mut jobs = self
            .jobs
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(job) = jobs.get_mut(&id) {
            change(job);
        }
    }
}

/// Starts a rescan of the tenant's archive against its current risk rules.
pub async fn start_rescan(auth: &Authorized) -> ApiResult<Job> {
    auth.require(Action::Update, Resource::RiskRule)?;
    let jobs = auth.store.jobs.clone();
    let id = jobs.next_id.fetch_add(1, Ordering::SeqCst) + 1;
    let job = Job {
        id,
        tenant_id: auth.tenant_id(),
        kind: "RESCAN",
        status: JobStatus::Running,
        done: 0,
        total: 0,
        produced: 0,
        error: None,
        started_at: now(),
        finished_at: None,
    };
    jobs.jobs
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .insert(id, job.clone());
    // The request returns now; the work goes on as the system, with a rescan's rights only.
    let system = SystemActor::for_job(auth.store.clone(), auth.tenant_id(), SystemTask::Rescan);
    tokio::spawn(async move {
        let progress_jobs = jobs.clone();
        let result = rescan_as_system(&system, move |progress| {
            progress_jobs.update(id, |job| {
                job.done = progress.scanned;
                job.total = progress.total;
                job.produced = progress.new_alerts;
            });
        })
        .await;
        jobs.update(id, |job| {
            job.finished_at = Some(now());
            match result {
                Ok(summary) => {
                    job.status = JobStatus::Succeeded;
                    job.done = summary.scanned;
                    job.total = summary.total;
                    job.produced = summary.new_alerts;
                }
                Err(error) => {
                    tracing::error!(error = %error, job = id, "rescan failed");
                    job.status = JobStatus::Failed;
                    job.error = Some(
                        "the rescan failed; see the server log and start it again".to_string(),
                    );
                }
            }
        });
    });
    Ok(job)
}

pub fn get(auth: &Authorized, id: i64) -> ApiResult<Job> {
    auth.require(Action::Read, Resource::RiskRule)?;
    let jobs = auth
        .store
        .jobs
        .jobs
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    jobs.get(&id)
        .filter(|job| job.tenant_id == auth.tenant_id())
        .cloned()
        .ok_or(ApiError::NotFound("job"))
}
