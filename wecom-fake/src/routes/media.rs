//! `media/upload` and `media/upload_attachment`: one file as `multipart/form-data` (field
//! `media`), kept for 3 days under a fresh `media_id` that attachments may then name.
//!
//! Errcodes: 40004 an unknown `type`, 44001 no file (or no multipart body), 40006 a file of 5
//! bytes or fewer or a voice/file over its limit, 40009 an image over 10 MB, 40011 a video over
//! 10 MB; `upload_attachment`: 40058 an `attachment_type` other than 1 or 2.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use super::{Shared, admit, error, lock, ok};
use crate::engagement::{MEDIA_TTL, Media, random_id, unix_now};
use crate::fixture::AppKind;

#[derive(Deserialize)]
pub struct UploadQuery {
    access_token: Option<String>,
    #[serde(rename = "type", default)]
    media_type: Option<String>,
}

#[derive(Deserialize)]
pub struct AttachmentQuery {
    access_token: Option<String>,
    #[serde(default)]
    media_type: Option<String>,
    #[serde(default)]
    attachment_type: Option<String>,
}

/// `POST /cgi-bin/media/upload?type=image|voice|video|file`
pub async fn upload(
    state: Shared,
    request: HttpRequest,
    query: web::Query<UploadQuery>,
    body: web::Bytes,
) -> HttpResponse {
    let path = "/cgi-bin/media/upload";
    if let Err(refusal) = admit(
        &state,
        path,
        query.access_token.as_deref(),
        AppKind::Contacts,
    )
    .await
    {
        return refusal;
    }
    store(&state, path, &request, query.media_type.as_deref(), &body)
}

/// `POST /cgi-bin/media/upload_attachment?media_type=…&attachment_type=1|2`
pub async fn upload_attachment(
    state: Shared,
    request: HttpRequest,
    query: web::Query<AttachmentQuery>,
    body: web::Bytes,
) -> HttpResponse {
    let path = "/cgi-bin/media/upload_attachment";
    if let Err(refusal) = admit(
        &state,
        path,
        query.access_token.as_deref(),
        AppKind::Contacts,
    )
    .await
    {
        return refusal;
    }
    if !matches!(query.attachment_type.as_deref(), Some("1" | "2")) {
        return error(40058, "invalid parameter: attachment_type");
    }
    if query.media_type.as_deref() == Some("voice") {
        return error(40004, "invalid media type");
    }
    store(&state, path, &request, query.media_type.as_deref(), &body)
}

fn store(
    state: &Shared,
    path: &str,
    request: &HttpRequest,
    media_type: Option<&str>,
    body: &[u8],
) -> HttpResponse {
    let Some(media_type) =
        media_type.filter(|t| matches!(*t, "image" | "voice" | "video" | "file"))
    else {
        return error(40004, "invalid media type");
    };
    let content_type = request
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let Some(part) =
        boundary(content_type).and_then(|boundary| file_part(body, &boundary, "media"))
    else {
        return error(44001, "empty media data");
    };
    let size = part.bytes.len();
    if size == 0 {
        return error(44001, "empty media data");
    }
    if size <= 5 {
        return error(40006, "invalid file size");
    }
    let over = match media_type {
        "image" if size > 10 * 1024 * 1024 => Some(40009),
        "video" if size > 10 * 1024 * 1024 => Some(40011),
        "voice" if size > 2 * 1024 * 1024 => Some(40006),
        "file" if size > 20 * 1024 * 1024 => Some(40006),
        _ => None,
    };
    if let Some(errcode) = over {
        return error(errcode, "invalid file size");
    }
    let media_id = random_id("fakemedia");
    let created_at = unix_now();
    let mut state = lock(state);
    state.record(
        path,
        json!({ "type": media_type, "filename": part.filename, "size": size }),
    );
    state.engagement.media.insert(
        media_id.clone(),
        Media {
            media_type: media_type.to_owned(),
            filename: part.filename,
            content_type: part.content_type,
            bytes: part.bytes.to_vec(),
            created_at,
            expires_at: std::time::Instant::now() + MEDIA_TTL,
        },
    );
    // WeCom writes created_at as a string.
    ok(json!({ "type": media_type, "media_id": media_id, "created_at": created_at.to_string() }))
}

/// `GET /fake/media`: what was uploaded (not the bytes: their size and SHA-256).
pub async fn list(state: Shared) -> HttpResponse {
    use sha2::{Digest, Sha256};
    let state = lock(&state);
    let media: Vec<_> = state
        .engagement
        .media
        .iter()
        .map(|(media_id, media)| {
            json!({
                "media_id": media_id, "type": media.media_type, "filename": media.filename,
                "content_type": media.content_type, "size": media.bytes.len(),
                "sha256": hex::encode(Sha256::digest(&media.bytes)),
                "created_at": media.created_at, "live": media.is_live(),
            })
        })
        .collect();
    HttpResponse::Ok().json(json!(media))
}

/// `multipart/form-data; boundary=…` (quoted or not).
fn boundary(content_type: &str) -> Option<String> {
    let (mime, params) = content_type.split_once(';')?;
    if !mime.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| value.trim().trim_matches('"').to_owned())
            .filter(|boundary| !boundary.is_empty())
    })
}

struct Part<'a> {
    filename: String,
    content_type: String,
    bytes: &'a [u8],
}

/// The part named `field` of a multipart body.
fn file_part<'a>(body: &'a [u8], boundary: &str, field: &str) -> Option<Part<'a>> {
    let delimiter = format!("--{boundary}");
    let closing = format!("\r\n--{boundary}");
    let mut at = find(body, delimiter.as_bytes(), 0)? + delimiter.len();
    loop {
        let rest = body.get(at..)?;
        if rest.starts_with(b"--") {
            return None;
        }
        let headers_start = at + if rest.starts_with(b"\r\n") { 2 } else { 0 };
        let headers_end = find(body, b"\r\n\r\n", headers_start)?;
        let headers = std::str::from_utf8(body.get(headers_start..headers_end)?).ok()?;
        let content_start = headers_end + 4;
        let content_end = find(body, closing.as_bytes(), content_start)?;
        let mut name = None;
        let mut filename = String::new();
        let mut content_type = String::new();
        for line in headers.split("\r\n") {
            let Some((header, value)) = line.split_once(':') else {
                continue;
            };
            if header.trim().eq_ignore_ascii_case("content-disposition") {
                name = parameter(value, "name");
                filename = parameter(value, "filename").unwrap_or_default();
            } else if header.trim().eq_ignore_ascii_case("content-type") {
                content_type = value.trim().to_owned();
            }
        }
        if name.as_deref() == Some(field) {
            return Some(Part {
                filename,
                content_type,
                bytes: body.get(content_start..content_end)?,
            });
        }
        at = content_end + closing.len();
    }
}

/// `name="value"` of a `Content-Disposition` header.
fn parameter(header: &str, name: &str) -> Option<String> {
    header.split(';').find_map(|param| {
        let (key, value) = param.split_once('=')?;
        (key.trim() == name).then(|| value.trim().trim_matches('"').to_owned())
    })
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let first = *needle.first()?;
    let mut at = from;
    while let Some(offset) = haystack.get(at..)?.iter().position(|byte| *byte == first) {
        let start = at + offset;
        if haystack.get(start..start + needle.len())? == needle {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_media_part_is_found_among_others() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nnope\r\n\
            --XyZ\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.png\"; filelength=7\r\n\
            Content-Type: image/png\r\n\r\n\x89PNG\r\n-\r\n--XyZ--\r\n";
        let part = file_part(body, "XyZ", "media");
        assert!(
            part.as_ref()
                .is_some_and(|part| part.bytes == b"\x89PNG\r\n-")
        );
        assert!(part.as_ref().is_some_and(|part| part.filename == "a.png"));
        assert!(part.is_some_and(|part| part.content_type == "image/png"));
        assert!(file_part(body, "XyZ", "missing").is_none());
        assert!(file_part(b"garbage", "XyZ", "media").is_none());
        assert_eq!(
            boundary("multipart/form-data; boundary=\"XyZ\"").as_deref(),
            Some("XyZ")
        );
        assert_eq!(boundary("application/json"), None);
    }
}
