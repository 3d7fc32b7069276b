//! The GraphQL endpoint: JSON over POST (or `multipart/form-data` carrying a file upload, see
//! `uploads.rs`), a body size limit, bearer authentication, and error post-processing (every
//! error gets a code; internal errors only show the request id).

use actix_web::http::StatusCode;
use actix_web::http::header::{AUTHORIZATION, CONTENT_TYPE};
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;
use tracing_actix_web::RequestId;

use super::bearer::{BearerToken, MALFORMED, bearer_token};
use super::client_address::TrustedProxies;
use super::problem;
use crate::domain::{RequestOrigin, Store};
use crate::error::ErrorCode;
use crate::graphql::errors::INTERNAL_MESSAGE;
use crate::graphql::{Authentication, Loaders, RequestContext, ScrmSchema};

pub struct AppState {
    pub store: Store,
    pub schema: ScrmSchema,
    pub body_limit_bytes: usize,
    /// The largest file a multipart request may carry ([`crate::settings::Settings::upload_max_bytes`]).
    pub upload_max_bytes: usize,
    pub trusted_proxies: TrustedProxies,
    /// How often an open subscription checks that its session still holds.
    pub session_recheck_every: std::time::Duration,
}

pub async fn execute(
    request: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
    request_id: RequestId,
) -> HttpResponse {
    let content_type = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let multipart = super::uploads::is_multipart(content_type);
    if !multipart && !is_json_media_type(content_type) {
        return problem::response(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::BadUserInput,
            "send GraphQL requests as POST with 'Content-Type: application/json' (file uploads: multipart/form-data, see docs/ENGAGE.md)",
        );
    }
    let read = if multipart {
        super::uploads::read_request(&request, payload, &state, content_type).await
    } else {
        read_json_request(&request, payload, &state).await
    };
    let graphql_request = match read {
        Ok(graphql_request) => graphql_request,
        Err(response) => return response,
    };

    let origin = request_origin(&request, &state, &request_id);
    let header = request.headers().get(AUTHORIZATION).map(|value| {
        // A header that is not visible ASCII is malformed, not absent.
        value.to_str().unwrap_or("\u{0}")
    });
    let authentication = match bearer_token(header) {
        BearerToken::Absent => Authentication::Anonymous,
        BearerToken::Malformed => Authentication::Refused(crate::error::ApiError::Unauthenticated(
            MALFORMED.to_string(),
        )),
        BearerToken::Present(token) => match state.store.authenticate(&token, origin.clone()).await
        {
            Ok(authorized) => Authentication::Authenticated(Box::new(authorized)),
            Err(error) => Authentication::Refused(error),
        },
    };
    let span = tracing::Span::current();
    let mut graphql_request = graphql_request;
    if let Authentication::Authenticated(authorized) = &authentication {
        span.record("tenant", authorized.tenant_id());
        span.record("staff", authorized.actor().staff_id);
        graphql_request = graphql_request.data(Loaders::new(authorized));
    }
    span.record("operation", operation_name(&graphql_request).as_str());
    let graphql_request = graphql_request.data(RequestContext {
        store: state.store.clone(),
        authentication,
        origin,
    });

    let mut response = state.schema.execute(graphql_request).await;
    for error in &mut response.errors {
        let has_code = error
            .extensions
            .as_ref()
            .is_some_and(|extensions| extensions.get("code").is_some());
        if !has_code {
            // Parse and validation errors (syntax, depth, complexity, unknown fields).
            error
                .extensions
                .get_or_insert_with(Default::default)
                .set("code", ErrorCode::BadUserInput.as_str());
        }
        if error.message == INTERNAL_MESSAGE {
            error.message = format!("internal error; quote request id {request_id} to support");
            error
                .extensions
                .get_or_insert_with(Default::default)
                .set("requestId", request_id.to_string());
        }
    }
    HttpResponse::Ok().json(response)
}

/// A JSON request body (`application/json`), read up to the body limit.
async fn read_json_request(
    request: &HttpRequest,
    mut payload: web::Payload,
    state: &AppState,
) -> Result<async_graphql::Request, HttpResponse> {
    let limit = state.body_limit_bytes;
    let too_large = || {
        problem::response(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::BadUserInput,
            &format!("request body is larger than the {limit}-byte limit; send smaller batches"),
        )
    };
    let declared_length = request
        .headers()
        .get("content-length")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<usize>().ok());
    if declared_length.is_some_and(|length| length > limit) {
        return Err(too_large());
    }
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return Err(problem::response(
                StatusCode::BAD_REQUEST,
                ErrorCode::BadUserInput,
                "request body could not be read",
            ));
        };
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }

    match serde_json::from_slice(&body) {
        Ok(parsed) => Ok(parsed),
        Err(error) => Err(problem::response(
            StatusCode::BAD_REQUEST,
            ErrorCode::BadUserInput,
            &format!(
                "request body is not a GraphQL JSON request ({error}); send {{\"query\": \"...\", \"variables\": {{...}}}}"
            ),
        )),
    }
}

/// Where a request comes from, for the audit log: its id and the client's address (through
/// trusted proxies only).
pub fn request_origin(
    request: &HttpRequest,
    state: &AppState,
    request_id: &RequestId,
) -> RequestOrigin {
    let client_ip = state
        .trusted_proxies
        .client_address(request.peer_addr().map(|peer| peer.ip()), request.headers())
        .map(|address| address.to_string());
    RequestOrigin {
        request_id: Some(request_id.to_string()),
        client_ip,
    }
}

/// `application/json`, optionally with parameters; a charset, if given, must be UTF-8.
fn is_json_media_type(content_type: &str) -> bool {
    let mut parts = content_type.split(';');
    let essence = parts.next().unwrap_or_default().trim();
    if !essence.eq_ignore_ascii_case("application/json") {
        return false;
    }
    parts.all(|parameter| match parameter.split_once('=') {
        Some((name, value)) if name.trim().eq_ignore_ascii_case("charset") => {
            value.trim().trim_matches('"').eq_ignore_ascii_case("utf-8")
        }
        _ => true,
    })
}

fn operation_name(request: &async_graphql::Request) -> String {
    if let Some(name) = &request.operation_name {
        return name.clone();
    }
    // The first word after `query`/`mutation`/`subscription`, or "anonymous".
    let mut words = request
        .query
        .split(|c: char| c.is_whitespace() || c == '{' || c == '(')
        .filter(|word| !word.is_empty());
    match words.next() {
        Some(kind @ ("query" | "mutation" | "subscription")) => match words.next() {
            Some(name) if name.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                format!("{kind} {name}")
            }
            _ => format!("{kind} anonymous"),
        },
        _ => "query anonymous".to_string(),
    }
}

/// GraphiQL for people (served from the binary, see `graphiql`); GraphQL operations over GET
/// are refused, so no link or image tag can ever trigger a mutation.
pub async fn graphiql_or_refuse(request: HttpRequest) -> HttpResponse {
    if request.query_string().contains("query=") {
        return problem::response(
            StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::BadUserInput,
            "GraphQL over GET is not accepted; POST a JSON body to /graphql",
        );
    }
    super::graphiql::page()
}
