//! Tenants: created by operators (CLI) or on the very first start, never through GraphQL.

use entity::{Role, staff, tenant};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::time_zone::TenantTimeZone;
use crate::auth::password;
use crate::domain::compliance::audit::{self, Audited};
use crate::domain::operator::OperatorAccess;
use crate::domain::policy::{Action, Resource};
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
        time_zone: Set(TenantTimeZone::default().name().to_string()),
        retention_years: Set(DEFAULT_RETENTION_YEARS),
        notify_staff_deletions: Set(true),
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

/// The tenant an operator command names by `slug`. An unknown slug is a `BAD_USER_INPUT` that
/// suggests the nearest existing slug (another case, a typo) or how to list them. Every
/// operator command that takes `--tenant` looks it up here.
pub async fn for_operator(operator: &OperatorAccess, slug: &str) -> ApiResult<tenant::Model> {
    let store = operator.store();
    let slug = slug.trim();
    if let Some(tenant) = find_by_slug(store, slug).await? {
        return Ok(tenant);
    }
    let slugs: Vec<String> = tenant::Entity::find()
        .select_only()
        .column(tenant::Column::Slug)
        .into_tuple()
        .all(&store.db)
        .await?;
    let hint = match nearest_slug(slug, &slugs) {
        Some(near) => format!("did you mean '{near}'?"),
        None if slugs.is_empty() => {
            "there are no tenants yet; create one with `scrm tenant create`".to_string()
        }
        None => "`scrm tenant list` shows the tenants".to_string(),
    };
    Err(ApiError::BadUserInput(format!(
        "no tenant with slug '{slug}'; {hint}"
    )))
}

/// The existing slug `wanted` most likely meant: the same letters in another case, or one at
/// most two edits away (the closest; a tie goes to the first in `slugs`).
fn nearest_slug<'a>(wanted: &str, slugs: &'a [String]) -> Option<&'a str> {
    let wanted = wanted.to_lowercase();
    if let Some(same) = slugs.iter().find(|slug| **slug == wanted) {
        return Some(same);
    }
    let limit = if wanted.chars().count() <= 3 { 1 } else { 2 };
    slugs
        .iter()
        .map(|slug| (edit_distance(&wanted, slug), slug))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, slug)| slug.as_str())
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, a_char) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, b_char) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(a_char != *b_char);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// A tenant as `scrm tenant list` shows it.
pub struct TenantSummary {
    pub tenant: tenant::Model,
    /// Active staff members.
    pub active_staff: u64,
}

/// Every tenant, oldest first, with its number of active staff (operators).
pub async fn list(operator: &OperatorAccess) -> ApiResult<Vec<TenantSummary>> {
    let db = &operator.store().db;
    let tenants = tenant::Entity::find()
        .order_by_asc(tenant::Column::CreatedAt)
        .order_by_asc(tenant::Column::Id)
        .all(db)
        .await?;
    let counts: Vec<(i64, i64)> = staff::Entity::find()
        .select_only()
        .column(staff::Column::TenantId)
        .column_as(Expr::col(staff::Column::Id).count(), "count")
        .filter(staff::Column::Active.eq(true))
        .group_by(staff::Column::TenantId)
        .into_tuple()
        .all(db)
        .await?;
    let counts: std::collections::HashMap<i64, i64> = counts.into_iter().collect();
    Ok(tenants
        .into_iter()
        .map(|tenant| TenantSummary {
            active_staff: counts
                .get(&tenant.id)
                .map_or(0, |count| u64::try_from(*count).unwrap_or(0)),
            tenant,
        })
        .collect())
}

/// The caller's own tenant.
pub async fn current(auth: &Authorized) -> ApiResult<tenant::Model> {
    auth.require(Action::Read, Resource::Tenant)?;
    tenant::Entity::find_by_id(auth.tenant_id())
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("tenant"))
}

/// The caller's tenant's time zone: where its days begin and end.
pub async fn time_zone(auth: &Authorized) -> ApiResult<TenantTimeZone> {
    TenantTimeZone::stored(&current(auth).await?.time_zone)
}

/// How long a tenant keeps its archive unless an admin says otherwise.
pub const DEFAULT_RETENTION_YEARS: i32 = 5;

/// The longest retention that can be set: beyond the longest any regulation asks (brokers keep
/// records at least 20 years).
const MAX_RETENTION_YEARS: i32 = 50;

/// A change to the caller's tenant; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct TenantSettingsUpdate {
    pub name: Option<String>,
    /// An IANA name, e.g. `Asia/Shanghai`.
    pub time_zone: Option<String>,
    /// Years the archive keeps a message before a purge may remove it.
    pub retention_years: Option<i32>,
    /// Whether a staff member deleting a customer notifies their managers.
    pub notify_staff_deletions: Option<bool>,
}

/// Changes the caller's tenant (admins only), recorded in the audit log (`TENANT_SETTINGS_CHANGE`) in
/// the same transaction. The slug, which operators type, does not change here.
pub async fn update_settings(
    auth: &Authorized,
    input: TenantSettingsUpdate,
) -> ApiResult<tenant::Model> {
    auth.require(Action::Update, Resource::Tenant)?;
    let mut problems = Problems::default();
    let name = match &input.name {
        Some(raw) => problems.check(validate::name(&["input", "name"], raw)),
        None => None,
    };
    let time_zone = match &input.time_zone {
        Some(raw) => problems.check(TenantTimeZone::parse(&["input", "timeZone"], raw)),
        None => None,
    };
    if let Some(years) = input.retention_years
        && !(1..=MAX_RETENTION_YEARS).contains(&years)
    {
        problems.push(FieldError::new(
            &["input", "retentionYears"],
            ErrorCode::BadUserInput,
            format!(
                "retention must be 1 to {MAX_RETENTION_YEARS} years; regulations ask for at \
                 least 5 (fund sales) to 20 (securities) years"
            ),
        ));
    }
    problems.into_result()?;
    let existing = current(auth).await?;
    let before = parameters_of(&existing);
    let mut active: tenant::ActiveModel = existing.into();
    if let Some(name) = name {
        active.name = Set(name);
    }
    if let Some(time_zone) = time_zone {
        active.time_zone = Set(time_zone.name().to_string());
    }
    if let Some(years) = input.retention_years {
        active.retention_years = Set(years);
    }
    if let Some(notify) = input.notify_staff_deletions {
        active.notify_staff_deletions = Set(notify);
    }
    let transaction = entity::begin_write(auth.db()).await?;
    let updated = active.update(&transaction).await?;
    audit::record_within(
        auth,
        &transaction,
        Audited {
            action: entity::AuditAction::TenantSettingsChange,
            target: vec![audit::row_target("tenant", updated.id)],
            parameters: audit::parameters([("before", before), ("after", parameters_of(&updated))]),
        },
    )
    .await?;
    transaction.commit().await?;
    Ok(updated)
}

/// The settings of a tenant as its audit entries record them.
fn parameters_of(tenant: &tenant::Model) -> serde_json::Value {
    audit::parameters([
        ("name", tenant.name.clone().into()),
        ("timeZone", tenant.time_zone.clone().into()),
        ("retentionYears", tenant.retention_years.into()),
        ("notifyStaffDeletions", tenant.notify_staff_deletions.into()),
    ])
}

/// argon2 takes tens of milliseconds of CPU: keep it off the async executor.
pub(super) async fn hash_blocking(password: String) -> ApiResult<String> {
    tokio::task::spawn_blocking(move || password::hash_password(&password))
        .await
        .map_err(|error| ApiError::Internal(format!("password hashing task failed: {error}")))?
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn near_slugs_are_suggested() {
        let slugs = vec![
            "default".to_string(),
            "acme".to_string(),
            "acme-sh".to_string(),
        ];
        assert_eq!(nearest_slug("Default", &slugs), Some("default"));
        assert_eq!(nearest_slug("defualt", &slugs), Some("default"));
        assert_eq!(nearest_slug("acme-hs", &slugs), Some("acme-sh"));
        assert_eq!(nearest_slug("acne", &slugs), Some("acme"));
        assert_eq!(nearest_slug("zenith", &slugs), None);
        assert_eq!(nearest_slug("ab", &["xy".to_string()]), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
