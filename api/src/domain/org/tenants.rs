//! Tenants: created by operators (CLI) or on the very first start, never through GraphQL.

use entity::{Role, staff, tenant};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use crate::auth::password;
use crate::domain::operator::OperatorAccess;
use crate::domain::validate::{self, Problems};
use crate::domain::{Authorized, Store};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError, conflict_on_unique};

pub struct TenantCreate {
    pub slug: String,
    pub name: String,
    pub admin_email: String,
    pub admin_password: String,
}

/// Creates a tenant and its first admin in one transaction.
pub async fn create(
    operator: &OperatorAccess,
    input: TenantCreate,
) -> ApiResult<(tenant::Model, staff::Model)> {
    let store = operator.store();
    let mut problems = Problems::default();
    let slug = problems.check(validate::slug(&["slug"], &input.slug));
    let name = problems.check(validate::name(&["name"], &input.name));
    let email = problems.check(validate::email(&["adminEmail"], &input.admin_email));
    if let Some(weakness) = password::password_weakness(&input.admin_password, &input.admin_email) {
        problems.push(FieldError::new(
            &["adminPassword"],
            ErrorCode::BadUserInput,
            weakness,
        ));
    }
    problems.into_result()?;
    let (Some(slug), Some(name), Some(email)) = (slug, name, email) else {
        return Err(ApiError::Internal(
            "validated tenant fields went missing".into(),
        ));
    };

    let slug_taken = tenant::Entity::find()
        .filter(tenant::Column::Slug.eq(&slug))
        .count(&store.db)
        .await?
        > 0;
    if slug_taken {
        return Err(slug_conflict(&slug));
    }

    let password_hash = hash_blocking(input.admin_password).await?;
    let now = crate::domain::now();
    let transaction = entity::begin_write(&store.db).await?;
    let tenant = tenant::ActiveModel {
        slug: Set(slug.clone()),
        name: Set(name),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&transaction)
    .await
    .map_err(|error| conflict_on_unique(error, || slug_conflict(&slug)))?;
    let admin = staff::ActiveModel {
        tenant_id: Set(tenant.id),
        email: Set(email),
        name: Set("Administrator".to_string()),
        role: Set(Role::Admin),
        department_id: Set(None),
        password_hash: Set(Some(password_hash)),
        // Chosen by the operator, who hands it over.
        password_origin: Set(entity::PasswordOrigin::SetByAnother),
        active: Set(true),
        wecom_userid: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    transaction.commit().await?;
    Ok((tenant, admin))
}

fn slug_conflict(slug: &str) -> ApiError {
    ApiError::field(
        &["slug"],
        ErrorCode::Conflict,
        format!("a tenant with slug '{slug}' already exists; choose another slug"),
    )
}

pub async fn count(store: &Store) -> ApiResult<u64> {
    Ok(tenant::Entity::find().count(&store.db).await?)
}

pub async fn find_by_slug(store: &Store, slug: &str) -> ApiResult<Option<tenant::Model>> {
    Ok(tenant::Entity::find()
        .filter(tenant::Column::Slug.eq(slug))
        .one(&store.db)
        .await?)
}

/// The caller's own tenant.
pub async fn current(auth: &Authorized) -> ApiResult<tenant::Model> {
    tenant::Entity::find_by_id(auth.tenant_id())
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("tenant"))
}

/// argon2 takes tens of milliseconds of CPU: keep it off the async executor.
pub(super) async fn hash_blocking(password: String) -> ApiResult<String> {
    tokio::task::spawn_blocking(move || password::hash_password(&password))
        .await
        .map_err(|error| ApiError::Internal(format!("password hashing task failed: {error}")))?
}
