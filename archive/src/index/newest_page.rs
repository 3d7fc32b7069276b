//! One page of matches, newest first, with the exact number of matches in all: what every
//! `archiveSearch` asks.
//!
//! Collecting every match's sort key would read two fast fields and update a heap for each of
//! hundreds of thousands of matches, to keep twenty. Instead the segments are visited newest
//! first, by the latest `sent_at` each holds. Once the page is full, a segment whose latest
//! message is older than the page's oldest cannot change the page, and neither can any segment
//! after it, so those are only counted. Counting reads no sort key, and for a one- or
//! two-character term in a segment without deletions it is the term's document frequency, read
//! from the dictionary without walking the postings.
//!
//! An archive imported or pulled in time order keeps its newest messages in its newest
//! segments, so a first page walks the matches of one or two segments. The answer is exact
//! whatever the order; only the work saved depends on it.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use tantivy::query::{EnableScoring, Query, Weight};
use tantivy::{Searcher, SegmentReader};

use super::collector::{SegmentKeys, SortKey};

/// What [`newest_page`] finds.
#[derive(Debug, Default)]
pub(super) struct NewestPage {
    /// Every match, on every page.
    pub total: u64,
    /// The page: at most `limit` matches below the cursor, newest first.
    pub page: Vec<SortKey>,
    /// Whether more matches follow the page.
    pub has_more: bool,
    /// Segments whose matches were walked; the others were only counted.
    pub walked_segments: usize,
}

#[cfg(test)]
impl NewestPage {
    pub(super) fn ids(&self) -> Vec<u64> {
        self.page.iter().map(|key| key.id()).collect()
    }
}

/// The `limit` newest matches of `query` below `before`, and how many match in all.
/// `parallelism` workers (on the index's search threads) share the segments after the newest.
pub(super) fn newest_page(
    searcher: &Searcher,
    query: &dyn Query,
    limit: usize,
    before: Option<SortKey>,
    parallelism: usize,
) -> tantivy::Result<NewestPage> {
    let weight = query.weight(EnableScoring::disabled_from_searcher(searcher))?;
    let mut segments = searcher
        .segment_readers()
        .iter()
        .map(|reader| SegmentKeys::open(reader, before).map(|keys| (reader, keys)))
        .collect::<tantivy::Result<Vec<_>>>()?;
    segments.sort_by_key(|(_, keys)| Reverse(keys.latest_sent_at()));
    let Some(((newest, newest_keys), older)) = segments.split_first() else {
        return Ok(NewestPage::default());
    };

    // One more than the page: whether the extra one exists says whether another page follows.
    let mut best = BestKeys::new(limit + 1);
    let mut progress = Progress::default();
    // The newest segment is walked first and alone, on this thread: it is usually the smallest
    // (just written) and fills the page by itself, and then every older one is only counted.
    progress.visit(weight.as_ref(), newest, newest_keys, &mut best)?;

    // The others are shared out newest first: each worker takes the next segment and asks the
    // page so far whether it is worth walking.
    let shared = Mutex::new((best, progress));
    let next = AtomicUsize::new(0);
    searcher.index().search_executor().map(
        |_worker| loop {
            let Some((reader, keys)) = older.get(next.fetch_add(1, Ordering::Relaxed)) else {
                return Ok(());
            };
            let walk = {
                let (best, _) = &*lock(&shared);
                !best.cannot_change(keys)
            };
            if !walk {
                let matches = weight.count(reader)?;
                lock(&shared).1.counted(matches);
                continue;
            }
            let (matches, found) = walk_segment(weight.as_ref(), reader, keys, limit + 1)?;
            let (best, progress) = &mut *lock(&shared);
            progress.walked(matches);
            found.into_iter().for_each(|key| best.offer(key));
        },
        0..parallelism.max(1),
    )?;
    let (best, progress) = shared.into_inner().unwrap_or_else(PoisonError::into_inner);

    let mut page = best.into_newest_first();
    let has_more = page.len() > limit;
    page.truncate(limit);
    Ok(NewestPage {
        total: progress.total,
        page,
        has_more,
        walked_segments: progress.walked_segments,
    })
}

/// Matches found so far, and how.
#[derive(Default)]
struct Progress {
    total: u64,
    walked_segments: usize,
}

impl Progress {
    /// Walks the segment if it may change the page, counts it otherwise.
    fn visit(
        &mut self,
        weight: &dyn Weight,
        reader: &SegmentReader,
        keys: &SegmentKeys,
        best: &mut BestKeys,
    ) -> tantivy::Result<()> {
        if best.cannot_change(keys) {
            self.counted(weight.count(reader)?);
            return Ok(());
        }
        let (matches, found) = walk_segment(weight, reader, keys, best.capacity)?;
        self.walked(matches);
        found.into_iter().for_each(|key| best.offer(key));
        Ok(())
    }

    fn counted(&mut self, matches: u32) {
        self.total += u64::from(matches);
    }

    fn walked(&mut self, matches: u64) {
        self.total += matches;
        self.walked_segments += 1;
    }
}

/// A worker that panicked has already failed the search (the executor passes the panic on), so
/// a poisoned lock holds nothing anyone reads.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Walks every match in one segment: how many there are (deleted documents left out), and the
/// `capacity` largest keys among those below the cursor.
fn walk_segment(
    weight: &dyn Weight,
    reader: &SegmentReader,
    keys: &SegmentKeys,
    capacity: usize,
) -> tantivy::Result<(u64, Vec<SortKey>)> {
    let alive = reader.alive_bitset();
    let mut best = BestKeys::new(capacity);
    let mut matches = 0u64;
    weight.for_each_no_score(reader, &mut |docs| {
        for &doc in docs {
            if alive.is_some_and(|alive| !alive.is_alive(doc)) {
                continue;
            }
            matches += 1;
            if let Some(key) = keys.below_cursor(doc) {
                best.offer(key);
            }
        }
    })?;
    Ok((
        matches,
        best.keys.into_iter().map(|Reverse(key)| key).collect(),
    ))
}

/// The largest keys offered so far, at most `capacity` of them.
struct BestKeys {
    capacity: usize,
    /// Smallest on top, so that a larger key replaces it.
    keys: BinaryHeap<Reverse<SortKey>>,
}

impl BestKeys {
    fn new(capacity: usize) -> Self {
        BestKeys {
            capacity,
            keys: BinaryHeap::with_capacity(capacity),
        }
    }

    fn offer(&mut self, key: SortKey) {
        if self.keys.len() < self.capacity {
            self.keys.push(Reverse(key));
            return;
        }
        if let Some(mut smallest) = self.keys.peek_mut()
            && key > smallest.0
        {
            *smallest = Reverse(key);
        }
    }

    /// Whether no document of the segment can be among the best: every one is at or above the
    /// cursor, or the best are full and the segment's latest message is older than the oldest
    /// of them. (A message of the same millisecond may still win on its id, so it is walked.)
    fn cannot_change(&self, segment: &SegmentKeys) -> bool {
        if segment.all_at_or_above_cursor() {
            return true;
        }
        if self.keys.len() < self.capacity {
            return false;
        }
        self.keys
            .peek()
            .is_some_and(|Reverse(oldest)| segment.latest_sent_at() < oldest.sent_at_ms())
    }

    fn into_newest_first(self) -> Vec<SortKey> {
        let mut keys: Vec<SortKey> = self.keys.into_iter().map(|Reverse(key)| key).collect();
        keys.sort_unstable_by(|left, right| right.cmp(left));
        keys
    }
}
