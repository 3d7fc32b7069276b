//! A Bloom filter over each segment's msgid terms, in front of the term dictionary.
//!
//! An import looks up every message it writes by msgid (dedup), in every segment. The msgid
//! terms are random 72-bit strings, one per message, so their dictionary is as large as the
//! archive and a lookup is a descent through pages nobody else touches: at ten million
//! messages, dozens of cache (or page) misses per message and segment, and the pages pile up
//! in the importer's resident memory. A filter answers "certainly not here" from one cache
//! line, which is the answer for almost every segment and, on a first import, for every one.
//!
//! Segments never change once written (deletions live in a separate bitset), so a segment's
//! filter, built once by streaming its msgid terms, stays right until a merge retires the
//! segment; [`MsgidFilters`] keeps them by segment id and forgets retired ones. Large
//! segments' filters are built beside the lookups, which meanwhile use the dictionary.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};

use tantivy::SegmentReader;
use tantivy::index::SegmentId;
use tantivy::schema::Field;

/// 12 bits a term and 7 probes in a 512-bit block: about 0.6 % false positives, each costing
/// one dictionary lookup that finds nothing.
const BITS_PER_TERM: usize = 12;
const PROBES: usize = 7;
const BLOCK_BITS: usize = 512;
const BLOCK_WORDS: usize = BLOCK_BITS / 64;

/// A blocked Bloom filter: each term sets its bits in one 64-byte block (one cache line).
pub(super) struct SegmentFilter {
    blocks: Vec<[u64; BLOCK_WORDS]>,
}

impl SegmentFilter {
    fn with_capacity(terms: usize) -> Self {
        let blocks = (terms.max(1) * BITS_PER_TERM).div_ceil(BLOCK_BITS);
        SegmentFilter {
            blocks: vec![[0; BLOCK_WORDS]; blocks],
        }
    }

    fn insert(&mut self, term: &[u8]) {
        let (block, probes) = self.locate(term);
        let words = &mut self.blocks[block];
        for bit in probes {
            words[bit / 64] |= 1 << (bit % 64);
        }
    }

    /// False means the segment does not hold the term; true means it may.
    pub(super) fn may_contain(&self, term: &[u8]) -> bool {
        let (block, probes) = self.locate(term);
        let words = &self.blocks[block];
        probes
            .iter()
            .all(|bit| words[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// The term's block and its bit positions within the block.
    fn locate(&self, term: &[u8]) -> (usize, [usize; PROBES]) {
        let hash = fingerprint(term);
        // Multiply-shift maps the hash onto the blocks without a division's bias.
        let block = ((u128::from(hash) * self.blocks.len() as u128) >> 64) as usize;
        let bits = mix(hash ^ 0x9e37_79b9_7f4a_7c15);
        let probes = std::array::from_fn(|probe| ((bits >> (probe * 9)) & 0x1ff) as usize);
        (block, probes)
    }
}

/// FNV-1a, finished with a mixer: the terms are keyed hashes already, so this only has to
/// spread their (base64) bytes over 64 bits.
fn fingerprint(term: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    for byte in term {
        hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(hash)
}

/// splitmix64's finaliser.
fn mix(mut value: u64) -> u64 {
    value = (value ^ (value >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    value = (value ^ (value >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    value ^ (value >> 31)
}

/// The filters of the segments a search index has shown its readers lately.
pub(super) struct MsgidFilters {
    state: Mutex<FilterState>,
    /// Filters of segments of up to this many terms are built by the lookup that needs them;
    /// larger ones on a thread of their own.
    inline_terms: usize,
}

#[derive(Default)]
struct FilterState {
    by_segment: HashMap<SegmentId, Arc<SegmentFilter>>,
    /// Segments whose filter a background thread is building.
    building: HashSet<SegmentId>,
}

/// Building a segment's filter streams all of its msgid terms. A batch of lookups builds the
/// filters it lacks for segments of up to this many terms per msgid in the batch: an import's
/// batches (tens of thousands) build them all, and each later batch reuses them; a reader
/// asking for one msgid or a page of them never streams more than a few microseconds' worth of
/// terms per msgid, and looks the rest up in the dictionary instead of waiting for filters over
/// millions of terms.
const TERMS_STREAMED_PER_LOOKUP: usize = 1_000;

/// Streaming this many terms takes a few milliseconds: the segments an import's commits flush
/// are a few hundred thousand messages, and the ones merges write millions, which take from a
/// tenth of a second to more. An import's dedup holds up every stage behind it while it waits,
/// so those are built beside it, and the batches meanwhile look the segment up in its
/// dictionary (tens of milliseconds a batch).
const INLINE_BUILD_TERMS: usize = 1 << 16;

impl Default for MsgidFilters {
    fn default() -> Self {
        MsgidFilters::building_inline_up_to(INLINE_BUILD_TERMS)
    }
}

impl MsgidFilters {
    pub(super) fn building_inline_up_to(inline_terms: usize) -> Self {
        MsgidFilters {
            state: Mutex::default(),
            inline_terms,
        }
    }

    /// The filter of each of `segments`, in order, for a batch of `lookups` msgids: `None`
    /// for a segment without a filter yet, whose dictionary the batch is to look in. Filters
    /// of segments no longer among `segments` (merged away) are dropped.
    pub(super) fn for_segments(
        self: &Arc<Self>,
        segments: &[SegmentReader],
        msgid_field: Field,
        lookups: usize,
    ) -> tantivy::Result<Vec<Option<Arc<SegmentFilter>>>> {
        let (known, building) = {
            let mut state = self.lock();
            state
                .by_segment
                .retain(|id, _| segments.iter().any(|segment| segment.segment_id() == *id));
            (state.by_segment.clone(), state.building.clone())
        };
        let mut filters = Vec::with_capacity(segments.len());
        let mut built = Vec::new();
        for segment in segments {
            let id = segment.segment_id();
            if let Some(filter) = known.get(&id) {
                filters.push(Some(Arc::clone(filter)));
                continue;
            }
            filters.push(None);
            if building.contains(&id) {
                continue;
            }
            let terms = segment.inverted_index(msgid_field)?.terms().num_terms();
            if lookups.saturating_mul(TERMS_STREAMED_PER_LOOKUP) < terms {
                continue;
            }
            if terms > self.inline_terms {
                self.build_in_background(segment.clone(), msgid_field);
                continue;
            }
            // Built outside the lock: another reader building the same one at the same time
            // only wastes the work.
            let filter = Arc::new(build(segment, msgid_field)?);
            built.push((id, Arc::clone(&filter)));
            if let Some(last) = filters.last_mut() {
                *last = Some(filter);
            }
        }
        if !built.is_empty() {
            self.lock().by_segment.extend(built);
        }
        Ok(filters)
    }

    /// Starts building `segment`'s filter on a thread of its own, unless one is at it.
    fn build_in_background(self: &Arc<Self>, segment: SegmentReader, msgid_field: Field) {
        let id = segment.segment_id();
        if !self.lock().building.insert(id) {
            return;
        }
        let filters = Arc::clone(self);
        let spawned = std::thread::Builder::new()
            .name("scrm-msgid-filter".to_string())
            .spawn(move || {
                let built = build(&segment, msgid_field);
                let mut state = filters.lock();
                state.building.remove(&id);
                match built {
                    // A merge may have retired the segment meanwhile: the next lookup drops it.
                    Ok(filter) => {
                        state.by_segment.insert(id, Arc::new(filter));
                    }
                    // Lookups go on through the dictionary; a later batch tries again.
                    Err(error) => tracing::warn!(%error, "cannot build a segment's msgid filter"),
                }
            });
        if let Err(error) = spawned {
            tracing::warn!(%error, "cannot start a thread to build a msgid filter");
            self.lock().building.remove(&id);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, FilterState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl MsgidFilters {
    /// How many segments have a filter.
    #[cfg(test)]
    pub(super) fn built(&self) -> usize {
        self.lock().by_segment.len()
    }
}

fn build(segment: &SegmentReader, msgid_field: Field) -> tantivy::Result<SegmentFilter> {
    let inverted = segment.inverted_index(msgid_field)?;
    let dictionary = inverted.terms();
    let mut filter = SegmentFilter::with_capacity(dictionary.num_terms());
    let mut terms = dictionary.stream()?;
    while terms.advance() {
        filter.insert(terms.key());
    }
    Ok(filter)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn a_term_put_in_is_always_found(terms in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..24), 0..400)) {
            let mut filter = SegmentFilter::with_capacity(terms.len());
            for term in &terms {
                filter.insert(term);
            }
            for term in &terms {
                prop_assert!(filter.may_contain(term));
            }
        }
    }

    #[test]
    fn few_terms_left_out_look_present() {
        let term = |index: u32| format!("term-{index:08}").into_bytes();
        let mut filter = SegmentFilter::with_capacity(100_000);
        for index in 0..100_000 {
            filter.insert(&term(index));
        }
        let false_positives = (100_000..200_000)
            .filter(|index| filter.may_contain(&term(*index)))
            .count();
        // 0.6 % expected; 1 % leaves room for chance without letting a broken hash through.
        assert!(false_positives < 1_000, "{false_positives} false positives");
    }

    #[test]
    fn an_empty_filter_finds_nothing() {
        let filter = SegmentFilter::with_capacity(0);
        assert!(!filter.may_contain(b"anything"));
    }
}
