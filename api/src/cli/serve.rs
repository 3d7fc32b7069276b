use clap::Args;

use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;
use crate::startup::Application;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "SCRM_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// A reverse proxy (network or address) whose X-Forwarded-For / Forwarded headers name
    /// the client; repeat it, or separate with commas. Without it the peer is the client.
    #[arg(
        long = "trusted-proxy",
        env = "SCRM_TRUSTED_PROXIES",
        value_delimiter = ',',
        value_parser = crate::http::client_address::parse_network
    )]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Database connections the server keeps open (default: 8 on SQLite, 16 on PostgreSQL).
    /// On PostgreSQL keep the sum over all `scrm serve` processes below `max_connections`.
    #[arg(long, env = "SCRM_DB_MAX_CONNECTIONS", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub db_max_connections: Option<u32>,
    /// Minutes between signed checkpoints of every tenant's archive and audit chain heads
    /// (only chains that moved get a new one); 0 turns the periodic checkpoints off.
    #[arg(long, env = "SCRM_CHECKPOINT_EVERY_MINUTES", default_value_t = 10)]
    pub checkpoint_every_minutes: u64,
    /// Background jobs (rescans, exports, purges) this process runs at once; 0: none, leaving
    /// them to other `scrm serve` processes on the same database.
    #[arg(long, env = "SCRM_JOB_WORKERS", default_value_t = 2, value_parser = clap::value_parser!(u64).range(0..=64))]
    pub job_workers: u64,
    /// Seconds a running job stays this process's without a heartbeat; after that (its
    /// process died) another process takes it up and resumes it.
    #[arg(long, env = "SCRM_JOB_LEASE_SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(2..=3600))]
    pub job_lease_seconds: u64,
    /// Hours an export can be downloaded before its file is deleted (default 168: 7 days).
    #[arg(long, env = "SCRM_EXPORT_TTL_HOURS", default_value_t = 168, value_parser = clap::value_parser!(u64).range(1..=8760))]
    pub export_ttl_hours: u64,
    /// The largest file (library image or document) one upload may carry, in bytes (default
    /// 20 MiB). Uploads are held in memory while they are checked: keep it modest.
    #[arg(long, env = "SCRM_UPLOAD_MAX_BYTES", default_value_t = crate::settings::DEFAULT_UPLOAD_MAX_BYTES as u64, value_parser = clap::value_parser!(u64).range(1024..=268_435_456))]
    pub upload_max_bytes: u64,
    /// Time of day (HH:MM, each tenant's own time zone) after which the daily purge of
    /// messages past the retention is queued for each tenant; `off`: no daily purge (run
    /// `scrm archive purge` yourself).
    #[arg(long, env = "SCRM_PURGE_AT", default_value = "03:00", value_parser = parse_purge_at)]
    pub purge_at: PurgeAt,
    /// Minutes between pulls of every WeCom-configured tenant's conversation archive (WeCom
    /// also wakes the puller with `msgaudit_notify`); 0: only when woken or asked.
    #[arg(long, env = "SCRM_WECOM_PULL_EVERY_MINUTES", default_value_t = 5)]
    pub wecom_pull_every_minutes: u64,
    /// The address WeCom reaches this server at (e.g. `https://scrm.example.com`): admins see
    /// the callback URL to paste into WeCom's console under it.
    #[arg(long, env = "SCRM_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Milliseconds after which an SQL statement is logged as slow (a warning with the
    /// statement's text, never its values, and how long it took); 0: none is logged.
    #[arg(long, env = "SCRM_SLOW_SQL_MS", default_value_t = 1000)]
    pub slow_sql_ms: u64,
    /// SQLite only: MiB of the database file each connection reads through a memory map
    /// instead of copying pages into its own cache (0: none). See docs/OPERATIONS.md.
    #[arg(long, env = "SCRM_SQLITE_MMAP_MIB", default_value_t = crate::settings::DEFAULT_SQLITE_MMAP_MIB, value_parser = clap::value_parser!(u32).range(0..=65_536))]
    pub sqlite_mmap_mib: u32,
}

/// When the daily purge runs, as `--purge-at` says.
#[derive(Debug, Clone, Copy)]
pub struct PurgeAt(pub Option<chrono::NaiveTime>);

fn parse_purge_at(raw: &str) -> Result<PurgeAt, String> {
    if raw.eq_ignore_ascii_case("off") {
        return Ok(PurgeAt(None));
    }
    chrono::NaiveTime::parse_from_str(raw, "%H:%M")
        .map(|time| PurgeAt(Some(time)))
        .map_err(|_| format!("`{raw}` is not a time of day as HH:MM (e.g. 03:00), or `off`"))
}

pub async fn run(settings: Settings) -> ApiResult<()> {
    let mut application = Application::build(settings.clone()).await?;
    if let Some(admin) = application.take_bootstrap_admin() {
        // Printed, not logged: log pipelines must never carry a password.
        println!(
            "\n  scrm first start: created tenant '{}' with an administrator\n    email:    {}\n    password: {}\n  \
             This password is shown only once. Sign in with the login mutation (see README.md).\n",
            admin.tenant, admin.email, admin.password
        );
    }
    tracing::info!(
        address = %format!("http://{}:{}", host_of(&settings.bind), application.port()),
        data_dir = %settings.data_dir.display(),
        "scrm is serving; GraphiQL at /graphql"
    );
    application
        .run_until_stopped()
        .await
        .map_err(|error| ApiError::Internal(format!("server failed: {error}")))?;
    tracing::info!("scrm stopped");
    Ok(())
}

fn host_of(bind: &str) -> &str {
    bind.rsplit_once(':').map_or(bind, |(host, _)| host)
}
