//! The half of ingest that needs no database: seal each message, digest its ciphertext for the
//! chain, extract its searchable text and scan it. An import runs this on its own thread for the
//! next batch while the previous batch is being written, so the two cores both work.
//!
//! Messages are compressed before sealing with the tenant's dictionary. A tenant without one
//! gets one trained on the first batch large enough ([`MIN_TRAINING_SAMPLES`]); it travels with
//! every batch compressed with it until the keyring holds it, and the writer stores it in the
//! same transaction as the messages (if it is not stored yet), so no committed message ever
//! names a dictionary that was not committed with it.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use super::routing::Routing;
use super::scan::{PendingAlert, TenantEngine};
use crate::chain::{ChainHash, ciphertext_digest};
use crate::crypto::dictionary::MIN_TRAINING_SAMPLES;
use crate::crypto::{Dictionary, Keyring, seal_dictionary, seal_message};
use crate::risk::SenderKind;
use crate::{ArchiveError, Message};

/// One parsed input line.
pub struct IncomingMessage {
    pub line_number: u64,
    /// The original JSON line: what is sealed and what `raw` returns later.
    pub raw: String,
    pub message: Message,
}

/// An input line that could not be parsed.
pub struct IncomingReject {
    pub line_number: u64,
    pub raw: String,
    pub reason: String,
}

/// Seals batches for one tenant. Obtained from `Archive::sealer`; cheap to clone and usable
/// from any thread.
#[derive(Clone)]
pub struct BatchSealer {
    tenant_id: i64,
    keyring: Arc<Keyring>,
    engine: Arc<TenantEngine>,
    /// The dictionary this sealer trained because the keyring had none (shared by clones).
    trained: Arc<Mutex<Option<Arc<TrainedDictionary>>>>,
}

/// A dictionary trained by a sealer, sealed for storage.
pub(super) struct TrainedDictionary {
    pub dictionary: Dictionary,
    /// The dictionary sealed under `key_version`, as its row keeps it.
    pub sealed: Vec<u8>,
    pub key_version: i32,
    pub sample_count: usize,
}

/// A batch ready to be written by `Archive::ingest_sealed`. Holds content: never log it.
pub struct SealedBatch {
    pub(super) tenant_id: i64,
    pub(super) key_version: i32,
    /// The rules these messages were scanned with; the writer rescans if they changed since.
    pub(super) engine: Arc<TenantEngine>,
    pub(super) messages: Vec<SealedMessage>,
    pub(super) rejects: Vec<IncomingReject>,
    /// Messages dropped because their msgid appeared earlier in the same batch.
    pub(super) repeated: u64,
    /// The dictionary the messages were compressed with, when the keyring did not hold it yet:
    /// stored with them.
    pub(super) dictionary: Option<Arc<TrainedDictionary>>,
}

impl SealedBatch {
    pub fn tenant_id(&self) -> i64 {
        self.tenant_id
    }
}

/// One message, sealed, with the metadata its row and its index document need.
pub(super) struct SealedMessage {
    /// What its row's routing columns get: exactly what reads and verify derive from the
    /// original again.
    pub routing: Routing,
    pub ciphertext: Vec<u8>,
    pub digest: ChainHash,
    /// The searchable text, for the index and the scan.
    pub text: String,
    pub alerts: Vec<PendingAlert>,
    /// A customer's unsubscribe reply (`crate::opt_out`): ingest records that they asked.
    pub unsubscribes: bool,
}

impl BatchSealer {
    pub(super) fn new(tenant_id: i64, keyring: Arc<Keyring>, engine: Arc<TenantEngine>) -> Self {
        BatchSealer {
            tenant_id,
            keyring,
            engine,
            trained: Arc::new(Mutex::new(None)),
        }
    }

    /// Seals a batch. A msgid repeated within the batch keeps its first occurrence.
    pub fn seal(
        &self,
        messages: Vec<IncomingMessage>,
        rejects: Vec<IncomingReject>,
    ) -> Result<SealedBatch, ArchiveError> {
        let key_version = self
            .keyring
            .current_version()
            .ok_or(ArchiveError::KeyringEmpty)? as i32;
        let stored = self.keyring.current_dictionary();
        let trained = match stored {
            Some(_) => None,
            None => self.trained_dictionary(&messages, key_version)?,
        };
        let dictionary = match (stored, &trained) {
            (Some(stored), _) => Some(&**stored),
            (None, trained) => trained.as_ref().map(|trained| &trained.dictionary),
        };
        let mut seen = HashSet::with_capacity(messages.len());
        let mut sealed = Vec::with_capacity(messages.len());
        let mut repeated = 0;
        for incoming in messages {
            if !seen.insert(incoming.message.msgid.clone()) {
                repeated += 1;
                continue;
            }
            sealed.push(self.seal_one(incoming, dictionary)?);
        }
        Ok(SealedBatch {
            tenant_id: self.tenant_id,
            key_version,
            engine: self.engine.clone(),
            messages: sealed,
            rejects,
            repeated,
            dictionary: trained,
        })
    }

    /// The dictionary this sealer trained, training it on `messages` when there are enough of
    /// them. `None`: too few messages yet (they are compressed without a dictionary).
    fn trained_dictionary(
        &self,
        messages: &[IncomingMessage],
        key_version: i32,
    ) -> Result<Option<Arc<TrainedDictionary>>, ArchiveError> {
        let mut trained = self
            .trained
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(trained) = trained.as_ref() {
            return Ok(Some(trained.clone()));
        }
        if messages.len() < MIN_TRAINING_SAMPLES {
            return Ok(None);
        }
        let samples: Vec<&[u8]> = messages
            .iter()
            .map(|incoming| incoming.raw.as_bytes())
            .collect();
        let Some(dictionary) = Dictionary::train(&samples) else {
            return Ok(None);
        };
        let sealed = seal_dictionary(&self.keyring, self.tenant_id, &dictionary)?;
        let made = Arc::new(TrainedDictionary {
            dictionary,
            sealed,
            key_version,
            sample_count: samples.len(),
        });
        *trained = Some(made.clone());
        Ok(Some(made))
    }

    fn seal_one(
        &self,
        incoming: IncomingMessage,
        dictionary: Option<&Dictionary>,
    ) -> Result<SealedMessage, ArchiveError> {
        let IncomingMessage { raw, message, .. } = incoming;
        let ciphertext = seal_message(
            &self.keyring,
            dictionary,
            self.tenant_id,
            &message.msgid,
            raw.as_bytes(),
        )?;
        let text = message.searchable_text();
        let alerts = self.engine.scan(&message.from, &text);
        let unsubscribes = crate::opt_out::is_unsubscribe_message(
            self.engine.sender_kind(&message.from),
            &message.body,
        );
        Ok(SealedMessage {
            unsubscribes,
            digest: ciphertext_digest(&ciphertext),
            routing: Routing::from(message),
            ciphertext,
            text,
            alerts,
        })
    }
}

impl SealedMessage {
    /// Scans again with `engine` (the rules or the member directory changed between sealing and
    /// writing). A sender the directory now names as a member unsubscribes nobody.
    pub(super) fn rescan(&mut self, engine: &TenantEngine) {
        self.alerts = engine.scan(&self.routing.sender, &self.text);
        if engine.sender_kind(&self.routing.sender) != SenderKind::Customer {
            self.unsubscribes = false;
        }
    }
}
