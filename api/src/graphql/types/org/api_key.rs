use async_graphql::{ID, Object};
use chrono::{DateTime, Utc};
use entity::api_key;

use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::Role;

/// An integration credential. The secret itself is shown only once, by `apiKeyCreate`.
pub struct ApiKey(pub api_key::Model);

#[Object]
impl ApiKey {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::ApiKey, self.0.id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    /// What the key may do; it acts as the staff member who created it.
    async fn role(&self) -> Role {
        self.0.role.into()
    }

    /// The first characters of the secret, to tell keys apart.
    async fn prefix(&self) -> &str {
        &self.0.token_prefix
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }
}
