//! Filtering the archive and its alerts by who took part: a staff member, a department (with
//! the departments below it), or a customer, named by their scrm ids and matched through the
//! WeCom ids the archive holds (`staff.wecom_userid`, `customer.external_userid`).
//!
//! Resolution happens at read time, like `ArchiveMessage.sender`: messages archived before a
//! sync match as well as those after. A party of another tenant, or none at all, matches
//! nothing (the same empty answer, so a filter cannot probe for other tenants' ids).
//!
//! Two meanings, on purpose:
//! - **Messages** (`archiveSearch`, its exports): the party sent or received the message; a
//!   department is any of its members.
//! - **Alerts** (`riskAlerts`, its exports): a staff member or department is *answerable* for
//!   the alert exactly as the compliance report counts it (`report.rs`): the member sent the
//!   message, or a customer sent it in a one-to-one chat with the member. So a report row's
//!   count and the alerts listed under the same filter agree. A customer took part in the
//!   alert's message (sent it or received it). Both read the parties the alert copied from its
//!   message when it was raised: the message row keeps only what finds it, not who took part.

use std::collections::{BTreeMap, BTreeSet};

use entity::{customer, department, staff};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::{Deserialize, Serialize};

use crate::domain::policy::descendants_of;
use crate::error::ApiResult;

/// Who a filter names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartyFilter {
    Staff(i64),
    /// The department and every department below it.
    Department(i64),
    Customer(i64),
}

impl PartyFilter {
    /// How the audit log records the filter: the ids as given, not the WeCom ids they became.
    pub fn audit_parameter(&self) -> serde_json::Value {
        let (name, id) = match self {
            PartyFilter::Staff(id) => ("staffId", id),
            PartyFilter::Department(id) => ("departmentId", id),
            PartyFilter::Customer(id) => ("customerId", id),
        };
        let mut parameter = serde_json::Map::new();
        parameter.insert(name.to_string(), (*id).into());
        serde_json::Value::Object(parameter)
    }
}

/// For each party, the WeCom ids that stand for it in `tenant_id`'s archive (empty when it has
/// none: a staff member never synced, a department without members, another tenant's id).
pub(crate) async fn wecom_id_sets(
    db: &impl ConnectionTrait,
    tenant_id: i64,
    parties: &[PartyFilter],
) -> ApiResult<Vec<Vec<String>>> {
    let roots = parties.iter().filter_map(|party| match party {
        PartyFilter::Department(id) => Some(*id),
        _ => None,
    });
    let subtrees = DepartmentSubtrees::load(db, tenant_id, roots).await?;
    let mut sets = Vec::with_capacity(parties.len());
    for party in parties {
        let ids: Vec<String> = match party {
            PartyFilter::Staff(id) => {
                staff_userids(db, tenant_id, staff::Column::Id.eq(*id)).await?
            }
            PartyFilter::Department(id) => {
                let departments = subtrees.of(*id).to_vec();
                if departments.is_empty() {
                    Vec::new()
                } else {
                    staff_userids(
                        db,
                        tenant_id,
                        staff::Column::DepartmentId.is_in(departments),
                    )
                    .await?
                }
            }
            PartyFilter::Customer(id) => {
                customer::Entity::find()
                    .select_only()
                    .column(customer::Column::ExternalUserid)
                    .filter(customer::Column::TenantId.eq(tenant_id))
                    .filter(customer::Column::Id.eq(*id))
                    .into_tuple()
                    .all(db)
                    .await?
            }
        };
        sets.push(ids);
    }
    Ok(sets)
}

async fn staff_userids(
    db: &impl ConnectionTrait,
    tenant_id: i64,
    which: sea_orm::sea_query::SimpleExpr,
) -> ApiResult<Vec<String>> {
    let userids: Vec<Option<String>> = staff::Entity::find()
        .select_only()
        .column(staff::Column::WecomUserid)
        .filter(staff::Column::TenantId.eq(tenant_id))
        .filter(which)
        .into_tuple()
        .all(db)
        .await?;
    Ok(userids.into_iter().flatten().collect())
}

/// The departments below each filter's department, loaded once per query.
#[derive(Debug, Default)]
pub(crate) struct DepartmentSubtrees(BTreeMap<i64, Vec<i64>>);

impl DepartmentSubtrees {
    /// Reads the tenant's department tree only when a filter names a department.
    pub(crate) async fn load(
        db: &impl ConnectionTrait,
        tenant_id: i64,
        roots: impl Iterator<Item = i64>,
    ) -> ApiResult<Self> {
        let roots: BTreeSet<i64> = roots.collect();
        if roots.is_empty() {
            return Ok(Self::default());
        }
        let edges: Vec<(i64, Option<i64>)> = department::Entity::find()
            .select_only()
            .column(department::Column::Id)
            .column(department::Column::ParentId)
            .filter(department::Column::TenantId.eq(tenant_id))
            .into_tuple()
            .all(db)
            .await?;
        Ok(Self(
            roots
                .into_iter()
                .map(|root| (root, descendants_of(root, &edges)))
                .collect(),
        ))
    }

    /// `root` and the departments below it; empty for a department not loaded or not the
    /// tenant's.
    pub(crate) fn of(&self, root: i64) -> &[i64] {
        self.0.get(&root).map_or(&[], Vec::as_slice)
    }
}

/// The condition on `risk_alert` rows that `party` is answerable for (staff, department) or
/// took part in (customer); see the module's comment. `subtrees` must hold the filter's
/// departments.
pub(crate) fn alert_condition(party: &PartyFilter, subtrees: &DepartmentSubtrees) -> Condition {
    // The parties the alert copied from its message when it was raised; a purged message
    // answers to nobody.
    const LIVE: &str = "risk_alert.message_purged_at IS NULL";
    // Only integers are written into the SQL (ids and department ids), never text.
    let answerable_staff = |members: String| {
        // `pair:<a>|<b>`: the staff member is the other side of a customer's one-to-one chat.
        format!(
            "{LIVE} AND EXISTS (SELECT 1 FROM staff s WHERE s.tenant_id = risk_alert.tenant_id \
             AND {members} AND s.wecom_userid IS NOT NULL \
             AND (risk_alert.sender = s.wecom_userid \
             OR (risk_alert.conversation IN ('pair:' || risk_alert.sender || '|' || s.wecom_userid, \
             'pair:' || s.wecom_userid || '|' || risk_alert.sender) \
             AND NOT EXISTS (SELECT 1 FROM staff o WHERE o.tenant_id = risk_alert.tenant_id \
             AND o.wecom_userid = risk_alert.sender))))"
        )
    };
    let expression = match party {
        PartyFilter::Staff(id) => Expr::cust(answerable_staff(format!("s.id = {id}"))),
        PartyFilter::Department(id) => {
            let departments = subtrees.of(*id);
            if departments.is_empty() {
                Expr::cust("1 = 0")
            } else {
                let list: Vec<String> = departments.iter().map(i64::to_string).collect();
                Expr::cust(answerable_staff(format!(
                    "s.department_id IN ({})",
                    list.join(", ")
                )))
            }
        }
        // `tolist` is a JSON array of ids: the customer's id in quotes is one of its items.
        PartyFilter::Customer(id) => Expr::cust(format!(
            "{LIVE} AND EXISTS (SELECT 1 FROM customer c \
             WHERE c.tenant_id = risk_alert.tenant_id AND c.id = {id} \
             AND (risk_alert.sender = c.external_userid \
             OR LENGTH(REPLACE(risk_alert.tolist, '\"' || c.external_userid || '\"', '')) \
             < LENGTH(risk_alert.tolist)))"
        )),
    };
    Condition::all().add(expression)
}
