use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, Utc};

use crate::domain::jobs;
use crate::graphql::errors::to_graphql;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::request_loaders;
use crate::graphql::types::Staff;

/// What a background job does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::JobKind")]
pub enum JobKind {
    /// Re-checks the archive against the current risk rules (`riskRescanStart`).
    Rescan,
    /// Writes an export of archive search results (`exportCreate`).
    ExportArchiveSearch,
    /// Writes an export of risk alerts.
    ExportRiskAlerts,
    /// Writes an export of the audit log.
    ExportAuditLog,
    /// Writes an export of a compliance report.
    ExportComplianceReport,
    /// Removes archive messages past the retention that no legal hold covers (queued daily
    /// by the server; `scrm archive purge` at the shell).
    Purge,
    /// Brings staff, customers, tags and groups from WeCom (`wecomSyncStart`).
    WecomSync,
    /// Applies WeCom callbacks received (queued by the callback endpoint).
    WecomEvents,
    /// Pulls new messages from WeCom's conversation archive (`wecomArchivePullStart`, and
    /// every few minutes by the server).
    ArchivePull,
    /// Evaluates the tenant's SOP rules and fires new occurrences (queued every minute by the
    /// server).
    Sop,
    /// Sends a due broadcast (queued by the server at its `sendAt`, outside quiet hours).
    BroadcastSend,
    /// Reads WeCom's results of unfinished customer transfers (queued by the server while
    /// any is unfinished).
    TransferResults,
}

/// Where a background job is: QUEUED and RUNNING are unfinished, the others final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::JobStatus")]
pub enum JobStatus {
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// A background job and its progress; poll it with `job(id:)`, `jobs` or `node(id:)`. Jobs
/// survive a restart of the server: an interrupted one resumes where it stopped.
pub struct Job(pub jobs::Job);

#[Object]
impl Job {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Job, self.0.id)
    }

    async fn kind(&self) -> JobKind {
        self.0.kind.into()
    }

    async fn status(&self) -> JobStatus {
        self.0.status.into()
    }

    /// Units done so far (messages, for a rescan).
    async fn done(&self) -> i64 {
        self.0.done
    }

    /// Units to do; 0 until the job has started.
    async fn total(&self) -> i64 {
        self.0.total
    }

    /// What the job produced (new alerts, for a rescan).
    async fn produced(&self) -> i64 {
        self.0.produced
    }

    /// Why it failed, and what to do.
    async fn error(&self) -> Option<&str> {
        self.0.error.as_deref()
    }

    /// Whether someone asked a running job to stop (it stops at its next checkpoint).
    async fn cancel_requested(&self) -> bool {
        self.0.cancel_requested
    }

    /// How many times a server took the job up; more than 1 means it resumed after a server
    /// stopped.
    async fn attempts(&self) -> i32 {
        self.0.attempts
    }

    /// Who started it; null when an operator or the system did.
    async fn created_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let Some(id) = self.0.created_by_staff_id else {
            return Ok(None);
        };
        let member = request_loaders(ctx)?
            .staff_by_id
            .load_one(id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(member.map(Staff))
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn started_at(&self) -> Option<DateTime<Utc>> {
        self.0.started_at
    }

    async fn finished_at(&self) -> Option<DateTime<Utc>> {
        self.0.finished_at
    }
}

/// Narrows `jobs`; all given conditions hold.
#[derive(InputObject, Default)]
pub struct JobFilter {
    pub kind: Option<JobKind>,
    pub status: Option<JobStatus>,
}

impl From<JobFilter> for jobs::JobFilter {
    fn from(filter: JobFilter) -> Self {
        jobs::JobFilter {
            kind: filter.kind.map(Into::into),
            status: filter.status.map(Into::into),
        }
    }
}

/// The cursors of `jobs`.
pub const JOB_CURSORS: crate::graphql::types::IdCursors = crate::graphql::types::IdCursors {
    prefix: 'j',
    list: "jobs",
};
