use sea_orm_migration::prelude::*;

// The runtime macro expects its own construction to succeed; nothing here handles input.
#[allow(clippy::disallowed_methods)]
#[tokio::main]
async fn main() {
    cli::run_cli(migration::Migrator).await;
}
