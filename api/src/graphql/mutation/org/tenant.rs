use async_graphql::{Context, InputObject, Object};

use crate::domain::org::tenants::{self, TenantSettingsUpdate};
use crate::graphql::authorized;
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::Tenant;

#[derive(Default)]
pub struct TenantMutation;

#[derive(InputObject)]
pub struct TenantSettingsUpdateInput {
    pub name: Option<String>,
    /// An IANA time zone name such as `Asia/Shanghai` (the default), `Asia/Hong_Kong` or
    /// `UTC`: where the tenant's days begin and end in reports.
    pub time_zone: Option<String>,
    /// Years the archive keeps a message (by its send time) before a purge may remove it,
    /// 1–50 (default 5). Legal holds keep held messages longer.
    pub retention_years: Option<i32>,
    /// Whether a staff member deleting a customer notifies their managers (default true; a
    /// customer deleting a staff member always does).
    pub notify_staff_deletions: Option<bool>,
}

payload!(TenantSettingsPayload { tenant: Tenant });

#[Object]
impl TenantMutation {
    /// Changes your tenant's settings: name, time zone, retention, lost-customer notices (admins
    /// only). Recorded in the audit
    /// log (`TENANT_SETTINGS_CHANGE`).
    async fn tenant_settings_update(
        &self,
        ctx: &Context<'_>,
        input: TenantSettingsUpdateInput,
    ) -> async_graphql::Result<Option<TenantSettingsPayload>> {
        let auth = authorized(ctx)?;
        let result = tenants::update_settings(
            auth,
            TenantSettingsUpdate {
                name: input.name,
                time_zone: input.time_zone,
                retention_years: input.retention_years,
                notify_staff_deletions: input.notify_staff_deletions,
            },
        )
        .await;
        respond(result.map(Tenant))
    }
}
