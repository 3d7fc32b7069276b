use async_graphql::{Context, InputObject, Object};

use crate::domain::org::tenants::{self, TenantUpdate};
use crate::graphql::authorized;
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::Tenant;

#[derive(Default)]
pub struct TenantMutation;

#[derive(InputObject)]
pub struct TenantUpdateInput {
    pub name: Option<String>,
    /// An IANA time zone name such as `Asia/Shanghai` (the default), `Asia/Hong_Kong` or
    /// `UTC`: where the tenant's days begin and end in reports.
    pub time_zone: Option<String>,
}

payload!(TenantPayload { tenant: Tenant });

#[Object]
impl TenantMutation {
    /// Changes your tenant's name or time zone (admins only). Recorded in the audit log.
    async fn tenant_update(
        &self,
        ctx: &Context<'_>,
        input: TenantUpdateInput,
    ) -> async_graphql::Result<Option<TenantPayload>> {
        let auth = authorized(ctx)?;
        let result = tenants::update(
            auth,
            TenantUpdate {
                name: input.name,
                time_zone: input.time_zone,
            },
        )
        .await;
        respond(result.map(Tenant))
    }
}
