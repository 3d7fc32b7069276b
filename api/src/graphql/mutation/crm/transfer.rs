//! `customerTransfer`: hands customers from one member to another through WeCom (在职转接, or
//! 离职继承 when the handover member is deactivated).

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use crate::domain::crm::transfers::{self, TransferDraft};
use crate::error::ApiError;
use crate::graphql::authorized;
use crate::graphql::errors::UserError;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{Payload, respond};
use crate::graphql::types::Transfer;

#[derive(Default)]
pub struct TransferMutation;

/// Customers to hand over, all from one member to one other.
#[derive(InputObject)]
pub struct CustomerTransferInput {
    /// 1 to 100 customers the handover member follows (WeCom's limit per call).
    pub customer_ids: Vec<ID>,
    /// The handover member: active for 在职转接, deactivated for 离职继承.
    pub from_staff_id: ID,
    /// The takeover member: active, with a WeCom account, someone else.
    pub to_staff_id: ID,
    /// What WeCom tells the customer (在职转接 only; at most 200 characters); WeCom's own
    /// text without one.
    pub message: Option<String>,
}

/// One transfer per customer (those WeCom refused already FAILED, with WeCom's reason), or
/// the input problems that changed and sent nothing.
#[derive(SimpleObject)]
pub struct CustomerTransferPayload {
    pub transfers: Vec<Transfer>,
    pub user_errors: Vec<UserError>,
}

impl Payload for CustomerTransferPayload {
    type Object = Vec<Transfer>;

    fn succeeded(transfers: Vec<Transfer>) -> Self {
        CustomerTransferPayload {
            transfers,
            user_errors: Vec::new(),
        }
    }

    fn failed(user_errors: Vec<UserError>) -> Self {
        CustomerTransferPayload {
            transfers: Vec::new(),
            user_errors,
        }
    }
}

/// Decodes an id, collecting its problem instead of stopping at it.
fn decode_into(
    field: &[&str],
    kind: NodeKind,
    id: &ID,
    problems: &mut Vec<crate::error::FieldError>,
) -> Result<Option<i64>, ApiError> {
    match ids::decode(field, kind, id) {
        Ok(id) => Ok(Some(id)),
        Err(ApiError::Invalid(errors)) => {
            problems.extend(errors);
            Ok(None)
        }
        Err(other) => Err(other),
    }
}

#[Object]
impl TransferMutation {
    /// Hands customers over through WeCom: one call for all of them, one `Transfer` each,
    /// whose results arrive later (WeCom waits up to 24 hours for the customer). Every problem
    /// of the input comes back at once, naming its field (`input.customerIds.<index>` for a
    /// customer), and then nothing is stored or sent: one bad customer stops them all.
    /// ADMIN (the tenant), MANAGER (both members in their department tree).
    async fn customer_transfer(
        &self,
        ctx: &Context<'_>,
        input: CustomerTransferInput,
    ) -> async_graphql::Result<Option<CustomerTransferPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let mut problems = Vec::new();
            let mut customer_ids = Vec::with_capacity(input.customer_ids.len());
            for (index, id) in input.customer_ids.iter().enumerate() {
                let position = index.to_string();
                customer_ids.push(decode_into(
                    &["input", "customerIds", &position],
                    NodeKind::Customer,
                    id,
                    &mut problems,
                )?);
            }
            let from_staff_id = decode_into(
                &["input", "fromStaffId"],
                NodeKind::Staff,
                &input.from_staff_id,
                &mut problems,
            )?;
            let to_staff_id = decode_into(
                &["input", "toStaffId"],
                NodeKind::Staff,
                &input.to_staff_id,
                &mut problems,
            )?;
            let draft = TransferDraft {
                customer_ids,
                from_staff_id,
                to_staff_id,
                message: input.message,
            };
            transfers::transfer_customers(auth, draft, problems).await
        }
        .await;
        respond(result.map(|rows| rows.into_iter().map(Transfer).collect()))
    }
}
