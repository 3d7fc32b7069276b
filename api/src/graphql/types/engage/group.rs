//! `CustomerGroup` (客户群, as synced from WeCom) and `GroupWelcomeTemplate` (入群欢迎语素材).

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{customer_group, group_welcome_template};

use crate::domain::engage::groups::{self, MEMBER_CUSTOMER, MEMBER_STAFF};
use crate::domain::page::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};
use crate::graphql::authorized;
use crate::graphql::cost;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{Customer, Staff};

/// A customer group (客户群) of the tenant's WeCom corp, as the last sync or callback saw it.
/// WeCom binds no welcome message to a group: see `groupWelcomeTemplates`.
pub struct CustomerGroup(pub customer_group::Model);

#[Object]
impl CustomerGroup {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::CustomerGroup, self.0.id)
    }

    /// WeCom's `chat_id` (also the archive's `roomid`).
    async fn chat_id(&self) -> &str {
        &self.0.chat_id
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    /// The staff member who owns the group, by their WeCom userid (null when no staff member
    /// of the tenant has it, e.g. before a STAFF sync).
    async fn owner(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let auth = authorized(ctx)?;
        Ok(groups::staff_by_userid(auth, &self.0.owner_userid)
            .await
            .gql()?
            .map(Staff))
    }

    /// The owner's WeCom userid.
    async fn owner_userid(&self) -> &str {
        &self.0.owner_userid
    }

    /// The group's announcement (群公告).
    async fn notice(&self) -> Option<&str> {
        self.0.notice.as_deref()
    }

    /// When the group was created in WeCom.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When WeCom said the group was dismissed (null: it is live).
    async fn dismissed_at(&self) -> Option<DateTime<Utc>> {
        self.0.dismissed_at
    }

    /// Every member: staff and external contacts.
    async fn member_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let auth = authorized(ctx)?;
        groups::member_count(auth, &self.0, None).await.gql()
    }

    /// Members who are staff of the corp.
    async fn staff_member_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let auth = authorized(ctx)?;
        groups::member_count(auth, &self.0, Some(MEMBER_STAFF))
            .await
            .gql()
    }

    /// Members who are external contacts (customers of any member, or of none).
    async fn customer_member_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let auth = authorized(ctx)?;
        groups::member_count(auth, &self.0, Some(MEMBER_CUSTOMER))
            .await
            .gql()
    }

    /// Up to `first` (at most 100) members that are customers of the tenant you may read,
    /// matched by `external_userid`.
    #[graphql(complexity = "cost::page(first, cost::LIST, child_complexity)")]
    async fn customers(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
    ) -> async_graphql::Result<Vec<Customer>> {
        let auth = authorized(ctx)?;
        let limit = first.unwrap_or(DEFAULT_PAGE_SIZE).clamp(0, MAX_PAGE_SIZE);
        Ok(
            groups::customers(auth, &self.0, u64::try_from(limit).unwrap_or(0))
                .await
                .gql()?
                .into_iter()
                .map(Customer)
                .collect(),
        )
    }

    /// The group's admins (群管理员) that are staff of the tenant.
    async fn admins(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Staff>> {
        let auth = authorized(ctx)?;
        Ok(groups::admins(auth, &self.0)
            .await
            .gql()?
            .into_iter()
            .map(Staff)
            .collect())
    }

    /// The WeCom userids of the group's admins, known as staff or not.
    async fn admin_userids(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        let auth = authorized(ctx)?;
        groups::admin_userids(auth, &self.0).await.gql()
    }
}

/// What `customerGroups` filters by.
#[derive(InputObject, Default)]
pub struct CustomerGroupFilter {
    /// Only groups this staff member owns.
    pub owner_id: Option<ID>,
    /// Only groups whose name contains this (ASCII case ignored).
    pub name: Option<String>,
    /// Only dismissed (true) or live (false) groups.
    pub dismissed: Option<bool>,
}

impl CustomerGroupFilter {
    pub fn into_domain(self) -> crate::error::ApiResult<groups::CustomerGroupFilter> {
        Ok(groups::CustomerGroupFilter {
            owner_id: self
                .owner_id
                .map(|id| ids::decode(&["filter", "ownerId"], NodeKind::Staff, &id))
                .transpose()?,
            name: self.name,
            dismissed: self.dismissed,
        })
    }
}

/// A link card of a group welcome template.
#[derive(SimpleObject)]
pub struct GroupWelcomeLink {
    pub title: String,
    pub url: String,
    /// The card's picture.
    pub picurl: Option<String>,
    pub desc: Option<String>,
}

/// A group welcome template (入群欢迎语素材) of the tenant's WeCom corp. WeCom keeps templates
/// per corp; staff pick one for their groups in the WeCom app.
pub struct GroupWelcomeTemplate(pub group_welcome_template::Model);

#[Object]
impl GroupWelcomeTemplate {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::GroupWelcomeTemplate, self.0.id)
    }

    /// WeCom's `template_id`.
    async fn wecom_template_id(&self) -> &str {
        &self.0.template_id
    }

    /// The text; `@` mentions and the member's name are WeCom's to fill in.
    async fn text(&self) -> Option<&str> {
        self.0.text.as_deref()
    }

    async fn link(&self) -> Option<GroupWelcomeLink> {
        let (Some(title), Some(url)) = (&self.0.link_title, &self.0.link_url) else {
            return None;
        };
        Some(GroupWelcomeLink {
            title: title.clone(),
            url: url.clone(),
            picurl: self.0.link_picurl.clone(),
            desc: self.0.link_desc.clone(),
        })
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}
