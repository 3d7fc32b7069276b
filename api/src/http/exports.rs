//! Export downloads: `GET /exports/{id}` streams the file, `GET /exports/{id}/manifest` its
//! signed manifest, both with the `Authorization: Bearer` header GraphQL takes. An id of
//! another tenant, of a kind the caller may not export, or of nothing is the same `404`; an
//! expired export is `410 Gone`; one still being written is `409`.

use actix_web::http::StatusCode;
use actix_web::http::header::{
    AUTHORIZATION, CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, ContentDisposition,
    DispositionParam, DispositionType,
};
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::stream;
use tracing_actix_web::RequestId;

use super::bearer::{BearerToken, MALFORMED, bearer_token};
use super::graphql::{AppState, request_origin};
use super::problem;
use crate::domain::Authorized;
use crate::domain::compliance::export::service::{self, Download, ExportFile};
use crate::error::{ApiError, ErrorCode};
use crate::graphql::ids::{self, NodeKind};

pub async fn file(
    request: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
    request_id: RequestId,
) -> HttpResponse {
    let (auth, id) = match caller_and_export(&request, &path, &state, &request_id).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match service::download(&auth, id).await {
        Ok(Download::Ready(file)) => stream_file(file),
        Ok(Download::Expired) => gone(),
        Err(error) => error_response(&error, &request_id),
    }
}

pub async fn manifest(
    request: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
    request_id: RequestId,
) -> HttpResponse {
    let (auth, id) = match caller_and_export(&request, &path, &state, &request_id).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match service::manifest(&auth, id).await {
        Ok(Download::Ready(manifest)) => HttpResponse::Ok()
            .insert_header((CONTENT_TYPE, "application/json"))
            .insert_header((CACHE_CONTROL, "no-store"))
            .body(manifest),
        Ok(Download::Expired) => gone(),
        Err(error) => error_response(&error, &request_id),
    }
}

/// The signed-in caller and the export's row id; or the response refusing the request.
async fn caller_and_export(
    request: &HttpRequest,
    path: &str,
    state: &AppState,
    request_id: &RequestId,
) -> Result<(Authorized, i64), HttpResponse> {
    let auth = authenticate(request, state, request_id).await?;
    let id = export_number(path).ok_or_else(not_found)?;
    Ok((auth, id))
}

pub(super) async fn authenticate(
    request: &HttpRequest,
    state: &AppState,
    request_id: &RequestId,
) -> Result<Authorized, HttpResponse> {
    let origin = request_origin(request, state, request_id);
    let header = request
        .headers()
        .get(AUTHORIZATION)
        .map(|value| value.to_str().unwrap_or("\u{0}"));
    let token = match bearer_token(header) {
        BearerToken::Present(token) => token,
        BearerToken::Absent => {
            return Err(problem::response(
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthenticated,
                "send the same 'Authorization: Bearer <token>' header as for /graphql",
            ));
        }
        BearerToken::Malformed => {
            return Err(problem::response(
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthenticated,
                MALFORMED,
            ));
        }
    };
    let auth = state
        .store
        .authenticate(&token, origin)
        .await
        .map_err(|error| error_response(&error, request_id))?;
    let span = tracing::Span::current();
    span.record("tenant", auth.tenant_id());
    span.record("staff", auth.actor().staff_id);
    Ok(auth)
}

/// The export's row id, if `id` is an export's global id.
fn export_number(id: &str) -> Option<i64> {
    ids::decode_any(&async_graphql::ID(id.to_string()))
        .filter(|global| global.kind == NodeKind::Export)
        .map(|global| global.number)
}

/// Streams the file's plaintext chunk by chunk, decrypting each on a blocking thread. A chunk
/// that fails to authenticate ends the body with an error (the connection is cut), so a
/// client never takes a damaged file for a whole one.
fn stream_file(file: ExportFile) -> HttpResponse {
    let disposition = ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![DispositionParam::Filename(file.file_name.clone())],
    };
    let chunks = stream::unfold(Some(file.reader), |reader| async move {
        let mut reader = reader?;
        let read = tokio::task::spawn_blocking(move || {
            let chunk = reader.next_chunk();
            (reader, chunk)
        })
        .await;
        match read {
            Ok((reader, Ok(Some(chunk)))) => Some((Ok(web::Bytes::from(chunk)), Some(reader))),
            Ok((_, Ok(None))) => None,
            Ok((_, Err(error))) => {
                tracing::error!(error = %error, "export download: the file failed to decrypt");
                Some((Err(std::io::Error::other("export file damaged")), None))
            }
            Err(_) => Some((Err(std::io::Error::other("export read task failed")), None)),
        }
    });
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, file.content_type))
        .insert_header((CONTENT_DISPOSITION, disposition))
        .insert_header((CACHE_CONTROL, "no-store"))
        .no_chunking(file.size_bytes)
        .streaming(chunks)
}

fn not_found() -> HttpResponse {
    problem::response(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such export")
}

fn gone() -> HttpResponse {
    problem::response(
        StatusCode::GONE,
        ErrorCode::NotFound,
        "this export has expired and its file was deleted; create it again with exportCreate",
    )
}

fn error_response(error: &ApiError, request_id: &RequestId) -> HttpResponse {
    let code = error.code();
    if code == ErrorCode::NotFound || code == ErrorCode::Forbidden {
        // Forbidden and absent look the same: a download never says which.
        return not_found();
    }
    let status =
        StatusCode::from_u16(code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let message = match code {
        ErrorCode::Internal => {
            tracing::error!(error = %error, "export download failed");
            format!("internal error; quote request id {request_id} to support")
        }
        _ => error.to_string(),
    };
    problem::response(status, code, &message)
}
