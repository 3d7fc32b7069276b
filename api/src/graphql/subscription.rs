use std::sync::Arc;

use async_graphql::{Context, Subscription};
use futures_util::{Stream, StreamExt};
use tokio::sync::Notify;

use super::authorized;
use super::errors::{GraphqlResult, to_graphql};
use super::types::{Notification, RiskAlert};
use crate::domain::compliance::alert_feed;
use crate::domain::feed;
use crate::domain::org::notifications;

pub struct SubscriptionRoot;

/// Raised by a subscription that found its caller's session over; the WebSocket connection
/// that carries it listens and closes with a reason.
#[derive(Clone, Default)]
pub struct SessionEnded(Arc<Notify>);

impl SessionEnded {
    pub fn raise(&self) {
        self.0.notify_one();
    }

    pub async fn raised(&self) {
        self.0.notified().await;
    }
}

#[Subscription(name = "Subscription")]
impl SubscriptionRoot {
    /// Risk alerts of your tenant as they are raised (COMPLIANCE only). Over WebSocket at
    /// `/graphql/ws` (graphql-transport-ws); send `{"Authorization": "Bearer <token>"}` as the
    /// connection_init payload. Ends with an `UNAUTHENTICATED` error, and the socket closes
    /// with code 4401, once the session is signed out, expires or its member is deactivated.
    /// A subscriber too slow to keep up gets a `CONFLICT` error saying how many alerts it
    /// missed, and the subscription goes on.
    async fn risk_alert_created(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<RiskAlert>> + use<>> {
        let auth = authorized(ctx)?;
        let session_ended = ctx.data_opt::<SessionEnded>().cloned();
        let alerts = alert_feed::subscribe(auth).await.gql()?;
        Ok(alerts.map(move |alert| {
            alert.map(RiskAlert).map_err(|error| {
                // A lag notice leaves the subscription running; any other error ends it.
                if alert_feed::ends_stream(&error)
                    && let Some(session_ended) = &session_ended
                {
                    session_ended.raise();
                }
                to_graphql(&error)
            })
        }))
    }

    /// Your notifications as they are made (a customer of your team lost): ADMIN, MANAGER and
    /// SALES, each their own. Over WebSocket like `riskAlertCreated`, and ends the same way
    /// when the session does; a subscriber too slow to keep up gets a `CONFLICT` error saying
    /// how many it missed, and the subscription goes on.
    async fn notification_created(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<Notification>> + use<>>
    {
        let auth = authorized(ctx)?;
        let session_ended = ctx.data_opt::<SessionEnded>().cloned();
        let rows = notifications::subscribe(auth).await.gql()?;
        Ok(rows.map(move |row| {
            row.map(Notification).map_err(|error| {
                if feed::ends_stream(&error)
                    && let Some(session_ended) = &session_ended
                {
                    session_ended.raise();
                }
                to_graphql(&error)
            })
        }))
    }
}
