//! Queries of channel codes.

use async_graphql::connection::Connection;
use async_graphql::{Context, Object};

use crate::domain::engage::channel_codes;
use crate::domain::page::PageRequest;
use crate::graphql::authorized;
use crate::graphql::cost;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::types::{ChannelCode, ChannelCodeFilter, TotalCount, connection_of};

#[derive(Default)]
pub struct ChannelCodeQuery;

#[Object]
impl ChannelCodeQuery {
    /// Channel codes you may see: admins every code, managers the codes they made or that
    /// hand adds to their department, sales the codes that hand adds to them. Newest first.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    async fn channel_codes(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        filter: Option<ChannelCodeFilter>,
    ) -> async_graphql::Result<Connection<String, ChannelCode, TotalCount>> {
        let auth = authorized(ctx)?;
        let filter = filter
            .map(ChannelCodeFilter::into_domain)
            .transpose()
            .gql()?
            .unwrap_or_default();
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = channel_codes::list(auth, filter, &request).await.gql()?;
        Ok(connection_of(page, ChannelCode))
    }
}
