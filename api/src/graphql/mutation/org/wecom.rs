use async_graphql::{Context, InputObject, Object};
use secrecy::SecretString;

use crate::domain::wecom::pull;
use crate::domain::wecom::settings::{self, ArchivePrivateKeyInput, WecomSettingsUpdate};
use crate::graphql::authorized;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{Job, WecomSettings};

#[derive(Default)]
pub struct WecomMutation;

/// What to change; absent fields stay as they are. Secrets are stored sealed and never shown
/// again.
#[derive(InputObject)]
pub struct WecomSettingsUpdateInput {
    /// The corp id (企业ID); required the first time.
    pub corp_id: Option<String>,
    /// The self-built app's AgentId.
    pub agent_id: Option<i64>,
    /// The customer-contact (客户联系) secret: contacts, customers, tags, groups.
    pub contact_secret: Option<String>,
    /// The conversation-archive (会话内容存档) secret.
    pub archive_secret: Option<String>,
    /// The callback Token and EncodingAESKey from the same console page as the callback URL.
    pub callback_token: Option<String>,
    pub callback_encoding_aes_key: Option<String>,
    /// Archive private keys to add, or to replace (same version).
    pub archive_private_keys: Option<Vec<ArchivePrivateKey>>,
}

/// One archive private key: the public key's version in WeCom's console and the RSA private
/// key (PEM, PKCS#1 or PKCS#8, 2048 bits or more).
#[derive(InputObject)]
pub struct ArchivePrivateKey {
    pub version: i32,
    pub pem: String,
}

payload!(WecomSettingsPayload {
    wecom_settings: WecomSettings
});

#[Object]
impl WecomMutation {
    /// Connects your tenant to its WeCom corp, or changes how (admins only). Recorded in the
    /// audit log (`WECOM_SETTINGS_CHANGE`, with the fields changed, never their values).
    async fn wecom_settings_update(
        &self,
        ctx: &Context<'_>,
        input: WecomSettingsUpdateInput,
    ) -> async_graphql::Result<Option<WecomSettingsPayload>> {
        let auth = authorized(ctx)?;
        let secret = |value: Option<String>| value.map(SecretString::from);
        let update = WecomSettingsUpdate {
            corp_id: input.corp_id,
            agent_id: input.agent_id,
            contact_secret: secret(input.contact_secret),
            archive_secret: secret(input.archive_secret),
            callback_token: secret(input.callback_token),
            callback_encoding_aes_key: secret(input.callback_encoding_aes_key),
            archive_private_keys: input
                .archive_private_keys
                .unwrap_or_default()
                .into_iter()
                .map(|key| ArchivePrivateKeyInput {
                    version: key.version,
                    pem: SecretString::from(key.pem),
                })
                .collect(),
        };
        respond(
            settings::update(auth, update)
                .await
                .map(WecomSettings::from),
        )
    }

    /// Pulls new messages from WeCom's conversation archive in the background (ADMIN,
    /// COMPLIANCE): from where the last pull stopped, into the archive (scanned, sealed,
    /// chained, exactly once). Follow it with `job(id:)`. The server also pulls every few
    /// minutes and when WeCom announces new messages (`msgaudit_notify`).
    async fn wecom_archive_pull_start(&self, ctx: &Context<'_>) -> async_graphql::Result<Job> {
        let auth = authorized(ctx)?;
        Ok(Job(pull::start(auth).await.gql()?))
    }
}
