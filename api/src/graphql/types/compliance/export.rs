//! Exports: files of archive search results, alerts, the audit log or a compliance report,
//! written by a job and downloaded over `GET /exports/{id}` (docs/EXPORTS.md).

use async_graphql::{Context, Enum, ID, InputObject, InputType, Object};
use chrono::{DateTime, Utc};

use crate::domain::compliance::export::ExportQuery;
use crate::domain::compliance::export::service;
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};
use crate::graphql::errors::to_graphql;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::request_loaders;
use crate::graphql::types::Staff;
use crate::graphql::types::job::{Job, JobStatus};
use crate::graphql::types::{
    ArchiveMessageFilter, AuditLogFilter, ComplianceReportGroupBy, Date, FilterInput,
    RiskAlertFilter,
};

/// What an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::export::ExportKind")]
pub enum ExportKind {
    /// Messages an `archiveSearch` finds (COMPLIANCE, AUDITOR).
    ArchiveSearch,
    /// Alerts as `riskAlerts` lists them (COMPLIANCE, AUDITOR).
    RiskAlerts,
    /// Entries of the audit log as `auditLog` lists them (AUDITOR, ADMIN).
    AuditLog,
    /// The rows of a `complianceReport` (COMPLIANCE).
    ComplianceReport,
}

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::export::ExportFormat")]
pub enum ExportFormat {
    /// UTF-8 with BOM, RFC 4180, times with their offset; opens in Excel with Chinese intact.
    Csv,
    /// An Excel workbook: frozen header, text cells for ids, times as Excel dates.
    Xlsx,
}

/// An export: its job writes the file, which stays downloadable until `expiresAt`.
pub struct Export(pub service::Export);

#[Object]
impl Export {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Export, self.0.row.id)
    }

    async fn kind(&self) -> ExportKind {
        self.0.row.kind.into()
    }

    async fn format(&self) -> ExportFormat {
        self.0.row.format.into()
    }

    /// Its job's status: the file can be downloaded once it is SUCCEEDED.
    async fn status(&self) -> JobStatus {
        self.0
            .job
            .as_ref()
            .map_or(JobStatus::Queued, |job| job.status.into())
    }

    /// The job writing it (progress: rows done of total).
    async fn job(&self) -> Option<Job> {
        self.0.job.clone().map(Job)
    }

    /// Data rows in the file (the header not counted); null until it is written.
    async fn row_count(&self) -> Option<i64> {
        self.0.row.row_count
    }

    /// SHA-256 (hex) of the file as downloaded, as the manifest signs it.
    async fn sha256(&self) -> Option<&str> {
        self.0.row.sha256.as_deref()
    }

    /// Size of the file as downloaded.
    async fn size_bytes(&self) -> Option<i64> {
        self.0.row.size_bytes
    }

    async fn created_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let member = request_loaders(ctx)?
            .staff_by_id
            .load_one(self.0.row.created_by)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(member.map(Staff))
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.row.created_at
    }

    /// After this the file is deleted and a download answers `410 Gone`.
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.row.expires_at
    }

    /// Where to download the file (`GET`, with the same `Authorization: Bearer` header); null
    /// until it is written or once it expired.
    async fn download_url(&self) -> Option<String> {
        self.downloadable().then(|| {
            format!(
                "/exports/{}",
                ids::encode(NodeKind::Export, self.0.row.id).0
            )
        })
    }

    /// Where to download the signed manifest (`GET`); null like `downloadUrl`.
    async fn manifest(&self) -> Option<String> {
        self.downloadable().then(|| {
            format!(
                "/exports/{}/manifest",
                ids::encode(NodeKind::Export, self.0.row.id).0
            )
        })
    }
}

impl Export {
    fn downloadable(&self) -> bool {
        self.0.row.sha256.is_some() && !self.0.is_expired(Utc::now())
    }
}

/// The cursors of `exports`.
pub const EXPORT_CURSORS: crate::graphql::types::IdCursors = crate::graphql::types::IdCursors {
    prefix: 'x',
    list: "exports",
};

/// `complianceReport`'s arguments, as an export's filter.
#[derive(InputObject)]
struct ComplianceReportArguments {
    from: Date,
    to: Date,
    group_by: ComplianceReportGroupBy,
}

/// The kind's query from the input, parsed as the kind's own query parses it; problems are
/// `userErrors` under `input.filter` (or `input.query`).
pub fn parse_export_query(
    kind: entity::export::ExportKind,
    query: Option<String>,
    filter: &serde_json::Value,
) -> ApiResult<ExportQuery> {
    use entity::export::ExportKind;
    if kind != ExportKind::ArchiveSearch && query.is_some() {
        return Err(ApiError::field(
            &["input", "query"],
            ErrorCode::BadUserInput,
            "only ARCHIVE_SEARCH exports take a query; put conditions in `filter`",
        ));
    }
    Ok(match kind {
        ExportKind::ArchiveSearch => {
            let filter = parse_filter::<ArchiveMessageFilter>(filter)?
                .unwrap_or_default()
                .into_domain()
                .map_err(under_input)?;
            ExportQuery::ArchiveSearch {
                query: query.unwrap_or_default(),
                filter: filter.index,
                parties: filter.parties,
            }
        }
        ExportKind::RiskAlerts => ExportQuery::RiskAlerts {
            filter: parse_filter::<RiskAlertFilter>(filter)?
                .map(|filter| filter.into_domain().map_err(under_input))
                .transpose()?,
        },
        ExportKind::AuditLog => ExportQuery::AuditLog {
            filter: parse_filter::<AuditLogFilter>(filter)?
                .unwrap_or_default()
                .into_domain()
                .map_err(under_input)?,
        },
        ExportKind::ComplianceReport => {
            let Some(arguments) = parse_filter::<ComplianceReportArguments>(filter)? else {
                return Err(ApiError::field(
                    &["input", "filter"],
                    ErrorCode::BadUserInput,
                    "a COMPLIANCE_REPORT export needs its filter: {\"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\", \"groupBy\": \"RULE\" | \"STAFF\" | \"DEPARTMENT\"}",
                ));
            };
            ExportQuery::ComplianceReport {
                from: arguments.from.0,
                to: arguments.to.0,
                group_by: arguments.group_by.into(),
            }
        }
    })
}

/// The JSON filter as the GraphQL input type `T` (`None` for null).
fn parse_filter<T: InputType>(filter: &serde_json::Value) -> ApiResult<Option<T>> {
    if filter.is_null() {
        return Ok(None);
    }
    let value = async_graphql::Value::from_json(filter.clone()).map_err(|_| {
        ApiError::field(
            &["input", "filter"],
            ErrorCode::BadUserInput,
            "the filter is not a JSON object",
        )
    })?;
    T::parse(Some(value)).map(Some).map_err(|error| {
        let message = error
            .into_server_error(async_graphql::Pos::default())
            .message;
        ApiError::field(
            &["input", "filter"],
            ErrorCode::BadUserInput,
            format!(
                "{message} (the filter takes the fields of {})",
                T::type_name()
            ),
        )
    })
}

/// Problems the filter types report under `filter` are, here, under `input.filter`.
fn under_input(error: ApiError) -> ApiError {
    match error {
        ApiError::Invalid(problems) => ApiError::Invalid(
            problems
                .into_iter()
                .map(|problem| FieldError {
                    field: std::iter::once("input".to_string())
                        .chain(problem.field)
                        .collect(),
                    ..problem
                })
                .collect(),
        ),
        other => other,
    }
}
