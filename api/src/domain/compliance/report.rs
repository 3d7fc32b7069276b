//! The compliance report: per risk rule, staff member or department, how many alerts were
//! raised in a range of the tenant's days, where they stand, and how long compliance took to
//! decide them (median and 90th percentile). Computed in SQL, in one statement per grouping, so
//! it costs the same on ten alerts and on a year of them.
//!
//! **Which alerts**: those raised (created) from the start of `from` to the end of `to`, both
//! days in the tenant's time zone. **Their status** is the current one. **Time to decision**:
//! from raised to decided, of the alerts already decided; percentiles are nearest-rank (the
//! smallest time at or above which the given share of decisions lies), the same on SQLite and
//! PostgreSQL.
//!
//! **Whose alert** (`STAFF`, `DEPARTMENT`): the staff member who sent the message, matched by
//! WeCom userid; for a message a customer sent in a one-to-one conversation, the staff member
//! in that conversation; otherwise nobody (a group message from a customer, a sender unknown
//! to the staff list), reported as the group without a member.

use chrono::NaiveDate;
use entity::AlertStatus;
use sea_orm::{ActiveEnum, ConnectionTrait, DbBackend, QueryResult, Statement};

use super::audit::{self, Audited};
use crate::domain::Authorized;
use crate::domain::org::tenants;
use crate::domain::org::time_zone::TenantTimeZone;
use crate::domain::policy::Resource;
use crate::error::{ApiError, ApiResult, ErrorCode};

/// What the report's rows are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ReportGrouping {
    Rule,
    Staff,
    Department,
}

impl ReportGrouping {
    pub fn name(self) -> &'static str {
        match self {
            ReportGrouping::Rule => "RULE",
            ReportGrouping::Staff => "STAFF",
            ReportGrouping::Department => "DEPARTMENT",
        }
    }
}

/// A row's group.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum GroupKey {
    /// A rule code.
    Rule(String),
    /// A staff member, or `None`: alerts no member is answerable for.
    Staff(Option<i64>),
    /// A department, or `None`: alerts of members in no department, or of no member.
    Department(Option<i64>),
}

/// Counts of alerts and their decision times.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlertCounts {
    pub raised: u64,
    pub open: u64,
    pub in_review: u64,
    pub confirmed: u64,
    pub dismissed: u64,
    /// Seconds from raised to decided: median and 90th percentile of the decided alerts;
    /// `None` when none is decided.
    pub median_seconds_to_decision: Option<i64>,
    pub p90_seconds_to_decision: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct ReportRow {
    pub key: GroupKey,
    pub counts: AlertCounts,
}

#[derive(Debug, Clone)]
pub struct ComplianceReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub time_zone: TenantTimeZone,
    pub group_by: ReportGrouping,
    /// Most alerts first; then by key, the group without a member or department last.
    pub rows: Vec<ReportRow>,
    /// All alerts of the range together.
    pub total: AlertCounts,
}

/// The report over the tenant's days `from` to `to` (both included), grouped by `group_by`
/// (COMPLIANCE only; a refused attempt is recorded). The read is itself an audit entry
/// (`COMPLIANCE_REPORT_READ`).
pub async fn compliance_report(
    auth: &Authorized,
    from: NaiveDate,
    to: NaiveDate,
    group_by: ReportGrouping,
) -> ApiResult<ComplianceReport> {
    audit::require_read_or_record_denial(
        auth,
        Resource::ComplianceReport,
        entity::AuditAction::ComplianceReportRead,
    )
    .await?;
    let time_zone = tenants::time_zone(auth).await?;
    let report = build(auth.db(), auth.tenant_id(), time_zone, from, to, group_by).await?;
    audit::record(
        auth,
        Audited {
            action: entity::AuditAction::ComplianceReportRead,
            target: Vec::new(),
            parameters: audit::parameters([
                ("from", from.to_string().into()),
                ("to", to.to_string().into()),
                ("groupBy", group_by.name().into()),
                ("timeZone", report.time_zone.name().into()),
            ]),
        },
    )
    .await?;
    Ok(report)
}

/// The report itself, unaudited: for [`compliance_report`] and for exports (whose creation is
/// the audit entry).
pub(crate) async fn build(
    db: &sea_orm::DatabaseConnection,
    tenant_id: i64,
    time_zone: TenantTimeZone,
    from: NaiveDate,
    to: NaiveDate,
    group_by: ReportGrouping,
) -> ApiResult<ComplianceReport> {
    let Some(days) = time_zone.days(from, to) else {
        return Err(ApiError::field(
            &["to"],
            ErrorCode::BadUserInput,
            "`to` must be the same day as `from` or later",
        ));
    };
    let backend = db.get_database_backend();
    let range = |sql: String| {
        Statement::from_sql_and_values(
            backend,
            sql,
            [tenant_id.into(), days.start.into(), days.end.into()],
        )
    };
    let grouped = db
        .query_all_raw(range(report_sql(backend, Some(group_by))))
        .await?;
    let mut rows = grouped
        .iter()
        .map(|row| {
            Ok(ReportRow {
                key: group_key(row, group_by)?,
                counts: counts(row)?,
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    rows.sort_by(|a, b| {
        b.counts
            .raised
            .cmp(&a.counts.raised)
            .then_with(|| member_last(&a.key).cmp(&member_last(&b.key)))
    });
    let total = match db.query_one_raw(range(report_sql(backend, None))).await? {
        Some(row) => counts(&row)?,
        None => AlertCounts::default(),
    };
    Ok(ComplianceReport {
        from,
        to,
        time_zone,
        group_by,
        rows,
        total,
    })
}

/// Orders keys with the memberless group after every member.
fn member_last(key: &GroupKey) -> (bool, &GroupKey) {
    let memberless = matches!(key, GroupKey::Staff(None) | GroupKey::Department(None));
    (memberless, key)
}

/// The member an alert `a` belongs to, as the module explains, from the parties it copied from
/// its message; `$1` is the tenant. NULL: nobody (a purged message answers to nobody).
pub(crate) fn alert_member_sql(backend: DbBackend) -> String {
    // The other member of a one-to-one conversation (`pair:<a>|<b>`, sorted) than the sender.
    let counterpart = match backend {
        DbBackend::Postgres => {
            "CASE WHEN split_part(substr(a.conversation, 6), '|', 1) = a.sender \
             THEN split_part(substr(a.conversation, 6), '|', 2) \
             ELSE split_part(substr(a.conversation, 6), '|', 1) END"
        }
        _ => {
            "CASE WHEN substr(a.conversation, 6, instr(a.conversation, '|') - 6) = a.sender \
             THEN substr(a.conversation, instr(a.conversation, '|') + 1) \
             ELSE substr(a.conversation, 6, instr(a.conversation, '|') - 6) END"
        }
    };
    let member = |userid: &str| {
        format!(
            "(SELECT MIN(s.id) FROM staff s WHERE s.tenant_id = $1 AND s.wecom_userid = {userid})"
        )
    };
    format!(
        "CASE WHEN a.message_purged_at IS NULL THEN \
         COALESCE({}, CASE WHEN a.conversation LIKE 'pair:%' THEN {} END) END",
        member("a.sender"),
        member(&format!("({counterpart})")),
    )
}

/// The report's statement: `$1` tenant, `$2`/`$3` the range of creation times. `None` groups
/// every alert of the range into one row (the total).
fn report_sql(backend: DbBackend, group_by: Option<ReportGrouping>) -> String {
    let seconds = match backend {
        DbBackend::Postgres => {
            "CAST(ROUND(EXTRACT(EPOCH FROM (decided_at - created_at))) AS BIGINT)"
        }
        _ => "CAST(ROUND((julianday(decided_at) - julianday(created_at)) * 86400) AS INTEGER)",
    };
    let status = |status: AlertStatus| {
        format!(
            "SUM(CASE WHEN status = '{}' THEN 1 ELSE 0 END)",
            status.to_value()
        )
    };
    let (key, member_columns) = match group_by {
        None => ("CAST(NULL AS TEXT)".to_string(), String::new()),
        Some(ReportGrouping::Rule) => ("rule_code".to_string(), String::new()),
        Some(grouping) => {
            let key = match grouping {
                ReportGrouping::Department => {
                    "CAST((SELECT d.department_id FROM staff d WHERE d.id = staff_id) AS TEXT)"
                }
                _ => "CAST(staff_id AS TEXT)",
            };
            (
                key.to_string(),
                format!(", {} AS staff_id", alert_member_sql(backend)),
            )
        }
    };
    // `attributed` names each alert's member (when grouping by one); `keyed` its group and
    // decision time; `ranked` numbers the decided alerts of each group by that time, so the
    // percentiles are the rows at their nearest ranks: ceil(n / 2) and ceil(9n / 10).
    format!(
        "WITH attributed AS (
           SELECT a.rule_code, a.status, a.created_at, a.decided_at{member_columns}
           FROM risk_alert a
           WHERE a.tenant_id = $1 AND a.created_at >= $2 AND a.created_at < $3
         ),
         keyed AS (
           SELECT {key} AS group_key, status,
                  CASE WHEN decided_at IS NULL THEN NULL ELSE {seconds} END AS seconds
           FROM attributed
         ),
         ranked AS (
           SELECT group_key, status, seconds,
                  ROW_NUMBER() OVER (PARTITION BY group_key, seconds IS NULL ORDER BY seconds)
                    AS position,
                  COUNT(seconds) OVER (PARTITION BY group_key) AS decided
           FROM keyed
         )
         SELECT group_key,
                COUNT(*) AS raised,
                {open} AS open,
                {in_review} AS in_review,
                {confirmed} AS confirmed,
                {dismissed} AS dismissed,
                MAX(CASE WHEN seconds IS NOT NULL AND position = (decided + 1) / 2
                    THEN seconds END) AS median_seconds,
                MAX(CASE WHEN seconds IS NOT NULL AND position = (9 * decided + 9) / 10
                    THEN seconds END) AS p90_seconds
         FROM ranked
         GROUP BY group_key",
        open = status(AlertStatus::Open),
        in_review = status(AlertStatus::InReview),
        confirmed = status(AlertStatus::Confirmed),
        dismissed = status(AlertStatus::Dismissed),
    )
}

fn group_key(row: &QueryResult, group_by: ReportGrouping) -> ApiResult<GroupKey> {
    let raw: Option<String> = row.try_get("", "group_key")?;
    let id = || {
        raw.as_deref()
            .map(|text| {
                text.parse::<i64>().map_err(|_| {
                    ApiError::Internal(format!("the report's group key {text:?} is not an id"))
                })
            })
            .transpose()
    };
    Ok(match group_by {
        ReportGrouping::Rule => GroupKey::Rule(raw.clone().unwrap_or_default()),
        ReportGrouping::Staff => GroupKey::Staff(id()?),
        ReportGrouping::Department => GroupKey::Department(id()?),
    })
}

fn counts(row: &QueryResult) -> ApiResult<AlertCounts> {
    let count = |column: &str| -> ApiResult<u64> {
        // SUM over no rows is NULL.
        let value: Option<i64> = row.try_get("", column)?;
        Ok(u64::try_from(value.unwrap_or(0)).unwrap_or(0))
    };
    Ok(AlertCounts {
        raised: count("raised")?,
        open: count("open")?,
        in_review: count("in_review")?,
        confirmed: count("confirmed")?,
        dismissed: count("dismissed")?,
        median_seconds_to_decision: row.try_get("", "median_seconds")?,
        p90_seconds_to_decision: row.try_get("", "p90_seconds")?,
    })
}
