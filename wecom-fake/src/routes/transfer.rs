//! Customer transfers: `transfer_customer` and `resigned/transfer_customer` (each customer
//! waits, status 2), `transfer_result` and `resigned/transfer_result`, `get_unassigned_list`;
//! and the control endpoints `/fake/transfers/complete` (WeCom's 24 hours are over for a
//! customer: 1 taken over — the follow moves from the handover to the takeover member —, 3
//! refused, 4 at the takeover member's limit), `/fake/staff/depart` (a member leaves) and
//! `GET /fake/transfers`.
//!
//! Errcodes: 40058 no or more than 100 customers, a message over 200 characters, a bad cursor
//! or page size; 60111 an unknown handover or takeover member. Per customer: 40096 unknown
//! external userid, 84061 not the handover member's contact, 40097 a transfer of the customer
//! already waiting, or (resigned) a handover member who has not left.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};

use super::contact_way::is_member;
use super::{
    Shared, TokenQuery, admit, admit_recorded, decode_cursor, encode_cursor, invalid_parameter,
    lock, ok,
};
use crate::engagement::unix_now;
use crate::fixture::{AppKind, Follow};
use crate::state::FakeState;
use crate::transfers::{DONE, FakeTransfer, WAITING};

const MAX_CUSTOMERS: usize = 100;
const MAX_MESSAGE_CHARS: usize = 200;
const RESULT_PAGE: usize = 100;
const MAX_UNASSIGNED_PAGE: usize = 1000;

const ONLINE: &str = "online";
const RESIGNED: &str = "resigned";

#[derive(Deserialize)]
pub struct TransferBody {
    #[serde(default)]
    handover_userid: String,
    #[serde(default)]
    takeover_userid: String,
    #[serde(default)]
    external_userid: Vec<String>,
    #[serde(default)]
    transfer_success_msg: Option<String>,
}

/// `POST /cgi-bin/externalcontact/transfer_customer`.
pub async fn transfer_customer(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    transfer(
        state,
        "/cgi-bin/externalcontact/transfer_customer",
        ONLINE,
        token,
        body.0,
    )
    .await
}

/// `POST /cgi-bin/externalcontact/resigned/transfer_customer`.
pub async fn resigned_transfer_customer(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    transfer(
        state,
        "/cgi-bin/externalcontact/resigned/transfer_customer",
        RESIGNED,
        token,
        body.0,
    )
    .await
}

async fn transfer(
    state: Shared,
    path: &str,
    mode: &'static str,
    token: web::Query<TokenQuery>,
    body: Value,
) -> HttpResponse {
    let request: TransferBody =
        match admit_recorded(&state, path, &token, AppKind::Contacts, body).await {
            Ok(request) => request,
            Err(refusal) => return refusal,
        };
    let mut state = lock(&state);
    if request.external_userid.is_empty() || request.external_userid.len() > MAX_CUSTOMERS {
        return invalid_parameter("external_userid must hold 1 to 100");
    }
    if request
        .transfer_success_msg
        .as_deref()
        .is_some_and(|message| message.chars().count() > MAX_MESSAGE_CHARS)
    {
        return invalid_parameter("transfer_success_msg is longer than 200");
    }
    for userid in [&request.handover_userid, &request.takeover_userid] {
        if !is_member(&state, userid) {
            return super::error(60111, &format!("userid not found: {userid}"));
        }
    }
    let handover_left = state
        .transfers
        .departed
        .contains_key(&request.handover_userid);
    let mut answers = Vec::new();
    for external_userid in &request.external_userid {
        let errcode = customer_errcode(&state, mode, handover_left, &request, external_userid);
        if errcode == 0 {
            state.transfers.list.push(FakeTransfer {
                mode,
                handover_userid: request.handover_userid.clone(),
                takeover_userid: request.takeover_userid.clone(),
                external_userid: external_userid.clone(),
                status: WAITING,
                takeover_time: None,
                transfer_success_msg: request.transfer_success_msg.clone(),
            });
        }
        answers.push(json!({ "external_userid": external_userid, "errcode": errcode }));
    }
    ok(json!({ "customer": answers }))
}

fn customer_errcode(
    state: &FakeState,
    mode: &str,
    handover_left: bool,
    request: &TransferBody,
    external_userid: &str,
) -> i64 {
    let Some(contact) = state
        .fixture
        .external_contacts
        .iter()
        .find(|contact| contact.external_userid() == external_userid)
    else {
        return 40096;
    };
    if !contact
        .follow_user
        .iter()
        .any(|follow| follow.userid == request.handover_userid)
    {
        return 84061;
    }
    let waiting = state.transfers.list.iter().any(|transfer| {
        transfer.external_userid == external_userid
            && transfer.handover_userid == request.handover_userid
            && transfer.status == WAITING
    });
    if waiting || (mode == RESIGNED && !handover_left) {
        return 40097;
    }
    0
}

#[derive(Deserialize)]
pub struct ResultQuery {
    #[serde(default)]
    handover_userid: String,
    #[serde(default)]
    takeover_userid: String,
    #[serde(default)]
    cursor: String,
}

/// `POST /cgi-bin/externalcontact/transfer_result`.
pub async fn transfer_result(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    result(
        state,
        "/cgi-bin/externalcontact/transfer_result",
        ONLINE,
        token,
        body.0,
    )
    .await
}

/// `POST /cgi-bin/externalcontact/resigned/transfer_result`.
pub async fn resigned_transfer_result(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    result(
        state,
        "/cgi-bin/externalcontact/resigned/transfer_result",
        RESIGNED,
        token,
        body.0,
    )
    .await
}

async fn result(
    state: Shared,
    path: &str,
    mode: &str,
    token: web::Query<TokenQuery>,
    body: Value,
) -> HttpResponse {
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
    let Ok(query) = serde_json::from_value::<ResultQuery>(body) else {
        return invalid_parameter("body");
    };
    let Some(offset) = decode_cursor(&query.cursor) else {
        return invalid_parameter("cursor");
    };
    let state = lock(&state);
    for userid in [&query.handover_userid, &query.takeover_userid] {
        if !is_member(&state, userid) {
            return super::error(60111, &format!("userid not found: {userid}"));
        }
    }
    let matching: Vec<Value> = state
        .transfers
        .list
        .iter()
        .filter(|transfer| {
            transfer.mode == mode
                && transfer.handover_userid == query.handover_userid
                && transfer.takeover_userid == query.takeover_userid
        })
        .map(|transfer| {
            let mut item = json!({
                "external_userid": transfer.external_userid, "status": transfer.status,
            });
            if let Some(at) = transfer.takeover_time {
                item["takeover_time"] = json!(at);
            }
            item
        })
        .collect();
    let total = matching.len();
    let page: Vec<Value> = matching
        .into_iter()
        .skip(offset)
        .take(RESULT_PAGE)
        .collect();
    let next = offset + page.len();
    let next_cursor = if next < total {
        encode_cursor(next)
    } else {
        String::new()
    };
    ok(json!({ "customer": page, "next_cursor": next_cursor }))
}

#[derive(Deserialize)]
pub struct UnassignedQuery {
    #[serde(default)]
    cursor: String,
    #[serde(default)]
    page_size: Option<usize>,
}

/// `POST /cgi-bin/externalcontact/get_unassigned_list`: customers of departed members with
/// no resigned transfer waiting or done.
pub async fn get_unassigned_list(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/get_unassigned_list";
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
    let Ok(query) = serde_json::from_value::<UnassignedQuery>(body.0) else {
        return invalid_parameter("body");
    };
    let page_size = query.page_size.unwrap_or(MAX_UNASSIGNED_PAGE);
    if page_size == 0 || page_size > MAX_UNASSIGNED_PAGE {
        return invalid_parameter("page_size must be 1 to 1000");
    }
    let Some(offset) = decode_cursor(&query.cursor) else {
        return invalid_parameter("cursor");
    };
    let state = lock(&state);
    let mut info = Vec::new();
    for contact in &state.fixture.external_contacts {
        for follow in &contact.follow_user {
            let Some(left_at) = state.transfers.departed.get(&follow.userid) else {
                continue;
            };
            let handed = state.transfers.list.iter().any(|transfer| {
                transfer.mode == RESIGNED
                    && transfer.handover_userid == follow.userid
                    && transfer.external_userid == contact.external_userid()
                    && matches!(transfer.status, WAITING | DONE)
            });
            if !handed {
                info.push(json!({
                    "handover_userid": follow.userid,
                    "external_userid": contact.external_userid(),
                    "dimission_time": left_at,
                }));
            }
        }
    }
    let total = info.len();
    let page: Vec<Value> = info.into_iter().skip(offset).take(page_size).collect();
    let next = offset + page.len();
    let is_last = next >= total;
    let next_cursor = if is_last {
        String::new()
    } else {
        encode_cursor(next)
    };
    ok(json!({ "info": page, "is_last": is_last, "next_cursor": next_cursor }))
}

#[derive(Deserialize)]
pub struct Completion {
    external_userid: String,
    /// 1 taken over (default), 3 refused, 4 the takeover member's limit, 5 no record.
    #[serde(default = "done")]
    status: i32,
}

fn done() -> i32 {
    DONE
}

/// `POST /fake/transfers/complete {external_userid, status}`: decides the customer's waiting
/// transfer; with status 1 the follow moves to the takeover member (WeCom's remark and tags
/// go with it). 404 without a waiting transfer, 400 for a status other than 1, 3, 4, 5.
pub async fn complete(state: Shared, body: web::Json<Completion>) -> HttpResponse {
    if !matches!(body.status, 1 | 3 | 4 | 5) {
        return HttpResponse::BadRequest().body("status must be 1, 3, 4 or 5");
    }
    let mut state = lock(&state);
    let Some(transfer) = state.transfers.list.iter_mut().rev().find(|transfer| {
        transfer.external_userid == body.external_userid && transfer.status == WAITING
    }) else {
        return HttpResponse::NotFound().body("no transfer of that customer is waiting");
    };
    transfer.status = body.status;
    if body.status == DONE {
        transfer.takeover_time = Some(unix_now());
    }
    let decided = transfer.clone();
    if decided.status == DONE {
        move_follow(&mut state, &decided);
    }
    HttpResponse::Ok().json(json!(decided))
}

fn move_follow(state: &mut FakeState, transfer: &FakeTransfer) {
    let Some(contact) = state
        .fixture
        .external_contacts
        .iter_mut()
        .find(|contact| contact.external_userid() == transfer.external_userid)
    else {
        return;
    };
    let handed: Option<Follow> = contact
        .follow_user
        .iter()
        .find(|follow| follow.userid == transfer.handover_userid)
        .cloned();
    contact
        .follow_user
        .retain(|follow| follow.userid != transfer.handover_userid);
    let taken = contact
        .follow_user
        .iter()
        .any(|follow| follow.userid == transfer.takeover_userid);
    if let (Some(mut follow), false) = (handed, taken) {
        follow.userid = transfer.takeover_userid.clone();
        follow.createtime = transfer.takeover_time.unwrap_or_else(unix_now);
        contact.follow_user.push(follow);
    }
}

#[derive(Deserialize)]
pub struct Departure {
    userid: String,
}

/// `POST /fake/staff/depart {userid}`: the member leaves (status 5); their customers are
/// unassigned until a resigned transfer hands them on.
pub async fn depart(state: Shared, body: web::Json<Departure>) -> HttpResponse {
    let mut state = lock(&state);
    if !is_member(&state, &body.userid) {
        return HttpResponse::NotFound().body("no such member");
    }
    for member in &mut state.fixture.userlist {
        if member.get("userid").and_then(Value::as_str) == Some(body.userid.as_str()) {
            member["status"] = json!(5);
        }
    }
    state
        .transfers
        .departed
        .insert(body.userid.clone(), unix_now());
    HttpResponse::NoContent().finish()
}

/// `GET /fake/transfers`: every transfer WeCom was asked for, oldest first.
pub async fn list(state: Shared) -> HttpResponse {
    let state = lock(&state);
    HttpResponse::Ok().json(json!(state.transfers.list))
}
