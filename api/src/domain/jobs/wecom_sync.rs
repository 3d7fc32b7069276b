//! A WeCom sync job (`wecomSyncStart`): brings the tenant's staff, tags, customers and groups
//! from WeCom as the `WecomSync` system task (`domain/wecom/sync`). Its checkpoint is the
//! sync's state after the last page committed, so a job taken over after a crash goes on from
//! there; the outcome and counts are recorded in the audit log (`WECOM_SYNC`).

use super::runner::{JobContext, Progress, Stop};
use crate::domain::system::{SystemActor, SystemTask};
use crate::domain::wecom::sync::{self, SyncActor, SyncSink, SyncState};

pub(super) async fn run(context: &mut JobContext) -> Result<(), Stop> {
    let system = SystemActor::for_job(
        context.store.clone(),
        context.job.tenant_id,
        SystemTask::WecomSync,
    );
    let mut state = SyncState::for_job(&context.store, &context.job).await?;
    let store = context.store.clone();
    let (tenant_id, job_id) = (context.job.tenant_id, context.job.id);
    let mut sink = JobSink { context };
    let outcome = match sink.save(&state).await {
        Ok(()) => sync::run(&system, &mut state, &mut sink).await,
        Err(stop) => Err(stop),
    };
    let failure = match &outcome {
        Ok(()) => None,
        Err(Stop::Failed(error)) => Some(error),
        // Cancelled, or another worker carries on: nothing to record yet.
        Err(_) => return outcome,
    };
    if let Err(error) = sync::record(
        &store,
        tenant_id,
        job_id,
        SyncActor::System,
        &state,
        failure,
    )
    .await
    {
        tracing::error!(error = %error, "wecom sync: the audit entry could not be written");
        if failure.is_none() {
            return Err(Stop::Failed(error));
        }
    }
    let counts = state.counts;
    tracing::info!(
        run = state.run,
        changed = counts.changed(),
        failed = counts.failed(),
        "wecom sync finished"
    );
    outcome
}

struct JobSink<'a> {
    context: &'a mut JobContext,
}

impl SyncSink for JobSink<'_> {
    type Stop = Stop;

    async fn save(&mut self, state: &SyncState) -> Result<(), Stop> {
        let progress = Progress {
            done: state.done,
            total: state.done,
            produced: state.counts.changed(),
        };
        self.context.save(progress, state.to_json()?).await
    }
}
