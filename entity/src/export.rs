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

/// What was exported; the names are those of manifests and of the GraphQL enum.
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

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum ExportFormat {
    #[sea_orm(string_value = "CSV")]
    Csv,
    #[sea_orm(string_value = "XLSX")]
    Xlsx,
}

impl ExportKind {
    pub const ALL: [ExportKind; 4] = [
        ExportKind::ArchiveSearch,
        ExportKind::RiskAlerts,
        ExportKind::AuditLog,
        ExportKind::ComplianceReport,
    ];

    /// The name in manifests and in the GraphQL enum, e.g. `ARCHIVE_SEARCH`.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportKind::ArchiveSearch => "ARCHIVE_SEARCH",
            ExportKind::RiskAlerts => "RISK_ALERTS",
            ExportKind::AuditLog => "AUDIT_LOG",
            ExportKind::ComplianceReport => "COMPLIANCE_REPORT",
        }
    }

    pub fn parse(value: &str) -> Option<ExportKind> {
        ExportKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == value)
    }

    /// The start of a download's file name, e.g. `archive-search`.
    pub fn file_stem(self) -> &'static str {
        match self {
            ExportKind::ArchiveSearch => "archive-search",
            ExportKind::RiskAlerts => "risk-alerts",
            ExportKind::AuditLog => "audit-log",
            ExportKind::ComplianceReport => "compliance-report",
        }
    }

    /// The download's file name for an export made at `local` (the tenant's wall time), e.g.
    /// `archive-search-2026-12-01T1012.xlsx`: ASCII only, no characters a file system or a
    /// `Content-Disposition` header would need quoted.
    pub fn file_name(self, format: ExportFormat, local: chrono::NaiveDateTime) -> String {
        format!(
            "{}-{}.{}",
            self.file_stem(),
            local.format("%Y-%m-%dT%H%M"),
            format.extension()
        )
    }
}

impl ExportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Csv => "CSV",
            ExportFormat::Xlsx => "XLSX",
        }
    }

    pub fn parse(value: &str) -> Option<ExportFormat> {
        match value {
            "CSV" => Some(ExportFormat::Csv),
            "XLSX" => Some(ExportFormat::Xlsx),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
    }

    /// The `Content-Type` of a download.
    pub fn content_type(self) -> &'static str {
        match self {
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        }
    }
}
