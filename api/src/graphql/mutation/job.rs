use async_graphql::{Context, ID, InputObject, Object};

use crate::domain::jobs;
use crate::graphql::authorized;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::Job;

#[derive(Default)]
pub struct JobMutation;

#[derive(InputObject)]
pub struct JobCancelInput {
    pub id: ID,
}

payload!(JobPayload { job: Job });

#[Object]
impl JobMutation {
    /// Cancels a background job of a kind your role may start: a queued job at once, a running
    /// one at its next checkpoint (what it did so far stays done). A finished job is a
    /// `userErrors` entry (`CONFLICT`).
    async fn job_cancel(
        &self,
        ctx: &Context<'_>,
        input: JobCancelInput,
    ) -> async_graphql::Result<Option<JobPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Job, &input.id)?;
            jobs::cancel(auth, id).await
        }
        .await;
        respond(result.map(Job))
    }
}
