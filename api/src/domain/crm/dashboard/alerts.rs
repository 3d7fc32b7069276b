//! Risk alerts per rule on the dashboard: how many alerts each rule raised during the range on
//! the conversations of the dashboard's members, and how many are still undecided. Counts only:
//! no alert, message or content leaves the compliance side. An alert belongs to a member as
//! in the compliance report (the sender, or the member of a one-to-one conversation a customer
//! wrote in); with the whole tenant in view, every alert counts, a member's or not.

use std::collections::HashMap;

use entity::{AlertStatus, risk_rule};
use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Statement, Value,
};

use super::Dashboard;
use crate::domain::Authorized;
use crate::domain::compliance::report::alert_member_sql;
use crate::domain::policy::{Action, Resource};
use crate::error::ApiResult;

/// One rule's alerts over the range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleAlerts {
    pub rule_code: String,
    /// The rule's name (of its latest version); `None` for a rule the tenant no longer has.
    pub rule_name: Option<String>,
    pub raised: i64,
    /// Still OPEN or IN_REVIEW.
    pub undecided: i64,
}

pub async fn per_rule(auth: &Authorized, dashboard: &Dashboard) -> ApiResult<Vec<RuleAlerts>> {
    auth.require(Action::Read, Resource::DashboardAlerts)?;
    let backend = auth.db().get_database_backend();
    let range = dashboard.instants();
    let mut values: Vec<Value> = vec![
        dashboard.tenant_id().into(),
        range.start.into(),
        range.end.into(),
    ];
    let undecided = AlertStatus::UNDECIDED
        .iter()
        .map(|status| format!("'{}'", status.to_value()))
        .collect::<Vec<_>>()
        .join(", ");
    let (member_column, members) = match dashboard.staff_ids() {
        None => (String::new(), String::new()),
        Some([]) => return Ok(Vec::new()),
        Some(ids) => {
            let placeholders = ids
                .iter()
                .map(|id| {
                    values.push((*id).into());
                    format!("${}", values.len())
                })
                .collect::<Vec<_>>()
                .join(", ");
            (
                format!(", {} AS staff_id", alert_member_sql(backend)),
                format!("WHERE staff_id IN ({placeholders})"),
            )
        }
    };
    let sql = format!(
        "SELECT rule_code, COUNT(*) AS raised,
                SUM(CASE WHEN status IN ({undecided}) THEN 1 ELSE 0 END) AS undecided
         FROM (SELECT a.rule_code, a.status{member_column}
               FROM risk_alert a
               WHERE a.tenant_id = $1 AND a.created_at >= $2 AND a.created_at < $3) attributed
         {members}
         GROUP BY rule_code
         ORDER BY COUNT(*) DESC, rule_code"
    );
    let rows = auth
        .db()
        .query_all_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?;
    let mut counted = rows
        .iter()
        .map(|row| {
            Ok(RuleAlerts {
                rule_code: row.try_get("", "rule_code")?,
                rule_name: None,
                raised: row.try_get("", "raised")?,
                undecided: row.try_get::<Option<i64>>("", "undecided")?.unwrap_or(0),
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    let codes: Vec<String> = counted.iter().map(|rule| rule.rule_code.clone()).collect();
    let names: HashMap<String, String> = risk_rule::Entity::find()
        .select_only()
        .column(risk_rule::Column::Code)
        .column(risk_rule::Column::Name)
        .filter(risk_rule::Column::TenantId.eq(dashboard.tenant_id()))
        .filter(risk_rule::Column::Code.is_in(codes))
        // Later versions last: their names win.
        .order_by_asc(risk_rule::Column::Version)
        .into_tuple::<(String, String)>()
        .all(auth.db())
        .await?
        .into_iter()
        .collect();
    for rule in &mut counted {
        rule.rule_name = names.get(&rule.rule_code).cloned();
    }
    Ok(counted)
}
