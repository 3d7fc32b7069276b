//! A rescan job: re-checks the tenant's archive against its current risk rules, a page of
//! messages at a time, as the system (a rescan's rights only). Its checkpoint is the chain
//! position of the last page done; a page redone after a crash adds no alert twice (alerts are
//! unique per message and rule).

use serde_json::Value;

use super::runner::{JobContext, Progress, Stop};
use crate::domain::compliance::archive::rescan_page_as_system;
use crate::domain::system::{SystemActor, SystemTask};

const PAGE: u64 = 1_000;

pub(super) async fn run(context: &mut JobContext) -> Result<(), Stop> {
    let system = SystemActor::for_job(
        context.store.clone(),
        context.job.tenant_id,
        SystemTask::Rescan,
    );
    let mut after_seq = context
        .checkpoint()
        .and_then(|checkpoint| checkpoint.get("after_seq").and_then(Value::as_i64))
        .unwrap_or(0);
    let mut progress = context.saved_progress();
    progress.total = system
        .store()
        .archive
        .message_count(system.tenant_id())
        .await
        .map_err(|error| Stop::Failed(error.into()))?;
    while let Some(page) = rescan_page_as_system(&system, after_seq, PAGE).await? {
        after_seq = page.last_seq;
        progress = Progress {
            done: progress.done + page.scanned,
            total: progress.total.max(progress.done + page.scanned),
            produced: progress.produced + page.new_alerts,
        };
        let mut checkpoint = serde_json::Map::new();
        checkpoint.insert("after_seq".to_string(), after_seq.into());
        context.save(progress, Value::Object(checkpoint)).await?;
    }
    Ok(())
}
