//! `GET/POST /wecom/callback/{tenantSlug}`: WeCom's URL verification and callbacks. The work is
//! `domain::wecom::callbacks::receive`; this only reads the request (refusing a body over
//! `MAX_XML_BYTES` before reading it all) and writes its answer as text/plain.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;
use wecom::callback::{CallbackQuery, MAX_XML_BYTES};

use super::AppState;
use crate::domain::wecom::callbacks::{self, CallbackAnswer, CallbackRefusal};

/// The URL verification WeCom makes when an admin saves the callback URL.
pub async fn verify(
    request: HttpRequest,
    slug: web::Path<String>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let result = callbacks::receive(&state.store, &slug, query(&request), None).await;
    respond(result)
}

/// An event. The body is read here, not by an extractor, so that its size is checked as it
/// arrives and a refusal is logged like every other.
pub async fn event(
    request: HttpRequest,
    slug: web::Path<String>,
    mut payload: web::Payload,
    state: web::Data<AppState>,
) -> HttpResponse {
    let declared_length = request
        .headers()
        .get("content-length")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<usize>().ok());
    if declared_length.is_some_and(|length| length > MAX_XML_BYTES) {
        return refuse(&state, CallbackRefusal::TooLarge);
    }
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return refuse(&state, CallbackRefusal::Malformed);
        };
        if body.len() + chunk.len() > MAX_XML_BYTES {
            return refuse(&state, CallbackRefusal::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    let result = callbacks::receive(&state.store, &slug, query(&request), Some(&body)).await;
    respond(result)
}

/// The query string as WeCom sends it, or `None` (the domain refuses it as malformed once it
/// knows the tenant, so the answer for an unknown tenant stays 404 whatever the query).
fn query(request: &HttpRequest) -> Option<CallbackQuery> {
    web::Query::<CallbackQuery>::from_query(request.query_string())
        .ok()
        .map(web::Query::into_inner)
}

fn respond(result: Result<CallbackAnswer, CallbackRefusal>) -> HttpResponse {
    match result {
        Ok(answer) => HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .insert_header(("cache-control", "no-store"))
            .body(answer.body().to_owned()),
        Err(refusal) => refusal_response(refusal),
    }
}

/// A refusal the domain did not see (the body could not be read): logged and counted there.
fn refuse(state: &AppState, refusal: CallbackRefusal) -> HttpResponse {
    refusal.report(&state.store, None);
    refusal_response(refusal)
}

/// The reason code only: it says which check failed, never anything of the request.
fn refusal_response(refusal: CallbackRefusal) -> HttpResponse {
    let status =
        StatusCode::from_u16(refusal.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    HttpResponse::build(status)
        .content_type("text/plain; charset=utf-8")
        .body(refusal.reason())
}
