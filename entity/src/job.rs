use sea_orm::entity::prelude::*;

/// A background job (`api::domain::jobs`): its state lives here so that it survives a restart,
/// and so that several server processes on one database run it exactly once (a process claims
/// a job by taking its lease and keeps it by renewing the lease).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "job")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub kind: JobKind,
    pub status: JobStatus,
    /// Units done and to do (messages for a rescan, rows for an export).
    pub done: i64,
    pub total: i64,
    /// What the job produced so far (for a rescan: new alerts).
    pub produced: i64,
    /// Why it failed, for the person who started it: never content.
    pub error: Option<String>,
    /// The staff member who started it, or `None` for an operator or the system.
    pub created_by_staff_id: Option<i64>,
    /// An operator's OS user or a system task's name, when no staff member started it.
    pub created_by_name: Option<String>,
    /// The row the job works on, by kind (an export's id); `None` when the kind has none.
    pub subject_id: Option<i64>,
    /// Where to resume (JSON, by kind: e.g. `{"after_seq": 1234}`); never content.
    pub checkpoint: Option<String>,
    /// Set by `jobCancel` on a running job; the job stops at its next checkpoint.
    pub cancel_requested: bool,
    /// The worker (host, process, number) holding the job while it runs, and until when;
    /// another may take the job over once the lease has expired. After the job ends, the owner
    /// stays as the record of which worker ran it last.
    pub lease_owner: Option<String>,
    pub lease_expires_at: Option<DateTimeUtc>,
    /// How many times a process has taken the job up (more than 1: resumed after a crash).
    pub attempts: i32,
    pub created_at: DateTimeUtc,
    pub started_at: Option<DateTimeUtc>,
    pub finished_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// What a job does. Adding a kind: a value here, a handler in `api::domain::jobs::kinds`, and
/// who may start it in `api::domain::policy::may_start_job`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum JobKind {
    /// Re-checks the archive against the current risk rules.
    #[sea_orm(string_value = "RESCAN")]
    Rescan,
    /// Writes an export of each kind (`entity::export`): one job kind per export kind, so
    /// that each role sees the jobs of the exports it may make, and no other.
    #[sea_orm(string_value = "EXPORT_ARCHIVE_SEARCH")]
    ExportArchiveSearch,
    #[sea_orm(string_value = "EXPORT_RISK_ALERTS")]
    ExportRiskAlerts,
    #[sea_orm(string_value = "EXPORT_AUDIT_LOG")]
    ExportAuditLog,
    #[sea_orm(string_value = "EXPORT_COMPLIANCE_REPORT")]
    ExportComplianceReport,
    /// Removes archive messages past the tenant's retention that no legal hold covers
    /// (`api::domain::compliance::retention`); queued daily by the server.
    #[sea_orm(string_value = "PURGE")]
    Purge,
    /// Brings staff, departments, customers and their follows, corp tags and customer groups
    /// from WeCom (`api::domain::wecom::sync`).
    #[sea_orm(string_value = "WECOM_SYNC")]
    WecomSync,
    /// Applies the WeCom callbacks received and not yet applied (`api::domain::wecom::events`).
    #[sea_orm(string_value = "WECOM_EVENTS")]
    WecomEvents,
    /// Pulls new messages from WeCom's conversation archive (`api::domain::wecom::pull`).
    #[sea_orm(string_value = "ARCHIVE_PULL")]
    ArchivePull,
    /// Evaluates the tenant's active SOP rules and fires each new occurrence once
    /// (`api::domain::engage::sop`); queued every minute by the server.
    #[sea_orm(string_value = "SOP")]
    Sop,
    /// Sends one broadcast (`subject_id`): reserves each customer's slot under the tenant's
    /// rules and hands the messages to WeCom (`api::domain::engage::broadcasts::send`); queued
    /// by the server when the broadcast is due and outside the quiet hours.
    #[sea_orm(string_value = "BROADCAST_SEND")]
    BroadcastSend,
    /// Reads WeCom's results of the tenant's unfinished customer transfers and moves scrm's
    /// records with the customers taken over (`api::domain::crm::transfers::poll`); queued by
    /// the server while any transfer is unfinished.
    #[sea_orm(string_value = "TRANSFER_RESULTS")]
    TransferResults,
}

impl JobKind {
    /// The job that writes an export of `kind`.
    pub fn export(kind: crate::export::ExportKind) -> JobKind {
        use crate::export::ExportKind;
        match kind {
            ExportKind::ArchiveSearch => JobKind::ExportArchiveSearch,
            ExportKind::RiskAlerts => JobKind::ExportRiskAlerts,
            ExportKind::AuditLog => JobKind::ExportAuditLog,
            ExportKind::ComplianceReport => JobKind::ExportComplianceReport,
        }
    }
}

/// Where a job is. QUEUED and RUNNING are unfinished; the others are final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum JobStatus {
    #[sea_orm(string_value = "QUEUED")]
    Queued,
    #[sea_orm(string_value = "RUNNING")]
    Running,
    #[sea_orm(string_value = "SUCCEEDED")]
    Succeeded,
    #[sea_orm(string_value = "FAILED")]
    Failed,
    #[sea_orm(string_value = "CANCELLED")]
    Cancelled,
}

impl JobStatus {
    pub fn is_final(self) -> bool {
        !matches!(self, JobStatus::Queued | JobStatus::Running)
    }
}
