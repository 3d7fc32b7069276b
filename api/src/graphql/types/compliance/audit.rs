//! The audit log as auditors (and, without archive parameters, admins) read it.

use async_graphql::{Context, Enum, ID, InputObject, Json, Object, SimpleObject, Union};
use chrono::{DateTime, Utc};

use crate::domain::compliance::audit as audit_service;
use crate::error::ApiError;
use crate::graphql::errors::to_graphql;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{Role, Staff};
use crate::graphql::{authorized, request_loaders};

/// What an entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::AuditAction")]
pub enum AuditAction {
    ArchiveSearch,
    ArchiveMessageRead,
    ArchiveContextRead,
    ArchiveRawRead,
    ArchiveConversationsRead,
    RiskAlertsRead,
    RiskAlertAssign,
    RiskAlertComment,
    RiskAlertDecide,
    RiskRuleChange,
    KeyRotate,
    KeyRewrap,
    Login,
    LoginFailed,
    Logout,
    StaffChange,
    ApiKeyChange,
    ExportCreate,
    ExportDownload,
    LegalHoldChange,
    ArchiveImport,
    ArchivePurge,
    OperatorSearch,
    ArchiveVerify,
    ArchiveRescan,
    AuditLogRead,
    ComplianceReportRead,
    AuditVerify,
    TenantSettingsChange,
    WecomSettingsChange,
    WecomSync,
    ArchivePull,
    ArchiveMediaRead,
}

/// How the recorded action ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::AuditOutcome")]
pub enum AuditOutcome {
    Success,
    /// Refused by the policy (the attempt itself is recorded).
    Denied,
    Failed,
}

/// An operator at the server's shell (a `scrm` command), named by OS user.
#[derive(SimpleObject)]
pub struct AuditOperator {
    pub name: String,
}

/// The system itself: a background task or a check that acts for nobody in particular (e.g. a
/// sign-in with an email that names no member).
#[derive(SimpleObject)]
pub struct AuditSystem {
    pub task: String,
}

/// Who acted: a staff member (also for their API keys, see `AuditEntry.apiKeyId`), an
/// operator, or the system.
#[derive(Union)]
pub enum AuditActor {
    Staff(Staff),
    Operator(AuditOperator),
    System(AuditSystem),
}

/// One entry of the tenant's audit log. Append-only and hash-chained; nothing changes or
/// deletes it.
pub struct AuditEntry(pub archive::audit::AuditEntry);

#[Object]
impl AuditEntry {
    pub async fn id(&self, ctx: &Context<'_>) -> async_graphql::Result<ID> {
        let auth = authorized(ctx)?;
        Ok(ids::encode_in_tenant(
            NodeKind::AuditEntry,
            auth.tenant_id(),
            self.0.seq as i64,
        ))
    }

    /// Position in the tenant's audit chain (1, 2, 3, … without gaps).
    async fn seq(&self) -> i64 {
        self.0.seq as i64
    }

    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }

    async fn actor(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<AuditActor>> {
        let actor = &self.0.actor;
        if let Some(staff_id) = actor.staff_id {
            let member = request_loaders(ctx)?
                .staff_by_id
                .load_one(staff_id)
                .await
                .map_err(|error| to_graphql(&error))?;
            return Ok(member.map(|member| AuditActor::Staff(Staff(member))));
        }
        let name = actor.name.clone().unwrap_or_default();
        Ok(Some(match actor.kind {
            entity::AuditActorKind::Operator => AuditActor::Operator(AuditOperator { name }),
            _ => AuditActor::System(AuditSystem { task: name }),
        }))
    }

    /// The role the actor acted with (none for operators and the system).
    async fn actor_role(&self) -> Option<Role> {
        self.0.actor.role.map(Role::from)
    }

    /// The API key the action came through, if any.
    async fn api_key_id(&self) -> Option<ID> {
        self.0
            .actor
            .api_key_id
            .map(|id| ids::encode(NodeKind::ApiKey, id))
    }

    async fn action(&self) -> AuditAction {
        self.0.action.into()
    }

    async fn outcome(&self) -> AuditOutcome {
        self.0.outcome.into()
    }

    /// What the action touched: msgids, or rows as `staff/7`, `risk_alert/12`, `api_key/3`,
    /// `risk_rule/R1`, `tenant/1`. For a search, the msgids of the page returned.
    async fn target(&self) -> &[String] {
        &self.0.target
    }

    /// The query, filter and page arguments (decrypted for the reader). Null for admins on
    /// entries about archive content and alerts, whose parameters are for archive roles only.
    async fn parameters(&self) -> Option<Json<serde_json::Value>> {
        if self.0.parameters.is_null() {
            return None;
        }
        Some(Json(self.0.parameters.clone()))
    }

    async fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }

    async fn client_ip(&self) -> Option<&str> {
        self.0.client_ip.as_deref()
    }
}

/// Narrows the audit log; all given conditions hold.
#[derive(InputObject, Default)]
pub struct AuditLogFilter {
    /// Entries of this staff member (their API keys' included).
    pub actor_id: Option<ID>,
    pub action: Option<AuditAction>,
    /// At or after this time.
    pub from: Option<DateTime<Utc>>,
    /// Before this time.
    pub to: Option<DateTime<Utc>>,
    /// Entries that touched this: the global id of a staff member, an alert, an API key or the
    /// tenant, or a message's msgid ("who read this message?").
    pub target_id: Option<String>,
}

impl AuditLogFilter {
    pub fn into_domain(self) -> Result<audit_service::AuditLogFilter, ApiError> {
        let actor_staff_id = self
            .actor_id
            .map(|id| ids::decode(&["filter", "actorId"], NodeKind::Staff, &id))
            .transpose()?;
        let target = self.target_id.map(|target| {
            let row = ids::decode_any(&target).and_then(|global| match global.kind {
                NodeKind::Staff => Some(("staff", global.number)),
                NodeKind::RiskAlert => Some(("risk_alert", global.number)),
                NodeKind::ApiKey => Some(("api_key", global.number)),
                NodeKind::Tenant => Some(("tenant", global.number)),
                _ => None,
            });
            match row {
                Some((table, id)) => audit_service::row_target(table, id),
                None => target,
            }
        });
        Ok(audit_service::AuditLogFilter {
            actor_staff_id,
            action: self.action.map(Into::into),
            from: self.from,
            to: self.to,
            target,
        })
    }
}

/// The cursor after an entry: its seq, sealed to the tenant.
pub fn encode_audit_cursor(auth: &crate::domain::Authorized, seq: u64) -> String {
    auth.seal_cursor(format!("a:{seq}").as_bytes())
}

pub fn decode_audit_cursor(
    auth: &crate::domain::Authorized,
    cursor: &str,
) -> Result<u64, ApiError> {
    let invalid = || {
        ApiError::field(
            &["after"],
            crate::error::ErrorCode::BadUserInput,
            "after is not a cursor returned by auditLog",
        )
    };
    let bytes = auth.open_cursor(cursor).ok_or_else(invalid)?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    text.strip_prefix("a:")
        .and_then(|seq| seq.parse().ok())
        .ok_or_else(invalid)
}
