//! WeCom's endpoints as the fake answers them, and the `/fake/*` control endpoints tests use.

mod contact_way;
mod contacts;
mod content;
mod control;
mod external_contact;
mod finance;
mod group_msg;
mod groups;
mod media;
mod msgaudit;
mod tags;
mod token;
mod transfer;
mod welcome;

use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::fixture::AppKind;
use crate::state::FakeState;

pub type Shared = web::Data<Mutex<FakeState>>;

pub fn configure(config: &mut web::ServiceConfig) {
    config
        .route("/cgi-bin/gettoken", web::get().to(token::gettoken))
        .route(
            "/cgi-bin/department/list",
            web::get().to(contacts::department_list),
        )
        .route("/cgi-bin/user/list", web::get().to(contacts::user_list))
        .route(
            "/cgi-bin/externalcontact/get_follow_user_list",
            web::get().to(external_contact::follow_user_list),
        )
        .route(
            "/cgi-bin/externalcontact/batch/get_by_user",
            web::post().to(external_contact::batch_get_by_user),
        )
        .route(
            "/cgi-bin/externalcontact/get",
            web::get().to(external_contact::get),
        )
        .route(
            "/cgi-bin/externalcontact/get_corp_tag_list",
            web::post().to(tags::get_corp_tag_list),
        )
        .route(
            "/cgi-bin/externalcontact/add_corp_tag",
            web::post().to(tags::add_corp_tag),
        )
        .route(
            "/cgi-bin/externalcontact/edit_corp_tag",
            web::post().to(tags::edit_corp_tag),
        )
        .route(
            "/cgi-bin/externalcontact/del_corp_tag",
            web::post().to(tags::del_corp_tag),
        )
        .route(
            "/cgi-bin/externalcontact/mark_tag",
            web::post().to(tags::mark_tag),
        )
        .route(
            "/cgi-bin/externalcontact/add_contact_way",
            web::post().to(contact_way::add),
        )
        .route(
            "/cgi-bin/externalcontact/update_contact_way",
            web::post().to(contact_way::update),
        )
        .route(
            "/cgi-bin/externalcontact/get_contact_way",
            web::post().to(contact_way::get),
        )
        .route(
            "/cgi-bin/externalcontact/del_contact_way",
            web::post().to(contact_way::del),
        )
        .route(
            "/cgi-bin/externalcontact/send_welcome_msg",
            web::post().to(welcome::send_welcome_msg),
        )
        .route(
            "/cgi-bin/externalcontact/group_welcome_template/add",
            web::post().to(welcome::add_template),
        )
        .route(
            "/cgi-bin/externalcontact/group_welcome_template/edit",
            web::post().to(welcome::edit_template),
        )
        .route(
            "/cgi-bin/externalcontact/group_welcome_template/get",
            web::post().to(welcome::get_template),
        )
        .route(
            "/cgi-bin/externalcontact/group_welcome_template/del",
            web::post().to(welcome::del_template),
        )
        .route(
            "/cgi-bin/externalcontact/add_msg_template",
            web::post().to(group_msg::add_msg_template),
        )
        .route(
            "/cgi-bin/externalcontact/get_groupmsg_task",
            web::post().to(group_msg::get_groupmsg_task),
        )
        .route(
            "/cgi-bin/externalcontact/get_groupmsg_send_result",
            web::post().to(group_msg::get_groupmsg_send_result),
        )
        .route("/cgi-bin/media/upload", web::post().to(media::upload))
        .route(
            "/cgi-bin/media/upload_attachment",
            web::post().to(media::upload_attachment),
        )
        .route(
            "/cgi-bin/externalcontact/groupchat/list",
            web::post().to(groups::list),
        )
        .route(
            "/cgi-bin/externalcontact/groupchat/get",
            web::post().to(groups::get),
        )
        .route(
            "/cgi-bin/msgaudit/check_single_agree",
            web::post().to(msgaudit::check_single_agree),
        )
        .route(
            "/cgi-bin/msgaudit/check_room_agree",
            web::post().to(msgaudit::check_room_agree),
        )
        .route(
            "/cgi-bin/finance/getchatdata",
            web::post().to(finance::get_chat_data),
        )
        .route(
            "/cgi-bin/finance/getmediadata",
            web::post().to(finance::get_media_data),
        )
        .configure(control::configure)
        .route("/fake/contact_ways/scan", web::post().to(contact_way::scan))
        .route("/fake/welcome_messages", web::get().to(welcome::list_sent))
        .route("/fake/groupmsg/confirm", web::post().to(group_msg::confirm))
        .route("/fake/groupmsg", web::get().to(group_msg::list))
        .route("/fake/media", web::get().to(media::list))
        .configure(transfer_routes);
}

/// Customer transfers, WeCom's and the fake's own (`routes/transfer.rs`).
fn transfer_routes(config: &mut web::ServiceConfig) {
    let external = "/cgi-bin/externalcontact";
    config
        .route(
            &format!("{external}/transfer_customer"),
            web::post().to(transfer::transfer_customer),
        )
        .route(
            &format!("{external}/resigned/transfer_customer"),
            web::post().to(transfer::resigned_transfer_customer),
        )
        .route(
            &format!("{external}/transfer_result"),
            web::post().to(transfer::transfer_result),
        )
        .route(
            &format!("{external}/resigned/transfer_result"),
            web::post().to(transfer::resigned_transfer_result),
        )
        .route(
            &format!("{external}/get_unassigned_list"),
            web::post().to(transfer::get_unassigned_list),
        )
        .route(
            "/fake/transfers/complete",
            web::post().to(transfer::complete),
        )
        .route("/fake/transfers", web::get().to(transfer::list))
        .route("/fake/staff/depart", web::post().to(transfer::depart));
}

#[derive(Deserialize)]
pub struct TokenQuery {
    pub access_token: Option<String>,
}

pub fn lock(state: &Shared) -> MutexGuard<'_, FakeState> {
    match state.lock() {
        Ok(guard) => guard,
        // A handler that panicked mid-change leaves a test's fake in an unknown state; the test
        // will fail on its own assertions, so keep answering.
        Err(poisoned) => poisoned.into_inner(),
    }
}

/// What every WeCom endpoint does first: count the call, answer a queued fault, check the
/// token belongs to an app allowed to call `path`.
pub async fn admit(
    state: &Shared,
    path: &str,
    token: Option<&str>,
    app: AppKind,
) -> Result<(), HttpResponse> {
    let fault = {
        let mut state = lock(state);
        state.count_call(path);
        state.take_fault(path)
    };
    if let Some(fault) = fault {
        if fault.delay_ms > 0 {
            tokio::time::sleep(Duration::from_millis(fault.delay_ms)).await;
        }
        if fault.errcode != 0 {
            return Err(error(fault.errcode, "fault injected by the loopback WeCom"));
        }
    }
    lock(state).check_token(token, app).map_err(|problem| {
        let (errcode, errmsg) = problem.errcode();
        error(errcode, errmsg)
    })
}

/// What a mutating endpoint does first: [`admit`], then keep the body for tests to read back
/// (`/fake/state`), then read it as `T` (40058 when it is not one).
pub async fn admit_recorded<T: serde::de::DeserializeOwned>(
    state: &Shared,
    path: &str,
    token: &TokenQuery,
    app: AppKind,
    body: Value,
) -> Result<T, HttpResponse> {
    admit(state, path, token.access_token.as_deref(), app).await?;
    lock(state).record(path, body.clone());
    serde_json::from_value(body).map_err(|_| error(40058, "invalid parameter"))
}

/// WeCom's success: HTTP 200 with `errcode: 0`.
pub fn ok(mut body: Value) -> HttpResponse {
    if let Some(object) = body.as_object_mut() {
        object.insert("errcode".into(), json!(0));
        object.insert("errmsg".into(), json!("ok"));
    }
    HttpResponse::Ok().json(body)
}

/// WeCom's failure: also HTTP 200, with the code in the body.
pub fn error(errcode: i64, errmsg: &str) -> HttpResponse {
    HttpResponse::Ok().json(json!({ "errcode": errcode, "errmsg": errmsg }))
}

/// A WeCom error answer not written yet: small enough for the `Result`s of checks.
#[derive(Debug)]
pub struct Refusal {
    errcode: i64,
    errmsg: String,
}

impl Refusal {
    pub fn new(errcode: i64, errmsg: impl Into<String>) -> Self {
        Refusal {
            errcode,
            errmsg: errmsg.into(),
        }
    }

    /// 40058 invalid parameter.
    pub fn invalid(what: &str) -> Self {
        Refusal::new(40058, format!("invalid parameter: {what}"))
    }

    pub fn answer(self) -> HttpResponse {
        error(self.errcode, &self.errmsg)
    }
}

/// 40058: WeCom's "invalid parameter", used for out-of-range limits and bad cursors.
pub fn invalid_parameter(what: &str) -> HttpResponse {
    error(40058, &format!("invalid parameter: {what}"))
}

/// Cursors are opaque to callers; here an offset in hex with a prefix.
pub fn encode_cursor(offset: usize) -> String {
    format!("c{offset:x}")
}

pub fn decode_cursor(cursor: &str) -> Option<usize> {
    if cursor.is_empty() {
        return Some(0);
    }
    usize::from_str_radix(cursor.strip_prefix('c')?, 16).ok()
}
