//! Risk rules and alerts as the API exposes them: rules for ADMIN and COMPLIANCE (AUDITOR
//! reads), alerts for COMPLIANCE (AUDITOR reads, never decides). Alerts are raised by the
//! archive on ingest and rescan; here they are listed, assigned, discussed and decided.
//!
//! Comments and decision reasons quote the messages they are about, so they are sealed like
//! archive content (`archive::store::NoteBinding`) and opened only here, for callers allowed to
//! read the alert.

use archive::audit::AuditAction;
use archive::risk::Rule;
use archive::store::{NoteBinding, StoredRule};
use entity::{AlertStatus, Role, Severity, begin_write, risk_alert, risk_alert_comment, staff};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select, Set, UpdateMany,
};

use crate::domain::compliance::audit::{self, Audited};
use crate::domain::compliance::party_filter::{self, DepartmentSubtrees, PartyFilter};
use crate::domain::filter::Filter;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::domain::{Authorized, Store, now};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

pub const MAX_COMMENT_CHARS: usize = 4_000;

pub async fn rules(auth: &Authorized) -> ApiResult<Vec<StoredRule>> {
    auth.require(Action::Read, Resource::RiskRule)?;
    auth.store
        .archive
        .risk_rules(auth.tenant_id())
        .await
        .map_err(ApiError::from)
}

/// What [`rule_save`] makes of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleSave {
    /// A new rule: its code must not exist yet.
    Create,
    /// A new version of an existing rule: its code must exist.
    NewVersion,
}

/// Stores `rule` as a new rule or a new version of an existing one, as `save` says.
pub async fn rule_save(
    auth: &Authorized,
    rule: Rule,
    enabled: bool,
    save: RuleSave,
) -> ApiResult<StoredRule> {
    let action = match save {
        RuleSave::Create => Action::Create,
        RuleSave::NewVersion => Action::Update,
    };
    auth.require(action, Resource::RiskRule)?;
    let code = rule.code.trim().to_string();
    if code.is_empty() || code.chars().count() > 32 {
        return Err(ApiError::field(
            &["input", "code"],
            ErrorCode::BadUserInput,
            "code must be 1-32 characters, e.g. R7",
        ));
    }
    let existing = rules(auth)
        .await?
        .into_iter()
        .any(|stored| stored.rule.code == code);
    match (save, existing) {
        (RuleSave::Create, true) => {
            return Err(ApiError::field(
                &["input", "code"],
                ErrorCode::Conflict,
                format!("a rule with code {code} already exists; update it instead"),
            ));
        }
        (RuleSave::NewVersion, false) => return Err(ApiError::NotFound("risk rule")),
        (RuleSave::Create, false) | (RuleSave::NewVersion, true) => {}
    }
    let rule = Rule { code, ..rule };
    let archive = &auth.store.archive;
    archive.prepare_risk_rules(auth.tenant_id()).await?;
    let transaction = begin_write(auth.db()).await?;
    let saved = archive
        .save_risk_rule_within(
            &transaction,
            auth.tenant_id(),
            &rule,
            enabled,
            Some(auth.actor().staff_id),
        )
        .await?;
    if let Ok(stored) = &saved {
        let audited = Audited {
            action: AuditAction::RiskRuleChange,
            target: vec![format!("risk_rule/{}", stored.rule.code)],
            parameters: audit::parameters([
                ("version", stored.version.into()),
                ("enabled", enabled.into()),
                ("change", format!("{save:?}").into()),
            ]),
        };
        audit::record_within(auth, &transaction, audited).await?;
        transaction.commit().await?;
    }
    saved.map_err(|problems| {
        ApiError::Invalid(
            problems
                .into_iter()
                .map(|problem| FieldError {
                    field: vec!["input".to_string(), problem.field.clone()],
                    message: problem.reason,
                    code: ErrorCode::BadUserInput,
                })
                .collect(),
        )
    })
}

pub async fn rule(auth: &Authorized, code: &str) -> ApiResult<StoredRule> {
    rules(auth)
        .await?
        .into_iter()
        .find(|stored| stored.rule.code == code)
        .ok_or(ApiError::NotFound("risk rule"))
}

pub async fn rule_version(
    auth: &Authorized,
    code: &str,
    version: i32,
) -> ApiResult<Option<StoredRule>> {
    auth.require(Action::Read, Resource::RiskAlert)?;
    auth.store
        .archive
        .risk_rule_version(auth.tenant_id(), code, version)
        .await
        .map_err(ApiError::from)
}

/// Every rule version's name, by `(code, version)`, in one query (for alert lists).
pub async fn rule_names(
    auth: &Authorized,
) -> ApiResult<std::collections::HashMap<(String, i32), String>> {
    auth.require(Action::Read, Resource::RiskAlert)?;
    let rows: Vec<(String, i32, String)> = entity::risk_rule::Entity::find()
        .select_only()
        .column(entity::risk_rule::Column::Code)
        .column(entity::risk_rule::Column::Version)
        .column(entity::risk_rule::Column::Name)
        .filter(entity::risk_rule::Column::TenantId.eq(auth.tenant_id()))
        .into_tuple()
        .all(auth.db())
        .await?;
    Ok(rows
        .into_iter()
        .map(|(code, version, name)| ((code, version), name))
        .collect())
}

/// Filters the alert list: [`AlertCondition`]s combined with and/or/not.
pub type AlertFilter = Filter<AlertCondition>;

/// One condition on alerts.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum AlertCondition {
    RuleCode(String),
    Severity(Severity),
    Status(AlertStatus),
    AssignedTo(i64),
    /// The message was sent at or after this time (ms since the epoch).
    SentFromMs(i64),
    /// The message was sent before this time (ms since the epoch).
    SentBeforeMs(i64),
    /// A staff member or department answerable for the alert, or a customer who took part in
    /// its message (`party_filter`).
    Party(PartyFilter),
}

impl AlertCondition {
    fn condition(&self, subtrees: &DepartmentSubtrees) -> Condition {
        let expression = match self {
            AlertCondition::RuleCode(code) => risk_alert::Column::RuleCode.eq(code.clone()),
            AlertCondition::Severity(severity) => risk_alert::Column::Severity.eq(*severity),
            AlertCondition::Status(status) => risk_alert::Column::Status.eq(*status),
            AlertCondition::AssignedTo(staff_id) => risk_alert::Column::AssigneeId.eq(*staff_id),
            AlertCondition::SentFromMs(from) => risk_alert::Column::SentAtMs.gte(*from),
            AlertCondition::SentBeforeMs(before) => risk_alert::Column::SentAtMs.lt(*before),
            AlertCondition::Party(party) => return party_filter::alert_condition(party, subtrees),
        };
        Condition::all().add(expression)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertOrderField {
    CreatedAt,
    SentAt,
}

pub async fn alerts(
    auth: &Authorized,
    filter: Option<AlertFilter>,
    order_field: AlertOrderField,
    descending: bool,
    request: &PageRequest,
) -> ApiResult<Page<risk_alert::Model>> {
    auth.require(Action::Read, Resource::RiskAlert)?;
    let filter_parameters = format!("{filter:?}");
    let ordering_name = format!(
        "{order_field:?} {}",
        if descending { "DESC" } else { "ASC" }
    );
    let mut query =
        risk_alert::Entity::find().filter(risk_alert::Column::TenantId.eq(auth.tenant_id()));
    if let Some(filter) = filter {
        query = query.filter(alert_filter_condition(auth.db(), auth.tenant_id(), &filter).await?);
    }
    let direction = if descending { "DESC" } else { "ASC" };
    let ordering = match order_field {
        AlertOrderField::CreatedAt => Ordering::<risk_alert::Entity> {
            name: format!("CREATED_AT_{direction}"),
            column: risk_alert::Column::Id,
            id_column: risk_alert::Column::Id,
            descending,
            value_of: |row| SortValue::Int(row.id),
            id_of: |row| row.id,
            to_sql: int_to_sql,
        },
        AlertOrderField::SentAt => Ordering::<risk_alert::Entity> {
            name: format!("SENT_AT_{direction}"),
            column: risk_alert::Column::SentAtMs,
            id_column: risk_alert::Column::Id,
            descending,
            value_of: |row| SortValue::Int(row.sent_at_ms),
            id_of: |row| row.id,
            to_sql: int_to_sql,
        },
    };
    let page = page::fetch_page(auth, query, &ordering, request).await?;
    audit::record(
        auth,
        Audited {
            action: AuditAction::RiskAlertsRead,
            target: page
                .edges
                .iter()
                .map(|(_, alert)| alert_target(alert.id))
                .collect(),
            parameters: audit::parameters([
                ("filter", filter_parameters.into()),
                ("orderBy", ordering_name.into()),
                ("first", request.first.into()),
                ("last", request.last.into()),
                ("after", request.after.is_some().into()),
                ("before", request.before.is_some().into()),
            ]),
        },
    )
    .await?;
    Ok(page)
}

/// Refuses an alert filter `riskAlerts` would refuse (nested too deep).
pub(crate) fn check_alert_filter(filter: &AlertFilter) -> ApiResult<()> {
    let no_departments = DepartmentSubtrees::default();
    filter
        .condition(&|leaf: &AlertCondition| leaf.condition(&no_departments))
        .map(|_| ())
}

/// The SQL condition of `filter` in `tenant_id` (reading its department tree when the filter
/// names a department).
async fn alert_filter_condition(
    db: &impl ConnectionTrait,
    tenant_id: i64,
    filter: &AlertFilter,
) -> ApiResult<Condition> {
    let roots = filter.leaves().into_iter().filter_map(|leaf| match leaf {
        AlertCondition::Party(PartyFilter::Department(id)) => Some(*id),
        _ => None,
    });
    let subtrees = DepartmentSubtrees::load(db, tenant_id, roots).await?;
    filter.condition(&|leaf: &AlertCondition| leaf.condition(&subtrees))
}

/// The alerts under `filter` with ids above `after_id`, in id order, at most `limit`, and how
/// many match in all: for exports, which are audited when created (`EXPORT_CREATE`) rather
/// than page by page.
pub(crate) async fn alerts_for_export(
    db: &sea_orm::DatabaseConnection,
    tenant_id: i64,
    filter: Option<&AlertFilter>,
    after_id: Option<i64>,
    limit: u64,
) -> ApiResult<(u64, Vec<risk_alert::Model>)> {
    let mut query = risk_alert::Entity::find().filter(risk_alert::Column::TenantId.eq(tenant_id));
    if let Some(filter) = filter {
        query = query.filter(alert_filter_condition(db, tenant_id, filter).await?);
    }
    let total = query.clone().count(db).await?;
    if let Some(after_id) = after_id {
        query = query.filter(risk_alert::Column::Id.gt(after_id));
    }
    let alerts = query
        .order_by_asc(risk_alert::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    Ok((total, alerts))
}

/// How the audit log names an alert: `risk_alert/<id>`.
fn alert_target(id: i64) -> String {
    format!("risk_alert/{id}")
}

fn int_to_sql(value: &SortValue) -> Option<sea_orm::Value> {
    match value {
        SortValue::Int(number) => Some((*number).into()),
        SortValue::Text(_) => None,
    }
}

/// One alert, read by a person (`node`): audited as a read of alerts.
pub async fn alert(auth: &Authorized, id: i64) -> ApiResult<risk_alert::Model> {
    let alert = find_alert(auth, id).await?;
    audit::record(
        auth,
        Audited {
            action: AuditAction::RiskAlertsRead,
            target: vec![alert_target(id)],
            parameters: audit::parameters([("id", id.into())]),
        },
    )
    .await?;
    Ok(alert)
}

/// The alert, for the checks of a change (whose own entry records it).
async fn find_alert(auth: &Authorized, id: i64) -> ApiResult<risk_alert::Model> {
    auth.require(Action::Read, Resource::RiskAlert)?;
    risk_alert::Entity::find_by_id(id)
        .filter(risk_alert::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("risk alert"))
}

/// A reviewer's comment with its text opened. Holds content: never log it.
#[derive(Clone)]
pub struct AlertComment {
    pub id: i64,
    pub alert_id: i64,
    pub author_id: i64,
    pub body: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl std::fmt::Debug for AlertComment {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("AlertComment")
            .field("id", &self.id)
            .field("alert_id", &self.alert_id)
            .finish_non_exhaustive()
    }
}

fn comment_binding(alert_id: i64, author_id: i64) -> NoteBinding {
    NoteBinding::AlertComment {
        alert_id,
        author_id,
    }
}

pub async fn comments(auth: &Authorized, alert_id: i64) -> ApiResult<Vec<AlertComment>> {
    auth.require(Action::Read, Resource::RiskAlert)?;
    let rows = risk_alert_comment::Entity::find()
        .filter(risk_alert_comment::Column::TenantId.eq(auth.tenant_id()))
        .filter(risk_alert_comment::Column::AlertId.eq(alert_id))
        .order_by_asc(risk_alert_comment::Column::Id)
        .all(auth.db())
        .await?;
    let mut opened = Vec::with_capacity(rows.len());
    for row in rows {
        let body = match &row.body_sealed {
            Some(blob) => {
                auth.store
                    .archive
                    .open_note(
                        auth.tenant_id(),
                        comment_binding(row.alert_id, row.author_id),
                        blob,
                    )
                    .await?
            }
            // Written before sealing existed and not yet sealed by a start (see
            // `seal_legacy_notes`): the plaintext is still the text.
            None => row.body,
        };
        opened.push(AlertComment {
            id: row.id,
            alert_id: row.alert_id,
            author_id: row.author_id,
            body,
            created_at: row.created_at,
        });
    }
    Ok(opened)
}

/// The reason an alert was decided with, opened; `None` while undecided.
pub async fn decision_reason(
    auth: &Authorized,
    alert: &risk_alert::Model,
) -> ApiResult<Option<String>> {
    auth.require(Action::Read, Resource::RiskAlert)?;
    if alert.tenant_id != auth.tenant_id() {
        return Err(ApiError::NotFound("risk alert"));
    }
    let Some(blob) = &alert.decision_reason_sealed else {
        // Undecided, or decided before sealing existed and not yet sealed by a start.
        return Ok(alert.decision_reason.clone());
    };
    let reason = auth
        .store
        .archive
        .open_note(
            auth.tenant_id(),
            NoteBinding::AlertDecision { alert_id: alert.id },
            blob,
        )
        .await?;
    Ok(Some(reason))
}

fn undecided(alert: &risk_alert::Model) -> ApiResult<()> {
    if alert.decided_at.is_some() || alert.status.is_decided() {
        return Err(ApiError::field(
            &["input", "id"],
            ErrorCode::Conflict,
            format!(
                "this alert was already decided ({}); decisions are final",
                alert.status.to_value()
            ),
        ));
    }
    Ok(())
}

/// Changes alert `id` of the caller's tenant with `change`, provided it is still undecided and
/// in one of the statuses `from`: one conditional `UPDATE … RETURNING`, so a concurrent
/// decision either lands before (and this changes nothing) or after (and sees this change). A
/// read-then-write would let an assignment overwrite a decision made in between. Every status
/// change of an alert goes through here.
async fn transition(
    auth: &Authorized,
    id: i64,
    from: &[AlertStatus],
    change: UpdateMany<risk_alert::Entity>,
    audited: Audited,
) -> ApiResult<risk_alert::Model> {
    let transaction = begin_write(auth.db()).await?;
    let changed = change
        .filter(risk_alert::Column::TenantId.eq(auth.tenant_id()))
        .filter(risk_alert::Column::Id.eq(id))
        .filter(risk_alert::Column::Status.is_in(from.iter().copied()))
        .filter(risk_alert::Column::DecidedAt.is_null())
        .exec_with_returning(&transaction)
        .await?;
    if let Some(alert) = changed.into_iter().next() {
        audit::record_within(auth, &transaction, audited).await?;
        transaction.commit().await?;
        return Ok(alert);
    }
    transaction.rollback().await?;
    // Nothing changed: say why.
    let current = find_alert(auth, id).await?;
    undecided(&current)?;
    Err(ApiError::field(
        &["input", "id"],
        ErrorCode::Conflict,
        format!(
            "this alert is {} and cannot change that way",
            current.status.to_value()
        ),
    ))
}

/// Assigns an alert to a compliance officer; an open alert moves to IN_REVIEW. Decided alerts
/// cannot be assigned (`CONFLICT`).
pub async fn assign(auth: &Authorized, id: i64, assignee_id: i64) -> ApiResult<risk_alert::Model> {
    auth.require(Action::Update, Resource::RiskAlert)?;
    // Fails early, without looking up the assignee; the update below decides under races.
    undecided(&find_alert(auth, id).await?)?;
    let assignee = staff::Entity::find_by_id(assignee_id)
        .filter(staff::Column::TenantId.eq(auth.tenant_id()))
        .filter(staff::Column::Active.eq(true))
        .one(auth.db())
        .await?;
    if !assignee.is_some_and(|member| member.role == Role::Compliance) {
        return Err(ApiError::field(
            &["input", "assigneeId"],
            ErrorCode::NotFound,
            "assignee not found among active compliance officers",
        ));
    }
    let change = risk_alert::Entity::update_many()
        .col_expr(risk_alert::Column::AssigneeId, Expr::value(assignee_id))
        .col_expr(
            risk_alert::Column::Status,
            Expr::value(AlertStatus::InReview),
        );
    let audited = Audited {
        action: AuditAction::RiskAlertAssign,
        target: vec![alert_target(id)],
        parameters: audit::parameters([("assigneeId", assignee_id.into())]),
    };
    transition(auth, id, &AlertStatus::UNDECIDED, change, audited).await
}

/// Adds a comment; its text is stored sealed, bound to the alert and its author. Returns the
/// alert as it is after the comment.
pub async fn comment(auth: &Authorized, id: i64, body: &str) -> ApiResult<risk_alert::Model> {
    auth.require(Action::Update, Resource::RiskAlert)?;
    find_alert(auth, id).await?;
    let body = body.trim();
    if body.is_empty() || body.chars().count() > MAX_COMMENT_CHARS {
        return Err(ApiError::field(
            &["input", "body"],
            ErrorCode::BadUserInput,
            format!("a comment needs 1-{MAX_COMMENT_CHARS} characters"),
        ));
    }
    let author_id = auth.actor().staff_id;
    let sealed = auth
        .store
        .archive
        .seal_note(auth.tenant_id(), comment_binding(id, author_id), body)
        .await?;
    let row = risk_alert_comment::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        alert_id: Set(id),
        author_id: Set(author_id),
        // The plaintext column stays empty: the text lives only in `body_sealed`.
        body: Set(String::new()),
        body_sealed: Set(Some(sealed)),
        created_at: Set(now()),
        ..Default::default()
    };
    let transaction = begin_write(auth.db()).await?;
    let row = row.insert(&transaction).await?;
    audit::record_within(
        auth,
        &transaction,
        Audited {
            action: AuditAction::RiskAlertComment,
            target: vec![alert_target(id)],
            // The comment itself is in the sealed note; the entry says which one.
            parameters: audit::parameters([("commentId", row.id.into())]),
        },
    )
    .await?;
    transaction.commit().await?;
    find_alert(auth, id).await
}

/// What a reviewer decides about an alert. Final.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// A violation.
    Confirmed,
    /// Not a violation.
    Dismissed,
}

impl Decision {
    /// The status a decided alert has.
    pub fn status(self) -> AlertStatus {
        match self {
            Decision::Confirmed => AlertStatus::Confirmed,
            Decision::Dismissed => AlertStatus::Dismissed,
        }
    }
}

/// Decides an alert once, with a reason, stored sealed. A decided alert is `CONFLICT`.
pub async fn decide(
    auth: &Authorized,
    id: i64,
    decision: Decision,
    reason: &str,
) -> ApiResult<risk_alert::Model> {
    auth.require(Action::Update, Resource::RiskAlert)?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(ApiError::field(
            &["input", "reason"],
            ErrorCode::BadUserInput,
            "a decision needs a reason",
        ));
    }
    // Fails early, before sealing; the update below decides under races.
    undecided(&find_alert(auth, id).await?)?;
    let sealed = auth
        .store
        .archive
        .seal_note(
            auth.tenant_id(),
            NoteBinding::AlertDecision { alert_id: id },
            reason,
        )
        .await?;
    let change = risk_alert::Entity::update_many()
        .col_expr(risk_alert::Column::Status, Expr::value(decision.status()))
        .col_expr(
            risk_alert::Column::DecidedBy,
            Expr::value(auth.actor().staff_id),
        )
        .col_expr(risk_alert::Column::DecidedAt, Expr::value(now()))
        .col_expr(
            risk_alert::Column::DecisionReason,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            risk_alert::Column::DecisionReasonSealed,
            Expr::value(Some(sealed)),
        );
    let audited = Audited {
        action: AuditAction::RiskAlertDecide,
        target: vec![alert_target(id)],
        parameters: audit::parameters([(
            "decision",
            format!("{decision:?}").to_uppercase().into(),
        )]),
    };
    transition(auth, id, &AlertStatus::UNDECIDED, change, audited).await
}

/// Rows sealed per transaction by [`seal_legacy_notes`]: short write locks on SQLite.
const LEGACY_BATCH: u64 = 500;

/// What [`seal_legacy_notes`] sealed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LegacyNotesSealed {
    pub comments: u64,
    pub decision_reasons: u64,
}

/// Seals comments and decision reasons written in plaintext before migration 0005, and clears
/// the plaintext. Run after migrating, before serving (`Store::open`); idempotent and safe to
/// run from several processes at once (each row is sealed once, on the condition that it still
/// is not).
pub(crate) async fn seal_legacy_notes(store: &Store) -> ApiResult<LegacyNotesSealed> {
    let sealed = LegacyNotesSealed {
        comments: seal_legacy::<risk_alert_comment::Entity>(store).await?,
        decision_reasons: seal_legacy::<risk_alert::Entity>(store).await?,
    };
    if sealed == LegacyNotesSealed::default() {
        return Ok(sealed);
    }
    if store.db.get_database_backend() == DbBackend::Sqlite {
        // Move the rewritten pages into the database file and empty the WAL, whose older
        // frames may hold the plaintext. Best effort: a busy reader only delays it.
        store
            .db
            .execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await?;
    }
    // Counts only, never content.
    tracing::info!(
        comments = sealed.comments,
        decision_reasons = sealed.decision_reasons,
        "sealed alert notes written before sealing existed"
    );
    Ok(sealed)
}

/// A table holding notes that may still be in plaintext.
trait LegacyNotes: EntityTrait {
    /// Rows whose text is still in plaintext.
    fn pending() -> Select<Self>;
    fn id_column() -> Self::Column;
    /// (row id, tenant, binding, plaintext) of a pending row.
    fn note(row: &Self::Model) -> (i64, i64, NoteBinding, &str);
    /// Stores `sealed` for row `id` and clears its plaintext, unless someone sealed it first.
    fn seal_row(id: i64, sealed: Vec<u8>) -> UpdateMany<Self>;
}

impl LegacyNotes for risk_alert_comment::Entity {
    fn pending() -> Select<Self> {
        Self::find().filter(risk_alert_comment::Column::BodySealed.is_null())
    }

    fn id_column() -> Self::Column {
        risk_alert_comment::Column::Id
    }

    fn note(row: &Self::Model) -> (i64, i64, NoteBinding, &str) {
        (
            row.id,
            row.tenant_id,
            comment_binding(row.alert_id, row.author_id),
            &row.body,
        )
    }

    fn seal_row(id: i64, sealed: Vec<u8>) -> UpdateMany<Self> {
        Self::update_many()
            .col_expr(risk_alert_comment::Column::Body, Expr::value(""))
            .col_expr(
                risk_alert_comment::Column::BodySealed,
                Expr::value(Some(sealed)),
            )
            .filter(risk_alert_comment::Column::Id.eq(id))
            .filter(risk_alert_comment::Column::BodySealed.is_null())
    }
}

impl LegacyNotes for risk_alert::Entity {
    fn pending() -> Select<Self> {
        Self::find()
            .filter(risk_alert::Column::DecisionReason.is_not_null())
            .filter(risk_alert::Column::DecisionReasonSealed.is_null())
    }

    fn id_column() -> Self::Column {
        risk_alert::Column::Id
    }

    fn note(row: &Self::Model) -> (i64, i64, NoteBinding, &str) {
        (
            row.id,
            row.tenant_id,
            NoteBinding::AlertDecision { alert_id: row.id },
            row.decision_reason.as_deref().unwrap_or_default(),
        )
    }

    fn seal_row(id: i64, sealed: Vec<u8>) -> UpdateMany<Self> {
        Self::update_many()
            .col_expr(
                risk_alert::Column::DecisionReason,
                Expr::value(Option::<String>::None),
            )
            .col_expr(
                risk_alert::Column::DecisionReasonSealed,
                Expr::value(Some(sealed)),
            )
            .filter(risk_alert::Column::Id.eq(id))
            .filter(risk_alert::Column::DecisionReasonSealed.is_null())
    }
}

/// Seals one table's pending rows in batches of [`LEGACY_BATCH`], by ascending id; returns how
/// many rows this call sealed.
async fn seal_legacy<E: LegacyNotes>(store: &Store) -> ApiResult<u64> {
    let sqlite = store.db.get_database_backend() == DbBackend::Sqlite;
    let mut sealed_rows = 0;
    let mut after = i64::MIN;
    loop {
        let rows = E::pending()
            .filter(E::id_column().gt(after))
            .order_by_asc(E::id_column())
            .limit(LEGACY_BATCH)
            .all(&store.db)
            .await?;
        let Some(last) = rows.last() else {
            return Ok(sealed_rows);
        };
        after = E::note(last).0;
        // Sealing first: it may load a keyring from the database, which must not wait on our
        // own write lock.
        let mut sealed = Vec::with_capacity(rows.len());
        for row in &rows {
            let (id, tenant_id, binding, text) = E::note(row);
            let blob = store.archive.seal_note(tenant_id, binding, text).await?;
            sealed.push((id, blob));
        }
        let transaction = entity::begin_write(&store.db).await?;
        if sqlite {
            // Zero the freed plaintext instead of leaving it in the file's free space.
            transaction
                .execute_unprepared("PRAGMA secure_delete = ON")
                .await?;
        }
        for (id, blob) in sealed {
            sealed_rows += E::seal_row(id, blob)
                .exec(&transaction)
                .await?
                .rows_affected;
        }
        if sqlite {
            // The pool reuses this connection; ordinary writes need not pay for zeroing.
            transaction
                .execute_unprepared("PRAGMA secure_delete = OFF")
                .await?;
        }
        transaction.commit().await?;
        if (rows.len() as u64) < LEGACY_BATCH {
            return Ok(sealed_rows);
        }
    }
}
