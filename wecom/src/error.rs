use std::time::Duration;

/// Stable, coarse codes that callers map onto their own vocabulary (the API's `extensions.code`,
/// a job's error, the CLI's exit message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WecomErrorCode {
    /// WeCom refused the call for a reason the tenant's settings or the request explain.
    Refused,
    /// WeCom kept answering "too frequent" after every back-off; try again later.
    RateLimited,
    /// WeCom could not be reached, did not answer in time, or answered something unreadable.
    Unavailable,
    /// Our own settings are unusable (base URL, secrets).
    Misconfigured,
}

/// Errors of the WeCom client.
///
/// Messages never carry secrets or access tokens: URLs are stripped from transport errors
/// because the token travels in the query string.
#[derive(Debug, thiserror::Error)]
pub enum WecomError {
    #[error("WeCom refused {path} (errcode {errcode}: {errmsg})")]
    Refused {
        path: String,
        errcode: i64,
        errmsg: String,
    },
    #[error(
        "WeCom kept refusing {path} as too frequent (errcode {errcode}) after {attempts} attempts; try again in a few minutes"
    )]
    RateLimited {
        path: String,
        errcode: i64,
        attempts: u32,
    },
    #[error("WeCom was busy (errcode -1) on {path} after {attempts} attempts; try again later")]
    Busy { path: String, attempts: u32 },
    #[error("WeCom did not answer {path} within {timeout:?}")]
    Timeout { path: String, timeout: Duration },
    #[error("could not reach WeCom for {path}: {reason}")]
    Transport { path: String, reason: String },
    #[error("WeCom answered {path} with HTTP status {status}")]
    HttpStatus { path: String, status: u16 },
    #[error("WeCom's answer to {path} could not be read: {reason}")]
    Decode { path: String, reason: String },
    #[error("WeCom's answer to {path} is larger than {limit} bytes")]
    TooLarge { path: String, limit: usize },
    #[error("the WeCom base URL {url:?} is unusable: {reason}")]
    BaseUrl { url: String, reason: &'static str },
    #[error("the HTTP client could not be built: {0}")]
    ClientBuild(String),
}

impl WecomError {
    pub fn code(&self) -> WecomErrorCode {
        match self {
            WecomError::Refused { .. } => WecomErrorCode::Refused,
            WecomError::RateLimited { .. } => WecomErrorCode::RateLimited,
            WecomError::Busy { .. }
            | WecomError::Timeout { .. }
            | WecomError::Transport { .. }
            | WecomError::HttpStatus { .. }
            | WecomError::Decode { .. }
            | WecomError::TooLarge { .. } => WecomErrorCode::Unavailable,
            WecomError::BaseUrl { .. } | WecomError::ClientBuild(_) => {
                WecomErrorCode::Misconfigured
            }
        }
    }

    /// WeCom's own error code, when it answered with one.
    pub fn errcode(&self) -> Option<i64> {
        match self {
            WecomError::Refused { errcode, .. } | WecomError::RateLimited { errcode, .. } => {
                Some(*errcode)
            }
            WecomError::Busy { .. } => Some(-1),
            _ => None,
        }
    }
}
