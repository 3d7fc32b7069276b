//! GraphQL object, input and enum types.

mod common;
mod compliance;
mod crm;
mod date;
mod job;
mod node;
mod org;

pub use common::{
    Combinators, DateTimeFilter, FilterInput, OrderDirection, Role, StringFilter, TotalCount,
    connection_of, decode_id_cursor, encode_id_cursor,
};
pub use compliance::archive::{
    ArchiveConversation, ArchiveMessage, ArchiveMessageFilter, decode_offset, decode_search_cursor,
    encode_offset, encode_search_cursor,
};
pub use compliance::audit::{AuditEntry, AuditLogFilter, decode_audit_cursor, encode_audit_cursor};
pub use compliance::export::{
    Export, ExportFormat, ExportKind, decode_export_cursor, encode_export_cursor,
    parse_export_query,
};
pub use compliance::legal_hold::{
    LegalHold, LegalHoldFilter, decode_hold_cursor, encode_hold_cursor,
};
pub use compliance::report::{ComplianceReport, ComplianceReportGroupBy};
pub use compliance::risk::{
    AppliesTo, Detector, RiskAlert, RiskAlertFilter, RiskAlertOrder, RiskAlertOrderField, RiskRule,
    Severity,
};
pub use crm::customer::{Customer, CustomerFilter, CustomerOrder};
pub use crm::tag::{Tag, TagGroup};
pub use date::Date;
pub use job::{Job, JobFilter, decode_job_cursor, encode_job_cursor};
pub use node::Node;
pub use org::api_key::ApiKey;
pub use org::department::Department;
pub use org::staff::{Staff, StaffFilter, StaffOrder};
pub use org::tenant::Tenant;
