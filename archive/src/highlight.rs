//! Where a query matched in a message's text, in the text as the person typed it.
//!
//! Matching runs on normalised text (the same normalisation as the index), then each match is
//! mapped back to the original characters, so a highlight of `开户` lands on `開戶` or on
//! `开 户`'s characters as written.

use crate::ArchiveError;
use crate::index::parse_query;
use crate::normalize::normalize;

/// A matched range of the original text, in characters (Unicode scalar values), end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
}

/// Ranges of `text` matching any term of `query`, sorted and merged.
pub fn highlights(text: &str, query: &str) -> Result<Vec<Highlight>, ArchiveError> {
    let terms = parse_query(query)?;
    let mut normalized: Vec<char> = Vec::with_capacity(text.len());
    let mut origin: Vec<usize> = Vec::with_capacity(text.len());
    let mut scratch = [0u8; 4];
    for (index, character) in text.chars().enumerate() {
        for normalized_char in normalize(character.encode_utf8(&mut scratch)).chars() {
            normalized.push(normalized_char);
            origin.push(index);
        }
    }
    let mut ranges = Vec::new();
    for term in terms {
        let needle: Vec<char> = term.chars().collect();
        if needle.is_empty() || needle.len() > normalized.len() {
            continue;
        }
        for start in 0..=normalized.len() - needle.len() {
            if normalized[start..start + needle.len()] == needle[..] {
                ranges.push(Highlight {
                    start: origin[start],
                    end: origin[start + needle.len() - 1] + 1,
                });
            }
        }
    }
    ranges.sort_by_key(|range| (range.start, range.end));
    let mut merged: Vec<Highlight> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    Ok(merged)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn spans(text: &str, query: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        highlights(text, query)
            .unwrap()
            .iter()
            .map(|range| chars[range.start..range.end].iter().collect())
            .collect()
    }

    #[test]
    fn highlights_point_at_what_was_typed() {
        assert_eq!(spans("欢迎開戶，开户很快", "开户"), vec!["開戶", "开户"]);
        assert_eq!(spans("买ＥＴＦ还是etf", "ETF"), vec!["ＥＴＦ", "etf"]);
        assert_eq!(
            spans("沪深300和沪深500", "沪深 300"),
            vec!["沪深300", "沪深"]
        );
        assert!(spans("无关内容", "开户").is_empty());
    }

    #[test]
    fn overlapping_matches_merge() {
        assert_eq!(spans("aaaa", "aa"), vec!["aaaa"]);
    }

    proptest! {
        #[test]
        fn ranges_are_within_the_text_sorted_and_disjoint(text in "\\PC{0,40}", query in "[a-z开户ＥＴ ]{1,6}") {
            if let Ok(ranges) = highlights(&text, &query) {
                let length = text.chars().count();
                for pair in ranges.windows(2) {
                    prop_assert!(pair[0].end < pair[1].start || pair[0].end <= pair[1].start);
                }
                for range in ranges {
                    prop_assert!(range.start < range.end && range.end <= length);
                }
            }
        }
    }
}
