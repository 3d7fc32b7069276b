//! Searching: requests, pages and cursors.

use super::SearchIndex;
use super::collector::{AllBefore, Nearest, Side, SortKey};
use super::newest_page::newest_page;
use super::query::{build_query, validate_terms};
use tantivy::collector::Collector;
use tantivy::query::Query;

use crate::ArchiveError;

/// The largest page a search returns.
pub const MAX_PAGE_SIZE: usize = 100;

/// Messages an export reads from the database at once (after finding them all in one pass,
/// [`SearchIndex::all_matches`]).
pub const MAX_EXPORT_PAGE_SIZE: usize = 1_000;

/// Conditions on a message's metadata; all that are set must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SearchFilter {
    /// Sent at or after this time (ms since the epoch).
    pub sent_from_ms: Option<i64>,
    /// Sent strictly before this time.
    pub sent_before_ms: Option<i64>,
    pub sender: Option<String>,
    /// Each of these took part (as sender or recipient): one staff id and one customer id
    /// select their conversation.
    pub participants: Vec<String>,
    /// For each set, at least one of its ids took part (as sender or recipient): a department
    /// is the set of its members' ids. An empty set matches nothing (a department without
    /// members has no messages).
    #[serde(default)]
    pub participant_sets: Vec<Vec<String>>,
    /// `Some("")` selects one-to-one chats.
    pub roomid: Option<String>,
    pub msgtype: Option<String>,
    pub revoked: Option<bool>,
}

/// Where a page ended: the `(sent_at, id)` of its last message. Pass it back as
/// [`SearchRequest::after`] for the next page. Callers may encode it opaquely; it reveals
/// nothing beyond the time and seq of a message the caller was allowed to see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SearchCursor {
    pub sent_at_ms: i64,
    pub id: u64,
}

/// `Debug` shows how many terms there are, not what they are: queries are audited, not logged.
#[derive(Clone, PartialEq, Eq)]
pub struct SearchRequest {
    /// Normalised terms from [`parse_query`](super::parse_query), all of which must occur.
    /// No terms lists every message under the filter (browsing).
    pub terms: Vec<String>,
    pub filter: SearchFilter,
    /// Continue after this message; `None` for the first page.
    pub after: Option<SearchCursor>,
    /// Messages per page, 1 to [`MAX_PAGE_SIZE`].
    pub limit: usize,
}

impl std::fmt::Debug for SearchRequest {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("SearchRequest")
            .field("terms", &self.terms.len())
            .field("filter", &self.filter)
            .field("after", &self.after)
            .field("limit", &self.limit)
            .finish()
    }
}

/// One page of results, newest first (`sent_at` descending, then `id` descending).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchPage {
    /// How many messages match the terms and the filter, on all pages.
    pub total: u64,
    /// The messages' per-tenant seqs.
    pub ids: Vec<u64>,
    /// `Some` when more matches follow this page.
    pub next_cursor: Option<SearchCursor>,
}

impl From<SortKey> for SearchCursor {
    fn from(key: SortKey) -> Self {
        SearchCursor {
            sent_at_ms: key.sent_at_ms(),
            id: key.id(),
        }
    }
}

impl SearchIndex {
    /// Runs `collector` over the documents `query` matches, in the reader's current view.
    fn collect<C: Collector>(
        &self,
        query: &dyn Query,
        collector: &C,
    ) -> Result<C::Fruit, ArchiveError> {
        self.reader
            .searcher()
            .search(query, collector)
            .map_err(|source| ArchiveError::SearchIndex {
                operation: "search",
                source,
            })
    }

    /// Runs a search against the last committed state of the index.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchPage, ArchiveError> {
        if request.limit == 0 || request.limit > MAX_PAGE_SIZE {
            return Err(ArchiveError::InvalidSearch {
                reason: "the page size must be between 1 and 100",
            });
        }
        validate_terms(&request.terms)?;

        let query = build_query(&self.hasher, &self.fields, &request.terms, &request.filter);
        let before = request
            .after
            .map(|cursor| SortKey::new(cursor.sent_at_ms, cursor.id));
        let found = newest_page(
            &self.reader.searcher(),
            query.as_ref(),
            request.limit,
            before,
            super::search_threads(),
        )
        .map_err(|source| ArchiveError::SearchIndex {
            operation: "search",
            source,
        })?;

        tracing::debug!(
            total = found.total,
            walked_segments = found.walked_segments,
            "search page"
        );
        let next_cursor = match found.page.last() {
            Some(last) if found.has_more => Some(SearchCursor::from(*last)),
            _ => None,
        };
        Ok(SearchPage {
            total: found.total,
            ids: found.page.iter().map(|key| key.id()).collect(),
            next_cursor,
        })
    }

    /// Every match of `terms` and `filter` below `after`, newest first, and how many match in
    /// all: for an export, which reads them all (16 bytes per match in memory).
    pub fn all_matches(
        &self,
        terms: &[String],
        filter: &SearchFilter,
        after: Option<SearchCursor>,
    ) -> Result<(u64, Vec<SearchCursor>), ArchiveError> {
        validate_terms(terms)?;
        let query = build_query(&self.hasher, &self.fields, terms, filter);
        let collector = AllBefore {
            before: after.map(|cursor| SortKey::new(cursor.sent_at_ms, cursor.id)),
        };
        let (total, keys) = self.collect(query.as_ref(), &collector)?;
        let keys = keys.into_iter().map(SearchCursor::from).collect();
        Ok((total, keys))
    }

    /// Up to `limit` messages under `filter` nearest to `around` on `side` of it, nearest
    /// first, `around` itself excluded: a message's neighbours in its conversation, read from
    /// the last committed state of the index. `limit` is at most [`MAX_PAGE_SIZE`].
    pub fn neighbours(
        &self,
        filter: &SearchFilter,
        around: SearchCursor,
        side: Side,
        limit: usize,
    ) -> Result<Vec<SearchCursor>, ArchiveError> {
        if limit > MAX_PAGE_SIZE {
            return Err(ArchiveError::InvalidSearch {
                reason: "the page size must be between 1 and 100",
            });
        }
        if limit == 0 {
            return Ok(Vec::new());
        }
        let query = build_query(&self.hasher, &self.fields, &[], filter);
        let collector = Nearest {
            around: SortKey::new(around.sent_at_ms, around.id),
            side,
            limit,
        };
        let keys = self.collect(query.as_ref(), &collector)?;
        Ok(keys.into_iter().map(SearchCursor::from).collect())
    }
}
