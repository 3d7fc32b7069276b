//! The conversation-archive SDK's surface, whoever implements it.

use zeroize::Zeroizing;

/// One record of `GetChatData`: a message sealed for the tenant.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct EncryptedChat {
    pub seq: u64,
    pub msgid: String,
    /// The version of the tenant's archive public key the random key is sealed under.
    pub publickey_ver: u32,
    /// base64 of RSA PKCS#1 v1.5 of the message's random key.
    pub encrypt_random_key: String,
    /// The message, sealed with the random key (how depends on the SDK: `DecryptData` knows).
    pub encrypt_chat_msg: String,
}

/// One chunk of `GetMediaData`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaChunk {
    pub data: Vec<u8>,
    /// Where the next chunk starts (`indexbuf` of the next call).
    pub next_index: String,
    pub is_finish: bool,
}

/// The SDK's documented error codes (10000–10011).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SdkErrorKind {
    /// 10000: a parameter of the call is wrong.
    InvalidParameter,
    /// 10001: network error.
    Network,
    /// 10002: the answer could not be parsed.
    DataParse,
    /// 10003: system failure.
    SystemFailure,
    /// 10004: encryption failed because of the key.
    EncryptKey,
    /// 10005: the sdkfileid is wrong.
    FileId,
    /// 10006: decryption failed.
    Decrypt,
    /// 10007: WeCom has no private key for the message's encryption version.
    KeyVersionMissing,
    /// 10008: `encrypt_key` could not be parsed.
    EncryptKeyParse,
    /// 10009: the calling address is not on the corp's allow-list.
    IpNotAllowed,
    /// 10010: the data has expired.
    DataExpired,
    /// 10011: certificate error.
    Certificate,
}

impl SdkErrorKind {
    pub fn from_code(code: i64) -> Option<Self> {
        Some(match code {
            10000 => SdkErrorKind::InvalidParameter,
            10001 => SdkErrorKind::Network,
            10002 => SdkErrorKind::DataParse,
            10003 => SdkErrorKind::SystemFailure,
            10004 => SdkErrorKind::EncryptKey,
            10005 => SdkErrorKind::FileId,
            10006 => SdkErrorKind::Decrypt,
            10007 => SdkErrorKind::KeyVersionMissing,
            10008 => SdkErrorKind::EncryptKeyParse,
            10009 => SdkErrorKind::IpNotAllowed,
            10010 => SdkErrorKind::DataExpired,
            10011 => SdkErrorKind::Certificate,
            _ => return None,
        })
    }

    /// Network, parse and system failures pass; retrying the others changes nothing.
    pub fn is_transient(self) -> bool {
        matches!(
            self,
            SdkErrorKind::Network | SdkErrorKind::DataParse | SdkErrorKind::SystemFailure
        )
    }

    fn what_to_do(self) -> &'static str {
        match self {
            SdkErrorKind::InvalidParameter => "a parameter of the call is wrong",
            SdkErrorKind::Network => "network error; retried with back-off",
            SdkErrorKind::DataParse => "WeCom's answer could not be parsed; retried",
            SdkErrorKind::SystemFailure => "WeCom system failure; retried",
            SdkErrorKind::EncryptKey => "encryption failed: check the archive key pair",
            SdkErrorKind::FileId => "the media's sdkfileid is wrong",
            SdkErrorKind::Decrypt => "decryption failed: check the archive key pair",
            SdkErrorKind::KeyVersionMissing => {
                "WeCom has no archive key of the message's version: check the public keys in WeCom's console"
            }
            SdkErrorKind::EncryptKeyParse => "encrypt_key could not be parsed",
            SdkErrorKind::IpNotAllowed => {
                "this server's address is not on the archive's allow-list in WeCom's console"
            }
            SdkErrorKind::DataExpired => "the data has expired at WeCom",
            SdkErrorKind::Certificate => "certificate error: check the archive secret and keys",
        }
    }
}

/// Errors of the SDK, whichever implementation raised them. Never carries secrets or content.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SdkError {
    #[error("the archive SDK answered {code} ({})", kind.map_or("unknown code", SdkErrorKind::what_to_do))]
    Code {
        code: i64,
        kind: Option<SdkErrorKind>,
    },
    /// Reaching the SDK or WeCom failed (token, transport, rate limit), with the reason.
    #[error("the archive SDK is unavailable: {reason}")]
    Unavailable { reason: String, transient: bool },
    /// The library could not be loaded or is not this build's.
    #[error("the archive SDK library is unusable: {reason}")]
    Library { reason: String },
    /// A chunk or a record did not have the documented shape.
    #[error("the archive SDK's answer is malformed: {reason}")]
    Malformed { reason: String },
}

impl SdkError {
    pub fn from_code(code: i64) -> Self {
        SdkError::Code {
            code,
            kind: SdkErrorKind::from_code(code),
        }
    }

    /// Worth retrying after a pause (10001–10003, transport hiccups).
    pub fn is_transient(&self) -> bool {
        match self {
            SdkError::Code { kind, .. } => kind.is_some_and(SdkErrorKind::is_transient),
            SdkError::Unavailable { transient, .. } => *transient,
            SdkError::Library { .. } | SdkError::Malformed { .. } => false,
        }
    }
}

/// `GetChatData`, `DecryptData` and `GetMediaData`, as the puller uses them.
pub trait ChatSdk: Sync {
    /// Up to `limit` (≤ 1,000) records after `seq`, in seq order.
    fn get_chat_data(
        &self,
        seq: u64,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<EncryptedChat>, SdkError>> + Send;

    /// Opens `encrypt_chat_msg` with the record's decrypted random key: the message's JSON.
    fn decrypt_data(
        &self,
        random_key: &[u8],
        encrypt_chat_msg: &str,
    ) -> Result<Zeroizing<Vec<u8>>, SdkError>;

    /// The chunk of media `sdkfileid` that starts at `index` (empty for the first).
    fn get_media_data(
        &self,
        sdkfileid: &str,
        index: &str,
    ) -> impl Future<Output = Result<MediaChunk, SdkError>> + Send;
}
