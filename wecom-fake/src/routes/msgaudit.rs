use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Shared, TokenQuery, admit, error, lock, ok};
use crate::fixture::AppKind;

#[derive(Deserialize)]
pub struct SingleRequest {
    #[serde(default)]
    info: Vec<SinglePair>,
}

#[derive(Deserialize)]
pub struct SinglePair {
    userid: String,
    /// WeCom's own spelling.
    exteranalopenid: String,
}

/// `POST /cgi-bin/msgaudit/check_single_agree`
pub async fn check_single_agree(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<SingleRequest>,
) -> HttpResponse {
    let path = "/cgi-bin/msgaudit/check_single_agree";
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
    if body.info.is_empty() || body.info.len() > 100 {
        return error(40058, "info must hold 1 to 100 pairs");
    }
    let state = lock(&state);
    let agreeinfo: Vec<Value> = body
        .info
        .iter()
        .map(|pair| {
            let key = format!("{}|{}", pair.userid, pair.exteranalopenid);
            let status = state
                .fixture
                .single_agree
                .get(&key)
                .map(String::as_str)
                .unwrap_or("Default_Agree");
            json!({
                "status_change_time": 1_764_547_200, "userid": pair.userid,
                "exteranalopenid": pair.exteranalopenid, "agree_status": status,
            })
        })
        .collect();
    ok(json!({ "agreeinfo": agreeinfo }))
}

#[derive(Deserialize)]
pub struct RoomRequest {
    #[serde(default)]
    roomid: String,
}

/// `POST /cgi-bin/msgaudit/check_room_agree`
pub async fn check_room_agree(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<RoomRequest>,
) -> HttpResponse {
    let path = "/cgi-bin/msgaudit/check_room_agree";
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
    let state = lock(&state);
    let Some(room) = state.fixture.room_agree.get(&body.roomid) else {
        return ok(json!({ "agreeinfo": [] }));
    };
    let agreeinfo: Vec<Value> = room
        .iter()
        .map(|(external_userid, status)| {
            json!({
                "status_change_time": 1_764_547_200, "exteranalopenid": external_userid,
                "agree_status": status,
            })
        })
        .collect();
    ok(json!({ "agreeinfo": agreeinfo }))
}
