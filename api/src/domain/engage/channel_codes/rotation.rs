//! Who a channel code's contact way points at. WeCom hands an add to whoever the way names, so
//! scrm keeps it naming one member: the one with the fewest adds through this code today (the
//! tenant's day) among those under the daily cap, earliest in the code's list on a tie. When
//! every member is at the cap, the backup member takes the adds until midnight, when the
//! counts start again (`refresh_due`, run every minute by the server, notices the new day).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::{channel_code, channel_code_add, channel_code_staff, staff};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::domain::Store;
use crate::domain::org::time_zone::TenantTimeZone;
use crate::error::{ApiError, ApiResult};

/// The member the way should name, given the code's members in list order, today's adds per
/// member, the cap and the backup. `None` only for a code without members and backup.
pub(crate) fn choose_target(
    members: &[i64],
    adds_today: &HashMap<i64, u64>,
    daily_cap: Option<u32>,
    backup: Option<i64>,
) -> Option<i64> {
    let count = |member: &i64| adds_today.get(member).copied().unwrap_or(0);
    let under_cap = members
        .iter()
        .filter(|member| daily_cap.is_none_or(|cap| count(member) < u64::from(cap)));
    // `min_by_key` keeps the first of equal keys: list order breaks ties.
    under_cap
        .min_by_key(|member| count(member))
        .copied()
        .or(backup)
        .or_else(|| members.first().copied())
}

/// The tenant-local day of `at`, as stored (`YYYY-MM-DD`).
pub(crate) fn local_day(zone: TenantTimeZone, at: DateTime<Utc>) -> String {
    at.with_timezone(&zone.tz()).date_naive().to_string()
}

/// Today's adds through `code_id` per member.
async fn adds_on<C: ConnectionTrait>(
    db: &C,
    code: &channel_code::Model,
    day: &str,
) -> ApiResult<HashMap<i64, u64>> {
    let rows: Vec<(i64, i64)> = channel_code_add::Entity::find()
        .select_only()
        .column(channel_code_add::Column::StaffId)
        .column_as(Expr::col(channel_code_add::Column::Id).count(), "adds")
        .filter(channel_code_add::Column::TenantId.eq(code.tenant_id))
        .filter(channel_code_add::Column::CodeId.eq(code.id))
        .filter(channel_code_add::Column::LocalDay.eq(day))
        .group_by(channel_code_add::Column::StaffId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(member, adds)| (member, u64::try_from(adds).unwrap_or(0)))
        .collect())
}

/// The code's members, in list order.
pub(crate) async fn members<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    code_id: i64,
) -> ApiResult<Vec<i64>> {
    Ok(channel_code_staff::Entity::find()
        .filter(channel_code_staff::Column::TenantId.eq(tenant_id))
        .filter(channel_code_staff::Column::CodeId.eq(code_id))
        .order_by_asc(channel_code_staff::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.staff_id)
        .collect())
}

/// Who the code's way should name on `day` (the code's stored settings and adds).
pub(crate) async fn target_for<C: ConnectionTrait>(
    db: &C,
    code: &channel_code::Model,
    day: &str,
) -> ApiResult<i64> {
    let members = members(db, code.tenant_id, code.id).await?;
    let adds = adds_on(db, code, day).await?;
    let cap = code
        .daily_cap_per_staff
        .and_then(|cap| u32::try_from(cap).ok());
    choose_target(&members, &adds, cap, code.backup_staff_id)
        .ok_or_else(|| ApiError::Internal(format!("channel code {} has no members", code.id)))
}

/// The WeCom userid of `staff_id`.
pub(crate) async fn userid_of<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    staff_id: i64,
) -> ApiResult<String> {
    staff::Entity::find_by_id(staff_id)
        .filter(staff::Column::TenantId.eq(tenant_id))
        .one(db)
        .await?
        .and_then(|member| member.wecom_userid)
        .ok_or_else(|| {
            ApiError::Conflict(
                "a member of the channel code has no WeCom account any more: edit the code".into(),
            )
        })
}

/// Points the code's way at the member it should name now, in WeCom first and then here, if
/// that is not who it names already. Returns the code as stored after.
pub(crate) async fn retarget(
    store: &Store,
    code: channel_code::Model,
    zone: TenantTimeZone,
    now: DateTime<Utc>,
) -> ApiResult<channel_code::Model> {
    if !code.active {
        return Ok(code);
    }
    let day = local_day(zone, now);
    let target = target_for(&store.db, &code, &day).await?;
    if target == code.target_staff_id && day == code.target_day {
        return Ok(code);
    }
    if target != code.target_staff_id {
        let userid = userid_of(&store.db, code.tenant_id, target).await?;
        let credentials = crate::domain::wecom::sync::credentials(store, code.tenant_id).await?;
        super::wecom_way::point_at(store, &credentials, &code, &userid).await?;
        tracing::info!(
            code = code.id,
            staff = target,
            "channel code: contact way retargeted"
        );
    }
    // Only if no one changed the code meanwhile (an edit retargets by itself).
    channel_code::Entity::update_many()
        .col_expr(channel_code::Column::TargetStaffId, Expr::value(target))
        .col_expr(channel_code::Column::TargetDay, Expr::value(day.clone()))
        .filter(channel_code::Column::Id.eq(code.id))
        .filter(channel_code::Column::UpdatedAt.eq(code.updated_at))
        .exec(&store.db)
        .await?;
    Ok(channel_code::Model {
        target_staff_id: target,
        target_day: day,
        ..code
    })
}

/// Retargets every active code whose target was chosen on an earlier day than its tenant's
/// today: the day's counts start again at midnight. A failure is logged and tried again on
/// the next round.
pub async fn refresh_due(store: &Store, now: DateTime<Utc>) -> ApiResult<usize> {
    let codes = channel_code::Entity::find()
        .filter(channel_code::Column::Active.eq(true))
        .all(&store.db)
        .await?;
    let zones: HashMap<i64, TenantTimeZone> = entity::tenant::Entity::find()
        .all(&store.db)
        .await?
        .into_iter()
        .filter_map(|tenant| {
            TenantTimeZone::stored(&tenant.time_zone)
                .ok()
                .map(|zone| (tenant.id, zone))
        })
        .collect();
    let mut refreshed = 0;
    for code in codes {
        let Some(zone) = zones.get(&code.tenant_id).copied() else {
            continue;
        };
        if code.target_day == local_day(zone, now) {
            continue;
        }
        let id = code.id;
        match retarget(store, code, zone, now).await {
            Ok(_) => refreshed += 1,
            Err(error) => {
                tracing::warn!(code = id, error = %error, "channel code: cannot retarget at the new day")
            }
        }
    }
    Ok(refreshed)
}

/// Runs [`refresh_due`] every `every` (the server's task; several servers doing it at once
/// only repeat the same update).
pub async fn refresh_periodically(store: Store, every: std::time::Duration) {
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        if let Err(error) = refresh_due(&store, crate::domain::now()).await {
            tracing::warn!(error = %error, "channel codes: the daily retarget round failed");
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn adds(pairs: &[(i64, u64)]) -> HashMap<i64, u64> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn the_member_with_the_fewest_adds_today_is_next_and_list_order_breaks_ties() {
        assert_eq!(choose_target(&[7, 8, 9], &adds(&[]), None, None), Some(7));
        assert_eq!(
            choose_target(&[7, 8, 9], &adds(&[(7, 1)]), None, None),
            Some(8)
        );
        assert_eq!(
            choose_target(&[7, 8, 9], &adds(&[(7, 2), (8, 1), (9, 1)]), None, None),
            Some(8)
        );
    }

    #[test]
    fn members_at_the_cap_are_passed_over_and_the_backup_takes_over_when_all_are() {
        let cap = Some(2);
        assert_eq!(
            choose_target(&[7, 8], &adds(&[(7, 2), (8, 1)]), cap, Some(5)),
            Some(8)
        );
        assert_eq!(
            choose_target(&[7, 8], &adds(&[(7, 2), (8, 2)]), cap, Some(5)),
            Some(5)
        );
        // Without a backup (no cap), someone still takes the add.
        assert_eq!(
            choose_target(&[7, 8], &adds(&[(7, 9), (8, 9)]), None, None),
            Some(7)
        );
        assert_eq!(choose_target(&[], &adds(&[]), cap, None), None);
    }

    #[test]
    fn the_day_is_the_tenants() {
        let zone = TenantTimeZone::default();
        // 16:30 UTC is 00:30 the next day in Shanghai.
        let at = DateTime::parse_from_rfc3339("2026-12-01T16:30:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(local_day(zone, at), "2026-12-02");
    }
}
