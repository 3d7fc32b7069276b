//! Queries of the organisation: who you are, staff, departments, API keys.

use async_graphql::connection::Connection;
use async_graphql::{Context, Object};

use crate::domain::page::PageRequest;
use crate::domain::wecom::settings as wecom_settings;
use crate::domain::{org::api_keys, org::departments, org::notifications, org::staff};
use crate::graphql::authorized;
use crate::graphql::cost;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::types::{
    ApiKey, Department, FilterInput, Notification, Staff, StaffFilter, StaffOrder, TotalCount,
    WecomSettings, connection_of,
};

#[derive(Default)]
pub struct OrgQuery;

#[Object]
impl OrgQuery {
    /// How your tenant reaches its WeCom corp (admins only); null until it is connected.
    async fn wecom_settings(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<WecomSettings>> {
        let auth = authorized(ctx)?;
        Ok(wecom_settings::get(auth)
            .await
            .gql()?
            .map(WecomSettings::from))
    }

    /// Your notifications (lost customers of your team), newest first; `unreadOnly` leaves out
    /// those you marked read. `notificationCreated` delivers new ones live.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] unread_only: bool,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> async_graphql::Result<Connection<String, Notification, TotalCount>> {
        let auth = authorized(ctx)?;
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = notifications::list(auth, unread_only, &request)
            .await
            .gql()?;
        Ok(connection_of(page, Notification))
    }

    /// How many of your notifications are unread (for a badge).
    #[graphql(complexity = "cost::LIST")]
    async fn notifications_unread_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let auth = authorized(ctx)?;
        notifications::unread_count(auth).await.gql()
    }

    /// The signed-in staff member (for an API key: the member it acts as).
    async fn viewer(&self, ctx: &Context<'_>) -> async_graphql::Result<Staff> {
        let auth = authorized(ctx)?;
        Ok(Staff(staff::viewer(auth).await.gql()?))
    }

    /// Staff you may see: admins, compliance and auditors the whole tenant, managers their
    /// department tree, sales themselves.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
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
