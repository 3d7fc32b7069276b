//! Receiving WeCom's callbacks at `/wecom/callback/{tenantSlug}`: verify, record, answer.
//!
//! WeCom gives a callback 5 seconds and then retries, so the request does only what must be
//! done before answering — check the signature, the freshness and the nonce, decrypt, parse,
//! and store the event as a PENDING `wecom_event` row — and leaves applying it (which calls
//! WeCom) to the job runner ([`queue_event_processing`]).
//!
//! Everything arriving here is unauthenticated until the signature matches, so every refusal
//! is a [`CallbackRefusal`] (a stable reason and a 4xx), logged with the tenant and the reason
//! only: never the body, the query string, the token or anything decrypted. An unknown slug and
//! a tenant without callback settings are the same refusal, so the endpoint cannot be used to
//! find out which tenants exist.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

use ::wecom::callback::{
    CallbackCrypto, CallbackError, CallbackEvent, CallbackQuery, ChatChange, ContactChange,
    Envelope, EventKind, TagChange,
};
use entity::{EventStatus, wecom_callback_nonce, wecom_event};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set, TryInsertResult};
use sha2::{Digest, Sha256};

use super::connection;
use super::events::queue_event_processing;
use crate::domain::org::tenants;
use crate::domain::{Store, now};
use crate::error::{ApiError, ApiResult};

/// How far a callback's `timestamp` may be from our clock, either way. WeCom's own SDKs do not
/// check it; we do, so that a captured request stops working after minutes rather than never.
pub const MAX_CLOCK_SKEW_SECS: i64 = 300;
/// How long a (signature, nonce) pair is remembered: longer than the whole window a timestamp
/// is accepted in (twice the skew), so a replay is either stale or remembered.
const NONCE_MEMORY: Duration = Duration::from_secs(600);
/// How often one process prunes one tenant's forgotten nonces: pruning on every callback would
/// add a write to the path WeCom times.
const PRUNE_EVERY: Duration = Duration::from_secs(60);
/// The columns' width (migration 0017). WeCom's nonces are about ten digits; a longer one is
/// not WeCom's.
const MAX_NONCE_CHARS: usize = 64;
const MAX_NAME_CHARS: usize = 64;

/// What to answer WeCom with (text/plain, 200).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallbackAnswer {
    /// URL verification: the decrypted `echostr`, verbatim.
    Echo(String),
    /// An event was stored (or had been before): WeCom wants the literal `success`.
    Success,
}

impl CallbackAnswer {
    pub fn body(&self) -> &str {
        match self {
            CallbackAnswer::Echo(echo) => echo,
            CallbackAnswer::Success => "success",
        }
    }
}

/// Why a callback was refused. Nothing was stored for any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CallbackRefusal {
    /// No such tenant, or no callback settings: one answer for both.
    NotFound,
    /// The query string, envelope, ciphertext or event is not what WeCom sends.
    Malformed,
    /// The body is larger than [`::wecom::callback::MAX_XML_BYTES`].
    TooLarge,
    /// `msg_signature` does not match the tenant's token.
    BadSignature,
    /// The message was encrypted for another corp.
    WrongReceiver,
    /// `timestamp` is more than [`MAX_CLOCK_SKEW_SECS`] from now.
    Stale,
    /// This signature and nonce were seen before.
    Replay,
    /// Our fault (the database): WeCom should retry.
    Internal,
}

impl CallbackRefusal {
    pub const ALL: [CallbackRefusal; 8] = [
        CallbackRefusal::NotFound,
        CallbackRefusal::Malformed,
        CallbackRefusal::TooLarge,
        CallbackRefusal::BadSignature,
        CallbackRefusal::WrongReceiver,
        CallbackRefusal::Stale,
        CallbackRefusal::Replay,
        CallbackRefusal::Internal,
    ];

    /// The HTTP status. Signature, receiver and freshness failures are 403: the request is
    /// understood but not WeCom's (now).
    pub fn http_status(self) -> u16 {
        match self {
            CallbackRefusal::NotFound => 404,
            CallbackRefusal::Malformed => 400,
            CallbackRefusal::TooLarge => 413,
            CallbackRefusal::BadSignature
            | CallbackRefusal::WrongReceiver
            | CallbackRefusal::Stale => 403,
            CallbackRefusal::Replay => 409,
            CallbackRefusal::Internal => 500,
        }
    }

    /// A stable code for logs, metrics and the response body; says nothing about the request's
    /// content.
    pub fn reason(self) -> &'static str {
        match self {
            CallbackRefusal::NotFound => "not_found",
            CallbackRefusal::Malformed => "malformed",
            CallbackRefusal::TooLarge => "too_large",
            CallbackRefusal::BadSignature => "bad_signature",
            CallbackRefusal::WrongReceiver => "wrong_receiver",
            CallbackRefusal::Stale => "stale_timestamp",
            CallbackRefusal::Replay => "replay",
            CallbackRefusal::Internal => "internal",
        }
    }

    fn index(self) -> usize {
        match self {
            CallbackRefusal::NotFound => 0,
            CallbackRefusal::Malformed => 1,
            CallbackRefusal::TooLarge => 2,
            CallbackRefusal::BadSignature => 3,
            CallbackRefusal::WrongReceiver => 4,
            CallbackRefusal::Stale => 5,
            CallbackRefusal::Replay => 6,
            CallbackRefusal::Internal => 7,
        }
    }

    /// Logs the refusal (tenant and reason only) and counts it. The HTTP layer calls this for
    /// refusals it makes before the tenant is looked up (a body too large to read).
    pub fn report(self, store: &Store, tenant_id: Option<i64>) {
        store.callback_counters.refused[self.index()].fetch_add(1, Ordering::Relaxed);
        match tenant_id {
            Some(tenant) => {
                tracing::warn!(tenant, reason = self.reason(), "WeCom callback refused")
            }
            None => tracing::warn!(reason = self.reason(), "WeCom callback refused"),
        }
    }
}

impl From<CallbackError> for CallbackRefusal {
    fn from(error: CallbackError) -> Self {
        match error {
            CallbackError::BadSignature => CallbackRefusal::BadSignature,
            CallbackError::Malformed { .. } => CallbackRefusal::Malformed,
            CallbackError::WrongReceiver => CallbackRefusal::WrongReceiver,
            // Only the configuration can be an invalid key, and it was checked when it was
            // opened; should it happen anyway, it is ours to fix, not the caller's.
            CallbackError::InvalidKey { .. } => CallbackRefusal::Internal,
        }
    }
}

/// Callbacks answered since the [`Store`] was opened (once per process when serving), for
/// `/metrics`. Held by the store rather than in statics so that servers sharing a process
/// (the tests') count their own.
#[derive(Debug, Default)]
pub(crate) struct CallbackCounters {
    accepted: AtomicU64,
    refused: [AtomicU64; CallbackRefusal::ALL.len()],
}

/// Callbacks accepted (verifications and events), and refused by reason (every reason, in
/// [`CallbackRefusal::ALL`]'s order, zeros too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackCounts {
    pub accepted: u64,
    pub refused: Vec<(CallbackRefusal, u64)>,
}

/// The callbacks this store (this process, when serving) accepted and refused so far.
pub fn counts(store: &Store) -> CallbackCounts {
    let counters = &store.callback_counters;
    CallbackCounts {
        accepted: counters.accepted.load(Ordering::Relaxed),
        refused: CallbackRefusal::ALL
            .iter()
            .map(|refusal| {
                let count = counters.refused[refusal.index()].load(Ordering::Relaxed);
                (*refusal, count)
            })
            .collect(),
    }
}

/// Handles one callback for the tenant named by `slug`. `query` is `None` when the query string
/// is not one WeCom sends; `body` is `None` for the URL verification (GET) and the raw body of
/// a POST otherwise. Records the tenant id on the current (request) span once it is known.
pub async fn receive(
    store: &Store,
    slug: &str,
    query: Option<CallbackQuery>,
    body: Option<&[u8]>,
) -> Result<CallbackAnswer, CallbackRefusal> {
    let (tenant_id, crypto) = match callback_crypto(store, slug).await {
        Ok(Some(found)) => found,
        Ok(None) => {
            CallbackRefusal::NotFound.report(store, None);
            return Err(CallbackRefusal::NotFound);
        }
        Err(error) => return Err(internal(store, None, &error)),
    };
    tracing::Span::current().record("tenant", tenant_id);
    let verified = match verify(&crypto, query, body, unix_now()) {
        Ok(verified) => verified,
        Err(refusal) => {
            refusal.report(store, Some(tenant_id));
            return Err(refusal);
        }
    };
    let answer = match verified {
        Verified::Echo(echo) => CallbackAnswer::Echo(echo),
        Verified::Event(event) => {
            match record(store, tenant_id, &event).await {
                Ok(true) => {}
                Ok(false) => {
                    CallbackRefusal::Replay.report(store, Some(tenant_id));
                    return Err(CallbackRefusal::Replay);
                }
                Err(error) => return Err(internal(store, Some(tenant_id), &error)),
            }
            // Also after a repeated delivery: should queueing have failed the first time
            // (WeCom then retried), this is the chance to make up for it.
            if let Err(error) = queue_event_processing(store, tenant_id).await {
                return Err(internal(store, Some(tenant_id), &error));
            }
            CallbackAnswer::Success
        }
    };
    store
        .callback_counters
        .accepted
        .fetch_add(1, Ordering::Relaxed);
    Ok(answer)
}

/// The tenant's id and callback crypto; `None` for an unknown slug and for a tenant without
/// callback settings alike.
async fn callback_crypto(store: &Store, slug: &str) -> ApiResult<Option<(i64, CallbackCrypto)>> {
    let Some(tenant) = tenants::find_by_slug(store, slug).await? else {
        return Ok(None);
    };
    let Some(connection) = connection(store, tenant.id).await? else {
        return Ok(None);
    };
    Ok(connection.callback.map(|crypto| (tenant.id, crypto)))
}

fn internal(store: &Store, tenant_id: Option<i64>, error: &ApiError) -> CallbackRefusal {
    store.callback_counters.refused[CallbackRefusal::Internal.index()]
        .fetch_add(1, Ordering::Relaxed);
    tracing::error!(tenant = tenant_id, error = %error, "WeCom callback could not be stored");
    CallbackRefusal::Internal
}

fn unix_now() -> i64 {
    now().timestamp()
}

/// A callback whose signature, receiver and timestamp were checked.
#[derive(Debug)]
enum Verified {
    Echo(String),
    Event(VerifiedEvent),
}

#[derive(Debug)]
struct VerifiedEvent {
    /// Lowercased: WeCom's SDKs accept either case, so the replay check must not tell them
    /// apart.
    signature: String,
    nonce: String,
    /// The decrypted XML, stored for the job that applies it.
    xml: String,
    event: CallbackEvent,
}

/// Everything that needs no database, in the order that leaks least: the shape of the query,
/// the signature (before anything is decrypted), then the freshness of the signed timestamp
/// and what the plaintext says. Pure, so the property tests can throw anything at it.
fn verify(
    crypto: &CallbackCrypto,
    query: Option<CallbackQuery>,
    body: Option<&[u8]>,
    now_unix: i64,
) -> Result<Verified, CallbackRefusal> {
    let Some(query) = query else {
        return Err(CallbackRefusal::Malformed);
    };
    let Ok(timestamp) = query.timestamp.parse::<i64>() else {
        return Err(CallbackRefusal::Malformed);
    };
    if query.nonce.is_empty() || query.nonce.chars().count() > MAX_NONCE_CHARS {
        return Err(CallbackRefusal::Malformed);
    }
    let Some(body) = body else {
        // URL verification: nothing is stored, so a replayed one changes nothing and its
        // nonce need not be remembered; it must still be signed and fresh.
        let Some(echostr) = query.echostr.as_deref() else {
            return Err(CallbackRefusal::Malformed);
        };
        let decrypted = crypto.verify_and_decrypt(
            &query.msg_signature,
            &query.timestamp,
            &query.nonce,
            echostr,
        )?;
        fresh(timestamp, now_unix)?;
        return Ok(Verified::Echo(decrypted.as_str()?.to_owned()));
    };
    if body.len() > ::wecom::callback::MAX_XML_BYTES {
        return Err(CallbackRefusal::TooLarge);
    }
    let envelope = Envelope::parse(body)?;
    let decrypted = crypto.verify_and_decrypt(
        &query.msg_signature,
        &query.timestamp,
        &query.nonce,
        &envelope.encrypt,
    )?;
    fresh(timestamp, now_unix)?;
    let xml = decrypted.as_str()?.to_owned();
    let event = CallbackEvent::parse(xml.as_bytes())?;
    // The receive id inside the ciphertext matched; the event naming another corp would be
    // WeCom contradicting itself, and is not applied to this tenant either.
    if event.corp_id != crypto.receive_id() {
        return Err(CallbackRefusal::WrongReceiver);
    }
    Ok(Verified::Event(VerifiedEvent {
        signature: query.msg_signature.to_ascii_lowercase(),
        nonce: query.nonce,
        xml,
        event,
    }))
}

fn fresh(timestamp: i64, now_unix: i64) -> Result<(), CallbackRefusal> {
    if now_unix.abs_diff(timestamp) > MAX_CLOCK_SKEW_SECS.unsigned_abs() {
        return Err(CallbackRefusal::Stale);
    }
    Ok(())
}

/// Remembers the nonce and stores the event, in one transaction: a failure leaves neither, so
/// WeCom's retry of the very same request is not mistaken for a replay. `false` when the nonce
/// was seen before (nothing stored). An event already stored (same XML, delivered again with a
/// new nonce) is not stored twice.
async fn record(store: &Store, tenant_id: i64, event: &VerifiedEvent) -> ApiResult<bool> {
    let received_at = now();
    let (name, change_type) = names(&event.event.kind);
    let transaction = entity::begin_write(&store.db).await?;
    let remembered = wecom_callback_nonce::Entity::insert(wecom_callback_nonce::ActiveModel {
        tenant_id: Set(tenant_id),
        signature: Set(event.signature.clone()),
        nonce: Set(event.nonce.clone()),
        seen_at: Set(received_at),
    })
    .on_conflict_do_nothing_on([
        wecom_callback_nonce::Column::TenantId,
        wecom_callback_nonce::Column::Signature,
        wecom_callback_nonce::Column::Nonce,
    ])
    .exec_without_returning(&transaction)
    .await?;
    if !matches!(remembered, TryInsertResult::Inserted(rows) if rows > 0) {
        transaction.rollback().await?;
        return Ok(false);
    }
    wecom_event::Entity::insert(wecom_event::ActiveModel {
        tenant_id: Set(tenant_id),
        identity: Set(Sha256::digest(event.xml.as_bytes()).to_vec()),
        event: Set(truncated(&name)),
        change_type: Set(change_type.as_deref().map(truncated)),
        payload: Set(event.xml.clone()),
        status: Set(EventStatus::Pending),
        attempts: Set(0),
        error: Set(None),
        received_at: Set(received_at),
        processed_at: Set(None),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([wecom_event::Column::TenantId, wecom_event::Column::Identity])
    .exec_without_returning(&transaction)
    .await?;
    transaction.commit().await?;
    prune_nonces_now_and_then(store, tenant_id).await;
    Ok(true)
}

/// When each tenant's nonces were last pruned by this process.
static LAST_PRUNED: LazyLock<Mutex<HashMap<i64, Instant>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// Forgets the tenant's nonces older than [`NONCE_MEMORY`], at most every [`PRUNE_EVERY`]. A
/// failure only delays pruning: it is logged, and the callback is still answered.
async fn prune_nonces_now_and_then(store: &Store, tenant_id: i64) {
    {
        let mut last = LAST_PRUNED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let due = last
            .get(&tenant_id)
            .is_none_or(|at| at.elapsed() >= PRUNE_EVERY);
        if !due {
            return;
        }
        last.insert(tenant_id, Instant::now());
    }
    let Ok(memory) = chrono::Duration::from_std(NONCE_MEMORY) else {
        return;
    };
    let result = wecom_callback_nonce::Entity::delete_many()
        .filter(wecom_callback_nonce::Column::TenantId.eq(tenant_id))
        .filter(wecom_callback_nonce::Column::SeenAt.lt(now() - memory))
        .exec(&store.db)
        .await;
    if let Err(error) = result {
        tracing::warn!(tenant = tenant_id, error = %error, "cannot prune WeCom callback nonces");
    }
}

/// WeCom's `Event` and `ChangeType` of a parsed event, for the row's columns.
fn names(kind: &EventKind) -> (String, Option<String>) {
    let (event, change_type) = match kind {
        EventKind::ExternalContact(contact) => (
            "change_external_contact",
            match contact.change {
                ContactChange::Add { .. } => "add_external_contact",
                ContactChange::Edit => "edit_external_contact",
                ContactChange::AddHalf { .. } => "add_half_external_contact",
                ContactChange::Delete { .. } => "del_external_contact",
                ContactChange::DeleteFollowUser => "del_follow_user",
                ContactChange::TransferFail { .. } => "transfer_fail",
            },
        ),
        EventKind::ExternalChat(chat) => (
            "change_external_chat",
            match chat.change {
                ChatChange::Create => "create",
                ChatChange::Update(_) => "update",
                ChatChange::Dismiss => "dismiss",
            },
        ),
        EventKind::ExternalTag(tag) => (
            "change_external_tag",
            match tag.change {
                TagChange::Create(_) => "create",
                TagChange::Update(_) => "update",
                TagChange::Delete(_) => "delete",
                TagChange::Shuffle { .. } => "shuffle",
            },
        ),
        EventKind::MsgAuditNotify { .. } => return ("msgaudit_notify".to_owned(), None),
        EventKind::Other { event, change_type } => return (event.clone(), change_type.clone()),
    };
    (event.to_owned(), Some(change_type.to_owned()))
}

/// Cuts a name WeCom may one day make longer than its column, on a character boundary.
fn truncated(name: &str) -> String {
    name.chars().take(MAX_NAME_CHARS).collect()
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use ::wecom::callback::ExternalContactEvent;
    use proptest::prelude::*;
    use secrecy::SecretString;

    use super::*;

    const CORP: &str = "wwtestcorp";
    const TOKEN: &str = "testToken";
    const KEY: &str = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    const NOW: i64 = 1_700_000_000;

    fn crypto_for(corp: &str) -> CallbackCrypto {
        CallbackCrypto::new(
            SecretString::from(TOKEN),
            &SecretString::from(KEY),
            corp.to_owned(),
        )
        .unwrap()
    }

    fn event_xml(corp: &str) -> String {
        CallbackEvent {
            corp_id: corp.to_owned(),
            create_time: NOW,
            kind: EventKind::ExternalContact(ExternalContactEvent {
                user_id: "u1".into(),
                external_user_id: "wm1".into(),
                change: ContactChange::Edit,
            }),
        }
        .to_xml()
    }

    /// A signed POST of `plain`, encrypted by `sender` (whose receive id it carries).
    fn post(sender: &CallbackCrypto, plain: &[u8], timestamp: i64) -> (CallbackQuery, String) {
        let encrypt = sender.encrypt_with_random(plain, [7; 16]).unwrap();
        let timestamp = timestamp.to_string();
        let query = CallbackQuery {
            msg_signature: sender.sign(&timestamp, "12345", &encrypt),
            timestamp,
            nonce: "12345".into(),
            echostr: None,
        };
        let body = Envelope {
            to_user_name: sender.receive_id().to_owned(),
            agent_id: None,
            encrypt,
        }
        .to_xml();
        (query, body)
    }

    fn refusal(query: CallbackQuery, body: Option<&str>) -> CallbackRefusal {
        verify(&crypto_for(CORP), Some(query), body.map(str::as_bytes), NOW).unwrap_err()
    }

    #[test]
    fn a_signed_fresh_event_is_verified_with_its_names() {
        let crypto = crypto_for(CORP);
        let (mut query, body) = post(&crypto, event_xml(CORP).as_bytes(), NOW - 299);
        query.msg_signature = query.msg_signature.to_ascii_uppercase();
        let Verified::Event(event) =
            verify(&crypto, Some(query.clone()), Some(body.as_bytes()), NOW).unwrap()
        else {
            panic!("not an event");
        };
        assert_eq!(event.xml, event_xml(CORP));
        assert_eq!(event.signature, query.msg_signature.to_ascii_lowercase());
        assert_eq!(
            names(&event.event.kind),
            (
                "change_external_contact".to_owned(),
                Some("edit_external_contact".to_owned())
            )
        );
    }

    #[test]
    fn url_verification_answers_the_echostr() {
        let crypto = crypto_for(CORP);
        let echostr = crypto
            .encrypt_with_random(b"1616140317555161061", [1; 16])
            .unwrap();
        let timestamp = NOW.to_string();
        let query = CallbackQuery {
            msg_signature: crypto.sign(&timestamp, "n", &echostr),
            timestamp,
            nonce: "n".into(),
            echostr: Some(echostr),
        };
        let Verified::Echo(echo) = verify(&crypto, Some(query), None, NOW).unwrap() else {
            panic!("not an echo");
        };
        assert_eq!(echo, "1616140317555161061");
    }

    #[test]
    fn each_failure_has_its_refusal() {
        let crypto = crypto_for(CORP);
        let (query, body) = post(&crypto, event_xml(CORP).as_bytes(), NOW);

        let mut forged = query.clone();
        forged.msg_signature = "0".repeat(40);
        assert_eq!(refusal(forged, Some(&body)), CallbackRefusal::BadSignature);

        let (stale, stale_body) = post(&crypto, event_xml(CORP).as_bytes(), NOW - 301);
        assert_eq!(refusal(stale, Some(&stale_body)), CallbackRefusal::Stale);
        let (future, future_body) = post(&crypto, event_xml(CORP).as_bytes(), NOW + 301);
        assert_eq!(refusal(future, Some(&future_body)), CallbackRefusal::Stale);

        let (other, other_body) = post(&crypto_for("wwother"), event_xml(CORP).as_bytes(), NOW);
        assert_eq!(
            refusal(other, Some(&other_body)),
            CallbackRefusal::WrongReceiver
        );

        let (named, named_body) = post(&crypto, event_xml("wwother").as_bytes(), NOW);
        assert_eq!(
            refusal(named, Some(&named_body)),
            CallbackRefusal::WrongReceiver
        );

        let (junk, junk_body) = post(&crypto, b"not xml", NOW);
        assert_eq!(refusal(junk, Some(&junk_body)), CallbackRefusal::Malformed);

        assert_eq!(
            refusal(query.clone(), Some("<xml/>")),
            CallbackRefusal::Malformed
        );
        assert_eq!(refusal(query.clone(), None), CallbackRefusal::Malformed);

        let mut long_nonce = query.clone();
        long_nonce.nonce = "1".repeat(65);
        assert_eq!(refusal(long_nonce, Some(&body)), CallbackRefusal::Malformed);

        let mut no_time = query;
        no_time.timestamp = "soon".into();
        assert_eq!(refusal(no_time, Some(&body)), CallbackRefusal::Malformed);

        let large = vec![b' '; ::wecom::callback::MAX_XML_BYTES + 1];
        let (query, _) = post(&crypto, b"x", NOW);
        assert_eq!(
            verify(&crypto, Some(query), Some(&large), NOW).unwrap_err(),
            CallbackRefusal::TooLarge
        );
        assert_eq!(
            verify(&crypto, None, Some(body.as_bytes()), NOW).unwrap_err(),
            CallbackRefusal::Malformed
        );
    }

    #[test]
    fn refusals_are_4xx_except_our_own_failures() {
        for refusal in CallbackRefusal::ALL {
            let status = refusal.http_status();
            assert_eq!(
                (400..500).contains(&status),
                refusal != CallbackRefusal::Internal,
                "{refusal:?}"
            );
            assert_eq!(CallbackRefusal::ALL[refusal.index()], refusal);
        }
    }

    #[test]
    fn long_names_are_cut_on_character_boundaries() {
        assert_eq!(truncated(&"事".repeat(100)).chars().count(), MAX_NAME_CHARS);
        assert_eq!(truncated("create"), "create");
    }

    fn any_query() -> impl Strategy<Value = Option<CallbackQuery>> {
        let text = || {
            prop_oneof![
                any::<String>(),
                "[0-9a-f]{40}",
                "-?[0-9]{1,20}",
                Just(String::new()),
            ]
        };
        proptest::option::of(
            (text(), text(), text(), proptest::option::of(text())).prop_map(
                |(msg_signature, timestamp, nonce, echostr)| CallbackQuery {
                    msg_signature,
                    timestamp,
                    nonce,
                    echostr,
                },
            ),
        )
    }

    fn any_body() -> impl Strategy<Value = Option<Vec<u8>>> {
        proptest::option::of(prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..512),
            "[A-Za-z0-9+/=<>]{0,200}".prop_map(|encrypt| {
                format!("<xml><ToUserName>{CORP}</ToUserName><Encrypt>{encrypt}</Encrypt></xml>")
                    .into_bytes()
            }),
        ])
    }

    proptest! {
        #[test]
        fn arbitrary_queries_and_bodies_never_panic(
            query in any_query(),
            body in any_body(),
            now_unix in any::<i64>(),
        ) {
            let _ = verify(&crypto_for(CORP), query, body.as_deref(), now_unix);
        }

        /// Correctly signed, so decryption and event parsing are reached with arbitrary input.
        #[test]
        fn signed_arbitrary_plaintexts_never_panic(
            plain in proptest::collection::vec(any::<u8>(), 0..512),
            timestamp in prop_oneof![any::<i64>(), Just(NOW)],
            nonce in "[ -~]{1,70}",
        ) {
            let crypto = crypto_for(CORP);
            let encrypt = crypto.encrypt_with_random(&plain, [3; 16]).unwrap();
            let timestamp = timestamp.to_string();
            let query = CallbackQuery {
                msg_signature: crypto.sign(&timestamp, &nonce, &encrypt),
                timestamp,
                nonce,
                echostr: Some(encrypt.clone()),
            };
            let body = Envelope { to_user_name: CORP.into(), agent_id: None, encrypt }.to_xml();
            let _ = verify(&crypto, Some(query.clone()), None, NOW);
            let _ = verify(&crypto, Some(query), Some(body.as_bytes()), NOW);
        }
    }
}
