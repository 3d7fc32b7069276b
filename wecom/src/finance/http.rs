//! The archive SDK over HTTP: the documented stand-in (docs/WECOM.md), which the loopback WeCom
//! serves and which anyone can put in front of the real SDK.
//!
//! `POST {base}/cgi-bin/finance/getchatdata?access_token=…` with `{"seq", "limit", "timeout"}`
//! answers what `GetChatData` returns; `POST {base}/cgi-bin/finance/getmediadata` with
//! `{"sdkfileid", "indexbuf"}` answers one chunk of at most 512 KiB (base64) with `outindexbuf`
//! and `is_finish`. The token comes from the archive secret, through the same client (and token
//! cache, and retries) as every other WeCom call.

use archive::pull::{ChatSdk, EncryptedChat, MediaChunk, SdkError};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::standin;
use crate::{Credentials, WecomClient, WecomError, WecomErrorCode};

/// The SDK's own per-call timeout (seconds), passed along as `GetChatData`'s `timeout`.
const SDK_TIMEOUT_SECONDS: u64 = 5;

pub struct HttpFinanceSdk {
    client: WecomClient,
    /// The corp id and the archive app's secret.
    credentials: Credentials,
}

impl HttpFinanceSdk {
    pub fn new(client: WecomClient, credentials: Credentials) -> Self {
        HttpFinanceSdk {
            client,
            credentials,
        }
    }
}

#[derive(Serialize)]
struct ChatDataRequest {
    seq: u64,
    limit: u32,
    timeout: u64,
}

#[derive(Deserialize)]
struct ChatData {
    #[serde(default)]
    chatdata: Vec<EncryptedChat>,
}

#[derive(Serialize)]
struct MediaRequest<'a> {
    sdkfileid: &'a str,
    indexbuf: &'a str,
}

#[derive(Deserialize)]
struct MediaData {
    #[serde(default)]
    data: String,
    #[serde(default)]
    outindexbuf: String,
    #[serde(default)]
    is_finish: bool,
}

impl ChatSdk for HttpFinanceSdk {
    async fn get_chat_data(&self, seq: u64, limit: u32) -> Result<Vec<EncryptedChat>, SdkError> {
        let request = ChatDataRequest {
            seq,
            limit,
            timeout: SDK_TIMEOUT_SECONDS,
        };
        let answer: ChatData = self
            .client
            .post(&self.credentials, "/cgi-bin/finance/getchatdata", &request)
            .await
            .map_err(sdk_error)?;
        Ok(answer.chatdata)
    }

    fn decrypt_data(
        &self,
        random_key: &[u8],
        encrypt_chat_msg: &str,
    ) -> Result<Zeroizing<Vec<u8>>, SdkError> {
        standin::decrypt_chat_msg(random_key, encrypt_chat_msg).map_err(|error| {
            SdkError::Malformed {
                reason: error.to_string(),
            }
        })
    }

    async fn get_media_data(&self, sdkfileid: &str, index: &str) -> Result<MediaChunk, SdkError> {
        let request = MediaRequest {
            sdkfileid,
            indexbuf: index,
        };
        let answer: MediaData = self
            .client
            .post(&self.credentials, "/cgi-bin/finance/getmediadata", &request)
            .await
            .map_err(sdk_error)?;
        let data = STANDARD
            .decode(answer.data)
            .map_err(|_| SdkError::Malformed {
                reason: "media chunk is not base64".to_owned(),
            })?;
        Ok(MediaChunk {
            data,
            next_index: answer.outindexbuf,
            is_finish: answer.is_finish,
        })
    }
}

/// The SDK's codes (10000–10011) stay codes; everything else about reaching WeCom is
/// "unavailable", transient unless WeCom refused outright.
fn sdk_error(error: WecomError) -> SdkError {
    if let Some(code) = error
        .errcode()
        .filter(|code| (10000..=10099).contains(code))
    {
        return SdkError::from_code(code);
    }
    let transient = matches!(
        error.code(),
        WecomErrorCode::Unavailable | WecomErrorCode::RateLimited
    );
    SdkError::Unavailable {
        reason: error.to_string(),
        transient,
    }
}
