//! Departments: the tree that scopes what a MANAGER sees.

use entity::department;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::domain::Authorized;
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::{self, Problems};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

pub struct DepartmentCreate {
    pub name: String,
    pub parent_id: Option<i64>,
}

pub async fn create(auth: &Authorized, input: DepartmentCreate) -> ApiResult<department::Model> {
    auth.require(Action::Create, Resource::Department)?;
    let mut problems = Problems::default();
    let name = problems.check(validate::name(&["input", "name"], &input.name));
    if let Some(parent_id) = input.parent_id
        && get(auth, parent_id).await.is_err()
    {
        problems.push(FieldError::new(
            &["input", "parentId"],
            ErrorCode::NotFound,
            "parent department not found",
        ));
    }
    problems.into_result()?;
    let name = name.ok_or_else(|| ApiError::Internal("validated name went missing".into()))?;
    Ok(department::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        name: Set(name),
        parent_id: Set(input.parent_id),
        created_at: Set(crate::domain::now()),
        ..Default::default()
    }
    .insert(auth.db())
    .await?)
}

/// Every department of the tenant, by name then id.
pub async fn list(auth: &Authorized) -> ApiResult<Vec<department::Model>> {
    auth.require(Action::Read, Resource::Department)?;
    Ok(department::Entity::find()
        .filter(department::Column::TenantId.eq(auth.tenant_id()))
        .order_by_asc(department::Column::Name)
        .order_by_asc(department::Column::Id)
        .all(auth.db())
        .await?)
}

pub async fn get(auth: &Authorized, id: i64) -> ApiResult<department::Model> {
    auth.require(Action::Read, Resource::Department)?;
    department::Entity::find_by_id(id)
        .filter(department::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("department"))
}

pub async fn get_many(auth: &Authorized, ids: &[i64]) -> ApiResult<Vec<department::Model>> {
    auth.require(Action::Read, Resource::Department)?;
    Ok(department::Entity::find()
        .filter(department::Column::TenantId.eq(auth.tenant_id()))
        .filter(department::Column::Id.is_in(ids.to_vec()))
        .all(auth.db())
        .await?)
}
