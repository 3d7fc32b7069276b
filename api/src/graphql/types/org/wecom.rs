//! The tenant's WeCom settings as admins see them: never a secret, only whether it is set.

use async_graphql::SimpleObject;
use chrono::{DateTime, Utc};

use crate::domain::wecom::settings::WecomSettingsView;

/// How scrm reaches the tenant's WeCom corp (admins only). Secrets are write-only: the fields
/// ending in `Set` say whether one is stored.
#[derive(SimpleObject)]
pub struct WecomSettings {
    /// The corp id (企业ID), `ww…`.
    pub corp_id: String,
    /// The self-built app's AgentId, if set.
    pub agent_id: Option<i64>,
    /// The URL to paste into WeCom's console as the callback URL (接收事件服务器 URL), under
    /// the server's `--public-url`.
    pub callback_url: String,
    pub contact_secret_set: bool,
    pub archive_secret_set: bool,
    /// Whether both the callback Token and EncodingAESKey are set.
    pub callback_configured: bool,
    /// Versions of the archive public keys whose private keys scrm holds.
    pub archive_key_versions: Vec<i32>,
    pub updated_at: DateTime<Utc>,
}

impl From<WecomSettingsView> for WecomSettings {
    fn from(view: WecomSettingsView) -> Self {
        WecomSettings {
            corp_id: view.corp_id,
            agent_id: view.agent_id,
            callback_url: view.callback_url,
            contact_secret_set: view.contact_secret_set,
            archive_secret_set: view.archive_secret_set,
            callback_configured: view.callback_configured,
            archive_key_versions: view.archive_key_versions,
            updated_at: view.updated_at,
        }
    }
}
