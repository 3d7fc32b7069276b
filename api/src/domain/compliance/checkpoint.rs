//! Signed checkpoints of a tenant's archive and audit chains (`archive::checkpoint`), for the
//! operator (`scrm archive import | rescan | verify`, `scrm audit …`) and the server's periodic
//! task. Signing needs the key file in the data directory, so only an [`OperatorAccess`] (or
//! the server, which opened one at start-up) reaches it.

use std::sync::Arc;

use archive::audit::{AuditAction, AuditBreak, AuditOutcome, AuditSummary};
use archive::chain::{ChainHead, ChainRun};
use archive::{Chain, Checkpoint, CheckpointFinding, CheckpointSigner};
use entity::tenant;
use sea_orm::{EntityTrait, QuerySelect};

use crate::domain::Store;
use crate::domain::compliance::audit::{self, Audited};
use crate::domain::operator::OperatorAccess;
use crate::domain::org::tenants;
use crate::error::{ApiError, ApiResult};

/// Checkpoint tasks on one tenant, addressed by slug.
pub struct TenantCheckpoints<'a> {
    access: &'a OperatorAccess,
    tenant_id: i64,
    slug: String,
}

impl<'a> TenantCheckpoints<'a> {
    pub async fn for_tenant(access: &'a OperatorAccess, slug: &str) -> ApiResult<Self> {
        let tenant = tenants::for_operator(access, slug).await?;
        Ok(TenantCheckpoints {
            access,
            tenant_id: tenant.id,
            slug: tenant.slug,
        })
    }

    pub fn slug(&self) -> &str {
        &self.slug
    }

    pub fn signer(&self) -> &CheckpointSigner {
        self.access.signer()
    }

    /// Signs and stores the heads of both chains that moved since their latest checkpoint.
    pub async fn write(&self) -> ApiResult<Vec<Checkpoint>> {
        self.write_after(None).await
    }

    /// [`write`](Self::write) at the end of an import that chained `run` itself: the run is
    /// vouched for rather than read back where it may be
    /// ([`Archive::checkpoint_after`](archive::Archive::checkpoint_after)).
    pub async fn write_after(&self, run: Option<ChainRun>) -> ApiResult<Vec<Checkpoint>> {
        self.access
            .store()
            .archive
            .checkpoint_after(self.tenant_id, self.access.signer(), run)
            .await
            .map_err(ApiError::from)
    }

    pub async fn latest(&self, chain: Chain) -> ApiResult<Option<Checkpoint>> {
        self.access
            .store()
            .archive
            .latest_checkpoint(self.tenant_id, chain, self.access.signer())
            .await
            .map_err(ApiError::from)
    }

    /// Compares a verified chain's `head` with `checkpoint` (read before verifying).
    pub async fn check(
        &self,
        head: ChainHead,
        checkpoint: &Checkpoint,
    ) -> ApiResult<Result<(), CheckpointFinding>> {
        self.access
            .store()
            .archive
            .check_checkpoint(self.tenant_id, head, checkpoint, self.access.signer())
            .await
            .map_err(ApiError::from)
    }

    /// Records the operator's `scrm audit verify` (`AUDIT_VERIFY`): the outcome, how many entries
    /// verified (`None` when broken) and the first broken seq, if any. Called after the walk and
    /// the checkpoint comparison, so the entry is not among those it counts.
    pub async fn record_verify(
        &self,
        outcome: AuditOutcome,
        verified: Option<u64>,
        broken_at: Option<u64>,
    ) -> ApiResult<()> {
        audit::record_operator(
            self.access.store(),
            self.access.os_user(),
            self.tenant_id,
            outcome,
            Audited {
                action: AuditAction::AuditVerify,
                target: Vec::new(),
                parameters: audit::parameters([
                    ("verified", verified.into()),
                    ("brokenAtSeq", broken_at.into()),
                ]),
            },
        )
        .await
    }

    /// Verifies the tenant's audit log (chain, sealed parts, target tags).
    pub async fn audit_verify(
        &self,
        progress: impl FnMut(u64),
    ) -> ApiResult<Result<AuditSummary, AuditBreak>> {
        self.access
            .store()
            .archive
            .audit_verify(self.tenant_id, progress)
            .await
            .map_err(ApiError::from)
    }
}

/// Signs the chain heads of every tenant (the server's periodic task); logs and skips a tenant
/// that fails, so one rewritten chain does not stop the others being checkpointed.
pub async fn checkpoint_all_tenants(store: &Store, signer: &CheckpointSigner) -> ApiResult<usize> {
    let tenant_ids: Vec<i64> = tenant::Entity::find()
        .select_only()
        .column(tenant::Column::Id)
        .into_tuple()
        .all(&store.db)
        .await?;
    let mut written = 0;
    for tenant_id in tenant_ids {
        match store.archive.checkpoint(tenant_id, signer).await {
            Ok(checkpoints) => written += checkpoints.len(),
            Err(error) => {
                tracing::error!(tenant_id, %error, "cannot checkpoint the tenant's chains");
            }
        }
    }
    Ok(written)
}

/// Every `every`, signs every tenant's chain heads; runs until the process ends.
pub async fn run_periodic(store: Store, signer: Arc<CheckpointSigner>, every: std::time::Duration) {
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // The first tick is immediate: a restart checkpoints what happened while it was down.
    loop {
        ticker.tick().await;
        match checkpoint_all_tenants(&store, &signer).await {
            Ok(0) => {}
            Ok(written) => tracing::info!(checkpoints = written, "chain heads signed"),
            Err(error) => tracing::error!(%error, "periodic checkpoint failed"),
        }
    }
}
