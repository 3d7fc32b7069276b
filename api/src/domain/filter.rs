//! Building blocks of list filters: text matches and time ranges, combined with and/or/not.

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

pub fn check_depth(depth: usize) -> ApiResult<()> {
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
mod tests {
    use super::escape_like;

    #[test]
    fn like_wildcards_match_literally() {
        assert_eq!(escape_like("100%_a\\b"), "100\\%\\_a\\\\b");
        assert_eq!(escape_like("王芳"), "王芳");
    }
}
