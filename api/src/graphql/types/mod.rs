//! GraphQL object, input and enum types.

mod common;
mod compliance;
mod crm;
mod date;
mod engage;
mod fen;
mod job;
mod node;
mod org;
mod upload;

pub use common::{
    Combinators, DateTimeFilter, FilterInput, IdCursors, OrderDirection, Role, StringFilter,
    TotalCount, connection_of,
};
pub use compliance::archive::{
    ArchiveConsent, ArchiveConversation, ArchiveMessage, ArchiveMessageFilter, decode_offset,
    decode_search_cursor, encode_offset, encode_search_cursor,
};
pub use compliance::audit::{AuditEntry, AuditLogFilter, decode_audit_cursor, encode_audit_cursor};
pub use compliance::export::{
    EXPORT_CURSORS, Export, ExportFormat, ExportKind, parse_export_query,
};
pub use compliance::legal_hold::{HOLD_CURSORS, LegalHold, LegalHoldFilter};
pub use compliance::report::{ComplianceReport, ComplianceReportGroupBy};
pub use compliance::risk::{
    AppliesTo, Detector, RiskAlert, RiskAlertFilter, RiskAlertOrder, RiskAlertOrderField, RiskRule,
    Severity,
};
pub use crm::customer::{Customer, CustomerFilter, CustomerOrder};
pub use crm::dashboard::{Dashboard, DashboardGroupBy, Segments};
pub use crm::deal::{
    Deal, DealFilter, DealOrder, ForecastGroupBy, ForecastRow, Pipeline, PipelineById,
    PipelineStage, PipelineStageById, StageConversion,
};
pub use crm::follow_up::{
    Agenda, CustomerById, FollowUp, FollowUpKind, LastContactByCustomer, last_contacts_of,
};
pub use crm::tag::{Tag, TagGroup};
pub use crm::transfer::{Transfer, TransferFilter};
pub use date::Date;
pub use engage::broadcast::{
    Broadcast, BroadcastAudienceInput, BroadcastFilter, BroadcastPolicy, BroadcastPreview,
    TagFilterInput, parse_clock,
};
pub use engage::channel_code::{ChannelCode, ChannelCodeFilter};
pub use engage::group::{CustomerGroup, CustomerGroupFilter, GroupWelcomeTemplate};
pub use engage::library::{
    LibraryFolder, LibraryFolderById, LibraryFolderFilter, LibraryItemKind, LibraryItemOrder,
    LibraryScope, LibraryUsageRow, LibraryUseCounts, Material, MaterialFilter, MaterialKind,
    Script, ScriptFilter,
};
pub use engage::sop::{SopActionKind, SopRule, SopRuleRun, SopTriggerKind, Task, TaskStatus};
pub use fen::Fen;
pub use job::{JOB_CURSORS, Job, JobFilter};
pub use node::Node;
pub use org::api_key::ApiKey;
pub use org::department::Department;
pub use org::notification::Notification;
pub use org::staff::{Staff, StaffFilter, StaffOrder};
pub use org::tenant::Tenant;
pub use org::wecom::WecomSettings;
pub use upload::{Upload, UploadedFiles};
