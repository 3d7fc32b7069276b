use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{
    Shared, TokenQuery, admit, decode_cursor, encode_cursor, error, invalid_parameter, lock, ok,
};
use crate::fixture::AppKind;

#[derive(Deserialize)]
pub struct ListRequest {
    #[serde(default)]
    cursor: String,
    #[serde(default)]
    limit: usize,
}

/// `POST /cgi-bin/externalcontact/groupchat/list`: `limit` 1 to 1,000.
pub async fn list(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<ListRequest>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/groupchat/list";
    if let Err(refusal) = admit(
        &state,
        path,
        token.access_token.as_deref(),
        AppKind::Contacts,
    )
    .await
    {
        return refusal;
    }
    if body.limit == 0 || body.limit > 1000 {
        return invalid_parameter("limit must be 1 to 1000");
    }
    let Some(offset) = decode_cursor(&body.cursor) else {
        return invalid_parameter("cursor");
    };
    let state = lock(&state);
    let chats = &state.fixture.group_chats;
    let page: Vec<Value> = chats
        .iter()
        .skip(offset)
        .take(body.limit)
        .map(|chat| {
            json!({
                "chat_id": chat.get("chat_id"),
                "status": chat.get("status").cloned().unwrap_or(json!(0)),
            })
        })
        .collect();
    let next = offset + page.len();
    let next_cursor = if next < chats.len() {
        encode_cursor(next)
    } else {
        String::new()
    };
    ok(json!({ "group_chat_list": page, "next_cursor": next_cursor }))
}

#[derive(Deserialize)]
pub struct GetRequest {
    #[serde(default)]
    chat_id: String,
}

/// `POST /cgi-bin/externalcontact/groupchat/get`
pub async fn get(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<GetRequest>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/groupchat/get";
    if let Err(refusal) = admit(
        &state,
        path,
        token.access_token.as_deref(),
        AppKind::Contacts,
    )
    .await
    {
        return refusal;
    }
    let state = lock(&state);
    let Some(chat) =
        state.fixture.group_chats.iter().find(|chat| {
            chat.get("chat_id").and_then(Value::as_str) == Some(body.chat_id.as_str())
        })
    else {
        return error(40050, "chatid not found");
    };
    let mut group_chat = chat.clone();
    if let Some(object) = group_chat.as_object_mut() {
        object.remove("status");
    }
    ok(json!({ "group_chat": group_chat }))
}
