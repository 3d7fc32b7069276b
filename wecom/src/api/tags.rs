//! Corp tags (企业标签) and their groups: `get_corp_tag_list`, `add_corp_tag`, `edit_corp_tag`,
//! `del_corp_tag`, and `mark_tag` to put tags on a follow.

use serde::{Deserialize, Serialize};

use crate::{Credentials, WecomClient, WecomError};

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct CorpTagGroup {
    pub group_id: String,
    #[serde(default)]
    pub group_name: String,
    #[serde(default)]
    pub create_time: i64,
    #[serde(default)]
    pub order: u32,
    /// Only in answers about deleted groups.
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub tag: Vec<CorpTag>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct CorpTag {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub create_time: i64,
    #[serde(default)]
    pub order: u32,
    #[serde(default)]
    pub deleted: bool,
}

#[derive(Deserialize)]
struct TagGroupList {
    #[serde(default)]
    tag_group: Vec<CorpTagGroup>,
}

#[derive(Deserialize)]
struct OneTagGroup {
    tag_group: CorpTagGroup,
}

#[derive(Serialize)]
struct TagFilter<'a> {
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    tag_id: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    group_id: &'a [String],
}

/// What to create: tags in an existing group (`group_id`) or in a new group (`group_name`).
#[derive(Debug, Clone, Serialize)]
pub struct NewCorpTags {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<u32>,
    pub tag: Vec<NewCorpTag>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NewCorpTag {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<u32>,
}

#[derive(Serialize)]
struct EditCorpTag<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    order: Option<u32>,
}

#[derive(Serialize)]
struct MarkTag<'a> {
    userid: &'a str,
    external_userid: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    add_tag: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    remove_tag: &'a [String],
}

#[derive(Deserialize)]
struct Empty {}

const EDIT_PATH: &str = "/cgi-bin/externalcontact/edit_corp_tag";

impl WecomClient {
    /// Every corp tag group with its tags; with ids, only those (tag ids win over group ids).
    pub async fn corp_tag_list(
        &self,
        credentials: &Credentials,
        tag_ids: &[String],
        group_ids: &[String],
    ) -> Result<Vec<CorpTagGroup>, WecomError> {
        let body = TagFilter {
            tag_id: tag_ids,
            group_id: group_ids,
        };
        let answer: TagGroupList = self
            .post(
                credentials,
                "/cgi-bin/externalcontact/get_corp_tag_list",
                &body,
            )
            .await?;
        Ok(answer.tag_group)
    }

    /// Creates tags (and their group when `group_id` is absent); WeCom answers with the group.
    pub async fn add_corp_tag(
        &self,
        credentials: &Credentials,
        tags: &NewCorpTags,
    ) -> Result<CorpTagGroup, WecomError> {
        let answer: OneTagGroup = self
            .post(credentials, "/cgi-bin/externalcontact/add_corp_tag", tags)
            .await?;
        Ok(answer.tag_group)
    }

    /// Renames or reorders a tag or a group (`id` is either).
    pub async fn edit_corp_tag(
        &self,
        credentials: &Credentials,
        id: &str,
        name: Option<&str>,
        order: Option<u32>,
    ) -> Result<(), WecomError> {
        let body = EditCorpTag { id, name, order };
        let _: Empty = self.post(credentials, EDIT_PATH, &body).await?;
        Ok(())
    }

    /// Deletes tags and whole groups.
    pub async fn del_corp_tag(
        &self,
        credentials: &Credentials,
        tag_ids: &[String],
        group_ids: &[String],
    ) -> Result<(), WecomError> {
        let body = TagFilter {
            tag_id: tag_ids,
            group_id: group_ids,
        };
        let _: Empty = self
            .post(credentials, "/cgi-bin/externalcontact/del_corp_tag", &body)
            .await?;
        Ok(())
    }

    /// Adds and removes corp tags on `userid`'s follow of `external_userid`.
    pub async fn mark_tag(
        &self,
        credentials: &Credentials,
        userid: &str,
        external_userid: &str,
        add: &[String],
        remove: &[String],
    ) -> Result<(), WecomError> {
        let body = MarkTag {
            userid,
            external_userid,
            add_tag: add,
            remove_tag: remove,
        };
        let _: Empty = self
            .post(credentials, "/cgi-bin/externalcontact/mark_tag", &body)
            .await?;
        Ok(())
    }
}
