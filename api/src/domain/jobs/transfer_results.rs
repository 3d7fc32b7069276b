//! The transfer results job: reads WeCom's results of the tenant's unfinished customer
//! transfers once (`domain::crm::transfers::poll`), as the `Transfer` system task. Queued by
//! the server while any transfer is unfinished; a second job at once changes nothing twice
//! (every update is conditional on the transfer being unfinished).

use super::runner::{JobContext, Progress, Stop};
use crate::domain::crm::transfers::poll;
use crate::domain::system::{SystemActor, SystemTask};

pub(super) async fn run(context: &mut JobContext) -> Result<(), Stop> {
    let system = SystemActor::for_job(
        context.store.clone(),
        context.job.tenant_id,
        SystemTask::Transfer,
    );
    let round = poll::run(&system).await?;
    let progress = Progress {
        done: round.checked,
        total: round.checked,
        produced: round.finished,
    };
    context
        .save(progress, serde_json::Value::Object(Default::default()))
        .await?;
    Ok(())
}
