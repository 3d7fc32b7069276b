//! Queries of mass messaging: the broadcasts, the preview and the policy.

use async_graphql::connection::Connection;
use async_graphql::{Context, Object};

use crate::domain::engage::broadcasts::{self, policy, preview};
use crate::domain::page::PageRequest;
use crate::graphql::authorized;
use crate::graphql::cost;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::types::{
    Broadcast, BroadcastAudienceInput, BroadcastFilter, BroadcastPolicy, BroadcastPreview,
    TotalCount, connection_of,
};

#[derive(Default)]
pub struct BroadcastQuery;

#[Object]
impl BroadcastQuery {
    /// Broadcasts you may see (sales: yours; managers: your department's; admins: all),
    /// latest `sendAt` first.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    async fn broadcasts(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        filter: Option<BroadcastFilter>,
    ) -> async_graphql::Result<Connection<String, Broadcast, TotalCount>> {
        let auth = authorized(ctx)?;
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let filter = filter.map(BroadcastFilter::into_domain).unwrap_or_default();
        let page = broadcasts::list(auth, filter, &request).await.gql()?;
        Ok(connection_of(page, Broadcast))
    }

    /// What a broadcast to `audience` sent now would do — recipients, and who the caps,
    /// quiet hours and opt-out leave out — before anything is sent.
    async fn broadcast_preview(
        &self,
        ctx: &Context<'_>,
        audience: BroadcastAudienceInput,
    ) -> async_graphql::Result<BroadcastPreview> {
        let auth = authorized(ctx)?;
        let audience = audience.into_domain(&["audience"]).gql()?;
        Ok(BroadcastPreview(
            preview::preview(auth, audience).await.gql()?,
        ))
    }

    /// The tenant's rules for mass messages.
    async fn broadcast_policy(&self, ctx: &Context<'_>) -> async_graphql::Result<BroadcastPolicy> {
        let auth = authorized(ctx)?;
        Ok(BroadcastPolicy(policy::get(auth).await.gql()?))
    }
}
