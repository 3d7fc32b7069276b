//! File uploads on `POST /graphql`: `multipart/form-data` requests as the GraphQL multipart
//! request spec lays out (<https://github.com/jaydenseric/graphql-multipart-request-spec>): an
//! `operations` part (the JSON request, the file's variable `null`), a `map` part (which part
//! fills which variable) and the file's part.
//!
//! Limits: at most [`MAX_FILES`] file per request, each at most `--upload-max-bytes` (20 MiB
//! by default); the whole body at most that plus the JSON body limit. One operation per
//! request (no batches).
//!
//! **CSRF.** `multipart/form-data` is a CORS "simple" content type: any web page can make a
//! browser send one, cross-site, without asking the server first. A multipart request must
//! therefore carry `Authorization: Bearer <token>`, a header no cross-site form can set without
//! a CORS preflight, which scrm never grants; without it the request is refused before its body
//! is read (docs/SECURITY.md). JSON requests need no such rule: `application/json` is not a
//! simple type, so browsers preflight it.
//!
//! The files are taken out of the parsed request and handed to resolvers as
//! [`UploadedFiles`]; their bytes are never logged.

use actix_web::http::StatusCode;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{HttpRequest, HttpResponse, web};
use async_graphql::http::MultipartOptions;
use futures_util::StreamExt;

use super::bearer::{BearerToken, bearer_token};
use super::graphql::AppState;
use super::problem;
use crate::domain::engage::library::files::Upload;
use crate::error::ErrorCode;
use crate::graphql::UploadedFiles;

/// Files one request may carry.
pub const MAX_FILES: usize = 1;

/// `multipart/form-data`, with any parameters (the boundary).
pub fn is_multipart(content_type: &str) -> bool {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .eq_ignore_ascii_case("multipart/form-data")
}

fn refuse(status: StatusCode, code: ErrorCode, message: &str) -> HttpResponse {
    problem::response(status, code, message)
}

/// Reads and parses a multipart GraphQL request, its files attached as [`UploadedFiles`].
pub async fn read_request(
    request: &HttpRequest,
    mut payload: web::Payload,
    state: &AppState,
    content_type: &str,
) -> Result<async_graphql::Request, HttpResponse> {
    let header = request
        .headers()
        .get(AUTHORIZATION)
        .map(|value| value.to_str().unwrap_or("\u{0}"));
    if !matches!(bearer_token(header), BearerToken::Present(_)) {
        return Err(refuse(
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthenticated,
            "multipart/form-data requests (file uploads) must carry 'Authorization: Bearer <token>'; see docs/SECURITY.md",
        ));
    }

    let file_limit = state.upload_max_bytes;
    let body_limit = file_limit.saturating_add(state.body_limit_bytes);
    let too_large = || {
        refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::BadUserInput,
            &format!(
                "the upload is larger than the limit: one file of at most {file_limit} bytes per request (the server's --upload-max-bytes)"
            ),
        )
    };
    let declared_length = request
        .headers()
        .get("content-length")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<usize>().ok());
    if declared_length.is_some_and(|length| length > body_limit) {
        return Err(too_large());
    }
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return Err(refuse(
                StatusCode::BAD_REQUEST,
                ErrorCode::BadUserInput,
                "request body could not be read",
            ));
        };
        if body.len() + chunk.len() > body_limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }

    // The body is bounded already; each file is checked against its own limit below.
    let options = MultipartOptions::default().max_file_size(body_limit);
    let parsed =
        async_graphql::http::receive_batch_body(Some(content_type), &body[..], options).await;
    drop(body);
    let not_multipart = |detail: String| {
        refuse(
            StatusCode::BAD_REQUEST,
            ErrorCode::BadUserInput,
            &format!(
                "request body is not a GraphQL multipart request ({detail}); send the parts `operations`, `map` and the file, as https://github.com/jaydenseric/graphql-multipart-request-spec lays out"
            ),
        )
    };
    let mut graphql_request = parsed
        .map_err(|error| not_multipart(error.to_string()))?
        .into_single()
        .map_err(|_| {
            refuse(
                StatusCode::BAD_REQUEST,
                ErrorCode::BadUserInput,
                "batched operations are not accepted; send one operation per request",
            )
        })?;
    let uploads = std::mem::take(&mut graphql_request.uploads);
    if uploads.len() > MAX_FILES {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            ErrorCode::BadUserInput,
            &format!("at most {MAX_FILES} file per request; send the others one by one"),
        ));
    }
    let mut files = Vec::with_capacity(uploads.len());
    for upload in uploads {
        if upload.content.len() > file_limit {
            return Err(refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::BadUserInput,
                &format!(
                    "the file is {} bytes, over the limit of {file_limit} bytes per file (the server's --upload-max-bytes)",
                    upload.content.len()
                ),
            ));
        }
        files.push(Upload {
            file_name: upload.filename,
            declared_type: upload.content_type,
            bytes: upload.content,
        });
    }
    tracing::debug!(
        files = files.len(),
        bytes = files.iter().map(|file| file.bytes.len()).sum::<usize>(),
        "multipart GraphQL request"
    );
    Ok(graphql_request.data(UploadedFiles(files)))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn only_form_data_is_multipart() {
        assert!(is_multipart("multipart/form-data; boundary=abc"));
        assert!(is_multipart("Multipart/Form-Data;boundary=\"x\""));
        assert!(!is_multipart("multipart/mixed; boundary=abc"));
        assert!(!is_multipart("application/json"));
        assert!(!is_multipart(""));
    }
}
