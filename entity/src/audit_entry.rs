use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::Role;

/// One entry of a tenant's audit log: who did what, when, with which outcome. Append-only (the
/// database refuses UPDATE and DELETE) and hash-chained per tenant (`archive::audit`).
///
/// Action, time, actor and outcome stay in clear so the log can be filtered; what was touched
/// (`target`) and how (`parameters`: queries, filters, page arguments) can quote archive content
/// and are sealed together in `sealed`, bound to the tenant and `seq`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_entry")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// Position in the tenant's audit chain: 1, 2, 3, … without gaps.
    pub seq: i64,
    /// When the entry was appended, truncated to microseconds (the chain commits to them).
    pub at: DateTimeUtc,
    pub actor_kind: AuditActorKind,
    /// The staff member acting (for an API key: the staff member the key acts as).
    pub actor_staff_id: Option<i64>,
    pub actor_api_key_id: Option<i64>,
    /// The operator's OS user, or the system task's name. Not secret.
    pub actor_name: Option<String>,
    pub actor_role: Option<Role>,
    pub action: AuditAction,
    pub outcome: AuditOutcome,
    pub request_id: Option<String>,
    pub client_ip: Option<String>,
    /// The sealed JSON `{"target": [...], "parameters": {...}}`.
    pub sealed: Vec<u8>,
    pub chain_hash: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Who acted: a signed-in staff member, an API key, an operator at the server's shell (CLI), or
/// the system itself (a background task).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum AuditActorKind {
    #[sea_orm(string_value = "STAFF")]
    Staff,
    #[sea_orm(string_value = "API_KEY")]
    ApiKey,
    #[sea_orm(string_value = "OPERATOR")]
    Operator,
    #[sea_orm(string_value = "SYSTEM")]
    System,
}

/// How the action ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum AuditOutcome {
    #[sea_orm(string_value = "SUCCESS")]
    Success,
    /// Refused by authorisation.
    #[sea_orm(string_value = "DENIED")]
    Denied,
    /// Allowed, but it failed.
    #[sea_orm(string_value = "FAILED")]
    Failed,
}

/// What was done. The stored strings are stable: they are chained and filtered on.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum AuditAction {
    #[sea_orm(string_value = "ARCHIVE_SEARCH")]
    ArchiveSearch,
    #[sea_orm(string_value = "ARCHIVE_MESSAGE_READ")]
    ArchiveMessageRead,
    #[sea_orm(string_value = "ARCHIVE_CONTEXT_READ")]
    ArchiveContextRead,
    #[sea_orm(string_value = "ARCHIVE_RAW_READ")]
    ArchiveRawRead,
    #[sea_orm(string_value = "ARCHIVE_CONVERSATIONS_READ")]
    ArchiveConversationsRead,
    #[sea_orm(string_value = "RISK_ALERTS_READ")]
    RiskAlertsRead,
    #[sea_orm(string_value = "RISK_ALERT_ASSIGN")]
    RiskAlertAssign,
    #[sea_orm(string_value = "RISK_ALERT_COMMENT")]
    RiskAlertComment,
    #[sea_orm(string_value = "RISK_ALERT_DECIDE")]
    RiskAlertDecide,
    #[sea_orm(string_value = "RISK_RULE_CHANGE")]
    RiskRuleChange,
    #[sea_orm(string_value = "KEY_ROTATE")]
    KeyRotate,
    #[sea_orm(string_value = "KEY_REWRAP")]
    KeyRewrap,
    #[sea_orm(string_value = "LOGIN")]
    Login,
    #[sea_orm(string_value = "LOGIN_FAILED")]
    LoginFailed,
    #[sea_orm(string_value = "LOGOUT")]
    Logout,
    #[sea_orm(string_value = "STAFF_CHANGE")]
    StaffChange,
    #[sea_orm(string_value = "API_KEY_CHANGE")]
    ApiKeyChange,
    #[sea_orm(string_value = "EXPORT_CREATE")]
    ExportCreate,
    #[sea_orm(string_value = "EXPORT_DOWNLOAD")]
    ExportDownload,
    #[sea_orm(string_value = "LEGAL_HOLD_CHANGE")]
    LegalHoldChange,
    #[sea_orm(string_value = "ARCHIVE_IMPORT")]
    ArchiveImport,
    #[sea_orm(string_value = "ARCHIVE_PURGE")]
    ArchivePurge,
    #[sea_orm(string_value = "OPERATOR_SEARCH")]
    OperatorSearch,
    #[sea_orm(string_value = "ARCHIVE_VERIFY")]
    ArchiveVerify,
    #[sea_orm(string_value = "ARCHIVE_RESCAN")]
    ArchiveRescan,
    #[sea_orm(string_value = "AUDIT_LOG_READ")]
    AuditLogRead,
    #[sea_orm(string_value = "COMPLIANCE_REPORT_READ")]
    ComplianceReportRead,
    #[sea_orm(string_value = "AUDIT_VERIFY")]
    AuditVerify,
    #[sea_orm(string_value = "TENANT_SETTINGS_CHANGE")]
    TenantSettingsChange,
    /// WeCom settings changed (which fields, never their values).
    #[sea_orm(string_value = "WECOM_SETTINGS_CHANGE")]
    WecomSettingsChange,
    /// A sync of staff, customers, tags or groups from WeCom finished (with its counts).
    #[sea_orm(string_value = "WECOM_SYNC")]
    WecomSync,
    /// Messages pulled from WeCom's conversation archive into the archive.
    #[sea_orm(string_value = "ARCHIVE_PULL")]
    ArchivePull,
    /// An archived media file (image, voice, video, file) downloaded.
    #[sea_orm(string_value = "ARCHIVE_MEDIA_READ")]
    ArchiveMediaRead,
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use sea_orm::{ActiveEnum, Iterable};

    use super::*;

    #[test]
    fn stored_strings_fit_their_columns_and_unknown_ones_are_errors() {
        for action in AuditAction::iter() {
            let stored = action.to_value();
            assert!(stored.len() <= 32, "{stored}");
            assert_eq!(AuditAction::try_from_value(&stored).ok(), Some(action));
        }
        assert_eq!(AuditAction::iter().count(), 33);
        assert_eq!(AuditAction::ArchiveSearch.to_value(), "ARCHIVE_SEARCH");
        assert_eq!(AuditActorKind::ApiKey.to_value(), "API_KEY");
        assert_eq!(AuditOutcome::Denied.to_value(), "DENIED");
        assert!(AuditAction::try_from_value(&"archive_search".to_string()).is_err());
    }
}
