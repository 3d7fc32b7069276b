//! What monitoring reads: per tenant, how much is archived and how far search lags behind, and
//! background jobs by status. Counts and positions only — no content, no names of people —
//! so `/metrics` can serve them without a credential (the reverse proxy keeps it internal).

use entity::tenant;
use sea_orm::{EntityTrait, QueryOrder};

use crate::domain::Store;
use crate::domain::jobs::JobStatus;
use crate::error::{ApiError, ApiResult};

/// One tenant's archive, as monitoring sees it.
pub struct TenantArchiveHealth {
    pub slug: String,
    pub status: archive::store::IndexStatus,
}

/// Every tenant's archive position and index lag, in tenant order.
pub async fn archive_health(store: &Store) -> ApiResult<Vec<TenantArchiveHealth>> {
    let tenants = tenant::Entity::find()
        .order_by_asc(tenant::Column::Id)
        .all(&store.db)
        .await?;
    let mut health = Vec::with_capacity(tenants.len());
    for tenant in tenants {
        let status = store
            .archive
            .index_status(tenant.id)
            .await
            .map_err(ApiError::from)?;
        health.push(TenantArchiveHealth {
            slug: tenant.slug,
            status,
        });
    }
    Ok(health)
}

/// Background jobs of every tenant per status.
pub async fn job_counts(store: &Store) -> ApiResult<Vec<(JobStatus, u64)>> {
    crate::domain::jobs::counts(store).await
}
