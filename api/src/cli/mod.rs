//! The `scrm` command line. The root binary only calls [`main`].

mod archive;
mod audit;
mod backup;
mod db;
mod dev;
mod dev_seed;
mod export;
mod keys;
mod migrate;
mod serve;
mod staff;
mod tenant;
mod wecom;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::settings::Settings;
use crate::telemetry::{self, Writer};

#[derive(Debug, Parser)]
#[command(
    name = "scrm",
    version,
    about = "Social CRM on WeCom with a compliance conversation archive"
)]
pub struct Cli {
    /// Directory for the SQLite database, the master key and search indexes.
    #[arg(long, env = "SCRM_DATA_DIR", default_value = "./data", global = true)]
    data_dir: PathBuf,
    /// Database URL (postgres://… or sqlite://…); default: DATA_DIR/scrm.db.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true, global = true)]
    database_url: Option<String>,
    /// Log format.
    #[arg(
        long,
        env = "SCRM_LOG_FORMAT",
        value_enum,
        default_value = "text",
        global = true
    )]
    log_format: LogFormat,
    /// WeCom's API (or a loopback WeCom: `scrm dev wecom-fake`, or a proxy).
    #[arg(
        long,
        env = "WECOM_BASE_URL",
        default_value = ::wecom::client::DEFAULT_BASE_URL,
        global = true
    )]
    wecom_base_url: String,
    /// WeCom's conversation-archive SDK library (`libWeWorkFinanceSdk_C.so`; builds with the
    /// `wecom-sdk` feature). Without it the archive is pulled over the HTTP stand-in.
    #[arg(long, env = "SCRM_WECOM_SDK_LIB", global = true)]
    wecom_sdk_lib: Option<PathBuf>,
    /// SQLite only: each connection's page cache, in MiB (default 64). More does not speed an
    /// archive import, which is bound by the pages it writes; see docs/OPERATIONS.md.
    #[arg(long, env = "SCRM_SQLITE_CACHE_MIB", global = true, value_parser = clap::value_parser!(u32).range(1..=65_536))]
    sqlite_cache_mib: Option<u32>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the HTTP server (migrates the database first).
    Serve(serve::ServeArgs),
    /// Apply, roll back or list database migrations.
    Migrate(migrate::MigrateArgs),
    /// Print the GraphQL schema (SDL); `schema.graphql` is this output.
    Schema,
    /// Create and list tenants.
    Tenant(tenant::TenantArgs),
    /// Operator actions on staff: grant a role (the first compliance officer of a tenant),
    /// reset a password.
    Staff(staff::StaffArgs),
    /// The compliance archive: import, verify, rescan, search.
    Archive(archive::ArchiveArgs),
    /// The audit log and signed checkpoints: verify a tenant's audit log, print its latest
    /// signed checkpoints for a third party.
    Audit(audit::AuditArgs),
    /// The archive's keys: rotate a tenant's data key, re-wrap under a new master key, print
    /// the checkpoint signing key's public half.
    Keys(keys::KeysArgs),
    /// Write an online, consistent backup of the database to a new directory (not the master
    /// key: back it up separately).
    Backup(backup::BackupArgs),
    /// Restore a backup into a new data dir (and empty database), rebuild the search indexes
    /// and verify every tenant's archive.
    Restore(backup::RestoreArgs),
    /// The database as a whole: copy it into another, empty database (SQLite to PostgreSQL).
    Db(db::DbArgs),
    /// Exports: verify a downloaded file against its signed manifest with the public key.
    Export(export::ExportArgs),
    /// WeCom: bring a tenant's staff, customers, tags and groups from WeCom (`wecom sync`).
    Wecom(wecom::WecomArgs),
    /// Development tools: a loopback WeCom (`dev wecom-fake`), fixtures for it, and a seeded
    /// sales tenant (`dev seed-sales`).
    Dev(dev::DevArgs),
}

/// Parses arguments, runs the command, and turns failures into a message and exit code 1.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let bind = match &cli.command {
        Command::Serve(args) => args.bind.clone(),
        _ => String::new(),
    };
    let mut settings = Settings::new(bind, cli.data_dir.clone(), cli.database_url.clone());
    if let Command::Serve(args) = &cli.command {
        settings.trusted_proxies = args.trusted_proxies.clone();
        settings.db_max_connections = args.db_max_connections;
        settings.checkpoint_every =
            std::time::Duration::from_secs(args.checkpoint_every_minutes.saturating_mul(60));
        settings.jobs.workers = usize::try_from(args.job_workers).unwrap_or(2);
        settings.jobs.lease = std::time::Duration::from_secs(args.job_lease_seconds);
        settings.export_ttl =
            std::time::Duration::from_secs(args.export_ttl_hours.saturating_mul(60 * 60));
        settings.daily_purge_at = args.purge_at.0;
        settings.upload_max_bytes = usize::try_from(args.upload_max_bytes)
            .unwrap_or(crate::settings::DEFAULT_UPLOAD_MAX_BYTES);
        settings.wecom.pull_every = (args.wecom_pull_every_minutes > 0).then(|| {
            std::time::Duration::from_secs(args.wecom_pull_every_minutes.saturating_mul(60))
        });
        settings.wecom.public_url = args.public_url.clone();
        settings.slow_statement =
            (args.slow_sql_ms > 0).then(|| std::time::Duration::from_millis(args.slow_sql_ms));
        settings.sqlite_mmap_mib = args.sqlite_mmap_mib;
    }
    settings.log_json = matches!(cli.log_format, LogFormat::Json);
    if let Some(cache_mib) = cli.sqlite_cache_mib {
        settings.sqlite_cache_mib = cache_mib;
    }
    settings.wecom.base_url = cli.wecom_base_url.clone();
    settings.wecom.sdk_lib = cli.wecom_sdk_lib.clone();
    if matches!(cli.command, Command::Schema) {
        print!("{}", crate::graphql::sdl());
        return ExitCode::SUCCESS;
    }
    // Say where this command works before anything else (`scan-eval` works on files only).
    // `export verify --public-key` needs nothing but its files: a regulator has no data dir.
    let uses_data_dir = match &cli.command {
        Command::Archive(args) => args.uses_data_dir(),
        Command::Export(args) => args.uses_data_dir(),
        Command::Dev(args) => args.uses_data_dir(),
        _ => true,
    };
    if uses_data_dir {
        eprintln!("scrm: {}", settings.location());
    }
    telemetry::init(settings.log_json, Writer::Stderr);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
        let result = match cli.command {
            Command::Serve(_) => serve::run(settings).await,
            Command::Migrate(args) => migrate::run(&settings, args).await,
            Command::Tenant(args) => tenant::run(&settings, args).await,
            Command::Staff(args) => staff::run(&settings, args).await,
            Command::Keys(args) => keys::run(&settings, args).await,
            Command::Backup(args) => backup::backup(&settings, args).await,
            Command::Restore(args) => backup::restore(&settings, args).await,
            Command::Db(args) => db::run(&settings, args).await,
            Command::Archive(args) => match archive::run(&settings, args).await {
                Ok(archive::Outcome::Success) => Ok(()),
                // The command already said what is wrong (rejected lines, a broken chain).
                Ok(archive::Outcome::Problems) => return ExitCode::FAILURE,
                Err(error) => Err(error),
            },
            Command::Audit(args) => match audit::run(&settings, args).await {
                Ok(archive::Outcome::Success) => Ok(()),
                Ok(archive::Outcome::Problems) => return ExitCode::FAILURE,
                Err(error) => Err(error),
            },
            Command::Dev(args) => dev::run(&settings, args).await,
            Command::Wecom(args) => wecom::run(&settings, args).await,
            Command::Export(args) => match export::run(&settings, args).await {
                Ok(archive::Outcome::Success) => Ok(()),
                Ok(archive::Outcome::Problems) => return ExitCode::FAILURE,
                Err(error) => Err(error),
            },
            Command::Schema => Ok(()),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("error: {error}");
                ExitCode::FAILURE
            }
        }
    })
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use clap::CommandFactory;

    use super::Cli;

    /// Every subcommand has a one-line description and every argument a help text, so
    /// `scrm <command> --help` explains each flag.
    #[test]
    fn every_subcommand_and_argument_is_described() {
        fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for argument in command.get_arguments() {
                if argument.get_help().is_none() {
                    missing.push(format!("{path} {}", argument.get_id()));
                }
            }
            for sub in command.get_subcommands() {
                let path = format!("{path} {}", sub.get_name());
                if sub.get_about().is_none() && sub.get_name() != "help" {
                    missing.push(format!("{path} (no description)"));
                }
                walk(sub, &path, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "scrm", &mut missing);
        assert!(missing.is_empty(), "without help: {missing:?}");
    }
}
