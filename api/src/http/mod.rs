//! HTTP routes: `POST /graphql`, GraphiQL at `GET /graphql` (its files under
//! `/graphql/assets/`), subscriptions over WebSocket at `/graphql/ws`, `/healthz`, `/readyz` and `/metrics`.

mod archive_media;
mod bearer;
pub mod client_address;
mod exports;
mod graphiql;
mod graphql;
mod health;
mod library_files;
mod metrics;
mod problem;
mod subscriptions;
mod uploads;
mod wecom_callback;

use actix_web::http::StatusCode;
use actix_web::http::header::ALLOW;
use actix_web::{HttpResponse, web};

pub use graphql::AppState;

use crate::error::ErrorCode;

pub fn routes(config: &mut web::ServiceConfig) {
    config
        .service(
            web::resource("/graphql")
                .route(web::post().to(graphql::execute))
                .route(web::get().to(graphql::graphiql_or_refuse))
                .default_service(web::to(|| method_not_allowed("GET, POST"))),
        )
        .service(
            web::resource("/graphql/assets/{name}")
                .route(web::get().to(graphiql::asset))
                .default_service(web::to(|| method_not_allowed("GET"))),
        )
        .service(
            web::resource("/graphql/ws")
                .route(web::get().to(subscriptions::subscriptions))
                .default_service(web::to(|| method_not_allowed("GET"))),
        )
        .service(
            web::resource("/exports/{id}")
                .route(web::get().to(exports::file))
                .default_service(web::to(|| method_not_allowed("GET"))),
        )
        .service(
            web::resource("/archive/media/{id}")
                .route(web::get().to(archive_media::file))
                .default_service(web::to(|| method_not_allowed("GET"))),
        )
        .service(
            web::resource("/library/files/{id}")
                .route(web::get().to(library_files::file))
                .default_service(web::to(|| method_not_allowed("GET"))),
        )
        .service(
            web::resource("/exports/{id}/manifest")
                .route(web::get().to(exports::manifest))
                .default_service(web::to(|| method_not_allowed("GET"))),
        )
        .service(
            web::resource("/wecom/callback/{tenant}")
                .route(web::get().to(wecom_callback::verify))
                .route(web::post().to(wecom_callback::event))
                .default_service(web::to(|| method_not_allowed("GET, POST"))),
        )
        .service(
            web::resource("/healthz")
                .route(web::get().to(health::healthz))
                .default_service(web::to(|| method_not_allowed("GET"))),
        )
        .service(
            web::resource("/readyz")
                .route(web::get().to(health::readyz))
                .default_service(web::to(|| method_not_allowed("GET"))),
        )
        .service(
            web::resource("/metrics")
                .route(web::get().to(metrics::metrics))
                .default_service(web::to(|| method_not_allowed("GET"))),
        );
}

/// A known path asked with a method it does not serve: 405 with the methods it does.
async fn method_not_allowed(allow: &'static str) -> HttpResponse {
    let mut response = problem::response(
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorCode::BadUserInput,
        &format!("this path answers {allow} only"),
    );
    response.headers_mut().insert(
        ALLOW,
        actix_web::http::header::HeaderValue::from_static(allow),
    );
    response
}
