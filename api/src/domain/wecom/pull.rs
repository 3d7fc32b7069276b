//! Pulling a tenant's conversation archive from WeCom into the archive.
//!
//! The puller starts after the last WeCom `seq` whose batch committed (`wecom_archive_cursor`),
//! takes a few pages at a time (`archive::pull::pull_once`: decrypt each record's random key
//! with the tenant's private key of its version, the message with the SDK, then the same ingest
//! as an import: exactly once by msgid, scanned, sealed, chained), moves the cursor, and fetches
//! the step's media into the sealed media store (`media.rs`). A record it cannot open — its key
//! version was never uploaded — stops the pull at that seq: everything before it is kept,
//! nothing after it is skipped, and the error says which version to upload.
//!
//! Who pulls: the `ARCHIVE_PULL` job (started by an admin or compliance officer, queued by a
//! `msgaudit_notify` callback or every few minutes by the server) and `scrm archive pull`.
//! Either way the pull is audited (`ARCHIVE_PULL`, with its counts).

use std::sync::Arc;
use std::time::Duration;

use archive::chain::ChainRun;
use archive::import::TenantSink;
use archive::pull::keys::PrivateKeyRing;
use archive::pull::{self, ChatSdk, EncryptedChat, MediaChunk, PullError, PullOptions, SdkError};
use entity::{AuditOutcome, JobKind, wecom_archive_cursor, wecom_archive_key, wecom_settings};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::Value;
use zeroize::Zeroizing;

use super::media;
use crate::domain::compliance::audit::{self, Audited};
use crate::domain::jobs::{self, JobOrigin};
use crate::domain::{Store, now};
use crate::error::{ApiError, ApiResult};

/// Who a pull is recorded as.
#[derive(Debug, Clone)]
pub(crate) enum PullActor {
    /// An operator at the shell (`scrm archive pull`), by OS user.
    Operator(String),
    /// The job runner (a job someone started, a callback, the schedule).
    System,
}

/// The system task name pulls are audited under.
pub(crate) const ARCHIVE_PULL: &str = "archive-pull";

/// What a pull did, so far or in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PullSummary {
    /// The cursor before and after.
    pub from_seq: u64,
    pub to_seq: u64,
    /// Records received and decrypted.
    pub records: u64,
    pub imported: u64,
    pub duplicates: u64,
    pub rejected: u64,
    pub expired: u64,
    pub alerts_raised: u64,
    pub media_fetched: u64,
    /// WeCom had nothing more when the pull ended.
    pub caught_up: bool,
    /// The last stretch of the archive chain the pull's pages chained one after another: what
    /// its sign-off may vouch for without reading it back (`Archive::checkpoint_after`).
    pub chained: Option<ChainRun>,
}

/// The archive SDK this installation uses: WeCom's library when `--wecom-sdk-lib` names it
/// (feature `wecom-sdk`), else the HTTP stand-in at the WeCom base URL.
enum Sdk {
    Http(::wecom::finance::HttpFinanceSdk),
    #[cfg(feature = "wecom-sdk")]
    Library(::wecom::finance::FfiFinanceSdk),
}

impl ChatSdk for Sdk {
    async fn get_chat_data(&self, seq: u64, limit: u32) -> Result<Vec<EncryptedChat>, SdkError> {
        match self {
            Sdk::Http(sdk) => sdk.get_chat_data(seq, limit).await,
            #[cfg(feature = "wecom-sdk")]
            Sdk::Library(sdk) => sdk.get_chat_data(seq, limit).await,
        }
    }

    fn decrypt_data(
        &self,
        random_key: &[u8],
        encrypt_chat_msg: &str,
    ) -> Result<Zeroizing<Vec<u8>>, SdkError> {
        match self {
            Sdk::Http(sdk) => sdk.decrypt_data(random_key, encrypt_chat_msg),
            #[cfg(feature = "wecom-sdk")]
            Sdk::Library(sdk) => sdk.decrypt_data(random_key, encrypt_chat_msg),
        }
    }

    async fn get_media_data(&self, sdkfileid: &str, index: &str) -> Result<MediaChunk, SdkError> {
        match self {
            Sdk::Http(sdk) => sdk.get_media_data(sdkfileid, index).await,
            #[cfg(feature = "wecom-sdk")]
            Sdk::Library(sdk) => sdk.get_media_data(sdkfileid, index).await,
        }
    }
}

/// One tenant's pull in progress: call [`Puller::step`] until it reports caught up (or stop
/// between steps), then [`Puller::finish`].
pub(crate) struct Puller {
    store: Store,
    tenant_id: i64,
    sdk: Sdk,
    keys: Arc<PrivateKeyRing>,
    seq: u64,
    options: PullOptions,
    summary: PullSummary,
}

impl Puller {
    /// Opens the tenant's archive connection, keys and cursor. Refuses, saying what to set,
    /// when the archive secret or every private key is missing.
    pub async fn open(store: &Store, tenant_id: i64) -> ApiResult<Puller> {
        let Some(connection) = super::connection(store, tenant_id).await? else {
            return Err(ApiError::Conflict(
                "WeCom is not connected for this tenant: an admin sets it up with wecomSettingsUpdate".into(),
            ));
        };
        let credentials = connection.archive()?.clone();
        let keys = super::archive_keys(store, tenant_id).await?;
        if keys.versions().next().is_none() {
            return Err(ApiError::Conflict(
                "no archive private key is uploaded: an admin adds one with wecomSettingsUpdate(input: {archivePrivateKeys})".into(),
            ));
        }
        let sdk = open_sdk(store, &connection.corp_id, credentials)?;
        let seq = wecom_archive_cursor::Entity::find_by_id(tenant_id)
            .one(&store.db)
            .await?
            .map_or(0, |cursor| u64::try_from(cursor.seq).unwrap_or(0));
        Ok(Puller {
            store: store.clone(),
            tenant_id,
            sdk,
            keys: Arc::new(keys),
            seq,
            options: PullOptions::default(),
            summary: PullSummary {
                from_seq: seq,
                to_seq: seq,
                ..PullSummary::default()
            },
        })
    }

    /// Records asked for per `GetChatData` (1 to 1,000; WeCom's maximum by default). A step
    /// imports five pages together.
    pub fn with_page_size(mut self, page_size: u32) -> Self {
        self.options.page_size = page_size.clamp(1, pull::MAX_PAGE);
        self
    }

    pub fn summary(&self) -> &PullSummary {
        &self.summary
    }

    /// Pulls one step (a few pages), moves the cursor past what committed and fetches the
    /// step's media. `Ok(true)` when WeCom has nothing more.
    pub async fn step(&mut self) -> ApiResult<bool> {
        let sink = TenantSink::new(&self.store.archive, self.tenant_id);
        let outcome = pull::pull_once(&self.sdk, &self.keys, &sink, self.seq, self.options).await;
        let (step, failure) = match outcome {
            Ok(step) => (step, None),
            Err(PullError::Import(error)) => {
                self.save_cursor(Some(&error.to_string())).await?;
                return Err(ApiError::Internal(format!(
                    "the pull's import failed: {error}"
                )));
            }
            Err(error) => {
                let message = error.to_string();
                let step = error.imported().cloned().unwrap_or_default();
                (step, Some(message))
            }
        };
        self.count(&step);
        self.seq = step.last_seq.max(self.seq);
        self.save_cursor(failure.as_deref()).await?;
        for reference in &step.media {
            if media::fetch(&self.store, self.tenant_id, &self.sdk, reference).await? {
                self.summary.media_fetched += 1;
            }
        }
        if let Some(message) = failure {
            return Err(ApiError::Conflict(format!(
                "the pull stopped after seq {}: {message}",
                self.seq
            )));
        }
        self.summary.caught_up = step.caught_up;
        Ok(step.caught_up)
    }

    fn count(&mut self, step: &pull::PullStep) {
        let summary = &mut self.summary;
        summary.records += step.records;
        summary.imported += step.tally.imported;
        summary.duplicates += step.tally.duplicates;
        summary.rejected += step.tally.rejected.len() as u64;
        summary.expired += step.tally.expired;
        summary.alerts_raised += step.tally.alerts_raised;
        summary.to_seq = step.last_seq.max(summary.to_seq);
        summary.chained = ChainRun::extend(summary.chained, step.tally.chained);
    }

    async fn save_cursor(&self, error: Option<&str>) -> ApiResult<()> {
        let row = wecom_archive_cursor::ActiveModel {
            tenant_id: Set(self.tenant_id),
            seq: Set(i64::try_from(self.seq).unwrap_or(i64::MAX)),
            pulled_at: Set(Some(now())),
            last_error: Set(error.map(str::to_string)),
        };
        wecom_archive_cursor::Entity::insert(row)
            .on_conflict(
                OnConflict::column(wecom_archive_cursor::Column::TenantId)
                    .update_columns([
                        wecom_archive_cursor::Column::Seq,
                        wecom_archive_cursor::Column::PulledAt,
                        wecom_archive_cursor::Column::LastError,
                    ])
                    .to_owned(),
            )
            .exec(&self.store.db)
            .await?;
        Ok(())
    }

    /// Records the pull (`ARCHIVE_PULL`, with its counts) and returns what it did.
    pub async fn finish(self, actor: &PullActor, outcome: AuditOutcome) -> ApiResult<PullSummary> {
        let audited = Audited {
            action: entity::AuditAction::ArchivePull,
            target: Vec::new(),
            parameters: parameters(&self.summary),
        };
        match actor {
            PullActor::Operator(os_user) => {
                audit::record_operator(&self.store, os_user, self.tenant_id, outcome, audited)
                    .await?
            }
            PullActor::System => {
                audit::record_system(&self.store, ARCHIVE_PULL, self.tenant_id, outcome, audited)
                    .await?
            }
        }
        Ok(self.summary)
    }
}

fn parameters(summary: &PullSummary) -> Value {
    audit::parameters([
        ("fromSeq", summary.from_seq.into()),
        ("toSeq", summary.to_seq.into()),
        ("records", summary.records.into()),
        ("imported", summary.imported.into()),
        ("duplicates", summary.duplicates.into()),
        ("rejected", summary.rejected.into()),
        ("alertsRaised", summary.alerts_raised.into()),
        ("mediaFetched", summary.media_fetched.into()),
    ])
}

fn open_sdk(store: &Store, corp_id: &str, credentials: ::wecom::Credentials) -> ApiResult<Sdk> {
    match &store.wecom_options.sdk_lib {
        None => Ok(Sdk::Http(::wecom::finance::HttpFinanceSdk::new(
            store.wecom.clone(),
            credentials,
        ))),
        #[cfg(feature = "wecom-sdk")]
        Some(path) => {
            let secret = credentials_secret(&credentials);
            ::wecom::finance::FfiFinanceSdk::load(path, corp_id, &secret)
                .map(Sdk::Library)
                .map_err(|error| ApiError::Internal(error.to_string()))
        }
        #[cfg(not(feature = "wecom-sdk"))]
        Some(path) => {
            let _ = corp_id;
            Err(ApiError::Internal(format!(
                "--wecom-sdk-lib {} needs a build with the `wecom-sdk` feature (cargo build --release --features wecom-sdk)",
                path.display()
            )))
        }
    }
}

#[cfg(feature = "wecom-sdk")]
fn credentials_secret(credentials: &::wecom::Credentials) -> secrecy::SecretString {
    credentials.secret().clone()
}

/// Queues a pull of the caller's tenant's archive (admins and compliance officers): the job
/// to follow in `jobs`.
pub async fn start(auth: &crate::domain::Authorized) -> ApiResult<jobs::Job> {
    jobs::require_start(auth, JobKind::ArchivePull)?;
    let configured = wecom_settings::Entity::find_by_id(auth.tenant_id())
        .one(auth.db())
        .await?
        .is_some_and(|settings| settings.archive_secret.is_some());
    if !configured {
        return Err(ApiError::Conflict(
            "WeCom's conversation-archive secret is not set: an admin sets it with wecomSettingsUpdate(input: {archiveSecret, archivePrivateKeys})".into(),
        ));
    }
    jobs::enqueue(
        &auth.store,
        auth.tenant_id(),
        JobKind::ArchivePull,
        JobOrigin::Staff(auth),
        None,
    )
    .await
}

/// Queues a pull of the tenant's archive unless one is already waiting: what a
/// `msgaudit_notify` callback and the schedule do.
pub(crate) async fn wake(store: &Store, tenant_id: i64) -> ApiResult<()> {
    jobs::wake(store, tenant_id, JobKind::ArchivePull, ARCHIVE_PULL).await
}

/// Every `every`, wakes the puller of each tenant whose archive secret and a private key are
/// set. Runs for the life of the server.
pub fn schedule(store: Store, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(every);
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        loop {
            interval.tick().await;
            if let Err(error) = wake_configured(&store).await {
                tracing::warn!(%error, "could not queue the scheduled archive pulls");
            }
        }
    })
}

async fn wake_configured(store: &Store) -> ApiResult<()> {
    let configured = wecom_settings::Entity::find()
        .filter(wecom_settings::Column::ArchiveSecret.is_not_null())
        .all(&store.db)
        .await?;
    for settings in configured {
        let has_key = wecom_archive_key::Entity::find()
            .filter(wecom_archive_key::Column::TenantId.eq(settings.tenant_id))
            .count(&store.db)
            .await?
            > 0;
        if has_key {
            wake(store, settings.tenant_id).await?;
        }
    }
    Ok(())
}
