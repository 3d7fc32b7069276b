//! `scrm staff grant`: the operator gives a role to a member of a tenant; and
//! `scrm staff reset-password`: the operator recovers any member's account.
//!
//! Inside a tenant, admins grant only CRM roles and compliance officers only archive roles
//! ([`crate::domain::policy::may_grant`]); someone has to appoint the first compliance officer, and
//! that is the operator, outside GraphQL. A grant always hands over a fresh one-time password
//! and signs the member out everywhere (sessions and API keys): whoever knew the account's
//! previous password, an admin who created it for instance, cannot use it to read the archive,
//! and the new holder must replace the one-time password before the archive opens to them.
//!
//! Both leave one `STAFF_CHANGE` entry in the tenant's audit log, by the operator (the OS user),
//! written in the change's own transaction: a grant or reset whose entry cannot be written does
//! not happen.

use entity::{PasswordOrigin, Role, staff};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::domain::compliance::audit;
use crate::domain::operator::OperatorAccess;
use crate::domain::org::staff::{self as staff_members, PasswordReset, ResetBy};
use crate::domain::org::tenants;
use crate::domain::validate;
use crate::error::{ApiError, ApiResult};

pub struct StaffGrant {
    pub tenant_slug: String,
    pub email: String,
    pub role: Role,
    /// For a new member; an existing one keeps their name.
    pub name: Option<String>,
}

pub struct Granted {
    pub staff: staff::Model,
    /// Shown to the operator once, to hand over; replaced at first sign-in.
    pub one_time_password: String,
    pub created: bool,
}

pub async fn grant(operator: &OperatorAccess, input: StaffGrant) -> ApiResult<Granted> {
    let store = operator.store();
    let email = validate::email(&["email"], &input.email)
        .map_err(|problem| ApiError::Invalid(vec![problem]))?;
    let name = match &input.name {
        Some(raw) => {
            validate::name(&["name"], raw).map_err(|problem| ApiError::Invalid(vec![problem]))?
        }
        None => email.split('@').next().unwrap_or_default().to_string(),
    };
    let db = &store.db;
    let tenant = tenants::for_operator(operator, &input.tenant_slug).await?;
    let (one_time_password, password_hash) = staff_members::one_time_password().await?;
    let now = crate::domain::now();

    let transaction = entity::begin_write(db).await?;
    let existing = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant.id))
        .filter(staff::Column::Email.eq(&email))
        .one(&transaction)
        .await?;
    let (staff, created, role_before) = match existing {
        Some(member) => {
            let member_id = member.id;
            let role_before = member.role;
            let mut active: staff::ActiveModel = member.into();
            active.role = Set(input.role);
            active.password_hash = Set(Some(password_hash));
            active.password_origin = Set(PasswordOrigin::SetByAnother);
            active.active = Set(true);
            active.updated_at = Set(now);
            let updated = active.update(&transaction).await?;
            staff_members::revoke_credentials(&transaction, tenant.id, member_id, now).await?;
            (updated, false, Some(role_before))
        }
        None => {
            let inserted = staff::ActiveModel {
                tenant_id: Set(tenant.id),
                email: Set(email),
                name: Set(name),
                role: Set(input.role),
                department_id: Set(None),
                password_hash: Set(Some(password_hash)),
                password_origin: Set(PasswordOrigin::SetByAnother),
                active: Set(true),
                wecom_userid: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&transaction)
            .await?;
            (inserted, true, None)
        }
    };
    // The grant and its entry commit together, or neither does.
    audit::record_operator_within(
        store,
        &transaction,
        operator.os_user(),
        tenant.id,
        staff_members::staff_change(
            &staff,
            if created {
                "grant (new member)"
            } else {
                "grant"
            },
            role_before.filter(|before| *before != staff.role),
        ),
    )
    .await?;
    transaction.commit().await?;
    Ok(Granted {
        staff,
        one_time_password,
        created,
    })
}

pub struct StaffPasswordReset {
    pub tenant_slug: String,
    pub email: String,
}

/// `scrm staff reset-password`: the operator replaces the password of a member of any role with
/// a one-time password, revoking their sessions and the API keys they created — the same
/// effects, for the same reasons, as an admin's or compliance officer's `staffPasswordReset`
/// ([`staff_members::reset_password`]). Operators stand above separation of duties, as with
/// `scrm staff grant`: this is how a tenant's only compliance officer gets back in.
pub async fn reset_password(
    operator: &OperatorAccess,
    input: StaffPasswordReset,
) -> ApiResult<PasswordReset> {
    let email = validate::email(&["email"], &input.email)
        .map_err(|problem| ApiError::Invalid(vec![problem]))?;
    let tenant = tenants::for_operator(operator, &input.tenant_slug).await?;
    let db = &operator.store().db;
    let member = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant.id))
        .filter(staff::Column::Email.eq(&email))
        .one(db)
        .await?
        .ok_or_else(|| {
            ApiError::BadUserInput(format!(
                "tenant '{}' has no member with email {email}; `scrm staff grant` creates one",
                tenant.slug
            ))
        })?;
    if !member.active {
        return Err(ApiError::BadUserInput(format!(
            "{email} is deactivated in tenant '{}'; `scrm staff grant` reactivates a member with a role and a one-time password",
            tenant.slug
        )));
    }
    staff_members::replace_with_one_time_password(db, member, ResetBy::Operator(operator)).await
}
