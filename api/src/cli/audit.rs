//! `scrm audit verify | checkpoint` — the tenant's audit log and the signed checkpoints of its
//! chains, for the operator and for handing to a third party.

use std::time::Instant;

use archive::{Chain, Checkpoint};
use base64::Engine;
use clap::{Args, Subcommand};

use super::archive::Outcome;
use crate::domain::compliance::checkpoint::TenantCheckpoints;
use crate::domain::operator::OperatorAccess;
use crate::error::ApiResult;
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    action: AuditAction,
}

#[derive(Debug, Subcommand)]
enum AuditAction {
    /// Check the tenant's audit log (hash chain, sealed parts, target tags) and its latest
    /// signed checkpoint; report the first broken entry.
    Verify {
        /// The tenant's slug (`scrm tenant list` shows them).
        #[arg(long)]
        tenant: String,
    },
    /// Sign the tenant's chain heads now, then print the latest signed checkpoint of the
    /// archive and the audit chain as JSON, for a third party (see docs/AUDIT.md).
    Checkpoint {
        /// The tenant's slug (`scrm tenant list` shows them).
        #[arg(long)]
        tenant: String,
    },
}

pub async fn run(settings: &Settings, args: AuditArgs) -> ApiResult<Outcome> {
    let access = OperatorAccess::open_existing(settings).await?;
    match args.action {
        AuditAction::Verify { tenant } => {
            let tenant = TenantCheckpoints::for_tenant(&access, &tenant).await?;
            verify(&tenant).await
        }
        AuditAction::Checkpoint { tenant } => {
            let tenant = TenantCheckpoints::for_tenant(&access, &tenant).await?;
            tenant.write().await?;
            let mut checkpoints = Vec::new();
            for chain in Chain::ALL {
                if let Some(checkpoint) = tenant.latest(chain).await? {
                    checkpoints.push(checkpoint_json(&checkpoint));
                }
            }
            let document = document_json(&tenant, checkpoints);
            println!(
                "{}",
                serde_json::to_string_pretty(&document).unwrap_or_default()
            );
            Ok(Outcome::Success)
        }
    }
}

#[allow(clippy::disallowed_methods)] // json! unwraps serialising string literals
fn document_json(
    tenant: &TenantCheckpoints<'_>,
    checkpoints: Vec<serde_json::Value>,
) -> serde_json::Value {
    serde_json::json!({
        "tenant": tenant.slug(),
        "public_key": tenant.signer().public_key_pem(),
        "public_key_fingerprint": tenant.signer().fingerprint(),
        "checkpoints": checkpoints,
    })
}

#[allow(clippy::disallowed_methods)] // json! unwraps serialising string literals
fn checkpoint_json(checkpoint: &Checkpoint) -> serde_json::Value {
    serde_json::json!({
        "tenant_id": checkpoint.tenant_id,
        "chain": checkpoint.chain.as_str(),
        "seq": checkpoint.seq,
        "head": checkpoint.head_hex(),
        "at": checkpoint.at_text(),
        "message": checkpoint.message(),
        "signature": base64::engine::general_purpose::STANDARD.encode(&checkpoint.signature),
        "public_key_fingerprint": checkpoint.key_fingerprint,
    })
}

async fn verify(tenant: &TenantCheckpoints<'_>) -> ApiResult<Outcome> {
    let started = Instant::now();
    // Read before the walk: entries appended meanwhile cannot make it look newer than the log.
    let checkpoint = tenant.latest(Chain::Audit).await?;
    let mut last_report = Instant::now();
    let result = tenant
        .audit_verify(|checked| {
            if last_report.elapsed() >= super::archive::PROGRESS_LINE_EVERY {
                eprintln!("progress: {checked} entries verified");
                last_report = Instant::now();
            }
        })
        .await?;
    let summary = match result {
        Ok(summary) => summary,
        Err(broken) => {
            println!("{broken}");
            return Ok(Outcome::Problems);
        }
    };
    let Some(line) =
        super::archive::checkpoint_line(tenant, summary.head, checkpoint.as_ref()).await?
    else {
        return Ok(Outcome::Problems);
    };
    println!("ok: {} records (audit log){line}", summary.verified);
    tracing::info!(
        records = summary.verified,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "audit log verified"
    );
    Ok(Outcome::Success)
}
