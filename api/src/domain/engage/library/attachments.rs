//! Materials as WeCom attachments: what a welcome message or a mass message carries besides its
//! text. Links go as they are; images and files are uploaded to WeCom's temporary media first
//! (`media/upload`), and so is a mini-program's cover. Uploaded ids are reused while WeCom keeps
//! them (three days; we reuse them for two), so a channel code welcoming a hundred customers a
//! day uploads its image once, not a hundred times.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ::wecom::Credentials;
use ::wecom::api::media::MediaType;
use ::wecom::api::message::{Attachment, Image, Link, MediaRef, MiniProgram};
use entity::material::{self, MaterialKind};

use super::{files, materials};
use crate::domain::validate::Problems;
use crate::domain::{Authorized, Store};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// How long an uploaded media id is reused: WeCom keeps temporary media three days.
const REUSE_FOR: Duration = Duration::from_secs(2 * 24 * 3600);
/// WeCom's limit on an image attachment.
const MAX_IMAGE_BYTES: i64 = 10 * 1024 * 1024;
/// WeCom's limit on a file attachment.
const MAX_FILE_BYTES: i64 = 20 * 1000 * 1000;

/// An upload's identity: tenant, the file's SHA-256 (hex) and WeCom's media type.
type UploadKey = (i64, String, &'static str);

/// Media ids WeCom gave our uploads, with when they were uploaded.
#[derive(Default)]
pub struct UploadedMedia {
    ids: Mutex<HashMap<UploadKey, (String, Instant)>>,
}

impl UploadedMedia {
    fn get(&self, key: &UploadKey) -> Option<String> {
        let ids = self
            .ids
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (id, uploaded) = ids.get(key)?;
        (uploaded.elapsed() < REUSE_FOR).then(|| id.clone())
    }

    fn put(&self, key: UploadKey, id: String) {
        let mut ids = self
            .ids
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        ids.retain(|_, (_, uploaded)| uploaded.elapsed() < REUSE_FOR);
        ids.insert(key, (id, Instant::now()));
    }
}

/// Why a material cannot go as an attachment, in words for a `userError`; `None`: it can.
pub fn refusal(material: &material::Model) -> Option<String> {
    let size = material.file_size.unwrap_or(0);
    let content_type = material.file_content_type.as_deref().unwrap_or("");
    match material.kind {
        MaterialKind::Text => Some(
            "a text material is not an attachment: put its text in the message's text".into(),
        ),
        MaterialKind::Image if !matches!(content_type, "image/png" | "image/jpeg") => Some(
            "WeCom sends only JPG and PNG images: upload the picture as one of those".into(),
        ),
        MaterialKind::Image | MaterialKind::Miniprogram if size > MAX_IMAGE_BYTES => Some(
            "WeCom sends images of at most 10 MB: upload a smaller picture".into(),
        ),
        MaterialKind::File if size > MAX_FILE_BYTES => {
            Some("WeCom sends files of at most 20 MB: upload a smaller file".into())
        }
        MaterialKind::Miniprogram
            if !matches!(content_type, "image/png" | "image/jpeg") =>
        {
            Some("WeCom shows a mini-program with a cover picture: add a JPG or PNG file to the material".into())
        }
        _ => None,
    }
}

/// Checks materials an input names as attachments: each one the caller reads and WeCom takes.
/// `field` is where the list is in the input; a list's problems name the item (`…/2`),
/// a single material (`single`) names the field itself.
pub async fn check(
    auth: &Authorized,
    field: &[&str],
    ids: &[i64],
    single: bool,
    problems: &mut Problems,
) -> ApiResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let found = materials::by_ids(auth, ids).await?;
    for (index, id) in ids.iter().enumerate() {
        let index = index.to_string();
        let mut at = field.to_vec();
        if !single {
            at.push(&index);
        }
        let Some(material) = found.iter().find(|material| material.id == *id) else {
            problems.push(FieldError::new(
                &at,
                ErrorCode::NotFound,
                "material not found",
            ));
            continue;
        };
        if let Some(reason) = refusal(material) {
            problems.push(FieldError::new(&at, ErrorCode::BadUserInput, reason));
        }
    }
    Ok(())
}

/// `material` as WeCom's attachment, uploading its file (or cover) unless uploaded lately.
pub async fn to_wecom(
    store: &Store,
    credentials: &Credentials,
    material: &material::Model,
) -> ApiResult<Attachment> {
    if let Some(reason) = refusal(material) {
        return Err(ApiError::Conflict(format!(
            "material {} cannot be attached: {reason}",
            material.id
        )));
    }
    Ok(match material.kind {
        MaterialKind::Link => Attachment::Link(Link {
            title: material.title.clone(),
            picurl: None,
            desc: material.description.clone(),
            url: material.url.clone().unwrap_or_default(),
        }),
        MaterialKind::Image => Attachment::Image(Image {
            media_id: Some(upload(store, credentials, material, MediaType::Image).await?),
            pic_url: None,
        }),
        MaterialKind::File => Attachment::File(MediaRef {
            media_id: upload(store, credentials, material, MediaType::File).await?,
        }),
        MaterialKind::Miniprogram => Attachment::MiniProgram(MiniProgram {
            title: material.title.clone(),
            pic_media_id: upload(store, credentials, material, MediaType::Image).await?,
            appid: material.appid.clone().unwrap_or_default(),
            page: material.page.clone().unwrap_or_default(),
        }),
        MaterialKind::Text => {
            return Err(ApiError::Internal(
                "a text material is no attachment".into(),
            ));
        }
    })
}

/// Uploads the material's file as `media_type`, or reuses the id of an upload of the same bytes.
async fn upload(
    store: &Store,
    credentials: &Credentials,
    material: &material::Model,
    media_type: MediaType,
) -> ApiResult<String> {
    let (Some(key), Some(sha256)) = (&material.file_key, &material.file_sha256) else {
        return Err(ApiError::NotFound("material file"));
    };
    let cache_key = (material.tenant_id, sha256.clone(), media_type.as_str());
    if let Some(id) = store.uploaded_media().get(&cache_key) {
        return Ok(id);
    }
    let bytes = files::read(store, key, sha256).await?;
    let uploaded = store
        .wecom
        .upload_media(
            credentials,
            media_type,
            material.file_name.as_deref().unwrap_or("file"),
            material
                .file_content_type
                .as_deref()
                .unwrap_or("application/octet-stream"),
            &bytes,
        )
        .await?;
    store
        .uploaded_media()
        .put(cache_key, uploaded.media_id.clone());
    Ok(uploaded.media_id)
}
