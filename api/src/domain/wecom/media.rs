//! Archived media: images, voice, video, files and emotions that messages refer to by
//! `sdkfileid`, fetched with `GetMediaData` and kept sealed under the tenant's data key in
//! `DATA_DIR/media/<tenant>/<media id>` (never in clear on disk: the chunks are gathered in
//! memory, sealed, then written). The row is addressed by a digest of the `sdkfileid`, so it
//! names no message.

use std::io::Write;
use std::path::PathBuf;

use archive::pull::{ChatSdk, MediaRef};
use archive::store::NoteBinding;
use entity::archive_media;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::domain::{Store, now};
use crate::error::{ApiError, ApiResult};

/// Larger media are left at WeCom (and the pull says so in its log): sealing is done in
/// memory, in one piece.
pub(crate) const MAX_MEDIA_BYTES: usize = 64 * 1024 * 1024;

/// The digest that addresses a media file of a tenant.
pub(crate) fn file_key(tenant_id: i64, sdkfileid: &str) -> Vec<u8> {
    let mut digest = Sha256::new();
    digest.update(b"scrm-archive-media\0");
    digest.update(tenant_id.to_be_bytes());
    digest.update(sdkfileid.as_bytes());
    digest.finalize().to_vec()
}

/// What kind of file a message of `msgtype` carries.
pub(crate) fn content_type(reference: &MediaRef) -> &'static str {
    match reference.msgtype.as_str() {
        "image" => "image/jpeg",
        "voice" | "meeting_voice_call" => "audio/amr",
        "video" => "video/mp4",
        "emotion" => "image/gif",
        "file" => match reference
            .file_ext
            .as_deref()
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("pdf") => "application/pdf",
            Some("jpg" | "jpeg") => "image/jpeg",
            Some("png") => "image/png",
            Some("txt") => "text/plain",
            Some("doc") => "application/msword",
            Some("docx") => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Some("xls") => "application/vnd.ms-excel",
            Some("xlsx") => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Some("zip") => "application/zip",
            _ => "application/octet-stream",
        },
        _ => "application/octet-stream",
    }
}

pub(crate) fn media_path(store: &Store, tenant_id: i64, media_id: i64) -> PathBuf {
    store
        .media_dir
        .join(tenant_id.to_string())
        .join(media_id.to_string())
}

/// Fetches and keeps one media file unless it is kept already. `Ok(true)` when it was
/// fetched now. A file WeCom will not give (an SDK error) or one too large is logged and
/// skipped: the message itself is archived either way.
pub(crate) async fn fetch<Sdk: ChatSdk>(
    store: &Store,
    tenant_id: i64,
    sdk: &Sdk,
    reference: &MediaRef,
) -> ApiResult<bool> {
    let key = file_key(tenant_id, &reference.sdkfileid);
    let kept = archive_media::Entity::find()
        .filter(archive_media::Column::TenantId.eq(tenant_id))
        .filter(archive_media::Column::FileKey.eq(key.clone()))
        .one(&store.db)
        .await?;
    if kept.is_some() {
        return Ok(false);
    }
    let Some(bytes) = download(sdk, reference).await else {
        return Ok(false);
    };
    let transaction = entity::begin_write(&store.db).await?;
    let row = archive_media::ActiveModel {
        tenant_id: Set(tenant_id),
        file_key: Set(key),
        content_type: Set(content_type(reference).to_string()),
        size: Set(i64::try_from(bytes.len()).unwrap_or(i64::MAX)),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    let sealed = store
        .archive
        .seal_bytes(
            tenant_id,
            NoteBinding::ArchiveMedia { media_id: row.id },
            &bytes,
        )
        .await?;
    let path = media_path(store, tenant_id, row.id);
    write_sealed(&path, &sealed)?;
    transaction.commit().await?;
    Ok(true)
}

/// Gathers the file's chunks, or `None` (logged) when WeCom refuses or it is too large.
async fn download<Sdk: ChatSdk>(sdk: &Sdk, reference: &MediaRef) -> Option<Zeroizing<Vec<u8>>> {
    let mut bytes = Zeroizing::new(Vec::new());
    let mut index = String::new();
    loop {
        let chunk = match sdk.get_media_data(&reference.sdkfileid, &index).await {
            Ok(chunk) => chunk,
            Err(error) => {
                tracing::warn!(msgtype = %reference.msgtype, %error, "archive media not fetched");
                return None;
            }
        };
        if bytes.len() + chunk.data.len() > MAX_MEDIA_BYTES {
            tracing::warn!(
                msgtype = %reference.msgtype,
                limit = MAX_MEDIA_BYTES,
                "archive media larger than the limit left at WeCom"
            );
            return None;
        }
        bytes.extend_from_slice(&chunk.data);
        if chunk.is_finish {
            return Some(bytes);
        }
        if chunk.next_index == index {
            tracing::warn!(msgtype = %reference.msgtype, "archive media chunks do not advance");
            return None;
        }
        index = chunk.next_index;
    }
}

/// Writes the sealed bytes beside their final name, then renames: a reader never sees half.
fn write_sealed(path: &std::path::Path, sealed: &[u8]) -> ApiResult<()> {
    let failed = |error: std::io::Error| {
        ApiError::Internal(format!(
            "cannot write media file {}: {error}",
            path.display()
        ))
    };
    if let Some(parent) = path.parent() {
        crate::data_dir::prepare_if(parent, crate::data_dir::IfMissing::Create)?;
    }
    let temporary = path.with_extension("partial");
    let mut file = std::fs::File::create(&temporary).map_err(failed)?;
    file.write_all(sealed).map_err(failed)?;
    file.sync_all().map_err(failed)?;
    std::fs::rename(&temporary, path).map_err(failed)
}

/// Reads and opens a kept media file for someone the policy let through.
pub(crate) async fn read(
    store: &Store,
    row: &archive_media::Model,
) -> ApiResult<Zeroizing<Vec<u8>>> {
    let path = media_path(store, row.tenant_id, row.id);
    let sealed = std::fs::read(&path).map_err(|error| {
        ApiError::Internal(format!(
            "cannot read media file {}: {error}",
            path.display()
        ))
    })?;
    Ok(store
        .archive
        .open_bytes(
            row.tenant_id,
            NoteBinding::ArchiveMedia { media_id: row.id },
            &sealed,
        )
        .await?)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn keys_differ_by_tenant_and_file_and_types_follow_the_message() {
        assert_ne!(file_key(1, "a"), file_key(2, "a"));
        assert_ne!(file_key(1, "a"), file_key(1, "b"));
        let file = |ext: &str| MediaRef {
            sdkfileid: "x".into(),
            msgtype: "file".into(),
            file_ext: Some(ext.into()),
        };
        assert_eq!(content_type(&file("PDF")), "application/pdf");
        assert_eq!(content_type(&file("exe")), "application/octet-stream");
    }
}
