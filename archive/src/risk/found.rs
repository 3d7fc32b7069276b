//! Collecting a scan's matches per rule, applying exception phrases, and mapping everything
//! back to the original text.

use super::hit::{MatchSpan, RiskHit};
use super::normalize::ScanText;

/// Matches found so far in one text, as normalised character ranges `[start, end)`. Flat
/// lists rather than one list per rule: a scan costs in proportion to what it finds, not to
/// the size of the rule set.
#[derive(Default)]
pub(crate) struct Found {
    /// `(rule, start, end)`.
    matches: Vec<(usize, usize, usize)>,
    /// `(rule, start, end)`: where that rule's exception phrases occur.
    exceptions: Vec<(usize, usize, usize)>,
}

impl Found {
    pub fn add_match(&mut self, rule: usize, (start, end): (usize, usize)) {
        self.matches.push((rule, start, end));
    }

    pub fn add_exception(&mut self, rule: usize, (start, end): (usize, usize)) {
        self.exceptions.push((rule, start, end));
    }

    /// True when `range` lies inside one of `rule`'s exception phrases.
    pub fn is_excepted(&self, rule: usize, range: (usize, usize)) -> bool {
        self.exceptions
            .iter()
            .any(|&(excepted, start, end)| excepted == rule && start <= range.0 && range.1 <= end)
    }

    /// One hit per rule that has a match outside its exceptions, in rule order; `code_of`
    /// names a rule.
    pub fn into_hits<'a>(
        mut self,
        original: &str,
        scan_text: &ScanText,
        code_of: impl Fn(usize) -> Option<&'a str>,
    ) -> Vec<RiskHit> {
        if self.matches.is_empty() {
            return Vec::new();
        }
        let byte_offsets = char_byte_offsets(original);
        self.matches.sort_unstable();
        let mut hits = Vec::new();
        for rule_matches in self.matches.chunk_by(|left, right| left.0 == right.0) {
            let rule = rule_matches[0].0;
            let Some(code) = code_of(rule) else {
                continue;
            };
            let mut ranges: Vec<(usize, usize)> = rule_matches
                .iter()
                .map(|&(_, start, end)| (start, end))
                .filter(|&range| !self.is_excepted(rule, range))
                .filter_map(|(start, end)| scan_text.normalized_to_original(start, end))
                .collect();
            remove_contained(&mut ranges);
            if ranges.is_empty() {
                continue;
            }
            let matches = ranges
                .into_iter()
                .map(|(start, end)| MatchSpan {
                    start,
                    end,
                    text: substring(original, &byte_offsets, start, end),
                })
                .collect();
            hits.push(RiskHit {
                rule_code: code.to_string(),
                matches,
            });
        }
        hits
    }
}

/// Sorts `ranges` and drops duplicates and ranges inside another (`稳赚` inside `稳赚不赔`).
fn remove_contained(ranges: &mut Vec<(usize, usize)>) {
    // Longest first among equal starts, so a range is kept before those it contains.
    ranges.sort_unstable_by(|left, right| left.0.cmp(&right.0).then(right.1.cmp(&left.1)));
    let mut furthest_end = 0;
    ranges.retain(|&(_, end)| {
        if end <= furthest_end {
            return false;
        }
        furthest_end = end;
        true
    });
}

/// The byte offset of every character of `text`, plus its length.
fn char_byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(offset, _)| offset)
        .chain([text.len()])
        .collect()
}

fn substring(text: &str, offsets: &[usize], start: usize, end: usize) -> String {
    match (offsets.get(start), offsets.get(end)) {
        (Some(&byte_start), Some(&byte_end)) => text[byte_start..byte_end].to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn contained_ranges_are_dropped() {
        let mut ranges = vec![(4, 6), (0, 2), (0, 4), (0, 4), (3, 7)];
        remove_contained(&mut ranges);
        assert_eq!(ranges, vec![(0, 4), (3, 7)]);
    }

    #[test]
    fn exceptions_suppress_matches_inside_them() {
        let text = "大盘拉升，庄家拉升";
        let scan_text = ScanText::new(text);
        let mut found = Found::default();
        found.add_exception(0, (0, 4));
        found.add_exception(1, (7, 9));
        found.add_match(0, (2, 4));
        found.add_match(0, (7, 9));
        let hits = found.into_hits(text, &scan_text, |rule| ["R2", "R3"].get(rule).copied());
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits[0].matches,
            vec![MatchSpan {
                start: 7,
                end: 9,
                text: "拉升".into()
            }]
        );
    }
}
