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

    /// Years the archive keeps a message (by its send time) before a purge may remove it
    /// (default 5). Admins change it with `tenantSettingsUpdate`.
    async fn retention_years(&self) -> i32 {
        self.0.retention_years
    }

    /// Whether a staff member deleting a customer notifies their managers (a customer deleting
    /// a staff member always does).
    async fn notify_staff_deletions(&self) -> bool {
        self.0.notify_staff_deletions
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
