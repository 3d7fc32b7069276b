//! Does a keyword occurrence count? Only when it is made of whole words and is not negated.
//!
//! The automaton finds every occurrence of every keyword in the compact text; most texts have
//! none, and segmentation runs only around the ones it finds. The text around an occurrence is
//! its clause (the compact text between the clause punctuation before and after it, ignoring
//! punctuation inside the keyword itself, which is how evaders split it) or, for long clauses,
//! [`MARGIN`] characters either side: enough context for jieba to settle on the same words as
//! for the whole text.
//!
//! Word boundaries:
//! - between two ideographs: where jieba puts one;
//! - between two ASCII letters or digits: where the original had a separator (`vx号` is a
//!   word boundary after `vx`, `vxworks` is not; `v x` was typed to evade and reads `vx`);
//! - anywhere else (ideograph next to Latin, kana, …): always.

use super::negation::{is_denied_after, is_negated};
use super::normalize::ScanText;
use super::segment::{Segmenter, Word};

/// Clauses up to this many characters are segmented whole.
const MAX_WHOLE_CLAUSE: usize = 64;

/// Context either side of an occurrence inside a longer clause.
const MARGIN: usize = 16;

/// Judges keyword occurrences in one text, reusing the segmentation of a window for the
/// occurrences it contains.
pub(crate) struct KeywordContext<'a> {
    scan_text: &'a ScanText,
    segmenter: &'a Segmenter,
    window: Option<Window>,
}

/// A segmented stretch `[start, end)` of the compact text.
struct Window {
    start: usize,
    end: usize,
    text: String,
    /// The words of `text`, offsets relative to `start`.
    words: Vec<Word>,
    /// `is_word_boundary[i]`: a word starts or ends at `start + i`.
    is_word_boundary: Vec<bool>,
}

impl<'a> KeywordContext<'a> {
    pub fn new(scan_text: &'a ScanText, segmenter: &'a Segmenter) -> KeywordContext<'a> {
        KeywordContext {
            scan_text,
            segmenter,
            window: None,
        }
    }

    /// True when the keyword occurrence at compact `[start, end)` is whole words and not
    /// negated.
    pub fn counts(&mut self, start: usize, end: usize) -> bool {
        let (window_start, window_end) = self.window_bounds(start, end);
        let scan_text = self.scan_text;
        let window = self.segmented(window_start, window_end);
        if !is_boundary(scan_text, window, start) || !is_boundary(scan_text, window, end) {
            return false;
        }
        let relative_start = start - window.start;
        let preceding = window
            .words
            .iter()
            .rev()
            .filter(|word| word.end <= relative_start)
            .map(|word| &window.text[word.byte_start..word.byte_end]);
        if is_negated(preceding) {
            return false;
        }
        let relative_end = end - window.start;
        let following = window
            .words
            .iter()
            .filter(|word| word.start >= relative_end)
            .map(|word| &window.text[word.byte_start..word.byte_end]);
        !is_denied_after(following)
    }

    /// The clause around `[start, end)`, or a margin around it when the clause is long.
    fn window_bounds(&self, start: usize, end: usize) -> (usize, usize) {
        let breaks = self.scan_text.clause_breaks();
        let length = self.scan_text.compact().len();
        let before = breaks.partition_point(|&offset| offset as usize <= start);
        let clause_start = before
            .checked_sub(1)
            .map_or(0, |index| breaks[index] as usize);
        let after = breaks.partition_point(|&offset| (offset as usize) < end);
        let clause_end = breaks.get(after).map_or(length, |&offset| offset as usize);
        if clause_end - clause_start <= MAX_WHOLE_CLAUSE {
            return (clause_start, clause_end);
        }
        (
            clause_start.max(start.saturating_sub(MARGIN)),
            clause_end.min(end + MARGIN),
        )
    }

    fn segmented(&mut self, start: usize, end: usize) -> &Window {
        let window = match self.window.take() {
            Some(window) if window.start == start && window.end == end => window,
            _ => self.segment(start, end),
        };
        self.window.insert(window)
    }

    fn segment(&self, start: usize, end: usize) -> Window {
        let text: String = self.scan_text.compact()[start..end].iter().collect();
        let words = self.segmenter.cut(&text);
        let mut is_word_boundary = vec![false; end - start + 1];
        for word in &words {
            is_word_boundary[word.start] = true;
            is_word_boundary[word.end] = true;
        }
        Window {
            start,
            end,
            text,
            words,
            is_word_boundary,
        }
    }
}

/// True when a word may start or end at compact offset `position` inside `window`.
fn is_boundary(scan_text: &ScanText, window: &Window, position: usize) -> bool {
    if position <= window.start || position >= window.end {
        // Window edges are clause punctuation or the ends of the text: real boundaries. (A
        // margin-cut edge is never at an occurrence's own start or end.)
        return true;
    }
    let compact = scan_text.compact();
    let left = compact[position - 1];
    let right = compact[position];
    if is_ideograph(left) && is_ideograph(right) {
        return window.is_word_boundary[position - window.start];
    }
    if left.is_ascii_alphanumeric() && right.is_ascii_alphanumeric() {
        return scan_text.separated_before(position);
    }
    true
}

/// CJK ideographs: the characters jieba segments by dictionary.
fn is_ideograph(character: char) -> bool {
    matches!(
        u32::from(character),
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x2_0000..=0x3_23AF
    )
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn counts(text: &str, keyword: &str) -> bool {
        let segmenter = Segmenter::new([keyword]);
        let scan_text = ScanText::new(text);
        let compact = scan_text.compact_string();
        let Some(byte_start) = compact.find(keyword) else {
            panic!("{keyword} is not in {compact}");
        };
        let start = compact[..byte_start].chars().count();
        let end = start + keyword.chars().count();
        KeywordContext::new(&scan_text, &segmenter).counts(start, end)
    }

    #[test]
    fn cross_boundary_and_negated_occurrences_do_not_count() {
        assert!(!counts("我们会确保本周内把资料准备齐全。", "保本"));
        assert!(!counts("本产品不保本，投资需谨慎。", "保本"));
        assert!(counts("这个产品基本保本，您就当存款。", "保本"));
    }

    #[test]
    fn negation_does_not_reach_across_clause_punctuation() {
        assert!(counts("不，保本的", "保本"));
        assert!(!counts("不 保本的", "保本"));
    }

    #[test]
    fn latin_keywords_need_separators_or_script_changes() {
        assert!(counts("加我vx聊", "vx"));
        assert!(counts("加我 v x 聊", "vx"));
        assert!(!counts("用vxworks开发", "vx"));
        assert!(counts("my vx is abc", "vx"));
    }

    #[test]
    fn long_clauses_use_a_margin() {
        let long = format!("{}这个产品基本保本{}", "很".repeat(80), "的".repeat(80));
        assert!(counts(&long, "保本"));
        let honest = format!("{}我们会确保本周内{}", "很".repeat(80), "的".repeat(80));
        assert!(!counts(&honest, "保本"));
    }
}
