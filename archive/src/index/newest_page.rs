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
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use tantivy::query::{EnableScoring, Query, Weight};
use tantivy::{Executor, Searcher, SegmentReader};

use super::collector::{Largest, SegmentKeys, SortKey};

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
    let executor = searcher.index().search_executor();
    let mut segments = searcher
        .segment_readers()
        .iter()
        .map(|reader| SegmentKeys::open(reader, before).map(|keys| (reader, keys)))
        .collect::<tantivy::Result<Vec<_>>>()?;
    segments.sort_by_key(|(_, keys)| Reverse(keys.latest_sent_at()));
    if segments.is_empty() {
        return Ok(NewestPage::default());
    }

    // One more than the page: whether the extra one exists says whether another page follows.
    let walked = Mutex::new(Walked::new(limit + 1));
    let visit = |&segment: &usize| {
        let (reader, keys) = &segments[segment];
        {
            let mut walked = lock(&walked);
            if cannot_change(&walked.best, keys) {
                walked.to_count.push(segment);
                return Ok(());
            }
        }
        let (matches, found) = walk_segment(weight.as_ref(), reader, keys, limit + 1)?;
        lock(&walked).add(matches, found);
        Ok(())
    };
    // The newest segment is walked first and alone: it is usually the smallest (just written)
    // and fills the page by itself, and then every older one is only counted. The others are
    // shared out newest first, each worker asking the page so far whether its next segment
    // is worth walking.
    visit(&0)?;
    let older: Vec<usize> = (1..segments.len()).collect();
    share_out(executor, parallelism, &older, visit)?;
    let Walked {
        best,
        mut total,
        walked_segments,
        mut to_count,
    } = walked.into_inner().unwrap_or_else(PoisonError::into_inner);

    // Largest first, so that no worker is left counting a large segment alone at the end.
    to_count.sort_by_key(|&segment| Reverse(segments[segment].0.max_doc()));
    let counted = AtomicU64::new(0);
    share_out(executor, parallelism, &to_count, |&segment| {
        let matches = weight.count(segments[segment].0)?;
        counted.fetch_add(u64::from(matches), Ordering::Relaxed);
        Ok(())
    })?;
    total += counted.into_inner();

    let mut page = best.into_largest_first();
    let has_more = page.len() > limit;
    page.truncate(limit);
    Ok(NewestPage {
        total,
        page,
        has_more,
        walked_segments,
    })
}

/// What walking the segments that may change the page has found so far.
struct Walked {
    best: Largest<SortKey>,
    /// Matches in the walked segments.
    total: u64,
    walked_segments: usize,
    /// The segments that cannot change the page, as indices into the newest-first list.
    to_count: Vec<usize>,
}

impl Walked {
    fn new(capacity: usize) -> Self {
        Walked {
            best: Largest::new(capacity),
            total: 0,
            walked_segments: 0,
            to_count: Vec::new(),
        }
    }

    fn add(&mut self, matches: u64, found: Vec<SortKey>) {
        self.total += matches;
        self.walked_segments += 1;
        found.into_iter().for_each(|key| self.best.offer(key));
    }
}

/// Runs `task` on each item in order, with up to `workers` workers on the executor's threads:
/// each takes the next item when done with one. One item, or one worker, runs on this thread.
fn share_out<T: Sync>(
    executor: &Executor,
    workers: usize,
    items: &[T],
    task: impl Fn(&T) -> tantivy::Result<()> + Sync,
) -> tantivy::Result<()> {
    if workers <= 1 || items.len() <= 1 {
        return items.iter().try_for_each(task);
    }
    let next = AtomicUsize::new(0);
    executor.map(
        |_worker| {
            while let Some(item) = items.get(next.fetch_add(1, Ordering::Relaxed)) {
                task(item)?;
            }
            Ok(())
        },
        0..workers.min(items.len()),
    )?;
    Ok(())
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
    let mut best = Largest::new(capacity);
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
    Ok((matches, best.into_largest_first()))
}

/// Whether no document of the segment can be among the best keys: every one is at or above the
/// cursor, or the best are full and the segment's latest message is older than the oldest of
/// them. (A message of the same millisecond may still win on its id, so it is walked.)
fn cannot_change(best: &Largest<SortKey>, segment: &SegmentKeys) -> bool {
    if segment.all_at_or_above_cursor() {
        return true;
    }
    best.threshold()
        .is_some_and(|oldest| segment.latest_sent_at() < oldest.sent_at_ms())
}
