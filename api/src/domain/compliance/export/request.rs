//! What an export holds: the query of its kind, parsed and checked when the export is created,
//! and kept sealed with the export so its job (in any process, after any restart) reads exactly
//! those rows.

use archive::index::SearchFilter;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::compliance::audit::AuditLogFilter;
use crate::domain::compliance::party_filter::PartyFilter;
use crate::domain::compliance::report::ReportGrouping;
use crate::domain::compliance::risk::AlertFilter;
use crate::domain::policy::Resource;
use entity::export::ExportKind;

/// The rows an export holds, in its kind's terms (the same as the kind's query:
/// `archiveSearch`, `riskAlerts`, `auditLog`, `complianceReport`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum ExportQuery {
    ArchiveSearch {
        query: String,
        filter: SearchFilter,
        /// Resolved to WeCom ids when the export runs (exports sealed before parties existed
        /// have none).
        #[serde(default)]
        parties: Vec<PartyFilter>,
    },
    RiskAlerts {
        filter: Option<AlertFilter>,
    },
    AuditLog {
        filter: AuditLogFilter,
    },
    ComplianceReport {
        from: NaiveDate,
        to: NaiveDate,
        group_by: ReportGrouping,
    },
}

impl ExportQuery {
    pub fn kind(&self) -> ExportKind {
        match self {
            ExportQuery::ArchiveSearch { .. } => ExportKind::ArchiveSearch,
            ExportQuery::RiskAlerts { .. } => ExportKind::RiskAlerts,
            ExportQuery::AuditLog { .. } => ExportKind::AuditLog,
            ExportQuery::ComplianceReport { .. } => ExportKind::ComplianceReport,
        }
    }
}

/// What the policy must allow the creator to read for an export of `kind`, beside
/// `policy::may_export`.
pub fn resource_read(kind: ExportKind) -> Resource {
    match kind {
        ExportKind::ArchiveSearch => Resource::Archive,
        ExportKind::RiskAlerts => Resource::RiskAlert,
        ExportKind::AuditLog => Resource::AuditLog,
        ExportKind::ComplianceReport => Resource::ComplianceReport,
    }
}

/// An export's request as sealed in its row: the parsed query, and the query text and filter
/// as the creator gave them (which the manifest repeats).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SealedRequest {
    pub query: ExportQuery,
    pub given_query: Option<String>,
    pub given_filter: Value,
}
