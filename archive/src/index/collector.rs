//! The order results come in, and the collectors that read it: every match below a cursor
//! (exports) and a message's nearest neighbours (context). A search's first page is
//! `newest_page.rs`.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::schema::{ID_FIELD, SENT_AT_FIELD};

/// `(sent_at_ms, id)` packed so that integer order is result order: newest first means the
/// largest key first, and the id breaks ties between messages of the same millisecond.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct SortKey(u128);

impl SortKey {
    pub(super) fn new(sent_at_ms: i64, id: u64) -> Self {
        // Flipping the sign bit maps i64 order onto u64 order.
        let time = (sent_at_ms as u64) ^ (1 << 63);
        SortKey((u128::from(time) << 64) | u128::from(id))
    }

    pub(super) fn sent_at_ms(self) -> i64 {
        (((self.0 >> 64) as u64) ^ (1 << 63)) as i64
    }

    pub(super) fn id(self) -> u64 {
        self.0 as u64
    }
}

/// The `capacity` largest items offered so far: a page's newest keys, a message's nearest
/// neighbours.
pub(super) struct Largest<T> {
    capacity: usize,
    /// Smallest on top, so that a larger item replaces it.
    items: BinaryHeap<Reverse<T>>,
}

impl<T: Ord> Largest<T> {
    pub(super) fn new(capacity: usize) -> Self {
        Largest {
            capacity,
            items: BinaryHeap::with_capacity(capacity),
        }
    }

    pub(super) fn offer(&mut self, item: T) {
        if self.items.len() < self.capacity {
            self.items.push(Reverse(item));
            return;
        }
        if let Some(mut smallest) = self.items.peek_mut()
            && item > smallest.0
        {
            *smallest = Reverse(item);
        }
    }

    /// The smallest item kept, once `capacity` are kept: what a new item must beat.
    pub(super) fn threshold(&self) -> Option<&T> {
        if self.items.len() < self.capacity {
            return None;
        }
        self.items.peek().map(|Reverse(item)| item)
    }

    /// The items kept, largest first.
    pub(super) fn into_largest_first(self) -> Vec<T> {
        self.items
            .into_sorted_vec()
            .into_iter()
            .map(|Reverse(item)| item)
            .collect()
    }
}

/// A segment's sort keys below an optional cursor: the fast fields both collectors read.
pub(super) struct SegmentKeys {
    sent_at: Column<i64>,
    id: Column<u64>,
    before: Option<SortKey>,
}

impl SegmentKeys {
    pub(super) fn open(segment: &SegmentReader, before: Option<SortKey>) -> tantivy::Result<Self> {
        let fast_fields = segment.fast_fields();
        Ok(SegmentKeys {
            sent_at: fast_fields.i64(SENT_AT_FIELD)?,
            id: fast_fields.u64(ID_FIELD)?,
            before,
        })
    }

    /// The document's key if it sorts below the cursor. Every document gets both values when
    /// it is added; one without them could not be placed in the order, so it is never listed.
    pub(super) fn below_cursor(&self, doc: DocId) -> Option<SortKey> {
        let (Some(sent_at_ms), Some(id)) = (self.sent_at.first(doc), self.id.first(doc)) else {
            return None;
        };
        let key = SortKey::new(sent_at_ms, id);
        if self.before.is_some_and(|before| key >= before) {
            return None;
        }
        Some(key)
    }

    /// The latest `sent_at` in the segment, deleted documents included: an upper bound.
    pub(super) fn latest_sent_at(&self) -> i64 {
        self.sent_at.max_value()
    }

    /// Whether every document sorts at or above the cursor, so that none is below it.
    pub(super) fn all_at_or_above_cursor(&self) -> bool {
        // A document of the cursor's millisecond may still sort below it on its id.
        self.before
            .is_some_and(|before| self.sent_at.min_value() > before.sent_at_ms())
    }
}

/// Collects every match below a cursor, for an export that walks them all: one pass over the
/// index, where paging with [`NewestFirst`] would take one pass per page.
pub(super) struct AllBefore {
    pub before: Option<SortKey>,
}

pub(super) struct SegmentAllBefore {
    segment_keys: SegmentKeys,
    keys: Vec<SortKey>,
    total: u64,
}

impl Collector for AllBefore {
    /// (every match, the matches below the cursor newest first).
    type Fruit = (u64, Vec<SortKey>);
    type Child = SegmentAllBefore;

    fn for_segment(
        &self,
        _segment_ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentAllBefore> {
        Ok(SegmentAllBefore {
            segment_keys: SegmentKeys::open(segment, self.before)?,
            keys: Vec::new(),
            total: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        segment_fruits: Vec<(u64, Vec<SortKey>)>,
    ) -> tantivy::Result<(u64, Vec<SortKey>)> {
        let total = segment_fruits.iter().map(|(total, _)| total).sum();
        let mut keys: Vec<SortKey> = segment_fruits
            .into_iter()
            .flat_map(|(_, keys)| keys)
            .collect();
        keys.sort_unstable_by(|left, right| right.cmp(left));
        Ok((total, keys))
    }
}

impl SegmentCollector for SegmentAllBefore {
    type Fruit = (u64, Vec<SortKey>);

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.total += 1;
        if let Some(key) = self.segment_keys.below_cursor(doc) {
            self.keys.push(key);
        }
    }

    fn harvest(self) -> (u64, Vec<SortKey>) {
        (self.total, self.keys)
    }
}

/// Which side of a message its neighbours are on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Sorting before it: sent earlier (or in the same millisecond, with a lower seq).
    Older,
    /// Sorting after it.
    Newer,
}

/// Collects the `limit` matches nearest to `around` on one side of it (`around` itself
/// excluded), nearest first: a message's neighbourhood in its conversation.
pub(super) struct Nearest {
    pub around: SortKey,
    pub side: Side,
    pub limit: usize,
}

pub(super) struct SegmentNearest {
    sent_at: Column<i64>,
    id: Column<u64>,
    around: SortKey,
    side: Side,
    /// The `limit` nearest keys so far: the largest reversed distances. For older neighbours
    /// the smallest key is the farthest, for newer ones the largest.
    nearest: Largest<Reverse<Distance>>,
}

/// A key ordered by its distance from `around` on one side: larger is farther.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Distance {
    /// Older keys are farther the smaller they are.
    Older(Reverse<SortKey>),
    Newer(SortKey),
}

impl Distance {
    fn key(self) -> SortKey {
        match self {
            Distance::Older(Reverse(key)) | Distance::Newer(key) => key,
        }
    }
}

impl Collector for Nearest {
    type Fruit = Vec<SortKey>;
    type Child = SegmentNearest;

    fn for_segment(
        &self,
        _segment_ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentNearest> {
        let fast_fields = segment.fast_fields();
        Ok(SegmentNearest {
            sent_at: fast_fields.i64(SENT_AT_FIELD)?,
            id: fast_fields.u64(ID_FIELD)?,
            around: self.around,
            side: self.side,
            nearest: Largest::new(self.limit),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segment_fruits: Vec<Vec<SortKey>>) -> tantivy::Result<Vec<SortKey>> {
        let mut keys: Vec<SortKey> = segment_fruits.into_iter().flatten().collect();
        match self.side {
            Side::Older => keys.sort_unstable_by(|left, right| right.cmp(left)),
            Side::Newer => keys.sort_unstable(),
        }
        keys.truncate(self.limit);
        Ok(keys)
    }
}

impl SegmentCollector for SegmentNearest {
    type Fruit = Vec<SortKey>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let (Some(sent_at_ms), Some(id)) = (self.sent_at.first(doc), self.id.first(doc)) else {
            return;
        };
        let key = SortKey::new(sent_at_ms, id);
        let distance = match self.side {
            Side::Older if key < self.around => Distance::Older(Reverse(key)),
            Side::Newer if key > self.around => Distance::Newer(key),
            _ => return,
        };
        self.nearest.offer(Reverse(distance));
    }

    fn harvest(self) -> Vec<SortKey> {
        self.nearest
            .into_largest_first()
            .into_iter()
            .map(|Reverse(distance)| distance.key())
            .collect()
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sort_key_orders_like_the_tuple(
            left in (any::<i64>(), any::<u64>()),
            right in (any::<i64>(), any::<u64>()),
        ) {
            let left_key = SortKey::new(left.0, left.1);
            let right_key = SortKey::new(right.0, right.1);
            prop_assert_eq!(left_key.cmp(&right_key), left.cmp(&right));
            prop_assert_eq!((left_key.sent_at_ms(), left_key.id()), left);
        }
    }
}
