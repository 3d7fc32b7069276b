//! The HTTP client every WeCom call goes through.

mod retry;
mod token;

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub use retry::RetryPolicy;
use token::{CachedToken, TokenCache, TokenKey};

use crate::error::WecomError;

/// WeCom's production API.
pub const DEFAULT_BASE_URL: &str = "https://qyapi.weixin.qq.com";

/// No answer of WeCom's we read is anywhere near this; a larger one is refused, not buffered.
const MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// Idle connections are dropped before a server or proxy that keeps them 5 s (actix's and many
/// gateways' default) closes them: a request sent on a connection the other side is closing fails
/// with no answer, and a call that may have been applied cannot simply be sent again.
const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(4);

/// Answers that mean "this access token is invalid or expired": refresh it once and retry.
const TOKEN_ERRCODES: [i64; 3] = [40001, 40014, 42001];
/// "System busy, try again."
const BUSY_ERRCODE: i64 = -1;
/// "API call too frequent" (per app and per corp).
const RATE_LIMIT_ERRCODES: [i64; 2] = [45009, 45033];

/// Where and how patiently to call WeCom.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// `https://qyapi.weixin.qq.com` in production; a loopback server in tests.
    pub base_url: String,
    /// The longest one HTTP exchange may take (connecting included).
    pub timeout: Duration,
    pub retry: RetryPolicy,
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            base_url: DEFAULT_BASE_URL.to_owned(),
            timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
        }
    }
}

/// One app's credentials: the corp id and that app's secret (contacts, customer contact, archive
/// and self-built apps each have their own).
#[derive(Clone)]
pub struct Credentials {
    corp_id: String,
    secret: SecretString,
    key: TokenKey,
}

impl Credentials {
    pub fn new(corp_id: impl Into<String>, secret: SecretString) -> Self {
        let corp_id = corp_id.into();
        let key = TokenKey::new(&corp_id, &secret);
        Credentials {
            corp_id,
            secret,
            key,
        }
    }

    pub fn corp_id(&self) -> &str {
        &self.corp_id
    }

    /// The app's secret, for the archive SDK's `Init` (which takes it in clear).
    pub fn secret(&self) -> &SecretString {
        &self.secret
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("corp_id", &self.corp_id)
            .field("secret", &"[redacted]")
            .finish()
    }
}

/// The WeCom client. Cheap to clone; clones share the token cache.
#[derive(Clone)]
pub struct WecomClient {
    inner: Arc<Inner>,
}

struct Inner {
    /// Built by the first call: building it reads the system's root certificates, tens of
    /// milliseconds that commands which never call WeCom (every CLI search, every server start)
    /// need not pay.
    http: OnceLock<Result<reqwest::Client, String>>,
    base_url: String,
    timeout: Duration,
    retry: RetryPolicy,
    tokens: TokenCache,
}

/// What every WeCom answer carries. Success is `errcode == 0`; `errmsg` is for people.
#[derive(serde::Deserialize)]
struct Status {
    errcode: Option<i64>,
    #[serde(default)]
    errmsg: String,
}

#[derive(serde::Deserialize)]
struct TokenAnswer {
    access_token: String,
    expires_in: u64,
}

enum Method<'a, B> {
    Get(&'a [(&'a str, String)]),
    Post(&'a B),
    File(&'a [(&'a str, String)], &'a FilePart<'a>),
}

/// One file for an upload, sent as the only part of a `multipart/form-data` body.
#[derive(Debug, Clone, Copy)]
pub struct FilePart<'a> {
    /// The form field; WeCom's uploads take `media`.
    pub field: &'a str,
    /// The name WeCom keeps (shown on file attachments). Quotes and line breaks become `_`.
    pub filename: &'a str,
    /// e.g. `image/png`; `application/octet-stream` when empty.
    pub content_type: &'a str,
    pub bytes: &'a [u8],
}

impl FilePart<'_> {
    /// The body and its boundary. WeCom's documented form also gives the length
    /// (`filelength`) in the part's `Content-Disposition`.
    fn encode(&self) -> (String, Vec<u8>) {
        let boundary = format!("scrm-{}", hex::encode(rand::random::<[u8; 24]>()));
        let clean = |text: &str| text.replace(['"', '\\', '\r', '\n'], "_");
        let content_type = if self.content_type.trim().is_empty() {
            "application/octet-stream".to_owned()
        } else {
            clean(self.content_type)
        };
        let head = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"{}\"; filelength={}\r\nContent-Type: {content_type}\r\n\r\n",
            clean(self.field),
            clean(self.filename),
            self.bytes.len(),
        );
        let tail = format!("\r\n--{boundary}--\r\n");
        let mut body = Vec::with_capacity(head.len() + self.bytes.len() + tail.len());
        body.extend_from_slice(head.as_bytes());
        body.extend_from_slice(self.bytes);
        body.extend_from_slice(tail.as_bytes());
        (boundary, body)
    }
}

impl WecomClient {
    pub fn new(config: ClientConfig) -> Result<Self, WecomError> {
        let base_url = normalise_base_url(&config.base_url)?;
        // reqwest is built without a default TLS provider so that the one already in the tree
        // (ring, through the database driver) is used; installing it twice is harmless. It is
        // installed here, for the whole process, and not where the client is built: other
        // clients in the process (the tests') rely on it being there once the server is up.
        let _ = rustls::crypto::ring::default_provider().install_default();
        Ok(WecomClient {
            inner: Arc::new(Inner {
                http: OnceLock::new(),
                base_url,
                timeout: config.timeout,
                retry: config.retry,
                tokens: TokenCache::default(),
            }),
        })
    }

    /// The HTTP client, built the first time it is needed.
    fn http(&self) -> Result<&reqwest::Client, WecomError> {
        self.inner
            .http
            .get_or_init(|| build_http(self.inner.timeout))
            .as_ref()
            .map_err(|reason| WecomError::ClientBuild(reason.clone()))
    }

    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// `GET {base}{path}?access_token=…&{query}`, with the retries WeCom's errors call for.
    pub async fn get<T: DeserializeOwned>(
        &self,
        credentials: &Credentials,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<T, WecomError> {
        self.call::<T, ()>(credentials, path, Method::Get(query))
            .await
    }

    /// `POST {base}{path}?access_token=…` with a JSON body.
    pub async fn post<T: DeserializeOwned, B: Serialize>(
        &self,
        credentials: &Credentials,
        path: &str,
        body: &B,
    ) -> Result<T, WecomError> {
        self.call(credentials, path, Method::Post(body)).await
    }

    /// `POST {base}{path}?access_token=…&{query}` with one file as `multipart/form-data`
    /// (`media/upload` and the like).
    pub async fn post_file<T: DeserializeOwned>(
        &self,
        credentials: &Credentials,
        path: &str,
        query: &[(&str, String)],
        file: &FilePart<'_>,
    ) -> Result<T, WecomError> {
        self.call::<T, ()>(credentials, path, Method::File(query, file))
            .await
    }

    /// A valid access token for `credentials` (cached). The archive SDK's HTTP stand-in needs
    /// it for its own calls.
    pub async fn access_token(
        &self,
        credentials: &Credentials,
    ) -> Result<SecretString, WecomError> {
        self.inner
            .tokens
            .get_or_fetch(&credentials.key, || self.fetch_token(credentials))
            .await
    }

    async fn call<T: DeserializeOwned, B: Serialize>(
        &self,
        credentials: &Credentials,
        path: &str,
        method: Method<'_, B>,
    ) -> Result<T, WecomError> {
        let retry = self.inner.retry;
        let mut refreshed_token = false;
        let mut busy_attempts = 0;
        let mut rate_limited_attempts = 0;
        loop {
            let token = self.access_token(credentials).await?;
            let request = match &method {
                Method::Get(query) => self.http()?.get(self.url(path)).query(query),
                Method::Post(body) => self.http()?.post(self.url(path)).json(body),
                Method::File(query, file) => {
                    let (boundary, body) = file.encode();
                    self.http()?
                        .post(self.url(path))
                        .query(query)
                        .header(
                            reqwest::header::CONTENT_TYPE,
                            format!("multipart/form-data; boundary={boundary}"),
                        )
                        .body(body)
                }
            }
            .query(&[("access_token", token.expose_secret())]);
            let body = match self.exchange(path, request).await {
                Err(WecomError::HttpStatus { status, .. })
                    if status >= 500 && busy_attempts < retry.busy_retries =>
                {
                    tokio::time::sleep(retry.busy_delay(busy_attempts)).await;
                    busy_attempts += 1;
                    continue;
                }
                other => other?,
            };
            let status = read_status(path, &body)?;
            match status.errcode() {
                0 => return decode(path, &body),
                code if TOKEN_ERRCODES.contains(&code) && !refreshed_token => {
                    tracing::debug!(path, errcode = code, "WeCom refused the token; refreshing");
                    self.inner.tokens.invalidate(&credentials.key, &token).await;
                    refreshed_token = true;
                }
                BUSY_ERRCODE if busy_attempts < retry.busy_retries => {
                    tokio::time::sleep(retry.busy_delay(busy_attempts)).await;
                    busy_attempts += 1;
                }
                BUSY_ERRCODE => {
                    return Err(WecomError::Busy {
                        path: path.to_owned(),
                        attempts: busy_attempts + 1,
                    });
                }
                code if RATE_LIMIT_ERRCODES.contains(&code) => {
                    if rate_limited_attempts >= retry.rate_limit_retries {
                        return Err(WecomError::RateLimited {
                            path: path.to_owned(),
                            errcode: code,
                            attempts: rate_limited_attempts + 1,
                        });
                    }
                    tracing::debug!(path, errcode = code, "WeCom rate limit; backing off");
                    tokio::time::sleep(retry.rate_limit_delay(rate_limited_attempts)).await;
                    rate_limited_attempts += 1;
                }
                code => {
                    return Err(WecomError::Refused {
                        path: path.to_owned(),
                        errcode: code,
                        errmsg: status.errmsg,
                    });
                }
            }
        }
    }

    /// `GET /cgi-bin/gettoken`, retried on busy and frequency answers like any other call.
    async fn fetch_token(&self, credentials: &Credentials) -> Result<CachedToken, WecomError> {
        const PATH: &str = "/cgi-bin/gettoken";
        let retry = self.inner.retry;
        let mut busy_attempts = 0;
        let mut rate_limited_attempts = 0;
        loop {
            let request = self.http()?.get(self.url(PATH)).query(&[
                ("corpid", credentials.corp_id.as_str()),
                ("corpsecret", credentials.secret.expose_secret()),
            ]);
            let body = self.exchange(PATH, request).await?;
            let status = read_status(PATH, &body)?;
            match status.errcode() {
                0 => {
                    let answer: TokenAnswer = decode(PATH, &body)?;
                    return Ok(CachedToken::fresh(
                        SecretString::from(answer.access_token),
                        Duration::from_secs(answer.expires_in),
                    ));
                }
                BUSY_ERRCODE if busy_attempts < retry.busy_retries => {
                    tokio::time::sleep(retry.busy_delay(busy_attempts)).await;
                    busy_attempts += 1;
                }
                code if RATE_LIMIT_ERRCODES.contains(&code)
                    && rate_limited_attempts < retry.rate_limit_retries =>
                {
                    tokio::time::sleep(retry.rate_limit_delay(rate_limited_attempts)).await;
                    rate_limited_attempts += 1;
                }
                code if RATE_LIMIT_ERRCODES.contains(&code) => {
                    return Err(WecomError::RateLimited {
                        path: PATH.to_owned(),
                        errcode: code,
                        attempts: rate_limited_attempts + 1,
                    });
                }
                code => {
                    return Err(WecomError::Refused {
                        path: PATH.to_owned(),
                        errcode: code,
                        errmsg: status.errmsg,
                    });
                }
            }
        }
    }

    /// Sends the request and reads the body, at most [`MAX_RESPONSE_BYTES`] of it.
    async fn exchange(
        &self,
        path: &str,
        request: reqwest::RequestBuilder,
    ) -> Result<Vec<u8>, WecomError> {
        let transport = |error: reqwest::Error| self.transport_error(path, error);
        let mut response = request.send().await.map_err(transport)?;
        let status = response.status();
        if !status.is_success() {
            return Err(WecomError::HttpStatus {
                path: path.to_owned(),
                status: status.as_u16(),
            });
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(transport)? {
            if body.len() + chunk.len() > MAX_RESPONSE_BYTES {
                return Err(WecomError::TooLarge {
                    path: path.to_owned(),
                    limit: MAX_RESPONSE_BYTES,
                });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn transport_error(&self, path: &str, error: reqwest::Error) -> WecomError {
        if error.is_timeout() {
            return WecomError::Timeout {
                path: path.to_owned(),
                timeout: self.inner.timeout,
            };
        }
        // The URL carries the access token (or, for gettoken, the secret): never show it.
        WecomError::Transport {
            path: path.to_owned(),
            reason: error_chain(&error.without_url()),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{}", self.inner.base_url, path)
    }
}

fn read_status(path: &str, body: &[u8]) -> Result<Status, WecomError> {
    let status: Status = serde_json::from_slice(body).map_err(|error| WecomError::Decode {
        path: path.to_owned(),
        reason: error.to_string(),
    })?;
    if status.errcode.is_none() {
        return Err(WecomError::Decode {
            path: path.to_owned(),
            reason: "the answer has no errcode".to_owned(),
        });
    }
    Ok(status)
}

impl Status {
    fn errcode(&self) -> i64 {
        self.errcode.unwrap_or_default()
    }
}

fn decode<T: DeserializeOwned>(path: &str, body: &[u8]) -> Result<T, WecomError> {
    serde_json::from_slice(body).map_err(|error| WecomError::Decode {
        path: path.to_owned(),
        reason: error.to_string(),
    })
}

/// The error and its causes on one line ("error sending request: connection refused").
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// The HTTP client every call goes through: WeCom's timeouts, no redirects (an answer that
/// redirects is not WeCom's), idle connections dropped before WeCom drops them.
fn build_http(timeout: Duration) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(5)))
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(POOL_IDLE_TIMEOUT)
        .user_agent(concat!("scrm/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|error| error.without_url().to_string())
}

/// `http(s)://host[:port][/prefix]` without a trailing slash; anything else is refused at start.
fn normalise_base_url(url: &str) -> Result<String, WecomError> {
    let refuse = |reason| WecomError::BaseUrl {
        url: url.to_owned(),
        reason,
    };
    let trimmed = url.trim().trim_end_matches('/');
    let Some(rest) = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"))
    else {
        return Err(refuse("it must start with http:// or https://"));
    };
    if rest.is_empty() || rest.starts_with('/') {
        return Err(refuse("it names no host"));
    }
    if rest.contains(['?', '#', ' ']) {
        return Err(refuse("it must not carry a query, a fragment or spaces"));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_normalised_or_refused() {
        assert_eq!(
            normalise_base_url("https://qyapi.weixin.qq.com/")
                .ok()
                .as_deref(),
            Some("https://qyapi.weixin.qq.com")
        );
        assert_eq!(
            normalise_base_url("http://127.0.0.1:8080/wecom")
                .ok()
                .as_deref(),
            Some("http://127.0.0.1:8080/wecom")
        );
        for bad in [
            "",
            "qyapi.weixin.qq.com",
            "ftp://x",
            "https://",
            "https://x/?a=b",
        ] {
            assert!(normalise_base_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_file_part_is_one_multipart_part_with_a_clean_filename() {
        let file = FilePart {
            field: "media",
            filename: "a\"b\r\n.png",
            content_type: "image/png",
            bytes: b"\x89PNG-bytes",
        };
        let (boundary, body) = file.encode();
        let text = String::from_utf8_lossy(&body);
        assert!(text.starts_with(&format!("--{boundary}\r\n")), "{text}");
        assert!(
            text.contains(
                "Content-Disposition: form-data; name=\"media\"; filename=\"a_b__.png\"; filelength=10\r\nContent-Type: image/png\r\n\r\n"
            ),
            "{text}"
        );
        assert!(
            text.ends_with(&format!("PNG-bytes\r\n--{boundary}--\r\n")),
            "{text}"
        );
    }

    #[test]
    fn credentials_never_print_their_secret() {
        let credentials = Credentials::new("ww123", SecretString::from("s3cr3t"));
        assert!(!format!("{credentials:?}").contains("s3cr3t"));
    }
}
