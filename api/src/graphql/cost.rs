//! What fields cost in the complexity budget (`Limits::graphql_max_complexity`).
//!
//! By default every field costs 1 plus what it selects, which makes work that does not show in
//! the selection free: `archiveSearch(first: 0) { totalCount }` runs an index search with an
//! exact count, and a thousand aliases of it once cost nothing. Fields that query pay a base
//! for the query itself, lists pay per item they may return.

use crate::domain::page::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};

/// One row (or one sealed message) by id.
pub const LOOKUP: usize = 5;
/// A page of a table and its count.
pub const LIST: usize = 10;
/// A search of the protected index with an exact count, then opening each hit.
pub const SEARCH: usize = 100;
/// An aggregate over a tenant's table (a dashboard figure, a segment count): it may read every
/// row of the range — 300,000 follow-ups in 100–200 ms on the seeded tenant of BENCHMARKS.md —
/// so twenty fit the default budget (a whole dashboard is eight), not a thousand aliases.
pub const AGGREGATE: usize = 500;
/// Most neighbours `ArchiveMessage.context` returns on each side.
pub const MAX_CONTEXT: i32 = 50;

/// A page of at most `size` items (the default page when not given), each costing `child`.
pub fn page(size: Option<i32>, base: usize, child: usize) -> usize {
    let size = size.unwrap_or(DEFAULT_PAGE_SIZE).clamp(0, MAX_PAGE_SIZE) as usize;
    base.saturating_add(size.saturating_mul(child))
}

/// A message's neighbourhood: up to `before + after + 1` messages opened.
pub fn context(before: i32, after: i32, child: usize) -> usize {
    let count = before.clamp(0, MAX_CONTEXT) as usize + after.clamp(0, MAX_CONTEXT) as usize + 1;
    LOOKUP.saturating_add(count.saturating_mul(child))
}

/// One object fetched by id.
pub fn lookup(child: usize) -> usize {
    LOOKUP.saturating_add(child)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn empty_pages_still_cost_their_query() {
        assert_eq!(page(Some(0), SEARCH, 1), SEARCH);
        assert_eq!(page(None, LIST, 2), LIST + 40);
        assert_eq!(page(Some(i32::MAX), LIST, usize::MAX), usize::MAX);
        assert_eq!(context(50, 50, 1), LOOKUP + 101);
        assert_eq!(context(-5, i32::MAX, 1), LOOKUP + 51);
    }
}
