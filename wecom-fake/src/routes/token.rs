use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use super::{Shared, error, lock, ok};

#[derive(Deserialize)]
pub struct GetToken {
    #[serde(default)]
    corpid: String,
    #[serde(default)]
    corpsecret: String,
}

/// `GET /cgi-bin/gettoken?corpid=…&corpsecret=…`
pub async fn gettoken(state: Shared, query: web::Query<GetToken>) -> HttpResponse {
    const PATH: &str = "/cgi-bin/gettoken";
    let fault = {
        let mut state = lock(&state);
        state.count_call(PATH);
        state.take_fault(PATH)
    };
    if let Some(fault) = fault {
        tokio::time::sleep(std::time::Duration::from_millis(fault.delay_ms)).await;
        if fault.errcode != 0 {
            return error(fault.errcode, "fault injected by the loopback WeCom");
        }
    }
    let mut state = lock(&state);
    if query.corpid != state.fixture.corp_id {
        return error(40013, "invalid corpid");
    }
    match state.issue_token(&query.corpid, &query.corpsecret) {
        Some((token, ttl)) => ok(json!({ "access_token": token, "expires_in": ttl })),
        None => error(40001, "invalid credential"),
    }
}
