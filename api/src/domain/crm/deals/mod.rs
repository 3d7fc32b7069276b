//! Sales pipelines and deals (商机), docs/SALES.md "Pipelines and deals".
//!
//! A pipeline is tenant configuration (ADMIN writes it, the selling roles read it): ordered
//! stages, each with a win probability. A deal is a sale in the making with a customer, owned
//! by a member, in one stage; it moves between stages until it is won or lost, and every step
//! is appended to its history (`deal_event`) in the transaction of the change. Forecasts and
//! stage conversion are SQL aggregates over the deals and events the caller covers
//! ([`crate::domain::Authorized::deal_scope`]).
//!
//! Amounts are integer fen (分) everywhere ([`amount`]); nothing here ever holds a float.

pub mod amount;
pub mod conversion;
pub mod forecast;
pub mod history;
pub mod lifecycle;
pub mod list;
pub mod pipelines;

use crate::error::{ErrorCode, FieldError};

/// Longest reason given for a move, a win or a loss.
pub const MAX_REASON_CHARS: usize = 500;

/// The path of an input field: `["input", field…]`.
fn at<'a>(path: &[&'a str]) -> Vec<&'a str> {
    let mut field = vec!["input"];
    field.extend_from_slice(path);
    field
}

fn problem(path: &[&str], code: ErrorCode, message: impl Into<String>) -> FieldError {
    FieldError::new(&at(path), code, message)
}

/// A trimmed reason, `None` when empty; too long or with control characters is a problem.
fn reason(raw: Option<String>) -> Result<Option<String>, FieldError> {
    let Some(text) = raw.map(|text| text.trim().to_owned()) else {
        return Ok(None);
    };
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > MAX_REASON_CHARS || text.chars().any(|c| c.is_control() && c != '\n')
    {
        return Err(problem(
            &["reason"],
            ErrorCode::BadUserInput,
            format!(
                "a reason has at most {MAX_REASON_CHARS} characters, without control characters"
            ),
        ));
    }
    Ok(Some(text))
}
