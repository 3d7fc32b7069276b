//! `scrm backup --out DIR` and `scrm restore --from DIR` (the work is `domain::ops::backup`).

use std::path::PathBuf;
use std::time::Instant;

use clap::Args;

use crate::domain::operator::OperatorAccess;
use crate::domain::ops::backup::{self, RestoreProgress};
use crate::domain::ops::copy::CopyProgress;
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// A new (or empty) directory for the backup: `scrm.db` (a consistent snapshot of the
    /// database as SQLite; archive content stays sealed) and `MANIFEST.json`.
    #[arg(long)]
    out: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup directory (`scrm.db` and `MANIFEST.json`).
    #[arg(long)]
    from: PathBuf,
    /// The master key the backup was made with (your separate copy of master.key); copied
    /// into the data dir with mode 0600. Leave out if the data dir already holds it.
    #[arg(long)]
    master_key: Option<PathBuf>,
}

pub async fn backup(settings: &Settings, args: BackupArgs) -> ApiResult<()> {
    backup::require_existing_master_key(settings)?;
    let access = OperatorAccess::open(settings).await?;
    eprintln!(
        "writing a consistent snapshot of the database to {} …",
        args.out.display()
    );
    let started = Instant::now();
    let mut lines = ProgressLines::default();
    let written = backup::backup(&access, &args.out, &mut |step| lines.copy(step)).await;
    access.close().await?;
    let report = written?;
    let manifest = &report.manifest;
    println!(
        "backup written to {} in {:.1} s: {} ({} bytes, from {}) and {}",
        report.dir.display(),
        started.elapsed().as_secs_f64(),
        manifest.database_file,
        report.database_bytes,
        manifest.source_backend,
        backup::MANIFEST_FILE
    );
    for tenant in &manifest.tenants {
        println!(
            "tenant {}: {} archived messages, chain head seq {}",
            tenant.slug, tenant.archive_messages, tenant.chain_head_seq
        );
    }
    println!(
        "master key fingerprint: {}",
        manifest.master_key_fingerprint
    );
    println!(
        "NOT in the backup: the master key. Back up {} separately, and keep it apart from \
         this backup: a restore needs it (`scrm restore --master-key FILE`), and without it \
         the archive cannot be read.",
        settings.master_key_path().display()
    );
    println!("not in the backup either: the search indexes; `scrm restore` rebuilds them");
    Ok(())
}

pub async fn restore(settings: &Settings, args: RestoreArgs) -> ApiResult<()> {
    let started = Instant::now();
    let mut lines = ProgressLines::default();
    let report = backup::restore(
        settings,
        &args.from,
        args.master_key.as_deref(),
        &mut |step| match step {
            RestoreProgress::Copy(step) => lines.copy(step),
            RestoreProgress::Indexing { slug } => {
                eprintln!("tenant {slug}: rebuilding the search index …")
            }
            RestoreProgress::Verifying { slug, records } => {
                lines.every_few_seconds(|| format!("tenant {slug}: {records} records verified"))
            }
        },
    )
    .await?;
    let manifest = &report.manifest;
    let database = match &settings.database_url {
        Some(_) => "the database DATABASE_URL names".to_string(),
        None => settings.sqlite_path().display().to_string(),
    };
    println!(
        "restored the backup of {} (scrm {}, from {}) into {} in {:.1} s",
        manifest.created_at,
        manifest.scrm_version,
        manifest.source_backend,
        database,
        started.elapsed().as_secs_f64()
    );
    if report.key_installed {
        println!(
            "master key installed as {} (mode 0600)",
            settings.master_key_path().display()
        );
    }
    for tenant in &report.tenants {
        match &tenant.problem {
            None => println!(
                "tenant {}: ok: {} records verified (chain and sealed originals), {} indexed",
                tenant.slug, tenant.verified, tenant.indexed
            ),
            Some(problem) => println!("tenant {}: PROBLEM: {problem}", tenant.slug),
        }
    }
    if report.is_ok() {
        return Ok(());
    }
    Err(ApiError::Conflict(
        "the restore finished, but the check above found problems: do not serve from this data \
         dir before they are understood"
            .to_string(),
    ))
}

/// One progress line every few seconds on stderr.
pub(super) struct ProgressLines {
    last: Instant,
}

impl Default for ProgressLines {
    fn default() -> Self {
        ProgressLines {
            last: Instant::now(),
        }
    }
}

impl ProgressLines {
    pub(super) fn every_few_seconds(&mut self, line: impl FnOnce() -> String) {
        if self.last.elapsed().as_secs() >= 3 {
            eprintln!("progress: {}", line());
            self.last = Instant::now();
        }
    }

    pub(super) fn copy(&mut self, step: &CopyProgress) {
        self.every_few_seconds(|| format!("table {}: {} rows copied", step.table, step.rows));
    }
}
