//! Sending a due broadcast, as the `Broadcast` system task on the job runner.
//!
//! 1. **Reserve**, 200 customers per transaction: lock the customers' rows (PostgreSQL; SQLite
//!    has one writer at a time), read the rules and each customer's counted messages, and
//!    insert a recipient row — `RESERVED`, or `EXCLUDED` with the reason — under a unique
//!    (broadcast, customer) key. A job taken over after a crash finds the rows it made and goes
//!    on; two broadcasts racing for a customer's last slot serialize on the lock, and the
//!    second counts the first's reservation.
//! 2. **Hand over**, per sending member: `add_msg_template` with their customers (≤ 10,000 a
//!    call). The rows are marked handed-over first, so a crash in the middle never sends twice
//!    (at most once is the harassment-safe side); WeCom's `fail_list` and refusals are recorded
//!    per recipient, and their slots given back.
//! 3. **Results**, later (`refresh_results`): `get_groupmsg_send_result` as members confirm.

use std::collections::{BTreeMap, HashMap, HashSet};

use ::wecom::api::group_msg::{
    CHAT_TYPE_SINGLE, MAX_EXTERNAL_USERIDS, MsgTemplate, SEND_LIMIT_REACHED, SEND_NOT_FRIEND,
    SEND_SENT,
};
use ::wecom::api::message::Text;
use entity::broadcast::{self, BroadcastStatus};
use entity::broadcast_recipient::{self, RecipientStatus};
use entity::{customer, follow_tag, material};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::audience::{Audience, Recipient, recipients, unsubscribed_userids};
use super::rules::{self, Exclusion};
use crate::domain::Store;
use crate::domain::engage::library::attachments;
use crate::domain::org::time_zone::TenantTimeZone;
use crate::error::{ApiError, ApiResult, ErrorCode};

/// Customers reserved per transaction.
const RESERVE_BATCH: usize = 200;
/// Written on a row handed to WeCom before WeCom answered with its msgid.
const HANDED_OVER: &str = "";

/// What a send did, for the job's progress.
#[derive(Debug, Clone, Copy, Default)]
pub struct SendTally {
    pub reserved: u64,
    pub excluded: u64,
    pub failed: u64,
}

fn public(error: &ApiError) -> String {
    match error.code() {
        ErrorCode::Internal => "internal error; the server log has the details".to_owned(),
        _ => error.to_string().chars().take(500).collect(),
    }
}

async fn tenant_zone(store: &Store, tenant_id: i64) -> ApiResult<TenantTimeZone> {
    let tenant = entity::tenant::Entity::find_by_id(tenant_id)
        .one(&store.db)
        .await?
        .ok_or(ApiError::NotFound("tenant"))?;
    TenantTimeZone::stored(&tenant.time_zone)
}

/// Reserves (or excludes) one batch of recipients in one transaction.
async fn reserve_batch(
    store: &Store,
    row: &broadcast::Model,
    batch: &[Recipient],
    zone: TenantTimeZone,
    tally: &mut SendTally,
) -> ApiResult<()> {
    let tenant_id = row.tenant_id;
    let customer_ids: Vec<i64> = batch
        .iter()
        .map(|recipient| recipient.customer_id)
        .collect();
    let transaction = entity::begin_write(&store.db).await?;
    if transaction.get_database_backend() == DatabaseBackend::Postgres {
        // Every send touching one of these customers waits here for the others to commit.
        customer::Entity::find()
            .filter(customer::Column::TenantId.eq(tenant_id))
            .filter(customer::Column::Id.is_in(customer_ids.clone()))
            .order_by_asc(customer::Column::Id)
            .lock_exclusive()
            .all(&transaction)
            .await?;
    }
    let rules = super::policy::load(&transaction, tenant_id).await?;
    let now = store.now();
    let today = now.with_timezone(&zone.tz()).date_naive();
    let week_start = rules::week_start(today).to_string();
    let today_text = today.to_string();
    let mut counts: HashMap<i64, (u32, u32)> = HashMap::new();
    for counted in broadcast_recipient::Entity::find()
        .filter(broadcast_recipient::Column::TenantId.eq(tenant_id))
        .filter(broadcast_recipient::Column::CustomerId.is_in(customer_ids.clone()))
        .filter(broadcast_recipient::Column::Status.is_in(RecipientStatus::COUNTED))
        .filter(broadcast_recipient::Column::LocalDay.gte(week_start))
        .filter(broadcast_recipient::Column::LocalDay.lte(today_text.clone()))
        .filter(broadcast_recipient::Column::BroadcastId.ne(row.id))
        .all(&transaction)
        .await?
    {
        let entry = counts.entry(counted.customer_id).or_default();
        entry.1 += 1;
        if counted.local_day == today_text {
            entry.0 += 1;
        }
    }
    let tagged: HashSet<i64> = match rules.opt_out_tag_id {
        None => HashSet::new(),
        Some(tag_id) => follow_tag::Entity::find()
            .select_only()
            .column(follow_tag::Column::CustomerId)
            .filter(follow_tag::Column::TenantId.eq(tenant_id))
            .filter(follow_tag::Column::TagId.eq(tag_id))
            .filter(follow_tag::Column::CustomerId.is_in(customer_ids.clone()))
            .into_tuple()
            .all(&transaction)
            .await?
            .into_iter()
            .collect(),
    };
    let replied: HashSet<i64> = customer::Entity::find()
        .select_only()
        .column(customer::Column::Id)
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::Id.is_in(customer_ids.clone()))
        .filter(customer::Column::ExternalUserid.in_subquery(unsubscribed_userids(tenant_id)))
        .into_tuple()
        .all(&transaction)
        .await?
        .into_iter()
        .collect();
    for recipient in batch {
        let (today_count, week_count) = counts
            .get(&recipient.customer_id)
            .copied()
            .unwrap_or((0, 0));
        let consent = rules::Consent {
            opt_out_tagged: tagged.contains(&recipient.customer_id),
            replied_unsubscribe: replied.contains(&recipient.customer_id),
        };
        let reason = rules::exclusion(&rules, consent, today_count, week_count);
        let inserted = broadcast_recipient::Entity::insert(broadcast_recipient::ActiveModel {
            tenant_id: Set(tenant_id),
            broadcast_id: Set(row.id),
            customer_id: Set(recipient.customer_id),
            staff_id: Set(Some(recipient.staff_id)),
            status: Set(if reason.is_some() {
                RecipientStatus::Excluded
            } else {
                RecipientStatus::Reserved
            }),
            excluded_reason: Set(reason.map(|reason| reason.code().to_owned())),
            local_day: Set(today_text.clone()),
            reserved_at: Set(now),
            sent_at: Set(None),
            error: Set(None),
            wecom_msgid: Set(None),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([
                broadcast_recipient::Column::BroadcastId,
                broadcast_recipient::Column::CustomerId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(&transaction)
        .await?;
        if inserted == 1 {
            match reason {
                Some(_) => tally.excluded += 1,
                None => tally.reserved += 1,
            }
        }
    }
    transaction.commit().await?;
    Ok(())
}

/// Reserves every recipient of the broadcast, then hands each member's share to WeCom.
pub(crate) async fn send(
    store: &Store,
    row: &broadcast::Model,
    mut progress: impl FnMut(u64),
) -> ApiResult<SendTally> {
    let audience: Audience = serde_json::from_str(&row.audience).map_err(|error| {
        ApiError::Internal(format!("a stored audience does not parse: {error}"))
    })?;
    let zone = tenant_zone(store, row.tenant_id).await?;
    let all = recipients(&store.db, row.tenant_id, &audience).await?;
    let mut tally = SendTally::default();
    for (index, batch) in all.chunks(RESERVE_BATCH).enumerate() {
        reserve_batch(store, row, batch, zone, &mut tally).await?;
        progress(
            u64::try_from((index + 1) * RESERVE_BATCH)
                .unwrap_or(u64::MAX)
                .min(all.len() as u64),
        );
    }
    let credentials = crate::domain::wecom::sync::credentials(store, row.tenant_id).await?;
    let external: HashMap<i64, &Recipient> = all
        .iter()
        .map(|recipient| (recipient.customer_id, recipient))
        .collect();
    // Rows reserved and not handed over yet, by sending member.
    let pending = broadcast_recipient::Entity::find()
        .filter(broadcast_recipient::Column::TenantId.eq(row.tenant_id))
        .filter(broadcast_recipient::Column::BroadcastId.eq(row.id))
        .filter(broadcast_recipient::Column::Status.eq(RecipientStatus::Reserved))
        .filter(broadcast_recipient::Column::WecomMsgid.is_null())
        .all(&store.db)
        .await?;
    let mut by_sender: BTreeMap<String, Vec<(i64, String)>> = BTreeMap::new();
    for recipient in &pending {
        let Some(known) = external.get(&recipient.customer_id) else {
            // The follow went away between reserving and sending: give the slot back.
            mark(
                store,
                &[recipient.id],
                RecipientStatus::Failed,
                Some("the customer is no longer followed".into()),
            )
            .await?;
            tally.failed += 1;
            continue;
        };
        by_sender
            .entry(known.userid.clone())
            .or_default()
            .push((recipient.id, known.external_userid.clone()));
    }
    if by_sender.is_empty() {
        return Ok(tally);
    }
    // Materials are uploaded once for every member's share. One that cannot go fails the
    // shares (their slots given back): a mass message never goes out without what it promised.
    let attachments = match broadcast_attachments(store, &credentials, row).await {
        Ok(attachments) => attachments,
        Err(error) => {
            tracing::warn!(broadcast = row.id, error = %error, "broadcast: a material could not be attached");
            let ids: Vec<i64> = by_sender.values().flatten().map(|(id, _)| *id).collect();
            tally.failed += ids.len() as u64;
            let reason = format!("a material could not be attached: {}", public(&error));
            mark(store, &ids, RecipientStatus::Failed, Some(reason)).await?;
            return Ok(tally);
        }
    };
    let text = row.content_text.clone();
    for (userid, rows) in by_sender {
        for chunk in rows.chunks(MAX_EXTERNAL_USERIDS) {
            let ids: Vec<i64> = chunk.iter().map(|(id, _)| *id).collect();
            // Handed over before the call: should the process die during it, nothing is sent twice.
            broadcast_recipient::Entity::update_many()
                .col_expr(
                    broadcast_recipient::Column::WecomMsgid,
                    Expr::value(HANDED_OVER),
                )
                .filter(broadcast_recipient::Column::Id.is_in(ids.clone()))
                .exec(&store.db)
                .await?;
            let template = MsgTemplate {
                chat_type: CHAT_TYPE_SINGLE.to_owned(),
                external_userid: chunk.iter().map(|(_, external)| external.clone()).collect(),
                sender: Some(userid.clone()),
                text: text.clone().map(|content| Text { content }),
                attachments: attachments.clone(),
            };
            match store.wecom.add_msg_template(&credentials, &template).await {
                Ok(created) => {
                    let failed: HashSet<&String> = created.fail_list.iter().collect();
                    let (refused, accepted): (Vec<i64>, Vec<i64>) = {
                        let (refused, accepted): (Vec<_>, Vec<_>) = chunk
                            .iter()
                            .partition(|(_, external)| failed.contains(external));
                        (
                            refused.iter().map(|(id, _)| *id).collect(),
                            accepted.iter().map(|(id, _)| *id).collect(),
                        )
                    };
                    broadcast_recipient::Entity::update_many()
                        .col_expr(
                            broadcast_recipient::Column::WecomMsgid,
                            Expr::value(created.msgid.clone()),
                        )
                        .filter(broadcast_recipient::Column::Id.is_in(accepted))
                        .exec(&store.db)
                        .await?;
                    tally.failed += refused.len() as u64;
                    mark(
                        store,
                        &refused,
                        RecipientStatus::Failed,
                        Some("WeCom cannot send to this customer (fail_list)".into()),
                    )
                    .await?;
                }
                Err(error) => {
                    let error = ApiError::from(error);
                    tracing::warn!(broadcast = row.id, error = %error, "broadcast: WeCom refused a member's share");
                    tally.failed += ids.len() as u64;
                    mark(store, &ids, RecipientStatus::Failed, Some(public(&error))).await?;
                }
            }
        }
    }
    Ok(tally)
}

/// The broadcast's materials as WeCom attachments, in order.
async fn broadcast_attachments(
    store: &Store,
    credentials: &::wecom::Credentials,
    row: &broadcast::Model,
) -> ApiResult<Vec<::wecom::api::message::Attachment>> {
    let ids = super::material_ids(row)?;
    let mut attached = Vec::with_capacity(ids.len());
    for id in ids {
        let material = material::Entity::find_by_id(id)
            .filter(material::Column::TenantId.eq(row.tenant_id))
            .one(&store.db)
            .await?
            .ok_or(ApiError::NotFound("material"))?;
        attached.push(attachments::to_wecom(store, credentials, &material).await?);
    }
    Ok(attached)
}

async fn mark(
    store: &Store,
    ids: &[i64],
    status: RecipientStatus,
    error: Option<String>,
) -> ApiResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    broadcast_recipient::Entity::update_many()
        .col_expr(broadcast_recipient::Column::Status, Expr::value(status))
        .col_expr(broadcast_recipient::Column::Error, Expr::value(error))
        .filter(broadcast_recipient::Column::Id.is_in(ids.to_vec()))
        .exec(&store.db)
        .await?;
    Ok(())
}

/// Reads WeCom's results of a sent broadcast's messages that are not final yet; returns how
/// many remain open.
pub(crate) async fn refresh_results(store: &Store, row: &broadcast::Model) -> ApiResult<u64> {
    let open = broadcast_recipient::Entity::find()
        .filter(broadcast_recipient::Column::TenantId.eq(row.tenant_id))
        .filter(broadcast_recipient::Column::BroadcastId.eq(row.id))
        .filter(broadcast_recipient::Column::Status.eq(RecipientStatus::Reserved))
        .filter(broadcast_recipient::Column::WecomMsgid.is_not_null())
        .filter(broadcast_recipient::Column::WecomMsgid.ne(HANDED_OVER))
        .all(&store.db)
        .await?;
    if open.is_empty() {
        return Ok(0);
    }
    let credentials = crate::domain::wecom::sync::credentials(store, row.tenant_id).await?;
    let customer_ids: Vec<i64> = open.iter().map(|recipient| recipient.customer_id).collect();
    let mut external_of = HashMap::new();
    for chunk in customer_ids.chunks(1000) {
        for found in customer::Entity::find()
            .filter(customer::Column::TenantId.eq(row.tenant_id))
            .filter(customer::Column::Id.is_in(chunk.to_vec()))
            .all(&store.db)
            .await?
        {
            external_of.insert(found.external_userid, found.id);
        }
    }
    let staff_ids: HashSet<i64> = open
        .iter()
        .filter_map(|recipient| recipient.staff_id)
        .collect();
    let userids: Vec<String> = entity::staff::Entity::find()
        .filter(entity::staff::Column::TenantId.eq(row.tenant_id))
        .filter(entity::staff::Column::Id.is_in(staff_ids))
        .all(&store.db)
        .await?
        .into_iter()
        .filter_map(|member| member.wecom_userid)
        .collect();
    let msgids: HashSet<String> = open
        .iter()
        .filter_map(|recipient| recipient.wecom_msgid.clone())
        .collect();
    let by_customer: HashMap<i64, i64> = open
        .iter()
        .map(|recipient| (recipient.customer_id, recipient.id))
        .collect();
    let mut still_open = open.len() as u64;
    for msgid in &msgids {
        for userid in &userids {
            let mut cursor = String::new();
            loop {
                let page = match store
                    .wecom
                    .groupmsg_send_results(&credentials, msgid, userid, &cursor, 1000)
                    .await
                {
                    Ok(page) => page,
                    // This member had no share of this message.
                    Err(error) if error.errcode() == Some(::wecom::errcode::INVALID_MSGID) => break,
                    Err(error) => return Err(error.into()),
                };
                for result in &page.send_list {
                    let Some(external) = &result.external_userid else {
                        continue;
                    };
                    let Some(row_id) = external_of.get(external).and_then(|id| by_customer.get(id))
                    else {
                        continue;
                    };
                    let status = match result.status {
                        SEND_SENT => RecipientStatus::Sent,
                        SEND_NOT_FRIEND => RecipientStatus::NotFriend,
                        SEND_LIMIT_REACHED => RecipientStatus::WecomLimit,
                        _ => continue,
                    };
                    let sent_at = result
                        .send_time
                        .and_then(|seconds| chrono::DateTime::from_timestamp(seconds, 0));
                    broadcast_recipient::Entity::update_many()
                        .col_expr(broadcast_recipient::Column::Status, Expr::value(status))
                        .col_expr(broadcast_recipient::Column::SentAt, Expr::value(sent_at))
                        .filter(broadcast_recipient::Column::Id.eq(*row_id))
                        .filter(broadcast_recipient::Column::Status.eq(RecipientStatus::Reserved))
                        .exec(&store.db)
                        .await?;
                    still_open = still_open.saturating_sub(1);
                }
                if page.next_cursor.is_empty() {
                    break;
                }
                cursor = page.next_cursor;
            }
        }
    }
    Ok(still_open)
}

/// Marks the broadcast sent (or failed), unless it was changed meanwhile.
pub(crate) async fn finish(
    store: &Store,
    row: &broadcast::Model,
    result: &ApiResult<SendTally>,
) -> ApiResult<()> {
    let recipients: i32 = broadcast_recipient::Entity::find()
        .filter(broadcast_recipient::Column::BroadcastId.eq(row.id))
        .filter(broadcast_recipient::Column::Status.ne(RecipientStatus::Excluded))
        .count_rows(&store.db)
        .await?;
    let (status, error) = match result {
        Ok(_) => (BroadcastStatus::Sent, None),
        Err(error) => (BroadcastStatus::Failed, Some(public(error))),
    };
    broadcast::Entity::update_many()
        .col_expr(broadcast::Column::Status, Expr::value(status))
        .col_expr(broadcast::Column::Error, Expr::value(error))
        .col_expr(broadcast::Column::SentAt, Expr::value(Some(store.now())))
        .col_expr(broadcast::Column::Recipients, Expr::value(recipients))
        .col_expr(broadcast::Column::UpdatedAt, Expr::value(store.now()))
        .filter(broadcast::Column::Id.eq(row.id))
        .filter(broadcast::Column::Status.eq(BroadcastStatus::Sending))
        .exec(&store.db)
        .await?;
    Ok(())
}

trait CountRows {
    async fn count_rows<C: ConnectionTrait>(self, db: &C) -> ApiResult<i32>;
}

impl CountRows for sea_orm::Select<broadcast_recipient::Entity> {
    async fn count_rows<C: ConnectionTrait>(self, db: &C) -> ApiResult<i32> {
        use sea_orm::PaginatorTrait;
        Ok(i32::try_from(self.count(db).await?).unwrap_or(i32::MAX))
    }
}

/// Exclusion reasons stored on rows, parsed back (unknown text is skipped).
pub(crate) fn parse_reason(text: Option<&str>) -> Option<Exclusion> {
    text.and_then(Exclusion::from_code)
}
