use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use entity::{tag, tag_group};

use crate::graphql::errors::to_graphql;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::request_loaders;

/// A group of corp tags (企业标签组), e.g. "客户等级".
pub struct TagGroup(pub tag_group::Model);

#[Object]
impl TagGroup {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::TagGroup, self.0.id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn tags(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Tag>> {
        let tags = request_loaders(ctx)?
            .tags_by_group
            .load_one(self.0.id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(tags.unwrap_or_default().into_iter().map(Tag).collect())
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A corp tag, e.g. "高净值".
pub struct Tag(pub tag::Model);

#[Object]
impl Tag {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Tag, self.0.id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn group_id(&self) -> ID {
        ids::encode(NodeKind::TagGroup, self.0.group_id)
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
