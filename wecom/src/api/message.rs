//! What welcome messages, mass messages and group welcome templates carry: a text and
//! attachments, in WeCom's shapes (`{"msgtype": "image", "image": {…}}`).

use serde::de::Error as _;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Messages and welcome messages take at most 9 attachments.
pub const MAX_ATTACHMENTS: usize = 9;

/// `text`: at most 4,000 bytes.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Text {
    pub content: String,
}

/// `image`: an uploaded image (`media_id`) or one WeCom fetches (`pic_url`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Image {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pic_url: Option<String>,
}

/// `link`: WeCom spells the cover `picurl` here (and `pic_url` in `image`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Link {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picurl: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    pub url: String,
}

/// `miniprogram`: a mini program of the corp, its cover an uploaded image.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct MiniProgram {
    pub title: String,
    pub pic_media_id: String,
    pub appid: String,
    pub page: String,
}

/// `video` and `file`: an uploaded media id.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct MediaRef {
    pub media_id: String,
}

/// One of `attachments`, written `{"msgtype": "<kind>", "<kind>": {…}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attachment {
    Image(Image),
    Link(Link),
    MiniProgram(MiniProgram),
    Video(MediaRef),
    File(MediaRef),
}

impl Attachment {
    /// WeCom's `msgtype`.
    pub fn msgtype(&self) -> &'static str {
        match self {
            Attachment::Image(_) => "image",
            Attachment::Link(_) => "link",
            Attachment::MiniProgram(_) => "miniprogram",
            Attachment::Video(_) => "video",
            Attachment::File(_) => "file",
        }
    }
}

impl Serialize for Attachment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("msgtype", self.msgtype())?;
        match self {
            Attachment::Image(image) => map.serialize_entry("image", image)?,
            Attachment::Link(link) => map.serialize_entry("link", link)?,
            Attachment::MiniProgram(mini) => map.serialize_entry("miniprogram", mini)?,
            Attachment::Video(video) => map.serialize_entry("video", video)?,
            Attachment::File(file) => map.serialize_entry("file", file)?,
        }
        map.end()
    }
}

#[derive(Deserialize)]
struct RawAttachment {
    msgtype: String,
    image: Option<Image>,
    link: Option<Link>,
    miniprogram: Option<MiniProgram>,
    video: Option<MediaRef>,
    file: Option<MediaRef>,
}

impl<'de> Deserialize<'de> for Attachment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawAttachment::deserialize(deserializer)?;
        let missing = || D::Error::custom(format!("attachment {:?} lacks its body", raw.msgtype));
        match raw.msgtype.as_str() {
            "image" => raw.image.clone().map(Attachment::Image).ok_or_else(missing),
            "link" => raw.link.clone().map(Attachment::Link).ok_or_else(missing),
            "miniprogram" => raw
                .miniprogram
                .clone()
                .map(Attachment::MiniProgram)
                .ok_or_else(missing),
            "video" => raw.video.clone().map(Attachment::Video).ok_or_else(missing),
            "file" => raw.file.clone().map(Attachment::File).ok_or_else(missing),
            other => Err(D::Error::custom(format!(
                "unknown attachment msgtype {other:?}"
            ))),
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn attachments_are_written_as_wecom_documents_them() {
        let attachments = vec![
            Attachment::Image(Image {
                media_id: Some("MEDIA".into()),
                pic_url: None,
            }),
            Attachment::Link(Link {
                title: "t".into(),
                picurl: Some("https://p".into()),
                desc: None,
                url: "https://l".into(),
            }),
            Attachment::MiniProgram(MiniProgram {
                title: "m".into(),
                pic_media_id: "PIC".into(),
                appid: "wx1".into(),
                page: "/index".into(),
            }),
            Attachment::Video(MediaRef {
                media_id: "V".into(),
            }),
            Attachment::File(MediaRef {
                media_id: "F".into(),
            }),
        ];
        let written = serde_json::to_value(&attachments).unwrap();
        assert_eq!(
            written,
            json!([
                {"msgtype": "image", "image": {"media_id": "MEDIA"}},
                {"msgtype": "link", "link": {"title": "t", "picurl": "https://p", "url": "https://l"}},
                {"msgtype": "miniprogram", "miniprogram": {"title": "m", "pic_media_id": "PIC", "appid": "wx1", "page": "/index"}},
                {"msgtype": "video", "video": {"media_id": "V"}},
                {"msgtype": "file", "file": {"media_id": "F"}},
            ])
        );
        let read: Vec<Attachment> = serde_json::from_value(written).unwrap();
        assert_eq!(read, attachments);
    }

    #[test]
    fn an_attachment_without_its_body_or_of_an_unknown_kind_is_refused() {
        for bad in [
            json!({"msgtype": "image"}),
            json!({"msgtype": "image", "link": {"title": "t", "url": "u"}}),
            json!({"msgtype": "voice", "voice": {"media_id": "x"}}),
        ] {
            assert!(
                serde_json::from_value::<Attachment>(bad.clone()).is_err(),
                "{bad}"
            );
        }
    }
}
