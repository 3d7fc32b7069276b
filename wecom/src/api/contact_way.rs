//! Contact ways (「联系我」, 渠道活码): `externalcontact/add_contact_way`, `update_contact_way`,
//! `get_contact_way`, `del_contact_way`. A customer who adds a member through one brings its
//! `state` along: in the `add_external_contact` event and on the follow `externalcontact/get`
//! reports.

use serde::{Deserialize, Serialize};

use crate::{Credentials, WecomClient, WecomError};

/// `type` 1: one member (exactly one in `user`).
pub const TYPE_SINGLE: i32 = 1;
/// `type` 2: several members (`user` and/or `party`, at most 100 members in all).
pub const TYPE_MULTI: i32 = 2;
/// `scene` 1: a button in a mini program.
pub const SCENE_MINIPROGRAM: i32 = 1;
/// `scene` 2: a QR code (the answer carries `qr_code`).
pub const SCENE_QR_CODE: i32 = 2;
/// `state` and `remark` take at most 30 characters.
pub const MAX_STATE_CHARS: usize = 30;

/// What `add_contact_way` takes.
#[derive(Debug, Clone, Serialize)]
pub struct NewContactWay {
    /// [`TYPE_SINGLE`] or [`TYPE_MULTI`].
    #[serde(rename = "type")]
    pub way_type: i32,
    /// [`SCENE_MINIPROGRAM`] or [`SCENE_QR_CODE`].
    pub scene: i32,
    /// The mini program button's style (scene 1 only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub style: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// Whether customers are added without the member's confirmation (WeCom's default: true).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_verify: Option<bool>,
    /// The channel tag returned with every customer added through this way (≤ 30 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Member userids.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub user: Vec<String>,
    /// Department ids (type 2 only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub party: Vec<u64>,
}

/// `add_contact_way`'s answer.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct ContactWayCreated {
    pub config_id: String,
    /// The QR code's image URL (scene 2 only).
    #[serde(default)]
    pub qr_code: String,
}

/// What `update_contact_way` takes: `None` leaves a field as it is; `user` and `party` replace
/// the lists when given.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ContactWayUpdate {
    pub config_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_verify: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub style: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub party: Option<Vec<u64>>,
}

/// A contact way as `get_contact_way` reports it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct ContactWay {
    pub config_id: String,
    #[serde(rename = "type")]
    pub way_type: i32,
    #[serde(default)]
    pub scene: i32,
    #[serde(default)]
    pub style: i32,
    #[serde(default)]
    pub remark: String,
    #[serde(default)]
    pub skip_verify: bool,
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub qr_code: String,
    #[serde(default)]
    pub user: Vec<String>,
    #[serde(default)]
    pub party: Vec<u64>,
}

#[derive(Serialize)]
struct ConfigId<'a> {
    config_id: &'a str,
}

#[derive(Deserialize)]
struct OneContactWay {
    contact_way: ContactWay,
}

#[derive(Deserialize)]
struct Empty {}

impl WecomClient {
    /// Creates a contact way; scene 2 answers with the QR code's URL.
    pub async fn add_contact_way(
        &self,
        credentials: &Credentials,
        way: &NewContactWay,
    ) -> Result<ContactWayCreated, WecomError> {
        self.post(credentials, "/cgi-bin/externalcontact/add_contact_way", way)
            .await
    }

    /// Changes a contact way; its QR code stays the same.
    pub async fn update_contact_way(
        &self,
        credentials: &Credentials,
        update: &ContactWayUpdate,
    ) -> Result<(), WecomError> {
        let _: Empty = self
            .post(
                credentials,
                "/cgi-bin/externalcontact/update_contact_way",
                update,
            )
            .await?;
        Ok(())
    }

    /// One contact way (41044 when it does not exist).
    pub async fn get_contact_way(
        &self,
        credentials: &Credentials,
        config_id: &str,
    ) -> Result<ContactWay, WecomError> {
        let answer: OneContactWay = self
            .post(
                credentials,
                "/cgi-bin/externalcontact/get_contact_way",
                &ConfigId { config_id },
            )
            .await?;
        Ok(answer.contact_way)
    }

    /// Deletes a contact way; its QR code stops working.
    pub async fn del_contact_way(
        &self,
        credentials: &Credentials,
        config_id: &str,
    ) -> Result<(), WecomError> {
        let _: Empty = self
            .post(
                credentials,
                "/cgi-bin/externalcontact/del_contact_way",
                &ConfigId { config_id },
            )
            .await?;
        Ok(())
    }
}
