//! WeCom integration: the tenant's corp settings (`settings`), syncing the corp's people,
//! customers, tags and groups (`sync`), callbacks (`callbacks` receives and verifies, `events`
//! applies them on the job runner), and pulling the conversation archive (`pull`).
//!
//! Calls go through the `wecom` crate's client (one per store, so every tenant's tokens are
//! cached in one place); the secrets they need are opened here, from the sealed settings, and
//! only for system work or the admin who changes them.

pub(crate) mod apply;
pub mod callbacks;
pub mod events;
pub(crate) mod media;
pub mod pull;
pub mod settings;
pub mod sync;

use ::wecom::Credentials;
use ::wecom::callback::CallbackCrypto;
use archive::pull::keys::PrivateKeyRing;
use archive::store::NoteBinding;
use entity::{wecom_archive_key, wecom_settings};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use secrecy::SecretString;

use super::Store;
use crate::error::{ApiError, ApiResult};

/// A tenant's WeCom connection with its secrets opened, for system work.
pub(crate) struct Connection {
    pub corp_id: String,
    /// The customer-contact app (contacts, external contacts, tags, groups).
    pub contacts: Option<Credentials>,
    /// The conversation-archive app (`finance/*`, `msgaudit/*`).
    pub archive: Option<Credentials>,
    pub callback: Option<CallbackCrypto>,
}

impl Connection {
    /// The customer-contact credentials, or an error that says what to configure.
    pub fn contacts(&self) -> ApiResult<&Credentials> {
        self.contacts.as_ref().ok_or_else(|| {
            ApiError::Conflict(
                "WeCom's customer-contact secret is not set: an admin sets it with wecomSettingsUpdate(input: {contactSecret})".into(),
            )
        })
    }

    /// The conversation-archive credentials, or an error that says what to configure.
    pub fn archive(&self) -> ApiResult<&Credentials> {
        self.archive.as_ref().ok_or_else(|| {
            ApiError::Conflict(
                "WeCom's conversation-archive secret is not set: an admin sets it with wecomSettingsUpdate(input: {archiveSecret})".into(),
            )
        })
    }
}

/// The tenant's connection, or `None` when WeCom is not configured for it.
pub(crate) async fn connection(store: &Store, tenant_id: i64) -> ApiResult<Option<Connection>> {
    let Some(row) = wecom_settings::Entity::find_by_id(tenant_id)
        .one(&store.db)
        .await?
    else {
        return Ok(None);
    };
    let open = |field: &'static str, blob: Option<Vec<u8>>| async move {
        match blob {
            None => Ok::<_, ApiError>(None),
            Some(blob) => Ok(Some(SecretString::from(
                store
                    .archive
                    .open_note(tenant_id, NoteBinding::WecomSecret { field }, &blob)
                    .await?,
            ))),
        }
    };
    let contact_secret = open(settings::CONTACT_SECRET, row.contact_secret).await?;
    let archive_secret = open(settings::ARCHIVE_SECRET, row.archive_secret).await?;
    let callback_token = open(settings::CALLBACK_TOKEN, row.callback_token).await?;
    let callback_key = open(settings::CALLBACK_AES_KEY, row.callback_aes_key).await?;
    let callback = match (callback_token, callback_key) {
        (Some(token), Some(key)) => Some(
            CallbackCrypto::new(token, &key, row.corp_id.clone()).map_err(|error| {
                ApiError::Internal(format!("stored callback settings: {error}"))
            })?,
        ),
        _ => None,
    };
    let credentials = |secret: Option<SecretString>| {
        secret.map(|secret| Credentials::new(row.corp_id.clone(), secret))
    };
    Ok(Some(Connection {
        contacts: credentials(contact_secret),
        archive: credentials(archive_secret),
        corp_id: row.corp_id,
        callback,
    }))
}

/// The tenant's archive private keys, every version, opened.
pub(crate) async fn archive_keys(store: &Store, tenant_id: i64) -> ApiResult<PrivateKeyRing> {
    let rows = wecom_archive_key::Entity::find()
        .filter(wecom_archive_key::Column::TenantId.eq(tenant_id))
        .order_by_asc(wecom_archive_key::Column::Version)
        .all(&store.db)
        .await?;
    let mut pems = Vec::with_capacity(rows.len());
    for row in rows {
        let pem = store
            .archive
            .open_note(
                tenant_id,
                NoteBinding::WecomArchiveKey {
                    version: row.version,
                },
                &row.sealed_pem,
            )
            .await?;
        pems.push((
            u32::try_from(row.version).unwrap_or(0),
            zeroize::Zeroizing::new(pem),
        ));
    }
    PrivateKeyRing::from_pems(pems.iter().map(|(version, pem)| (*version, pem.as_str())))
        .map_err(|error| ApiError::Internal(format!("stored archive keys: {error}")))
}
