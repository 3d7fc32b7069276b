use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use crate::domain::{crm::customers, crm::tags};
use crate::error::ApiResult;
use crate::graphql::authorized;
use crate::graphql::errors::{GraphqlResult, UserError};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{Customer, Tag, TagGroup};

#[derive(Default)]
pub struct TagMutation;

#[derive(InputObject)]
pub struct TagGroupCreateInput {
    pub name: String,
    /// Tags to create in the group, in display order.
    #[graphql(default)]
    pub tags: Vec<String>,
}

payload!(TagGroupPayload {
    /// The group as it is after the change.
    tag_group: TagGroup
});

/// A new name for a tag group.
#[derive(InputObject)]
pub struct TagGroupUpdateInput {
    /// The group to rename.
    pub id: ID,
    /// Its new name, unique among the tenant's tag groups.
    pub name: String,
}

/// A tag group to delete, with its tags.
#[derive(InputObject)]
pub struct TagGroupDeleteInput {
    /// The group to delete.
    pub id: ID,
}

payload!(TagGroupDeletePayload {
    /// The id of the group deleted (its tags went with it).
    deleted_tag_group_id: ID
});

#[derive(InputObject)]
pub struct TagCreateInput {
    pub group_id: ID,
    pub name: String,
}

payload!(TagPayload {
    /// The tag as it is after the change.
    tag: Tag
});

/// A new name for a tag.
#[derive(InputObject)]
pub struct TagUpdateInput {
    /// The tag to rename.
    pub id: ID,
    /// Its new name, unique within the tag's group.
    pub name: String,
}

/// A tag to delete.
#[derive(InputObject)]
pub struct TagDeleteInput {
    /// The tag to delete.
    pub id: ID,
}

payload!(TagDeletePayload {
    /// The id of the tag deleted.
    deleted_tag_id: ID
});

/// A batch of customers and tags. The whole batch applies, or none of it does.
#[derive(InputObject)]
pub struct CustomerTagInput {
    pub customer_ids: Vec<ID>,
    pub tag_ids: Vec<ID>,
}

#[derive(SimpleObject, Default)]
pub struct CustomerTagPayload {
    /// The customers as they are after the change.
    pub customers: Vec<Customer>,
    pub user_errors: Vec<UserError>,
}

#[Object]
impl TagMutation {
    /// Creates a tag group with its tags (admins only).
    async fn tag_group_create(
        &self,
        ctx: &Context<'_>,
        input: TagGroupCreateInput,
    ) -> async_graphql::Result<Option<TagGroupPayload>> {
        let auth = authorized(ctx)?;
        respond(
            tags::group_create(auth, &input.name, &input.tags)
                .await
                .map(TagGroup),
        )
    }

    /// Adds a tag to a group (admins only).
    async fn tag_create(
        &self,
        ctx: &Context<'_>,
        input: TagCreateInput,
    ) -> async_graphql::Result<Option<TagPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let group_id = ids::decode(&["input", "groupId"], NodeKind::TagGroup, &input.group_id)?;
            tags::tag_create(auth, group_id, &input.name).await
        }
        .await;
        respond(result.map(Tag))
    }

    /// Renames a tag group (admins only). With WeCom connected, a group WeCom knows is
    /// renamed there first; if WeCom refuses, nothing changes.
    async fn tag_group_update(
        &self,
        ctx: &Context<'_>,
        input: TagGroupUpdateInput,
    ) -> async_graphql::Result<Option<TagGroupPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::TagGroup, &input.id)?;
            tags::group_update(auth, id, &input.name).await
        }
        .await;
        respond(result.map(TagGroup))
    }

    /// Deletes a tag group with its tags, which leave every customer that had them (admins
    /// only). With WeCom connected, a group WeCom knows is deleted there first; if WeCom
    /// refuses, nothing changes.
    async fn tag_group_delete(
        &self,
        ctx: &Context<'_>,
        input: TagGroupDeleteInput,
    ) -> async_graphql::Result<Option<TagGroupDeletePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::TagGroup, &input.id)?;
            tags::group_delete(auth, id).await
        }
        .await;
        respond(result.map(|id| ids::encode(NodeKind::TagGroup, id)))
    }

    /// Renames a tag (admins only). With WeCom connected, a tag WeCom knows is renamed there
    /// first; if WeCom refuses, nothing changes.
    async fn tag_update(
        &self,
        ctx: &Context<'_>,
        input: TagUpdateInput,
    ) -> async_graphql::Result<Option<TagPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Tag, &input.id)?;
            tags::tag_update(auth, id, &input.name).await
        }
        .await;
        respond(result.map(Tag))
    }

    /// Deletes a tag, which leaves every customer that had it (admins only). With WeCom
    /// connected, a tag WeCom knows is deleted there first; if WeCom refuses, nothing changes.
    async fn tag_delete(
        &self,
        ctx: &Context<'_>,
        input: TagDeleteInput,
    ) -> async_graphql::Result<Option<TagDeletePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Tag, &input.id)?;
            tags::tag_delete(auth, id).await
        }
        .await;
        respond(result.map(|id| ids::encode(NodeKind::Tag, id)))
    }

    /// Puts every tag on every customer, on the follows you cover. All or nothing: one bad id
    /// and no customer is changed.
    async fn customer_tag(
        &self,
        ctx: &Context<'_>,
        input: CustomerTagInput,
    ) -> async_graphql::Result<Option<CustomerTagPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let (customer_ids, tag_ids) = decode_batch(&input)?;
            tags::customers_tag(auth, &customer_ids, &tag_ids).await?;
            fetch_customers(auth, &customer_ids).await
        }
        .await;
        tag_payload(result)
    }

    /// Removes every tag from every customer, on the follows you cover. All or nothing.
    async fn customer_untag(
        &self,
        ctx: &Context<'_>,
        input: CustomerTagInput,
    ) -> async_graphql::Result<Option<CustomerTagPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let (customer_ids, tag_ids) = decode_batch(&input)?;
            tags::customers_untag(auth, &customer_ids, &tag_ids).await?;
            fetch_customers(auth, &customer_ids).await
        }
        .await;
        tag_payload(result)
    }
}

fn decode_batch(input: &CustomerTagInput) -> ApiResult<(Vec<i64>, Vec<i64>)> {
    let customer_ids = ids::decode_list(
        &["input", "customerIds"],
        NodeKind::Customer,
        &input.customer_ids,
    );
    let tag_ids = ids::decode_list(&["input", "tagIds"], NodeKind::Tag, &input.tag_ids);
    match (customer_ids, tag_ids) {
        (Ok(customer_ids), Ok(tag_ids)) => Ok((customer_ids, tag_ids)),
        (
            Err(crate::error::ApiError::Invalid(mut first)),
            Err(crate::error::ApiError::Invalid(mut second)),
        ) => {
            first.append(&mut second);
            Err(crate::error::ApiError::Invalid(first))
        }
        (Err(error), _) | (_, Err(error)) => Err(error),
    }
}

async fn fetch_customers(
    auth: &crate::domain::Authorized,
    ids: &[i64],
) -> ApiResult<Vec<entity::customer::Model>> {
    let mut found = Vec::with_capacity(ids.len());
    for id in ids {
        found.push(customers::get(auth, *id).await?);
    }
    Ok(found)
}

fn tag_payload(
    result: ApiResult<Vec<entity::customer::Model>>,
) -> async_graphql::Result<Option<CustomerTagPayload>> {
    Ok(Some(match result.user_errors()? {
        Ok(customers) => CustomerTagPayload {
            customers: customers.into_iter().map(Customer).collect(),
            user_errors: Vec::new(),
        },
        Err(user_errors) => CustomerTagPayload {
            customers: Vec::new(),
            user_errors,
        },
    }))
}
