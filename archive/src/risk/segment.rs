//! Chinese word segmentation for keyword hits (jieba, with the rules' keywords added to its
//! dictionary so that each keyword can come out as one word).
//!
//! Keywords get jieba's *suggested* frequency — just enough to keep the keyword together
//! against its own split (`保|本`) — and no more, so a stronger reading of the surrounding
//! text still wins: `确保本周` stays `确保|本周` instead of turning into `确|保本|周`.

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
}

impl Segmenter {
    /// The bundled dictionary plus `keywords` (compact forms).
    pub fn new<'a>(keywords: impl IntoIterator<Item = &'a str>) -> Segmenter {
        let mut jieba = BASE_DICTIONARY.clone();
        for word in CHAT_WORDS
            .iter()
            .copied()
            .chain(super::stance::dialect_words_to_segment())
        {
            jieba.add_word(word, Some(CHAT_WORD_FREQUENCY), None);
        }
        for keyword in keywords {
            if !keyword.is_empty() {
                jieba.add_word(keyword, None, None);
            }
        }
        Segmenter { jieba }
    }

    /// Cuts `text` into words.
    ///
    /// The HMM for unknown words is off: it only ever merges runs of single characters the
    /// dictionary does not know, and keeping the segmentation a pure function of the
    /// dictionary makes hits explainable.
    pub fn cut(&self, text: &str) -> Vec<Word> {
        self.jieba
            .cut(text, false)
            .into_iter()
            .map(|token| Word {
                start: token.start,
                end: token.end,
                byte_start: token.byte_start,
                byte_end: token.byte_end,
            })
            .collect()
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
}
