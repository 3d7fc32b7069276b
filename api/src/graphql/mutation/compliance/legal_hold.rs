use async_graphql::{Context, ID, InputObject, Object};
use chrono::{DateTime, Utc};

use crate::domain::compliance::legal_hold::{self, LegalHoldCreate};
use crate::error::ApiResult;
use crate::graphql::authorized;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::LegalHold;

#[derive(Default)]
pub struct LegalHoldMutation;

#[derive(InputObject)]
pub struct LegalHoldCreateInput {
    /// How the hold is known, e.g. the case number.
    pub name: String,
    /// Why (a case, a regulator's request): part of the record.
    pub reason: String,
    /// Staff whose conversations are held; empty: any.
    #[graphql(default)]
    pub staff_ids: Vec<ID>,
    /// Customers whose conversations are held; empty: any.
    #[graphql(default)]
    pub customer_ids: Vec<ID>,
    /// WeCom group chats held; empty: any.
    #[graphql(default)]
    pub room_ids: Vec<String>,
    /// Messages sent at or after; null: from the beginning.
    pub from: Option<DateTime<Utc>>,
    /// Messages sent before; null: open-ended.
    pub to: Option<DateTime<Utc>>,
}

#[derive(InputObject)]
pub struct LegalHoldReleaseInput {
    pub id: ID,
    /// Why the hold ends: part of the record.
    pub reason: String,
}

payload!(LegalHoldPayload {
    legal_hold: LegalHold
});

fn decode_all(field: &str, kind: NodeKind, list: &[ID]) -> ApiResult<Vec<i64>> {
    list.iter()
        .enumerate()
        .map(|(index, id)| {
            let position = index.to_string();
            ids::decode(&["input", field, position.as_str()], kind, id)
        })
        .collect()
}

#[Object]
impl LegalHoldMutation {
    /// Places a legal hold (COMPLIANCE): purges keep every message it covers until it is
    /// released. Recorded in the audit log (`LEGAL_HOLD_CHANGE`).
    async fn legal_hold_create(
        &self,
        ctx: &Context<'_>,
        input: LegalHoldCreateInput,
    ) -> async_graphql::Result<Option<LegalHoldPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let staff_ids = decode_all("staffIds", NodeKind::Staff, &input.staff_ids)?;
            let customer_ids = decode_all("customerIds", NodeKind::Customer, &input.customer_ids)?;
            legal_hold::create(
                auth,
                LegalHoldCreate {
                    name: input.name,
                    reason: input.reason,
                    staff_ids,
                    customer_ids,
                    room_ids: input.room_ids,
                    from: input.from,
                    to: input.to,
                },
            )
            .await
        }
        .await;
        respond(result.map(LegalHold))
    }

    /// Releases a legal hold (COMPLIANCE), with the reason; the hold stays as a record.
    /// Recorded in the audit log (`LEGAL_HOLD_CHANGE`).
    async fn legal_hold_release(
        &self,
        ctx: &Context<'_>,
        input: LegalHoldReleaseInput,
    ) -> async_graphql::Result<Option<LegalHoldPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::LegalHold, &input.id)?;
            legal_hold::release(auth, id, &input.reason).await
        }
        .await;
        respond(result.map(LegalHold))
    }
}
