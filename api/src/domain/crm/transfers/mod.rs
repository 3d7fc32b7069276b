//! Customer transfers (在职转接 / 离职继承): handing customers from one member to another
//! through WeCom, and moving scrm's own records with them once WeCom says the takeover member
//! has the customer.
//!
//! - [`request`]: `customerTransfer` checks everything first (1–100 customers, each followed
//!   by the handover member and covered by the caller; a takeover member who is active, has a
//!   WeCom account, is in the caller's reach and is someone else; a message of at most 200
//!   characters), then makes one WeCom call and stores one row per customer. An active
//!   handover member makes an ONLINE transfer (`transfer_customer`), a deactivated one a
//!   RESIGNED transfer (`resigned/transfer_customer`).
//! - [`poll`]: the `TRANSFER_RESULTS` job reads `transfer_result` / `resigned/transfer_result`
//!   for every unfinished transfer of the tenant until each is final, and gives up after
//!   [`poll::GIVE_UP_AFTER_HOURS`].
//! - [`handover`]: what moves on success — the customer's open deals owned by the handover
//!   member and the open SOP tasks given to them — recorded in `transfer_handover` with who
//!   held each before. Follow-ups stay with their author: they are records of what that
//!   member did. The follow itself is WeCom's to move (its `add_external_contact` and
//!   `del_follow_user` callbacks, or the next sync).
//! - [`callback`]: a `transfer_fail` callback fails the matching unfinished transfer.
//! - [`inheritable`]: a deactivated member's customers that no transfer took yet.
//!
//! Scope: ADMIN the tenant's transfers; MANAGER those whose handover and takeover members are
//! both in their department tree; nobody else (`policy`, `Resource::Transfer`).

pub mod callback;
pub mod handover;
pub mod inheritable;
pub mod poll;
pub mod request;

use entity::transfer::{self, TransferKind, TransferStatus};
use entity::{Role, staff};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::Authorized;
use crate::domain::filter::Filter;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::error::{ApiError, ApiResult};

pub use request::{TransferDraft, transfer_customers};

/// Filters transfers: [`TransferCondition`]s combined with and/or/not.
pub type TransferFilter = Filter<TransferCondition>;

#[derive(Debug, Clone)]
pub enum TransferCondition {
    Status(TransferStatus),
    Kind(TransferKind),
    FromStaff(i64),
    ToStaff(i64),
    Customer(i64),
}

impl TransferCondition {
    fn condition(&self) -> Condition {
        let single = |expression| Condition::all().add(expression);
        match self {
            TransferCondition::Status(status) => single(transfer::Column::Status.eq(*status)),
            TransferCondition::Kind(kind) => single(transfer::Column::Kind.eq(*kind)),
            TransferCondition::FromStaff(id) => single(transfer::Column::FromStaffId.eq(*id)),
            TransferCondition::ToStaff(id) => single(transfer::Column::ToStaffId.eq(*id)),
            TransferCondition::Customer(id) => single(transfer::Column::CustomerId.eq(*id)),
        }
    }
}

/// Transfer rows the actor may read: ADMIN the tenant's, MANAGER those between two members
/// of their department tree. Call after `require(.., Resource::Transfer)`.
pub(crate) async fn transfer_scope(auth: &Authorized) -> ApiResult<Condition> {
    let tenant = Condition::all().add(transfer::Column::TenantId.eq(auth.tenant_id()));
    match auth.actor().role {
        Role::Admin => Ok(tenant),
        Role::Manager => {
            let departments = auth.department_subtree().await?.to_vec();
            let members = Query::select()
                .column(staff::Column::Id)
                .from(staff::Entity)
                .and_where(staff::Column::TenantId.eq(auth.tenant_id()))
                .and_where(staff::Column::DepartmentId.is_in(departments))
                .to_owned();
            Ok(tenant
                .add(transfer::Column::FromStaffId.in_subquery(members.clone()))
                .add(transfer::Column::ToStaffId.in_subquery(members)))
        }
        // `permits` refuses the others before this is reached; deny by construction anyway.
        Role::Sales | Role::Compliance | Role::Auditor => Err(ApiError::forbidden()),
    }
}

fn newest_first() -> Ordering<transfer::Entity> {
    Ordering {
        name: "TRANSFER_REQUESTED_AT_DESC".into(),
        column: transfer::Column::RequestedAt,
        id_column: transfer::Column::Id,
        descending: true,
        value_of: |row| SortValue::time(&row.requested_at),
        id_of: |row| row.id,
        to_sql: page::time_to_sql,
    }
}

/// The transfers the actor may read under `filter`, newest first.
pub async fn list(
    auth: &Authorized,
    filter: Option<TransferFilter>,
    request: &PageRequest,
) -> ApiResult<Page<transfer::Model>> {
    auth.require(Action::Read, Resource::Transfer)?;
    let mut query = transfer::Entity::find().filter(transfer_scope(auth).await?);
    if let Some(filter) = filter {
        query = query.filter(filter.condition(&TransferCondition::condition)?);
    }
    page::fetch_page(auth, query, &newest_first(), request).await
}

/// One transfer in the actor's scope; any other id is `NOT_FOUND`.
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<transfer::Model> {
    auth.require(Action::Read, Resource::Transfer)?;
    transfer::Entity::find_by_id(id)
        .filter(transfer_scope(auth).await?)
        .one(auth.db())
        .await?
        .ok_or_else(|| ApiError::NotFound("transfer"))
}

/// A customer's transfers the actor may read, newest first (`Customer.transfers`): none for
/// roles that do not read transfers, rather than an error on the customer.
pub async fn of_customer(auth: &Authorized, customer_id: i64) -> ApiResult<Vec<transfer::Model>> {
    if auth.require(Action::Read, Resource::Transfer).is_err() {
        return Ok(Vec::new());
    }
    Ok(transfer::Entity::find()
        .filter(transfer_scope(auth).await?)
        .filter(transfer::Column::CustomerId.eq(customer_id))
        .order_by_desc(transfer::Column::RequestedAt)
        .order_by_desc(transfer::Column::Id)
        .all(auth.db())
        .await?)
}

/// The records a transfer moved (for `Transfer.handovers`), in the order they moved.
pub async fn handovers_of(
    auth: &Authorized,
    transfer_id: i64,
) -> ApiResult<Vec<entity::transfer_handover::Model>> {
    use entity::transfer_handover;
    let visible = get(auth, transfer_id).await?;
    Ok(transfer_handover::Entity::find()
        .filter(transfer_handover::Column::TenantId.eq(auth.tenant_id()))
        .filter(transfer_handover::Column::TransferId.eq(visible.id))
        .order_by_asc(transfer_handover::Column::Id)
        .all(auth.db())
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::policy::{Action, permits, system_permits};
    use crate::domain::system::SystemTask;

    #[test]
    fn only_admins_and_managers_hand_customers_over() {
        use Role::*;
        for role in [Admin, Manager, Sales, Compliance, Auditor] {
            let allowed = matches!(role, Admin | Manager);
            for action in [Action::Read, Action::Create] {
                assert_eq!(
                    permits(role, action, Resource::Transfer),
                    allowed,
                    "{role:?}"
                );
            }
            assert!(!permits(role, Action::Delete, Resource::Transfer));
        }
    }

    #[test]
    fn the_results_task_moves_deals_and_tasks_and_reads_no_archive() {
        assert!(system_permits(
            SystemTask::Transfer,
            Action::Update,
            Resource::Deal
        ));
        assert!(system_permits(
            SystemTask::Transfer,
            Action::Update,
            Resource::Task
        ));
        assert!(!system_permits(
            SystemTask::Transfer,
            Action::Read,
            Resource::Archive
        ));
        assert!(!system_permits(
            SystemTask::Transfer,
            Action::Create,
            Resource::Transfer
        ));
        assert!(system_permits(
            SystemTask::WecomEvents,
            Action::Update,
            Resource::Transfer
        ));
    }
}
