//! Mass messages: `add_msg_template`, `get_groupmsg_task`, `get_groupmsg_send_result`, and the
//! control endpoints `/fake/groupmsg/confirm` (a member sends the task on the phone) and
//! `/fake/groupmsg`.
//!
//! Errcodes: 41046 msgid missing, 41047 unknown, 41048 no customer can receive it, 60111 an
//! unknown sender or userid, 41009 userid missing, 40058 chat_type other than `single` (the fake
//! does not send to group chats), more than 10,000 customers, no content, a bad limit or cursor;
//! contents as in `content`.

use std::collections::BTreeMap;

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};

use super::contact_way::is_member;
use super::content::{check_attachments, check_text, has_text};
use super::{
    Refusal, Shared, TokenQuery, admit, admit_recorded, decode_cursor, encode_cursor, error,
    invalid_parameter, lock, ok,
};
use crate::engagement::{GroupMsg, GroupMsgTask, Recipient, random_id, unix_now};
use crate::fixture::AppKind;
use crate::state::FakeState;

const MAX_EXTERNAL_USERIDS: usize = 10_000;
const DEFAULT_LIMIT: usize = 500;
const MAX_LIMIT: usize = 1000;

#[derive(Deserialize)]
pub struct Template {
    #[serde(default)]
    chat_type: Option<String>,
    #[serde(default)]
    external_userid: Vec<String>,
    #[serde(default)]
    sender: Option<String>,
    #[serde(default)]
    text: Option<Value>,
    #[serde(default)]
    attachments: Vec<Value>,
}

/// `POST /cgi-bin/externalcontact/add_msg_template`: one task per sending member (the sender,
/// or each customer's followers without one); customers the sender does not follow, or nobody
/// follows, are the `fail_list`. Only `sender` without customers: all of the sender's.
pub async fn add_msg_template(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/add_msg_template";
    let template: Template =
        match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await {
            Ok(template) => template,
            Err(refusal) => return refusal,
        };
    let mut state = lock(&state);
    let chat_type = template.chat_type.unwrap_or_else(|| "single".to_owned());
    if chat_type != "single" {
        return invalid_parameter("chat_type: the loopback WeCom sends to customers only");
    }
    let sender = template.sender.filter(|sender| !sender.is_empty());
    if template.external_userid.is_empty() && sender.is_none() {
        return invalid_parameter("external_userid and sender are both empty");
    }
    if template.external_userid.len() > MAX_EXTERNAL_USERIDS {
        return invalid_parameter("external_userid holds more than 10000");
    }
    if let Some(sender) = &sender
        && !is_member(&state, sender)
    {
        return error(60111, &format!("userid not found: {sender}"));
    }
    if !has_text(template.text.as_ref()) && template.attachments.is_empty() {
        return invalid_parameter("text and attachments are both empty");
    }
    if let Err(refusal) = check_text(template.text.as_ref())
        .and_then(|()| check_attachments(&state, &template.attachments))
    {
        return refusal.answer();
    }
    let customers: Vec<String> = if template.external_userid.is_empty() {
        let sender = sender.as_deref().unwrap_or_default();
        state
            .fixture
            .external_contacts
            .iter()
            .filter(|contact| contact.follow_user.iter().any(|f| f.userid == sender))
            .map(|contact| contact.external_userid().to_owned())
            .collect()
    } else {
        template.external_userid.clone()
    };
    let mut tasks: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut fail_list = Vec::new();
    for external_userid in dedup(&customers) {
        let followers = followers(&state, &external_userid);
        let senders: Vec<String> = match &sender {
            Some(sender) => followers.into_iter().filter(|f| f == sender).collect(),
            None => followers,
        };
        if senders.is_empty() {
            fail_list.push(external_userid);
            continue;
        }
        for userid in senders {
            tasks
                .entry(userid)
                .or_default()
                .push(external_userid.clone());
        }
    }
    if tasks.is_empty() {
        return error(41048, "no valid external contact to send");
    }
    let msgid = random_id("msgfake");
    let create_time = unix_now();
    state.engagement.group_msgs.push(GroupMsg {
        msgid: msgid.clone(),
        chat_type,
        sender,
        external_userid: template.external_userid,
        fail_list: fail_list.clone(),
        text: template.text,
        attachments: template.attachments,
        create_time,
        tasks: tasks
            .into_iter()
            .map(|(userid, customers)| GroupMsgTask {
                userid,
                status: 0,
                send_time: None,
                send_list: customers
                    .into_iter()
                    .map(|external_userid| Recipient {
                        external_userid,
                        status: 0,
                        send_time: None,
                    })
                    .collect(),
            })
            .collect(),
    });
    ok(json!({ "fail_list": fail_list, "msgid": msgid }))
}

fn dedup(ids: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    ids.iter()
        .filter(|id| seen.insert(id.as_str()))
        .cloned()
        .collect()
}

fn followers(state: &FakeState, external_userid: &str) -> Vec<String> {
    state
        .fixture
        .external_contacts
        .iter()
        .filter(|contact| contact.external_userid() == external_userid)
        .flat_map(|contact| contact.follow_user.iter().map(|f| f.userid.clone()))
        .collect()
}

#[derive(Deserialize)]
pub struct TaskQuery {
    #[serde(default)]
    msgid: String,
    #[serde(default)]
    userid: Option<String>,
    #[serde(default)]
    limit: Option<usize>,
    #[serde(default)]
    cursor: String,
}

fn find_msg<'a>(state: &'a FakeState, msgid: &str) -> Result<&'a GroupMsg, Refusal> {
    if msgid.is_empty() {
        return Err(Refusal::new(41046, "missing msgid"));
    }
    state
        .engagement
        .group_msgs
        .iter()
        .find(|msg| msg.msgid == msgid)
        .ok_or_else(|| Refusal::new(41047, "invalid msgid"))
}

/// `limit` (default 500, 1 to 1,000) and the offset of `cursor`.
fn page_bounds(query: &TaskQuery) -> Result<(usize, usize), Refusal> {
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(Refusal::invalid("limit must be 1 to 1000"));
    }
    let offset = decode_cursor(&query.cursor).ok_or_else(|| Refusal::invalid("cursor"))?;
    Ok((limit, offset))
}

fn page(items: Vec<Value>, offset: usize, limit: usize) -> (Vec<Value>, String) {
    let total = items.len();
    let page: Vec<Value> = items.into_iter().skip(offset).take(limit).collect();
    let next = offset + page.len();
    let next_cursor = if next < total {
        encode_cursor(next)
    } else {
        String::new()
    };
    (page, next_cursor)
}

async fn read_query(
    state: &Shared,
    path: &str,
    token: &TokenQuery,
    body: Value,
) -> Result<TaskQuery, HttpResponse> {
    admit(
        state,
        path,
        token.access_token.as_deref(),
        AppKind::Contacts,
    )
    .await?;
    serde_json::from_value(body).map_err(|_| invalid_parameter("body"))
}

/// `POST /cgi-bin/externalcontact/get_groupmsg_task`: the tasks, by member, in pages.
pub async fn get_groupmsg_task(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/get_groupmsg_task";
    let query = match read_query(&state, path, &token, body.0).await {
        Ok(query) => query,
        Err(refusal) => return refusal,
    };
    let state = lock(&state);
    let (msg, (limit, offset)) =
        match find_msg(&state, &query.msgid).and_then(|msg| Ok((msg, page_bounds(&query)?))) {
            Ok(found) => found,
            Err(refusal) => return refusal.answer(),
        };
    let items: Vec<Value> = msg
        .tasks
        .iter()
        .map(|task| {
            let mut item = json!({ "userid": task.userid, "status": task.status });
            if let Some(send_time) = task.send_time {
                item["send_time"] = json!(send_time);
            }
            item
        })
        .collect();
    let (task_list, next_cursor) = page(items, offset, limit);
    ok(json!({ "task_list": task_list, "next_cursor": next_cursor }))
}

/// `POST /cgi-bin/externalcontact/get_groupmsg_send_result`: one member's customers, in pages.
pub async fn get_groupmsg_send_result(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/get_groupmsg_send_result";
    let query = match read_query(&state, path, &token, body.0).await {
        Ok(query) => query,
        Err(refusal) => return refusal,
    };
    let state = lock(&state);
    let (msg, (limit, offset)) =
        match find_msg(&state, &query.msgid).and_then(|msg| Ok((msg, page_bounds(&query)?))) {
            Ok(found) => found,
            Err(refusal) => return refusal.answer(),
        };
    let Some(userid) = query.userid.as_deref().filter(|userid| !userid.is_empty()) else {
        return error(41009, "missing userid");
    };
    if !is_member(&state, userid) {
        return error(60111, &format!("userid not found: {userid}"));
    }
    let items: Vec<Value> = msg
        .tasks
        .iter()
        .filter(|task| task.userid == userid)
        .flat_map(|task| task.send_list.iter())
        .map(|recipient| {
            let mut item = json!({
                "external_userid": recipient.external_userid,
                "userid": userid,
                "status": recipient.status,
            });
            if let Some(send_time) = recipient.send_time {
                item["send_time"] = json!(send_time);
            }
            item
        })
        .collect();
    let (send_list, next_cursor) = page(items, offset, limit);
    ok(json!({ "send_list": send_list, "next_cursor": next_cursor }))
}

#[derive(Deserialize)]
pub struct Confirm {
    msgid: String,
    /// The member who sends; every member of the message when absent.
    #[serde(default)]
    userid: Option<String>,
    /// Per customer: 1 sent (the default), 2 not a friend, 3 over the limit.
    #[serde(default)]
    statuses: BTreeMap<String, i32>,
}

/// `POST /fake/groupmsg/confirm`: the member confirms the task on the phone; it becomes sent
/// (status 2) and each customer gets its status. Answers the tasks confirmed.
pub async fn confirm(state: Shared, body: web::Json<Confirm>) -> HttpResponse {
    let confirm = body.into_inner();
    if let Some((id, status)) = confirm
        .statuses
        .iter()
        .find(|(_, status)| !(1..=3).contains(*status))
    {
        return HttpResponse::BadRequest()
            .json(json!({ "error": format!("status {status} of {id} is not 1, 2 or 3") }));
    }
    let mut state = lock(&state);
    let Some(msg) = state
        .engagement
        .group_msgs
        .iter_mut()
        .find(|msg| msg.msgid == confirm.msgid)
    else {
        return HttpResponse::NotFound().json(json!({ "error": "unknown msgid" }));
    };
    let chosen = |task: &GroupMsgTask| {
        confirm
            .userid
            .as_deref()
            .is_none_or(|userid| task.userid == userid)
    };
    if !msg.tasks.iter().any(chosen) {
        return HttpResponse::NotFound().json(json!({ "error": "no task for that userid" }));
    }
    let unknown: Vec<&String> = confirm
        .statuses
        .keys()
        .filter(|id| {
            !msg.tasks
                .iter()
                .filter(|task| chosen(task))
                .any(|task| task.send_list.iter().any(|r| &r.external_userid == *id))
        })
        .collect();
    if !unknown.is_empty() {
        return HttpResponse::BadRequest().json(
            json!({ "error": "not customers of the tasks confirmed", "external_userid": unknown }),
        );
    }
    let now = unix_now();
    let mut confirmed = Vec::new();
    for task in msg.tasks.iter_mut().filter(|task| chosen(task)) {
        task.status = 2;
        task.send_time = Some(now);
        for recipient in &mut task.send_list {
            recipient.status = confirm
                .statuses
                .get(&recipient.external_userid)
                .copied()
                .unwrap_or(1);
            recipient.send_time = (recipient.status == 1).then_some(now);
        }
        confirmed.push(task.clone());
    }
    HttpResponse::Ok().json(json!({ "msgid": confirm.msgid, "tasks": confirmed }))
}

/// `GET /fake/groupmsg`: every mass message created, with its tasks.
pub async fn list(state: Shared) -> HttpResponse {
    let state = lock(&state);
    HttpResponse::Ok().json(json!(state.engagement.group_msgs))
}
