//! Mutations of SOP automation: `sopRuleCreate`, `sopRuleUpdate`, `sopRuleDelete`, and
//! `taskComplete` for the owner of a task.

use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object};

use crate::domain::engage::sop::{
    self, SopActionSpec, SopRuleChange, SopRuleDraft, SopTriggerDraft, tasks,
};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::graphql::authorized;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{SopActionKind, SopRule, SopTriggerKind, Task};

#[derive(Default)]
pub struct SopMutation;

/// When a rule fires. Each kind needs its fields: ADDED_VIA_CHANNEL_CODE `channelCodeId`,
/// TAG_APPLIED `tagId`, NO_CONTACT_FOR `days` (1 to 365), SCHEDULE `cron` (five fields) and
/// optionally `timeZone` (the tenant's by default), DEAL_ENTERED_STAGE `stageId` (a stage not
/// archived). Fields of other kinds are ignored.
#[derive(InputObject)]
pub struct SopTriggerInput {
    pub kind: SopTriggerKind,
    pub channel_code_id: Option<ID>,
    pub tag_id: Option<ID>,
    pub stage_id: Option<ID>,
    pub days: Option<i32>,
    pub cron: Option<String>,
    pub time_zone: Option<String>,
}

/// What a rule does. REMIND_STAFF: `scriptId` or `materialId` (the tenant's library or the
/// rule creator's), `dueInMinutes` (0 to 43,200; default 0), an optional `text`; APPLY_TAG:
/// `tagId`; NOTIFY_MANAGER: `text` (1 to 500 characters).
#[derive(InputObject)]
pub struct SopActionInput {
    pub kind: SopActionKind,
    pub script_id: Option<ID>,
    pub material_id: Option<ID>,
    pub due_in_minutes: Option<i32>,
    pub tag_id: Option<ID>,
    pub text: Option<String>,
}

/// A new SOP rule.
#[derive(InputObject)]
pub struct SopRuleCreateInput {
    /// 1 to 100 characters.
    pub name: String,
    pub trigger: SopTriggerInput,
    /// 1 to 10 actions, run in order.
    pub actions: Vec<SopActionInput>,
    /// SCHEDULE only: customers having any of these tags (among those you cover); left out,
    /// the rule reminds you (and notifies your managers) once per instant.
    pub audience_tag_ids: Option<Vec<ID>>,
    #[graphql(default = true)]
    pub active: bool,
}

/// A change to a rule; a field left out stays as it is. A new trigger, or switching the rule
/// back on, fires only for what happens from then on.
#[derive(InputObject)]
pub struct SopRuleUpdateInput {
    pub id: ID,
    pub name: Option<String>,
    pub trigger: Option<SopTriggerInput>,
    pub actions: Option<Vec<SopActionInput>>,
    /// null clears the audience.
    pub audience_tag_ids: MaybeUndefined<Vec<ID>>,
    pub active: Option<bool>,
}

#[derive(InputObject)]
pub struct SopRuleDeleteInput {
    pub id: ID,
}

#[derive(InputObject)]
pub struct TaskCompleteInput {
    pub id: ID,
}

payload!(SopRulePayload {
    /// The rule as it is after the change.
    sop_rule: SopRule
});

payload!(SopRuleDeletePayload {
    /// The id of the rule deleted (its runs went with it; its tasks stay).
    deleted_sop_rule_id: ID
});

payload!(TaskPayload { task: Task });

/// Collects id problems so one answer names them all.
#[derive(Default)]
struct Decoder(Vec<FieldError>);

impl Decoder {
    fn id(&mut self, field: &[&str], kind: NodeKind, id: Option<&ID>) -> Option<i64> {
        let id = id?;
        match ids::decode(field, kind, id) {
            Ok(id) => Some(id),
            Err(ApiError::Invalid(errors)) => {
                self.0.extend(errors);
                None
            }
            Err(_) => None,
        }
    }

    fn finish(self) -> ApiResult<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiError::Invalid(self.0))
        }
    }
}

fn trigger(decoder: &mut Decoder, input: SopTriggerInput) -> SopTriggerDraft {
    let field = |name: &'static str| ["input", "trigger", name];
    SopTriggerDraft {
        kind: input.kind.into(),
        channel_code_id: decoder.id(
            &field("channelCodeId"),
            NodeKind::ChannelCode,
            input.channel_code_id.as_ref(),
        ),
        tag_id: decoder.id(&field("tagId"), NodeKind::Tag, input.tag_id.as_ref()),
        stage_id: decoder.id(
            &field("stageId"),
            NodeKind::PipelineStage,
            input.stage_id.as_ref(),
        ),
        days: input.days,
        cron: input.cron,
        time_zone: input.time_zone,
    }
}

fn actions(decoder: &mut Decoder, input: Vec<SopActionInput>) -> Vec<SopActionSpec> {
    input
        .into_iter()
        .enumerate()
        .map(|(index, action)| {
            let index = index.to_string();
            let field = |name: &'static str| ["input", "actions", index.as_str(), name];
            SopActionSpec {
                kind: action.kind.into(),
                script_id: decoder.id(
                    &field("scriptId"),
                    NodeKind::Script,
                    action.script_id.as_ref(),
                ),
                material_id: decoder.id(
                    &field("materialId"),
                    NodeKind::Material,
                    action.material_id.as_ref(),
                ),
                due_in_minutes: action.due_in_minutes,
                tag_id: decoder.id(&field("tagId"), NodeKind::Tag, action.tag_id.as_ref()),
                text: action.text,
            }
        })
        .collect()
}

fn audience(decoder: &mut Decoder, input: Vec<ID>) -> Vec<i64> {
    input
        .iter()
        .enumerate()
        .filter_map(|(index, id)| {
            decoder.id(
                &["input", "audienceTagIds", &index.to_string()],
                NodeKind::Tag,
                Some(id),
            )
        })
        .collect()
}

#[Object]
impl SopMutation {
    /// Creates an SOP rule (admins; managers for their department tree). It fires for what
    /// happens from now on, never for history.
    async fn sop_rule_create(
        &self,
        ctx: &Context<'_>,
        input: SopRuleCreateInput,
    ) -> async_graphql::Result<Option<SopRulePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let mut decoder = Decoder::default();
            let draft = SopRuleDraft {
                name: input.name,
                trigger: trigger(&mut decoder, input.trigger),
                actions: actions(&mut decoder, input.actions),
                audience_tag_ids: input
                    .audience_tag_ids
                    .map(|tags| audience(&mut decoder, tags)),
                active: input.active,
            };
            decoder.finish()?;
            sop::create(auth, draft).await
        }
        .await;
        respond(result.map(SopRule))
    }

    /// Changes an SOP rule (switch it off with `active: false`).
    async fn sop_rule_update(
        &self,
        ctx: &Context<'_>,
        input: SopRuleUpdateInput,
    ) -> async_graphql::Result<Option<SopRulePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::SopRule, &input.id)?;
            let mut decoder = Decoder::default();
            let change = SopRuleChange {
                name: input.name,
                trigger: input.trigger.map(|given| trigger(&mut decoder, given)),
                actions: input.actions.map(|given| actions(&mut decoder, given)),
                audience_tag_ids: match input.audience_tag_ids {
                    MaybeUndefined::Undefined => None,
                    MaybeUndefined::Null => Some(None),
                    MaybeUndefined::Value(tags) => Some(Some(audience(&mut decoder, tags))),
                },
                active: input.active,
            };
            decoder.finish()?;
            sop::update(auth, id, change).await
        }
        .await;
        respond(result.map(SopRule))
    }

    /// Deletes an SOP rule and its record of runs; the tasks it gave stay.
    async fn sop_rule_delete(
        &self,
        ctx: &Context<'_>,
        input: SopRuleDeleteInput,
    ) -> async_graphql::Result<Option<SopRuleDeletePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::SopRule, &input.id)?;
            sop::delete(auth, id).await
        }
        .await;
        respond(result.map(|id| ids::encode(NodeKind::SopRule, id)))
    }

    /// Marks one of your tasks done (completing it again changes nothing).
    async fn task_complete(
        &self,
        ctx: &Context<'_>,
        input: TaskCompleteInput,
    ) -> async_graphql::Result<Option<TaskPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Task, &input.id)?;
            tasks::complete(auth, id).await
        }
        .await;
        respond(result.map(Task))
    }
}
