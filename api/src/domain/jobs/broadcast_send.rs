//! The broadcast send job: one due broadcast (`subject_id`), reserved and handed to WeCom by
//! `domain::engage::broadcasts::send`. A job taken over after a crash sends on: reserved rows
//! are kept, rows handed over are never handed over again.

use super::runner::{JobContext, Progress, Stop};
use crate::domain::engage::broadcasts::send;
use crate::domain::policy::{Action, Resource};
use crate::domain::system::{SystemActor, SystemTask};
use crate::error::ApiError;

pub(super) async fn run(context: &mut JobContext) -> Result<(), Stop> {
    let system = SystemActor::for_job(
        context.store.clone(),
        context.job.tenant_id,
        SystemTask::Broadcast,
    );
    system.require(Action::Update, Resource::Broadcast)?;
    system.require(Action::Read, Resource::Customer)?;
    let id = context
        .job
        .subject_id
        .ok_or_else(|| ApiError::Internal("a broadcast job without its broadcast".into()))?;
    let Some(row) = crate::domain::engage::broadcasts::due_for_job(&system, id).await? else {
        // Cancelled or sent meanwhile: nothing to do.
        return Ok(());
    };
    let mut reserved = 0;
    let result = send::send(system_store(&system), &row, |done| reserved = done).await;
    send::finish(system_store(&system), &row, &result).await?;
    let tally = result?;
    context
        .save(
            Progress {
                done: reserved,
                total: reserved,
                produced: tally.reserved,
            },
            serde_json::json!({}),
        )
        .await?;
    Ok(())
}

fn system_store(system: &SystemActor) -> &crate::domain::Store {
    crate::domain::engage::broadcasts::store_of(system)
}
