//! The one place that decides who may do what, and which rows each caller sees.
//!
//! Two layers, both deny by default:
//! 1. [`permits`]: may this role perform this action on this kind of resource at all?
//!    Anything not listed is refused with `FORBIDDEN`.
//! 2. Row scopes ([`Authorized::customer_scope`], [`Authorized::staff_scope`], …): every
//!    query is restricted to the caller's tenant and to the rows their role covers. A row
//!    outside the scope behaves exactly like a row that does not exist (`NOT_FOUND`), so a
//!    caller cannot even detect data of another tenant (or, inside a tenant, of another team).
//!
//! | role       | staff & departments        | customers & follows          | tags           | API keys |
//! |------------|----------------------------|------------------------------|----------------|----------|
//! | ADMIN      | read, write (whole tenant) | read, write (whole tenant)   | read, write    | manage   |
//! | MANAGER    | read (own department tree) | read, write (department's)   | read           | —        |
//! | SALES      | read (self)                | read, write (followed by me) | read           | —        |
//! | COMPLIANCE | read (whole tenant)        | —                            | —              | —        |
//! | AUDITOR    | read (whole tenant)        | —                            | —              | —        |
//!
//! | role       | archive (search, messages, conversations) |
//! |------------|-------------------------------------------|
//! | COMPLIANCE, AUDITOR | read (whole tenant)              |
//! | everyone else       | —                                |
//!
//! | role       | risk rules          | risk alerts                          |
//! |------------|---------------------|--------------------------------------|
//! | ADMIN      | read, write         | —                                    |
//! | COMPLIANCE | read, write         | read, assign, comment, decide, live  |
//! | AUDITOR    | read                | read (never decides)                 |
//! | others     | —                   | —                                    |
//!
//! | role           | audit log                                                 | compliance report |
//! |----------------|-----------------------------------------------------------|-------------------|
//! | AUDITOR        | read, with the parameters of every entry                  | —                 |
//! | ADMIN          | read, without the parameters of archive and alert entries | —                 |
//! | COMPLIANCE     | —                                                         | read              |
//! | others         | —                                                         | —                 |
//!
//! A refused read of either is itself logged. The tenant (name, time zone, retention) is read
//! by every role and changed by ADMIN only. Legal holds are placed and released by COMPLIANCE
//! and read by COMPLIANCE and AUDITOR.
//!
//! | role       | libraries (scripts, materials)          | channel codes | broadcasts | broadcast policy | SOP rules | tasks |
//! |------------|-----------------------------------------|---------------|------------|------------------|-----------|-------|
//! | ADMIN      | read; edit the tenant's and own personal | read, write  | read, write (tenant) | read, write | read, write | own |
//! | MANAGER    | read; edit the tenant's and own personal | read, write (department's) | read, write (department's) | read | read, write | own |
//! | SALES      | read; edit own personal                  | read (codes they are on) | read, write (own customers) | read | — | own |
//! | COMPLIANCE, AUDITOR | —                               | —             | —          | —                | —         | —     |
//!
//! | role       | customer groups (客户群)                   | group welcome templates (入群欢迎语) |
//! |------------|--------------------------------------------|--------------------------------------|
//! | ADMIN      | read (whole tenant)                        | read, write                          |
//! | MANAGER    | read (owned by their department tree)      | read, write                          |
//! | SALES      | read (owned by them)                       | read                                 |
//! | COMPLIANCE, AUDITOR | —                                 | —                                    |
//!
//! | role       | follow-ups (跟进) and the agenda                                          |
//! |------------|---------------------------------------------------------------------------|
//! | ADMIN      | read, write (customers of the tenant); change or delete own, within 24 h   |
//! | MANAGER    | read, write (customers their department tree follows); same author rule   |
//! | SALES      | read, write (customers they follow); same author rule                     |
//! | COMPLIANCE, AUDITOR | —                                                                |
//!
//! | role       | pipelines (tenant configuration) | deals (商机) and their history, forecasts  |
//! |------------|----------------------------------|--------------------------------------------|
//! | ADMIN      | read, write                      | read, write (whole tenant)                 |
//! | MANAGER    | read                             | read, write (owned by their department tree) |
//! | SALES      | read                             | read, write (owned by them, on customers they follow) |
//! | COMPLIANCE, AUDITOR | —                       | —                                          |
//!
//! Notifications (lost customers) are each member's own: ADMIN, MANAGER and SALES read, mark and
//! subscribe to theirs; nobody reads another's.
//!
//! | role       | customer transfers (在职转接 / 离职继承), inheritable customers            |
//! |------------|----------------------------------------------------------------------------|
//! | ADMIN      | read, create (whole tenant)                                                |
//! | MANAGER    | read, create (handover and takeover members both in their department tree) |
//! | SALES, COMPLIANCE, AUDITOR | —                                                          |
//!
//! | role       | dashboard and segments (counts only)            | alert counts per rule on it |
//! |------------|--------------------------------------------------|-----------------------------|
//! | ADMIN      | the tenant, or a department tree of it           | yes                         |
//! | MANAGER    | their department tree, or a department within it | yes                         |
//! | SALES      | their own follows, follow-ups, deals, broadcasts | —                           |
//! | COMPLIANCE, AUDITOR | —                                       | —                           |
//!
//! Departments are readable by every role (they are names of teams, needed to display staff).
//! Archive content (search, messages, conversations) is for COMPLIANCE and AUDITOR only — not
//! even ADMIN reads it: administering a tenant does not entitle anyone to its conversations.
//!
//! Work no person starts runs as a [`super::system::SystemActor`] with rows of its own:
//!
//! | system task | may                                                        |
//! |-------------|------------------------------------------------------------|
//! | Rescan      | read the archive, create risk alerts (in the job's tenant) |
//! | Sop         | read rules, customers, staff, tags, follow-ups; tag follows; create tasks (never archive content) |
//! | Transfer    | read, update transfers, deals, tasks (moved to the takeover member); read customers, staff, WeCom settings |
//! | WecomEvents | (also) fail the transfer a `transfer_fail` callback names  |
//! | others      | —                                                          |
//!
//! **Separation of duties.** Roles fall in two families that never grant each other:
//!
//! | granter    | may create, change, deactivate, reset the password of staff of, and issue API keys for |
//! |------------|-----------------------------------------------------------------------------------------|
//! | ADMIN      | ADMIN, MANAGER, SALES                                                                   |
//! | COMPLIANCE | COMPLIANCE, AUDITOR (staff only: keys are issued by admins)                             |
//! | operator   | any role, with `scrm staff grant` (the first compliance officer) and `reset-password`   |
//!
//! So an admin cannot make, become, reset or silence a compliance officer, and a key never
//! carries a role its creator could not grant. A password set by someone else (at `staffCreate`
//! or `scrm staff grant`) opens nothing of the archive or its alerts until its holder changes it
//! (`passwordChange`): whoever set it cannot read conversations through the account.

use std::collections::{HashMap, VecDeque};

use entity::export::ExportKind;
use entity::{Role, customer, customer_follow, deal, department, follow_up, staff};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QuerySelect};

use super::Authorized;
use super::system::SystemTask;
use crate::error::{ApiError, ApiResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    Staff,
    Department,
    Customer,
    TagGroup,
    ApiKey,
    /// Archived conversations: content, search, conversations.
    Archive,
    RiskRule,
    RiskAlert,
    /// The tenant's audit log: who read and changed what.
    AuditLog,
    /// The tenant itself: its name and settings (time zone).
    Tenant,
    /// Counts and decision times of the tenant's risk alerts, per rule, staff or department.
    ComplianceReport,
    /// Freezes of archive messages against purges.
    LegalHold,
    /// The tenant's WeCom corp: ids, secrets (write-only), callback settings, archive keys.
    WecomSettings,
    /// Script (话术) and material (素材) libraries: the tenant's, and each member's personal one
    /// ([`Authorized::may_edit_library`] decides which of the two a member may change).
    Library,
    /// Channel codes (渠道活码) and their statistics.
    ChannelCode,
    /// Mass messages (群发) to customers.
    Broadcast,
    /// The tenant's anti-harassment rules for mass messages: caps, quiet hours, opt-out tag.
    BroadcastPolicy,
    /// SOP rules and what they fired.
    SopRule,
    /// Tasks SOP rules give staff (reminders).
    Task,
    /// Customer groups (客户群) as synced from WeCom, with their members.
    CustomerGroup,
    /// The corp's group welcome templates (入群欢迎语素材), kept in WeCom.
    GroupWelcomeTemplate,
    /// Follow-ups (跟进) on customers, and the agenda of their next steps.
    FollowUp,
    /// Sales pipelines and their stages (tenant configuration).
    Pipeline,
    /// Deals (商机), their history and the forecasts made of them.
    Deal,
    /// Notifications to staff (lost customers): each member reads and marks their own.
    Notification,
    /// Customer transfers between members through WeCom (在职转接 / 离职继承).
    Transfer,
    /// Counts over the customers, follow-ups, deals and broadcasts of the staff one covers
    /// (`dashboard`, `segments`): numbers only, never rows.
    Dashboard,
    /// Counts of risk alerts per rule on the dashboard: no content, no message, no alert.
    DashboardAlerts,
}

impl Resource {
    /// Every resource, for tests that walk the whole policy.
    #[cfg(test)]
    pub const ALL: [Resource; 28] = [
        Resource::Staff,
        Resource::Department,
        Resource::Customer,
        Resource::TagGroup,
        Resource::ApiKey,
        Resource::Archive,
        Resource::RiskRule,
        Resource::RiskAlert,
        Resource::AuditLog,
        Resource::Tenant,
        Resource::ComplianceReport,
        Resource::LegalHold,
        Resource::WecomSettings,
        Resource::Library,
        Resource::ChannelCode,
        Resource::Broadcast,
        Resource::BroadcastPolicy,
        Resource::SopRule,
        Resource::Task,
        Resource::CustomerGroup,
        Resource::GroupWelcomeTemplate,
        Resource::FollowUp,
        Resource::Pipeline,
        Resource::Deal,
        Resource::Notification,
        Resource::Transfer,
        Resource::Dashboard,
        Resource::DashboardAlerts,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read,
    Create,
    Update,
    Delete,
    /// Receive new rows as they appear (live subscriptions).
    Subscribe,
}

/// Whether `role` may perform `action` on `resource` (before row scoping).
// One arm per grant reads as the policy table; `matches!` would hide it in one expression.
#[allow(clippy::match_like_matches_macro)]
pub fn permits(role: Role, action: Action, resource: Resource) -> bool {
    use Action::*;
    use Resource::*;
    match (role, resource, action) {
        (Role::Admin, Staff | Department | Customer | TagGroup | ApiKey, _) => true,
        (Role::Manager | Role::Sales, Customer, Read | Create | Update) => true,
        (Role::Manager | Role::Sales, Staff | Department | TagGroup, Read) => true,
        (Role::Compliance | Role::Auditor, Staff | Department | Archive, Read) => true,
        // Only for archive roles: `may_grant` decides which members they touch.
        (Role::Compliance, Staff, Create | Update) => true,
        (Role::Admin | Role::Compliance, RiskRule, Read | Create | Update) => true,
        (Role::Auditor, RiskRule | RiskAlert, Read) => true,
        (Role::Compliance, RiskAlert, Read | Update | Subscribe) => true,
        (Role::Admin | Role::Auditor, AuditLog, Read) => true,
        (Role::Compliance, ComplianceReport, Read) => true,
        (Role::Compliance, LegalHold, Read | Create | Update) => true,
        (Role::Auditor, LegalHold, Read) => true,
        (_, Tenant, Read) => true,
        (Role::Admin, Tenant, Update) => true,
        (Role::Admin, WecomSettings, Read | Update) => true,
        // Engagement is the selling roles' work; archive roles have no part in it.
        (Role::Admin | Role::Manager | Role::Sales, Library, _) => true,
        (Role::Admin | Role::Manager, ChannelCode, Read | Create | Update | Delete) => true,
        (Role::Sales, ChannelCode, Read) => true,
        (Role::Admin | Role::Manager | Role::Sales, Broadcast, Read | Create | Update) => true,
        (Role::Admin | Role::Manager | Role::Sales, BroadcastPolicy, Read) => true,
        (Role::Admin, BroadcastPolicy, Update) => true,
        (Role::Admin | Role::Manager, SopRule, Read | Create | Update | Delete) => true,
        (Role::Admin | Role::Manager | Role::Sales, Task, Read | Update) => true,
        (Role::Admin | Role::Manager | Role::Sales, CustomerGroup, Read) => true,
        (Role::Admin | Role::Manager, GroupWelcomeTemplate, Read | Create | Update | Delete) => {
            true
        }
        (Role::Sales, GroupWelcomeTemplate, Read) => true,
        // Pipelines are the tenant's configuration; deals are selling work, scoped by owner
        // (`Authorized::deal_scope`).
        (Role::Admin, Pipeline, Read | Create | Update) => true,
        (Role::Manager | Role::Sales, Pipeline, Read) => true,
        (Role::Admin | Role::Manager | Role::Sales, Deal, Read | Create | Update) => true,
        // Row scope: `follow_up_scope`; only the author changes one, within 24 h (follow_ups).
        (Role::Admin | Role::Manager | Role::Sales, FollowUp, Read | Create | Update | Delete) => {
            true
        }
        // Each member's own (the domain reads by recipient); archive roles get none yet.
        (Role::Admin | Role::Manager | Role::Sales, Notification, Read | Update | Subscribe) => {
            true
        }
        // Handing customers over is WeCom's admin function: the tenant's admins, and managers
        // between members of their department tree (row scope: `crm::transfers`).
        (Role::Admin | Role::Manager, Transfer, Read | Create) => true,
        // The boss's numbers, over the staff each role covers (`crm::dashboard`).
        (Role::Admin | Role::Manager | Role::Sales, Dashboard, Read) => true,
        // How many alerts each rule raised on the team's conversations: the people who answer
        // for a team may know that, not a salesperson about their own (nor any content).
        (Role::Admin | Role::Manager, DashboardAlerts, Read) => true,
        _ => false,
    }
}

/// Whether `role` may export (and so download) exports of `kind`: what the role may read.
#[allow(clippy::match_like_matches_macro)]
pub fn may_export(role: Role, kind: ExportKind) -> bool {
    use ExportKind::*;
    match (role, kind) {
        (Role::Compliance | Role::Auditor, ArchiveSearch | RiskAlerts) => true,
        (Role::Auditor | Role::Admin, AuditLog) => true,
        (Role::Compliance, ComplianceReport) => true,
        _ => false,
    }
}

/// Whether `role` may start (and so see and cancel) background jobs of `kind`.
#[allow(clippy::match_like_matches_macro)]
pub fn may_start_job(role: Role, kind: entity::JobKind) -> bool {
    use entity::JobKind::*;
    match (role, kind) {
        // Like editing rules: a rescan applies the current rules to the whole archive.
        (Role::Admin | Role::Compliance, Rescan) => true,
        // An export's job is the export: who may make it (`may_export`).
        (role, ExportArchiveSearch) => may_export(role, ExportKind::ArchiveSearch),
        (role, ExportRiskAlerts) => may_export(role, ExportKind::RiskAlerts),
        (role, ExportAuditLog) => may_export(role, ExportKind::AuditLog),
        (role, ExportComplianceReport) => may_export(role, ExportKind::ComplianceReport),
        // Purges are scheduled by the server (or run at the shell); compliance, who places the
        // holds that stop them, follows them in the jobs list.
        (Role::Compliance, Purge) => true,
        // WeCom is the admin's to configure and sync; callbacks are applied by the system.
        (Role::Admin, WecomSync | WecomEvents) => true,
        // A pull fetches content but shows none: admins run it, compliance follows it.
        (Role::Admin | Role::Compliance, ArchivePull) => true,
        // Scheduled by the server; admins follow it in the jobs list.
        (Role::Admin, TransferResults) => true,
        _ => false,
    }
}

/// Whether system work doing `task` may perform `action` on `resource` (in its own tenant).
#[allow(clippy::match_like_matches_macro)]
pub fn system_permits(task: SystemTask, action: Action, resource: Resource) -> bool {
    use Action::*;
    use Resource::*;
    match (task, resource, action) {
        (SystemTask::Rescan, Archive, Read) => true,
        (SystemTask::Rescan, RiskAlert, Create) => true,
        (SystemTask::Export, Archive | RiskAlert | AuditLog | ComplianceReport, Read) => true,
        (SystemTask::Purge, Archive, Delete) => true,
        (SystemTask::Purge, LegalHold, Read) => true,
        // WeCom's word on the corp's people, customers, tags and groups is applied as it comes.
        (
            SystemTask::WecomSync | SystemTask::WecomEvents,
            Staff | Department | Customer | TagGroup,
            Read | Create | Update | Delete,
        ) => true,
        (
            SystemTask::WecomSync | SystemTask::WecomEvents | SystemTask::ArchivePull,
            WecomSettings,
            Read,
        ) => true,
        // An add through a channel code is attributed, tagged and welcomed by the events job.
        (SystemTask::WecomEvents, ChannelCode, Read | Update) => true,
        // A due broadcast: its customers' slots reserved, the messages handed to WeCom.
        (SystemTask::Broadcast, Broadcast, Read | Update) => true,
        (SystemTask::Broadcast, Customer | WecomSettings, Read) => true,
        // The puller writes what WeCom archived; it reads nothing back.
        (SystemTask::ArchivePull, Archive, Create) => true,
        // SOP rules fire for the customers their creator covers: they read rules, customers,
        // tags and staff, tag follows (in WeCom too) and give staff tasks. Never archive
        // content: silence is measured from conversations' last-sent times alone.
        (SystemTask::Sop, SopRule, Read | Update) => true,
        (SystemTask::Sop, Task, Create) => true,
        (SystemTask::Sop, Customer, Read | Update) => true,
        (SystemTask::Sop, Staff | Department | TagGroup | WecomSettings, Read) => true,
        // A follow-up is contact: NO_CONTACT_FOR reads when the latest one was.
        (SystemTask::Sop, FollowUp, Read) => true,
        // A lost follow notifies the staff member's managers.
        (SystemTask::WecomEvents, Notification, Create) => true,
        // WeCom's results of transfers, and scrm's records moving with a customer taken over.
        (SystemTask::Transfer, Transfer | Deal | Task, Read | Update) => true,
        (SystemTask::Transfer, Customer | Staff | WecomSettings, Read) => true,
        // A `transfer_fail` callback fails the transfer it names.
        (SystemTask::WecomEvents, Transfer, Update) => true,
        _ => false,
    }
}

/// Whether a member with role `granter` may give `role` to someone (create or change staff of
/// that role, deactivate them, issue an API key with it). See the separation-of-duties table.
pub fn may_grant(granter: Role, role: Role) -> bool {
    let archive_family = |role: Role| matches!(role, Role::Compliance | Role::Auditor);
    match granter {
        Role::Admin => !archive_family(role),
        Role::Compliance => archive_family(role),
        Role::Manager | Role::Sales | Role::Auditor => false,
    }
}

/// Resources whose content is archive content (messages, or alerts quoting them).
fn holds_archive_content(resource: Resource) -> bool {
    matches!(resource, Resource::Archive | Resource::RiskAlert)
}

const CHANGE_PASSWORD_FIRST: &str = "your password was set by someone else: change it with passwordChange before reading the archive";

impl Authorized {
    /// Refuses with `FORBIDDEN` unless the actor's role allows `action` on `resource`.
    pub fn require(&self, action: Action, resource: Resource) -> ApiResult<()> {
        if !permits(self.actor.role, action, resource) {
            return Err(ApiError::forbidden());
        }
        if holds_archive_content(resource)
            && self.actor.password_origin == entity::PasswordOrigin::SetByAnother
        {
            return Err(ApiError::Forbidden(CHANGE_PASSWORD_FIRST.to_string()));
        }
        Ok(())
    }

    /// Refuses with `FORBIDDEN` at `field` unless the actor may grant `role` ([`may_grant`]).
    pub fn require_grant(&self, field: &[&str], role: Role) -> ApiResult<()> {
        if may_grant(self.actor.role, role) {
            return Ok(());
        }
        let who = match role {
            Role::Compliance | Role::Auditor => {
                "a compliance officer (or the operator's `scrm staff grant`)"
            }
            Role::Admin | Role::Manager | Role::Sales => "an admin",
        };
        Err(ApiError::field(
            field,
            crate::error::ErrorCode::Forbidden,
            format!(
                "only {who} manages {} members and keys",
                sea_orm::ActiveEnum::to_value(&role)
            ),
        ))
    }

    /// Whether the actor may change an item of a script or material library: the tenant's
    /// library (`owner_id` `None`) is edited by ADMIN and MANAGER, a personal one by its owner
    /// only (not even an admin edits someone's personal scripts). Call after
    /// `require(.., Resource::Library)`.
    pub fn may_edit_library(&self, owner_id: Option<i64>) -> bool {
        match owner_id {
            None => matches!(self.actor.role, Role::Admin | Role::Manager),
            Some(owner) => owner == self.actor.staff_id,
        }
    }

    /// The actor's department and all departments below it (empty without a department).
    pub(super) async fn department_subtree(&self) -> ApiResult<&[i64]> {
        let subtree = self
            .department_subtree
            .get_or_try_init(|| async {
                let Some(root) = self.actor.department_id else {
                    return Ok::<_, ApiError>(Vec::new());
                };
                let edges: Vec<(i64, Option<i64>)> = department::Entity::find()
                    .select_only()
                    .column(department::Column::Id)
                    .column(department::Column::ParentId)
                    .filter(department::Column::TenantId.eq(self.tenant_id()))
                    .into_tuple()
                    .all(self.db())
                    .await?;
                Ok(descendants_of(root, &edges))
            })
            .await?;
        Ok(subtree)
    }

    /// Staff rows the actor may read.
    pub(super) async fn staff_scope(&self) -> ApiResult<Condition> {
        let tenant = Condition::all().add(staff::Column::TenantId.eq(self.tenant_id()));
        Ok(match self.actor.role {
            Role::Admin | Role::Compliance | Role::Auditor => tenant,
            Role::Manager => tenant
                .add(staff::Column::DepartmentId.is_in(self.department_subtree().await?.to_vec())),
            Role::Sales => tenant.add(staff::Column::Id.eq(self.actor.staff_id)),
        })
    }

    /// Ids of the staff whose follows the actor covers (`None`: every staff of the tenant).
    async fn covered_staff(&self) -> ApiResult<Option<StaffSet>> {
        Ok(match self.actor.role {
            Role::Admin => None,
            Role::Manager => Some(StaffSet::Departments(
                self.department_subtree().await?.to_vec(),
            )),
            Role::Sales => Some(StaffSet::One(self.actor.staff_id)),
            Role::Compliance | Role::Auditor => Some(StaffSet::Nobody),
        })
    }

    /// Follow rows the actor may see and change (for tagging and listing).
    pub(super) async fn follow_scope(&self) -> ApiResult<Condition> {
        let tenant = Condition::all().add(customer_follow::Column::TenantId.eq(self.tenant_id()));
        let Some(staff_set) = self.covered_staff().await? else {
            return Ok(tenant);
        };
        Ok(tenant.add(staff_set.condition_on(customer_follow::Column::StaffId, self.tenant_id())))
    }

    /// Customer rows the actor may read and change: those followed by staff they cover.
    pub(super) async fn customer_scope(&self) -> ApiResult<Condition> {
        let tenant = Condition::all().add(customer::Column::TenantId.eq(self.tenant_id()));
        let Some(staff_set) = self.covered_staff().await? else {
            return Ok(tenant);
        };
        let followed = Query::select()
            .column(customer_follow::Column::CustomerId)
            .from(customer_follow::Entity)
            .and_where(customer_follow::Column::TenantId.eq(self.tenant_id()))
            .cond_where(staff_set.condition_on(customer_follow::Column::StaffId, self.tenant_id()))
            .to_owned();
        Ok(tenant.add(customer::Column::Id.in_subquery(followed)))
    }

    /// Whether the CRM scopes ([`Self::customer_scope`], [`Self::follow_scope`],
    /// [`Self::deal_scope`]) are the whole tenant (ADMIN): an aggregate over the tenant's rows
    /// then needs no scope check.
    pub(super) async fn covers_whole_tenant(&self) -> ApiResult<bool> {
        Ok(self.covered_staff().await?.is_none())
    }

    /// Follow-up rows the actor may read: those on customers in [`Self::customer_scope`].
    pub(super) async fn follow_up_scope(&self) -> ApiResult<Condition> {
        let visible = Query::select()
            .column(customer::Column::Id)
            .from(customer::Entity)
            .cond_where(self.customer_scope().await?)
            .to_owned();
        Ok(Condition::all()
            .add(follow_up::Column::TenantId.eq(self.tenant_id()))
            .add(follow_up::Column::CustomerId.in_subquery(visible)))
    }

    /// Deal rows the actor may read and change: ADMIN the tenant's; MANAGER those owned by
    /// staff of their department tree; SALES those they own on customers they follow (a deal
    /// whose customer they no longer follow leaves their view with the customer).
    pub(super) async fn deal_scope(&self) -> ApiResult<Condition> {
        let tenant = Condition::all().add(deal::Column::TenantId.eq(self.tenant_id()));
        let Some(staff_set) = self.covered_staff().await? else {
            return Ok(tenant);
        };
        let owned = tenant.add(staff_set.condition_on(deal::Column::OwnerId, self.tenant_id()));
        if self.actor.role != Role::Sales {
            return Ok(owned);
        }
        let covered = Query::select()
            .column(customer::Column::Id)
            .from(customer::Entity)
            .cond_where(self.customer_scope().await?)
            .to_owned();
        Ok(owned.add(deal::Column::CustomerId.in_subquery(covered)))
    }

    /// Whether the actor may make `staff_id` the follower of a customer (own team only).
    pub(super) async fn may_assign_follower(&self, staff_id: i64) -> ApiResult<bool> {
        let scope = self.staff_scope().await?;
        let found = staff::Entity::find()
            .filter(scope)
            .filter(staff::Column::Id.eq(staff_id))
            .filter(staff::Column::Active.eq(true))
            .one(self.db())
            .await?;
        Ok(found.is_some())
    }
}

enum StaffSet {
    Nobody,
    One(i64),
    Departments(Vec<i64>),
}

impl StaffSet {
    fn condition_on(&self, staff_column: impl ColumnTrait, tenant_id: i64) -> Condition {
        match self {
            // `IN ()` is never true: deny by construction rather than by an extra branch.
            StaffSet::Nobody => Condition::all().add(staff_column.is_in(Vec::<i64>::new())),
            StaffSet::One(staff_id) => Condition::all().add(staff_column.eq(*staff_id)),
            StaffSet::Departments(departments) => {
                let members = Query::select()
                    .column(staff::Column::Id)
                    .from(staff::Entity)
                    .and_where(staff::Column::TenantId.eq(tenant_id))
                    .and_where(staff::Column::DepartmentId.is_in(departments.clone()))
                    .to_owned();
                Condition::all().add(staff_column.in_subquery(members))
            }
        }
    }
}

pub(crate) fn descendants_of(root: i64, edges: &[(i64, Option<i64>)]) -> Vec<i64> {
    let mut children: HashMap<i64, Vec<i64>> = HashMap::new();
    for (id, parent) in edges {
        if let Some(parent) = parent {
            children.entry(*parent).or_default().push(*id);
        }
    }
    let known = edges.iter().any(|(id, _)| *id == root);
    if !known {
        return Vec::new();
    }
    let mut result = vec![root];
    let mut queue = VecDeque::from([root]);
    while let Some(current) = queue.pop_front() {
        for child in children.get(&current).into_iter().flatten() {
            if !result.contains(child) {
                result.push(*child);
                queue.push_back(*child);
            }
        }
    }
    result
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn unlisted_combinations_are_denied() {
        assert!(!permits(Role::Sales, Action::Create, Resource::Staff));
        assert!(!permits(Role::Manager, Action::Create, Resource::ApiKey));
        assert!(!permits(Role::Compliance, Action::Read, Resource::Customer));
        assert!(!permits(Role::Auditor, Action::Update, Resource::Staff));
        assert!(!permits(Role::Sales, Action::Delete, Resource::Customer));
        assert!(permits(Role::Admin, Action::Delete, Resource::ApiKey));
        assert!(permits(Role::Sales, Action::Update, Resource::Customer));
    }

    #[test]
    fn a_rescan_reads_the_archive_and_raises_alerts_and_nothing_else() {
        use Action::*;
        use Resource::*;
        let actions = [Read, Create, Update, Delete, Subscribe];
        let mut allowed = Vec::new();
        for resource in Resource::ALL {
            for action in actions {
                if system_permits(SystemTask::Rescan, action, resource) {
                    allowed.push((action, resource));
                }
            }
        }
        assert_eq!(allowed, vec![(Read, Archive), (Create, RiskAlert)]);
    }

    #[test]
    fn only_compliance_reads_the_report_and_only_admins_change_the_tenant() {
        use Role::*;
        for role in [Admin, Manager, Sales, Compliance, Auditor] {
            assert_eq!(
                permits(role, Action::Read, Resource::ComplianceReport),
                role == Compliance
            );
            assert!(permits(role, Action::Read, Resource::Tenant));
            assert_eq!(
                permits(role, Action::Update, Resource::Tenant),
                role == Admin
            );
        }
    }

    #[test]
    fn archive_roles_have_no_part_in_engagement() {
        use Action::*;
        use Resource::*;
        for role in [Role::Compliance, Role::Auditor] {
            for resource in [
                Library,
                ChannelCode,
                Broadcast,
                BroadcastPolicy,
                SopRule,
                Task,
                CustomerGroup,
                GroupWelcomeTemplate,
                FollowUp,
            ] {
                for action in [Read, Create, Update, Delete, Subscribe] {
                    assert!(
                        !permits(role, action, resource),
                        "{role:?} {action:?} {resource:?}"
                    );
                }
            }
        }
        assert!(permits(Role::Sales, Read, ChannelCode));
        assert!(!permits(Role::Sales, Create, ChannelCode));
        assert!(!permits(Role::Manager, Update, BroadcastPolicy));
        assert!(permits(Role::Admin, Update, BroadcastPolicy));
        assert!(permits(Role::Sales, Read, CustomerGroup));
        assert!(!permits(Role::Sales, Update, CustomerGroup));
        assert!(permits(Role::Sales, Read, GroupWelcomeTemplate));
        assert!(!permits(Role::Sales, Create, GroupWelcomeTemplate));
        assert!(permits(Role::Manager, Delete, GroupWelcomeTemplate));
    }

    #[test]
    fn pipelines_are_the_admins_configuration_and_deals_the_sellers_work() {
        use Action::*;
        use Resource::*;
        for role in [Role::Admin, Role::Manager, Role::Sales] {
            assert!(permits(role, Read, Pipeline));
            assert_eq!(permits(role, Update, Pipeline), role == Role::Admin);
            for action in [Read, Create, Update] {
                assert!(permits(role, action, Deal), "{role:?} {action:?}");
            }
            assert!(!permits(role, Delete, Deal));
        }
        for role in [Role::Compliance, Role::Auditor] {
            for action in [Read, Create, Update, Delete, Subscribe] {
                assert!(!permits(role, action, Pipeline));
                assert!(!permits(role, action, Deal));
            }
        }
    }

    #[test]
    fn dashboards_are_the_selling_roles_and_alert_counts_the_team_leads() {
        use Action::*;
        use Resource::*;
        for role in [
            Role::Admin,
            Role::Manager,
            Role::Sales,
            Role::Compliance,
            Role::Auditor,
        ] {
            let selling = matches!(role, Role::Admin | Role::Manager | Role::Sales);
            assert_eq!(permits(role, Read, Dashboard), selling, "{role:?}");
            assert_eq!(
                permits(role, Read, DashboardAlerts),
                matches!(role, Role::Admin | Role::Manager),
                "{role:?}"
            );
            for action in [Create, Update, Delete, Subscribe] {
                assert!(!permits(role, action, Dashboard));
                assert!(!permits(role, action, DashboardAlerts));
            }
        }
    }

    #[test]
    fn the_two_role_families_never_grant_each_other() {
        use Role::*;
        for role in [Admin, Manager, Sales] {
            assert!(may_grant(Admin, role));
            assert!(!may_grant(Compliance, role));
        }
        for role in [Compliance, Auditor] {
            assert!(!may_grant(Admin, role));
            assert!(may_grant(Compliance, role));
        }
        for granter in [Manager, Sales, Auditor] {
            for role in [Admin, Manager, Sales, Compliance, Auditor] {
                assert!(!may_grant(granter, role));
            }
        }
    }

    #[test]
    fn department_subtree_includes_descendants_only() {
        let edges = [
            (1, None),
            (2, Some(1)),
            (3, Some(2)),
            (4, None),
            (5, Some(4)),
        ];
        let mut subtree = descendants_of(1, &edges);
        subtree.sort();
        assert_eq!(subtree, vec![1, 2, 3]);
        assert_eq!(descendants_of(9, &edges), Vec::<i64>::new());
    }
}
