//! Dialect words read as the Mandarin words the readings know. Staff and customers write as
//! they speak: Henan and Shandong `俺` (我) and `恁` (您), Shanghainese `侬` (你) and `阿拉`
//! (我们), Cantonese `佢` (他), `冇` (没有), `唔` (不) and `咗` (了). Every reading's word lists
//! hold Mandarin; mapping a clause's words once, where the clauses are cut, lets each of them
//! read `可俺不能加` as it reads `可我不能加`, instead of each list adding each dialect's form.
//!
//! Only whole jieba words are mapped, and only words that mean nothing else standing alone in a
//! chat (`伊` alone is Shanghainese 他; `伊利` stays a word of its own).

/// `(dialect word, the Mandarin word it is read as)`.
const MANDARIN_OF: &[(&str, &str)] = &[
    ("俺", "我"),
    ("俺们", "我们"),
    ("涯", "我"),
    ("𠊎", "我"),
    ("阿拉", "我们"),
    ("侬", "你"),
    ("恁", "您"),
    ("恁们", "你们"),
    // Hunan and Jiangxi 没有: `返点咯个东西我们冒得`.
    ("冒得", "没有"),
];

/// The Mandarin word `word` is read as: itself, unless it is a dialect word of [`MANDARIN_OF`].
pub(crate) fn as_mandarin(word: &str) -> &str {
    MANDARIN_OF
        .iter()
        .find(|(dialect, _)| *dialect == word)
        .map_or(word, |(_, mandarin)| mandarin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialect_words_read_as_mandarin_and_others_as_themselves() {
        assert_eq!(as_mandarin("俺"), "我");
        assert_eq!(as_mandarin("恁"), "您");
        assert_eq!(as_mandarin("阿拉"), "我们");
        assert_eq!(as_mandarin("伊利"), "伊利");
        assert_eq!(as_mandarin("保本"), "保本");
    }

    #[test]
    fn every_dialect_word_is_listed_once_and_maps_to_a_word_not_listed() {
        for (index, (dialect, mandarin)) in MANDARIN_OF.iter().enumerate() {
            assert!(
                MANDARIN_OF[index + 1..]
                    .iter()
                    .all(|(other, _)| other != dialect),
                "{dialect} listed twice"
            );
            assert!(
                MANDARIN_OF.iter().all(|(other, _)| other != mandarin),
                "{mandarin} is itself mapped"
            );
        }
    }
}
