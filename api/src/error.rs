//! The API's error vocabulary: a small, stable set of codes that clients can switch on.
//!
//! Every failure a user can cause maps to one of these codes with a message that says what to
//! do. Internal failures are logged with their cause and shown to clients only as `INTERNAL`
//! with the request id.

use std::fmt;

/// Stable error codes, sent as `extensions.code` and `userErrors[].code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, async_graphql::Enum)]
pub enum ErrorCode {
    BadUserInput,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    RateLimited,
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadUserInput => "BAD_USER_INPUT",
            ErrorCode::Unauthenticated => "UNAUTHENTICATED",
            ErrorCode::Forbidden => "FORBIDDEN",
            ErrorCode::NotFound => "NOT_FOUND",
            ErrorCode::Conflict => "CONFLICT",
            ErrorCode::RateLimited => "RATE_LIMITED",
            ErrorCode::Internal => "INTERNAL",
        }
    }

    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::BadUserInput => 400,
            ErrorCode::Unauthenticated => 401,
            ErrorCode::Forbidden => 403,
            ErrorCode::NotFound => 404,
            ErrorCode::Conflict => 409,
            ErrorCode::RateLimited => 429,
            ErrorCode::Internal => 500,
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// A problem with one input field, reported to clients as a `userErrors` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// Path to the input field, e.g. `["input", "email"]` or `["input", "customerIds", "2"]`.
    pub field: Vec<String>,
    pub message: String,
    pub code: ErrorCode,
}

impl FieldError {
    pub fn new(field: &[&str], code: ErrorCode, message: impl Into<String>) -> Self {
        FieldError {
            field: field.iter().map(|part| part.to_string()).collect(),
            message: message.into(),
            code,
        }
    }
}

/// Errors of the API crate.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// One or more input fields are wrong; nothing was changed.
    #[error("{}", summarize(.0))]
    Invalid(Vec<FieldError>),
    #[error("{0}")]
    BadUserInput(String),
    #[error("{0}")]
    Unauthenticated(String),
    #[error("{0}")]
    Forbidden(String),
    /// Also what an id of another tenant gets: it must look exactly like a missing one.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The request met a state it cannot proceed from (not tied to one input field).
    #[error("{0}")]
    Conflict(String),
    #[error("too many attempts; try again in {retry_after_secs} seconds")]
    RateLimited { retry_after_secs: u64 },
    #[error("database error: {0}")]
    Database(#[from] sea_orm::DbErr),
    /// A failure inside the archive that is not the caller's (keys, integrity, the index).
    #[error("archive error: {0}")]
    Archive(archive::ArchiveError),
    #[error("{0}")]
    Internal(String),
}

/// The one way archive errors enter the API's vocabulary, by their stable code: bad input is
/// the caller's, a concurrent writer a conflict to retry, everything else internal (logged,
/// shown only as `INTERNAL` with the request id).
impl From<archive::ArchiveError> for ApiError {
    fn from(error: archive::ArchiveError) -> Self {
        match error.code() {
            archive::ArchiveErrorCode::InvalidInput => ApiError::BadUserInput(error.to_string()),
            archive::ArchiveErrorCode::Conflict => ApiError::Conflict(error.to_string()),
            archive::ArchiveErrorCode::KeyUnavailable
            | archive::ArchiveErrorCode::IntegrityViolation
            | archive::ArchiveErrorCode::Internal => ApiError::Archive(error),
        }
    }
}

/// The one way WeCom's errors enter the API's vocabulary: a refusal says what WeCom objected
/// to (usually the tenant's settings), a persistent rate limit is ours to pass on, and an
/// unreachable WeCom is an internal failure to retry later. Messages never carry secrets.
impl From<::wecom::WecomError> for ApiError {
    fn from(error: ::wecom::WecomError) -> Self {
        match error.code() {
            ::wecom::WecomErrorCode::Refused => ApiError::Conflict(error.to_string()),
            ::wecom::WecomErrorCode::RateLimited => ApiError::RateLimited {
                retry_after_secs: 60,
            },
            ::wecom::WecomErrorCode::Unavailable | ::wecom::WecomErrorCode::Misconfigured => {
                ApiError::Internal(error.to_string())
            }
        }
    }
}

/// `conflict` when the database refused a write for a unique constraint (the thing exists, or
/// a concurrent writer just made it), the database error otherwise: the one place that
/// recognises unique violations, by their kind rather than their message.
pub fn conflict_on_unique(error: sea_orm::DbErr, conflict: impl FnOnce() -> ApiError) -> ApiError {
    match error.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => conflict(),
        _ => ApiError::Database(error),
    }
}

fn summarize(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|error| format!("{}: {}", error.field.join("."), error.message))
        .collect::<Vec<_>>()
        .join("; ")
}

impl ApiError {
    pub fn field(field: &[&str], code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError::Invalid(vec![FieldError::new(field, code, message)])
    }

    pub fn forbidden() -> Self {
        ApiError::Forbidden("your role does not allow this".to_string())
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            ApiError::Invalid(errors) => errors
                .first()
                .map_or(ErrorCode::BadUserInput, |error| error.code),
            ApiError::BadUserInput(_) => ErrorCode::BadUserInput,
            ApiError::Unauthenticated(_) => ErrorCode::Unauthenticated,
            ApiError::Forbidden(_) => ErrorCode::Forbidden,
            ApiError::NotFound(_) => ErrorCode::NotFound,
            ApiError::Conflict(_) => ErrorCode::Conflict,
            ApiError::RateLimited { .. } => ErrorCode::RateLimited,
            ApiError::Database(_) | ApiError::Archive(_) | ApiError::Internal(_) => {
                ErrorCode::Internal
            }
        }
    }

    /// Errors a user caused by their input; mutations report them as `userErrors`.
    pub fn into_field_errors(self) -> Result<Vec<FieldError>, ApiError> {
        match self {
            ApiError::Invalid(errors) => Ok(errors),
            // Mutations name their target as `input.id`.
            ApiError::NotFound(what) => Ok(vec![FieldError::new(
                &["input", "id"],
                ErrorCode::NotFound,
                format!("{what} not found"),
            )]),
            other => Err(other),
        }
    }

    pub fn is_internal(&self) -> bool {
        self.code() == ErrorCode::Internal
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
