//! Relay-style keyset pagination: `first/after` forward, `last/before` backward, a stable
//! tie-break on the primary key, and exact `totalCount` computed only when asked for.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, Order, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select, Value,
};
use serde::{Deserialize, Serialize};

use super::Authorized;
use crate::error::{ApiError, ApiResult, ErrorCode};

pub const MAX_PAGE_SIZE: i32 = 100;
pub const DEFAULT_PAGE_SIZE: i32 = 20;

/// The four Relay arguments, as the client sent them.
#[derive(Debug, Clone, Default)]
pub struct PageRequest {
    pub first: Option<i32>,
    pub after: Option<String>,
    pub last: Option<i32>,
    pub before: Option<String>,
}

impl PageRequest {
    /// Checks sizes: more than 100 is refused, not silently capped, so clients notice.
    fn validated_size(&self) -> ApiResult<(usize, bool)> {
        if self.first.is_some() && self.last.is_some() {
            return Err(ApiError::field(
                &["first"],
                ErrorCode::BadUserInput,
                "pass either first or last, not both",
            ));
        }
        for (name, value) in [("first", self.first), ("last", self.last)] {
            if let Some(size) = value
                && !(0..=MAX_PAGE_SIZE).contains(&size)
            {
                return Err(ApiError::field(
                    &[name],
                    ErrorCode::BadUserInput,
                    format!(
                        "{name} must be between 0 and {MAX_PAGE_SIZE}, got {size}; page with after/before"
                    ),
                ));
            }
        }
        match self.last {
            Some(last) => Ok((last as usize, true)),
            None => Ok((self.first.unwrap_or(DEFAULT_PAGE_SIZE) as usize, false)),
        }
    }
}

/// A sort key value as it travels inside a cursor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SortValue {
    Int(i64),
    Text(String),
}

impl SortValue {
    pub fn time(value: &DateTime<Utc>) -> Self {
        SortValue::Int(value.timestamp_micros())
    }
}

#[derive(Serialize, Deserialize)]
struct CursorData {
    /// Name of the ordering the cursor was made for; a cursor of another ordering is refused.
    o: String,
    v: SortValue,
    i: i64,
}

fn encode_cursor(auth: &Authorized, ordering: &str, value: SortValue, id: i64) -> String {
    auth.seal_cursor(&cursor_position(ordering, value, id))
}

/// What a cursor holds before it is sealed: the ordering's name, the sort value and the id.
fn cursor_position(ordering: &str, value: SortValue, id: i64) -> Vec<u8> {
    let data = CursorData {
        o: ordering.to_string(),
        v: value,
        i: id,
    };
    serde_json::to_vec(&data).unwrap_or_default()
}

/// The sort value and id of a position made for `ordering`.
fn parse_position(position: &[u8], ordering: &str) -> Option<(SortValue, i64)> {
    let data: CursorData = serde_json::from_slice(position).ok()?;
    (data.o == ordering).then_some((data.v, data.i))
}

fn decode_cursor(
    auth: &Authorized,
    field: &str,
    cursor: &str,
    ordering: &str,
) -> ApiResult<(SortValue, i64)> {
    let invalid = || {
        ApiError::field(
            &[field],
            ErrorCode::BadUserInput,
            format!(
                "{field} is not a cursor of this list and ordering; use pageInfo.endCursor/startCursor as returned"
            ),
        )
    };
    let position = auth.open_cursor(cursor).ok_or_else(invalid)?;
    parse_position(&position, ordering).ok_or_else(invalid)
}

/// How a list is sorted: a column (with its cursor representation) and the id tie-break.
pub struct Ordering<E: EntityTrait> {
    pub name: String,
    pub column: E::Column,
    pub id_column: E::Column,
    pub descending: bool,
    /// The sort value of a row, as stored in cursors.
    pub value_of: fn(&E::Model) -> SortValue,
    pub id_of: fn(&E::Model) -> i64,
    /// Turns a cursor's sort value back into a SQL value of the column's type.
    pub to_sql: fn(&SortValue) -> Option<Value>,
}

pub fn time_to_sql(value: &SortValue) -> Option<Value> {
    match value {
        SortValue::Int(micros) => DateTime::<Utc>::from_timestamp_micros(*micros).map(Value::from),
        SortValue::Text(_) => None,
    }
}

pub fn text_to_sql(value: &SortValue) -> Option<Value> {
    match value {
        SortValue::Text(text) => Some(Value::from(text.clone())),
        SortValue::Int(_) => None,
    }
}

type CountFuture = Pin<Box<dyn Future<Output = ApiResult<u64>> + Send>>;

/// Lazily computed exact count of the whole filtered list.
#[derive(Clone)]
pub struct TotalCount(Arc<dyn Fn() -> CountFuture + Send + Sync>);

impl TotalCount {
    /// A count already known (e.g. from the search index).
    pub fn known(count: u64) -> Self {
        TotalCount(Arc::new(move || Box::pin(async move { Ok(count) })))
    }

    pub async fn get(&self) -> ApiResult<u64> {
        (self.0)().await
    }
}

pub struct Page<M> {
    pub edges: Vec<(String, M)>,
    pub has_previous_page: bool,
    pub has_next_page: bool,
    pub total_count: TotalCount,
}

/// Fetches one page of `base` (already filtered by scope and filter) in `ordering`.
pub async fn fetch_page<E>(
    auth: &Authorized,
    base: Select<E>,
    ordering: &Ordering<E>,
    request: &PageRequest,
) -> ApiResult<Page<E::Model>>
where
    E: EntityTrait,
    E::Model: Send + Sync,
{
    let (size, backward) = request.validated_size()?;
    let db = auth.db();
    let total_count = {
        let db = db.clone();
        let query = base.clone();
        TotalCount(Arc::new(move || {
            let db = db.clone();
            let query = query.clone();
            Box::pin(async move { Ok(query.count(&db).await?) })
        }))
    };

    let mut query = base;
    if let Some(after) = &request.after {
        query = query.filter(keyset_condition(
            auth,
            "after",
            after,
            ordering,
            !ordering.descending,
        )?);
    }
    if let Some(before) = &request.before {
        query = query.filter(keyset_condition(
            auth,
            "before",
            before,
            ordering,
            ordering.descending,
        )?);
    }
    // Walking backward reads the list in reverse order, then flips the page back.
    let read_descending = backward != ordering.descending;
    let direction = if read_descending {
        Order::Desc
    } else {
        Order::Asc
    };
    let mut rows = query
        .order_by(ordering.column, direction.clone())
        .order_by(ordering.id_column, direction)
        .limit(size as u64 + 1)
        .all(db)
        .await?;
    let has_more = rows.len() > size;
    rows.truncate(size);
    if backward {
        rows.reverse();
    }
    let edges = rows
        .into_iter()
        .map(|row| {
            (
                encode_cursor(
                    auth,
                    &ordering.name,
                    (ordering.value_of)(&row),
                    (ordering.id_of)(&row),
                ),
                row,
            )
        })
        .collect();
    let (has_previous_page, has_next_page) = if backward {
        (has_more, request.before.is_some())
    } else {
        (request.after.is_some(), has_more)
    };
    Ok(Page {
        edges,
        has_previous_page,
        has_next_page,
        total_count,
    })
}

/// Rows strictly after (`greater` = true) or before the cursor position in (column, id) order.
fn keyset_condition<E: EntityTrait>(
    auth: &Authorized,
    field: &str,
    cursor: &str,
    ordering: &Ordering<E>,
    greater: bool,
) -> ApiResult<Condition> {
    let (value, id) = decode_cursor(auth, field, cursor, &ordering.name)?;
    let Some(sql_value) = (ordering.to_sql)(&value) else {
        return Err(ApiError::field(
            &[field],
            ErrorCode::BadUserInput,
            format!("{field} is not a valid cursor"),
        ));
    };
    let (beyond_value, beyond_id) = if greater {
        (
            ordering.column.gt(sql_value.clone()),
            ordering.id_column.gt(id),
        )
    } else {
        (
            ordering.column.lt(sql_value.clone()),
            ordering.id_column.lt(id),
        )
    };
    Ok(Condition::any().add(beyond_value).add(
        Condition::all()
            .add(ordering.column.eq(sql_value))
            .add(beyond_id),
    ))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn sizes_over_the_cap_are_errors_not_silent_caps() {
        let request = PageRequest {
            first: Some(1000),
            ..PageRequest::default()
        };
        let error = request.validated_size().unwrap_err();
        assert_eq!(error.code(), ErrorCode::BadUserInput);
        assert!(error.to_string().contains("between 0 and 100"));
        let both = PageRequest {
            first: Some(1),
            last: Some(1),
            ..PageRequest::default()
        };
        assert!(both.validated_size().is_err());
        assert_eq!(
            PageRequest::default().validated_size().unwrap(),
            (20, false)
        );
    }

    #[test]
    fn cursors_round_trip_and_reject_other_orderings() {
        let cursor = cursor_position("NAME_ASC", SortValue::Text("王芳".into()), 7);
        assert_eq!(
            parse_position(&cursor, "NAME_ASC").unwrap(),
            (SortValue::Text("王芳".into()), 7)
        );
        assert!(parse_position(&cursor, "CREATED_AT_ASC").is_none());
        assert!(parse_position(b"garbage!", "NAME_ASC").is_none());
    }
}
