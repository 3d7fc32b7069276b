//! Temporary media (临时素材): `media/upload` (an image, video or file for welcome and mass
//! messages; its `media_id` lives 3 days) and `media/upload_attachment` (for moments and
//! product albums).

use serde::{Deserialize, Deserializer};

use crate::client::FilePart;
use crate::{Credentials, WecomClient, WecomError};

/// WeCom's limits per `type` (every file must also be larger than 5 bytes).
pub const MAX_IMAGE_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_VOICE_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_VIDEO_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// The `type` of an upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    /// JPG or PNG, ≤ 10 MB.
    Image,
    /// AMR, ≤ 2 MB, ≤ 60 s.
    Voice,
    /// MP4, ≤ 10 MB.
    Video,
    /// Anything, ≤ 20 MB.
    File,
}

impl MediaType {
    pub fn as_str(self) -> &'static str {
        match self {
            MediaType::Image => "image",
            MediaType::Voice => "voice",
            MediaType::Video => "video",
            MediaType::File => "file",
        }
    }

    pub fn max_bytes(self) -> usize {
        match self {
            MediaType::Image => MAX_IMAGE_BYTES,
            MediaType::Voice => MAX_VOICE_BYTES,
            MediaType::Video => MAX_VIDEO_BYTES,
            MediaType::File => MAX_FILE_BYTES,
        }
    }
}

/// `media/upload_attachment`'s `attachment_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttachmentType {
    /// 1: for moments (朋友圈).
    Moment,
    /// 2: for product albums (商品图册).
    ProductAlbum,
}

/// What an upload answers.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct UploadedMedia {
    #[serde(rename = "type")]
    pub media_type: String,
    pub media_id: String,
    /// Unix seconds. WeCom writes it as a string; a number is read too.
    #[serde(deserialize_with = "unix_seconds")]
    pub created_at: i64,
}

fn unix_seconds<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum StringOrNumber {
        Number(i64),
        String(String),
    }
    match StringOrNumber::deserialize(deserializer)? {
        StringOrNumber::Number(seconds) => Ok(seconds),
        StringOrNumber::String(text) => text
            .trim()
            .parse()
            .map_err(|_| serde::de::Error::custom("created_at is not unix seconds")),
    }
}

impl WecomClient {
    /// Uploads `bytes` as a temporary media of `media_type` (multipart field `media`).
    /// `filename` is what a file attachment shows; `content_type` e.g. `image/png`.
    pub async fn upload_media(
        &self,
        credentials: &Credentials,
        media_type: MediaType,
        filename: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> Result<UploadedMedia, WecomError> {
        let file = FilePart {
            field: "media",
            filename,
            content_type,
            bytes,
        };
        self.post_file(
            credentials,
            "/cgi-bin/media/upload",
            &[("type", media_type.as_str().to_owned())],
            &file,
        )
        .await
    }

    /// Uploads an attachment for moments or product albums (`media/upload_attachment`).
    pub async fn upload_attachment(
        &self,
        credentials: &Credentials,
        media_type: MediaType,
        attachment_type: AttachmentType,
        filename: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> Result<UploadedMedia, WecomError> {
        let file = FilePart {
            field: "media",
            filename,
            content_type,
            bytes,
        };
        let attachment_type = match attachment_type {
            AttachmentType::Moment => "1",
            AttachmentType::ProductAlbum => "2",
        };
        self.post_file(
            credentials,
            "/cgi-bin/media/upload_attachment",
            &[
                ("media_type", media_type.as_str().to_owned()),
                ("attachment_type", attachment_type.to_owned()),
            ],
            &file,
        )
        .await
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn created_at_is_read_as_wecom_writes_it_and_as_a_number() {
        for body in [
            r#"{"type":"image","media_id":"m","created_at":"1380000000"}"#,
            r#"{"type":"image","media_id":"m","created_at":1380000000}"#,
        ] {
            let media: UploadedMedia = serde_json::from_str(body).unwrap();
            assert_eq!(media.created_at, 1_380_000_000);
        }
        let bad = r#"{"type":"image","media_id":"m","created_at":"yesterday"}"#;
        assert!(serde_json::from_str::<UploadedMedia>(bad).is_err());
    }
}
