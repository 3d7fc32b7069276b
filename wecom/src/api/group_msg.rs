//! Mass messages to customers (企业群发): `externalcontact/add_msg_template` creates a task for
//! each sending member, who confirms it on the phone; `get_groupmsg_task` and
//! `get_groupmsg_send_result` report how far it went.

use serde::{Deserialize, Serialize};

use super::message::{Attachment, Text};
use crate::{Credentials, WecomClient, WecomError};

/// `chat_type` "single": to customers (the only kind scrm sends).
pub const CHAT_TYPE_SINGLE: &str = "single";
/// `external_userid` takes at most 10,000 customers.
pub const MAX_EXTERNAL_USERIDS: usize = 10_000;
/// `get_groupmsg_task` and `get_groupmsg_send_result` take at most 1,000 per page.
pub const MAX_RESULT_LIMIT: u32 = 1000;

/// Task `status` 0: the member has not sent it yet.
pub const TASK_UNSENT: i32 = 0;
/// Task `status` 2: the member sent it.
pub const TASK_SENT: i32 = 2;

/// Per-customer `status` 0: not sent yet.
pub const SEND_UNSENT: i32 = 0;
/// 1: sent.
pub const SEND_SENT: i32 = 1;
/// 2: not sent, the customer is not the member's contact (any more).
pub const SEND_NOT_FRIEND: i32 = 2;
/// 3: not sent, the customer already received a mass message in the period WeCom allows.
pub const SEND_LIMIT_REACHED: i32 = 3;

/// What `add_msg_template` takes.
#[derive(Debug, Clone, Serialize)]
pub struct MsgTemplate {
    /// [`CHAT_TYPE_SINGLE`].
    pub chat_type: String,
    /// The customers (≤ [`MAX_EXTERNAL_USERIDS`]).
    pub external_userid: Vec<String>,
    /// The member who sends; without one, each customer's followers do.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

/// `add_msg_template`'s answer: the customers that cannot receive it, and the message's id.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct MsgTemplateCreated {
    #[serde(default)]
    pub fail_list: Vec<String>,
    pub msgid: String,
}

/// One sending member's task.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct GroupMsgTask {
    pub userid: String,
    /// [`TASK_UNSENT`] or [`TASK_SENT`].
    #[serde(default)]
    pub status: i32,
    /// Unix seconds; only once sent.
    #[serde(default)]
    pub send_time: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct GroupMsgTaskPage {
    #[serde(default)]
    pub task_list: Vec<GroupMsgTask>,
    #[serde(default)]
    pub next_cursor: String,
}

/// What became of the message for one customer.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct GroupMsgSend {
    /// Absent for group chats.
    #[serde(default)]
    pub external_userid: Option<String>,
    /// Absent for customers.
    #[serde(default)]
    pub chat_id: Option<String>,
    pub userid: String,
    /// [`SEND_UNSENT`], [`SEND_SENT`], [`SEND_NOT_FRIEND`] or [`SEND_LIMIT_REACHED`].
    #[serde(default)]
    pub status: i32,
    /// Unix seconds; only with status 1.
    #[serde(default)]
    pub send_time: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct GroupMsgSendPage {
    #[serde(default)]
    pub send_list: Vec<GroupMsgSend>,
    #[serde(default)]
    pub next_cursor: String,
}

#[derive(Serialize)]
struct TaskQuery<'a> {
    msgid: &'a str,
    limit: u32,
    #[serde(skip_serializing_if = "str::is_empty")]
    cursor: &'a str,
}

#[derive(Serialize)]
struct SendResultQuery<'a> {
    msgid: &'a str,
    userid: &'a str,
    limit: u32,
    #[serde(skip_serializing_if = "str::is_empty")]
    cursor: &'a str,
}

impl WecomClient {
    /// Creates a mass message; nothing reaches a customer until the member confirms it.
    pub async fn add_msg_template(
        &self,
        credentials: &Credentials,
        template: &MsgTemplate,
    ) -> Result<MsgTemplateCreated, WecomError> {
        self.post(
            credentials,
            "/cgi-bin/externalcontact/add_msg_template",
            template,
        )
        .await
    }

    /// One page of a mass message's tasks, one per sending member.
    pub async fn groupmsg_tasks(
        &self,
        credentials: &Credentials,
        msgid: &str,
        cursor: &str,
        limit: u32,
    ) -> Result<GroupMsgTaskPage, WecomError> {
        let body = TaskQuery {
            msgid,
            limit: limit.clamp(1, MAX_RESULT_LIMIT),
            cursor,
        };
        self.post(
            credentials,
            "/cgi-bin/externalcontact/get_groupmsg_task",
            &body,
        )
        .await
    }

    /// One page of what `userid`'s task did for each customer.
    pub async fn groupmsg_send_results(
        &self,
        credentials: &Credentials,
        msgid: &str,
        userid: &str,
        cursor: &str,
        limit: u32,
    ) -> Result<GroupMsgSendPage, WecomError> {
        let body = SendResultQuery {
            msgid,
            userid,
            limit: limit.clamp(1, MAX_RESULT_LIMIT),
            cursor,
        };
        self.post(
            credentials,
            "/cgi-bin/externalcontact/get_groupmsg_send_result",
            &body,
        )
        .await
    }
}
