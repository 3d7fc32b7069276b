use async_graphql::{Context, Enum, Object, SimpleObject};

use crate::domain::compliance::report::{self as domain, GroupKey, ReportGrouping};
use crate::domain::compliance::risk as risk_service;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{Date, Department, RiskRule, Staff};
use crate::graphql::{authorized, request_loaders};

/// What the rows of a compliance report are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum ComplianceReportGroupBy {
    /// One row per risk rule.
    Rule,
    /// One row per staff member answerable for the message (its sender; for a customer's
    /// message in a one-to-one chat, the member in it), and one without a member.
    Staff,
    /// One row per department of those members, and one without a department.
    Department,
}

impl From<ComplianceReportGroupBy> for ReportGrouping {
    fn from(group_by: ComplianceReportGroupBy) -> Self {
        match group_by {
            ComplianceReportGroupBy::Rule => ReportGrouping::Rule,
            ComplianceReportGroupBy::Staff => ReportGrouping::Staff,
            ComplianceReportGroupBy::Department => ReportGrouping::Department,
        }
    }
}

/// Alerts raised in the report's days, by where they stand now, and how long deciding took.
#[derive(SimpleObject)]
pub struct ComplianceReportCounts {
    pub raised: u64,
    pub open: u64,
    pub in_review: u64,
    pub confirmed: u64,
    pub dismissed: u64,
    /// Seconds from raised to decided, median of the decided alerts (nearest rank); null when
    /// none is decided.
    pub median_seconds_to_decision: Option<i64>,
    /// Seconds from raised to decided within which 90 % of the decided alerts were decided
    /// (nearest rank); null when none is decided.
    pub p90_seconds_to_decision: Option<i64>,
}

impl From<domain::AlertCounts> for ComplianceReportCounts {
    fn from(counts: domain::AlertCounts) -> Self {
        ComplianceReportCounts {
            raised: counts.raised,
            open: counts.open,
            in_review: counts.in_review,
            confirmed: counts.confirmed,
            dismissed: counts.dismissed,
            median_seconds_to_decision: counts.median_seconds_to_decision,
            p90_seconds_to_decision: counts.p90_seconds_to_decision,
        }
    }
}

/// Risk alerts of a range of the tenant's days, grouped (COMPLIANCE only).
pub struct ComplianceReport(pub domain::ComplianceReport);

#[Object]
impl ComplianceReport {
    /// First day, in the tenant's time zone.
    async fn from(&self) -> Date {
        Date(self.0.from)
    }

    /// Last day (included), in the tenant's time zone.
    async fn to(&self) -> Date {
        Date(self.0.to)
    }

    /// The tenant's time zone the days were read in (IANA name).
    async fn time_zone(&self) -> &str {
        self.0.time_zone.name()
    }

    async fn group_by(&self) -> ComplianceReportGroupBy {
        match self.0.group_by {
            ReportGrouping::Rule => ComplianceReportGroupBy::Rule,
            ReportGrouping::Staff => ComplianceReportGroupBy::Staff,
            ReportGrouping::Department => ComplianceReportGroupBy::Department,
        }
    }

    /// Most alerts first; groups without any alert in the range are not listed.
    async fn rows(&self) -> Vec<ComplianceReportRow> {
        self.0
            .rows
            .iter()
            .cloned()
            .map(ComplianceReportRow)
            .collect()
    }

    /// Every alert of the range.
    async fn total(&self) -> ComplianceReportCounts {
        self.0.total.clone().into()
    }
}

/// One group of a compliance report.
pub struct ComplianceReportRow(domain::ReportRow);

#[Object]
impl ComplianceReportRow {
    /// The group: a rule code, or the global id of the staff member or department; `NONE` for
    /// alerts without a member (or department).
    async fn key(&self) -> String {
        let global = |kind, id: Option<i64>| match id {
            Some(id) => ids::encode(kind, id).to_string(),
            None => "NONE".to_string(),
        };
        match &self.0.key {
            GroupKey::Rule(code) => code.clone(),
            GroupKey::Staff(id) => global(NodeKind::Staff, *id),
            GroupKey::Department(id) => global(NodeKind::Department, *id),
        }
    }

    /// The rule, when grouped by rule (its current version).
    async fn rule(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<RiskRule>> {
        let GroupKey::Rule(code) = &self.0.key else {
            return Ok(None);
        };
        let auth = authorized(ctx)?;
        Ok(Some(RiskRule(risk_service::rule(auth, code).await.gql()?)))
    }

    /// The staff member, when grouped by staff.
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let GroupKey::Staff(Some(id)) = self.0.key else {
            return Ok(None);
        };
        let member = request_loaders(ctx)?
            .staff_by_id
            .load_one(id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(member.map(Staff))
    }

    /// The department, when grouped by department.
    async fn department(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Department>> {
        let GroupKey::Department(Some(id)) = self.0.key else {
            return Ok(None);
        };
        let found = request_loaders(ctx)?
            .department_by_id
            .load_one(id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(found.map(Department))
    }

    async fn counts(&self) -> ComplianceReportCounts {
        self.0.counts.clone().into()
    }
}
