use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use crate::domain::org::api_keys;
use crate::graphql::authorized;
use crate::graphql::errors::{GraphqlResult, UserError};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{ApiKey, Role};

#[derive(Default)]
pub struct ApiKeyMutation;

#[derive(InputObject)]
pub struct ApiKeyCreateInput {
    pub name: String,
    pub role: Role,
}

#[derive(SimpleObject, Default)]
pub struct ApiKeyCreatePayload {
    pub api_key: Option<ApiKey>,
    /// The secret, shown this once: store it now. Send as `Authorization: Bearer <secret>`.
    pub secret: Option<String>,
    pub user_errors: Vec<UserError>,
}

#[derive(InputObject)]
pub struct ApiKeyRevokeInput {
    pub id: ID,
}

payload!(ApiKeyPayload { api_key: ApiKey });

#[Object]
impl ApiKeyMutation {
    /// Creates an API key for an integration (admins only).
    async fn api_key_create(
        &self,
        ctx: &Context<'_>,
        input: ApiKeyCreateInput,
    ) -> async_graphql::Result<Option<ApiKeyCreatePayload>> {
        let auth = authorized(ctx)?;
        Ok(Some(
            match api_keys::create(auth, &input.name, input.role.into())
                .await
                .user_errors()?
            {
                Ok(created) => ApiKeyCreatePayload {
                    api_key: Some(ApiKey(created.key)),
                    secret: Some(created.secret),
                    user_errors: Vec::new(),
                },
                Err(user_errors) => ApiKeyCreatePayload {
                    user_errors,
                    ..ApiKeyCreatePayload::default()
                },
            },
        ))
    }

    /// Revokes an API key at once (admins only).
    async fn api_key_revoke(
        &self,
        ctx: &Context<'_>,
        input: ApiKeyRevokeInput,
    ) -> async_graphql::Result<Option<ApiKeyPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::ApiKey, &input.id)?;
            api_keys::revoke(auth, id).await
        }
        .await;
        respond(result.map(ApiKey))
    }
}
