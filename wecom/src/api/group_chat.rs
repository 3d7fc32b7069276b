//! Customer groups (客户群): `externalcontact/groupchat/list` and `groupchat/get`.

use serde::{Deserialize, Serialize};

use crate::{Credentials, WecomClient, WecomError};

/// `groupchat/list` takes at most 1,000 per page.
pub const MAX_GROUP_LIST_LIMIT: u32 = 1000;

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct GroupChatRef {
    pub chat_id: String,
    /// 0 normal, 1 to be inherited after the owner left, 2 inheritance in progress, 3 inherited.
    #[serde(default)]
    pub status: i32,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct GroupChatPage {
    #[serde(default)]
    pub group_chat_list: Vec<GroupChatRef>,
    #[serde(default)]
    pub next_cursor: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct GroupChat {
    pub chat_id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub create_time: i64,
    #[serde(default)]
    pub notice: String,
    #[serde(default)]
    pub member_list: Vec<GroupMember>,
    #[serde(default)]
    pub admin_list: Vec<GroupAdmin>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct GroupMember {
    pub userid: String,
    /// 1 a corp member, 2 an external contact.
    #[serde(default, rename = "type")]
    pub member_type: i32,
    #[serde(default)]
    pub join_time: i64,
    /// 1 invited directly, 2 invited by link, 3 joined by QR code.
    #[serde(default)]
    pub join_scene: i32,
    #[serde(default)]
    pub group_nickname: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub unionid: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct GroupAdmin {
    pub userid: String,
}

#[derive(Serialize)]
struct ListRequest<'a> {
    status_filter: i32,
    cursor: &'a str,
    limit: u32,
}

#[derive(Serialize)]
struct GetRequest<'a> {
    chat_id: &'a str,
    need_name: i32,
}

#[derive(Deserialize)]
struct OneGroupChat {
    group_chat: GroupChat,
}

impl WecomClient {
    /// One page of every customer group of the corp (all statuses).
    pub async fn group_chat_list(
        &self,
        credentials: &Credentials,
        cursor: &str,
        limit: u32,
    ) -> Result<GroupChatPage, WecomError> {
        let body = ListRequest {
            status_filter: 0,
            cursor,
            limit: limit.clamp(1, MAX_GROUP_LIST_LIMIT),
        };
        self.post(
            credentials,
            "/cgi-bin/externalcontact/groupchat/list",
            &body,
        )
        .await
    }

    /// A group with its members, owner and admins (names included).
    pub async fn group_chat(
        &self,
        credentials: &Credentials,
        chat_id: &str,
    ) -> Result<GroupChat, WecomError> {
        let body = GetRequest {
            chat_id,
            need_name: 1,
        };
        let answer: OneGroupChat = self
            .post(credentials, "/cgi-bin/externalcontact/groupchat/get", &body)
            .await?;
        Ok(answer.group_chat)
    }
}
