//! WeCom's `transfer_fail` callback (`change_external_contact`, `ChangeType=transfer_fail`):
//! the customer refused, or the takeover member (`UserID`) is at WeCom's customer limit. It
//! fails the unfinished transfer of that customer to that member, with the reason.

use entity::transfer::{self, TransferStatus};
use entity::{customer, staff};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use wecom::api::transfer::{RESULT_LIMIT, RESULT_REFUSED};
use wecom::callback::TransferFailReason;

use crate::error::ApiResult;

/// Fails the matching transfer inside the events job's transaction `db`; how many it failed
/// (0 when scrm has no such transfer: made outside scrm, or finished already).
pub(crate) async fn transfer_failed<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    takeover_userid: &str,
    external_userid: &str,
    reason: TransferFailReason,
    at: chrono::DateTime<chrono::Utc>,
) -> ApiResult<u64> {
    let Some(takeover) = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant_id))
        .filter(staff::Column::WecomUserid.eq(takeover_userid))
        .one(db)
        .await?
    else {
        return Ok(0);
    };
    let Some(person) = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::ExternalUserid.eq(external_userid))
        .one(db)
        .await?
    else {
        return Ok(0);
    };
    let Some(open) = transfer::Entity::find()
        .filter(transfer::Column::TenantId.eq(tenant_id))
        .filter(transfer::Column::CustomerId.eq(person.id))
        .filter(transfer::Column::ToStaffId.eq(takeover.id))
        .filter(transfer::Column::Status.is_in([TransferStatus::Pending, TransferStatus::Waiting]))
        .order_by_desc(transfer::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(0);
    };
    let (status, text) = match reason {
        TransferFailReason::CustomerRefused => {
            (RESULT_REFUSED, "the customer refused the transfer")
        }
        TransferFailReason::CustomerLimitExceed => (
            RESULT_LIMIT,
            "the takeover member has reached WeCom's customer limit",
        ),
    };
    let failed = super::poll::fail(db, open.id, Some(status), text, at).await?;
    Ok(u64::from(failed))
}
