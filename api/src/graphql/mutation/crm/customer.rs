use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object};

use crate::domain::crm::customers::{self, CustomerCreate, CustomerUpdate};
use crate::error::ApiResult;
use crate::graphql::authorized;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::Customer;

#[derive(Default)]
pub struct CustomerMutation;

#[derive(InputObject)]
pub struct CustomerCreateInput {
    /// WeCom's `external_userid` (usually `wm…`). If the tenant already has this contact,
    /// only the follow is added.
    pub external_userid: String,
    pub name: String,
    pub corp_name: Option<String>,
    /// The staff member who follows the customer: yourself for sales, your team for managers.
    /// Default: you.
    pub follower_id: Option<ID>,
    pub remark: Option<String>,
    /// WeCom `add_way` code; 0 (unknown) by default.
    pub add_way: Option<i32>,
    /// The channel code `state` (at most 30 characters).
    pub state: Option<String>,
}

#[derive(InputObject)]
pub struct CustomerUpdateInput {
    pub id: ID,
    pub name: Option<String>,
    /// `null` clears the corp name.
    pub corp_name: MaybeUndefined<String>,
}

payload!(CustomerPayload { customer: Customer });

fn customer_payload(
    result: ApiResult<entity::customer::Model>,
) -> async_graphql::Result<Option<CustomerPayload>> {
    respond(result.map(Customer))
}

#[Object]
impl CustomerMutation {
    async fn customer_create(
        &self,
        ctx: &Context<'_>,
        input: CustomerCreateInput,
    ) -> async_graphql::Result<Option<CustomerPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let follower_id = input
                .follower_id
                .map(|id| ids::decode(&["input", "followerId"], NodeKind::Staff, &id))
                .transpose()?;
            customers::create(
                auth,
                CustomerCreate {
                    external_userid: input.external_userid,
                    name: input.name,
                    corp_name: input.corp_name,
                    follower_id,
                    remark: input.remark,
                    add_way: input.add_way,
                    state: input.state,
                },
            )
            .await
        }
        .await;
        customer_payload(result)
    }

    async fn customer_update(
        &self,
        ctx: &Context<'_>,
        input: CustomerUpdateInput,
    ) -> async_graphql::Result<Option<CustomerPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Customer, &input.id)?;
            let corp_name = match input.corp_name {
                MaybeUndefined::Undefined => None,
                MaybeUndefined::Null => Some(None),
                MaybeUndefined::Value(name) => Some(Some(name)),
            };
            customers::update(
                auth,
                CustomerUpdate {
                    id,
                    name: input.name,
                    corp_name,
                },
            )
            .await
        }
        .await;
        customer_payload(result)
    }
}
