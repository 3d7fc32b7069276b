//! From what a compliance officer types to a tantivy query over blind terms.

use std::ops::Bound;

use tantivy::query::{
    AllQuery, BooleanQuery, EmptyQuery, Occur, Query, RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Term};

use super::phrase_count::SubstringPhraseQuery;
use super::schema::IndexFields;
use super::search::SearchFilter;
use super::terms::{TermDomain, TermHasher};
use crate::ArchiveError;
use crate::normalize::normalize;

/// More terms than this is not a search, it is a paste accident.
pub const MAX_QUERY_TERMS: usize = 16;
/// Characters per term, after normalisation.
pub const MAX_TERM_CHARS: usize = 200;

/// Splits a search box's text into normalised terms that must all occur.
///
/// Terms are separated by whitespace; text between double quotes is one term, spaces
/// included (`"基金 定投"` finds the words with one space between them). Quotes are recognised
/// after normalisation, so the full-width `＂` works too; an unclosed quote runs to the end.
/// Each term matches a message exactly when the message's normalised text contains it.
///
/// A query with no terms (empty, blank, or only `""`) is an error: to list everything under a
/// filter, send a [`SearchRequest`](super::SearchRequest) with no terms instead.
pub fn parse_query(query: &str) -> Result<Vec<String>, ArchiveError> {
    let normalized = normalize(query);
    let mut terms = Vec::new();
    let mut current = String::new();
    let mut in_quotes = false;
    for character in normalized.chars() {
        if character == '"' {
            push_term(&mut current, &mut terms);
            in_quotes = !in_quotes;
            continue;
        }
        if character.is_whitespace() && !in_quotes {
            push_term(&mut current, &mut terms);
            continue;
        }
        current.push(character);
    }
    push_term(&mut current, &mut terms);

    if terms.is_empty() {
        return Err(ArchiveError::InvalidSearch {
            reason: "the search query is empty: type at least one character",
        });
    }
    validate_terms(&terms)?;
    Ok(terms)
}

fn push_term(current: &mut String, terms: &mut Vec<String>) {
    if current.is_empty() {
        return;
    }
    // A piece of a normalised string is normalised in all but exotic cases; normalising again
    // makes "the term matches like the same text typed alone" hold always.
    let term = normalize(current);
    current.clear();
    if !term.is_empty() {
        terms.push(term);
    }
}

pub(super) fn validate_terms(terms: &[String]) -> Result<(), ArchiveError> {
    if terms.len() > MAX_QUERY_TERMS {
        return Err(ArchiveError::InvalidSearch {
            reason: "the search query has too many terms (at most 16)",
        });
    }
    if terms
        .iter()
        .any(|term| term.chars().count() > MAX_TERM_CHARS)
    {
        return Err(ArchiveError::InvalidSearch {
            reason: "a search term is too long (at most 200 characters)",
        });
    }
    Ok(())
}

/// The query for "every term occurs, and the filter holds".
pub(super) fn build_query(
    hasher: &TermHasher,
    fields: &IndexFields,
    terms: &[String],
    filter: &SearchFilter,
) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for term in terms {
        let normalized = normalize(term);
        if let Some(query) = substring_query(hasher, fields, &normalized) {
            clauses.push((Occur::Must, query));
        }
    }
    for query in filter_queries(hasher, fields, filter) {
        clauses.push((Occur::Must, query));
    }
    if clauses.len() > 1 {
        return Box::new(BooleanQuery::new(clauses));
    }
    // Alone, a clause is its own query: a term counts its matches from the dictionary (see
    // `newest_page.rs`), which a boolean query around it would walk one by one.
    match clauses.pop() {
        Some((_, query)) => query,
        None => Box::new(AllQuery),
    }
}

/// Documents whose normalised text contains `normalized_term`; `None` for the empty term,
/// which every text contains.
///
/// One character: its unigram. Two: their bigram. More: a phrase of bigrams that covers the
/// term, `abcd` → `ab`@0 `cd`@2, `abcde` → `ab`@0 `cd`@2 `de`@3. Bigram `i` of a text stands at
/// position `i` and covers characters `i` and `i + 1`, so the phrase matches exactly where
/// characters `p..p+n` of the text equal the term. Every other bigram is enough: the ones
/// between are implied, and each posting list left out is one the search does not intersect
/// or check positions in (half of them, for long terms).
fn substring_query(
    hasher: &TermHasher,
    fields: &IndexFields,
    normalized_term: &str,
) -> Option<Box<dyn Query>> {
    let characters: Vec<char> = normalized_term.chars().collect();
    match characters.as_slice() {
        [] => None,
        [single] => Some(term_query(
            fields.unigrams,
            hasher.unigram(*single).as_str(),
        )),
        [first, second] => Some(term_query(
            fields.bigrams,
            hasher.bigram(*first, *second).as_str(),
        )),
        _ => {
            let bigrams = covering_bigram_offsets(characters.len())
                .map(|offset| {
                    let text = hasher.bigram(characters[offset], characters[offset + 1]);
                    (offset, Term::from_field_text(fields.bigrams, text.as_str()))
                })
                .collect();
            Some(Box::new(SubstringPhraseQuery::new(fields.bigrams, bigrams)))
        }
    }
}

/// The offsets of the bigrams that cover a term of `length` (at least 2) characters: every
/// second one, and the last (overlapping its neighbour by one character) when `length` is odd.
fn covering_bigram_offsets(length: usize) -> impl Iterator<Item = usize> {
    let last = length.saturating_sub(2);
    (0..last).step_by(2).chain(std::iter::once(last))
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::Basic,
    ))
}

fn metadata_query(
    hasher: &TermHasher,
    field: Field,
    domain: TermDomain,
    value: &str,
) -> Box<dyn Query> {
    term_query(field, hasher.term(domain, value.as_bytes()).as_str())
}

fn filter_queries(
    hasher: &TermHasher,
    fields: &IndexFields,
    filter: &SearchFilter,
) -> Vec<Box<dyn Query>> {
    let mut queries: Vec<Box<dyn Query>> = Vec::new();
    if filter.sent_from_ms.is_some() || filter.sent_before_ms.is_some() {
        let lower = filter.sent_from_ms.map_or(Bound::Unbounded, |from| {
            Bound::Included(Term::from_field_i64(fields.sent_at, from))
        });
        let upper = filter.sent_before_ms.map_or(Bound::Unbounded, |before| {
            Bound::Excluded(Term::from_field_i64(fields.sent_at, before))
        });
        queries.push(Box::new(RangeQuery::new(lower, upper)));
    }
    if let Some(sender) = &filter.sender {
        queries.push(metadata_query(
            hasher,
            fields.sender,
            TermDomain::Sender,
            sender,
        ));
    }
    for participant in &filter.participants {
        queries.push(metadata_query(
            hasher,
            fields.participant,
            TermDomain::Participant,
            participant,
        ));
    }
    for set in &filter.participant_sets {
        if set.is_empty() {
            queries.push(Box::new(EmptyQuery));
            continue;
        }
        let terms = set.iter().map(|participant| {
            Term::from_field_text(
                fields.participant,
                hasher
                    .term(TermDomain::Participant, participant.as_bytes())
                    .as_str(),
            )
        });
        queries.push(Box::new(TermSetQuery::new(terms)));
    }
    if let Some(roomid) = &filter.roomid {
        queries.push(metadata_query(
            hasher,
            fields.room,
            TermDomain::Room,
            roomid,
        ));
    }
    if let Some(msgtype) = &filter.msgtype {
        queries.push(metadata_query(
            hasher,
            fields.msgtype,
            TermDomain::Msgtype,
            msgtype,
        ));
    }
    if let Some(revoked) = filter.revoked {
        queries.push(Box::new(TermQuery::new(
            Term::from_field_bool(fields.revoked, revoked),
            IndexRecordOption::Basic,
        )));
    }
    queries
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_whitespace_and_normalises() {
        assert_eq!(parse_query("開戶  ＥＴＦ").unwrap(), ["开户", "etf"]);
        assert_eq!(parse_query("沪深300").unwrap(), ["沪深300"]);
        // The ideographic space separates terms too (NFKC makes it a space).
        assert_eq!(parse_query("开户　定投").unwrap(), ["开户", "定投"]);
    }

    #[test]
    fn quotes_keep_spaces() {
        assert_eq!(
            parse_query("\"基金 定投\" 开户").unwrap(),
            ["基金 定投", "开户"]
        );
        assert_eq!(parse_query("＂A  B＂").unwrap(), ["a  b"]);
        assert_eq!(parse_query("\" \"").unwrap(), [" "]);
        assert_eq!(parse_query("ab\"c d").unwrap(), ["ab", "c d"]);
    }

    #[test]
    fn empty_queries_are_errors() {
        for query in ["", "   ", "\"\"", "　"] {
            let error = parse_query(query).unwrap_err();
            assert!(error.to_string().contains("empty"), "{query:?}: {error}");
        }
    }

    #[test]
    fn oversized_queries_are_errors() {
        let many = vec!["a"; MAX_QUERY_TERMS + 1].join(" ");
        assert!(parse_query(&many).is_err());
        let long = "开".repeat(MAX_TERM_CHARS + 1);
        assert!(parse_query(&long).is_err());
        assert!(parse_query(&"开".repeat(MAX_TERM_CHARS)).is_ok());
    }

    #[test]
    fn covering_bigrams_cover_every_character_once_or_twice() {
        let offsets = |length| covering_bigram_offsets(length).collect::<Vec<_>>();
        assert_eq!(offsets(2), [0]);
        assert_eq!(offsets(3), [0, 1]);
        assert_eq!(offsets(4), [0, 2]);
        assert_eq!(offsets(5), [0, 2, 3]);
        assert_eq!(offsets(8), [0, 2, 4, 6]);
        for length in 2..=MAX_TERM_CHARS {
            let offsets = offsets(length);
            let mut covered = vec![0u8; length];
            for offset in &offsets {
                covered[*offset] += 1;
                covered[*offset + 1] += 1;
            }
            assert!(
                covered.iter().all(|count| (1..=2).contains(count)),
                "{length}"
            );
            assert_eq!(offsets.len(), length.div_ceil(2), "{length}");
        }
    }

    #[test]
    fn errors_do_not_quote_the_query() {
        let error = parse_query(&"秘密".repeat(150)).unwrap_err();
        assert!(!error.to_string().contains("秘密"));
    }
}
