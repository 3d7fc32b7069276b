use async_graphql::{Context, Subscription};
use futures_util::{Stream, StreamExt};

use super::authorized;
use super::errors::GraphqlResult;
use super::types::RiskAlert;
use crate::domain::alert_feed;

pub struct SubscriptionRoot;

#[Subscription(name = "Subscription")]
impl SubscriptionRoot {
    /// Risk alerts of your tenant as they are raised (COMPLIANCE only). Over WebSocket at
    /// `/graphql/ws` (graphql-transport-ws); send `{"Authorization": "Bearer <token>"}` as the
    /// connection_init payload.
    async fn risk_alert_created(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = RiskAlert> + use<>> {
        let auth = authorized(ctx)?;
        Ok(alert_feed::subscribe(auth).await.gql()?.map(RiskAlert))
    }
}
