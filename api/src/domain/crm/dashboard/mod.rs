//! The boss's dashboard (`dashboard`): counts over a range of the tenant's local days, cut into
//! days, weeks or months, for the staff the caller covers (optionally one department tree).
//! Every figure is one SQL aggregate; no rows are loaded to be counted in memory.
//!
//! A [`Dashboard`] is the checked question (range, periods, whose numbers); each part of the
//! answer is computed only when asked, by the module that knows it: [`customers`] (new, lost,
//! net, alive), [`activity`] (follow-ups), [`funnel`] (deals), [`reach`] (broadcasts) and
//! [`alerts`] (risk alerts per rule, counts only).
//!
//! **What a customer count counts**: follows — one customer and one member who has them as a
//! WeCom contact — as WeCom's own statistics do: a customer two members added is new for each.
//! A handover is neither new nor lost: the new member's follow (`add_way` 202, assigned by an
//! admin) is not a new customer, and the old one's end (`TRANSFERRED`) is not a loss.

pub mod activity;
pub mod alerts;
pub mod customers;
pub mod funnel;
pub mod periods;
pub mod reach;

use std::ops::Range;

use chrono::{DateTime, NaiveDate, Utc};
use entity::{Role, department, staff};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, IntoTableRef, SelectStatement};
use sea_orm::{
    ColumnTrait, Condition, DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use self::periods::{MAX_PERIODS, Period, PeriodError, PeriodGrouping};
use crate::domain::Authorized;
use crate::domain::org::tenants;
use crate::domain::org::time_zone::TenantTimeZone;
use crate::domain::policy::{Action, Resource, descendants_of};
use crate::error::{ApiError, ApiResult, ErrorCode};

/// A checked dashboard question.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub grouping: PeriodGrouping,
    pub zone: TenantTimeZone,
    pub periods: Vec<Period>,
    pub department_id: Option<i64>,
    tenant_id: i64,
    /// Whose numbers: `None` every member of the tenant (an admin, no department named).
    staff: Option<Vec<i64>>,
}

impl Dashboard {
    /// Checks the question: the range (at most [`MAX_PERIODS`] periods), the department (one
    /// the caller covers), and fixes the members whose numbers it shows — the caller's own
    /// scope (a salesperson's self, a manager's department tree, an admin's tenant) narrowed to
    /// the department's tree. Former members count: their history is the team's history.
    pub async fn open(
        auth: &Authorized,
        from: NaiveDate,
        to: NaiveDate,
        grouping: PeriodGrouping,
        department_id: Option<i64>,
    ) -> ApiResult<Dashboard> {
        auth.require(Action::Read, Resource::Dashboard)?;
        let zone = tenants::time_zone(auth).await?;
        let periods = periods::periods(zone, from, to, grouping).map_err(|error| match error {
            PeriodError::Backwards => ApiError::field(
                &["to"],
                ErrorCode::BadUserInput,
                "`to` must be the same day as `from` or later",
            ),
            PeriodError::TooMany => ApiError::field(
                &["groupBy"],
                ErrorCode::BadUserInput,
                format!(
                    "the range has more than {MAX_PERIODS} periods: group by WEEK or MONTH, \
                     or ask for a shorter range"
                ),
            ),
        })?;
        let staff = covered_staff(auth, department_id).await?;
        Ok(Dashboard {
            from,
            to,
            grouping,
            zone,
            periods,
            department_id,
            tenant_id: auth.tenant_id(),
            staff,
        })
    }

    pub fn tenant_id(&self) -> i64 {
        self.tenant_id
    }

    /// All the instants of the range.
    pub fn instants(&self) -> Range<DateTime<Utc>> {
        let start = self
            .periods
            .first()
            .map_or_else(Utc::now, |period| period.instants.start);
        let end = self
            .periods
            .last()
            .map_or(start, |period| period.instants.end);
        start..end
    }

    /// `column` belongs to a member whose numbers the dashboard shows.
    pub fn staff_condition(&self, column: impl ColumnTrait) -> Condition {
        match &self.staff {
            None => Condition::all(),
            Some(ids) => Condition::all().add(column.is_in(ids.clone())),
        }
    }

    /// The same, for raw columns of joined or aliased tables.
    pub fn staff_expr(&self, column: Expr) -> Option<Expr> {
        self.staff
            .as_ref()
            .map(|ids| column.is_in(ids.iter().copied().map(Expr::val)))
    }

    /// The members the dashboard shows, as a list (`None`: the whole tenant).
    pub fn staff_ids(&self) -> Option<&[i64]> {
        self.staff.as_deref()
    }

    /// Buckets rows into the dashboard's periods by `time`: adds to `query` the row's period
    /// (selected as `period_index`, and grouped by) and keeps the rows inside the range. The
    /// caller adds its own `FROM` table (`from_table`) and counts.
    ///
    /// SQLite joins a `VALUES` table of the periods and tests each row against them; its
    /// planner drives the join from the periods, one index range each. PostgreSQL's drove it
    /// from the follows and tested each against all 365 periods of a year (1.1 s for the
    /// losses, docs/BENCHMARKS.md "Sales"), so there the range is read once and `width_bucket`
    /// finds each row's period by binary search over the periods' starts.
    pub fn bucket(
        &self,
        query: &mut SelectStatement,
        from_table: impl IntoTableRef,
        time: Expr,
        backend: DbBackend,
    ) {
        if backend != DbBackend::Postgres {
            self.join_period_table(query, from_table, time);
            return;
        }
        let range = self.instants();
        // The starts are instants the server computed, written as literals: no input of the
        // caller reaches this text.
        let starts = self
            .periods
            .iter()
            .map(|period| format!("'{}'", period.instants.start.to_rfc3339()))
            .collect::<Vec<_>>()
            .join(", ");
        let bucket = Func::cust(Alias::new("width_bucket"))
            .arg(time.clone())
            .arg(Expr::cust(format!("ARRAY[{starts}]::timestamptz[]")));
        let index: Expr = Func::cast_as(Expr::from(bucket).sub(1), Alias::new("BIGINT")).into();
        query
            .from(from_table)
            .expr_as(index, Alias::new("period_index"))
            .and_where(time.clone().gte(range.start))
            .and_where(time.lt(range.end))
            // By name: the expression binds `1` anew, and PostgreSQL would not match the two.
            .group_by_col(Alias::new("period_index"));
    }

    /// [`Self::bucket`] on SQLite: the periods as a `VALUES` table `period` (`column1` index,
    /// `column2` start, `column3` end; SQLite and PostgreSQL both name VALUES columns so).
    fn join_period_table(
        &self,
        query: &mut SelectStatement,
        from_table: impl IntoTableRef,
        time: Expr,
    ) {
        let rows: Vec<(i64, DateTime<Utc>, DateTime<Utc>)> = self
            .periods
            .iter()
            .enumerate()
            .map(|(index, period)| {
                (
                    i64::try_from(index).unwrap_or(i64::MAX),
                    period.instants.start,
                    period.instants.end,
                )
            })
            .collect();
        let column = |name: &str| Expr::col((Alias::new("period"), Alias::new(name)));
        query
            .from_values(rows, Alias::new("period"))
            .cross_join(from_table)
            .expr_as(column("column1"), Alias::new("period_index"))
            .and_where(time.clone().gte(column("column2")))
            .and_where(time.lt(column("column3")))
            .group_by_col((Alias::new("period"), Alias::new("column1")));
    }
}

/// `COUNT(CASE WHEN condition THEN 1 END)`: how many rows of a group meet `condition` (zero
/// over no rows).
pub(crate) fn count_when(condition: Expr) -> Expr {
    Func::count(Expr::Case(Box::new(Expr::case(condition, 1)))).into()
}

/// A count column of a row, NULL read as zero.
pub(crate) fn count_of(row: &sea_orm::QueryResult, column: &str) -> ApiResult<i64> {
    Ok(row.try_get::<Option<i64>>("", column)?.unwrap_or(0))
}

/// The members a dashboard of the caller shows (see [`Dashboard::open`]).
pub(crate) async fn covered_staff(
    auth: &Authorized,
    department_id: Option<i64>,
) -> ApiResult<Option<Vec<i64>>> {
    let role = auth.actor().role;
    let Some(department_id) = department_id else {
        if role == Role::Admin {
            return Ok(None);
        }
        return members_of(auth, None).await.map(Some);
    };
    let edges: Vec<(i64, Option<i64>)> = department::Entity::find()
        .select_only()
        .column(department::Column::Id)
        .column(department::Column::ParentId)
        .filter(department::Column::TenantId.eq(auth.tenant_id()))
        .into_tuple()
        .all(auth.db())
        .await?;
    let tree = descendants_of(department_id, &edges);
    if tree.is_empty() {
        return Err(ApiError::field(
            &["departmentId"],
            ErrorCode::NotFound,
            "department not found",
        ));
    }
    let covered = match role {
        Role::Admin => true,
        Role::Manager => auth.department_subtree().await?.contains(&department_id),
        _ => false,
    };
    if !covered {
        return Err(ApiError::field(
            &["departmentId"],
            ErrorCode::Forbidden,
            "you see the numbers of your own department tree only: name a department within it, \
             or none",
        ));
    }
    members_of(auth, Some(tree)).await.map(Some)
}

/// The ids of the members in the caller's staff scope, within `departments` if given.
async fn members_of(auth: &Authorized, departments: Option<Vec<i64>>) -> ApiResult<Vec<i64>> {
    let mut query = staff::Entity::find()
        .select_only()
        .column(staff::Column::Id)
        .filter(auth.staff_scope().await?);
    if let Some(departments) = departments {
        query = query.filter(staff::Column::DepartmentId.is_in(departments));
    }
    Ok(query
        .order_by_asc(staff::Column::Id)
        .into_tuple()
        .all(auth.db())
        .await?)
}
