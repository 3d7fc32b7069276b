//! An export job: writes the export's rows, page by page, into its sealed file, then signs its
//! manifest. After each page it checkpoints the table writer and the sealed file, syncs the
//! file and saves both with the position of the next page; a job taken over after a crash
//! truncates the file to that checkpoint and goes on from there, so every row is written once.

use std::fs::{File, OpenOptions};

use archive::Chain;
use archive::export::{ExportManifest, SealedCheckpoint, SealedExportWriter};
use archive::store::NoteBinding;
use entity::export;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
use serde::{Deserialize, Serialize};

use super::runner::{JobContext, Stop};
use crate::domain::compliance::export::rows::{Position, RowReader, columns};
use crate::domain::compliance::export::service::{file_path, public_id};
use crate::domain::compliance::export::{
    ExportTableWriter, SealedRequest, TableCheckpoint, TableWriter,
};
use crate::domain::now;
use crate::domain::org::time_zone::TenantTimeZone;
use crate::domain::policy::may_export;
use crate::domain::system::{SystemActor, SystemTask};
use crate::error::{ApiError, ApiResult};

/// Where an export job stands: saved after every page. Counts and offsets only.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ExportCheckpoint {
    next: Position,
    table: TableCheckpoint,
    sealed_bytes: u64,
    chunks: u64,
    plaintext_bytes: u64,
}

pub(super) async fn run(context: &mut JobContext) -> Result<(), Stop> {
    let row = load_export(context).await?;
    if row.sha256.is_some() {
        // Finished by an attempt that died before marking its job done.
        return Ok(());
    }
    let store = context.store.clone();
    let creator = entity::staff::Entity::find_by_id(row.created_by)
        .one(&store.db)
        .await
        .map_err(ApiError::from)?;
    let creator_role = match creator {
        Some(member)
            if member.tenant_id == row.tenant_id
                && member.active
                && may_export(member.role, row.kind) =>
        {
            member.role
        }
        _ => {
            return Err(Stop::Failed(ApiError::Conflict(
                "the member who asked for this export may no longer make it".into(),
            )));
        }
    };
    let request = open_request(context, &row).await?;
    let tenant = entity::tenant::Entity::find_by_id(row.tenant_id)
        .one(&store.db)
        .await
        .map_err(ApiError::from)?
        .ok_or(ApiError::NotFound("tenant"))?;
    let time_zone = TenantTimeZone::stored(&tenant.time_zone)?;
    let system = SystemActor::for_job(store.clone(), row.tenant_id, SystemTask::Export);
    let mut reader = RowReader::new(&system, creator_role, time_zone);
    let export_id = public_id(row.id);
    let columns = columns(&request.query);
    let path = file_path(&store, &row);
    let heads = (
        store
            .archive
            .chain_head(row.tenant_id, Chain::Archive)
            .await,
        store.archive.chain_head(row.tenant_id, Chain::Audit).await,
    );
    let (archive_head, audit_head) = (
        heads.0.map_err(ApiError::from)?,
        heads.1.map_err(ApiError::from)?,
    );

    let saved: Option<ExportCheckpoint> = context
        .checkpoint()
        .and_then(|value| serde_json::from_value(value).ok());
    let (mut table, mut next) = match saved {
        Some(saved) => {
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .open(&path)
                .map_err(|error| file_error("reopen", error))?;
            let sealed = store
                .archive
                .resume_export_file(
                    row.tenant_id,
                    file,
                    &export_id,
                    SealedCheckpoint {
                        sealed_bytes: saved.sealed_bytes,
                        chunks: saved.chunks,
                        plaintext_bytes: saved.plaintext_bytes,
                    },
                )
                .await
                .map_err(ApiError::from)?;
            let table = ExportTableWriter::resume(sealed, &columns, time_zone, &saved.table)?;
            (table, saved.next)
        }
        None => {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|error| file_error("create", error))?;
            }
            let file = File::create(&path).map_err(|error| file_error("create", error))?;
            let sealed = store
                .archive
                .create_export_file(row.tenant_id, file, &export_id)
                .await
                .map_err(ApiError::from)?;
            let table = ExportTableWriter::new(row.format, sealed, &columns, time_zone)?;
            (table, Position::Start)
        }
    };

    let mut progress = context.saved_progress();
    while next != Position::Done {
        let page = reader.next_page(&request.query, next).await?;
        for cells in &page.rows {
            let row_cells: Vec<_> = cells.iter().map(|cell| cell.as_cell()).collect();
            table.write_row(&row_cells)?;
        }
        next = page.next;
        progress.done = table.rows_written();
        progress.total = page.total.max(progress.done);
        progress.produced = progress.done;
        let checkpoint = checkpoint(&mut table, next)?;
        let value = serde_json::to_value(&checkpoint)
            .map_err(|error| ApiError::Internal(format!("cannot save a checkpoint: {error}")))?;
        context.save(progress, value).await?;
    }

    let rows = table.rows_written();
    let sealed = table.finish()?;
    let (file, summary) = sealed.finish().map_err(ApiError::from)?;
    file.sync_all().map_err(|error| file_error("sync", error))?;
    let completed_at = now();
    let local = row.created_at.with_timezone(&time_zone.tz()).naive_local();
    let manifest = ExportManifest {
        export_id: export_id.clone(),
        tenant_id: row.tenant_id,
        tenant: tenant.slug.clone(),
        kind: row.kind,
        format: row.format,
        file_name: row.kind.file_name(row.format, local),
        created_by: created_by(&store, row.created_by, creator_role).await?,
        created_at: row.created_at,
        completed_at,
        time_zone: time_zone.name().to_string(),
        query: request.given_query.clone(),
        filter: request.given_filter.clone(),
        row_count: rows,
        size_bytes: summary.plaintext_bytes,
        sha256: summary.plaintext_sha256,
        archive_head,
        audit_head,
    }
    .sign(&context.signer);
    let manifest_sealed = store
        .archive
        .seal_note(
            row.tenant_id,
            NoteBinding::ExportManifest { export_id: row.id },
            &manifest,
        )
        .await
        .map_err(ApiError::from)?;
    let as_column = |value: u64| i64::try_from(value).unwrap_or(i64::MAX);
    let mut finished = row.clone().into_active_model();
    finished.row_count = Set(Some(as_column(rows)));
    finished.size_bytes = Set(Some(as_column(summary.plaintext_bytes)));
    finished.sha256 = Set(Some(hex::encode(summary.plaintext_sha256)));
    finished.manifest_sealed = Set(Some(manifest_sealed));
    finished.update(&store.db).await.map_err(ApiError::from)?;
    // The chains' heads as of the export, signed (the "end of every export").
    store
        .archive
        .checkpoint(row.tenant_id, &context.signer)
        .await
        .map_err(ApiError::from)?;
    Ok(())
}

async fn load_export(context: &JobContext) -> Result<export::Model, Stop> {
    let id = context
        .job
        .subject_id
        .ok_or_else(|| Stop::Failed(ApiError::Internal("an export job names no export".into())))?;
    let row = export::Entity::find_by_id(id)
        .one(&context.store.db)
        .await
        .map_err(ApiError::from)?
        .filter(|row| row.tenant_id == context.job.tenant_id)
        .ok_or(ApiError::NotFound("export"))?;
    Ok(row)
}

async fn open_request(context: &JobContext, row: &export::Model) -> ApiResult<SealedRequest> {
    let json = context
        .store
        .archive
        .open_note(
            row.tenant_id,
            NoteBinding::ExportRequest { export_id: row.id },
            &row.request_sealed,
        )
        .await?;
    serde_json::from_str(&json).map_err(|error| {
        ApiError::Internal(format!(
            "export {} has an unreadable request: {error}",
            row.id
        ))
    })
}

/// Pushes what the table holds into the sealed file, seals it up to here and syncs it.
fn checkpoint(
    table: &mut ExportTableWriter<SealedExportWriter<File>>,
    next: Position,
) -> ApiResult<ExportCheckpoint> {
    let table_checkpoint = table.checkpoint()?;
    let sealed = table.output_mut().checkpoint().map_err(ApiError::from)?;
    table
        .output_mut()
        .get_ref()
        .sync_data()
        .map_err(|error| file_error("sync", error))?;
    Ok(ExportCheckpoint {
        next,
        table: table_checkpoint,
        sealed_bytes: sealed.sealed_bytes,
        chunks: sealed.chunks,
        plaintext_bytes: sealed.plaintext_bytes,
    })
}

/// Who asked for the export, as the manifest says it: `staff 12 <a@b.cn> (AUDITOR)`.
async fn created_by(
    store: &crate::domain::Store,
    staff_id: i64,
    role: entity::Role,
) -> ApiResult<String> {
    let member = entity::staff::Entity::find_by_id(staff_id)
        .one(&store.db)
        .await?
        .ok_or(ApiError::NotFound("staff"))?;
    Ok(format!(
        "staff {} <{}> ({})",
        staff_id,
        member.email,
        sea_orm::ActiveEnum::to_value(&role)
    ))
}

fn file_error(what: &str, error: std::io::Error) -> ApiError {
    ApiError::Internal(format!("cannot {what} an export file: {error}"))
}
