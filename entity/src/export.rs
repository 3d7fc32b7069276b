use sea_orm::entity::prelude::*;

/// An export: a file of archive search results, alerts, audit entries or a compliance report,
/// written by a job into the data dir sealed with the tenant's data key, downloadable by the
/// roles that may create its kind until it expires.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "export")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub kind: ExportKind,
    pub format: ExportFormat,
    /// The job writing it; the export's status is the job's.
    pub job_id: Option<i64>,
    /// The query, filter and arguments, sealed (they say what compliance suspects).
    pub request_sealed: Vec<u8>,
    /// The signed manifest, sealed (it repeats the query); set when the file is complete.
    pub manifest_sealed: Option<Vec<u8>>,
    pub row_count: Option<i64>,
    pub size_bytes: Option<i64>,
    /// SHA-256 (hex) of the file as downloaded.
    pub sha256: Option<String>,
    pub created_by: i64,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    /// When the file was removed (expired); the row stays as the record.
    pub deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum ExportKind {
    #[sea_orm(string_value = "ARCHIVE_SEARCH")]
    ArchiveSearch,
    #[sea_orm(string_value = "RISK_ALERTS")]
    RiskAlerts,
    #[sea_orm(string_value = "AUDIT_LOG")]
    AuditLog,
    #[sea_orm(string_value = "COMPLIANCE_REPORT")]
    ComplianceReport,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum ExportFormat {
    #[sea_orm(string_value = "CSV")]
    Csv,
    #[sea_orm(string_value = "XLSX")]
    Xlsx,
}
