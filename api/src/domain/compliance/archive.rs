//! The compliance archive, as the API exposes it: reads for COMPLIANCE and AUDITOR through the
//! policy, and operator tasks (import, verify, rescan, keys) for the CLI, which hold an
//! [`OperatorAccess`] (the data directory's master key, so trusted like the server itself).

use std::collections::HashMap;

use archive::MasterKey;
use archive::audit::{AuditAction, AuditOutcome};
use archive::import::ImportSink;
use archive::import::{ImportError, ImportOptions, Tally};
use archive::index::{SearchCursor, SearchFilter};
use archive::store::{
    ArchivePage, BatchOutcome, BatchSealer, ConversationSummary, SealedBatch, StoredMessage,
    TenantRewrap, VerifyFinding, VerifyMode, VerifySummary,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::domain::compliance::audit::{self, Audited};
use crate::domain::compliance::party_filter::{self, PartyFilter};
use crate::domain::operator::OperatorAccess;
use crate::domain::policy::{Action, Resource};
use crate::domain::system::SystemActor;
use crate::domain::{Authorized, Store, org::tenants};
use crate::error::{ApiError, ApiResult};

/// An archive search's conditions: those the index checks as given, and the parties it checks
/// once resolved to WeCom ids (`party_filter`).
#[derive(Debug, Clone, Default)]
pub struct MessageFilter {
    pub index: SearchFilter,
    pub parties: Vec<PartyFilter>,
}

impl MessageFilter {
    /// The index's filter, the parties resolved in `tenant_id` at the time of the call.
    pub(crate) async fn resolve(
        self,
        db: &impl sea_orm::ConnectionTrait,
        tenant_id: i64,
    ) -> ApiResult<SearchFilter> {
        let mut index = self.index;
        index
            .participant_sets
            .extend(party_filter::wecom_id_sets(db, tenant_id, &self.parties).await?);
        Ok(index)
    }
}

pub async fn search(
    auth: &Authorized,
    query: &str,
    filter: MessageFilter,
    after: Option<SearchCursor>,
    limit: usize,
) -> ApiResult<ArchivePage> {
    auth.require(Action::Read, Resource::Archive)?;
    let parameters = audit::parameters([
        ("query", query.into()),
        ("filter", filter_parameters(&filter.index, &filter.parties)),
        ("first", limit.into()),
        (
            "after",
            after.map_or(Value::Null, |cursor| {
                audit::parameters([
                    ("sentAtMs", cursor.sent_at_ms.into()),
                    ("id", cursor.id.into()),
                ])
            }),
        ),
    ]);
    let filter = filter.resolve(auth.db(), auth.tenant_id()).await?;
    let page = auth
        .store
        .archive
        .search(auth.tenant_id(), query, filter, after, limit)
        .await?;
    audit::record(
        auth,
        Audited {
            action: AuditAction::ArchiveSearch,
            target: page
                .messages
                .iter()
                .map(|message| message.msgid.clone())
                .collect(),
            parameters,
        },
    )
    .await?;
    Ok(page)
}

/// A search filter as the audit log keeps it (sealed): parties by the ids the caller gave.
fn filter_parameters(filter: &SearchFilter, parties: &[PartyFilter]) -> Value {
    audit::parameters([
        (
            "parties",
            parties.iter().map(PartyFilter::audit_parameter).collect(),
        ),
        ("sentFromMs", filter.sent_from_ms.into()),
        ("sentBeforeMs", filter.sent_before_ms.into()),
        ("sender", filter.sender.clone().into()),
        ("participants", filter.participants.clone().into()),
        ("roomid", filter.roomid.clone().into()),
        ("msgtype", filter.msgtype.clone().into()),
        ("revoked", filter.revoked.into()),
    ])
}

/// Records that `message` was read by `action`, before it is shown.
async fn audit_message_read(
    auth: &Authorized,
    action: AuditAction,
    message: &StoredMessage,
) -> ApiResult<()> {
    audit::record(
        auth,
        Audited {
            action,
            target: vec![message.msgid.clone()],
            parameters: audit::parameters([]),
        },
    )
    .await
}

pub async fn message_by_msgid(auth: &Authorized, msgid: &str) -> ApiResult<StoredMessage> {
    auth.require(Action::Read, Resource::Archive)?;
    let message = auth
        .store
        .archive
        .message_by_msgid(auth.tenant_id(), msgid)
        .await?
        .ok_or(ApiError::NotFound("archive message"))?;
    audit_message_read(auth, AuditAction::ArchiveMessageRead, &message).await?;
    Ok(message)
}

/// Several messages by chain position, for the alerts that quote them: a read of alerts is
/// audited as such (`RISK_ALERTS_READ`, by [`super::risk`]), so this records nothing itself and
/// is not for any other use.
pub(crate) async fn messages_by_seq(
    auth: &Authorized,
    seqs: &[u64],
) -> ApiResult<Vec<StoredMessage>> {
    auth.require(Action::Read, Resource::Archive)?;
    auth.store
        .archive
        .messages_by_seq(auth.tenant_id(), seqs)
        .await
        .map_err(ApiError::from)
}

pub async fn message_by_seq(auth: &Authorized, seq: u64) -> ApiResult<StoredMessage> {
    auth.require(Action::Read, Resource::Archive)?;
    let message = auth
        .store
        .archive
        .messages_by_seq(auth.tenant_id(), &[seq])
        .await?
        .pop()
        .ok_or(ApiError::NotFound("archive message"))?;
    audit_message_read(auth, AuditAction::ArchiveMessageRead, &message).await?;
    Ok(message)
}

/// The message as WeCom delivered it (`ArchiveMessage.raw`), audited as its own read.
pub async fn raw<'a>(auth: &Authorized, message: &'a StoredMessage) -> ApiResult<&'a str> {
    auth.require(Action::Read, Resource::Archive)?;
    audit_message_read(auth, AuditAction::ArchiveRawRead, message).await?;
    Ok(&message.raw)
}

/// Who a WeCom id in the archive is: a staff member (by `wecom_userid`) or a customer (by
/// `external_userid`). Ids nobody matches stay unresolved.
#[derive(Debug, Clone)]
pub enum Party {
    Staff(entity::staff::Model),
    Customer(CustomerIdentity),
}

/// Who a customer is, as archive readers see them: the identity, not the CRM record (tags,
/// follows and notes stay with the CRM roles).
#[derive(Debug, Clone)]
pub struct CustomerIdentity {
    pub id: i64,
    pub external_userid: String,
    pub name: String,
    pub corp_name: Option<String>,
    pub archive_consent: Option<entity::ArchiveConsent>,
}

/// Resolves archive participants' WeCom ids of the caller's tenant (archive roles only), at
/// read time: messages archived before a sync resolve as well as those after.
pub async fn parties(auth: &Authorized, ids: &[String]) -> ApiResult<Vec<(String, Party)>> {
    auth.require(Action::Read, Resource::Archive)?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let staff = entity::staff::Entity::find()
        .filter(entity::staff::Column::TenantId.eq(auth.tenant_id()))
        .filter(entity::staff::Column::WecomUserid.is_in(ids.iter().cloned()))
        .all(auth.db())
        .await?;
    let customers = entity::customer::Entity::find()
        .filter(entity::customer::Column::TenantId.eq(auth.tenant_id()))
        .filter(entity::customer::Column::ExternalUserid.is_in(ids.iter().cloned()))
        .all(auth.db())
        .await?;
    let mut found: Vec<(String, Party)> = customers
        .into_iter()
        .map(|customer| {
            (
                customer.external_userid.clone(),
                Party::Customer(CustomerIdentity {
                    id: customer.id,
                    external_userid: customer.external_userid,
                    name: customer.name,
                    corp_name: customer.corp_name,
                    archive_consent: customer.archive_consent,
                }),
            )
        })
        .collect();
    // A staff member wins over a customer with the same id (WeCom's ids do not collide).
    found.extend(staff.into_iter().filter_map(|member| {
        let userid = member.wecom_userid.clone()?;
        Some((userid, Party::Staff(member)))
    }));
    Ok(found)
}

/// A media file the archive keeps for a message (image, voice, video, file).
#[derive(Debug, Clone)]
pub struct MediaInfo {
    pub id: i64,
    pub content_type: String,
    pub size: i64,
}

/// The key of the media `message` refers to, in the caller's tenant (for
/// [`media_by_file_keys`]); `None` for a message without media.
pub fn media_file_key(auth: &Authorized, message: &StoredMessage) -> Option<Vec<u8>> {
    let reference = archive::pull::MediaRef::of_message(message.raw.as_bytes())?;
    Some(crate::domain::wecom::media::file_key(
        auth.tenant_id(),
        &reference.sdkfileid,
    ))
}

/// The media files the puller fetched among `keys` ([`media_file_key`]), of the caller's
/// tenant, by key, in one query: a key with no file (not fetched, or another tenant's) is
/// absent. Metadata only: reading the messages was audited, and each file's download is
/// audited on its own.
pub async fn media_by_file_keys(
    auth: &Authorized,
    keys: &[Vec<u8>],
) -> ApiResult<HashMap<Vec<u8>, MediaInfo>> {
    auth.require(Action::Read, Resource::Archive)?;
    if keys.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = entity::archive_media::Entity::find()
        .filter(entity::archive_media::Column::TenantId.eq(auth.tenant_id()))
        .filter(entity::archive_media::Column::FileKey.is_in(keys.iter().cloned()))
        .all(auth.db())
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            (
                row.file_key,
                MediaInfo {
                    id: row.id,
                    content_type: row.content_type,
                    size: row.size,
                },
            )
        })
        .collect())
}

/// A media file, opened, for the download endpoint.
pub struct MediaFile {
    pub content_type: String,
    pub bytes: zeroize::Zeroizing<Vec<u8>>,
}

/// Opens media `id` of the caller's tenant for download (archive roles only), recorded as
/// `ARCHIVE_MEDIA_READ` before anything is handed out: a file whose read cannot be recorded is
/// not shown. Another tenant's id is the same `NOT_FOUND` as no id.
pub async fn media_download(auth: &Authorized, id: i64) -> ApiResult<MediaFile> {
    auth.require(Action::Read, Resource::Archive)?;
    let row = entity::archive_media::Entity::find_by_id(id)
        .filter(entity::archive_media::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("media"))?;
    let bytes = crate::domain::wecom::media::read(&auth.store, &row).await?;
    audit::record(
        auth,
        Audited {
            action: AuditAction::ArchiveMediaRead,
            target: vec![audit::row_target("archive_media", row.id)],
            parameters: audit::parameters([("size", row.size.into())]),
        },
    )
    .await?;
    Ok(MediaFile {
        content_type: row.content_type,
        bytes,
    })
}

/// The message with up to `before`/`after` neighbours of its conversation, oldest first.
pub async fn context(
    auth: &Authorized,
    message: &StoredMessage,
    before: u64,
    after: u64,
) -> ApiResult<Vec<StoredMessage>> {
    auth.require(Action::Read, Resource::Archive)?;
    let (earlier, later) = auth
        .store
        .archive
        .context(auth.tenant_id(), message, before, after)
        .await?;
    let mut all = earlier;
    all.push(message.clone());
    all.extend(later);
    audit::record(
        auth,
        Audited {
            action: AuditAction::ArchiveContextRead,
            target: all.iter().map(|shown| shown.msgid.clone()).collect(),
            parameters: audit::parameters([
                ("msgid", message.msgid.clone().into()),
                ("before", before.into()),
                ("after", after.into()),
            ]),
        },
    )
    .await?;
    Ok(all)
}

pub async fn conversations(
    auth: &Authorized,
    offset: u64,
    limit: u64,
) -> ApiResult<(u64, Vec<ConversationSummary>)> {
    auth.require(Action::Read, Resource::Archive)?;
    let (total, conversations) = auth
        .store
        .archive
        .conversations(auth.tenant_id(), offset, limit)
        .await?;
    audit::record(
        auth,
        Audited {
            action: AuditAction::ArchiveConversationsRead,
            target: conversations
                .iter()
                .map(|conversation| conversation.key.clone())
                .collect(),
            parameters: audit::parameters([("offset", offset.into()), ("first", limit.into())]),
        },
    )
    .await?;
    Ok((total, conversations))
}

/// Rescans up to `limit` messages of the system actor's tenant after chain position
/// `after_seq` against its current risk rules (a page of a rescan job's work); `None` when no
/// message follows.
pub async fn rescan_page_as_system(
    system: &SystemActor,
    after_seq: i64,
    limit: u64,
) -> ApiResult<Option<archive::store::RescanPage>> {
    system.require(Action::Read, Resource::Archive)?;
    system.require(Action::Create, Resource::RiskAlert)?;
    system
        .store()
        .archive
        .rescan_page(system.tenant_id(), after_seq, limit)
        .await
        .map_err(ApiError::from)
}

/// Operator tasks of `scrm archive …` and `scrm keys …` on one tenant, addressed by slug.
///
/// Each task leaves an entry in the tenant's audit log with the operator's OS user as actor.
pub struct Operator<'a> {
    access: &'a OperatorAccess,
    store: &'a Store,
    tenant_id: i64,
}

impl<'a> Operator<'a> {
    pub async fn for_tenant(operator: &'a OperatorAccess, slug: &str) -> ApiResult<Self> {
        let store = operator.store();
        let tenant = tenants::for_operator(operator, slug).await?;
        Ok(Operator {
            access: operator,
            store,
            tenant_id: tenant.id,
        })
    }

    async fn audit(
        &self,
        action: AuditAction,
        outcome: AuditOutcome,
        target: Vec<String>,
        parameters: Value,
    ) -> ApiResult<()> {
        let audited = Audited {
            action,
            target,
            parameters,
        };
        audit::record_operator(
            self.store,
            self.access.os_user(),
            self.tenant_id,
            outcome,
            audited,
        )
        .await
    }

    /// Purges the tenant's archive as `request` says (`retention::purge`), recorded as this
    /// operator's `ARCHIVE_PURGE`.
    pub async fn purge(
        &self,
        request: super::retention::PurgeRequest,
        progress: impl FnMut(archive::purge::PurgeProgress),
    ) -> ApiResult<super::retention::PurgeDone> {
        let tenant = entity::tenant::Entity::find_by_id(self.tenant_id)
            .one(&self.store.db)
            .await?
            .ok_or(ApiError::NotFound("tenant"))?;
        super::retention::purge(
            self.store,
            self.access.signer(),
            &tenant,
            request,
            super::retention::PurgeActor::Operator(self.access.os_user()),
            progress,
        )
        .await
    }

    /// Pulls the tenant's new messages from WeCom (`wecom::pull`) until WeCom has nothing
    /// more, recorded as this operator's `ARCHIVE_PULL`; `progress` after each step. On an
    /// error, what was pulled before it comes back with it.
    pub async fn pull(
        &self,
        page_size: u32,
        mut progress: impl FnMut(&crate::domain::wecom::pull::PullSummary),
    ) -> Result<
        crate::domain::wecom::pull::PullSummary,
        (crate::domain::wecom::pull::PullSummary, ApiError),
    > {
        use crate::domain::wecom::pull::{PullActor, Puller};
        let actor = PullActor::Operator(self.access.os_user().to_string());
        let mut puller = Puller::open(self.store, self.tenant_id)
            .await
            .map_err(|error| (Default::default(), error))?
            .with_page_size(page_size);
        loop {
            match puller.step().await {
                Ok(caught_up) => {
                    progress(puller.summary());
                    if caught_up {
                        break;
                    }
                }
                Err(error) => {
                    let summary = puller.summary().clone();
                    if let Err(audit_error) = puller.finish(&actor, AuditOutcome::Failed).await {
                        return Err((summary, audit_error));
                    }
                    return Err((summary, error));
                }
            }
        }
        let summary = puller.summary().clone();
        puller
            .finish(&actor, AuditOutcome::Success)
            .await
            .map_err(|error| (summary, error))
    }

    /// The tenant's time zone (dates an operator types are the tenant's dates).
    pub async fn time_zone(&self) -> ApiResult<crate::domain::org::time_zone::TenantTimeZone> {
        let tenant = entity::tenant::Entity::find_by_id(self.tenant_id)
            .one(&self.store.db)
            .await?
            .ok_or(ApiError::NotFound("tenant"))?;
        crate::domain::org::time_zone::TenantTimeZone::stored(&tenant.time_zone)
    }

    /// Imports `lines` (`archive::import`), then records the import with its tally.
    pub async fn import<L>(
        &self,
        lines: L,
        options: &ImportOptions,
        progress: impl FnMut(&Tally),
    ) -> Result<Tally, ImportError<ApiError>>
    where
        L: IntoIterator<Item = std::io::Result<Vec<u8>>>,
        L::IntoIter: Send + 'static,
    {
        let tally = archive::import::run(self, lines, options, progress).await?;
        let parameters = audit::parameters([
            ("source", options.source_name.clone().into()),
            ("lines", tally.lines.into()),
            ("imported", tally.imported.into()),
            ("duplicates", tally.duplicates.into()),
            ("expired", tally.expired.into()),
            ("rejected", (tally.rejected.len() as u64).into()),
            ("alertsRaised", tally.alerts_raised.into()),
        ]);
        self.audit(
            AuditAction::ArchiveImport,
            AuditOutcome::Success,
            Vec::new(),
            parameters,
        )
        .await
        .map_err(ImportError::Sink)?;
        if self.store.db.get_database_backend() == DbBackend::Sqlite {
            // An import leaves up to the bulk writer's checkpoint interval of WAL behind (64 MiB
            // and more); copy it into the database file and cut the WAL back, so the disk holds
            // the archive once. Best effort: a reader of the server's may hold some frames.
            if let Err(error) = self
                .store
                .db
                .execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
                .await
            {
                tracing::warn!(%error, "WAL checkpoint after the import failed");
            }
        }
        Ok(tally)
    }

    /// A sealer for this tenant's batches (CPU work, for another thread).
    pub async fn sealer(&self) -> ApiResult<BatchSealer> {
        self.store
            .archive
            .sealer(self.tenant_id)
            .await
            .map_err(ApiError::from)
    }

    /// Writes a batch sealed by `sealer`.
    pub async fn ingest_sealed(&self, source: &str, batch: SealedBatch) -> ApiResult<BatchOutcome> {
        if batch.tenant_id() != self.tenant_id {
            return Err(ApiError::Internal(
                "a batch sealed for another tenant".to_string(),
            ));
        }
        self.store
            .archive
            .ingest_sealed(source, batch)
            .await
            .map_err(ApiError::from)
    }

    /// Makes the import searchable and releases the index writer.
    pub async fn finish_import(&self) -> ApiResult<()> {
        self.store
            .archive
            .finish_ingest(self.tenant_id)
            .await
            .map_err(ApiError::from)
    }

    pub async fn rescan(
        &self,
        progress: impl FnMut(archive::store::RescanProgress),
    ) -> ApiResult<archive::store::RescanProgress> {
        let done = self.store.archive.rescan(self.tenant_id, progress).await?;
        let parameters = audit::parameters([
            ("scanned", done.scanned.into()),
            ("newAlerts", done.new_alerts.into()),
        ]);
        self.audit(
            AuditAction::ArchiveRescan,
            AuditOutcome::Success,
            Vec::new(),
            parameters,
        )
        .await?;
        Ok(done)
    }

    pub async fn verify(
        &self,
        mode: VerifyMode,
        progress: impl FnMut(u64),
    ) -> ApiResult<Result<VerifySummary, VerifyFinding>> {
        let result = self
            .store
            .archive
            .verify(self.tenant_id, mode, self.access.signer(), progress)
            .await?;
        let (outcome, verified) = match &result {
            Ok(summary) => (AuditOutcome::Success, Some(summary.verified)),
            Err(_) => (AuditOutcome::Failed, None),
        };
        let parameters = audit::parameters([
            ("mode", format!("{mode:?}").into()),
            ("verified", verified.into()),
        ]);
        // A verify shows no content, and its finding matters most when the archive is damaged
        // — possibly so badly that no entry can be sealed (its keys gone): then the finding is
        // still reported, and the failed entry is logged.
        if let Err(error) = self
            .audit(AuditAction::ArchiveVerify, outcome, Vec::new(), parameters)
            .await
        {
            tracing::error!(error = %error, "the verify's audit entry could not be written");
        }
        Ok(result)
    }

    /// A page of messages matching `query`, newest first, continuing after `after` (the
    /// previous page's `next_cursor`).
    pub async fn search(
        &self,
        query: &str,
        after: Option<SearchCursor>,
        limit: usize,
    ) -> ApiResult<ArchivePage> {
        let page = self
            .store
            .archive
            .search(self.tenant_id, query, SearchFilter::default(), after, limit)
            .await?;
        let target = page
            .messages
            .iter()
            .map(|message| message.msgid.clone())
            .collect();
        let parameters = audit::parameters([
            ("query", query.into()),
            ("first", limit.into()),
            ("after", after.is_some().into()),
        ]);
        self.audit(
            AuditAction::OperatorSearch,
            AuditOutcome::Success,
            target,
            parameters,
        )
        .await?;
        Ok(page)
    }

    /// Brings the tenant's search index up to date with the database (rebuilding it when its
    /// directory is gone); the number of messages it then holds.
    pub async fn sync_index(&self) -> ApiResult<u64> {
        self.store
            .archive
            .sync_index(self.tenant_id)
            .await
            .map_err(ApiError::from)
    }

    /// Where the archive and its search index stand.
    pub async fn index_status(&self) -> ApiResult<archive::store::IndexStatus> {
        self.store
            .archive
            .index_status(self.tenant_id)
            .await
            .map_err(ApiError::from)
    }

    pub async fn rotate_key(&self) -> ApiResult<u32> {
        let version = self.store.archive.rotate_key(self.tenant_id).await?;
        self.audit(
            AuditAction::KeyRotate,
            AuditOutcome::Success,
            Vec::new(),
            audit::parameters([("version", version.into())]),
        )
        .await?;
        Ok(version)
    }
}

/// Re-wraps every tenant's data keys under `new_master`. Each tenant's log gets one
/// `KEY_REWRAP` entry by the operator, written in the re-wrap's own transaction (all keys and
/// all entries commit together, or nothing does), naming both master keys by fingerprint only.
pub async fn rewrap_all_keys(
    operator: &OperatorAccess,
    new_master: MasterKey,
) -> ApiResult<Vec<TenantRewrap>> {
    let os_user = operator.os_user();
    operator
        .store()
        .archive
        .rewrap_keys(new_master, |share| {
            audit::operator_record(
                os_user,
                AuditOutcome::Success,
                Audited {
                    action: AuditAction::KeyRewrap,
                    target: Vec::new(),
                    parameters: audit::parameters([
                        (
                            "oldMasterKeyFingerprint",
                            share.old_master_fingerprint.clone().into(),
                        ),
                        (
                            "newMasterKeyFingerprint",
                            share.new_master_fingerprint.clone().into(),
                        ),
                        ("dataKeys", share.keys.into()),
                    ]),
                },
            )
        })
        .await
        .map_err(ApiError::from)
}

/// `archive::import` writes an operator's import through the tenant's [`Operator`].
impl ImportSink for Operator<'_> {
    type Error = ApiError;

    async fn sealer(&self) -> ApiResult<BatchSealer> {
        Operator::sealer(self).await
    }

    async fn write(&self, source_name: &str, batch: SealedBatch) -> ApiResult<BatchOutcome> {
        self.ingest_sealed(source_name, batch).await
    }

    async fn finish(&self) -> ApiResult<()> {
        self.finish_import().await
    }
}
