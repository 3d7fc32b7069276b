//! `scrm db copy --to URL`: the whole database into another, empty one (the work is
//! `domain::ops::copy`).

use clap::{Args, Subcommand};

use super::backup::ProgressLines;
use crate::domain::operator::OperatorAccess;
use crate::domain::ops::copy;
use crate::error::ApiResult;
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct DbArgs {
    #[command(subcommand)]
    action: DbAction,
}

#[derive(Debug, Subcommand)]
enum DbAction {
    /// Copy every table, ids included, from the configured database into another, empty one
    /// (e.g. SQLite to PostgreSQL), migrating it first. The data dir stays as it is: afterwards
    /// point DATABASE_URL at the target. Stop the server and imports first.
    Copy {
        /// The target, e.g. postgres://scrm:PASSWORD@127.0.0.1:5432/scrm (or from the
        /// environment, which keeps the password out of the process list).
        #[arg(long, env = "SCRM_COPY_TO", hide_env_values = true)]
        to: String,
    },
}

pub async fn run(settings: &Settings, args: DbArgs) -> ApiResult<()> {
    match args.action {
        DbAction::Copy { to } => {
            let access = OperatorAccess::open(settings).await?;
            let mut lines = ProgressLines::default();
            let copied = copy::copy_database(&access, &to, &mut |step| lines.copy(step)).await;
            access.close().await?;
            let report = copied?;
            let mut total = 0;
            for table in &report.tables {
                println!("{:22} {:>10} rows", table.table, table.rows);
                total += table.rows;
            }
            println!(
                "copied {total} rows in {} tables; the target is at the same {} migrations",
                report.tables.len(),
                report.migrations
            );
            println!(
                "next: stop scrm, set DATABASE_URL to the target (keep SCRM_DATA_DIR: the master \
                 key and the search indexes stay there), start it, and run `scrm archive verify \
                 --tenant SLUG` for each tenant"
            );
            Ok(())
        }
    }
}
