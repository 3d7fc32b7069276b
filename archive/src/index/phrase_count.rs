//! Counting a substring's matches in a segment without scoring them: a search's exact total.
//!
//! A term of three or more characters is a phrase of bigrams (`query.rs`). tantivy's phrase
//! scorer finds where a term's positions for a document start by adding up the frequencies of
//! the documents before it in its block, again for every document it checks; at ten million
//! messages that sum was about a third of a frequent term's search. Counting needs no scorer:
//! [`count_phrase`] walks each bigram's postings block by block, keeps the running position
//! offset as it goes, and reads positions only for the documents that hold every bigram.
//!
//! Walking block by block decodes every block of every bigram, where a scorer skips the blocks
//! that cannot match. That is cheaper when the bigrams are about as frequent as each other (a
//! frequent term's bigrams are), and dearer when one is far rarer than another; then
//! [`SubstringPhraseWeight::count`] leaves the count to tantivy.

use tantivy::directory::CompositeFile;
use tantivy::fastfield::AliveBitSet;
use tantivy::index::SegmentComponent;
use tantivy::positions::PositionReader;
use tantivy::postings::{BlockSegmentPostings, TermInfo};
use tantivy::query::{EnableScoring, Explanation, PhraseQuery, Query, Scorer, Weight};
use tantivy::schema::{Field, IndexRecordOption, Term};
use tantivy::{DocId, InvertedIndexReader, Score, SegmentReader, TERMINATED};

/// When the most frequent bigram is in more than this many times as many documents as the
/// rarest, skipping beats decoding every block.
const MAX_DOC_FREQ_RATIO: u32 = 16;

/// A phrase of bigrams whose count is [`count_phrase`]; it matches, and is walked, exactly like
/// the tantivy phrase it wraps.
#[derive(Clone, Debug)]
pub(super) struct SubstringPhraseQuery {
    phrase: PhraseQuery,
    field: Field,
    /// Each bigram with its offset in the substring, offsets ascending from 0.
    terms: Vec<(usize, Term)>,
}

impl SubstringPhraseQuery {
    /// `terms` are at least two bigrams of `field`, at ascending offsets from 0.
    pub(super) fn new(field: Field, terms: Vec<(usize, Term)>) -> Self {
        SubstringPhraseQuery {
            phrase: PhraseQuery::new_with_offset(terms.clone()),
            field,
            terms,
        }
    }
}

impl Query for SubstringPhraseQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(SubstringPhraseWeight {
            phrase: self.phrase.weight(enable_scoring)?,
            field: self.field,
            terms: self.terms.clone(),
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.phrase.query_terms(visitor);
    }
}

struct SubstringPhraseWeight {
    phrase: Box<dyn Weight>,
    field: Field,
    terms: Vec<(usize, Term)>,
}

impl Weight for SubstringPhraseWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        self.phrase.scorer(reader, boost)
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.phrase.explain(reader, doc)
    }

    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        let inverted_index = reader.inverted_index(self.field)?;
        let mut term_infos = Vec::with_capacity(self.terms.len());
        for (offset, term) in &self.terms {
            let Some(term_info) = inverted_index.get_term_info(term)? else {
                return Ok(0);
            };
            term_infos.push((*offset, term_info));
        }
        let doc_freqs = term_infos.iter().map(|(_, term_info)| term_info.doc_freq);
        let (rarest, commonest) = doc_freqs.fold((u32::MAX, 0), |(min, max), doc_freq| {
            (min.min(doc_freq), max.max(doc_freq))
        });
        if commonest > rarest.saturating_mul(MAX_DOC_FREQ_RATIO) {
            return self.phrase.count(reader);
        }
        count_phrase(reader, &inverted_index, self.field, &term_infos)
    }
}

/// How many live documents of the segment hold the bigrams at their offsets from one position.
fn count_phrase(
    reader: &SegmentReader,
    inverted_index: &InvertedIndexReader,
    field: Field,
    term_infos: &[(usize, TermInfo)],
) -> tantivy::Result<u32> {
    let positions_file = CompositeFile::open(&reader.open_read(SegmentComponent::Positions)?)?
        .open_read(field)
        .ok_or_else(|| {
            tantivy::TantivyError::InternalError("the bigrams have no positions".to_string())
        })?;
    let mut cursors = Vec::with_capacity(term_infos.len());
    for (offset, term_info) in term_infos {
        let postings = inverted_index
            .read_block_postings_from_terminfo(term_info, IndexRecordOption::WithFreqs)?;
        let positions = PositionReader::open(
            positions_file
                .slice(term_info.positions_range.clone())
                .read_bytes()?,
        )?;
        cursors.push(TermCursor::new(postings, positions, *offset as u32));
    }
    Ok(count_common_docs(
        &mut cursors,
        reader.alive_bitset(),
        &mut Phrase::default(),
    ))
}

/// Walks the documents every cursor holds, counting those where the phrase stands.
fn count_common_docs(
    cursors: &mut [TermCursor],
    alive: Option<&AliveBitSet>,
    phrase: &mut Phrase,
) -> u32 {
    let mut count = 0;
    let mut target: DocId = 0;
    'documents: loop {
        for cursor in cursors.iter_mut() {
            let doc = cursor.seek(target);
            if doc == TERMINATED {
                return count;
            }
            if doc > target {
                target = doc;
                continue 'documents;
            }
        }
        if alive.is_none_or(|alive| alive.is_alive(target)) && phrase.stands(cursors) {
            count += 1;
        }
        target += 1;
    }
}

/// One bigram's postings, read forward, with the offset of each document's positions.
struct TermCursor {
    postings: BlockSegmentPostings,
    positions: PositionReader,
    /// The bigram's offset in the substring.
    offset: u32,
    /// Positions of the documents in the blocks before this one.
    block_start: u64,
    /// `offsets[i]`: positions of the documents before `i` in this block; the last entry is
    /// the block's total.
    offsets: Vec<u64>,
    /// The current document's index in the block.
    index: usize,
}

impl TermCursor {
    fn new(postings: BlockSegmentPostings, positions: PositionReader, offset: u32) -> Self {
        let mut cursor = TermCursor {
            postings,
            positions,
            offset,
            block_start: 0,
            offsets: Vec::new(),
            index: 0,
        };
        cursor.sum_block();
        cursor
    }

    fn sum_block(&mut self) {
        self.offsets.clear();
        let mut sum = 0u64;
        self.offsets.push(sum);
        for &freq in self.postings.freqs() {
            sum += u64::from(freq);
            self.offsets.push(sum);
        }
    }

    /// Moves to the first document at or after `target` and returns it, or [`TERMINATED`].
    fn seek(&mut self, target: DocId) -> DocId {
        loop {
            let docs = self.postings.docs();
            let Some(&last) = docs.last() else {
                return TERMINATED;
            };
            if last >= target {
                // Forward one by one: the index only moves forward, so a block costs its length
                // at most, and the next document of a common term is usually a step or two away
                // (a binary search per seek was most of the count's time).
                while docs[self.index] < target {
                    self.index += 1;
                }
                return docs[self.index];
            }
            self.block_start += self.offsets.last().copied().unwrap_or(0);
            self.postings.advance();
            self.index = 0;
            self.sum_block();
        }
    }

    /// Where the substring would start for each of the current document's positions of the
    /// bigram: the position minus the bigram's offset, ascending. A position before the offset
    /// starts nothing.
    fn read_starts(&mut self, output: &mut Vec<u32>) {
        let freq = self.postings.freqs()[self.index] as usize;
        output.clear();
        output.resize(freq, 0);
        let offset = self.block_start + self.offsets[self.index];
        self.positions.read(offset, output);
        // Stored as gaps, the first from position 0.
        let mut position = 0u32;
        let mut kept = 0;
        for read in 0..freq {
            position += output[read];
            if let Some(start) = position.checked_sub(self.offset) {
                output[kept] = start;
                kept += 1;
            }
        }
        output.truncate(kept);
    }
}

/// Buffers for checking the phrase in one document.
#[derive(Default)]
struct Phrase {
    starts: Vec<u32>,
    other: Vec<u32>,
}

impl Phrase {
    /// Whether some start is a start for every bigram.
    fn stands(&mut self, cursors: &mut [TermCursor]) -> bool {
        let Some((first, rest)) = cursors.split_first_mut() else {
            return false;
        };
        first.read_starts(&mut self.starts);
        for cursor in rest {
            cursor.read_starts(&mut self.other);
            keep_common(&mut self.starts, &self.other);
            if self.starts.is_empty() {
                return false;
            }
        }
        !self.starts.is_empty()
    }
}

/// Keeps the values of `starts` that are also in `other`; both ascending.
fn keep_common(starts: &mut Vec<u32>, other: &[u32]) {
    let mut next = 0;
    starts.retain(|&start| {
        while other.get(next).is_some_and(|&value| value < start) {
            next += 1;
        }
        other.get(next) == Some(&start)
    });
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use proptest::prelude::*;
    use tantivy::schema::{Schema, TextFieldIndexing, TextOptions};
    use tantivy::{Index, IndexWriter, TantivyDocument};

    use super::*;

    /// Documents of one-letter words from a tiny vocabulary, so that words repeat within a
    /// document and postings and positions run over several blocks.
    fn texts() -> impl Strategy<Value = Vec<Vec<char>>> {
        prop::collection::vec(
            prop::collection::vec(prop::sample::select(vec!['a', 'b', 'c']), 0..300),
            1..400,
        )
    }

    /// A phrase of two to four words at ascending offsets from 0.
    fn phrases() -> impl Strategy<Value = Vec<(usize, char)>> {
        prop::collection::vec((1usize..4, prop::sample::select(vec!['a', 'b', 'c'])), 1..4)
            .prop_flat_map(|rest| {
                prop::sample::select(vec!['a', 'b', 'c']).prop_map(move |first| {
                    let mut offset = 0;
                    let mut words = vec![(0, first)];
                    for (gap, word) in &rest {
                        offset += gap;
                        words.push((offset, *word));
                    }
                    words
                })
            })
    }

    fn stands_at(text: &[char], phrase: &[(usize, char)]) -> bool {
        (0..text.len()).any(|start| {
            phrase
                .iter()
                .all(|(offset, word)| text.get(start + offset) == Some(word))
        })
    }

    /// An index of the texts (words separated by spaces) in one segment, with the texts marked
    /// in `deleted` deleted.
    fn index_of(texts: &[Vec<char>], deleted: &[bool]) -> (Index, Field) {
        let mut builder = Schema::builder();
        let options = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("whitespace")
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let field = builder.add_text_field("words", options);
        let id = builder.add_u64_field("id", tantivy::schema::INDEXED);
        let index = Index::create_in_ram(builder.build());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15 << 20).unwrap();
        for (number, text) in texts.iter().enumerate() {
            let words: Vec<String> = text.iter().map(char::to_string).collect();
            let mut document = TantivyDocument::default();
            document.add_text(field, words.join(" "));
            document.add_u64(id, number as u64);
            writer.add_document(document).unwrap();
        }
        writer.commit().unwrap();
        for (number, gone) in deleted.iter().enumerate().take(texts.len()) {
            if *gone {
                writer.delete_term(Term::from_field_u64(id, number as u64));
            }
        }
        writer.commit().unwrap();
        (index, field)
    }

    /// A rare word beside a common one: the scorer, which skips blocks, counts.
    #[test]
    fn a_rare_bigram_beside_a_common_one_is_counted_by_the_scorer() {
        let mut texts = vec![vec!['a'; 3]; 600];
        texts[300] = vec!['a', 'b', 'a'];
        texts[450] = vec!['b', 'b'];
        let (index, field) = index_of(&texts, &[]);
        let terms = vec![
            (0, Term::from_field_text(field, "b")),
            (1, Term::from_field_text(field, "a")),
        ];
        let query = SubstringPhraseQuery::new(field, terms.clone());
        let searcher = index.reader().unwrap().searcher();
        let weight = query
            .weight(EnableScoring::disabled_from_searcher(&searcher))
            .unwrap();
        let [reader] = searcher.segment_readers() else {
            panic!("one segment");
        };
        let inverted_index = reader.inverted_index(field).unwrap();
        let term_infos: Vec<(usize, TermInfo)> = terms
            .iter()
            .map(|(offset, term)| {
                (
                    *offset,
                    inverted_index.get_term_info(term).unwrap().unwrap(),
                )
            })
            .collect();
        assert!(term_infos[1].1.doc_freq > term_infos[0].1.doc_freq * MAX_DOC_FREQ_RATIO);
        assert_eq!(weight.count(reader).unwrap(), 1);
        assert_eq!(
            count_phrase(reader, &inverted_index, field, &term_infos).unwrap(),
            1
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        /// The count equals brute force and tantivy's phrase scorer, with and without deleted
        /// documents, over postings and positions of several blocks.
        #[test]
        fn counts_equal_brute_force_and_the_phrase_scorer(
            texts in texts(),
            phrase in phrases(),
            deleted in prop::collection::vec(prop::bool::weighted(0.1), 400),
        ) {
            let (index, field) = index_of(&texts, &deleted);

            let expected = texts
                .iter()
                .zip(&deleted)
                .filter(|(text, gone)| !**gone && stands_at(text, &phrase))
                .count();
            let terms: Vec<(usize, Term)> = phrase
                .iter()
                .map(|(offset, word)| (*offset, Term::from_field_text(field, &word.to_string())))
                .collect();
            let query = SubstringPhraseQuery::new(field, terms.clone());
            let searcher = index.reader().unwrap().searcher();
            let weight = query.weight(EnableScoring::disabled_from_searcher(&searcher)).unwrap();
            let mut counted = 0;
            let mut scored = 0;
            for reader in searcher.segment_readers() {
                let inverted_index = reader.inverted_index(field).unwrap();
                let Some(term_infos) = terms
                    .iter()
                    .map(|(offset, term)| {
                        inverted_index.get_term_info(term).unwrap().map(|info| (*offset, info))
                    })
                    .collect::<Option<Vec<_>>>()
                else {
                    prop_assert_eq!(weight.count(reader).unwrap(), 0);
                    continue;
                };
                counted += count_phrase(reader, &inverted_index, field, &term_infos).unwrap();
                scored += query.phrase.weight(EnableScoring::disabled_from_searcher(&searcher))
                    .unwrap()
                    .count(reader)
                    .unwrap();
                prop_assert_eq!(
                    weight.count(reader).unwrap(),
                    count_phrase(reader, &inverted_index, field, &term_infos).unwrap()
                );
            }
            prop_assert_eq!(counted as usize, expected);
            prop_assert_eq!(scored as usize, expected);
        }
    }

    #[test]
    fn keeps_the_common_starts() {
        let mut starts = vec![0, 3, 5, 9, 12];
        keep_common(&mut starts, &[1, 3, 4, 9, 10, 12, 20]);
        assert_eq!(starts, [3, 9, 12]);
        let mut starts = vec![2];
        keep_common(&mut starts, &[]);
        assert!(starts.is_empty());
    }
}
