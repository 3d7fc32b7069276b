//! Per-request DataLoaders: fields of many objects are resolved with one query per field,
//! however many objects a page holds (no N+1). Each loader carries the caller's
//! authorization, so batched reads go through the same policy as single ones.
//!
//! Lists also prefetch what their selection asks for ([`Loaders::prefetch_customers`]) and
//! feed it to the loaders' caches: batching by timing alone splits under CPU load, prefetching
//! by look-ahead costs the same few statements every time.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use async_graphql::Lookahead;
use async_graphql::dataloader::{DataLoader, HashMapCache, Loader};
use entity::{customer_follow, department, staff, tag};

use crate::domain::{
    Authorized, crm::customers, crm::tags, org::departments, org::staff as staff_service,
};
use crate::error::ApiError;

type Cached<T> = DataLoader<T, HashMapCache>;

pub struct Loaders {
    auth: Authorized,
    pub follows_by_customer: Cached<FollowsByCustomer>,
    pub staff_by_id: Cached<StaffById>,
    pub tags_by_follow: Cached<TagsByFollow>,
    pub tags_by_customer: Cached<TagsByCustomer>,
    pub tags_by_group: Cached<TagsByGroup>,
    pub department_by_id: Cached<DepartmentById>,
    /// Archived messages by chain position, decrypted once per request.
    pub archive_message_by_seq: Cached<ArchiveMessageBySeq>,
    /// Risk rule names by `(code, version)`.
    pub rule_name_by_version: DataLoader<RuleNameByVersion, HashMapCache>,
    /// Archive participants (staff or customer) by WeCom id.
    pub party_by_wecom_id: DataLoader<PartyByWecomId, HashMapCache>,
    /// Archived media files by file key (`archive_service::media_file_key`).
    pub media_by_file_key: DataLoader<MediaByFileKey, HashMapCache>,
    /// Library folders by id (`Script.folder`, `Material.folder`).
    pub library_folder_by_id: Cached<crate::graphql::types::LibraryFolderById>,
    /// `useCount` of scripts and materials, by item and days.
    pub library_use_counts: DataLoader<crate::graphql::types::LibraryUseCounts, HashMapCache>,
    /// Customers by id, in the caller's scope (`FollowUp.customer`).
    pub customer_by_id: Cached<crate::graphql::types::CustomerById>,
    /// `Customer.lastContactAt`.
    pub last_contact_by_customer: Cached<crate::graphql::types::LastContactByCustomer>,
    /// Pipeline stages and pipelines by id (`Deal.stage`, `Deal.pipeline`, `DealEvent`).
    pub pipeline_stage_by_id: Cached<crate::graphql::types::PipelineStageById>,
    pub pipeline_by_id: Cached<crate::graphql::types::PipelineById>,
}

fn cached<T: Loader<i64>>(loader: T) -> Cached<T> {
    DataLoader::with_cache(loader, tokio::spawn, HashMapCache::default())
}

impl Loaders {
    pub fn new(auth: &Authorized) -> Self {
        Loaders {
            auth: auth.clone(),
            follows_by_customer: cached(FollowsByCustomer(auth.clone())),
            staff_by_id: cached(StaffById(auth.clone())),
            tags_by_follow: cached(TagsByFollow(auth.clone())),
            tags_by_customer: cached(TagsByCustomer(auth.clone())),
            tags_by_group: cached(TagsByGroup(auth.clone())),
            department_by_id: cached(DepartmentById(auth.clone())),
            archive_message_by_seq: cached(ArchiveMessageBySeq(auth.clone())),
            rule_name_by_version: DataLoader::with_cache(
                RuleNameByVersion(auth.clone()),
                tokio::spawn,
                HashMapCache::default(),
            ),
            party_by_wecom_id: DataLoader::with_cache(
                PartyByWecomId(auth.clone()),
                tokio::spawn,
                HashMapCache::default(),
            ),
            media_by_file_key: DataLoader::with_cache(
                MediaByFileKey(auth.clone()),
                tokio::spawn,
                HashMapCache::default(),
            ),
            library_folder_by_id: cached(crate::graphql::types::LibraryFolderById(auth.clone())),
            library_use_counts: DataLoader::with_cache(
                crate::graphql::types::LibraryUseCounts(auth.clone()),
                tokio::spawn,
                HashMapCache::default(),
            ),
            customer_by_id: cached(crate::graphql::types::CustomerById(auth.clone())),
            last_contact_by_customer: cached(crate::graphql::types::LastContactByCustomer(
                auth.clone(),
            )),
            pipeline_stage_by_id: cached(crate::graphql::types::PipelineStageById(auth.clone())),
            pipeline_by_id: cached(crate::graphql::types::PipelineById(auth.clone())),
        }
    }

    /// Loads, for a page of alerts, the messages and rule names its selection asks for.
    pub async fn prefetch_alerts(
        &self,
        alert: &Lookahead<'_>,
        alerts: &[entity::risk_alert::Model],
    ) -> Result<(), Arc<ApiError>> {
        if alerts.is_empty() {
            return Ok(());
        }
        if alert.field("message").exists() || alert.field("matches").exists() {
            // A purged message is gone: its alerts show none.
            let seqs: Vec<u64> = alerts
                .iter()
                .filter(|alert| alert.message_purged_at.is_none())
                .map(|alert| alert.message_seq as u64)
                .collect();
            if !seqs.is_empty() {
                let messages =
                    crate::domain::compliance::archive::messages_by_seq(&self.auth, &seqs)
                        .await
                        .map_err(Arc::new)?;
                self.archive_message_by_seq
                    .feed_many(
                        messages
                            .into_iter()
                            .map(|message| (message.seq as i64, message)),
                    )
                    .await;
            }
        }
        if alert.field("rule").field("name").exists() {
            let names = crate::domain::compliance::risk::rule_names(&self.auth)
                .await
                .map_err(Arc::new)?;
            self.rule_name_by_version.feed_many(names).await;
        }
        Ok(())
    }

    /// Loads, for a page of customers, the follows, staff, tags and departments its selection
    /// (`customer`, the look-ahead of one customer node) asks for, and feeds them to the caches.
    pub async fn prefetch_customers(
        &self,
        customer: &Lookahead<'_>,
        customer_ids: &[i64],
    ) -> Result<(), Arc<ApiError>> {
        if !customer_ids.is_empty() && customer.field("lastContactAt").exists() {
            let found = crate::graphql::types::last_contacts_of(&self.auth, customer_ids).await?;
            self.last_contact_by_customer.feed_many(found).await;
        }
        let follows_field = customer.field("follows");
        let wants_follows = follows_field.exists();
        let wants_customer_tags = customer.field("tags").exists();
        if customer_ids.is_empty() || !(wants_follows || wants_customer_tags) {
            return Ok(());
        }
        let follows = customers::follows_of(&self.auth, customer_ids)
            .await
            .map_err(Arc::new)?;
        let mut by_customer: HashMap<i64, Vec<customer_follow::Model>> =
            customer_ids.iter().map(|id| (*id, Vec::new())).collect();
        for follow in &follows {
            by_customer
                .entry(follow.customer_id)
                .or_default()
                .push(follow.clone());
        }
        let follow_ids: Vec<i64> = follows.iter().map(|follow| follow.id).collect();

        if follows_field.field("tags").exists() || wants_customer_tags {
            let pairs = tags::tags_of_follows(&self.auth, &follow_ids)
                .await
                .map_err(Arc::new)?;
            let mut by_follow: HashMap<i64, Vec<tag::Model>> =
                follow_ids.iter().map(|id| (*id, Vec::new())).collect();
            let mut by_customer_tags: HashMap<i64, BTreeMap<(i64, i32, i64), tag::Model>> =
                customer_ids
                    .iter()
                    .map(|id| (*id, BTreeMap::new()))
                    .collect();
            let customer_of_follow: HashMap<i64, i64> = follows
                .iter()
                .map(|follow| (follow.id, follow.customer_id))
                .collect();
            for (follow_id, tag) in pairs {
                if let Some(customer_id) = customer_of_follow.get(&follow_id) {
                    by_customer_tags
                        .entry(*customer_id)
                        .or_default()
                        .insert((tag.group_id, tag.sort, tag.id), tag.clone());
                }
                by_follow.entry(follow_id).or_default().push(tag);
            }
            for tags in by_follow.values_mut() {
                tags.sort_by_key(|tag| (tag.group_id, tag.sort, tag.id));
            }
            self.tags_by_follow.feed_many(by_follow).await;
            self.tags_by_customer
                .feed_many(
                    by_customer_tags
                        .into_iter()
                        .map(|(id, tags)| (id, tags.into_values().collect())),
                )
                .await;
        }

        let staff_field = follows_field.field("staff");
        if staff_field.exists() {
            let staff_ids: Vec<i64> = follows.iter().map(|follow| follow.staff_id).collect();
            let members = staff_service::colleagues(&self.auth, &staff_ids)
                .await
                .map_err(Arc::new)?;
            if staff_field.field("department").exists() {
                let department_ids: Vec<i64> = members
                    .iter()
                    .filter_map(|member| member.department_id)
                    .collect();
                if !department_ids.is_empty() {
                    let found = departments::get_many(&self.auth, &department_ids)
                        .await
                        .map_err(Arc::new)?;
                    self.department_by_id
                        .feed_many(
                            found
                                .into_iter()
                                .map(|department| (department.id, department)),
                        )
                        .await;
                }
            }
            self.staff_by_id
                .feed_many(members.into_iter().map(|member| (member.id, member)))
                .await;
        }
        self.follows_by_customer.feed_many(by_customer).await;
        Ok(())
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
        let pairs = tags::tags_of_customers(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        let mut unique: HashMap<i64, BTreeMap<(i64, i32, i64), tag::Model>> = HashMap::new();
        for (customer_id, tag) in pairs {
            unique
                .entry(customer_id)
                .or_default()
                .insert((tag.group_id, tag.sort, tag.id), tag);
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

pub struct ArchiveMessageBySeq(Authorized);

impl Loader<i64> for ArchiveMessageBySeq {
    type Value = archive::store::StoredMessage;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        let seqs: Vec<u64> = keys.iter().map(|seq| *seq as u64).collect();
        let messages = crate::domain::compliance::archive::messages_by_seq(&self.0, &seqs)
            .await
            .map_err(Arc::new)?;
        Ok(messages
            .into_iter()
            .map(|message| (message.seq as i64, message))
            .collect())
    }
}

pub struct RuleNameByVersion(Authorized);

impl Loader<(String, i32)> for RuleNameByVersion {
    type Value = String;
    type Error = Arc<ApiError>;

    async fn load(
        &self,
        keys: &[(String, i32)],
    ) -> Result<HashMap<(String, i32), Self::Value>, Self::Error> {
        let names = crate::domain::compliance::risk::rule_names(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(keys
            .iter()
            .filter_map(|key| names.get(key).map(|name| (key.clone(), name.clone())))
            .collect())
    }
}

pub struct PartyByWecomId(Authorized);

impl Loader<String> for PartyByWecomId {
    type Value = crate::domain::compliance::archive::Party;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[String]) -> Result<HashMap<String, Self::Value>, Self::Error> {
        let parties = crate::domain::compliance::archive::parties(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        Ok(parties.into_iter().collect())
    }
}

pub struct MediaByFileKey(Authorized);

impl Loader<Vec<u8>> for MediaByFileKey {
    type Value = crate::domain::compliance::archive::MediaInfo;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[Vec<u8>]) -> Result<HashMap<Vec<u8>, Self::Value>, Self::Error> {
        crate::domain::compliance::archive::media_by_file_keys(&self.0, keys)
            .await
            .map_err(Arc::new)
    }
}
