//! Queries of customer relationships: customers and tags.

pub(super) mod dashboard;
pub(super) mod deal;
pub(super) mod follow_up;
pub(super) mod transfer;

use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object};

use super::node_selections;
use crate::domain::page::PageRequest;
use crate::domain::{crm::customers, crm::tags};
use crate::graphql::cost;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{
    Customer, CustomerFilter, CustomerOrder, FilterInput, TagGroup, TotalCount, connection_of,
};
use crate::graphql::{authorized, request_loaders};

#[derive(Default)]
pub struct CrmQuery;

#[Object]
impl CrmQuery {
    /// Customers you may see: admins the whole tenant, managers those followed by their
    /// department, sales those they follow. Newest first unless `orderBy` says otherwise.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn customers(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        filter: Option<CustomerFilter>,
        order_by: Option<CustomerOrder>,
    ) -> async_graphql::Result<Connection<String, Customer, TotalCount>> {
        let auth = authorized(ctx)?;
        let filter = filter.map(CustomerFilter::into_domain).transpose().gql()?;
        let (field, descending) = order_by
            .map(CustomerOrder::into_domain)
            .unwrap_or((customers::CustomerOrderField::CreatedAt, true));
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = customers::list(auth, filter, field, descending, &request)
            .await
            .gql()?;
        let ids: Vec<i64> = page.edges.iter().map(|(_, customer)| customer.id).collect();
        let look_ahead = ctx.look_ahead();
        let loaders = request_loaders(ctx)?;
        for node in node_selections(&look_ahead) {
            loaders
                .prefetch_customers(&node, &ids)
                .await
                .map_err(|error| to_graphql(&error))?;
        }
        Ok(connection_of(page, Customer))
    }

    async fn customer(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Customer>> {
        let auth = authorized(ctx)?;
        let customer_id = ids::decode(&["id"], NodeKind::Customer, &id).gql()?;
        Ok(Some(Customer(
            customers::get(auth, customer_id).await.gql()?,
        )))
    }

    async fn tag_groups(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<TagGroup>> {
        let auth = authorized(ctx)?;
        Ok(tags::groups(auth)
            .await
            .gql()?
            .into_iter()
            .map(TagGroup)
            .collect())
    }
}
