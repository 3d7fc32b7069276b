//! Mutations of mass messaging: `broadcastCreate`, `broadcastCancel`, `broadcastPolicyUpdate`.

use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object};
use chrono::{DateTime, Utc};

use crate::domain::engage::broadcasts::{self, BroadcastDraft, policy};
use crate::error::ApiResult;
use crate::graphql::authorized;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{Broadcast, BroadcastAudienceInput, BroadcastPolicy, parse_clock};

#[derive(Default)]
pub struct BroadcastMutation;

/// What a mass message says: a text, materials, or both.
#[derive(InputObject)]
pub struct BroadcastContentInput {
    /// At most 4,000 characters; may be empty when materials are attached.
    #[graphql(default)]
    pub text: String,
    /// At most 9 materials sent after the text, in order: images (JPG or PNG), links,
    /// mini-programs and files of the libraries you read (not text materials).
    #[graphql(default)]
    pub material_ids: Vec<ID>,
}

/// A new mass message.
#[derive(InputObject)]
pub struct BroadcastCreateInput {
    pub name: String,
    pub audience: BroadcastAudienceInput,
    pub content: BroadcastContentInput,
    /// When to send (not in the past); left out: now. Sends due in quiet hours wait for
    /// their end.
    pub send_at: Option<DateTime<Utc>>,
}

#[derive(InputObject)]
pub struct BroadcastCancelInput {
    pub id: ID,
}

/// A change to the tenant's rules (admins); a field left out stays.
#[derive(InputObject)]
pub struct BroadcastPolicyUpdateInput {
    /// 1 to 10.
    pub per_customer_daily: Option<i32>,
    /// 1 to 50, not below the daily cap.
    pub per_customer_weekly: Option<i32>,
    /// HH:MM in the tenant's time zone; equal to `quietEnd`: no quiet hours.
    pub quiet_start: Option<String>,
    pub quiet_end: Option<String>,
    /// Customers with this tag never receive mass messages; null: no opt-out tag.
    pub opt_out_tag_id: MaybeUndefined<ID>,
}

payload!(BroadcastPayload {
    /// The broadcast as it is after the change.
    broadcast: Broadcast
});

payload!(BroadcastPolicyPayload {
    /// The rules as they are after the change.
    broadcast_policy: BroadcastPolicy
});

#[Object]
impl BroadcastMutation {
    /// Schedules a mass message to an audience (`broadcastPreview` shows what it would do).
    /// Nothing is sent on error.
    async fn broadcast_create(
        &self,
        ctx: &Context<'_>,
        input: BroadcastCreateInput,
    ) -> async_graphql::Result<Option<BroadcastPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let draft = BroadcastDraft {
                name: input.name,
                audience: input.audience.into_domain(&["input", "audience"])?,
                text: input.content.text,
                material_ids: ids::decode_list(
                    &["input", "content", "materialIds"],
                    NodeKind::Material,
                    &input.content.material_ids,
                )?,
                send_at: input.send_at,
            };
            broadcasts::create(auth, draft).await
        }
        .await;
        respond(result.map(Broadcast))
    }

    /// Cancels a broadcast that has not started sending.
    async fn broadcast_cancel(
        &self,
        ctx: &Context<'_>,
        input: BroadcastCancelInput,
    ) -> async_graphql::Result<Option<BroadcastPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Broadcast, &input.id)?;
            broadcasts::cancel(auth, id).await
        }
        .await;
        respond(result.map(Broadcast))
    }

    /// Changes the tenant's rules for mass messages (admins only).
    async fn broadcast_policy_update(
        &self,
        ctx: &Context<'_>,
        input: BroadcastPolicyUpdateInput,
    ) -> async_graphql::Result<Option<BroadcastPolicyPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let clock = |field: &'static str, text: Option<String>| -> ApiResult<Option<i32>> {
                text.map(|text| parse_clock(&["input", field], &text))
                    .transpose()
            };
            let change = policy::PolicyChange {
                per_customer_daily: input.per_customer_daily,
                per_customer_weekly: input.per_customer_weekly,
                quiet_start_minute: clock("quietStart", input.quiet_start)?,
                quiet_end_minute: clock("quietEnd", input.quiet_end)?,
                opt_out_tag_id: match input.opt_out_tag_id {
                    MaybeUndefined::Undefined => None,
                    MaybeUndefined::Null => Some(None),
                    MaybeUndefined::Value(id) => Some(Some(ids::decode(
                        &["input", "optOutTagId"],
                        NodeKind::Tag,
                        &id,
                    )?)),
                },
            };
            policy::update(auth, change).await
        }
        .await;
        respond(result.map(BroadcastPolicy))
    }
}
