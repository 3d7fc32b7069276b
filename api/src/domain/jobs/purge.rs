//! The daily purge job: removes the tenant's archive messages past its retention that no
//! active legal hold covers, as of the tenant's date when the job runs, as the system (a
//! purge's rights only). A purge is resumable by itself: each range it removes commits with
//! its tombstone, and a purge run again plans what is left afresh; so a job taken over after a
//! crash simply runs the purge again.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use archive::purge::PurgeProgress;
use entity::tenant;
use sea_orm::EntityTrait;
use serde_json::Value;

use super::runner::{JobContext, Progress, Stop};
use crate::domain::compliance::retention::{self, DAILY_PURGE, PurgeActor, PurgeRequest};
use crate::domain::org::time_zone::TenantTimeZone;
use crate::domain::policy::{Action, Resource};
use crate::domain::system::{SystemActor, SystemTask};
use crate::error::ApiError;

/// How often a running purge's progress is saved to its job row.
const SAVE_EVERY: Duration = Duration::from_secs(2);

pub(super) async fn run(context: &mut JobContext) -> Result<(), Stop> {
    let system = SystemActor::for_job(
        context.store.clone(),
        context.job.tenant_id,
        SystemTask::Purge,
    );
    system.require(Action::Delete, Resource::Archive)?;
    system.require(Action::Read, Resource::LegalHold)?;
    let tenant = tenant::Entity::find_by_id(system.tenant_id())
        .one(&context.store.db)
        .await
        .map_err(|error| Stop::Failed(error.into()))?
        .ok_or(Stop::Failed(ApiError::NotFound("tenant")))?;
    let zone = TenantTimeZone::stored(&tenant.time_zone)?;
    let request = PurgeRequest {
        as_of: retention::today(zone),
        dry_run: false,
    };

    let latest = Arc::new(Mutex::new(PurgeProgress::default()));
    let heard = latest.clone();
    let store = context.store.clone();
    let signer = context.signer.clone();
    let purge = async move {
        retention::purge(
            &store,
            &signer,
            &tenant,
            request,
            PurgeActor::System(DAILY_PURGE),
            move |progress| {
                if let Ok(mut latest) = heard.lock() {
                    *latest = progress;
                }
            },
        )
        .await
    };
    tokio::pin!(purge);
    let done = loop {
        tokio::select! {
            done = &mut purge => break done?,
            () = tokio::time::sleep(SAVE_EVERY) => {
                let progress = snapshot(&latest);
                context.save(as_job_progress(progress), checkpoint(request)).await?;
            }
        }
    };
    let final_progress = PurgeProgress {
        examined: done.report.past_cutoff,
        purged: done.report.purged(),
    };
    context
        .save(as_job_progress(final_progress), checkpoint(request))
        .await
}

fn snapshot(latest: &Mutex<PurgeProgress>) -> PurgeProgress {
    latest.lock().map(|progress| *progress).unwrap_or_default()
}

/// Messages past the cutoff looked at are the units done (and, as the total is not known
/// before the end, to do); messages removed are what the job produced.
fn as_job_progress(progress: PurgeProgress) -> Progress {
    Progress {
        done: progress.examined,
        total: progress.examined,
        produced: progress.purged,
    }
}

fn checkpoint(request: PurgeRequest) -> Value {
    let mut checkpoint = serde_json::Map::new();
    checkpoint.insert("as_of".to_string(), request.as_of.to_string().into());
    Value::Object(checkpoint)
}
