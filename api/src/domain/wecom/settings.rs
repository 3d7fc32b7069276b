//! The tenant's WeCom settings: the corp, its app, and the secrets scrm calls WeCom with.
//!
//! Admins set them (`wecomSettingsUpdate`); nobody reads a secret back: the view says only
//! whether each is set. Secrets and archive private keys are sealed under the tenant's data key
//! like archive content, each bound to its field; changes are audited by field name, never by
//! value.

use ::wecom::callback::CallbackCrypto;
use archive::pull::keys::parse_private_key_pem;
use archive::store::NoteBinding;
use chrono::{DateTime, Utc};
use entity::{tenant, wecom_archive_key, wecom_settings};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, NotSet, QueryFilter, QueryOrder, Set};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

use crate::domain::compliance::audit::{self, Audited};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::Problems;
use crate::domain::{Authorized, now};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// Field names as the sealed blobs' bindings spell them. Stable: changing one makes the stored
/// secret unreadable.
pub(crate) const CONTACT_SECRET: &str = "contact_secret";
pub(crate) const ARCHIVE_SECRET: &str = "archive_secret";
pub(crate) const CALLBACK_TOKEN: &str = "callback_token";
pub(crate) const CALLBACK_AES_KEY: &str = "callback_aes_key";

/// RSA keys below this size are refused: WeCom's console itself asks for 2048 bits.
const MIN_ARCHIVE_KEY_BITS: usize = 2048;

/// The settings as admins see them: ids, and which secrets are set.
#[derive(Debug, Clone)]
pub struct WecomSettingsView {
    pub corp_id: String,
    pub agent_id: Option<i64>,
    /// The URL to paste into WeCom's console as the callback URL.
    pub callback_url: String,
    pub contact_secret_set: bool,
    pub archive_secret_set: bool,
    pub callback_configured: bool,
    /// The public key versions whose private keys scrm holds, ascending.
    pub archive_key_versions: Vec<i32>,
    pub updated_at: DateTime<Utc>,
}

/// What to change; `None` leaves a field as it is.
#[derive(Default)]
pub struct WecomSettingsUpdate {
    pub corp_id: Option<String>,
    pub agent_id: Option<i64>,
    pub contact_secret: Option<SecretString>,
    pub archive_secret: Option<SecretString>,
    pub callback_token: Option<SecretString>,
    pub callback_encoding_aes_key: Option<SecretString>,
    /// Added, or replacing the key of the same version.
    pub archive_private_keys: Vec<ArchivePrivateKeyInput>,
}

pub struct ArchivePrivateKeyInput {
    pub version: i32,
    pub pem: SecretString,
}

/// The caller's tenant's settings, `None` before WeCom is configured (admins only).
pub async fn get(auth: &Authorized) -> ApiResult<Option<WecomSettingsView>> {
    auth.require(Action::Read, Resource::WecomSettings)?;
    let Some(row) = wecom_settings::Entity::find_by_id(auth.tenant_id())
        .one(auth.db())
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(view(auth, row).await?))
}

async fn view(auth: &Authorized, row: wecom_settings::Model) -> ApiResult<WecomSettingsView> {
    let versions = wecom_archive_key::Entity::find()
        .filter(wecom_archive_key::Column::TenantId.eq(auth.tenant_id()))
        .order_by_asc(wecom_archive_key::Column::Version)
        .all(auth.db())
        .await?
        .into_iter()
        .map(|key| key.version)
        .collect();
    let tenant = tenant::Entity::find_by_id(auth.tenant_id())
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("tenant"))?;
    let base = auth.store.wecom_options.public_url.as_deref().unwrap_or("");
    Ok(WecomSettingsView {
        corp_id: row.corp_id,
        agent_id: row.agent_id,
        callback_url: format!(
            "{}/wecom/callback/{}",
            base.trim_end_matches('/'),
            tenant.slug
        ),
        contact_secret_set: row.contact_secret.is_some(),
        archive_secret_set: row.archive_secret.is_some(),
        callback_configured: row.callback_token.is_some() && row.callback_aes_key.is_some(),
        archive_key_versions: versions,
        updated_at: row.updated_at,
    })
}

/// Validated input: every problem is reported at its field, and nothing changes unless all
/// of it is valid.
struct Checked {
    corp_id: Option<String>,
    /// (field, value) of each secret given.
    secrets: Vec<(&'static str, SecretString)>,
    /// (version, PEM, public key PEM, bits).
    keys: Vec<(i32, SecretString, String, i32)>,
}

fn check(input: &WecomSettingsUpdate, first_time: bool) -> ApiResult<Checked> {
    let mut problems = Problems::default();
    let corp_id = match &input.corp_id {
        Some(raw) => problems.check(corp_id(raw)),
        None if first_time => {
            problems.push(FieldError::new(
                &["input", "corpId"],
                ErrorCode::BadUserInput,
                "corpId is required the first time: WeCom's admin console shows it under My Company (我的企业) as 企业ID",
            ));
            None
        }
        None => None,
    };
    if let Some(agent_id) = input.agent_id
        && agent_id <= 0
    {
        problems.push(FieldError::new(
            &["input", "agentId"],
            ErrorCode::BadUserInput,
            "agentId is the self-built app's AgentId, a positive number",
        ));
    }
    let mut secrets = Vec::new();
    for (field, graphql_name, value) in [
        (CONTACT_SECRET, "contactSecret", &input.contact_secret),
        (ARCHIVE_SECRET, "archiveSecret", &input.archive_secret),
        (CALLBACK_TOKEN, "callbackToken", &input.callback_token),
        (
            CALLBACK_AES_KEY,
            "callbackEncodingAesKey",
            &input.callback_encoding_aes_key,
        ),
    ] {
        let Some(value) = value else { continue };
        if let Some(secret) = problems.check(secret(graphql_name, value)) {
            secrets.push((field, secret));
        }
    }
    if let Some(key) = &input.callback_encoding_aes_key {
        let probe = CallbackCrypto::new(SecretString::from("probe"), key, String::new());
        if probe.is_err() {
            problems.push(FieldError::new(
                &["input", "callbackEncodingAesKey"],
                ErrorCode::BadUserInput,
                "the EncodingAESKey is the 43 characters WeCom's console generates beside the callback Token",
            ));
        }
    }
    if let Some(token) = &input.callback_token {
        let token = token.expose_secret();
        let valid =
            (3..=32).contains(&token.len()) && token.chars().all(|c| c.is_ascii_alphanumeric());
        if !valid {
            problems.push(FieldError::new(
                &["input", "callbackToken"],
                ErrorCode::BadUserInput,
                "the callback Token is 3 to 32 letters and digits, as WeCom's console generates it",
            ));
        }
    }
    let mut keys = Vec::new();
    for (index, key) in input.archive_private_keys.iter().enumerate() {
        let index = index.to_string();
        let field = ["input", "archivePrivateKeys", index.as_str()];
        if !(1..=100_000).contains(&key.version) {
            problems.push(FieldError::new(
                &[&field[..], &["version"]].concat(),
                ErrorCode::BadUserInput,
                "version is the public key's version (公钥版本号) in WeCom's console, 1 or more",
            ));
            continue;
        }
        let repeated = input.archive_private_keys[..index.parse::<usize>().unwrap_or(0)]
            .iter()
            .any(|earlier| earlier.version == key.version);
        if repeated {
            problems.push(FieldError::new(
                &[&field[..], &["version"]].concat(),
                ErrorCode::BadUserInput,
                format!("version {} is given twice", key.version),
            ));
            continue;
        }
        match parse_private_key_pem(key.pem.expose_secret()) {
            Err(error) => problems.push(FieldError::new(
                &[&field[..], &["pem"]].concat(),
                ErrorCode::BadUserInput,
                format!("{error}; give the RSA private key in PEM (PKCS#1 or PKCS#8, unencrypted)"),
            )),
            Ok(parsed) if parsed.bits() < MIN_ARCHIVE_KEY_BITS => problems.push(FieldError::new(
                &[&field[..], &["pem"]].concat(),
                ErrorCode::BadUserInput,
                format!(
                    "the key has {} bits; WeCom's archive needs {MIN_ARCHIVE_KEY_BITS} or more",
                    parsed.bits()
                ),
            )),
            Ok(parsed) => keys.push((
                key.version,
                key.pem.clone(),
                parsed.public_key_pem().to_string(),
                i32::try_from(parsed.bits()).unwrap_or(i32::MAX),
            )),
        }
    }
    problems.into_result()?;
    Ok(Checked {
        corp_id,
        secrets,
        keys,
    })
}

fn corp_id(raw: &str) -> Result<String, FieldError> {
    let trimmed = raw.trim();
    let valid = (4..=64).contains(&trimmed.len())
        && trimmed
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !valid {
        return Err(FieldError::new(
            &["input", "corpId"],
            ErrorCode::BadUserInput,
            "corpId is the 企业ID from WeCom's admin console (letters and digits, e.g. ww1234567890abcdef)",
        ));
    }
    Ok(trimmed.to_string())
}

fn secret(graphql_name: &str, value: &SecretString) -> Result<SecretString, FieldError> {
    let text = value.expose_secret().trim();
    let valid = (1..=512).contains(&text.len()) && !text.chars().any(char::is_control);
    if !valid {
        return Err(FieldError::new(
            &["input", graphql_name],
            ErrorCode::BadUserInput,
            format!(
                "{graphql_name} must be 1 to 512 characters without line breaks, copied from WeCom's admin console"
            ),
        ));
    }
    Ok(SecretString::from(text.to_string()))
}

/// Changes the caller's tenant's WeCom settings (admins only), sealed, in one transaction with
/// its audit entry (`WECOM_SETTINGS_CHANGE`, naming the fields changed).
pub async fn update(auth: &Authorized, input: WecomSettingsUpdate) -> ApiResult<WecomSettingsView> {
    auth.require(Action::Update, Resource::WecomSettings)?;
    let tenant_id = auth.tenant_id();
    let existing = wecom_settings::Entity::find_by_id(tenant_id)
        .one(auth.db())
        .await?;
    let checked = check(&input, existing.is_none())?;
    let mut changed: Vec<Value> = Vec::new();
    let mut row = match existing.clone() {
        Some(row) => row.into(),
        None => wecom_settings::ActiveModel {
            tenant_id: Set(tenant_id),
            contact_secret: Set(None),
            archive_secret: Set(None),
            callback_token: Set(None),
            callback_aes_key: Set(None),
            agent_id: Set(None),
            ..Default::default()
        },
    };
    if let Some(corp_id) = checked.corp_id {
        changed.push("corpId".into());
        row.corp_id = Set(corp_id);
    }
    if let Some(agent_id) = input.agent_id {
        changed.push("agentId".into());
        row.agent_id = Set(Some(agent_id));
    }
    let archive = &auth.store.archive;
    for (field, secret) in &checked.secrets {
        let sealed = archive
            .seal_note(
                tenant_id,
                NoteBinding::WecomSecret { field },
                secret.expose_secret(),
            )
            .await?;
        changed.push(graphql_name(field).into());
        match *field {
            CONTACT_SECRET => row.contact_secret = Set(Some(sealed)),
            ARCHIVE_SECRET => row.archive_secret = Set(Some(sealed)),
            CALLBACK_TOKEN => row.callback_token = Set(Some(sealed)),
            _ => row.callback_aes_key = Set(Some(sealed)),
        }
    }
    row.updated_at = Set(now());
    let mut sealed_keys = Vec::with_capacity(checked.keys.len());
    for (version, pem, public_key_pem, bits) in checked.keys {
        let sealed = archive
            .seal_note(
                tenant_id,
                NoteBinding::WecomArchiveKey { version },
                pem.expose_secret(),
            )
            .await?;
        changed.push(format!("archivePrivateKeys:{version}").into());
        sealed_keys.push((version, sealed, public_key_pem, bits));
    }

    let transaction = entity::begin_write(auth.db()).await?;
    let saved = match existing {
        Some(_) => row.update(&transaction).await?,
        None => row.insert(&transaction).await?,
    };
    for (version, sealed, public_key_pem, bits) in sealed_keys {
        let current = wecom_archive_key::Entity::find()
            .filter(wecom_archive_key::Column::TenantId.eq(tenant_id))
            .filter(wecom_archive_key::Column::Version.eq(version))
            .one(&transaction)
            .await?;
        let mut key: wecom_archive_key::ActiveModel = match current {
            Some(current) => current.into(),
            None => wecom_archive_key::ActiveModel {
                id: NotSet,
                tenant_id: Set(tenant_id),
                version: Set(version),
                ..Default::default()
            },
        };
        key.sealed_pem = Set(sealed);
        key.public_key_pem = Set(public_key_pem);
        key.bits = Set(bits);
        key.created_at = Set(now());
        key.save(&transaction).await?;
    }
    audit::record_within(
        auth,
        &transaction,
        Audited {
            action: entity::AuditAction::WecomSettingsChange,
            target: vec![audit::row_target("wecom_settings", tenant_id)],
            parameters: audit::parameters([("changed", Value::Array(changed))]),
        },
    )
    .await?;
    transaction.commit().await?;
    view(auth, saved).await
}

fn graphql_name(field: &str) -> &'static str {
    match field {
        CONTACT_SECRET => "contactSecret",
        ARCHIVE_SECRET => "archiveSecret",
        CALLBACK_TOKEN => "callbackToken",
        _ => "callbackEncodingAesKey",
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn corp_ids_are_checked() {
        assert_eq!(
            corp_id(" ww1234567890abcdef ").ok().as_deref(),
            Some("ww1234567890abcdef")
        );
        for bad in ["", "ww", "ww 12345", "ww12345678;drop", &"w".repeat(65)] {
            assert!(corp_id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn nothing_is_valid_without_a_corp_the_first_time_and_errors_never_echo_secrets() {
        let input = WecomSettingsUpdate {
            contact_secret: Some(SecretString::from("line\nbreak-secret")),
            callback_encoding_aes_key: Some(SecretString::from("too-short-key")),
            ..WecomSettingsUpdate::default()
        };
        let Err(ApiError::Invalid(problems)) = check(&input, true) else {
            panic!("invalid input accepted");
        };
        let fields: Vec<String> = problems.iter().map(|p| p.field.join(".")).collect();
        assert!(fields.contains(&"input.corpId".to_string()), "{fields:?}");
        assert!(
            fields.contains(&"input.contactSecret".to_string()),
            "{fields:?}"
        );
        assert!(
            fields.contains(&"input.callbackEncodingAesKey".to_string()),
            "{fields:?}"
        );
        for problem in &problems {
            assert!(!problem.message.contains("break-secret"));
            assert!(!problem.message.contains("too-short-key"));
        }
    }
}
