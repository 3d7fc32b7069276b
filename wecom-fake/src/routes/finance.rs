//! The conversation-archive SDK's HTTP stand-in (docs/WECOM.md, "Archive SDK stand-in").

use actix_web::{HttpResponse, web};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Shared, TokenQuery, admit, error, lock, ok};
use crate::fixture::{AppKind, ArchivedMessage};

/// `GetChatData` takes at most 1,000 per call.
const MAX_LIMIT: u64 = 1000;
/// `GetMediaData` hands out media in chunks of at most 512 KiB.
const MEDIA_CHUNK: usize = 512 * 1024;

#[derive(Deserialize)]
pub struct ChatDataRequest {
    #[serde(default)]
    seq: u64,
    #[serde(default)]
    limit: u64,
}

/// `POST /cgi-bin/finance/getchatdata` `{seq, limit, timeout}`: the messages after `seq`, each
/// with a fresh random key sealed under its public key version.
pub async fn get_chat_data(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<ChatDataRequest>,
) -> HttpResponse {
    let path = "/cgi-bin/finance/getchatdata";
    if let Err(refusal) = admit(
        &state,
        path,
        token.access_token.as_deref(),
        AppKind::Archive,
    )
    .await
    {
        return refusal;
    }
    if body.limit == 0 || body.limit > MAX_LIMIT {
        return error(10000, "invalid parameter: limit must be 1 to 1000");
    }
    // Copy the page out and seal outside the lock: RSA is the slow part.
    let (page, keys, current) = {
        let state = lock(&state);
        let archive = &state.fixture.archive;
        let start = usize::try_from(body.seq).unwrap_or(usize::MAX);
        let page: Vec<(u64, ArchivedMessage)> = archive
            .messages
            .iter()
            .enumerate()
            .skip(start)
            .take(usize::try_from(body.limit).unwrap_or(usize::MAX))
            .map(|(index, message)| (index as u64 + 1, message.clone()))
            .collect();
        (
            page,
            archive.public_keys.clone(),
            archive.current_key_version,
        )
    };
    let mut chatdata = Vec::with_capacity(page.len());
    for (seq, archived) in page {
        let version = archived.publickey_ver.unwrap_or(current);
        let Some(public_key) = keys.get(&version) else {
            return error(10011, "no public key of that version in the fixture");
        };
        let random_key: String = hex::encode(rand::random::<[u8; 16]>());
        let Ok(encrypt_random_key) = wecom::finance::standin::encrypt_random_key(
            public_key,
            random_key.as_bytes(),
            &mut rand::rng(),
        ) else {
            return error(10004, "the fixture's public key is unusable");
        };
        let Ok(message) = serde_json::to_vec(&archived.message) else {
            return error(10002, "message not serialisable");
        };
        let encrypt_chat_msg = wecom::finance::standin::encrypt_chat_msg(
            random_key.as_bytes(),
            &message,
            rand::random(),
        );
        let msgid = archived
            .message
            .get("msgid")
            .and_then(Value::as_str)
            .unwrap_or_default();
        chatdata.push(json!({
            "seq": seq, "msgid": msgid, "publickey_ver": version,
            "encrypt_random_key": encrypt_random_key, "encrypt_chat_msg": encrypt_chat_msg,
        }));
    }
    ok(json!({ "chatdata": chatdata }))
}

#[derive(Deserialize)]
pub struct MediaRequest {
    #[serde(default)]
    sdkfileid: String,
    #[serde(default)]
    indexbuf: String,
}

/// `POST /cgi-bin/finance/getmediadata` `{sdkfileid, indexbuf}`: the next chunk, with where to
/// go on from (`outindexbuf`) and whether this was the last.
pub async fn get_media_data(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<MediaRequest>,
) -> HttpResponse {
    let path = "/cgi-bin/finance/getmediadata";
    if let Err(refusal) = admit(
        &state,
        path,
        token.access_token.as_deref(),
        AppKind::Archive,
    )
    .await
    {
        return refusal;
    }
    let media = {
        let state = lock(&state);
        state.fixture.archive.media.get(&body.sdkfileid).cloned()
    };
    let Some(media) = media else {
        return error(10005, "sdkfileid not found");
    };
    let Ok(bytes) = STANDARD.decode(media) else {
        return error(10002, "the fixture's media is not base64");
    };
    let offset = if body.indexbuf.is_empty() {
        0
    } else {
        match body
            .indexbuf
            .strip_prefix("offset:")
            .and_then(|offset| offset.parse::<usize>().ok())
        {
            Some(offset) if offset <= bytes.len() => offset,
            _ => return error(10000, "invalid indexbuf"),
        }
    };
    let end = (offset + MEDIA_CHUNK).min(bytes.len());
    let chunk = bytes.get(offset..end).unwrap_or_default();
    ok(json!({
        "data": STANDARD.encode(chunk),
        "outindexbuf": format!("offset:{end}"),
        "is_finish": end == bytes.len(),
    }))
}
