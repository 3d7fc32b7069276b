//! Bringing a tenant's corp from WeCom into scrm: departments and staff (`staff.rs`), corp tags
//! (`tags.rs`), customers with their follows (`customers.rs`) and customer groups
//! (`groups.rs`), in that order (follows need staff and tags). The work runs as the
//! `WecomSync` system task, either as a durable job (`wecomSyncStart`, `jobs/wecom_sync.rs`) or
//! in the operator's process (`scrm wecom sync`, `operator.rs`).
//!
//! * **Idempotent**: every row is compared before it is written (`apply/`), so a second sync
//!   creates and updates nothing and counts nothing.
//! * **Resumable**: each page WeCom answers is applied in one transaction, and the cursor after
//!   it is saved as the job's checkpoint once it has committed ([`SyncState`]). A job taken over
//!   after a crash, or the next sync after a failed one (same kinds), starts from there; a page
//!   redone after a crash changes nothing.
//! * **Lost follows**: a complete customers pass stamps each follow it sees with the run's id
//!   (`customer_follow.sync_run`); a follow of a WeCom member that the pass did not see is marked
//!   lost (`GONE_FROM_WECOM`), never deleted.

mod consent;
mod customers;
mod groups;
pub mod operator;
mod staff;
mod tags;

use ::wecom::Credentials;
use entity::{JobKind, JobStatus, job};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::apply::Tally;
use crate::domain::compliance::audit::{self, Audited};
use crate::domain::jobs::{self, Job, JobOrigin};
use crate::domain::policy::{Action, Resource, may_start_job};
use crate::domain::system::SystemActor;
use crate::domain::{Authorized, Store};
use crate::error::{ApiError, ApiResult};

/// What a sync brings; the default is all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SyncKind {
    Staff,
    Customers,
    Tags,
    Groups,
    Consent,
}

impl SyncKind {
    pub const ALL: [SyncKind; 5] = [
        SyncKind::Staff,
        SyncKind::Customers,
        SyncKind::Tags,
        SyncKind::Groups,
        SyncKind::Consent,
    ];
}

/// Where a sync stands: phases run in this order, each only if its kind was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Staff,
    Tags,
    Customers,
    Groups,
    Consent,
    Done,
}

/// What a sync changed, per kind of row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncCounts {
    pub departments: Tally,
    pub staff: Tally,
    pub tag_groups: Tally,
    pub tags: Tally,
    pub customers: Tally,
    pub follows: Tally,
    pub groups: Tally,
    /// Customers whose consent to archiving changed.
    #[serde(default)]
    pub consent: Tally,
}

impl SyncCounts {
    /// Each kind by name, in the order they are reported.
    pub fn by_kind(&self) -> [(&'static str, Tally); 8] {
        [
            ("departments", self.departments),
            ("staff", self.staff),
            ("tag_groups", self.tag_groups),
            ("tags", self.tags),
            ("customers", self.customers),
            ("follows", self.follows),
            ("groups", self.groups),
            ("consent", self.consent),
        ]
    }

    /// Rows created, updated or removed in all (a job's `produced`).
    pub fn changed(&self) -> u64 {
        self.by_kind()
            .iter()
            .map(|(_, tally)| tally.changed())
            .sum()
    }

    pub fn failed(&self) -> u64 {
        self.by_kind().iter().map(|(_, tally)| tally.failed).sum()
    }

    /// The audit entry's summary: counts only, no names or ids of customers.
    fn summary(&self) -> Value {
        Value::Object(
            self.by_kind()
                .into_iter()
                .map(|(name, tally)| {
                    (
                        name.to_string(),
                        serde_json::to_value(tally).unwrap_or(Value::Null),
                    )
                })
                .collect(),
        )
    }
}

/// The customers pass's position: which batch of (≤100) members, and WeCom's cursor in it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerCursor {
    pub batch: usize,
    pub cursor: String,
}

/// A sync's checkpoint: saved after each page commits, resumed from after a crash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncState {
    /// The id stamped on follows seen (`customer_follow.sync_run`): the job that started the
    /// pass, kept when another job resumes it.
    pub run: i64,
    pub kinds: Vec<SyncKind>,
    pub phase: Phase,
    #[serde(default)]
    pub customers: CustomerCursor,
    #[serde(default)]
    pub groups_cursor: String,
    /// The last customer whose consent was asked (by id).
    #[serde(default)]
    pub consent_cursor: i64,
    /// Units looked at so far (members, tags, follows, groups).
    #[serde(default)]
    pub done: u64,
    #[serde(default)]
    pub counts: SyncCounts,
}

/// The request stored with a queued sync before it has a state of its own.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct SyncRequest {
    kinds: Vec<SyncKind>,
}

impl SyncState {
    fn fresh(run: i64, mut kinds: Vec<SyncKind>) -> Self {
        kinds.sort();
        kinds.dedup();
        let mut state = SyncState {
            run,
            kinds,
            phase: Phase::Staff,
            customers: CustomerCursor::default(),
            groups_cursor: String::new(),
            consent_cursor: 0,
            done: 0,
            counts: SyncCounts::default(),
        };
        state.phase = state.first_phase_from(Phase::Staff);
        state
    }

    fn wants(&self, kind: SyncKind) -> bool {
        self.kinds.contains(&kind)
    }

    /// `from`, or the next phase after it that was asked for.
    fn first_phase_from(&self, from: Phase) -> Phase {
        let order = [
            (Phase::Staff, SyncKind::Staff),
            (Phase::Tags, SyncKind::Tags),
            (Phase::Customers, SyncKind::Customers),
            (Phase::Groups, SyncKind::Groups),
            (Phase::Consent, SyncKind::Consent),
        ];
        let start = order
            .iter()
            .position(|(phase, _)| *phase == from)
            .unwrap_or(order.len());
        order
            .iter()
            .skip(start)
            .find(|(_, kind)| self.wants(*kind))
            .map_or(Phase::Done, |(phase, _)| *phase)
    }

    fn advance_past(&mut self, phase: Phase) {
        let next = match phase {
            Phase::Staff => Phase::Tags,
            Phase::Tags => Phase::Customers,
            Phase::Customers => Phase::Groups,
            Phase::Groups => Phase::Consent,
            Phase::Consent | Phase::Done => Phase::Done,
        };
        self.phase = self.first_phase_from(next);
    }

    pub fn to_json(&self) -> ApiResult<Value> {
        serde_json::to_value(self)
            .map_err(|error| ApiError::Internal(format!("sync checkpoint: {error}")))
    }

    fn from_json(value: &Value) -> Option<Self> {
        serde_json::from_value(value.clone()).ok()
    }

    /// The state a sync job starts from: its own checkpoint when it is resumed; otherwise the
    /// checkpoint of the tenant's previous sync if that one failed part-way with the same
    /// kinds (so a failed sync is finished rather than redone); otherwise a fresh pass.
    pub(crate) async fn for_job(store: &Store, job: &Job) -> ApiResult<Self> {
        let checkpoint: Option<Value> = job
            .checkpoint
            .as_deref()
            .and_then(|text| serde_json::from_str(text).ok());
        if let Some(state) = checkpoint.as_ref().and_then(Self::from_json) {
            return Ok(state);
        }
        let kinds = checkpoint
            .and_then(|value| serde_json::from_value::<SyncRequest>(value).ok())
            .map_or_else(|| SyncKind::ALL.to_vec(), |request| request.kinds);
        let fresh = SyncState::fresh(job.id, kinds);
        let previous = job::Entity::find()
            .filter(job::Column::TenantId.eq(job.tenant_id))
            .filter(job::Column::Kind.eq(JobKind::WecomSync))
            .filter(job::Column::Id.lt(job.id))
            .order_by_desc(job::Column::Id)
            .one(&store.db)
            .await?;
        let resumable = previous
            .filter(|previous| previous.status == JobStatus::Failed)
            .and_then(|previous| previous.checkpoint)
            .and_then(|text| serde_json::from_str::<Value>(&text).ok())
            .and_then(|value| Self::from_json(&value))
            .filter(|state| state.kinds == fresh.kinds && state.phase != Phase::Done);
        Ok(resumable.unwrap_or(fresh))
    }
}

/// Where a running sync saves its checkpoint: the job row (`jobs/wecom_sync.rs`) or the
/// operator's record of a CLI run (`operator.rs`). Its error stops the sync (cancelled, lease
/// lost, or a failure).
pub(crate) trait SyncSink {
    type Stop: From<ApiError>;
    async fn save(&mut self, state: &SyncState) -> Result<(), Self::Stop>;
}

/// Runs the sync from `state` to the end, saving the state after each committed page.
pub(crate) async fn run<S: SyncSink>(
    system: &SystemActor,
    state: &mut SyncState,
    sink: &mut S,
) -> Result<(), S::Stop> {
    for (action, resource) in [
        (Action::Read, Resource::WecomSettings),
        (Action::Create, Resource::Staff),
        (Action::Update, Resource::Staff),
        (Action::Create, Resource::Department),
        (Action::Update, Resource::Department),
        (Action::Create, Resource::Customer),
        (Action::Update, Resource::Customer),
        (Action::Create, Resource::TagGroup),
        (Action::Delete, Resource::TagGroup),
    ] {
        system.require(action, resource)?;
    }
    let credentials = credentials(system.store(), system.tenant_id()).await?;
    loop {
        match state.phase {
            Phase::Staff => {
                staff::sync(system, &credentials, state).await?;
                state.advance_past(Phase::Staff);
                sink.save(state).await?;
            }
            Phase::Tags => {
                tags::sync(system, &credentials, state).await?;
                state.advance_past(Phase::Tags);
                sink.save(state).await?;
            }
            Phase::Customers => {
                customers::sync(system, &credentials, state, sink).await?;
                state.advance_past(Phase::Customers);
                sink.save(state).await?;
            }
            Phase::Groups => {
                groups::sync(system, &credentials, state, sink).await?;
                state.advance_past(Phase::Groups);
                sink.save(state).await?;
            }
            Phase::Consent => {
                consent::sync(system, state, sink).await?;
                state.advance_past(Phase::Consent);
                sink.save(state).await?;
            }
            Phase::Done => return Ok(()),
        }
    }
}

/// Rounds of waiting a sync grants WeCom when it keeps answering "too frequent" after the
/// client's own back-off: a long sync meets WeCom's per-minute limits, and failing the job
/// for one would only make an admin start it again.
const RATE_LIMIT_ROUNDS: u32 = 3;

/// Calls WeCom through `call`, waiting and calling again (up to [`RATE_LIMIT_ROUNDS`] times)
/// while it answers "too frequent".
pub(crate) async fn patiently<T, F, Fut>(
    store: &Store,
    mut call: F,
) -> Result<T, ::wecom::WecomError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, ::wecom::WecomError>>,
{
    let mut round = 0;
    loop {
        match call().await {
            Err(error)
                if error.code() == ::wecom::WecomErrorCode::RateLimited
                    && round < RATE_LIMIT_ROUNDS =>
            {
                round += 1;
                tracing::info!(round, "wecom sync: WeCom asks to slow down; waiting");
                let pause = store
                    .wecom_options
                    .retry
                    .max_delay
                    .saturating_mul(round * 2);
                tokio::time::sleep(pause).await;
            }
            other => return other,
        }
    }
}

/// The tenant's customer-contact credentials, or an error that says what to configure.
pub(crate) async fn credentials(store: &Store, tenant_id: i64) -> ApiResult<Credentials> {
    let Some(connection) = super::connection(store, tenant_id).await? else {
        return Err(ApiError::Conflict(
            "WeCom is not connected for this tenant: an admin sets it up with wecomSettingsUpdate"
                .into(),
        ));
    };
    Ok(connection.contacts()?.clone())
}

/// Refuses a second sync of a tenant while one is queued or running: two passes stamping
/// follows with different runs would mark each other's follows lost.
async fn refuse_concurrent(store: &Store, tenant_id: i64) -> ApiResult<()> {
    let busy = job::Entity::find()
        .filter(job::Column::TenantId.eq(tenant_id))
        .filter(job::Column::Kind.eq(JobKind::WecomSync))
        .filter(job::Column::Status.is_in([JobStatus::Queued, JobStatus::Running]))
        .one(&store.db)
        .await?;
    match busy {
        Some(_) => Err(ApiError::Conflict(
            "a WeCom sync of this tenant is already queued or running; wait for it to finish"
                .into(),
        )),
        None => Ok(()),
    }
}

/// Queues a sync of the caller's tenant (admins): `wecomSyncStart`.
pub async fn start(auth: &Authorized, kinds: Vec<SyncKind>) -> ApiResult<Job> {
    if !may_start_job(auth.actor().role, JobKind::WecomSync) {
        return Err(ApiError::forbidden());
    }
    let store = &auth.store;
    credentials(store, auth.tenant_id()).await?;
    refuse_concurrent(store, auth.tenant_id()).await?;
    let kinds = if kinds.is_empty() {
        SyncKind::ALL.to_vec()
    } else {
        kinds
    };
    let request = serde_json::to_string(&SyncRequest { kinds })
        .map_err(|error| ApiError::Internal(format!("sync request: {error}")))?;
    let transaction = entity::begin_write(&store.db).await?;
    let queued = jobs::enqueue_within(
        &transaction,
        auth.tenant_id(),
        JobKind::WecomSync,
        JobOrigin::Staff(auth),
        None,
    )
    .await?;
    let mut row: job::ActiveModel = queued.into();
    row.checkpoint = Set(Some(request));
    let queued = row.update(&transaction).await?;
    transaction.commit().await?;
    jobs::wake_workers(store);
    Ok(queued)
}

/// Who the audit entry names as having run the sync.
pub(crate) enum SyncActor<'a> {
    /// A job (`wecomSyncStart`): the system task.
    System,
    /// `scrm wecom sync`: the operator, as the OS user.
    Operator(&'a str),
}

/// Records the sync's outcome and counts (`WECOM_SYNC`), in a transaction of its own.
pub(crate) async fn record(
    store: &Store,
    tenant_id: i64,
    job_id: i64,
    actor: SyncActor<'_>,
    state: &SyncState,
    error: Option<&ApiError>,
) -> ApiResult<()> {
    let outcome = match error {
        None => archive::audit::AuditOutcome::Success,
        Some(_) => archive::audit::AuditOutcome::Failed,
    };
    let kinds: Vec<Value> = state
        .kinds
        .iter()
        .filter_map(|kind| serde_json::to_value(kind).ok())
        .collect();
    let audited = Audited {
        action: archive::audit::AuditAction::WecomSync,
        target: vec![audit::row_target("job", job_id)],
        parameters: audit::parameters([
            ("kinds", Value::Array(kinds)),
            ("run", state.run.into()),
            ("counts", state.counts.summary()),
            ("error", error.map(|error| error.code().as_str()).into()),
        ]),
    };
    match actor {
        SyncActor::System => {
            audit::record_system(store, "wecom-sync", tenant_id, outcome, audited).await
        }
        SyncActor::Operator(os_user) => {
            audit::record_operator(store, os_user, tenant_id, outcome, audited).await
        }
    }
}
