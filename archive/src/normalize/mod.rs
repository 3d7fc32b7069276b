//! The one text normalisation used by search, at index time and at query time.
//!
//! `normalize(text)` applies, in this order:
//! 1. **NFKC**: full-width `ＥＴＦ１２３` becomes `ETF123`, the ideographic space becomes a space,
//!    compatibility ideographs become their unified forms, ligatures are split.
//! 2. **Full Unicode case folding** (`CaseFolding.txt`, statuses C and F), then NFKC again
//!    because folding can leave text that is not NFKC. Folding rather than lowercasing because
//!    folding is the mapping Unicode defines for caseless *matching*: `ß`/`ẞ` fold to `ss` (so
//!    `STRASSE` matches `straße`), and final `ς` folds to `σ`. `str::to_lowercase` is
//!    context-sensitive for sigma, which would make a substring normalise differently from the
//!    same letters inside a longer text.
//! 3. **Traditional → simplified**, character by character (see [`simplify`] for why not by
//!    phrase).
//!
//! Every step maps characters independently of their neighbours (apart from NFKC's combining
//! sequences), so a substring of a text normalises to a substring of the normalised text: that
//! is what makes the search index's substring semantics predictable.
//!
//! The result is idempotent: `normalize(normalize(s)) == normalize(s)`. Composing NFKC and case
//! folding is not idempotent for a few exotic sequences, so the slow path repeats the pipeline
//! until nothing changes. Typical Chinese chat text (ideographs, ASCII, full-width forms, common
//! punctuation) takes a single-pass fast path that allocates nothing beyond the output.

mod simplify;

use caseless::Caseless;
use unicode_normalization::UnicodeNormalization;

pub(crate) use simplify::simplify_char;
pub use simplify::warm_up;

/// The slow path repeats the pipeline until it reaches a fixed point; real text needs at most
/// two passes. The bound only guards against a pathological input looping forever.
const MAX_PASSES: usize = 6;

/// Normalises `text` for search: NFKC, case folding, traditional → simplified.
pub fn normalize(text: &str) -> String {
    let mut normalized = String::with_capacity(text.len());
    normalize_into(text, &mut normalized);
    normalized
}

/// Like [`normalize`], writing into `out` (cleared first) so bulk callers can reuse a buffer.
pub fn normalize_into(text: &str, out: &mut String) {
    out.clear();
    if normalize_fast(text, out) {
        return;
    }
    normalize_slow(text, out);
}

/// Maps text made only of characters whose normalisation is a fixed, context-free character
/// (see [`fast_map`]). Returns `false`, leaving `out` in an unspecified state, as soon as a
/// character needs the full pipeline.
fn normalize_fast(text: &str, out: &mut String) -> bool {
    out.reserve(text.len());
    for character in text.chars() {
        let Some(mapped) = fast_map(character) else {
            return false;
        };
        out.push(mapped);
    }
    true
}

/// The normalised form of characters that are common in Chinese chat and whose NFKC, case fold
/// and simplification are a single character that does not depend on the neighbours: none of
/// these combines with an adjacent character under NFKC. `None` for anything else.
#[inline(always)]
pub(crate) fn fast_map(character: char) -> Option<char> {
    let code = u32::from(character);
    // The two classes nearly all chat text is made of, tested first and without the range
    // search below: ASCII, and the ideographs of the BMP table.
    if code <= 0x7F {
        return Some(character.to_ascii_lowercase());
    }
    if (0x3400..=0x9FFF).contains(&code) {
        return Some(simplify::simplify_char(character));
    }
    match code {
        // Ideographic space: NFKC maps it to a plain space.
        0x3000 => Some(' '),
        // Full-width ASCII forms: NFKC maps U+FF01..U+FF5E onto U+0021..U+007E.
        0xFF01..=0xFF5E => char::from_u32(code - 0xFEE0).map(|ascii| ascii.to_ascii_lowercase()),
        // Ideographs: CJK Unified and Extension A, and the supplementary extensions B to I, but
        // not the compatibility ideographs at U+2F800..U+2FA1F, which NFKC maps elsewhere.
        0x3400..=0x9FFF | 0x2_0000..=0x2_F7FF | 0x3_0000..=0x3_23AF => {
            Some(simplify::simplify_char(character))
        }
        // Emoji and pictographs: no case, no decomposition, and they never compose.
        0x1_F300..=0x1_FAFF => Some(character),
        // Punctuation that NFKC, folding and simplification all leave alone: 、。〃〄々〆〇〈〉《》
        // 「」『』【】, the dashes – and —, curly quotes ‘’“”, and the middle dots · and •.
        0x3001..=0x3011 | 0x2013 | 0x2014 | 0x2018 | 0x2019 | 0x201C | 0x201D | 0x00B7 | 0x2022 => {
            Some(character)
        }
        _ => None,
    }
}

/// True when `text` is certainly a fixed point: every character is one the fast path maps to
/// itself.
fn is_fixed_point(text: &str) -> bool {
    text.chars()
        .all(|character| fast_map(character) == Some(character))
}

fn normalize_slow(text: &str, out: &mut String) {
    normalize_pass(text, out);
    if is_fixed_point(out) {
        return;
    }
    let mut next = String::with_capacity(out.len());
    for _ in 1..MAX_PASSES {
        normalize_pass(out, &mut next);
        if next == *out {
            return;
        }
        std::mem::swap(out, &mut next);
    }
}

/// One run of the full pipeline.
fn normalize_pass(text: &str, out: &mut String) {
    out.clear();
    out.extend(
        text.chars()
            .nfkc()
            .default_case_fold()
            .nfkc()
            .map(simplify::simplify_char),
    );
}

// These tests look like those of `risk::normalize` (example tables, a generator of messy
// Unicode, an idempotence property) but test another function: this module's `normalize`, the
// per-character pipeline; `risk::normalize` runs it segment by segment and then removes
// separators, folds variants and maps offsets back, so its expectations differ (`"a, b."` keeps
// its punctuation here and loses it there). The code they test is already shared (the risk side
// calls `normalize_into`). The generators differ on purpose: this one draws what stresses the
// pipeline and its fast path (Greek for case folding, compatibility ideographs, emoji), the risk
// one what stresses separators and offsets (general punctuation, enclosed CJK, digits, `，`).
#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_full_width_and_case() {
        assert_eq!(normalize("ＥＴＦ"), "etf");
        assert_eq!(normalize("ETF"), "etf");
        assert_eq!(normalize("沪深３００ＥＴＦ"), "沪深300etf");
        assert_eq!(normalize("养老目标２０４５"), "养老目标2045");
        assert_eq!(normalize("　"), " ");
    }

    #[test]
    fn simplifies_traditional_chinese() {
        assert_eq!(normalize("開戶"), "开户");
        assert_eq!(normalize("風險測評，請儘快完成！"), "风险测评,请尽快完成!");
        assert_eq!(normalize("滬深300"), "沪深300");
    }

    #[test]
    fn applies_full_case_folding() {
        assert_eq!(normalize("STRASSE"), normalize("straße"));
        assert_eq!(normalize("ΣΟΦΟΣ"), normalize("σοφος"));
        assert_eq!(normalize("ﬁnance"), "finance");
        assert_eq!(normalize("Ⅻ"), "xii");
    }

    #[test]
    fn keeps_spaces_and_punctuation() {
        assert_eq!(normalize("A, b.  C"), "a, b.  c");
        assert_eq!(normalize("《周报》“路演”"), "《周报》“路演”");
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn normalize_into_reuses_and_clears_the_buffer() {
        let mut buffer = String::from("left over");
        normalize_into("開戶", &mut buffer);
        assert_eq!(buffer, "开户");
        normalize_into("ＥＴＦ", &mut buffer);
        assert_eq!(buffer, "etf");
    }

    #[test]
    fn fast_path_characters_agree_with_the_full_pipeline() {
        let fast_ranges = [
            0x00..=0x7F,
            0x3000..=0x3011,
            0xFF01..=0xFF5E,
            0x2013..=0x2022,
            0xB7..=0xB7,
            0x3400..=0x9FFF,
            0x1_F000..=0x1_FAFF,
            0x2_0000..=0x3_23AF,
        ];
        for code in fast_ranges.into_iter().flatten() {
            let Some(character) = char::from_u32(code) else {
                continue;
            };
            let Some(fast) = fast_map(character) else {
                continue;
            };
            let mut slow = String::new();
            normalize_pass(&character.to_string(), &mut slow);
            assert_eq!(slow, fast.to_string(), "U+{code:04X}");
            assert_eq!(
                fast_map(fast),
                Some(fast),
                "U+{code:04X} maps to a non-fixed point"
            );
        }
    }

    #[test]
    fn exotic_sequences_reach_a_fixed_point() {
        // Folding U+0345 (combining ypogegrammeni) yields ι, which NFKC then treats differently.
        for text in ["\u{1FB3}\u{0345}", "ᾼ\u{0345}Σ", "İ\u{0307}", "ǰ\u{0323}"] {
            let once = normalize(text);
            assert_eq!(normalize(&once), once, "{text:?}");
        }
    }

    /// Strings mixing the characters real chat contains with arbitrary Unicode.
    fn chat_like_text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                any::<char>(),
                prop::char::range('\u{4E00}', '\u{9FFF}'),
                prop::char::range('\u{FF01}', '\u{FF5E}'),
                prop::char::range('\u{0300}', '\u{036F}'),
                prop::char::range('\u{1F00}', '\u{1FFF}'),
                prop::char::range('\u{1F300}', '\u{1F3FF}'),
                prop::char::range('\u{2F800}', '\u{2FA1F}'),
                prop::char::range('A', 'z'),
                Just(' '),
            ],
            0..40,
        )
        .prop_map(|characters| characters.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn is_idempotent(text in chat_like_text()) {
            let once = normalize(&text);
            prop_assert_eq!(normalize(&once), once);
        }

        #[test]
        fn fast_path_equals_the_full_pipeline(text in chat_like_text()) {
            let mut fast = String::new();
            if normalize_fast(&text, &mut fast) {
                let mut slow = String::new();
                normalize_slow(&text, &mut slow);
                prop_assert_eq!(fast, slow);
            }
        }

        #[test]
        fn never_panics_on_any_string(text in any::<String>()) {
            let _ = normalize(&text);
        }
    }
}
