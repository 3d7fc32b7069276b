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

    /// IANA time zone name (default `Asia/Shanghai`): where the tenant's days begin and end in
    /// reports. Admins change it with `tenantSettingsUpdate`.
    async fn time_zone(&self) -> &str {
        &self.0.time_zone
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
