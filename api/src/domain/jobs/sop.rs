//! The SOP job: evaluates the tenant's active SOP rules once and fires every occurrence not
//! fired yet (`domain::engage::sop::engine`), as the `Sop` system task. The server queues one
//! per tenant every minute unless one is already queued; two running at once (two servers, a
//! lease taken over) fire nothing twice: each occurrence is a unique row.

use super::runner::{JobContext, Progress, Stop};
use crate::domain::engage::sop::engine;
use crate::domain::system::{SystemActor, SystemTask};

pub(super) async fn run(context: &mut JobContext) -> Result<(), Stop> {
    let system = SystemActor::for_job(
        context.store.clone(),
        context.job.tenant_id,
        SystemTask::Sop,
    );
    let summary = engine::evaluate(&system).await?;
    let progress = Progress {
        done: summary.rules,
        total: summary.rules,
        produced: summary.fired,
    };
    context
        .save(progress, serde_json::Value::Object(Default::default()))
        .await?;
    Ok(())
}
