//! `scrm wecom sync` — the operator brings a tenant's corp from WeCom, in this process.

use clap::{Args, Subcommand, ValueEnum};

use crate::domain::operator::OperatorAccess;
use crate::domain::wecom::sync::{SyncKind, SyncState, operator};
use crate::error::ApiResult;
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct WecomArgs {
    #[command(subcommand)]
    action: WecomAction,
}

#[derive(Debug, Subcommand)]
enum WecomAction {
    /// Bring staff, customers, tags and groups from WeCom into the tenant.
    ///
    /// Idempotent (a second run changes nothing) and safe to interrupt: the next run, or a
    /// server that takes the interrupted job over, finishes it. Prints a line per page and the
    /// counts per kind. Uses the tenant's WeCom settings (`wecomSettingsUpdate`).
    Sync {
        /// The tenant's slug (`scrm tenant list` shows them).
        #[arg(long)]
        tenant: String,
        /// What to bring, comma-separated; everything when absent.
        #[arg(long, value_enum, value_delimiter = ',')]
        kinds: Vec<Kind>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Kind {
    Staff,
    Customers,
    Tags,
    Groups,
    /// Customers' consent to archiving (needs the archive secret).
    Consent,
}

impl From<Kind> for SyncKind {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Staff => SyncKind::Staff,
            Kind::Customers => SyncKind::Customers,
            Kind::Tags => SyncKind::Tags,
            Kind::Groups => SyncKind::Groups,
            Kind::Consent => SyncKind::Consent,
        }
    }
}

pub async fn run(settings: &Settings, args: WecomArgs) -> ApiResult<()> {
    let access = OperatorAccess::open_existing(settings).await?;
    match args.action {
        WecomAction::Sync { tenant, kinds } => {
            let kinds = kinds.into_iter().map(SyncKind::from).collect();
            let outcome = operator::run(&access, &tenant, kinds, print_progress).await;
            let outcome = match outcome {
                Ok(outcome) => outcome,
                Err(error) => {
                    access.close().await?;
                    return Err(error);
                }
            };
            println!("sync of {tenant} finished (job {}):", outcome.job_id);
            print_counts(&outcome.state);
            access.close().await
        }
    }
}

fn print_progress(state: &SyncState) {
    println!(
        "  {:?}: {} looked at, {} changed, {} failed",
        state.phase,
        state.done,
        state.counts.changed(),
        state.counts.failed()
    );
}

fn print_counts(state: &SyncState) {
    for (kind, tally) in state.counts.by_kind() {
        println!(
            "  {kind:<12} created {:>6}  updated {:>6}  removed {:>6}  failed {:>6}",
            tally.created, tally.updated, tally.removed, tally.failed
        );
    }
}
