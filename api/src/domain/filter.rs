//! List filters: one and/or/not tree ([`Filter`]) shared by every list, over conditions each
//! list defines (its leaves), plus the text matches and time ranges those leaves are made of.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
use sea_orm::{ColumnTrait, Condition};

use crate::error::{ApiError, ApiResult, ErrorCode};

/// A match on a text column. `contains` and `startsWith` ignore ASCII case.
#[derive(Debug, Clone, Default)]
pub struct TextMatch {
    pub eq: Option<String>,
    pub contains: Option<String>,
    pub starts_with: Option<String>,
    pub any_of: Option<Vec<String>>,
}

impl TextMatch {
    pub fn condition(&self, column: impl ColumnTrait + Copy) -> Condition {
        let mut condition = Condition::all();
        if let Some(value) = &self.eq {
            condition = condition.add(column.eq(value.clone()));
        }
        if let Some(value) = &self.contains {
            condition = condition.add(lower_like(
                column,
                &format!("%{}%", escape_like(&value.to_lowercase())),
            ));
        }
        if let Some(value) = &self.starts_with {
            condition = condition.add(lower_like(
                column,
                &format!("{}%", escape_like(&value.to_lowercase())),
            ));
        }
        if let Some(values) = &self.any_of {
            condition = condition.add(column.is_in(values.clone()));
        }
        condition
    }
}

fn lower_like(column: impl ColumnTrait, pattern: &str) -> Condition {
    let lowered = Expr::expr(Func::lower(Expr::col(column.as_column_ref())));
    Condition::all().add(lowered.like(LikeExpr::new(pattern).escape('\\')))
}

/// Escapes LIKE wildcards so user text matches literally.
fn escape_like(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        if matches!(character, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

/// An interval of time; each bound optional.
#[derive(Debug, Clone, Default)]
pub struct TimeRange {
    pub after: Option<DateTime<Utc>>,
    pub before: Option<DateTime<Utc>>,
}

impl TimeRange {
    pub fn condition(&self, column: impl ColumnTrait + Copy) -> Condition {
        let mut condition = Condition::all();
        if let Some(after) = self.after {
            condition = condition.add(column.gte(after));
        }
        if let Some(before) = self.before {
            condition = condition.add(column.lt(before));
        }
        condition
    }
}

/// Nesting depth allowed in and/or/not filters; deeper filters are refused.
pub const MAX_FILTER_DEPTH: usize = 8;

/// A list filter: conditions of one list (`C`, e.g. "name contains") combined with and/or/not.
/// Every list builds its SQL through [`Filter::condition`], so nesting, depth limits and the
/// meaning of an empty `and`/`or` are the same everywhere.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum Filter<C> {
    /// Every part must hold (an empty list holds).
    All(Vec<Filter<C>>),
    /// At least one part must hold (an empty list never holds).
    Any(Vec<Filter<C>>),
    Not(Box<Filter<C>>),
    Leaf(C),
}

impl<C> Filter<C> {
    /// The SQL condition of this filter, each leaf turned into SQL by `leaf`. Refuses filters
    /// nested deeper than [`MAX_FILTER_DEPTH`].
    pub fn condition(&self, leaf: &impl Fn(&C) -> Condition) -> ApiResult<Condition> {
        self.condition_at(0, leaf)
    }

    /// Every leaf, at any depth (without recursion: a filter too deep for [`Self::condition`]
    /// is still walked safely).
    pub fn leaves(&self) -> Vec<&C> {
        let mut leaves = Vec::new();
        let mut pending = vec![self];
        while let Some(filter) = pending.pop() {
            match filter {
                Filter::All(parts) | Filter::Any(parts) => pending.extend(parts.iter()),
                Filter::Not(inner) => pending.push(inner),
                Filter::Leaf(condition) => leaves.push(condition),
            }
        }
        leaves
    }

    /// The one condition this filter amounts to, when it is a single leaf, possibly wrapped in
    /// one-part `and`/`or` lists (as the GraphQL input builds `{tagId: …}`): lists may answer
    /// such a filter by a cheaper statement.
    pub fn sole_condition(&self) -> Option<&C> {
        let mut filter = self;
        loop {
            match filter {
                Filter::Leaf(condition) => return Some(condition),
                Filter::All(parts) | Filter::Any(parts) => match parts.as_slice() {
                    [only] => filter = only,
                    _ => return None,
                },
                Filter::Not(_) => return None,
            }
        }
    }

    fn condition_at(&self, depth: usize, leaf: &impl Fn(&C) -> Condition) -> ApiResult<Condition> {
        check_depth(depth)?;
        Ok(match self {
            Filter::All(parts) => parts.iter().try_fold(Condition::all(), |all, part| {
                Ok::<_, ApiError>(all.add(part.condition_at(depth + 1, leaf)?))
            })?,
            Filter::Any(parts) => parts.iter().try_fold(Condition::any(), |any, part| {
                Ok::<_, ApiError>(any.add(part.condition_at(depth + 1, leaf)?))
            })?,
            Filter::Not(inner) => inner.condition_at(depth + 1, leaf)?.not(),
            Filter::Leaf(condition) => leaf(condition),
        })
    }
}

fn check_depth(depth: usize) -> ApiResult<()> {
    if depth > MAX_FILTER_DEPTH {
        return Err(ApiError::field(
            &["filter"],
            ErrorCode::BadUserInput,
            format!("filter nests deeper than {MAX_FILTER_DEPTH} levels of and/or/not"),
        ));
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use sea_orm::sea_query::{Alias, Expr, PostgresQueryBuilder, Query};

    use super::*;

    #[test]
    fn a_sole_condition_is_found_through_one_part_lists_only() {
        let leaf = || Filter::Leaf(7);
        assert_eq!(leaf().sole_condition(), Some(&7));
        assert_eq!(
            Filter::All(vec![Filter::Any(vec![leaf()])]).sole_condition(),
            Some(&7)
        );
        assert_eq!(Filter::All(vec![leaf(), leaf()]).sole_condition(), None);
        assert_eq!(Filter::Not(Box::new(leaf())).sole_condition(), None);
        assert_eq!(Filter::<i32>::All(vec![]).sole_condition(), None);
    }

    #[test]
    fn like_wildcards_match_literally() {
        assert_eq!(escape_like("100%_a\\b"), "100\\%\\_a\\\\b");
        assert_eq!(escape_like("王芳"), "王芳");
    }

    fn sql(filter: &Filter<i32>) -> ApiResult<String> {
        let condition = filter
            .condition(&|value| Condition::all().add(Expr::col(Alias::new("x")).eq(*value)))?;
        Ok(Query::select()
            .column(Alias::new("x"))
            .from(Alias::new("t"))
            .cond_where(condition)
            .to_string(PostgresQueryBuilder))
    }

    #[test]
    fn and_or_not_combine_leaves() {
        let filter = Filter::All(vec![
            Filter::Leaf(1),
            Filter::Any(vec![
                Filter::Leaf(2),
                Filter::Not(Box::new(Filter::Leaf(3))),
            ]),
        ]);
        assert_eq!(
            sql(&filter).unwrap(),
            r#"SELECT "x" FROM "t" WHERE "x" = 1 AND ("x" = 2 OR (NOT "x" = 3))"#
        );
    }

    #[test]
    fn filters_deeper_than_the_limit_are_refused() {
        let mut filter = Filter::Leaf(1);
        for _ in 0..MAX_FILTER_DEPTH {
            filter = Filter::Not(Box::new(filter));
        }
        assert!(sql(&filter).is_ok());
        let too_deep = Filter::Not(Box::new(filter));
        assert_eq!(
            sql(&too_deep).map_err(|error| error.code()).err(),
            Some(ErrorCode::BadUserInput)
        );
    }
}
