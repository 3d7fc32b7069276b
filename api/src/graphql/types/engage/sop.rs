//! `SopRule`, what it fired (`SopRuleRun`), and the `Task`s it gives staff.

use async_graphql::connection::Connection;
use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{sop_rule, sop_run, task};

use crate::domain::engage::library::{materials, scripts};
use crate::domain::engage::sop::{self, ActionOutcome, OutcomeStatus, SopActionSpec};
use crate::domain::page::PageRequest;
use crate::error::ApiError;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{Customer, Material, Script, Staff, TotalCount, connection_of};
use crate::graphql::{authorized, request_loaders};

/// What sets an SOP rule off. (Deals entering a stage come with the sales pipeline.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::sop_rule::SopTriggerKind")]
pub enum SopTriggerKind {
    /// A customer was added through a channel code (`channelCodeId`).
    AddedViaChannelCode,
    /// A tag was put on a customer (`tagId`).
    TagApplied,
    /// No archived message between follower and customer, and no follow-up of the customer
    /// by the follower, for `days` days.
    NoContactFor,
    /// A cron schedule (`cron`, `timeZone`).
    Schedule,
    /// A deal was created in, or moved into, a pipeline stage (`stageId`).
    DealEnteredStage,
}

/// What an SOP action does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::engage::sop::SopActionKind")]
pub enum SopActionKind {
    /// A task for the follower, with a script or material (`scriptId` | `materialId`,
    /// `dueInMinutes`, optional `text`).
    RemindStaff,
    /// Tags the customer on the follow (`tagId`), in WeCom too when the tag is WeCom's.
    ApplyTag,
    /// A task for the follower's nearest manager, with `text`.
    NotifyManager,
}

/// How an action ended for one occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::engage::sop::OutcomeStatus")]
pub enum SopOutcomeStatus {
    Done,
    /// Nothing to do (no manager above the follower, no customer to tag).
    Skipped,
    Failed,
}

/// A task's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::task::TaskKind")]
pub enum TaskKind {
    RemindStaff,
    NotifyManager,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::task::TaskStatus")]
pub enum TaskStatus {
    Open,
    Done,
}

/// A rule's trigger: the fields of its kind are set, the others null.
#[derive(SimpleObject)]
pub struct SopTrigger {
    pub kind: SopTriggerKind,
    pub channel_code_id: Option<ID>,
    pub tag_id: Option<ID>,
    pub stage_id: Option<ID>,
    pub days: Option<i32>,
    pub cron: Option<String>,
    pub time_zone: Option<String>,
}

/// One action of a rule.
#[derive(SimpleObject)]
pub struct SopAction {
    pub kind: SopActionKind,
    pub script_id: Option<ID>,
    pub material_id: Option<ID>,
    pub due_in_minutes: Option<i32>,
    pub tag_id: Option<ID>,
    pub text: Option<String>,
}

impl From<SopActionSpec> for SopAction {
    fn from(action: SopActionSpec) -> Self {
        SopAction {
            kind: action.kind.into(),
            script_id: action.script_id.map(|id| ids::encode(NodeKind::Script, id)),
            material_id: action
                .material_id
                .map(|id| ids::encode(NodeKind::Material, id)),
            due_in_minutes: action.due_in_minutes,
            tag_id: action.tag_id.map(|id| ids::encode(NodeKind::Tag, id)),
            text: action.text,
        }
    }
}

/// What one action did for one occurrence.
#[derive(SimpleObject)]
pub struct SopActionOutcome {
    pub kind: SopActionKind,
    pub status: SopOutcomeStatus,
    /// Tasks it created.
    pub tasks_created: u32,
    /// Follows it tagged.
    pub follows_tagged: u32,
    pub message: Option<String>,
}

impl From<ActionOutcome> for SopActionOutcome {
    fn from(outcome: ActionOutcome) -> Self {
        SopActionOutcome {
            kind: outcome.kind.into(),
            status: match outcome.status {
                OutcomeStatus::Done => SopOutcomeStatus::Done,
                OutcomeStatus::Skipped => SopOutcomeStatus::Skipped,
                OutcomeStatus::Failed => SopOutcomeStatus::Failed,
            },
            tasks_created: outcome.tasks,
            follows_tagged: outcome.tagged,
            message: outcome.message,
        }
    }
}

/// An SOP rule: when its trigger occurs, its actions run, once per occurrence.
pub struct SopRule(pub sop_rule::Model);

#[Object]
impl SopRule {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::SopRule, self.0.id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn trigger(&self) -> SopTrigger {
        let rule = &self.0;
        SopTrigger {
            kind: rule.trigger_kind.into(),
            channel_code_id: rule
                .channel_code_id
                .map(|id| ids::encode(NodeKind::ChannelCode, id)),
            tag_id: rule.tag_id.map(|id| ids::encode(NodeKind::Tag, id)),
            stage_id: rule
                .stage_id
                .map(|id| ids::encode(NodeKind::PipelineStage, id)),
            days: rule.days,
            cron: rule.cron.clone(),
            time_zone: rule.time_zone.clone(),
        }
    }

    async fn actions(&self) -> Vec<SopAction> {
        sop::actions_of(&self.0)
            .into_iter()
            .map(SopAction::from)
            .collect()
    }

    /// SCHEDULE: the rule applies to customers having any of these tags; null: to its creator.
    async fn audience_tag_ids(&self) -> Option<Vec<ID>> {
        sop::audience_of(&self.0).map(|tags| {
            tags.into_iter()
                .map(|id| ids::encode(NodeKind::Tag, id))
                .collect()
        })
    }

    async fn active(&self) -> bool {
        self.0.active
    }

    /// Since when occurrences fire (created, trigger changed, switched back on): nothing that
    /// happened before is fired.
    async fn armed_at(&self) -> DateTime<Utc> {
        self.0.armed_at
    }

    async fn created_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let member = request_loaders(ctx)?
            .staff_by_id
            .load_one(self.0.created_by)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(member.map(Staff))
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// What the rule fired, newest first.
    async fn runs(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, SopRuleRun, TotalCount>> {
        let auth = authorized(ctx)?;
        let request = PageRequest {
            first,
            after,
            ..Default::default()
        };
        let page = sop::runs(auth, self.0.id, &request).await.gql()?;
        Ok(connection_of(page, SopRuleRun))
    }
}

/// One occurrence a rule fired for: when, for which customer, and what its actions did.
pub struct SopRuleRun(pub sop_run::Model);

#[Object]
impl SopRuleRun {
    /// What occurred: `add:…` (a channel-code add), `tag:…`, `silent:…`, `cron:…`.
    async fn occurrence(&self) -> &str {
        &self.0.occurrence_key
    }

    /// When it occurred (the add, the tagging, the end of the silence, the cron instant).
    async fn occurred_at(&self) -> DateTime<Utc> {
        self.0.occurred_at
    }

    async fn fired_at(&self) -> DateTime<Utc> {
        self.0.fired_at
    }

    /// The customer (null for a schedule without an audience, or one you no longer see).
    async fn customer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Customer>> {
        if self.0.customer_id == 0 {
            return Ok(None);
        }
        let auth = authorized(ctx)?;
        Ok(sop::visible_customer(auth, self.0.customer_id)
            .await
            .gql()?
            .map(Customer))
    }

    async fn outcomes(&self) -> Vec<SopActionOutcome> {
        sop::outcomes_of(&self.0)
            .into_iter()
            .map(SopActionOutcome::from)
            .collect()
    }
}

/// Something an SOP rule asks you to do.
pub struct Task(pub task::Model);

fn hidden<T>(result: Result<T, ApiError>) -> async_graphql::Result<Option<T>> {
    match result {
        Ok(found) => Ok(Some(found)),
        Err(ApiError::NotFound(_) | ApiError::Forbidden(_)) => Ok(None),
        Err(other) => Err(to_graphql(&other)),
    }
}

#[Object]
impl Task {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Task, self.0.id)
    }

    async fn kind(&self) -> TaskKind {
        self.0.kind.into()
    }

    async fn status(&self) -> TaskStatus {
        self.0.status.into()
    }

    /// The name of the rule that made it.
    async fn title(&self) -> &str {
        &self.0.title
    }

    async fn text(&self) -> Option<&str> {
        self.0.text.as_deref()
    }

    /// The customer it is about (null when none, or when you do not see them).
    async fn customer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Customer>> {
        let Some(customer_id) = self.0.customer_id else {
            return Ok(None);
        };
        let auth = authorized(ctx)?;
        Ok(sop::visible_customer(auth, customer_id)
            .await
            .gql()?
            .map(Customer))
    }

    /// Who follows the customer (for a manager's task: the team member).
    async fn follower(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let Some(follower) = self.0.follower_id else {
            return Ok(None);
        };
        let member = request_loaders(ctx)?
            .staff_by_id
            .load_one(follower)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(member.map(Staff))
    }

    async fn script(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Script>> {
        let Some(id) = self.0.script_id else {
            return Ok(None);
        };
        let auth = authorized(ctx)?;
        Ok(hidden(scripts::get(auth, id).await)?.map(Script))
    }

    async fn material(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Material>> {
        let Some(id) = self.0.material_id else {
            return Ok(None);
        };
        let auth = authorized(ctx)?;
        Ok(hidden(materials::get(auth, id).await)?.map(Material))
    }

    async fn due_at(&self) -> DateTime<Utc> {
        self.0.due_at
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn completed_at(&self) -> Option<DateTime<Utc>> {
        self.0.completed_at
    }
}
