use clap::{Args, Subcommand};
use migration::{MigrationStatus, Migrator, MigratorTrait};

use crate::db;
use crate::error::ApiResult;
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct MigrateArgs {
    #[command(subcommand)]
    action: Option<MigrateAction>,
}

#[derive(Debug, Subcommand)]
enum MigrateAction {
    /// Apply all pending migrations (the default).
    Up,
    /// Roll back the most recent migrations.
    Down {
        /// How many migrations to roll back.
        #[arg(long, default_value_t = 1)]
        steps: u32,
    },
    /// List migrations and whether each is applied.
    Status,
}

pub async fn run(settings: &Settings, args: MigrateArgs) -> ApiResult<()> {
    let (connection, _) = db::connect(settings).await?;
    match args.action.unwrap_or(MigrateAction::Up) {
        MigrateAction::Up => {
            Migrator::up(&connection, None).await?;
            println!("migrations applied");
        }
        MigrateAction::Down { steps } => {
            Migrator::down(&connection, Some(steps)).await?;
            println!("rolled back {steps} migration(s)");
        }
        MigrateAction::Status => {
            for migration in Migrator::get_migration_with_status(&connection).await? {
                let status = match migration.status() {
                    MigrationStatus::Applied => "applied",
                    MigrationStatus::Pending => "pending",
                };
                println!("{status:8} {}", migration.name());
            }
        }
    }
    Ok(())
}
