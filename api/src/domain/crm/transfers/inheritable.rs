//! 离职继承, offered: once a member is deactivated (by an admin, or by a WeCom sync that saw
//! them leave), the customers they still follow and no transfer has taken or is taking are
//! listed for inheritance (`inheritableCustomers(staffId:)`); `customerTransfer` from that
//! member then makes a RESIGNED transfer. An active member's customers are not inheritable:
//! they are handed over (ONLINE) instead, so the list is empty for them.

use entity::transfer::{self, TransferStatus};
use entity::{customer, customer_follow, staff};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};

use crate::domain::Authorized;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::error::{ApiError, ApiResult};

fn oldest_first() -> Ordering<customer::Entity> {
    Ordering {
        name: "INHERITABLE_CREATED_AT_ASC".into(),
        column: customer::Column::CreatedAt,
        id_column: customer::Column::Id,
        descending: false,
        value_of: |row| SortValue::time(&row.created_at),
        id_of: |row| row.id,
        to_sql: page::time_to_sql,
    }
}

/// The deactivated member's customers still to inherit, as far as the caller covers them.
pub async fn inheritable_customers(
    auth: &Authorized,
    staff_id: i64,
    request: &PageRequest,
) -> ApiResult<Page<customer::Model>> {
    auth.require(Action::Create, Resource::Transfer)?;
    let member = staff::Entity::find_by_id(staff_id)
        .filter(auth.staff_scope().await?)
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("staff"))?;
    let tenant_id = auth.tenant_id();
    let followed = Query::select()
        .column(customer_follow::Column::CustomerId)
        .from(customer_follow::Entity)
        .and_where(customer_follow::Column::TenantId.eq(tenant_id))
        .and_where(customer_follow::Column::StaffId.eq(member.id))
        .and_where(customer_follow::Column::LostAt.is_null())
        .to_owned();
    // Taken (succeeded) or being taken (pending, waiting) from this member already.
    let handed = Query::select()
        .column(transfer::Column::CustomerId)
        .from(transfer::Entity)
        .and_where(transfer::Column::TenantId.eq(tenant_id))
        .and_where(transfer::Column::FromStaffId.eq(member.id))
        .and_where(transfer::Column::Status.is_in([
            TransferStatus::Pending,
            TransferStatus::Waiting,
            TransferStatus::Succeeded,
        ]))
        .to_owned();
    let mut offered = Condition::all()
        .add(customer::Column::Id.in_subquery(followed))
        .add(customer::Column::Id.not_in_subquery(handed));
    if member.active {
        offered = offered.add(customer::Column::Id.is_in(Vec::<i64>::new()));
    }
    let query = customer::Entity::find()
        .filter(auth.customer_scope().await?)
        .filter(offered);
    page::fetch_page(auth, query, &oldest_first(), request).await
}
