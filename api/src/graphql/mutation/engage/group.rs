//! Mutations of group welcome templates: `groupWelcomeTemplateCreate`, `…Update`, `…Delete`.
//! Customer groups themselves are WeCom's: they change there and come back by sync.

use async_graphql::{Context, ID, InputObject, Object};

use crate::domain::engage::groups::welcome::{self, LinkDraft, TemplateDraft};
use crate::graphql::authorized;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::GroupWelcomeTemplate;

#[derive(Default)]
pub struct GroupWelcomeMutation;

/// A link card: WeCom shows the title, description and picture and opens the URL.
#[derive(InputObject)]
pub struct GroupWelcomeLinkInput {
    /// 1 to 128 bytes.
    pub title: String,
    /// An http:// or https:// link.
    pub url: String,
    /// The card's picture, an http:// or https:// link.
    pub picurl: Option<String>,
    /// At most 512 bytes.
    pub desc: Option<String>,
}

/// A group welcome template's content: a text, a link, or both.
#[derive(InputObject)]
pub struct GroupWelcomeTemplateInput {
    /// At most 4,000 bytes (WeCom's limit; a Chinese character takes 3).
    pub text: Option<String>,
    pub link: Option<GroupWelcomeLinkInput>,
}

/// New content for a template: it replaces the old content whole, as WeCom's edit does.
#[derive(InputObject)]
pub struct GroupWelcomeTemplateUpdateInput {
    pub id: ID,
    pub text: Option<String>,
    pub link: Option<GroupWelcomeLinkInput>,
}

/// A template to delete.
#[derive(InputObject)]
pub struct GroupWelcomeTemplateDeleteInput {
    pub id: ID,
}

payload!(GroupWelcomeTemplatePayload {
    /// The template as it is after the change.
    group_welcome_template: GroupWelcomeTemplate
});

payload!(GroupWelcomeTemplateDeletePayload {
    /// The id of the template deleted.
    deleted_group_welcome_template_id: ID
});

fn draft(text: Option<String>, link: Option<GroupWelcomeLinkInput>) -> TemplateDraft {
    TemplateDraft {
        text,
        link: link.map(|link| LinkDraft {
            title: link.title,
            url: link.url,
            picurl: link.picurl,
            desc: link.desc,
        }),
    }
}

#[Object]
impl GroupWelcomeMutation {
    /// Adds a group welcome template to the corp in WeCom, then here (admins and managers).
    /// Nothing is sent on bad input; nothing is stored if WeCom refuses. Needs WeCom connected.
    async fn group_welcome_template_create(
        &self,
        ctx: &Context<'_>,
        input: GroupWelcomeTemplateInput,
    ) -> async_graphql::Result<Option<GroupWelcomeTemplatePayload>> {
        let auth = authorized(ctx)?;
        let result = welcome::create(auth, draft(input.text, input.link)).await;
        respond(result.map(GroupWelcomeTemplate))
    }

    /// Replaces a template's content, in WeCom first.
    async fn group_welcome_template_update(
        &self,
        ctx: &Context<'_>,
        input: GroupWelcomeTemplateUpdateInput,
    ) -> async_graphql::Result<Option<GroupWelcomeTemplatePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::GroupWelcomeTemplate, &input.id)?;
            welcome::update(auth, id, draft(input.text, input.link)).await
        }
        .await;
        respond(result.map(GroupWelcomeTemplate))
    }

    /// Deletes a template, in WeCom first: groups that used it welcome no one with it.
    async fn group_welcome_template_delete(
        &self,
        ctx: &Context<'_>,
        input: GroupWelcomeTemplateDeleteInput,
    ) -> async_graphql::Result<Option<GroupWelcomeTemplateDeletePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::GroupWelcomeTemplate, &input.id)?;
            welcome::delete(auth, id).await
        }
        .await;
        respond(result.map(|id| ids::encode(NodeKind::GroupWelcomeTemplate, id)))
    }
}
