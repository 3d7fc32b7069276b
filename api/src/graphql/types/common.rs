//! Types shared by many lists: roles, ordering, filters and the `totalCount` of connections.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Enum, InputObject, Object, OutputType};
use chrono::{DateTime, Utc};

use crate::domain::filter::{Filter, TextMatch, TimeRange};
use crate::domain::page::{self, Page};
use crate::error::ApiError;
use crate::graphql::errors::GraphqlResult;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::Role")]
pub enum Role {
    Admin,
    Manager,
    Sales,
    Compliance,
    Auditor,
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

/// The `and`, `or` and `not` of a filter input (all `None` for inputs without them).
pub struct Combinators<F> {
    pub and: Option<Vec<F>>,
    pub or: Option<Vec<F>>,
    pub not: Option<Box<F>>,
}

impl<F> Combinators<F> {
    pub fn none() -> Self {
        Combinators {
            and: None,
            or: None,
            not: None,
        }
    }
}

/// A connection's `filter` input: and/or/not over filters of its own type, and fields that
/// each become one domain condition. All given parts must hold. Every connection turns its
/// input into a domain [`Filter`] through [`FilterInput::into_domain`], the one builder.
pub trait FilterInput: Sized {
    /// One domain condition of this list.
    type Condition;

    /// Takes `and`, `or` and `not` out of the input.
    fn take_combinators(&mut self) -> Combinators<Self>;

    /// The input's own fields as conditions, in field order (ids are decoded here).
    fn conditions(self) -> Result<Vec<Self::Condition>, ApiError>;

    fn into_domain(mut self) -> Result<Filter<Self::Condition>, ApiError> {
        let combinators = self.take_combinators();
        let mut parts = Vec::new();
        if let Some(and) = combinators.and {
            parts.push(Filter::All(
                and.into_iter()
                    .map(Self::into_domain)
                    .collect::<Result<_, _>>()?,
            ));
        }
        if let Some(or) = combinators.or {
            parts.push(Filter::Any(
                or.into_iter()
                    .map(Self::into_domain)
                    .collect::<Result<_, _>>()?,
            ));
        }
        if let Some(not) = combinators.not {
            parts.push(Filter::Not(Box::new(not.into_domain()?)));
        }
        parts.extend(self.conditions()?.into_iter().map(Filter::Leaf));
        Ok(Filter::All(parts))
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

/// The id cursors of one list: the letter inside them (one per list, so a cursor of one list is
/// refused by another) and the list's name, which errors quote.
#[derive(Debug, Clone, Copy)]
pub struct IdCursors {
    pub prefix: char,
    pub list: &'static str,
}

impl IdCursors {
    pub fn encode(self, auth: &crate::domain::Authorized, id: i64) -> String {
        encode_id_cursor(auth, self.prefix, id)
    }

    pub fn decode(
        self,
        auth: &crate::domain::Authorized,
        cursor: &str,
    ) -> Result<i64, crate::error::ApiError> {
        decode_id_cursor(auth, self.prefix, cursor, self.list)
    }
}

/// The cursor after the row numbered `id` in a list whose cursors carry `prefix` (one letter per
/// list, so a cursor of one list is refused by another), sealed to the tenant.
fn encode_id_cursor(auth: &crate::domain::Authorized, prefix: char, id: i64) -> String {
    auth.seal_cursor(format!("{prefix}:{id}").as_bytes())
}

/// The row number in a cursor made by [`encode_id_cursor`] with `prefix`; anything else is
/// `BAD_USER_INPUT` naming `after` and the field (`list`) whose cursors it takes.
fn decode_id_cursor(
    auth: &crate::domain::Authorized,
    prefix: char,
    cursor: &str,
    list: &str,
) -> Result<i64, crate::error::ApiError> {
    let invalid = || {
        crate::error::ApiError::field(
            &["after"],
            crate::error::ErrorCode::BadUserInput,
            format!("after is not a cursor returned by {list}"),
        )
    };
    let bytes = auth.open_cursor(cursor).ok_or_else(invalid)?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    text.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix(':'))
        .and_then(|id| id.parse().ok())
        .ok_or_else(invalid)
}
