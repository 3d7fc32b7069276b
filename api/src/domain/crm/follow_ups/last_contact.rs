//! `Customer.lastContactAt`: the latest of the customer's follow-ups (those the actor may
//! read) and of the archived one-to-one conversations between the customer and the followers
//! the actor covers. Of a conversation only its last-sent time is read (the metadata the SOP
//! engine's NO_CONTACT_FOR uses), never a message: CRM roles do not read the archive.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use entity::{archive_conversation, customer, customer_follow, follow_up, staff};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::domain::Authorized;
use crate::domain::policy::{Action, Resource};
use crate::error::ApiResult;

/// Ids per `IN (…)` list.
const CHUNK: usize = 500;

/// The last contact of each of `customer_ids` that had one the actor may know of.
pub async fn last_contacts(
    auth: &Authorized,
    customer_ids: &[i64],
) -> ApiResult<HashMap<i64, DateTime<Utc>>> {
    auth.require(Action::Read, Resource::Customer)?;
    auth.require(Action::Read, Resource::FollowUp)?;
    let mut latest: HashMap<i64, DateTime<Utc>> = HashMap::new();
    let mut note = |customer_id: i64, at: DateTime<Utc>| {
        let entry = latest.entry(customer_id).or_insert(at);
        if at > *entry {
            *entry = at;
        }
    };
    let follow_up_scope = auth.follow_up_scope().await?;
    let follow_scope = auth.follow_scope().await?;
    for chunk in customer_ids.chunks(CHUNK) {
        let follow_ups: Vec<(i64, Option<DateTime<Utc>>)> = follow_up::Entity::find()
            .select_only()
            .column(follow_up::Column::CustomerId)
            .expr(Expr::col(follow_up::Column::At).max())
            .filter(follow_up_scope.clone())
            .filter(follow_up::Column::CustomerId.is_in(chunk.to_vec()))
            .group_by(follow_up::Column::CustomerId)
            .into_tuple()
            .all(auth.db())
            .await?;
        for (customer_id, at) in follow_ups {
            if let Some(at) = at {
                note(customer_id, at);
            }
        }

        // The archive side: one conversation per (follower, customer), by its key.
        let follows: Vec<(i64, i64)> = customer_follow::Entity::find()
            .select_only()
            .column(customer_follow::Column::CustomerId)
            .column(customer_follow::Column::StaffId)
            .filter(follow_scope.clone())
            .filter(customer_follow::Column::CustomerId.is_in(chunk.to_vec()))
            .into_tuple()
            .all(auth.db())
            .await?;
        if follows.is_empty() {
            continue;
        }
        let staff_ids: BTreeSet<i64> = follows.iter().map(|(_, staff)| *staff).collect();
        let userids: HashMap<i64, Option<String>> = staff::Entity::find()
            .select_only()
            .column(staff::Column::Id)
            .column(staff::Column::WecomUserid)
            .filter(staff::Column::TenantId.eq(auth.tenant_id()))
            .filter(staff::Column::Id.is_in(staff_ids))
            .into_tuple::<(i64, Option<String>)>()
            .all(auth.db())
            .await?
            .into_iter()
            .collect();
        let external: HashMap<i64, String> = customer::Entity::find()
            .select_only()
            .column(customer::Column::Id)
            .column(customer::Column::ExternalUserid)
            .filter(customer::Column::TenantId.eq(auth.tenant_id()))
            .filter(customer::Column::Id.is_in(chunk.to_vec()))
            .into_tuple::<(i64, String)>()
            .all(auth.db())
            .await?
            .into_iter()
            .collect();
        let mut customer_of_key: HashMap<String, Vec<i64>> = HashMap::new();
        for (customer_id, staff_id) in &follows {
            let (Some(Some(userid)), Some(external_userid)) =
                (userids.get(staff_id), external.get(customer_id))
            else {
                continue;
            };
            let key = ::archive::store::conversation_key(
                userid,
                std::slice::from_ref(external_userid),
                None,
            );
            customer_of_key.entry(key).or_default().push(*customer_id);
        }
        let keys: Vec<String> = customer_of_key.keys().cloned().collect();
        for keys in keys.chunks(CHUNK) {
            let sent: Vec<(String, i64)> = archive_conversation::Entity::find()
                .select_only()
                .column(archive_conversation::Column::Key)
                .column(archive_conversation::Column::LastSentAtMs)
                .filter(archive_conversation::Column::TenantId.eq(auth.tenant_id()))
                .filter(archive_conversation::Column::Key.is_in(keys.to_vec()))
                .into_tuple()
                .all(auth.db())
                .await?;
            for (key, millis) in sent {
                let Some(at) = DateTime::from_timestamp_millis(millis) else {
                    continue;
                };
                for customer_id in customer_of_key.get(&key).into_iter().flatten() {
                    note(*customer_id, at);
                }
            }
        }
    }
    Ok(latest)
}
