use async_graphql::{ID, Object};
use chrono::{DateTime, Utc};
use entity::tenant;

use crate::graphql::ids::{self, NodeKind};

/// A company: one WeCom corp. Nothing crosses tenants.
pub struct Tenant(pub tenant::Model);

#[Object]
impl Tenant {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Tenant, self.0.id)
    }

    async fn slug(&self) -> &str {
        &self.0.slug
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
