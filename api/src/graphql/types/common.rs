//! Types shared by many lists: roles, ordering, filters and the `totalCount` of connections.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Enum, InputObject, Object, OutputType};
use chrono::{DateTime, Utc};

use crate::domain::filter::{TextMatch, TimeRange};
use crate::domain::page::{self, Page};
use crate::graphql::errors::GraphqlResult;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum Role {
    Admin,
    Manager,
    Sales,
    Compliance,
    Auditor,
}

impl From<entity::Role> for Role {
    fn from(role: entity::Role) -> Self {
        match role {
            entity::Role::Admin => Role::Admin,
            entity::Role::Manager => Role::Manager,
            entity::Role::Sales => Role::Sales,
            entity::Role::Compliance => Role::Compliance,
            entity::Role::Auditor => Role::Auditor,
        }
    }
}

impl From<Role> for entity::Role {
    fn from(role: Role) -> Self {
        match role {
            Role::Admin => entity::Role::Admin,
            Role::Manager => entity::Role::Manager,
            Role::Sales => entity::Role::Sales,
            Role::Compliance => entity::Role::Compliance,
            Role::Auditor => entity::Role::Auditor,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum, Default)]
pub enum OrderDirection {
    Asc,
    #[default]
    Desc,
}

impl OrderDirection {
    pub fn is_descending(self) -> bool {
        self == OrderDirection::Desc
    }
}

/// Matches on a text field; all given conditions must hold. `contains` and `startsWith`
/// ignore ASCII case.
#[derive(Debug, Clone, InputObject)]
pub struct StringFilter {
    pub eq: Option<String>,
    pub contains: Option<String>,
    pub starts_with: Option<String>,
    #[graphql(name = "in")]
    pub any_of: Option<Vec<String>>,
}

impl From<StringFilter> for TextMatch {
    fn from(filter: StringFilter) -> Self {
        TextMatch {
            eq: filter.eq,
            contains: filter.contains,
            starts_with: filter.starts_with,
            any_of: filter.any_of,
        }
    }
}

/// A time interval: `gte` inclusive, `lt` exclusive.
#[derive(Debug, Clone, InputObject)]
pub struct DateTimeFilter {
    pub gte: Option<DateTime<Utc>>,
    pub lt: Option<DateTime<Utc>>,
}

impl From<DateTimeFilter> for TimeRange {
    fn from(filter: DateTimeFilter) -> Self {
        TimeRange {
            after: filter.gte,
            before: filter.lt,
        }
    }
}

/// Extra fields of every connection.
pub struct TotalCount(page::TotalCount);

#[Object]
impl TotalCount {
    /// Number of items in the whole list under the filter, ignoring paging.
    async fn total_count(&self) -> async_graphql::Result<u64> {
        self.0.get().await.gql()
    }
}

/// Wraps a domain page as a Relay connection of GraphQL nodes.
pub fn connection_of<M, N: OutputType>(
    page: Page<M>,
    to_node: impl Fn(M) -> N,
) -> Connection<String, N, TotalCount> {
    let mut connection = Connection::with_additional_fields(
        page.has_previous_page,
        page.has_next_page,
        TotalCount(page.total_count),
    );
    connection.edges.extend(
        page.edges
            .into_iter()
            .map(|(cursor, model)| Edge::new(cursor, to_node(model))),
    );
    connection
}
