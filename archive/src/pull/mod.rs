//! Pulling the archive from WeCom's conversation-archive interface.
//!
//! WeCom hands out conversations through a closed SDK (`GetChatData`, `DecryptData`,
//! `GetMediaData`). [`ChatSdk`] is that surface; the `wecom` crate implements it twice (the C
//! library, and the documented HTTP stand-in). Each record's message key is sealed with RSA under
//! one of the tenant's archive public keys ([`keys::PrivateKeyRing`] opens it), and the message
//! it opens goes through the same ingest path as an import ([`crate::import::run`]): exactly
//! once by msgid, scanned, sealed, chained.
//!
//! [`pull_once`] moves one step: a few pages after a seq, decrypted in order, imported together.
//! Where the pull stands (the last seq imported) is the caller's to keep: re-pulling a step whose
//! import committed is harmless, because the store drops msgids it already holds.

pub mod keys;
mod sdk;

pub use sdk::{ChatSdk, EncryptedChat, MediaChunk, SdkError, SdkErrorKind};

use std::io;
use std::sync::Arc;
use std::time::Duration;

use zeroize::Zeroizing;

use crate::import::{self, ImportError, ImportOptions, ImportSink, Tally};
use keys::{KeyRingError, PrivateKeyRing};

/// `GetChatData` returns at most 1,000 records per call.
pub const MAX_PAGE: u32 = 1000;

/// How much one [`pull_once`] takes.
#[derive(Debug, Clone, Copy)]
pub struct PullOptions {
    /// Records asked for per `GetChatData` (1 to 1,000).
    pub page_size: u32,
    /// Pages fetched before they are imported together: more pages, fewer index commits.
    pub pages_per_step: u32,
    /// Retries of a `GetChatData` that failed with a transient error (10001–10003, network),
    /// waiting `retry_delay`, doubled each time, in between.
    pub transient_retries: u32,
    pub retry_delay: Duration,
}

impl Default for PullOptions {
    fn default() -> Self {
        PullOptions {
            page_size: MAX_PAGE,
            pages_per_step: 5,
            transient_retries: 4,
            retry_delay: Duration::from_secs(1),
        }
    }
}

/// What one step did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PullStep {
    /// The last seq imported (the one given when nothing was).
    pub last_seq: u64,
    /// Records received and decrypted.
    pub records: u64,
    pub tally: Tally,
    /// WeCom had nothing more after `last_seq`.
    pub caught_up: bool,
    /// Media the step's messages refer to, to fetch with `GetMediaData`.
    pub media: Vec<MediaRef>,
}

/// A media file a message refers to (image, voice, video, file, emotion, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRef {
    pub sdkfileid: String,
    /// The message's `msgtype`, which says what kind of file it is.
    pub msgtype: String,
    /// The file's extension for `file` messages (`fileext`), when given.
    pub file_ext: Option<String>,
}

impl MediaRef {
    /// The media of a decrypted message, if it has any: `{msgtype, <msgtype>: {sdkfileid}}`.
    pub fn of_message(message: &[u8]) -> Option<MediaRef> {
        let value: serde_json::Value = serde_json::from_slice(message).ok()?;
        let msgtype = value.get("msgtype")?.as_str()?;
        let body = value.get(msgtype)?;
        let sdkfileid = body.get("sdkfileid")?.as_str()?;
        if sdkfileid.is_empty() {
            return None;
        }
        Some(MediaRef {
            sdkfileid: sdkfileid.to_owned(),
            msgtype: msgtype.to_owned(),
            file_ext: body
                .get("fileext")
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned),
        })
    }
}

/// Why a step stopped. Records before the one that failed are imported and counted in
/// `imported` (whose `last_seq` is where to go on from).
#[derive(Debug, thiserror::Error)]
pub enum PullError<E> {
    #[error("{error}")]
    Sdk { error: SdkError, imported: PullStep },
    #[error("record seq {seq} (msgid {msgid}): {error}")]
    Key {
        seq: u64,
        msgid: String,
        error: KeyRingError,
        imported: PullStep,
    },
    #[error("record seq {seq} (msgid {msgid}) could not be decrypted: {error}")]
    Decrypt {
        seq: u64,
        msgid: String,
        error: SdkError,
        imported: PullStep,
    },
    #[error(transparent)]
    Import(ImportError<E>),
}

impl<E> PullError<E> {
    /// How far the step got before it stopped, when it got anywhere.
    pub fn imported(&self) -> Option<&PullStep> {
        match self {
            PullError::Sdk { imported, .. }
            | PullError::Key { imported, .. }
            | PullError::Decrypt { imported, .. } => Some(imported),
            PullError::Import(_) => None,
        }
    }
}

/// Fetches up to `options.pages_per_step` pages after `after_seq`, decrypts them in seq order
/// and imports what was decrypted. A record that cannot be opened (its key version is missing,
/// its data is corrupt) stops the step there: what came before it is imported, nothing after it
/// is skipped, and the error names the record.
pub async fn pull_once<Sdk: ChatSdk, S: ImportSink>(
    sdk: &Sdk,
    keys: &Arc<PrivateKeyRing>,
    sink: &S,
    after_seq: u64,
    options: PullOptions,
) -> Result<PullStep, PullError<S::Error>> {
    let page_size = options.page_size.clamp(1, MAX_PAGE);
    let mut lines: Vec<io::Result<Vec<u8>>> = Vec::new();
    let mut last_seq = after_seq;
    let mut caught_up = false;
    let mut media = Vec::new();
    let mut stop: Option<Stop> = None;
    'pages: for _ in 0..options.pages_per_step.max(1) {
        let page = match get_chat_data_patiently(sdk, last_seq, page_size, &options).await {
            Ok(page) => page,
            Err(error) => {
                stop = Some(Stop::Sdk(error));
                break;
            }
        };
        if page.is_empty() {
            caught_up = true;
            break;
        }
        let full_page = page.len() >= page_size as usize;
        // WeCom's seqs increase; a record at or before where we stand was already handled.
        let mut newest = last_seq;
        let page: Vec<EncryptedChat> = page
            .into_iter()
            .filter(|record| {
                let new = record.seq > newest;
                newest = newest.max(record.seq);
                new
            })
            .collect();
        let Some(random_keys) = open_random_keys(keys, &page).await else {
            stop = Some(Stop::Sdk(SdkError::Unavailable {
                reason: "the process is shutting down".to_owned(),
                transient: true,
            }));
            break;
        };
        for (record, random_key) in page.into_iter().zip(random_keys) {
            let opened = random_key.map_err(Failure::Key).and_then(|random_key| {
                sdk.decrypt_data(&random_key, &record.encrypt_chat_msg)
                    .map_err(Failure::Decrypt)
            });
            match opened {
                Ok(message) => {
                    media.extend(MediaRef::of_message(&message));
                    lines.push(Ok(message.to_vec()));
                    last_seq = record.seq;
                }
                Err(failure) => {
                    stop = Some(failure.with_record(record));
                    break 'pages;
                }
            }
        }
        if !full_page {
            caught_up = true;
            break;
        }
    }
    let records = lines.len() as u64;
    let tally = if lines.is_empty() {
        Tally::default()
    } else {
        let options = ImportOptions {
            source_name: format!("wecom archive seq {}..={last_seq}", after_seq + 1),
            batch_size: import::DEFAULT_BATCH_SIZE,
        };
        import::run(sink, lines, &options, |_| {})
            .await
            .map_err(PullError::Import)?
    };
    let step = PullStep {
        last_seq,
        records,
        tally,
        caught_up: caught_up && stop.is_none(),
        media,
    };
    match stop {
        None => Ok(step),
        Some(stop) => Err(stop.into_error(step)),
    }
}

/// `GetChatData`, retried on transient errors.
async fn get_chat_data_patiently<Sdk: ChatSdk>(
    sdk: &Sdk,
    seq: u64,
    limit: u32,
    options: &PullOptions,
) -> Result<Vec<EncryptedChat>, SdkError> {
    let mut delay = options.retry_delay;
    let mut attempt = 0;
    loop {
        match sdk.get_chat_data(seq, limit).await {
            Err(error) if error.is_transient() && attempt < options.transient_retries => {
                tracing::debug!(seq, attempt, "archive SDK transient error; retrying");
                tokio::time::sleep(delay).await;
                delay = delay.saturating_mul(2);
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// Each record's random key, opened with the tenant's private key of its version, in the
/// records' order. A 2048-bit RSA private-key operation per record is the puller's ceiling, so
/// the page is shared among every core, off the async runtime. `None` when the runtime is
/// shutting down.
async fn open_random_keys(
    keys: &Arc<PrivateKeyRing>,
    records: &[EncryptedChat],
) -> Option<Vec<Result<Zeroizing<Vec<u8>>, KeyRingError>>> {
    let sealed: Vec<(u32, String)> = records
        .iter()
        .map(|record| (record.publickey_ver, record.encrypt_random_key.clone()))
        .collect();
    let keys = Arc::clone(keys);
    let opening = tokio::task::spawn_blocking(move || {
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        let chunk = sealed.len().div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            let workers: Vec<_> = sealed
                .chunks(chunk)
                .map(|part| {
                    let keys = &keys;
                    scope.spawn(move || {
                        part.iter()
                            .map(|(version, key)| keys.decrypt_random_key(*version, key))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|worker| match worker.join() {
                    Ok(opened) => opened,
                    Err(panic) => std::panic::resume_unwind(panic),
                })
                .collect()
        })
    });
    match opening.await {
        Ok(opened) => Some(opened),
        Err(error) if error.is_panic() => std::panic::resume_unwind(error.into_panic()),
        Err(_) => None,
    }
}

enum Failure {
    Key(KeyRingError),
    Decrypt(SdkError),
}

impl Failure {
    fn with_record(self, record: EncryptedChat) -> Stop {
        match self {
            Failure::Key(error) => Stop::Key {
                seq: record.seq,
                msgid: record.msgid,
                error,
            },
            Failure::Decrypt(error) => Stop::Decrypt {
                seq: record.seq,
                msgid: record.msgid,
                error,
            },
        }
    }
}

enum Stop {
    Sdk(SdkError),
    Key {
        seq: u64,
        msgid: String,
        error: KeyRingError,
    },
    Decrypt {
        seq: u64,
        msgid: String,
        error: SdkError,
    },
}

impl Stop {
    fn into_error<E>(self, imported: PullStep) -> PullError<E> {
        match self {
            Stop::Sdk(error) => PullError::Sdk { error, imported },
            Stop::Key { seq, msgid, error } => PullError::Key {
                seq,
                msgid,
                error,
                imported,
            },
            Stop::Decrypt { seq, msgid, error } => PullError::Decrypt {
                seq,
                msgid,
                error,
                imported,
            },
        }
    }
}
