//! Recording customers' unsubscribe replies (`crate::opt_out`) at ingest, in the messages'
//! transaction, so a reply is never archived without its customer being left out of mass
//! messages from then on. Only the first reply per customer is kept: the fact, its chain
//! position and its time — never the text.

use std::collections::BTreeMap;

use entity::archive_opt_out;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, EntityTrait, Set};

use crate::ArchiveError;

/// One unsubscribe reply being archived.
pub(super) struct Unsubscribe<'a> {
    pub external_userid: &'a str,
    pub seq: u64,
    pub replied_at_ms: i64,
}

/// Records the customers of `replies` as unsubscribed, unless they already are.
pub(super) async fn record_unsubscribes(
    connection: &impl ConnectionTrait,
    tenant_id: i64,
    replies: impl IntoIterator<Item = Unsubscribe<'_>>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), ArchiveError> {
    // The earliest reply of each customer in the batch (replies come in chain order).
    let mut first: BTreeMap<&str, Unsubscribe<'_>> = BTreeMap::new();
    for reply in replies {
        first.entry(reply.external_userid).or_insert(reply);
    }
    if first.is_empty() {
        return Ok(());
    }
    let rows = first
        .into_values()
        .map(|reply| archive_opt_out::ActiveModel {
            tenant_id: Set(tenant_id),
            external_userid: Set(reply.external_userid.to_owned()),
            seq: Set(i64::try_from(reply.seq).unwrap_or(i64::MAX)),
            replied_at_ms: Set(reply.replied_at_ms),
            created_at: Set(now),
            ..Default::default()
        });
    archive_opt_out::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::columns([
                archive_opt_out::Column::TenantId,
                archive_opt_out::Column::ExternalUserid,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(connection)
        .await?;
    Ok(())
}
