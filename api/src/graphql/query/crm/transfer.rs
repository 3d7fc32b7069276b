//! Queries of customer transfers: `transfers` and `inheritableCustomers` (docs/SALES.md,
//! "Transfers").

use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object};

use crate::domain::crm::transfers::{self, inheritable};
use crate::domain::page::PageRequest;
use crate::graphql::authorized;
use crate::graphql::cost;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{
    Customer, FilterInput, TotalCount, Transfer, TransferFilter, connection_of,
};

#[derive(Default)]
pub struct TransferQuery;

#[Object]
impl TransferQuery {
    /// Customer transfers you may see (admins the tenant's, managers those between members
    /// of their department tree), newest first.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    async fn transfers(
        &self,
        ctx: &Context<'_>,
        filter: Option<TransferFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> async_graphql::Result<Connection<String, Transfer, TotalCount>> {
        let auth = authorized(ctx)?;
        let filter = filter.map(TransferFilter::into_domain).transpose().gql()?;
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = transfers::list(auth, filter, &request).await.gql()?;
        Ok(connection_of(page, Transfer))
    }

    /// 离职继承: the customers a deactivated member still follows that no transfer has taken
    /// or is taking, oldest first; hand them over with `customerTransfer(input: {fromStaffId:
    /// <them>})`, which makes a RESIGNED transfer. Empty for an active member.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    async fn inheritable_customers(
        &self,
        ctx: &Context<'_>,
        staff_id: ID,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> async_graphql::Result<Connection<String, Customer, TotalCount>> {
        let auth = authorized(ctx)?;
        let staff_id = ids::decode(&["staffId"], NodeKind::Staff, &staff_id).gql()?;
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = inheritable::inheritable_customers(auth, staff_id, &request)
            .await
            .gql()?;
        Ok(connection_of(page, Customer))
    }
}
