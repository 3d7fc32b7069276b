//! `GET /archive/media/{id}`: an archived media file (image, voice, video, file), for archive
//! roles only, with the `Authorization: Bearer` header GraphQL takes. `ArchiveMessage.media.url`
//! names it. Each download is audited (`ARCHIVE_MEDIA_READ`); another tenant's id, a role that
//! may not read the archive and no such file are the same `404`.

use actix_web::http::StatusCode;
use actix_web::http::header::{
    CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, ContentDisposition, DispositionType,
};
use actix_web::{HttpRequest, HttpResponse, web};
use tracing_actix_web::RequestId;

use super::exports::authenticate;
use super::graphql::AppState;
use super::problem;
use crate::domain::compliance::archive as archive_service;
use crate::error::ErrorCode;

pub async fn file(
    request: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
    request_id: RequestId,
) -> HttpResponse {
    let auth = match authenticate(&request, &state, &request_id).await {
        Ok(auth) => auth,
        Err(response) => return response,
    };
    let Ok(id) = path.parse::<i64>() else {
        return not_found();
    };
    match archive_service::media_download(&auth, id).await {
        Ok(file) => HttpResponse::Ok()
            .insert_header((CONTENT_TYPE, file.content_type))
            .insert_header((
                CONTENT_DISPOSITION,
                ContentDisposition {
                    disposition: DispositionType::Attachment,
                    parameters: Vec::new(),
                },
            ))
            .insert_header((CACHE_CONTROL, "no-store"))
            .body(file.bytes.to_vec()),
        Err(error) => {
            let code = error.code();
            if code == ErrorCode::NotFound || code == ErrorCode::Forbidden {
                return not_found();
            }
            tracing::error!(error = %error, "archive media download failed");
            let status = StatusCode::from_u16(code.http_status())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            problem::response(
                status,
                code,
                &format!("internal error; quote request id {request_id} to support"),
            )
        }
    }
}

fn not_found() -> HttpResponse {
    problem::response(
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
        "no such media file",
    )
}
