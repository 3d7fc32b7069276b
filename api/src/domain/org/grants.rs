//! `scrm staff grant`: the operator gives a role to a member of a tenant.
//!
//! Inside a tenant, admins grant only CRM roles and compliance officers only archive roles
//! ([`crate::domain::policy::may_grant`]); someone has to appoint the first compliance officer, and
//! that is the operator, outside GraphQL. A grant always hands over a fresh one-time password
//! and signs the member out everywhere (sessions and API keys): whoever knew the account's
//! previous password, an admin who created it for instance, cannot use it to read the archive,
//! and the new holder must replace the one-time password before the archive opens to them.

use entity::{PasswordOrigin, Role, api_key, session, staff, tenant};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::auth::password;
use crate::domain::operator::OperatorAccess;
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
    let tenant = tenant::Entity::find()
        .filter(tenant::Column::Slug.eq(input.tenant_slug.trim()))
        .one(db)
        .await?
        .ok_or_else(|| {
            ApiError::BadUserInput(format!(
                "no tenant '{}'; `scrm tenant create` makes one",
                input.tenant_slug.trim()
            ))
        })?;
    let one_time_password = password::random_password();
    let hashed = one_time_password.clone();
    let password_hash = tokio::task::spawn_blocking(move || password::hash_password(&hashed))
        .await
        .map_err(|error| ApiError::Internal(format!("password hashing task failed: {error}")))??;
    let now = crate::domain::now();

    let transaction = entity::begin_write(db).await?;
    let existing = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant.id))
        .filter(staff::Column::Email.eq(&email))
        .one(&transaction)
        .await?;
    let (staff, created) = match existing {
        Some(member) => {
            let member_id = member.id;
            let mut active: staff::ActiveModel = member.into();
            active.role = Set(input.role);
            active.password_hash = Set(Some(password_hash));
            active.password_origin = Set(PasswordOrigin::SetByAnother);
            active.active = Set(true);
            active.updated_at = Set(now);
            let updated = active.update(&transaction).await?;
            session::Entity::update_many()
                .col_expr(session::Column::RevokedAt, Expr::value(now))
                .filter(session::Column::StaffId.eq(member_id))
                .filter(session::Column::RevokedAt.is_null())
                .exec(&transaction)
                .await?;
            api_key::Entity::update_many()
                .col_expr(api_key::Column::RevokedAt, Expr::value(now))
                .filter(api_key::Column::StaffId.eq(member_id))
                .filter(api_key::Column::RevokedAt.is_null())
                .exec(&transaction)
                .await?;
            (updated, false)
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
            (inserted, true)
        }
    };
    transaction.commit().await?;
    Ok(Granted {
        staff,
        one_time_password,
        created,
    })
}
