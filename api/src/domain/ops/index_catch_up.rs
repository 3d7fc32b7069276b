//! At start, the server brings each tenant's search index up to its archive: an index lost, or
//! built by an older release (opening it discards it), is rebuilt from the sealed rows, and one
//! an import stopped short of catches up. In the background: the server answers meanwhile,
//! search finding what is indexed so far (`/metrics` shows the lag), reads by msgid and
//! conversation context finding the rest in the database.

use std::time::Instant;

use entity::tenant;
use sea_orm::{EntityTrait, QueryOrder};

use crate::domain::Store;

/// Catches up every tenant's lagging index, one tenant after the other.
pub async fn catch_up_all(store: Store) {
    let tenants = match tenant::Entity::find()
        .order_by_asc(tenant::Column::Id)
        .all(&store.db)
        .await
    {
        Ok(tenants) => tenants,
        Err(error) => {
            tracing::warn!(%error, "cannot list the tenants to catch their search indexes up");
            return;
        }
    };
    for tenant in tenants {
        catch_up(&store, &tenant).await;
    }
}

async fn catch_up(store: &Store, tenant: &tenant::Model) {
    let status = match store.archive.index_status(tenant.id).await {
        Ok(status) => status,
        Err(error) => {
            tracing::warn!(tenant = %tenant.slug, %error, "cannot read the search index's lag");
            return;
        }
    };
    if status.lag() == 0 {
        return;
    }
    tracing::info!(
        tenant = %tenant.slug,
        lag = status.lag(),
        "the search index is behind the archive: indexing the rest"
    );
    let started = Instant::now();
    match store.archive.sync_index(tenant.id).await {
        Ok(documents) => tracing::info!(
            tenant = %tenant.slug,
            documents,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "the search index has caught up"
        ),
        // An import holds the index: it indexes what it archives, and catches up first.
        Err(archive::ArchiveError::ConcurrentWriter) => tracing::info!(
            tenant = %tenant.slug,
            "an import of the tenant is running and brings the search index up to date"
        ),
        Err(error) => tracing::warn!(
            tenant = %tenant.slug,
            %error,
            "the search index did not catch up: run `scrm archive sync-index --tenant {}`",
            tenant.slug
        ),
    }
}
