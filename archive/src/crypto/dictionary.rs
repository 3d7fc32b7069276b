//! Compression of message originals before sealing, with a dictionary trained per tenant.
//!
//! Chat messages are short JSON documents (a few hundred bytes) that repeat the same keys, ids and
//! phrases: alone, zstd saves a tenth of such a document; with a dictionary trained on the
//! tenant's own messages it saves over two thirds. A dictionary is made of the tenant's content
//! (its most frequent substrings), so it is sealed under the tenant's data key like a message
//! and never stored or logged in the clear; its id is random, and each sealed message names the
//! dictionary it needs in its authenticated header.
//!
//! What compressing before encrypting leaks, and why that is acceptable here: `docs/ARCHIVE.md`
//! ("Compression").

use std::cell::RefCell;

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;
use zstd::zstd_safe::{self, CCtx, CParameter, DCtx, DDict};

use crate::ArchiveError;

/// Identifies a tenant's dictionary in the header of every message compressed with it. `0`
/// means "compressed without a dictionary".
pub type DictionaryId = u32;

/// The id of "no dictionary".
pub const NO_DICTIONARY: DictionaryId = 0;

/// zstd's default level: with a dictionary, higher levels save a byte or two per message at
/// several times the cost.
const COMPRESSION_LEVEL: i32 = 3;

/// Dictionary size: zstd's guidance is ~100 KiB for large corpora; for messages of a few hundred
/// bytes 64 KiB gains all but a few bytes, and every cached tenant holds one.
const DICTIONARY_MAX_BYTES: usize = 64 * 1024;

/// Fewer samples than this train a dictionary that does not pay for itself (zstd may refuse).
pub const MIN_TRAINING_SAMPLES: usize = 1_000;

/// Samples taken at most from a batch: training time grows with them, the gain stops growing
/// long before.
const MAX_TRAINING_SAMPLES: usize = 20_000;

/// A message original larger than this is refused when opened: nothing that large is ever
/// sealed (import lines are capped far below), so a header that claims it is damaged.
const MAX_ORIGINAL_BYTES: u64 = 256 * 1024 * 1024;

/// A tenant's compression dictionary, ready to compress and decompress. Holds content: its
/// bytes are wiped when dropped, and `Debug` shows only the id.
pub struct Dictionary {
    id: DictionaryId,
    bytes: Zeroizing<Vec<u8>>,
    /// SHA-256 of the bytes: sealed messages bind it, so a message opened with any other
    /// dictionary under the same id fails authentication instead of decompressing to garbage.
    digest: [u8; 32],
    decoder: DDict<'static>,
}

impl std::fmt::Debug for Dictionary {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Dictionary")
            .field("id", &self.id)
            .finish()
    }
}

impl Dictionary {
    /// A dictionary from its stored bytes. Fails when zstd cannot load them.
    pub fn new(id: DictionaryId, bytes: Vec<u8>) -> Result<Dictionary, ArchiveError> {
        let bytes = Zeroizing::new(bytes);
        if id == NO_DICTIONARY {
            return Err(unusable("dictionary id 0 is reserved"));
        }
        let decoder =
            DDict::try_create(&bytes).ok_or_else(|| unusable("zstd cannot load its bytes"))?;
        let digest = Sha256::digest(bytes.as_slice()).into();
        Ok(Dictionary {
            id,
            bytes,
            digest,
            decoder,
        })
    }

    /// Trains a dictionary on `samples` (message originals), under a fresh random id. `None` when
    /// there are too few samples or zstd finds nothing worth keeping: the messages are then
    /// compressed without one.
    pub fn train<S: AsRef<[u8]>>(samples: &[S]) -> Option<Dictionary> {
        if samples.len() < MIN_TRAINING_SAMPLES {
            return None;
        }
        // Evenly spaced, so a batch that starts with one conversation does not teach only it.
        let step = samples.len().div_ceil(MAX_TRAINING_SAMPLES);
        let chosen: Vec<&[u8]> = samples
            .iter()
            .step_by(step)
            .map(|sample| sample.as_ref())
            .collect();
        let trained = zstd::dict::from_samples(&chosen, DICTIONARY_MAX_BYTES).ok()?;
        let id = loop {
            let id = rand::random::<DictionaryId>();
            if id != NO_DICTIONARY {
                break id;
            }
        };
        Dictionary::new(id, trained).ok()
    }

    pub fn id(&self) -> DictionaryId {
        self.id
    }

    pub(crate) fn digest(&self) -> &[u8; 32] {
        &self.digest
    }

    /// The dictionary's bytes, to be sealed for storage.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

thread_local! {
    /// One compression context per thread, with the dictionary it last loaded: creating a
    /// context costs more than compressing a message, and loading a dictionary more still.
    static COMPRESSOR: RefCell<Option<(DictionaryId, CCtx<'static>)>> = const { RefCell::new(None) };
    static DECOMPRESSOR: RefCell<Option<DCtx<'static>>> = const { RefCell::new(None) };
}

/// Compresses `plaintext` with `dictionary` (or none) into a zstd frame without its dictionary
/// id and checksum (the sealed header names the dictionary; AES-GCM authenticates the bytes).
pub(crate) fn compress(
    plaintext: &[u8],
    dictionary: Option<&Dictionary>,
) -> Result<Zeroizing<Vec<u8>>, ArchiveError> {
    let wanted = dictionary.map_or(NO_DICTIONARY, Dictionary::id);
    COMPRESSOR.with(|cell| {
        let mut slot = cell.borrow_mut();
        let loaded = slot.as_ref().map(|(id, _)| *id);
        if loaded != Some(wanted) {
            *slot = Some((wanted, new_compressor(dictionary)?));
        }
        let Some((_, context)) = slot.as_mut() else {
            return Err(compression_failed());
        };
        let mut frame = Zeroizing::new(Vec::with_capacity(zstd_safe::compress_bound(
            plaintext.len(),
        )));
        match context.compress2(&mut *frame, plaintext) {
            Ok(_) => Ok(frame),
            Err(_) => {
                // A failed context may be left mid-frame: start the next message afresh.
                *slot = None;
                Err(compression_failed())
            }
        }
    })
}

fn new_compressor(dictionary: Option<&Dictionary>) -> Result<CCtx<'static>, ArchiveError> {
    let mut context = CCtx::try_create().ok_or_else(compression_failed)?;
    let parameters = [
        CParameter::CompressionLevel(COMPRESSION_LEVEL),
        CParameter::ContentSizeFlag(true),
        CParameter::ChecksumFlag(false),
        CParameter::DictIdFlag(false),
    ];
    for parameter in parameters {
        context
            .set_parameter(parameter)
            .map_err(|_| compression_failed())?;
    }
    if let Some(dictionary) = dictionary {
        context
            .load_dictionary(dictionary.bytes())
            .map_err(|_| compression_failed())?;
    }
    Ok(context)
}

/// Decompresses a frame made by [`compress`] with the same dictionary.
pub(crate) fn decompress(
    frame: &[u8],
    dictionary: Option<&Dictionary>,
) -> Result<Vec<u8>, ArchiveError> {
    let size = match zstd_safe::get_frame_content_size(frame) {
        Ok(Some(size)) if size <= MAX_ORIGINAL_BYTES => size as usize,
        _ => return Err(malformed("its compressed frame is damaged")),
    };
    DECOMPRESSOR.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = Some(DCtx::try_create().ok_or_else(compression_failed)?);
        }
        let Some(context) = slot.as_mut() else {
            return Err(compression_failed());
        };
        let mut original = Vec::with_capacity(size);
        let written = match dictionary {
            Some(dictionary) => {
                context.decompress_using_ddict(&mut original, frame, &dictionary.decoder)
            }
            None => context.decompress(&mut original, frame),
        };
        match written {
            Ok(length) if length == size => Ok(original),
            _ => Err(malformed("its compressed frame is damaged")),
        }
    })
}

fn compression_failed() -> ArchiveError {
    ArchiveError::CompressionFailed {
        what: "sealed message",
    }
}

fn malformed(reason: &'static str) -> ArchiveError {
    ArchiveError::MalformedCiphertext {
        what: "sealed message",
        reason,
    }
}

fn unusable(reason: &'static str) -> ArchiveError {
    ArchiveError::MalformedCiphertext {
        what: "compression dictionary",
        reason,
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Chat-shaped JSON lines, like the archive's input.
    fn chat_lines(count: usize) -> Vec<String> {
        let phrases = [
            "您好，请问这个基金的费率是多少？",
            "好的，我稍后发您资料",
            "收到",
        ];
        (0..count)
            .map(|index| {
                format!(
                    r#"{{"msgid":"m{index}_x","action":"send","from":"staff{}","tolist":["wm{}"],"roomid":"","msgtime":{},"msgtype":"text","text":{{"content":"{}"}}}}"#,
                    index % 7,
                    index % 31,
                    1_735_689_635_156_u64 + index as u64 * 977,
                    phrases[index % phrases.len()]
                )
            })
            .collect()
    }

    #[test]
    fn a_trained_dictionary_shrinks_chat_lines_and_round_trips() {
        let lines = chat_lines(3_000);
        let dictionary = Dictionary::train(&lines).unwrap();
        assert_ne!(dictionary.id(), NO_DICTIONARY);
        let line = chat_lines(3_001).pop().unwrap();
        let with = compress(line.as_bytes(), Some(&dictionary)).unwrap();
        let without = compress(line.as_bytes(), None).unwrap();
        assert!(
            with.len() * 2 < line.len(),
            "{} of {} bytes",
            with.len(),
            line.len()
        );
        assert!(with.len() < without.len());
        assert_eq!(
            decompress(&with, Some(&dictionary)).unwrap(),
            line.as_bytes()
        );
        assert_eq!(decompress(&without, None).unwrap(), line.as_bytes());
    }

    #[test]
    fn too_few_samples_train_nothing() {
        assert!(Dictionary::train(&chat_lines(MIN_TRAINING_SAMPLES - 1)).is_none());
    }

    #[test]
    fn the_wrong_dictionary_or_a_damaged_frame_is_an_error() {
        let first = Dictionary::train(&chat_lines(2_000)).unwrap();
        let second = Dictionary::train(&chat_lines(1_500)).unwrap();
        let frame = compress(b"{\"msgid\":\"m1\"}", Some(&first)).unwrap();
        let wrong = decompress(&frame, Some(&second));
        assert!(wrong.is_err() || wrong.unwrap() != b"{\"msgid\":\"m1\"}");
        assert!(decompress(&frame[..frame.len() - 1], Some(&first)).is_err());
        assert!(decompress(b"", None).is_err());
        assert!(Dictionary::new(0, first.bytes().to_vec()).is_err());
    }

    #[test]
    fn debug_shows_no_content() {
        let dictionary = Dictionary::train(&chat_lines(1_200)).unwrap();
        let shown = format!("{dictionary:?}");
        assert!(!shown.contains("费率"), "{shown}");
        assert!(shown.contains(&dictionary.id().to_string()));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_bytes_round_trip(bytes in prop::collection::vec(any::<u8>(), 0..4_096)) {
            let frame = compress(&bytes, None).unwrap();
            prop_assert_eq!(decompress(&frame, None).unwrap(), bytes);
        }
    }

    #[test]
    fn any_bytes_round_trip_with_a_dictionary() {
        let dictionary = Dictionary::train(&chat_lines(2_000)).unwrap();
        let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(200));
        runner
            .run(&prop::collection::vec(any::<u8>(), 0..4_096), |bytes| {
                let frame = compress(&bytes, Some(&dictionary)).unwrap();
                prop_assert_eq!(decompress(&frame, Some(&dictionary)).unwrap(), bytes);
                Ok(())
            })
            .unwrap();
    }
}
