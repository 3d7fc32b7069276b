//! Evaluating SOP rules: the `SOP` job of a tenant looks at each active rule, finds the
//! occurrences of its trigger since it last looked, and fires each one **exactly once**:
//!
//! * the occurrence is a row of `sop_run`, unique per (rule, customer or 0, occurrence key),
//!   inserted with "on conflict do nothing" in the same transaction as the tasks and tags its
//!   actions make: whoever inserts it (one job of two racing, a job after a restart) does the
//!   actions, anyone else finds it and does nothing;
//! * where the rule has looked up to (the last channel-code add, the last tagging time, the
//!   last cron instant) is kept in the rule's row, not in memory, so a restart loses nothing
//!   and repeats nothing; the unique key makes a watermark that lags harmless;
//! * WeCom's side of a tag (`mark_tag`) goes first and is idempotent, so a race or a crash at
//!   worst marks a tag WeCom already has.
//!
//! Every query is filtered by the job's tenant, and a rule only reaches customers followed by
//! staff its creator covers (ADMIN: the tenant; MANAGER: their department tree).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Duration, Utc};
use entity::{
    Role, archive_conversation, channel_code_add, customer, customer_follow, deal, deal_event,
    department, follow_tag, follow_up, sop_rule, sop_run, staff, tag, task,
};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};

use super::schedule::{self, MAX_INSTANTS_PER_ROUND};
use super::{ActionOutcome, OutcomeStatus, SopActionKind, SopActionSpec, SopTriggerKind};
use crate::domain::jobs::{self, JobKind};
use crate::domain::policy::{Action, Resource};
use crate::domain::system::SystemActor;
use crate::domain::{Store, policy};
use crate::error::{ApiError, ApiResult};

/// How far back a round looks again for taggings (a tagging stamped before the last round but
/// committed after it is still found; the unique key drops what was fired).
const TAG_SLACK_MINUTES: i64 = 10;
/// Channel-code adds one round takes per rule; the rest wait for the next.
const ADDS_PER_ROUND: u64 = 500;
/// The name scheduled SOP jobs are queued under.
pub(crate) const SOP_SCHEDULE: &str = "sop-schedule";

/// What one evaluation did.
#[derive(Debug, Clone, Copy, Default)]
pub struct Summary {
    /// Active rules looked at.
    pub rules: u64,
    /// Occurrences fired.
    pub fired: u64,
}

/// One occurrence of a rule's trigger.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Occurrence {
    customer_id: Option<i64>,
    key: String,
    occurred_at: DateTime<Utc>,
    /// The follows (id, staff) the actions work on; empty: the rule's creator (a schedule
    /// without an audience).
    follows: Vec<(i64, i64)>,
}

/// The staff a rule's creator covers.
enum Coverage {
    All,
    Staff(BTreeSet<i64>),
}

impl Coverage {
    fn covers(&self, staff_id: i64) -> bool {
        match self {
            Coverage::All => true,
            Coverage::Staff(members) => members.contains(&staff_id),
        }
    }

    fn condition(&self, column: customer_follow::Column) -> Condition {
        match self {
            Coverage::All => Condition::all(),
            Coverage::Staff(members) => {
                Condition::all().add(column.is_in(members.iter().copied().collect::<Vec<_>>()))
            }
        }
    }
}

/// The tenant's people and departments, loaded once per evaluation.
struct Org {
    staff: HashMap<i64, staff::Model>,
    edges: Vec<(i64, Option<i64>)>,
}

impl Org {
    async fn load(db: &DatabaseConnection, tenant_id: i64) -> ApiResult<Org> {
        let staff = staff::Entity::find()
            .filter(staff::Column::TenantId.eq(tenant_id))
            .all(db)
            .await?
            .into_iter()
            .map(|member| (member.id, member))
            .collect();
        let edges = department::Entity::find()
            .select_only()
            .column(department::Column::Id)
            .column(department::Column::ParentId)
            .filter(department::Column::TenantId.eq(tenant_id))
            .into_tuple()
            .all(db)
            .await?;
        Ok(Org { staff, edges })
    }

    /// Whom a rule of `creator` reaches; `None` when the creator left (their rules rest).
    fn coverage(&self, creator: i64) -> Option<Coverage> {
        let member = self.staff.get(&creator).filter(|member| member.active)?;
        Some(match member.role {
            Role::Admin => Coverage::All,
            Role::Manager => {
                let departments: BTreeSet<i64> = member
                    .department_id
                    .map(|root| policy::descendants_of(root, &self.edges))
                    .unwrap_or_default()
                    .into_iter()
                    .collect();
                let mut members: BTreeSet<i64> = self
                    .staff
                    .values()
                    .filter(|other| {
                        other
                            .department_id
                            .is_some_and(|department| departments.contains(&department))
                    })
                    .map(|other| other.id)
                    .collect();
                members.insert(creator);
                Coverage::Staff(members)
            }
            Role::Sales | Role::Compliance | Role::Auditor => {
                Coverage::Staff(BTreeSet::from([creator]))
            }
        })
    }

    /// The active managers of the follower's department, or of the nearest department above
    /// it that has one (never the follower themselves).
    fn managers_of(&self, follower: i64) -> Vec<i64> {
        let parents: HashMap<i64, Option<i64>> = self.edges.iter().copied().collect();
        let mut department = self
            .staff
            .get(&follower)
            .and_then(|member| member.department_id);
        let mut seen = BTreeSet::new();
        while let Some(current) = department {
            if !seen.insert(current) {
                break;
            }
            let mut managers: Vec<i64> = self
                .staff
                .values()
                .filter(|member| {
                    member.active
                        && member.role == Role::Manager
                        && member.id != follower
                        && member.department_id == Some(current)
                })
                .map(|member| member.id)
                .collect();
            if !managers.is_empty() {
                managers.sort_unstable();
                return managers;
            }
            department = parents.get(&current).copied().flatten();
        }
        Vec::new()
    }
}

/// Evaluates every active rule of the system actor's tenant once.
pub(crate) async fn evaluate(system: &SystemActor) -> ApiResult<Summary> {
    system.require(Action::Read, Resource::SopRule)?;
    system.require(Action::Create, Resource::Task)?;
    system.require(Action::Update, Resource::Customer)?;
    system.require(Action::Read, Resource::FollowUp)?;
    let store = system.store();
    let tenant_id = system.tenant_id();
    let rules = sop_rule::Entity::find()
        .filter(sop_rule::Column::TenantId.eq(tenant_id))
        .filter(sop_rule::Column::Active.eq(true))
        .order_by_asc(sop_rule::Column::Id)
        .all(&store.db)
        .await?;
    let mut summary = Summary::default();
    if rules.is_empty() {
        return Ok(summary);
    }
    let org = Org::load(&store.db, tenant_id).await?;
    for rule in rules {
        summary.rules += 1;
        match evaluate_rule(store, &org, &rule).await {
            Ok(fired) => summary.fired += fired,
            Err(error) => {
                tracing::warn!(rule = rule.id, %error, "SOP: a rule could not be evaluated");
            }
        }
    }
    Ok(summary)
}

/// Where a rule has looked up to, after a round.
enum Watermark {
    Cursor(i64),
    Until(DateTime<Utc>),
    None,
}

async fn evaluate_rule(store: &Store, org: &Org, rule: &sop_rule::Model) -> ApiResult<u64> {
    let Some(coverage) = org.coverage(rule.created_by) else {
        return Ok(0);
    };
    let now = store.now();
    let db = &store.db;
    let (occurrences, watermark) = match rule.trigger_kind {
        SopTriggerKind::AddedViaChannelCode => code_adds(db, rule, &coverage).await?,
        SopTriggerKind::TagApplied => taggings(db, rule, &coverage, now).await?,
        SopTriggerKind::NoContactFor => (
            silences(db, org, rule, &coverage, now).await?,
            Watermark::None,
        ),
        SopTriggerKind::Schedule => instants(db, rule, &coverage, now).await?,
        SopTriggerKind::DealEnteredStage => stage_entries(db, rule, &coverage, now).await?,
    };
    let fresh = not_fired(db, rule, occurrences).await?;
    let actions = super::actions_of(rule);
    let mut fired = 0;
    for occurrence in &fresh {
        if fire(store, org, rule, &actions, occurrence, now).await? {
            fired += 1;
        }
    }
    let update = sop_rule::Entity::update_many()
        .filter(sop_rule::Column::Id.eq(rule.id))
        .filter(sop_rule::Column::TenantId.eq(rule.tenant_id))
        // A rule re-armed meanwhile starts from its new mark, not from this round's.
        .filter(sop_rule::Column::ArmedAt.eq(rule.armed_at));
    match watermark {
        Watermark::Cursor(cursor) if cursor > rule.cursor_id => {
            update
                .col_expr(sop_rule::Column::CursorId, Expr::value(cursor))
                .exec(db)
                .await?;
        }
        Watermark::Until(until) => {
            update
                .col_expr(sop_rule::Column::EvaluatedUntil, Expr::value(Some(until)))
                .exec(db)
                .await?;
        }
        Watermark::Cursor(_) | Watermark::None => {}
    }
    Ok(fired)
}

/// Customers added through the rule's code since the last add looked at.
async fn code_adds(
    db: &DatabaseConnection,
    rule: &sop_rule::Model,
    coverage: &Coverage,
) -> ApiResult<(Vec<Occurrence>, Watermark)> {
    let Some(code_id) = rule.channel_code_id else {
        return Ok((Vec::new(), Watermark::None));
    };
    let adds = channel_code_add::Entity::find()
        .filter(channel_code_add::Column::TenantId.eq(rule.tenant_id))
        .filter(channel_code_add::Column::CodeId.eq(code_id))
        .filter(channel_code_add::Column::Id.gt(rule.cursor_id))
        .order_by_asc(channel_code_add::Column::Id)
        .limit(ADDS_PER_ROUND)
        .all(db)
        .await?;
    let cursor = adds.last().map_or(rule.cursor_id, |add| add.id);
    let occurrences = adds
        .into_iter()
        .filter(|add| coverage.covers(add.staff_id))
        .map(|add| Occurrence {
            customer_id: Some(add.customer_id),
            key: format!("add:{}", add.id),
            occurred_at: add.added_at,
            follows: vec![(add.follow_id, add.staff_id)],
        })
        .collect();
    Ok((occurrences, Watermark::Cursor(cursor)))
}

/// Follows the rule's tag was put on since the rule last looked (and since it was armed).
async fn taggings(
    db: &DatabaseConnection,
    rule: &sop_rule::Model,
    coverage: &Coverage,
    now: DateTime<Utc>,
) -> ApiResult<(Vec<Occurrence>, Watermark)> {
    let Some(tag_id) = rule.tag_id else {
        return Ok((Vec::new(), Watermark::None));
    };
    let since = rule
        .evaluated_until
        .map(|until| until - Duration::minutes(TAG_SLACK_MINUTES))
        .map_or(rule.armed_at, |since| since.max(rule.armed_at));
    let tagged = follow_tag::Entity::find()
        .filter(follow_tag::Column::TenantId.eq(rule.tenant_id))
        .filter(follow_tag::Column::TagId.eq(tag_id))
        .filter(follow_tag::Column::CreatedAt.gte(since))
        .all(db)
        .await?;
    let follows = live_follows(
        db,
        rule.tenant_id,
        coverage,
        &tagged.iter().map(|row| row.follow_id).collect::<Vec<_>>(),
    )
    .await?;
    let occurrences = tagged
        .into_iter()
        .filter_map(|row| {
            let follow = follows.get(&row.follow_id)?;
            Some(Occurrence {
                customer_id: Some(follow.customer_id),
                key: format!(
                    "tag:{}:{}:{}",
                    row.follow_id,
                    row.tag_id,
                    row.created_at.timestamp_micros()
                ),
                occurred_at: row.created_at,
                follows: vec![(follow.id, follow.staff_id)],
            })
        })
        .collect();
    Ok((occurrences, Watermark::Until(now)))
}

/// Deals that entered the rule's stage (created in it, or moved into it) since the rule last
/// looked (and since it was armed). The actions work on the deal owner's follow of the
/// customer, or — when the owner does not follow them — on the customer's follows the rule's
/// creator covers.
async fn stage_entries(
    db: &DatabaseConnection,
    rule: &sop_rule::Model,
    coverage: &Coverage,
    now: DateTime<Utc>,
) -> ApiResult<(Vec<Occurrence>, Watermark)> {
    let Some(stage_id) = rule.stage_id else {
        return Ok((Vec::new(), Watermark::None));
    };
    // Looked at again with slack, as taggings: an event stamped before the last round but
    // committed after it is still found, and what fired is dropped by its key.
    let since = rule
        .evaluated_until
        .map(|until| until - Duration::minutes(TAG_SLACK_MINUTES))
        .map_or(rule.armed_at, |since| since.max(rule.armed_at));
    let entries = deal_event::Entity::find()
        .filter(deal_event::Column::TenantId.eq(rule.tenant_id))
        .filter(deal_event::Column::ToStageId.eq(stage_id))
        .filter(deal_event::Column::Kind.is_in([
            deal_event::DealEventKind::Created,
            deal_event::DealEventKind::Moved,
        ]))
        .filter(deal_event::Column::At.gte(since))
        .all(db)
        .await?;
    if entries.is_empty() {
        return Ok((Vec::new(), Watermark::Until(now)));
    }
    let deal_ids: Vec<i64> = entries.iter().map(|entry| entry.deal_id).collect();
    let mut deals: HashMap<i64, deal::Model> = HashMap::new();
    for chunk in deal_ids.chunks(500) {
        let rows = deal::Entity::find()
            .filter(deal::Column::TenantId.eq(rule.tenant_id))
            .filter(deal::Column::Id.is_in(chunk.to_vec()))
            .all(db)
            .await?;
        deals.extend(rows.into_iter().map(|row| (row.id, row)));
    }
    let customer_ids: BTreeSet<i64> = deals.values().map(|row| row.customer_id).collect();
    let mut follows_of: HashMap<i64, Vec<customer_follow::Model>> = HashMap::new();
    let customer_ids: Vec<i64> = customer_ids.into_iter().collect();
    for chunk in customer_ids.chunks(500) {
        let rows = customer_follow::Entity::find()
            .filter(customer_follow::Column::TenantId.eq(rule.tenant_id))
            .filter(customer_follow::Column::CustomerId.is_in(chunk.to_vec()))
            .filter(customer_follow::Column::LostAt.is_null())
            .filter(coverage.condition(customer_follow::Column::StaffId))
            .all(db)
            .await?;
        for row in rows {
            follows_of.entry(row.customer_id).or_default().push(row);
        }
    }
    let occurrences = entries
        .into_iter()
        .filter_map(|entry| {
            let deal = deals.get(&entry.deal_id)?;
            let follows = follows_of.get(&deal.customer_id)?;
            let owners: Vec<(i64, i64)> = follows
                .iter()
                .filter(|follow| follow.staff_id == deal.owner_id)
                .map(|follow| (follow.id, follow.staff_id))
                .collect();
            let chosen = if owners.is_empty() {
                follows
                    .iter()
                    .map(|follow| (follow.id, follow.staff_id))
                    .collect()
            } else {
                owners
            };
            Some(Occurrence {
                customer_id: Some(deal.customer_id),
                key: format!("deal:{}", entry.id),
                occurred_at: entry.at,
                follows: chosen,
            })
        })
        .collect();
    Ok((occurrences, Watermark::Until(now)))
}

/// Follows (by id) that are not lost and belong to staff the coverage reaches.
async fn live_follows(
    db: &DatabaseConnection,
    tenant_id: i64,
    coverage: &Coverage,
    ids: &[i64],
) -> ApiResult<BTreeMap<i64, customer_follow::Model>> {
    let mut found = BTreeMap::new();
    for chunk in ids.chunks(500) {
        let rows = customer_follow::Entity::find()
            .filter(customer_follow::Column::TenantId.eq(tenant_id))
            .filter(customer_follow::Column::Id.is_in(chunk.to_vec()))
            .filter(customer_follow::Column::LostAt.is_null())
            .filter(coverage.condition(customer_follow::Column::StaffId))
            .all(db)
            .await?;
        found.extend(rows.into_iter().map(|follow| (follow.id, follow)));
    }
    Ok(found)
}

/// Follows silent for the rule's days: no archived message between the staff member and the
/// customer (their one-to-one conversation's last-sent time; no content is read) and no
/// follow-up of the customer written by that staff member, since the latest of the message,
/// the follow-up and the follow's start.
async fn silences(
    db: &DatabaseConnection,
    org: &Org,
    rule: &sop_rule::Model,
    coverage: &Coverage,
    now: DateTime<Utc>,
) -> ApiResult<Vec<Occurrence>> {
    let Some(days) = rule.days else {
        return Ok(Vec::new());
    };
    let started_before = now - Duration::days(i64::from(days));
    let follows = customer_follow::Entity::find()
        .filter(customer_follow::Column::TenantId.eq(rule.tenant_id))
        .filter(customer_follow::Column::LostAt.is_null())
        .filter(customer_follow::Column::CreatedAt.lte(started_before))
        .filter(coverage.condition(customer_follow::Column::StaffId))
        .all(db)
        .await?;
    if follows.is_empty() {
        return Ok(Vec::new());
    }
    let customer_ids: Vec<i64> = follows.iter().map(|follow| follow.customer_id).collect();
    let mut external: HashMap<i64, String> = HashMap::new();
    for chunk in customer_ids.chunks(500) {
        let rows: Vec<(i64, String)> = customer::Entity::find()
            .select_only()
            .column(customer::Column::Id)
            .column(customer::Column::ExternalUserid)
            .filter(customer::Column::TenantId.eq(rule.tenant_id))
            .filter(customer::Column::Id.is_in(chunk.to_vec()))
            .into_tuple()
            .all(db)
            .await?;
        external.extend(rows);
    }
    let pair_key = |follow: &customer_follow::Model| {
        let userid = org.staff.get(&follow.staff_id)?.wecom_userid.clone()?;
        let external_userid = external.get(&follow.customer_id)?;
        Some(::archive::store::conversation_key(
            &userid,
            std::slice::from_ref(external_userid),
            None,
        ))
    };
    let followed_up = latest_follow_ups(db, rule.tenant_id, &customer_ids).await?;
    let keys: Vec<String> = follows.iter().filter_map(pair_key).collect();
    let mut last_sent: HashMap<String, i64> = HashMap::new();
    for chunk in keys.chunks(500) {
        let rows: Vec<(String, i64)> = archive_conversation::Entity::find()
            .select_only()
            .column(archive_conversation::Column::Key)
            .column(archive_conversation::Column::LastSentAtMs)
            .filter(archive_conversation::Column::TenantId.eq(rule.tenant_id))
            .filter(archive_conversation::Column::Key.is_in(chunk.to_vec()))
            .into_tuple()
            .all(db)
            .await?;
        last_sent.extend(rows);
    }
    Ok(follows
        .iter()
        .filter_map(|follow| {
            let message = pair_key(follow).and_then(|key| last_sent.get(&key).copied());
            let follow_up = followed_up
                .get(&(follow.customer_id, follow.staff_id))
                .copied();
            let last = schedule::last_contact(follow.created_at, message, follow_up);
            let due = schedule::silence_due(last, days, rule.armed_at, now)?;
            Some(Occurrence {
                customer_id: Some(follow.customer_id),
                key: format!("silent:{}:{}", follow.id, last.timestamp_micros()),
                occurred_at: due,
                follows: vec![(follow.id, follow.staff_id)],
            })
        })
        .collect())
}

/// The latest follow-up `at` of each (customer, author) among `customer_ids`.
async fn latest_follow_ups(
    db: &DatabaseConnection,
    tenant_id: i64,
    customer_ids: &[i64],
) -> ApiResult<HashMap<(i64, i64), DateTime<Utc>>> {
    let mut latest = HashMap::new();
    for chunk in customer_ids.chunks(500) {
        let rows: Vec<(i64, i64, Option<DateTime<Utc>>)> = follow_up::Entity::find()
            .select_only()
            .column(follow_up::Column::CustomerId)
            .column(follow_up::Column::StaffId)
            .expr(sea_orm::sea_query::ExprTrait::max(Expr::col(
                follow_up::Column::At,
            )))
            .filter(follow_up::Column::TenantId.eq(tenant_id))
            .filter(follow_up::Column::CustomerId.is_in(chunk.to_vec()))
            .group_by(follow_up::Column::CustomerId)
            .group_by(follow_up::Column::StaffId)
            .into_tuple()
            .all(db)
            .await?;
        latest.extend(
            rows.into_iter()
                .filter_map(|(customer, staff, at)| Some(((customer, staff), at?))),
        );
    }
    Ok(latest)
}

/// The rule's cron instants since it last looked (at most [`MAX_INSTANTS_PER_ROUND`]), each
/// for every audience customer, or once for the creator without an audience.
async fn instants(
    db: &DatabaseConnection,
    rule: &sop_rule::Model,
    coverage: &Coverage,
    now: DateTime<Utc>,
) -> ApiResult<(Vec<Occurrence>, Watermark)> {
    let (Some(cron), Some(zone)) = (
        rule.cron.as_deref(),
        rule.time_zone.as_deref().and_then(schedule::parse_zone),
    ) else {
        return Ok((Vec::new(), Watermark::None));
    };
    let Ok(parsed) = schedule::Schedule::parse(cron, zone, rule.armed_at) else {
        return Ok((Vec::new(), Watermark::None));
    };
    let since = rule
        .evaluated_until
        .map_or(rule.armed_at, |until| until.max(rule.armed_at));
    let instants = parsed.instants(since, now, MAX_INSTANTS_PER_ROUND);
    let watermark = match instants.last() {
        Some(last) if instants.len() == MAX_INSTANTS_PER_ROUND => Watermark::Until(*last),
        _ => Watermark::Until(now),
    };
    if instants.is_empty() {
        return Ok((Vec::new(), watermark));
    }
    let audience = match super::audience_of(rule) {
        None => None,
        Some(tag_ids) => {
            let follow_ids: Vec<i64> = follow_tag::Entity::find()
                .select_only()
                .column(follow_tag::Column::FollowId)
                .filter(follow_tag::Column::TenantId.eq(rule.tenant_id))
                .filter(follow_tag::Column::TagId.is_in(tag_ids))
                .distinct()
                .into_tuple()
                .all(db)
                .await?;
            let follows = live_follows(db, rule.tenant_id, coverage, &follow_ids).await?;
            let mut by_customer: BTreeMap<i64, Vec<(i64, i64)>> = BTreeMap::new();
            for follow in follows.values() {
                by_customer
                    .entry(follow.customer_id)
                    .or_default()
                    .push((follow.id, follow.staff_id));
            }
            Some(by_customer)
        }
    };
    let mut occurrences = Vec::new();
    for instant in instants {
        let key = format!("cron:{}", instant.timestamp());
        match &audience {
            None => occurrences.push(Occurrence {
                customer_id: None,
                key,
                occurred_at: instant,
                follows: Vec::new(),
            }),
            Some(by_customer) => {
                occurrences.extend(by_customer.iter().map(|(customer_id, follows)| Occurrence {
                    customer_id: Some(*customer_id),
                    key: key.clone(),
                    occurred_at: instant,
                    follows: follows.clone(),
                }));
            }
        }
    }
    Ok((occurrences, watermark))
}

/// The occurrences the rule has not fired yet (one look per 500, instead of one per
/// occurrence; `fire` still relies on the unique key alone).
async fn not_fired(
    db: &DatabaseConnection,
    rule: &sop_rule::Model,
    occurrences: Vec<Occurrence>,
) -> ApiResult<Vec<Occurrence>> {
    let mut fresh = Vec::with_capacity(occurrences.len());
    for chunk in occurrences.chunks(500) {
        let keys: Vec<String> = chunk
            .iter()
            .map(|occurrence| occurrence.key.clone())
            .collect();
        let fired: BTreeSet<(i64, String)> = sop_run::Entity::find()
            .select_only()
            .column(sop_run::Column::CustomerId)
            .column(sop_run::Column::OccurrenceKey)
            .filter(sop_run::Column::TenantId.eq(rule.tenant_id))
            .filter(sop_run::Column::RuleId.eq(rule.id))
            .filter(sop_run::Column::OccurrenceKey.is_in(keys))
            .into_tuple::<(i64, String)>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        fresh.extend(
            chunk
                .iter()
                .filter(|occurrence| {
                    !fired.contains(&(occurrence.customer_id.unwrap_or(0), occurrence.key.clone()))
                })
                .cloned(),
        );
    }
    Ok(fresh)
}

/// Fires one occurrence: WeCom's tags first (idempotent), then, in one transaction, the run
/// row (unique: if another got there first, nothing happens), the tasks and the tags. Returns
/// whether this call fired it.
async fn fire(
    store: &Store,
    org: &Org,
    rule: &sop_rule::Model,
    actions: &[SopActionSpec],
    occurrence: &Occurrence,
    now: DateTime<Utc>,
) -> ApiResult<bool> {
    let tenant_id = rule.tenant_id;
    let mut followers: Vec<i64> = occurrence.follows.iter().map(|(_, staff)| *staff).collect();
    followers.sort_unstable();
    followers.dedup();
    if followers.is_empty() {
        followers.push(rule.created_by);
    }
    let task = |staff_id: i64, follower: i64, kind: task::TaskKind, action: &SopActionSpec| {
        let due = Duration::minutes(i64::from(action.due_in_minutes.unwrap_or(0)));
        task::ActiveModel {
            tenant_id: Set(tenant_id),
            staff_id: Set(staff_id),
            kind: Set(kind),
            status: Set(task::TaskStatus::Open),
            rule_id: Set(Some(rule.id)),
            run_id: Set(None),
            title: Set(rule.name.clone()),
            text: Set(action.text.clone()),
            customer_id: Set(occurrence.customer_id),
            follower_id: Set(Some(follower)),
            script_id: Set(action.script_id),
            material_id: Set(action.material_id),
            due_at: Set(now + due),
            created_at: Set(now),
            completed_at: Set(None),
            ..Default::default()
        }
    };
    let mut outcomes = Vec::with_capacity(actions.len());
    let mut tasks: Vec<task::ActiveModel> = Vec::new();
    let mut tags: Vec<(i64, i64)> = Vec::new();
    for action in actions {
        let outcome = match action.kind {
            SopActionKind::RemindStaff => {
                for follower in &followers {
                    tasks.push(task(
                        *follower,
                        *follower,
                        task::TaskKind::RemindStaff,
                        action,
                    ));
                }
                outcome(action.kind, OutcomeStatus::Done, followers.len(), 0, None)
            }
            SopActionKind::NotifyManager => {
                let mut made = 0;
                for follower in &followers {
                    for manager in org.managers_of(*follower) {
                        tasks.push(task(
                            manager,
                            *follower,
                            task::TaskKind::NotifyManager,
                            action,
                        ));
                        made += 1;
                    }
                }
                if made == 0 {
                    outcome(
                        action.kind,
                        OutcomeStatus::Skipped,
                        0,
                        0,
                        Some("no manager in the follower's department or above it"),
                    )
                } else {
                    outcome(action.kind, OutcomeStatus::Done, made, 0, None)
                }
            }
            SopActionKind::ApplyTag => match action.tag_id {
                Some(tag_id) if !occurrence.follows.is_empty() => {
                    match mark_in_wecom(store, org, tenant_id, &occurrence.follows, tag_id).await {
                        Ok(()) => {
                            tags.extend(
                                occurrence
                                    .follows
                                    .iter()
                                    .map(|(follow, _)| (*follow, tag_id)),
                            );
                            outcome(
                                action.kind,
                                OutcomeStatus::Done,
                                0,
                                occurrence.follows.len(),
                                None,
                            )
                        }
                        Err(error) => {
                            tracing::warn!(rule = rule.id, %error, "SOP: WeCom refused a tag");
                            outcome(
                                action.kind,
                                OutcomeStatus::Failed,
                                0,
                                0,
                                Some("WeCom refused the tag; it was not applied"),
                            )
                        }
                    }
                }
                _ => outcome(
                    action.kind,
                    OutcomeStatus::Skipped,
                    0,
                    0,
                    Some("no customer to tag"),
                ),
            },
        };
        outcomes.push(outcome);
    }
    let outcomes =
        serde_json::to_string(&outcomes).map_err(|error| ApiError::Internal(error.to_string()))?;
    let customer_key = occurrence.customer_id.unwrap_or(0);
    let transaction = entity::begin_write(&store.db).await?;
    let inserted = sop_run::Entity::insert(sop_run::ActiveModel {
        tenant_id: Set(tenant_id),
        rule_id: Set(rule.id),
        customer_id: Set(customer_key),
        occurrence_key: Set(occurrence.key.clone()),
        occurred_at: Set(occurrence.occurred_at),
        fired_at: Set(now),
        outcomes: Set(outcomes),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            sop_run::Column::RuleId,
            sop_run::Column::CustomerId,
            sop_run::Column::OccurrenceKey,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(&transaction)
    .await?;
    if inserted == 0 {
        // Fired already (a second job, a round after a restart): nothing more to do.
        transaction.rollback().await?;
        return Ok(false);
    }
    let run = sop_run::Entity::find()
        .filter(sop_run::Column::TenantId.eq(tenant_id))
        .filter(sop_run::Column::RuleId.eq(rule.id))
        .filter(sop_run::Column::CustomerId.eq(customer_key))
        .filter(sop_run::Column::OccurrenceKey.eq(occurrence.key.as_str()))
        .one(&transaction)
        .await?
        .ok_or_else(|| ApiError::Internal("a fired SOP run went missing".into()))?;
    if !tasks.is_empty() {
        let tasks: Vec<task::ActiveModel> = tasks
            .into_iter()
            .map(|mut row| {
                row.run_id = Set(Some(run.id));
                row
            })
            .collect();
        task::Entity::insert_many(tasks)
            .exec_without_returning(&transaction)
            .await?;
    }
    // Every follow of one occurrence is of its customer.
    if let Some(customer_id) = occurrence.customer_id {
        for (follow_id, tag_id) in tags {
            crate::domain::crm::tags::put_on_follows(
                &transaction,
                tenant_id,
                &[(follow_id, customer_id)],
                &[tag_id],
                now,
                None,
            )
            .await?;
        }
    }
    transaction.commit().await?;
    Ok(true)
}

fn outcome(
    kind: SopActionKind,
    status: OutcomeStatus,
    tasks: usize,
    tagged: usize,
    message: Option<&str>,
) -> ActionOutcome {
    ActionOutcome {
        kind,
        status,
        tasks: u32::try_from(tasks).unwrap_or(u32::MAX),
        tagged: u32::try_from(tagged).unwrap_or(u32::MAX),
        message: message.map(str::to_owned),
    }
}

/// Marks the tag on the follows in WeCom when the tenant is connected and WeCom knows the
/// tag (as `crm::tags` does for people): follows of staff WeCom does not know stay scrm's.
async fn mark_in_wecom(
    store: &Store,
    org: &Org,
    tenant_id: i64,
    follows: &[(i64, i64)],
    tag_id: i64,
) -> ApiResult<()> {
    let Some(credentials) = crate::domain::wecom::connection(store, tenant_id)
        .await?
        .and_then(|connection| connection.contacts)
    else {
        return Ok(());
    };
    let Some(wecom_tag) = tag::Entity::find_by_id(tag_id)
        .filter(tag::Column::TenantId.eq(tenant_id))
        .one(&store.db)
        .await?
        .and_then(|tag| tag.wecom_id)
    else {
        return Ok(());
    };
    let ids: Vec<i64> = follows.iter().map(|(follow, _)| *follow).collect();
    let rows = customer_follow::Entity::find()
        .filter(customer_follow::Column::TenantId.eq(tenant_id))
        .filter(customer_follow::Column::Id.is_in(ids))
        .filter(customer_follow::Column::LostAt.is_null())
        .all(&store.db)
        .await?;
    for follow in rows {
        let Some(userid) = org
            .staff
            .get(&follow.staff_id)
            .and_then(|member| member.wecom_userid.clone())
        else {
            continue;
        };
        let Some(person) = customer::Entity::find_by_id(follow.customer_id)
            .filter(customer::Column::TenantId.eq(tenant_id))
            .one(&store.db)
            .await?
        else {
            continue;
        };
        store
            .wecom
            .mark_tag(
                &credentials,
                &userid,
                &person.external_userid,
                std::slice::from_ref(&wecom_tag),
                &[],
            )
            .await?;
    }
    Ok(())
}

/// Queues the tenant's SOP job unless one is already waiting.
pub(crate) async fn wake(store: &Store, tenant_id: i64) -> ApiResult<()> {
    jobs::wake(store, tenant_id, JobKind::Sop, SOP_SCHEDULE).await
}

/// Queues the SOP job of every tenant with an active rule.
pub async fn wake_all(store: &Store) -> ApiResult<()> {
    let tenants: Vec<i64> = sop_rule::Entity::find()
        .select_only()
        .column(sop_rule::Column::TenantId)
        .filter(sop_rule::Column::Active.eq(true))
        .distinct()
        .into_tuple()
        .all(&store.db)
        .await?;
    for tenant_id in tenants {
        wake(store, tenant_id).await?;
    }
    Ok(())
}

/// Every `every`, queues each tenant's SOP job (the server's task, for its life). Several
/// servers doing it at once queue at most a few jobs more; the jobs fire nothing twice.
pub async fn schedule_periodically(store: Store, every: std::time::Duration) {
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        ticker.tick().await;
        if let Err(error) = wake_all(&store).await {
            tracing::warn!(%error, "SOP: could not queue the evaluation jobs");
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn member(id: i64, role: Role, department: Option<i64>) -> staff::Model {
        let at = DateTime::from_timestamp(0, 0).unwrap();
        staff::Model {
            id,
            tenant_id: 1,
            email: format!("{id}@corp"),
            name: format!("member {id}"),
            role,
            department_id: department,
            password_hash: None,
            password_origin: entity::PasswordOrigin::Own,
            active: true,
            wecom_userid: None,
            created_at: at,
            updated_at: at,
        }
    }

    fn org() -> Org {
        // 1 ── 2 ── 3 (departments); managers: 10 in 1, 11 in 1, 20 in 2 (inactive).
        let mut inactive = member(20, Role::Manager, Some(2));
        inactive.active = false;
        let staff = [
            member(10, Role::Manager, Some(1)),
            member(11, Role::Manager, Some(1)),
            inactive,
            member(30, Role::Sales, Some(3)),
            member(31, Role::Manager, Some(3)),
            member(40, Role::Sales, None),
            member(50, Role::Admin, Some(2)),
        ];
        Org {
            staff: staff
                .into_iter()
                .map(|member| (member.id, member))
                .collect(),
            edges: vec![(1, None), (2, Some(1)), (3, Some(2))],
        }
    }

    #[test]
    fn the_nearest_department_with_an_active_manager_is_notified() {
        let org = org();
        // Sales 30 in 3: manager 31 of 3 itself.
        assert_eq!(org.managers_of(30), vec![31]);
        // Manager 31 is not their own manager: 2's is inactive, so 1's two.
        assert_eq!(org.managers_of(31), vec![10, 11]);
        assert_eq!(org.managers_of(40), Vec::<i64>::new());
    }

    #[test]
    fn a_rule_reaches_the_tenant_for_admins_and_the_department_tree_for_managers() {
        let org = org();
        assert!(matches!(org.coverage(50), Some(Coverage::All)));
        let Some(Coverage::Staff(team)) = org.coverage(11) else {
            panic!("a manager covers staff");
        };
        assert_eq!(team, BTreeSet::from([10, 11, 20, 30, 31, 50]));
        let Some(Coverage::Staff(team)) = org.coverage(31) else {
            panic!("a manager covers staff");
        };
        assert_eq!(team, BTreeSet::from([30, 31]));
        assert!(
            org.coverage(20).is_none(),
            "an inactive creator's rules rest"
        );
        assert!(org.coverage(99).is_none());
    }
}
