//! Consent to archiving (会话存档 同意情况): `msgaudit/check_single_agree` and
//! `msgaudit/check_room_agree`. WeCom spells the contact field `exteranalopenid`.

use serde::{Deserialize, Serialize};

use crate::{Credentials, WecomClient, WecomError};

/// What a contact answered when asked to agree to archiving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgreeStatus {
    Agree,
    Disagree,
    /// The corp's default applies (the contact was never asked).
    DefaultAgree,
}

impl AgreeStatus {
    fn parse(text: &str) -> Option<Self> {
        match text {
            "Agree" => Some(AgreeStatus::Agree),
            "Disagree" => Some(AgreeStatus::Disagree),
            "Default_Agree" => Some(AgreeStatus::DefaultAgree),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agreement {
    /// The member, for single chats; absent for rooms.
    pub userid: Option<String>,
    pub external_userid: String,
    /// `None` when WeCom answers a status this client does not know.
    pub status: Option<AgreeStatus>,
    /// Unix seconds.
    pub status_change_time: i64,
}

#[derive(Deserialize)]
struct RawAgreement {
    #[serde(default)]
    userid: Option<String>,
    #[serde(default)]
    exteranalopenid: String,
    #[serde(default)]
    agree_status: String,
    #[serde(default)]
    status_change_time: i64,
}

impl From<RawAgreement> for Agreement {
    fn from(raw: RawAgreement) -> Self {
        Agreement {
            userid: raw.userid.filter(|id| !id.is_empty()),
            external_userid: raw.exteranalopenid,
            status: AgreeStatus::parse(&raw.agree_status),
            status_change_time: raw.status_change_time,
        }
    }
}

#[derive(Deserialize)]
struct AgreeInfo {
    #[serde(default)]
    agreeinfo: Vec<RawAgreement>,
}

/// One (member, contact) pair to ask about.
#[derive(Debug, Clone, Serialize)]
pub struct SinglePair {
    pub userid: String,
    #[serde(rename = "exteranalopenid")]
    pub external_userid: String,
}

#[derive(Serialize)]
struct SingleRequest<'a> {
    info: &'a [SinglePair],
}

#[derive(Serialize)]
struct RoomRequest<'a> {
    roomid: &'a str,
}

impl WecomClient {
    /// Whether each contact agreed to have their single chats with that member archived.
    pub async fn check_single_agree(
        &self,
        credentials: &Credentials,
        pairs: &[SinglePair],
    ) -> Result<Vec<Agreement>, WecomError> {
        let answer: AgreeInfo = self
            .post(
                credentials,
                "/cgi-bin/msgaudit/check_single_agree",
                &SingleRequest { info: pairs },
            )
            .await?;
        Ok(answer.agreeinfo.into_iter().map(Agreement::from).collect())
    }

    /// Whether each external member of a group agreed to have the group archived.
    pub async fn check_room_agree(
        &self,
        credentials: &Credentials,
        roomid: &str,
    ) -> Result<Vec<Agreement>, WecomError> {
        let answer: AgreeInfo = self
            .post(
                credentials,
                "/cgi-bin/msgaudit/check_room_agree",
                &RoomRequest { roomid },
            )
            .await?;
        Ok(answer.agreeinfo.into_iter().map(Agreement::from).collect())
    }
}
