//! Staff members: creation, changes, deactivation and scoped listing.

use archive::audit::AuditAction;
use entity::{PasswordOrigin, Role, api_key, session, staff};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};

use crate::auth::password;
use crate::domain::compliance::audit::{self, Audited};
use crate::domain::filter::{Filter, TextMatch};
use crate::domain::operator::OperatorAccess;
use crate::domain::org::tenants::hash_blocking;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::{self, Problems};
use crate::domain::{Authorized, org::departments};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError, conflict_on_unique};

pub struct StaffCreate {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub password: Option<String>,
    pub department_id: Option<i64>,
}

pub struct StaffUpdate {
    pub id: i64,
    pub name: Option<String>,
    pub role: Option<Role>,
    /// `Some(None)` moves the member out of every department.
    pub department_id: Option<Option<i64>>,
    /// `Some(None)` clears the member's WeCom userid.
    pub wecom_userid: Option<Option<String>>,
}

/// Filters staff: [`StaffCondition`]s combined with and/or/not.
pub type StaffFilter = Filter<StaffCondition>;

/// One condition on staff.
#[derive(Debug, Clone)]
pub enum StaffCondition {
    Name(TextMatch),
    Email(TextMatch),
    Role(Role),
    Department(i64),
    Active(bool),
}

impl StaffCondition {
    fn condition(&self) -> Condition {
        match self {
            StaffCondition::Name(text) => text.condition(staff::Column::Name),
            StaffCondition::Email(text) => text.condition(staff::Column::Email),
            StaffCondition::Role(role) => Condition::all().add(staff::Column::Role.eq(*role)),
            StaffCondition::Department(id) => {
                Condition::all().add(staff::Column::DepartmentId.eq(*id))
            }
            StaffCondition::Active(active) => {
                Condition::all().add(staff::Column::Active.eq(*active))
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffOrderField {
    Name,
    CreatedAt,
}

pub async fn create(auth: &Authorized, input: StaffCreate) -> ApiResult<staff::Model> {
    auth.require(Action::Create, Resource::Staff)?;
    auth.require_grant(&["input", "role"], input.role)?;
    let mut problems = Problems::default();
    let email = problems.check(validate::email(&["input", "email"], &input.email));
    let name = problems.check(validate::name(&["input", "name"], &input.name));
    if let Some(password) = &input.password
        && let Some(weakness) = password::password_weakness(password, &input.email)
    {
        problems.push(FieldError::new(
            &["input", "password"],
            ErrorCode::BadUserInput,
            weakness,
        ));
    }
    if let Some(department_id) = input.department_id
        && departments::get(auth, department_id).await.is_err()
    {
        problems.push(FieldError::new(
            &["input", "departmentId"],
            ErrorCode::NotFound,
            "department not found",
        ));
    }
    if let Some(email) = &email
        && email_taken(auth, email).await?
    {
        problems.push(email_conflict());
    }
    problems.into_result()?;
    let (Some(email), Some(name)) = (email, name) else {
        return Err(ApiError::Internal(
            "validated staff fields went missing".into(),
        ));
    };
    // The creator knows a password they set: it stays theirs until its holder changes it.
    let (password_hash, password_origin) = match input.password {
        Some(password) => (
            Some(hash_blocking(password).await?),
            PasswordOrigin::SetByAnother,
        ),
        None => (None, PasswordOrigin::Own),
    };
    let now = crate::domain::now();
    let row = staff::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        email: Set(email),
        name: Set(name),
        role: Set(input.role),
        department_id: Set(input.department_id),
        password_hash: Set(password_hash),
        password_origin: Set(password_origin),
        active: Set(true),
        wecom_userid: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let transaction = entity::begin_write(auth.db()).await?;
    let created = row
        .insert(&transaction)
        .await
        .map_err(|error| conflict_on_unique(error, || ApiError::Invalid(vec![email_conflict()])))?;
    audit::record_within(auth, &transaction, staff_change(&created, "create", None)).await?;
    transaction.commit().await?;
    Ok(created)
}

/// The audit entry of a change to a member: what kind of change, their role, and the role
/// they had before when it changed.
pub(super) fn staff_change(
    member: &staff::Model,
    change: &str,
    role_before: Option<Role>,
) -> Audited {
    let role = |role: Role| sea_orm::ActiveEnum::to_value(&role);
    Audited {
        action: AuditAction::StaffChange,
        target: vec![audit::row_target("staff", member.id)],
        parameters: audit::parameters([
            ("change", change.into()),
            ("role", role(member.role).into()),
            ("roleBefore", role_before.map(role).into()),
        ]),
    }
}

/// A WeCom userid: what WeCom's admin console shows as 账号, 1 to 64 letters, digits, `_`,
/// `-`, `.` or `@`.
pub(crate) fn wecom_userid(field: &[&str], raw: &str) -> Result<String, FieldError> {
    let userid = raw.trim();
    let valid = (1..=64).contains(&userid.len())
        && userid
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '@'));
    if !valid {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            "a WeCom userid is 1 to 64 letters, digits, '_', '-', '.' or '@' (WeCom's 账号)",
        ));
    }
    Ok(userid.to_string())
}

fn email_conflict() -> FieldError {
    FieldError::new(
        &["input", "email"],
        ErrorCode::Conflict,
        "a staff member with this email already exists",
    )
}

async fn email_taken(auth: &Authorized, email: &str) -> ApiResult<bool> {
    Ok(staff::Entity::find()
        .filter(staff::Column::TenantId.eq(auth.tenant_id()))
        .filter(staff::Column::Email.eq(email))
        .count(auth.db())
        .await?
        > 0)
}

pub async fn update(auth: &Authorized, input: StaffUpdate) -> ApiResult<staff::Model> {
    auth.require(Action::Update, Resource::Staff)?;
    let existing = get(auth, input.id).await?;
    auth.require_grant(&["input", "id"], existing.role)?;
    if let Some(role) = input.role {
        auth.require_grant(&["input", "role"], role)?;
    }
    let mut problems = Problems::default();
    let name = match &input.name {
        Some(raw) => problems.check(validate::name(&["input", "name"], raw)),
        None => None,
    };
    if input.role.is_some_and(|role| role != existing.role) && existing.id == auth.actor().staff_id
    {
        problems.push(FieldError::new(
            &["input", "role"],
            ErrorCode::BadUserInput,
            "you cannot change your own role; ask another admin",
        ));
    }
    if let Some(Some(department_id)) = input.department_id
        && departments::get(auth, department_id).await.is_err()
    {
        problems.push(FieldError::new(
            &["input", "departmentId"],
            ErrorCode::NotFound,
            "department not found",
        ));
    }
    let wecom_userid = match &input.wecom_userid {
        Some(Some(raw)) => problems
            .check(wecom_userid(&["input", "wecomUserid"], raw))
            .map(Some),
        Some(None) => Some(None),
        None => None,
    };
    problems.into_result()?;
    let role_before = existing.role;
    let mut active: staff::ActiveModel = existing.into();
    if let Some(name) = name {
        active.name = Set(name);
    }
    if let Some(role) = input.role {
        active.role = Set(role);
    }
    if let Some(department_id) = input.department_id {
        active.department_id = Set(department_id);
    }
    if let Some(userid) = wecom_userid {
        active.wecom_userid = Set(userid);
    }
    active.updated_at = Set(crate::domain::now());
    let transaction = entity::begin_write(auth.db()).await?;
    let updated = active.update(&transaction).await.map_err(|error| {
        crate::error::conflict_on_unique(error, || {
            ApiError::Invalid(vec![FieldError::new(
                &["input", "wecomUserid"],
                ErrorCode::Conflict,
                "another staff member already has this WeCom userid",
            )])
        })
    })?;
    let role_changed = (updated.role != role_before).then_some(role_before);
    audit::record_within(
        auth,
        &transaction,
        staff_change(&updated, "update", role_changed),
    )
    .await?;
    transaction.commit().await?;
    Ok(updated)
}

/// Deactivates a member: they can no longer sign in, and their sessions and keys stop working.
/// Their customers, follows and history stay.
pub async fn deactivate(auth: &Authorized, id: i64) -> ApiResult<staff::Model> {
    let existing = member_to_manage(
        auth,
        id,
        "you cannot deactivate yourself; ask another admin",
    )
    .await?;
    let now = crate::domain::now();
    let transaction = entity::begin_write(auth.db()).await?;
    let mut active: staff::ActiveModel = existing.into();
    active.active = Set(false);
    active.updated_at = Set(now);
    let updated = active.update(&transaction).await?;
    revoke_credentials(&transaction, auth.tenant_id(), id, now).await?;
    audit::record_within(
        auth,
        &transaction,
        staff_change(&updated, "deactivate", None),
    )
    .await?;
    transaction.commit().await?;
    Ok(updated)
}

/// The member `id` for an action on another member's account (deactivation, password reset):
/// the caller must be allowed to update staff and to grant the member's role, and may not act
/// on themselves (`not_yourself` says what to do instead).
async fn member_to_manage(
    auth: &Authorized,
    id: i64,
    not_yourself: &str,
) -> ApiResult<staff::Model> {
    auth.require(Action::Update, Resource::Staff)?;
    let existing = get(auth, id).await?;
    auth.require_grant(&["input", "id"], existing.role)?;
    if existing.id == auth.actor().staff_id {
        return Err(ApiError::field(
            &["input", "id"],
            ErrorCode::BadUserInput,
            not_yourself,
        ));
    }
    Ok(existing)
}

/// A member whose password was replaced by a one-time password.
pub struct PasswordReset {
    pub staff: staff::Model,
    /// Shown once, to hand over; its holder must replace it (`passwordChange`) at first
    /// sign-in before the archive opens to them.
    pub one_time_password: String,
}

/// Account recovery (`staffPasswordReset`): replaces a member's password with a fresh one-time
/// password, under separation of duties ([`crate::domain::policy::may_grant`]): admins reset
/// ADMIN, MANAGER and SALES members, compliance officers COMPLIANCE and AUDITOR members, and
/// nobody resets themselves this way (`passwordChange` is for one's own password).
///
/// The password becomes [`PasswordOrigin::SetByAnother`], so the archive stays closed to the
/// member until they choose their own. Their sessions **and the API keys they created** are
/// revoked, as `scrm staff grant` does: a reset means the old password can no longer be trusted
/// (forgotten, shared or stolen), and whoever held the account with it may have signed in or
/// made keys that outlive it; a recovered account starts without any credential made before.
/// An integration that used one of those keys needs a new one.
pub async fn reset_password(auth: &Authorized, id: i64) -> ApiResult<PasswordReset> {
    let existing = member_to_manage(
        auth,
        id,
        "you cannot reset your own password; change it with passwordChange, or ask a colleague who manages your role to reset it",
    )
    .await?;
    if !existing.active {
        return Err(ApiError::field(
            &["input", "id"],
            ErrorCode::BadUserInput,
            "this member is deactivated; a deactivated member cannot sign in, so there is nothing to recover",
        ));
    }
    let tenant = crate::domain::org::tenants::current(auth).await?;
    let reset = replace_with_one_time_password(auth.db(), existing, ResetBy::Member(auth)).await?;
    // A member locked out by failed sign-ins can use the new password at once.
    crate::domain::org::sessions::clear_login_failures(
        &auth.store,
        &tenant.slug,
        &reset.staff.email,
    );
    Ok(reset)
}

/// A fresh one-time password (the same generator as `scrm staff grant` and the first start)
/// and its hash.
pub(super) async fn one_time_password() -> ApiResult<(String, String)> {
    let one_time_password = password::random_password();
    let hash = hash_blocking(one_time_password.clone()).await?;
    Ok((one_time_password, hash))
}

/// Signs a member out everywhere: revokes their sessions and the API keys they created.
pub(super) async fn revoke_credentials(
    connection: &impl ConnectionTrait,
    tenant_id: i64,
    staff_id: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> ApiResult<()> {
    session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .filter(session::Column::TenantId.eq(tenant_id))
        .filter(session::Column::StaffId.eq(staff_id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(connection)
        .await?;
    api_key::Entity::update_many()
        .col_expr(api_key::Column::RevokedAt, Expr::value(now))
        .filter(api_key::Column::TenantId.eq(tenant_id))
        .filter(api_key::Column::StaffId.eq(staff_id))
        .filter(api_key::Column::RevokedAt.is_null())
        .exec(connection)
        .await?;
    Ok(())
}

/// Who resets a password, for the audit entry written with the reset.
pub(super) enum ResetBy<'a> {
    /// `staffPasswordReset`: the member resetting, as the request's actor.
    Member(&'a Authorized),
    /// `scrm staff reset-password`: the operator, as the OS user.
    Operator(&'a OperatorAccess),
}

/// Gives `member` a fresh one-time password (set by another) and revokes their sessions and
/// keys, in one transaction with the reset's audit entry (`STAFF_CHANGE`, "password reset";
/// never the password). Shared by `staffPasswordReset` and `scrm staff reset-password`.
pub(super) async fn replace_with_one_time_password(
    db: &sea_orm::DatabaseConnection,
    member: staff::Model,
    reset_by: ResetBy<'_>,
) -> ApiResult<PasswordReset> {
    let (one_time_password, password_hash) = one_time_password().await?;
    let now = crate::domain::now();
    let (tenant_id, staff_id) = (member.tenant_id, member.id);
    let transaction = entity::begin_write(db).await?;
    let mut active: staff::ActiveModel = member.into();
    active.password_hash = Set(Some(password_hash));
    active.password_origin = Set(PasswordOrigin::SetByAnother);
    active.updated_at = Set(now);
    let staff = active.update(&transaction).await?;
    revoke_credentials(&transaction, tenant_id, staff_id, now).await?;
    let change = staff_change(&staff, "password reset", None);
    match reset_by {
        ResetBy::Member(auth) => audit::record_within(auth, &transaction, change).await?,
        ResetBy::Operator(operator) => {
            audit::record_operator_within(
                operator.store(),
                &transaction,
                operator.os_user(),
                tenant_id,
                change,
            )
            .await?
        }
    }
    transaction.commit().await?;
    Ok(PasswordReset {
        staff,
        one_time_password,
    })
}

/// One member within the caller's staff scope.
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<staff::Model> {
    auth.require(Action::Read, Resource::Staff)?;
    staff::Entity::find_by_id(id)
        .filter(auth.staff_scope().await?)
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("staff"))
}

/// The signed-in member (or the member an API key acts as).
pub async fn viewer(auth: &Authorized) -> ApiResult<staff::Model> {
    staff::Entity::find_by_id(auth.actor().staff_id)
        .filter(staff::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("staff"))
}

/// Colleagues named on records the caller can already see (e.g. the followers of a visible
/// customer). Every member of a tenant may see colleagues' names and roles; listing staff
/// still goes through [`list`] and its scope.
pub async fn colleagues(auth: &Authorized, ids: &[i64]) -> ApiResult<Vec<staff::Model>> {
    Ok(staff::Entity::find()
        .filter(staff::Column::TenantId.eq(auth.tenant_id()))
        .filter(staff::Column::Id.is_in(ids.to_vec()))
        .all(auth.db())
        .await?)
}

pub async fn list(
    auth: &Authorized,
    filter: Option<StaffFilter>,
    order_field: StaffOrderField,
    descending: bool,
    request: &PageRequest,
) -> ApiResult<Page<staff::Model>> {
    auth.require(Action::Read, Resource::Staff)?;
    let mut query = staff::Entity::find().filter(auth.staff_scope().await?);
    if let Some(filter) = filter {
        query = query.filter(filter.condition(&StaffCondition::condition)?);
    }
    let direction = if descending { "DESC" } else { "ASC" };
    let ordering = match order_field {
        StaffOrderField::Name => Ordering::<staff::Entity> {
            name: format!("NAME_{direction}"),
            column: staff::Column::Name,
            id_column: staff::Column::Id,
            descending,
            value_of: |row| SortValue::Text(row.name.clone()),
            id_of: |row| row.id,
            to_sql: page::text_to_sql,
        },
        StaffOrderField::CreatedAt => Ordering::<staff::Entity> {
            name: format!("CREATED_AT_{direction}"),
            column: staff::Column::CreatedAt,
            id_column: staff::Column::Id,
            descending,
            value_of: |row| SortValue::time(&row.created_at),
            id_of: |row| row.id,
            to_sql: page::time_to_sql,
        },
    };
    page::fetch_page(auth, query, &ordering, request).await
}
