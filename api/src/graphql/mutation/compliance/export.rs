//! `exportCreate`: an export of one of the compliance queries, written by a background job.

use async_graphql::{Context, InputObject, InputType, Json, Object};

use crate::domain::compliance::export::ExportQuery;
use crate::domain::compliance::export::service::{self, ExportCreate};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};
use crate::graphql::authorized;
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{
    ArchiveMessageFilter, AuditLogFilter, ComplianceReportGroupBy, Date, Export, ExportFormat,
    ExportKind, FilterInput, RiskAlertFilter,
};

#[derive(Default)]
pub struct ExportMutation;

#[derive(InputObject)]
pub struct ExportCreateInput {
    pub kind: ExportKind,
    pub format: ExportFormat,
    /// The search text of an ARCHIVE_SEARCH export, as `archiveSearch`'s `query` (blank: every
    /// message under the filter). Other kinds take none.
    pub query: Option<String>,
    /// The filter of the kind's query, as JSON with the same fields: `ArchiveMessageFilter`
    /// for ARCHIVE_SEARCH, `RiskAlertFilter` for RISK_ALERTS, `AuditLogFilter` for AUDIT_LOG;
    /// for COMPLIANCE_REPORT (required) `{"from": "2026-11-01", "to": "2026-11-30",
    /// "groupBy": "RULE"}`, as `complianceReport`'s arguments.
    pub filter: Option<Json<serde_json::Value>>,
}

/// `complianceReport`'s arguments, as an export's filter.
#[derive(InputObject)]
struct ComplianceReportArguments {
    from: Date,
    to: Date,
    group_by: ComplianceReportGroupBy,
}

payload!(ExportPayload { export: Export });

#[Object]
impl ExportMutation {
    /// Creates an export and queues the job that writes it; follow it with `node(id:)` or
    /// `exports`, then download `downloadUrl` and `manifest`. COMPLIANCE and AUDITOR export
    /// archive searches and alerts, AUDITOR and ADMIN the audit log, COMPLIANCE the compliance
    /// report. Recorded in the audit log (`EXPORT_CREATE`), as is every download.
    async fn export_create(
        &self,
        ctx: &Context<'_>,
        input: ExportCreateInput,
    ) -> async_graphql::Result<Option<ExportPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            service::require_export(auth, input.kind.into())?;
            let given_filter = input
                .filter
                .map_or(serde_json::Value::Null, |Json(value)| value);
            let query = parse_query(input.kind, input.query.clone(), &given_filter)?;
            service::create(
                auth,
                ExportCreate {
                    format: input.format.into(),
                    query,
                    given_query: input.query,
                    given_filter,
                },
            )
            .await
        }
        .await;
        respond(result.map(Export))
    }
}

/// The kind's query from the input, parsed as the kind's own query parses it; problems are
/// `userErrors` under `input.filter` (or `input.query`).
fn parse_query(
    kind: ExportKind,
    query: Option<String>,
    filter: &serde_json::Value,
) -> ApiResult<ExportQuery> {
    if kind != ExportKind::ArchiveSearch && query.is_some() {
        return Err(ApiError::field(
            &["input", "query"],
            ErrorCode::BadUserInput,
            "only ARCHIVE_SEARCH exports take a query; put conditions in `filter`",
        ));
    }
    Ok(match kind {
        ExportKind::ArchiveSearch => ExportQuery::ArchiveSearch {
            query: query.unwrap_or_default(),
            filter: parse_filter::<ArchiveMessageFilter>(filter)?
                .unwrap_or_default()
                .into_search_filter(),
        },
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
