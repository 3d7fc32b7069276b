//! Queries of SOP automation: `sopRules`, `sopRuleRuns` and the signed-in member's `tasks`.

use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};

use crate::domain::engage::sop::{self, tasks};
use crate::domain::page::PageRequest;
use crate::graphql::authorized;
use crate::graphql::cost;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{SopRule, SopRuleRun, Task, TaskStatus, TotalCount, connection_of};

#[derive(Default)]
pub struct SopQuery;

#[Object]
impl SopQuery {
    /// SOP rules you may see (admins every rule, managers those of their department tree),
    /// newest first.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    async fn sop_rules(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        active: Option<bool>,
    ) -> async_graphql::Result<Connection<String, SopRule, TotalCount>> {
        let auth = authorized(ctx)?;
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = sop::list(auth, active, &request).await.gql()?;
        Ok(connection_of(page, SopRule))
    }

    /// What a rule fired: when, for which customer, with each action's outcome. Newest first.
    #[graphql(complexity = "cost::page(first, cost::LIST, child_complexity)")]
    async fn sop_rule_runs(
        &self,
        ctx: &Context<'_>,
        rule_id: ID,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, SopRuleRun, TotalCount>> {
        let auth = authorized(ctx)?;
        let rule_id = ids::decode(&["ruleId"], NodeKind::SopRule, &rule_id).gql()?;
        let request = PageRequest {
            first,
            after,
            ..Default::default()
        };
        let page = sop::runs(auth, rule_id, &request).await.gql()?;
        Ok(connection_of(page, SopRuleRun))
    }

    /// Your tasks (only yours), soonest due first.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn tasks(
        &self,
        ctx: &Context<'_>,
        status: Option<TaskStatus>,
        due_before: Option<DateTime<Utc>>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> async_graphql::Result<Connection<String, Task, TotalCount>> {
        let auth = authorized(ctx)?;
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let filter = tasks::TaskFilter {
            status: status.map(Into::into),
            due_before,
        };
        let page = tasks::list(auth, filter, &request).await.gql()?;
        Ok(connection_of(page, Task))
    }
}
