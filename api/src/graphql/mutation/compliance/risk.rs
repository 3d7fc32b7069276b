use async_graphql::{Context, Enum, ID, InputObject, Object};

use crate::domain::compliance::risk::{self, RuleSave};
use crate::error::ApiResult;
use crate::graphql::authorized;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{AppliesTo, Detector, Job, RiskAlert, RiskRule, Severity};

#[derive(Default)]
pub struct RiskMutation;

/// A new risk rule. Keywords match whole words after normalisation (evasions such as spaces,
/// full-width or traditional characters are seen through; negated uses do not count).
#[derive(InputObject)]
pub struct RiskRuleCreateInput {
    /// A new code, e.g. `R7`.
    pub code: String,
    pub name: String,
    #[graphql(default)]
    pub category: String,
    pub severity: Severity,
    #[graphql(default)]
    pub keywords: Vec<String>,
    /// Regular expressions over the compact normalised text (no spaces or punctuation).
    #[graphql(default)]
    pub patterns: Vec<String>,
    #[graphql(default)]
    pub detectors: Vec<Detector>,
    pub applies_to: AppliesTo,
    #[graphql(default)]
    pub exceptions: Vec<String>,
}

/// Changes to a rule; omitted fields keep their value. Saving makes a new version.
#[derive(InputObject)]
pub struct RiskRuleUpdateInput {
    pub code: String,
    pub name: Option<String>,
    pub category: Option<String>,
    pub severity: Option<Severity>,
    pub keywords: Option<Vec<String>>,
    pub patterns: Option<Vec<String>>,
    pub detectors: Option<Vec<Detector>>,
    pub applies_to: Option<AppliesTo>,
    pub exceptions: Option<Vec<String>>,
    /// Re-enable a disabled rule.
    pub enabled: Option<bool>,
}

#[derive(InputObject)]
pub struct RiskRuleDisableInput {
    pub code: String,
}

payload!(RiskRulePayload {
    risk_rule: RiskRule
});

#[derive(InputObject)]
pub struct RiskAlertAssignInput {
    pub id: ID,
    /// A compliance officer.
    pub assignee_id: ID,
}

#[derive(InputObject)]
pub struct RiskAlertCommentInput {
    pub id: ID,
    pub body: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "risk::Decision")]
pub enum RiskAlertDecision {
    /// A violation.
    Confirmed,
    /// Not a violation.
    Dismissed,
}

#[derive(InputObject)]
pub struct RiskAlertDecideInput {
    pub id: ID,
    pub decision: RiskAlertDecision,
    /// Required: why. Decisions are final.
    pub reason: String,
}

payload!(RiskAlertPayload {
    risk_alert: RiskAlert
});

fn rule_payload(
    result: ApiResult<archive::store::StoredRule>,
) -> async_graphql::Result<Option<RiskRulePayload>> {
    respond(result.map(RiskRule))
}

fn alert_payload(
    result: ApiResult<entity::risk_alert::Model>,
) -> async_graphql::Result<Option<RiskAlertPayload>> {
    respond(result.map(RiskAlert))
}

#[Object]
impl RiskMutation {
    /// Adds a risk rule (ADMIN, COMPLIANCE). Invalid regexes and empty rules are user errors.
    async fn risk_rule_create(
        &self,
        ctx: &Context<'_>,
        input: RiskRuleCreateInput,
    ) -> async_graphql::Result<Option<RiskRulePayload>> {
        let auth = authorized(ctx)?;
        let rule = archive::risk::Rule {
            code: input.code,
            name: input.name,
            category: input.category,
            severity: input.severity.to_domain(),
            keywords: input.keywords,
            patterns: input.patterns,
            detectors: input
                .detectors
                .into_iter()
                .map(Detector::to_domain)
                .collect(),
            applies_to: input.applies_to.to_domain(),
            exceptions: input.exceptions,
        };
        rule_payload(risk::rule_save(auth, rule, true, RuleSave::Create).await)
    }

    /// Edits a rule as a new version (ADMIN, COMPLIANCE). Existing alerts keep their version.
    async fn risk_rule_update(
        &self,
        ctx: &Context<'_>,
        input: RiskRuleUpdateInput,
    ) -> async_graphql::Result<Option<RiskRulePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let current = risk::rule(auth, input.code.trim()).await?;
            let mut rule = current.rule;
            if let Some(name) = input.name {
                rule.name = name;
            }
            if let Some(category) = input.category {
                rule.category = category;
            }
            if let Some(severity) = input.severity {
                rule.severity = severity.to_domain();
            }
            if let Some(keywords) = input.keywords {
                rule.keywords = keywords;
            }
            if let Some(patterns) = input.patterns {
                rule.patterns = patterns;
            }
            if let Some(detectors) = input.detectors {
                rule.detectors = detectors.into_iter().map(Detector::to_domain).collect();
            }
            if let Some(applies_to) = input.applies_to {
                rule.applies_to = applies_to.to_domain();
            }
            if let Some(exceptions) = input.exceptions {
                rule.exceptions = exceptions;
            }
            let enabled = input.enabled.unwrap_or(current.enabled);
            risk::rule_save(auth, rule, enabled, RuleSave::NewVersion).await
        }
        .await;
        rule_payload(result)
    }

    /// Disables a rule (a new version, disabled): it raises no new alerts.
    async fn risk_rule_disable(
        &self,
        ctx: &Context<'_>,
        input: RiskRuleDisableInput,
    ) -> async_graphql::Result<Option<RiskRulePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let current = risk::rule(auth, input.code.trim()).await?;
            risk::rule_save(auth, current.rule, false, RuleSave::NewVersion).await
        }
        .await;
        rule_payload(result)
    }

    /// Re-checks the whole archive against the current rules in the background (ADMIN,
    /// COMPLIANCE); follow its progress with `job(id:)`. Existing alerts are never duplicated.
    async fn risk_rescan_start(&self, ctx: &Context<'_>) -> async_graphql::Result<Job> {
        let auth = authorized(ctx)?;
        Ok(Job(crate::domain::jobs::start_rescan(auth).await.gql()?))
    }

    /// Assigns an alert to a compliance officer; an open alert moves to IN_REVIEW.
    async fn risk_alert_assign(
        &self,
        ctx: &Context<'_>,
        input: RiskAlertAssignInput,
    ) -> async_graphql::Result<Option<RiskAlertPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::RiskAlert, &input.id)?;
            let assignee = ids::decode(
                &["input", "assigneeId"],
                NodeKind::Staff,
                &input.assignee_id,
            )?;
            risk::assign(auth, id, assignee).await
        }
        .await;
        alert_payload(result)
    }

    /// Adds a reviewer's comment to an alert.
    async fn risk_alert_comment(
        &self,
        ctx: &Context<'_>,
        input: RiskAlertCommentInput,
    ) -> async_graphql::Result<Option<RiskAlertPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::RiskAlert, &input.id)?;
            risk::comment(auth, id, &input.body).await
        }
        .await;
        alert_payload(result)
    }

    /// Decides an alert, once, with a reason (COMPLIANCE only; auditors cannot decide).
    async fn risk_alert_decide(
        &self,
        ctx: &Context<'_>,
        input: RiskAlertDecideInput,
    ) -> async_graphql::Result<Option<RiskAlertPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::RiskAlert, &input.id)?;
            risk::decide(auth, id, input.decision.into(), &input.reason).await
        }
        .await;
        alert_payload(result)
    }
}
