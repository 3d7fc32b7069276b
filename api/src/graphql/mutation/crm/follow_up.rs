//! Mutations of follow-ups: `followUpCreate`, `followUpUpdate` and `followUpDelete` (the
//! author, within 24 hours), and `followUpNextStepComplete` (the author, at any time).

use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object};
use chrono::{DateTime, Utc};

use crate::domain::crm::follow_ups::{self, FollowUpChange, FollowUpDraft};
use crate::error::ApiError;
use crate::graphql::authorized;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{FollowUp, FollowUpKind};

#[derive(Default)]
pub struct FollowUpMutation;

/// A new follow-up on a customer you cover.
#[derive(InputObject)]
pub struct FollowUpCreateInput {
    pub customer_id: ID,
    pub kind: FollowUpKind,
    /// What happened: 1 to 2,000 characters (line breaks allowed).
    pub content: String,
    /// When it happened (at most 10 minutes ahead of the server's clock); now when left out.
    pub at: Option<DateTime<Utc>>,
    /// When the next step is due: not before `at`, within two years. Alone, it is a time to
    /// follow up again.
    pub next_step_at: Option<DateTime<Utc>>,
    /// What comes next: one line of at most 200 characters; needs `nextStepAt`.
    pub next_step: Option<String>,
}

/// A change to one of your follow-ups, within 24 hours of writing it; a field left out
/// stays as it is. A new `nextStepAt` (or null) makes the next step open again.
#[derive(InputObject)]
pub struct FollowUpUpdateInput {
    pub id: ID,
    pub kind: Option<FollowUpKind>,
    pub content: Option<String>,
    pub at: Option<DateTime<Utc>>,
    /// null clears the next step's due time (and then `nextStep` must be cleared too).
    pub next_step_at: MaybeUndefined<DateTime<Utc>>,
    /// null clears the next step.
    pub next_step: MaybeUndefined<String>,
}

#[derive(InputObject)]
pub struct FollowUpDeleteInput {
    pub id: ID,
}

#[derive(InputObject)]
pub struct FollowUpNextStepCompleteInput {
    pub id: ID,
}

payload!(FollowUpPayload {
    /// The follow-up as it is after the change.
    follow_up: FollowUp
});

payload!(FollowUpDeletePayload {
    /// The id of the follow-up deleted.
    deleted_follow_up_id: ID
});

fn maybe<T>(value: MaybeUndefined<T>) -> Option<Option<T>> {
    match value {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(value) => Some(Some(value)),
    }
}

#[Object]
impl FollowUpMutation {
    /// Records a follow-up on a customer you cover (a customer you do not cover is not found,
    /// like one that does not exist). Every problem of the input comes back at once, and
    /// nothing is stored.
    async fn follow_up_create(
        &self,
        ctx: &Context<'_>,
        input: FollowUpCreateInput,
    ) -> async_graphql::Result<Option<FollowUpPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let mut id_problems = Vec::new();
            let customer_id = match ids::decode(
                &["input", "customerId"],
                NodeKind::Customer,
                &input.customer_id,
            ) {
                Ok(id) => Some(id),
                Err(ApiError::Invalid(errors)) => {
                    id_problems.extend(errors);
                    None
                }
                Err(other) => return Err(other),
            };
            let draft = FollowUpDraft {
                customer_id,
                kind: input.kind.into(),
                content: input.content,
                at: input.at,
                next_step_at: input.next_step_at,
                next_step: input.next_step,
            };
            follow_ups::create(auth, draft, id_problems).await
        }
        .await;
        respond(result.map(FollowUp))
    }

    /// Changes one of your follow-ups within 24 hours of writing it; after that it is a
    /// record (`CONFLICT` at `input.id`), and only its author may change it (`FORBIDDEN`).
    async fn follow_up_update(
        &self,
        ctx: &Context<'_>,
        input: FollowUpUpdateInput,
    ) -> async_graphql::Result<Option<FollowUpPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::FollowUp, &input.id)?;
            let change = FollowUpChange {
                kind: input.kind.map(Into::into),
                content: input.content,
                at: input.at,
                next_step_at: maybe(input.next_step_at),
                next_step: maybe(input.next_step),
            };
            follow_ups::update(auth, id, change).await
        }
        .await;
        respond(result.map(FollowUp))
    }

    /// Deletes one of your follow-ups within 24 hours of writing it (the same rules as
    /// `followUpUpdate`).
    async fn follow_up_delete(
        &self,
        ctx: &Context<'_>,
        input: FollowUpDeleteInput,
    ) -> async_graphql::Result<Option<FollowUpDeletePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::FollowUp, &input.id)?;
            follow_ups::delete(auth, id).await
        }
        .await;
        respond(result.map(|id| ids::encode(NodeKind::FollowUp, id)))
    }

    /// Marks the next step of one of your follow-ups done, at any time (it leaves your
    /// agenda's overdue list). Completing it again changes nothing.
    async fn follow_up_next_step_complete(
        &self,
        ctx: &Context<'_>,
        input: FollowUpNextStepCompleteInput,
    ) -> async_graphql::Result<Option<FollowUpPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::FollowUp, &input.id)?;
            follow_ups::complete_next_step(auth, id).await
        }
        .await;
        respond(result.map(FollowUp))
    }
}
