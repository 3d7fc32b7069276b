//! Finding messages by msgid: every document carries its msgid as a blind term, so the index
//! answers "which seq has this msgid" where the database would need an index in random order.

use std::collections::HashMap;

use tantivy::schema::{IndexRecordOption, Term};
use tantivy::{DocSet, TERMINATED};

use super::SearchIndex;
use super::schema::ID_FIELD;
use super::terms::TermDomain;
use crate::ArchiveError;

impl SearchIndex {
    /// The seqs indexed under each of `msgids` as of the reader's last reload, deleted
    /// documents excluded; msgids not indexed are absent. Each segment's Bloom filter of msgids
    /// (for a batch large enough to build it, see `msgid_filter.rs`) rules most segments out;
    /// the rest cost one term lookup. No query is built, nothing is
    /// scored.
    pub fn seqs_by_msgid(
        &self,
        msgids: &[String],
    ) -> Result<HashMap<String, Vec<u64>>, ArchiveError> {
        let error = |source| ArchiveError::SearchIndex {
            operation: "find messages by msgid",
            source,
        };
        let terms: Vec<(&String, Term)> = msgids
            .iter()
            .map(|msgid| {
                let blind = self.hasher.term(TermDomain::Msgid, msgid.as_bytes());
                (
                    msgid,
                    Term::from_field_text(self.fields.msgid, blind.as_str()),
                )
            })
            .collect();
        let mut found: HashMap<String, Vec<u64>> = HashMap::new();
        let searcher = self.reader.searcher();
        let segments = searcher.segment_readers();
        let filters = self
            .msgid_filters
            .for_segments(segments, self.fields.msgid, terms.len())
            .map_err(error)?;
        for (segment, filter) in segments.iter().zip(filters) {
            let postings_of = segment.inverted_index(self.fields.msgid).map_err(error)?;
            let ids = segment.fast_fields().u64(ID_FIELD).map_err(error)?;
            let alive = segment.alive_bitset();
            let maybe_here = terms.iter().filter(|(_, term)| {
                filter
                    .as_ref()
                    .is_none_or(|filter| filter.may_contain(term.serialized_value_bytes()))
            });
            for (msgid, term) in maybe_here {
                let postings = postings_of
                    .read_postings(term, IndexRecordOption::Basic)
                    .map_err(|source| error(source.into()))?;
                let Some(mut postings) = postings else {
                    continue;
                };
                let mut doc = postings.doc();
                while doc != TERMINATED {
                    let live = alive.is_none_or(|alive| alive.is_alive(doc));
                    if let (true, Some(id)) = (live, ids.first(doc)) {
                        found.entry((*msgid).clone()).or_default().push(id);
                    }
                    doc = postings.advance();
                }
            }
        }
        Ok(found)
    }
}
