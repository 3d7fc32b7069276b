//! The WeCom callback events job: applies the tenant's pending `wecom_event` rows in id order,
//! each exactly once (`domain/wecom/events.rs`), as the `WecomEvents` system task. The callback
//! endpoint queues it after storing an event. Its checkpoint is the last event id handled.

use serde_json::Value;

use super::runner::{JobContext, Stop};
use crate::domain::system::{SystemActor, SystemTask};
use crate::domain::wecom::events::{self, Applied, Credential};

/// Events read per round; progress is saved after each round.
const BATCH: u64 = 50;

pub(super) async fn run(context: &mut JobContext) -> Result<(), Stop> {
    let system = SystemActor::for_job(
        context.store.clone(),
        context.job.tenant_id,
        SystemTask::WecomEvents,
    );
    let mut after_id = context
        .checkpoint()
        .and_then(|checkpoint| checkpoint.get("after_id").and_then(Value::as_i64))
        .unwrap_or(0);
    let mut progress = context.saved_progress();
    let mut credential = Credential::default();
    loop {
        let batch = events::pending_after(&system, after_id, BATCH).await?;
        if batch.is_empty() {
            return Ok(());
        }
        for event in &batch {
            let applied = events::apply(&system, &mut credential, event).await?;
            after_id = event.id;
            progress.done += 1;
            if applied == Applied::Done {
                progress.produced += 1;
            }
        }
        progress.total = progress.done;
        let mut checkpoint = serde_json::Map::new();
        checkpoint.insert("after_id".to_string(), after_id.into());
        context.save(progress, Value::Object(checkpoint)).await?;
    }
}
