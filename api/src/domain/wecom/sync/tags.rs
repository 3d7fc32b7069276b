//! Corp tags in: every group and tag WeCom lists, by `wecom_id`; those WeCom no longer lists
//! are deleted here. One transaction: the whole list is one answer.

use std::collections::BTreeSet;

use ::wecom::Credentials;

use super::SyncState;
use crate::domain::system::SystemActor;
use crate::domain::wecom::apply::tags::{self, TagTallies};
use crate::error::ApiResult;

pub(super) async fn sync(
    system: &SystemActor,
    credentials: &Credentials,
    state: &mut SyncState,
) -> ApiResult<()> {
    let store = system.store();
    let tenant_id = system.tenant_id();
    let groups =
        super::patiently(store, || store.wecom.corp_tag_list(credentials, &[], &[])).await?;
    let mut tally = TagTallies::default();
    let transaction = entity::begin_write(&store.db).await?;
    for group in &groups {
        tags::upsert_tag_group(&transaction, tenant_id, group, true, &mut tally).await?;
    }
    let listed: BTreeSet<String> = groups
        .iter()
        .filter(|group| !group.deleted)
        .map(|group| group.group_id.clone())
        .collect();
    tags::delete_groups_not_listed(&transaction, tenant_id, &listed, &mut tally).await?;
    transaction.commit().await?;
    state.counts.tag_groups.absorb(tally.groups);
    state.counts.tags.absorb(tally.tags);
    state.done += groups
        .iter()
        .map(|group| group.tag.len() as u64 + 1)
        .sum::<u64>();
    Ok(())
}
