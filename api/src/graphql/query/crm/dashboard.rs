//! `dashboard` and `segments` (docs/SALES.md, "Dashboard" and "Segments").

use async_graphql::{Context, ID, Object};

use crate::domain::crm::dashboard::Dashboard as DomainDashboard;
use crate::domain::crm::segments;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{Dashboard, DashboardGroupBy, Date, Segments, TagFilterInput};
use crate::graphql::{authorized, cost};

#[derive(Default)]
pub struct DashboardQuery;

fn department(id: Option<ID>) -> async_graphql::Result<Option<i64>> {
    id.map(|id| ids::decode(&["departmentId"], NodeKind::Department, &id))
        .transpose()
        .gql()
}

#[Object]
impl DashboardQuery {
    /// The numbers of the staff you cover (or of `departmentId`'s tree within them) over the
    /// local days `from` to `to` of the tenant's time zone, cut into `groupBy` periods (at
    /// most 1,100). ADMIN, MANAGER and SALES.
    async fn dashboard(
        &self,
        ctx: &Context<'_>,
        from: Date,
        to: Date,
        #[graphql(default_with = "DashboardGroupBy::Day")] group_by: DashboardGroupBy,
        department_id: Option<ID>,
    ) -> async_graphql::Result<Dashboard> {
        let auth = authorized(ctx)?;
        let department_id = department(department_id)?;
        let dashboard = DomainDashboard::open(auth, from.0, to.0, group_by.into(), department_id)
            .await
            .gql()?;
        Ok(Dashboard(dashboard))
    }

    /// How many customers of the staff you cover (current follows) match `tagFilter` (all of
    /// them without one), split by each tag of the group `groupId` (人群画像).
    #[graphql(complexity = "cost::AGGREGATE + child_complexity")]
    async fn segments(
        &self,
        ctx: &Context<'_>,
        tag_filter: Option<TagFilterInput>,
        group_id: ID,
        department_id: Option<ID>,
    ) -> async_graphql::Result<Segments> {
        let auth = authorized(ctx)?;
        let filter = tag_filter
            .map(|filter| filter.into_expr(&["tagFilter"]))
            .transpose()
            .gql()?;
        let group_id = ids::decode(&["groupId"], NodeKind::TagGroup, &group_id).gql()?;
        let department_id = department(department_id)?;
        Ok(Segments(
            segments::segments(auth, filter, group_id, department_id)
                .await
                .gql()?,
        ))
    }
}
