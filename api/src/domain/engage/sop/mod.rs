//! SOP automation (docs/ENGAGE.md, "SOP automation"): a rule says "when X happens to a
//! customer (added through a channel code, tagged, silent for N days) or on a schedule, do Y"
//! — remind the follower with a script or material, tag the customer, notify the follower's
//! manager. The server evaluates every active rule each minute on the job runner
//! ([`engine`]); each occurrence fires exactly once, keyed in `sop_run`.
//!
//! Scope: ADMIN reads and changes every rule of the tenant, and their rules apply to every
//! customer; MANAGER the rules they or staff of their department tree made, applying to the
//! customers their department tree follows. SALES have tasks, not rules.

pub mod engine;
pub mod schedule;
pub mod tasks;

use std::collections::BTreeSet;

use entity::{Role, channel_code_add, material, script, sop_rule, sop_run, staff, tag};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};

pub use entity::sop_rule::SopTriggerKind;

use crate::domain::Authorized;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::Problems;
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// Most actions one rule runs.
pub const MAX_ACTIONS: usize = 10;
/// Longest text of a NOTIFY_MANAGER action (and a reminder's note).
pub const MAX_TEXT_CHARS: usize = 500;
/// Longest silence a NO_CONTACT_FOR rule waits for.
pub const MAX_DAYS: i32 = 365;
/// Latest a reminder may be due after it fires: 30 days.
pub const MAX_DUE_IN_MINUTES: i32 = 30 * 24 * 60;
/// Most audience tags of a SCHEDULE rule.
pub const MAX_AUDIENCE_TAGS: usize = 20;
const MAX_NAME_CHARS: usize = 100;

/// What an action does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SopActionKind {
    /// A task for the follower: reach out, with a script or material.
    RemindStaff,
    /// Tag the customer on the follow (in WeCom too when the tag is WeCom's).
    ApplyTag,
    /// A task for the follower's nearest manager, with a text.
    NotifyManager,
}

/// One action of a rule, as stored (JSON in `sop_rule.actions`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SopActionSpec {
    pub kind: SopActionKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub material_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_in_minutes: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A rule's trigger as its author gives it; only the fields of its kind are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SopTriggerDraft {
    pub kind: SopTriggerKind,
    pub channel_code_id: Option<i64>,
    pub tag_id: Option<i64>,
    /// DEAL_ENTERED_STAGE: the pipeline stage.
    pub stage_id: Option<i64>,
    pub days: Option<i32>,
    pub cron: Option<String>,
    pub time_zone: Option<String>,
}

/// A new rule.
#[derive(Debug, Clone)]
pub struct SopRuleDraft {
    pub name: String,
    pub trigger: SopTriggerDraft,
    pub actions: Vec<SopActionSpec>,
    /// SCHEDULE only: customers having any of these tags.
    pub audience_tag_ids: Option<Vec<i64>>,
    pub active: bool,
}

/// A change to a rule; `None` leaves a part as it is (`Some(None)` clears the audience).
#[derive(Debug, Clone, Default)]
pub struct SopRuleChange {
    pub name: Option<String>,
    pub trigger: Option<SopTriggerDraft>,
    pub actions: Option<Vec<SopActionSpec>>,
    pub audience_tag_ids: Option<Option<Vec<i64>>>,
    pub active: Option<bool>,
}

/// What one action did for one occurrence (JSON in `sop_run.outcomes`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionOutcome {
    pub kind: SopActionKind,
    pub status: OutcomeStatus,
    /// Tasks it created (REMIND_STAFF, NOTIFY_MANAGER).
    #[serde(default)]
    pub tasks: u32,
    /// Follows it tagged (APPLY_TAG).
    #[serde(default)]
    pub tagged: u32,
    /// Why it failed or did nothing; never customer content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OutcomeStatus {
    Done,
    /// Nothing to do (no manager above the follower, the tag already there).
    Skipped,
    Failed,
}

/// A rule's stored actions.
pub fn actions_of(rule: &sop_rule::Model) -> Vec<SopActionSpec> {
    serde_json::from_str(&rule.actions).unwrap_or_default()
}

/// A SCHEDULE rule's audience tags (`None`: no audience).
pub fn audience_of(rule: &sop_rule::Model) -> Option<Vec<i64>> {
    rule.audience_tag_ids
        .as_deref()
        .and_then(|text| serde_json::from_str(text).ok())
}

/// A run's outcomes.
pub fn outcomes_of(run: &sop_run::Model) -> Vec<ActionOutcome> {
    serde_json::from_str(&run.outcomes).unwrap_or_default()
}

fn at<'a>(path: &[&'a str]) -> Vec<&'a str> {
    let mut field = vec!["input"];
    field.extend_from_slice(path);
    field
}

fn problem(path: &[&str], code: ErrorCode, message: impl Into<String>) -> FieldError {
    FieldError::new(&at(path), code, message)
}

/// Checks the whole draft, every problem at its field; nothing is stored on error.
/// `creator` is whose personal library scripts and materials may come from.
async fn validate(
    auth: &Authorized,
    mut draft: SopRuleDraft,
    creator: i64,
) -> ApiResult<SopRuleDraft> {
    let mut problems = Problems::default();
    let name = draft.name.trim().to_owned();
    if name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        problems.push(problem(
            &["name"],
            ErrorCode::BadUserInput,
            format!("give the rule a name of 1 to {MAX_NAME_CHARS} characters, on one line"),
        ));
    }
    draft.name = name;

    // The trigger: the fields of its kind, each required one named when missing.
    let trigger = &mut draft.trigger;
    let missing = |field: &str, kind: &str| {
        problem(
            &["trigger", field],
            ErrorCode::BadUserInput,
            format!("a {kind} trigger needs {field}"),
        )
    };
    let kind = trigger.kind;
    let (mut keep_code, mut keep_tag, mut keep_days, mut keep_cron) = (false, false, false, false);
    let mut keep_stage = false;
    match kind {
        SopTriggerKind::AddedViaChannelCode => {
            keep_code = true;
            match trigger.channel_code_id {
                None => problems.push(missing("channelCodeId", "ADDED_VIA_CHANNEL_CODE")),
                Some(id) => match crate::domain::engage::channel_codes::get(auth, id).await {
                    Ok(_) => {}
                    Err(ApiError::NotFound(_)) => problems.push(problem(
                        &["trigger", "channelCodeId"],
                        ErrorCode::NotFound,
                        "channel code not found",
                    )),
                    Err(other) => return Err(other),
                },
            }
        }
        SopTriggerKind::TagApplied => {
            keep_tag = true;
            match trigger.tag_id {
                None => problems.push(missing("tagId", "TAG_APPLIED")),
                Some(id) => {
                    if !tag_exists(auth, id).await? {
                        problems.push(problem(
                            &["trigger", "tagId"],
                            ErrorCode::NotFound,
                            "tag not found",
                        ));
                    }
                }
            }
        }
        SopTriggerKind::DealEnteredStage => {
            keep_stage = true;
            match trigger.stage_id {
                None => problems.push(missing("stageId", "DEAL_ENTERED_STAGE")),
                Some(id) => match crate::domain::crm::deals::pipelines::get_stage(auth, id).await {
                    Ok(stage) if stage.archived_at.is_some() => problems.push(problem(
                        &["trigger", "stageId"],
                        ErrorCode::BadUserInput,
                        "this stage is archived: deals no longer enter it",
                    )),
                    Ok(_) => {}
                    Err(ApiError::NotFound(_)) => problems.push(problem(
                        &["trigger", "stageId"],
                        ErrorCode::NotFound,
                        "pipeline stage not found",
                    )),
                    Err(other) => return Err(other),
                },
            }
        }
        SopTriggerKind::NoContactFor => {
            keep_days = true;
            match trigger.days {
                None => problems.push(missing("days", "NO_CONTACT_FOR")),
                Some(days) if !(1..=MAX_DAYS).contains(&days) => problems.push(problem(
                    &["trigger", "days"],
                    ErrorCode::BadUserInput,
                    format!("days is 1 to {MAX_DAYS}"),
                )),
                Some(_) => {}
            }
        }
        SopTriggerKind::Schedule => {
            keep_cron = true;
            let zone_name = match trigger.time_zone.as_deref().map(str::trim) {
                Some(name) if !name.is_empty() => name.to_owned(),
                _ => crate::domain::org::tenants::time_zone(auth)
                    .await?
                    .name()
                    .to_owned(),
            };
            let zone = schedule::parse_zone(&zone_name);
            if zone.is_none() {
                problems.push(problem(
                    &["trigger", "timeZone"],
                    ErrorCode::BadUserInput,
                    format!(
                        "unknown time zone {zone_name:?}: use an IANA name such as Asia/Shanghai"
                    ),
                ));
            }
            trigger.time_zone = Some(zone_name);
            match trigger.cron.as_deref().map(str::trim) {
                None | Some("") => problems.push(missing("cron", "SCHEDULE")),
                Some(expression) => {
                    let expression = expression.to_owned();
                    if let Some(zone) = zone
                        && let Err(error) =
                            schedule::Schedule::parse(&expression, zone, auth.store.now())
                    {
                        problems.push(problem(
                            &["trigger", "cron"],
                            ErrorCode::BadUserInput,
                            error.message(),
                        ));
                    }
                    trigger.cron = Some(expression);
                }
            }
        }
    }
    if !keep_code {
        trigger.channel_code_id = None;
    }
    if !keep_tag {
        trigger.tag_id = None;
    }
    if !keep_stage {
        trigger.stage_id = None;
    }
    if !keep_days {
        trigger.days = None;
    }
    if !keep_cron {
        trigger.cron = None;
        trigger.time_zone = None;
    }

    if let Some(audience) = &mut draft.audience_tag_ids {
        if kind != SopTriggerKind::Schedule {
            problems.push(problem(
                &["audienceTagIds"],
                ErrorCode::BadUserInput,
                "an audience is for SCHEDULE rules; other triggers name their customer",
            ));
        }
        audience.sort_unstable();
        audience.dedup();
        if audience.is_empty() || audience.len() > MAX_AUDIENCE_TAGS {
            problems.push(problem(
                &["audienceTagIds"],
                ErrorCode::BadUserInput,
                format!("an audience is 1 to {MAX_AUDIENCE_TAGS} tags; leave it out for none"),
            ));
        }
        let known = known_tags(auth, audience).await?;
        if audience.iter().any(|id| !known.contains(id)) {
            problems.push(problem(
                &["audienceTagIds"],
                ErrorCode::NotFound,
                "a tag of audienceTagIds does not exist",
            ));
        }
    }

    if draft.actions.is_empty() || draft.actions.len() > MAX_ACTIONS {
        problems.push(problem(
            &["actions"],
            ErrorCode::BadUserInput,
            format!("a rule runs 1 to {MAX_ACTIONS} actions"),
        ));
    }
    for (index, action) in draft.actions.iter_mut().enumerate() {
        let index = index.to_string();
        let path = |field: &'static str| ["actions", index.as_str(), field];
        let text = action
            .text
            .take()
            .map(|text| text.trim().to_owned())
            .filter(|text| !text.is_empty());
        if let Some(text) = &text
            && text.chars().count() > MAX_TEXT_CHARS
        {
            problems.push(problem(
                &path("text"),
                ErrorCode::BadUserInput,
                format!("a text has at most {MAX_TEXT_CHARS} characters"),
            ));
        }
        match action.kind {
            SopActionKind::RemindStaff => {
                action.tag_id = None;
                action.text = text;
                match (action.script_id, action.material_id) {
                    (None, None) => problems.push(problem(
                        &path("scriptId"),
                        ErrorCode::BadUserInput,
                        "a REMIND_STAFF action needs scriptId or materialId",
                    )),
                    (Some(_), Some(_)) => problems.push(problem(
                        &path("materialId"),
                        ErrorCode::BadUserInput,
                        "give scriptId or materialId, not both",
                    )),
                    (Some(id), None) => {
                        if !script_usable(auth, id, creator).await? {
                            problems.push(problem(
                                &path("scriptId"),
                                ErrorCode::NotFound,
                                "script not found in the tenant's library or the rule creator's",
                            ));
                        }
                    }
                    (None, Some(id)) => {
                        if !material_usable(auth, id, creator).await? {
                            problems.push(problem(
                                &path("materialId"),
                                ErrorCode::NotFound,
                                "material not found in the tenant's library or the rule creator's",
                            ));
                        }
                    }
                }
                let due = action.due_in_minutes.unwrap_or(0);
                if !(0..=MAX_DUE_IN_MINUTES).contains(&due) {
                    problems.push(problem(
                        &path("dueInMinutes"),
                        ErrorCode::BadUserInput,
                        format!("dueInMinutes is 0 to {MAX_DUE_IN_MINUTES} (30 days)"),
                    ));
                }
                action.due_in_minutes = Some(due);
            }
            SopActionKind::ApplyTag => {
                action.script_id = None;
                action.material_id = None;
                action.due_in_minutes = None;
                action.text = None;
                match action.tag_id {
                    None => problems.push(problem(
                        &path("tagId"),
                        ErrorCode::BadUserInput,
                        "an APPLY_TAG action needs tagId",
                    )),
                    Some(id) => {
                        if !tag_exists(auth, id).await? {
                            problems.push(problem(
                                &path("tagId"),
                                ErrorCode::NotFound,
                                "tag not found",
                            ));
                        }
                    }
                }
            }
            SopActionKind::NotifyManager => {
                action.script_id = None;
                action.material_id = None;
                action.due_in_minutes = None;
                action.tag_id = None;
                if text.is_none() {
                    problems.push(problem(
                        &path("text"),
                        ErrorCode::BadUserInput,
                        format!("a NOTIFY_MANAGER action needs a text of 1 to {MAX_TEXT_CHARS} characters"),
                    ));
                }
                action.text = text;
            }
        }
    }
    problems.into_result()?;
    Ok(draft)
}

async fn tag_exists(auth: &Authorized, id: i64) -> ApiResult<bool> {
    Ok(!known_tags(auth, &[id]).await?.is_empty())
}

async fn known_tags(auth: &Authorized, ids: &[i64]) -> ApiResult<BTreeSet<i64>> {
    Ok(tag::Entity::find()
        .select_only()
        .column(tag::Column::Id)
        .filter(tag::Column::TenantId.eq(auth.tenant_id()))
        .filter(tag::Column::Id.is_in(ids.to_vec()))
        .into_tuple::<i64>()
        .all(auth.db())
        .await?
        .into_iter()
        .collect())
}

/// In the tenant's library, or the personal library of `creator`.
fn library_of(owner: impl ColumnTrait, creator: i64) -> Condition {
    Condition::any().add(owner.is_null()).add(owner.eq(creator))
}

async fn script_usable(auth: &Authorized, id: i64, creator: i64) -> ApiResult<bool> {
    Ok(script::Entity::find_by_id(id)
        .filter(script::Column::TenantId.eq(auth.tenant_id()))
        .filter(library_of(script::Column::OwnerId, creator))
        .one(auth.db())
        .await?
        .is_some())
}

async fn material_usable(auth: &Authorized, id: i64, creator: i64) -> ApiResult<bool> {
    Ok(material::Entity::find_by_id(id)
        .filter(material::Column::TenantId.eq(auth.tenant_id()))
        .filter(library_of(material::Column::OwnerId, creator))
        .one(auth.db())
        .await?
        .is_some())
}

fn actions_json(actions: &[SopActionSpec]) -> ApiResult<String> {
    serde_json::to_string(actions).map_err(|error| ApiError::Internal(error.to_string()))
}

fn audience_json(audience: Option<&[i64]>) -> ApiResult<Option<String>> {
    audience
        .map(serde_json::to_string)
        .transpose()
        .map_err(|error| ApiError::Internal(error.to_string()))
}

/// The last channel-code add of the tenant: a rule armed now looks only at adds after it.
async fn last_add_id(auth: &Authorized) -> ApiResult<i64> {
    let last: Option<Option<i64>> = channel_code_add::Entity::find()
        .select_only()
        .expr(Expr::col(channel_code_add::Column::Id).max())
        .filter(channel_code_add::Column::TenantId.eq(auth.tenant_id()))
        .into_tuple()
        .one(auth.db())
        .await?;
    Ok(last.flatten().unwrap_or(0))
}

/// Creates a rule; it fires for occurrences from now on (no backfill).
pub async fn create(auth: &Authorized, draft: SopRuleDraft) -> ApiResult<sop_rule::Model> {
    auth.require(Action::Create, Resource::SopRule)?;
    let draft = validate(auth, draft, auth.actor.staff_id).await?;
    let now = auth.store.now();
    let trigger = &draft.trigger;
    Ok(sop_rule::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        name: Set(draft.name.clone()),
        trigger_kind: Set(trigger.kind),
        channel_code_id: Set(trigger.channel_code_id),
        stage_id: Set(trigger.stage_id),
        tag_id: Set(trigger.tag_id),
        days: Set(trigger.days),
        cron: Set(trigger.cron.clone()),
        time_zone: Set(trigger.time_zone.clone()),
        audience_tag_ids: Set(audience_json(draft.audience_tag_ids.as_deref())?),
        actions: Set(actions_json(&draft.actions)?),
        active: Set(draft.active),
        armed_at: Set(now),
        cursor_id: Set(last_add_id(auth).await?),
        evaluated_until: Set(None),
        created_by: Set(auth.actor.staff_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(auth.db())
    .await?)
}

/// Rules the actor may read and change.
async fn scope(auth: &Authorized) -> ApiResult<Condition> {
    let tenant = Condition::all().add(sop_rule::Column::TenantId.eq(auth.tenant_id()));
    Ok(match auth.actor.role {
        Role::Admin => tenant,
        Role::Manager => {
            let team = Query::select()
                .column(staff::Column::Id)
                .from(staff::Entity)
                .cond_where(auth.staff_scope().await?)
                .to_owned();
            tenant.add(
                Condition::any()
                    .add(sop_rule::Column::CreatedBy.eq(auth.actor.staff_id))
                    .add(sop_rule::Column::CreatedBy.in_subquery(team)),
            )
        }
        Role::Sales | Role::Compliance | Role::Auditor => {
            tenant.add(sop_rule::Column::Id.is_in(Vec::<i64>::new()))
        }
    })
}

/// One rule the actor may read (another tenant's, or outside the scope: not found).
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<sop_rule::Model> {
    auth.require(Action::Read, Resource::SopRule)?;
    sop_rule::Entity::find_by_id(id)
        .filter(scope(auth).await?)
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("SOP rule"))
}

fn draft_of(rule: &sop_rule::Model) -> SopRuleDraft {
    SopRuleDraft {
        name: rule.name.clone(),
        trigger: SopTriggerDraft {
            kind: rule.trigger_kind,
            channel_code_id: rule.channel_code_id,
            tag_id: rule.tag_id,
            stage_id: rule.stage_id,
            days: rule.days,
            cron: rule.cron.clone(),
            time_zone: rule.time_zone.clone(),
        },
        actions: actions_of(rule),
        audience_tag_ids: audience_of(rule),
        active: rule.active,
    }
}

/// Changes a rule. A new trigger, or a rule switched back on, is armed anew: it fires for
/// occurrences from now on, not for what happened meanwhile.
pub async fn update(
    auth: &Authorized,
    id: i64,
    change: SopRuleChange,
) -> ApiResult<sop_rule::Model> {
    auth.require(Action::Update, Resource::SopRule)?;
    let rule = get(auth, id).await?;
    let before = draft_of(&rule);
    let mut draft = before.clone();
    if let Some(name) = change.name {
        draft.name = name;
    }
    if let Some(trigger) = change.trigger {
        draft.trigger = trigger;
    }
    if let Some(actions) = change.actions {
        draft.actions = actions;
    }
    if let Some(audience) = change.audience_tag_ids {
        draft.audience_tag_ids = audience;
    }
    if let Some(active) = change.active {
        draft.active = active;
    }
    let draft = validate(auth, draft, rule.created_by).await?;
    let now = auth.store.now();
    let rearm = draft.trigger != before.trigger || (draft.active && !before.active);
    let mut row: sop_rule::ActiveModel = rule.into();
    let trigger = &draft.trigger;
    row.name = Set(draft.name.clone());
    row.trigger_kind = Set(trigger.kind);
    row.channel_code_id = Set(trigger.channel_code_id);
    row.stage_id = Set(trigger.stage_id);
    row.tag_id = Set(trigger.tag_id);
    row.days = Set(trigger.days);
    row.cron = Set(trigger.cron.clone());
    row.time_zone = Set(trigger.time_zone.clone());
    row.audience_tag_ids = Set(audience_json(draft.audience_tag_ids.as_deref())?);
    row.actions = Set(actions_json(&draft.actions)?);
    row.active = Set(draft.active);
    if rearm {
        row.armed_at = Set(now);
        row.cursor_id = Set(last_add_id(auth).await?);
        row.evaluated_until = Set(None);
    }
    row.updated_at = Set(now);
    Ok(row.update(auth.db()).await?)
}

/// Deletes a rule and its record of runs; the tasks it gave stay with their owners.
pub async fn delete(auth: &Authorized, id: i64) -> ApiResult<i64> {
    auth.require(Action::Delete, Resource::SopRule)?;
    let rule = get(auth, id).await?;
    let transaction = entity::begin_write(auth.db()).await?;
    sop_run::Entity::delete_many()
        .filter(sop_run::Column::TenantId.eq(auth.tenant_id()))
        .filter(sop_run::Column::RuleId.eq(rule.id))
        .exec(&transaction)
        .await?;
    sop_rule::Entity::delete_many()
        .filter(sop_rule::Column::TenantId.eq(auth.tenant_id()))
        .filter(sop_rule::Column::Id.eq(rule.id))
        .exec(&transaction)
        .await?;
    transaction.commit().await?;
    Ok(rule.id)
}

/// The rules the actor may read, newest first.
pub async fn list(
    auth: &Authorized,
    active: Option<bool>,
    request: &PageRequest,
) -> ApiResult<Page<sop_rule::Model>> {
    auth.require(Action::Read, Resource::SopRule)?;
    let mut query = sop_rule::Entity::find().filter(scope(auth).await?);
    if let Some(active) = active {
        query = query.filter(sop_rule::Column::Active.eq(active));
    }
    let ordering = Ordering::<sop_rule::Entity> {
        name: "SOP_CREATED_AT_DESC".to_owned(),
        column: sop_rule::Column::CreatedAt,
        id_column: sop_rule::Column::Id,
        descending: true,
        value_of: |row| SortValue::time(&row.created_at),
        id_of: |row| row.id,
        to_sql: page::time_to_sql,
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// What a rule fired, newest first.
pub async fn runs(
    auth: &Authorized,
    rule_id: i64,
    request: &PageRequest,
) -> ApiResult<Page<sop_run::Model>> {
    let rule = get(auth, rule_id).await?;
    let query = sop_run::Entity::find()
        .filter(sop_run::Column::TenantId.eq(auth.tenant_id()))
        .filter(sop_run::Column::RuleId.eq(rule.id));
    let ordering = Ordering::<sop_run::Entity> {
        name: "SOP_RUN_FIRED_AT_DESC".to_owned(),
        column: sop_run::Column::FiredAt,
        id_column: sop_run::Column::Id,
        descending: true,
        value_of: |row| SortValue::time(&row.fired_at),
        id_of: |row| row.id,
        to_sql: page::time_to_sql,
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// A customer the actor may read, or `None` (a run's customer outside their scope now).
pub async fn visible_customer(
    auth: &Authorized,
    customer_id: i64,
) -> ApiResult<Option<entity::customer::Model>> {
    match crate::domain::crm::customers::get(auth, customer_id).await {
        Ok(customer) => Ok(Some(customer)),
        Err(ApiError::NotFound(_) | ApiError::Forbidden(_)) => Ok(None),
        Err(other) => Err(other),
    }
}
