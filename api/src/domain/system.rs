//! The system actor: work that runs in a tenant although no person is making a request at that
//! moment — today a rescan job after the request that started it has returned; next WeCom
//! callbacks, the archive puller and scheduled work.
//!
//! "There is no user" must not mean "there is no policy". A [`SystemActor`] carries the tenant
//! and the [`SystemTask`] it does, and [`SystemActor::require`] asks the policy table
//! ([`super::policy::system_permits`]) like [`super::Authorized::require`] does for people,
//! deny by default. Only code inside `domain` that has authenticated the source of the work
//! creates one — the job runner for a job it accepted from an authorised person, later the
//! callback handler after verifying WeCom's signature — so a resolver cannot make one up.

use super::Store;
use super::policy::{self, Action, Resource};
use crate::error::{ApiError, ApiResult};

/// What the system is doing; each task has its own rows in the policy table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SystemTask {
    /// Re-checking a tenant's archive against its current risk rules (a job).
    Rescan,
    /// Writing an export an authorised person asked for (a job): reads what its kind holds.
    Export,
    /// Removing archive messages past the retention that no hold covers (the daily job).
    Purge,
    /// Bringing staff, customers, tags and groups from WeCom (a job).
    WecomSync,
    /// Applying WeCom callbacks after their signature was verified (a job).
    WecomEvents,
    /// Pulling WeCom's conversation archive into the archive (a job).
    ArchivePull,
    /// Evaluating SOP rules and running their actions (the per-minute job).
    Sop,
    /// Sending a due broadcast: reserving customers' slots, handing messages to WeCom, and
    /// reading the results back.
    Broadcast,
    /// Reading WeCom's results of customer transfers and moving scrm's records with the
    /// customers taken over (the `TRANSFER_RESULTS` job).
    Transfer,
}

/// A tenant's system work, with the rights of its task only.
#[derive(Clone)]
pub struct SystemActor {
    store: Store,
    tenant_id: i64,
    task: SystemTask,
}

impl SystemActor {
    /// Made by the job runner when it runs a job an authorised person started (`jobs.rs`).
    pub(in crate::domain) fn for_job(store: Store, tenant_id: i64, task: SystemTask) -> Self {
        SystemActor {
            store,
            tenant_id,
            task,
        }
    }

    pub fn tenant_id(&self) -> i64 {
        self.tenant_id
    }

    pub fn task(&self) -> SystemTask {
        self.task
    }

    pub(in crate::domain) fn store(&self) -> &Store {
        &self.store
    }

    /// Refuses with `FORBIDDEN` unless the task's rows in the policy table allow it.
    pub fn require(&self, action: Action, resource: Resource) -> ApiResult<()> {
        if policy::system_permits(self.task, action, resource) {
            return Ok(());
        }
        tracing::error!(task = ?self.task, ?action, ?resource, tenant = self.tenant_id,
            "system work refused by the policy");
        Err(ApiError::forbidden())
    }
}
