//! The archive pull job: pulls the tenant's new messages from WeCom's conversation archive
//! (`domain::wecom::pull`) step by step, saving where it stands after each. A job taken over
//! after a crash just pulls on: the cursor only moves past what committed, and ingest drops
//! msgids it already holds, so a step redone adds nothing.

use super::runner::{JobContext, Progress, Stop};
use crate::domain::policy::{Action, Resource};
use crate::domain::system::{SystemActor, SystemTask};
use crate::domain::wecom::pull::{PullActor, Puller};

pub(super) async fn run(context: &mut JobContext) -> Result<(), Stop> {
    let system = SystemActor::for_job(
        context.store.clone(),
        context.job.tenant_id,
        SystemTask::ArchivePull,
    );
    system.require(Action::Create, Resource::Archive)?;
    system.require(Action::Read, Resource::WecomSettings)?;
    let mut puller = Puller::open(&context.store, system.tenant_id()).await?;
    let before = context.saved_progress();
    loop {
        let step = puller.step().await;
        let summary = puller.summary().clone();
        let progress = Progress {
            done: before.done + summary.records,
            total: before.done + summary.records,
            produced: before.produced + summary.alerts_raised,
        };
        let checkpoint = serde_json::Value::Object(
            [("seq".to_string(), summary.to_seq.into())]
                .into_iter()
                .collect(),
        );
        match step {
            Ok(caught_up) => {
                context.save(progress, checkpoint).await?;
                if caught_up {
                    break;
                }
            }
            Err(error) => {
                // Record what got in before the stop; the audit entry says where it stopped.
                if let Err(audit_error) = puller
                    .finish(&PullActor::System, entity::AuditOutcome::Failed)
                    .await
                {
                    tracing::warn!(error = %audit_error, "a failed pull could not be audited");
                }
                return Err(Stop::Failed(error));
            }
        }
    }
    puller
        .finish(&PullActor::System, entity::AuditOutcome::Success)
        .await?;
    Ok(())
}
