//! Marker lists matched on consecutive jieba words, so that a marker cut into several words
//! is still found (`别的机构` matches `别的|机构`), and the particles that close a clause.
//!
//! The small matchers here are `#[inline]`: every reading module calls them for every word,
//! and without the hint a release build may keep them out of line in another codegen unit.

use rustc_hash::FxHashSet;

/// Sentence-final particles.
pub(super) const FINAL_PARTICLES: &[char] = &[
    '的', '了', '啊', '吧', '呢', '哦', '嘛', '啦', '呀', '㗎', '喎', '喔', '噢', '哈', '哟', '咯',
    // Shanghainese 的: `代客理财阿拉勿好做额`.
    '额',
];

/// True when `text` contains one of `phrases`: for lists matched in a clause's joined words,
/// since jieba may glue a phrase to its neighbours (`千万别|信`).
#[inline]
pub(super) fn contains_text(text: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|phrase| text.contains(phrase))
}

/// A word made only of sentence-final particles (`的`, `了`, `呢`…).
#[inline]
pub(super) fn is_particle(word: &str) -> bool {
    word.chars()
        .all(|character| FINAL_PARTICLES.contains(&character))
}

/// True when `markers` holds a word, or consecutive words, of `words`.
#[inline]
pub(super) fn contains_any(words: &[&str], markers: &Markers) -> bool {
    position_of(words, markers).is_some()
}

/// Where the first word, or consecutive words, of `words` that `markers` holds starts.
#[inline]
pub(super) fn position_of(words: &[&str], markers: &Markers) -> Option<usize> {
    let mut joined = String::new();
    (0..words.len()).find(|&start| {
        // Most words start no marker: one bit answers them without joining and hashing.
        let first = words[start..].iter().find_map(|word| word.chars().next());
        if !first.is_some_and(|first| markers.may_start_with(first)) {
            return false;
        }
        joined.clear();
        for word in &words[start..] {
            joined.push_str(word);
            if joined.len() > markers.longest {
                break;
            }
            if markers.words.contains(joined.as_str()) {
                return true;
            }
        }
        false
    })
}

/// A list of markers, hashed, with the byte length of the longest.
pub(super) struct Markers {
    words: FxHashSet<&'static str>,
    longest: usize,
    /// One bit per marker's first character, by code point modulo [`FIRST_CHARACTER_BITS`]: a
    /// clear bit means no marker starts with that character (a set one may be another's).
    first_characters: [u64; FIRST_CHARACTER_BITS / 64],
}

const FIRST_CHARACTER_BITS: usize = 1024;

impl Markers {
    pub(super) fn new(words: &[&'static str]) -> Markers {
        let mut first_characters = [0u64; FIRST_CHARACTER_BITS / 64];
        for first in words.iter().filter_map(|word| word.chars().next()) {
            let (slot, bit) = first_character_bit(first);
            first_characters[slot] |= bit;
        }
        Markers {
            words: words.iter().copied().collect(),
            longest: words.iter().map(|word| word.len()).max().unwrap_or(0),
            first_characters,
        }
    }

    #[inline]
    fn may_start_with(&self, first: char) -> bool {
        let (slot, bit) = first_character_bit(first);
        self.first_characters[slot] & bit != 0
    }
}

#[inline]
fn first_character_bit(character: char) -> (usize, u64) {
    let index = character as usize % FIRST_CHARACTER_BITS;
    (index / 64, 1 << (index % 64))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use crate::risk::stance::speech::THIRD_PARTIES;

    /// `position_of` as it was before the first-character bits: every start joined and hashed.
    fn position_by_joining(words: &[&str], markers: &Markers) -> Option<usize> {
        (0..words.len()).find(|&start| {
            let mut joined = String::new();
            words[start..].iter().any(|word| {
                joined.push_str(word);
                joined.len() <= markers.longest && markers.words.contains(joined.as_str())
            })
        })
    }

    #[test]
    fn a_marker_is_found_at_its_first_word_across_words() {
        let markers = Markers::new(&["为什么", "有人", "何必"]);
        assert_eq!(position_of(&["我", "为什么", "不"], &markers), Some(1));
        assert_eq!(position_of(&["我", "为", "什么"], &markers), Some(1));
        assert_eq!(position_of(&["", "有", "人"], &markers), Some(0));
        assert_eq!(position_of(&["没", "人", "有"], &markers), None);
        assert_eq!(position_of(&[], &markers), None);
        // `ā` (U+0101) and `ԁ` (U+0501 = U+0101 + 1,024) share a bit: the words still decide.
        let shared = Markers::new(&["ā"]);
        assert_eq!(position_of(&["\u{501}"], &shared), None);
        assert_eq!(position_of(&["\u{501}", "ā"], &shared), Some(1));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2_000))]
        #[test]
        fn position_of_finds_what_joining_every_start_finds(
            picks in proptest::collection::vec(0usize..12, 0..12),
        ) {
            let pieces = ["为", "什么", "为什么", "有人", "有", "人", "", "何", "必", "我", "\u{501}", "ā"];
            let words: Vec<&str> = picks.iter().map(|&pick| pieces[pick]).collect();
            for markers in [&*THIRD_PARTIES, &Markers::new(&["为什么", "何必", "ā"])] {
                proptest::prop_assert_eq!(
                    position_of(&words, markers),
                    position_by_joining(&words, markers)
                );
            }
        }
    }
}
