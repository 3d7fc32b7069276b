//! Risk rules and alerts in GraphQL.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::risk_alert;

use crate::domain::compliance::risk as risk_service;
use crate::error::ApiError;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::compliance::archive::party_filters;
use crate::graphql::types::{ArchiveMessage, Combinators, FilterInput, OrderDirection, Staff};
use crate::graphql::{authorized, request_loaders};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::Severity")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn from_domain(severity: archive::risk::Severity) -> Self {
        entity::Severity::from(severity).into()
    }

    pub fn to_domain(self) -> archive::risk::Severity {
        entity::Severity::from(self).into()
    }
}

/// Built-in detectors, with checks beyond a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum Detector {
    /// Mainland mobile numbers (11 digits, 1[3-9]…).
    CnMobile,
    /// Resident identity numbers with a valid GB 11643 check digit.
    CnIdCard,
    /// Bank card numbers passing the Luhn check.
    BankCard,
}

impl Detector {
    pub fn from_domain(detector: archive::risk::Detector) -> Self {
        match detector {
            archive::risk::Detector::CnMobile => Detector::CnMobile,
            archive::risk::Detector::CnIdCard => Detector::CnIdCard,
            archive::risk::Detector::BankCard => Detector::BankCard,
        }
    }

    pub fn to_domain(self) -> archive::risk::Detector {
        match self {
            Detector::CnMobile => archive::risk::Detector::CnMobile,
            Detector::CnIdCard => archive::risk::Detector::CnIdCard,
            Detector::BankCard => archive::risk::Detector::BankCard,
        }
    }
}

/// Whose messages a rule checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum AppliesTo {
    Staff,
    Customer,
    Both,
}

impl AppliesTo {
    pub fn from_domain(applies_to: archive::risk::AppliesTo) -> Self {
        match applies_to {
            archive::risk::AppliesTo::Staff => AppliesTo::Staff,
            archive::risk::AppliesTo::Customer => AppliesTo::Customer,
            archive::risk::AppliesTo::Both => AppliesTo::Both,
        }
    }

    pub fn to_domain(self) -> archive::risk::AppliesTo {
        match self {
            AppliesTo::Staff => archive::risk::AppliesTo::Staff,
            AppliesTo::Customer => archive::risk::AppliesTo::Customer,
            AppliesTo::Both => archive::risk::AppliesTo::Both,
        }
    }
}

/// The current version of a risk rule.
pub struct RiskRule(pub archive::store::StoredRule);

#[Object]
impl RiskRule {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::RiskRule, self.0.id)
    }

    /// Stable code, e.g. `R1`; alerts name it.
    async fn code(&self) -> &str {
        &self.0.rule.code
    }

    /// Every edit makes a new version; alerts remember the version that raised them.
    async fn version(&self) -> i32 {
        self.0.version
    }

    async fn name(&self) -> &str {
        &self.0.rule.name
    }

    async fn category(&self) -> &str {
        &self.0.rule.category
    }

    async fn severity(&self) -> Severity {
        Severity::from_domain(self.0.rule.severity)
    }

    /// Matched as whole words after normalisation; negated uses ("不保本") do not count.
    async fn keywords(&self) -> &[String] {
        &self.0.rule.keywords
    }

    /// Regular expressions over the compact normalised text (no spaces or punctuation).
    async fn patterns(&self) -> &[String] {
        &self.0.rule.patterns
    }

    async fn detectors(&self) -> Vec<Detector> {
        self.0
            .rule
            .detectors
            .iter()
            .copied()
            .map(Detector::from_domain)
            .collect()
    }

    async fn applies_to(&self) -> AppliesTo {
        AppliesTo::from_domain(self.0.rule.applies_to)
    }

    /// Phrases that are not violations even though they contain a keyword.
    async fn exceptions(&self) -> &[String] {
        &self.0.rule.exceptions
    }

    async fn enabled(&self) -> bool {
        self.0.enabled
    }

    /// When this version was saved.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::AlertStatus")]
pub enum RiskAlertStatus {
    Open,
    InReview,
    Confirmed,
    Dismissed,
}

/// The rule of an alert, as it was when the alert was raised.
#[derive(SimpleObject)]
pub struct RiskAlertRule {
    pub code: String,
    pub name: String,
    pub severity: Severity,
}

/// Where the rule fired, in the message's `content` (characters, end exclusive).
#[derive(SimpleObject)]
pub struct RiskMatch {
    pub start: i32,
    pub end: i32,
    /// What the person typed there.
    pub text: String,
}

/// An alert: one per (message, rule).
pub struct RiskAlert(pub risk_alert::Model);

#[Object]
impl RiskAlert {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::RiskAlert, self.0.id)
    }

    async fn rule(&self, ctx: &Context<'_>) -> async_graphql::Result<RiskAlertRule> {
        let name = request_loaders(ctx)?
            .rule_name_by_version
            .load_one((self.0.rule_code.clone(), self.0.rule_version))
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(RiskAlertRule {
            code: self.0.rule_code.clone(),
            name: name.unwrap_or_default(),
            severity: self.0.severity.into(),
        })
    }

    async fn rule_version(&self) -> i32 {
        self.0.rule_version
    }

    /// The alerted message; `null` once a purge removed it past the retention
    /// (`messagePurgedAt`): the alert stays as the record of what was found.
    async fn message(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<ArchiveMessage>> {
        if self.0.message_purged_at.is_some() {
            return Ok(None);
        }
        Ok(Some(ArchiveMessage::new(self.stored_message(ctx).await?)))
    }

    /// When a purge removed the alerted message (past the retention); `null` while it is
    /// archived.
    async fn message_purged_at(&self) -> Option<DateTime<Utc>> {
        self.0.message_purged_at
    }

    /// Where the rule fired; empty once the message was purged (the text is gone).
    async fn matches(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<RiskMatch>> {
        if self.0.message_purged_at.is_some() {
            return Ok(Vec::new());
        }
        let message = self.stored_message(ctx).await?;
        let chars: Vec<char> = message.content.chars().collect();
        let offsets: Vec<[usize; 2]> = serde_json::from_str(&self.0.matches).unwrap_or_default();
        Ok(offsets
            .into_iter()
            .filter(|[start, end]| start < end && *end <= chars.len())
            .map(|[start, end]| RiskMatch {
                start: start as i32,
                end: end as i32,
                text: chars[start..end].iter().collect(),
            })
            .collect())
    }

    async fn status(&self) -> RiskAlertStatus {
        self.0.status.into()
    }

    async fn assignee(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        staff_by_id(ctx, self.0.assignee_id).await
    }

    async fn comments(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<RiskAlertComment>> {
        let auth = authorized(ctx)?;
        Ok(risk_service::comments(auth, self.0.id)
            .await
            .gql()?
            .into_iter()
            .map(RiskAlertComment)
            .collect())
    }

    async fn decided_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        staff_by_id(ctx, self.0.decided_by).await
    }

    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }

    async fn decision_reason(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        let auth = authorized(ctx)?;
        risk_service::decision_reason(auth, &self.0).await.gql()
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

impl RiskAlert {
    /// The alerted message, decrypted once per request for all alerts of a page.
    async fn stored_message(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<archive::store::StoredMessage> {
        authorized(ctx)?;
        request_loaders(ctx)?
            .archive_message_by_seq
            .load_one(self.0.message_seq)
            .await
            .map_err(|error| to_graphql(&error))?
            .ok_or_else(|| to_graphql(&ApiError::NotFound("archive message")))
    }
}

async fn staff_by_id(ctx: &Context<'_>, id: Option<i64>) -> async_graphql::Result<Option<Staff>> {
    let Some(id) = id else {
        return Ok(None);
    };
    let member = request_loaders(ctx)?
        .staff_by_id
        .load_one(id)
        .await
        .map_err(|error| to_graphql(&error))?;
    Ok(member.map(Staff))
}

pub struct RiskAlertComment(pub risk_service::AlertComment);

#[Object]
impl RiskAlertComment {
    async fn author(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        staff_by_id(ctx, Some(self.0.author_id)).await
    }

    async fn body(&self) -> &str {
        &self.0.body
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// Narrows the alert list; all given conditions must hold.
#[derive(InputObject, Default)]
pub struct RiskAlertFilter {
    pub rule_code: Option<String>,
    pub severity: Option<Severity>,
    pub status: Option<RiskAlertStatus>,
    /// The compliance officer the alerts are assigned to.
    pub assignee: Option<ID>,
    /// Messages sent at or after this time.
    pub from: Option<DateTime<Utc>>,
    /// Messages sent before this time.
    pub to: Option<DateTime<Utc>>,
    /// Alerts this staff member is answerable for, as the compliance report counts them: they
    /// sent the message, or a customer sent it in a one-to-one chat with them.
    pub staff_id: Option<ID>,
    /// Alerts members of this department, or of a department below it, are answerable for.
    pub department_id: Option<ID>,
    /// Alerts on messages this customer sent or received.
    pub customer_id: Option<ID>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum RiskAlertOrderField {
    CreatedAt,
    SentAt,
}

/// Sort order of alerts; ties broken by id in the same direction.
#[derive(InputObject)]
pub struct RiskAlertOrder {
    pub field: RiskAlertOrderField,
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl FilterInput for RiskAlertFilter {
    type Condition = risk_service::AlertCondition;

    /// The alert filter has no and/or/not (yet): every given field must hold.
    fn take_combinators(&mut self) -> Combinators<Self> {
        Combinators::none()
    }

    fn conditions(self) -> Result<Vec<risk_service::AlertCondition>, ApiError> {
        use risk_service::AlertCondition;
        let mut conditions = Vec::new();
        if let Some(code) = self.rule_code {
            conditions.push(AlertCondition::RuleCode(code));
        }
        if let Some(severity) = self.severity {
            conditions.push(AlertCondition::Severity(severity.into()));
        }
        if let Some(status) = self.status {
            conditions.push(AlertCondition::Status(status.into()));
        }
        if let Some(assignee) = self.assignee {
            conditions.push(AlertCondition::AssignedTo(ids::decode(
                &["filter", "assignee"],
                NodeKind::Staff,
                &assignee,
            )?));
        }
        if let Some(from) = self.from {
            conditions.push(AlertCondition::SentFromMs(from.timestamp_millis()));
        }
        if let Some(to) = self.to {
            conditions.push(AlertCondition::SentBeforeMs(to.timestamp_millis()));
        }
        let parties = party_filters(
            self.staff_id.as_ref(),
            self.department_id.as_ref(),
            self.customer_id.as_ref(),
        )?;
        conditions.extend(parties.into_iter().map(AlertCondition::Party));
        Ok(conditions)
    }
}
