//! Substring search over library items, with the archive's normalisation.
//!
//! Each item keeps `search_text`: its title and text normalised by
//! [`archive::normalize::normalize`] (NFKC, case folding, traditional → simplified), one part
//! per line. A query is normalised the same way and matched as a substring with `LIKE`, its
//! `%`, `_` and `\` escaped, so `开户` finds `开户流程`, `開戶` finds it too, and `100%`
//! matches only a literal `100%`. Libraries are small (thousands of items per tenant), so a
//! scan of the tenant's rows is fast enough and exact, with nothing to keep in sync.

use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr};
use sea_orm::{ColumnTrait, Condition};

use crate::error::{ErrorCode, FieldError};

/// Most characters of a search query.
pub const MAX_QUERY_CHARS: usize = 200;

/// The normalised text search matches, from an item's title and text parts.
pub fn search_text(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|part| !part.is_empty())
        .map(|part| archive::normalize::normalize(part))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A validated query: normalised, or `None` when nothing is left to match (every item
/// matches an empty query).
pub fn query(field: &[&str], raw: &str) -> Result<Option<String>, FieldError> {
    if raw.chars().count() > MAX_QUERY_CHARS {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!("must be at most {MAX_QUERY_CHARS} characters"),
        ));
    }
    let normalized = archive::normalize::normalize(raw.trim());
    Ok((!normalized.trim().is_empty()).then_some(normalized))
}

/// `column LIKE '%<normalized, escaped>%' ESCAPE '\'`.
pub fn contains(column: impl ColumnTrait, normalized: &str) -> Condition {
    let pattern = contains_pattern(normalized);
    Condition::all()
        .add(Expr::col(column.as_column_ref()).like(LikeExpr::new(pattern).escape('\\')))
}

/// The `LIKE` pattern that matches texts containing `text` literally.
pub fn contains_pattern(text: &str) -> String {
    format!("%{}%", escape_like(text))
}

/// Escapes `LIKE`'s wildcards (and the escape character itself) with `\`.
pub fn escape_like(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 2);
    for character in text.chars() {
        if matches!(character, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// SQL `LIKE` with `ESCAPE '\'` over characters, as the databases evaluate it (after both
    /// sides are normalised, case does not matter).
    fn like(pattern: &str, text: &str) -> bool {
        #[derive(Clone, Copy, PartialEq)]
        enum Token {
            Any,
            One,
            Char(char),
        }
        let mut tokens = Vec::new();
        let mut characters = pattern.chars();
        while let Some(character) = characters.next() {
            tokens.push(match character {
                '\\' => Token::Char(characters.next().unwrap_or('\\')),
                '%' => Token::Any,
                '_' => Token::One,
                other => Token::Char(other),
            });
        }
        let text: Vec<char> = text.chars().collect();
        // matches[i][j]: tokens[..i] match text[..j].
        let mut matches = vec![vec![false; text.len() + 1]; tokens.len() + 1];
        matches[0][0] = true;
        for i in 1..=tokens.len() {
            for j in 0..=text.len() {
                matches[i][j] = match tokens[i - 1] {
                    Token::Any => matches[i - 1][j] || (j > 0 && matches[i][j - 1]),
                    Token::One => j > 0 && matches[i - 1][j - 1],
                    Token::Char(c) => j > 0 && text[j - 1] == c && matches[i - 1][j - 1],
                };
            }
        }
        matches[tokens.len()][text.len()]
    }

    #[test]
    fn traditional_and_full_width_queries_find_simplified_text() {
        let text = search_text(&["开户流程", "请携带身份证到ＡＢＣ银行"]);
        for query_text in ["开户", "開戶", "户流", "abc银行", "ＡＢＣ"] {
            let normalized = query(&["q"], query_text).unwrap().unwrap();
            assert!(
                like(&contains_pattern(&normalized), &text),
                "{query_text} in {text}"
            );
        }
        let normalized = query(&["q"], "销户").unwrap().unwrap();
        assert!(!like(&contains_pattern(&normalized), &text));
        assert_eq!(query(&["q"], "   ").unwrap(), None);
        assert!(query(&["q"], &"字".repeat(MAX_QUERY_CHARS + 1)).is_err());
    }

    #[test]
    fn wildcards_in_queries_are_literal() {
        assert_eq!(escape_like("100%_a\\b"), "100\\%\\_a\\\\b");
        assert!(like(&contains_pattern("100%"), "收益100%保证"));
        assert!(!like(&contains_pattern("100%"), "收益1000保证"));
        assert!(!like(&contains_pattern("a_c"), "abc"));
        assert!(like(&contains_pattern("a_c"), "xa_cx"));
    }

    /// Characters search text is made of: ASCII, CJK (simplified and traditional), full-width
    /// forms, and the characters LIKE treats specially.
    fn text_strategy() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                proptest::char::range('a', 'z'),
                proptest::char::range('A', 'Z'),
                proptest::char::range('0', '9'),
                Just('%'),
                Just('_'),
                Just('\\'),
                Just(' '),
                proptest::char::range('\u{4e00}', '\u{9fa5}'),
                prop_oneof![Just('開'), Just('戶'), Just('續'), Just('銀'), Just('行')],
                proptest::char::range('\u{ff01}', '\u{ff5e}'),
            ],
            0..24,
        )
        .prop_map(|characters| characters.into_iter().collect())
    }

    proptest! {
        /// The pattern of any text matches exactly the texts that contain it: escaping never
        /// lets a wildcard through, nor loses a character.
        #[test]
        fn like_escaping_matches_literally(needle in text_strategy(), haystack in text_strategy()) {
            prop_assert_eq!(
                like(&contains_pattern(&needle), &haystack),
                haystack.contains(needle.as_str())
            );
            // Embedded in the haystack, it is always found.
            let embedded = format!("{haystack}{needle}{haystack}");
            prop_assert!(like(&contains_pattern(&needle), &embedded));
        }

        /// Every substring of an item's text is found by search, however it is written
        /// (the normalisation maps characters independently, so a substring of the text
        /// normalises to a substring of its search text).
        #[test]
        fn every_substring_finds_its_text(text in text_strategy(), start in 0usize..24, length in 1usize..24) {
            let characters: Vec<char> = text.chars().collect();
            prop_assume!(start < characters.len());
            let end = (start + length).min(characters.len());
            let substring: String = characters[start..end].iter().collect();
            let stored = search_text(&[&text]);
            if let Some(normalized) = query(&["q"], &substring).unwrap() {
                prop_assert!(stored.contains(normalized.trim()), "{substring:?} in {stored:?}");
                prop_assert!(like(&contains_pattern(normalized.trim()), &stored));
            }
        }
    }
}
