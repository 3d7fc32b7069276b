//! Transport-level failures, reported in GraphQL's error shape so clients parse one format.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use serde_json::json;

use crate::error::ErrorCode;

#[allow(clippy::disallowed_methods)] // json! unwraps serialising strings
pub fn response(status: StatusCode, code: ErrorCode, message: &str) -> HttpResponse {
    HttpResponse::build(status).json(json!({
        "errors": [{ "message": message, "extensions": { "code": code.as_str() } }]
    }))
}
