//! External contacts (customers) and their follows: `externalcontact/get_follow_user_list`,
//! `externalcontact/batch/get_by_user`, `externalcontact/get`.

use serde::{Deserialize, Serialize};

use crate::{Credentials, WecomClient, WecomError};

/// `batch/get_by_user` takes at most 100 per page.
pub const MAX_BATCH_LIMIT: u32 = 100;

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct ExternalContact {
    pub external_userid: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub avatar: String,
    /// 1 a WeChat user, 2 a WeCom user.
    #[serde(default, rename = "type")]
    pub contact_type: i32,
    /// 0 unknown, 1 male, 2 female.
    #[serde(default)]
    pub gender: i32,
    #[serde(default)]
    pub unionid: String,
    #[serde(default)]
    pub corp_name: String,
    #[serde(default)]
    pub corp_full_name: String,
}

/// A member's follow of one contact as `batch/get_by_user` reports it (tags as ids).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct FollowInfo {
    pub userid: String,
    #[serde(default)]
    pub remark: String,
    #[serde(default)]
    pub description: String,
    /// Unix seconds.
    #[serde(default)]
    pub createtime: i64,
    #[serde(default)]
    pub tag_id: Vec<String>,
    #[serde(default)]
    pub remark_corp_name: String,
    #[serde(default)]
    pub remark_mobiles: Vec<String>,
    #[serde(default)]
    pub oper_userid: String,
    #[serde(default)]
    pub add_way: i32,
    /// The channel code's `state` that brought the contact, when one did.
    #[serde(default)]
    pub state: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct ContactWithFollow {
    pub external_contact: ExternalContact,
    pub follow_info: FollowInfo,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct ContactPage {
    #[serde(default)]
    pub external_contact_list: Vec<ContactWithFollow>,
    #[serde(default)]
    pub next_cursor: String,
}

/// A follow as `externalcontact/get` reports it (tags with names).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct FollowUser {
    pub userid: String,
    #[serde(default)]
    pub remark: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub createtime: i64,
    #[serde(default)]
    pub tags: Vec<FollowTag>,
    #[serde(default)]
    pub remark_mobiles: Vec<String>,
    #[serde(default)]
    pub add_way: i32,
    #[serde(default)]
    pub state: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct FollowTag {
    #[serde(default)]
    pub group_name: String,
    #[serde(default)]
    pub tag_name: String,
    /// Absent for personal (non-corp) tags.
    #[serde(default)]
    pub tag_id: Option<String>,
    /// 1 corp tag, 2 personal tag, 3 rule tag.
    #[serde(default, rename = "type")]
    pub tag_type: i32,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct ContactDetail {
    pub external_contact: ExternalContact,
    #[serde(default)]
    pub follow_user: Vec<FollowUser>,
    #[serde(default)]
    pub next_cursor: String,
}

#[derive(Deserialize)]
struct FollowUserList {
    #[serde(default)]
    follow_user: Vec<String>,
}

#[derive(Serialize)]
struct BatchByUser<'a> {
    userid_list: &'a [String],
    cursor: &'a str,
    limit: u32,
}

impl WecomClient {
    /// The members who may have external contacts (customer-contact permission).
    pub async fn follow_user_list(
        &self,
        credentials: &Credentials,
    ) -> Result<Vec<String>, WecomError> {
        let answer: FollowUserList = self
            .get(
                credentials,
                "/cgi-bin/externalcontact/get_follow_user_list",
                &[],
            )
            .await?;
        Ok(answer.follow_user)
    }

    /// One page of the contacts followed by `userids`, each with that follow.
    pub async fn contacts_by_user(
        &self,
        credentials: &Credentials,
        userids: &[String],
        cursor: &str,
        limit: u32,
    ) -> Result<ContactPage, WecomError> {
        let body = BatchByUser {
            userid_list: userids,
            cursor,
            limit: limit.clamp(1, MAX_BATCH_LIMIT),
        };
        self.post(
            credentials,
            "/cgi-bin/externalcontact/batch/get_by_user",
            &body,
        )
        .await
    }

    /// One contact with every follow (first page of follows; a contact followed by more than
    /// 500 members pages on with `cursor`).
    pub async fn contact(
        &self,
        credentials: &Credentials,
        external_userid: &str,
        cursor: &str,
    ) -> Result<ContactDetail, WecomError> {
        let mut query = vec![("external_userid", external_userid.to_owned())];
        if !cursor.is_empty() {
            query.push(("cursor", cursor.to_owned()));
        }
        self.get(credentials, "/cgi-bin/externalcontact/get", &query)
            .await
    }
}
