//! API keys for integrations: the secret is returned once and stored only as a hash.

use archive::audit::AuditAction;
use entity::{Role, api_key};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::auth::token;
use crate::domain::compliance::audit::{self, Audited};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::{self, Problems};
use crate::domain::{Authorized, now};
use crate::error::{ApiError, ApiResult};

pub struct CreatedApiKey {
    pub key: api_key::Model,
    /// Shown to the caller exactly once.
    pub secret: String,
}

/// Creates a key acting as the caller, with `role`.
pub async fn create(auth: &Authorized, name: &str, role: Role) -> ApiResult<CreatedApiKey> {
    auth.require(Action::Create, Resource::ApiKey)?;
    // A key never carries a role its creator could not grant (no archive roles from admins).
    auth.require_grant(&["input", "role"], role)?;
    let mut problems = Problems::default();
    let name = problems.check(validate::name(&["input", "name"], name));
    problems.into_result()?;
    let name = name.ok_or_else(|| ApiError::Internal("validated name went missing".into()))?;
    let new_token = token::generate(token::API_KEY_PREFIX);
    let prefix: String = new_token
        .secret
        .chars()
        .take(token::API_KEY_PREFIX.len() + 4)
        .collect();
    let key = api_key::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        staff_id: Set(auth.actor().staff_id),
        name: Set(name),
        role: Set(role),
        token_prefix: Set(prefix),
        token_hash: Set(new_token.hash),
        created_at: Set(now()),
        revoked_at: Set(None),
        ..Default::default()
    };
    let transaction = entity::begin_write(auth.db()).await?;
    let key = key.insert(&transaction).await?;
    audit::record_within(auth, &transaction, key_change(&key, "create")).await?;
    transaction.commit().await?;
    Ok(CreatedApiKey {
        key,
        secret: new_token.secret,
    })
}

/// Revokes a key; revoking twice is harmless.
pub async fn revoke(auth: &Authorized, id: i64) -> ApiResult<api_key::Model> {
    auth.require(Action::Delete, Resource::ApiKey)?;
    let existing = get(auth, id).await?;
    if existing.revoked_at.is_some() {
        return Ok(existing);
    }
    let mut active: api_key::ActiveModel = existing.into();
    active.revoked_at = Set(Some(now()));
    let transaction = entity::begin_write(auth.db()).await?;
    let key = active.update(&transaction).await?;
    audit::record_within(auth, &transaction, key_change(&key, "revoke")).await?;
    transaction.commit().await?;
    Ok(key)
}

/// The audit entry of a key's creation or revocation (the secret is never in it).
fn key_change(key: &api_key::Model, change: &str) -> Audited {
    Audited {
        action: AuditAction::ApiKeyChange,
        target: vec![audit::row_target("api_key", key.id)],
        parameters: audit::parameters([
            ("change", change.into()),
            ("role", sea_orm::ActiveEnum::to_value(&key.role).into()),
        ]),
    }
}

pub async fn get(auth: &Authorized, id: i64) -> ApiResult<api_key::Model> {
    auth.require(Action::Read, Resource::ApiKey)?;
    api_key::Entity::find_by_id(id)
        .filter(api_key::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("api key"))
}

pub async fn list(auth: &Authorized) -> ApiResult<Vec<api_key::Model>> {
    auth.require(Action::Read, Resource::ApiKey)?;
    Ok(api_key::Entity::find()
        .filter(api_key::Column::TenantId.eq(auth.tenant_id()))
        .order_by_desc(api_key::Column::CreatedAt)
        .order_by_desc(api_key::Column::Id)
        .all(auth.db())
        .await?)
}
