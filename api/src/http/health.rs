use actix_web::{HttpResponse, web};
use serde_json::json;

use super::AppState;

/// The process is up.
#[allow(clippy::disallowed_methods)] // json! unwraps serialising string literals
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "ok" }))
}

/// The process can serve: the database answers.
#[allow(clippy::disallowed_methods)] // json! unwraps serialising string literals
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    match state.store.ping().await {
        Ok(()) => HttpResponse::Ok().json(json!({ "status": "ready" })),
        Err(error) => {
            tracing::warn!(error = %error, "readiness check failed");
            HttpResponse::ServiceUnavailable()
                .json(json!({ "status": "unavailable", "reason": "database unreachable" }))
        }
    }
}
