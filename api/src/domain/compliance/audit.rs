//! The audit log as the API writes it: who read or changed what of the archive, recorded by
//! `archive::audit` (sealed, hash-chained, append-only) with the request's actor and origin.
//!
//! **Same transaction or no action.** A read of archive content records its entry and commits
//! it before the content is handed out: when the entry cannot be written the read fails with
//! `INTERNAL` and shows nothing. A change records its entry in the change's own transaction
//! ([`record_within`]).

use archive::audit::{AuditAction, AuditActor, AuditOutcome, AuditRecord};
use sea_orm::ConnectionTrait;
use serde_json::Value;

use crate::domain::{Authorized, Credential, RequestOrigin, Store};
use crate::error::{ApiError, ApiResult};

/// What an audited action touched and how it was asked.
pub struct Audited {
    pub action: AuditAction,
    /// Msgids or global ids: for a search, the msgids of the page returned.
    pub target: Vec<String>,
    /// The query, filter and page arguments (sealed: they reveal what is suspected).
    pub parameters: Value,
}

impl Authorized {
    /// The audit log's view of who acts.
    fn audit_actor(&self) -> AuditActor {
        let actor = &self.actor;
        match actor.credential {
            Credential::Session { .. } => AuditActor::staff(actor.staff_id, actor.role),
            Credential::ApiKey { api_key_id } => {
                AuditActor::api_key(api_key_id, actor.staff_id, actor.role)
            }
        }
    }

    fn audit_record(&self, audited: Audited, outcome: AuditOutcome) -> AuditRecord {
        AuditRecord {
            actor: self.audit_actor(),
            action: audited.action,
            outcome,
            target: audited.target,
            parameters: audited.parameters,
            request_id: self.origin.request_id.clone(),
            client_ip: self.origin.client_ip.clone(),
        }
    }
}

/// Parameters as a JSON object. (`serde_json::json!` expands to an `unwrap`, which library
/// code here does not use.)
pub(crate) fn parameters<const N: usize>(pairs: [(&str, Value); N]) -> Value {
    Value::Object(
        pairs
            .into_iter()
            .map(|(name, value)| (name.to_string(), value))
            .collect(),
    )
}

/// How the audit log names a row that is not a message: `<table>/<id>`, e.g. `staff/7`.
pub fn row_target(table: &str, id: i64) -> String {
    format!("{table}/{id}")
}

/// Records `staff` signing in from `origin`, inside the transaction `db` that creates the
/// session (there is no [`Authorized`] before a sign-in).
pub(crate) async fn record_sign_in<C: ConnectionTrait>(
    store: &Store,
    db: &C,
    staff: &entity::staff::Model,
    origin: &RequestOrigin,
) -> ApiResult<()> {
    let record = AuditRecord {
        actor: AuditActor::staff(staff.id, staff.role),
        action: AuditAction::Login,
        outcome: AuditOutcome::Success,
        target: vec![row_target("staff", staff.id)],
        parameters: parameters([]),
        request_id: origin.request_id.clone(),
        client_ip: origin.client_ip.clone(),
    };
    store
        .archive
        .audit_append(db, staff.tenant_id, record)
        .await
        .map(|_| ())
        .map_err(|error| unaudited(AuditAction::Login, error))
}

/// Records a failed sign-in to `tenant_id`: against `member` when the email names one (the
/// account attacked), otherwise by the system's sign-in check with the typed email sealed in
/// the parameters. Its own transaction: there is nothing else to commit.
pub(crate) async fn record_failed_sign_in(
    store: &Store,
    tenant_id: i64,
    member: Option<&entity::staff::Model>,
    typed_email: &str,
    origin: &RequestOrigin,
) -> ApiResult<()> {
    let (actor, target) = match member {
        Some(member) => (
            AuditActor::staff(member.id, member.role),
            vec![row_target("staff", member.id)],
        ),
        None => (AuditActor::system("sign-in"), Vec::new()),
    };
    let record = AuditRecord {
        actor,
        action: AuditAction::LoginFailed,
        outcome: AuditOutcome::Failed,
        target,
        parameters: parameters([("email", typed_email.into())]),
        request_id: origin.request_id.clone(),
        client_ip: origin.client_ip.clone(),
    };
    store
        .archive
        .audit_record(tenant_id, record)
        .await
        .map(|_| ())
        .map_err(|error| unaudited(AuditAction::LoginFailed, error))
}

/// The entry of what an operator did at the server's shell, as the OS user who ran the command.
pub(crate) fn operator_record(
    os_user: &str,
    outcome: AuditOutcome,
    audited: Audited,
) -> AuditRecord {
    AuditRecord {
        actor: AuditActor::operator(os_user),
        action: audited.action,
        outcome,
        target: audited.target,
        parameters: audited.parameters,
        request_id: None,
        client_ip: None,
    }
}

/// Records what an operator did at the server's shell to `tenant_id`'s archive or keys, as
/// the OS user who ran the command, in a transaction of its own.
pub(crate) async fn record_operator(
    store: &Store,
    os_user: &str,
    tenant_id: i64,
    outcome: AuditOutcome,
    audited: Audited,
) -> ApiResult<()> {
    let action = audited.action;
    store
        .archive
        .audit_record(tenant_id, operator_record(os_user, outcome, audited))
        .await
        .map(|_| ())
        .map_err(|error| unaudited(action, error))
}

/// Records what a scheduled task of the server (by `name`) did to `tenant_id`'s archive, in a
/// transaction of its own.
pub(crate) async fn record_system(
    store: &Store,
    name: &str,
    tenant_id: i64,
    outcome: AuditOutcome,
    audited: Audited,
) -> ApiResult<()> {
    let action = audited.action;
    let record = AuditRecord {
        actor: AuditActor::system(name),
        action,
        outcome,
        target: audited.target,
        parameters: audited.parameters,
        request_id: None,
        client_ip: None,
    };
    store
        .archive
        .audit_record(tenant_id, record)
        .await
        .map(|_| ())
        .map_err(|error| unaudited(action, error))
}

/// Records an operator's change to `tenant_id` (a grant, a password reset) inside the
/// transaction `db` that makes it: both commit, or neither.
pub(crate) async fn record_operator_within<C: ConnectionTrait>(
    store: &Store,
    db: &C,
    os_user: &str,
    tenant_id: i64,
    audited: Audited,
) -> ApiResult<()> {
    let action = audited.action;
    store
        .archive
        .audit_append(
            db,
            tenant_id,
            operator_record(os_user, AuditOutcome::Success, audited),
        )
        .await
        .map(|_| ())
        .map_err(|error| unaudited(action, error))
}

/// Records a successful read in its own transaction; the caller hands the content out only
/// when this returned `Ok`.
pub(crate) async fn record(auth: &Authorized, audited: Audited) -> ApiResult<()> {
    #[cfg(feature = "bench-unaudited-reads")]
    if bench::reads_unaudited() {
        return Ok(());
    }
    let action = audited.action;
    let record = auth.audit_record(audited, AuditOutcome::Success);
    auth.store
        .archive
        .audit_record(auth.tenant_id(), record)
        .await
        .map(|_| ())
        .map_err(|error| unaudited(action, error))
}

/// The benchmark-only switch that measures what a read's audit entry costs
/// (docs/BENCHMARKS.md): compiled in only with the `bench-unaudited-reads` feature, which no
/// default build and no shipped binary has; even then, reads skip their entry only while
/// `SCRM_BENCH_UNAUDITED_READS=1` is set.
#[cfg(feature = "bench-unaudited-reads")]
mod bench {
    use std::sync::OnceLock;

    pub(super) fn reads_unaudited() -> bool {
        static UNAUDITED: OnceLock<bool> = OnceLock::new();
        *UNAUDITED.get_or_init(|| {
            let unaudited =
                std::env::var("SCRM_BENCH_UNAUDITED_READS").is_ok_and(|value| value == "1");
            if unaudited {
                tracing::warn!(
                    "SCRM_BENCH_UNAUDITED_READS=1: reads are NOT audited (benchmark build)"
                );
            }
            unaudited
        })
    }
}

/// Records a change inside the transaction `db` that makes it: both commit, or neither.
pub(crate) async fn record_within<C: ConnectionTrait>(
    auth: &Authorized,
    db: &C,
    audited: Audited,
) -> ApiResult<()> {
    let action = audited.action;
    let record = auth.audit_record(audited, AuditOutcome::Success);
    auth.store
        .archive
        .audit_append(db, auth.tenant_id(), record)
        .await
        .map(|_| ())
        .map_err(|error| unaudited(action, error))
}

/// An action whose entry could not be written does not happen; the cause goes to the log (it
/// names no target or parameter), the client sees `INTERNAL`.
fn unaudited(action: AuditAction, error: archive::ArchiveError) -> ApiError {
    ApiError::Internal(format!(
        "the audit entry of {action:?} could not be written, so the action was refused: {error}"
    ))
}

/// Which entries of the audit log to read; all given conditions hold.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct AuditLogFilter {
    pub actor_staff_id: Option<i64>,
    pub action: Option<AuditAction>,
    /// At or after.
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// Before.
    pub to: Option<chrono::DateTime<chrono::Utc>>,
    /// A msgid, or a row as the log names it ([`row_target`]).
    pub target: Option<String>,
}

/// Whether the reader sees an entry's parameters. Archive and alert entries' parameters say
/// what compliance searched for and asked about; like archive content, they are for the
/// archive roles only, so an ADMIN sees those entries without them.
fn parameters_visible(auth: &Authorized, action: AuditAction) -> bool {
    parameters_visible_to(auth.actor.role, action)
}

/// [`parameters_visible`] for a reader of `role` (an export's creator).
pub(crate) fn parameters_visible_to(role: entity::Role, action: AuditAction) -> bool {
    if role == entity::Role::Auditor {
        return true;
    }
    !matches!(
        action,
        AuditAction::ArchiveSearch
            | AuditAction::ArchiveMessageRead
            | AuditAction::ArchiveContextRead
            | AuditAction::ArchiveRawRead
            | AuditAction::ArchiveConversationsRead
            | AuditAction::RiskAlertsRead
            | AuditAction::RiskAlertAssign
            | AuditAction::RiskAlertComment
            | AuditAction::RiskAlertDecide
            | AuditAction::OperatorSearch
            | AuditAction::ArchiveImport
    )
}

/// Refuses with `FORBIDDEN` unless the actor may read `resource`; a refused attempt is itself
/// recorded as `action` with outcome `DENIED` (for the audit log and the compliance report,
/// whose readers are few and whose would-be readers an auditor wants to know).
pub(crate) async fn require_read_or_record_denial(
    auth: &Authorized,
    resource: crate::domain::policy::Resource,
    action: AuditAction,
) -> ApiResult<()> {
    let Err(refused) = auth.require(crate::domain::policy::Action::Read, resource) else {
        return Ok(());
    };
    let record = auth.audit_record(
        Audited {
            action,
            target: Vec::new(),
            parameters: parameters([]),
        },
        AuditOutcome::Denied,
    );
    auth.store
        .archive
        .audit_record(auth.tenant_id(), record)
        .await
        .map_err(|error| unaudited(action, error))?;
    Err(refused)
}

/// A page of the audit log: the entries, the total under the filter, and whether older
/// entries match too.
pub struct AuditLogPage {
    pub entries: Vec<archive::audit::AuditEntry>,
    pub total: u64,
    pub has_more: bool,
}

/// A page of the tenant's audit log, newest first, below `after` (a seq). The read is itself
/// an entry (`AUDIT_LOG_READ`).
pub async fn log(
    auth: &Authorized,
    filter: AuditLogFilter,
    after: Option<u64>,
    limit: u64,
) -> ApiResult<AuditLogPage> {
    require_read_or_record_denial(
        auth,
        crate::domain::policy::Resource::AuditLog,
        AuditAction::AuditLogRead,
    )
    .await?;
    if let (Some(from), Some(to)) = (filter.from, filter.to)
        && from >= to
    {
        return Err(ApiError::field(
            &["filter", "to"],
            crate::error::ErrorCode::BadUserInput,
            "`to` must be later than `from`",
        ));
    }
    let described = parameters([
        ("actorStaffId", filter.actor_staff_id.into()),
        (
            "action",
            filter
                .action
                .map(|action| sea_orm::ActiveEnum::to_value(&action))
                .into(),
        ),
        ("from", filter.from.map(|time| time.to_rfc3339()).into()),
        ("to", filter.to.map(|time| time.to_rfc3339()).into()),
        ("target", filter.target.clone().into()),
        ("first", limit.into()),
        ("after", after.into()),
    ]);
    let archive_filter = archive::audit::AuditFilter {
        actor_staff_id: filter.actor_staff_id,
        action: filter.action,
        from: filter.from,
        to: filter.to,
        target: filter.target,
    };
    // One more than asked says whether another page follows.
    let (total, mut entries) = auth
        .store
        .archive
        .audit_page(auth.tenant_id(), &archive_filter, after, limit + 1)
        .await?;
    let has_more = entries.len() as u64 > limit;
    entries.truncate(limit as usize);
    for entry in &mut entries {
        if !parameters_visible(auth, entry.action) {
            entry.parameters = Value::Null;
        }
    }
    record(
        auth,
        Audited {
            action: AuditAction::AuditLogRead,
            target: Vec::new(),
            parameters: described,
        },
    )
    .await?;
    Ok(AuditLogPage {
        entries,
        total,
        has_more,
    })
}

/// One entry by seq (`node`), as [`log`] shows it.
pub async fn entry(auth: &Authorized, seq: u64) -> ApiResult<archive::audit::AuditEntry> {
    let page = log(auth, AuditLogFilter::default(), Some(seq + 1), 1).await?;
    page.entries
        .into_iter()
        .find(|entry| entry.seq == seq)
        .ok_or(ApiError::NotFound("audit entry"))
}
