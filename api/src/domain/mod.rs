//! The domain layer: every read and write of tenant data goes through here, and every entry
//! point takes an [`Authorized`] handle, which only [`Store::authenticate`] can make.
//!
//! The database connection is private to this module tree, so GraphQL resolvers (and anything
//! else outside `domain`) cannot query around the policy: the policy in [`policy`] decides
//! each action, deny by default, and scopes each row set to the caller's tenant and role.

pub mod clock;
pub mod compliance;
pub mod crm;
pub mod cursor;
pub mod engage;
pub mod feed;
pub mod filter;
pub mod global_id;
pub mod jobs;
pub mod operator;
pub mod ops;
pub mod org;
pub mod page;
pub mod policy;
pub mod system;
pub mod validate;
pub mod wecom;

use std::sync::Arc;
use std::time::Duration;

use entity::Role;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use tokio::sync::OnceCell;

use crate::auth::rate_limit::SlidingWindowLimiter;
use crate::db::StatementCounter;
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

/// Shared handle to the database and the process-wide guards. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    db: DatabaseConnection,
    archive: ::archive::Archive,
    job_wake: jobs::JobWake,
    alert_feed: compliance::alert_feed::AlertFeed,
    notification_feed: org::notifications::NotificationFeed,
    statements: StatementCounter,
    login_guards: Arc<LoginGuards>,
    session_ttl: Duration,
    cursor_key: Arc<cursor::CursorKey>,
    /// Where export files are kept, and for how long.
    export_dir: std::path::PathBuf,
    export_ttl: Duration,
    /// The WeCom client (token cache shared by every tenant's calls) and how to reach WeCom.
    wecom: ::wecom::WecomClient,
    wecom_options: Arc<crate::settings::WecomOptions>,
    /// Where archived media files are kept, sealed.
    media_dir: std::path::PathBuf,
    /// Where the files of script and material libraries are kept.
    library_dir: std::path::PathBuf,
    /// WeCom callbacks answered, for `/metrics`.
    callback_counters: Arc<self::wecom::callbacks::CallbackCounters>,
    /// What "now" is for decisions taken by time (send slots, schedules): the system clock,
    /// or the test's.
    clock: self::clock::Clock,
    /// Library files uploaded to WeCom's temporary media lately, reused while WeCom keeps them.
    uploaded_media: Arc<self::engage::library::attachments::UploadedMedia>,
}

struct LoginGuards {
    failures_per_account: SlidingWindowLimiter,
    attempts_per_ip: SlidingWindowLimiter,
}

impl Store {
    /// Now, by the store's clock (the system's, or a test's).
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// Library files uploaded to WeCom lately (`engage::library::attachments`).
    pub(crate) fn uploaded_media(&self) -> &self::engage::library::attachments::UploadedMedia {
        &self.uploaded_media
    }

    /// The store's clock, for tests that move it.
    pub fn clock(&self) -> &self::clock::Clock {
        &self.clock
    }

    /// `audit_writer`: a connection of its own for the audit entries of reads
    /// ([`::archive::Archive::with_audit_writer`]); `None` writes them through `db`.
    pub fn new(
        db: DatabaseConnection,
        audit_writer: Option<DatabaseConnection>,
        statements: StatementCounter,
        settings: &Settings,
        master_key: ::archive::MasterKey,
    ) -> ApiResult<Self> {
        let limits = &settings.limits;
        let cursor_key = Arc::new(cursor::CursorKey::derive(&master_key));
        let index_dir = settings.index_dir();
        let archive = match audit_writer {
            Some(writer) => {
                ::archive::Archive::with_audit_writer(db.clone(), writer, master_key, index_dir)
            }
            None => ::archive::Archive::new(db.clone(), master_key, index_dir),
        };
        let wecom = ::wecom::WecomClient::new(::wecom::ClientConfig {
            base_url: settings.wecom.base_url.clone(),
            timeout: settings.wecom.timeout,
            retry: settings.wecom.retry,
        })
        .map_err(|error| ApiError::Internal(error.to_string()))?;
        Ok(Store {
            archive,
            job_wake: jobs::JobWake::default(),
            alert_feed: compliance::alert_feed::AlertFeed::default(),
            notification_feed: org::notifications::NotificationFeed::default(),
            db,
            statements,
            login_guards: Arc::new(LoginGuards {
                failures_per_account: SlidingWindowLimiter::new(
                    limits.login_failures_per_account,
                    limits.login_window,
                ),
                attempts_per_ip: SlidingWindowLimiter::new(
                    limits.login_attempts_per_ip,
                    limits.login_window,
                ),
            }),
            session_ttl: settings.session_ttl,
            cursor_key,
            export_dir: settings.export_dir(),
            export_ttl: settings.export_ttl,
            wecom,
            wecom_options: Arc::new(settings.wecom.clone()),
            media_dir: settings.media_dir(),
            library_dir: settings.library_dir(),
            callback_counters: Arc::default(),
            uploaded_media: Arc::default(),
            clock: settings.clock.clone(),
        })
    }

    /// Connects, migrates and wraps the database named by the settings, then seals alert notes
    /// that rows written before migration 0005 still hold in plaintext. The server and every CLI
    /// command that opens the store come through here.
    pub async fn open(settings: &Settings, master_key: ::archive::MasterKey) -> ApiResult<Self> {
        let (db, statements) = crate::db::connect(settings).await?;
        crate::db::migrate_up(&db).await?;
        let audit_writer = crate::db::connect_audit_writer(settings, &statements).await?;
        let store = Store::new(db, audit_writer, statements, settings, master_key)?;
        compliance::risk::seal_legacy_notes(&store).await?;
        Ok(store)
    }

    /// Whether the database answers; used by `/readyz`.
    pub async fn ping(&self) -> ApiResult<()> {
        self.db.execute_unprepared("SELECT 1").await?;
        Ok(())
    }

    /// Number of SQL statements run so far (for tests and diagnostics).
    pub fn statements_run(&self) -> u64 {
        self.statements.get()
    }

    pub async fn close(self) -> ApiResult<()> {
        self.db.close().await?;
        Ok(())
    }
}

/// Who is calling: resolved once per request from a session token or an API key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub tenant_id: i64,
    /// The staff member acting (for an API key: the staff member it acts as).
    pub staff_id: i64,
    pub role: Role,
    pub department_id: Option<i64>,
    pub credential: Credential,
    /// Whether the member chose their own password; a password set by someone else opens
    /// nothing of the archive ([`policy`]).
    pub password_origin: entity::PasswordOrigin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credential {
    Session { session_id: i64 },
    ApiKey { api_key_id: i64 },
}

/// Where a request came from, as the audit log records it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestOrigin {
    /// The request id the server gave the request (`x-request-id`).
    pub request_id: Option<String>,
    /// The client's address (behind trusted proxies: the forwarded one).
    pub client_ip: Option<String>,
}

/// Proof that a request was authenticated, carrying the actor, the store and where the
/// request came from.
#[derive(Clone)]
pub struct Authorized {
    store: Store,
    actor: Actor,
    origin: RequestOrigin,
    /// The actor's department and its descendants, computed on first use (MANAGER scope).
    department_subtree: Arc<OnceCell<Vec<i64>>>,
}

impl Authorized {
    fn new(store: Store, actor: Actor, origin: RequestOrigin) -> Self {
        Authorized {
            store,
            actor,
            origin,
            department_subtree: Arc::new(OnceCell::new()),
        }
    }

    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    pub fn tenant_id(&self) -> i64 {
        self.actor.tenant_id
    }

    pub fn origin(&self) -> &RequestOrigin {
        &self.origin
    }

    fn db(&self) -> &DatabaseConnection {
        &self.store.db
    }

    /// An opaque cursor for `position`, valid only in this tenant ([`cursor`]).
    pub fn seal_cursor(&self, position: &[u8]) -> String {
        self.store.cursor_key.seal(self.tenant_id(), position)
    }

    /// The position in a cursor made by [`Authorized::seal_cursor`] in this tenant.
    pub fn open_cursor(&self, cursor: &str) -> Option<Vec<u8>> {
        self.store.cursor_key.open(self.tenant_id(), cursor)
    }
}

/// The current time at microsecond precision: what PostgreSQL stores, so that SQLite and
/// PostgreSQL compare and page timestamps identically.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    let now = chrono::Utc::now();
    chrono::DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now)
}
