//! Building and running the server: data dir, master key, database, first-start bootstrap,
//! then actix-web with graceful shutdown on SIGTERM/SIGINT.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::{App, HttpMessage, HttpServer, web};
use tracing_actix_web::{RequestId, TracingLogger};

use crate::domain::Store;
use crate::domain::operator::OperatorAccess;
use crate::domain::org::tenants::{self, TenantCreate};
use crate::error::{ApiError, ApiResult};
use crate::graphql::build_schema;
use crate::http::client_address::TrustedProxies;
use crate::http::{self, AppState};
use crate::settings::Settings;
use crate::telemetry::RequestSpan;

pub const DEFAULT_TENANT: &str = "default";
pub const DEFAULT_ADMIN_EMAIL: &str = "admin@localhost";

/// The admin created on the very first start; its password is shown once.
pub struct BootstrapAdmin {
    pub tenant: String,
    pub email: String,
    pub password: String,
}

pub struct Application {
    port: u16,
    server: Server,
    store: Store,
    operator: OperatorAccess,
    bootstrap_admin: Option<BootstrapAdmin>,
    tasks: BackgroundTasks,
}

/// The server's background tasks (job workers, schedules, checkpoints): they live as long as
/// the server and end with it, so a stopped server leaves nothing running behind it (what a
/// restart in one process, and a test of one, needs).
struct BackgroundTasks {
    /// Schedules, feeds, checkpoints: stopped where they stand.
    tasks: Vec<tokio::task::JoinHandle<()>>,
    /// Job workers: told to stop, they finish the job in hand first (see `shutdown`).
    workers: Vec<tokio::task::JoinHandle<()>>,
    stopping: tokio::sync::watch::Sender<bool>,
}

/// How long a stopping server waits for its job workers to finish the jobs in hand; a job
/// still running then is cut short and taken over when its lease lapses, as after a crash.
const WORKERS_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

impl Default for BackgroundTasks {
    fn default() -> Self {
        BackgroundTasks {
            tasks: Vec::new(),
            workers: Vec::new(),
            stopping: tokio::sync::watch::channel(false).0,
        }
    }
}

impl BackgroundTasks {
    fn spawn(&mut self, task: impl std::future::Future<Output = ()> + Send + 'static) {
        self.tasks.push(tokio::spawn(task));
    }

    /// Stops the schedules, then lets the workers finish their jobs (up to [`WORKERS_GRACE`]).
    async fn shutdown(mut self) {
        self.tasks.iter().for_each(tokio::task::JoinHandle::abort);
        let _ = self.stopping.send(true);
        let mut workers = std::mem::take(&mut self.workers);
        let finished = tokio::time::timeout(
            WORKERS_GRACE,
            futures_util::future::join_all(workers.iter_mut()),
        )
        .await;
        if finished.is_err() {
            tracing::warn!(
                "jobs still running at shutdown were cut short; their leases will lapse"
            );
        }
        workers.iter().for_each(tokio::task::JoinHandle::abort);
    }
}

impl Drop for BackgroundTasks {
    fn drop(&mut self) {
        self.tasks.iter().for_each(tokio::task::JoinHandle::abort);
        self.workers.iter().for_each(tokio::task::JoinHandle::abort);
    }
}

/// Stops a running [`Application`]: its HTTP server (in-flight requests finish), then its
/// background tasks.
#[derive(Clone)]
pub struct StopHandle(actix_web::dev::ServerHandle);

impl StopHandle {
    pub async fn stop(&self) {
        self.0.stop(true).await;
    }
}

/// How often the server refreshes SQLite's planner statistics ([`crate::db::optimize_periodically`]).
const SQLITE_OPTIMIZE_EVERY: std::time::Duration = std::time::Duration::from_secs(60 * 60);

impl Application {
    pub async fn build(settings: Settings) -> ApiResult<Self> {
        let settings = settings.for_server();
        let operator = OperatorAccess::open(&settings).await?;
        let mut tasks = BackgroundTasks::default();
        if settings.uses_sqlite() {
            // One connection of its own for the database's upkeep: checkpoints and statistics.
            let upkeep = Settings {
                db_max_connections: Some(1),
                ..settings.clone()
            };
            let (connection, _) = crate::db::connect(&upkeep).await?;
            if !settings.sqlite_wal_checkpoint_every.is_zero() {
                tasks.spawn(crate::db::checkpoint_wal_periodically(
                    connection.clone(),
                    settings.sqlite_wal_checkpoint_every,
                ));
            }
            tasks.spawn(crate::db::optimize_periodically(
                connection,
                SQLITE_OPTIMIZE_EVERY,
            ));
        }
        let store = operator.store().clone();
        let bootstrap_admin = bootstrap_first_start(&operator).await?;
        // An index lost, left behind by an import, or built by an older release.
        tasks.spawn(crate::domain::ops::index_catch_up::catch_up_all(
            store.clone(),
        ));
        tasks.spawn(store.clone().run_alert_feed());
        tasks.spawn(store.clone().run_notification_feed());
        tasks.workers = crate::domain::jobs::spawn_workers(
            store.clone(),
            settings.jobs.clone(),
            operator.signer().clone(),
            tasks.stopping.subscribe(),
        );
        tasks.spawn(
            crate::domain::compliance::export::service::delete_expired_periodically(
                store.clone(),
                settings.export_sweep_every,
            ),
        );
        if let Some(every) = settings.wecom.pull_every {
            tasks
                .tasks
                .push(crate::domain::wecom::pull::schedule(store.clone(), every));
        }
        // A code at its backup member returns to rotation at the tenant's midnight.
        tasks.spawn(
            crate::domain::engage::channel_codes::rotation::refresh_periodically(
                store.clone(),
                std::time::Duration::from_secs(60),
            ),
        );
        // SOP rules are evaluated on the job runner: one job per tenant and round.
        tasks.spawn(crate::domain::engage::sop::engine::schedule_periodically(
            store.clone(),
            settings.sop_every,
        ));
        // WeCom's results of customer transfers are read on the job runner until final.
        tasks.spawn(crate::domain::crm::transfers::poll::schedule_periodically(
            store.clone(),
            settings.transfer_poll_every,
        ));
        // Due broadcasts are queued for sending, outside each tenant's quiet hours.
        tasks.spawn(crate::domain::engage::broadcasts::run_periodically(
            store.clone(),
            settings.broadcast_tick_every,
        ));
        if let Some(at) = settings.daily_purge_at {
            tasks.spawn(crate::domain::compliance::retention::schedule_daily(
                store.clone(),
                at,
                settings.daily_purge_check_every,
            ));
        }
        if !settings.checkpoint_every.is_zero() {
            tasks.spawn(crate::domain::compliance::checkpoint::run_periodic(
                store.clone(),
                operator.signer().clone(),
                settings.checkpoint_every,
            ));
        }
        let listener = TcpListener::bind(&settings.bind).map_err(|error| {
            ApiError::Internal(format!("cannot listen on {}: {error}", settings.bind))
        })?;
        let port = listener
            .local_addr()
            .map_err(|error| ApiError::Internal(format!("cannot read the bound address: {error}")))?
            .port();
        let state = web::Data::new(AppState {
            store: store.clone(),
            schema: build_schema(&settings.limits),
            body_limit_bytes: settings.body_limit_bytes,
            upload_max_bytes: settings.upload_max_bytes,
            trusted_proxies: TrustedProxies::new(settings.trusted_proxies.clone()),
            session_recheck_every: settings.session_recheck_every,
        });
        let mut server = HttpServer::new(move || {
            App::new()
                .wrap_fn(|request, service| {
                    use actix_web::dev::Service;
                    let request_id = request
                        .extensions()
                        .get::<RequestId>()
                        .map(ToString::to_string);
                    let response = service.call(request);
                    async move {
                        let mut response = response.await?;
                        if let Some(value) =
                            request_id.and_then(|id| HeaderValue::from_str(&id).ok())
                        {
                            response
                                .headers_mut()
                                .insert(HeaderName::from_static("x-request-id"), value);
                        }
                        Ok(response)
                    }
                })
                .wrap(TracingLogger::<RequestSpan>::new())
                .app_data(state.clone())
                .configure(http::routes)
        })
        .shutdown_timeout(15);
        if let Some(workers) = settings.http_workers {
            server = server.workers(workers);
        }
        let server = server
            .listen(listener)
            .map_err(|error| ApiError::Internal(format!("cannot start the HTTP server: {error}")))?
            .run();
        Ok(Application {
            port,
            server,
            store,
            operator,
            bootstrap_admin,
            tasks,
        })
    }

    /// A handle that stops the server from elsewhere (a test's restart).
    pub fn stop_handle(&self) -> StopHandle {
        StopHandle(self.server.handle())
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Operator rights, for the process that built the application (a test harness, or an
    /// embedding program): never reachable from a request.
    pub fn operator(&self) -> &OperatorAccess {
        &self.operator
    }

    /// Set only on the very first start, when the default tenant and its admin were created.
    pub fn take_bootstrap_admin(&mut self) -> Option<BootstrapAdmin> {
        self.bootstrap_admin.take()
    }

    /// Serves until SIGTERM/SIGINT; in-flight requests get up to 15 seconds to finish.
    /// Then its background tasks end: job workers finish the jobs in hand (up to 10 s).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let Application { server, tasks, .. } = self;
        let stopped = server.await;
        tasks.shutdown().await;
        stopped
    }
}

/// On an empty database, creates tenant `default` with admin `admin@localhost` and a random
/// password, so a newcomer can sign in with nothing else (as Grafana and Jenkins do).
async fn bootstrap_first_start(operator: &OperatorAccess) -> ApiResult<Option<BootstrapAdmin>> {
    if tenants::count(operator.store()).await? > 0 {
        return Ok(None);
    }
    let password = crate::auth::password::random_password();
    tenants::create(
        operator,
        TenantCreate {
            slug: DEFAULT_TENANT.to_string(),
            name: "Default".to_string(),
            admin_email: DEFAULT_ADMIN_EMAIL.to_string(),
            admin_password: password.clone(),
        },
    )
    .await?;
    Ok(Some(BootstrapAdmin {
        tenant: DEFAULT_TENANT.to_string(),
        email: DEFAULT_ADMIN_EMAIL.to_string(),
        password,
    }))
}
