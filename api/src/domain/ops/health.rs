//! What monitoring reads: per tenant, how much is archived and how far search lags behind and
//! how many WeCom events wait or failed; background jobs by status; WeCom callbacks answered.
//! Counts and positions only — no content, no names of people — so `/metrics` can serve them
//! without a credential (the reverse proxy keeps it internal).

use entity::{EventStatus, tenant, wecom_event};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, ExprTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::domain::Store;
use crate::domain::jobs::JobStatus;
use crate::domain::wecom::callbacks::{self, CallbackCounts};
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

/// One tenant's WeCom events that are not applied: waiting for the job, or given up on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantEventBacklog {
    pub slug: String,
    pub pending: u64,
    pub failed: u64,
}

/// Every tenant's PENDING and FAILED `wecom_event` rows, in tenant order (zeros included).
pub async fn wecom_event_backlog(store: &Store) -> ApiResult<Vec<TenantEventBacklog>> {
    let rows: Vec<(i64, EventStatus, i64)> = wecom_event::Entity::find()
        .select_only()
        .column(wecom_event::Column::TenantId)
        .column(wecom_event::Column::Status)
        .column_as(Expr::col(wecom_event::Column::Id).count(), "count")
        .filter(wecom_event::Column::Status.is_in([EventStatus::Pending, EventStatus::Failed]))
        .group_by(wecom_event::Column::TenantId)
        .group_by(wecom_event::Column::Status)
        .into_tuple()
        .all(&store.db)
        .await?;
    let count = |tenant_id: i64, status: EventStatus| {
        rows.iter()
            .find(|(tenant, stored, _)| *tenant == tenant_id && *stored == status)
            .map_or(0, |(_, _, count)| u64::try_from(*count).unwrap_or(0))
    };
    let tenants = tenant::Entity::find()
        .order_by_asc(tenant::Column::Id)
        .all(&store.db)
        .await?;
    Ok(tenants
        .into_iter()
        .map(|tenant| TenantEventBacklog {
            pending: count(tenant.id, EventStatus::Pending),
            failed: count(tenant.id, EventStatus::Failed),
            slug: tenant.slug,
        })
        .collect())
}

/// WeCom callbacks this process accepted and refused, by reason.
pub fn wecom_callback_counts(store: &Store) -> CallbackCounts {
    callbacks::counts(store)
}
