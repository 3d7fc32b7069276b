//! Exports as people use them: create one (a job writes it), list and read them, download the
//! file and its manifest. Who may do each is `policy::may_export` by kind, on top of reading
//! what the kind holds; an export of a kind the caller may not make is, to them, not there.
//!
//! Creating an export is audited (`EXPORT_CREATE`, with the query and filter, sealed) in the
//! transaction that queues its job; every download of the file or the manifest is audited
//! (`EXPORT_DOWNLOAD`) before a byte is sent.

use std::fs::File;

use archive::audit::AuditAction;
use archive::export::SealedExportReader;
use archive::store::NoteBinding;
use chrono::{DateTime, Utc};
use entity::export::{self, ExportFormat, ExportKind};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde_json::Value;

use super::request::{ExportQuery, SealedRequest, resource_read};
use crate::domain::compliance::audit::{self, Audited};
use crate::domain::jobs::{self, Job, JobKind, JobOrigin};
use crate::domain::org::time_zone::TenantTimeZone;
use crate::domain::policy::{Action, may_export};
use crate::domain::{Authorized, Store, global_id, now};
use crate::error::{ApiError, ApiResult, ErrorCode};

/// An export with the job that writes it (whose status is the export's).
#[derive(Debug, Clone)]
pub struct Export {
    pub row: export::Model,
    pub job: Option<Job>,
}

impl Export {
    /// The id files, manifests and the sealing of its file know it by: its global id.
    pub fn public_id(&self) -> String {
        public_id(self.row.id)
    }

    /// Whether the file can be downloaded: written, and not yet expired.
    pub fn is_expired(&self, at: DateTime<Utc>) -> bool {
        self.row.deleted_at.is_some() || self.row.expires_at <= at
    }
}

pub(crate) fn public_id(id: i64) -> String {
    global_id::encode("Export", id)
}

/// What to export, checked by the API layer's parsing of `query` and `filter`.
pub struct ExportCreate {
    pub format: ExportFormat,
    pub query: ExportQuery,
    /// The search text and the filter as the creator typed them (the manifest repeats them).
    pub given_query: Option<String>,
    pub given_filter: Value,
}

/// Creates an export and queues its job (COMPLIANCE or AUDITOR for archive searches and
/// alerts, AUDITOR or ADMIN for the audit log, COMPLIANCE for the compliance report).
pub async fn create(auth: &Authorized, input: ExportCreate) -> ApiResult<Export> {
    let kind = input.query.kind();
    require_export(auth, kind)?;
    let zone = crate::domain::org::tenants::time_zone(auth).await?;
    check_query(&input.query, zone)?;
    let store = &auth.store;
    let created_at = now();
    let transaction = entity::begin_write(auth.db()).await?;
    let row = export::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        kind: Set(kind),
        format: Set(input.format),
        job_id: Set(None),
        request_sealed: Set(Vec::new()),
        manifest_sealed: Set(None),
        row_count: Set(None),
        size_bytes: Set(None),
        sha256: Set(None),
        created_by: Set(auth.actor().staff_id),
        created_at: Set(created_at),
        expires_at: Set(
            created_at + chrono::Duration::from_std(store.export_ttl).unwrap_or_default()
        ),
        deleted_at: Set(None),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    let sealed_request = SealedRequest {
        query: input.query,
        given_query: input.given_query.clone(),
        given_filter: input.given_filter.clone(),
    };
    let request_json = serde_json::to_string(&sealed_request)
        .map_err(|error| ApiError::Internal(format!("cannot encode an export request: {error}")))?;
    let request_sealed = store
        .archive
        .seal_note(
            auth.tenant_id(),
            NoteBinding::ExportRequest { export_id: row.id },
            &request_json,
        )
        .await?;
    let job = jobs::enqueue_within(
        &transaction,
        auth.tenant_id(),
        JobKind::export(kind),
        JobOrigin::Staff(auth),
        Some(row.id),
    )
    .await?;
    let mut active = row.into_active_model();
    active.request_sealed = Set(request_sealed);
    active.job_id = Set(Some(job.id));
    let row = active.update(&transaction).await?;
    audit::record_within(
        auth,
        &transaction,
        Audited {
            action: AuditAction::ExportCreate,
            target: vec![public_id(row.id)],
            parameters: audit::parameters([
                ("kind", kind.as_str().into()),
                ("format", input.format.as_str().into()),
                ("query", input.given_query.into()),
                ("filter", input.given_filter),
            ]),
        },
    )
    .await?;
    transaction.commit().await?;
    jobs::wake_workers(store);
    Ok(Export {
        row,
        job: Some(job),
    })
}

/// Refuses with `FORBIDDEN` unless the caller may make exports of `kind` (checked before their
/// input is, so a refused caller learns nothing from validation).
pub fn require_export(auth: &Authorized, kind: ExportKind) -> ApiResult<()> {
    if !may_export(auth.actor().role, kind) {
        return Err(ApiError::forbidden());
    }
    auth.require(Action::Read, resource_read(kind))
}

/// Refuses a query its kind's own query would refuse, naming the field (`userErrors`); `zone`
/// is the tenant's (a report's days).
pub(crate) fn check_query(query: &ExportQuery, zone: TenantTimeZone) -> ApiResult<()> {
    let filter_field = |name: &str| ["input", "filter", name].map(str::to_string);
    let invalid = |field: [String; 3], message: &str| {
        let field: Vec<&str> = field.iter().map(String::as_str).collect();
        ApiError::field(&field, ErrorCode::BadUserInput, message)
    };
    match query {
        ExportQuery::ArchiveSearch { query, filter, .. } => {
            if !query.trim().is_empty() {
                archive::index::parse_query(query).map_err(|error| {
                    ApiError::field(
                        &["input", "query"],
                        ErrorCode::BadUserInput,
                        error.to_string(),
                    )
                })?;
            }
            if let (Some(from), Some(before)) = (filter.sent_from_ms, filter.sent_before_ms)
                && from >= before
            {
                return Err(invalid(
                    filter_field("sentAt"),
                    "`sentAt.lt` must be later than `sentAt.gte`",
                ));
            }
        }
        ExportQuery::RiskAlerts { filter } => {
            if let Some(filter) = filter {
                crate::domain::compliance::risk::check_alert_filter(filter)?;
            }
        }
        ExportQuery::AuditLog { filter } => {
            if let (Some(from), Some(to)) = (filter.from, filter.to)
                && from >= to
            {
                return Err(invalid(
                    filter_field("to"),
                    "`to` must be later than `from`",
                ));
            }
        }
        ExportQuery::ComplianceReport { from, to, .. } => {
            if zone.days(*from, *to).is_none() {
                return Err(invalid(
                    filter_field("to"),
                    "`to` must be the same day as `from` or later",
                ));
            }
        }
    }
    Ok(())
}

/// The kinds of export the caller may make, and so see.
fn visible_kinds(auth: &Authorized) -> Vec<ExportKind> {
    ExportKind::ALL
        .into_iter()
        .filter(|kind| may_export(auth.actor().role, *kind))
        .collect()
}

/// An export of the caller's tenant, of a kind they may make; anything else is `NOT_FOUND`.
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<Export> {
    let row = export::Entity::find_by_id(id)
        .filter(export::Column::TenantId.eq(auth.tenant_id()))
        .filter(export::Column::Kind.is_in(visible_kinds(auth)))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("export"))?;
    with_job(auth, row).await
}

async fn with_job(auth: &Authorized, row: export::Model) -> ApiResult<Export> {
    let job = match row.job_id {
        Some(job_id) => {
            entity::job::Entity::find_by_id(job_id)
                .filter(entity::job::Column::TenantId.eq(auth.tenant_id()))
                .one(auth.db())
                .await?
        }
        None => None,
    };
    settled(auth, Export { row, job }).await
}

/// The export as of its job: the row and the job are read by two statements, and a job that
/// finished between them would show `SUCCEEDED` beside a row read before its file was recorded.
/// The job commits its end only after the row is complete, so reading the row again then
/// finds it complete.
async fn settled(auth: &Authorized, mut export: Export) -> ApiResult<Export> {
    let finished = export
        .job
        .as_ref()
        .is_some_and(|job| job.status == entity::JobStatus::Succeeded);
    if finished && export.row.sha256.is_none() {
        export.row = export::Entity::find_by_id(export.row.id)
            .filter(export::Column::TenantId.eq(auth.tenant_id()))
            .one(auth.db())
            .await?
            .ok_or(ApiError::NotFound("export"))?;
    }
    Ok(export)
}

/// A page of the caller's tenant's exports of the kinds they may make, newest first, below
/// export id `before_id`; the total, and whether more follow.
pub async fn list(
    auth: &Authorized,
    before_id: Option<i64>,
    limit: u64,
) -> ApiResult<(u64, Vec<Export>, bool)> {
    let kinds = visible_kinds(auth);
    if kinds.is_empty() {
        return Err(ApiError::forbidden());
    }
    let mut condition = Condition::all()
        .add(export::Column::TenantId.eq(auth.tenant_id()))
        .add(export::Column::Kind.is_in(kinds));
    let total = export::Entity::find()
        .filter(condition.clone())
        .count(auth.db())
        .await?;
    if let Some(before_id) = before_id {
        condition = condition.add(export::Column::Id.lt(before_id));
    }
    let mut rows = export::Entity::find()
        .filter(condition)
        .order_by_desc(export::Column::Id)
        .limit(limit + 1)
        .all(auth.db())
        .await?;
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let job_ids: Vec<i64> = rows.iter().filter_map(|row| row.job_id).collect();
    let jobs: Vec<Job> = if job_ids.is_empty() {
        Vec::new()
    } else {
        entity::job::Entity::find()
            .filter(entity::job::Column::TenantId.eq(auth.tenant_id()))
            .filter(entity::job::Column::Id.is_in(job_ids))
            .all(auth.db())
            .await?
    };
    let mut exports = Vec::with_capacity(rows.len());
    for row in rows {
        let job = jobs.iter().find(|job| Some(job.id) == row.job_id).cloned();
        exports.push(settled(auth, Export { row, job }).await?);
    }
    Ok((total, exports, has_more))
}

/// A finished export's file, opened for streaming its plaintext.
pub struct ExportFile {
    pub file_name: String,
    pub content_type: &'static str,
    pub size_bytes: u64,
    pub reader: SealedExportReader<File>,
}

/// What a download finds.
pub enum Download<T> {
    Ready(T),
    /// Its file was deleted after `expires_at` (`410 Gone`).
    Expired,
}

/// Opens an export's file for download, after recording the download. Another tenant's
/// export, one of a kind the caller may not make and an unknown id are all `NOT_FOUND`;
/// an unfinished one is `CONFLICT`.
pub async fn download(auth: &Authorized, id: i64) -> ApiResult<Download<ExportFile>> {
    let export = downloadable(auth, id).await?;
    let Download::Ready(export) = export else {
        return Ok(Download::Expired);
    };
    let path = file_path(&auth.store, &export.row);
    let file = File::open(&path).map_err(|error| {
        ApiError::Internal(format!(
            "export {} has no readable file: {error}",
            export.row.id
        ))
    })?;
    record_download(auth, &export, "file").await?;
    let reader = auth
        .store
        .archive
        .open_export_file(auth.tenant_id(), file, &export.public_id())
        .await?;
    let zone = crate::domain::org::tenants::time_zone(auth).await?;
    let local = export
        .row
        .created_at
        .with_timezone(&zone.tz())
        .naive_local();
    Ok(Download::Ready(ExportFile {
        file_name: export.row.kind.file_name(export.row.format, local),
        content_type: export.row.format.content_type(),
        size_bytes: export
            .row
            .size_bytes
            .and_then(|size| u64::try_from(size).ok())
            .unwrap_or(0),
        reader,
    }))
}

/// A finished export's signed manifest (JSON), after recording the download.
pub async fn manifest(auth: &Authorized, id: i64) -> ApiResult<Download<String>> {
    let export = downloadable(auth, id).await?;
    let Download::Ready(export) = export else {
        return Ok(Download::Expired);
    };
    let Some(sealed) = export.row.manifest_sealed.as_deref() else {
        return Err(not_finished(&export));
    };
    record_download(auth, &export, "manifest").await?;
    let manifest = auth
        .store
        .archive
        .open_note(
            auth.tenant_id(),
            NoteBinding::ExportManifest {
                export_id: export.row.id,
            },
            sealed,
        )
        .await?;
    Ok(Download::Ready(manifest))
}

/// The export, if the caller may download it now.
async fn downloadable(auth: &Authorized, id: i64) -> ApiResult<Download<Export>> {
    let export = get(auth, id).await?;
    auth.require(Action::Read, resource_read(export.row.kind))?;
    if export.is_expired(now()) {
        return Ok(Download::Expired);
    }
    if export.row.sha256.is_none() {
        return Err(not_finished(&export));
    }
    Ok(Download::Ready(export))
}

fn not_finished(export: &Export) -> ApiError {
    let status = export.job.as_ref().map_or("QUEUED".to_string(), |job| {
        sea_orm::ActiveEnum::to_value(&job.status)
    });
    ApiError::Conflict(format!(
        "the export is not ready (its job is {status}); download it once the job has SUCCEEDED"
    ))
}

async fn record_download(auth: &Authorized, export: &Export, part: &str) -> ApiResult<()> {
    audit::record(
        auth,
        Audited {
            action: AuditAction::ExportDownload,
            target: vec![export.public_id()],
            parameters: audit::parameters([
                ("part", part.into()),
                ("kind", export.row.kind.as_str().into()),
                ("format", export.row.format.as_str().into()),
            ]),
        },
    )
    .await
}

/// Where an export's sealed file lives: `DATA_DIR/exports/<tenant>/<export>.sealed`.
pub(crate) fn file_path(store: &Store, row: &export::Model) -> std::path::PathBuf {
    store
        .export_dir
        .join(row.tenant_id.to_string())
        .join(format!("{}.sealed", row.id))
}

/// Deletes the files of exports past their `expires_at` (every tenant's) and marks them
/// deleted; the rows stay as the record. Returns how many files were removed.
pub async fn delete_expired(store: &Store) -> ApiResult<u64> {
    let at = now();
    let expired = export::Entity::find()
        .filter(export::Column::ExpiresAt.lte(at))
        .filter(export::Column::DeletedAt.is_null())
        .all(&store.db)
        .await?;
    let mut removed = 0;
    for row in expired {
        let path = file_path(store, &row);
        match std::fs::remove_file(&path) {
            Ok(()) => removed += 1,
            // Never written (the job failed or was cancelled), or removed before a crash.
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => {
                return Err(ApiError::Internal(format!(
                    "cannot delete expired export {}: {error}",
                    row.id
                )));
            }
        }
        let mut deleted = row.into_active_model();
        deleted.deleted_at = Set(Some(at));
        deleted.update(&store.db).await?;
    }
    Ok(removed)
}

/// Runs [`delete_expired`] every `every`, from now on (the server's task).
pub async fn delete_expired_periodically(store: Store, every: std::time::Duration) {
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        match delete_expired(&store).await {
            Ok(0) => {}
            Ok(removed) => tracing::info!(removed, "expired export files deleted"),
            Err(error) => tracing::error!(%error, "deleting expired exports failed"),
        }
    }
}
