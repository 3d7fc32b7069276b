//! How often staff use library items: one counter per item, member and day of the tenant's
//! time zone (`library_use`), raised by `scriptUse` / `materialUse` when a member sends an
//! item to a customer they cover.
//!
//! Counts are read within the caller's staff: an admin's cover the tenant, a manager's their
//! department tree, a salesperson's their own uses ([`crate::domain::policy`]'s staff scope).
//! Reports name only items the caller reads (the tenant's library and their own personal one):
//! uses of another member's personal items are counted but never shown to anyone else.

use std::collections::HashMap;

use chrono::NaiveDate;
use entity::{LibraryItemKind, library_use, material, script, staff};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, OnConflict, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, Order, QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::{found, materials, readable, scripts};
use crate::domain::Authorized;
use crate::domain::crm::customers;
use crate::domain::org::tenants;
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::Problems;
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// Most rows one usage report returns (the most used first).
pub const MAX_REPORT_ROWS: i32 = 100;

/// Counts one use of an item by the caller, sending it to a customer they cover, on today's
/// date in the tenant's time zone. The item must be one the caller reads and the customer one
/// they cover; either otherwise is `NOT_FOUND` (both reported together).
pub async fn record(
    auth: &Authorized,
    kind: LibraryItemKind,
    item_id: i64,
    customer_id: i64,
) -> ApiResult<()> {
    auth.require(Action::Read, Resource::Library)?;
    let mut problems = Problems::default();
    let item = match kind {
        LibraryItemKind::Script => scripts::get(auth, item_id).await.map(|_| ()),
        LibraryItemKind::Material => materials::get(auth, item_id).await.map(|_| ()),
    };
    found(&mut problems, item)?;
    match customers::get(auth, customer_id).await {
        Ok(_) => {}
        Err(ApiError::NotFound(_)) => problems.push(FieldError::new(
            &["input", "customerId"],
            ErrorCode::NotFound,
            "customer not found",
        )),
        Err(other) => return Err(other),
    }
    problems.into_result()?;
    let zone = tenants::time_zone(auth).await?;
    // The store's clock: the system's, or a test's walking through days.
    let day = auth.store.now().with_timezone(&zone.tz()).date_naive();
    library_use::Entity::insert(library_use::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        item_kind: Set(kind),
        item_id: Set(item_id),
        staff_id: Set(auth.actor().staff_id),
        day: Set(day),
        uses: Set(1),
    })
    .on_conflict(
        OnConflict::columns([
            library_use::Column::TenantId,
            library_use::Column::ItemKind,
            library_use::Column::ItemId,
            library_use::Column::StaffId,
            library_use::Column::Day,
        ])
        .value(
            library_use::Column::Uses,
            Expr::col((library_use::Entity, library_use::Column::Uses)).add(1),
        )
        .to_owned(),
    )
    .exec_without_returning(auth.db())
    .await?;
    Ok(())
}

/// The staff whose uses the caller sees (an id subquery).
async fn covered_staff(auth: &Authorized) -> ApiResult<SelectStatement> {
    Ok(Query::select()
        .column(staff::Column::Id)
        .from(staff::Entity)
        .cond_where(auth.staff_scope().await?)
        .to_owned())
}

/// Days `from` to `to` (both included, either open); `to` before `from` is refused at `to`.
fn days(from: Option<NaiveDate>, to: Option<NaiveDate>) -> ApiResult<Condition> {
    if let (Some(from), Some(to)) = (from, to)
        && to < from
    {
        return Err(ApiError::field(
            &["to"],
            ErrorCode::BadUserInput,
            "`to` must be the same day as `from` or later",
        ));
    }
    let mut condition = Condition::all();
    if let Some(from) = from {
        condition = condition.add(library_use::Column::Day.gte(from));
    }
    if let Some(to) = to {
        condition = condition.add(library_use::Column::Day.lte(to));
    }
    Ok(condition)
}

/// `CAST(SUM(uses) AS BIGINT)`: PostgreSQL sums BIGINTs as NUMERIC.
fn total_uses() -> Expr {
    Expr::expr(Func::cast_as(
        Func::sum(Expr::col(library_use::Column::Uses)),
        Alias::new("BIGINT"),
    ))
}

/// Uses of each of `item_ids` (of `kind`) by the staff the caller covers, over the tenant's
/// days `from` to `to`; items never used are absent.
pub async fn counts(
    auth: &Authorized,
    kind: LibraryItemKind,
    item_ids: &[i64],
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> ApiResult<HashMap<i64, i64>> {
    auth.require(Action::Read, Resource::Library)?;
    let rows: Vec<(i64, i64)> = library_use::Entity::find()
        .select_only()
        .column(library_use::Column::ItemId)
        .column_as(total_uses(), "total_uses")
        .filter(library_use::Column::TenantId.eq(auth.tenant_id()))
        .filter(library_use::Column::ItemKind.eq(kind))
        .filter(library_use::Column::ItemId.is_in(item_ids.to_vec()))
        .filter(days(from, to)?)
        .filter(library_use::Column::StaffId.in_subquery(covered_staff(auth).await?))
        .group_by(library_use::Column::ItemId)
        .into_tuple()
        .all(auth.db())
        .await?;
    Ok(rows.into_iter().collect())
}

/// An item of a usage report.
pub enum UsageItem {
    Script(Box<script::Model>),
    Material(Box<material::Model>),
}

/// Uses of one item by one member over the report's days.
pub struct UsageRow {
    pub item: UsageItem,
    pub staff_id: i64,
    pub uses: i64,
}

/// Uses per item and member over the tenant's days `from` to `to`, the most used first (ties
/// by kind, item and member), at most `first` rows (default and most: [`MAX_REPORT_ROWS`]).
pub async fn report(
    auth: &Authorized,
    from: NaiveDate,
    to: NaiveDate,
    kind: Option<LibraryItemKind>,
    first: Option<i32>,
) -> ApiResult<Vec<UsageRow>> {
    auth.require(Action::Read, Resource::Library)?;
    let limit = first.unwrap_or(MAX_REPORT_ROWS);
    if !(0..=MAX_REPORT_ROWS).contains(&limit) {
        return Err(ApiError::field(
            &["first"],
            ErrorCode::BadUserInput,
            format!(
                "first must be between 0 and {MAX_REPORT_ROWS}, got {limit}; narrow the days or the kind"
            ),
        ));
    }
    let readable_scripts = Query::select()
        .column(script::Column::Id)
        .from(script::Entity)
        .cond_where(readable(
            auth,
            script::Column::TenantId,
            script::Column::OwnerId,
        ))
        .to_owned();
    let readable_materials = Query::select()
        .column(material::Column::Id)
        .from(material::Entity)
        .cond_where(readable(
            auth,
            material::Column::TenantId,
            material::Column::OwnerId,
        ))
        .to_owned();
    let readable_items = Condition::any()
        .add(
            Condition::all()
                .add(library_use::Column::ItemKind.eq(LibraryItemKind::Script))
                .add(library_use::Column::ItemId.in_subquery(readable_scripts)),
        )
        .add(
            Condition::all()
                .add(library_use::Column::ItemKind.eq(LibraryItemKind::Material))
                .add(library_use::Column::ItemId.in_subquery(readable_materials)),
        );
    let mut query = library_use::Entity::find()
        .select_only()
        .column(library_use::Column::ItemKind)
        .column(library_use::Column::ItemId)
        .column(library_use::Column::StaffId)
        .column_as(total_uses(), "total_uses")
        .filter(library_use::Column::TenantId.eq(auth.tenant_id()))
        .filter(days(Some(from), Some(to))?)
        .filter(library_use::Column::StaffId.in_subquery(covered_staff(auth).await?))
        .filter(readable_items);
    if let Some(kind) = kind {
        query = query.filter(library_use::Column::ItemKind.eq(kind));
    }
    let rows: Vec<(LibraryItemKind, i64, i64, i64)> = query
        .group_by(library_use::Column::ItemKind)
        .group_by(library_use::Column::ItemId)
        .group_by(library_use::Column::StaffId)
        .order_by(Expr::col(Alias::new("total_uses")), Order::Desc)
        .order_by(library_use::Column::ItemKind, Order::Asc)
        .order_by(library_use::Column::ItemId, Order::Asc)
        .order_by(library_use::Column::StaffId, Order::Asc)
        .limit(u64::try_from(limit).unwrap_or(0))
        .into_tuple()
        .all(auth.db())
        .await?;

    let ids_of = |wanted: LibraryItemKind| -> Vec<i64> {
        rows.iter()
            .filter(|(kind, ..)| *kind == wanted)
            .map(|(_, id, ..)| *id)
            .collect()
    };
    let scripts: HashMap<i64, script::Model> =
        scripts::by_ids(auth, &ids_of(LibraryItemKind::Script))
            .await?
            .into_iter()
            .map(|row| (row.id, row))
            .collect();
    let materials: HashMap<i64, material::Model> =
        materials::by_ids(auth, &ids_of(LibraryItemKind::Material))
            .await?
            .into_iter()
            .map(|row| (row.id, row))
            .collect();
    Ok(rows
        .into_iter()
        .filter_map(|(kind, item_id, staff_id, uses)| {
            let item = match kind {
                LibraryItemKind::Script => {
                    UsageItem::Script(Box::new(scripts.get(&item_id)?.clone()))
                }
                LibraryItemKind::Material => {
                    UsageItem::Material(Box::new(materials.get(&item_id)?.clone()))
                }
            };
            Some(UsageRow {
                item,
                staff_id,
                uses,
            })
        })
        .collect())
}
