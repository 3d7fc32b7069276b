use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object};

use super::authorized;
use super::errors::{GraphqlResult, to_graphql};
use super::ids::{self, NodeKind};
use super::types::{
    ApiKey, Customer, CustomerFilter, CustomerOrder, Department, Node, Staff, StaffFilter,
    StaffOrder, Tag, TagGroup, Tenant, TotalCount, connection_of,
};
use crate::domain::page::PageRequest;
use crate::domain::{api_keys, customers, departments, staff, tags, tenants};
use crate::error::{ApiError, ErrorCode};

pub struct QueryRoot;

#[Object(name = "Query")]
impl QueryRoot {
    /// Fetches any object by its global id. Ids of objects you cannot see are `NOT_FOUND`.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Node>> {
        let auth = authorized(ctx)?;
        let Some((kind, number)) = ids::decode_any(&id) else {
            return Err(to_graphql(&ApiError::field(
                &["id"],
                ErrorCode::BadUserInput,
                "not a valid id",
            )));
        };
        let node = match kind {
            NodeKind::Tenant => {
                let tenant = tenants::current(auth).await.gql()?;
                if tenant.id != number {
                    return Err(to_graphql(&ApiError::NotFound("node")));
                }
                Node::Tenant(Tenant(tenant))
            }
            NodeKind::Staff => Node::Staff(Staff(staff::get(auth, number).await.gql()?)),
            NodeKind::Department => {
                Node::Department(Department(departments::get(auth, number).await.gql()?))
            }
            NodeKind::Customer => {
                Node::Customer(Customer(customers::get(auth, number).await.gql()?))
            }
            NodeKind::TagGroup => Node::TagGroup(TagGroup(tags::group(auth, number).await.gql()?)),
            NodeKind::Tag => Node::Tag(Tag(tags::get_tag(auth, number).await.gql()?)),
            NodeKind::ApiKey => Node::ApiKey(ApiKey(api_keys::get(auth, number).await.gql()?)),
        };
        Ok(Some(node))
    }

    /// The signed-in staff member (for an API key: the member it acts as).
    async fn viewer(&self, ctx: &Context<'_>) -> async_graphql::Result<Staff> {
        let auth = authorized(ctx)?;
        Ok(Staff(staff::viewer(auth).await.gql()?))
    }

    /// Staff you may see: admins, compliance and auditors the whole tenant, managers their
    /// department tree, sales themselves.
    #[graphql(complexity = "first.or(last).unwrap_or(20).max(0) as usize * child_complexity")]
    #[allow(clippy::too_many_arguments)]
    async fn staff(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        filter: Option<StaffFilter>,
        order_by: Option<StaffOrder>,
    ) -> async_graphql::Result<Connection<String, Staff, TotalCount>> {
        let auth = authorized(ctx)?;
        let filter = filter.map(StaffFilter::into_domain).transpose().gql()?;
        let (field, descending) = order_by
            .map(StaffOrder::into_domain)
            .unwrap_or((staff::StaffOrderField::Name, false));
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = staff::list(auth, filter, field, descending, &request)
            .await
            .gql()?;
        Ok(connection_of(page, Staff))
    }

    async fn departments(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Department>> {
        let auth = authorized(ctx)?;
        Ok(departments::list(auth)
            .await
            .gql()?
            .into_iter()
            .map(Department)
            .collect())
    }

    /// Customers you may see: admins the whole tenant, managers those followed by their
    /// department, sales those they follow. Newest first unless `orderBy` says otherwise.
    #[graphql(complexity = "first.or(last).unwrap_or(20).max(0) as usize * child_complexity")]
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

    /// API keys of the tenant (admins only), newest first.
    async fn api_keys(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ApiKey>> {
        let auth = authorized(ctx)?;
        Ok(api_keys::list(auth)
            .await
            .gql()?
            .into_iter()
            .map(ApiKey)
            .collect())
    }
}
