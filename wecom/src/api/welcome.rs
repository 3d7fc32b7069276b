//! Welcome messages: `externalcontact/send_welcome_msg` with the `WelcomeCode` of an
//! `add_external_contact` event (valid 20 seconds, usable once: a second send is
//! [`crate::errcode::WELCOME_CODE_USED`]), and the group welcome templates
//! (`externalcontact/group_welcome_template/add|edit|get|del`).

use serde::{Deserialize, Serialize};

use super::message::{Attachment, Image, Link, MediaRef, MiniProgram, Text};
use crate::{Credentials, WecomClient, WecomError};

/// What `send_welcome_msg` sends: a text, attachments (≤ 9), or both.
#[derive(Debug, Clone, Serialize)]
pub struct WelcomeMessage {
    pub welcome_code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

/// A group welcome template (入群欢迎语素材): a text and at most one of the others.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct GroupWelcomeTemplate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Link>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub miniprogram: Option<MiniProgram>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<MediaRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video: Option<MediaRef>,
}

#[derive(Serialize)]
struct AddTemplate<'a> {
    #[serde(flatten)]
    template: &'a GroupWelcomeTemplate,
    #[serde(skip_serializing_if = "Option::is_none")]
    agentid: Option<u32>,
    /// 1: tell the corp's members a template was added (WeCom's default), 0: do not.
    #[serde(skip_serializing_if = "Option::is_none")]
    notify: Option<u8>,
}

#[derive(Serialize)]
struct EditTemplate<'a> {
    template_id: &'a str,
    #[serde(flatten)]
    template: &'a GroupWelcomeTemplate,
    #[serde(skip_serializing_if = "Option::is_none")]
    agentid: Option<u32>,
}

#[derive(Serialize)]
struct TemplateId<'a> {
    template_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    agentid: Option<u32>,
}

#[derive(Deserialize)]
struct TemplateCreated {
    template_id: String,
}

#[derive(Deserialize)]
struct Empty {}

impl WecomClient {
    /// Sends the welcome message of a new follow. Do not retry on
    /// [`crate::errcode::WELCOME_CODE_USED`] or [`crate::errcode::INVALID_WELCOME_CODE`].
    pub async fn send_welcome_msg(
        &self,
        credentials: &Credentials,
        message: &WelcomeMessage,
    ) -> Result<(), WecomError> {
        let _: Empty = self
            .post(
                credentials,
                "/cgi-bin/externalcontact/send_welcome_msg",
                message,
            )
            .await?;
        Ok(())
    }

    /// Adds a group welcome template; answers its `template_id`. `notify: Some(false)` keeps
    /// WeCom from telling the corp's members.
    pub async fn add_group_welcome_template(
        &self,
        credentials: &Credentials,
        template: &GroupWelcomeTemplate,
        agentid: Option<u32>,
        notify: Option<bool>,
    ) -> Result<String, WecomError> {
        let body = AddTemplate {
            template,
            agentid,
            notify: notify.map(u8::from),
        };
        let answer: TemplateCreated = self
            .post(
                credentials,
                "/cgi-bin/externalcontact/group_welcome_template/add",
                &body,
            )
            .await?;
        Ok(answer.template_id)
    }

    /// Replaces a group welcome template's content.
    pub async fn edit_group_welcome_template(
        &self,
        credentials: &Credentials,
        template_id: &str,
        template: &GroupWelcomeTemplate,
        agentid: Option<u32>,
    ) -> Result<(), WecomError> {
        let body = EditTemplate {
            template_id,
            template,
            agentid,
        };
        let _: Empty = self
            .post(
                credentials,
                "/cgi-bin/externalcontact/group_welcome_template/edit",
                &body,
            )
            .await?;
        Ok(())
    }

    /// A group welcome template's content.
    pub async fn get_group_welcome_template(
        &self,
        credentials: &Credentials,
        template_id: &str,
    ) -> Result<GroupWelcomeTemplate, WecomError> {
        self.post(
            credentials,
            "/cgi-bin/externalcontact/group_welcome_template/get",
            &TemplateId {
                template_id,
                agentid: None,
            },
        )
        .await
    }

    pub async fn del_group_welcome_template(
        &self,
        credentials: &Credentials,
        template_id: &str,
        agentid: Option<u32>,
    ) -> Result<(), WecomError> {
        let _: Empty = self
            .post(
                credentials,
                "/cgi-bin/externalcontact/group_welcome_template/del",
                &TemplateId {
                    template_id,
                    agentid,
                },
            )
            .await?;
        Ok(())
    }
}
