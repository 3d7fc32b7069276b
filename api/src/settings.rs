//! Runtime settings shared by every command: where data lives and how to reach the database.

use std::path::{Path, PathBuf};
use std::time::Duration;

/// The default of [`Settings::sqlite_mmap_mib`]: 1 GiB of address space per connection.
pub const DEFAULT_SQLITE_MMAP_MIB: u32 = 1_024;

/// Settings resolved from command-line flags and environment variables.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The clock time-driven decisions go by: the system's, or a test's manual one.
    pub clock: crate::domain::clock::Clock,
    /// How often the server looks for due broadcasts and reads back sent ones' results.
    pub broadcast_tick_every: Duration,
    /// `SCRM_BIND`, default `127.0.0.1:8080`; port 0 picks a free port (tests).
    pub bind: String,
    /// `SCRM_DATA_DIR`, default `./data`: the SQLite file, the master key and the indexes.
    pub data_dir: PathBuf,
    /// `DATABASE_URL`; default: a SQLite file in the data dir.
    pub database_url: Option<String>,
    /// `SCRM_LOG_FORMAT=json` switches logs to one JSON object per line.
    pub log_json: bool,
    pub session_ttl: Duration,
    /// How often an open subscription checks that its session still holds (it also checks
    /// before each event it delivers).
    pub session_recheck_every: Duration,
    pub body_limit_bytes: usize,
    /// `--slow-sql-ms` / `SCRM_SLOW_SQL_MS`: statements that take longer are logged as slow
    /// (`crate::db::connect`); `None`: none is. `scrm serve` defaults to one second.
    pub slow_statement: Option<Duration>,
    /// `--upload-max-bytes` / `UPLOAD_MAX_BYTES`: the largest file a `multipart/form-data`
    /// GraphQL request may carry (library images and files); default 20 MiB.
    pub upload_max_bytes: usize,
    /// HTTP worker threads; `None`: one per CPU core.
    pub http_workers: Option<usize>,
    /// Upper bound of the database pool; `None`: 8 on SQLite, 16 on PostgreSQL.
    pub db_max_connections: Option<u32>,
    /// SQLite WAL pages written before a checkpoint copies them into the database (SQLite's
    /// default: 1,000). A bulk writer sets more: each checkpoint then writes a page rewritten
    /// by many transactions once, and syncs less often.
    pub sqlite_wal_autocheckpoint: u32,
    /// SQLite page cache per connection, in MiB (64: imports update several B-trees, and a
    /// small cache turns that into disk reads; an export's random lookups are served as well
    /// by the OS's cache, and keep it small to keep its memory flat).
    pub sqlite_cache_mib: u32,
    /// `--sqlite-mmap-mib` / `SCRM_SQLITE_MMAP_MIB`: how much of the SQLite file each
    /// connection reads through a memory map (`PRAGMA mmap_size`); 0: none. Mapped pages are
    /// the OS's page cache, shared by every connection: a connection's first read of a page
    /// costs no copy into its own cache, which made a pooled connection's first dashboard 2–3×
    /// slower than its next.
    pub sqlite_mmap_mib: u32,
    /// How often the server checkpoints the SQLite WAL from a background task of its own
    /// ([`crate::db::checkpoint_wal_periodically`]), so that a request's commit (an audit
    /// entry before content is shown) does not copy the WAL into the database and sync it;
    /// zero leaves every checkpoint to the writers. Only `scrm serve` runs the task
    /// ([`Settings::for_server`]).
    pub sqlite_wal_checkpoint_every: Duration,
    pub limits: Limits,
    /// `--trusted-proxy` / `SCRM_TRUSTED_PROXIES`: peers whose `X-Forwarded-For` and
    /// `Forwarded` headers name the client. Empty: the peer is the client.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// `--checkpoint-every-minutes` / `SCRM_CHECKPOINT_EVERY_MINUTES`: how often the server
    /// signs every tenant's chain heads (`archive::checkpoint`); 0 turns it off.
    pub checkpoint_every: Duration,
    pub jobs: JobSettings,
    /// `--export-ttl-hours` / `SCRM_EXPORT_TTL_HOURS`: how long an export's file is kept for
    /// download (default 7 days); after that it is deleted and a download is `410 Gone`.
    pub export_ttl: Duration,
    /// How often the server deletes the files of expired exports.
    pub export_sweep_every: Duration,
    /// `--purge-at` / `SCRM_PURGE_AT`: the tenant-local time of day after which the server
    /// queues each tenant's daily purge (`PURGE` job); `None`: no daily purge. `scrm serve`
    /// defaults to 03:00; settings built in code (tests) leave it off.
    pub daily_purge_at: Option<chrono::NaiveTime>,
    /// How often the server looks for tenants whose daily purge is due.
    pub daily_purge_check_every: Duration,
    /// How often the server queues each tenant's SOP job (`domain::engage::sop`): every
    /// minute; tests walking a manual clock set it shorter.
    pub sop_every: Duration,
    /// How often the server queues the jobs that read WeCom's results of unfinished customer
    /// transfers (`domain::crm::transfers::poll`): every 10 minutes; tests set it shorter.
    pub transfer_poll_every: Duration,
    pub wecom: WecomOptions,
}

/// How scrm reaches WeCom.
#[derive(Debug, Clone)]
pub struct WecomOptions {
    /// Where WeCom's API is: `https://qyapi.weixin.qq.com`, or a loopback WeCom in tests and
    /// development (`scrm dev wecom-fake`), or a proxy an intranet reaches it through.
    pub base_url: String,
    /// The longest one call to WeCom may take.
    pub timeout: Duration,
    pub retry: ::wecom::RetryPolicy,
    /// WeCom's archive SDK (`libWeWorkFinanceSdk_C.so`); without it the archive is pulled over
    /// the documented HTTP stand-in at `base_url`.
    pub sdk_lib: Option<PathBuf>,
    /// How often the server pulls every configured tenant's archive; `None`: only on
    /// `msgaudit_notify` callbacks and when asked.
    pub pull_every: Option<Duration>,
    /// The URL WeCom reaches this server at (`https://scrm.example.com`), to show admins the
    /// callback URL to paste into WeCom's console.
    pub public_url: Option<String>,
}

impl Default for WecomOptions {
    fn default() -> Self {
        WecomOptions {
            base_url: ::wecom::client::DEFAULT_BASE_URL.to_string(),
            timeout: Duration::from_secs(10),
            retry: ::wecom::RetryPolicy::default(),
            sdk_lib: None,
            pull_every: None,
            public_url: None,
        }
    }
}

/// How this process takes part in running background jobs (`domain::jobs`).
#[derive(Debug, Clone)]
pub struct JobSettings {
    /// `--job-workers` / `SCRM_JOB_WORKERS`: jobs this process runs at once; 0: none (another
    /// process on the same database runs them).
    pub workers: usize,
    /// How long a job stays this process's without a heartbeat; a job whose process died is
    /// taken up by another once its lease has expired.
    pub lease: Duration,
    /// How often an idle worker looks for queued jobs (jobs queued by this process wake it at
    /// once).
    pub poll: Duration,
}

impl Default for JobSettings {
    fn default() -> Self {
        JobSettings {
            workers: 2,
            lease: Duration::from_secs(30),
            poll: Duration::from_secs(2),
        }
    }
}

/// The largest uploaded file by default: 20 MiB.
pub const DEFAULT_UPLOAD_MAX_BYTES: usize = 20 * 1024 * 1024;

/// WAL pages after which a writer checkpoints when a background task normally does it: 64 MiB,
/// as for bulk writes.
const BACKSTOP_WAL_AUTOCHECKPOINT: u32 = 16_384;

/// Abuse limits; tests tighten or loosen them.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Failed logins allowed per account within `login_window` before it is locked out.
    pub login_failures_per_account: u32,
    /// Login attempts allowed per client IP within `login_window`.
    pub login_attempts_per_ip: u32,
    pub login_window: Duration,
    pub graphql_max_depth: u32,
    pub graphql_max_complexity: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            login_failures_per_account: 5,
            login_attempts_per_ip: 50,
            login_window: Duration::from_secs(15 * 60),
            graphql_max_depth: 12,
            graphql_max_complexity: 10_000,
        }
    }
}

impl Settings {
    pub fn new(bind: String, data_dir: PathBuf, database_url: Option<String>) -> Self {
        // Absolute, so messages name the directory whatever the working directory was.
        let data_dir = std::path::absolute(&data_dir).unwrap_or(data_dir);
        Settings {
            bind,
            data_dir,
            database_url: database_url.filter(|url| !url.trim().is_empty()),
            log_json: false,
            session_ttl: Duration::from_secs(12 * 60 * 60),
            session_recheck_every: Duration::from_secs(30),
            body_limit_bytes: 1024 * 1024,
            slow_statement: None,
            upload_max_bytes: DEFAULT_UPLOAD_MAX_BYTES,
            http_workers: None,
            db_max_connections: None,
            sqlite_wal_autocheckpoint: 1_000,
            sqlite_cache_mib: 64,
            sqlite_mmap_mib: DEFAULT_SQLITE_MMAP_MIB,
            sqlite_wal_checkpoint_every: Duration::from_secs(1),
            limits: Limits::default(),
            trusted_proxies: Vec::new(),
            checkpoint_every: Duration::from_secs(10 * 60),
            jobs: JobSettings::default(),
            export_ttl: Duration::from_secs(7 * 24 * 60 * 60),
            export_sweep_every: Duration::from_secs(10 * 60),
            daily_purge_at: None,
            daily_purge_check_every: Duration::from_secs(10 * 60),
            sop_every: Duration::from_secs(60),
            transfer_poll_every: Duration::from_secs(10 * 60),
            wecom: WecomOptions::default(),
            clock: crate::domain::clock::Clock::system(),
            broadcast_tick_every: Duration::from_secs(15),
        }
    }

    /// The same settings for one long bulk write (an archive import): one connection, so its
    /// page cache stays warm from batch to batch (SQLite drops a connection's cache when another
    /// connection wrote), and checkpoints every 64 MiB of WAL instead of every 4 MiB. No memory
    /// map: an import reads little, and every page of the growing file it touched through the
    /// map would count in its resident memory (up to the map's 1 GiB), where the page cache it
    /// reads through otherwise is bounded by `sqlite_cache_mib`.
    pub fn for_bulk_write(&self) -> Settings {
        Settings {
            db_max_connections: Some(1),
            sqlite_wal_autocheckpoint: BACKSTOP_WAL_AUTOCHECKPOINT,
            sqlite_mmap_mib: 0,
            ..self.clone()
        }
    }

    /// The settings `scrm serve` connects with. When its background task checkpoints the WAL,
    /// the writers' own automatic checkpoint only backs it up (at 64 MiB of WAL, should the task
    /// fall behind): at SQLite's default of 4 MiB, the request whose commit crossed it paid for
    /// copying and syncing the whole WAL — the audit log's p99 of 18 ms (docs/BENCHMARKS.md).
    pub fn for_server(&self) -> Settings {
        let mut settings = self.clone();
        if self.uses_sqlite() && !self.sqlite_wal_checkpoint_every.is_zero() {
            settings.sqlite_wal_autocheckpoint = self
                .sqlite_wal_autocheckpoint
                .max(BACKSTOP_WAL_AUTOCHECKPOINT);
        }
        settings
    }

    /// Whether the database is SQLite (the data dir's file, or a `sqlite:` URL).
    pub fn uses_sqlite(&self) -> bool {
        self.effective_database_url().starts_with("sqlite:")
    }

    pub fn master_key_path(&self) -> PathBuf {
        self.data_dir.join("master.key")
    }

    /// The Ed25519 key that signs checkpoints, beside the master key.
    pub fn signing_key_path(&self) -> PathBuf {
        self.data_dir.join(archive::checkpoint::SIGNING_KEY_FILE)
    }

    /// Where export files wait to be downloaded (sealed, one directory per tenant).
    /// Where archived media files are kept, sealed: `DATA_DIR/media/<tenant id>/<media id>`.
    pub fn media_dir(&self) -> PathBuf {
        self.data_dir.join("media")
    }

    /// Where the files of script and material libraries are kept (images, documents):
    /// `DATA_DIR/library/<tenant id>/<random name>`.
    pub fn library_dir(&self) -> PathBuf {
        self.data_dir.join("library")
    }

    pub fn export_dir(&self) -> PathBuf {
        self.data_dir.join("exports")
    }

    pub fn index_dir(&self) -> PathBuf {
        self.data_dir.join("index")
    }

    /// The embedded database file, used when `DATABASE_URL` is not set.
    pub fn sqlite_path(&self) -> PathBuf {
        self.data_dir.join("scrm.db")
    }

    /// The database to use: `DATABASE_URL` if set, otherwise `DATA_DIR/scrm.db`.
    pub fn effective_database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => sqlite_url(&self.sqlite_path()),
        }
    }
}

impl Settings {
    /// Where this process works, for the first line of every command: the data dir and the
    /// database, with any password in the URL masked.
    pub fn location(&self) -> String {
        let database = match &self.database_url {
            Some(url) => mask_password(url),
            None => format!("sqlite://{}", self.sqlite_path().display()),
        };
        format!("data dir {}, database {database}", self.data_dir.display())
    }
}

/// `scheme://user:***@host/db?password=***`: a database URL safe to print.
fn mask_password(url: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let mut masked = match base.split_once("://") {
        Some((scheme, rest)) => match rest.rsplit_once('@') {
            Some((credentials, host)) => match credentials.split_once(':') {
                Some((user, _password)) => format!("{scheme}://{user}:***@{host}"),
                None => base.to_string(),
            },
            None => base.to_string(),
        },
        None => base.to_string(),
    };
    if let Some(query) = query {
        let parameters: Vec<String> = query
            .split('&')
            .map(|parameter| match parameter.split_once('=') {
                Some((key, _)) if key.to_ascii_lowercase().contains("password") => {
                    format!("{key}=***")
                }
                _ => parameter.to_string(),
            })
            .collect();
        masked.push('?');
        masked.push_str(&parameters.join("&"));
    }
    masked
}

fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn locations_never_show_a_password() {
        assert_eq!(
            mask_password("postgres://app:s3cr@t@db:5432/scrm?sslmode=require&password=x"),
            "postgres://app:***@db:5432/scrm?sslmode=require&password=***"
        );
        assert_eq!(
            mask_password("postgres://app@db/scrm"),
            "postgres://app@db/scrm"
        );
        let settings = Settings::new(String::new(), PathBuf::from("/srv/scrm"), None);
        assert_eq!(
            settings.location(),
            "data dir /srv/scrm, database sqlite:///srv/scrm/scrm.db"
        );
        let relative = Settings::new(String::new(), PathBuf::from("data"), None);
        assert!(relative.data_dir.is_absolute());
    }

    #[test]
    fn the_server_leaves_sqlite_checkpoints_to_its_background_task() {
        let sqlite = Settings::new(String::new(), PathBuf::from("/srv/scrm"), None);
        assert_eq!(sqlite.sqlite_wal_autocheckpoint, 1_000);
        assert_eq!(sqlite.for_server().sqlite_wal_autocheckpoint, 16_384);
        let mut without_task = sqlite.clone();
        without_task.sqlite_wal_checkpoint_every = Duration::ZERO;
        assert_eq!(without_task.for_server().sqlite_wal_autocheckpoint, 1_000);
        let postgres = Settings::new(
            String::new(),
            PathBuf::from("/srv/scrm"),
            Some("postgres://app@db/scrm".to_string()),
        );
        assert!(!postgres.uses_sqlite());
        assert_eq!(postgres.for_server().sqlite_wal_autocheckpoint, 1_000);
    }
}
