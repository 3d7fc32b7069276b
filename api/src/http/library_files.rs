//! `GET /library/files/{materialId}`: a material's image or file, with the `Authorization:
//! Bearer` header GraphQL takes and the same access as reading the material
//! (`Material.file.url` names it). Another tenant's material, another member's personal one, a
//! role without the library, a material without a file and no such material are the same
//! `404`. The file is sent as an attachment of the type its bytes were recognised as, named
//! with its uploaded name (RFC 6266 / RFC 5987: an ASCII `filename` and the UTF-8
//! `filename*`, so Chinese names survive).

use actix_web::http::StatusCode;
use actix_web::http::header::{
    CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, Charset, ContentDisposition,
    DispositionParam, DispositionType, ExtendedValue, X_CONTENT_TYPE_OPTIONS,
};
use actix_web::{HttpRequest, HttpResponse, web};
use tracing_actix_web::RequestId;

use super::exports::authenticate;
use super::graphql::AppState;
use super::problem;
use crate::domain::engage::library::materials;
use crate::error::ErrorCode;
use crate::graphql::ids::{self, NodeKind};

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
    let Some(id) = ids::decode_any(&path)
        .filter(|global| global.kind == NodeKind::Material && global.tenant_id.is_none())
        .map(|global| global.number)
    else {
        return not_found();
    };
    match materials::file(&auth, id).await {
        Ok(file) => HttpResponse::Ok()
            .insert_header((CONTENT_TYPE, file.content_type))
            .insert_header((CONTENT_DISPOSITION, disposition(&file.file_name)))
            .insert_header((X_CONTENT_TYPE_OPTIONS, "nosniff"))
            .insert_header((CACHE_CONTROL, "private, no-store"))
            .body(file.bytes),
        Err(error) => {
            let code = error.code();
            if code == ErrorCode::NotFound || code == ErrorCode::Forbidden {
                return not_found();
            }
            tracing::error!(error = %error, "library file download failed");
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

/// `attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<percent-encoded name>`.
fn disposition(file_name: &str) -> ContentDisposition {
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![
            DispositionParam::Filename(ascii),
            DispositionParam::FilenameExt(ExtendedValue {
                charset: Charset::Ext("UTF-8".to_string()),
                language_tag: None,
                value: file_name.as_bytes().to_vec(),
            }),
        ],
    }
}

fn not_found() -> HttpResponse {
    problem::response(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such file")
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn chinese_names_travel_as_rfc_5987_with_an_ascii_stand_in() {
        let header = disposition("开户 指南\".pdf").to_string();
        assert_eq!(
            header,
            "attachment; filename=\"__ ___.pdf\"; filename*=UTF-8''%E5%BC%80%E6%88%B7%20%E6%8C%87%E5%8D%97%22.pdf"
        );
    }
}
