//! `scrm export verify FILE MANIFEST [--public-key PEM]` — what a regulator runs on a file they
//! were handed: the file's SHA-256 and size must be the ones its manifest signs, and the
//! signature must be the installation's. Needs no database and, with `--public-key`, no data
//! dir (docs/EXPORTS.md).

use std::fs;
use std::io::BufReader;
use std::path::PathBuf;

use archive::CheckpointSigner;
use archive::export::verify_manifest;
use clap::{Args, Subcommand};

use super::archive::Outcome;
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    action: ExportAction,
}

#[derive(Debug, Subcommand)]
enum ExportAction {
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
        }
    }
}

pub fn run(settings: &Settings, args: ExportArgs) -> ApiResult<Outcome> {
    let ExportAction::Verify {
        file,
        manifest,
        public_key,
    } = args.action;
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
