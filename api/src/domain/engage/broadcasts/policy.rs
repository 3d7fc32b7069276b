//! The tenant's broadcast policy: read by the selling roles, changed by ADMIN
//! (`broadcastPolicyUpdate`). No row means the defaults of [`Rules`].

use entity::{broadcast_policy, tag};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::rules::Rules;
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::Problems;
use crate::domain::{Authorized, now};
use crate::error::{ApiResult, ErrorCode, FieldError};

/// The most messages per customer a policy may allow.
pub const MAX_PER_DAY: i32 = 10;
pub const MAX_PER_WEEK: i32 = 50;

/// A change to the policy; `None` leaves a part as it is (`Some(None)` removes the opt-out tag).
#[derive(Debug, Clone, Default)]
pub struct PolicyChange {
    pub per_customer_daily: Option<i32>,
    pub per_customer_weekly: Option<i32>,
    /// Minutes after local midnight.
    pub quiet_start_minute: Option<i32>,
    pub quiet_end_minute: Option<i32>,
    pub opt_out_tag_id: Option<Option<i64>>,
}

fn to_rules(row: &broadcast_policy::Model) -> Rules {
    let minute = |value: i32| u32::try_from(value).unwrap_or(0) % 1440;
    Rules {
        per_customer_daily: u32::try_from(row.per_customer_daily).unwrap_or(0),
        per_customer_weekly: u32::try_from(row.per_customer_weekly).unwrap_or(0),
        quiet_start_minute: minute(row.quiet_start_minute),
        quiet_end_minute: minute(row.quiet_end_minute),
        opt_out_tag_id: row.opt_out_tag_id,
    }
}

/// The tenant's rules (the defaults without a row), read inside `db` (a send's transaction).
pub(crate) async fn load<C: ConnectionTrait>(db: &C, tenant_id: i64) -> ApiResult<Rules> {
    Ok(broadcast_policy::Entity::find_by_id(tenant_id)
        .one(db)
        .await?
        .map(|row| to_rules(&row))
        .unwrap_or_default())
}

pub async fn get(auth: &Authorized) -> ApiResult<Rules> {
    auth.require(Action::Read, Resource::BroadcastPolicy)?;
    load(auth.db(), auth.tenant_id()).await
}

/// Changes the policy (ADMIN), the whole input checked first.
pub async fn update(auth: &Authorized, change: PolicyChange) -> ApiResult<Rules> {
    auth.require(Action::Update, Resource::BroadcastPolicy)?;
    let current = load(auth.db(), auth.tenant_id()).await?;
    let mut problems = Problems::default();
    let daily = change
        .per_customer_daily
        .unwrap_or(i32::try_from(current.per_customer_daily).unwrap_or(1));
    let weekly = change
        .per_customer_weekly
        .unwrap_or(i32::try_from(current.per_customer_weekly).unwrap_or(4));
    if !(1..=MAX_PER_DAY).contains(&daily) {
        problems.push(FieldError::new(
            &["input", "perCustomerDaily"],
            ErrorCode::BadUserInput,
            format!("a customer may receive 1 to {MAX_PER_DAY} mass messages a day"),
        ));
    }
    if !(1..=MAX_PER_WEEK).contains(&weekly) {
        problems.push(FieldError::new(
            &["input", "perCustomerWeekly"],
            ErrorCode::BadUserInput,
            format!("a customer may receive 1 to {MAX_PER_WEEK} mass messages in seven days"),
        ));
    } else if weekly < daily {
        problems.push(FieldError::new(
            &["input", "perCustomerWeekly"],
            ErrorCode::BadUserInput,
            "the weekly cap cannot be below the daily cap",
        ));
    }
    let start = change
        .quiet_start_minute
        .unwrap_or(i32::try_from(current.quiet_start_minute).unwrap_or(0));
    let end = change
        .quiet_end_minute
        .unwrap_or(i32::try_from(current.quiet_end_minute).unwrap_or(0));
    for (field, minute) in [("quietStart", start), ("quietEnd", end)] {
        if !(0..1440).contains(&minute) {
            problems.push(FieldError::new(
                &["input", field],
                ErrorCode::BadUserInput,
                "give a time of day, HH:MM from 00:00 to 23:59",
            ));
        }
    }
    let opt_out = change.opt_out_tag_id.unwrap_or(current.opt_out_tag_id);
    if let Some(tag_id) = opt_out {
        let known = tag::Entity::find_by_id(tag_id)
            .filter(tag::Column::TenantId.eq(auth.tenant_id()))
            .one(auth.db())
            .await?;
        if known.is_none() {
            problems.push(FieldError::new(
                &["input", "optOutTagId"],
                ErrorCode::NotFound,
                "tag not found",
            ));
        }
    }
    problems.into_result()?;
    let row = broadcast_policy::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        per_customer_daily: Set(daily),
        per_customer_weekly: Set(weekly),
        quiet_start_minute: Set(start),
        quiet_end_minute: Set(end),
        opt_out_tag_id: Set(opt_out),
        updated_at: Set(now()),
    };
    let exists = broadcast_policy::Entity::find_by_id(auth.tenant_id())
        .one(auth.db())
        .await?
        .is_some();
    let stored = if exists {
        row.update(auth.db()).await?
    } else {
        row.insert(auth.db()).await?
    };
    Ok(to_rules(&stored))
}
