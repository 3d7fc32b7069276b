//! What welcome messages, mass messages and group welcome templates may carry, checked as WeCom
//! checks it: texts ≤ 4,000 bytes, ≤ 9 attachments of known kinds, media ids that exist.

use serde_json::Value;

use super::Refusal;
use crate::state::FakeState;

pub const MAX_TEXT_BYTES: usize = 4000;
pub const MAX_ATTACHMENTS: usize = 9;
/// The attachment kinds, as `msgtype` and as the key of their body.
pub const KINDS: [&str; 5] = ["image", "link", "miniprogram", "video", "file"];

/// `text: {content}`: 45002 when longer than 4,000 bytes, 40058 when not an object with a string.
pub fn check_text(text: Option<&Value>) -> Result<(), Refusal> {
    let Some(text) = text else {
        return Ok(());
    };
    let Some(content) = text.get("content").and_then(Value::as_str) else {
        return Err(Refusal::new(40058, "invalid parameter: text.content"));
    };
    if content.len() > MAX_TEXT_BYTES {
        return Err(Refusal::new(45002, "content size out of limit"));
    }
    Ok(())
}

/// A text with content, for "text and attachments cannot both be empty".
pub fn has_text(text: Option<&Value>) -> bool {
    text.and_then(|text| text.get("content"))
        .and_then(Value::as_str)
        .is_some_and(|content| !content.is_empty())
}

/// `attachments: [{msgtype, <msgtype>: {…}}]`: 41064 more than 9, 41065 an unknown kind,
/// 40058 a body without its required fields, 40007 a media id that is unknown, expired or of
/// another type.
pub fn check_attachments(state: &FakeState, attachments: &[Value]) -> Result<(), Refusal> {
    if attachments.len() > MAX_ATTACHMENTS {
        return Err(Refusal::new(41064, "attachments count out of limit"));
    }
    for attachment in attachments {
        let kind = attachment
            .get("msgtype")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if !KINDS.contains(&kind) {
            return Err(Refusal::new(41065, "invalid attachment type"));
        }
        let Some(body) = attachment.get(kind) else {
            return Err(Refusal::new(
                40058,
                format!("invalid parameter: {kind} missing"),
            ));
        };
        check_body(state, kind, body)?;
    }
    Ok(())
}

/// One attachment body of `kind` (also a group welcome template's `image`, `link`, …).
pub fn check_body(state: &FakeState, kind: &str, body: &Value) -> Result<(), Refusal> {
    let field = |name: &str| {
        body.get(name)
            .and_then(Value::as_str)
            .filter(|value| !value.is_empty())
    };
    let require = |name: &str| {
        field(name).ok_or_else(|| Refusal::new(40058, format!("invalid parameter: {kind}.{name}")))
    };
    match kind {
        "image" => match (field("media_id"), field("pic_url")) {
            (Some(media_id), _) => check_media(state, media_id, "image"),
            (None, Some(_)) => Ok(()),
            (None, None) => Err(Refusal::new(41006, "media_id missing")),
        },
        "link" => {
            require("title")?;
            require("url")?;
            Ok(())
        }
        "miniprogram" => {
            require("title")?;
            require("appid")?;
            require("page")?;
            let pic =
                field("pic_media_id").ok_or_else(|| Refusal::new(41006, "media_id missing"))?;
            check_media(state, pic, "image")
        }
        "video" | "file" => {
            let media_id =
                field("media_id").ok_or_else(|| Refusal::new(41006, "media_id missing"))?;
            check_media(state, media_id, kind)
        }
        _ => Err(Refusal::new(41065, "invalid attachment type")),
    }
}

fn check_media(state: &FakeState, media_id: &str, kind: &str) -> Result<(), Refusal> {
    match state.engagement.media.get(media_id) {
        Some(media) if media.is_live() && media.media_type == kind => Ok(()),
        _ => Err(Refusal::new(40007, "invalid media_id")),
    }
}
