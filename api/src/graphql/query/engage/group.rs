//! Queries of customer groups and group welcome templates.

use async_graphql::connection::Connection;
use async_graphql::{Context, Object};

use crate::domain::engage::groups;
use crate::domain::page::PageRequest;
use crate::graphql::authorized;
use crate::graphql::cost;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::types::{
    CustomerGroup, CustomerGroupFilter, GroupWelcomeTemplate, TotalCount, connection_of,
};

#[derive(Default)]
pub struct CustomerGroupQuery;

#[Object]
impl CustomerGroupQuery {
    /// Customer groups (客户群) synced from WeCom that you may see: admins every group,
    /// managers the groups owned by their department, sales the groups they own. Newest first.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    async fn customer_groups(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        filter: Option<CustomerGroupFilter>,
    ) -> async_graphql::Result<Connection<String, CustomerGroup, TotalCount>> {
        let auth = authorized(ctx)?;
        let filter = filter
            .map(CustomerGroupFilter::into_domain)
            .transpose()
            .gql()?
            .unwrap_or_default();
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = groups::list(auth, filter, &request).await.gql()?;
        Ok(connection_of(page, CustomerGroup))
    }

    /// The corp's group welcome templates (入群欢迎语素材), newest first (WeCom keeps at most
    /// 100). Staff pick them for their groups in the WeCom app.
    #[graphql(complexity = "cost::page(Some(100), cost::LIST, child_complexity)")]
    async fn group_welcome_templates(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<GroupWelcomeTemplate>> {
        let auth = authorized(ctx)?;
        Ok(groups::welcome::list(auth)
            .await
            .gql()?
            .into_iter()
            .map(GroupWelcomeTemplate)
            .collect())
    }
}
