//! HTTP routes: `POST /graphql`, GraphiQL at `GET /graphql`, subscriptions over WebSocket at
//! `/graphql/ws`, `/healthz` and `/readyz`.

mod graphql;
mod health;
mod problem;

use actix_web::web;

pub use graphql::AppState;

pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/graphql", web::post().to(graphql::execute))
        .route("/graphql", web::get().to(graphql::graphiql_or_refuse))
        .route("/graphql/ws", web::get().to(graphql::subscriptions))
        .route("/healthz", web::get().to(health::healthz))
        .route("/readyz", web::get().to(health::readyz));
}
