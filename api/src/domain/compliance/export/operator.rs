//! `scrm export create`: an operator at the server's shell writes an export straight to a file
//! of their choosing, with the same rows, formats and signed manifest as an export made
//! through the API. It is recorded as `EXPORT_CREATE` by the operator (the OS user), with the
//! query and filter sealed like every entry's parameters.

use std::io::Write;

use archive::audit::{AuditAction, AuditOutcome};
use archive::export::ExportManifest;
use archive::{Chain, CheckpointSigner};
use entity::export::ExportFormat;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::request::ExportQuery;
use super::rows::{Position, RowReader, columns};
use super::service::check_query;
use super::{ExportTableWriter, TableWriter};
use crate::domain::compliance::audit::{self, Audited};
use crate::domain::now;
use crate::domain::operator::OperatorAccess;
use crate::domain::org::tenants;
use crate::domain::org::time_zone::TenantTimeZone;
use crate::domain::system::{SystemActor, SystemTask};
use crate::error::{ApiError, ApiResult};

/// What the operator asked for.
pub struct OperatorExport {
    pub format: ExportFormat,
    pub query: ExportQuery,
    /// The search text and the filter as typed (the manifest repeats them).
    pub given_query: Option<String>,
    pub given_filter: Value,
}

/// What was written.
pub struct OperatorExportDone {
    pub rows: u64,
    pub size_bytes: u64,
    pub sha256: [u8; 32],
    /// The signed manifest (JSON).
    pub manifest: String,
    /// The file name an API download of the same export would have.
    pub file_name: String,
}

/// Progress after each page: rows written, rows in all.
pub type OnPage<'a> = dyn FnMut(u64, u64) + 'a;

/// Writes the export of `input` for tenant `slug` to `out`, then signs its manifest with the
/// installation's key and checkpoints the tenant's chains. The entry in the audit log is
/// written before the first row.
pub async fn create(
    access: &OperatorAccess,
    slug: &str,
    input: OperatorExport,
    out: impl Write,
    on_page: &mut OnPage<'_>,
) -> ApiResult<OperatorExportDone> {
    let tenant = tenants::for_operator(access, slug).await?;
    let time_zone = TenantTimeZone::stored(&tenant.time_zone)?;
    check_query(&input.query, time_zone)?;
    let store = access.store();
    let kind = input.query.kind();
    let export_id = format!("operator-{}", uuid::Uuid::new_v4().simple());
    audit::record_operator(
        store,
        access.os_user(),
        tenant.id,
        AuditOutcome::Success,
        Audited {
            action: AuditAction::ExportCreate,
            target: vec![export_id.clone()],
            parameters: audit::parameters([
                ("kind", kind.as_str().into()),
                ("format", input.format.as_str().into()),
                ("query", input.given_query.clone().into()),
                ("filter", input.given_filter.clone()),
            ]),
        },
    )
    .await?;
    let created_at = now();
    let archive_head = store.archive.chain_head(tenant.id, Chain::Archive).await?;
    let audit_head = store.archive.chain_head(tenant.id, Chain::Audit).await?;

    let system = SystemActor::for_job(store.clone(), tenant.id, SystemTask::Export);
    // The operator holds the data dir's keys: they see what an auditor sees.
    let mut reader = RowReader::new(&system, entity::Role::Auditor, time_zone);
    let hashing = HashingWriter::new(out);
    let mut table =
        ExportTableWriter::new(input.format, hashing, &columns(&input.query), time_zone)?;
    let mut next = Position::Start;
    while next != Position::Done {
        let page = reader.next_page(&input.query, next).await?;
        for cells in &page.rows {
            let row: Vec<_> = cells.iter().map(|cell| cell.as_cell()).collect();
            table.write_row(&row)?;
        }
        next = page.next;
        on_page(table.rows_written(), page.total.max(table.rows_written()));
    }
    let rows = table.rows_written();
    let mut hashing = table.finish()?;
    hashing
        .flush()
        .map_err(|error| ApiError::Internal(format!("cannot write the export: {error}")))?;
    let (size_bytes, sha256) = hashing.finish();

    let local = created_at.with_timezone(&time_zone.tz()).naive_local();
    let file_name = kind.file_name(input.format, local);
    let manifest = ExportManifest {
        export_id,
        tenant_id: tenant.id,
        tenant: tenant.slug.clone(),
        kind,
        format: input.format,
        file_name: file_name.clone(),
        created_by: format!("operator {}", access.os_user()),
        created_at,
        completed_at: now(),
        time_zone: time_zone.name().to_string(),
        query: input.given_query,
        filter: input.given_filter,
        row_count: rows,
        size_bytes,
        sha256,
        archive_head,
        audit_head,
    }
    .sign(access.signer());
    checkpoint(store, tenant.id, access.signer()).await?;
    Ok(OperatorExportDone {
        rows,
        size_bytes,
        sha256,
        manifest,
        file_name,
    })
}

async fn checkpoint(
    store: &crate::domain::Store,
    tenant_id: i64,
    signer: &CheckpointSigner,
) -> ApiResult<()> {
    store.archive.checkpoint(tenant_id, signer).await?;
    Ok(())
}

/// Counts and hashes what passes through to the file (what the manifest signs).
struct HashingWriter<W: Write> {
    out: W,
    sha256: Sha256,
    bytes: u64,
}

impl<W: Write> HashingWriter<W> {
    fn new(out: W) -> Self {
        HashingWriter {
            out,
            sha256: Sha256::new(),
            bytes: 0,
        }
    }

    fn finish(self) -> (u64, [u8; 32]) {
        (self.bytes, self.sha256.finalize().into())
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let written = self.out.write(buf)?;
        self.sha256.update(&buf[..written]);
        self.bytes += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
