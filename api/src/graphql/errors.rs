//! How domain errors reach GraphQL clients: top-level errors with `extensions.code`, or
//! `userErrors` in mutation payloads.

use async_graphql::{ErrorExtensions, SimpleObject};

use crate::error::{ApiError, ErrorCode, FieldError};

/// A problem with the input of a mutation; nothing was changed.
#[derive(Debug, Clone, SimpleObject)]
pub struct UserError {
    /// Path to the input field at fault, e.g. `["input", "email"]`.
    pub field: Option<Vec<String>>,
    pub message: String,
    pub code: ErrorCode,
}

impl From<FieldError> for UserError {
    fn from(error: FieldError) -> Self {
        UserError {
            field: if error.field.is_empty() {
                None
            } else {
                Some(error.field)
            },
            message: error.message,
            code: error.code,
        }
    }
}

pub const INTERNAL_MESSAGE: &str = "internal error";

/// Converts a domain error into a GraphQL error; internal details are logged, never sent.
pub fn to_graphql(error: &ApiError) -> async_graphql::Error {
    let code = error.code();
    let message = if error.is_internal() {
        tracing::error!(error = %error, "internal error");
        INTERNAL_MESSAGE.to_string()
    } else {
        error.to_string()
    };
    let mut graphql_error = async_graphql::Error::new(message).extend_with(|_, extensions| {
        extensions.set("code", code.as_str());
    });
    if let ApiError::RateLimited { retry_after_secs } = error {
        graphql_error = graphql_error
            .extend_with(|_, extensions| extensions.set("retryAfterSeconds", *retry_after_secs));
    }
    graphql_error
}

pub trait GraphqlResult<T> {
    /// Turns every error into a top-level GraphQL error.
    fn gql(self) -> async_graphql::Result<T>;
    /// Keeps input errors for `userErrors`; other errors become top-level GraphQL errors.
    fn user_errors(self) -> async_graphql::Result<Result<T, Vec<UserError>>>;
}

impl<T> GraphqlResult<T> for Result<T, ApiError> {
    fn gql(self) -> async_graphql::Result<T> {
        self.map_err(|error| to_graphql(&error))
    }

    fn user_errors(self) -> async_graphql::Result<Result<T, Vec<UserError>>> {
        match self {
            Ok(value) => Ok(Ok(value)),
            Err(error) => match error.into_field_errors() {
                Ok(field_errors) => {
                    Ok(Err(field_errors.into_iter().map(UserError::from).collect()))
                }
                Err(other) => Err(to_graphql(&other)),
            },
        }
    }
}
