//! Chinese word segmentation for keyword hits (jieba, with the rules' keywords added to its
//! dictionary so that each keyword can come out as one word).
//!
//! Keywords get jieba's *suggested* frequency — just enough to keep the keyword together
//! against its own split (`保|本`) — and no more, so a stronger reading of the surrounding
//! text still wins: `确保本周` stays `确保|本周` instead of turning into `确|保本|周`.

use std::collections::HashSet;
use std::sync::LazyLock;

use jieba_rs::Jieba;

/// jieba's bundled dictionary, loaded once per process (a few hundred milliseconds); each
/// engine clones it and adds its own keywords.
static BASE_DICTIONARY: LazyLock<Jieba> = LazyLock::new(Jieba::new);

/// Loads the bundled dictionary now rather than during the first engine build.
pub fn warm_up() {
    LazyLock::force(&BASE_DICTIONARY);
}

/// Chat words the bundled dictionary lacks, whose characters it would otherwise glue to their
/// neighbours: `这不|妥妥|稳赚吗`, not `这|不妥|妥|稳赚|吗` (inappropriate).
/// So does a private bank naming itself: `我们私行不提供`, not `私|行不`.
/// And fixed investment in a fund: `这笔定投|保本`, not `定|投保|本` (insure).
/// `这款` (this product) is one word before a keyword too: `我不是说这款|保本`, not `这|款|保本`.
const CHAT_WORDS: &[&str] = &[
    "妥妥",
    "妥妥的",
    "靠谱",
    "私行",
    "定投",
    "没有办法",
    "这款",
    "个人养老金",
    // Reinvesting at maturity, which jieba would cut `续|投保|本`: `这款到期续投保本的`.
    "续投",
    // An investment adviser, which jieba would cut `投|顾不得` (cannot attend to), losing the
    // prohibition: `按规定投顾不得代客理财`.
    "投顾",
    // Before the end of the working day, which jieba would cut `下|班前会|不会`, losing the
    // question: `金价今天下班前会不会拉升？`.
    "下班前",
];

/// A frequency for [`CHAT_WORDS`] that outweighs the written words they overlap (`不妥`).
const CHAT_WORD_FREQUENCY: usize = 20_000;

/// A word segmenter that knows a rule set's keywords.
pub(crate) struct Segmenter {
    jieba: Jieba,
    /// The chat and dialect words added above the bundled dictionary's.
    added: HashSet<&'static str>,
    /// The keywords, which an added word may not take characters from.
    keywords: HashSet<String>,
}

/// How many words before or after an added word a keyword it cuts into may span.
const KEYWORD_SPAN: usize = 3;

impl Segmenter {
    /// The bundled dictionary plus `keywords` (compact forms).
    pub fn new<'a>(keywords: impl IntoIterator<Item = &'a str>) -> Segmenter {
        let mut jieba = BASE_DICTIONARY.clone();
        let added: HashSet<&'static str> = CHAT_WORDS
            .iter()
            .copied()
            .chain(super::stance::dialect_words_to_segment())
            .collect();
        for word in &added {
            jieba.add_word(word, Some(CHAT_WORD_FREQUENCY), None);
        }
        let mut kept = HashSet::new();
        for keyword in keywords {
            if !keyword.is_empty() {
                jieba.add_word(keyword, None, None);
                kept.insert(keyword.to_owned());
            }
        }
        Segmenter {
            jieba,
            added,
            keywords: kept,
        }
    }

    /// Cuts `text` into words.
    ///
    /// The HMM for unknown words is off: it only ever merges runs of single characters the
    /// dictionary does not know, and keeping the segmentation a pure function of the
    /// dictionary makes hits explainable.
    ///
    /// A chat or dialect word weighs more than a keyword, to win against the written words it
    /// overlaps; it may still not take a keyword's characters: `返点会私下转给您` is `返点|会`, not
    /// `返|点会` (Cantonese: how could).
    pub fn cut(&self, text: &str) -> Vec<Word> {
        let mut words: Vec<Word> = self
            .jieba
            .cut(text, false)
            .into_iter()
            .map(|token| Word {
                start: token.start,
                end: token.end,
                byte_start: token.byte_start,
                byte_end: token.byte_end,
            })
            .collect();
        let mut at = 0;
        while at < words.len() {
            if self
                .added
                .contains(&text[words[at].byte_start..words[at].byte_end])
            {
                at = self.give_back_keyword(text, &mut words, at);
            }
            at += 1;
        }
        words
    }

    /// Splits the added word at `at` where a keyword runs into it from the words before it
    /// (`返|点会` → `返点|会`) or out of it into the words after it, joining the keyword's parts.
    /// The index of the last word that took its place, so that the cut goes on after it.
    fn give_back_keyword(&self, text: &str, words: &mut Vec<Word>, at: usize) -> usize {
        let word = words[at];
        let inner: Vec<(usize, usize)> = text[word.byte_start..word.byte_end]
            .char_indices()
            .skip(1)
            .enumerate()
            .map(|(index, (byte, _))| (index + 1, word.byte_start + byte))
            .collect();
        // A keyword running into the added word from the left…
        for first in at.saturating_sub(KEYWORD_SPAN)..at {
            for &(chars, byte) in &inner {
                if self.keywords.contains(&text[words[first].byte_start..byte]) {
                    let (head, rest) = word.split_at(chars, byte);
                    let keyword = words[first].through(head);
                    words.splice(first..=at, [keyword, rest]);
                    return first + 1;
                }
            }
        }
        // …or out of it to the right.
        for last in at + 1..(at + 1 + KEYWORD_SPAN).min(words.len()) {
            for &(chars, byte) in &inner {
                if self.keywords.contains(&text[byte..words[last].byte_end]) {
                    let (rest, tail) = word.split_at(chars, byte);
                    let keyword = tail.through(words[last]);
                    words.splice(at..=last, [rest, keyword]);
                    return at + 1;
                }
            }
        }
        at
    }
}

/// One word of a segmented text: characters `[start, end)`, bytes `[byte_start, byte_end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

impl Word {
    /// The word cut before its character `chars`, which starts at byte `byte` of the text.
    fn split_at(self, chars: usize, byte: usize) -> (Word, Word) {
        let head = Word {
            end: self.start + chars,
            byte_end: byte,
            ..self
        };
        let tail = Word {
            start: self.start + chars,
            byte_start: byte,
            ..self
        };
        (head, tail)
    }

    /// One word from the start of this one to the end of `last`.
    fn through(self, last: Word) -> Word {
        Word {
            end: last.end,
            byte_end: last.byte_end,
            ..self
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn words(segmenter: &Segmenter, text: &str) -> Vec<String> {
        let characters: Vec<char> = text.chars().collect();
        segmenter
            .cut(text)
            .into_iter()
            .map(|word| {
                assert_eq!(
                    text[word.byte_start..word.byte_end].chars().count(),
                    word.end - word.start
                );
                characters[word.start..word.end].iter().collect()
            })
            .collect()
    }

    #[test]
    fn keywords_segment_as_words_without_breaking_stronger_readings() {
        let segmenter = Segmenter::new(["保本", "加我个人号", "零风险"]);
        assert_eq!(words(&segmenter, "确保本周内"), ["确保", "本周", "内"]);
        assert_eq!(
            words(&segmenter, "本产品不保本"),
            ["本", "产品", "不", "保本"]
        );
        let add_me = words(&segmenter, "后面的细节加我加我个人号详细说");
        assert!(add_me.iter().any(|word| word == "加我个人号"), "{add_me:?}");
        let no_risk = words(&segmenter, "也不是零风险的");
        assert!(no_risk.iter().any(|word| word == "零风险"), "{no_risk:?}");
    }

    #[test]
    fn dialect_words_do_not_take_a_keywords_characters() {
        let segmenter = Segmenter::new(["返点", "私下转账"]);
        assert_eq!(
            words(&segmenter, "返点会私下转账给您"),
            ["返点", "会", "私下转账", "给", "您"]
        );
        // Where no keyword runs into it, the dialect word stays whole.
        assert!(words(&segmenter, "点会亏呢").contains(&"点会".to_owned()));
    }

    proptest::proptest! {
        /// Whatever words are given back, the cut still covers the text, in order, without
        /// gaps or overlaps.
        #[test]
        fn giving_keywords_back_keeps_the_cut_whole(
            pieces in proptest::collection::vec(
                proptest::sample::select(&["返点", "点会", "会", "私下", "转账", "给您", "点解", "唔", "，"][..]),
                0..24,
            )
        ) {
            let segmenter = Segmenter::new(["返点", "私下转账", "解唔"]);
            let text: String = pieces.concat();
            let cut = segmenter.cut(&text);
            let mut expected_start = 0;
            let mut expected_byte = 0;
            for word in &cut {
                proptest::prop_assert_eq!(word.start, expected_start);
                proptest::prop_assert_eq!(word.byte_start, expected_byte);
                proptest::prop_assert!(word.end > word.start);
                expected_start = word.end;
                expected_byte = word.byte_end;
            }
            proptest::prop_assert_eq!(expected_start, text.chars().count());
            proptest::prop_assert_eq!(expected_byte, text.len());
        }
    }
}
