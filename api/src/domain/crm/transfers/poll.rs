//! Reading WeCom's results until every transfer is final. WeCom gives the customer 24 hours
//! to object, so results come late: the server queues a `TRANSFER_RESULTS` job for each
//! tenant with unfinished transfers every `--transfer-poll-every` (settings), and the job
//! asks `transfer_result` (or `resigned/transfer_result`) once per pair of members.
//!
//! | WeCom status           | transfer                                                      |
//! |------------------------|---------------------------------------------------------------|
//! | 1 接替完毕             | SUCCEEDED, `takenOverAt`; scrm's records move (`handover`)    |
//! | 2 等待接替             | WAITING                                                       |
//! | 3 客户拒绝             | FAILED: the customer refused                                  |
//! | 4 接替成员客户达到上限 | FAILED: the takeover member is at WeCom's customer limit      |
//! | 5 无接替记录           | FAILED: WeCom has no record of it                             |
//!
//! A transfer still unfinished [`GIVE_UP_AFTER_HOURS`] after it was asked for is FAILED "no
//! result from WeCom". Every change is a conditional update from an unfinished status, so two
//! jobs (two servers) finishing the same transfer move its records once.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use entity::transfer::{self, TransferKind, TransferStatus};
use entity::{JobKind, customer, staff};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use wecom::api::transfer::{
    RESULT_DONE, RESULT_LIMIT, RESULT_NO_RECORD, RESULT_REFUSED, RESULT_WAITING, TransferMode,
    TransferResult,
};

use super::handover;
use crate::domain::Store;
use crate::domain::jobs::{self};
use crate::domain::policy::{Action, Resource};
use crate::domain::system::SystemActor;
use crate::error::ApiResult;

/// WeCom decides within 24 hours; after twice that, scrm stops asking.
pub const GIVE_UP_AFTER_HOURS: i64 = 48;
/// The name the scheduled jobs are queued under.
const SCHEDULE: &str = "transfer-results";
/// Result pages read per pair before the job moves on (100 customers a page).
const MAX_PAGES: usize = 100;

pub(crate) fn mode_of(kind: TransferKind) -> TransferMode {
    match kind {
        TransferKind::Online => TransferMode::Online,
        TransferKind::Resigned => TransferMode::Resigned,
    }
}

/// What a round did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Round {
    pub checked: u64,
    pub finished: u64,
}

fn unfinished() -> [TransferStatus; 2] {
    [TransferStatus::Pending, TransferStatus::Waiting]
}

/// Reads the results of every unfinished transfer of the actor's tenant (the job's work).
pub(crate) async fn run(system: &SystemActor) -> ApiResult<Round> {
    system.require(Action::Update, Resource::Transfer)?;
    system.require(Action::Update, Resource::Deal)?;
    system.require(Action::Update, Resource::Task)?;
    let store = system.store();
    let tenant_id = system.tenant_id();
    let open = transfer::Entity::find()
        .filter(transfer::Column::TenantId.eq(tenant_id))
        .filter(transfer::Column::Status.is_in(unfinished()))
        .all(&store.db)
        .await?;
    let mut round = Round::default();
    if open.is_empty() {
        return Ok(round);
    }
    let credentials = crate::domain::wecom::sync::credentials(store, tenant_id).await?;
    let mut pairs: BTreeMap<(i64, i64, bool), Vec<transfer::Model>> = BTreeMap::new();
    for row in open {
        let resigned = row.kind == TransferKind::Resigned;
        pairs
            .entry((row.from_staff_id, row.to_staff_id, resigned))
            .or_default()
            .push(row);
    }
    for ((from, to, _), rows) in pairs {
        let (Some(handover), Some(takeover)) = (
            userid(store, tenant_id, from).await?,
            userid(store, tenant_id, to).await?,
        ) else {
            // A member lost their WeCom account meanwhile: nothing to ask; the give-up below
            // ends these.
            continue;
        };
        let Some(kind) = rows.first().map(|row| row.kind) else {
            continue;
        };
        let results =
            read_results(store, &credentials, mode_of(kind), &handover, &takeover).await?;
        for row in rows {
            round.checked += 1;
            let Some(external_userid) = external_userid(store, row.customer_id).await? else {
                continue;
            };
            let Some(result) = results.get(&external_userid) else {
                touch(store, &row).await?;
                continue;
            };
            if apply(store, &row, result).await? {
                round.finished += 1;
            }
        }
    }
    round.finished += give_up(store, tenant_id).await?;
    Ok(round)
}

async fn userid(store: &Store, tenant_id: i64, staff_id: i64) -> ApiResult<Option<String>> {
    Ok(staff::Entity::find_by_id(staff_id)
        .filter(staff::Column::TenantId.eq(tenant_id))
        .one(&store.db)
        .await?
        .and_then(|member| member.wecom_userid))
}

async fn external_userid(store: &Store, customer_id: i64) -> ApiResult<Option<String>> {
    Ok(customer::Entity::find_by_id(customer_id)
        .one(&store.db)
        .await?
        .map(|row| row.external_userid))
}

/// Every page of the pair's results, by customer.
async fn read_results(
    store: &Store,
    credentials: &wecom::Credentials,
    mode: TransferMode,
    handover: &str,
    takeover: &str,
) -> ApiResult<BTreeMap<String, TransferResult>> {
    let mut results = BTreeMap::new();
    let mut cursor = String::new();
    for _ in 0..MAX_PAGES {
        let page = store
            .wecom
            .transfer_results(credentials, mode, handover, takeover, &cursor)
            .await?;
        for result in page.customer {
            results.insert(result.external_userid.clone(), result);
        }
        if wecom::api::is_last_page(&page.next_cursor) {
            break;
        }
        cursor = page.next_cursor;
    }
    Ok(results)
}

/// Records when WeCom was last asked.
async fn touch(store: &Store, row: &transfer::Model) -> ApiResult<()> {
    transfer::Entity::update_many()
        .col_expr(transfer::Column::CheckedAt, Expr::value(Some(store.now())))
        .filter(transfer::Column::Id.eq(row.id))
        .filter(transfer::Column::Status.is_in(unfinished()))
        .exec(&store.db)
        .await?;
    Ok(())
}

/// Applies WeCom's status to one transfer; whether it became final here.
async fn apply(store: &Store, row: &transfer::Model, result: &TransferResult) -> ApiResult<bool> {
    let now = store.now();
    let failure = match result.status {
        RESULT_DONE => return succeed(store, row, result, now).await,
        RESULT_WAITING => {
            transfer::Entity::update_many()
                .col_expr(
                    transfer::Column::Status,
                    Expr::value(TransferStatus::Waiting),
                )
                .col_expr(
                    transfer::Column::WecomStatus,
                    Expr::value(Some(RESULT_WAITING)),
                )
                .col_expr(transfer::Column::CheckedAt, Expr::value(Some(now)))
                .filter(transfer::Column::Id.eq(row.id))
                .filter(transfer::Column::Status.is_in(unfinished()))
                .exec(&store.db)
                .await?;
            return Ok(false);
        }
        RESULT_REFUSED => "the customer refused the transfer",
        RESULT_LIMIT => "the takeover member has reached WeCom's customer limit",
        RESULT_NO_RECORD => "WeCom has no record of this transfer",
        _ => "WeCom answered a status scrm does not know",
    };
    fail(&store.db, row.id, Some(result.status), failure, now).await
}

async fn succeed(
    store: &Store,
    row: &transfer::Model,
    result: &TransferResult,
    now: DateTime<Utc>,
) -> ApiResult<bool> {
    let taken_over_at = result
        .takeover_time
        .and_then(|seconds| DateTime::from_timestamp(seconds, 0))
        .unwrap_or(now);
    let transaction = entity::begin_write(&store.db).await?;
    let marked = transfer::Entity::update_many()
        .col_expr(
            transfer::Column::Status,
            Expr::value(TransferStatus::Succeeded),
        )
        .col_expr(
            transfer::Column::WecomStatus,
            Expr::value(Some(RESULT_DONE)),
        )
        .col_expr(
            transfer::Column::TakenOverAt,
            Expr::value(Some(taken_over_at)),
        )
        .col_expr(transfer::Column::CheckedAt, Expr::value(Some(now)))
        .col_expr(transfer::Column::FinishedAt, Expr::value(Some(now)))
        .filter(transfer::Column::Id.eq(row.id))
        .filter(transfer::Column::Status.is_in(unfinished()))
        .exec(&transaction)
        .await?;
    if marked.rows_affected != 1 {
        // Finished meanwhile (another job, a callback): dropping the transaction undoes ours.
        return Ok(false);
    }
    let moved = handover::move_records(&transaction, row, now).await?;
    transaction.commit().await?;
    tracing::info!(
        transfer = row.id,
        deals = moved.deals,
        tasks = moved.tasks,
        "transfer: taken over; scrm's records moved"
    );
    Ok(true)
}

/// Marks an unfinished transfer FAILED with `reason`; whether it was unfinished.
pub(crate) async fn fail<C: sea_orm::ConnectionTrait>(
    db: &C,
    id: i64,
    wecom_status: Option<i32>,
    reason: &str,
    now: DateTime<Utc>,
) -> ApiResult<bool> {
    let mut update = transfer::Entity::update_many()
        .col_expr(
            transfer::Column::Status,
            Expr::value(TransferStatus::Failed),
        )
        .col_expr(
            transfer::Column::Error,
            Expr::value(Some(reason.to_string())),
        )
        .col_expr(transfer::Column::CheckedAt, Expr::value(Some(now)))
        .col_expr(transfer::Column::FinishedAt, Expr::value(Some(now)));
    if let Some(status) = wecom_status {
        update = update.col_expr(transfer::Column::WecomStatus, Expr::value(Some(status)));
    }
    let marked = update
        .filter(transfer::Column::Id.eq(id))
        .filter(transfer::Column::Status.is_in(unfinished()))
        .exec(db)
        .await?;
    Ok(marked.rows_affected == 1)
}

async fn give_up(store: &Store, tenant_id: i64) -> ApiResult<u64> {
    let now = store.now();
    let cutoff = now - Duration::hours(GIVE_UP_AFTER_HOURS);
    let stale: Vec<i64> = transfer::Entity::find()
        .select_only()
        .column(transfer::Column::Id)
        .filter(transfer::Column::TenantId.eq(tenant_id))
        .filter(transfer::Column::Status.is_in(unfinished()))
        .filter(transfer::Column::RequestedAt.lt(cutoff))
        .into_tuple()
        .all(&store.db)
        .await?;
    let mut ended = 0;
    for id in stale {
        if fail(&store.db, id, None, "no result from WeCom", now).await? {
            ended += 1;
        }
    }
    Ok(ended)
}

/// Queues the tenant's results job unless one is already waiting.
async fn wake(store: &Store, tenant_id: i64) -> ApiResult<()> {
    jobs::wake(store, tenant_id, JobKind::TransferResults, SCHEDULE).await
}

/// Queues the results job of every tenant with an unfinished transfer.
pub async fn wake_all(store: &Store) -> ApiResult<()> {
    let tenants: Vec<i64> = transfer::Entity::find()
        .select_only()
        .column(transfer::Column::TenantId)
        .filter(transfer::Column::Status.is_in(unfinished()))
        .distinct()
        .into_tuple()
        .all(&store.db)
        .await?;
    for tenant_id in tenants {
        wake(store, tenant_id).await?;
    }
    Ok(())
}

/// Every `every`, queues the results jobs (the server's task, for its life). Several servers
/// doing it at once queue a job more at worst; its updates are conditional.
pub async fn schedule_periodically(store: Store, every: std::time::Duration) {
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        ticker.tick().await;
        if let Err(error) = wake_all(&store).await {
            tracing::warn!(error = %error, "transfers: queuing the results jobs failed");
        }
    }
}
