//! `exportCreate`: an export of one of the compliance queries, written by a background job.

use async_graphql::{Context, InputObject, Json, Object};

use crate::domain::compliance::export::service::{self, ExportCreate};
use crate::graphql::authorized;
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{Export, ExportFormat, ExportKind, parse_export_query};

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
            let query = parse_export_query(input.kind.into(), input.query.clone(), &given_filter)?;
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
