//! `scrm export verify FILE MANIFEST [--public-key PEM]` — what a regulator runs on a file they
//! were handed: the file's SHA-256 and size must be the ones its manifest signs, and the
//! signature must be the installation's. Needs no database and, with `--public-key`, no data
//! dir (docs/EXPORTS.md).
//!
//! `scrm export create --tenant SLUG --kind … --format … [--query Q] [--filter JSON] --out FILE`
//! — an operator's export, written straight to FILE with its signed manifest beside it.

use std::fs;
use std::io::{BufReader, BufWriter, IsTerminal};
use std::path::PathBuf;
use std::time::Instant;

use archive::CheckpointSigner;
use archive::export::verify_manifest;
use clap::{Args, Subcommand, ValueEnum};
use indicatif::ProgressBar;

use super::archive::{Outcome, PROGRESS_LINE_EVERY};
use crate::domain::compliance::export::operator::{self, OperatorExport};
use crate::domain::operator::OperatorAccess;
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;
use entity::export::{ExportFormat, ExportKind};

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    action: ExportAction,
}

/// What to export (as `exportCreate`'s `kind`).
#[derive(Debug, Clone, Copy, ValueEnum)]
enum KindArg {
    ArchiveSearch,
    RiskAlerts,
    AuditLog,
    ComplianceReport,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Csv,
    Xlsx,
}

#[derive(Debug, Subcommand)]
enum ExportAction {
    /// Write an export of a tenant's archive search, alerts, audit log or compliance report to
    /// a file, with its signed manifest (FILE.manifest.json). The same rows and formats as
    /// `exportCreate`; recorded in the tenant's audit log as the OS user.
    Create {
        /// The tenant's slug.
        #[arg(long)]
        tenant: String,
        /// What to export: the rows of the kind's query.
        #[arg(long, value_enum)]
        kind: KindArg,
        /// The file format (CSV opens in Excel with Chinese intact; XLSX is a workbook).
        #[arg(long, value_enum)]
        format: FormatArg,
        /// Search text (archive-search only; blank: every message under the filter).
        #[arg(long)]
        query: Option<String>,
        /// The filter as JSON, with the fields of the kind's GraphQL filter, e.g.
        /// '{"sentAt": {"gte": "2026-11-01T00:00:00+08:00"}}'; for compliance-report
        /// '{"from": "2026-11-01", "to": "2026-11-30", "groupBy": "RULE"}'.
        #[arg(long)]
        filter: Option<String>,
        /// The file to write; it must not exist.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a downloaded export against its signed manifest with the public key alone:
    /// prints `ok: <rows> rows, sha256 <hex>, signed by <fingerprint>` (exit 0) or what failed
    /// (exit 1).
    Verify {
        /// The export file as downloaded (CSV or XLSX).
        file: PathBuf,
        /// Its manifest (JSON, as `GET /exports/{id}/manifest` returns it).
        manifest: PathBuf,
        /// The installation's public key, PEM (`scrm keys public` prints it). Without it, the
        /// public half of DATA_DIR/signing.key is used.
        #[arg(long)]
        public_key: Option<PathBuf>,
    },
}

impl ExportArgs {
    /// Whether the command reads the data dir (and so says which one it uses).
    pub fn uses_data_dir(&self) -> bool {
        match &self.action {
            ExportAction::Verify { public_key, .. } => public_key.is_none(),
            ExportAction::Create { .. } => true,
        }
    }
}

pub async fn run(settings: &Settings, args: ExportArgs) -> ApiResult<Outcome> {
    let (file, manifest, public_key) = match args.action {
        ExportAction::Verify {
            file,
            manifest,
            public_key,
        } => (file, manifest, public_key),
        ExportAction::Create {
            tenant,
            kind,
            format,
            query,
            filter,
            out,
        } => {
            let request = CreateRequest {
                tenant,
                kind,
                format,
                query,
                filter,
                out,
            };
            return create(settings, request).await;
        }
    };
    let public_key_pem = match public_key {
        Some(path) => fs::read_to_string(&path).map_err(|error| {
            ApiError::BadUserInput(format!(
                "cannot read the public key {}: {error}",
                path.display()
            ))
        })?,
        None => data_dir_public_key(settings)?,
    };
    let manifest_json = fs::read_to_string(&manifest).map_err(|error| {
        ApiError::BadUserInput(format!(
            "cannot read the manifest {}: {error}",
            manifest.display()
        ))
    })?;
    let opened = fs::File::open(&file).map_err(|error| {
        ApiError::BadUserInput(format!("cannot read the file {}: {error}", file.display()))
    })?;
    match verify_manifest(BufReader::new(opened), &manifest_json, &public_key_pem) {
        Ok(verified) => {
            println!(
                "ok: {} rows, sha256 {}, signed by {}",
                verified.row_count, verified.sha256, verified.key_fingerprint
            );
            Ok(Outcome::Success)
        }
        Err(problem) => {
            println!("{problem}");
            Ok(Outcome::Problems)
        }
    }
}

/// The public half of the data dir's signing key. Never creates a key: a new one would
/// verify nothing.
fn data_dir_public_key(settings: &Settings) -> ApiResult<String> {
    let path = settings.signing_key_path();
    if !path.exists() {
        return Err(ApiError::BadUserInput(format!(
            "no --public-key given and {} does not exist: pass the installation's public key \
             (PEM, from `scrm keys public`) with --public-key",
            path.display()
        )));
    }
    Ok(CheckpointSigner::load(&path)?.public_key_pem())
}

struct CreateRequest {
    tenant: String,
    kind: KindArg,
    format: FormatArg,
    query: Option<String>,
    filter: Option<String>,
    out: PathBuf,
}

async fn create(settings: &Settings, request: CreateRequest) -> ApiResult<Outcome> {
    let kind = match request.kind {
        KindArg::ArchiveSearch => ExportKind::ArchiveSearch,
        KindArg::RiskAlerts => ExportKind::RiskAlerts,
        KindArg::AuditLog => ExportKind::AuditLog,
        KindArg::ComplianceReport => ExportKind::ComplianceReport,
    };
    let format = match request.format {
        FormatArg::Csv => ExportFormat::Csv,
        FormatArg::Xlsx => ExportFormat::Xlsx,
    };
    let given_filter = match &request.filter {
        None => serde_json::Value::Null,
        Some(text) => serde_json::from_str(text)
            .map_err(|error| ApiError::BadUserInput(format!("--filter is not JSON ({error})")))?,
    };
    let query = crate::graphql::parse_export_query(kind, request.query.clone(), &given_filter)
        .map_err(for_cli)?;
    let manifest_path = PathBuf::from(format!("{}.manifest.json", request.out.display()));
    for path in [&request.out, &manifest_path] {
        if path.exists() {
            return Err(ApiError::BadUserInput(format!(
                "{} exists; choose another --out (an export never overwrites a file)",
                path.display()
            )));
        }
    }
    // Two connections: one reads pages ahead while the other looks up names and alert codes for
    // the page being written. Their lookups are random: small page caches (the OS caches the
    // file) keep the export's memory flat.
    let access = OperatorAccess::open_existing(&Settings {
        db_max_connections: Some(2),
        sqlite_cache_mib: 16,
        ..settings.for_bulk_write()
    })
    .await?;
    let file = fs::File::create_new(&request.out).map_err(|error| {
        ApiError::BadUserInput(format!("cannot create {}: {error}", request.out.display()))
    })?;
    let started = Instant::now();
    let bar = std::io::stderr().is_terminal().then(ProgressBar::no_length);
    let mut last_line = Instant::now();
    let mut on_page = |done: u64, total: u64| {
        if let Some(bar) = &bar {
            bar.set_length(total);
            bar.set_position(done);
        } else if last_line.elapsed() >= PROGRESS_LINE_EVERY {
            eprintln!("progress: {done} of {total} rows");
            last_line = Instant::now();
        }
    };
    let written = operator::create(
        &access,
        &request.tenant,
        OperatorExport {
            format,
            query,
            given_query: request.query,
            given_filter,
        },
        BufWriter::with_capacity(1 << 20, &file),
        &mut on_page,
    )
    .await;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let written = match written {
        Ok(written) => written,
        Err(error) => {
            // Nothing half-written stays behind.
            let _ = fs::remove_file(&request.out);
            return Err(for_cli(error));
        }
    };
    file.sync_all().map_err(|error| {
        ApiError::Internal(format!("cannot sync {}: {error}", request.out.display()))
    })?;
    fs::write(&manifest_path, &written.manifest).map_err(|error| {
        ApiError::Internal(format!("cannot write {}: {error}", manifest_path.display()))
    })?;
    access.close().await?;
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "exported {} rows ({} bytes, sha256 {}) to {} in {seconds:.1} s ({:.0} rows/s); manifest {}; a download would be named {}",
        written.rows,
        written.size_bytes,
        hex::encode(written.sha256),
        request.out.display(),
        written.rows as f64 / seconds.max(0.001),
        manifest_path.display(),
        written.file_name,
    );
    Ok(Outcome::Success)
}

/// A validation error as one line naming the flag it is about; other errors as they are.
fn for_cli(error: ApiError) -> ApiError {
    match error {
        ApiError::Invalid(problems) => ApiError::BadUserInput(
            problems
                .iter()
                .map(|problem| {
                    let flag = match problem.field.get(1).map(String::as_str) {
                        Some("query") => "--query",
                        _ => "--filter",
                    };
                    let inner = problem.field.iter().skip(2).cloned().collect::<Vec<_>>();
                    if inner.is_empty() {
                        format!("{flag}: {}", problem.message)
                    } else {
                        format!("{flag} {}: {}", inner.join("."), problem.message)
                    }
                })
                .collect::<Vec<_>>()
                .join("; "),
        ),
        other => other,
    }
}
