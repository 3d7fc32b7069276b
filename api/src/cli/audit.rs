//! `scrm audit verify | checkpoint` — the tenant's audit log and the signed checkpoints of its
//! chains, for the operator and for handing to a third party.

use std::time::Instant;

use archive::audit::AuditOutcome;
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
            // Not an audit entry, by decision (docs/AUDIT.md): it shows no archive content or
            // log parameter, only seqs, hashes and signatures; what it does is itself a durable,
            // signed and timed row (`chain_checkpoint`), as the server's periodic checkpoints
            // are; and an entry would move the audit head just signed, so the JSON handed over
            // would never show the log's head.
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
    let outcome = match result {
        Err(broken) => {
            println!("{broken}");
            record_verify(tenant, AuditOutcome::Failed, None, Some(broken.seq)).await;
            Outcome::Problems
        }
        Ok(summary) => {
            match super::archive::checkpoint_line(tenant, summary.head, checkpoint.as_ref()).await?
            {
                Some(line) => {
                    println!("ok: {} records (audit log){line}", summary.verified);
                    tracing::info!(
                        records = summary.verified,
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "audit log verified"
                    );
                    record_verify(tenant, AuditOutcome::Success, Some(summary.verified), None)
                        .await;
                    Outcome::Success
                }
                // The chain links, but not to what was signed (the finding is printed).
                None => {
                    record_verify(tenant, AuditOutcome::Failed, Some(summary.verified), None).await;
                    Outcome::Problems
                }
            }
        }
    };
    Ok(outcome)
}

/// Writes the verify's own entry, after the walk (so the count it reports is of the log as
/// verified). A failure to write it is logged, never the command's result: the finding has
/// been printed and decides the exit code, and a damaged log may refuse the append itself
/// (`log_head` refuses to chain onto a last entry that is not a valid position and hash; a
/// log whose keys are gone cannot seal one), which is when the finding matters most.
async fn record_verify(
    tenant: &TenantCheckpoints<'_>,
    outcome: AuditOutcome,
    verified: Option<u64>,
    broken_at: Option<u64>,
) {
    if let Err(error) = tenant.record_verify(outcome, verified, broken_at).await {
        tracing::error!(%error, "the audit verify's own audit entry could not be written");
    }
}
