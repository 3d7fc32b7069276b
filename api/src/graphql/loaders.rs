//! Per-request DataLoaders: fields of many objects are resolved with one query per field,
//! however many objects a page holds (no N+1). Each loader carries the caller's
//! authorization, so batched reads go through the same policy as single ones.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use async_graphql::dataloader::{DataLoader, Loader};
use entity::{customer_follow, department, staff, tag};

use crate::domain::{Authorized, customers, departments, staff as staff_service, tags};
use crate::error::ApiError;

pub struct Loaders {
    pub follows_by_customer: DataLoader<FollowsByCustomer>,
    pub staff_by_id: DataLoader<StaffById>,
    pub tags_by_follow: DataLoader<TagsByFollow>,
    pub tags_by_customer: DataLoader<TagsByCustomer>,
    pub tags_by_group: DataLoader<TagsByGroup>,
    pub department_by_id: DataLoader<DepartmentById>,
}

impl Loaders {
    pub fn new(auth: &Authorized) -> Self {
        Loaders {
            follows_by_customer: DataLoader::new(FollowsByCustomer(auth.clone()), tokio::spawn),
            staff_by_id: DataLoader::new(StaffById(auth.clone()), tokio::spawn),
            tags_by_follow: DataLoader::new(TagsByFollow(auth.clone()), tokio::spawn),
            tags_by_customer: DataLoader::new(TagsByCustomer(auth.clone()), tokio::spawn),
            tags_by_group: DataLoader::new(TagsByGroup(auth.clone()), tokio::spawn),
            department_by_id: DataLoader::new(DepartmentById(auth.clone()), tokio::spawn),
        }
    }
}

pub struct FollowsByCustomer(Authorized);

impl Loader<i64> for FollowsByCustomer {
    type Value = Vec<customer_follow::Model>;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        let follows = customers::follows_of(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        let mut grouped: HashMap<i64, Self::Value> = HashMap::new();
        for follow in follows {
            grouped.entry(follow.customer_id).or_default().push(follow);
        }
        Ok(grouped)
    }
}

pub struct StaffById(Authorized);

impl Loader<i64> for StaffById {
    type Value = staff::Model;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        let members = staff_service::colleagues(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        Ok(members
            .into_iter()
            .map(|member| (member.id, member))
            .collect())
    }
}

pub struct TagsByFollow(Authorized);

impl Loader<i64> for TagsByFollow {
    type Value = Vec<tag::Model>;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        let pairs = tags::tags_of_follows(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        let mut grouped: HashMap<i64, Self::Value> = HashMap::new();
        for (follow_id, tag) in pairs {
            grouped.entry(follow_id).or_default().push(tag);
        }
        for tags in grouped.values_mut() {
            tags.sort_by_key(|tag| (tag.group_id, tag.sort, tag.id));
        }
        Ok(grouped)
    }
}

/// The union of the tags on a customer's follows, deduplicated, in display order.
pub struct TagsByCustomer(Authorized);

impl Loader<i64> for TagsByCustomer {
    type Value = Vec<tag::Model>;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        let follows = customers::follows_of(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        let customer_of_follow: HashMap<i64, i64> = follows
            .iter()
            .map(|follow| (follow.id, follow.customer_id))
            .collect();
        let follow_ids: Vec<i64> = customer_of_follow.keys().copied().collect();
        let pairs = tags::tags_of_follows(&self.0, &follow_ids)
            .await
            .map_err(Arc::new)?;
        let mut unique: HashMap<i64, BTreeMap<(i64, i32, i64), tag::Model>> = HashMap::new();
        for (follow_id, tag) in pairs {
            if let Some(customer_id) = customer_of_follow.get(&follow_id) {
                unique
                    .entry(*customer_id)
                    .or_default()
                    .insert((tag.group_id, tag.sort, tag.id), tag);
            }
        }
        Ok(unique
            .into_iter()
            .map(|(customer_id, tags)| (customer_id, tags.into_values().collect()))
            .collect())
    }
}

pub struct TagsByGroup(Authorized);

impl Loader<i64> for TagsByGroup {
    type Value = Vec<tag::Model>;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        let all = tags::tags_of_groups(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        let mut grouped: HashMap<i64, Self::Value> = HashMap::new();
        for tag in all {
            grouped.entry(tag.group_id).or_default().push(tag);
        }
        Ok(grouped)
    }
}

pub struct DepartmentById(Authorized);

impl Loader<i64> for DepartmentById {
    type Value = department::Model;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        let found = departments::get_many(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        Ok(found
            .into_iter()
            .map(|department| (department.id, department))
            .collect())
    }
}
