//! Mutations of channel codes: `channelCodeCreate`, `channelCodeUpdate`, `channelCodeDisable`.

use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object};

use crate::domain::engage::channel_codes::{self, ChannelCodeChange, ChannelCodeDraft};
use crate::error::ApiResult;
use crate::graphql::authorized;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::ChannelCode;

#[derive(Default)]
pub struct ChannelCodeMutation;

/// The welcome message a code sends: `{customer_name}` and `{staff_name}` are filled in.
#[derive(InputObject)]
pub struct ChannelCodeWelcomeInput {
    /// At most 4,000 characters; empty: no welcome message.
    pub text: Option<String>,
    /// A material sent with the text: an image (JPG or PNG), a link, a mini-program or a file
    /// of the libraries you read (not a text material).
    pub material_id: Option<ID>,
}

impl ChannelCodeWelcomeInput {
    fn material(&self) -> ApiResult<Option<i64>> {
        self.material_id
            .as_ref()
            .map(|id| ids::decode(&["input", "welcome", "materialId"], NodeKind::Material, id))
            .transpose()
    }
}

/// A new channel code.
#[derive(InputObject)]
pub struct ChannelCodeCreateInput {
    /// Unique among the tenant's codes, 1 to 100 characters.
    pub name: String,
    /// Who takes the adds, in rotation order (1 to 100, each with a WeCom account, in your team).
    pub staff_ids: Vec<ID>,
    /// Who takes the adds once everyone is at the cap (required with a cap).
    pub backup_staff_id: Option<ID>,
    /// Adds per staff member per day (1 to 10,000); null: no cap.
    pub daily_cap_per_staff: Option<i32>,
    pub welcome: Option<ChannelCodeWelcomeInput>,
    /// Tags put on every customer the code brings (at most 20).
    #[graphql(default)]
    pub tag_ids: Vec<ID>,
    /// Add customers without the staff member confirming.
    #[graphql(default = true)]
    pub skip_verify: bool,
}

/// A change to a channel code; a field left out stays as it is, null clears it.
#[derive(InputObject)]
pub struct ChannelCodeUpdateInput {
    pub id: ID,
    pub name: Option<String>,
    pub staff_ids: Option<Vec<ID>>,
    pub backup_staff_id: MaybeUndefined<ID>,
    pub daily_cap_per_staff: MaybeUndefined<i32>,
    pub welcome: MaybeUndefined<ChannelCodeWelcomeInput>,
    pub tag_ids: Option<Vec<ID>>,
    pub skip_verify: Option<bool>,
}

/// A code to disable.
#[derive(InputObject)]
pub struct ChannelCodeDisableInput {
    pub id: ID,
}

payload!(ChannelCodePayload {
    /// The code as it is after the change.
    channel_code: ChannelCode
});

fn decode_staff(field: &str, id: &ID) -> ApiResult<i64> {
    ids::decode(&["input", field], NodeKind::Staff, id)
}

#[Object]
impl ChannelCodeMutation {
    /// Creates a channel code and its contact way in WeCom (admins; managers for their own
    /// team). Needs WeCom connected.
    async fn channel_code_create(
        &self,
        ctx: &Context<'_>,
        input: ChannelCodeCreateInput,
    ) -> async_graphql::Result<Option<ChannelCodePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let draft = ChannelCodeDraft {
                name: input.name,
                staff_ids: ids::decode_list(
                    &["input", "staffIds"],
                    NodeKind::Staff,
                    &input.staff_ids,
                )?,
                backup_staff_id: input
                    .backup_staff_id
                    .as_ref()
                    .map(|id| decode_staff("backupStaffId", id))
                    .transpose()?,
                daily_cap_per_staff: input.daily_cap_per_staff,
                welcome_material_id: match &input.welcome {
                    Some(welcome) => welcome.material()?,
                    None => None,
                },
                welcome_text: input.welcome.and_then(|welcome| welcome.text),
                tag_ids: ids::decode_list(&["input", "tagIds"], NodeKind::Tag, &input.tag_ids)?,
                skip_verify: input.skip_verify,
            };
            channel_codes::create(auth, draft).await
        }
        .await;
        respond(result.map(ChannelCode))
    }

    /// Changes a channel code; its QR code stays the same.
    async fn channel_code_update(
        &self,
        ctx: &Context<'_>,
        input: ChannelCodeUpdateInput,
    ) -> async_graphql::Result<Option<ChannelCodePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::ChannelCode, &input.id)?;
            let optional =
                |value: MaybeUndefined<ID>, field: &str| -> ApiResult<Option<Option<i64>>> {
                    match value {
                        MaybeUndefined::Undefined => Ok(None),
                        MaybeUndefined::Null => Ok(Some(None)),
                        MaybeUndefined::Value(id) => Ok(Some(Some(decode_staff(field, &id)?))),
                    }
                };
            let change = ChannelCodeChange {
                name: input.name,
                staff_ids: input
                    .staff_ids
                    .as_deref()
                    .map(|list| ids::decode_list(&["input", "staffIds"], NodeKind::Staff, list))
                    .transpose()?,
                backup_staff_id: optional(input.backup_staff_id, "backupStaffId")?,
                daily_cap_per_staff: match input.daily_cap_per_staff {
                    MaybeUndefined::Undefined => None,
                    MaybeUndefined::Null => Some(None),
                    MaybeUndefined::Value(cap) => Some(Some(cap)),
                },
                welcome_material_id: match &input.welcome {
                    MaybeUndefined::Undefined => None,
                    MaybeUndefined::Null => Some(None),
                    MaybeUndefined::Value(welcome) => Some(welcome.material()?),
                },
                welcome_text: match input.welcome {
                    MaybeUndefined::Undefined => None,
                    MaybeUndefined::Null => Some(None),
                    MaybeUndefined::Value(welcome) => Some(welcome.text),
                },
                tag_ids: input
                    .tag_ids
                    .as_deref()
                    .map(|list| ids::decode_list(&["input", "tagIds"], NodeKind::Tag, list))
                    .transpose()?,
                skip_verify: input.skip_verify,
            };
            channel_codes::update(auth, id, change).await
        }
        .await;
        respond(result.map(ChannelCode))
    }

    /// Disables a channel code: its contact way is deleted in WeCom and the QR code adds no one;
    /// the code and its statistics stay.
    async fn channel_code_disable(
        &self,
        ctx: &Context<'_>,
        input: ChannelCodeDisableInput,
    ) -> async_graphql::Result<Option<ChannelCodePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::ChannelCode, &input.id)?;
            channel_codes::disable(auth, id).await
        }
        .await;
        respond(result.map(ChannelCode))
    }
}
