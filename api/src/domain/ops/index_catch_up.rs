//! At start, the server brings each tenant's search index up to its archive: an index lost, or
//! built by an older release (opening it discards it), is rebuilt from the sealed rows, and one
//! an import stopped short of catches up. In the background: the server answers meanwhile,
//! search finding what is indexed so far (`/metrics` shows the lag), reads by msgid and
//! conversation context finding the rest in the database.

use std::time::{Duration, Instant};

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

/// How long a catch-up waits for another writer of the index to let it go: a process stopping
/// (a restart's old server) releases it in moments, and an import catches the index up itself.
const WRITER_PATIENCE: Duration = Duration::from_secs(600);

async fn catch_up(store: &Store, tenant: &tenant::Model) {
    let started = Instant::now();
    let mut pause = Duration::from_millis(200);
    loop {
        match catch_up_once(store, tenant).await {
            CatchUp::Done => return,
            CatchUp::WriterBusy if started.elapsed() < WRITER_PATIENCE => {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(Duration::from_secs(5));
            }
            CatchUp::WriterBusy => {
                tracing::warn!(
                    tenant = %tenant.slug,
                    "the search index stayed held by another writer: run `scrm archive sync-index --tenant {}`",
                    tenant.slug
                );
                return;
            }
        }
    }
}

/// What one attempt to catch an index up came to.
enum CatchUp {
    /// Caught up, nothing to do, or failed in a way waiting does not mend (logged).
    Done,
    /// Another writer holds the index.
    WriterBusy,
}

async fn catch_up_once(store: &Store, tenant: &tenant::Model) -> CatchUp {
    let status = match store.archive.index_status(tenant.id).await {
        Ok(status) => status,
        Err(error) => {
            tracing::warn!(tenant = %tenant.slug, %error, "cannot read the search index's lag");
            return CatchUp::Done;
        }
    };
    if status.lag() == 0 {
        return CatchUp::Done;
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
        // Another writer holds the index: a server still stopping lets it go in moments; an
        // import indexes what it archives and catches up first, so the lag read before the
        // next attempt is then 0.
        Err(archive::ArchiveError::ConcurrentWriter) => {
            tracing::info!(
                tenant = %tenant.slug,
                "another process holds the search index: waiting for it"
            );
            return CatchUp::WriterBusy;
        }
        Err(error) => tracing::warn!(
            tenant = %tenant.slug,
            %error,
            "the search index did not catch up: run `scrm archive sync-index --tenant {}`",
            tenant.slug
        ),
    }
    CatchUp::Done
}
